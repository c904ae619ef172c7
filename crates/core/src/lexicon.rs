//! The word lists the parser reads, compiled in from `data/` and parsed once.
//!
//! Keeping them as data lets a person review and extend them without reading
//! the parser; see the comments at the top of each file for the format.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// What a reporting verb reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// Saying: the clause or quote after it is the speaker's words.
    Speech,
    /// Believing, hoping, fearing: the clause after it is a stated view.
    Cognition,
    /// A position on something named: praise, criticise, defend.
    Stance,
    /// Asking: the words are a question.
    Question,
}

/// One line of `data/verbs.txt`.
#[derive(Debug)]
pub(crate) struct Verb {
    pub lemma: &'static str,
    pub class: VerbClass,
    /// May take a listener before its content: `told reporters that …`.
    pub recipient: bool,
    /// Counts only when one of these follows within two words.
    pub after: Vec<&'static str>,
    /// Counts only when one of these nouns follows within three words; the
    /// cue's lemma is then `lemma noun` (index-aligned with `object_lemmas`).
    pub object: Vec<&'static str>,
    pub object_lemmas: Vec<&'static str>,
    /// Does not count when one of these follows directly.
    pub not: Vec<&'static str>,
    /// Does not count when one of these nouns follows within four words
    /// (`reported an operating loss`).
    pub unless: Vec<&'static str>,
    /// Counts only when a clause, a quote or `as` follows.
    pub clause: bool,
}

/// Bit flags describing a lowercase word; one lookup gives them all.
pub(crate) mod flag {
    pub const HONORIFIC: u32 = 1 << 0;
    pub const MALE: u32 = 1 << 1;
    pub const FEMALE: u32 = 1 << 2;
    pub const TITLE: u32 = 1 << 3;
    pub const SUFFIX: u32 = 1 << 4;
    pub const ROLE: u32 = 1 << 5;
    pub const GROUP: u32 = 1 << 6;
    pub const ORG: u32 = 1 << 7;
    pub const PUBLICATION: u32 = 1 << 8;
    pub const PLACE: u32 = 1 << 9;
    pub const NATIONALITY: u32 = 1 << 10;
    pub const COMMON: u32 = 1 << 11;
    pub const DET: u32 = 1 << 12;
    pub const PRONOUN: u32 = 1 << 13;
    pub const RELATIVE: u32 = 1 << 14;
    pub const PREP: u32 = 1 << 15;
    pub const AUX: u32 = 1 << 16;
    pub const MODAL: u32 = 1 << 17;
    pub const ADVERB: u32 = 1 << 18;
    pub const CONJ: u32 = 1 << 19;
    pub const SUBORD: u32 = 1 << 20;
    pub const GENERIC: u32 = 1 << 21;
    pub const VERB: u32 = 1 << 22;
    pub const DOCUMENT: u32 = 1 << 23;
    pub const BE: u32 = 1 << 24;
    pub const NUMBER: u32 = 1 << 25;
    pub const EVALUATIVE: u32 = 1 << 26;
    pub const FURNITURE: u32 = 1 << 27;
    /// Trade nouns that name a business by what it does (`chipmaker`):
    /// `speakers::TRADES`.
    pub const TRADE: u32 = 1 << 28;
    /// What a person founds or runs (`founded`, `runs`): `speakers::FOUNDED`.
    pub const FOUNDED: u32 = 1 << 29;
    /// Words without which no paragraph is an affiliate disclosure or a
    /// copyright line: `attribution::DISCLOSURE_WORDS`.
    pub const DISCLOSURE: u32 = 1 << 30;
    /// Documents that speak for whoever issued them (`statement`, `memo`):
    /// `attribution::DOCUMENTS`. Not a word class: a word with no other
    /// flag is still one the lexicon does not know (see
    /// [`crate::speakers::Words::unknown`]).
    pub const ISSUED: u32 = 1 << 31;
}

// Grammar words: closed classes, so they live in the code rather than in a
// data file. Each list says what the parser does with the words.

/// Start a noun phrase; a phrase read leftwards stops after one.
const DETERMINERS: &str = "the a an this that these those his her its their our my your some many several \
    most other both all each every few no any another such whose";
