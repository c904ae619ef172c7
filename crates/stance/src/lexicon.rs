//! The cue lexicon: `data/lexicon.toml`, compiled in, parsed once, and
//! turned into one Aho-Corasick automaton over every word and phrase.
//!
//! A phrase can play several roles at once ("great" is an optimistic cue and
//! an intensifier; "against" is a cautious cue and ends a negative event), so
//! each pattern carries a [`Roles`] record and the scorer decides which role
//! applies where.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind, PatternID, dfa, nfa};
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

/// The lexicon as a person reads and edits it.
const LEXICON_TOML: &str = include_str!("../data/lexicon.toml");
/// General sentiment words (a subset of VADER), read as a weak backoff.
const SENTIMENT_TSV: &str = include_str!("../data/sentiment.tsv");

/// The built-in lexicon, parsed and compiled on first use.
///
/// The data is part of the crate and a unit test loads it, so a failure here
/// is a build defect, not an input error.
pub(crate) static DEFAULT: LazyLock<Arc<Lexicon>> =
    LazyLock::new(|| Arc::new(Lexicon::build(&RAW, &[], Search::Nfa).expect("data/lexicon.toml is valid")));

/// The built-in lexicon compiled to a DFA, for [`Search::Dfa`]; built only
/// when asked for.
pub(crate) static DEFAULT_DFA: LazyLock<Arc<Lexicon>> =
    LazyLock::new(|| Arc::new(Lexicon::build(&RAW, &[], Search::Dfa).expect("data/lexicon.toml is valid")));

/// How the lexicon's automaton is compiled. The matches are the same
/// either way; only the cost of building and of searching differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Search {
    /// The automaton that aho-corasick picks for this many keys: quick to
    /// build, for a run over one or a few articles.
    #[default]
    Nfa,
    /// A DFA: about 2.5 times the start-up work and 4 MB more memory, and
    /// a search of about a third fewer instructions, which pays over a
    /// corpus.
    Dfa,
}

