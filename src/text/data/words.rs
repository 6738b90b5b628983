//! The hand-kept word lists: English function words and cue words, titles,
//! head words of names, and the small lists the rules read. Each list is
//! here once; `data`'s functions look most of them up through one table
//! ([`super::Class`]), and the rules that read a list as it is name it.

use super::Gender;

/// Forms of "be": auxiliaries that [`is_common_function`] counts with the
/// function words, and that the name rules stop at ([`is_rule_function_word`]).
pub(crate) const BE_FORMS: [&str; 6] = ["is", "was", "are", "were", "be", "been"];

/// The other auxiliary verbs [`is_common_function`] counts with the function words.
pub(crate) const AUXILIARIES: [&str; 7] = ["has", "had", "have", "would", "will", "could", "can"];

/// Function words: never names on their own, whatever their case. These are
/// also the ones the name rules stop at ([`is_rule_function_word`]).
pub(crate) const FUNCTION_WORDS: [&str; 47] = [
    "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "at", "by", "for", "from",
    "in", "into", "of", "on", "to", "with", "he", "she", "it", "they", "we", "i", "you", "his",
    "her", "its", "their", "this", "that", "these", "those", "there", "here", "when", "where",
    "while", "who", "what", "why", "how", "after", "before", "since",
];

/// More function words, which the name rules (tuned without them) do not
/// stop at: they count for [`is_common_function`] and [`is_common_word`] only.
pub(crate) const MORE_FUNCTION_WORDS: [&str; 17] = [
    "off", "onto", "out", "over", "up", "without", "our", "my", "your", "which", "during", "until",
    "yet", "also", "not", "no", "yes",
];

/// Sentence adverbs that open a sentence set off by a comma ("Nonetheless,
/// …") and are not on the frequent-word list; never names there.
pub(crate) const SENTENCE_ADVERBS: [&str; 10] = [
    "nonetheless",
    "furthermore",
    "moreover",
    "meanwhile",
    "therefore",
    "likewise",
    "hence",
    "conversely",
    "regardless",
    "afterwards",
];

/// Month abbreviations that are not in [`MONTHS`]: alone they are a word
/// and given names ("Mar", "Jun"), so only a day beside them makes them a
/// month.
pub(crate) const AMBIGUOUS_MONTHS: [&str; 3] = ["Mar", "Jun", "Jul"];

