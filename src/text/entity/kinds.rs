//! The document-level pass over every block's candidates: one kind per name
//! per article.

use crate::text::block::Block;
use crate::text::data::{self, Class, Gazetteer};
use crate::text::token::Token;
use crate::text::types::Kind;

/// One kind per name per article. The tagger reads one sentence at a time and
/// may call the same name a person here and an organisation there; the
/// article means one thing by it. For each name (by its text):
/// 1. a single word that is the last word of a person's full name elsewhere in
///    the article is that person ("Simmons" after "Phil Simmons"), unless the
///    tagger gave its own mentions another kind more than twice as often as
///    the person's (its person mentions and the full names ending in it);
/// 2. a single word the tagger calls a person that is the first word of an
///    organisation's longer name is that organisation ("Sierra" after
///    "Sierra Semiconductor Corp");
/// 3. a single word the tagger calls a person that the gazetteer knows as a
///    place, and that is no person's surname here, is that place ("Baku had
///    offered");
/// 4. a name the tagger calls a person that reads as the title of a work
///    anywhere in the article ([`is_a_title`]) is no person ("the album Let
///    There Be Neon");
/// 5. a name that follows "the town of", "the village of" (a noun of
///    [`data::PLACE_OF_NOUNS`] and "of") anywhere in the article is a place
///    ("took the town of Tavil"), unless a full name ends in it;
/// 6. a name before "magazine", "newspaper" (a noun of [`data::OUTLET_NOUNS`])
///    anywhere in the article is an organisation ("an article by Vulture
///    magazine"); a place the gazetteer knows only there ("New York
///    magazine" is the magazine, "in New York" the city);
/// 7. otherwise the kind most of its mentions have wins (ties keep their own).
pub(crate) fn harmonise_kinds(texts: &[&str], blocks: &mut [Block]) {
    use data::FastMap;
    const KINDS: [Kind; 5] = [
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Group,
        Kind::Other,
    ];
    let slot = |k: Kind| KINDS.iter().position(|&x| x == k);
    let mut votes: FastMap<&str, [u32; 5]> = FastMap::default();
    let mut person_last: FastMap<&str, u32> = FastMap::default();
    let mut org_first: FastMap<&str, u32> = FastMap::default();
    let mut titles: FastMap<&str, ()> = FastMap::default();
    let mut places: FastMap<&str, ()> = FastMap::default();
    let mut outlets: FastMap<&str, ()> = FastMap::default();
    for (b, d) in blocks.iter().enumerate() {
        let text = texts[b];
        for c in &d.candidates {
            let Some(k) = slot(c.kind) else { continue };
            let title = match c.kind {
                Kind::Person => is_a_title(text, &d.tokens, c.first(), c.last()),
                // "the song Marrow Fields", "the film Harbour Lights": a
                // work's title whatever the tagger took it for.
                Kind::Organization | Kind::Place => {
                    names_a_work(text, &d.tokens, c.first(), c.last())
                }
                _ => false,
            };
            if title {
                titles.insert(&text[c.start()..c.end()], ());
            }
            if c.kind != Kind::Group && after_place_noun(text, &d.tokens, c.first(), c.last()) {
                places.insert(&text[c.start()..c.end()], ());
            }
            if before_outlet_noun(text, &d.tokens, c.last()) {
                outlets.insert(&text[c.start()..c.end()], ());
            }
            votes.entry(&text[c.start()..c.end()]).or_default()[k] += 1;
            if c.last() - c.first() > 1 {
                let (first, last) = (&d.tokens[c.first()], &d.tokens[c.last() - 1]);
                match c.kind {
                    Kind::Person => *person_last.entry(last.as_str(text)).or_default() += 1,
                    Kind::Organization => *org_first.entry(first.as_str(text)).or_default() += 1,
                    _ => {}
                }
            }
        }
    }
    // A single word is the surname of a full name ending in it, unless the
    // tagger gave most of its own mentions one other kind, by far: one
    // headline's "Koval Dagestan" (two names run together) does not make a
    // person of every "Dagestan" of the article.
    let is_surname = |w: &str| {
        person_last.get(w).is_some_and(|&full| {
            let v = votes.get(w).copied().unwrap_or_default();
            let n = |k: Kind| slot(k).map_or(0, |i| v[i]);
            let for_person = n(Kind::Person) + full;
            [Kind::Organization, Kind::Place]
                .into_iter()
                .all(|k| n(k) <= 2 * for_person)
        })
    };
    // Rule 6: this mention is followed by an outlet noun, or another of the
    // name is and the name is no place the gazetteer knows.
    let names_an_outlet = |surface: &str, followed: bool| {
        followed
            || (outlets.contains_key(surface)
                && !matches!(data::gazetteer(surface), Some(Gazetteer::Place(_))))
    };
    for (b, d) in blocks.iter_mut().enumerate() {
        let text = texts[b];
        for c in &mut d.candidates {
            let Some(own) = slot(c.kind) else { continue };
            let surface = &text[c.start()..c.end()];
            let single = c.last() - c.first() == 1;
            let kind = if single && is_surname(surface) {
                Kind::Person
            } else if matches!(c.kind, Kind::Person | Kind::Organization | Kind::Place)
                && titles.contains_key(surface)
            {
                Kind::Other
            } else if matches!(c.kind, Kind::Person | Kind::Organization | Kind::Other)
                && places.contains_key(surface)
            {
                Kind::Place
            } else if (matches!(c.kind, Kind::Person | Kind::Place | Kind::Other)
                && names_an_outlet(surface, before_outlet_noun(text, &d.tokens, c.last())))
                || (single && c.kind == Kind::Person && org_first.contains_key(surface))
            {
                Kind::Organization
            } else if single
                && c.kind == Kind::Person
                && matches!(data::gazetteer(surface), Some(Gazetteer::Place(_)))
            {
                // "He said Baku had offered": a known place that the article
                // never gives a person's full name ending in it.
                Kind::Place
            } else {
                // The kind most of the name's mentions have; in a tie, the
                // gazetteer's ("the US warned" and "the US confirmed" are one
                // United States), else the mention's own.
                let v = votes[surface];
                let most = v.iter().copied().max().unwrap_or(0);
                let tied = v.iter().filter(|&&n| n == most).count() > 1;
                let known = if tied {
                    data::gazetteer(surface).and_then(|g| slot(g.kind().0))
                } else {
                    None
                };
                let best = (0..KINDS.len())
                    .max_by_key(|&k| (v[k], Some(k) == known, k == own))
                    .unwrap_or(own);
                KINDS[best]
            };
            c.set_kind(kind);
        }
        // 8. A single ordinary word the tagger calls a person, with no full
        //    name here ending in it, no given name and no title or
        //    honorific before it, is a capital at the start of a sentence
        //    or a heading ("Yeah", "Article", "October"): no name at all.
        //    So is a run of such words ("Privacy Policy", "Edit Profile",
        //    a page's links and buttons).
        let tokens = &d.tokens;
        d.candidates.retain(|c| {
            if c.kind != Kind::Person {
                return true;
            }
            let titled = c.first() > 0
                && data::class(tokens[c.first() - 1].as_str(text))
                    .any(Class::TITLE | Class::HONORIFIC);
            if titled {
                return true;
            }
            let surface = &text[c.start()..c.end()];
            let single = c.last() - c.first() == 1;
            // "two Rolexes", "several Hiltons": a person is not counted.
            let counted = single
                && surface.ends_with('s')
                && c.first() > 0
                && data::with_lower(tokens[c.first() - 1].as_str(text), |w| {
                    w.bytes().all(|b| b.is_ascii_digit())
                        || matches!(
                            w,
                            "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "seven"
                                | "eight"
                                | "nine"
                                | "ten"
                                | "dozen"
                                | "several"
                                | "many"
                                | "few"
                        )
                });
            if counted {
                return false;
            }
            if single && is_surname(surface) {
                return true;
            }
            let no_name_word = |t: &Token| {
                let w = t.as_str(text);
                !t.is_word()
                    || data::given_name(w).is_none() && data::with_lower(w, data::is_common_word)
            };
            !tokens[c.first()..c.last()].iter().all(no_name_word)
        });
    }
}