static RAW: LazyLock<RawLexicon> = LazyLock::new(|| toml::from_str(LEXICON_TOML).expect("data/lexicon.toml parses"));

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    optimistic: BTreeMap<String, f64>,
    cautious: BTreeMap<String, f64>,
    events: BTreeMap<String, f64>,
    expected: BTreeMap<String, f64>,
    neutral: BTreeMap<String, f64>,
    verbs: RawSides,
    frame: RawSides,
    speakers: RawSides,
    modifiers: RawModifiers,
    proposer: RawProposer,
    relevance: RawRelevance,
    backoff: RawBackoff,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBackoff {
    scale: f64,
    min_valence: f64,
    exclude: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProposer {
    verbs: Vec<String>,
    reporting: Vec<String>,
    deliberating: Vec<String>,
    places: Vec<String>,
    government: Vec<String>,
    government_titles: Vec<String>,
    proxies: Vec<String>,
    generic_bodies: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSides {
    optimistic: BTreeMap<String, f64>,
    cautious: BTreeMap<String, f64>,
    #[serde(default)]
    neutral: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModifiers {
    negators: Vec<String>,
    negation_window: usize,
    enders: Vec<String>,
    ender_window: usize,
    post_enders: Vec<String>,
    scope_breakers: Vec<String>,
    answer_no: Vec<String>,
    answer_yes: Vec<String>,
    contrast: Vec<String>,
    contrast_before: f64,
    contrast_after: f64,
    concessive: Vec<String>,
    concessive_factor: f64,
    conditional: Vec<String>,
    conditional_factor: f64,
    past: Vec<String>,
    present: Vec<String>,
    past_vs_present_factor: f64,
    frame_past: Vec<String>,
    prospect: Vec<String>,
    prospect_weight: f64,
    effect_benefit: Vec<String>,
    effect_burden: Vec<String>,
    effect_weight: f64,
    undergo_gain: Vec<String>,
    undergo_loss: Vec<String>,
    affected: Vec<String>,
    naming_nouns: Vec<String>,
    source_verbs: Vec<String>,
    source_names: Vec<String>,
    source_factor: f64,
    inaction: Vec<String>,
    inaction_factor: f64,
    status_quo: Vec<String>,
    status_quo_factor: f64,
    procedural: Vec<String>,
    deflection: Vec<String>,
    deflection_factor: f64,
    deference: Vec<String>,
    balance: Vec<String>,
    balance_weight: f64,
    endable: Vec<String>,
    consequence: Vec<String>,
    state_factor: f64,
    requirement: Vec<String>,
    requirement_factor: f64,
    reason: Vec<String>,
    reason_factor: f64,
    verdicts: Vec<String>,
    hedges: BTreeMap<String, f64>,
    intensifiers: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelevance {
    off_topic_factor: f64,
    anchors: Vec<String>,
}

/// Which side a cue leans to, and how it reacts to negation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// Leans optimistic.
    Optimistic,
    /// Leans cautious.
    Cautious,
    /// A negative event: cautious, but optimistic when negated or ended.
    Event,
    /// Something a speaker expects to have had (being consulted, a say):
    /// no stance as it stands, cautious when negated ("nobody consulted us").
    Expected,
    /// An idiom without stance: it only masks shorter cues.
    Neutral,
}

/// Everything one pattern can do. Booleans and options, so that two tables
/// naming the same phrase simply merge.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Roles {
    /// A cue in the speaker's words: class and signed weight.
    pub cue: Option<(CueClass, f64)>,
    /// The cue comes from the general sentiment backoff, not the curated
    /// tables.
    pub backoff: bool,
    /// A stance verb in the narrator's frame: signed weight.
    pub frame: Option<f64>,
    pub negator: bool,
    pub ender: bool,
    /// Ends the negative event before it ("inflation has fallen").
    pub post_ender: bool,
    /// Opens a clause that a negator's scope does not cross.
    pub breaker: bool,
    pub answer_no: bool,
    pub answer_yes: bool,
    pub contrast: bool,
    pub concessive: bool,
    pub conditional: bool,
    pub past: bool,
    pub present: bool,
    pub frame_past: bool,
    /// Speaks of what will happen ("will", "would", "plans to").
    pub prospect: bool,
    /// A verb of effect: what a proposal does to those it reaches, a
    /// benefit (`1`: "gives", "lets") or a burden (`-1`: "force", "costs").
    pub effect: i8,
    /// A verb of gain or loss that needs a human subject, what the people
    /// a proposal affects undergo: a gain (`1`: "save", "get") or a loss
    /// (`-1`: "pay", "wait", "close").
    pub undergo: i8,
    /// Names people or bodies that a proposal affects ("families",
    /// "drivers", "small shops").
    pub affected: bool,
    /// States what happens without action ("if we do nothing").
    pub inaction: bool,
    /// Dates a complaint to how things stand ("for too long", "right
    /// now"): the harm in its sentence is the problem a proposal answers.
    pub status_quo: bool,
    /// Marks a consequence ("will", "would", "leads to"): a negative event
    /// in its clause is what the proposal would bring or prevent, not a
    /// description of how things are.
    pub consequence: bool,
    /// States a requirement ("must be", "should be"): the good things after
    /// it in its clause are conditions set, not praise given.
    pub requirement: bool,
    /// Gives the reason for an action ("citing the risks"): the harm after
    /// it in its clause is the action's motive, not the speaker's warning.
    pub reason: bool,
    /// A cautious cue that judges a proposal or a decision itself ("a
    /// white elephant", "we've seen this movie", "a rubber stamp"): never a
    /// harm in the world told as how things stand, so never the problem a
    /// proposal answers.
    pub verdict: bool,
    /// A cautious noun of burden or threat that an ender turns into good
    /// news like a negative event ("reduce the risk", "address concerns").
    pub endable: bool,
    /// Declines to take a side ("a matter for the board", "declined to
    /// comment"): the cues of the utterance count less.
    pub deflection: bool,
    /// A step of procedure ("review", "public comment"): words that lay out
    /// a process, not a case for the proposal.
    pub procedural: bool,
    /// Weighs both sides ("the evidence was mixed", "it cuts both ways"):
    /// the speaker's position is mixed.
    pub balance: bool,
    /// Hands the decision to another body ("a matter for the council",
    /// "implement whatever parliament passes"): the speaker's role in
    /// everything they say, not only in these words.
    pub deference: bool,
    pub hedge: Option<f64>,
    pub intensifier: Option<f64>,
    pub anchor: bool,
}

/// Which roles a hit plays, one bit each: the readings of a view that
/// look only for hits of a given role skip their pass over every hit
/// when no hit of the view has it (see [`RoleSet::of`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct RoleSet(u32);

impl RoleSet {
    pub const NEGATOR: RoleSet = RoleSet(1 << 0);
    pub const ENDER: RoleSet = RoleSet(1 << 1);
    pub const POST_ENDER: RoleSet = RoleSet(1 << 2);
    pub const INTENSIFIER: RoleSet = RoleSet(1 << 3);
    pub const PAST: RoleSet = RoleSet(1 << 4);
    pub const PRESENT: RoleSet = RoleSet(1 << 5);
    pub const PROSPECT: RoleSet = RoleSet(1 << 6);
    /// A verb of effect or of gain and loss (`effect` or `undergo` set).
    pub const EFFECT: RoleSet = RoleSet(1 << 7);
    pub const INACTION: RoleSet = RoleSet(1 << 8);
    pub const STATUS_QUO: RoleSet = RoleSet(1 << 9);
    pub const CONSEQUENCE: RoleSet = RoleSet(1 << 10);
    pub const CONDITIONAL: RoleSet = RoleSet(1 << 11);
    pub const DEFLECTION: RoleSet = RoleSet(1 << 12);
    pub const PROCEDURAL: RoleSet = RoleSet(1 << 13);
    pub const BALANCE: RoleSet = RoleSet(1 << 14);
    pub const DEFERENCE: RoleSet = RoleSet(1 << 15);
    pub const ANCHOR: RoleSet = RoleSet(1 << 16);
    pub const HEDGE: RoleSet = RoleSet(1 << 17);
    pub const CONTRAST: RoleSet = RoleSet(1 << 18);
    pub const CONCESSIVE: RoleSet = RoleSet(1 << 19);
    pub const REQUIREMENT: RoleSet = RoleSet(1 << 20);
    pub const REASON: RoleSet = RoleSet(1 << 21);
    pub const BREAKER: RoleSet = RoleSet(1 << 22);

    /// The roles that `roles` plays, of those above.
    pub(crate) fn of(roles: &Roles) -> RoleSet {
        let bits = [
            (roles.negator, Self::NEGATOR),
            (roles.ender, Self::ENDER),
            (roles.post_ender, Self::POST_ENDER),
            (roles.intensifier.is_some(), Self::INTENSIFIER),
            (roles.past, Self::PAST),
            (roles.present, Self::PRESENT),
            (roles.prospect, Self::PROSPECT),
            (roles.effect != 0 || roles.undergo != 0, Self::EFFECT),
            (roles.inaction, Self::INACTION),
            (roles.status_quo, Self::STATUS_QUO),
            (roles.consequence, Self::CONSEQUENCE),
            (roles.conditional, Self::CONDITIONAL),
            (roles.deflection, Self::DEFLECTION),
            (roles.procedural, Self::PROCEDURAL),
            (roles.balance, Self::BALANCE),
            (roles.deference, Self::DEFERENCE),
            (roles.anchor, Self::ANCHOR),
            (roles.hedge.is_some(), Self::HEDGE),
            (roles.contrast, Self::CONTRAST),
            (roles.concessive, Self::CONCESSIVE),
            (roles.requirement, Self::REQUIREMENT),
            (roles.reason, Self::REASON),
            (roles.breaker, Self::BREAKER),
        ];
        bits.iter().filter(|(on, _)| *on).fold(RoleSet::default(), |set, &(_, bit)| set.with(bit))
    }

    /// Both sets together.
    pub(crate) fn with(self, other: RoleSet) -> RoleSet {
        RoleSet(self.0 | other.0)
    }

    /// Whether any role of `any` is in the set.
    pub(crate) fn has(self, any: RoleSet) -> bool {
        self.0 & any.0 != 0
    }
}

impl Roles {
    fn merge(&mut self, other: &Roles) {
        if self.cue.is_none() {
            self.cue = other.cue;
            self.backoff = other.backoff;
        }
        self.frame = self.frame.or(other.frame);
        self.negator |= other.negator;
        self.ender |= other.ender;
        self.post_ender |= other.post_ender;
        self.breaker |= other.breaker;
        self.answer_no |= other.answer_no;
        self.answer_yes |= other.answer_yes;
        self.contrast |= other.contrast;
        self.concessive |= other.concessive;
        self.conditional |= other.conditional;
        self.past |= other.past;
        self.present |= other.present;
        self.frame_past |= other.frame_past;
        self.prospect |= other.prospect;
        if self.effect == 0 {
            self.effect = other.effect;
        }
        if self.undergo == 0 {
            self.undergo = other.undergo;
        }
        self.affected |= other.affected;
        self.inaction |= other.inaction;
        self.status_quo |= other.status_quo;
        self.procedural |= other.procedural;
        self.deflection |= other.deflection;
        self.balance |= other.balance;
        self.deference |= other.deference;
        self.endable |= other.endable;
        self.consequence |= other.consequence;
        self.requirement |= other.requirement;
        self.reason |= other.reason;
        self.verdict |= other.verdict;
        self.hedge = self.hedge.or(other.hedge);
        self.intensifier = self.intensifier.or(other.intensifier);
        self.anchor |= other.anchor;
    }

    /// Whether the pattern means anything inside a speaker's words.
    fn usable_in_words(&self) -> bool {
        self.cue.is_some()
            || self.negator
            || self.ender
            || self.post_ender
            || self.breaker
            || self.answer_no
            || self.answer_yes
            || self.contrast
            || self.concessive
            || self.conditional
            || self.past
            || self.present
            || self.prospect
            || self.effect != 0
            || self.undergo != 0
            || self.affected
            || self.inaction
            || self.status_quo
            || self.procedural
            || self.deflection
            || self.balance
            || self.deference
            || self.consequence
            || self.requirement
            || self.reason
            || self.verdict
            || self.hedge.is_some()
            || self.intensifier.is_some()
            || self.anchor
    }

    /// Whether the pattern means anything in the narrator's frame.
    fn usable_in_frame(&self) -> bool {
        self.frame.is_some() || self.frame_past || self.contrast || self.present
    }
}

/// Adds the general sentiment words of `data/sentiment.tsv` that the
/// curated tables leave open: a word the table already has keeps its curated
/// roles, and so does a word that a `*` key covers with the same leaning (or
/// with a modifier's role). A word that a `*` key covers with the opposite
/// leaning is added: the exact key then wins over the star, as for
/// *hopeless* under `hope*`.
fn add_backoff(table: &mut BTreeMap<(String, bool), Roles>, raw: &RawBackoff) -> Result<(), String> {
    if !(raw.scale > 0.0 && raw.scale <= 1.0) {
        return Err(format!("backoff scale must lie in (0, 1], not {}", raw.scale));
    }
    // Hashed, not a tree: it is asked about every sentiment word.
    let exclude: std::collections::HashSet<&str, rustc_hash::FxBuildHasher> =
        raw.exclude.iter().map(|w| w.trim()).collect();
    // The starred keys and the exact ones, by their text: every sentiment
    // word asks about each of its prefixes, and looking those up in the
    // table itself would build a key string per prefix.
    let mut stars: HashMap<&str, Option<f64>> = HashMap::default();
    let mut exact: std::collections::HashSet<&str, rustc_hash::FxBuildHasher> = Default::default();
    for ((key, star), roles) in table.iter() {
        if *star {
            stars.insert(key, roles.cue.map(|(_, w)| w));
        } else {
            exact.insert(key);
        }
    }
    // Only prefixes as long as some starred key can be one.
    let shortest = stars.keys().map(|k| k.len()).min().unwrap_or(1).max(1);
    let longest = stars.keys().map(|k| k.len()).max().unwrap_or(0);
    let mut added = Vec::with_capacity(SENTIMENT_TSV.len() / 16);
    for line in SENTIMENT_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut parts = line.split('\t');
        let (Some(word), Some(valence)) = (parts.next(), parts.next()) else {
            return Err(format!("sentiment.tsv: line {line:?} is not word<TAB>valence"));
        };
        let valence: f64 = valence.trim().parse().map_err(|_| format!("sentiment.tsv: bad valence in {line:?}"))?;
        if valence.abs() < raw.min_valence || exclude.contains(word) || exact.contains(word) {
            continue;
        }
        let covered = (shortest..=word.len().min(longest)).filter(|&n| word.is_char_boundary(n)).any(|n| {
            stars.get(&word[..n]).is_some_and(|cue| match cue {
                Some(w) => w * valence >= 0.0,
                None => true,
            })
        });
        if covered {
            continue;
        }
        let weight = valence.signum() * (valence.abs().min(4.0) / 4.0) * raw.scale;
        let class = if weight > 0.0 { CueClass::Optimistic } else { CueClass::Cautious };
        added.push((word.to_string(), Roles { cue: Some((class, weight)), backoff: true, ..Roles::default() }));
    }
    for (word, roles) in added {
        table.entry((word, false)).or_default().merge(&roles);
    }
    Ok(())
}

/// Sets one flag of a [`Roles`] record.
type SetRole = fn(&mut Roles);

/// Where a text is read: the speaker's own words, or the narrator's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    Words,
    Frame,
}