/// Honorifics: kept outside a name, and telling the person's gender.
pub(crate) const HONORIFICS: [(&str, Option<Gender>); 22] = [
    ("Mr", Some(Gender::Male)),
    ("Mr.", Some(Gender::Male)),
    ("Mrs", Some(Gender::Female)),
    ("Mrs.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Dr", None),
    ("Dr.", None),
    ("Prof", None),
    ("Prof.", None),
    ("Sir", Some(Gender::Male)),
    ("Dame", Some(Gender::Female)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
    ("Mx", None),
    ("Rev", None),
    ("Rev.", None),
    ("Sen.", None),
    ("Rep.", None),
    ("Gov.", None),
    ("Gen.", None),
];

/// Capitalised titles that may stand before a name ("President Macron").
pub(crate) const TITLES: [&str; 56] = [
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Chancellor",
    "Senator",
    "Governor",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Colonel",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Judge",
    "Justice",
    "Secretary",
    "Ambassador",
    "Chairman",
    "Chairwoman",
    "Director",
    "Commissioner",
    "Inspector",
    "Detective",
    "Officer",
    "Coach",
    "Professor",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Sheikh",
    "Emir",
    "Crown",
    "Foreign",
    "Defence",
    "Defense",
    "Premier",
    "Speaker",
    "Representative",
    "Administrator",
    // Abbreviated and courtly forms.
    "PM",
    "Gov.",
    "Sen.",
    "Rep.",
    "Gen.",
    "Col.",
    "Capt.",
    "Lt.",
    "Sgt.",
    "Majesty",
    "Highness",
];

/// Lower-case nouns that name a role ("spokesman", "president").
pub(crate) const ROLE_NOUNS: [&str; 83] = [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "leader",
    "minister",
    "secretary",
    "official",
    "ambassador",
    "envoy",
    "chief",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "founder",
    "analyst",
    "professor",
    "commander",
    "general",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "prosecutor",
    "judge",
    "lawyer",
    "attorney",
    "adviser",
    "advisor",
    "economist",
    "researcher",
    "author",
    "editor",
    "correspondent",
    "reporter",
    "coach",
    "captain",
    "manager",
    "king",
    "queen",
    "prince",
    "premier",
    "chancellor",
    "deputy",
    "aide",
    "diplomat",
    "negotiator",
    "officer",
    "activist",
    "campaigner",
    "candidate",
    "strategist",
    "scientist",
    "doctor",
    "expert",
    "historian",
    "owner",
    "partner",
    "dictator",
    "ruler",
    "monarch",
    "emperor",
    "speaker",
    "representative",
    "mp",
    "ceo",
    "cfo",
    "chef",
    "writer",
    "councillor",
    "councilor",
    "engineer",
    "member",
    "sheriff",
    "principal",
    "superintendent",
    "bishop",
    "priest",
    "rabbi",
    "imam",
];

/// Verbs that introduce reported speech.
pub(crate) const SPEECH_VERBS: [&str; 62] = [
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "warned",
    "warns",
    "insisted",
    "insists",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "explained",
    "explains",
    "noted",
    "notes",
    "argued",
    "argues",
    "claimed",
    "claims",
    "stated",
    "states",
    "announced",
    "declared",
    "replied",
    "replies",
    "responded",
    "continued",
    "continues",
    "acknowledged",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "stressed",
    "suggested",
    "suggests",
    "observed",
    "remarked",
    "commented",
    "conceded",
    "confirmed",
    "urged",
    "urges",
    "cautioned",
    "emphasised",
    "emphasized",
    "predicted",
    "promised",
    "vowed",
    "pledged",
    "joked",
    "shouted",
    "whispered",
    "sighed",
];

/// Words that, near a quoted phrase, show it is somebody's words ("what he
/// called “a disgrace”"). Used for partial quotes only.
pub(crate) const PARTIAL_QUOTE_CUES: [&str; 7] = [
    "called",
    "calls",
    "described",
    "describes",
    "according",
    "accused",
    "pointed",
];

/// Last words that make a capitalised phrase an organisation.
pub(crate) const ORG_HEADS: [&str; 115] = [
    "Council",
    "Ministry",
    "Agency",
    "Party",
    "Bank",
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Company",
    "Co",
    "Co.",
    "University",
    "College",
    "School",
    "Committee",
    "Commission",
    "Court",
    "Parliament",
    "Assembly",
    "Organisation",
    "Organization",
    "Association",
    "Union",
    "Group",
    "Department",
    "Office",
    "Army",
    "Navy",
    "Forces",
    "Force",
    "Institute",
    "Foundation",
    "Fund",
    "Club",
    "Federation",
    "Senate",
    "Congress",
    "Government",
    "Police",
    "Service",
    "Services",
    "Board",
    "Authority",
    "Bureau",
    "Society",
    "Church",
    "Museum",
    "Hospital",
    "Airlines",
    "Airways",
    "Times",
    "Post",
    "News",
    "Network",
    "League",
    "Guard",
    "Administration",
    "Records",
    "Music",
    "Studios",
    "Pictures",
    "Entertainment",
    "Media",
    "Holdings",
    "Partners",
    "Capital",
    "Industries",
    "Motors",
    "Systems",
    "Technologies",
    "Labs",
    "Energy",
    "Insurance",
    "Airport",
    "Port",
    "Exchange",
    "Trust",
    "Alliance",
    "Coalition",
    "Movement",
    "Front",
    "Brigade",
    "Regiment",
    "Command",
    "Cabinet",
    "Tribunal",
    "Institution",
    "Laboratory",
    "Team",
    "FC",
    "United",
    "Rovers",
    "Athletic",
    "Center",
    "Centre",
    "Foods",
    "Stores",
    "Brands",
    "Markets",
    "Pharmaceuticals",
    "Chemicals",
    "Petroleum",
    "Oil",
    "Electric",
    "Telecom",
    "Communications",
    "Solutions",
    "Logistics",
    "Shipping",
    "Railways",
    "Bancorp",
];

/// Last words that make a capitalised phrase a name of another kind: laws,
/// treaties, events, prizes ("Data Retention Bill", "Paris Agreement").
pub(crate) const OTHER_HEADS: [&str; 22] = [
    "Bill",
    "Act",
    "Treaty",
    "Agreement",
    "Accord",
    "Accords",
    "Convention",
    "Protocol",
    "Charter",
    "Doctrine",
    "Award",
    "Awards",
    "Prize",
    "Cup",
    "Championship",
    "Championships",
    "Games",
    "Festival",
    "Summit",
    "Conference",
    "War",
    "Olympics",
];

/// Last words that make a capitalised phrase a place.
pub(crate) const PLACE_HEADS: [&str; 26] = [
    "Oblast",
    "Province",
    "Region",
    "County",
    "River",
    "Sea",
    "Ocean",
    "Island",
    "Islands",
    "Mountains",
    "Mountain",
    "Lake",
    "Valley",
    "Peninsula",
    "Strait",
    "Bay",
    "Desert",
    "Street",
    "Square",
    "Airport",
    "Bridge",
    "Avenue",
    "Road",
    "Coast",
    "Gulf",
    "Canyon",
];

/// First words that make a capitalised phrase a place ("Mount Kenya", "Palais des Nations").
pub(crate) const PLACE_FIRST_WORDS: [&str; 16] = [
    "Mount", "Lake", "Cape", "Fort", "Palais", "Place", "Rue", "Piazza", "Plaza", "Gare", "Isle",
    "Lac", "Mont", "Monte", "Rio", "Sierra",
];

/// Nouns for a news outlet after its name: "Vulture magazine", "the Ledger
/// newspaper". The name is an organisation's, whatever the tagger makes of
/// it. In lower case only.
pub(crate) const OUTLET_NOUNS: [&str; 6] = [
    "magazine",
    "newspaper",
    "tabloid",
    "website",
    "broadcaster",
    "newsletter",
];

/// Nouns for a settlement or an area before "of" and a name: "the town of
/// Tavil", "the village of Marok". What follows is a place, whatever the
/// tagger makes of it. In lower case only ("the City of London" names itself).
/// Not "state": "the state of Linux usability".
pub(crate) const PLACE_OF_NOUNS: [&str; 21] = [
    "town",
    "towns",
    "village",
    "villages",
    "city",
    "cities",
    "province",
    "region",
    "district",
    "county",
    "island",
    "islands",
    "port",
    "capital",
    "suburb",
    "enclave",
    "outskirts",
    "municipality",
    "hamlet",
    "resort",
    "valley",
];

/// Nouns for a work (a film, a book, a song) right before its title: what
/// follows them is a title, whatever the tagger makes of its capitals ("the
/// album Let There Be Neon", "her novel The Quiet Harbour").
pub(crate) const WORK_NOUNS: [&str; 24] = [
    "album",
    "albums",
    "film",
    "films",
    "movie",
    "song",
    "songs",
    "single",
    "novel",
    "novels",
    "book",
    "books",
    "series",
    "sitcom",
    "musical",
    "opera",
    "documentary",
    "painting",
    "poem",
    "memoir",
    "EP",
    "anthem",
    "ballad",
    "episode",
];

/// Lower-case particles inside personal and organisation names.
pub(crate) const NAME_PARTICLES: [&str; 22] = [
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "bin",
    "ibn", "al", "des", "dei", "y", "ter", "ten", "el",
];

/// Nouns for a person of a nation, where they differ from the adjective
/// (the gazetteer's groups hold the adjectives and plurals). Not "Dane" or
/// "Finn", which are more often given names before a name.
pub(crate) const DEMONYM_NOUNS: [&str; 23] = [
    "Frenchman",
    "Frenchwoman",
    "Englishman",
    "Englishwoman",
    "Dutchman",
    "Dutchwoman",
    "Irishman",
    "Irishwoman",
    "Scotsman",
    "Scotswoman",
    "Welshman",
    "Welshwoman",
    "Briton",
    "Spaniard",
    "Swede",
    "Pole",
    "Turk",
    "Scot",
    "Croat",
    "Serb",
    "Icelander",
    "Luxembourger",
    "Kiwi",
];

/// Firms written with a possessive "'s", by the word before it: the
/// well-known ones whose bare word is rarely anyone else's possessive in the
/// news (not "Christie's", "Kohl's" or "Wendy's", which are as often a
/// politician's or a person's).
pub(crate) const POSSESSIVE_FIRMS: [&str; 9] = [
    "McDonald",
    "Lloyd",
    "Moody",
    "Sotheby",
    "Macy",
    "Sainsbury",
    "Kellogg",
    "Domino",
    "Hershey",
];

/// Weekdays and months.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// Months (with common abbreviations).
pub(crate) const MONTHS: [&str; 21] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Apr",
];

