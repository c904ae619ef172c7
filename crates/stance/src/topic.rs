//! The central question: the content terms that the headline, the lead and
//! the speakers share.
//!
//! Terms are compared by a light stem (plural, `-ing`, `-ed` and a final `e`
//! removed), which is always a prefix of the lowercase word, so stemming
//! never allocates.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use standpoint_core::{Article, BlockKind, Span, SpeakerKind};

use crate::text::{Norm, View, Word};

/// How many terms a detected topic keeps.
const MAX_TERMS: usize = 8;
/// How many words of body text count as the lead.
const LEAD_WORDS: usize = 60;
/// A first paragraph shorter than this brings the second into the lead.
const SHORT_LEAD: usize = 25;

/// The light stem of a lowercase word: a prefix of it.
pub(crate) fn stem(word: &str) -> &str {
    let mut w = word;
    for possessive in ["'s", "'"] {
        if let Some(s) = w.strip_suffix(possessive) {
            w = s;
        }
    }
    let strip = |w: &'_ str, suffix: &str, min: usize| -> Option<usize> {
        (w.len() >= suffix.len() + min && w.ends_with(suffix)).then(|| w.len() - suffix.len())
    };
    if let Some(n) = strip(w, "ies", 3) {
        w = &w[..n];
    } else if let Some(n) = strip(w, "sses", 3) {
        w = &w[..n + 2];
    } else if let Some(n) = strip(w, "ing", 3) {
        w = &w[..n];
    } else if let Some(n) = strip(w, "ed", 3) {
        w = &w[..n];
    } else if !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        if let Some(n) = strip(w, "s", 3) {
            w = &w[..n];
        }
    }
    if let Some(n) = strip(w, "e", 3).or_else(|| strip(w, "y", 3)) {
        w = &w[..n];
    }
    w
}

/// The hasher of the fixed word sets (stopwords, removal words). Every
/// content word is looked up there, and the default SipHash costs more than
/// the rest of the lookup. Its resistance to chosen collisions is not
/// needed: the sets are fixed, so no text can lengthen a probe beyond what
/// the sets themselves give. (Maps keyed by the article's own words keep
/// SipHash.)
type Fixed = rustc_hash::FxBuildHasher;

/// Words that never make a topic: function words, reporting verbs, titles,
/// days, months and the commonest news filler.
static STOPWORDS: LazyLock<Stopwords> = LazyLock::new(|| {
    "a about above across after again against ago all almost also although always am among an \
     and another any anyone anything are around as at away back be became because become been \
     before being below between both but by can cannot could did do does doing done down during \
     each either else enough even ever every few for from further get gets got had has have \
     having he her here hers herself him himself his how however i if in into is it its itself \
     just last least less like made make makes many may me might more most much must my myself \
     near need needs neither never new next no nor not now of off often on once one only or \
     other others our ours ourselves out over own per perhaps quite rather really said same \
     say saying says see seen she should since so some still such than that the their theirs \
     them themselves then there these they this those though through thus to too toward \
     towards under until up upon us very via was way we well were what when where whether \
     which while who whom whose why will with within without would yet you your yours \
     yourself told tell tells added add adds asked ask according stated statement claimed \
     mr mrs ms dr sir lord lady president minister secretary chairman chairwoman chief \
     spokesman spokeswoman spokesperson official officials leader deputy director head \
     monday tuesday wednesday thursday friday saturday sunday january february march april \
     june july august september october november december today yesterday tomorrow week \
     weeks month months year years day days time times morning evening night people \
     two three four five six seven eight nine ten first second third lot lots thing things \
     going go goes went come comes came want wants wanted take takes took put puts \
     think thinks thought believe believes believed know known knew reported reports report \
     news bbc reuters cnn ap afp page photo video source getty images"
        .split_whitespace()
        .collect::<HashSet<&'static str, Fixed>>()
        .into()
});

/// Whether a lowercase word can be a topic term: not a function word,
/// title, date or number.
pub(crate) fn is_content(word: &str) -> bool {
    word.len() >= 3
        && word.bytes().any(|b| b.is_ascii_alphabetic())
        && !word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && !STOPWORDS.contains(word)
}

/// One bit per shape (first byte, last byte, length) of the words of a
/// list. Most words asked about have a shape no listed word has, and are
/// turned away by one bit test rather than a hash and a comparison.
struct Shapes([u64; 16]);

impl Shapes {
    fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut bits = [0u64; 16];
        for w in words {
            let i = Shapes::index(w.as_bytes().first().copied(), w.as_bytes().last().copied(), w.len());
            bits[i / 64] |= 1 << (i % 64);
        }
        Shapes(bits)
    }

    fn index(first: Option<u8>, last: Option<u8>, len: usize) -> usize {
        let (first, last) = (first.unwrap_or(0), last.unwrap_or(0));
        (usize::from(first) * 31 + usize::from(last) * 7 + len * 131) & 1023
    }

    /// Whether a listed word may have the shape of `first`, `last`, `len`.
    fn may_hold(&self, first: Option<u8>, last: Option<u8>, len: usize) -> bool {
        let i = Shapes::index(first, last, len);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn may_hold_word(&self, word: &str) -> bool {
        self.may_hold(word.as_bytes().first().copied(), word.as_bytes().last().copied(), word.len())
    }
}

/// The stopwords, with their [`Shapes`].
struct Stopwords {
    set: HashSet<&'static str, Fixed>,
    shapes: Shapes,
}

impl Stopwords {
    fn contains(&self, word: &str) -> bool {
        self.shapes.may_hold_word(word) && self.set.contains(word)
    }
}

impl From<HashSet<&'static str, Fixed>> for Stopwords {
    fn from(set: HashSet<&'static str, Fixed>) -> Stopwords {
        let shapes = Shapes::of(set.iter().copied());
        Stopwords { set, shapes }
    }
}

/// The detected or given central question.
#[derive(Debug, Clone, Default)]
pub(crate) struct TopicModel {
    /// Stems, sorted, for lookups.
    stems: Vec<String>,
    /// The first bytes of the stems, as bits: a stem is a prefix of every
    /// word that has it, so a word whose first byte is none of these is
    /// off the topic without being stemmed.
    firsts: [u64; 4],
    /// The first three bytes of the stems, when every stem has three or
    /// more: as a stem is a prefix of its word, a word whose first three
    /// bytes are none of these is off the topic without being stemmed
    /// (most words that share a stem's first byte do not).
    openings: Option<Sketch>,
    /// Display terms, most important first.
    pub display: Vec<String>,
}

impl TopicModel {
    /// A topic from explicit terms (a profile).
    pub(crate) fn from_terms(terms: &[String]) -> TopicModel {
        let mut stems = Vec::new();
        for term in terms {
            let n = Norm::new(term, 0, term.len());
            for w in n.words() {
                let word = &n.buf[w.start..w.end];
                if word.len() >= 2 {
                    stems.push(stem(word).to_string());
                }
            }
        }
        stems.sort();
        stems.dedup();
        TopicModel::new(stems, terms.to_vec())
    }

    fn new(stems: Vec<String>, display: Vec<String>) -> TopicModel {
        let mut firsts = [0u64; 4];
        for b in stems.iter().filter_map(|s| s.bytes().next()) {
            firsts[usize::from(b / 64)] |= 1 << (b % 64);
        }
        let openings = stems.iter().all(|s| s.len() >= 3).then(|| {
            let mut sketch = Sketch::default();
            for s in &stems {
                sketch.add(s);
            }
            sketch
        });
        TopicModel { stems, firsts, openings, display }
    }