/// One match in a normalized buffer, after whole-word checks and
/// leftmost-longest selection.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub roles: Roles,
    /// [`RoleSet::of`] the roles, kept up to date through merges.
    pub set: RoleSet,
}

/// Numeric settings from `[modifiers]` and `[relevance]`.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub negation_window: usize,
    pub ender_window: usize,
    pub contrast_before: f64,
    pub contrast_after: f64,
    pub concessive_factor: f64,
    pub conditional_factor: f64,
    pub past_vs_present_factor: f64,
    pub prospect_weight: f64,
    pub effect_weight: f64,
    pub inaction_factor: f64,
    pub status_quo_factor: f64,
    pub state_factor: f64,
    pub deflection_factor: f64,
    pub balance_weight: f64,
    pub source_factor: f64,
    pub requirement_factor: f64,
    pub reason_factor: f64,
    pub off_topic_factor: f64,
}

#[derive(Debug)]
struct Pattern {
    /// Whether the last word may end in anything (`worr*`).
    star: bool,
    /// [`Roles::usable_in_words`] and [`Roles::usable_in_frame`] of
    /// `roles`, read once when the lexicon is built: [`Lexicon::keep`]
    /// asks one of them about every whole-word match of every search.
    in_words: bool,
    in_frame: bool,
    roles: Roles,
    /// [`RoleSet::of`] `roles`, copied into each hit of the pattern.
    set: RoleSet,
}

/// The compiled lexicon.
#[derive(Debug)]
pub(crate) struct Lexicon {
    automaton: Engine,
    /// The lowercase keys, by pattern, for the test that checks the search
    /// against aho-corasick's own overlapping search.
    #[cfg(test)]
    keys: Vec<String>,
    patterns: Vec<Pattern>,
    /// Looked up by hash, not by ordered search: every utterance's verb
    /// and every word of every speaker's name is asked for.
    verbs: HashMap<String, f64>,
    speakers: HashMap<String, f64>,
    /// One bit per shape (see [`source_shape`]) of the keys of `speakers`:
    /// most words of most names have none of them, and are turned away
    /// before they are lowercased and hashed.
    speaker_shapes: [u64; 16],
    source_verbs: Vec<String>,
    /// The cue nouns that name a thing when they modify the noun after them
    /// (*support group*, *cost estimates*), by hash: the scorer asks about
    /// every cue noun followed by another word.
    naming_nouns: rustc_hash::FxHashSet<String>,
    /// Each source name as its lowercase words.
    source_names: Vec<Vec<String>>,
    /// The first words of the source names, or `None` when a source name
    /// has no words (and so matches any name).
    source_firsts: Option<Vec<String>>,
    /// One bit per shape (see [`source_shape`]) of the words of
    /// `source_firsts`: most words of most names have none of them, and
    /// are turned away before they are compared with each first word.
    source_first_shapes: [u64; 16],
    /// The proposer tables' word classes, as bits of one map: the doer
    /// finder asks several of them about each headline and frame word, and
    /// one hash lookup answers them all.
    classes: HashMap<String, u8>,
    /// For each class bit, one bit per shape (length, first and last byte)
    /// of its words. Almost every word asked about is in no list, and most
    /// of those have a shape none of the asked list's words has: a bit
    /// test turns them away before the word is hashed.
    class_shapes: [[u64; 16]; 8],
    /// The most words any key spans, so that a caller who needs the hits
    /// of a prefix only can search a little past it instead of the whole.
    max_words: usize,
    /// Whether some key has no letter or digit (no byte of a word): only
    /// such a key can match text without one.
    wordless_keys: bool,
    /// The first word of each contrast key (*but*, *on the other hand*),
    /// or `None` when some contrast key opens with no word: see
    /// [`Lexicon::may_open_contrast`].
    contrast_heads: Option<Vec<String>>,
    pub settings: Settings,
}

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Drives automaton `a` over `bytes` and calls `visit` with the end offset
/// and pattern of every match, overlapping ones included: the one loop
/// that the cue search and the gate search share.
fn each_match<A: Automaton>(a: &A, bytes: &[u8], mut visit: impl FnMut(usize, PatternID)) {
    let Ok(mut sid) = a.start_state(Anchored::No) else {
        return;
    };
    let mut end = 0;
    while let Some((read, next)) = to_special(a, sid, &bytes[end..]) {
        end += read;
        sid = next;
        if !a.is_match(sid) {
            continue;
        }
        for k in 0..a.match_len(sid) {
            visit(end, a.match_pattern(sid, k));
        }
    }
}

/// Runs `a` from `sid` over `rest` to the first special (match or dead)
/// state: how many bytes that took and the state, or `None` if `rest` ends
/// first. Apart from its caller, so that this loop, which reads every byte
/// of every search, keeps the automaton's tables in registers (inlined,
/// it spilled them and took twice the instructions).
///
/// Four bytes are read to one test of the bounds, and the rest one by one.
#[inline(never)]
fn to_special<A: Automaton>(a: &A, mut sid: StateID, rest: &[u8]) -> Option<(usize, StateID)> {
    let mut read = 0;
    while let Some(&[c0, c1, c2, c3]) = rest.get(read..read + 4) {
        sid = a.next_state(Anchored::No, sid, c0);
        if a.is_special(sid) {
            return Some((read + 1, sid));
        }
        sid = a.next_state(Anchored::No, sid, c1);
        if a.is_special(sid) {
            return Some((read + 2, sid));
        }
        sid = a.next_state(Anchored::No, sid, c2);
        if a.is_special(sid) {
            return Some((read + 3, sid));
        }
        sid = a.next_state(Anchored::No, sid, c3);
        if a.is_special(sid) {
            return Some((read + 4, sid));
        }
        read += 4;
    }
    for (read, &c) in (read + 1..).zip(&rest[read..]) {
        sid = a.next_state(Anchored::No, sid, c);
        if a.is_special(sid) {
            return Some((read, sid));
        }
    }
    None
}

