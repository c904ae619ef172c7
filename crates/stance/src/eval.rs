//! Accuracy against hand-made gold labels, with the definitions of the
//! project's reference scorer `score.py`.
//!
//! A [`Gold`] file lists the speakers an article quotes (each with the names
//! a report may use and the stance labels accepted), short verbatim `key`s of
//! their utterances, and spans that must not be reported as anybody's words.
//! [`score`] compares a [`Submission`] (the part of a [`Report`] that scoring
//! needs) with it and returns the figures, the raw counts and every problem
//! found, worded for a person.
//!
//! The definitions are those of `score.py`, to the byte, because the tool is
//! judged by that script:
//!
//! - A reported speaker matches a gold speaker when [`norm`] of its name
//!   equals [`norm`] of one of the gold `names`. A reported speaker that
//!   matches nothing, or a gold speaker already matched, is spurious.
//! - Speaker recall is over required gold speakers; precision is over all
//!   reported speakers.
//! - Stance accuracy is over the required gold speakers that were found. A
//!   matched *optional* speaker with a stance that is not accepted counts as an
//!   error.
//! - A gold key's span is the byte range of its first occurrence in the
//!   article. A reported utterance overlaps it when they share a byte. A key is
//!   found when an overlapping utterance names an accepted speaker; otherwise
//!   any overlapping utterance is a misattribution (an error), required key or
//!   not.
//! - A reported utterance lying wholly inside a `not_utterances` key is an
//!   error unless its speaker is the gold speaker named by `unless`. As in
//!   `score.py`, an utterance whose speaker matches no gold speaker is exempt
//!   when there is no `unless`.
//!
//! The module does no I/O: callers read the files and pass strings.
//!
//! # Example
//!
//! ```
//! use standpoint_stance::eval::{score, Gold, Submission};
//!
//! let article = "“We will meet soon,” Ana Ruiz said.";
//! let gold = Gold::from_json(r#"{
//!     "article": "tiny.txt",
//!     "speakers": [{"id": "ana", "required": true, "stance": ["optimistic"],
//!                   "names": ["Ana Ruiz", "Ruiz"]}],
//!     "utterances": [{"speaker": "ana", "required": true, "key": "We will meet soon"}]
//! }"#)?;
//! let report = Submission::from_json(r#"{
//!     "speakers": [{"name": "Ana Ruiz", "stance": "optimistic"}],
//!     "utterances": [{"speaker": "Ana Ruiz", "start": 3, "end": 20}]
//! }"#)?;
//! let scored = score(article, &gold, &report)?;
//! assert_eq!(
//!     scored.to_string(),
//!     "tiny.txt: speakers 1/1 found, 1/1 right | stance 1/1 | utterances 1/1 | errors 0",
//! );
//! assert!(scored.problems.is_empty());
//! # Ok::<(), standpoint_stance::eval::EvalError>(())
//! ```

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Report, Stance};

/// Why scoring could not be done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    kind: EvalErrorKind,
    message: String,
}

/// The kind of an [`EvalError`].
///
/// This enum may grow: match it with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EvalErrorKind {
    /// The gold file is not JSON of the gold format, or is inconsistent (an
    /// unknown speaker id, an unknown stance label, a speaker without names).
    InvalidGold,
    /// The report is not JSON of the shape scoring needs.
    InvalidSubmission,
    /// A gold key does not occur in the article: the gold belongs to another
    /// text, or the text was changed.
    KeyNotInArticle,
}

impl EvalError {
    fn new(kind: EvalErrorKind, message: impl Into<String>) -> EvalError {
        EvalError { kind, message: message.into() }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> EvalErrorKind {
        self.kind
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EvalError {}

/// Gold labels for one article (the format of the project's `gold/*.json`).
///
/// Fields the scorer does not use (`topic`, `notes`, `why`, `kind`) are
/// accepted and ignored.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Gold {
    /// The article's file name, used to label the figures. `score.py` falls
    /// back to the gold file's path when it is absent; callers that want the
    /// same should fill it in before scoring.
    #[serde(default)]
    pub article: Option<String>,
    /// Everybody the article quotes.
    pub speakers: Vec<GoldSpeaker>,
    /// Short verbatim keys of their utterances.
    pub utterances: Vec<GoldUtterance>,
    /// Spans that must not be reported as anybody's words.
    #[serde(default)]
    pub not_utterances: Vec<NotUtterance>,
    /// The figures this article must reach in the project's end-to-end test.
    /// Not part of the `score.py` format (which ignores it); absent means
    /// every figure must be perfect.
    #[serde(default)]
    pub thresholds: Option<Thresholds>,
}

/// One speaker in a [`Gold`] file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldSpeaker {
    /// Short id that utterances refer to, such as `haley`.
    pub id: String,
    /// Whether a report must find this speaker.
    pub required: bool,
    /// Every accepted stance label, the preferred one first.
    pub stance: Vec<String>,
    /// The surface forms a report may use; the first one names the speaker in
    /// problems.
    pub names: Vec<String>,
}

/// One utterance key in a [`Gold`] file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldUtterance {
    /// The ids of the speakers to whom the utterance may be attributed. The
    /// JSON may give one id as a string or several as a list.
    #[serde(deserialize_with = "one_or_many")]
    pub speaker: Vec<String>,
    /// Whether a report must find this utterance.
    pub required: bool,
    /// A verbatim substring of the utterance; its first occurrence in the
    /// article is what counts.
    pub key: String,
}

/// A span in a [`Gold`] file that must not be reported as anybody's words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NotUtterance {
    /// A verbatim substring of the article; its first occurrence counts.
    pub key: String,
    /// The id of a speaker for whom an utterance inside the span is allowed.
    #[serde(default)]
    pub unless: Option<String>,
    /// Why the span is not speech, for problems.
    #[serde(default)]
    pub why: String,
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    match OneOrMany::deserialize(d) {
        Ok(OneOrMany::One(id)) => Ok(vec![id]),
        Ok(OneOrMany::Many(ids)) => Ok(ids),
        Err(_) => Err(serde::de::Error::custom("`speaker` must be a speaker id or a list of speaker ids")),
    }
}

