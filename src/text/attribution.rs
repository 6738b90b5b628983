//! A speaker for every quote.
//!
//! In order of preference:
//! 1. After the quote, in its sentence: `,” Mr Yoon said`, `,” said Mr Yoon`,
//!    `,” he added`, `,” a spokesman said`, `”, according to the ministry`.
//! 2. Before it, in its sentence: `Mr Yoon said: “…”`, `He added: “…”`,
//!    `X, the Y, said his government would “…”`. The subject is the nearest
//!    person, organisation or place before the speech verb.
//! 3. A later paragraph of a multi-paragraph quote takes the speaker of the first.
//! 4. A quote with no attribution takes the speaker of the quote just before it
//!    (same or previous paragraph), else of the one just after it.
//!
//! Pronouns resolve to the most recent compatible mention outside quotes: `he`
//! and `she` to a person of that gender or of unknown gender (which they then
//! fix), `they` and `it` to an organisation or place. An unnamed speaker ("a
//! spokesman said") leaves the speaker empty and keeps the words as its
//! description.

use super::block::Block;
use super::candidate::candidate_at;
use super::case;
use super::data::{self, Gender};
use super::entity::is_clause_opener;
use super::sentence::sentence_of;
use super::types::{Entity, Kind, Quote, QuoteKind};

/// How many tokens after a closing mark may hold the attribution: 18, not
/// 10, for "“…,” Tom Varga, chief market strategist in Sydney at Harbour
/// Capital Ltd., said" (on the development slice of PolNeAR, 4 more right of
/// 1,372; 26 gave no more).
const AFTER_WINDOW: usize = 18;
/// How far back a pronoun looks for its referent, in mentions.
const PRONOUN_LOOKBACK: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Subject {
    Entity(usize),
    Pronoun(&'static str),
    Nominal(String),
}

/// (block, byte offset): a place in the document.
type Position = (usize, usize);

/// An attribution outside a quote: (byte offset in its block, speaker, description).
type Reported = (usize, Option<usize>, Option<String>);

/// A person or organisation mention outside quotes: (block, start, entity).
type Salient = (usize, usize, usize);

/// Which rule gave a quote its speaker (what the speaker model reads of the
/// rules; see `speaker`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Via {
    /// No rule gave one.
    #[default]
    None,
    /// The attribution after the quote, in its sentence.
    After,
    /// The attribution before the quote, in its sentence.
    Before,
    /// Another paragraph of the same multi-paragraph quote.
    Continuation,
    /// The quote just before, in the same paragraph.
    Split,
    /// The person named just before, in the same paragraph.
    SameBlockPerson,
    /// The quote just before (this or the previous paragraph).
    PrevQuote,
    /// Reported speech in this or the previous paragraph.
    Reported,
    /// The quote just after.
    NextQuote,
}

/// The subject of the speech verb next to a quote, as the rules read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Cue {
    /// No speech verb with a subject next to the quote.
    #[default]
    None,
    /// A name.
    Entity,
    /// `he`, `she`, `they`, `it`.
    Pronoun(&'static str),
    /// A noun phrase ("a spokesman").
    Nominal,
}

/// What the rules did for one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct RuleTrace {
    /// The rule that set the speaker (or description) the quote ended with.
    pub(crate) via: Via,
    /// The subject of the quote's own attribution, whether or not it resolved.
    pub(crate) cue: Cue,
}

fn cue_of(s: &Subject) -> Cue {
    match s {
        Subject::Entity(_) => Cue::Entity,
        Subject::Pronoun(p) => Cue::Pronoun(p),
        Subject::Nominal(_) => Cue::Nominal,
    }
}

