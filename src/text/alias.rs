//! Alias groups: one [`Entity`] per referent in the article.
//!
//! - People: a full name ("Yoon Suk Yeol") gathers the later short forms that
//!   match one of its words ("Mr Yoon", "Yoon"); family-name-first names work
//!   too ("Kim" with "Kim Jong-un"). When two people share the word, the one
//!   the article has named most so far wins (its subject, not the relative
//!   named once), then the one mentioned most recently, among those whose
//!   gender (from the given name or an honorific) agrees with the short
//!   form's ("Mr Mugabe" is never Grace Mugabe); when none agrees, the short
//!   form stands alone. (On PolNeAR train up to 2016-07, most-named first
//!   cut the quotes whose speaker was the right surname on the wrong
//!   person from 137 to 79.)
//! - Full names compare without case ("Luis De Miranda" is Luis de
//!   Miranda), and a surname with its particle ("De Miranda") joins the one
//!   full name ending in it.
//! - "the Council" joins the one earlier organisation whose name ends in
//!   that head word ("Westfield County Council").
//! - Places, organisations and groups gather by canonical name ("US" and
//!   "United States"), and an acronym introduced in brackets ("the
//!   International Atomic Energy Agency (IAEA)") joins its full name; so
//!   does a later acronym that spells the initials of one earlier name ("the
//!   University of Southern Ontario ... USO"), never of two.
//! - Roles: the first role the article gives a person becomes its description.

use super::data::FastMap;

use super::acronym;
use super::block::Block;
use super::case;
use super::types::{Entity, Kind, Mention};

/// A name as grouping compares it: without a final dot, which a name at the
/// end of a sentence gives to the full stop ("Harmon Corp." / "Harmon Corp").
fn key_text(name: &str) -> &str {
    name.strip_suffix('.').unwrap_or(name)
}

/// A person's name as grouping compares it: [`key_text`], in lower case, so
/// "Luis De Miranda" and "Luis de Miranda", or a headline's "ANNA BERG" and
/// "Anna Berg", are one person.
fn person_key(name: &str) -> String {
    case::lower_str(key_text(name))
}

/// Does the name start with a name particle ("de Miranda", "Van Dijk")?
fn particle_led(name: &str) -> bool {
    name.split(' ')
        .next()
        .is_some_and(|w| super::data::NAME_PARTICLES.contains(&case::lower_str(w).as_str()))
}