impl Gold {
    /// Reads gold labels from JSON and checks that they are consistent.
    ///
    /// Beyond the JSON shape, this rejects what `score.py` would silently
    /// mis-score: a speaker without names or stance labels, a stance label
    /// other than `optimistic`, `cautious`, `mixed` or `neutral`, two speakers
    /// with one id, and an utterance or `unless` naming an unknown id.
    pub fn from_json(text: &str) -> Result<Gold, EvalError> {
        let gold: Gold =
            serde_json::from_str(text).map_err(|e| EvalError::new(EvalErrorKind::InvalidGold, format!("gold: {e}")))?;
        gold.validate()?;
        Ok(gold)
    }

    fn validate(&self) -> Result<(), EvalError> {
        let invalid = |m: String| Err(EvalError::new(EvalErrorKind::InvalidGold, m));
        let labels = [Stance::Optimistic, Stance::Cautious, Stance::Mixed, Stance::Neutral].map(Stance::as_str);
        let mut ids = HashSet::new();
        for s in &self.speakers {
            if !ids.insert(s.id.as_str()) {
                return invalid(format!("gold: two speakers have the id {:?}", s.id));
            }
            if s.names.is_empty() {
                return invalid(format!("gold: speaker {:?} has no names", s.id));
            }
            if s.stance.is_empty() {
                return invalid(format!("gold: speaker {:?} has no stance", s.id));
            }
            if let Some(bad) = s.stance.iter().find(|l| !labels.contains(&l.as_str())) {
                return invalid(format!(
                    "gold: speaker {:?} has the unknown stance {bad:?} (want one of {})",
                    s.id,
                    labels.join(", ")
                ));
            }
        }
        for u in &self.utterances {
            if u.speaker.is_empty() {
                return invalid(format!("gold: utterance {:?} names no speaker", u.key));
            }
            if let Some(bad) = u.speaker.iter().find(|id| !ids.contains(id.as_str())) {
                return invalid(format!("gold: utterance {:?} names the unknown speaker id {bad:?}", u.key));
            }
        }
        for n in &self.not_utterances {
            if let Some(bad) = n.unless.as_ref().filter(|id| !ids.contains(id.as_str())) {
                return invalid(format!(
                    "gold: not_utterance {:?} names the unknown speaker id {bad:?} in `unless`",
                    n.key
                ));
            }
        }
        Ok(())
    }
}

/// The part of a report that scoring needs.
///
/// Build it from one of our [`Report`]s with `From`, or from any tool's JSON
/// report with [`Submission::from_json`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Submission {
    /// The reported speakers, in the report's order (order decides which of
    /// two duplicates counts as the spurious one).
    pub speakers: Vec<SubmittedSpeaker>,
    /// The reported utterances.
    pub utterances: Vec<SubmittedUtterance>,
}

/// A speaker in a [`Submission`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmittedSpeaker {
    /// The name; `None` when the report gives none (it then matches nothing).
    pub name: Option<String>,
    /// The stance label; `None` when the report gives none (never accepted).
    pub stance: Option<String>,
}

/// An utterance in a [`Submission`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmittedUtterance {
    /// The speaker's name; `None` when the report gives none.
    pub speaker: Option<String>,
    /// Byte offset of the first byte in the article. Signed, because other
    /// tools' reports are scored as given, as `score.py` does.
    pub start: i64,
    /// Byte offset one past the last byte.
    pub end: i64,
}

impl From<&Report> for Submission {
    fn from(report: &Report) -> Submission {
        // Offsets beyond i64 cannot come from a real article.
        let offset = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        Submission {
            speakers: report
                .speakers
                .iter()
                .map(|s| SubmittedSpeaker { name: Some(s.name.clone()), stance: Some(s.stance.as_str().to_string()) })
                .collect(),
            utterances: report
                .utterances
                .iter()
                .map(|u| SubmittedUtterance {
                    speaker: Some(u.speaker.clone()),
                    start: offset(u.start),
                    end: offset(u.end),
                })
                .collect(),
        }
    }
}

impl Submission {
    /// Reads a JSON report of the shape `score.py` accepts:
    /// `{"speakers": [{"name", "stance"}], "utterances": [{"speaker", "start", "end"}]}`.
    /// Other fields are ignored.
    ///
    /// A missing or `null` name, stance or utterance speaker is `None`.
    /// `start` and `end` must be numbers (a fraction is cut off, like Python's
    /// `int`). Where `score.py` would quietly turn other JSON types into
    /// strings or numbers, this returns an error instead.
    pub fn from_json(text: &str) -> Result<Submission, EvalError> {
        let invalid = |m: String| {
            EvalError::new(
                EvalErrorKind::InvalidSubmission,
                format!("the report is not JSON of the expected shape: {m}"),
            )
        };
        let value: Value = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let list = |field: &str| match value.get(field) {
            Some(Value::Array(items)) => Ok(items),
            Some(_) => Err(invalid(format!("`{field}` is not a list"))),
            None => Err(invalid(format!("no `{field}`"))),
        };
        let string = |item: &Value, field: &str, what: &str| match item.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(invalid(format!("{what} `{field}` is not a string: {other}"))),
        };
        let offset = |item: &Value, field: &str| match item.get(field) {
            Some(Value::Number(n)) => n
                .as_i64()
                .or_else(|| n.as_f64().filter(|f| f.abs() < 9.2e18).map(|f| f as i64))
                .ok_or_else(|| invalid(format!("utterance `{field}` is out of range: {n}"))),
            _ => Err(invalid(format!("utterance without integer start/end: {item}"))),
        };
        let mut submission = Submission::default();
        for s in list("speakers")? {
            if !s.is_object() {
                return Err(invalid(format!("speaker is not an object: {s}")));
            }
            submission.speakers.push(SubmittedSpeaker {
                name: string(s, "name", "speaker")?,
                stance: string(s, "stance", "speaker")?,
            });
        }
        for u in list("utterances")? {
            if !u.is_object() {
                return Err(invalid(format!("utterance is not an object: {u}")));
            }
            submission.utterances.push(SubmittedUtterance {
                speaker: string(u, "speaker", "utterance")?,
                start: offset(u, "start")?,
                end: offset(u, "end")?,
            });
        }
        Ok(submission)
    }
}