/// Words before a number that belong to the figure ("at least 3,000").
pub(crate) const NUMBER_QUALIFIERS: [&[&str]; 15] = [
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["about"],
    &["around"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["roughly"],
    &["approximately"],
    &["just", "over"],
];
/// Words after a number that belong to the figure.
pub(crate) const NUMBER_UNITS: [&str; 10] = [
    "%", "per", "percent", "million", "billion", "trillion", "bn", "thousand", "hundred", "m",
];
/// Relative dates: first words ("last week")...
pub(crate) const RELATIVE_DATE_HEADS: [&str; 3] = ["this", "last", "next"];
/// ... and last words.
pub(crate) const RELATIVE_DATE_TAILS: [&str; 12] = [
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
    "winter",
];
/// Words that make the following (or preceding) four-digit number a year.
pub(crate) const YEAR_CUES: [&str; 12] = [
    "in", "since", "by", "until", "from", "of", "before", "after", "early", "late", "mid", "during",
];

/// Relative dates of one word.
pub(crate) const RELATIVE_DAYS: [&str; 3] = ["yesterday", "tomorrow", "tonight"];
/// Words before a relative date that belong to it ("earlier this week").
pub(crate) const RELATIVE_DATE_LEADS: [&str; 2] = ["earlier", "later"];

/// Words after `of` that may continue a name ("Bank of England").
pub(crate) const OF_HEADS: [&str; 16] = [
    "Republic",
    "Kingdom",
    "States",
    "Isle",
    "City",
    "Duke",
    "Bank",
    "University",
    "Ministry",
    "Department",
    "Secretary",
    "Church",
    "Port",
    "Museum",
    "Chamber",
    "House",
];

/// Nouns by which an article refers back to an organisation ("the company said").
pub(crate) const ORG_NOUNS: [&str; 18] = [
    "company",
    "firm",
    "group",
    "ministry",
    "department",
    "government",
    "union",
    "agency",
    "label",
    "bank",
    "party",
    "authority",
    "council",
    "court",
    "club",
    "team",
    "organisation",
    "organization",
];

/// Documents whose words are their author's: "the report states", "the
/// statement said". The author is the most recent organisation.
pub(crate) const DOCUMENT_NOUNS: [&str; 7] = [
    "report",
    "study",
    "statement",
    "survey",
    "paper",
    "letter",
    "filing",
];

/// Adverbs after a subject, before its speech verb ("The report also says").
pub(crate) const TRAILING_ADVERBS: [&str; 9] = [
    "also",
    "then",
    "later",
    "now",
    "previously",
    "again",
    "still",
    "further",
    "recently",
];

/// Surname prefixes before a capital inside a word ("McGlone", "DiCaprio",
/// "LeBron", "MacArthur").
pub(crate) const SURNAME_PREFIXES: [&str; 12] = [
    "Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St",
];

/// Endings of nouns that name a person ("pianist", "historian", "bassist",
/// "spokesman").
pub(crate) const PERSON_NOUN_SUFFIXES: [&str; 6] = ["ist", "ian", "er", "or", "man", "woman"];

/// Small words that may stand between the words an acronym spells out
/// ("Organization for Security and Co-operation in Europe (OSCE)").
pub(crate) const ACRONYM_JOINERS: [&str; 10] = [
    "for", "and", "of", "the", "in", "on", "de", "du", "des", "&",
];

/// Abbreviations that keep their final dot.
pub(crate) const ABBREVIATIONS: [&str; 24] = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Sgt", "Rev", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Mt",
];

