//! The model file: the weight table of [`super::Model::from_bytes`],
//! entropy coded.
//!
//! The table is 85% rows of five zero codes, and the rest repeat about a
//! thousand patterns; gzip (the `.wasm` ships gzipped) left it at 43 KB. Here
//! each row is one bit, "any non-zero code", and each code of a non-zero row
//! is a few bits ("non-zero", sign, "larger than k"), all coded with
//! adaptive probabilities by a binary range coder (the one of LZMA), each
//! bit's probability chosen by its label and the row's codes before it. That
//! is 28 KB, near the table's entropy; it is decoded once, when the tagger
//! first runs or before, a slice of rows at a time ([`Unpacker`]).
//!
//! Layout: [`FILE_MAGIC`], then the model's `bits`, `levels` and magnitudes
//! as in the unpacked form, then the range coder's bytes.

use super::{LABELS, MAGIC};

/// Magic bytes at the start of the packed model file.
pub(crate) const FILE_MAGIC: &[u8; 8] = b"AENER03\0";

/// Probabilities are of a 0 bit, out of `1 << PROB_BITS`.
const PROB_BITS: u32 = 11;
const PROB_ONE: u16 = 1 << PROB_BITS;
/// Each bit coded moves its probability by 1/32 of the way.
const ADAPT_SHIFT: u32 = 5;
/// A code's context is the row's codes before it, each clamped to
/// `-3..=3`: 7 values, so a row's first four codes give fewer than 4,802
/// contexts (the first code's context is 1).
const CONTEXT_BASE: usize = 7;
const CONTEXTS: usize = 4_802;
/// Probabilities per context: non-zero, sign, then "larger than k" for k =
/// 1, 2 and above, each for either sign.
const NODES: usize = 8;

fn adapt(p: &mut u16, bit: bool) {
    if bit {
        *p -= *p >> ADAPT_SHIFT;
    } else {
        *p += (PROB_ONE - *p) >> ADAPT_SHIFT;
    }
}

/// The probabilities of the model: one for "the row is non-zero", and
/// [`NODES`] for each context.
struct Probs {
    row: u16,
    code: Vec<u16>,
}

impl Probs {
    fn new() -> Probs {
        Probs {
            row: PROB_ONE / 2,
            code: vec![PROB_ONE / 2; CONTEXTS * NODES],
        }
    }
}

/// The next context from `ctx` and the code just coded.
fn next_context(ctx: usize, code: i32) -> usize {
    ctx * CONTEXT_BASE + (code.clamp(-3, 3) + 3) as usize
}

/// The node of "the magnitude is larger than `k`" (`k >= 1`).
fn larger_node(k: i32, negative: bool) -> usize {
    2 + 2 * (k.min(3) as usize - 1) + usize::from(negative)
}

/// Unpack a model file into the bytes [`super::Model::from_bytes`] reads.
/// `None` when `bytes` are not a model file.
#[cfg(any(test, feature = "train"))]
pub(crate) fn unpack(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut u = Unpacker::new(bytes)?;
    while !u.step(usize::MAX) {}
    u.finish()
}

/// A model file being unpacked a slice of rows at a time, so that a host
/// that must not block (a page's main thread) can spread the work over
/// several tasks: [`Unpacker::step`] until it says done, then
/// [`Unpacker::finish`].
pub(crate) struct Unpacker<'a> {
    out: Vec<u8>,
    levels: i32,
    rows_left: usize,
    decoder: Decoder<'a>,
    probs: Probs,
}