/// The lexicon's keys compiled to an automaton that [`Lexicon::find`]
/// drives itself (see [`Lexicon::candidates`]).
#[derive(Debug)]
enum Engine {
    Nfa(nfa::contiguous::NFA),
    Dfa(dfa::DFA),
}

/// A word the scorer asks about before it runs a reading that needs it
/// (*would* before the hypotheticals of acceptance, *because* before the
/// reasons given for an action, ...): most views hold none of them, and
/// the reading is skipped. Asked as a plain substring of the view's buffer
/// (`can` is also in *scan*), as `str::contains` would answer.
///
/// The words are keys of the lexicon's automaton after its own, so the
/// one pass that finds the cues also finds them (see [`Gates`]), where a
/// search per word read each view some twenty times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gate {
    Would,
    ContractedWould,
    Can,
    Rather,
    Because,
    Until,
    Simply,
    Just,
    Told,
    Tell,
    Say,
    Said,
    Promise,
    Reject,
    Refus,
    Down,
    Mak,
    Made,
    Why,
    How,
}

/// The text of each [`Gate`], in the order of its variants.
const GATE_WORDS: [&str; 20] = [
    "would", "'d", "can", "rather", "because", "until", "simply", "just", "told", "tell", "say", "said", "promise",
    "reject", "refus", "down", "mak", "made", "why", "how",
];

/// Which [`Gate`] words a buffer holds, one bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Gates(u32);

impl Gates {
    /// Whether the buffer holds `gate`'s word.
    pub(crate) fn holds(self, gate: Gate) -> bool {
        self.0 & (1 << gate as u32) != 0
    }
}

/// Bits of [`Lexicon::classes`], one per word list of the proposer table.
mod class {
    pub const PROPOSING: u8 = 1;
    pub const REPORTING: u8 = 1 << 1;
    pub const DELIBERATING: u8 = 1 << 2;
    pub const PLACE: u8 = 1 << 3;
    pub const GOVERNMENT: u8 = 1 << 4;
    pub const GOVERNMENT_TITLE: u8 = 1 << 5;
    pub const PROXY: u8 = 1 << 6;
    pub const GENERIC_BODY: u8 = 1 << 7;
}

/// The proposer table's word lists as one map from lowercase word to bits.
fn word_classes(p: &RawProposer) -> HashMap<String, u8> {
    let lists: [(&[String], u8); 8] = [
        (&p.verbs, class::PROPOSING),
        (&p.reporting, class::REPORTING),
        (&p.deliberating, class::DELIBERATING),
        (&p.places, class::PLACE),
        (&p.government, class::GOVERNMENT),
        (&p.government_titles, class::GOVERNMENT_TITLE),
        (&p.proxies, class::PROXY),
        (&p.generic_bodies, class::GENERIC_BODY),
    ];
    bit_map(lists.map(|(list, bit)| (list.iter().map(|w| w.to_lowercase()), bit)))
}

/// The bit of a word's shape in [`Lexicon::source_first_shapes`]: its
/// length and its first byte in ASCII lowercase, folded into 1024 bits. Two
/// words equal in ASCII case have the same shape.
fn source_shape(word: &[u8]) -> usize {
    let first = word.first().map_or(0, u8::to_ascii_lowercase);
    (usize::from(first) * 31 + word.len() * 131) & 1023
}

/// The bit of a word's shape in [`Lexicon::class_shapes`]: its length and
/// its first and last bytes, folded into 1024 bits.
fn class_shape(word: &str) -> usize {
    let b = word.as_bytes();
    let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
    (usize::from(first) * 31 + usize::from(last) * 7 + b.len() * 131) & 1023
}

/// For each bit of a class map, the shapes of the words that have it.
fn class_shapes(classes: &HashMap<String, u8>) -> [[u64; 16]; 8] {
    let mut shapes = [[0u64; 16]; 8];
    for (word, &bits) in classes {
        let i = class_shape(word);
        for (k, set) in shapes.iter_mut().enumerate() {
            if bits & (1 << k) != 0 {
                set[i / 64] |= 1 << (i % 64);
            }
        }
    }
    shapes
}

/// Word lists as one map from word to the bits of the lists that hold it,
/// so that one lookup answers every list.
pub(crate) fn bit_map<K, W, S>(lists: impl IntoIterator<Item = (W, u8)>) -> std::collections::HashMap<K, u8, S>
where
    K: std::hash::Hash + Eq,
    W: IntoIterator<Item = K>,
    S: std::hash::BuildHasher + Default,
{
    let mut map = std::collections::HashMap::default();
    for (list, bit) in lists {
        for w in list {
            *map.entry(w).or_insert(0) |= bit;
        }
    }
    map
}

