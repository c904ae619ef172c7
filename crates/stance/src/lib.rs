//! # standpoint-stance
//!
//! Where each speaker of a parsed article stands on the article's central
//! question, with the evidence: a [`Classifier`] turns a
//! [`standpoint_core::Article`] into a [`Report`].
//!
//! (Skeleton: the types are the report contract; the classifier is being built.)

#![deny(missing_docs)]

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

/// Scores utterances and labels speakers.
#[derive(Debug, Clone, Default)]
pub struct Classifier {}

impl Classifier {
    /// A classifier with the built-in lexicon and automatic topic detection.
    pub fn new() -> Classifier {
        Classifier {}
    }

    /// Builds the report for one parsed article.
    pub fn report(&self, article: &Article<'_>, source: &str) -> Report {
        let speakers = article
            .speakers
            .iter()
            .map(|s| SpeakerReport {
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                kind: s.kind,
                stance: Stance::Neutral,
                score: 0.0,
                confidence: 0.0,
                evidence: Vec::new(),
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
                terms: Vec::new(),
                from_profile: false,
            },
            speakers,
            utterances,
        }
    }
}