impl<'a> Unpacker<'a> {
    /// `None` when `bytes` are not a model file.
    pub(crate) fn new(bytes: &'a [u8]) -> Option<Unpacker<'a>> {
        let rest = bytes.strip_prefix(FILE_MAGIC.as_slice())?;
        let (&bits, rest) = rest.split_first()?;
        let (&levels, rest) = rest.split_first()?;
        let (mags, coded) = rest.split_at_checked(2 * usize::from(levels))?;
        if !(8..=24).contains(&bits) || levels == 0 || levels > 127 {
            return None;
        }
        let rows = 1usize << bits;
        let mut out = Vec::with_capacity(MAGIC.len() + 2 + mags.len() + rows * LABELS);
        out.extend_from_slice(MAGIC);
        out.extend([bits, levels]);
        out.extend_from_slice(mags);
        Some(Unpacker {
            out,
            levels: i32::from(levels),
            rows_left: rows,
            decoder: Decoder::new(coded)?,
            probs: Probs::new(),
        })
    }

    /// Decode up to `rows` more rows; true when all are decoded.
    pub(crate) fn step(&mut self, rows: usize) -> bool {
        let n = rows.min(self.rows_left);
        let (d, probs, out) = (&mut self.decoder, &mut self.probs, &mut self.out);
        for _ in 0..n {
            if !d.bit(&mut probs.row) {
                out.extend([128; LABELS]);
                continue;
            }
            let mut ctx = 1;
            for _ in 0..LABELS {
                let p = &mut probs.code[ctx * NODES..(ctx + 1) * NODES];
                let mut code = 0i32;
                if d.bit(&mut p[0]) {
                    let negative = d.bit(&mut p[1]);
                    let mut m = 1;
                    while m < self.levels && d.bit(&mut p[larger_node(m, negative)]) {
                        m += 1;
                    }
                    code = if negative { -m } else { m };
                }
                out.push((code + 128) as u8);
                ctx = next_context(ctx, code);
            }
        }
        self.rows_left -= n;
        self.rows_left == 0
    }

    /// The unpacked bytes, once every row is decoded; `None` when rows are
    /// left or the coded bytes did not end where the last row did.
    pub(crate) fn finish(self) -> Option<Vec<u8>> {
        (self.rows_left == 0 && self.decoder.is_whole()).then_some(self.out)
    }
}

/// LZMA's range decoder.
struct Decoder<'a> {
    bytes: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
    /// Set when a read ran past the end: the bytes were cut short.
    overrun: bool,
}

impl Decoder<'_> {
    fn new(bytes: &[u8]) -> Option<Decoder<'_>> {
        if bytes.len() < 5 || bytes[0] != 0 {
            return None;
        }
        Some(Decoder {
            bytes,
            pos: 5,
            range: u32::MAX,
            code: u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]),
            overrun: false,
        })
    }

    fn next_byte(&mut self) -> u32 {
        match self.bytes.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                u32::from(b)
            }
            None => {
                self.overrun = true;
                0
            }
        }
    }

    fn bit(&mut self, p: &mut u16) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        let bit = if self.code < bound {
            self.range = bound;
            false
        } else {
            self.code -= bound;
            self.range -= bound;
            true
        };
        adapt(p, bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.next_byte();
        }
        bit
    }

    /// Were all the bytes read, and no more?
    fn is_whole(&self) -> bool {
        !self.overrun && self.pos == self.bytes.len()
    }
}

/// Pack the bytes [`super::Model::from_bytes`] reads into a model file (what
/// the training program writes). `None` when they are not such a model.
#[cfg(any(test, feature = "train"))]
pub(crate) fn pack(model: &[u8]) -> Option<Vec<u8>> {
    let rest = model.strip_prefix(MAGIC.as_slice())?;
    let (&bits, rest) = rest.split_first()?;
    let (&levels, rest) = rest.split_first()?;
    let (mags, table) = rest.split_at_checked(2 * usize::from(levels))?;
    if table.len() != LABELS << bits || table.iter().any(|&b| b.abs_diff(128) > levels) {
        return None;
    }
    let mut out = FILE_MAGIC.to_vec();
    out.extend([bits, levels]);
    out.extend_from_slice(mags);
    let mut e = Encoder::new(out);
    let mut probs = Probs::new();
    for row in table.chunks_exact(LABELS) {
        let non_zero = row.iter().any(|&b| b != 128);
        e.bit(&mut probs.row, non_zero);
        if !non_zero {
            continue;
        }
        let mut ctx = 1;
        for &b in row {
            let code = i32::from(b) - 128;
            let p = &mut probs.code[ctx * NODES..(ctx + 1) * NODES];
            e.bit(&mut p[0], code != 0);
            if code != 0 {
                let negative = code < 0;
                e.bit(&mut p[1], negative);
                for k in 1..code.abs().min(i32::from(levels)) {
                    e.bit(&mut p[larger_node(k, negative)], true);
                }
                if code.abs() < i32::from(levels) {
                    e.bit(&mut p[larger_node(code.abs(), negative)], false);
                }
            }
            ctx = next_context(ctx, code);
        }
    }
    Some(e.finish())
}

