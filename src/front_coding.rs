//! Front-coded word lists: what the table generators in `tests/tools/`
//! write for long sorted lists (`front_coded` in `gen_tables.py`), because it
//! gzips about a quarter smaller than the plain text (the `.wasm` ships
//! gzipped).
//!
//! Each line is one digit, how many leading bytes (at most 9) it shares with
//! the line before, then the rest; the shared part never ends inside a UTF-8
//! sequence.

/// The plain list, lines joined by `\n`. Done once, for a table that lives
/// as long as the program; the text is leaked so that the table's keys can
/// borrow it as `&'static str`, as they did the plain lists.
pub(crate) fn expand(coded: &'static str) -> &'static str {
    let mut out = String::with_capacity(coded.len() * 3 / 2);
    let mut line = String::new();
    for (i, coded_line) in coded.split('\n').enumerate() {
        let shared = coded_line
            .bytes()
            .next()
            .map_or(0, |d| usize::from(d - b'0'));
        line.truncate(shared);
        line.push_str(coded_line.get(1..).unwrap_or(""));
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&line);
    }
    Box::leak(out.into_boxed_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_lines_expand_to_the_lines_they_encode() {
        assert_eq!(
            expand("0Aachen\n2land\tX\n0Abu\n3"),
            "Aachen\nAaland\tX\nAbu\nAbu"
        );
        assert_eq!(expand("0Zürich\n3rich"), "Zürich\nZürich");
        assert_eq!(expand("0one"), "one");
    }
}