// ---- speaker attribution (src/text/quote.rs, src/text/speaker/) ----------

/// Words beside a short quoted phrase, in its sentence, that show it is
/// somebody's words (“called the plan “reckless””, “blasted the “rigged”
/// system”), beyond the speech verbs and `PARTIAL_QUOTE_CUES`. Chosen among
/// the words that stood more often by short quotes than by scare quotes in
/// PolNeAR train articles up to 2016-07, keeping only reporting verbs; the
/// first 23 are that slice's attribution cues (a word of an annotated cue at
/// least 15 times, and in at least three of four of its occurrences) that no
/// list here had. With them, held-out PolNeAR (2016-08/09) partial quotes
/// found 0.850 (from 0.833), extraction F1 0.969 (from 0.967).
pub(crate) const REPORTING_CUES: [&str; 63] = [
    "acknowledging",
    "adding",
    "argue",
    "arguing",
    "blamed",
    "cited",
    "cites",
    "citing",
    "complained",
    "concluded",
    "condemned",
    "declined",
    "defended",
    "describing",
    "echoed",
    "expressed",
    "insist",
    "noting",
    "ordered",
    "questioned",
    "railed",
    "rejected",
    "tweeting",
    "call",
    "calling",
    "tell",
    "telling",
    "blasted",
    "blasting",
    "criticized",
    "criticised",
    "criticizing",
    "suggested",
    "suggesting",
    "reported",
    "reports",
    "accuses",
    "accusing",
    "referred",
    "referring",
    "refers",
    "promising",
    "indicated",
    "attacked",
    "dismissed",
    "dismissing",
    "hailed",
    "mocked",
    "mocking",
    "labeled",
    "labelled",
    "branded",
    "deemed",
    "praised",
    "slammed",
    "decried",
    "denounced",
    "lamented",
    "touted",
    "termed",
    "vowing",
    "pledging",
    "warning",
];

/// Words right before a quoted phrase that make it a name or term, not
/// somebody's words: “a pattern known as “herding””, “the so-called
/// “bathroom bill””. The last word before the opening mark (after "as").
pub(crate) const TERM_LEADS: [&str; 10] = [
    "known",
    "so-called",
    "dubbed",
    "nicknamed",
    "termed",
    "titled",
    "entitled",
    "named",
    "coined",
    "branded",
];

/// Is `lower` one of `TERM_LEADS`? (Not inlined, as above.)
#[inline(never)]
pub(crate) fn is_term_lead(lower: &str) -> bool {
    TERM_LEADS.contains(&lower)
}
