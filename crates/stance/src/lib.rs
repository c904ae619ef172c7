//! # standpoint-stance
//!
//! Where each speaker of a parsed article stands on the article's central
//! question, with the evidence: a [`Classifier`] turns a
//! [`standpoint_core::Article`] into a [`Report`].
//!
//! (Skeleton: the types are the report contract; the classifier is being built.)

#![deny(missing_docs)]

pub mod eval;

use serde::Serialize;
use standpoint_core::{Article, SpeakerKind, UtteranceKind};

/// A speaker's or an utterance's position on the central question.
///
/// This enum may grow: match it with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Stance {
    /// Hopeful, supportive, expects good things.
    Optimistic,
    /// Warns, doubts, opposes.
    Cautious,
    /// Strong evidence on both sides.
    Mixed,
    /// No evidence on the question.
    Neutral,
}

impl Stance {
    /// The label as used in JSON and tables.
    pub const fn as_str(self) -> &'static str {
        match self {
            Stance::Optimistic => "optimistic",
            Stance::Cautious => "cautious",
            Stance::Mixed => "mixed",
            Stance::Neutral => "neutral",
        }
    }
}

/// One piece of evidence: a cue that fired or a modifier that changed a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The words, as they stand in the article.
    pub text: String,
    /// Byte offset of the words in the article.
    pub start: usize,
    /// Byte offset one past the words.
    pub end: usize,
    /// Signed contribution: positive leans optimistic.
    pub weight: f64,
    /// What kind of evidence this is, such as `cue`, `negation`, `contrast`.
    pub kind: &'static str,
}

/// What the central question was taken to be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Topic {
    /// The terms that define it, most important first.
    pub terms: Vec<String>,
    /// Whether the terms came from a topic profile rather than the article.
    pub from_profile: bool,
}

/// One speaker's line in a [`Report`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerReport {
    /// Canonical name; every [`UtteranceReport::speaker`] equals one of these.
    pub name: String,
    /// Other names the article uses.
    pub aliases: Vec<String>,
    /// Person, group, organization or narrator.
    pub kind: SpeakerKind,
    /// The label.
    pub stance: Stance,
    /// Aggregate score in [-1, 1]: negative is cautious, positive optimistic.
    pub score: f64,
    /// How sure the label is, in [0, 1].
    pub confidence: f64,
    /// The decisive evidence, strongest first.
    pub evidence: Vec<Evidence>,
    /// How many utterances the speaker has.
    pub utterances: usize,
    /// Indices into [`Report::utterances`] of the decisive utterances, strongest first.
    pub decisive: Vec<usize>,
    /// A note when early and late statements disagree, such as
    /// `cautious earlier, optimistic later`.
    pub shift: Option<String>,
}

/// One utterance's line in a [`Report`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UtteranceReport {
    /// The speaker's canonical name.
    pub speaker: String,
    /// Direct, partial, reported or headline.
    pub kind: UtteranceKind,
    /// The reporting verb as written, such as `said`.
    pub cue: Option<String>,
    /// The words attributed.
    pub text: String,
    /// Byte offset of the words in the input.
    pub start: usize,
    /// Byte offset one past the words.
    pub end: usize,
    /// The utterance's own label.
    pub stance: Stance,
    /// Score in [-1, 1].
    pub score: f64,
    /// The cues and modifiers behind the score.
    pub evidence: Vec<Evidence>,
}

/// The stance report for one article: the JSON contract of `standpoint report`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Where the article came from (a path, an id, or `-`).
    pub source: String,
    /// The central question as detected or given.
    pub topic: Topic,
    /// Speakers in order of first utterance.
    pub speakers: Vec<SpeakerReport>,
    /// Utterances in reading order.
    pub utterances: Vec<UtteranceReport>,
}

/// Why a topic profile could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The kind of an [`Error`].
///
/// This enum may grow: match it with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The profile is not valid JSON or TOML, or lacks a required field.
    InvalidProfile,
}

impl Error {
    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// An explicit central question: target terms and extra cues.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicProfile {
    /// A name for the question, for display.
    pub name: Option<String>,
    /// Terms that mark an utterance as being about the question.
    pub terms: Vec<String>,
    /// Extra cues, `(phrase, weight)`; positive weights lean optimistic.
    pub cues: Vec<(String, f64)>,
}

