//! Reading pages in their charset and writing them back in it.
//!
//! In order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE), valid UTF-8, the
//! charset the page declares, and last the charset `chardetng` detects (as
//! Firefox does for pages that declare none).

use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{Decoder, DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};

use article_enrich::DEFAULT_MAX_INPUT_BYTES;

/// How the input was written, so `enrich` can write its output the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// UTF-8, with or without a byte order mark.
    Utf8 { bom: bool },
    /// UTF-16 with a byte order mark.
    Utf16 { little_endian: bool },
    /// A legacy encoding the page declares (windows-1252, Shift_JIS, …), or,
    /// when it declares none, the one detected.
    Legacy {
        encoding: &'static Encoding,
        detected: bool,
    },
}

/// The input as text, and how it was written.
pub struct Input {
    pub text: String,
    pub charset: Charset,
    pub bytes: Vec<u8>,
}

/// The charset a page declares in its first 1,024 bytes (`<meta charset=…>`
/// or `content="text/html; charset=…"`), as encoding_rs knows it. A page that
/// declares UTF-16 without a byte order mark is read as UTF-8, as the HTML
/// prescan does.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("charset") {
        rest = &rest[i + "charset".len()..];
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start().trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '>' || c.is_whitespace())
            .unwrap_or(value.len());
        if let Some(e) = Encoding::for_label(&value.as_bytes()[..end]) {
            return Some(if e == UTF_16LE || e == UTF_16BE {
                UTF_8
            } else {
                e
            });
        }
    }
    None
}

/// Is this UTF-8 with a few bytes gone wrong, rather than a legacy charset:
/// more valid multi-byte UTF-8 sequences than invalid ones? Legacy text
/// forms valid sequences only by chance (a lead byte 0xC2-0xF4 followed by the
/// right number of bytes 0x80-0xBF): a few in a hundred of its non-ASCII
/// characters.
fn damaged_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                valid += rest[..good].iter().filter(|&&b| b >= 0xC0).count();
                invalid += 1;
                rest = &rest[(good + e.error_len().unwrap_or(rest.len() - good))..];
            }
        }
    }
    valid > invalid
}

/// The charset `chardetng` finds for bytes that are not UTF-8, unless they
/// look like damaged UTF-8 (a legacy guess would garble all their text).
pub fn detect_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    if damaged_utf8(bytes) {
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    // The flag is false when no other candidate scored lower: a guess at
    // random.
    match detector.guess_assess(None, false) {
        (enc, true) => Some(enc),
        _ => None,
    }
}

/// Read the whole input of one document (`-` or `None`: standard input), at
/// most [`DEFAULT_MAX_INPUT_BYTES`].
pub fn read_input(path: Option<&Path>) -> Result<Input, String> {
    let mut bytes = Vec::new();
    let stdin = path.is_none_or(|p| p == Path::new("-"));
    let name = match path {
        Some(p) if !stdin => p.display().to_string(),
        _ => "-".to_string(),
    };
    let limit = DEFAULT_MAX_INPUT_BYTES as u64 + 1;
    let res = match path {
        Some(p) if !stdin => {
            std::fs::File::open(p).and_then(|f| f.take(limit).read_to_end(&mut bytes))
        }
        _ => io::stdin().take(limit).read_to_end(&mut bytes),
    };
    res.map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() > DEFAULT_MAX_INPUT_BYTES {
        return Err(format!(
            "{name} is over the input limit of {DEFAULT_MAX_INPUT_BYTES} bytes"
        ));
    }
    decode(bytes, &name)
}

/// Decode a page: a BOM first, then UTF-8, then the declared charset, then
/// the detected one.
pub fn decode(bytes: Vec<u8>, name: &str) -> Result<Input, String> {
    let (charset, text) = match Encoding::for_bom(&bytes) {
        Some((e, bom)) if e == UTF_16LE || e == UTF_16BE => {
            let text = e
                .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
                .ok_or_else(|| format!("{name} is not valid UTF-16"))?;
            let little_endian = e == UTF_16LE;
            (Charset::Utf16 { little_endian }, text.into_owned())
        }
        Some((_, bom)) => match std::str::from_utf8(&bytes[bom..]) {
            Ok(s) => (Charset::Utf8 { bom: true }, s.to_string()),
            Err(e) => {
                return Err(format!(
                    "{name} starts with a UTF-8 byte order mark but is not UTF-8 (invalid byte at offset {})",
                    bom + e.valid_up_to()
                ))
            }
        },
        None => match std::str::from_utf8(&bytes) {
            Ok(s) => (Charset::Utf8 { bom: false }, s.to_string()),
            Err(e) => {
                let (encoding, detected) = match declared_charset(&bytes) {
                    Some(enc) if enc == UTF_8 => {
                        return Err(format!(
                            "{name} declares UTF-8 but is not UTF-8 (invalid byte at offset {})",
                            e.valid_up_to()
                        ))
                    }
                    Some(enc) => (enc, false),
                    None => match detect_charset(&bytes) {
                        Some(enc) => (enc, true),
                        None => {
                            return Err(format!(
                                "{name} is not UTF-8 (invalid byte at offset {}) and declares no charset; it looks like damaged UTF-8 rather than another charset",
                                e.valid_up_to()
                            ))
                        }
                    },
                };
                let text = encoding
                    .decode_without_bom_handling_and_without_replacement(&bytes)
                    .ok_or_else(|| {
                        let how = if detected { "looks like" } else { "declares" };
                        format!("{name} {how} {0} but is not valid {0}", encoding.name())
                    })?;
                (Charset::Legacy { encoding, detected }, text.into_owned())
            }
        },
    };
    Ok(Input {
        text,
        charset,
        bytes,
    })
}

