//! Writes `src/text/case_tables.rs`: the Unicode case mappings of the Rust
//! standard library this is compiled with, as runs instead of std's one entry
//! per character (see `src/text/case.rs` for why). Run from the repository:
//!
//!     rustc -O tests/tools/gen_case.rs -o target/gen_case && target/gen_case > src/text/case_tables.rs
//!
//! `text::case`'s tests compare every code point with std, so a toolchain
//! with a newer Unicode says when to run this again.

/// Characters whose mapping is one other character, as runs: `first`, then
/// every `step`-th character up to `len` of them, each mapped to itself plus
/// `delta`. Characters mapped to several are listed on their own.
fn runs(map: impl Fn(char) -> Vec<char>) -> (Vec<(u32, u32, u32, i64)>, Vec<(char, Vec<char>)>) {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut multi = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let m = map(c);
        if m.len() > 1 {
            multi.push((c, m));
            continue;
        }
        if m[0] == c {
            continue;
        }
        let (cp, delta) = (c as u32, i64::from(m[0] as u32) - i64::from(c as u32));
        if let Some(r) = runs.last_mut() {
            let next = r.0 + r.1 * r.2;
            if r.3 == delta && (r.1 == 1 && (cp - r.0 == 1 || cp - r.0 == 2) || r.1 > 1 && cp == next) {
                if r.1 == 1 {
                    r.2 = cp - r.0;
                }
                r.1 += 1;
                continue;
            }
        }
        runs.push((cp, 1, 1, delta));
    }
    (runs, multi)
}

fn print(name: &str, what: &str, map: impl Fn(char) -> Vec<char>) {
    let (runs, multi) = runs(map);
    println!("/// {what}: runs of single-character mappings, by first character.");
    println!("pub(super) static {name}: [Run; {}] = [", runs.len());
    for (first, len, step, delta) in runs {
        println!("    Run {{ first: {first:#x}, len: {len}, step: {step}, delta: {delta} }},");
    }
    println!("];");
    println!();
    println!("/// {what}: the characters that map to several, in order.");
    println!("pub(super) static {name}_MULTI: [(char, [char; 3]); {}] = [", multi.len());
    for (c, m) in multi {
        let mut three = ['\0'; 3];
        three[..m.len()].copy_from_slice(&m);
        let [a, b, d] = three.map(|c| format!("'\\u{{{:x}}}'", c as u32));
        println!("    ('\\u{{{:x}}}', [{a}, {b}, {d}]),", c as u32);
    }
    println!("];");
}

fn main() {
    println!("// This file is generated automatically by tests/tools/gen_case.rs. Do not edit.");
    println!("// Source: the case mappings of the standard library of the Rust that ran it");
    let (major, minor, update) = char::UNICODE_VERSION;
    println!("// (Unicode {major}.{minor}.{update}).");
    println!();
    println!("use super::Run;");
    println!();
    print("LOWER", "Lower case", |c| c.to_lowercase().collect());
    println!();
    print("UPPER", "Upper case", |c| c.to_uppercase().collect());
}