/// Subjects that refer back.
const PRONOUNS: &str = "he she they it we i you";
/// Open a relative clause whose subject is the phrase before it.
const RELATIVES: &str = "who which whom";
/// Prepositions: end a subject phrase read leftwards, unless they join a
/// post-modifier (`a spokesman for the ministry`).
const PREPOSITIONS: &str = "of in on at by for with from to into about over under after before during since \
    between among through against without within via per than as like including despite amid toward towards \
    upon across behind near along around beyond outside inside onto throughout beside alongside off";
/// Auxiliaries that may stand between a subject and its verb.
/// (With their negative contractions: `didn't immediately respond` must read
/// as `did not immediately respond`, not as a subject ending in `didn't`.)
const AUXILIARIES: &str = "is was are were be been being has have had do does did 's \
    isn't wasn't aren't weren't hasn't haven't hadn't don't doesn't didn't";
const BE_FORMS: &str = "is was are were be been being";
/// Modals: a verb after one reports no actual speech (`could claim`).
const MODALS: &str = "can could may might will would shall should must \
    can't cannot couldn't won't wouldn't shouldn't mustn't";
/// Adverbs that may stand between a subject and its verb (`Moon repeatedly said`).
const ADVERBS: &str = "also meanwhile again still later earlier previously repeatedly consistently once now \
    then today yesterday recently reportedly publicly privately separately too further first last already \
    never not always often long quickly immediately initially originally subsequently simply just even only \
    tonight tomorrow this week month year morning afternoon evening night monday tuesday wednesday thursday \
    friday saturday sunday had however though yet nonetheless nevertheless instead indeed therefore thus \
    accordingly consequently likewise";
const CONJUNCTIONS: &str = "and or but nor yet &";
/// Open a subordinate clause: a new speaker may start after one.
const SUBORDINATORS: &str = "although though while whereas because since if unless when whether so as but";
/// Subjects too vague to be a speaker (`people say`).
const GENERIC: &str = "people others everyone everybody anyone anybody someone somebody nobody many some \
    most few those all one none something it's";
/// Nouns for texts that speak through their authors (`a new report says`).
const DOCUMENTS: &str = "report study survey statement letter poll paper analysis review document documents \
    presentation submission records data tally count calculations notes transcript minutes \
    filing memo audit findings research data figures estimate estimates assessment";
const NUMBERS: &str = "one two three four five six seven eight nine ten eleven twelve twenty thirty forty \
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens";
/// Adjectives that describe rather than name (`the influential committee`):
/// dropped from the front of a speaker's name.
const EVALUATIVE: &str = "new influential powerful senior leading prominent top key main so-called major \
    unnamed anonymous certain various other several some many biggest largest";
/// Labels that sit before a colon in headlines without naming a speaker.
const FURNITURE: &str = "watch video live breaking exclusive analysis opinion update explainer review \
    interview photos pictures factbox timeline editorial comment letters read related more listen podcast \
    correction clarification";

/// All word lists.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub verbs: Vec<Verb>,
    // Keyed by bytes so that a word folded into a stack buffer is looked up
    // as it is, without a UTF-8 check on every token.
    forms: FxHashMap<&'static [u8], Vec<u16>>,
    // (Keys are the lists' own words, borrowed, except the hyphenated
    // titles made from two lists, which are owned.)
    words: FxHashMap<Cow<'static, [u8]>, u32>,
    /// The flags of every word of at most 16 bytes, keyed by its bytes
    /// packed into an integer (see [`pack`]): the parser looks up nearly
    /// every token, and hashing and comparing one integer costs a fraction
    /// of hashing a slice and comparing it with `memcmp`.
    short: ShortTable,
    /// The words of `short` of at most 8 bytes again, keyed by a `u64`.
    short8: ProbeTable<u64>,
}

/// A packed word as a key of a [`ProbeTable`]: 0 marks an empty slot (no
/// packed word is 0: words are not empty and hold no NUL byte).
trait PackedKey: Copy + PartialEq {
    const EMPTY: Self;
    /// The key folded to 64 bits, before the slot's multiply.
    fn fold64(self) -> u64;
}

impl PackedKey for u128 {
    const EMPTY: u128 = 0;
    fn fold64(self) -> u64 {
        (self as u64) ^ ((self >> 64) as u64).wrapping_mul(ProbeTable::<u128>::K).rotate_left(29)
    }
}