/// Build the entities. Returns them in order of first mention, and for every
/// block and candidate the index of its entity.
pub(crate) fn group(texts: &[&str], blocks: &[Block]) -> (Vec<Entity>, Vec<Vec<Option<u32>>>) {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: FastMap<(Kind, String), usize> = FastMap::default();
    // name word -> person entities that have it, for short forms
    let mut person_words: FastMap<String, Vec<usize>> = FastMap::default();
    let mut last_seen: Vec<(usize, usize)> = Vec::new(); // per entity: (block, start) of last mention
    let mut acronyms: FastMap<String, usize> = FastMap::default();
    // Initials of the multi-word names of places, organisations and other
    // names -> their entity, or `None` when two entities share them.
    let mut initials: FastMap<String, Option<usize>> = FastMap::default();
    // The last word of the multi-word names of organisations -> their
    // entity, or `None` when two share it ("the Council").
    let mut heads: FastMap<&str, Option<usize>> = FastMap::default();
    let mut mention_count: Vec<usize> = Vec::new();
    let mut first_seen: Vec<Option<Mention>> = Vec::new();
    let mut cand_entity: Vec<Vec<Option<u32>>> = blocks
        .iter()
        .map(|d| vec![None; d.candidates.len()])
        .collect();

    let new_entity = |entities: &mut Vec<Entity>,
                      last_seen: &mut Vec<(usize, usize)>,
                      kind: Kind,
                      name: String| {
        entities.push(Entity {
            kind,
            name,
            description: None,
            mentions: Vec::new(),
            gender: None,
        });
        last_seen.push((0, 0));
        entities.len() - 1
    };

    // Pass 1: full personal names (two words or more) found anywhere; a
    // surname with its particle ("De Miranda") last, since it is the short
    // form of the one full name ending in it ("Luis de Miranda"), if any.
    // The tails of full names that start at a particle ("de miranda" of
    // "luis de miranda") -> their person, or `None` when two share one.
    // So are the last two words or more of a longer full name, a middle name
    // before them ("Forrest Jones" of "Michael Forrest Jones"), when one
    // full name alone ends in them (`particle_tails` decides that for both).
    let mut particle_tails: FastMap<String, Option<usize>> = FastMap::default();
    let long_tails = long_name_tails(texts, blocks);
    for particles in [false, true] {
        if particles {
            for ((_, n), &id) in by_key.iter() {
                for (i, _) in n.match_indices(' ') {
                    let tail = &n[i + 1..];
                    if particle_led(tail) || tail.contains(' ') {
                        let slot = particle_tails.entry(tail.to_string()).or_insert(Some(id));
                        if *slot != Some(id) {
                            *slot = None;
                        }
                    }
                }
            }
        }
        for (b, d) in blocks.iter().enumerate() {
            for c in &d.candidates {
                if c.kind == Kind::Person && c.last() - c.first() > 1 {
                    let surface = &texts[b][c.start()..c.end()];
                    let key = (Kind::Person, person_key(surface));
                    let deferred = particle_led(surface) || long_tails.contains_key(&key.1);
                    if deferred != particles {
                        continue;
                    }
                    if particles && !by_key.contains_key(&key) {
                        if let Some(&Some(id)) = particle_tails.get(&key.1) {
                            by_key.insert(key, id);
                            continue;
                        }
                    }
                    if let std::collections::hash_map::Entry::Vacant(slot) = by_key.entry(key) {
                        let name = surface.to_string();
                        let id =
                            new_entity(&mut entities, &mut last_seen, Kind::Person, name.clone());
                        // The given name's gender, known before any short form
                        // is matched to the person.
                        entities[id].gender = c.gender;
                        // (And a surname with its article whole: "Al-Sharaa".)
                        let whole = name.split(' ').filter(|w| {
                            article_tail(w).is_some() && w.starts_with(char::is_uppercase)
                        });
                        for w in name_words(&name).chain(whole) {
                            person_words.entry(w.to_string()).or_default().push(id);
                        }
                        slot.insert(id);
                    }
                }
            }
        }
    }

    // Pass 2: every mention in order.
    for (b, d) in blocks.iter().enumerate() {
        let text = texts[b];
        for (ci, c) in d.candidates.iter().enumerate() {
            let surface = &text[c.start()..c.end()];
            let single = c.last() - c.first() == 1;
            // (Not an acronym the gazetteer knows: "US" is the United
            // States, whatever "Union Station" spells.)
            let spelled = || {
                if c.canonical.is_some() || super::data::gazetteer(surface).is_some() {
                    return None;
                }
                let acr = acronym::letters(surface)?;
                initials.get(&acr).copied().flatten()
            };
            let id = if let Some(&id) = acronyms.get(surface) {
                Some(id)
            } else if let Some(id) =
                matches!(c.kind, Kind::Organization | Kind::Place | Kind::Other)
                    .then(spelled)
                    .flatten()
            {
                // A later acronym of an earlier name: "the University of
                // Southern Ontario ... USO".
                Some(id)
            } else if c.kind == Kind::Person && !single {
                by_key.get(&(Kind::Person, person_key(surface))).copied()
            } else if let Some(id) = (single
                && c.kind == Kind::Organization
                && c.first() > 0
                && d.tokens[c.first() - 1]
                    .as_str(text)
                    .eq_ignore_ascii_case("the"))
            .then(|| {
                super::data::class(surface)
                    .any(super::data::Class::ORG_HEAD)
                    .then(|| heads.get(surface).copied().flatten())
                    .flatten()
            })
            .flatten()
            {
                // "the Council" after "Westfield County Council": the one
                // earlier organisation whose name ends in that word, a word
                // that heads organisations' names ("the Post" may be any
                // paper, and stays its own).
                Some(id)
            } else if single && (c.kind == Kind::Person || !c.certain) {
                // "Mrs Mugabe" is not Robert Mugabe: a short form's gender
                // (from its honorific) must agree with the person's.
                let agrees = |id: usize| match (entities[id].gender, c.gender) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                match person_words.get(surface) {
                    Some(ids) => {
                        // A name that holds another one whole ("Glenn Beck
                        // Blasts Drudge", a headline's words, around "Glenn
                        // Beck") is the tagger running on: the shorter wins.
                        let runs_on = |id: usize| {
                            ids.iter().any(|&o| {
                                o != id && runs_on_past(&entities[id].name, &entities[o].name)
                            })
                        };
                        // A bare name is a surname before it is a given
                        // name or the first word of a name ("Trump" is
                        // Donald Trump, not a resort the tagger took for a
                        // person, "Trump National Doral").
                        let surname = |id: usize| family_word(&entities[id].name) == Some(surface);
                        ids.iter()
                            .copied()
                            .filter(|&id| agrees(id))
                            .max_by_key(|&id| {
                                (
                                    !runs_on(id),
                                    surname(id),
                                    mention_count.get(id).copied().unwrap_or(0),
                                    last_seen[id],
                                )
                            })
                    }
                    None => None,
                }
            } else {
                None
            };
            let id = match id {
                Some(id) => id,
                None => {
                    let name = match c.kind {
                        Kind::Person | Kind::Group | Kind::Date | Kind::Number | Kind::Other => {
                            surface.to_string()
                        }
                        _ => c
                            .canonical
                            .map_or_else(|| surface.to_string(), str::to_string),
                    };
                    let key_name = match c.kind {
                        Kind::Group => c
                            .canonical
                            .map_or_else(|| surface.to_string(), |k| format!("{k}\u{1}")),
                        Kind::Person => person_key(&name),
                        _ => key_text(&name).to_string(),
                    };
                    let key = (c.kind, key_name);
                    match by_key.get(&key) {
                        Some(&id) => id,
                        None => {
                            let id = new_entity(&mut entities, &mut last_seen, c.kind, name);
                            if c.kind == Kind::Person {
                                person_words
                                    .entry(surface.to_string())
                                    .or_default()
                                    .push(id);
                            }
                            by_key.insert(key, id);
                            id
                        }
                    }
                }
            };
            if mention_count.len() < entities.len() {
                mention_count.resize(entities.len(), 0);
                first_seen.resize(entities.len(), None);
            }
            let e = &mut entities[id];
            // Mentions are filled in below, once their number is known.
            mention_count[id] += 1;
            if first_seen[id].is_none() {
                first_seen[id] = Some(Mention {
                    block: b,
                    start: c.start(),
                    end: c.end(),
                });
            }
            if e.gender.is_none() {
                e.gender = c.gender;
            }
            if e.description.is_none() {
                e.description = c.role.as_deref().map(str::to_string);
            }
            last_seen[id] = (b, c.start() + 1);
            cand_entity[b][ci] = Some(id as u32);
            if entities[id].kind == Kind::Organization && !single {
                if let Some(head) = surface.rsplit(' ').next().filter(|w| w.len() > 1) {
                    let slot = heads.entry(head).or_insert(Some(id));
                    if *slot != Some(id) {
                        *slot = None;
                    }
                }
            }
            if matches!(c.kind, Kind::Organization | Kind::Place | Kind::Other) && !single {
                if let Some(key) = acronym::initials(surface) {
                    let slot = initials.entry(key).or_insert(Some(id));
                    if *slot != Some(id) {
                        *slot = None;
                    }
                }
            }
            // "Full Name (ACRONYM)": the acronym joins the full name.
            if matches!(c.kind, Kind::Organization | Kind::Place | Kind::Other) {
                if let Some(acr) = acronym::after(text, &d.candidates, ci) {
                    acronyms.insert(acr.to_string(), id);
                    if entities[id].kind == Kind::Other {
                        entities[id].kind = Kind::Organization;
                    }
                }
            }
        }
    }

    // A person's name that is another person's full name run on by more
    // words ("Glenn Beck Blasts Drudge", a title-case headline's) is no
    // person: it would be offered as a speaker and shown as one.
    let run_on: Vec<usize> = entities
        .iter()
        .enumerate()
        .filter(|&(id, e)| {
            if e.kind != Kind::Person || mention_count.get(id).copied().unwrap_or(0) == 0 {
                return false;
            }
            let words: Vec<&str> = e.name.split(' ').collect();
            // (A full name is a few words: a run of thousands of capitalised
            // words tagged as one name is not tried at each of them.)
            (2..words.len().min(MAX_HEAD_WORDS + 1)).any(|k| {
                let head = words[..k].join(" ");
                // (A full name of its own, not "Stephanie M." of "Stephanie M. Lee".)
                name_words(&head).count() >= 2
                    && by_key
                        .get(&(Kind::Person, person_key(&head)))
                        .is_some_and(|&o| {
                            o != id
                                && mention_count.get(o).copied().unwrap_or(0) > 0
                                && runs_on_past(&e.name, &head)
                        })
            })
        })
        .map(|(id, _)| id)
        .collect();
    for id in run_on {
        entities[id].kind = Kind::Other;
    }

    // Entities with no mention (full names seen only as parts of others) are dropped;
    // the rest are ordered by first mention.
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| first_seen.get(i).copied().flatten().is_some())
        .collect();
    crate::sort::sort_by_key(&mut order, |&i| first_seen[i]);
    let mut remap = vec![None; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = Some(new);
    }
    let mut sorted: Vec<Entity> = Vec::with_capacity(order.len());
    let mut taken: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    for &old in &order {
        if let Some(e) = taken[old].take() {
            sorted.push(e);
        }
    }
    for row in &mut cand_entity {
        for slot in row.iter_mut() {
            *slot = slot.and_then(|id| remap[id as usize]).map(|id| id as u32);
        }
    }
    // Each entity's mentions at their exact size, in document order (a list
    // grown by doubling would briefly hold two copies).
    for &old in &order {
        if let Some(new) = remap[old] {
            sorted[new].mentions.reserve_exact(mention_count[old]);
        }
    }
    for (b, d) in blocks.iter().enumerate() {
        for (ci, c) in d.candidates.iter().enumerate() {
            if let Some(id) = cand_entity[b][ci] {
                sorted[id as usize].mentions.push(Mention {
                    block: b,
                    start: c.start(),
                    end: c.end(),
                });
            }
        }
    }
    (sorted, cand_entity)
}