    /// Whether some stem opens with the byte `first`: when not, no word
    /// that opens with it belongs to the topic. Inlined into the loops over
    /// words, so that most words are ruled out without a call.
    #[inline]
    pub(crate) fn may_open(&self, first: u8) -> bool {
        self.firsts[usize::from(first / 64)] & (1 << (first % 64)) != 0
    }

    /// Whether a lowercase word belongs to the topic.
    pub(crate) fn contains(&self, word: &str) -> bool {
        match word.bytes().next() {
            Some(b) if self.may_open(b) => {}
            _ => return false,
        }
        // A word shorter than three bytes is its own stem, shorter than
        // every stem of the sketch.
        if let Some(sketch) = &self.openings {
            if word.len() < 3 || !sketch.may_hold(word.as_bytes()) {
                return false;
            }
        }
        let s = stem(word);
        // A detected topic has at most eight stems: comparing each (length
        // first) is cheaper than ordering strings; a profile may have more.
        if self.stems.len() <= 2 * MAX_TERMS {
            self.stems.iter().any(|t| t == s)
        } else {
            self.stems.binary_search_by(|t| t.as_str().cmp(s)).is_ok()
        }
    }

    /// Whether the topic has no terms at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }
}

/// Where a term was seen.
#[derive(Debug)]
struct Seen<'a> {
    stem: &'a str,
    surface: &'a str,
    headline: bool,
    lead: bool,
    /// The first few distinct speakers who used it: the score counts no
    /// more than [`MAX_SPEAKERS`] of them.
    speakers: [usize; MAX_SPEAKERS],
    /// How many of `speakers` are filled.
    speaker_count: usize,
}

/// A set of stems that may err only by holding too much: one bit per mix
/// of a stem's first three bytes, which every word with that stem shares
/// (a stem that counts has three bytes or more). Two bytes let through
/// the many words that share a frequent opening (*th*, *co*, *pr*).
/// With the few dozen stems of a headline and lead, most other words miss
/// it, and testing a bit is far cheaper than stemming a word and taking
/// the keyed hash of the table it guards.
#[derive(Debug, Clone, Default)]
struct Sketch([u64; 16]);

impl Sketch {
    /// The bit of a stem, or of a word, of three bytes or more.
    fn bit(b: &[u8]) -> usize {
        (usize::from(b[0]) * 31 + usize::from(b[1]) * 7 + usize::from(b[2]) * 131) & 1023
    }