impl PackedKey for u64 {
    const EMPTY: u64 = 0;
    fn fold64(self) -> u64 {
        self
    }
}

/// Packed short words and their flags in an open-addressed table with
/// linear probing, at most a quarter full: a lookup is one multiply and,
/// nearly always, one or two compares of integers, where a general hash map
/// spends several times that on every token. The table is fixed when the
/// lexicon is built, so the longest run of probes is fixed too: no text can
/// make the lookups slower. Keyed by a `u128` for every word of at most 16
/// bytes, and again by a `u64` for those of at most 8 (most words of news
/// text), whose hashing and comparing take about half the operations.
#[derive(Debug)]
struct ProbeTable<K> {
    keys: Vec<K>,
    flags: Vec<u32>,
    /// 64 minus the number of bits of a slot index.
    shift: u32,
}

impl<K: PackedKey> ProbeTable<K> {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    /// The table of `entries`, none of them keyed 0.
    fn new(entries: &[(K, u32)]) -> ProbeTable<K> {
        let mut bits = 4;
        while (1usize << bits) < entries.len() * 4 {
            bits += 1;
        }
        let mut table = ProbeTable { keys: vec![K::EMPTY; 1 << bits], flags: vec![0; 1 << bits], shift: 64 - bits };
        let mask = table.keys.len() - 1;
        for &(key, bits) in entries {
            let mut i = table.slot(key);
            while table.keys[i] != K::EMPTY && table.keys[i] != key {
                i = (i + 1) & mask;
            }
            table.keys[i] = key;
            table.flags[i] = bits;
        }
        table
    }

    fn slot(&self, key: K) -> usize {
        (key.fold64().wrapping_mul(Self::K) >> self.shift) as usize
    }