impl Lexicon {
    /// Compiles the raw tables plus extra `(phrase, signed weight)` cues.
    fn build(raw: &RawLexicon, extra: &[(String, f64)], search: Search) -> Result<Lexicon, String> {
        let mut table: BTreeMap<(String, bool), Roles> = BTreeMap::new();
        let mut add = |key: &str, roles: Roles| -> Result<(), String> {
            let key = key.trim();
            let (text, star) = match key.strip_suffix('*') {
                Some(t) => (t, true),
                None => (key, false),
            };
            if text.is_empty() || text.bytes().any(|b| b.is_ascii_uppercase()) {
                return Err(format!("lexicon key {key:?} must be non-empty lowercase"));
            }
            table.entry((text.to_string(), star)).or_default().merge(&roles);
            Ok(())
        };
        let strength = |key: &str, w: f64, allow_zero: bool| -> Result<f64, String> {
            if w.is_finite() && w <= 1.0 && (w > 0.0 || (allow_zero && w == 0.0)) {
                Ok(w)
            } else {
                Err(format!("weight of {key:?} must lie in (0, 1], not {w}"))
            }
        };
        let cue = |class, w| Roles { cue: Some((class, w)), ..Roles::default() };
        for (k, &w) in &raw.optimistic {
            add(k, cue(CueClass::Optimistic, strength(k, w, false)?))?;
        }
        for (k, &w) in &raw.cautious {
            add(k, cue(CueClass::Cautious, -strength(k, w, false)?))?;
        }
        for (k, &w) in &raw.events {
            add(k, cue(CueClass::Event, -strength(k, w, false)?))?;
        }
        for (k, &w) in &raw.expected {
            add(k, cue(CueClass::Expected, strength(k, w, false)?))?;
        }
        for k in raw.neutral.keys() {
            add(k, cue(CueClass::Neutral, 0.0))?;
        }
        for (k, w) in extra {
            if !w.is_finite() || w.abs() > 1.0 || *w == 0.0 {
                return Err(format!("weight of {k:?} must lie in [-1, 1] and not be 0"));
            }
            let class = if *w > 0.0 { CueClass::Optimistic } else { CueClass::Cautious };
            add(&k.to_lowercase(), cue(class, *w))?;
        }
        let frame = |w| Roles { frame: Some(w), ..Roles::default() };
        for (k, &w) in &raw.frame.optimistic {
            add(k, frame(strength(k, w, false)?))?;
        }
        for (k, &w) in &raw.frame.cautious {
            add(k, frame(-strength(k, w, false)?))?;
        }
        let m = &raw.modifiers;
        let flags: [(&Vec<String>, SetRole); 25] = [
            (&m.negators, |r| r.negator = true),
            (&m.enders, |r| r.ender = true),
            (&m.post_enders, |r| r.post_ender = true),
            (&m.scope_breakers, |r| r.breaker = true),
            (&m.answer_no, |r| r.answer_no = true),
            (&m.answer_yes, |r| r.answer_yes = true),
            (&m.contrast, |r| r.contrast = true),
            (&m.concessive, |r| r.concessive = true),
            (&m.conditional, |r| r.conditional = true),
            (&m.past, |r| r.past = true),
            (&m.present, |r| r.present = true),
            (&m.frame_past, |r| r.frame_past = true),
            (&m.prospect, |r| r.prospect = true),
            (&m.inaction, |r| r.inaction = true),
            (&m.status_quo, |r| r.status_quo = true),
            (&m.procedural, |r| r.procedural = true),
            (&m.deflection, |r| r.deflection = true),
            (&m.balance, |r| r.balance = true),
            (&m.deference, |r| r.deference = true),
            (&m.endable, |r| r.endable = true),
            (&m.consequence, |r| r.consequence = true),
            (&m.requirement, |r| r.requirement = true),
            (&m.reason, |r| r.reason = true),
            (&m.verdicts, |r| r.verdict = true),
            (&raw.relevance.anchors, |r| r.anchor = true),
        ];
        for (list, set) in flags {
            for k in list {
                let mut roles = Roles::default();
                set(&mut roles);
                add(k, roles)?;
            }
        }
        for (k, &f) in &m.hedges {
            if !(f > 0.0 && f < 1.0) {
                return Err(format!("hedge {k:?} must scale by a factor in (0, 1)"));
            }
            add(k, Roles { hedge: Some(f), ..Roles::default() })?;
        }
        for (k, &f) in &m.intensifiers {
            if !(f > 1.0 && f <= 2.0) {
                return Err(format!("intensifier {k:?} must scale by a factor in (1, 2]"));
            }
            add(k, Roles { intensifier: Some(f), ..Roles::default() })?;
        }

        // A verdict is a reading of a cautious cue: a key that is none
        // would never be read, and is a typo in the table.
        for k in &m.verdicts {
            let k = k.trim();
            let key = k.strip_suffix('*').map_or((k.to_string(), false), |t| (t.to_string(), true));
            if !table.get(&key).is_some_and(|r| matches!(r.cue, Some((CueClass::Cautious, _)))) {
                return Err(format!("verdict {k:?} must be a key of [cautious]"));
            }
        }
        add_backoff(&mut table, &raw.backoff)?;
        // The verbs of effect come after the backoff: their role is not a
        // reading of the word, so a sentiment word among them (*protect*,
        // *threaten*) keeps its general valence.
        for (list, effect) in [(&m.effect_benefit, 1), (&m.effect_burden, -1)] {
            for k in list {
                let k = k.trim();
                if k.is_empty() || k.ends_with('*') || k.bytes().any(|b| b.is_ascii_uppercase()) {
                    return Err(format!("verb of effect {k:?} must be lowercase words"));
                }
                table.entry((k.to_string(), false)).or_default().merge(&Roles { effect, ..Roles::default() });
            }
        }
        // So do the verbs of gain and loss of the affected, and the words
        // for the affected themselves: roles, not readings.
        for (list, undergo) in [(&m.undergo_gain, 1), (&m.undergo_loss, -1), (&m.affected, 0)] {
            for k in list {
                let k = k.trim();
                if k.is_empty() || k.ends_with('*') || k.bytes().any(|b| b.is_ascii_uppercase()) {
                    return Err(format!("verb or noun of the affected {k:?} must be lowercase words"));
                }
                let roles = Roles { undergo, affected: undergo == 0, ..Roles::default() };
                table.entry((k.to_string(), false)).or_default().merge(&roles);
            }
        }

        let mut verbs = HashMap::default();
        for (k, &w) in &raw.verbs.optimistic {
            verbs.insert(k.clone(), strength(k, w, false)?);
        }
        for (k, &w) in &raw.verbs.cautious {
            verbs.insert(k.clone(), -strength(k, w, false)?);
        }
        for k in raw.verbs.neutral.keys() {
            verbs.insert(k.clone(), 0.0);
        }

        let mut speakers = HashMap::default();
        for (k, &w) in &raw.speakers.optimistic {
            speakers.insert(k.clone(), strength(k, w, false)?);
        }
        for (k, &w) in &raw.speakers.cautious {
            speakers.insert(k.clone(), -strength(k, w, false)?);
        }

        // Matching is case-sensitive on lowercased keys: `find` is only
        // given lowercase buffers, where that equals matching the keys
        // ASCII-case-insensitively, and the automaton builds faster
        // without the extra transitions for capitals.
        let keys: Vec<String> = table.keys().map(|(t, _)| t.to_ascii_lowercase()).collect();
        let max_words = keys.iter().map(|k| k.split(|c: char| !c.is_alphanumeric()).count()).max().unwrap_or(1);
        let wordless_keys = keys.iter().any(|k| !k.bytes().any(word_byte));
        let compile = |e| format!("cannot compile the lexicon: {e}");
        // The gate words follow the keys, so that a pattern number past the
        // last key's is a gate (see `candidates`).
        let searched = keys.iter().map(String::as_str).chain(GATE_WORDS);
        let automaton = match search {
            Search::Nfa => Engine::Nfa(
                nfa::contiguous::Builder::new()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(searched)
                    .map_err(compile)?,
            ),
            Search::Dfa => Engine::Dfa(
                dfa::Builder::new()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(searched)
                    .map_err(compile)?,
            ),
        };
        let contrast_heads = table
            .values()
            .zip(&keys)
            .filter(|(roles, _)| roles.contrast)
            .map(|(_, k)| {
                // The run of word bytes ends at an ASCII byte or the end,
                // so on a char boundary.
                let n = k.bytes().take_while(|&b| word_byte(b)).count();
                (n > 0).then(|| k[..n].to_string())
            })
            .collect();
        let patterns = table
            .into_iter()
            .map(|((_, star), roles)| Pattern {
                star,
                in_words: roles.usable_in_words(),
                in_frame: roles.usable_in_frame(),
                set: RoleSet::of(&roles),
                roles,
            })
            .collect();
        let unit = |name: &str, f: f64| -> Result<f64, String> {
            if f.is_finite() && f > 0.0 && f <= 2.0 {
                Ok(f)
            } else {
                Err(format!("{name} must lie in (0, 2], not {f}"))
            }
        };
        let settings = Settings {
            negation_window: m.negation_window.clamp(1, 12),
            ender_window: m.ender_window.clamp(1, 12),
            contrast_before: unit("contrast_before", m.contrast_before)?,
            contrast_after: unit("contrast_after", m.contrast_after)?,
            concessive_factor: unit("concessive_factor", m.concessive_factor)?,
            conditional_factor: unit("conditional_factor", m.conditional_factor)?,
            past_vs_present_factor: -unit("past_vs_present_factor", -m.past_vs_present_factor)?,
            prospect_weight: unit("prospect_weight", m.prospect_weight)?,
            effect_weight: unit("effect_weight", m.effect_weight)?,
            inaction_factor: -unit("inaction_factor", -m.inaction_factor)?,
            status_quo_factor: -unit("status_quo_factor", -m.status_quo_factor)?,
            state_factor: unit("state_factor", m.state_factor)?,
            source_factor: unit("source_factor", m.source_factor)?,
            deflection_factor: unit("deflection_factor", m.deflection_factor)?,
            balance_weight: unit("balance_weight", m.balance_weight)?,
            requirement_factor: unit("requirement_factor", m.requirement_factor)?,
            reason_factor: unit("reason_factor", m.reason_factor)?,
            off_topic_factor: unit("off_topic_factor", raw.relevance.off_topic_factor)?,
        };
        let source_verbs = m.source_verbs.clone();
        let naming_nouns = m.naming_nouns.clone();
        if let Some(k) = naming_nouns.iter().find(|k| k.is_empty() || !k.bytes().all(|b| b.is_ascii_lowercase())) {
            return Err(format!("naming noun {k:?} must be one lowercase word"));
        }
        let source_names: Vec<Vec<String>> =
            m.source_names.iter().map(|n| n.to_lowercase().split_whitespace().map(str::to_string).collect()).collect();
        let classes = word_classes(&raw.proposer);
        Ok(Lexicon {
            automaton,
            #[cfg(test)]
            keys,
            patterns,
            verbs,
            speaker_shapes: speakers.keys().fold([0u64; 16], |mut bits, w| {
                let i = source_shape(w.as_bytes());
                bits[i / 64] |= 1 << (i % 64);
                bits
            }),
            speakers,
            source_verbs,
            naming_nouns: naming_nouns.into_iter().collect(),
            source_first_shapes: source_names.iter().filter_map(|n| n.first()).fold([0u64; 16], |mut bits, w| {
                let i = source_shape(w.as_bytes());
                bits[i / 64] |= 1 << (i % 64);
                bits
            }),
            source_firsts: source_names.iter().map(|n| n.first().cloned()).collect(),
            source_names,
            class_shapes: class_shapes(&classes),
            classes,
            max_words,
            wordless_keys,
            contrast_heads,
            settings,
        })
    }