/// The five figures of `score.py --json`, for one article.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figures {
    /// Found required speakers over required speakers (1 when none are required).
    pub speaker_recall: f64,
    /// Reported speakers that are neither unknown nor duplicates, over
    /// reported speakers (0 when none are reported).
    pub speaker_precision: f64,
    /// Found required speakers with an accepted stance, over found required
    /// speakers (0 when none is found).
    pub stance_accuracy: f64,
    /// Found required keys over required keys (1 when none are required).
    pub utterance_recall: f64,
    /// Misattributed keys, forbidden utterances and wrong stances of optional
    /// speakers.
    pub errors: usize,
}

/// The figures averaged over several articles (see [`macro_figures`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MacroFigures {
    /// Mean speaker recall.
    pub speaker_recall: f64,
    /// Mean speaker precision.
    pub speaker_precision: f64,
    /// Mean stance accuracy.
    pub stance_accuracy: f64,
    /// Mean utterance recall.
    pub utterance_recall: f64,
    /// Mean errors per article (a fraction, unlike [`Figures::errors`]).
    pub errors: f64,
}

/// The counts behind [`Figures`], as in `score.py`'s summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Required gold speakers that the report names.
    pub speakers_found: usize,
    /// Required gold speakers.
    pub speakers_required: usize,
    /// Reported speakers that are neither unknown nor duplicates.
    pub speakers_right: usize,
    /// Reported speakers.
    pub speakers_reported: usize,
    /// Found required speakers with an accepted stance.
    pub stances_right: usize,
    /// Found required speakers.
    pub stances_total: usize,
    /// Required keys found with an accepted speaker.
    pub utterances_found: usize,
    /// Required keys.
    pub utterances_required: usize,
}

/// The result of scoring one report against one gold file.
///
/// `Display` prints `score.py`'s summary line, such as
/// `x.txt: speakers 5/5 found, 5/6 right | stance 4/5 | utterances 20/21 | errors 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The gold's `article` field (empty when it has none).
    pub article: String,
    /// The figures.
    pub figures: Figures,
    /// The counts behind them.
    pub counts: Counts,
    /// Every miss and error, worded as `score.py` words them, in its order:
    /// missing speakers, spurious speakers, wrong stances, utterance keys,
    /// forbidden utterances.
    pub problems: Vec<String>,
}

impl fmt::Display for Scored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        write!(
            f,
            "{}: speakers {}/{} found, {}/{} right | stance {}/{} | utterances {}/{} | errors {}",
            self.article,
            c.speakers_found,
            c.speakers_required,
            c.speakers_right,
            c.speakers_reported,
            c.stances_right,
            c.stances_total,
            c.utterances_found,
            c.utterances_required,
            self.figures.errors
        )
    }
}

/// Normalizes a speaker name for matching, as `score.py` does: lower case,
/// hyphens, dots, apostrophes (straight and curly), underscores and
/// parentheses turned into spaces, runs of white space into one space, and
/// no space at either end.
///
/// ```
/// use standpoint_stance::eval::norm;
/// assert_eq!(norm("President Bae Yoon-seul"), "president bae yoon seul");
/// assert_eq!(norm(" U.S.  officials"), "u s officials");
/// ```
pub fn norm(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.to_lowercase().chars() {
        if matches!(c, '-' | '.' | '\'' | '\u{2019}' | '_' | '(' | ')') || is_py_space(c) {
            pending_space = true;
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    out
}

/// Python's `str.isspace`, which is what `\s` matches in `score.py`: Rust's
/// white space plus the four ASCII separators U+001C to U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The text as `score.py` sees it: Python reads the article with universal
/// newlines, so `\r\n` and a lone `\r` become `\n` before keys are located.
fn universal_newlines(text: &str) -> Cow<'_, str> {
    if text.contains('\r') { Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n")) } else { Cow::Borrowed(text) }
}

/// The byte range of the first occurrence of `key`. Because UTF-8 is
/// self-synchronizing, the first byte match is the first code point match, so
/// this equals `score.py`'s `str.find` converted to bytes.
fn key_span(text: &str, key: &str) -> Result<(i64, i64), EvalError> {
    let start = text.find(key).ok_or_else(|| {
        EvalError::new(EvalErrorKind::KeyNotInArticle, format!("gold key not in article: {}", py_repr(key)))
    })?;
    // Text lengths always fit in i64.
    Ok((start as i64, (start + key.len()) as i64))
}

/// Python's `repr` of a string, so that problems read exactly like
/// `score.py`'s. Printability follows Python for everything short of
/// unassigned code points, which are shown as they are.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let n = u32::from(c);
                let escaped = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.push_str(&escaped);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn py_repr_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_string(), py_repr)
}

/// Python's `str.isprintable` for one character: not a control, format,
/// separator (other than the space) or private-use character.
fn py_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || is_py_space(c) {
        return false;
    }
    let format_or_private = matches!(
        u32::from(c),
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2 | 0x180E
            | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
            | 0xD800..=0xF8FF | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD
            | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001
            | 0xE0020..=0xE007F | 0xF0000..
    );
    !format_or_private
}

/// Python's `repr` of a sorted list of strings, such as `['Novak', 'Ruiz']`.
fn py_list(names: &BTreeSet<String>) -> String {
    let items: Vec<String> = names.iter().map(|n| py_repr(n)).collect();
    format!("[{}]", items.join(", "))
}

/// A reported utterance with its gold speaker resolved.
struct Said<'a> {
    start: i64,
    end: i64,
    /// The gold id its speaker name matches, if any.
    gold: Option<&'a str>,
    /// The name as reported, or `None` (shown as Python shows `str(None)`).
    name: &'a str,
}

