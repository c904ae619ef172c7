//! The learned layer: a second opinion on each speaker's label, from what
//! the hand-written rules found.
//!
//! The rules decide each utterance from cues, modifiers and context, and
//! each speaker from their utterances. On articles none of us had read
//! (the sealed held-out sets), those speaker labels were right about 70 %
//! of the time, and no rule written from read articles moved that figure
//! for many releases. A multinomial logistic regression over what the
//! rules report about a speaker, plus the lowercase words of the speaker's
//! utterances, was right about 81 % of the time on the same unread sets
//! (docs/learned-stance.md). It runs after the rules, on the finished
//! [`Report`], and changes a speaker's label only where it disagrees.
//!
//! The features are those `scripts/train-stance.py` computes from a
//! rules-only report's JSON, and must stay the same as there:
//!
//! - `bias`; `pred:LABEL` and `pred:LABEL:KIND` (the rules' label, and with
//!   the speaker's kind);
//! - `score` and `abs` (the rules' score and its size), `band:T:SIGN` for
//!   each threshold `T` the size reaches, and `conf` (the rules' confidence);
//! - `n:N`, the number of utterances up to 5, and `u:LABEL`, the share of
//!   the speaker's utterances the rules gave each label;
//! - `ev:KIND:SIGN`, how many pieces of evidence of each kind and sign;
//! - `w:WORD` for each distinct word of the speaker's utterances: a run of
//!   ASCII letters and apostrophes, trimmed of apostrophes, lowercased, and
//!   left out when it starts with a capital (so no name is a feature);
//! - `f:WORD` for each distinct word, read the same way, of the utterances'
//!   frames: the rest of the sentence each utterance stands in, from the
//!   last `.` or line break before it to the first after it. The frame
//!   holds the narrator's verb and description (`warned`, `welcomed`, `a
//!   critic of the plan`), which the utterance's own words lack;
//! - `b:WORD_WORD` for each distinct pair of such words that stand next to
//!   each other in an utterance (no capitalized word between them, each of
//!   at most 16 bytes): `not_enough` and `too_late` say what neither word
//!   says alone.
//!
//! The weights (`data/learned.tsv`) are trained on the labelled articles
//! in the repository and compiled in.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use standpoint_core::SpeakerKind;

use crate::{Evidence, Report, Stance};

// (Shared with the build script, which reads the shipped table with it; the
// crate itself reads a table only in its tests.)
#[cfg_attr(not(test), allow(dead_code))]
mod table;

use table::PACKED;
#[cfg(test)]
use table::{Line, pack};

// The shipped table, compiled by build.rs from data/learned.tsv.
include!(concat!(env!("OUT_DIR"), "/learned.rs"));

/// The labels in the order of the weight table's columns.
const LABELS: [Stance; 4] = [Stance::Optimistic, Stance::Cautious, Stance::Mixed, Stance::Neutral];

/// The score sizes that get a feature of their own, as the training script
/// names them.
const BANDS: [(f64, &str); 6] = [(0.1, "0.1"), (0.2, "0.2"), (0.3, "0.3"), (0.45, "0.45"), (0.6, "0.6"), (0.8, "0.8")];

/// Where a word stands: the utterance's index, and the word's byte range,
/// in the utterance's text for its own words and in the article for its
/// frame's (with [`FRAME`] set in the index).
type Place = (usize, usize, usize);

/// Marks a [`Place`]'s utterance index as a frame word's.
const FRAME: usize = 1 << (usize::BITS - 1);

/// How many words a changed label cites as `learned` evidence.
const CITED: usize = 3;

/// How strong the rules' score must be (its size, in [0, 1]) for their
/// optimistic or cautious label to be kept against a layer that would
/// turn it into the opposite one. Such a score means explicit evidence
/// (cues, verbs, the proposer) pointing one way, which a bag of words that
/// cannot see negation or irony should not reverse. Measured with
/// `scripts/train-stance.py`'s cross-validation: over the labelled
/// articles the layer's reversals of scores this strong are right as
/// often as wrong (blocking them changes its accuracy by less than 0.001),
/// while on the real development articles they were the layer's errors.
const STRONG: f64 = 0.7;