    /// The built-in lexicon with extra cues from a topic profile.
    pub(crate) fn with_extra_cues(extra: &[(String, f64)], search: Search) -> Result<Lexicon, String> {
        Lexicon::build(&RAW, extra, search)
    }

    /// The signed weight of a reporting verb's lemma, if the verb tables
    /// list it.
    pub(crate) fn verb(&self, lemma: &str) -> Option<f64> {
        self.verbs.get(lemma).copied()
    }

    /// Whether a cue word (lowercase) is a noun that names a thing when it
    /// modifies the noun after it (*support* in *a support group*).
    pub(crate) fn is_naming_noun(&self, word: &str) -> bool {
        self.naming_nouns.contains(word)
    }

    /// Whether a reporting verb's lemma marks a source of facts ("reports",
    /// "according to") rather than a party to the question.
    pub(crate) fn is_source_verb(&self, lemma: &str) -> bool {
        self.source_verbs.iter().any(|v| v == lemma)
    }

    /// Whether a lowercase headline word marks the action the story is
    /// about (*to*, *will*, *unveils*, *plans*): its subject proposes.
    fn class(&self, word: &str, bit: u8) -> bool {
        let i = class_shape(word);
        let shapes = &self.class_shapes[bit.trailing_zeros() as usize % 8];
        shapes[i / 64] & (1 << (i % 64)) != 0 && self.classes.get(word).is_some_and(|c| c & bit != 0)
    }

    /// The most words a key spans (counting the pieces between any two
    /// non-alphanumeric characters, so never fewer than the words).
    pub(crate) fn max_words(&self) -> usize {
        self.max_words
    }

    /// Whether [`Lexicon::find`] can find anything in the normalized form
    /// of `text`: not when the text has no letter or digit (only spaces
    /// and punctuation, which normalize to spaces and punctuation) and no
    /// key lacks one. A frame is often just the space between a name and
    /// its verb.
    pub(crate) fn may_match(&self, text: &str) -> bool {
        self.wordless_keys || text.bytes().any(word_byte)
    }

    /// Whether a contrast key may open a normalized text whose first word
    /// is `word` (ASCII, in any case): only when the first word of some
    /// contrast key begins it. A text that opens with *Officials* cannot
    /// open with *but* or *on the other hand*, and needs no search for it.
    pub(crate) fn may_open_contrast(&self, word: &[u8]) -> bool {
        self.contrast_heads.as_ref().is_none_or(|heads| {
            heads.iter().any(|h| word.get(..h.len()).is_some_and(|w| w.eq_ignore_ascii_case(h.as_bytes())))
        })
    }

    pub(crate) fn is_proposing_word(&self, word: &str) -> bool {
        self.class(word, class::PROPOSING)
    }

    /// Whether a lowercase word is a reporting verb (*says*, *said*).
    pub(crate) fn is_reporting_word(&self, word: &str) -> bool {
        self.class(word, class::REPORTING)
    }

    /// Whether a lowercase word, after *to* or *will*, is a step of
    /// deliberation (*vote*, *debate*) rather than a plan of one's own.
    pub(crate) fn is_deliberating_word(&self, word: &str) -> bool {
        self.class(word, class::DELIBERATING)
    }

    /// Whether a lowercase word starts a phrase of place or topic after a
    /// headline's doer (*at*, *in*, *on*).
    pub(crate) fn is_place_word(&self, word: &str) -> bool {
        self.class(word, class::PLACE)
    }

    /// Whether a lowercase word names a government as a doer (*government*,
    /// *ministers*, *treasury*).
    pub(crate) fn is_government_word(&self, word: &str) -> bool {
        self.class(word, class::GOVERNMENT)
    }

    /// Whether a lowercase word names those who speak for a body (*office*,
    /// *spokesperson*, *representatives*): *the mayor's office* is the mayor.
    pub(crate) fn is_proxy_word(&self, word: &str) -> bool {
        self.class(word, class::PROXY)
    }

    /// Whether a lowercase word is a kind of body that news style uses,
    /// after *the*, to refer back to the story's own institution (*the
    /// district*, *the company*).
    pub(crate) fn is_generic_body(&self, word: &str) -> bool {
        self.class(word, class::GENERIC_BODY)
    }

    /// Whether a lowercase word is a government member's title (*minister*,
    /// *secretary*).
    pub(crate) fn is_government_title(&self, word: &str) -> bool {
        self.class(word, class::GOVERNMENT_TITLE)
    }