/// Scores a report against the gold labels of `article_text`, with the
/// definitions of `score.py` (see the [module docs](self)).
///
/// Like `score.py`, which reads the article with universal newlines, keys are
/// located after turning `\r\n` and `\r` into `\n`; the report's offsets must
/// refer to that text too.
///
/// # Errors
///
/// [`EvalErrorKind::KeyNotInArticle`] when a gold key does not occur in the
/// article (where `score.py` stops).
pub fn score(article_text: &str, gold: &Gold, submission: &Submission) -> Result<Scored, EvalError> {
    let text = universal_newlines(article_text);
    let mut by_name: HashMap<String, &str> = HashMap::new();
    for g in &gold.speakers {
        for n in &g.names {
            by_name.entry(norm(n)).or_insert(&g.id);
        }
    }
    // Like the dict comprehension in score.py, a later duplicate id would win;
    // `Gold::from_json` rejects duplicates anyway.
    let gold_by_id: HashMap<&str, &GoldSpeaker> = gold.speakers.iter().map(|g| (g.id.as_str(), g)).collect();
    let gid = |name: Option<&str>| by_name.get(&norm(name.unwrap_or(""))).copied();

    let mut problems = Vec::new();

    // Speakers. A second report speaker for an already matched gold speaker
    // is spurious: precision punishes splitting one person in two.
    let mut matched: Vec<(&str, &SubmittedSpeaker)> = Vec::new();
    let mut spurious: Vec<Option<&str>> = Vec::new();
    for s in &submission.speakers {
        match gid(s.name.as_deref()) {
            Some(g) if !matched.iter().any(|(m, _)| *m == g) => matched.push((g, s)),
            _ => spurious.push(s.name.as_deref()),
        }
    }
    let required: Vec<&str> = gold.speakers.iter().filter(|g| g.required).map(|g| g.id.as_str()).collect();
    let is_matched = |g: &str| matched.iter().any(|(m, _)| *m == g);
    let found = required.iter().filter(|g| is_matched(g)).count();
    for g in required.iter().filter(|g| !is_matched(g)) {
        // `Gold::from_json` guarantees a name; a hand-built `Gold` falls back to the id.
        let name = gold_by_id[g].names.first().map_or(*g, String::as_str);
        problems.push(format!("missing speaker {name}"));
    }
    for n in &spurious {
        problems.push(format!("spurious or duplicate speaker {}", py_repr_opt(*n)));
    }
    let mut stances_right = 0;
    let mut errors = 0;
    for (g, s) in &matched {
        let want = &gold_by_id[g];
        if want.stance.iter().any(|l| Some(l.as_str()) == s.stance.as_deref()) {
            stances_right += usize::from(want.required);
        } else {
            // A wrong stance on a required speaker lowers stance accuracy;
            // an optional one has no place in that figure, so it is an error.
            errors += usize::from(!want.required);
            problems.push(format!(
                "stance of {}: {}, want {}",
                s.name.as_deref().unwrap_or("None"),
                py_repr_opt(s.stance.as_deref()),
                want.stance.join("|")
            ));
        }
    }

    // Utterances.
    let said: Vec<Said<'_>> = submission
        .utterances
        .iter()
        .map(|u| Said {
            start: u.start,
            end: u.end,
            gold: gid(u.speaker.as_deref()),
            name: u.speaker.as_deref().unwrap_or("None"),
        })
        .collect();
    let (mut utterances_required, mut utterances_found) = (0, 0);
    for gu in &gold.utterances {
        let (ks, ke) = key_span(&text, &gu.key)?;
        let over: Vec<&Said<'_>> = said.iter().filter(|s| s.start < ke && ks < s.end).collect();
        let right = over.iter().any(|s| s.gold.is_some_and(|g| gu.speaker.iter().any(|w| w == g)));
        let want = gu.speaker.join("|");
        utterances_required += usize::from(gu.required);
        if right {
            utterances_found += usize::from(gu.required);
        } else if !over.is_empty() {
            errors += 1;
            let names: BTreeSet<String> = over.iter().map(|s| s.name.to_string()).collect();
            problems.push(format!("misattributed {}: {}, want {want}", py_repr(&gu.key), py_list(&names)));
        } else if gu.required {
            problems.push(format!("missed {want}: {}", py_repr(&gu.key)));
        }
    }
    for nu in &gold.not_utterances {
        let (ks, ke) = key_span(&text, &nu.key)?;
        // `!=` on options, as in score.py: with no `unless`, an utterance of
        // a speaker unknown to the gold is not counted.
        let inside: BTreeSet<String> = said
            .iter()
            .filter(|s| ks <= s.start && s.end <= ke && s.gold != nu.unless.as_deref())
            .map(|s| s.name.to_string())
            .collect();
        if !inside.is_empty() {
            errors += 1;
            let head: String = nu.key.chars().take(40).collect();
            problems.push(format!("forbidden utterance in {} ({}): {}", py_repr(&head), nu.why, py_list(&inside)));
        }
    }

    let ratio = |n: usize, d: usize, empty: f64| if d == 0 { empty } else { n as f64 / d as f64 };
    let reported = submission.speakers.len();
    let counts = Counts {
        speakers_found: found,
        speakers_required: required.len(),
        speakers_right: reported - spurious.len(),
        speakers_reported: reported,
        stances_right,
        stances_total: found,
        utterances_found,
        utterances_required,
    };
    Ok(Scored {
        article: gold.article.clone().unwrap_or_default(),
        figures: Figures {
            speaker_recall: ratio(counts.speakers_found, counts.speakers_required, 1.0),
            speaker_precision: ratio(counts.speakers_right, reported, 0.0),
            stance_accuracy: ratio(stances_right, found, 0.0),
            utterance_recall: ratio(utterances_found, utterances_required, 1.0),
            errors,
        },
        counts,
        problems,
    })
}

/// The mean of each figure over several articles, every article weighing the
/// same; `errors` becomes mean errors per article. `None` for no articles.
pub fn macro_figures(scored: &[Scored]) -> Option<MacroFigures> {
    if scored.is_empty() {
        return None;
    }
    let n = scored.len() as f64;
    let mean = |f: fn(&Figures) -> f64| scored.iter().map(|s| f(&s.figures)).sum::<f64>() / n;
    Some(MacroFigures {
        speaker_recall: mean(|f| f.speaker_recall),
        speaker_precision: mean(|f| f.speaker_precision),
        stance_accuracy: mean(|f| f.stance_accuracy),
        utterance_recall: mean(|f| f.utterance_recall),
        errors: mean(|f| f.errors as f64),
    })
}

