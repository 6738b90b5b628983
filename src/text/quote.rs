//! Quotation spans in a block, and multi-paragraph quotes across blocks.
//!
//! Marks: curly and straight double quotes, single quotes (British style
//! ‘…’), guillemets «…» and the low „ opener. Only the outermost pair makes a
//! quote; a ‘…’ inside “…” belongs to it. A `’` is a closing mark only while a
//! single quote is open and no letter follows, so `Koreans’ troops`, `’90s`
//! and `rock ’n’ roll` stay apostrophes.
//!
//! A quote left open at the end of a block ends there: it never swallows the
//! rest of the article. When the next block opens with a mark of the same
//! family, that block continues the quote (news style: every paragraph of a
//! long quote opens, only the last one closes), and [`link_continuations`]
//! records the chain.

use std::cell::OnceCell;
use std::ops::Range;

use super::block::Block;
use super::data;
use super::token::Token;
use super::types::{Quote, QuoteKind};

/// Deepest nesting of open quotation marks followed; see [`find_quotes`].
const MAX_QUOTE_NESTING: usize = 8;

/// A partial quote this long (in words) is a quote even with no speech verb near it.
const PARTIAL_WITHOUT_CUE_WORDS: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(u8),
    Close(u8),
}

/// The characters [`classify`] may take for a quotation mark.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{AB}'
            | '\u{BB}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
    )
}