    /// The lean of a speaker named by their stance ("critics"): the word of
    /// the name that carries it, and its signed weight.
    ///
    /// A capitalized stance word inside a proper name (*Harbridge Town
    /// Supporters' Trust*) names a body, not a camp: it gives no lean.
    pub(crate) fn speaker_lean<'n>(&self, name: &'n str) -> Option<(&'n str, f64)> {
        // Short ASCII words (most) are lowercased in a scratch buffer
        // rather than copied out.
        let mut scratch = [0u8; 32];
        name.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
            .enumerate()
            .find_map(|(i, w)| {
                // (An ASCII word keeps its length and first letter, up to
                // case, when lowercased: its shape is the key's.)
                let shape = source_shape(w.as_bytes());
                if w.is_ascii() && self.speaker_shapes[shape / 64] & (1 << (shape % 64)) == 0 {
                    return None;
                }
                let lean = if w.is_ascii() && w.len() <= scratch.len() {
                    let lower = &mut scratch[..w.len()];
                    lower.copy_from_slice(w.as_bytes());
                    lower.make_ascii_lowercase();
                    *self.speakers.get(std::str::from_utf8(lower).ok()?)?
                } else {
                    *self.speakers.get(&w.to_lowercase())?
                };
                let inside_a_name = i > 0 && w.chars().next().is_some_and(char::is_uppercase);
                (!inside_a_name).then_some((w, lean))
            })
    }

    /// Whether a speaker's name marks a source of facts rather than a party
    /// to the question (*people familiar with the matter*, *sources*).
    pub(crate) fn is_source_name(&self, name: &str) -> bool {
        // The name's words, lowercase, in one buffer: a source name matches
        // a run of whole words. Comparing words, rather than searching the
        // padded name for each padded source name, spares a substring
        // searcher per source name and speaker.
        // Most names hold no source name's first word: an ASCII name (split
        // and lowercased below exactly as bytes) is settled without
        // lowercasing it.
        if let Some(firsts) = &self.source_firsts {
            let shapes = &self.source_first_shapes;
            let may_start = |w: &[u8]| {
                let i = source_shape(w);
                shapes[i / 64] & (1 << (i % 64)) != 0
            };
            let starts_one = |w: &[u8]| may_start(w) && firsts.iter().any(|f| f.as_bytes().eq_ignore_ascii_case(w));
            if name.is_ascii() && !name.as_bytes().split(|b| !b.is_ascii_alphanumeric()).any(starts_one) {
                return false;
            }
        }
        let mut lower = String::with_capacity(name.len());
        let mut words: Vec<(usize, usize)> = Vec::with_capacity(8);
        for w in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let start = lower.len();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            words.push((start, lower.len()));
        }
        let word = |i: usize| &lower[words[i].0..words[i].1];
        self.source_names.iter().any(|n| {
            n.len() <= words.len()
                && (0..=words.len() - n.len()).any(|i| n.iter().enumerate().all(|(k, w)| word(i + k) == w))
        })
    }

    /// Finds the lexicon's phrases in a normalized (lowercase, one space per
    /// run of whitespace) buffer: whole words only, leftmost-longest, with
    /// the roles of every pattern that covers exactly the same words merged.
    ///
    /// One pass of the automaton plus a sort of the matches: linear in the
    /// text for any realistic number of overlapping phrases.
    pub(crate) fn find(&self, buf: &str, context: Context) -> Vec<Hit> {
        thread_local! {
            /// Room for the raw matches of this thread's searches, kept
            /// between calls rather than allocated for each.
            static CANDIDATES: std::cell::RefCell<Vec<(usize, usize, usize)>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let mut hits = Vec::new();
        CANDIDATES.with(|cell| match cell.try_borrow_mut() {
            Ok(mut candidates) => self.find_into(buf, context, &mut candidates, &mut hits),
            Err(_) => self.find_into(buf, context, &mut Vec::new(), &mut hits),
        });
        hits
    }

    /// [`Lexicon::find`] into `hits` (cleared first), with `candidates` as
    /// room for the raw matches: a caller that searches often keeps both
    /// vectors and spares two allocations a search. Returns the [`Gates`]
    /// that the buffer holds, found in the same pass.
    pub(crate) fn find_into(
        &self,
        buf: &str,
        context: Context,
        candidates: &mut Vec<(usize, usize, usize)>,
        hits: &mut Vec<Hit>,
    ) -> Gates {
        debug_assert!(!buf.bytes().any(|b| b.is_ascii_uppercase()), "find takes a lowercase buffer");
        candidates.clear();
        hits.clear();
        let gates = match &self.automaton {
            Engine::Nfa(a) => self.candidates(a, buf.as_bytes(), context, candidates),
            Engine::Dfa(a) => self.candidates(a, buf.as_bytes(), context, candidates),
        };
        // Leftmost, then longest; at one extent an exact key comes before a
        // starred one, so that its cue wins the merge ("hopeless" over
        // "hope*").
        // The search finds keys in the order they end, which, where no
        // key starts inside another's match, is already the order by
        // start: a pass that sees the starts rise spares the sort.
        let star = |p: usize| self.patterns[p].star;
        if !candidates.windows(2).all(|w| w[0].0 < w[1].0) {
            candidates.sort_unstable_by(|a, b| {
                a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(star(a.2).cmp(&star(b.2))).then(a.2.cmp(&b.2))
            });
        }
        // No more hits than candidates: one allocation at most, no regrowing.
        hits.reserve(candidates.len());
        let mut last_end = 0;
        for &(start, end, p) in candidates.iter() {
            let Pattern { roles, set, .. } = &self.patterns[p];
            match hits.last_mut() {
                // A merge ORs every role the set tracks (the options keep
                // the first `Some`), so ORing the sets keeps them equal.
                Some(h) if h.start == start && h.end == end => {
                    h.roles.merge(roles);
                    h.set = h.set.with(*set);
                }
                _ if start >= last_end => {
                    hits.push(Hit { start, end, roles: *roles, set: *set });
                    last_end = end;
                }
                _ => {}
            }
        }
        gates
    }

    /// The [`Gates`] that a lowercase buffer holds, for a caller that has
    /// its hits already: the automaton's pass with nothing kept but them.
    pub(crate) fn gates(&self, buf: &str) -> Gates {
        debug_assert!(!buf.bytes().any(|b| b.is_ascii_uppercase()), "gates takes a lowercase buffer");
        match &self.automaton {
            Engine::Nfa(a) => self.gates_in(a, buf.as_bytes()),
            Engine::Dfa(a) => self.gates_in(a, buf.as_bytes()),
        }
    }

    /// [`Lexicon::gates`] with `a`, the lexicon's automaton.
    fn gates_in<A: Automaton>(&self, a: &A, bytes: &[u8]) -> Gates {
        let mut gates = 0;
        each_match(a, bytes, |_, p| {
            if let Some(g) = p.as_usize().checked_sub(self.patterns.len()) {
                gates |= 1 << g;
            }
        });
        Gates(gates)
    }

    /// Every usable whole-word match as `(start, end, pattern)`, a starred
    /// key's end extended to the end of its word, in no particular order.
    ///
    /// The automaton is driven here, one table read and one test per byte,
    /// rather than through an overlapping-match iterator, whose work per
    /// match was most of the search: the many keys found inside words
    /// (*art* in *start*) are dropped by one comparison each. Returns the
    /// [`Gates`] found on the way, wherever they lie.
    fn candidates<A: Automaton>(
        &self,
        a: &A,
        bytes: &[u8],
        context: Context,
        candidates: &mut Vec<(usize, usize, usize)>,
    ) -> Gates {
        let mut gates = 0;
        each_match(a, bytes, |end, p| {
            if let Some(g) = p.as_usize().checked_sub(self.patterns.len()) {
                gates |= 1 << g;
                return;
            }
            let start = end - a.pattern_len(p);
            if start > 0 && word_byte(bytes[start - 1]) && word_byte(bytes[start]) {
                return;
            }
            self.keep(bytes, context, start, end, p.as_usize(), candidates);
        });
        Gates(gates)
    }

    /// Pushes the match of pattern `p` at `start..end` if it is usable in
    /// `context` and a whole word (a starred key: a word's start).
    fn keep(
        &self,
        bytes: &[u8],
        context: Context,
        start: usize,
        mut end: usize,
        p: usize,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        let pattern = &self.patterns[p];
        let usable = match context {
            Context::Words => pattern.in_words,
            Context::Frame => pattern.in_frame,
        };
        if !usable {
            return;
        }
        if pattern.star {
            while end < bytes.len() && word_byte(bytes[end]) {
                end += 1;
            }
        } else if end < bytes.len() && word_byte(bytes[end]) && word_byte(bytes[end - 1]) {
            return;
        }
        out.push((start, end, p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(buf: &str) -> Vec<&str> {
        DEFAULT.find(buf, Context::Words).iter().map(|h| &buf[h.start..h.end]).collect()
    }

    #[test]
    fn only_a_contrast_keys_first_word_may_open_a_contrast() {
        let lex = &*DEFAULT;
        for word in ["but", "However", "YET", "on", "onward", "even", "that"] {
            assert!(lex.may_open_contrast(word.as_bytes()), "{word}");
        }
        for word in ["officials", "o", "bu", "th", ""] {
            assert!(!lex.may_open_contrast(word.as_bytes()), "{word}");
        }
        // Every contrast hit at the start of a text opens with one of them.
        for text in ["but it will", "on the other hand, no", "even so they came", "however"] {
            let hit =
                DEFAULT.find(text, Context::Frame).into_iter().next().filter(|h| h.start == 0 && h.roles.contrast);
            assert!(hit.is_some(), "{text}");
            let first = text.split(' ').next().unwrap_or("");
            assert!(lex.may_open_contrast(first.as_bytes()), "{text}");
        }
    }

    #[test]
    fn text_without_a_letter_or_digit_matches_no_key() {
        let lex = &*DEFAULT;
        assert!(!lex.wordless_keys);
        assert!(!lex.may_match(" , - \n"));
        assert!(!lex.may_match(""));
        assert!(lex.may_match(", but"));
        // Any other character may be a letter: the test is the bytes'.
        assert!(lex.may_match("\u{e9}"));
        assert!(lex.may_match(" \u{2014} "));
        assert!(words(" , - ").is_empty());
    }

    #[test]
    fn the_built_in_lexicon_loads() {
        let lex = &*DEFAULT;
        assert!(lex.patterns.len() > 400);
        assert_eq!(lex.verb("warn"), Some(-0.5));
        assert_eq!(lex.verb("say"), Some(0.0));
        assert_eq!(lex.verb("shrug"), None);
        assert_eq!(lex.speaker_lean("Opposition politicians"), Some(("Opposition", -0.3)));
        assert_eq!(lex.speaker_lean("John Critchley"), None);
        assert_eq!(lex.speaker_lean("The Critics"), Some(("Critics", -0.3)));
        // A body whose proper name holds a stance word is no camp.
        assert_eq!(lex.speaker_lean("Harbridge Town Supporters' Trust"), None);
        assert_eq!(lex.speaker_lean("Local critics"), Some(("critics", -0.3)));
        // Lowercased as a whole word, past the scratch buffer's length too.
        assert_eq!(lex.speaker_lean("CRITICS"), Some(("CRITICS", -0.3)));
        assert_eq!(lex.speaker_lean(&format!("{} critics", "x".repeat(40))), Some(("critics", -0.3)));
        assert!(lex.is_source_name("people familiar with the matter"));
        assert!(lex.is_source_name("a person close to the company"));
        assert!(!lex.is_source_name("Resources Minister Ann Dale"));
    }

    #[test]
    fn every_speaker_word_passes_the_shape_test_in_any_case() {
        let lex = &*DEFAULT;
        for (word, &lean) in &lex.speakers {
            // Only a one-word key can be found as a word of a name.
            if !word.bytes().all(|b| b.is_ascii_alphanumeric()) || word == "the" {
                continue;
            }
            for name in [word.clone(), word.to_ascii_uppercase(), format!("local {word}")] {
                let found = lex.speaker_lean(&name).map(|(_, w)| w);
                assert_eq!(found, Some(lean), "{name:?}");
            }
        }
    }

    #[test]
    fn matches_whole_words_and_star_endings() {
        assert_eq!(words("they worried about the wardrobe"), vec!["worried"]);
        assert_eq!(words("a warning, not a war"), vec!["warning", "not", "war"]);
        // The longest phrase wins over the words inside it.
        assert_eq!(words("it is not yet done"), vec!["not yet"]);
        assert_eq!(words("there is no doubt"), vec!["no doubt"]);
        // An exact key beats a starred one that covers the same word.
        let hits = DEFAULT.find("hopeless", Context::Words);
        assert!(matches!(hits[0].roles.cue, Some((CueClass::Cautious, _))));
        let hits = DEFAULT.find("hopeful", Context::Words);
        assert!(matches!(hits[0].roles.cue, Some((CueClass::Optimistic, _))));
    }

    #[test]
    fn merges_the_roles_of_one_phrase() {
        let hits = DEFAULT.find("tremendous", Context::Words);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].roles.cue.is_some());
        assert!(hits[0].roles.intensifier.is_some());
    }

    #[test]
    fn frame_context_sees_only_frame_roles() {
        let buf = "the group backs the bill, saying";
        let hits = DEFAULT.find(buf, Context::Frame);
        let found: Vec<&str> = hits.iter().map(|h| &buf[h.start..h.end]).collect();
        assert_eq!(found, vec!["backs"]);
        assert!(DEFAULT.find(buf, Context::Words).iter().all(|h| h.roles.frame.is_none() || h.roles.anchor));
    }

    fn cue_of(buf: &str) -> Option<(CueClass, f64, bool)> {
        let hits = DEFAULT.find(buf, Context::Words);
        hits.first()
            .filter(|h| h.start == 0 && h.end == buf.len())
            .and_then(|h| h.roles.cue.map(|(c, w)| (c, w, h.roles.backoff)))
    }

    #[test]
    fn the_sentiment_backoff_fills_gaps_and_yields_to_the_curated_tables() {
        // A word only the general list knows: a weak cue, marked as backoff.
        let (class, w, backoff) = cue_of("insult").expect("insult is read");
        assert_eq!(class, CueClass::Cautious);
        assert!(backoff && w < 0.0 && w > -0.3, "{w}");
        // A word the curated tables know keeps their weight ("worr*").
        assert_eq!(cue_of("worried"), Some((CueClass::Cautious, -0.6, false)));
        // A starred curated key of the opposite leaning does not hide it.
        assert!(matches!(cue_of("hopelessness"), Some((CueClass::Cautious, _, true))));
        // Excluded words, and the modifiers, are not cues.
        assert_eq!(cue_of("cancer"), None);
        assert!(DEFAULT.find("no", Context::Words)[0].roles.cue.is_none());
    }

    #[test]
    fn the_dfa_finds_what_the_default_automaton_finds() {
        let buf = "it's hopeless, not hopeful: a welcome boost, though worries remain and \
                   critics warn of a setback. they're cautiously optimistic.";
        let show = |lex: &Lexicon, context| -> Vec<(usize, usize)> {
            lex.find(buf, context).iter().map(|h| (h.start, h.end)).collect()
        };
        for context in [Context::Words, Context::Frame] {
            assert_eq!(show(&DEFAULT, context), show(&DEFAULT_DFA, context));
        }
        assert!(!show(&DEFAULT_DFA, Context::Words).is_empty());
    }

    /// The matches of aho-corasick's overlapping search (which `find` used
    /// before it drove the automaton itself), through the same filter.
    fn unanchored(
        lex: &Lexicon,
        ac: &aho_corasick::AhoCorasick,
        buf: &str,
        context: Context,
    ) -> Vec<(usize, usize, usize)> {
        let bytes = buf.as_bytes();
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(buf) {
            let start = m.start();
            if start > 0 && word_byte(bytes[start - 1]) && word_byte(bytes[start]) {
                continue;
            }
            lex.keep(bytes, context, start, m.end(), m.pattern().as_usize(), &mut out);
        }
        out.sort_unstable();
        out
    }

    fn driven(lex: &Lexicon, buf: &str, context: Context) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let _ = match &lex.automaton {
            Engine::Nfa(a) => lex.candidates(a, buf.as_bytes(), context, &mut out),
            Engine::Dfa(a) => lex.candidates(a, buf.as_bytes(), context, &mut out),
        };
        out.sort_unstable();
        out
    }

    #[test]
    fn the_driven_automaton_finds_what_the_overlapping_search_finds() {
        // Pieces that make keys, keys inside words, keys across words and
        // punctuation: the lexicon's own keys, cut and glued at random.
        let lex = &*DEFAULT;
        let dfa = &*DEFAULT_DFA;
        let ac = aho_corasick::AhoCorasick::builder().match_kind(MatchKind::Standard).build(&lex.keys).unwrap();
        let glue = [" ", "", "-", "'", ". ", ", ", "  ", "\"", "x", "s ", "ing ", "un", "é", " (", "...", "1"];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut found = 0;
        for _ in 0..1000 {
            let mut buf = String::new();
            for _ in 0..1 + next(12) {
                let key = &lex.keys[next(lex.keys.len())];
                let piece = match next(4) {
                    0 => &key[key.char_indices().nth(next(key.chars().count())).map_or(0, |(i, _)| i)..],
                    1 => &key[..key.char_indices().nth(next(key.chars().count())).map_or(key.len(), |(i, _)| i)],
                    _ => key.as_str(),
                };
                buf.push_str(piece);
                buf.push_str(glue[next(glue.len())]);
            }
            for context in [Context::Words, Context::Frame] {
                let want = unanchored(lex, &ac, &buf, context);
                assert_eq!(driven(lex, &buf, context), want, "{buf:?}");
                assert_eq!(driven(dfa, &buf, context), want, "{buf:?}");
                found += want.len();
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn rejects_bad_extra_cues() {
        assert!(Lexicon::with_extra_cues(&[("boon".into(), 0.5)], Search::Nfa).is_ok());
        assert!(Lexicon::with_extra_cues(&[("Boon".into(), 0.5)], Search::Nfa).is_ok());
        assert!(Lexicon::with_extra_cues(&[("boon".into(), 3.0)], Search::Nfa).is_err());
        assert!(Lexicon::with_extra_cues(&[("".into(), 0.5)], Search::Nfa).is_err());
    }
}