/// One article's line in a [`Summary`]: its name and its figures, flattened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleFigures {
    /// The gold's `article` field.
    pub article: String,
    /// The figures, serialized next to `article`.
    #[serde(flatten)]
    pub figures: Figures,
}

/// The figures of an evaluation run, in the JSON shape of `standpoint eval
/// --format json`: `{"articles": [{"article": …, <figures>}], "macro": {<figures>}}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Per-article figures, in the order scored.
    pub articles: Vec<ArticleFigures>,
    /// The macro averages; `null` when there are no articles.
    #[serde(rename = "macro")]
    pub macro_figures: Option<MacroFigures>,
}

impl Summary {
    /// Collects the figures of several scored articles.
    pub fn new(scored: &[Scored]) -> Summary {
        Summary {
            articles: scored
                .iter()
                .map(|s| ArticleFigures { article: s.article.clone(), figures: s.figures })
                .collect(),
            macro_figures: macro_figures(scored),
        }
    }
}

/// Minimum figures a scored article must reach.
///
/// In JSON (for example a gold file's `thresholds`), the fields are named
/// after `score.py`'s options; a missing field takes its [`Thresholds::PERFECT`]
/// value, so leaving a field out never loosens a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Lowest accepted speaker recall.
    pub min_speaker_recall: f64,
    /// Lowest accepted speaker precision.
    pub min_speaker_precision: f64,
    /// Lowest accepted stance accuracy.
    pub min_stance: f64,
    /// Lowest accepted utterance recall.
    pub min_utterance_recall: f64,
    /// Most accepted errors.
    pub max_errors: usize,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds::PERFECT
    }
}

impl Thresholds {
    /// Every figure perfect and no error.
    pub const PERFECT: Thresholds = Thresholds {
        min_speaker_recall: 1.0,
        min_speaker_precision: 1.0,
        min_stance: 1.0,
        min_utterance_recall: 1.0,
        max_errors: 0,
    };

    /// `score.py`'s defaults, which decide its exit status: utterance recall
    /// may drop to 0.95, everything else must be perfect.
    pub const SCORE_PY: Thresholds = Thresholds { min_utterance_recall: 0.95, ..Thresholds::PERFECT };

    /// The thresholds that `figures` misses, one line each, such as
    /// `stance_accuracy 0.8 < 1`. Empty when all are met.
    pub fn misses(&self, figures: &Figures) -> Vec<String> {
        let mut out = Vec::new();
        let mut at_least = |name: &str, got: f64, min: f64| {
            if got < min {
                out.push(format!("{name} {got} < {min}"));
            }
        };
        at_least("speaker_recall", figures.speaker_recall, self.min_speaker_recall);
        at_least("speaker_precision", figures.speaker_precision, self.min_speaker_precision);
        at_least("stance_accuracy", figures.stance_accuracy, self.min_stance);
        at_least("utterance_recall", figures.utterance_recall, self.min_utterance_recall);
        if figures.errors > self.max_errors {
            out.push(format!("errors {} > {}", figures.errors, self.max_errors));
        }
        out
    }
}

/// Articles and gold files paired by file stem (`x.txt` with `x.json`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pairing {
    /// `(article, gold)` pairs, sorted by stem.
    pub pairs: Vec<(PathBuf, PathBuf)>,
    /// Articles without a gold file of the same stem, sorted.
    pub articles_without_gold: Vec<PathBuf>,
    /// Gold files without an article of the same stem, sorted.
    pub gold_without_article: Vec<PathBuf>,
}