/// The trained weights, one row of four per feature: the words' rows
/// apart, keyed by the word alone, so that a word is looked up without
/// building its feature's name.
struct Weights {
    /// The rows of the utterances' own words (`w:`).
    words: Vocabulary,
    /// The rows of the words of their frames (`f:`).
    frame: Vocabulary,
    /// The rows of the utterances' pairs of words (`b:`), by the two
    /// words' packed keys.
    pairs: FxHashMap<(u128, u128), u32>,
    /// The rows of the words, frame words and pairs, in the table's order:
    /// the compiled table's own array, or a table read in a test.
    rows: Cow<'static, [[f64; 4]]>,
    /// The other features by name (kept for the tests: the layer reads
    /// them through `shape`).
    #[cfg(test)]
    other: FxHashMap<&'static str, [f64; 4]>,
    /// The rows of the other features the layer reads, found when the table is read.
    shape: Shape,
    /// What the scores are divided by before they become probabilities:
    /// fitted on the training script's held-out predictions, since a layer
    /// is surer of the articles it was trained on than of new ones.
    temperature: f64,
}

/// Each word's row in [`Weights::rows`], keyed by the word packed into an
/// integer ([`pack`]): every word of every utterance is looked up, and
/// hashing and comparing one integer costs less than a string's bytes.
#[derive(Default, PartialEq)]
struct Vocabulary {
    packed: FxHashMap<u128, u32>,
    /// The rows of the few words too long to pack.
    long: FxHashMap<&'static str, u32>,
}