/// Attribute every quote by the rules (updates `quotes` in place, and entity
/// genders). Returns what each rule did, for the speaker model.
pub(crate) fn attribute(
    texts: &[&str],
    blocks: &[Block],
    cand_entity: &[Vec<Option<u32>>],
    entities: &mut [Entity],
    quotes: &mut [Quote],
) -> Vec<RuleTrace> {
    let mut trace = vec![RuleTrace::default(); quotes.len()];
    if quotes.is_empty() {
        return trace;
    }
    // Mentions outside quotes, in document order, for pronouns and fallbacks
    // (reserved at most once: a list grown by doubling holds two copies).
    let mut salient: Vec<Salient> =
        Vec::with_capacity(blocks.iter().map(|d| d.candidates.len()).sum());
    // Per block and token: inside a quotation? Used here and for reported speech.
    let inside_by_block = inside_by_block(texts, blocks, quotes);
    for (b, d) in blocks.iter().enumerate() {
        let inside = &inside_by_block[b];
        for (ci, c) in d.candidates.iter().enumerate() {
            let Some(id) = cand_entity[b][ci].map(|i| i as usize) else {
                continue;
            };
            if !matches!(
                entities[id].kind,
                Kind::Person | Kind::Organization | Kind::Place
            ) {
                continue;
            }
            if inside[c.first()] {
                continue;
            }
            salient.push((b, c.start(), id));
        }
    }
    let doc = Doc {
        texts,
        blocks,
        cand_entity,
    };

    // 1. Attribution in the quote's own paragraph, for every quote (later
    //    paragraphs of a long quote too: the last often says "he said").
    let mut resolved = vec![false; quotes.len()];
    for (b, d) in blocks.iter().enumerate() {
        for this in d.quotes.clone() {
            let text = texts[b];
            let prev_end = if this > d.quotes.start {
                quotes[this - 1].close.unwrap_or(quotes[this - 1].end)
            } else {
                0
            };
            let next_open = if this + 1 < d.quotes.end {
                quotes[this + 1].open
            } else {
                text.len()
            };
            let q = &quotes[this];
            let (open, close) = (q.open, q.close);
            let partial = q.kind == QuoteKind::Partial;
            // A quote that ends its own sentence (“They can try.”) is more
            // likely introduced before it than attributed by the next sentence.
            let ends_sentence = texts[b][q.start..q.end].ends_with(['.', '!', '?']);
            let after = || close.and_then(|close| after_quote(&doc, entities, b, close, next_open));
            let before = || before_quote(&doc, entities, b, prev_end, open, partial);
            let after = || after().map(|s| (s, Via::After));
            let before = || before().map(|s| (s, Via::Before));
            // "Called a “violent rhythm game” by its creators": a passive's
            // agent is the partial quote's source, whoever is named nearby.
            let agent = || {
                let close = close.filter(|_| partial)?;
                Some((passive_agent(&doc, entities, b, open, close)?, Via::After))
            };
            let subject = agent().or_else(|| {
                if ends_sentence {
                    before().or_else(after)
                } else {
                    after().or_else(before)
                }
            });
            if let Some((subject, via)) = subject {
                trace[this] = RuleTrace {
                    via,
                    cue: cue_of(&subject),
                };
                resolved[this] = apply(subject, quotes, this, (b, open), &salient, entities);
                if !resolved[this] {
                    trace[this].via = Via::None;
                }
            }
        }
    }
    // 2. A long quote's paragraphs share one speaker: the first paragraph's
    //    own, else the first later paragraph that names one.
    for i in 0..quotes.len() {
        if let Some(head) = quotes[i].continues {
            if resolved[head] {
                copy_speaker(quotes, head, i);
                resolved[i] = true;
                trace[i].via = Via::Continuation;
            } else if resolved[i] {
                let mut h = head;
                loop {
                    copy_speaker(quotes, i, h);
                    resolved[h] = true;
                    trace[h].via = Via::Continuation;
                    match quotes[h].continues {
                        Some(p) => h = p,
                        None => break,
                    }
                }
            }
        }
    }
    // 3. Unattributed quotes: the person named just before in the same
    //    paragraph ("Mr Tavares was more cautious. “…”"), else the nearest
    //    attribution before (previous quote, or reported speech in this or the
    //    previous paragraph), else the quote after.
    let reported = reported_speech(&doc, &inside_by_block, &salient, entities);
    for i in 0..quotes.len() {
        if resolved[i] {
            continue;
        }
        if let Some(head) = quotes[i].continues {
            if resolved[head] {
                copy_speaker(quotes, head, i);
                resolved[i] = true;
                trace[i].via = Via::Continuation;
            }
            continue;
        }
        let b = quotes[i].block;
        let open = quotes[i].start;
        // A split quote (“A,” she said. “B.”) keeps its speaker.
        if i > 0 && resolved[i - 1] && quotes[i - 1].block == b {
            copy_speaker(quotes, i - 1, i);
            resolved[i] = true;
            trace[i].via = Via::Split;
            continue;
        }
        let same_block_person = salient
            [..salient.partition_point(|&(sb, s, _)| (sb, s) < (b, open))]
            .last()
            .filter(|&&(sb, _, id)| sb == b && entities[id].kind == Kind::Person)
            .map(|&(_, s, id)| (s, id));
        let prev_quote = (i > 0 && resolved[i - 1] && quotes[i - 1].block + 1 >= b)
            .then(|| (quotes[i - 1].block, quotes[i - 1].start));
        let speech = [Some(b), b.checked_sub(1)]
            .into_iter()
            .flatten()
            .find_map(|rb| {
                reported[rb]
                    .as_ref()
                    .filter(|r| rb < b || r.0 < open)
                    .map(|r| (rb, r))
            });
        // The latest of the three, by position.
        let mut best: Option<(Position, Reported, Via)> = None;
        let mut consider =
            |pos: (usize, usize), who: Option<usize>, desc: Option<String>, via: Via| {
                if best.as_ref().is_none_or(|(p, _, _)| pos > *p) {
                    best = Some((pos, (0, who, desc), via));
                }
            };
        if let Some((s, id)) = same_block_person {
            consider((b, s), Some(id), None, Via::SameBlockPerson);
        }
        if let Some(pq) = prev_quote {
            consider(
                pq,
                quotes[i - 1].speaker,
                quotes[i - 1].speaker_description.clone(),
                Via::PrevQuote,
            );
        }
        if let Some((rb, r)) = speech {
            consider((rb, r.0), r.1, r.2.clone(), Via::Reported);
        }
        if let Some((_, (_, who, desc), via)) = best {
            quotes[i].speaker = who;
            quotes[i].speaker_description = desc;
            resolved[i] = true;
            trace[i].via = via;
        }
    }
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if !resolved[i]
            && resolved[i + 1]
            && quotes[i + 1].block <= quotes[i].block + 1
            && quotes[i + 1].continues.is_none()
        {
            copy_speaker(quotes, i + 1, i);
            resolved[i] = true;
            trace[i].via = Via::NextQuote;
        }
    }
    // Later paragraphs of a quote whose first paragraph was filled in just now.
    for i in 0..quotes.len() {
        if let Some(head) = quotes[i].continues {
            if resolved[head] {
                copy_speaker(quotes, head, i);
                trace[i].via = Via::Continuation;
            }
        }
    }
    trace
}