/// Pairs article paths with gold paths of the same file stem. Only the names
/// are compared; nothing is read. When two paths on one side share a stem, the
/// first in sorted order is paired and the other is left unpaired.
pub fn pair_by_stem<A: AsRef<Path>, G: AsRef<Path>>(articles: &[A], golds: &[G]) -> Pairing {
    let sorted = |paths: Vec<PathBuf>| {
        let mut paths = paths;
        paths.sort();
        paths
    };
    let articles = sorted(articles.iter().map(|p| p.as_ref().to_path_buf()).collect());
    let mut golds: Vec<Option<PathBuf>> =
        sorted(golds.iter().map(|p| p.as_ref().to_path_buf()).collect()).into_iter().map(Some).collect();
    let mut pairing = Pairing::default();
    for article in articles {
        let stem = article.file_stem();
        let gold = golds.iter_mut().find(|g| g.as_ref().is_some_and(|g| g.file_stem() == stem)).and_then(Option::take);
        match gold {
            Some(gold) => pairing.pairs.push((article, gold)),
            None => pairing.articles_without_gold.push(article),
        }
    }
    pairing.gold_without_article = golds.into_iter().flatten().collect();
    pairing.pairs.sort_by(|a, b| a.0.file_stem().cmp(&b.0.file_stem()).then(a.cmp(b)));
    pairing
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Non-ASCII letters and curly quotes come before every key, so a scorer
    /// that counted characters instead of bytes would put each key elsewhere.
    const ARTICLE: &str = "Café talks: “We are hopeful about the deal,” said Ana Núñez on Monday. \
City officials warned that it was too soon. Bo Li called it “great for the street.” \
The plan, known as “Fresh Start,” begins in May. \
Núñez said Bo Li told her “the street is ready.”";

    const GOLD: &str = r#"{
        "article": "tiny.txt",
        "topic": "the plan",
        "speakers": [
            {"id": "ana", "required": true, "stance": ["optimistic"],
             "names": ["Ana Núñez", "Núñez", "Ana"], "why": "hopeful"},
            {"id": "officials", "required": true, "stance": ["cautious"],
             "names": ["City officials", "officials"]},
            {"id": "bo", "required": false, "stance": ["optimistic", "mixed"],
             "names": ["Bo Li", "Li"]},
            {"id": "narrator", "required": false, "stance": ["neutral"], "names": ["narrator"]}
        ],
        "utterances": [
            {"speaker": "ana", "required": true, "kind": "direct", "key": "We are hopeful about the deal"},
            {"speaker": "officials", "required": true, "kind": "reported", "key": "it was too soon"},
            {"speaker": "bo", "required": false, "kind": "partial", "key": "great for the street"},
            {"speaker": ["bo", "ana"], "required": true, "kind": "direct", "key": "the street is ready"}
        ],
        "not_utterances": [
            {"key": "“Fresh Start,”", "why": "a programme name"},
            {"key": "begins in May", "unless": "narrator", "why": "the article's own words"}
        ]
    }"#;

    fn gold() -> Gold {
        Gold::from_json(GOLD).unwrap()
    }

    /// The byte span of the first occurrence of `needle` in the article.
    fn at(needle: &str) -> (i64, i64) {
        key_span(ARTICLE, needle).unwrap()
    }

    fn speaker(name: &str, stance: &str) -> SubmittedSpeaker {
        SubmittedSpeaker { name: Some(name.into()), stance: Some(stance.into()) }
    }

    fn said(name: &str, (start, end): (i64, i64)) -> SubmittedUtterance {
        SubmittedUtterance { speaker: Some(name.into()), start, end }
    }

    /// A report that gets everything right.
    fn perfect() -> Submission {
        Submission {
            speakers: vec![speaker("Ana Núñez", "optimistic"), speaker("City officials", "cautious")],
            utterances: vec![
                said("Ana Núñez", at("“We are hopeful about the deal,”")),
                said("City officials", at("that it was too soon")),
                said("Ana Núñez", at("the street is ready")),
            ],
        }
    }

    #[track_caller]
    fn check(submission: &Submission, line: &str, problems: &[&str]) -> Scored {
        let scored = score(ARTICLE, &gold(), submission).unwrap();
        assert_eq!(scored.to_string(), line, "summary line");
        assert_eq!(scored.problems, problems, "problems");
        scored
    }

    #[test]
    fn a_perfect_report_scores_perfectly() {
        let scored =
            check(&perfect(), "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
        let f = scored.figures;
        assert_eq!((f.speaker_recall, f.speaker_precision, f.stance_accuracy), (1.0, 1.0, 1.0));
        assert_eq!((f.utterance_recall, f.errors), (1.0, 0));
        assert!(Thresholds::PERFECT.misses(&f).is_empty());
    }

    #[test]
    fn an_empty_report_finds_nothing() {
        let scored = check(
            &Submission::default(),
            "tiny.txt: speakers 0/2 found, 0/0 right | stance 0/0 | utterances 0/3 | errors 0",
            &[
                "missing speaker Ana Núñez",
                "missing speaker City officials",
                "missed ana: 'We are hopeful about the deal'",
                "missed officials: 'it was too soon'",
                "missed bo|ana: 'the street is ready'",
            ],
        );
        // score.py's conventions for empty denominators.
        assert_eq!(scored.figures.speaker_precision, 0.0);
        assert_eq!(scored.figures.stance_accuracy, 0.0);
        assert_eq!(scored.figures.speaker_recall, 0.0);
    }

    #[test]
    fn names_match_after_normalization() {
        let mut s = perfect();
        s.speakers[0].name = Some("  ANA   núñez ".into());
        s.speakers[1].name = Some("city-officials".into());
        for u in &mut s.utterances {
            u.speaker = Some("núñez".into());
        }
        s.utterances[1].speaker = Some("(Officials)".into());
        check(&s, "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
    }

    #[test]
    fn a_duplicate_or_unknown_speaker_is_spurious() {
        let mut s = perfect();
        s.speakers.push(speaker("Núñez", "optimistic"));
        s.speakers.push(speaker("The mayor", "neutral"));
        s.speakers.push(SubmittedSpeaker { name: None, stance: None });
        let scored = check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/5 right | stance 2/2 | utterances 3/3 | errors 0",
            &[
                "spurious or duplicate speaker 'Núñez'",
                "spurious or duplicate speaker 'The mayor'",
                "spurious or duplicate speaker None",
            ],
        );
        assert_eq!(scored.figures.speaker_precision, 0.4);
    }

    #[test]
    fn the_first_of_two_duplicates_is_the_one_scored() {
        let mut s = perfect();
        s.speakers.insert(0, speaker("Ana", "cautious"));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/3 right | stance 1/2 | utterances 3/3 | errors 0",
            &["spurious or duplicate speaker 'Ana Núñez'", "stance of Ana: 'cautious', want optimistic"],
        );
    }

    #[test]
    fn a_wrong_stance_on_a_required_speaker_lowers_accuracy() {
        let mut s = perfect();
        s.speakers[1].stance = Some("optimistic".into());
        s.speakers[0].stance = None;
        let scored = check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 0/2 | utterances 3/3 | errors 0",
            &["stance of Ana Núñez: None, want optimistic", "stance of City officials: 'optimistic', want cautious"],
        );
        assert_eq!(scored.figures.stance_accuracy, 0.0);
    }

    #[test]
    fn a_wrong_stance_on_an_optional_speaker_is_an_error() {
        let mut s = perfect();
        s.speakers.push(speaker("Bo Li", "mixed"));
        check(&s, "tiny.txt: speakers 2/2 found, 3/3 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
        s.speakers[2].stance = Some("cautious".into());
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 3/3 right | stance 2/2 | utterances 3/3 | errors 1",
            &["stance of Bo Li: 'cautious', want optimistic|mixed"],
        );
    }

    #[test]
    fn a_key_given_to_the_wrong_speaker_is_a_misattribution() {
        let mut s = perfect();
        s.utterances[1].speaker = Some("Ana Núñez".into());
        s.utterances.push(said("The mayor", at("too soon")));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 2/3 | errors 1",
            &["misattributed 'it was too soon': ['Ana Núñez', 'The mayor'], want officials"],
        );
    }

    #[test]
    fn an_optional_key_given_to_the_wrong_speaker_is_an_error_too() {
        let mut s = perfect();
        s.utterances.push(said("City officials", at("great")));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 1",
            &["misattributed 'great for the street': ['City officials'], want bo"],
        );
    }

    #[test]
    fn one_right_span_over_a_key_outweighs_wrong_ones() {
        let mut s = perfect();
        s.utterances.push(said("City officials", at("hopeful about")));
        s.utterances.push(said("narrator", at("Café talks: “We")));
        check(&s, "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
    }

    #[test]
    fn a_span_that_only_touches_a_key_does_not_overlap_it() {
        let (ks, ke) = at("it was too soon");
        let mut s = perfect();
        s.utterances[1] = said("City officials", (ke, ke + 5));
        s.utterances.push(said("Ana Núñez", (ks - 5, ks)));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 2/3 | errors 0",
            &["missed officials: 'it was too soon'"],
        );
    }

    #[test]
    fn either_speaker_of_a_list_is_right() {
        let mut s = perfect();
        s.utterances[2].speaker = Some("Bo Li".into());
        check(&s, "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
        s.utterances[2].speaker = Some("City officials".into());
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 2/3 | errors 1",
            &["misattributed 'the street is ready': ['City officials'], want bo|ana"],
        );
    }

    #[test]
    fn an_utterance_inside_a_forbidden_span_is_an_error() {
        let mut s = perfect();
        s.utterances.push(said("Ana Núñez", at("Fresh Start")));
        s.utterances.push(said("Bo Li", at("“Fresh Start,”")));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 1",
            &["forbidden utterance in '“Fresh Start,”' (a programme name): ['Ana Núñez', 'Bo Li']"],
        );
    }

    #[test]
    fn a_span_reaching_beyond_a_forbidden_span_is_not_inside_it() {
        let (ks, ke) = at("“Fresh Start,”");
        let mut s = perfect();
        s.utterances.push(said("Ana Núñez", (ks - 1, ke)));
        s.utterances.push(said("Ana Núñez", (ks, ke + 1)));
        check(&s, "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
    }

    #[test]
    fn unless_allows_one_speaker_inside_a_forbidden_span() {
        let mut s = perfect();
        s.utterances.push(said("narrator", at("begins in May")));
        check(&s, "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
        s.utterances.push(said("Ana", at("in May")));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 1",
            &["forbidden utterance in 'begins in May' (the article's own words): ['Ana']"],
        );
    }

    #[test]
    fn an_unknown_speaker_inside_a_forbidden_span_counts_only_with_unless() {
        // score.py compares the speaker's gold id with `unless`, and `None !=
        // None` is false: without `unless`, an unknown speaker is not counted.
        let mut s = perfect();
        s.utterances.push(said("The mayor", at("Fresh Start")));
        check(&s, "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 0", &[]);
        s.utterances.push(said("The mayor", at("begins in May")));
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 3/3 | errors 1",
            &["forbidden utterance in 'begins in May' (the article's own words): ['The mayor']"],
        );
    }

    #[test]
    fn key_spans_are_byte_offsets_of_the_first_occurrence() {
        let key = "the street is ready";
        let bytes = ARTICLE.find(key).unwrap();
        let chars = ARTICLE[..bytes].chars().count();
        assert_eq!(at(key), (bytes as i64, (bytes + key.len()) as i64));
        // "the street" occurs twice; the first occurrence counts.
        assert_eq!(at("the street").0, ARTICLE.find("the street.").unwrap() as i64);
        // A tool that reported character offsets would miss the key here.
        let by_chars = (chars as i64, (chars + key.chars().count()) as i64);
        assert!(by_chars.1 <= at(key).0, "the example must separate the two");
        let mut s = perfect();
        s.utterances[2] = said("Ana Núñez", by_chars);
        check(
            &s,
            "tiny.txt: speakers 2/2 found, 2/2 right | stance 2/2 | utterances 2/3 | errors 0",
            &["missed bo|ana: 'the street is ready'"],
        );
    }

    #[test]
    fn keys_are_located_after_newline_translation_like_python_does() {
        let crlf = ARTICLE.replace(". City", ".\r\nCity").replace(". The", ".\rThe");
        let scored = score(&crlf, &gold(), &perfect()).unwrap();
        assert!(scored.problems.is_empty(), "{:?}", scored.problems);
    }

    #[test]
    fn a_key_missing_from_the_article_is_an_error() {
        let err = score("Another text.", &gold(), &perfect()).unwrap_err();
        assert_eq!(err.kind(), EvalErrorKind::KeyNotInArticle);
        assert_eq!(err.to_string(), "gold key not in article: 'We are hopeful about the deal'");
    }

    #[test]
    fn inconsistent_gold_is_rejected() {
        let cases = [
            (GOLD.replace(r#"["neutral"]"#, r#"["netural"]"#), "unknown stance"),
            (GOLD.replace(r#"["bo", "ana"]"#, r#"["bo", "anna"]"#), "unknown speaker id"),
            (GOLD.replace(r#""unless": "narrator""#, r#""unless": "author""#), "`unless`"),
            (GOLD.replace(r#""id": "bo""#, r#""id": "ana""#), "two speakers"),
            (GOLD.replace(r#"["narrator"]}"#, "[]}"), "no names"),
            (GOLD.replace(r#""speaker": "ana""#, r#""speaker": 3"#), "speaker id or a list"),
            (GOLD.replace(r#""required": true, "kind": "direct""#, r#""kind": "direct""#), "required"),
        ];
        for (json, why) in cases {
            let err = Gold::from_json(&json).unwrap_err();
            assert_eq!(err.kind(), EvalErrorKind::InvalidGold);
            assert!(err.to_string().contains(why), "{err} should mention {why}");
        }
    }

    #[test]
    fn gold_may_carry_its_own_thresholds() {
        assert_eq!(gold().thresholds, None);
        let with = GOLD.replacen('{', r#"{"thresholds": {"min_stance": 0.5, "max_errors": 2},"#, 1);
        let t = Gold::from_json(&with).unwrap().thresholds.unwrap();
        assert_eq!(t, Thresholds { min_stance: 0.5, max_errors: 2, ..Thresholds::PERFECT });
        let typo = GOLD.replacen('{', r#"{"thresholds": {"min_stnace": 0.5},"#, 1);
        assert!(Gold::from_json(&typo).is_err());
    }

    #[test]
    fn thresholds_name_what_is_missed() {
        let mut s = perfect();
        s.speakers[1].stance = Some("neutral".into());
        s.utterances[1].speaker = Some("Ana".into());
        let f = score(ARTICLE, &gold(), &s).unwrap().figures;
        assert_eq!(
            Thresholds::PERFECT.misses(&f),
            ["stance_accuracy 0.5 < 1", "utterance_recall 0.6666666666666666 < 1", "errors 1 > 0"]
        );
        let loose = Thresholds { min_stance: 0.5, min_utterance_recall: 0.5, max_errors: 1, ..Thresholds::SCORE_PY };
        assert!(loose.misses(&f).is_empty());
        assert_eq!(Thresholds::SCORE_PY.min_utterance_recall, 0.95);
    }

    #[test]
    fn submissions_read_from_json() {
        let json = r#"{"source": "x", "speakers": [{"name": "Ana", "stance": "optimistic", "score": 1},
                       {"stance": null}],
                       "utterances": [{"speaker": "Ana", "start": 3, "end": 7.9}, {"start": -1, "end": 0}]}"#;
        let s = Submission::from_json(json).unwrap();
        assert_eq!(s.speakers[0], speaker("Ana", "optimistic"));
        assert_eq!(s.speakers[1], SubmittedSpeaker { name: None, stance: None });
        assert_eq!(s.utterances[0], said("Ana", (3, 7)));
        assert_eq!(s.utterances[1], SubmittedUtterance { speaker: None, start: -1, end: 0 });
        for bad in [
            "[]",
            "not json",
            r#"{"speakers": []}"#,
            r#"{"speakers": {}, "utterances": []}"#,
            r#"{"speakers": [{"name": 3}], "utterances": []}"#,
            r#"{"speakers": [], "utterances": [{"speaker": "Ana", "start": "3", "end": 4}]}"#,
            r#"{"speakers": [], "utterances": [{"speaker": "Ana", "start": 3}]}"#,
        ] {
            let err = Submission::from_json(bad).unwrap_err();
            assert_eq!(err.kind(), EvalErrorKind::InvalidSubmission, "{bad}");
        }
    }

    #[test]
    fn a_report_converts_to_a_submission() {
        use crate::{Evidence, SpeakerReport, Topic, UtteranceReport};
        use standpoint_core::{SpeakerKind, UtteranceKind};
        let (start, end) = at("it was too soon");
        let report = Report {
            source: "tiny.txt".into(),
            topic: Topic { terms: vec![], from_profile: false, name: None },
            speakers: vec![SpeakerReport {
                name: "City officials".into(),
                aliases: vec![],
                kind: SpeakerKind::Group,
                stance: Stance::Cautious,
                score: -0.5,
                confidence: 0.5,
                evidence: Vec::<Evidence>::new(),
                utterances: 1,
                decisive: vec![0],
                shift: None,
            }],
            utterances: vec![UtteranceReport {
                speaker: "City officials".into(),
                kind: UtteranceKind::Reported,
                cue: Some("warned".into()),
                text: "it was too soon".into(),
                start: start as usize,
                end: end as usize,
                stance: Stance::Cautious,
                score: -0.5,
                evidence: vec![],
                relevance: 1.0,
                question: None,
            }],
        };
        let s = Submission::from(&report);
        assert_eq!(s.speakers, [speaker("City officials", "cautious")]);
        assert_eq!(s.utterances, [said("City officials", (start, end))]);
    }

    #[test]
    fn norm_follows_score_py() {
        let cases = [
            ("President Bae Yoon-seul", "president bae yoon seul"),
            ("Ruiz’s", "ruiz s"),
            ("O'Brien", "o brien"),
            ("  U.S.   officials ", "u s officials"),
            ("(narrator)", "narrator"),
            ("snake_case\u{1f}name", "snake case name"),
            ("tab\there\u{a0}nbsp", "tab here nbsp"),
            ("ÖZIL", "özil"),
            ("ΟΔΥΣΣΕΥΣ", "οδυσσευς"),
            ("", ""),
        ];
        for (name, want) in cases {
            assert_eq!(norm(name), want, "{name:?}");
        }
    }

    #[test]
    fn problems_quote_strings_like_python_repr() {
        let cases = [
            ("plain", "'plain'"),
            ("Kim's", "\"Kim's\""),
            ("both ' and \"", "'both \\' and \"'"),
            ("back\\slash", "'back\\\\slash'"),
            ("line\nbreak\ttab", "'line\\nbreak\\ttab'"),
            ("nbsp\u{a0}bell\u{7}", "'nbsp\\xa0bell\\x07'"),
            ("zw\u{200b}sp", "'zw\\u200bsp'"),
            ("“curly” ’ é", "'“curly” ’ é'"),
        ];
        for (s, want) in cases {
            assert_eq!(py_repr(s), want, "{s:?}");
        }
        assert_eq!(py_repr_opt(None), "None");
    }

    #[test]
    fn macro_figures_average_articles_equally() {
        let good = score(ARTICLE, &gold(), &perfect()).unwrap();
        let mut s = perfect();
        s.speakers[1].stance = Some("neutral".into());
        s.utterances[1].speaker = Some("Ana".into());
        let bad = score(ARTICLE, &gold(), &s).unwrap();
        let m = macro_figures(&[good.clone(), bad]).unwrap();
        assert_eq!(m.stance_accuracy, 0.75);
        assert_eq!(m.utterance_recall, (1.0 + 2.0 / 3.0) / 2.0);
        assert_eq!(m.errors, 0.5);
        assert_eq!(m.speaker_recall, 1.0);
        assert_eq!(macro_figures(&[]), None);

        let json = serde_json::to_value(Summary::new(&[good])).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "articles": [{"article": "tiny.txt", "speaker_recall": 1.0, "speaker_precision": 1.0,
                              "stance_accuracy": 1.0, "utterance_recall": 1.0, "errors": 0}],
                "macro": {"speaker_recall": 1.0, "speaker_precision": 1.0,
                          "stance_accuracy": 1.0, "utterance_recall": 1.0, "errors": 0.0}
            })
        );
    }

    #[test]
    fn files_pair_by_stem() {
        let pairing =
            pair_by_stem(&["a/02-x.txt", "a/01-y.txt", "a/03-z.txt"], &["g/01-y.json", "g/02-x.json", "g/04-w.json"]);
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(pairing.pairs, [(p("a/01-y.txt"), p("g/01-y.json")), (p("a/02-x.txt"), p("g/02-x.json"))]);
        assert_eq!(pairing.articles_without_gold, [p("a/03-z.txt")]);
        assert_eq!(pairing.gold_without_article, [p("g/04-w.json")]);
    }
}