    /// The flags of a packed word (0 for a word not in the table). `key`
    /// is not 0.
    fn get(&self, key: K) -> u32 {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return self.flags[i];
            }
            if k == K::EMPTY {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The words of at most 16 bytes, and the flags of the empty word, should
/// a list hold one (the packed empty word is 0, which marks empty slots).
#[derive(Debug)]
struct ShortTable {
    table: ProbeTable<u128>,
    zero: u32,
}

impl ShortTable {
    fn new(entries: &[(u128, u32)]) -> ShortTable {
        let zero = entries.iter().find(|&&(key, _)| key == 0).map_or(0, |&(_, bits)| bits);
        let nonzero: Vec<(u128, u32)> = entries.iter().copied().filter(|&(key, _)| key != 0).collect();
        ShortTable { table: ProbeTable::new(&nonzero), zero }
    }

    /// The flags of a packed word (0 for a word not in the table).
    fn get(&self, key: u128) -> u32 {
        if key == 0 {
            return self.zero;
        }
        self.table.get(key)
    }
}

/// The entries of a [`ShortTable`] whose words have at most 8 bytes (keys
/// below 2^64), keyed by a `u64`.
fn short8_table(entries: &[(u128, u32)]) -> ProbeTable<u64> {
    let entries: Vec<(u64, u32)> = entries
        .iter()
        .filter_map(|&(key, bits)| Some((u64::try_from(key).ok()?, bits)))
        .filter(|&(key, _)| key != 0)
        .collect();
    ProbeTable::new(&entries)
}

/// The bytes of a lowercase word of at most 16 bytes as one integer, the
/// first byte lowest. No lexicon word holds a NUL byte, so the zero padding
/// keeps words of different lengths apart.
fn pack(lower: &[u8]) -> Option<u128> {
    if lower.len() > 16 || lower.contains(&0) {
        return None;
    }
    Some(lower.iter().rev().fold(0u128, |k, &b| (k << 8) | u128::from(b)))
}

static VERBS: &str = include_str!("../data/verbs.txt");
static NAMES: &str = include_str!("../data/names.txt");

/// The lexicon, parsed on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse(VERBS, NAMES));

impl Lexicon {
    fn parse(verbs_text: &'static str, names_text: &'static str) -> Lexicon {
        let mut verbs = Vec::new();
        let mut forms: FxHashMap<&'static [u8], Vec<u16>> = FxHashMap::default();
        for line in verbs_text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let Some((lemma, rest)) = line.split_once(':') else {
                continue;
            };
            let mut parts = rest.split(';').map(str::trim);
            let word_forms = parts.next().unwrap_or("");
            let class = match parts.next().unwrap_or("") {
                "speech" => VerbClass::Speech,
                "cognition" => VerbClass::Cognition,
                "stance" => VerbClass::Stance,
                "question" => VerbClass::Question,
                // A typo in the data file must not silently drop a verb: the
                // unit test `every_verb_line_parses` catches it.
                _ => continue,
            };
            let lemma = lemma.trim();
            let mut verb = Verb {
                lemma,
                class,
                recipient: false,
                after: Vec::new(),
                object: Vec::new(),
                object_lemmas: Vec::new(),
                not: Vec::new(),
                unless: Vec::new(),
                clause: false,
            };
            for option in parts {
                if option == "recipient" {
                    verb.recipient = true;
                } else if option == "clause" {
                    verb.clause = true;
                } else if let Some(words) = option.strip_prefix("after=") {
                    verb.after = words.split('|').collect();
                } else if let Some(words) = option.strip_prefix("not=") {
                    verb.not = words.split('|').collect();
                } else if let Some(words) = option.strip_prefix("unless=") {
                    verb.unless = words.split('|').collect();
                } else if let Some(words) = option.strip_prefix("object=") {
                    verb.object = words.split('|').collect();
                    // The combined lemmas are made once and live for the
                    // program: a bounded, one-time cost.
                    verb.object_lemmas = verb
                        .object
                        .iter()
                        .map(|noun| &*Box::leak(format!("{lemma} {noun}").into_boxed_str()))
                        .collect();
                }
            }
            let index = verbs.len() as u16;
            for form in word_forms.split_whitespace() {
                forms.entry(form.as_bytes()).or_default().push(index);
            }
            verbs.push(verb);
        }

        let mut sections: FxHashMap<&'static str, FxHashSet<&'static str>> = FxHashMap::default();
        let mut current = "";
        for line in names_text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
                continue;
            }
            let set = sections.entry(current).or_default();
            set.extend(line.split_whitespace());
        }
        let mut words: FxHashMap<Cow<'static, [u8]>, u32> = FxHashMap::default();
        let mut add = |list: &mut dyn Iterator<Item = &'static str>, bits: u32| {
            for w in list {
                *words.entry(Cow::Borrowed(w.as_bytes())).or_default() |= bits;
            }
        };
        // (Read before the sections become flags, for the compounds below.)
        let prefixes = sections.remove("title_prefixes").unwrap_or_default();
        let titles: Vec<&'static str> =
            sections.get("titles").map(|set| set.iter().copied().collect()).unwrap_or_default();
        for (name, bits) in [
            ("honorifics", flag::HONORIFIC),
            ("male", flag::MALE),
            ("female", flag::FEMALE),
            ("male_names", flag::MALE),
            ("female_names", flag::FEMALE),
            ("titles", flag::TITLE),
            ("suffixes", flag::SUFFIX),
            ("roles", flag::ROLE),
            ("groups", flag::GROUP),
            ("organizations", flag::ORG),
            ("publications", flag::PUBLICATION),
            ("places", flag::PLACE),
            ("nationalities", flag::NATIONALITY),
            ("common", flag::COMMON),
        ] {
            let set = sections.remove(name).unwrap_or_default();
            add(&mut set.into_iter(), bits);
        }
        for (list, bits) in [
            (DETERMINERS, flag::DET),
            (PRONOUNS, flag::PRONOUN),
            (RELATIVES, flag::RELATIVE),
            (PREPOSITIONS, flag::PREP),
            (AUXILIARIES, flag::AUX),
            (BE_FORMS, flag::BE),
            (MODALS, flag::MODAL),
            (ADVERBS, flag::ADVERB),
            (CONJUNCTIONS, flag::CONJ),
            (SUBORDINATORS, flag::SUBORD),
            (GENERIC, flag::GENERIC),
            (DOCUMENTS, flag::DOCUMENT),
            (NUMBERS, flag::NUMBER),
            (EVALUATIVE, flag::EVALUATIVE),
            (FURNITURE, flag::FURNITURE),
        ] {
            add(&mut list.split_whitespace(), bits);
        }
        // Two lists of the name rules, kept beside them, read as flags: a
        // phrase's analysis asks about them for most of its words, and one
        // flag test costs a fraction of comparing the word with every entry.
        for (list, bits) in [
            (crate::speakers::TRADES, flag::TRADE),
            (crate::speakers::FOUNDED, flag::FOUNDED),
            (crate::attribution::DISCLOSURE_WORDS, flag::DISCLOSURE),
            (&crate::attribution::DOCUMENTS, flag::ISSUED),
        ] {
            add(&mut list.iter().copied(), bits);
        }
        // A title joined to a prefix by a hyphen (`Vice-Chairman`,
        // `Deputy-Governor`, `Co-Founder`) is the same title as its
        // unhyphenated form (`Vice Chairman`, two title words), and is
        // stripped from a name and read as a role as its head word is.
        // The compounds are made once, from the two lists, with the
        // lexicon: a bounded, one-time cost, and no extra work per token.
        for prefix in prefixes {
            for &title in &titles {
                let bits = words.get(title.as_bytes()).copied().unwrap_or(0);
                *words.entry(Cow::Owned(format!("{prefix}-{title}").into_bytes())).or_default() |= bits;
            }
        }
        for &form in forms.keys() {
            *words.entry(Cow::Borrowed(form)).or_default() |= flag::VERB;
        }
        let short: Vec<(u128, u32)> = words.iter().filter_map(|(w, &bits)| Some((pack(w)?, bits))).collect();
        let short8 = short8_table(&short);
        let short = ShortTable::new(&short);
        Lexicon { verbs, forms, words, short, short8 }
    }

    /// The flags of a lowercase word (0 for unknown words).
    pub fn flags(&self, lower: &str) -> u32 {
        self.folded_flags(lower.as_bytes())
    }

    fn folded_flags(&self, lower: &[u8]) -> u32 {
        match pack(lower) {
            Some(key) => self.short.get(key),
            None => self.words.get(lower).copied().unwrap_or(0),
        }
    }

    /// The verb entries a lowercase word form belongs to.
    fn verb_forms_of(&self, lower: &[u8]) -> &[u16] {
        self.forms.get(lower).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The verb entries of a word already folded by [`fold`].
    pub fn verb_forms(&self, lower: &str) -> &[u16] {
        self.verb_forms_of(lower.as_bytes())
    }

    /// The flags of a word as written (0 for unknown words): [`fold`] and
    /// [`Lexicon::flags`] in one, for the parser's per-token lookups.
    pub fn word_flags(&self, word: &str) -> u32 {
        let bytes = word.as_bytes();
        // Most words are short and ASCII: lowercase and pack them in one
        // pass. A NUL byte is in no entry (and must not pass for padding).
        if bytes.len() <= 16 && bytes.iter().all(|&b| b.is_ascii() && b != 0) {
            let key = bytes.iter().rev().fold(0u128, |k, &b| (k << 8) | u128::from(b.to_ascii_lowercase()));
            return self.short.get(key);
        }
        let mut buf = [0u8; 32];
        fold_bytes(word, &mut buf).map_or(0, |lower| self.folded_flags(lower))
    }

    /// [`Lexicon::word_flags`] of `text[start..end]`, for the parser's
    /// per-token lookups: a word of at most 16 bytes with 16 bytes of text
    /// from its start is loaded as one integer and lowercased in a few
    /// operations on all its bytes at once (SWAR), without a loop over
    /// its bytes or a copy.
    pub fn word_flags_in(&self, text: &str, start: usize, end: usize) -> u32 {
        // The mask of a word's first `n` bytes, read from a table: a shift
        // of a 128-bit integer by a variable amount takes several
        // instructions and a branch, on every token.
        const KEEP: [u128; 17] = {
            let mut keep = [0u128; 17];
            let mut n = 1;
            while n <= 16 {
                keep[n] = (keep[n - 1] << 8) | 0xff;
                n += 1;
            }
            keep
        };
        const ONES: u128 = u128::from_le_bytes([1; 16]);
        const HIGH: u128 = ONES * 0x80;
        let n = end - start;
        // Most words have at most 8 bytes: the same test on one 64-bit
        // integer takes half the operations of the 128-bit one.
        // (`first_chunk` checks the length once, where a range checks
        // both its ends.)
        // (An empty word, which no token is, goes the 128-bit way, to the
        // table that knows the empty word.)
        if let (true, Some(chunk)) =
            ((1..=8).contains(&n), text.as_bytes().get(start..).and_then(<[u8]>::first_chunk::<8>))
        {
            const ONES: u64 = u64::from_le_bytes([1; 8]);
            const HIGH: u64 = ONES * 0x80;
            // (A shift of a 64-bit integer is one instruction, with no
            // table read and no bounds check; `n` is 1 to 8.)
            let keep = u64::MAX >> (64 - 8 * n);
            let x = u64::from_le_bytes(*chunk) & keep;
            if x & HIGH == 0 && (x + ONES * 0x7f) & HIGH & keep == HIGH & keep {
                let upper = (x + ONES * 0x3f) & !(x + ONES * 0x25) & HIGH;
                // Not 0: the word has at least one byte, none of them 0.
                return self.short8.get(x | (upper >> 2));
            }
        }
        if let (true, Some(chunk)) = (n <= 16, text.as_bytes().get(start..).and_then(<[u8]>::first_chunk::<16>)) {
            let keep = KEEP[n];
            let x = u128::from_le_bytes(*chunk) & keep;
            // Every byte below 0x80 (so no sum below carries into the next
            // byte), and none of the word's bytes zero (padding is zero).
            if x & HIGH == 0 && (x + ONES * 0x7f) & HIGH & keep == HIGH & keep {
                // A byte is upper case when it is at least `A` (0x41) and
                // below `[` (0x5b); its 0x20 bit then makes it lower case.
                let upper = (x + ONES * 0x3f) & !(x + ONES * 0x25) & HIGH;
                return self.short.get(x | (upper >> 2));
            }
        }
        self.word_flags(&text[start..end])
    }

    /// The verb entries a word as written belongs to.
    pub fn word_verb_forms(&self, word: &str) -> &[u16] {
        let mut buf = [0u8; 32];
        fold_bytes(word, &mut buf).map_or(&[], |lower| self.verb_forms_of(lower))
    }
}