/// LZMA's range encoder.
#[cfg(any(test, feature = "train"))]
struct Encoder {
    out: Vec<u8>,
    low: u64,
    range: u32,
    cache: u8,
    cache_size: u64,
}

#[cfg(any(test, feature = "train"))]
impl Encoder {
    fn new(out: Vec<u8>) -> Encoder {
        Encoder {
            out,
            low: 0,
            range: u32::MAX,
            cache: 0,
            cache_size: 1,
        }
    }

    fn bit(&mut self, p: &mut u16, bit: bool) {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(p, bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.shift_low();
        }
    }

    fn shift_low(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || self.low >> 32 != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            loop {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.cache_size -= 1;
                if self.cache_size == 0 {
                    break;
                }
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.cache_size += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(bits: u8, levels: u8, table: impl Fn(usize) -> u8) -> Vec<u8> {
        let mut m = MAGIC.to_vec();
        m.extend([bits, levels]);
        for l in 0..levels {
            m.extend((16u16 << l).to_le_bytes());
        }
        m.extend((0..LABELS << bits).map(table));
        m
    }

    #[test]
    fn packing_then_unpacking_gives_the_model_back() {
        for levels in [1, 3, 5] {
            let l = u32::from(levels);
            let m = model(10, levels, |i| {
                let h = (i as u32).wrapping_mul(0x9E37_79B9) >> 7;
                if h % 5 < 3 {
                    128
                } else {
                    (128 + (h % (2 * l + 1)) as i32 - l as i32) as u8
                }
            });
            let packed = pack(&m).unwrap();
            assert!(packed.len() < m.len() / 2);
            assert_eq!(unpack(&packed).unwrap(), m);
        }
        let zeros = model(8, 3, |_| 128);
        assert_eq!(unpack(&pack(&zeros).unwrap()).unwrap(), zeros);
    }

    #[test]
    fn the_model_file_unpacks_and_packs_back_to_itself() {
        let file = include_bytes!("model.bin");
        let m = unpack(file).unwrap();
        assert_eq!(pack(&m).unwrap(), file);
    }

    #[test]
    fn unpacking_in_slices_gives_what_unpacking_at_once_does() {
        let file = include_bytes!("model.bin");
        let whole = unpack(file).unwrap();
        let mut u = Unpacker::new(file).unwrap();
        let mut steps = 1;
        while !u.step(1000) {
            steps += 1;
        }
        assert_eq!(steps, (1usize << file[8]).div_ceil(1000));
        assert!(u.step(1000), "a finished unpacker stays finished");
        assert_eq!(u.finish().unwrap(), whole);
        // Stopped early, it gives nothing.
        let mut u = Unpacker::new(file).unwrap();
        u.step(1000);
        assert_eq!(u.finish(), None);
    }

    #[test]
    fn rejects_files_that_are_cut_short_or_too_long() {
        let packed = pack(&model(8, 3, |i| if i % 7 == 0 { 130 } else { 128 })).unwrap();
        assert!(unpack(&packed).is_some());
        assert!(unpack(&packed[..packed.len() - 1]).is_none());
        let mut longer = packed.clone();
        longer.push(0);
        assert!(unpack(&longer).is_none());
        assert!(unpack(b"AENER02\0\x08\x01\x10\0\0\0\0\0\0").is_none());
        assert!(pack(b"AENER02\0\x08\x01\x10\0").is_none());
    }
}