/// Do tokens `first..last` follow a noun for a settlement or an area and
/// "of" ("the town of", "villages of"), and head their phrase (no noun after
/// them: "the port of Harwich", not "the port of Harwich authority")?
fn after_place_noun(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    first >= 2
        && tokens[first - 1].as_str(text) == "of"
        && data::PLACE_OF_NOUNS.contains(&tokens[first - 2].as_str(text))
        && heads_its_phrase(text, tokens, last)
}

/// Does an outlet noun ("magazine", [`data::OUTLET_NOUNS`]) follow the name
/// ending before token `last`?
fn before_outlet_noun(text: &str, tokens: &[Token], last: usize) -> bool {
    tokens
        .get(last)
        .is_some_and(|t| data::OUTLET_NOUNS.contains(&t.as_str(text)))
}

/// Is the name ending before token `last` the head of its phrase: no
/// lower-case noun after it ("the Trump campaign" is not)?
fn heads_its_phrase(text: &str, tokens: &[Token], last: usize) -> bool {
    !tokens.get(last).is_some_and(|t| {
        t.is_word() && !t.has_upper() && !t.has_digit() && !data::is_common_function(t.as_str(text))
    })
}

fn starts_with_given_name(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    last - first > 1 && data::given_name(tokens[first].as_str(text)).is_some()
}

