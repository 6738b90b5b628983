//! Offset units. Analysis works in UTF-8 byte offsets; the CLI's JSON speaks
//! Unicode code points (Python's `str` indices) and JavaScript speaks UTF-16
//! code units (what `String.prototype.slice` uses). [`UnitIndex`] converts
//! byte offsets of one text to either, in O(1) amortised per lookup, with one
//! checkpoint every [`CHECKPOINT_BYTES`] bytes instead of a table per byte.

/// The unit offsets are reported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// Unicode scalar values (code points).
    #[default]
    CodePoint,
    /// UTF-16 code units, as JavaScript strings count.
    Utf16,
}

/// Distance between checkpoints of a [`UnitIndex`].
pub const CHECKPOINT_BYTES: usize = 64;

/// Converts byte offsets of one text to code point or UTF-16 offsets.
#[derive(Debug, Clone)]
pub struct UnitIndex<'a> {
    bytes: &'a [u8],
    unit: Unit,
    checkpoints: Vec<u32>,
}

fn units_in(bytes: &[u8], unit: Unit) -> u32 {
    let mut n = 0u32;
    for &b in bytes {
        if b & 0xC0 != 0x80 {
            n += if unit == Unit::Utf16 && b >= 0xF0 {
                2
            } else {
                1
            };
        }
    }
    n
}

impl<'a> UnitIndex<'a> {
    /// Index `text` for `unit`.
    pub fn new(text: &'a str, unit: Unit) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT_BYTES + 1);
        let mut acc = 0u32;
        for chunk in bytes.chunks(CHECKPOINT_BYTES) {
            checkpoints.push(acc);
            acc += units_in(chunk, unit);
        }
        checkpoints.push(acc);
        UnitIndex {
            bytes,
            unit,
            checkpoints,
        }
    }

    /// Offset in units of byte offset `byte` (which must be a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let k = byte / CHECKPOINT_BYTES;
        self.checkpoints[k] as usize
            + units_in(&self.bytes[k * CHECKPOINT_BYTES..byte], self.unit) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_astral_character_is_one_code_point_and_two_utf16_units() {
        let text = "😀 Ann";
        assert_eq!(UnitIndex::new(text, Unit::CodePoint).at(5), 2);
        assert_eq!(UnitIndex::new(text, Unit::Utf16).at(5), 3);
    }

    #[test]
    fn agrees_with_char_counts_across_checkpoints() {
        let text = "a😀é中".repeat(40);
        let cp = UnitIndex::new(&text, Unit::CodePoint);
        let u16 = UnitIndex::new(&text, Unit::Utf16);
        for (b, _) in text.char_indices() {
            assert_eq!(cp.at(b), text[..b].chars().count());
            assert_eq!(u16.at(b), text[..b].encode_utf16().count());
        }
        assert_eq!(cp.at(text.len()), text.chars().count());
    }
}