/// The document's blocks, for the helpers below.
struct Doc<'a> {
    texts: &'a [&'a str],
    blocks: &'a [Block],
    cand_entity: &'a [Vec<Option<u32>>],
}

/// Record `subject` as the speaker of quote `q`. Returns whether it named one.
fn apply(
    subject: Subject,
    quotes: &mut [Quote],
    q: usize,
    at: (usize, usize),
    salient: &[Salient],
    entities: &mut [Entity],
) -> bool {
    match subject {
        Subject::Entity(id) => quotes[q].speaker = Some(id),
        Subject::Nominal(words) => match nominal_org(&words, at, salient, entities) {
            Some(id) => quotes[q].speaker = Some(id),
            None => quotes[q].speaker_description = Some(words),
        },
        // “…,” the campaigners wrote. “…,” they wrote: "they" goes on with the
        // unnamed speaker of the quote just before in the paragraph. (A named
        // one is found by recency like any other referent.)
        Subject::Pronoun("they" | "it")
            if q > 0
                && quotes[q - 1].block == at.0
                && quotes[q - 1].speaker.is_none()
                && quotes[q - 1].speaker_description.is_some() =>
        {
            copy_speaker(quotes, q - 1, q);
        }
        Subject::Pronoun(p) => {
            quotes[q].speaker = resolve_pronoun(p, at, salient, entities);
            return quotes[q].speaker.is_some();
        }
    }
    true
}

/// "the company", "the ministry", "the report": the most recent organisation, if any.
fn nominal_org(
    words: &str,
    at: (usize, usize),
    salient: &[Salient],
    entities: &[Entity],
) -> Option<usize> {
    let mut w = words.split_whitespace();
    if !w.next().is_some_and(|d| d.eq_ignore_ascii_case("the")) {
        return None;
    }
    let noun = w.next()?;
    if w.next().is_some()
        || !(data::ORG_NOUNS.contains(&noun) || data::DOCUMENT_NOUNS.contains(&noun))
    {
        return None;
    }
    let end = salient.partition_point(|&(b, s, _)| (b, s) < at);
    salient[end.saturating_sub(PRONOUN_LOOKBACK)..end]
        .iter()
        .rev()
        .find(|&&(_, _, id)| entities[id].kind == Kind::Organization)
        .map(|&(_, _, id)| id)
}

/// Per block: the last speech verb outside quotes with its subject, as
/// (byte position, speaker, description).
fn reported_speech(
    doc: &Doc,
    inside_by_block: &[Vec<bool>],
    salient: &[Salient],
    entities: &mut [Entity],
) -> Vec<Option<Reported>> {
    let mut out = Vec::with_capacity(doc.blocks.len());
    for (b, d) in doc.blocks.iter().enumerate() {
        let text = doc.texts[b];
        let inside = |t: usize| inside_by_block[b][t];
        let v = (0..d.tokens.len())
            .rev()
            .find(|&t| is_speech_verb(d.tokens[t].as_str(text)) && !inside(t));
        let found = v.and_then(|v| {
            let s = sentence_of(&d.sentences, v).0;
            let pos = d.tokens[v].start();
            Some(match subject_before(doc, entities, b, s, v)? {
                Subject::Entity(id) => (pos, Some(id), None),
                Subject::Nominal(w) => match nominal_org(&w, (b, pos), salient, entities) {
                    Some(id) => (pos, Some(id), None),
                    None => (pos, None, Some(w)),
                },
                Subject::Pronoun(p) => (pos, resolve_pronoun(p, (b, pos), salient, entities), None),
            })
        });
        out.push(found.filter(|r| r.1.is_some() || r.2.is_some()));
    }
    out
}

/// Per block and token: inside a quotation?
pub(crate) fn inside_by_block(
    texts: &[&str],
    blocks: &[Block],
    quotes: &[Quote],
) -> Vec<Vec<bool>> {
    blocks
        .iter()
        .enumerate()
        .map(|(b, d)| inside_quotes(d, &quotes[d.quotes.clone()], texts[b].len()))
        .collect()
}

/// For each token of a block: does it lie inside a quotation (marks included)?
/// One sweep, since quotes are in order and do not overlap.
fn inside_quotes(d: &Block, quotes: &[Quote], text_len: usize) -> Vec<bool> {
    let mut out = vec![false; d.tokens.len()];
    let mut qi = 0;
    for (t, tok) in d.tokens.iter().enumerate() {
        while qi < quotes.len() && quotes[qi].close.unwrap_or(text_len) <= tok.start() {
            qi += 1;
        }
        out[t] = quotes
            .get(qi)
            .is_some_and(|q| q.open <= tok.start() && tok.start() < q.close.unwrap_or(text_len));
    }
    out
}