/// `text` in UTF-16 with a byte order mark.
fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut b = Vec::with_capacity(text.len() * 2 + 2);
    for unit in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
        b.extend_from_slice(&if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    b
}

/// `out` written as the input was: the same charset and byte order mark.
/// Text a legacy charset cannot hold (a name in Greek on a windows-1252 page)
/// becomes a numeric character reference, which the browser reads back. The
/// page's own bytes must come back exactly when our spans are removed;
/// otherwise this refuses rather than write a changed page.
pub fn encode_like(input: &Input, out: &str) -> Result<Vec<u8>, String> {
    // The page as it was, our spans from an earlier run aside.
    let before = article_enrich::strip(&input.text);
    let (bytes, page, original) = match input.charset {
        Charset::Utf8 { bom } => {
            let mut b = Vec::with_capacity(out.len() + 3);
            if bom {
                b.extend_from_slice(b"\xEF\xBB\xBF");
            }
            b.extend_from_slice(out.as_bytes());
            return Ok(b);
        }
        Charset::Utf16 { little_endian } => {
            let page = article_enrich::strip(out).unwrap_or_else(|| out.to_string());
            let original = before.map(|t| utf16(&t, little_endian));
            (
                utf16(out, little_endian),
                utf16(&page, little_endian),
                original,
            )
        }
        Charset::Legacy { encoding: enc, .. } => {
            let bytes = enc.encode(out).0.into_owned();
            let back = enc.decode_without_bom_handling(&bytes).0;
            let page = article_enrich::strip(&back).unwrap_or_else(|| back.into_owned());
            let original = before.map(|t| enc.encode(&t).0.into_owned());
            (bytes, enc.encode(&page).0.into_owned(), original)
        }
    };
    if page != original.unwrap_or_else(|| input.bytes.clone()) {
        return Err(format!(
            "the page cannot be written back in its charset byte for byte once enriched; it was left unchanged ({} bytes)",
            input.bytes.len()
        ));
    }
    Ok(bytes)
}

/// A reader of UTF-16 (its byte order mark already consumed) that gives
/// UTF-8, a buffer at a time, for `analyze --jsonl` on UTF-16 files. Malformed
/// UTF-16 is an error of the stream, not a replacement character.
pub struct Utf16ToUtf8<R> {
    inner: R,
    decoder: Decoder,
    raw: Vec<u8>,
    raw_len: usize,
    out: Vec<u8>,
    out_pos: usize,
    out_len: usize,
    read_total: u64,
    done: bool,
}

impl<R: Read> Utf16ToUtf8<R> {
    pub fn new(inner: R, little_endian: bool) -> Self {
        let enc = if little_endian { UTF_16LE } else { UTF_16BE };
        Utf16ToUtf8 {
            inner,
            decoder: enc.new_decoder_without_bom_handling(),
            raw: vec![0; 64 << 10],
            raw_len: 0,
            out: vec![0; (64 << 10) * 3 / 2 + 16],
            out_pos: 0,
            out_len: 0,
            read_total: 0,
            done: false,
        }
    }
}

impl<R: Read> Read for Utf16ToUtf8<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos == self.out_len && !self.done {
            let n = self.inner.read(&mut self.raw[self.raw_len..])?;
            let last = n == 0;
            self.raw_len += n;
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.raw[..self.raw_len],
                &mut self.out,
                last,
            );
            if let DecoderResult::Malformed(_, _) = result {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "not valid UTF-16 near byte {}",
                        self.read_total + read as u64 + 2
                    ),
                ));
            }
            self.raw.copy_within(read..self.raw_len, 0);
            self.raw_len -= read;
            self.read_total += read as u64;
            self.out_pos = 0;
            self.out_len = written;
            if last && matches!(result, DecoderResult::InputEmpty) {
                self.done = true;
            }
        }
        let n = buf.len().min(self.out_len - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_utf8_is_told_from_a_legacy_charset() {
        assert!(damaged_utf8(
            "<p>café, déjà vu à Zürich"
                .as_bytes()
                .iter()
                .chain(b"\xff</p>")
                .copied()
                .collect::<Vec<_>>()
                .as_slice()
        ));
        assert!(!damaged_utf8(
            b"<p>caf\xe9 d\xe9j\xe0 vu \xe0 Z\xfcrich</p>"
        ));
        assert!(!damaged_utf8(b"<p>\x93We agree,\x94</p>"));
    }

    #[test]
    fn an_undeclared_legacy_page_is_detected() {
        let page =
            b"<p>\x93We agree,\x94 said Ren\xe9e Berg, the Swiss envoy, in Z\xfcrich.</p>".to_vec();
        let input = decode(page, "-").unwrap();
        assert_eq!(
            input.charset,
            Charset::Legacy {
                encoding: encoding_rs::WINDOWS_1252,
                detected: true
            }
        );
        assert!(input.text.contains("Zürich"));
    }
}