/// The keys that are the last two words or more of a longer full personal
/// name of the article ("forrest jones" of "michael forrest jones"), each to
/// `None` (the map type `particle_tails` has: another would be compiled
/// again into the WebAssembly). Whether one longer name alone ends in it is
/// `particle_tails`' business, as for a particle's tail ("Ann Holt" of both
/// "Mary Ann Holt" and "Sue Ann Holt" is neither's).
fn long_name_tails(texts: &[&str], blocks: &[Block]) -> FastMap<String, Option<usize>> {
    let mut tails: FastMap<String, Option<usize>> = FastMap::default();
    for (b, d) in blocks.iter().enumerate() {
        for c in &d.candidates {
            if c.kind != Kind::Person || c.last() - c.first() <= 2 {
                continue;
            }
            let k = person_key(&texts[b][c.start()..c.end()]);
            for (i, _) in k.match_indices(' ') {
                let tail = &k[i + 1..];
                if tail.contains(' ') && !particle_led(tail) {
                    tails.insert(tail.to_string(), None);
                }
            }
        }
    }
    tails
}

/// The longest full name looked for at the start of a longer one.
const MAX_HEAD_WORDS: usize = 8;

/// Does `long` hold the words of `short` as a run, with more around them
/// than a generational suffix ("Brent Bozell III" is no run-on of "Brent
/// Bozell", and may be another man: his father or son)?
fn runs_on_past(long: &str, short: &str) -> bool {
    let l: Vec<&str> = long.split(' ').collect();
    let s: Vec<&str> = short.split(' ').collect();
    let suffix = |w: &str| {
        matches!(
            w.trim_end_matches([',', '.']),
            "Jr" | "Sr" | "II" | "III" | "IV"
        )
    };
    s.len() < l.len()
        && (0..=l.len() - s.len()).any(|i| {
            l[i..i + s.len()] == s[..] && !(i == 0 && l[s.len()..].iter().all(|w| suffix(w)))
        })
}