/// Give quote `to` the speaker of quote `from`.
fn copy_speaker(quotes: &mut [Quote], from: usize, to: usize) {
    let (speaker, description) = (
        quotes[from].speaker,
        quotes[from].speaker_description.clone(),
    );
    quotes[to].speaker = speaker;
    quotes[to].speaker_description = description;
}

fn is_speech_verb(w: &str) -> bool {
    data::is_speech_verb(w)
}

fn pronoun(w: &str) -> Option<&'static str> {
    Some(match w {
        "he" | "He" => "he",
        "she" | "She" => "she",
        "they" | "They" => "they",
        "it" | "It" => "it",
        _ => return None,
    })
}

/// Entity of the candidate holding token `t`, if it is a possible speaker.
fn speaker_at(doc: &Doc, entities: &[Entity], b: usize, t: usize) -> Option<usize> {
    let d = &doc.blocks[b];
    let ci = candidate_at(&d.candidates, t)?;
    let id = doc.cand_entity[b][ci]? as usize;
    matches!(
        entities[id].kind,
        Kind::Person | Kind::Organization | Kind::Place
    )
    .then_some(id)
}

/// "Sen. Tom Reyes of Texas said": the place entity `id` ending at token
/// `t` is the person's, who speaks. Otherwise `id` itself.
fn person_of_place(
    doc: &Doc,
    entities: &[Entity],
    b: usize,
    a: usize,
    t: usize,
    id: usize,
) -> usize {
    if entities[id].kind != Kind::Place {
        return id;
    }
    let d = &doc.blocks[b];
    let Some(ci) = candidate_at(&d.candidates, t) else {
        return id;
    };
    let start = d.candidates[ci].first();
    if start < a + 2 || d.tokens[start - 1].as_str(doc.texts[b]) != "of" {
        return id;
    }
    match speaker_at(doc, entities, b, start - 2) {
        Some(p) if entities[p].kind == Kind::Person => p,
        _ => id,
    }
}

/// The subject in tokens `a..v` (before a speech verb). A clause that opens
/// with a determiner and a role noun ("A spokesman for the IEA said") names an
/// unnamed speaker; otherwise the nearest entity or pronoun before the verb.
fn subject_before(doc: &Doc, entities: &[Entity], b: usize, a: usize, v: usize) -> Option<Subject> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    if let Some(n @ Subject::Nominal(_)) = nominal(text, d, a, v) {
        let words: Vec<usize> = (a..v).filter(|&t| d.tokens[t].is_word()).collect();
        let role_at_start = words.get(1).is_some_and(|&t| {
            let w = case::lower_str(d.tokens[t].as_str(text));
            data::is_role_noun(&w) || data::ORG_NOUNS.contains(&w.as_str())
        });
        if role_at_start {
            return Some(n);
        }
    }
    // "Lind doubled down on her remarks about Reyes and said …", "Lind
    // thought for a moment and then said …": a speech verb after "and" or
    // "but" shares the subject of the clause before, not the name nearest.
    if let Some(c) = conjunction_before(d, text, a, v) {
        if let Some(s) = clause_subject(doc, entities, b, a, c) {
            return Some(s);
        }
    }
    // "X, the Italian diplomat who chaired … for the OSCE, said": the subject
    // stands before the appositive, so look there first.
    let mut from = v;
    if v > a && d.tokens[v - 1].as_str(text) == "," {
        if let Some(c) = (a..v - 1).rev().find(|&t| d.tokens[t].as_str(text) == ",") {
            if role_then_name(doc, entities, b, c, v - 1).is_none()
                && (a..c).any(|t| {
                    speaker_at(doc, entities, b, t).is_some()
                        || pronoun(d.tokens[t].as_str(text)).is_some()
                })
            {
                from = c;
            }
        }
    }
    // "Rep. Ann Marsh (D-Ohio) said": a parenthesis (a party tag, an age)
    // before the verb is skipped, so its contents never speak.
    subject_in(doc, entities, b, a, from, false).or_else(|| nominal(text, d, a, v))
}

/// The possible speaker or pronoun outside brackets in tokens `a..z`
/// nearest `z` (walking back) or, `forward`, nearest `a`.
#[inline(never)]
fn subject_in(
    doc: &Doc,
    entities: &[Entity],
    b: usize,
    a: usize,
    z: usize,
    forward: bool,
) -> Option<Subject> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let (enter, leave) = if forward { ("(", ")") } else { (")", "(") };
    let mut depth = 0usize;
    for i in 0..z.saturating_sub(a) {
        let t = if forward { a + i } else { z - 1 - i };
        let w = d.tokens[t].as_str(text);
        if w == enter {
            depth += 1;
        } else if w == leave {
            depth = depth.saturating_sub(1);
        }
        if depth > 0 {
            continue;
        }
        if let Some(id) = speaker_at(doc, entities, b, t) {
            return Some(Subject::Entity(person_of_place(doc, entities, b, a, t, id)));
        }
        if let Some(p) = pronoun(w) {
            return Some(Subject::Pronoun(p));
        }
    }
    None
}