    fn add(&mut self, s: &str) {
        let i = Sketch::bit(s.as_bytes());
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Whether a word (its bytes) may have one of the stems added.
    fn may_hold(&self, word: &[u8]) -> bool {
        let i = Sketch::bit(word);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// The opening's stems, each with its place in the table of terms. The
/// few dozen of a usual headline and lead are scanned, which is cheaper
/// than hashing each word looked up; past [`StemIndex::FEW`] they are
/// hashed, keyed by the article's own words, so with the default hasher (a
/// fixed hash would let a crafted article collide every key) and no
/// article makes the lookups quadratic.
/// The few are scanned by a key of each stem, so that most of them are
/// passed over by comparing one integer, not two strings.
#[derive(Default)]
struct StemIndex<'a> {
    few: Vec<(u64, &'a str, usize)>,
    many: HashMap<&'a str, usize>,
}

impl<'a> StemIndex<'a> {
    const FEW: usize = 32;

    /// A stem's first eight bytes and its length in one integer: stems
    /// with different keys differ.
    fn key(stem: &str) -> u64 {
        let b = stem.as_bytes();
        let head = match b.get(..8) {
            Some(head) => u64::from_le_bytes(head.try_into().unwrap_or([0; 8])),
            None => b.iter().rev().fold(0, |acc, &x| (acc << 8) | u64::from(x)),
        };
        head ^ ((b.len() as u64) << 56)
    }

    fn get(&self, stem: &str) -> Option<&usize> {
        if self.many.is_empty() {
            let key = StemIndex::key(stem);
            self.few.iter().find(|&&(k, s, _)| k == key && s == stem).map(|(_, _, k)| k)
        } else {
            self.many.get(stem)
        }
    }

    /// Records the place `k` of `stem`, which is not in the index yet.
    fn insert(&mut self, stem: &'a str, k: usize) {
        if self.many.is_empty() && self.few.len() < StemIndex::FEW {
            self.few.push((StemIndex::key(stem), stem, k));
        } else {
            self.many.extend(self.few.drain(..).map(|(_, s, k)| (s, k)));
            self.many.insert(stem, k);
        }
    }
}

/// How many distinct speakers of a term the score counts.
const MAX_SPEAKERS: usize = 4;

/// Which part of the article a normalized span is.
#[derive(Debug, Clone, Copy)]
enum Part {
    Headline,
    Lead,
    Speaker(usize),
}

/// Detects the central question from the article itself, given the
/// normalized words of every utterance (`utterances[i]` is
/// `article.utterances[i]`).
pub(crate) fn detect(article: &Article<'_>, opening: &Opening, utterances: &[View]) -> TopicModel {
    let text = article.text;
    // The headline and lead were normalized with the opening, as the
    // utterances are by the caller, so that the table of terms can borrow
    // the words instead of copying each one. A lead span the opening has
    // no view of is normalized here.
    let Opening { headline, lead, .. } = opening;
    let missing: Vec<View> = lead
        .iter()
        .filter(|&&span| opening.paragraph(span).is_none())
        .map(|span| View::new(text, span.start, span.end))
        .collect();
    let mut missing = missing.iter();
    // The vectors below are sized up front: grown from empty, a usual
    // article's regrew each several times (about 1.5 instructions per byte
    // of text in all).
    let mut parts: Vec<(&View, &[Word], Part)> = Vec::with_capacity(headline.len() + lead.len() + utterances.len());
    for view in opening.headline_views.iter().take(headline.len()) {
        parts.push((view, &view.words, Part::Headline));
    }
    let mut budget = LEAD_WORDS;
    for &span in lead {
        let Some(view) = opening.paragraph(span).or_else(|| missing.next()) else {
            break;
        };
        if budget == 0 {
            break;
        }
        let n = view.words.len().min(budget);
        budget = budget.saturating_sub(n);
        parts.push((view, &view.words[..n], Part::Lead));
    }
    for (u, view) in article.utterances.iter().zip(utterances) {
        let speaker = u.speaker.0;
        if article.speakers.get(speaker).is_some_and(|s| s.kind == SpeakerKind::Narrator) {
            continue;
        }
        parts.push((view, &view.words, Part::Speaker(speaker)));
    }

    // Terms in order of first appearance, and where each stem is in that
    // list. The ranking below breaks ties by first appearance, so the
    // table's own order never shows.
    // Each word of the headline and the lead may add one.
    let opening_words = parts.iter().filter(|p| !matches!(p.2, Part::Speaker(_))).map(|p| p.1.len()).sum();
    let mut seen: Vec<Seen<'_>> = Vec::with_capacity(opening_words);
    // Only a stem of the headline or the lead can rank: a term needs two of
    // headline, lead and speakers, or else the headline alone. Their parts
    // come first, so the table holds only their stems, and a speaker's word
    // only marks a stem already in it. A sketch of those few stems turns
    // most speakers' words away before any hashing.
    let mut index = StemIndex { few: Vec::with_capacity(StemIndex::FEW), ..StemIndex::default() };
    let mut sketch = Sketch::default();
    for (view, ws, part) in &parts {
        let bytes = view.norm.buf.as_bytes();
        for w in *ws {
            if let Part::Speaker(speaker) = *part {
                // The same tests as below, cheapest first: a stem is a
                // prefix of its word, so the sketch can read the word's
                // first bytes before it is stemmed, or even sliced out as a
                // string (most speakers' words go no further).
                if w.end - w.start < 3 || !sketch.may_hold(&bytes[w.start..w.end]) {
                    continue;
                }
                let word = &view.norm.buf[w.start..w.end];
                let s = stem(word);
                if s.len() < 3 || !is_content(word) {
                    continue;
                }
                let Some(&k) = index.get(s) else {
                    continue;
                };
                let entry = &mut seen[k];
                let known = &entry.speakers[..entry.speaker_count];
                if entry.speaker_count < MAX_SPEAKERS && !known.contains(&speaker) {
                    entry.speakers[entry.speaker_count] = speaker;
                    entry.speaker_count += 1;
                }
                continue;
            }
            let word = &view.norm.buf[w.start..w.end];
            if !is_content(word) {
                continue;
            }
            let s = stem(word);
            // Read as written, `!is_content(s) && s.len() < 3`: as a content
            // word has at least three bytes, this is the length test alone,
            // which spares a stopword lookup per word.
            if s.len() < 3 {
                continue;
            }
            // A stem whose bit the sketch lacks is new, and needs no lookup
            // (nearly every new stem: the index is scanned for repeats only).
            let known = if sketch.may_hold(s.as_bytes()) { index.get(s).copied() } else { None };
            let k = known.unwrap_or_else(|| {
                let mut surface = word;
                while let Some(shorter) = surface.strip_suffix("'s") {
                    surface = shorter;
                }
                sketch.add(s);
                seen.push(Seen {
                    stem: s,
                    surface,
                    headline: false,
                    lead: false,
                    speakers: [0; MAX_SPEAKERS],
                    speaker_count: 0,
                });
                index.insert(s, seen.len() - 1);
                seen.len() - 1
            });
            let entry = &mut seen[k];
            match *part {
                Part::Headline => entry.headline = true,
                Part::Lead => entry.lead = true,
                Part::Speaker(_) => {}
            }
        }
    }

    let mut ranked: Vec<(usize, usize, &Seen<'_>)> = Vec::with_capacity(seen.len());
    ranked.extend(seen.iter().enumerate().filter_map(|(first, s)| {
        let sources = s.headline as usize + s.lead as usize + (s.speaker_count > 0) as usize;
        (sources >= 2).then(|| {
            let score = 3 * s.headline as usize + 2 * s.lead as usize + s.speaker_count;
            (score, first, s)
        })
    }));
    if ranked.is_empty() {
        ranked = seen.iter().enumerate().filter(|(_, s)| s.headline).map(|(first, s)| (1, first, s)).collect();
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.truncate(MAX_TERMS);
    let display = ranked.iter().map(|r| r.2.surface.to_string()).collect();
    let mut stems: Vec<String> = ranked.iter().map(|r| r.2.stem.to_string()).collect();
    stems.sort();
    TopicModel::new(stems, display)
}

/// Verb forms that propose taking something away, as headlines and leads
/// write them (*plan to close the village school*, *Army wants to kill its
/// vehicle*, *bank cuts rate*), each followed by what it acts on.
const REMOVING: &[&str] = &[
    "close",
    "closes",
    "closing",
    "shut",
    "shuts",
    "shutting",
    "scrap",
    "scraps",
    "scrapping",
    "axe",
    "axes",
    "axing",
    "ban",
    "bans",
    "banning",
    "cut",
    "cuts",
    "cutting",
    "end",
    "ends",
    "ending",
    "abolish",
    "abolishes",
    "abolishing",
    "cancel",
    "cancels",
    "cancelling",
    "canceling",
    "withdraw",
    "withdraws",
    "withdrawing",
    "kill",
    "kills",
    "killing",
    "phase",
    "phasing",
    "retire",
    "retires",
    "retiring",
    "dismantle",
    "dismantles",
    "dismantling",
    "replace",
    "replaces",
    "replacing",
    "ditch",
    "ditches",
    "ditching",
    "remove",
    "removes",
    "removing",
    "demolish",
    "demolishes",
    "demolishing",
    // What a plan gives up in a trade (*would swap duties for a quota*)
    // or stops for a time (*would suspend the levy on diesel*) is taken
    // away as surely as what it scraps.
    "swap",
    "swaps",
    "swapping",
    "suspend",
    "suspends",
    "suspending",
];
/// The same verbs as passive participles, whose object stands before them
/// (*Graduate visa to be cut to 18 months*).
const REMOVED: &[&str] = &[
    "closed",
    "shut",
    "scrapped",
    "axed",
    "banned",
    "cut",
    "ended",
    "abolished",
    "cancelled",
    "canceled",
    "withdrawn",
    "phased",
    "retired",
    "dismantled",
    "replaced",
    "ditched",
    "removed",
    "demolished",
];
/// Nouns of removal followed by their object (*ban on plastic bottles*,
/// *closure of the library*).
const REMOVAL_NOUNS: &[&str] =
    &["ban", "closure", "scrapping", "abolition", "cancellation", "withdrawal", "shutdown", "axing"];
/// Nouns of a charge or limit laid on something (*fee on cheap parcels*,
/// *tax on sugary drinks*, *curbs on short lets*): like a ban, it acts
/// against what follows its *on*.
const RESTRICTING: &[&str] = &[
    "fee",
    "fees",
    "tax",
    "taxes",
    "levy",
    "duty",
    "duties",
    "charge",
    "charges",
    "surcharge",
    "cap",
    "caps",
    "curb",
    "curbs",
    "limit",
    "limits",
    "crackdown",
    "restriction",
    "restrictions",
    "tariff",
    "tariffs",
    "moratorium",
];
/// Words that, in a speaker's own words, talk about the removal itself
/// rather than about the thing removed: such words are judged as they stand.
const REMOVAL_TALK: &[&str] = &[
    "closure",
    "closures",
    "shutdown",
    "abolition",
    "cancellation",
    "withdrawal",
    "loss",
    "lose",
    "loses",
    "losing",
    "lost",
    "ban",
    "bans",
    "banned",
    "banning",
    "scrapped",
    "scrapping",
    "axed",
    "closed",
    "closing",
];
/// The removal word lists as bits of one fixed map: [`Removal::judged`]
/// asks about every word of every utterance and [`removal_objects`] about
/// every word of the lead, and one lookup answers every list where a linear
/// scan of each would be most of their time.
static REMOVAL_CLASSES: LazyLock<RemovalClasses> = LazyLock::new(|| {
    let lists: [(&[&'static str], u8); 8] = [
        (REMOVING, removal::REMOVING),
        (REMOVED, removal::REMOVED),
        (REMOVAL_NOUNS, removal::NOUN),
        (RESTRICTING, removal::RESTRICTING),
        (REMOVAL_TALK, removal::TALK),
        (KEEPING, removal::KEEPING),
        (RESTORING, removal::RESTORING),
        (OCCUPYING, removal::OCCUPYING),
    ];
    let map: HashMap<&'static str, u8, Fixed> =
        crate::lexicon::bit_map(lists.map(|(list, bit)| (list.iter().copied(), bit)));
    let shapes = Shapes::of(map.keys().copied());
    RemovalClasses { map, shapes }
});

/// [`REMOVAL_CLASSES`]: the map, and the [`Shapes`] of its words. Almost
/// every word asked about is in no list, and a bit test turns most of them
/// away before the word is hashed.
struct RemovalClasses {
    map: HashMap<&'static str, u8, Fixed>,
    shapes: Shapes,
}

impl RemovalClasses {
    fn get(&self, word: &str) -> u8 {
        if !self.shapes.may_hold_word(word) {
            return 0;
        }
        self.map.get(word).copied().unwrap_or(0)
    }

    /// [`RemovalClasses::get`] of a word of a view. The shape is read from
    /// the buffer's bytes, so the words turned away (nearly all: this runs
    /// over every word of the opening and of the utterances of a story of
    /// removal) are never sliced out as strings.
    fn of_word(&self, view: &View, w: &Word) -> u8 {
        // (An empty word is in no list.) The word's bytes are sliced once,
        // and its ends read from the slice with no more bounds tests.
        let Some(bytes) = view.norm.buf.as_bytes().get(w.start..w.end) else {
            return 0;
        };
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return 0;
        };
        if !self.shapes.may_hold(Some(first), Some(last), bytes.len()) {
            return 0;
        }
        view.norm.buf.get(w.start..w.end).and_then(|word| self.map.get(word)).copied().unwrap_or(0)
    }
}

/// Bits of [`REMOVAL_CLASSES`], one per list.
mod removal {
    pub const REMOVING: u8 = 1;
    pub const REMOVED: u8 = 1 << 1;
    pub const NOUN: u8 = 1 << 2;
    pub const RESTRICTING: u8 = 1 << 3;
    pub const TALK: u8 = 1 << 4;
    pub const KEEPING: u8 = 1 << 5;
    pub const RESTORING: u8 = 1 << 6;
    pub const OCCUPYING: u8 = 1 << 7;
}

/// The removal lists a lowercase word is in, as [`removal`] bits.
fn removal_class(word: &str) -> u8 {
    REMOVAL_CLASSES.get(word)
}

/// Whether a lowercase word speaks of a removal or a restriction itself
/// (*closure*, *ban*, *cut*, *fee*): a harm it names is the plan's doing.
pub(crate) fn is_removal_word(word: &str) -> bool {
    removal_class(word) & (removal::TALK | removal::REMOVING | removal::RESTRICTING) != 0
}

/// Words after which a word is a verb, not a noun.
const VERB_BEFORE: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "am", "is", "are", "was", "were", "be", "been", "do", "does", "did", "to",
    "not",
];
/// Words of keeping something that a plan would take away.
const KEEPING: &[&str] =
    &["save", "saving", "keep", "keeping", "preserve", "preserving", "retain", "retaining", "rescue", "spare"];
/// Words that bring back what was taken away (see [`removal_objects`]).
const RESTORING: &[&str] = &[
    "restore",
    "restores",
    "restoring",
    "reinstate",
    "reinstates",
    "reinstating",
    "revive",
    "revives",
    "reviving",
    "reopen",
    "reopens",
    "reopening",
];
/// Verbs of a plan that takes ground by standing on it: *a solar farm will
/// be built on farmland*, *wants to cover 600 acres of fields with
/// panels*. The ground is lost to what it was, as a thing closed is: a
/// speaker who praises it (*the best farmland in the county*) stands
/// against the plan. Only the passive *be built on/across/over* (not
/// *building on the success of*) and *cover ... with* (not *cover the
/// cost*) are read.
const OCCUPYING: &[&str] = &["built", "cover", "covers", "covering"];
/// Nouns of an extent of ground followed by *of* and the ground itself
/// (*600 acres of fields*, *a swathe of moorland*): the head is the ground.
const EXTENTS: &[&str] = &[
    "acre", "acres", "hectare", "hectares", "swathe", "swathes", "swath", "tract", "tracts", "stretch", "area", "part",
];
/// Nouns of open ground, farmed or wild, that a plan built on it takes
/// from its use: the ground [`occupied`] names.
const GROUND: &[&str] = &[
    "land",
    "farmland",
    "farmlands",
    "field",
    "fields",
    "meadow",
    "meadows",
    "pasture",
    "pastures",
    "grassland",
    "grasslands",
    "moorland",
    "moor",
    "moors",
    "heath",
    "heathland",
    "woodland",
    "woodlands",
    "wetland",
    "wetlands",
    "marsh",
    "marshes",
    "countryside",
    "greenbelt",
    "belt",
];
/// Words for a charge paid on something. A plan that takes one away (*cut
/// duties on lumber*) has its speakers name it by any of them (*every
/// tariff is a tax on a new home*, *the fees behave like a tax on
/// poverty*): one of them among the heads brings in the others, and in
/// that story a speaker's word for a charge names the thing removed, not
/// the removal (see [`Removal::judged`]). Not the limits of
/// [`RESTRICTING`] (*cap*, *curb*): a cap is no charge.
const CHARGES: &[&str] = &[
    "fee",
    "fees",
    "tax",
    "taxes",
    "levy",
    "levies",
    "duty",
    "duties",
    "tariff",
    "tariffs",
    "charge",
    "charges",
    "surcharge",
    "surcharges",
    "toll",
    "tolls",
];
/// The stems of [`CHARGES`] and of [`GROUND`], in their order: made once,
/// not for every head of every removal found.
static KIN_STEMS: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let stems = |list: &[&'static str]| list.iter().map(|w| stem(w)).collect();
    (stems(CHARGES), stems(GROUND))
});
/// Verbs that bring something back with *back* after them.
const BRINGING: &[&str] = &["bring", "brings", "bringing"];
/// Words between a removal verb and its object that are not the object.
const PARTICLES: &[&str] = &["out", "down", "off", "away"];

/// A proposal in the headline or lead that takes something away, and the
/// head nouns of what it takes away (light stems).
///
/// For such a story a speaker who praises the thing removed (*the school is
/// the heart of the village*) stands against the proposal, and one who
/// faults it (*the programme is a relic*) stands with it.
#[derive(Debug, Default)]
pub(crate) struct Removal {
    heads: Vec<String>,
    /// Whether the thing taken away is a charge (see [`CHARGES`]).
    charge: bool,
    /// The first bytes of the heads, as bits: a stem is a prefix of its
    /// word, so a word that starts otherwise names none of them and needs
    /// no stemming.
    firsts: [u64; 4],
}

impl Removal {
    /// Finds the removal in the headline and the first body paragraphs:
    /// a standfirst or a photo caption can stand before the lead that
    /// names the plan.
    pub(crate) fn find(opening: &Opening) -> Removal {
        let mut heads: Vec<String> = Vec::new();
        for view in opening.headline_views.iter().chain(opening.paragraphs.iter().map(|(_, v)| v)) {
            for head in removal_objects(view) {
                if !heads.contains(&head) {
                    heads.push(head);
                }
            }
        }
        Removal::of_heads(heads)
    }

    /// The removal of things with these heads.
    fn of_heads(mut heads: Vec<String>) -> Removal {
        // Ground a plan takes is named by any word for it: a story of
        // panels on *farmland* has its speakers praise *the land*, *these
        // fields*, *agricultural land*. So one noun of open ground among
        // the heads brings in the others.
        // So is a charge: a plan that suspends *duties* has its speakers
        // call them *tariffs*, *a tax*.
        let (charges, ground) = &*KIN_STEMS;
        let charge = heads.iter().any(|h| charges.contains(&h.as_str()));
        if charge {
            for &c in charges {
                if !heads.iter().any(|h| h == c) {
                    heads.push(c.to_string());
                }
            }
        }
        if heads.iter().any(|h| ground.contains(&h.as_str())) {
            for &g in ground {
                if !heads.iter().any(|h| h == g) {
                    heads.push(g.to_string());
                }
            }
        }
        let mut firsts = [0u64; 4];
        for head in &heads {
            // An empty head (there is none) would match any word's first
            // byte: every bit.
            match head.bytes().next() {
                Some(b) => firsts[usize::from(b / 64)] |= 1 << (b % 64),
                None => firsts = [u64::MAX; 4],
            }
        }
        Removal { heads, charge, firsts }
    }

    /// Whether the story proposes no removal.
    pub(crate) fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Whether a lowercase word is the name of the thing removed.
    pub(crate) fn is_head(&self, word: &str) -> bool {
        let s = stem(word);
        self.heads.iter().any(|h| h == s)
    }

    /// Whether some word of the words names the thing removed.
    pub(crate) fn names(&self, view: &View) -> bool {
        view.words.iter().any(|w| {
            let s = stem(&view.norm.buf[w.start..w.end]);
            self.heads.iter().any(|h| h == s)
        })
    }

    /// The sentences of an utterance that judge the thing removed (each
    /// claim of reported words joined by *and that* read as one), as
    /// ranges of the view's normalized text: those that name it, and a
    /// next sentence that goes on about it (*They are ...*, *Who pays for
    /// that mess?*). Nothing when
    /// the utterance speaks of the removal itself, and no sentence that
    /// looks ahead (*would*, *if*): what may follow from the plan is a
    /// judgement of the plan, not of the thing.
    pub(crate) fn judged(&self, view: &View) -> Vec<(usize, usize)> {
        const AHEAD: &[&str] = &["would", "will", "could", "might", "if", "ll", "unless"];
        const ON_IT: &[&str] = &["it", "they", "this", "that", "these", "those", "its", "their"];
        let mut out = Vec::new();
        if self.heads.is_empty() {
            return out;
        }
        let ws = &view.words;
        let word = |w: &crate::text::Word| &view.norm.buf[w.start..w.end];
        // A word's bytes, for the tests against ASCII words that run on
        // every word of a sentence: the same answers as comparing the word,
        // without a check of char boundaries per word.
        let bytes = view.norm.buf.as_bytes();
        let raw = |w: &crate::text::Word| bytes.get(w.start..w.end).unwrap_or(&[]);
        let lists = &*REMOVAL_CLASSES;
        // A charge or limit named is the plan's own measure, and judged as
        // it stands: except a word for a charge when the charge is the
        // thing taken away (*every tariff is a tax on a new home*, in a
        // story that suspends duties), which names the thing.
        let talks = |(c, w): (&u8, &crate::text::Word)| {
            c & (removal::TALK | removal::REMOVING) != 0
                || (c & removal::RESTRICTING != 0 && !(self.charge && CHARGES.contains(&word(w))))
        };
        // One pass reads every word's classes for both: whether a word
        // talks of the removal (the reading ends), and whether any word
        // is one of keeping, without which the test for keeping below
        // needs no pass (most views have none). The classes are not kept:
        // only a view with a word of keeping looks them up again.
        let mut keeping = false;
        for w in ws {
            let c = lists.of_word(view, w);
            if talks((&c, w)) {
                return out;
            }
            keeping |= c & removal::KEEPING != 0;
        }
        let mut i = 0;
        let mut carried = false;
        // Whether the sentence looks ahead: it holds for every claim of it
        // (below). Read at most once a sentence, and only when a claim of
        // it names the thing or goes on about it, as nothing else asks
        // (most sentences do neither): `None` until then, with the
        // sentence's words.
        let mut ahead: Option<bool> = None;
        let mut sentence_words = (0, 0);
        while i < ws.len() {
            let sentence = ws[i].sentence;
            let end = ws[i..].iter().position(|w| w.sentence != sentence).map_or(ws.len(), |n| i + n);
            if i == 0 || ws[i - 1].sentence != sentence {
                ahead = None;
                sentence_words = (i, end);
            }
            // Reported words that join two claims ("that the decision was
            // rushed and that trawling was singled out") judge a thing in
            // each claim: each is read on its own.
            let end = (i + 2..end)
                .find(|&k| raw(&ws[k]) == b"that" && matches!(raw(&ws[k - 1]), b"and" | b"but"))
                .map_or(end, |k| k + 1);
            let words = &ws[i..end];
            // A yardstick (*as many jobs as the mill did*, *better than
            // the old bridge*) is not what the sentence judges.
            // Nor is the same word used as a verb (*we care*, *they are
            // drinking*): after a subject pronoun or an auxiliary.
            let names = (0..words.len()).any(|k| {
                // The head test first, on the first byte before the word
                // is sliced out: most words are not the thing.
                let b = raw(&words[k]).first().copied().unwrap_or(0);
                self.firsts[usize::from(b / 64)] & (1 << (b % 64)) != 0
                    && {
                        let w = stem(word(&words[k]));
                        self.heads.iter().any(|h| h == w)
                    }
                    && {
                        let yardstick = words[k.saturating_sub(2)..k].iter().any(|w| matches!(word(w), "as" | "than"));
                        let verb = k.checked_sub(1).is_some_and(|j| VERB_BEFORE.contains(&word(&words[j])));
                        !yardstick && !verb
                    }
            });
            // A wish to keep it (*worth saving*, *fight to keep it open*)
            // speaks of the thing through a pronoun; keeping something
            // else (*keep the footpaths open*) does not.
            // (The class first: the words around are read only for a word
            // of keeping, of which most sentences have none.)
            // Keeping it in some state other than in being (*keep them
            // cool in August*, *keep it clean*) keeps nothing from the plan:
            // only nothing after the pronoun in its clause, or a word of
            // being (*open*, *alive*, *going*), is a wish to keep it.
            let kept = |k: usize| {
                words.get(k + 2).filter(|w| w.clause == words[k + 1].clause).map(word).is_none_or(|w| {
                    matches!(w, "open" | "alive" | "going" | "running" | "afloat" | "intact" | "here" | "as" | "and")
                })
            };
            let keeps = keeping
                && (0..words.len()).any(|k| {
                    lists.of_word(view, &words[k]) & removal::KEEPING != 0 && {
                        let after = words.get(k + 1).map(word);
                        let before = k.checked_sub(1).map(|j| word(&words[j]));
                        (after.is_some_and(|a| matches!(a, "it" | "them" | "this")) && kept(k))
                            || before == Some("worth")
                    }
                });
            let names = names || keeps;
            let goes_on = carried && words.iter().take(4).any(|w| ON_IT.contains(&word(w)));
            // (Both readings of `ahead` below matter only when the claim
            // names the thing or goes on about it.)
            let looks_ahead = (names || goes_on)
                && *ahead.get_or_insert_with(|| {
                    let (from, to) = sentence_words;
                    ws[from..to].iter().any(|w| AHEAD.contains(&word(w)))
                });
            if (names || goes_on) && !looks_ahead {
                out.push((words[0].start, words[words.len() - 1].end));
            }
            // A pronoun after a sentence that looked ahead ("People will
            // now be 45 minutes from an emergency department. That is not
            // safe") means the consequence told there, not the thing.
            carried = names && !looks_ahead;
            i = end;
        }
        out
    }
}

/// The head nouns of the objects of removal verbs in one headline or lead
/// span.
fn removal_objects(view: &View) -> Vec<String> {
    let ws = &view.words;
    let word = |i: usize| &view.norm.buf[ws[i].start..ws[i].end];
    let mut out = Vec::new();
    // A proposal to bring something back (*would restore dental cover,
    // nine years after the state cut the benefit*) takes nothing away: a
    // removal told later in its sentence is the history it reverses.
    let mut restoring: Option<usize> = None;
    let lists = &*REMOVAL_CLASSES;
    let bytes = view.norm.buf.as_bytes();
    for (i, at) in ws.iter().enumerate() {
        // One lookup answers every list, [`RESTORING`] among them.
        let class = lists.of_word(view, at);
        // A word in no list that is neither *back* nor *instead* (nearly
        // every word) changes nothing below: told by its bytes, not by its
        // length alone, which let every word of four or seven bytes (a
        // quarter of them) on to be sliced and compared below.
        if class == 0 && !matches!(bytes.get(at.start..at.end), Some(b"back" | b"instead")) {
            continue;
        }
        let w = word(i);
        if class & removal::RESTORING != 0 || (w == "back" && i > 0 && BRINGING.contains(&word(i - 1))) {
            restoring = Some(ws[i].sentence);
        }
        if restoring == Some(ws[i].sentence) {
            continue;
        }
        if class & removal::OCCUPYING != 0 {
            if let Some(head) = occupied(view, i) {
                out.push(head);
            }
            continue;
        }
        // Most words are in no list: nothing below applies to them.
        if class & (removal::REMOVED | removal::NOUN | removal::RESTRICTING | removal::REMOVING) == 0 && w != "instead"
        {
            continue;
        }
        let before = i.checked_sub(1).map(word);
        let passive = class & removal::REMOVED != 0
            && before.is_some_and(|b| matches!(b, "be" | "been" | "being" | "is" | "are"));
        if passive {
            // The subject before the auxiliaries: the last content word of
            // the clause before them.
            let head = (0..i).rev().take_while(|&j| ws[j].clause == ws[i].clause).find(|&j| is_content(word(j)));
            if let Some(j) = head {
                out.push(stem(word(j)).to_string());
            }
            continue;
        }
        let next = (i + 1 < ws.len()).then(|| word(i + 1));
        // *count by hand instead of using machines*: what is given up.
        let noun = (class & removal::NOUN != 0 && matches!(next, Some("on" | "of")))
            || (class & removal::RESTRICTING != 0 && next == Some("on"))
            || (w == "instead" && next == Some("of"));
        // *kill* is a removal only as a plan (*wants to kill the
        // scheme*): told as an event (*flood kills three*) it is news of a
        // death.
        let killing = matches!(w, "kill" | "kills" | "killing");
        let verb =
            !noun && class & removal::REMOVING != 0 && (!killing || matches!(before, Some("to" | "will" | "would")));
        if !noun && !verb {
            continue;
        }
        // A charge or limit that is itself the thing taken away (*cut
        // tariffs on almonds*, *phase out the duties on steel*, *scrap its
        // fee on cheap parcels*) frees what follows its *on*: that is no
        // thing removed. Only the removal verb right before it, past
        // particles and function words.
        if noun && class & removal::RESTRICTING != 0 && lifted(view, i) {
            continue;
        }
        let mut j = i + 1 + noun as usize;
        while j < ws.len() && PARTICLES.contains(&word(j)) {
            j += 1;
        }
        // A pronoun is the object itself (*knock down the Rooms and replace
        // it with a block of flats*): what follows it is what the plan
        // brings or where it goes, not the thing taken away.
        if j < ws.len() && matches!(word(j), "it" | "them") {
            continue;
        }
        // Determiners and other function words before the noun phrase.
        let mut skipped = 0;
        while j < ws.len() && !is_content(word(j)) && skipped < 3 {
            j += 1;
            skipped += 1;
        }
        let clause = ws[i].clause;
        let mut last = None;
        while j < ws.len() && ws[j].clause == clause && is_content(word(j)) && stem(word(j)).len() >= 3 {
            last = Some(j);
            j += 1;
        }
        // *close the city centre to traffic* shuts something to others,
        // not away.
        let shuts = matches!(w, "close" | "closes" | "closing" | "shut" | "shuts" | "shutting");
        let to_others = shuts && j < ws.len() && ws[j].clause == clause && word(j) == "to";
        if let (Some(h), false) = (last, to_others) {
            if !word(h).bytes().all(|b| b.is_ascii_digit()) {
                out.push(stem(word(h)).to_string());
            }
        }
    }
    out
}

/// The head noun (a light stem) of the ground that the word of taking
/// ground at `i` (see [`OCCUPYING`]) stands on: after *be built on*,
/// *across* or *over*, or between *cover* and a *with* of its clause. An
/// extent (*600 acres of fields*) gives way to the ground after its *of*.
fn occupied(view: &View, i: usize) -> Option<String> {
    let ws = &view.words;
    let word = |k: usize| &view.norm.buf[ws[k].start..ws[k].end];
    let clause = ws[i].clause;
    let in_clause = |k: usize| k < ws.len() && ws[k].clause == clause;
    let from = if word(i) == "built" {
        let before = i.checked_sub(1).map(word);
        let passive = before.is_some_and(|b| matches!(b, "be" | "been" | "being" | "is" | "are" | "was" | "were"));
        if !passive || !in_clause(i + 1) || !matches!(word(i + 1), "on" | "across" | "over") {
            return None;
        }
        i + 2
    } else {
        // *cover the cost*, *cover the meeting*: no ground without a
        // *with* of what is laid on it.
        // (The sentence, not the clause: a list of places between them
        // has commas.)
        let sentence = ws[i].sentence;
        if !(i + 1..ws.len()).take_while(|&k| ws[k].sentence == sentence).any(|k| word(k) == "with") {
            return None;
        }
        i + 1
    };
    let mut j = from;
    let mut head = None;
    // At most one extent before the ground.
    for _ in 0..2 {
        let mut skipped = 0;
        while in_clause(j) && !is_content(word(j)) && skipped < 3 {
            j += 1;
            skipped += 1;
        }
        let mut last = None;
        while in_clause(j) && is_content(word(j)) && stem(word(j)).len() >= 3 {
            last = Some(j);
            j += 1;
        }
        let h = last?;
        head = Some(h);
        if !(EXTENTS.contains(&word(h)) && in_clause(j) && word(j) == "of") {
            break;
        }
        j += 1;
    }
    // Only open ground counts: what else a thing is *built on* (*the
    // success of the pilot*, *solid foundations*) or *covered with* (*the
    // rebuild with its payout*) is no ground the plan takes, and the
    // plan's own place named as such (*Site 6*, *the plot*) is where it
    // goes, not what was there.
    head.map(word).filter(|h| GROUND.contains(h)).map(|h| stem(h).to_string())
}

/// Whether the charge or limit at word `i` of a headline or lead is the
/// object of a removal verb in its clause (*cut tariffs*, *phase out the
/// duties*, *scrap its fee*): the verb stands at most three words before
/// it, with only particles and function words between them.
fn lifted(view: &View, i: usize) -> bool {
    let ws = &view.words;
    let word = |k: usize| &view.norm.buf[ws[k].start..ws[k].end];
    let mut k = i;
    for _ in 0..3 {
        let Some(j) = k.checked_sub(1).filter(|&j| ws[j].clause == ws[i].clause) else { return false };
        let w = word(j);
        if REMOVAL_CLASSES.get(w) & removal::REMOVING != 0 {
            return true;
        }
        if !PARTICLES.contains(&w) && is_content(w) {
            return false;
        }
        k = j;
    }
    false
}

/// The headline spans and the lead spans.
///
/// The headline is every `Headline` block before the first body block; when
/// the parser marked none, it is the first line of the first block. The lead
/// is the body text after it.
/// The headline and the lead of an article, found once per report: the
/// topic, the removal and the proposer all start from them.
#[derive(Debug, Default)]
pub(crate) struct Opening {
    /// The headline's spans.
    pub headline: Vec<Span>,
    /// The lead paragraph, and the one after it when the first is short.
    pub lead: Vec<Span>,
    /// The headline's spans, normalized: the topic, the removal and the
    /// proposer all read them, and each used to normalize them anew.
    pub headline_views: Vec<View>,
    /// The first [`REMOVAL_PARAGRAPHS`] body paragraphs from the lead on,
    /// normalized, with their spans: the removal reads them all, and the
    /// topic the lead among them.
    paragraphs: Vec<(Span, View)>,
}

/// How many body paragraphs from the lead on may name a removal: a
/// standfirst or a photo caption can stand before the lead that names it.
const REMOVAL_PARAGRAPHS: usize = 3;

impl Opening {
    pub(crate) fn of(article: &Article<'_>) -> Opening {
        let (headline, lead) = headline_and_lead(article);
        let text = article.text;
        let headline_views = headline.iter().map(|s| View::new(text, s.start, s.end)).collect();
        let from = lead.first().map_or(usize::MAX, |l| l.start);
        let paragraphs = article
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Body && b.span.end > from)
            .map(|b| Span::new(b.span.start.max(from), b.span.end))
            .take(REMOVAL_PARAGRAPHS)
            .map(|span| (span, View::new(text, span.start, span.end)))
            .collect();
        Opening { headline, lead, headline_views, paragraphs }
    }

    /// The normalized view of a body paragraph of the opening, if it is
    /// one of those normalized with it.
    pub(crate) fn paragraph(&self, span: Span) -> Option<&View> {
        self.paragraphs.iter().find(|(s, _)| *s == span).map(|(_, v)| v)
    }

    /// The view of `text[start..end]`, cut out of the opening paragraph
    /// that holds it when there is one (utterances of the lead were
    /// normalized with the opening already), else normalized afresh.
    pub(crate) fn view(&self, text: &str, start: usize, end: usize) -> View {
        self.paragraphs
            .iter()
            .find(|(s, _)| s.start <= start && end <= s.end)
            .and_then(|(_, v)| View::cut(v, start, end))
            .unwrap_or_else(|| View::new(text, start, end))
    }
}

fn headline_and_lead(article: &Article<'_>) -> (Vec<Span>, Vec<Span>) {
    let text = article.text;
    let first_body = article.blocks.iter().position(|b| b.kind == BlockKind::Body).unwrap_or(article.blocks.len());
    let mut headline: Vec<Span> =
        article.blocks[..first_body].iter().filter(|b| b.kind == BlockKind::Headline).map(|b| b.span).collect();
    let mut lead: Vec<Span> = Vec::new();
    let mut body = article.blocks[first_body..].iter().filter(|b| b.kind == BlockKind::Body).map(|b| b.span);
    if headline.is_empty() {
        if let Some(first) = body.next() {
            let block = first.slice(text);
            match block.find('\n') {
                Some(nl) if nl > 0 => {
                    headline.push(Span::new(first.start, first.start + nl));
                    lead.push(Span::new(first.start + nl, first.end));
                }
                _ => headline.push(first),
            }
        }
    }
    // The lead is the first body paragraph, and the second too when the
    // first is a short one (a standfirst or a one-line intro).
    if lead.is_empty() {
        if let Some(first) = body.next() {
            lead.push(first);
            // Counting stops at the threshold: a long first paragraph is
            // not walked to its end (and is counted eight bytes at a time).
            if !crate::context::more_words_than(first.slice(text), SHORT_LEAD - 1) {
                lead.extend(body.next());
            }
        }
    }
    (headline, lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stem_index_finds_every_stem_before_and_after_it_grows() {
        // Short stems, and long ones that share their first eight bytes.
        let stems: Vec<String> =
            (0..100).map(|i| if i % 2 == 0 { format!("stem{i}") } else { format!("sharedhead{i}") }).collect();
        let mut index = StemIndex::default();
        for (k, s) in stems.iter().enumerate() {
            assert_eq!(index.get(s), None);
            index.insert(s, k);
            assert_eq!(index.get(s), Some(&k));
            for (j, t) in stems.iter().enumerate().take(k + 1) {
                assert_eq!(index.get(t), Some(&j), "{t} after {k}");
            }
            assert_eq!(index.get("other"), None);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_sketch_of_stem_openings_turns_away_no_word_on_the_topic(
            terms in proptest::collection::vec("[abce']{1,7}( [abce]{1,6})?", 1..4),
            word in "[abce']{0,9}",
        ) {
            let topic = TopicModel::from_terms(&terms);
            let plain = topic.stems.iter().any(|t| t == stem(&word));
            proptest::prop_assert_eq!(topic.contains(&word), plain, "{:?} {:?}", terms, word);
        }
    }
    use standpoint_core::{Block, Speaker, SpeakerId, Utterance, UtteranceKind};

    #[test]
    fn stems_are_light_and_shared_by_word_forms() {
        assert_eq!(stem("sentences"), stem("sentencing"));
        assert_eq!(stem("sentence"), stem("sentenced"));
        assert_eq!(stem("policies"), stem("policy"));
        assert_eq!(stem("bridges"), "bridg");
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("crisis"), "crisis");
        assert_eq!(stem("mayor's"), "mayor");
    }

    #[test]
    fn finds_the_terms_headline_lead_and_speakers_share() {
        let text = "Council backs harbour bridge\n\n\
                    The city council voted on Tuesday to build a new harbour bridge.\n\n\
                    “The bridge will cut journeys in half,” the mayor said.\n\n\
                    “Traffic on the coast road is a separate matter,” a resident said.";
        let b = |s: &str| {
            let start = text.find(s).unwrap();
            Block { span: Span::new(start, start + s.len()), kind: BlockKind::Body }
        };
        let u = |speaker, s: &str| {
            let start = text.find(s).unwrap();
            Utterance {
                speaker: SpeakerId(speaker),
                kind: UtteranceKind::Direct,
                cue: None,
                span: Span::new(start, start + s.len()),
                source: None,
                question: None,
                block: 0,
                sentence: 0,
            }
        };
        let person =
            |name: &str| Speaker { name: name.into(), aliases: vec![], kind: SpeakerKind::Person, mentions: vec![] };
        let article = Article {
            text,
            blocks: vec![
                b("Council backs harbour bridge"),
                b("The city council voted on Tuesday to build a new harbour bridge."),
                b("“The bridge will cut journeys in half,” the mayor said."),
            ],
            sentences: vec![],
            speakers: vec![person("the mayor"), person("a resident")],
            utterances: vec![
                u(0, "The bridge will cut journeys in half,"),
                u(1, "Traffic on the coast road is a separate matter,"),
            ],
            diagnostics: vec![],
        };
        let views: Vec<View> = article.utterances.iter().map(|u| View::new(text, u.span.start, u.span.end)).collect();
        let topic = detect(&article, &Opening::of(&article), &views);
        // The resident's words share nothing with the headline or the lead.
        assert_eq!(topic.display, vec!["bridge", "council", "harbour", "cut", "journeys", "half"]);
        assert!(topic.contains("bridges"));
        assert!(!topic.contains("traffic"));
    }

    #[test]
    fn a_words_removal_lists_read_from_its_bytes_are_its_lists() {
        let text = "Plans to close, scrap or ban the Old Mill; keep it! Bring back the \u{00E9}cole instead of cuts.";
        let listed: Vec<&str> = REMOVAL_CLASSES.map.keys().copied().collect();
        for text in std::iter::once(text).chain(listed) {
            let view = View::new(text, 0, text.len());
            for w in &view.words {
                let word = &view.norm.buf[w.start..w.end];
                assert_eq!(REMOVAL_CLASSES.of_word(&view, w), removal_class(word), "{word}");
            }
        }
    }

    fn removal_of(headline: &str) -> Removal {
        Removal::of_heads(removal_objects(&View::new(headline, 0, headline.len())))
    }

    #[test]
    fn a_removal_names_the_head_of_what_it_takes_away() {
        assert_eq!(removal_of("Board plans to close the old Marrow Lane library").heads, vec![stem("library")]);
        assert_eq!(removal_of("Ferry route to be scrapped next spring").heads, vec![stem("route")]);
        assert_eq!(removal_of("Town weighs ban on leaf blowers after complaints").heads, vec![stem("blowers")]);
        assert_eq!(removal_of("Mill owners to phase out night shifts").heads, vec![stem("shifts")]);
        assert_eq!(removal_of("Ministry wants to kill the ferry subsidy").heads, vec![stem("subsidy")]);
        assert!(removal_of("Storm kills three walkers on the fells").heads.is_empty());
        // What a plan gives up or replaces is removed too.
        assert_eq!(removal_of("Club to sell tickets online instead of paper vouchers").heads, vec![stem("vouchers")]);
        assert_eq!(removal_of("Port plans to replace its cranes").heads, vec![stem("cranes")]);
        // A pronoun object: what it is replaced with is not removed.
        let r = removal_of("Trust plans to demolish the old Tanner Hall and replace it with a block of flats");
        assert_eq!(r.heads, vec![stem("hall")]);
        assert!(removal_of("Council to ditch them for larger bins").heads.is_empty());
        // A charge or limit laid on something acts against it too.
        assert_eq!(removal_of("Region weighs fee on cheap parcels to ease ports").heads, vec![stem("parcels")]);
        assert!(removal_of("Town sets a charge of five pounds").heads.is_empty());
        // A charge or limit that is itself taken away frees what it lay
        // on: the charge is the thing removed, not its object.
        // Any word for a charge then names it.
        for (headline, charge) in [
            ("Pact cuts tariffs on Corran olives", "tariffs"),
            ("Board to phase out the duties on bicycles", "duties"),
            ("Town scraps its fee on coach parking", "fee"),
        ] {
            let r = removal_of(headline);
            assert_eq!(r.heads[0], stem(charge), "{headline}");
            assert!(r.is_head("tax") && r.is_head("levies") && r.is_head("charge"), "{headline}");
            assert!(!r.is_head("olives") && !r.is_head("bicycles") && !r.is_head("parking"), "{headline}");
            assert!(!r.is_head("cap"), "{headline}");
        }
        // What a trade gives up, or a plan stops for a while.
        let r = removal_of("Framework would swap duties for a quota on Vell exports");
        assert!(r.is_head("duties") && r.is_head("tariff"));
        assert!(removal_of("Ministers to suspend the Harbin ferry service").is_head("service"));
        // Charges laid on something bring in no other charge word.
        assert!(!removal_of("Region weighs fee on cheap parcels to ease ports").is_head("tax"));
        // One laid on or kept by another verb still acts against it.
        assert_eq!(removal_of("Town adds a fee on coach parking").heads, vec![stem("parking")]);
        assert_eq!(removal_of("Ministers keep duties on bicycles").heads, vec![stem("bicycles")]);
        // Shut to others, not away: nothing is removed.
        assert!(removal_of("Council votes to close harbour road to lorries").heads.is_empty());
        assert!(removal_of("Library opens new reading room").heads.is_empty());
        // Bringing back what was cut removes nothing; the cut is history.
        assert!(removal_of("Board would restore the night bus, years after the city cut the route").heads.is_empty());
        assert!(removal_of("Town weighs bringing back the ferry it scrapped in 2010").heads.is_empty());
        // A cut in another sentence is still a removal.
        assert_eq!(
            removal_of("Ferry restored. Board plans to close the old Marrow Lane library").heads,
            vec![stem("library")]
        );
    }

    #[test]
    fn ground_a_plan_is_built_on_or_covers_is_taken_away() {
        // Any word for open ground then names it.
        let r = removal_of("A wind farm will be built on moorland above Garsby after a narrow vote");
        assert!(r.is_head("moorland") && r.is_head("land") && r.is_head("fields"));
        assert!(!r.is_head("farm") && !r.is_head("garsby"));
        let r = removal_of("Brenlow Power wants to cover about 300 acres of meadows near Tilby with panels");
        assert!(r.is_head("meadows") && !r.is_head("acres") && !r.is_head("panels"));
        assert!(removal_of("Depot to be built across the old Harlan marshes").is_head("marsh"));
        // Ground is not brought in by a removal of something else.
        assert!(!removal_of("Board plans to close the old Marrow Lane library").is_head("land"));
        // Building on something, covering a cost, or built somewhere else
        // takes no ground.
        assert!(removal_of("Council is building on the success of the pilot").heads.is_empty());
        assert!(removal_of("The grant will cover the cost of new roofs").heads.is_empty());
        assert!(removal_of("The hall was built in 1904 by the mill owners").heads.is_empty());
        // Only open ground: not the plan's own place, not what a thing
        // rests on, not what pays for it.
        assert!(removal_of("The arena would be built on Site 6, by the station").heads.is_empty());
        assert!(removal_of("Their plans are built on the success of last season").heads.is_empty());
        assert!(removal_of("The insurer will cover the rebuild with its payout").heads.is_empty());
        assert!(removal_of("A road will be built across Denby Vale").heads.is_empty());
    }

    #[test]
    fn only_sentences_that_judge_the_thing_removed_are_reversed() {
        let r = removal_of("Board plans to close the old Marrow Lane library");
        let judged = |s: &str| {
            let v = View::new(s, 0, s.len());
            r.judged(&v).into_iter().map(|(a, b)| v.norm.buf[a..b].to_string()).collect::<Vec<_>>()
        };
        assert_eq!(
            judged("The library is a lifeline. It is warm and it is free."),
            vec!["the library is a lifeline", "it is warm and it is free"]
        );
        // Talk of the removal itself, a look ahead, or a yardstick.
        assert!(judged("Closing the library is a mistake.").is_empty());
        assert!(judged("Children would miss the library.").is_empty());
        assert!(judged("The new hub holds twice as many books as the library.").is_empty());
        assert!(judged("The roof leaks in winter.").is_empty());
        // A wish to keep it names it through a pronoun; keeping something
        // else does not.
        assert_eq!(judged("It is a gem worth saving."), vec!["it is a gem worth saving"]);
        assert_eq!(judged("Fight to keep it open!"), vec!["fight to keep it open"]);
        assert!(judged("They keep the park tidy.").is_empty());
        // Keeping it in some state keeps nothing from the plan.
        assert!(judged("A hall that can't heat its rooms in January won't keep them cool in July.").is_empty());
        assert_eq!(judged("We just want to keep it."), vec!["we just want to keep it"]);
        // The same word as a verb is not the thing.
        let r = removal_of("Trust to end night care at Olm ward");
        let v = View::new("We care about every mother.", 0, 27);
        assert!(r.judged(&v).is_empty());
    }

    #[test]
    fn a_word_for_a_charge_names_a_charge_taken_away() {
        let judged = |headline: &str, s: &str| {
            let r = removal_of(headline);
            let v = View::new(s, 0, s.len());
            r.judged(&v).into_iter().map(|(a, b)| v.norm.buf[a..b].to_string()).collect::<Vec<_>>()
        };
        // A story that takes the charge away: the charge words name it.
        let scraps = "Council to scrap its parking fees at Hollin Quay";
        assert_eq!(
            judged(scraps, "Every levy on parking is a tax on shoppers."),
            vec!["every levy on parking is a tax on shoppers"]
        );
        // Still not talk of the removal, a cap, or a look ahead.
        assert!(judged(scraps, "Scrapping the fees is a gamble.").is_empty());
        assert!(judged(scraps, "A cap on fees was fairer.").is_empty());
        assert!(judged(scraps, "The fees would fund a bus.").is_empty());
        // A story that lays a charge or closes something: a charge word
        // in a speaker's words is the plan's measure, judged as it stands.
        assert!(judged("Region weighs fee on cheap parcels to ease ports", "The fee is a tax on parcels.").is_empty());
        assert!(
            judged("Board plans to close the old Marrow Lane library", "The library tax is a fair one.").is_empty()
        );
    }
}