/// Do tokens `first..last` follow a noun for a work ("the song", "her
/// novel"), without starting with a given name ("the film Steven Spielberg
/// made")?
fn names_a_work(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    first > 0
        && data::class(tokens[first - 1].as_str(text)).any(Class::WORK_NOUN)
        && !starts_with_given_name(text, tokens, first, last)
}

/// Do tokens `first..last`, which the tagger calls a person, read as the
/// title of a work? When they follow a noun for one ("the film", "her
/// novel") and do not start with a given name (so "the film Steven
/// Spielberg made" keeps its director), when a word inside them is a
/// function word no personal name has ("Let There Be Neon": a name's
/// particles, "van" or "de", are not function words), or when "the" comes
/// right before them, again unless a given name starts them ("the Marc
/// Lind case" is his).
fn is_a_title(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |i: usize| tokens[i].as_str(text);
    let function_word_inside = (first + 1..last).any(|i| {
        let w = word(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && data::FUNCTION_WORDS.contains(&w.to_ascii_lowercase().as_str())
    });
    // "the Moulin Rouge", "the Quiet Harbour": a person's name takes no
    // article (a plural family, "the Lindqvists", is no one person either).
    // Only a name of two words or more that heads its phrase (no noun after
    // it; "the Moulin Rouge in Paris" does): "the Trump campaign" and "the
    // Obama administration" are his, and a single word
    // read here would carry the verdict to all of the article's mentions.
    let after_the = first > 0
        && last - first > 1
        && word(first - 1).eq_ignore_ascii_case("the")
        && heads_its_phrase(text, tokens, last);
    names_a_work(text, tokens, first, last)
        || (after_the && !starts_with_given_name(text, tokens, first, last))
        || function_word_inside
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::candidate::Candidate;
    use crate::text::{sentence::sentences, token::tokenize};

    /// `harmonise_kinds` over candidates given as (word, which occurrence of
    /// it, how many words, kind): what is left, as (text, kind).
    fn harmonised(text: &str, spec: &[(&str, usize, usize, Kind)]) -> Vec<(String, Kind)> {
        let toks = tokenize(text);
        let sents = sentences(text, &toks);
        let candidates = spec
            .iter()
            .map(|&(w, nth, n, kind)| {
                let a = toks
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.as_str(text) == w)
                    .nth(nth)
                    .map(|(i, _)| i)
                    .expect("word in text");
                Candidate::new(toks[a].start(), toks[a + n - 1].end(), a, a + n, kind)
            })
            .collect();
        let mut blocks = [Block {
            tokens: toks,
            sentences: sents,
            candidates,
            ..Block::default()
        }];
        harmonise_kinds(&[text], &mut blocks);
        blocks[0]
            .candidates
            .iter()
            .map(|c| (text[c.start()..c.end()].to_string(), c.kind))
            .collect()
    }

    #[test]
    fn what_follows_the_town_of_is_a_place_in_every_mention() {
        let text =
            "Rebels took the town of Tavil on Monday. Tavil fell quickly. Troops left Tavil.";
        let got = harmonised(
            text,
            &[
                ("Tavil", 0, 1, Kind::Person),
                ("Tavil", 1, 1, Kind::Person),
                ("Tavil", 2, 1, Kind::Organization),
            ],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Place), "{got:?}");
        // Not when a noun follows: the name modifies it.
        let text = "The port of Harwich authority met. Harwich spoke.";
        let got = harmonised(text, &[("Harwich", 0, 1, Kind::Organization)]);
        assert_eq!(got, [("Harwich".to_string(), Kind::Organization)]);
        // Capitalised, "City of" is part of a name, not a cue.
        let text = "The City of Ardmore council met. Ardmore Smith spoke.";
        let got = harmonised(text, &[("Ardmore", 0, 1, Kind::Person)]);
        assert_eq!(got, [("Ardmore".to_string(), Kind::Person)]);
    }

    #[test]
    fn one_full_name_does_not_make_a_person_of_a_place_named_often() {
        // A headline's "Koval Dagestan" (the tagger ran two names together)
        // against three mentions of the place on their own.
        let text = "Koval Dagestan truce. Oleg Koval went to Dagestan. Dagestan is calm. Rebels hold Dagestan.";
        let got = harmonised(
            text,
            &[
                ("Koval", 0, 2, Kind::Person),
                ("Oleg", 0, 2, Kind::Person),
                ("Dagestan", 1, 1, Kind::Place),
                ("Dagestan", 2, 1, Kind::Place),
                ("Dagestan", 3, 1, Kind::Place),
            ],
        );
        let places = got
            .iter()
            .filter(|(t, k)| t == "Dagestan" && *k == Kind::Place);
        assert_eq!(places.count(), 3, "{got:?}");
        // A surname the tagger once took for something else is still the
        // person's.
        let text = "Phil Simmons scored. Simmons was out. Simmons bowled.";
        let got = harmonised(
            text,
            &[
                ("Phil", 0, 2, Kind::Person),
                ("Simmons", 1, 1, Kind::Organization),
                ("Simmons", 2, 1, Kind::Person),
            ],
        );
        assert!(
            got.iter()
                .filter(|(t, _)| t == "Simmons")
                .all(|(_, k)| *k == Kind::Person),
            "{got:?}"
        );
    }

    #[test]
    fn a_run_of_ordinary_words_or_a_counted_name_is_no_person() {
        use Kind::*;
        // A page's links, and a real name made of words that also are
        // ordinary ones: a given name ("Rose") or a title keeps it.
        let text = "Trade Agreement. Years Later. Rose Field spoke. Mr Black Water left. \
                    He wore two Rolexes.";
        let got = harmonised(
            text,
            &[
                ("Trade", 0, 2, Person),
                ("Years", 0, 2, Person),
                ("Rose", 0, 2, Person),
                ("Black", 0, 2, Person),
                ("Rolexes", 0, 1, Person),
            ],
        );
        let want = [("Rose Field", Person), ("Black Water", Person)];
        assert_eq!(got, want.map(|(t, k)| (t.to_string(), k)));
    }

    #[test]
    fn titles_of_works_and_ordinary_words_are_no_people() {
        use Kind::*;
        let text = "Article one. Frank left. Mr White spoke. The album Where The Rivers Bend \
                    sold. Her novel Marrow Fields won. Then Steven Holm spoke. They danced at the \
                    Harbour Lights in Oslo. Police reopened the Marc Lind case.";
        let got = harmonised(
            text,
            &[
                ("Article", 0, 1, Person),
                ("Frank", 0, 1, Person),
                ("White", 0, 1, Person),
                ("Where", 0, 4, Person),
                ("Marrow", 0, 2, Person),
                ("Steven", 0, 2, Person),
                ("Harbour", 0, 2, Person),
                ("Marc", 0, 2, Person),
            ],
        );
        let want = [
            // "Article" (an ordinary word, no given name, no title) is gone.
            ("Frank", Person),
            ("White", Person),
            ("Where The Rivers Bend", Other),
            ("Marrow Fields", Other),
            ("Steven Holm", Person),
            ("Harbour Lights", Other),
            ("Marc Lind", Person),
        ];
        assert_eq!(got, want.map(|(t, k)| (t.to_string(), k)));
    }

    #[test]
    fn one_kind_per_name_per_article() {
        use Kind::*;
        let text = "Sierra Semiconductor Corp rose. Sierra said Lenzing fell. Lenzing rose. \
                    Lenzing won. Phil Simmons bowled. Simmons smiled. The US warned. \
                    The US agreed. Then Marlow spoke. Marlow left.";
        let got = harmonised(
            text,
            &[
                ("Sierra", 0, 3, Organization),
                ("Sierra", 1, 1, Person),
                ("Lenzing", 0, 1, Person),
                ("Lenzing", 1, 1, Organization),
                ("Lenzing", 2, 1, Organization),
                ("Phil", 0, 2, Person),
                ("Simmons", 1, 1, Place),
                // One vote each: the gazetteer's kind for both.
                ("US", 0, 1, Organization),
                ("US", 1, 1, Place),
                // One vote each, unknown to the gazetteer: each keeps its own.
                ("Marlow", 0, 1, Organization),
                ("Marlow", 1, 1, Place),
            ],
        );
        let kinds: Vec<Kind> = got.into_iter().map(|(_, k)| k).collect();
        assert_eq!(
            kinds,
            [
                Organization,
                Organization,
                Organization,
                Organization,
                Organization,
                Person,
                Person,
                Place,
                Place,
                Organization,
                Place,
            ]
        );
    }
}