/// The "and" or "but" right before the verb at `v` (an adverb between:
/// "and then said", "but quickly added"), after token `a`.
fn conjunction_before(d: &Block, text: &str, a: usize, v: usize) -> Option<usize> {
    let w = |t: usize| d.tokens[t].as_str(text);
    let conj = |t: usize| t > a && matches!(w(t), "and" | "but");
    let adverb = |t: usize| {
        let x = w(t);
        matches!(x, "also" | "then" | "later" | "again" | "still")
            || (x.len() > 4 && x.ends_with("ly") && !d.tokens[t].is_capitalised())
    };
    match v.checked_sub(1)? {
        c if conj(c) => Some(c),
        c if c > a + 1 && adverb(c) && conj(c - 1) => Some(c - 1),
        _ => None,
    }
}

/// The subject of the clause in tokens `a..c`: its first possible speaker
/// or pronoun outside brackets, after an opening phrase and its comma ("In
/// an interview with the Ledger, Lind …", "When Reyes spoke, Lind …").
/// The opening phrase may hold commas of its own ("When Varga, Reyes’s
/// aide, was asked about it, he laughed and said"): the clause after the
/// last comma is tried first, then the one after each comma before it.
#[inline(never)]
fn clause_subject(doc: &Doc, entities: &[Entity], b: usize, a: usize, c: usize) -> Option<Subject> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let w = |t: usize| d.tokens[t].as_str(text);
    let first = (a..c).find(|&t| d.tokens[t].is_word())?;
    if !is_clause_opener(&case::lower_str(w(first))) {
        return subject_in(doc, entities, b, first, c, true);
    }
    let mut commas = (first..c).rev().filter(|&t| w(t) == ",").peekable();
    if commas.peek().is_none() {
        return subject_in(doc, entities, b, first, c, true);
    }
    commas.find_map(|comma| subject_in(doc, entities, b, comma + 1, c, true))
}

/// "said Toledo Mayor Tom Varga", "said Kansas City Police Chief Ann Lee":
/// the organisation or place whose mention holds token `t` leads a person's
/// name, after at most three capitalised words or role nouns ("said RNC
/// spokesman Ann Lee") and before `stop`;
/// or "said Reyes’s top policy aide Tom Varga": any name with a possessive,
/// then at most four words of role (no function word). The person speaks.
/// `id` is the entity of that first mention.
#[inline(never)]
fn person_after_org(
    doc: &Doc,
    entities: &[Entity],
    b: usize,
    t: usize,
    id: usize,
    stop: usize,
) -> Option<usize> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let mut after = d.candidates[candidate_at(&d.candidates, t)?].last();
    let possessive = d.tokens.get(after).is_some_and(|tk| tk.is_possessive(text));
    if possessive {
        after += 1;
    } else if entities[id].kind == Kind::Person {
        return None;
    }
    for u in after..(after + 4 + usize::from(possessive)).min(stop) {
        if let Some(p) = speaker_at(doc, entities, b, u) {
            return (entities[p].kind == Kind::Person && p != id).then_some(p);
        }
        let tk = &d.tokens[u];
        let w = tk.as_str(text);
        let role_word = if possessive {
            !data::with_lower(w, data::is_common_function)
        } else {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                || data::with_lower(w, data::is_role_noun)
        };
        if !(tk.is_word() && role_word) {
            return None;
        }
    }
    None
}

/// "Reyes’s top adviser, Tom Varga, said", "her lawyer, actress Ann Lee,
/// said": between the commas at tokens `c` and `e` stands a name (after at
/// most three words of role, no function word among them), and
/// before the first comma a role, not a name. The name speaks, not the
/// role's possessor (in "X, the head of the Y, said" X still does): its
/// entity is returned.
#[inline(never)]
fn role_then_name(doc: &Doc, entities: &[Entity], b: usize, c: usize, e: usize) -> Option<usize> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    if c == 0 || e < c + 2 || !d.tokens[c - 1].is_word() {
        return None;
    }
    if speaker_at(doc, entities, b, c - 1).is_some() {
        return None;
    }
    let name = &d.candidates[candidate_at(&d.candidates, e - 1)?];
    if name.last() != e || name.first() <= c {
        return None;
    }
    let id = speaker_at(doc, entities, b, e - 1)?;
    let lead = c + 1..name.first();
    let role = lead.len() <= 3
        && lead.clone().all(|t| {
            let tk = &d.tokens[t];
            tk.is_word() && !data::with_lower(tk.as_str(text), data::is_common_function)
        });
    role.then_some(id)
}

/// "a spokesman", "one official", "the ministry": a determiner and a noun
/// phrase of up to six words, the last words before `v` ("As the report
/// states" gives "the report"), with no punctuation inside and trailing
/// adverbs dropped ("The report also says").
fn nominal(text: &str, d: &Block, a: usize, v: usize) -> Option<Subject> {
    const MAX_WORDS: usize = 6;
    let mut words: Vec<usize> = Vec::new();
    for t in (a..v).rev() {
        if !d.tokens[t].is_word() {
            if d.tokens[t].is_possessive(text) {
                continue; // "the union’s lead negotiator"
            }
            break;
        }
        words.push(t);
        if words.len() > MAX_WORDS + 2 {
            break;
        }
    }
    words.reverse();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|&t| data::TRAILING_ADVERBS.contains(&d.tokens[t].as_str(text)))
    {
        words.pop();
    }
    let is_det = |t: usize| {
        matches!(
            d.tokens[t].as_str(text).to_ascii_lowercase().as_str(),
            "a" | "an" | "the" | "one" | "two" | "some" | "several"
        )
    };
    let first = words.iter().position(|&t| is_det(t))?;
    let mut phrase = &words[first..];
    // "a council report published in May", "an official who asked not to be
    // named": the speaker is the noun phrase before the participle or clause.
    if let Some(cut) = phrase.iter().skip(2).position(|&t| {
        let w = d.tokens[t].as_str(text);
        matches!(w, "who" | "which" | "that" | "in" | "on" | "at" | "with")
            || (w.len() > 4 && w.ends_with("ed"))
    }) {
        phrase = &phrase[..cut + 2];
    }
    if phrase.len() < 2 || phrase.len() > MAX_WORDS {
        return None;
    }
    let (s, e) = (d.tokens[phrase[0]].start(), d.tokens[*phrase.last()?].end());
    Some(Subject::Nominal(text[s..e].to_string()))
}