/// Lowercases an ASCII-ish word into `buf` for lexicon lookups, turning a
/// curly apostrophe into a straight one. Returns `None` for words that are too
/// long or not mostly ASCII: no lexicon entry looks like that.
///
/// Runs for nearly every word of every block, so it reads bytes rather than
/// decoding characters: in valid UTF-8 a non-ASCII byte can only start a
/// curly apostrophe (three bytes) or some other character (`None`).
pub(crate) fn fold<'b>(word: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    // A word with no capital and nothing but ASCII (most words) is its own
    // fold: it is returned as it is, with no copy to check for UTF-8 again.
    if word.len() <= buf.len() && word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Some(word);
    }
    std::str::from_utf8(fold_bytes(word, buf)?).ok()
}

/// [`fold`], as bytes (always ASCII).
fn fold_bytes<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    const RIGHT: &[u8] = "\u{2019}".as_bytes();
    const LEFT: &[u8] = "\u{2018}".as_bytes();
    let bytes = word.as_bytes();
    // An ASCII word (nearly every one) is copied and lowercased in place,
    // without a test per byte.
    if bytes.len() <= buf.len() && bytes.is_ascii() {
        let out = &mut buf[..bytes.len()];
        out.copy_from_slice(bytes);
        out.make_ascii_lowercase();
        return Some(out);
    }
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = if bytes[i].is_ascii() {
            i += 1;
            bytes[i - 1].to_ascii_lowercase()
        } else if bytes[i..].starts_with(RIGHT) || bytes[i..].starts_with(LEFT) {
            i += RIGHT.len();
            b'\''
        } else {
            return None;
        };
        if n == buf.len() {
            return None;
        }
        buf[n] = b;
        n += 1;
    }
    Some(&buf[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_line_parses() {
        let lines = VERBS.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()).count();
        assert_eq!(LEXICON.verbs.len(), lines, "a line of verbs.txt has an unknown class");
    }

    #[test]
    fn forms_map_to_lemmas() {
        let lex = &*LEXICON;
        let said = lex.word_verb_forms("Said");
        assert_eq!(lex.verbs[said[0] as usize].lemma, "say");
        let expressed = lex.word_verb_forms("expressed");
        let verb = &lex.verbs[expressed[0] as usize];
        assert!(verb.object_lemmas.contains(&"express concern"));
        assert!(lex.word_verb_forms("sandwich").is_empty());
    }

    #[test]
    fn sections_are_read() {
        let lex = &*LEXICON;
        assert_ne!(lex.flags("mr") & flag::HONORIFIC, 0);
        assert_ne!(lex.flags("officials") & flag::GROUP, 0);
        assert_ne!(lex.flags("committee") & flag::ORG, 0);
        assert_ne!(lex.flags("beijing") & flag::PLACE, 0);
        assert_ne!(lex.flags("meanwhile") & flag::COMMON, 0);
        assert_ne!(lex.flags("said") & flag::VERB, 0);
        assert_ne!(lex.flags("the") & flag::DET, 0);
        assert_eq!(lex.flags("sandwich"), 0);
    }

    #[test]
    fn name_rule_lists_are_read_as_flags() {
        let lex = &*LEXICON;
        for w in crate::speakers::TRADES {
            assert_ne!(lex.word_flags(&w.to_ascii_uppercase()) & flag::TRADE, 0, "{w}");
        }
        for w in crate::speakers::FOUNDED {
            assert_ne!(lex.word_flags(w) & flag::FOUNDED, 0, "{w}");
        }
        for w in crate::attribution::DISCLOSURE_WORDS {
            assert_ne!(lex.word_flags(&w.to_ascii_uppercase()) & flag::DISCLOSURE, 0, "{w}");
        }
        for w in crate::attribution::DOCUMENTS {
            assert_ne!(lex.word_flags(&w.to_ascii_uppercase()) & flag::ISSUED, 0, "{w}");
        }
        assert_eq!(lex.word_flags("notes") & flag::ISSUED, 0);
        assert_eq!(lex.word_flags("Quillon") & (flag::TRADE | flag::FOUNDED | flag::DISCLOSURE), 0);
        assert_eq!(lex.word_flags("companies") & flag::TRADE, 0);
    }

    #[test]
    fn fold_lowercases_and_straightens_apostrophes() {
        let mut buf = [0; 32];
        assert_eq!(fold("Don\u{2019}t", &mut buf), Some("don't"));
        assert_eq!(fold("Jae-in", &mut buf), Some("jae-in"));
        assert_eq!(fold("Zürich", &mut buf), None);
        assert_eq!(fold(&"x".repeat(40), &mut buf), None);
        assert_eq!(fold("\u{2018}Tis", &mut buf), Some("'tis"));
        assert_eq!(fold("caf\u{e9}", &mut buf), None);
        assert_eq!(fold("a\u{2014}b", &mut buf), None);
        assert_eq!(fold(&"x".repeat(32), &mut buf), Some(&*"x".repeat(32)));
    }

    #[test]
    fn packed_lookups_agree_with_the_word_map() {
        let lex = &*LEXICON;
        // Every entry, as written in any case, through the packed keys.
        for (w, &bits) in &lex.words {
            let w = std::str::from_utf8(w).unwrap();
            assert_eq!(lex.flags(w), bits, "{w}");
            assert_eq!(lex.word_flags(&w.to_ascii_uppercase()), bits, "{w}");
        }
        // A curly apostrophe folds a long word short; a NUL is no padding.
        assert_eq!(lex.word_flags("Don\u{2019}t"), lex.flags("don't"));
        assert_eq!(lex.word_flags("the\0"), 0);
        assert_eq!(lex.word_flags("t\0he"), 0);
        assert_eq!(lex.word_flags("spokeswomanspokeswoman"), 0);
        assert_eq!(lex.word_flags(""), 0);
    }

    #[test]
    fn words_in_text_are_looked_up_as_alone() {
        let lex = &*LEXICON;
        let text = "The Spokeswoman SAID Don\u{2019}t @[`{ AZaz09 t\0he Zürich officials' \
            representatives spokeswomanspokeswoman SaId the";
        // Every slice on char boundaries, of every length up to 24 bytes,
        // including those near the end (fewer than 16 bytes after them).
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len().min(start + 24)).filter(|&i| text.is_char_boundary(i)) {
                let word = &text[start..end];
                assert_eq!(lex.word_flags_in(text, start, end), lex.word_flags(word), "{word:?}");
            }
        }
        assert_ne!(lex.word_flags_in(text, 0, 3), 0);
    }
}