impl TopicProfile {
    /// Reads a profile from JSON text (skeleton: not implemented yet).
    pub fn from_json(text: &str) -> Result<TopicProfile, Error> {
        let _ = text;
        Err(Error { kind: ErrorKind::InvalidProfile, message: "topic profiles are not supported yet".into() })
    }
}

/// Builds a [`Classifier`] with options.
#[derive(Debug, Clone, Default)]
pub struct ClassifierBuilder {
    topic: Option<TopicProfile>,
}

impl ClassifierBuilder {
    /// A builder with the defaults.
    pub fn new() -> ClassifierBuilder {
        ClassifierBuilder::default()
    }

    /// Uses an explicit topic in place of the one detected from the article.
    pub fn topic(&mut self, profile: TopicProfile) -> &mut ClassifierBuilder {
        self.topic = Some(profile);
        self
    }

    /// Builds the classifier.
    pub fn build(&self) -> Classifier {
        Classifier { topic: self.topic.clone() }
    }
}

/// One cell of a [`Comparison`]: a speaker's stance in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// The label in that article.
    pub stance: Stance,
    /// The score in that article.
    pub score: f64,
    /// How many utterances the speaker has there.
    pub utterances: usize,
}

/// One speaker across several articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonRow {
    /// The name used for the row.
    pub name: String,
    /// The other names merged into this row.
    pub aliases: Vec<String>,
    /// One cell per article, in the order given; `None` where the speaker is absent.
    pub cells: Vec<Option<Cell>>,
}

/// Several reports' speakers lined up side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The reports' sources, one per column.
    pub sources: Vec<String>,
    /// One row per speaker, merged by alias across articles.
    pub rows: Vec<ComparisonRow>,
}

/// Lines up the speakers of several reports (skeleton: no alias merging yet).
pub fn compare(reports: &[Report]) -> Comparison {
    let mut rows: Vec<ComparisonRow> = Vec::new();
    for (i, report) in reports.iter().enumerate() {
        for s in &report.speakers {
            let cell = Cell { stance: s.stance, score: s.score, utterances: s.utterances };
            match rows.iter_mut().find(|r| r.name == s.name) {
                Some(row) => row.cells[i] = Some(cell),
                None => {
                    let mut cells = vec![None; reports.len()];
                    cells[i] = Some(cell);
                    rows.push(ComparisonRow { name: s.name.clone(), aliases: s.aliases.clone(), cells });
                }
            }
        }
    }
    Comparison { sources: reports.iter().map(|r| r.source.clone()).collect(), rows }
}

/// Scores utterances and labels speakers.
#[derive(Debug, Clone, Default)]
pub struct Classifier {
    topic: Option<TopicProfile>,
}

impl Classifier {
    /// A classifier with the built-in lexicon and automatic topic detection.
    pub fn new() -> Classifier {
        Classifier::default()
    }

    /// A builder for a classifier with options.
    pub fn builder() -> ClassifierBuilder {
        ClassifierBuilder::new()
    }

    /// Builds the report for one parsed article.
    pub fn report(&self, article: &Article<'_>, source: &str) -> Report {
        let speakers = article
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| SpeakerReport {
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                kind: s.kind,
                stance: Stance::Neutral,
                score: 0.0,
                confidence: 0.0,
                evidence: Vec::new(),
                utterances: article.utterances_of(standpoint_core::SpeakerId(i)).count(),
                decisive: Vec::new(),
                shift: None,
            })
            .collect();
        let utterances = article
            .utterances
            .iter()
            .map(|u| UtteranceReport {
                speaker: article.speaker(u.speaker).name.clone(),
                kind: u.kind,
                cue: u.cue.as_ref().map(|c| article.slice(c.span).to_string()),
                text: article.slice(u.span).to_string(),
                start: u.span.start,
                end: u.span.end,
                stance: Stance::Neutral,
                score: 0.0,
                evidence: Vec::new(),
            })
            .collect();
        Report {
            source: source.to_string(),
            topic: Topic {
                terms: self.topic.as_ref().map(|t| t.terms.clone()).unwrap_or_default(),
                from_profile: self.topic.is_some(),
            },
            speakers,
            utterances,
        }
    }
}