fn after_quote(
    doc: &Doc,
    entities: &[Entity],
    b: usize,
    close: usize,
    next_open: usize,
) -> Option<Subject> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let toks = &d.tokens;
    let a = toks.partition_point(|t| t.start() < close);
    let mut end = a;
    while end < toks.len() && end - a < AFTER_WINDOW && toks[end].start() < next_open {
        let w = toks[end].as_str(text);
        if matches!(w, "." | "!" | "?" | ";") {
            break;
        }
        end += 1;
    }
    let v = (a..end).find(|&t| {
        let w = toks[t].as_str(text);
        is_speech_verb(w)
            || (w == "according" && toks.get(t + 1).is_some_and(|n| n.as_str(text) == "to"))
    })?;
    if v > a && (a..v).any(|t| toks[t].is_word()) {
        return subject_before(doc, entities, b, a, v);
    }
    // "said Mr Yoon", "according to the ministry"
    let from = if toks[v].as_str(text) == "according" {
        v + 2
    } else {
        v + 1
    };
    let mut stop = from;
    while stop < end && !matches!(toks[stop].as_str(text), "," | "." | ";") {
        stop += 1;
    }
    // "said Clinton’s introducer, actress Ann Lee": the name after the role.
    if stop < end && toks[stop].as_str(text) == "," {
        let e = (stop + 1..end)
            .find(|&u| matches!(toks[u].as_str(text), "," | ";"))
            .unwrap_or(end);
        if let Some(id) = role_then_name(doc, entities, b, stop, e) {
            return Some(Subject::Entity(id));
        }
    }
    for (t, tok) in toks.iter().enumerate().take(stop).skip(from) {
        if let Some(id) = speaker_at(doc, entities, b, t) {
            return Some(Subject::Entity(
                person_after_org(doc, entities, b, t, id, stop).unwrap_or(id),
            ));
        }
        if let Some(p) = pronoun(tok.as_str(text)) {
            return Some(Subject::Pronoun(p));
        }
    }
    nominal(text, d, from, stop)
}

/// The agent right after a partial quote's closing mark, when a reporting
/// participle stands just before its opening one: "called “reckless” by
/// Ms Adler", "described as a “…” by its creators" (up to six words, to the
/// first preposition or clause). A name there is the source; else a noun
/// phrase with a determiner ("its creators") names no one. ("Outraged” by
/// the plan" has no such participle: the plan is no source.)
fn passive_agent(
    doc: &Doc,
    entities: &[Entity],
    b: usize,
    open: usize,
    close: usize,
) -> Option<Subject> {
    const MAX_WORDS: usize = 6;
    const CUE_WITHIN: usize = 4;
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let toks = &d.tokens;
    let a = toks.partition_point(|t| t.start() < close);
    if toks.get(a)?.as_str(text) != "by" {
        return None;
    }
    let o = toks.partition_point(|t| t.start() < open);
    let sent_start = sentence_of(&d.sentences, o).0;
    let cued = (sent_start.max(o.saturating_sub(CUE_WITHIN))..o).any(|t| {
        let w = toks[t].as_str(text);
        w.len() > 3
            && w.ends_with("ed")
            && data::with_lower(w, data::class)
                .any(data::Class::PARTIAL_QUOTE_CUE | data::Class::REPORTING_CUE)
    });
    if !cued {
        return None;
    }
    let from = a + 1;
    let mut stop = from;
    while stop < toks.len()
        && stop - from < MAX_WORDS
        && toks[stop].is_word()
        && !matches!(
            toks[stop].as_str(text),
            "of" | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "who"
                | "which"
                | "that"
                | "after"
                | "during"
                | "and"
                | "as"
                | "to"
        )
    {
        stop += 1;
    }
    if let Some(id) = (from..stop).find_map(|t| speaker_at(doc, entities, b, t)) {
        return Some(Subject::Entity(id));
    }
    let det = toks.get(from)?.as_str(text).to_ascii_lowercase();
    let nominal = matches!(
        det.as_str(),
        "its" | "their" | "the" | "a" | "an" | "some" | "many" | "several"
    ) && stop > from + 1;
    nominal.then(|| Subject::Nominal(text[toks[from].start()..toks[stop - 1].end()].to_string()))
}