fn classify(
    prev: Option<char>,
    c: char,
    next: Option<char>,
    open_single: bool,
    open_double: bool,
) -> Option<Mark> {
    let space_or_open = |p: Option<char>| {
        p.is_none_or(|p| {
            p.is_whitespace() || "([{\u{2014}\u{2013}-/\u{201C}\u{2018}\u{AB}\"'".contains(p)
        })
    };
    let alnum = |n: Option<char>| n.is_some_and(char::is_alphanumeric);
    match c {
        '\u{201C}' | '\u{201E}' | '\u{201F}' => Some(Mark::Open(b'"')),
        '\u{201D}' => Some(Mark::Close(b'"')),
        '\u{AB}' => Some(Mark::Open(b'<')),
        '\u{BB}' => Some(Mark::Close(b'<')),
        '"' => {
            if space_or_open(prev) && !next.is_none_or(char::is_whitespace) {
                Some(Mark::Open(b'"'))
            } else if open_double {
                Some(Mark::Close(b'"'))
            } else {
                None
            }
        }
        '\u{2018}' => (!next.is_none_or(char::is_whitespace)).then_some(Mark::Open(b'\'')),
        '\u{2019}' | '\'' => {
            if c == '\'' && space_or_open(prev) && alnum(next) {
                Some(Mark::Open(b'\''))
            } else if open_single && !alnum(next) && !prev.is_none_or(char::is_whitespace) {
                Some(Mark::Close(b'\''))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The block-wide arguments of `push_span`, bound once per block.
struct BlockCtx<'a> {
    block: usize,
    text: &'a str,
    toks: &'a [Token],
    sentences: &'a [(usize, usize)],
    /// The block's cue words, found when a short partial quote first asks.
    cues: OnceCell<Vec<usize>>,
}

/// Find the quotation spans of block `block` and append them to the
/// document's quote list `out`. Returns the block's range of `out`.
pub(crate) fn find_quotes(
    block: usize,
    text: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    out: &mut Vec<Quote>,
) -> Range<usize> {
    let first = out.len();
    let ctx = BlockCtx {
        block,
        text,
        toks,
        sentences,
        cues: OnceCell::new(),
    };
    let emit = |out: &mut Vec<Quote>, family, open, len, close_at, close| {
        push_span(&ctx, out, family, open, len, close_at, close)
    };
    // (family, byte offset of the mark, byte length of the mark)
    let mut stack: Vec<(u8, usize, usize)> = Vec::new();
    // Only quotation marks matter: jump from one byte that may start one
    // ('"', '\'', and the lead bytes of « » and of ‘ ’ “ ” „ ‟) to the next.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(off) = bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
    {
        let i = from + off;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        if !is_quote_mark(c) {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[from..].chars().next();
        // ‘90s: an apostrophe for missing digits, not an opening mark.
        let elided_digits = c == '\u{2018}'
            && text[i + c.len_utf8()..]
                .chars()
                .take(2)
                .all(|d| d.is_ascii_digit());
        // `Koreans’ troops`: after an s and before a lower-case word, a `’` is
        // a plural possessive, not a closing mark.
        let possessive = matches!(c, '\u{2019}' | '\'')
            && prev == Some('s')
            && next == Some(' ')
            && text[i + c.len_utf8() + 1..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        let open_single = stack.iter().any(|s| s.0 == b'\'') && !possessive;
        let open_double = stack.iter().any(|s| s.0 == b'"');
        match classify(prev, c, next, open_single, open_double) {
            Some(Mark::Open(f)) if !elided_digits => {
                // Stray openers must not pile up (100,000 of them would make
                // every later mark scan them all): past the deepest nesting a
                // reader follows, the oldest one is given up.
                if stack.len() == MAX_QUOTE_NESTING {
                    stack.remove(0);
                }
                stack.push((f, i, c.len_utf8()));
            }
            Some(Mark::Close(f)) => {
                if let Some(pos) = stack.iter().rposition(|s| s.0 == f) {
                    let (family, open, len) = stack[pos];
                    stack.truncate(pos);
                    if stack.is_empty() {
                        emit(out, family, open, len, i, Some(i + c.len_utf8()));
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(&(family, open, len)) = stack.first() {
        // Unclosed single quotes are more often stray apostrophes: keep them only
        // when they open the block (a multi-paragraph quote).
        if family != b'\'' || text[..open].trim().is_empty() {
            emit(out, family, open, len, text.len(), None);
        }
    }
    first..out.len()
}

#[allow(clippy::too_many_arguments)]
fn push_span(
    ctx: &BlockCtx,
    out: &mut Vec<Quote>,
    family: u8,
    open: usize,
    mark_len: usize,
    close_at: usize,
    close: Option<usize>,
) {
    let BlockCtx {
        block,
        text,
        toks,
        sentences,
        ..
    } = *ctx;
    let inner = &text[open + mark_len..close_at];
    let start = open + mark_len + (inner.len() - inner.trim_start().len());
    let end = close_at - (inner.len() - inner.trim_end().len());
    if start >= end {
        return;
    }
    let words: Vec<&str> = text[start..end].split_whitespace().collect();
    let before = text[..open].trim_end();
    let full = before.is_empty()
        || before.ends_with([':', ',', '.', '!', '?', ';', '(', '\u{2014}', '\u{2013}']);
    let kind = if full {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    };
    // Titles, names and labels: every word capitalised, no sentence inside.
    let title_like = words.len() <= 8
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "to" | "for" | "with"
                        | "at" | "from" | "by" | "&"
                )
        })
        // one final mark may stand inside, American style: “The Kiss Was Beautiful.”
        && !text[start..end].trim_end_matches([',', '.']).contains(['.', '!', '?']);
    // Titles, names and one-word labels are not quotations, unless a speech
    // verb stands right by them: “Good,” she said. / He said: “No.”
    let speech = |t: &Token| data::is_speech_verb(t.as_str(text));
    let attributed_after = close.is_some_and(|c| {
        let ti = toks.partition_point(|t| t.start() < c);
        toks[ti..].iter().take(4).any(speech)
    });
    let attributed_before = {
        let ti = toks.partition_point(|t| t.start() < open);
        toks[..ti].iter().rev().take(3).any(speech) && before.ends_with(':')
    };
    // A one-word partial quote ("called the ruling “reckless”") goes on to
    // the cue check below like any short partial quote.
    let one_word_partial = words.len() == 1 && kind == QuoteKind::Partial;
    if (title_like || (words.len() < 2 && !one_word_partial))
        && !attributed_after
        && !attributed_before
    {
        return;
    }
    // A title where a title stands is one even when a speech verb follows:
    // “on Fox’s “The Night Desk,” Ann Rowe said”.
    if title_like && kind == QuoteKind::Partial && is_title_slot(text, toks, open) {
        return;
    }
    if kind == QuoteKind::Partial
        && words.len() <= PARTIAL_WITHOUT_CUE_WORDS
        && is_term(text, toks, open)
    {
        return;
    }
    // (A quote that ends in a comma or a full stop modifies no noun after it:
    // “called it a “rush to judgment,” because …”.)
    if kind == QuoteKind::Partial
        && !text[start..end].ends_with([',', '.', ';'])
        && is_attributive(text, toks, open, close)
    {
        return;
    }
    if kind == QuoteKind::Partial {
        // A short partial quote needs someone to have said it: a speech verb
        // or cue in the same sentence. (Scare quotes are short; a longer phrase
        // in quotation marks is somebody's or some document's words.)
        if words.len() >= PARTIAL_WITHOUT_CUE_WORDS {
            out.push(Quote::new(block, (open, start, end, close), kind, family));
            return;
        }
        let ti = toks.partition_point(|t| t.start() < open);
        let te = toks.partition_point(|t| t.start() < end);
        let (s, e) = super::sentence::sentence_of(sentences, ti);
        // A cue in the sentence outside the quote: in tokens s..ti or te..e.
        let cues = ctx.cues.get_or_init(|| cue_tokens(text, toks));
        let any_in = |a: usize, b: usize| {
            cues[cues.partition_point(|&p| p < a)..]
                .first()
                .is_some_and(|&p| p < b)
        };
        let cued = any_in(s, ti.min(e)) || any_in(te.max(s), e);
        if !cued {
            return;
        }
    }
    out.push(Quote::new(block, (open, start, end, close), kind, family));
}

/// The tokens of a block that cue a partial quote (see [`is_cue`]).
fn cue_tokens(text: &str, toks: &[Token]) -> Vec<usize> {
    (0..toks.len())
        .filter(|&t| is_cue(toks[t].as_str(text)))
        .collect()
}

/// Does a word cue a partial quote: a speech verb, a partial-quote cue
/// ("called", "dubbed") or a reporting cue ("according")?
fn is_cue(word: &str) -> bool {
    data::with_lower(word, data::class)
        .any(data::Class::SPEECH_VERB | data::Class::PARTIAL_QUOTE_CUE | data::Class::REPORTING_CUE)
}

/// "a pattern known as “herding”", "the so-called “bathroom bill”": a short
/// quoted phrase right after a naming word is a term.
fn is_term(text: &str, toks: &[Token], open: usize) -> bool {
    let ti = toks.partition_point(|t| t.start() < open);
    let mut before = toks[..ti].iter().rev().map(|t| t.as_str(text));
    let w = match before.next() {
        Some(w) if w.eq_ignore_ascii_case("as") => before.next(),
        w => w,
    };
    w.is_some_and(|w| data::with_lower(w, data::is_term_lead))
}

/// Does a quote opening at `open` stand where a programme's, book's or
/// paper's title does: after a possessive ("the network’s"), "on" or
/// "told" (a show is told nothing; "told “Morning Desk”" is an interview
/// on it), or a noun for a work ("the film", "his column")?
fn is_title_slot(text: &str, toks: &[Token], open: usize) -> bool {
    let ti = toks.partition_point(|t| t.start() < open);
    let Some(t) = ti.checked_sub(1).map(|i| &toks[i]) else {
        return false;
    };
    let w = t.as_str(text);
    let possessive = t.is_possessive(text) || w.ends_with("s\u{2019}") || w.ends_with("s'");
    // (Broadcasts beside `WORK_NOUNS`, whose titles the names read too.)
    possessive
        || matches!(
            w,
            "on" | "told" | "show" | "programme" | "program" | "column" | "podcast"
        )
        || data::with_lower(w, data::class).any(data::Class::WORK_NOUN)
}

/// "the classic “dumb teens in the woods” horror trope": a quoted phrase
/// between a determiner and a noun it modifies is a term, not somebody's words.
fn is_attributive(text: &str, toks: &[Token], open: usize, close: Option<usize>) -> bool {
    let Some(close) = close else { return false };
    let ti = toks.partition_point(|t| t.start() < open);
    // "that" after a cue is a conjunction: "said that “we need more time” …".
    let determiner_before = (ti.saturating_sub(2)..ti).any(|i| match toks[i].as_str(text) {
        "the" | "a" | "an" | "this" | "its" | "their" => true,
        "that" => !i
            .checked_sub(1)
            .is_some_and(|p| is_cue(toks[p].as_str(text))),
        _ => false,
    });
    let after = toks.partition_point(|t| t.start() < close);
    let noun_after = toks.get(after).is_some_and(|t| {
        let w = t.as_str(text);
        t.is_word()
            && t.has_space_before()
            && w.chars().next().is_some_and(char::is_lowercase)
            && !data::is_common_function(w)
            && !data::is_speech_verb(w)
    });
    determiner_before && noun_after
}

/// Link quotes that continue into the next block: the first quote of a
/// block that opens it with a mark of the family left open at the end of the
/// block before.
pub(crate) fn link_continuations(texts: &[&str], blocks: &[Block], quotes: &mut [Quote]) {
    for b in 0..blocks.len().saturating_sub(1) {
        let (here, next) = (&blocks[b].quotes, &blocks[b + 1].quotes);
        if here.is_empty() || next.is_empty() {
            continue;
        }
        let (last, first) = (here.end - 1, next.start);
        if quotes[last].close.is_some() {
            continue;
        }
        if quotes[first].family == quotes[last].family
            && texts[b + 1][..quotes[first].open].trim().is_empty()
        {
            quotes[first].continues = Some(last);
            quotes[first].kind = QuoteKind::Full;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{sentence::sentences, token::tokenize};

    fn quotes(text: &str) -> Vec<(String, QuoteKind)> {
        let toks = tokenize(text);
        let s = sentences(text, &toks);
        let mut out = Vec::new();
        find_quotes(0, text, &toks, &s, &mut out);
        out.into_iter()
            .map(|q| (text[q.start..q.end].to_string(), q.kind))
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(
            quotes("“We will win,” she said. He said: \"No.\""),
            [
                ("We will win,".into(), QuoteKind::Full),
                ("No.".into(), QuoteKind::Full)
            ]
        );
    }

    #[test]
    fn nested_single_inside_double_is_one_quote() {
        assert_eq!(
            quotes("“They called it ‘a farce’ today,” he said."),
            [("They called it ‘a farce’ today,".into(), QuoteKind::Full)]
        );
    }

    #[test]
    fn british_single_quotes_and_apostrophes() {
        assert_eq!(
            quotes("‘The Koreans’ troops are in the ’90s mood,’ he said."),
            [(
                "The Koreans’ troops are in the ’90s mood,".into(),
                QuoteKind::Full
            )]
        );
        assert!(quotes("Whole Foods’ sales of rock ’n’ roll records rose.").is_empty());
    }

    #[test]
    fn partial_quote_needs_a_speaker_cue() {
        assert_eq!(
            quotes("She said the plan would “never work” in time."),
            [("never work".into(), QuoteKind::Partial)]
        );
        assert!(quotes("The so-called “peace plan” failed.").is_empty());
        assert!(quotes("Critics doubt that “peace plan” works.").is_empty());
        // "that" after a speech verb is a conjunction, not a determiner.
        assert_eq!(
            quotes("Reed said that “we need more time” about the vote."),
            [("we need more time".into(), QuoteKind::Partial)]
        );
        assert_eq!(
            quotes("It binds them to “mutual aid in a war”."),
            [("mutual aid in a war".into(), QuoteKind::Partial)]
        );
    }

    #[test]
    fn titles_and_scare_quotes_are_not_quotes() {
        assert!(quotes("He said he loved “The Long Goodbye” as a boy.").is_empty());
        assert!(quotes("The weather stayed “fine” all week.").is_empty());
        assert!(quotes("She wrote “The Kiss Was Beautiful.” in 1990.").is_empty());
        assert!(quotes("Readers called it: “neonness”").is_empty());
        // Programmes and books where a title stands, a speech verb after or not.
        assert!(quotes("On Tuesday on KXRT’s “Noon with Dale Ames,” Ann Rowe said no.").is_empty());
        assert!(quotes("He told “Sunrise Desk” on Friday that he would run.").is_empty());
        assert!(quotes("Ames, the host of the show “Late Call,” said he was done.").is_empty());
        assert!(quotes("She spoke on “The Long Table” and said yes.").is_empty());
        // Capitalised words a speech verb follows, in no title's place, stay a quote.
        assert_eq!(
            quotes("They chanted “Send Them Home,” said Ames."),
            [("Send Them Home,".into(), QuoteKind::Partial)]
        );
        assert_eq!(
            quotes("“Good,” she said."),
            [("Good,".into(), QuoteKind::Full)]
        );
    }

    #[test]
    fn one_word_partial_quotes_need_a_cue() {
        assert_eq!(
            quotes("Ms Kerr called the ruling “reckless” and “absurd.”"),
            [
                ("reckless".into(), QuoteKind::Partial),
                ("absurd.".into(), QuoteKind::Partial)
            ]
        );
        assert!(quotes("Prices stayed “stable” through May.").is_empty());
    }

    #[test]
    fn learned_reporting_cues_carry_short_partial_quotes() {
        assert_eq!(
            quotes("The inquiry concluded that Reed had been “plainly careless” with the files."),
            [("plainly careless".into(), QuoteKind::Partial)]
        );
        assert_eq!(
            quotes("She defended the plan, noting its “modest cost” to savers."),
            [("modest cost".into(), QuoteKind::Partial)]
        );
        assert_eq!(
            quotes(
                "The campaign called the report a “rush to judgment,” because votes can change."
            ),
            [("rush to judgment,".into(), QuoteKind::Partial)]
        );
        // A question or an exclamation can modify a noun: “the “Why me?” moment”.
        assert!(quotes("She said the “Why me?” moment came later.").is_empty());
        // Without a cue in the sentence, the same words are scare quotes.
        assert!(quotes("Reed had been “plainly careless” with the files.").is_empty());
    }

    #[test]
    fn terms_after_naming_words_are_not_quotes() {
        assert!(quotes("Traders said it was a pattern known as “herding.”").is_empty());
        assert!(quotes("He told us about the so-called “bathroom bill” there.").is_empty());
        assert!(quotes("She said the fund had been dubbed “the vault” by staff.").is_empty());
        assert_eq!(
            quotes("She said the fund had been “badly run” for years."),
            [("badly run".into(), QuoteKind::Partial)]
        );
    }

    #[test]
    fn guillemets() {
        assert_eq!(
            quotes("Il a dit : « Non merci »."),
            [("Non merci".into(), QuoteKind::Full)]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_block_end() {
        assert_eq!(
            quotes("“We go on. And on"),
            [("We go on. And on".into(), QuoteKind::Full)]
        );
    }
}