impl Vocabulary {
    /// The vocabulary of the compiled table's words.
    fn compiled(packed: &[(u128, u32)], long: &[(&'static str, u32)]) -> Vocabulary {
        Vocabulary { packed: packed.iter().copied().collect(), long: long.iter().copied().collect() }
    }

    /// Adds `word` at `row`; false when it was there already.
    #[cfg(test)]
    fn insert(&mut self, word: &'static str, row: u32) -> bool {
        match pack(word.as_bytes()) {
            Some(key) => self.packed.insert(key, row).is_none(),
            None => self.long.insert(word, row).is_none(),
        }
    }

    /// The row of a word [`each_word`] found: by its key, or by its
    /// spelling (`word` as it stands) when it was too long to pack.
    ///
    /// (Always inlined: it runs for every word of every utterance and
    /// frame, about 112,000 times on the 1 MB slice, and out of line it
    /// cost about 58 instructions a call, 6.6 per byte of text; inlined,
    /// the whole work is 2.1 per byte less. A plain `#[inline]` left it
    /// out of line.)
    #[inline(always)]
    fn get(&self, key: Option<u128>, word: &str) -> Option<u32> {
        match key {
            Some(key) => self.packed.get(&key).copied(),
            None => self.long.get(spell(word).as_str()).copied(),
        }
    }
}

/// A feature's row of weights, when the table has the feature.
type Row = Option<[f64; 4]>;

/// The rows of the features other than words, each found by its name once
/// when the table is read, rather than for every speaker by a name built
/// from its parts.
#[derive(Default)]
struct Shape {
    bias: Row,
    /// `pred:LABEL`, by [`label_index`].
    pred: [Row; 4],
    /// `pred:LABEL:KIND`, by [`label_index`] and then [`kind_index`].
    pred_kind: [[Row; 4]; 4],
    score: Row,
    abs: Row,
    /// `band:T:+` and `band:T:-`, in the order of [`BANDS`].
    band: [[Row; 2]; 6],
    conf: Row,
    /// `n:N` for N from 0 to 5.
    n: [Row; 6],
    /// `u:LABEL`, by [`label_index`].
    u: [Row; 4],
    /// `ev:KIND:+` and `ev:KIND:-`, keyed by the kind (a fixed set of
    /// names from the rules, not the article's words).
    ev: FxHashMap<&'static str, [Row; 2]>,
}

/// The speaker kinds, in the order of [`Shape::pred_kind`]'s rows.
const KINDS: [SpeakerKind; 4] =
    [SpeakerKind::Person, SpeakerKind::Group, SpeakerKind::Organization, SpeakerKind::Narrator];

/// A label's place in [`LABELS`].
fn label_index(label: Stance) -> usize {
    match label {
        Stance::Optimistic => 0,
        Stance::Cautious => 1,
        Stance::Mixed => 2,
        Stance::Neutral => 3,
    }
}

/// A speaker kind's place in [`KINDS`] (none for a kind added since,
/// which the table cannot have).
fn kind_index(kind: SpeakerKind) -> Option<usize> {
    KINDS.iter().position(|&k| k == kind)
}

/// The sign of a score or a weight as the features name it, and its
/// place in [`Shape::band`] and [`Shape::ev`]: `+` above zero, `-` else.
fn sign(x: f64) -> (&'static str, usize) {
    if x > 0.0 { (":+", 0) } else { (":-", 1) }
}

impl Shape {
    fn new(other: &FxHashMap<&'static str, [f64; 4]>) -> Shape {
        let row = |name: String| other.get(name.as_str()).copied();
        let mut shape = Shape {
            bias: row("bias".into()),
            score: row("score".into()),
            abs: row("abs".into()),
            conf: row("conf".into()),
            ..Shape::default()
        };
        for label in LABELS {
            let l = label_index(label);
            shape.pred[l] = row(format!("pred:{}", label.as_str()));
            for (k, kind) in KINDS.iter().enumerate() {
                shape.pred_kind[l][k] = row(format!("pred:{}:{}", label.as_str(), kind.as_str()));
            }
            shape.u[l] = row(format!("u:{}", label.as_str()));
        }
        for (b, (_, name)) in BANDS.iter().enumerate() {
            for x in [1.0, -1.0] {
                let (sign, s) = sign(x);
                shape.band[b][s] = row(format!("band:{name}{sign}"));
            }
        }
        for (n, slot) in shape.n.iter_mut().enumerate() {
            *slot = row(format!("n:{n}"));
        }
        for (key, w) in other {
            let Some(kind) = key.strip_prefix("ev:") else { continue };
            for x in [1.0, -1.0] {
                let (sign, s) = sign(x);
                if let Some(kind) = kind.strip_suffix(sign) {
                    shape.ev.entry(kind).or_default()[s] = Some(*w);
                }
            }
        }
        shape
    }
}

/// The shipped table. The rows and keys are compiled in (build.rs), so
/// all that is left for the first speaker is to put the keys in hash maps.
static WEIGHTS: LazyLock<Weights> = LazyLock::new(compiled);

/// The weights of the shipped table, from the arrays build.rs wrote.
fn compiled() -> Weights {
    let other: FxHashMap<&'static str, [f64; 4]> = OTHER.iter().copied().collect();
    Weights {
        words: Vocabulary::compiled(WORDS, WORDS_LONG),
        frame: Vocabulary::compiled(FRAME_WORDS, FRAME_WORDS_LONG),
        pairs: PAIRS.iter().copied().collect(),
        rows: Cow::Borrowed(ROWS),
        shape: Shape::new(&other),
        #[cfg(test)]
        other,
        temperature: TEMPERATURE.unwrap_or(1.0),
    }
}

/// Reads a weight table, as build.rs reads the shipped one (for the tests,
/// which read small tables of their own). A malformed row is left out.
#[cfg(test)]
fn parse_weights(text: &'static str) -> Weights {
    let mut weights = Weights {
        words: Vocabulary::default(),
        frame: Vocabulary::default(),
        pairs: FxHashMap::default(),
        rows: Cow::Owned(Vec::new()),
        other: FxHashMap::default(),
        shape: Shape::default(),
        temperature: 1.0,
    };
    let mut rows = Vec::new();
    for line in text.lines().filter_map(table::read) {
        let row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
        let (new, w) = match line {
            Line::Temperature(t) => {
                weights.temperature = t;
                continue;
            }
            Line::Word(word, w) => (weights.words.insert(word, row), w),
            Line::Frame(word, w) => (weights.frame.insert(word, row), w),
            Line::Pair(a, b, w) => (weights.pairs.insert((a, b), row).is_none(), w),
            Line::Other(name, w) => {
                weights.other.insert(name, w);
                continue;
            }
        };
        if new {
            rows.push(w);
        }
    }
    weights.rows = Cow::Owned(rows);
    weights.shape = Shape::new(&weights.other);
    weights
}

/// A feature word as the table spells it: `’` read as `'`, lowercased.
fn spell(word: &str) -> String {
    word.replace('\u{2019}', "'").to_ascii_lowercase()
}

/// Each ASCII letter's lowercase, and 0 for every other byte: one load
/// tells whether a byte is a letter and what the word's spelling takes in.
const LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphabetic() {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Calls `found` with each word of one utterance that is a feature: its
/// spelling packed ([`pack`] of [`spell`]; `None` when that is longer than
/// [`PACKED`] bytes), its byte range in the utterance's text, and its
/// place in the count of all words, capitalized ones included (two
/// features are next to each other when their places are).
///
/// The key is built as the word is read, so the text is scanned once and
/// no word is copied.
fn each_word(text: &str, mut found: impl FnMut(Option<u128>, usize, usize, usize)) {
    // Word characters are ASCII letters, `'` and `’` (E2 80 99): a scan of
    // bytes, since none of them is part of another character.
    let bytes = text.as_bytes();
    // The width of the apostrophe at `i`, or 0.
    let apostrophe = |i: usize| match bytes.get(i) {
        Some(b'\'') => 1,
        Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99][..]) => 3,
        _ => 0,
    };
    let mut i = 0;
    let mut n = 0;
    while i < bytes.len() {
        // A word is a run of letters and apostrophes without its outer
        // apostrophes, so it starts at a letter: the apostrophes before it
        // are passed over with everything else.
        if LOWER[usize::from(bytes[i])] == 0 {
            i += 1;
            continue;
        }
        // It ends after the run's last letter. `key` and `len` take in every
        // byte from the first letter on (an apostrophe as `'`; bytes past
        // the 16th fall off the top, and `len` tells); `word` is what they
        // were after the last letter, so the trailing apostrophes are left
        // out.
        let first = i;
        let mut last = i;
        let (mut key, mut len) = (0u128, 0usize);
        let mut word = (0u128, 0usize);
        while i < bytes.len() {
            let lower = LOWER[usize::from(bytes[i])];
            if lower != 0 {
                key = key << 8 | u128::from(lower);
                len += 1;
                i += 1;
                last = i;
                word = (key, len);
            } else {
                match apostrophe(i) {
                    0 => break,
                    w => {
                        key = key << 8 | u128::from(b'\'');
                        len += 1;
                        i += w;
                    }
                }
            }
        }
        n += 1;
        if bytes[first].is_ascii_uppercase() {
            continue;
        }
        found((word.1 <= PACKED).then_some(word.0), first, last, n);
    }
}

/// The layer's label, and its probability, for every speaker of `report`;
/// changes the labels it disagrees with and cites the words that weighed
/// most for the change.
pub(crate) fn apply(report: &mut Report, text: &str) {
    apply_with(report, text, &WEIGHTS);
}

/// How far a frame reaches on either side of its utterance, in bytes: a
/// sentence's worth, and the bound that keeps the layer linear in a text
/// with no sentence ends (one line of quotes, say).
const FRAME_REACH: usize = 300;

/// The frame of the utterance at `start..end` of `text`: the sentence it
/// stands in without it, as the byte ranges before and after it, each at
/// most [`FRAME_REACH`] long. The sentence is cut at `.` and line breaks
/// only, as the training script cuts it; an abbreviation's dot shortens a
/// frame, which costs little. The ranges lie on character boundaries.
fn frame(text: &str, start: usize, end: usize) -> [(usize, usize); 2] {
    let bytes = text.as_bytes();
    let start = start.min(bytes.len());
    let end = end.clamp(start, bytes.len());
    let cut = |b: &u8| matches!(b, b'.' | b'\n');
    let low = start.saturating_sub(FRAME_REACH);
    let mut from = bytes[low..start].iter().rposition(cut).map_or(low, |i| low + i + 1);
    let high = (end + FRAME_REACH).min(bytes.len());
    let mut to = bytes[end..high].iter().position(cut).map_or(high, |i| end + i);
    // (A reach that ends inside a character leaves that character out.)
    while !text.is_char_boundary(from) {
        from += 1;
    }
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    [(from, start), (end, to)]
}

fn apply_with(report: &mut Report, article: &str, weights: &Weights) {
    // Each speaker's utterances in the article's order: the utterances
    // sorted by speaker and then by place, so that a speaker's are one run,
    // found by binary search (one vector, and no hash of the article's
    // names).
    let utterances = &report.utterances;
    let mut order: Vec<usize> = (0..utterances.len()).collect();
    order.sort_unstable_by(|&a, &b| utterances[a].speaker.cmp(&utterances[b].speaker).then(a.cmp(&b)));
    let speaker = |k: usize| utterances[k].speaker.as_str();
    // Buffers reused across speakers: the kinds of evidence of one, the
    // words of the table it uses (row, utterance, range in its text), and
    // a mark per row of the table for the rows among them.
    let mut kinds: Vec<(&str, usize, f64)> = Vec::new();
    let mut seen: Vec<(u32, usize, usize, usize)> = Vec::new();
    let mut used = vec![0u64; weights.rows.len().div_ceil(64)];
    // A bit per word of `used` that has a mark: the sweep below reads only
    // those words, where reading all of them (some 320 for each speaker,
    // who mostly marks a few dozen rows) cost about 8 instructions per byte
    // of text.
    let mut slots = vec![0u64; used.len().div_ceil(64)];
    let mut decisions = Vec::with_capacity(report.speakers.len());
    let shape = &weights.shape;
    for sp in &report.speakers {
        let name = sp.name.as_str();
        let from = order.partition_point(|&k| speaker(k) < name);
        let own = &order[from..from + order[from..].partition_point(|&k| speaker(k) == name)];
        let mut z = [0.0f64; 4];
        // (The features are added in the order the scores were always
        // summed in, which decides their last bits.)
        let mut add = |row: &Row, v: f64| {
            if let Some(w) = row {
                for (zc, wc) in z.iter_mut().zip(w) {
                    *zc += wc * v;
                }
            }
        };
        let pred = label_index(sp.stance);
        add(&shape.bias, 1.0);
        add(&shape.pred[pred], 1.0);
        if let Some(k) = kind_index(sp.kind) {
            add(&shape.pred_kind[pred][k], 1.0);
        }
        let s = sp.score;
        let (_, sign_of_s) = sign(s);
        add(&shape.score, s);
        add(&shape.abs, s.abs());
        for (b, (t, _)) in BANDS.iter().enumerate() {
            if s.abs() >= *t {
                add(&shape.band[b][sign_of_s], 1.0);
            }
        }
        add(&shape.conf, sp.confidence);
        let n = sp.utterances;
        add(&shape.n[n.min(5)], 1.0);
        if n > 0 {
            for label in LABELS {
                let c = own.iter().filter(|&&k| report.utterances[k].stance == label).count();
                if c > 0 {
                    add(&shape.u[label_index(label)], c as f64 / n as f64);
                }
            }
        }
        // Each kind and sign of evidence once, with its count.
        kinds.clear();
        for e in &sp.evidence {
            let (_, sign) = sign(e.weight);
            match kinds.iter_mut().find(|(k, s, _)| *k == e.kind && *s == sign) {
                Some((_, _, c)) => *c += 1.0,
                None => kinds.push((e.kind, sign, 1.0)),
            }
        }
        for &(kind, sign, c) in &kinds {
            if let Some(rows) = shape.ev.get(kind) {
                add(&rows[sign], c);
            }
        }
        // Each distinct word of the table once, where it first stands (a
        // word the table lacks weighs nothing): the utterances and their
        // words are read in order, and `used` marks the rows already seen.
        seen.clear();
        let mut mark = |row: Option<u32>, place: Place| {
            let Some(row) = row else { return };
            let (slot, bit) = (row as usize / 64, 1u64 << (row % 64));
            if used[slot] & bit == 0 {
                used[slot] |= bit;
                slots[slot / 64] |= 1 << (slot % 64);
                seen.push((row, place.0, place.1, place.2));
            }
        };
        for &k in own {
            let u = &report.utterances[k];
            let text = u.text.as_str();
            // The word before, when it was a feature word that packs: its
            // key, its start and its place.
            let mut before: Option<(u128, usize, usize)> = None;
            each_word(text, |key, a, b, n| {
                mark(weights.words.get(key, &text[a..b]), (k, a, b));
                if let (Some((prev, start, m)), Some(key)) = (before, key)
                    && m + 1 == n
                {
                    mark(weights.pairs.get(&(prev, key)).copied(), (k, start, b));
                }
                before = key.map(|key| (key, a, n));
            });
            for (from, to) in frame(article, u.start, u.end) {
                // (Spans lie on character boundaries and the cuts are
                // ASCII, so the piece is whole characters.)
                let Some(piece) = article.get(from..to) else { continue };
                each_word(piece, |key, a, b, _| {
                    mark(weights.frame.get(key, &piece[a..b]), (k | FRAME, from + a, from + b));
                });
            }
        }
        // The rows are added in their order in the table (the order of the
        // sum decides the last bit of each score): the marks are read in
        // that order, and cleared for the next speaker.
        for (s, summary) in slots.iter_mut().enumerate() {
            let mut summary = std::mem::take(summary);
            while summary != 0 {
                let slot = s * 64 + summary.trailing_zeros() as usize;
                summary &= summary - 1;
                let mut marks = std::mem::take(&mut used[slot]);
                while marks != 0 {
                    let row = slot * 64 + marks.trailing_zeros() as usize;
                    marks &= marks - 1;
                    for (zc, wc) in z.iter_mut().zip(&weights.rows[row]) {
                        *zc += wc;
                    }
                }
            }
        }
        let mut best = (0..4).fold(0, |b, c| if z[c] > z[b] { c } else { b });
        let rules = LABELS.iter().position(|&l| l == sp.stance);
        if let Some(r) = rules
            && matches!(
                (LABELS[r], LABELS[best]),
                (Stance::Optimistic, Stance::Cautious) | (Stance::Cautious, Stance::Optimistic)
            )
            && sp.score.abs() >= STRONG
        {
            // A reversal of a strong score is not the layer's to make.
            best = r;
        }
        let mut cited = Vec::new();
        if let Some(r) = rules.filter(|&r| r != best) {
            // The words that pulled hardest from the rules' label to this one
            // (ties in the order the words first stand; no two words stand
            // in one place, so the order of `seen` does not matter).
            let mut pulls: Vec<(f64, [f64; 4], Place)> = seen
                .iter()
                .map(|&(row, k, a, b)| {
                    let w = weights.rows[row as usize];
                    (w[best] - w[r], w, (k, a, b))
                })
                .filter(|(pull, ..)| *pull > 0.0)
                .collect();
            pulls.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
            for (_, row, (k, a, b)) in pulls.into_iter().take(CITED) {
                if k & FRAME != 0 {
                    // A frame word's range is in the article already.
                    cited.push(Evidence {
                        text: article[a..b].to_string(),
                        start: a,
                        end: b,
                        weight: crate::round3(row[0] - row[1]),
                        kind: "learned",
                    });
                    continue;
                }
                let u = &report.utterances[k];
                // The utterance's text is the article's own bytes, so the
                // word's place in the article is the utterance's start plus
                // its place in the text.
                let exact = u.end.checked_sub(u.start) == Some(u.text.len());
                cited.push(Evidence {
                    text: u.text[a..b].to_string(),
                    start: if exact { u.start + a } else { u.start },
                    end: if exact { u.start + b } else { u.end },
                    weight: crate::round3(row[0] - row[1]),
                    kind: "learned",
                });
            }
            // A change no word of the speaker's argues for (the layer read
            // only the shape of the rules' own evidence) would cite
            // nothing: the rules' label stands, so that every label a
            // reader sees has its words.
            if cited.is_empty() {
                best = r;
            }
        }
        let top = z[best];
        let total: f64 = z.iter().map(|x| ((x - top) / weights.temperature).exp()).sum();
        decisions.push((LABELS[best], crate::round3(1.0 / total), cited));
    }
    for (sp, (label, p, cited)) in report.speakers.iter_mut().zip(decisions) {
        sp.confidence = p;
        if sp.stance != label {
            sp.stance = label;
            sp.evidence.extend(cited);
        }
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn words_skip_capitals_and_trim_apostrophes() {
        let text = "'We can’t wait,' said Ana. it's 'quite soon' O'Neil's mIXed ''' a‘b' incomprehensibilities'";
        let mut got = Vec::new();
        each_word(text, |key, a, b, _| got.push((key, a, b)));
        let words: Vec<String> = got.iter().map(|&(_, a, b)| spell(&text[a..b])).collect();
        assert_eq!(
            words,
            ["can't", "wait", "said", "it's", "quite", "soon", "mixed", "a", "b", "incomprehensibilities"]
        );
        // Each key is the packed spelling, or none for a long word.
        for ((key, ..), word) in got.iter().zip(&words) {
            assert_eq!(*key, pack(word.as_bytes()), "{word}");
        }
        assert_eq!(got[9].0, None);
        // Ranges are the word as it stands, curly apostrophe and all.
        assert_eq!(got[0].1..got[0].2, 4..11);
    }

    #[test]
    fn long_words_are_looked_up_by_their_spelling() {
        let w = parse_weights("bias\t0\t0\t0\t0\nw:extraordinarily's\t0\t0\t5\t0\nw:can't\t0\t0\t0\t1\n");
        assert_eq!((w.words.packed.len(), w.words.long.len()), (1, 1));
        let text = "Extraordinarily’s can’t extraordinarily’s";
        let mut rows = Vec::new();
        each_word(text, |key, a, b, _| rows.push(w.words.get(key, &text[a..b])));
        assert_eq!(rows, [Some(1), Some(0)]);
    }

    #[test]
    fn a_malformed_row_is_left_out() {
        let w = parse_weights("# header\n@temperature\t2.5\nbias\t1\t2\t3\t4\nbroken\t1\t2\nw:x\t0\t0\t0\tzz\n");
        assert_eq!((w.rows.len(), w.other.len(), w.temperature), (0, 1, 2.5));
        assert_eq!(w.other["bias"], [1.0, 2.0, 3.0, 4.0]);
    }

    #[test]
    fn a_word_with_weight_relabels_and_is_cited_where_it_stands() {
        let text = "Bridge plan approved\n\nThe council approved the bridge on Monday.\n\n\"We are worried about the traffic,\" said Ana Lee, who lives nearby.\n\n\"It will be a fine bridge,\" said Tom Hale, the mayor.\n";
        let article = standpoint_core::parse(text);
        let mut report = crate::Classifier::builder().learned(false).build().report(&article, "t");
        let names: Vec<&str> = report.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ana Lee", "Tom Hale"]);
        let tom_by_rules = report.speakers[1].stance;
        assert_ne!(tom_by_rules, Stance::Neutral, "the rules find Tom's praise");
        // Every speaker leans a little neutral; "worried" pulls hard to mixed.
        let table = parse_weights("bias\t0\t0\t0\t0.1\nw:worried\t0.5\t-0.5\t2\t0\n");
        apply_with(&mut report, text, &table);
        let ana = &report.speakers[0];
        assert_eq!(ana.stance, Stance::Mixed);
        let cited = ana.evidence.last().expect("the word is cited");
        assert_eq!((cited.kind, cited.text.as_str(), &text[cited.start..cited.end]), ("learned", "worried", "worried"));
        // Its weight is its lean between optimistic and cautious.
        assert_eq!(cited.weight, 1.0);
        // Scores 0.5, -0.5, 2 and 0.1, at the temperature of 1.
        let p = 2f64.exp() / (0.5f64.exp() + (-0.5f64).exp() + 2f64.exp() + 0.1f64.exp());
        assert_eq!(ana.confidence, crate::round3(p));
        // The layer would call Tom neutral, but no word of his pulls that
        // way: with nothing to cite, the rules' label stands.
        let tom = &report.speakers[1];
        assert_eq!(tom.stance, tom_by_rules);
        assert!(tom.evidence.iter().all(|e| e.kind != "learned"));
    }

    #[test]
    fn a_strong_score_is_not_reversed_but_a_weak_one_is() {
        let text = "Bridge plan approved\n\nThe council approved the bridge on Monday.\n\n\"This bridge is an excellent, wonderful idea and we strongly support it,\" said Tom Hale, the mayor.\n\n\"The bridge will open in May,\" said Ana Lee, a planner.\n";
        let article = standpoint_core::parse(text);
        let mut report = crate::Classifier::builder().learned(false).build().report(&article, "t");
        let by_rules: Vec<(Stance, f64)> = report.speakers.iter().map(|s| (s.stance, s.score)).collect();
        assert_eq!(by_rules[0].0, Stance::Optimistic);
        assert!(by_rules[0].1 >= STRONG, "Tom's praise scores strongly: {}", by_rules[0].1);
        assert!(by_rules[1].1.abs() < STRONG, "Ana's timetable is weak: {}", by_rules[1].1);
        // "bridge", which both say, pulls hard to cautious.
        let table = parse_weights("w:bridge\t-3\t3\t0\t0\n");
        apply_with(&mut report, text, &table);
        // The layer may not turn Tom's strong optimism into caution...
        assert_eq!(report.speakers[0].stance, Stance::Optimistic);
        assert!(report.speakers[0].evidence.iter().all(|e| e.kind != "learned"));
        // ...but it relabels Ana, whose score is weak, and cites the word.
        assert_eq!(report.speakers[1].stance, Stance::Cautious);
        assert!(report.speakers[1].evidence.iter().any(|e| e.kind == "learned" && e.text == "bridge"));
    }

    #[test]
    fn the_frame_is_the_sentence_around_the_utterance() {
        let text = "First line.\nShe warned on Monday that rents would rise, a tenant said. Next one.";
        let start = text.find("rents").unwrap();
        let end = text.find(", a tenant").unwrap();
        let [(a, b), (c, d)] = frame(text, start, end);
        assert_eq!((&text[a..b], &text[c..d]), ("She warned on Monday that ", ", a tenant said"));
        // At the text's edges the frame runs to them.
        assert_eq!(frame("no cut at all", 3, 6), [(0, 3), (6, 13)]);
        // Without a cut it reaches no further than its bound, and not into
        // a character.
        let long = format!(
            "{}é{}“quote”{}",
            "x".repeat(FRAME_REACH),
            "y".repeat(FRAME_REACH - 1),
            "z".repeat(2 * FRAME_REACH)
        );
        let start = long.find('“').unwrap();
        let end = start + "“quote”".len();
        let [(a, b), (c, d)] = frame(&long, start, end);
        assert_eq!((a, b, c, d), (start - FRAME_REACH + 1, start, end, end + FRAME_REACH));
        assert!(long[a..b].starts_with('y'), "the cut é is left out");
    }

    #[test]
    fn a_frame_word_relabels_and_is_cited_in_the_article() {
        let text = "Depot plan goes ahead\n\nThe depot will open in May.\n\nTom Hale, who lives beside the yard, said that the depot will open in May.\n";
        let article = standpoint_core::parse(text);
        let mut report = crate::Classifier::builder().learned(false).build().report(&article, "t");
        let tom = report.speakers.iter().position(|s| s.name == "Tom Hale").expect("Tom speaks");
        assert_ne!(report.speakers[tom].stance, Stance::Cautious);
        // "beside" is the narrator's word, outside what Tom said; as a
        // word of his own it would weigh nothing.
        assert!(!report.utterances.iter().any(|u| u.text.contains("beside")));
        let table = parse_weights("f:beside\t-1\t3\t0\t0\nw:beside\t0\t0\t0\t5\n");
        apply_with(&mut report, text, &table);
        let tom = &report.speakers[tom];
        assert_eq!(tom.stance, Stance::Cautious);
        let cited = tom.evidence.last().expect("the frame word is cited");
        assert_eq!((cited.kind, &text[cited.start..cited.end]), ("learned", "beside"));
        assert_eq!(cited.weight, -4.0);
    }

    #[test]
    fn pairs_are_words_next_to_each_other() {
        let text = "not enough, Not enough, not Sam enough; far too late";
        let mut words = Vec::new();
        each_word(text, |_, a, b, n| words.push((&text[a..b], n)));
        // "Not" and "Sam" count as places without being features.
        assert_eq!(
            words,
            [("not", 1), ("enough", 2), ("enough", 4), ("not", 5), ("enough", 7), ("far", 8), ("too", 9), ("late", 10)]
        );
        let w = parse_weights(
            "b:not_enough\t0\t0\t4\t0\nb:too_late\t0\t0\t2\t0\nb:incomprehensibilities_long\t0\t0\t9\t0\n",
        );
        assert_eq!(w.pairs.len(), 2, "a pair with a word too long to pack is left out");
        let article = standpoint_core::parse(
            "Dam plan\n\n\"It is not enough, and it is far too late,\" said Ana Lee, a farmer.\n",
        );
        let mut report = crate::Classifier::builder().learned(false).build().report(&article, "t");
        assert_ne!(report.speakers[0].stance, Stance::Mixed);
        apply_with(&mut report, article.text, &w);
        let ana = &report.speakers[0];
        assert_eq!(ana.stance, Stance::Mixed);
        let cited: Vec<&str> =
            ana.evidence.iter().filter(|e| e.kind == "learned").map(|e| &article.text[e.start..e.end]).collect();
        assert_eq!(cited, ["not enough", "too late"]);
    }

    #[test]
    fn every_shipped_row_reads_and_is_compiled_as_read() {
        // Every row of the shipped table reads (build.rs also fails on a
        // row that does not) ...
        let text = include_str!("../data/learned.tsv");
        let rows = text.lines().filter(|l| !l.starts_with(['#', '@']) && !l.is_empty()).count();
        let read = parse_weights(text);
        assert!(rows > 100, "the table has {rows} rows");
        assert_eq!(rows, read.rows.len() + read.other.len());
        // ... and the compiled table is what reading it gives, bit for bit.
        let compiled = compiled();
        assert!(matches!(compiled.rows, Cow::Borrowed(_)));
        assert_eq!(compiled.rows.len(), read.rows.len());
        for (c, r) in compiled.rows.iter().zip(read.rows.iter()) {
            assert_eq!(c.map(f64::to_bits), r.map(f64::to_bits));
        }
        assert!(compiled.words == read.words && compiled.frame == read.frame && compiled.pairs == read.pairs);
        assert_eq!(compiled.other.len(), read.other.len());
        for (name, w) in &read.other {
            assert_eq!(compiled.other[name].map(f64::to_bits), w.map(f64::to_bits), "{name}");
        }
        assert_eq!(compiled.temperature.to_bits(), read.temperature.to_bits());
    }
}