/// Attribution before the opening mark, in its sentence. For a partial quote
/// the cue verbs count too ("She described it as “careless at best”").
fn before_quote(
    doc: &Doc,
    entities: &[Entity],
    b: usize,
    prev_end: usize,
    open: usize,
    partial: bool,
) -> Option<Subject> {
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let toks = &d.tokens;
    let o = toks.partition_point(|t| t.start() < open);
    // Start of the sentence holding the opening mark, or the previous quote's end.
    let sent_start = sentence_of(&d.sentences, o).0;
    let a = sent_start.max(toks.partition_point(|t| t.start() < prev_end));
    let v = (a..o).rev().find(|&t| {
        let w = toks[t].as_str(text);
        is_speech_verb(w) || (partial && data::with_lower(w, data::is_partial_quote_cue))
    })?;
    subject_before(doc, entities, b, a, v).or_else(|| {
        // "Said Mr Yoon: “…”"
        (v + 1..o).find_map(|t| speaker_at(doc, entities, b, t).map(Subject::Entity))
    })
}

fn resolve_pronoun(
    p: &str,
    at: (usize, usize),
    salient: &[Salient],
    entities: &mut [Entity],
) -> Option<usize> {
    let end = salient.partition_point(|&(b, s, _)| (b, s) < at);
    let lo = end.saturating_sub(PRONOUN_LOOKBACK);
    for &(_, _, id) in salient[lo..end].iter().rev() {
        let e = &entities[id];
        let ok = match p {
            "he" => e.kind == Kind::Person && e.gender != Some(Gender::Female),
            "she" => e.kind == Kind::Person && e.gender != Some(Gender::Male),
            _ => matches!(e.kind, Kind::Organization | Kind::Place),
        };
        if ok {
            if e.gender.is_none() && e.kind == Kind::Person {
                entities[id].gender = Some(if p == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                });
            }
            return Some(id);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// (quote text, speaker name or description)
    fn attributed(text: &str) -> Vec<(String, Option<String>)> {
        let a = analyze(text);
        a.quotes()
            .iter()
            .map(|q| {
                let (s, e) = q.range();
                let who = q
                    .speaker()
                    .map(|i| a.entities()[i].name().to_string())
                    .or_else(|| q.speaker_description().map(str::to_string));
                (a.block_text(q.block())[s..e].to_string(), who)
            })
            .collect()
    }

    #[test]
    fn speaker_after_and_before_the_quote() {
        let got = attributed("Maria Lopes, the Portuguese finance minister, spoke.\n“We are ready,” Ms Lopes said.\nLopes added: “Nothing will stop us.”");
        assert_eq!(got[0].1.as_deref(), Some("Maria Lopes"));
        assert_eq!(got[1].1.as_deref(), Some("Maria Lopes"));
    }

    #[test]
    fn pronouns_take_the_latest_compatible_person() {
        let got = attributed(
            "Anna Berg met Peter Holm in Oslo.\n“It went well,” she said.\n“It did not,” he said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Anna Berg"));
        assert_eq!(got[1].1.as_deref(), Some("Peter Holm"));
    }

    #[test]
    fn inverted_order_and_nominal_speakers() {
        let got = attributed(
            "“Prices will rise,” said Omar Farouk.\n“No comment,” a company spokesman said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Omar Farouk"));
        assert_eq!(got[1].1.as_deref(), Some("a company spokesman"));
    }

    #[test]
    fn a_verb_after_and_or_but_has_the_subject_of_the_clause_before() {
        let got = attributed(
            "When Lind later referred to the flood in Westport and said she would “rebuild every home,” the crowd cheered.\n\
             In an interview with the Ledger, Tom Varga doubled down on his remarks about Ana Reyes and said the judge had “a conflict of interest.”\n\
             Speaking to reporters, Marta Kovac said it was too early but added, “We will see in a week.”",
        );
        let speakers: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [Some("Lind"), Some("Tom Varga"), Some("Marta Kovac")],
            "{got:?}"
        );
    }

    #[test]
    fn an_opening_phrase_with_commas_of_its_own_is_no_subject() {
        let got = attributed(
            "Ann Reyes will hold a press conference soon.\n\
             When Tom Varga, Reyes’s campaign manager, was asked if Reyes would hold one this week, he laughed and said, “We will see.”",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tom Varga"), "{got:?}");
    }

    // The classes of issue 13, on our own sentences.

    #[test]
    fn a_pronoun_goes_to_the_person_reported_not_the_nearest_name() {
        let got = attributed(
            "Ms Adler spoke at the dinner in Dayton on Friday.\n\
             Ms Adler thanked Governor Reyes for the invitation.\n\
             “It is a good day for this state,” she told donors.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Adler"), "{got:?}");
    }

    #[test]
    fn a_quote_is_not_given_to_the_person_it_is_about() {
        let got = attributed(
            "Senator Paul Brandt campaigned in Ohio on Monday.\n\
             “Kovac is a sideshow and everybody here knows it,” he said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Paul Brandt"), "{got:?}");
    }

    #[test]
    fn a_speaker_named_after_the_quote_with_a_long_description_is_kept() {
        let got = attributed(
            "Markets fell sharply in Asia on Tuesday.\n\
             “Investors are running for the exits,” Tom Varga, chief market strategist \
             in Sydney at Harbour Capital Ltd., said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tom Varga"), "{got:?}");
    }

    #[test]
    fn the_person_of_a_place_speaks_not_the_place() {
        let got = attributed(
            "The caucus met on Monday.\n\
             Committee Chairman Dan Pruitt of North Carolina said he was “outraged” by the plan.",
        );
        assert_eq!(
            got,
            [("outraged".to_string(), Some("Dan Pruitt".to_string()))]
        );
    }

    #[test]
    fn a_pronoun_opening_the_sentence_keeps_its_gender() {
        // "She … but admitted “…”": the woman named before, not the man
        // named in the sentence.
        let got = attributed(
            "Governor Ann Reyes spoke at the fair on Monday.\n\
             She was defending her record against attacks from Senator Tom Blake, but admitted \
             “one or two instances” where the money may have “slipped through the cracks.”",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("Ann Reyes")),
            "{got:?}"
        );
    }

    #[test]
    fn party_tags_and_places_do_not_speak() {
        let got = attributed(
            "The vote was delayed again.\n\
             Rep. Ann Marsh (D-Ohio) said the bill would “hurt working families.”\n\
             “We will not give up,” Ms Marsh said in Columbus.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("Ann Marsh")),
            "{got:?}"
        );
    }

    #[test]
    fn the_parent_company_speaks_not_its_possessor() {
        let got = attributed(
            "Northgate closed two plants last year.\n\
             Northgate’s parent company, Vale Holdings, said in a statement: \
             “We remain committed to the region.”",
        );
        assert_eq!(got[0].1.as_deref(), Some("Vale Holdings"), "{got:?}");
    }

    #[test]
    fn a_named_role_speaks_not_the_possessor_of_the_role() {
        let got = attributed(
            "Ann Reyes spoke to voters in Toledo on Monday.\n\
             “We will win this state,” Reyes’s top policy adviser, Tom Varga, said.\n\
             Mark Dunn toured the plant in Akron.\n\
             “It is time for new jobs,” said Dunn’s host, banker Tim Olsen.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Tom Varga"), "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Tim Olsen"), "{got:?}");
    }

    #[test]
    fn a_speaker_after_a_long_description_is_found() {
        let got = attributed(
            "Ann Reyes spoke to investors on Monday.\n\
             “Rates will stay high,” Tom Varga, chief market strategist in Sydney at \
             Harbour Capital Ltd., said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tom Varga"), "{got:?}");
    }

    #[test]
    fn a_person_after_an_organisation_and_a_role_speaks() {
        let got = attributed(
            "The council met on Monday.\n\
             “We are ready,” said Toledo Mayor Tom Varga in a call.\n\
             “We will look into it,” said Kansas City Police Chief Lisa Hart.\n\
             Ann Reyes left early.\n\
             “This is a first,” said Reyes’s top foreign policy aide Mark Dunn.\n\
             “There is no plan,” said WPC spokesman Paul Kline in a tweet.",
        );
        let who: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            who,
            [
                Some("Tom Varga"),
                Some("Lisa Hart"),
                Some("Mark Dunn"),
                Some("Paul Kline")
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_description_after_the_name_still_leaves_the_name_speaking() {
        let got = attributed(
            "Ann Reyes spoke to voters in Toledo on Monday.\n\
             “This is wrong,” Lisa Hart, the head of the Ohio Bar, said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Lisa Hart"), "{got:?}");
    }

    #[test]
    fn a_partial_quote_in_paraphrase_goes_to_the_subject_of_the_verb() {
        let got = attributed(
            "Mrs. Adler toured the state this week.\n\
             Mr. Lind said the state had become “winnable” for Mrs. Adler after the debate.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Lind"), "{got:?}");
    }

    #[test]
    fn an_unnamed_source_stays_unnamed_beside_a_name() {
        let got = attributed(
            "Prime Minister Jana Novak met the unions on Monday.\n\
             “She has no plan at all,” a senior source said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("a senior source"), "{got:?}");
    }

    #[test]
    fn a_passive_s_agent_is_the_partial_quote_s_source() {
        let got = attributed(
            "What would happen if Tom Reed and Ada Lind met? Described as a \
             “strange little dance” by its makers, the show opened in Oslo. \
             It was called “reckless” by Ms Lind. Its end was labelled “brave” by \
             the critics.",
        );
        let who: Vec<(&str, Option<&str>)> = got
            .iter()
            .map(|(q, s)| (q.as_str(), s.as_deref()))
            .collect();
        assert_eq!(
            who,
            [
                ("strange little dance", Some("its makers")),
                ("reckless", Some("Ada Lind")),
                ("brave", Some("the critics")),
            ]
        );
    }

    #[test]
    fn an_unattributed_title_in_quotes_gets_no_speaker() {
        let a = crate::analyze(
            "Ben Ortiz reviewed games for the magazine.\n\
             What should we do with a game like “Night Drums of the Deep Sea”?",
        );
        assert!(a.quotes().iter().all(|q| q.speaker().is_none()));
    }

    #[test]
    fn multi_paragraph_and_unattributed_follow_on() {
        let got = attributed("Lena Vogt, a judge, said the case was closed.\n“First we heard the facts.\n“Then we decided.”\n“And that is all.”");
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("Lena Vogt")),
            "{got:?}"
        );
        assert_eq!(got.len(), 3);
    }
}