/// The last name word of a personal name, a generational suffix aside
/// ("Harris" of "Harry B. Harris III").
fn family_word(name: &str) -> Option<&str> {
    name_words(name)
        .filter(|w| !matches!(*w, "II" | "III" | "IV"))
        .last()
}

/// Words of a personal name that a short form may use: not particles or
/// initials, and of a surname led by an Arabic article, the surname ("Bashir"
/// of "Omar al-Bashir", "Sisi" of "Abdel Fattah el-Sisi").
fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(' ')
        .map(|w| article_tail(w).unwrap_or(w))
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() > 2
                && !w.ends_with('.')
        })
}

/// The surname after an Arabic article and its hyphen ("al-Bashir",
/// "El-Sisi", "ash-Shami").
fn article_tail(word: &str) -> Option<&str> {
    let (article, tail) = word.split_once('-')?;
    let article = matches!(
        article,
        "al" | "Al" | "el" | "El" | "ad" | "an" | "ar" | "as" | "ash" | "at" | "az"
    );
    (article && tail.chars().next().is_some_and(char::is_uppercase)).then_some(tail)
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn groups(text: &str) -> Vec<(String, Vec<String>)> {
        let a = analyze(text);
        (0..a.entities().len())
            .filter(|&i| a.entities()[i].kind() == crate::Kind::Person)
            .map(|i| {
                (
                    a.entities()[i].name().to_string(),
                    a.aliases(i).into_iter().map(str::to_string).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn short_forms_join_full_names() {
        let g = groups(
            "Halima Okafor met Tomas Berg.\nMs Okafor said Berg was late. Later Okafor left.",
        );
        assert_eq!(
            g,
            [
                (
                    "Halima Okafor".to_string(),
                    vec!["Halima Okafor".to_string(), "Okafor".to_string()]
                ),
                (
                    "Tomas Berg".to_string(),
                    vec!["Tomas Berg".to_string(), "Berg".to_string()]
                )
            ]
        );
    }

    #[test]
    fn a_surname_after_an_arabic_article_is_the_person() {
        let g = groups(
            "Omar Hassan al-Bashir met Karim el-Masri in Cairo on Monday. \
             Bashir said the talks went well, and Masri agreed.",
        );
        let names: Vec<&str> = g.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Omar Hassan al-Bashir", "Karim el-Masri"], "{g:?}");
        assert!(g[0].1.contains(&"Bashir".to_string()), "{g:?}");
        assert!(g[1].1.contains(&"Masri".to_string()), "{g:?}");
    }

    #[test]
    fn a_full_name_without_its_first_name_is_the_person() {
        let g = groups(
            "Zofia Kral and Peter Anton Lindqvist both run clinics in Oslo. \
             Anton Lindqvist said the clinics were full.",
        );
        let names: Vec<&str> = g.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Zofia Kral", "Peter Anton Lindqvist"], "{g:?}");
        assert!(g[1].1.contains(&"Anton Lindqvist".to_string()), "{g:?}");
        // Two longer names end in it: it is neither's.
        let g = groups(
            "Mary Ann Holt and Sue Ann Holt ran the farm in Iowa. \
             Ann Holt said the harvest was poor.",
        );
        assert_eq!(g.len(), 3, "{g:?}");
    }

    #[test]
    fn a_name_that_gave_its_dot_to_the_full_stop_is_the_same_entity() {
        let a = analyze("Harmon Corp. said profits rose. Analysts liked Harmon Corp.");
        let firms: Vec<_> = a
            .entities()
            .iter()
            .filter(|e| e.kind() == crate::Kind::Organization)
            .collect();
        assert_eq!(firms.len(), 1, "{firms:?}");
        assert_eq!(firms[0].mentions().len(), 2);
    }

    #[test]
    fn an_honorific_sends_a_shared_surname_to_the_person_of_its_gender() {
        let g = groups(
            "Tomas Lind and his wife Maria Lind arrived in Bergen.\n\
             Mr Lind spoke for an hour. Mrs Lind waved, and Mr Lind then left.",
        );
        assert_eq!(
            g,
            [
                (
                    "Tomas Lind".to_string(),
                    vec!["Tomas Lind".to_string(), "Lind".to_string()]
                ),
                (
                    "Maria Lind".to_string(),
                    vec!["Maria Lind".to_string(), "Lind".to_string()]
                ),
            ]
        );
        let a = analyze(
            "Tomas Lind and his wife Maria Lind arrived in Bergen.\n\
             Mr Lind spoke for an hour. Mrs Lind waved, and Mr Lind then left.",
        );
        let counts: Vec<usize> = a
            .entities()
            .iter()
            .filter(|e| e.kind() == crate::Kind::Person)
            .map(|e| e.mentions().len())
            .collect();
        // The most recent person is Maria Lind, but "Mr" is not her.
        assert_eq!(counts, [3, 2]);
    }

    #[test]
    fn a_shared_surname_goes_to_the_person_the_article_names_most() {
        // Her husband is named last, but the bare surname is still hers:
        // the article's own subject, named twice already.
        let text = "Halima Okafor opened the clinic in Lagos.\n\
                    Okafor said it would stay open all night.\n\
                    Her husband, Tomas Okafor, carried the boxes in.\n\
                    \u{201C}We will need more of them,\u{201D} Okafor said.";
        let a = analyze(text);
        let people: Vec<_> = a
            .entities()
            .iter()
            .filter(|e| e.kind() == crate::Kind::Person)
            .map(|e| (e.name().to_string(), e.mentions().len()))
            .collect();
        assert_eq!(
            people,
            [
                ("Halima Okafor".to_string(), 3),
                ("Tomas Okafor".to_string(), 1)
            ]
        );
        let q = &a.quotes()[0];
        let who = q.speaker().map(|i| a.entities()[i].name());
        assert_eq!(who, Some("Halima Okafor"), "{q:?}");
    }

    #[test]
    fn a_bare_name_is_a_surname_before_a_given_name() {
        // Carter Bell is named twice, but a bare "Carter" is the family name
        // of Nina Carter, not his given name.
        let text = "Carter Bell chaired the meeting in Leeds.\n\
                    Carter Bell then left early.\n\
                    The treasurer, Nina Carter, stayed behind.\n\
                    \u{201C}We will meet again,\u{201D} Carter said.";
        let a = analyze(text);
        let q = &a.quotes()[0];
        let who = q.speaker().map(|i| a.entities()[i].name());
        assert_eq!(who, Some("Nina Carter"), "{q:?}");
        let g = groups(text);
        assert!(
            g.contains(&(
                "Nina Carter".to_string(),
                vec!["Nina Carter".to_string(), "Carter".to_string()]
            )),
            "{g:?}"
        );
    }

    #[test]
    fn a_name_run_on_past_another_person_s_is_no_person() {
        // A title-case headline's words around a full name the article gives.
        let text = "Ada Lind Blasts Critics Over Tariffs\n\
                    Ada Lind spoke in Oslo on Monday.\n\
                    \u{201C}We will not wait,\u{201D} Lind said.\n\
                    Stephanie M. Lee and Stephanie M reported.";
        let a = analyze(text);
        let kind_of = |n: &str| {
            a.entities()
                .iter()
                .find(|e| e.name() == n)
                .map(|e| e.kind())
        };
        // However far the tagger runs on ("… Over" or "… Over Tariffs"),
        // the run-on name is no person.
        let run_on: Vec<_> = a
            .entities()
            .iter()
            .filter(|e| e.name().starts_with("Ada Lind Blasts"))
            .collect();
        assert_eq!(run_on.len(), 1, "{:?}", a.entities());
        assert_eq!(run_on[0].kind(), crate::Kind::Other);
        assert_eq!(kind_of("Ada Lind"), Some(crate::Kind::Person));
        // An initial is no full name of its own.
        assert_eq!(kind_of("Stephanie M. Lee"), Some(crate::Kind::Person));
        let q = &a.quotes()[0];
        assert_eq!(
            q.speaker().map(|i| a.entities()[i].name()),
            Some("Ada Lind")
        );
    }

    #[test]
    fn a_name_run_on_past_another_loses_its_short_forms_to_it() {
        use super::runs_on_past;
        assert!(runs_on_past("Ada Lind Blasts Critics", "Ada Lind"));
        assert!(runs_on_past("Senator Ada Lind", "Ada Lind"));
        assert!(!runs_on_past("Ada Lind", "Ada Lind"));
        assert!(!runs_on_past("Ada Lindqvist Blasts", "Ada Lind"));
        // A generational suffix may be another man.
        assert!(!runs_on_past("Tom Lind Jr.", "Tom Lind"));
        assert!(!runs_on_past("Tom Lind III", "Tom Lind"));
        assert!(runs_on_past("Tom Lind III Says", "Tom Lind"));
    }

    #[test]
    fn a_surname_with_its_particle_and_a_name_in_other_case_are_the_person() {
        let g = groups(
            "Luis de Miranda opened the gallery.\nDe Miranda said it would stay open.\n\
             Later Luis De Miranda left for Porto.",
        );
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].0, "Luis de Miranda");
        // Two people with that surname: the particle form is neither's.
        let two = groups(
            "Luis de Miranda and Ana de Miranda opened the gallery.\nDe Miranda said it would stay open.",
        );
        assert_eq!(two.len(), 3, "{two:?}");
    }

    #[test]
    fn the_head_of_an_organisation_s_name_is_that_organisation() {
        let a = analyze(
            "Westfield County Council voted on Monday.\nThe Council said the plan would go ahead.",
        );
        let orgs: Vec<_> = a
            .entities()
            .iter()
            .filter(|e| e.kind() == crate::Kind::Organization)
            .map(|e| (e.name().to_string(), e.mentions().len()))
            .collect();
        assert_eq!(orgs, [("Westfield County Council".to_string(), 2)]);
    }

    #[test]
    fn a_short_form_whose_gender_no_person_has_stands_alone() {
        let g = groups("Maria Lind arrived in Bergen.\nMr Lind spoke for an hour.");
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(g[1].0, "Lind");
    }

    #[test]
    fn family_name_first() {
        let g = groups("Police said Park Min-jun spoke. Mr Park then left.");
        assert_eq!(g[0].1, ["Park Min-jun", "Park"]);
    }

    #[test]
    fn acronym_in_brackets_joins() {
        let a = analyze(
            "The International Atomic Energy Agency (IAEA) said so. The IAEA later agreed.",
        );
        let e = a
            .entities()
            .iter()
            .position(|e| e.name() == "International Atomic Energy Agency")
            .unwrap();
        assert_eq!(a.entities()[e].mentions().len(), 3);
    }

    #[test]
    fn a_later_acronym_joins_the_one_name_it_spells() {
        let a = analyze(
            "The University of Southern Ontario opened a campus in Leeds on Monday. \
             Officials at USO said the move was long planned.",
        );
        let e = a
            .entities()
            .iter()
            .find(|e| e.name() == "University of Southern Ontario")
            .expect("the university is found");
        assert_eq!(e.mentions().len(), 2, "{:?}", a.entities());
        // Two names with the same initials: the acronym joins neither.
        let a = analyze(
            "The University of Southern Ontario opened a campus. The Union of \
             Shipping Operators objected. Officials at USO said nothing.",
        );
        assert!(
            a.entities()
                .iter()
                .filter(|e| e.kind() != crate::Kind::Person)
                .all(|e| e.mentions().len() == 1),
            "{:?}",
            a.entities()
        );
        // An acronym the gazetteer knows keeps its own meaning.
        let a = analyze("Crowds filled Union Station in Denver. The US sent aid.");
        assert!(
            a.entities().iter().all(|e| e.mentions().len() == 1),
            "{:?}",
            a.entities()
        );
    }

    #[test]
    fn roles_become_descriptions() {
        let a = analyze("Nadia Haddad, the Lebanese energy minister, spoke. Ms Haddad left.");
        assert_eq!(
            a.entities()[0].description(),
            Some("Lebanese energy minister")
        );
        assert_eq!(a.entities()[0].mentions().len(), 2);
    }
}
