//! # standpoint-stance
//!
//! Where each speaker of a parsed article stands on the article's central
//! question, with the evidence: a [`Classifier`] turns a
//! [`standpoint_core::Article`] into a [`Report`], and [`compare`] lines up
//! the speakers of several reports.
//!
//! # Overview
//!
//! - [`Classifier`] scores every utterance and labels every speaker.
//!   [`Classifier::new`] uses the built-in lexicon and finds the central
//!   question itself; [`Classifier::builder`] takes a [`TopicProfile`].
//! - [`Report`] is the JSON contract of `standpoint report`: speakers with a
//!   [`Stance`], a score in [-1, 1], a confidence and the decisive
//!   [`Evidence`]; utterances with their own score and evidence.
//! - [`compare`] merges one person's names across reports; [`Corpus`]
//!   does the same for a whole corpus, one report at a time.
//!
//! # How a label is reached
//!
//! 1. **Cues.** The speaker's words are matched against a lexicon of news
//!    vocabulary (`data/lexicon.toml`, compiled in and meant to be read by
//!    people): optimistic cues such as *progress* or *welcome*, cautious ones
//!    such as *premature* or *too much*, and negative events such as *war*
//!    or *missile launches*. The reporting verb counts too (*warned* leans
//!    cautious, *hailed* optimistic, *said* neither), and so do stance verbs
//!    in the narrator's frame (*The association backs the bill, saying ...*).
//!    A group named by its stance (*critics*, *supporters*) leans that way a
//!    little. General sentiment words the lexicon does not list (a filtered
//!    subset of VADER, `data/sentiment.tsv`) fill the gaps at a fraction of
//!    a curated cue's weight.
//! 2. **Modifiers.** Negation flips the cues in the next few words of its
//!    clause, and a negated or ended negative event reads as good news
//!    (*no more missile launches*); an answer such as *Absolutely not* flips
//!    the framing of the question it answers; after *but* the later clause
//!    weighs more (also when the *but* stands between two utterances, as in
//!    *conceded ... but said ...*); hedges (*I think*) weaken and
//!    intensifiers (*very*)
//!    strengthen; a conditional clause (*if they keep their word*) weighs
//!    less, and so do requirements (*must be safe*); a harm told as how
//!    things are (*we had three floods last year*) describes the problem
//!    and counts less than a harm to come; support followed by *but* and a
//!    warning is a reservation that counts on both sides; a speaker who
//!    defers (*a matter for the board*) takes no side, and an anonymous
//!    source (*people familiar with the matter*) counts little;
//!    a past danger set against a different present reads as relief;
//!    a position the frame dates as earlier (*had warned*) weighs less than
//!    the one that follows it.
//! 3. **Relevance.** The central question is the set of content terms that
//!    the headline, the lead and the speakers share (or a profile's terms);
//!    an utterance that uses none of them, nor a word such as *plan* or
//!    *bill*, counts less.
//! 4. **Around the words.** News style places its speakers: the headline
//!    and lead name the doer of the story (*Halvard to build battery
//!    plant*), a spokesperson is introduced by the body they speak for
//!    (*Its chairman*, *Arlen's chief executive*), and short narrator
//!    sentences announce camps (*Not everyone is convinced.*, *But ...*).
//!    Each gives the speaker a small lean, cited as evidence; a clear word
//!    of the speaker's own outweighs it.
//! 5. **Labels.** A speaker's utterances and leans add up to weights on each
//!    side; [`Stance`] documents the thresholds.
//!
//! Everything is deterministic and linear in the length of the text.
//!
//! # Examples
//!
//! A hand-built article with one utterance (the parser in
//! `standpoint-core` finds these in real text):
//!
//! ```
//! use standpoint_core::{Article, Speaker, SpeakerId, SpeakerKind, Span, Utterance, UtteranceKind};
//! use standpoint_stance::{Classifier, Stance};
//!
//! let text = "The mayor warned that the bridge plan was premature.";
//! let words = text.find("the bridge").unwrap()..text.len() - 1;
//! let article = Article {
//!     text,
//!     blocks: vec![],
//!     sentences: vec![],
//!     speakers: vec![Speaker {
//!         name: "The mayor".into(),
//!         aliases: vec![],
//!         kind: SpeakerKind::Person,
//!         mentions: vec![Span::new(0, 9)],
//!     }],
//!     utterances: vec![Utterance {
//!         speaker: SpeakerId(0),
//!         kind: UtteranceKind::Reported,
//!         cue: None,
//!         span: Span::new(words.start, words.end),
//!         source: Some(Span::new(0, 9)),
//!         question: None,
//!         block: 0,
//!         sentence: 0,
//!     }],
//!     diagnostics: vec![],
//! };
//! let report = Classifier::new().report(&article, "-");
//! assert_eq!(report.speakers[0].stance, Stance::Cautious);
//! assert_eq!(report.speakers[0].evidence[0].text, "premature");
//! assert_eq!(report.utterances[0].speaker, "The mayor");
//! ```
//!
//! A topic profile names the central question explicitly, and [`compare`]
//! lines up reports side by side:
//!
//! ```
//! use standpoint_stance::{compare, Classifier, TopicProfile};
//!
//! let profile = TopicProfile::from_json(
//!     r#"{"name": "bridge", "terms": ["bridge"], "cues": {"on budget": 0.5}}"#,
//! )?;
//! let classifier = Classifier::builder().topic(profile).build();
//! let text = "The council met on Tuesday.";
//! let report = classifier.report(&standpoint_core::parse(text), "council.txt");
//! assert_eq!(report.topic.terms, vec!["bridge"]);
//! assert!(report.topic.from_profile);
//!
//! let table = compare(&[report.clone(), report]);
//! assert_eq!(table.sources, vec!["council.txt", "council.txt"]);
//! # Ok::<(), standpoint_stance::Error>(())
//! ```

#![deny(missing_docs)]

mod compare;
mod context;
mod corpus;
pub mod eval;
mod learned;
mod lexicon;
mod profile;
mod score;
mod speaker;
#[cfg(test)]
mod tests;
mod text;
mod topic;

pub use corpus::{Corpus, CorpusRow, StanceCounts};

use std::sync::Arc;

use serde::Serialize;
use standpoint_core::{Article, Span, SpeakerKind, Utterance, UtteranceKind};

use crate::lexicon::Lexicon;
use crate::score::{Attributed, Time};
use crate::speaker::Scored;
use crate::text::View;
use crate::topic::TopicModel;

/// A speaker's or an utterance's position on the central question.
///
/// The evidence for a speaker adds up to a weight on each side, `pos` and
/// `neg` (an utterance's cues and modifiers sum to its value, scaled by its
/// relevance and time; positive values add to `pos`, negative ones to
/// `neg`). The score is `(pos - neg) / (pos + neg + 0.5)`, and the label is
///
/// - [`Neutral`](Stance::Neutral) when `pos + neg < 0.07`: no evidence on the
///   question;
/// - [`Mixed`](Stance::Mixed) when both sides reach 0.4 and the weaker is at
///   least half the stronger: strong evidence on both sides;
/// - [`Optimistic`](Stance::Optimistic) when the score is at least 0.1, and
///   [`Cautious`](Stance::Cautious) when it is at most -0.1;
/// - otherwise (a near tie) `Mixed` when the weaker side reaches 0.14, and
///   `Neutral` when it does not.
///
/// An utterance is labelled by the same rule, with its positive and negative
/// evidence as the two sides.
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
    /// What kind of evidence this is: `cue` (a word or phrase of the
    /// speaker's), `sentiment` (a general sentiment word from the weaker
    /// backoff list), `verb` (the reporting verb), `frame` (a stance verb in
    /// the narrator's words around the utterance), `speaker` (a name that
    /// states a stance, such as `critics`), `question` (an answer that
    /// adopts or rejects a question's framing), or a modifier: `negation`,
    /// `contrast`, `hedge`, `intensifier`, `conditional`, `past-vs-present`,
    /// `problem` (harm that follows from doing nothing, or a complaint about
    /// how things stand, such as *we cannot keep sending pupils forty miles*;
    /// among a speaker's evidence, a harm told as how
    /// things stand by a speaker otherwise on the proposal's side, counted
    /// for it), `urgency` (a harm that delay brings, *every year we wait,
    /// the bill gets bigger*, counted for the proposal), `reservation`
    /// (support, then a *but* and a warning: both count), `caveat` (support,
    /// then a *but* and words with no cue, *but not this scheme*: the
    /// reservation counts as much as the support), `state` (a harm told
    /// as how things are, not as what the proposal will bring), `source`
    /// (the words of an anonymous source of facts, such as *people familiar
    /// with the matter*), `deflection` (the speaker defers the question: *a
    /// matter for the board*; when they hand the decision to another body,
    /// their other utterances cite it too), `facts` (a body or spokesperson
    /// heard only in reported speech whose words give only figures and
    /// dates, with no judging word and no prediction of the plan's effect:
    /// the speaker takes no side; cited at their first words with weight 0),
    /// `balance` (words that weigh both
    /// sides, *the evidence was mixed*: cited twice, once with each sign,
    /// and the utterance counts on both sides), `reason` (a motive cited for an action:
    /// *citing the risks*), `removal` (the words judge the thing a proposal
    /// would take away, such as *the school is the heart of the village* when
    /// the story is a plan to close it: their value counts reversed, and this
    /// evidence is that reversal), `procedure` (a body announcing a step it
    /// will carry out, *will review … and decide whether*: the cues after it
    /// in that sentence take no side and count a tenth), `correction` (a
    /// denial that swaps one label for another, *X is not the problem. The
    /// problem is …*: the denied word counts a tenth instead of flipping),
    /// `disclaimer` (a denial of opposing or of saying something, *we're
    /// not against renters*, *nobody is saying pull up the drawbridge*: what
    /// it denies counts nothing, and it leans cautious unless the rest of the
    /// words lean optimistic), `willing` (the speaker's own hypothetical of
    /// taking something on, *I'd buy one tomorrow*, *we would happily put up
    /// with the odd closure*: support, and the cost taken on is no warning),
    /// `effect` (a verb of effect with the proposal for its subject, *the
    /// bill would force companies to ...*, *it gives parents one switch*:
    /// a benefit leans optimistic, a burden cautious; and a verb of gain or
    /// loss whose subject is someone the proposal affects, under a modal,
    /// *families would pay £56 more*, *small shops will close*; it also
    /// stands in for the blanket `prospect` lean), `evasion` (a modal
    /// followed by *simply* or *just*, *people will simply go elsewhere*:
    /// a prediction that the proposal will be routed around or backfire,
    /// cited at the two words; it leans cautious unless the rest of its
    /// clause praises), `echo` (praise granted in an *if* only to be
    /// challenged, *if the deal is so good, publish the numbers*, or only
    /// until the speaker's point, *it sounds lovely until you see the
    /// tolls*: the praise counts against; also a claim handed back to the other side, *they
    /// told us it would be good*, *you say it will go where the calls are*:
    /// its cues count reversed, or with no cue it leans cautious), `demand`
    /// (a pledge asked for, *we want commitments in writing*, *would seek
    /// guarantees*, *urged the government to consider tax relief*: a
    /// reservation, so the pledge counts as missing, cited at the verb of
    /// asking, or at the pledge when the reporting verb asks) or `time`. A
    /// modifier's weight is the change it made.
    ///
    /// A speaker's evidence can also hold leans from outside their words:
    /// `proposer` (the doer the headline or lead names, or the body a
    /// speaker is introduced as part of, or a body named only by its kind,
    /// such as *the district*, or a person the narration names as the
    /// measure's author, *The ordinance, sponsored by X*, *X filed Senate
    /// Bill 2417*), `affiliation` (the side of the
    /// body a spokesperson speaks for, or, when the story's plan takes
    /// something away, the narrator's tie of the speaker to that thing:
    /// *whose two daughters attend the school*), `context` (a short narrator sentence
    /// that sorts speakers into camps, such as *Not everyone is
    /// convinced.*), `turn` (a narrator's *But* before a new speaker, or a short
    /// narrator sentence before them calling their view *different*), and
    /// `prospect` (for a speaker with no other evidence: words that lay out
    /// what the proposal will do), and `doubt` (for a speaker with no other
    /// evidence: a question they ask of what is to come, *how will the
    /// children get home?*, cited at its question word), and `protest` (for
    /// a speaker with no other evidence: a step of protest they will take,
    /// *would approach the Supreme Court*, *will ask the minister to
    /// intervene*, cited at its modal; it leans cautious), and `outcome` (for
    /// a speaker with no other evidence: an order and what they say follows
    /// it, *build it and we will fill it* or *take that away and I'm not
    /// sure what I do*, cited at the word that decides it), and, for a
    /// speaker with no other evidence, an ask about the proposal's timing
    /// or terms or a question that mocks it: `delay` (*asked commissioners
    /// to postpone the vote*), `first` (*it should fix its own pipeline
    /// first*), `eager` (*put the box on my porch first*), `condition`
    /// (*asked the company to publish a ceiling before anyone signs*),
    /// `endorse` and `refuse` (*is asking the board to approve the solar
    /// farm*, *urged the commission to block the deal*),
    /// `acquiesce` (*it would not stand in the way of the pilot*) and
    /// `rhetorical` (*And I'm supposed to treat silence as consent?*); or a
    /// harm the speaker bears in the first person: `burden` when the plan
    /// brings it (*I'll have to get two buses*), leaning cautious, and
    /// `plight` when it is how things stand now (*right now I'm paying
    /// twice*), leaning optimistic.
    ///
    /// A speaker's evidence ends with `learned` when the learned layer
    /// (see [`ClassifierBuilder::learned`]) changed the rules' label: the
    /// words of the speaker's utterances that pulled hardest toward the new
    /// label, with their weight between optimistic and cautious.
    pub kind: &'static str,
}

/// What the central question was taken to be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Topic {
    /// The terms that define it, most important first.
    pub terms: Vec<String>,
    /// Whether the terms came from a topic profile rather than the article.
    pub from_profile: bool,
    /// The profile's name for the question, when a profile gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
    /// How sure the label is, in [0, 1]. With the learned layer (the
    /// default), the layer's probability of the label. With the rules
    /// alone: with `t = pos + neg` (see [`Stance`]) and
    /// `sure = t / (t + 0.5)`, `sure` times the stronger
    /// side's share for an optimistic or cautious label, `sure` times the
    /// ratio of the weaker side to the stronger for a mixed one, and
    /// `1 - sure` for a neutral one (less with a single utterance).
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
    /// How much the utterance counts for its speaker, in (0, 1]: 1 when it
    /// is about the central question, less when it is not.
    pub relevance: f64,
    /// The question the utterance answers, as the article words it.
    pub question: Option<String>,
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
    pub(crate) fn invalid_profile(message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::InvalidProfile, message: message.into() }
    }

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
    /// Reads a profile from JSON text.
    ///
    /// The format is `{"name": ..., "terms": [...], "cues": {phrase: weight}}`;
    /// `name` is optional, and at least one term or cue is needed. A cue's
    /// weight lies in [-1, 1] (positive leans optimistic) and its phrase is
    /// written like the built-in lexicon's (a trailing `*` matches any
    /// ending).
    ///
    /// ```
    /// let p = standpoint_stance::TopicProfile::from_json(
    ///     r#"{"terms": ["bridge"], "cues": {"over budget": -0.6}}"#,
    /// )?;
    /// assert_eq!(p.cues, vec![("over budget".to_string(), -0.6)]);
    /// # Ok::<(), standpoint_stance::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<TopicProfile, Error> {
        profile::from_json(text)
    }

    /// Reads a profile from TOML text, with the same fields as
    /// [`from_json`](TopicProfile::from_json).
    ///
    /// ```
    /// let p = standpoint_stance::TopicProfile::from_toml(
    ///     "terms = [\"bridge\"]\n[cues]\n\"over budget\" = -0.6\n",
    /// )?;
    /// assert_eq!(p.terms, vec!["bridge"]);
    /// # Ok::<(), standpoint_stance::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<TopicProfile, Error> {
        profile::from_toml(text)
    }
}

/// The weight of advocacy told by a preposition after a verb of no weight
/// (*lobbied for*, *pushed against*): that of a verb of support (*back*).
const ADVOCACY: f64 = 0.4;

/// Builds a [`Classifier`] with options.
#[derive(Debug, Clone, Default)]
pub struct ClassifierBuilder {
    topic: Option<TopicProfile>,
    search: lexicon::Search,
    rules_only: bool,
}

impl ClassifierBuilder {
    /// A builder with the defaults.
    pub fn new() -> ClassifierBuilder {
        ClassifierBuilder::default()
    }

    /// Whether the learned layer gives each speaker's final label (`true`,
    /// the default) or the hand-written rules alone do (`false`).
    ///
    /// The layer reads what the rules report about a speaker (their label,
    /// score, confidence and kinds of evidence, their utterances' labels)
    /// and the lowercase words of the speaker's utterances, and relabels
    /// the speaker where it disagrees, citing the words that pulled hardest
    /// as `learned` evidence. Its confidence replaces the rules'. The
    /// utterances keep the rules' labels either way.
    ///
    /// ```
    /// use standpoint_stance::Classifier;
    ///
    /// let article = standpoint_core::parse("Plan backed\n\n\"It is a good plan,\" Ann Lee said.\n");
    /// let rules = Classifier::builder().learned(false).build().report(&article, "a.txt");
    /// let learned = Classifier::new().report(&article, "a.txt");
    /// // The layer only relabels speakers: utterances are the rules' own.
    /// assert_eq!(rules.utterances, learned.utterances);
    /// ```
    pub fn learned(&mut self, yes: bool) -> &mut ClassifierBuilder {
        self.rules_only = !yes;
        self
    }

    /// Uses an explicit topic in place of the one detected from the article.
    ///
    /// The profile's terms replace the detected ones (when it has any), and
    /// its cues join the built-in lexicon.
    ///
    /// ```
    /// use standpoint_stance::{Classifier, TopicProfile};
    ///
    /// let profile = TopicProfile {
    ///     name: Some("bridge".into()),
    ///     terms: vec!["bridge".into()],
    ///     cues: vec![("over budget".into(), -0.6)],
    /// };
    /// let classifier = Classifier::builder().topic(profile).build();
    /// # let _ = classifier;
    /// ```
    pub fn topic(&mut self, profile: TopicProfile) -> &mut ClassifierBuilder {
        self.topic = Some(profile);
        self
    }

    /// Compiles the cue lexicon into a DFA (`true`) rather than the default
    /// automaton (`false`, the default).
    ///
    /// The reports are the same either way. The DFA makes classifying an
    /// article about 5% faster, but building it costs about 100 million
    /// more instructions (some 12 ms) and 4 MB more memory, once per
    /// process: worth it for a corpus, not for one article.
    ///
    /// ```
    /// use standpoint_stance::Classifier;
    ///
    /// let classifier = Classifier::builder().dfa(true).build();
    /// let article = standpoint_core::parse("Plan backed\n\n\"It is a good plan,\" Ann Lee said.\n");
    /// let report = classifier.report(&article, "a.txt");
    /// assert_eq!(report, Classifier::new().report(&article, "a.txt"));
    /// ```
    pub fn dfa(&mut self, yes: bool) -> &mut ClassifierBuilder {
        self.search = if yes { lexicon::Search::Dfa } else { lexicon::Search::Nfa };
        self
    }

    /// Builds the classifier.
    ///
    /// A profile's cues are checked by [`TopicProfile::from_json`] and
    /// [`TopicProfile::from_toml`]; a cue that is still unusable here (an
    /// empty phrase, a weight outside [-1, 1]) is left out rather than
    /// failing the build.
    pub fn build(&self) -> Classifier {
        let lexicon = match &self.topic {
            Some(p) if !p.cues.is_empty() => {
                let usable: Vec<(String, f64)> = p
                    .cues
                    .iter()
                    .filter(|(phrase, w)| !phrase.trim().is_empty() && w.is_finite() && *w != 0.0 && w.abs() <= 1.0)
                    .map(|(phrase, w)| (phrase.trim().to_lowercase(), *w))
                    .collect();
                Lexicon::with_extra_cues(&usable, self.search).map(Arc::new).unwrap_or_else(|_| self.default_lexicon())
            }
            _ => self.default_lexicon(),
        };
        Classifier { topic: self.topic.clone(), lexicon, learned: !self.rules_only }
    }

    /// The built-in lexicon, compiled as asked.
    fn default_lexicon(&self) -> Arc<Lexicon> {
        match self.search {
            lexicon::Search::Nfa => Arc::clone(&lexicon::DEFAULT),
            lexicon::Search::Dfa => Arc::clone(&lexicon::DEFAULT_DFA),
        }
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

/// Lines up the speakers of several reports, one row per person and one
/// column per report.
///
/// Names are merged across reports by alias: equal names after dropping
/// titles, case, hyphens and dots (`President Lee Min-ho`, `Lee Min ho`),
/// spelling variants of a full name (Jaro-Winkler similarity of 0.92 or
/// more, as in `Lee Min Ho` and `Lee Min-ho`), and a bare surname that
/// only one row's full name carries. Different full names stay apart even
/// when they share a surname (`Anna Novak`, `Piotr Novak`). Rows come in
/// order of first appearance.
pub fn compare(reports: &[Report]) -> Comparison {
    compare::compare(reports)
}

/// Scores utterances and labels speakers.
#[derive(Debug, Clone)]
pub struct Classifier {
    topic: Option<TopicProfile>,
    lexicon: Arc<Lexicon>,
    learned: bool,
}

impl Default for Classifier {
    fn default() -> Classifier {
        ClassifierBuilder::new().build()
    }
}

/// Rounds a figure for the report: three decimals, and never `-0`.
fn round3(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    if r == 0.0 { 0.0 } else { r }
}

fn rounded(mut evidence: Vec<Evidence>) -> Vec<Evidence> {
    for e in &mut evidence {
        e.weight = round3(e.weight);
    }
    evidence
}

/// One utterance, scored.
struct UtteranceScore {
    scored: Scored,
    score: f64,
    relevance: f64,
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
    ///
    /// `source` is copied into [`Report::source`]. Utterances keep the
    /// article's reading order and speakers its order of first utterance.
    pub fn report(&self, article: &Article<'_>, source: &str) -> Report {
        // Each utterance is normalized once, for the topic and its score.
        let opening = topic::Opening::of(article);
        let views: Vec<View> =
            article.utterances.iter().map(|u| own_voice(&self.lexicon, article.text, &opening, u)).collect();
        let mut topic = match &self.topic {
            Some(p) if !p.terms.is_empty() => TopicModel::from_terms(&p.terms),
            _ => topic::detect(article, &opening, &views),
        };
        let removal = topic::Removal::find(&opening);
        let attributed = Attributed::new(article);
        let mut drafts: Vec<Draft> = article
            .utterances
            .iter()
            .zip(&views)
            .map(|(u, view)| self.draft_utterance(article, u, view, &topic, &removal, &attributed))
            .collect();
        contrast_across(article, &mut drafts, &self.lexicon);
        // Anonymous sources (*people familiar with the matter*) relay the
        // parties' case; their own words count little and lay out nothing.
        let sources: Vec<bool> = article.speakers.iter().map(|s| self.lexicon.is_source_name(&s.name)).collect();
        for (u, d) in article.utterances.iter().zip(drafts.iter_mut()) {
            if sources.get(u.speaker.0).copied().unwrap_or(false) {
                let at = u.source.or(u.cue.as_ref().map(|c| c.span)).unwrap_or(u.span);
                d.factors.push(("source", at, self.lexicon.settings.source_factor));
                d.prospect = None;
                d.ask = None;
            }
        }
        // A body heard only in reported speech (*the ministry said tenants
        // would claim the deduction through their tax return*, *the agency
        // said the consultation would run until May 15*) tells how the plan
        // will work, which is news of it, not a case made for it: its
        // prospect lays out nothing. A body quoted in its own words, or a
        // person, keeps theirs.
        let mut quoted = vec![false; article.speakers.len()];
        for u in &article.utterances {
            if let Some(q) = quoted.get_mut(u.speaker.0) {
                *q |= u.kind != UtteranceKind::Reported;
            }
        }
        // So does a spokesperson, who speaks as the body does (`City
        // spokeswoman Ana Ruiz said inspections would resume in November`).
        // Read only for a speaker heard only in reported speech: the one
        // use below and the one in `facts_only` both ask it of no other
        // speaker (it reads the text around every mention), so `false`
        // stands for the rest.
        let voice: Vec<bool> =
            article.speakers.iter().zip(&quoted).map(|(s, &quoted)| !quoted && speaks_for_a_body(article, s)).collect();
        // Which words lay out what the proposal will do, read before the
        // spokesperson's prospect is dropped: see `states_only_facts`.
        let lays_out: Vec<bool> = drafts.iter().map(|d| d.prospect.is_some()).collect();
        // Which words announce a step of procedure (*was reviewing the
        // decision*, *would assess it when an application is lodged*): see
        // `states_only_facts`.
        let steps: Vec<bool> = drafts.iter().map(|d| d.procedure).collect();
        for (u, d) in article.utterances.iter().zip(drafts.iter_mut()) {
            if voice.get(u.speaker.0).copied().unwrap_or(false) && !quoted[u.speaker.0] {
                d.prospect = None;
            }
        }
        // A speaker who hands the decision to another body anywhere ("our
        // job is to implement whatever the legislature decides") speaks as
        // the one who will carry it out, not as a party to it: their other
        // words count nothing, cited as `deflection` at the deferring words.
        let mut defers: Vec<Option<Span>> = vec![None; article.speakers.len()];
        for (u, d) in article.utterances.iter().zip(&drafts) {
            if let (Some(at), Some(slot)) = (d.deference, defers.get_mut(u.speaker.0)) {
                slot.get_or_insert(at);
            }
        }
        for (u, d) in article.utterances.iter().zip(drafts.iter_mut()) {
            if let (false, Some(Some(at))) = (d.deflected, defers.get(u.speaker.0)) {
                // A refusal to judge that is no deflection ("we do not take
                // a position on it") keeps its own words' procedure.
                if d.deference != Some(*at) {
                    d.factors.push(("deflection", *at, 0.0));
                }
                d.prospect = None;
                d.ask = None;
                // Nor is the one who carries the decision out placed on a
                // side by the article: no lean from around the words.
                d.deflected = true;
            }
        }
        let deflected: Vec<bool> = drafts.iter().map(|d| d.deflected).collect();
        let scores: Vec<UtteranceScore> =
            drafts.into_iter().enumerate().map(|(i, d)| self.finish(article, i, d)).collect();

        // Each speaker's utterances, in reading order, grouped in one pass;
        // each list is sized by a count first, so that none regrows.
        let mut counts = vec![0usize; article.speakers.len()];
        for u in &article.utterances {
            if let Some(n) = counts.get_mut(u.speaker.0) {
                *n += 1;
            }
        }
        let mut by_speaker: Vec<Vec<usize>> = counts.into_iter().map(Vec::with_capacity).collect();
        for (k, u) in article.utterances.iter().enumerate() {
            if let Some(list) = by_speaker.get_mut(u.speaker.0) {
                list.push(k);
            }
        }
        // Leans from outside the speakers' own words: the proposer, whom a
        // speaker speaks for, the narrator's camp sentences.
        let values: Vec<f64> = scores.iter().map(|u| u.scored.value).collect();
        // Only negative events: a cautious word told as how things stand is
        // as likely a critic's verdict.
        let states: Vec<f64> = scores
            .iter()
            .map(|u| u.scored.states.iter().filter(|e| e.kind == "state").map(|e| e.weight).sum())
            .collect();
        // Each name's lean is read once: the leans below and the reports
        // both need it.
        let name_leans: Vec<Option<(&str, f64)>> =
            article.speakers.iter().map(|s| self.lexicon.speaker_lean(&s.name)).collect();
        let named_stance: Vec<bool> = name_leans.iter().map(Option::is_some).collect();
        let inputs = context::Inputs {
            opening: &opening,
            removal: &removal,
            values: &values,
            states: &states,
            by_speaker: &by_speaker,
            named_stance: &named_stance,
            deflected: &deflected,
            sources: &sources,
        };
        let mut outside = context::leans(&self.lexicon, article, &attributed, &inputs);
        // A proposal that is itself a halt makes an ask to halt something
        // an ask for it, not against it.
        let halt_topic = topic.display.iter().any(|t| score::HALT_TOPICS.contains(&t.as_str()));
        // A body, or a spokesperson for one, heard only in reported speech
        // that gives only figures and dates (*the board will consider the
        // application in May*, *the scheme will cost $3.1 million*) tells
        // the news of the plan, not a case for or against it: a cost, a
        // delay or a strike named in a timetable is no judgement. Only a
        // speaker with no word of judgement of their own: no strong cue, no
        // verb of welcome, no "but", no prediction that weighs the plan's
        // effect, and, for a body itself, no lean as the proposer (a
        // government that announces its own plan backs it).
        let facts_only = |own: &[usize], kind: SpeakerKind, agg: &mut speaker::Aggregate| {
            let Some(&first) = own.first() else { return };
            let i = article.utterances[first].speaker.0;
            // A spokesperson for an institution (`PRT spokeswoman`,
            // `department spokesperson`) tells its figures as news even in a
            // prediction (*the contract will cost about $96 million more*):
            // the body's own account, not a case argued by it. One for a
            // group of people (`pensioners' spokesman`, `a spokeswoman for
            // the campaign group`) argues its members' case as a critic or a
            // backer does.
            // (Only a speaker heard only in reported speech can state only
            // facts: the rest need none of what follows.)
            if quoted[i] {
                return;
            }
            // A named person who is no body's voice, heard only in reported
            // speech, states only facts too when nothing weighs for them
            // but the prospect of a *would* (*the override would add about
            // $291 a year to the tax bill*, *no vote would be taken before
            // February*): an official's figures and timetable, not a case
            // for the plan. Not a party named by its part in the story
            // (*the developer*), nor a speaker with any other lean (a camp,
            // an affiliation). Each utterance must hold a figure
            // or a step of procedure: a weekday may be the narrator's (*the
            // mayor said on Friday*) inside the words.
            if !voice[i] {
                let name = article.speakers[i].name.as_str();
                let named = name.starts_with(|c: char| c.is_uppercase())
                    && !["The ", "A ", "An "].iter().any(|a| name.starts_with(a));
                let only_prospect = |e: &Evidence| matches!(e.kind, "prospect" | "hedge" | "time");
                // An officer tied to the proposer by title alone (*City
                // Finance Director Ana Ruiz*, *the plan, presented by the
                // district's business manager*) who gives only its figures
                // or steps tells how the plan works, as a spokesperson does:
                // the title is no case argued. Their own words must still
                // weigh nothing, so one who argues for the plan keeps it.
                let only_lean = |e: &Evidence| only_prospect(e) || e.kind == "proposer";
                let figure = |k: usize| {
                    steps[k] || article.slice(article.utterances[k].span).bytes().any(|b| b.is_ascii_digit())
                };
                if kind != SpeakerKind::Person
                    || !named
                    || !agg.evidence.iter().all(only_lean)
                    || own.iter().any(|&k| !figure(k) || !scores[k].scored.evidence.iter().all(only_prospect))
                {
                    return;
                }
            }
            // (Read once, and only for a speaker whose words judge: it reads
            // the text around every mention.)
            let official = std::cell::OnceCell::new();
            let official = || {
                *official
                    .get_or_init(|| kind == SpeakerKind::Person && !speaks_for_people(article, &article.speakers[i]))
            };
            let judges = |k: usize| {
                (lays_out[k] || predicts(article.slice(article.utterances[k].span)))
                    && scores[k]
                        .scored
                        .evidence
                        .iter()
                        .any(|e| matches!(e.kind, "cue" | "sentiment" | "negation") && e.weight.abs() >= 0.1)
                    && !official()
            };
            // A step counts only in words that weigh nothing else: "it was
            // studying the ruling and was likely to appeal" takes a side.
            let step = |k: usize| {
                steps[k]
                    && !scores[k].scored.evidence.iter().any(|e| {
                        !matches!(e.kind, "procedure" | "frame" | "context" | "affiliation") && e.weight.abs() >= 0.2
                    })
            };
            if states_only_facts(article, own, kind, &agg.evidence, step, judges) {
                let at = article.utterances[first].span;
                agg.label = speaker::label(0.0, 0.0, own.len());
                let text = article.slice(at).to_string();
                agg.evidence.insert(0, Evidence { text, start: at.start, end: at.end, weight: 0.0, kind: "facts" });
            }
        };
        let speakers = article
            .speakers
            .iter()
            .zip(&by_speaker)
            .zip(outside.iter_mut())
            .zip(&name_leans)
            .map(|(((s, own), outside), name_lean)| {
                let mine: Vec<&Scored> = own.iter().map(|&k| &scores[k].scored).collect();
                let lean = name_lean.and_then(|(word, w)| {
                    // Cite the name where the article uses it, so the
                    // evidence keeps article offsets.
                    let at = own
                        .iter()
                        .find_map(|&k| article.utterances[k].source)
                        .or_else(|| s.mentions.first().copied())?;
                    Some(Evidence {
                        text: article.slice(at).to_string(),
                        start: at.start,
                        end: at.end,
                        weight: w,
                        kind: "speaker",
                    })
                    .filter(|_| !word.is_empty())
                });
                // A *But* that brings a speaker in after a critic is the
                // other side's turn in only a few of the cases: news style
                // brings in the critic with *But*, and a *But* after a
                // critic most often brings in a further doubt or a hedged
                // view ("But the nurses' union said the pilot had not been
                // costed"). It tempers what the speaker says; for a speaker
                // whose own words weigh nothing it is no case for the plan.
                // (On the design sets, a turn toward optimism that decided
                // alone was wrong three times in three.)
                let silent = mine.iter().all(|m| m.evidence.is_empty());
                let leans: Vec<Evidence> = lean
                    .into_iter()
                    .chain(
                        std::mem::take(outside).into_iter().filter(|e| !(silent && e.kind == "turn" && e.weight > 0.0)),
                    )
                    .collect();
                let mut agg =
                    speaker::aggregate_with(&mine, leans, |u| self.ask_or(article, &views[u.index], u, halt_topic));
                facts_only(own, s.kind, &mut agg);
                SpeakerReport {
                    name: s.name.clone(),
                    aliases: s.aliases.clone(),
                    kind: s.kind,
                    stance: agg.label.stance,
                    score: round3(agg.label.score),
                    confidence: round3(agg.label.confidence),
                    evidence: rounded(agg.evidence),
                    utterances: mine.len(),
                    decisive: agg.decisive,
                    shift: agg.shift,
                }
            })
            .collect();

        let utterances = article
            .utterances
            .iter()
            .zip(scores)
            .map(|(u, s)| UtteranceReport {
                speaker: article.speakers.get(u.speaker.0).map_or_else(String::new, |sp| sp.name.clone()),
                kind: u.kind,
                cue: u.cue.as_ref().map(|c| article.slice(c.span).to_string()),
                text: article.slice(u.span).to_string(),
                start: u.span.start,
                end: u.span.end,
                stance: s.scored.stance,
                score: round3(s.score),
                evidence: rounded(s.scored.evidence),
                relevance: round3(s.relevance),
                question: u.question.map(|q| article.slice(q).to_string()),
            })
            .collect();

        let mut report = Report {
            source: source.to_string(),
            topic: Topic {
                terms: match &self.topic {
                    Some(p) if !p.terms.is_empty() => p.terms.clone(),
                    // The model is done with: its words move into the report.
                    _ => std::mem::take(&mut topic.display),
                },
                from_profile: self.topic.as_ref().is_some_and(|p| !p.terms.is_empty()),
                name: self.topic.as_ref().and_then(|p| p.name.clone()),
            },
            speakers,
            utterances,
        };
        if self.learned {
            learned::apply(&mut report, article.text);
        }
        report
    }

    /// Scores one utterance: its words, its verb, its frame, the question it
    /// answers, and when it was said.
    fn draft_utterance(
        &self,
        article: &Article<'_>,
        u: &Utterance,
        view: &View,
        topic: &TopicModel,
        removal: &topic::Removal,
        attributed: &Attributed,
    ) -> Draft {
        let lex = &*self.lexicon;
        let text = article.text;
        // The reporting verb's weight, read once: it is asked for twice
        // below, and a verb the table lacks is scored as words.
        let cue_weight = u.cue.as_ref().map_or(0.0, |c| score::verb_weight(lex, c.lemma));
        // A reporting verb before the words sits on the earlier side of a
        // "but" in them.
        let verb_before = if u.cue.as_ref().is_some_and(|c| c.span.end <= u.span.start) { cue_weight } else { 0.0 };
        let words = score::score_view_after(lex, text, view, Some(topic), u.question.is_some(), false, verb_before);
        let mut raw = words.raw;
        let mut evidence = words.evidence;
        // `rejected the criticism, telling reporters …`, `dismissing concerns
        // that the farm is too close to homes`: turning down a criticism
        // defends what was criticised. The criticism's own words are the
        // critics', not the speaker's, and the verb takes the other side.
        let rebuttal = u.cue.as_ref().and_then(|c| {
            (c.span.end <= u.span.start && matches!(c.lemma, "reject" | "dismiss" | "deny" | "counter"))
                .then(|| score::criticism_rejected(text, u.span))
                .flatten()
        });
        // Arguments whose own words lean for the proposal (*rejecting
        // arguments that the road would ease traffic*) are its backers':
        // turning them down is no defence of it.
        let rebuttal = rebuttal.filter(|&(end, either)| {
            !either
                || evidence.iter().filter(|x| x.start >= u.span.start && x.start < end).map(|x| x.weight).sum::<f64>()
                    <= 0.0
        });
        if let Some((end, _)) = rebuttal {
            evidence.retain(|x| {
                let inside = x.start >= u.span.start && x.start < end;
                if inside {
                    raw -= x.weight;
                }
                !inside
            });
        }
        // The thing removed named by its own name is no judgement of it:
        // "holiday" in a story that shortens the summer holiday, "festival"
        // in one that cancels it, has a general sentiment that says nothing
        // of the speaker's view.
        if !removal.is_empty() {
            evidence.retain(|x| {
                let named = x.kind == "sentiment" && removal.is_head(&x.text.to_lowercase());
                if named {
                    raw -= x.weight;
                }
                !named
            });
        }
        // Words about the thing a proposal removes judge the thing: praise
        // of it stands against removing it, fault with it for.
        let mut flipped: Vec<Span> = Vec::new();
        for (s, e) in removal.judged(view) {
            let (s, e) = view.norm.article_span(text, s, e);
            let here = || evidence.iter().filter(|x| x.start >= s && x.start < e);
            // A harm told as how things stand is already read as a
            // complaint against them.
            let complaint = here().any(|x| matches!(x.kind, "state" | "problem"));
            // A disclaimer ("Nobody is against safer streets", "I'm not
            // against the pool") tells the speaker's own position, not a
            // judgement of the thing: it keeps its cautious lean.
            let disclaims = here().any(|x| x.kind == "disclaimer");
            let within: f64 = here().map(|x| x.weight).sum();
            if within.abs() > 1e-12 && !complaint && !disclaims {
                raw -= 2.0 * within;
                flipped.push(Span::new(s, e));
            }
        }
        for at in &flipped {
            let weight = -2.0
                * evidence.iter().filter(|x| x.start >= at.start && x.start < at.end).map(|x| x.weight).sum::<f64>();
            evidence.push(Evidence {
                text: article.slice(*at).to_string(),
                start: at.start,
                end: at.end,
                weight,
                kind: "removal",
            });
        }
        // A pledge that the reporting verb asks for ("urged the government
        // to consider tax relief for small firms"), as one asked for in
        // the words (see `score`): the speaker asks for a guarantee against
        // what the plan may do, which is no praise. Its weight counts
        // reversed, cited as `demand` at the pledge; not a pledge the
        // proposal itself makes (a topic word).
        let asks = u.cue.as_ref().is_some_and(|c| {
            c.span.end <= u.span.start
                && matches!(c.lemma, "ask" | "urge" | "demand" | "call for" | "press for" | "appeal for")
        });
        if asks {
            let demands: Vec<Evidence> = evidence
                .iter()
                .filter(|x| x.kind == "cue" && x.weight > 0.0 && x.start >= u.span.start && x.start < u.span.end)
                .filter(|x| {
                    let w = x.text.to_lowercase();
                    score::is_pledge(&w) && !topic.contains(&w)
                })
                .map(|x| Evidence { weight: -2.0 * x.weight, kind: "demand", ..x.clone() })
                .collect();
            for d in demands {
                raw += d.weight;
                evidence.push(d);
            }
        }
        // A harm named by a removal word is the plan's own doing, and one
        // already reversed as a judgement of the thing removed is spoken for.
        let states: Vec<Evidence> = words
            .states
            .into_iter()
            .filter(|e| !flipped.iter().any(|at| e.start >= at.start && e.start < at.end))
            .filter(|e| !topic::is_removal_word(&e.text.to_lowercase()))
            .collect();
        let prospect = words.prospect.filter(|_| !u.cue.as_ref().is_some_and(|c| lex.is_source_verb(c.lemma)));
        // An ask about the proposal's timing or terms, or a question that
        // mocks it, is more specific than a prospect: it replaces it. Only
        // words of the speaker's own, not words of procedure, not the words
        // of a question put to them, and, for *to* after a verb of asking,
        // only words that such a verb reports. (Read by `ask_or` only for
        // a speaker who needs the fallback.)
        let asked = u.cue.as_ref().is_some_and(|c| {
            c.span.end <= u.span.start
                && matches!(c.lemma, "ask" | "urge" | "demand" | "call for" | "press for" | "appeal for")
        });
        let ask = (!words.procedure && u.question.is_none()).then_some(asked);
        if let Some(cue) = &u.cue {
            let mut w = cue_weight;
            if rebuttal.is_some() {
                w = w.abs();
            }
            // A vow takes the leaning of what is vowed: *vowed to fight
            // plans for a substation*, *pledged to block the sale* commit
            // the speaker against the proposal, so a verb of commitment
            // before words that lean cautious leans cautious too.
            if w > 0.0
                && matches!(cue.lemma, "vow" | "pledge" | "promise")
                && cue.span.end <= u.span.start
                && words.raw < 0.0
            {
                w = -w;
            }
            // A recommendation leans for what it recommends (*recommended
            // that members accept the offer*), but one addressed to the
            // applicant (*recommended that the developer fence the site*),
            // or one that asks for a requirement or a limit (*recommended
            // that the county require a traffic study*), sets conditions on
            // the proposal: a reservation, so the lean is reversed.
            if w > 0.0
                && cue.lemma == "recommend"
                && cue.span.end <= u.span.start
                && sets_conditions(article.slice(u.span))
            {
                w = -w;
            }
            // Rejecting a challenge to the proposal upholds it: *dismissed
            // the lawsuit*, *rejected a challenge brought by residents*,
            // *turned down the objections*. The verb's object, at most four
            // words into the reported words, is itself opposition, so the
            // rejection leans for the proposal. Not an appeal or a
            // petition, which either side may bring (a petition is often
            // the proposal itself), nor arguments or claims, which may be
            // either side's.
            if w < 0.0 && matches!(cue.lemma, "reject" | "dismiss") && cue.span.end <= u.span.start {
                let challenge = article.slice(u.span).split_whitespace().take(4).any(|t| {
                    matches!(
                        t.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase().as_str(),
                        "lawsuit"
                            | "lawsuits"
                            | "suit"
                            | "challenge"
                            | "challenges"
                            | "objection"
                            | "objections"
                            | "complaint"
                            | "complaints"
                    )
                });
                if challenge {
                    w = -w;
                }
            }
            // A verb of no weight whose words are its object after "for" or
            // "against" (*has lobbied for the change*, *pushed for a stricter
            // rule*, *are lobbying against Treasury proposals*) is advocacy:
            // the preposition takes the side. Cited at the verb.
            if w == 0.0 && cue.span.end <= u.span.start {
                let gap = text[cue.span.end..u.span.start].trim();
                if gap.eq_ignore_ascii_case("for") {
                    w = ADVOCACY;
                } else if gap.eq_ignore_ascii_case("against") {
                    w = -ADVOCACY;
                }
            }
            if w != 0.0 {
                raw += w;
                evidence.push(Evidence {
                    text: article.slice(cue.span).to_string(),
                    start: cue.span.start,
                    end: cue.span.end,
                    weight: w,
                    kind: "verb",
                });
                // "expressed caution about the pace, but defended the
                // timetable": a verb before the words sits on the earlier
                // side of their "but".
                if let Some(at) = words.contrast.filter(|_| cue.span.end <= u.span.start && !words.two_sided) {
                    let f = lex.settings.contrast_before;
                    raw += w * (f - 1.0);
                    evidence.push(Evidence {
                        text: article.slice(at).to_string(),
                        start: at.start,
                        end: at.end,
                        weight: w * (f - 1.0),
                        kind: "contrast",
                    });
                }
            }
        }
        let frame = score::score_frame(lex, article, u, attributed);
        raw += frame.raw;
        evidence.extend(frame.evidence);
        if let (Some(q), Some((answer, at))) = (u.question, words.answer) {
            let framing = score::score_words(lex, text, q, None, false, true).raw;
            let w = score::answer_weight(framing, answer);
            if w != 0.0 {
                raw += w;
                evidence.push(Evidence {
                    text: article.slice(at).to_string(),
                    start: at.start,
                    end: at.end,
                    weight: w,
                    kind: "question",
                });
            }
        }
        let relevance = if words.on_topic { 1.0 } else { lex.settings.off_topic_factor };
        let mut factors = Vec::new();
        let time = match frame.time {
            // "had expressed caution ..., but on Wednesday defended the
            // timetable" in one stretch of words: the later position is
            // inside them, and their "but" weighs the two.
            Some((Time::Earlier, _)) if words.contrast.is_some() => Time::Plain,
            Some((Time::Earlier, at)) => {
                factors.push(("time", at, score::EARLIER_FACTOR));
                Time::Earlier
            }
            Some((Time::Later, at)) => {
                factors.push(("time", at, score::LATER_FACTOR));
                Time::Later
            }
            _ => Time::Plain,
        };
        Draft {
            raw,
            relevance,
            factors,
            evidence,
            time,
            contrast: frame.contrast.filter(|_| time == Time::Plain),
            prospect,
            ask,
            deflected: words.deflected,
            procedure: words.procedure,
            // (`declined to comment on the draft`: a refusal to speak
            // hands the question back like a deferral does.)
            deference: words
                .deference
                .or_else(|| u.cue.as_ref().filter(|c| c.lemma == "decline to comment").map(|c| c.span)),
            two_sided: words.two_sided || frame.granted,
            concedes: words.concedes,
            counter: words.counter,
            turn: words
                .contrast
                .filter(|at| text[u.span.start.min(at.start)..at.start].chars().all(|c| !c.is_alphanumeric())),
            flipped,
            states,
        }
    }

    /// An utterance's fallback lean: its ask about the proposal's timing or
    /// terms, or a question that mocks it, where one may be read (see
    /// [`score::ask`]), or else its prospect.
    fn ask_or(&self, article: &Article<'_>, view: &View, u: &Scored, halt_topic: bool) -> Option<Evidence> {
        let Some(asked) = u.ask else { return u.prospect.clone() };
        match score::ask(article.text, view, asked, halt_topic) {
            Some((at, sign, kind)) => Some(Evidence {
                text: article.slice(at).to_string(),
                start: at.start,
                end: at.end,
                weight: sign * self.lexicon.settings.prospect_weight,
                kind,
            }),
            None => u.prospect.clone(),
        }
    }

    /// Turns a draft into the final score: the factors applied, their
    /// changes cited as evidence, and the label.
    fn finish(&self, article: &Article<'_>, index: usize, draft: Draft) -> UtteranceScore {
        let Draft {
            raw,
            relevance,
            factors,
            mut evidence,
            time,
            prospect,
            ask,
            two_sided,
            concedes,
            counter,
            turn,
            flipped,
            states,
            ..
        } = draft;
        let mut value = raw * relevance;
        for (kind, at, f) in factors {
            let before = value;
            value *= f;
            if (value - before).abs() > 1e-9 {
                evidence.push(Evidence {
                    text: article.slice(at).to_string(),
                    start: at.start,
                    end: at.end,
                    weight: value - before,
                    kind,
                });
            }
        }
        evidence.sort_by(|a, b| a.start.cmp(&b.start).then(a.kind.cmp(b.kind)));
        let factor = if raw.abs() > 1e-12 { value / raw } else { relevance };
        let side = |sign: f64| -> f64 {
            evidence
                .iter()
                .filter(|e| {
                    matches!(e.kind, "cue" | "sentiment" | "verb" | "frame" | "question" | "caveat" | "balance")
                })
                .map(|e| {
                    // The speaker's own cues count on the other side when
                    // they judge the thing a proposal removes.
                    let own = matches!(e.kind, "cue" | "sentiment")
                        && flipped.iter().any(|at| e.start >= at.start && e.start < at.end);
                    (e.weight * sign * if own { -1.0 } else { 1.0 }).max(0.0)
                })
                .sum::<f64>()
                * factor
        };
        // The value is what the speaker aggregation adds up; the label's
        // score is the same quantity, damped, in [-1, 1].
        let (pos, neg) = (side(1.0), side(-1.0));
        let label = speaker::label(pos, neg, 1);
        UtteranceScore {
            scored: Scored {
                index,
                value,
                pos,
                neg,
                two_sided,
                concedes,
                counter,
                turn: turn.map(|at| Evidence {
                    text: article.slice(at).to_string(),
                    start: at.start,
                    end: at.end,
                    weight: 0.0,
                    kind: "caveat",
                }),
                factor,
                states: states.into_iter().map(|e| Evidence { weight: e.weight * factor, ..e }).collect(),
                time,
                stance: label.stance,
                evidence,
                prospect,
                ask,
            },
            score: label.score,
            relevance,
        }
    }
}

/// Whether recommended words set conditions on the proposal: in their first
/// six words, the party they address is its applicant (*the company*, *the
/// developer*), or they ask for a requirement or a limit (*require*,
/// *curtail*, *restrict*). Reads those words only.
fn sets_conditions(t: &str) -> bool {
    let words: Vec<String> = t
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
        .collect();
    words.windows(2).any(|p| {
        matches!(p[0].as_str(), "the" | "its")
            && matches!(p[1].as_str(), "company" | "developer" | "applicant" | "operator" | "proponent")
    }) || words.iter().any(|w| {
        matches!(
            w.as_str(),
            "require"
                | "requires"
                | "curtail"
                | "curtails"
                | "restrict"
                | "restricts"
                | "limit"
                | "limits"
                | "mitigate"
        )
    })
}

/// Whether words predict (*would*, *will*): a judging word in a prediction
/// (*the levy would cost its members $4 million*) weighs the plan's effect,
/// where one in a plain account (*fines of up to $1,500 per violation begin
/// on June 1*) does not.
fn predicts(t: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| matches!(w, "would" | "will" | "won't" | "wouldn't"))
}

/// Whether a speaker's reported words only state facts: every utterance
/// holds a figure or a date (a digit, a month, a weekday, *next week*) or a
/// word of procedure (`steps`: *the office was reviewing the decision*,
/// *it would assess the scheme when an application was lodged*: a body
/// telling its own next step takes no side), and no quotation mark, and the speaker's evidence holds no judgement: no word
/// weighing 0.4 or more, no verb of welcome or support, no reservation, no
/// lean from the narrator's context, and, for a body, none as the proposer or
/// from an affiliation (its own plan, which it backs). Read only for bodies
/// and spokespeople heard in reported speech alone, over their own words,
/// and for named people heard so whose only lean is the prospect of a
/// *would*, or a title that ties them to the proposer, in words that each
/// hold a figure or a step.
///
/// `judges(k)` tells whether utterance `k` weighs what the proposal will do
/// (*the plan would cost every household £56*, *the merger would save £12
/// million a year*): a figure a critic or a backer argues by, not news.
fn states_only_facts(
    article: &Article<'_>,
    own: &[usize],
    kind: SpeakerKind,
    evidence: &[Evidence],
    steps: impl Fn(usize) -> bool,
    judges: impl Fn(usize) -> bool,
) -> bool {
    // Months and weekdays as capitalised names: *may* is also a modal.
    const DATES: [&str; 19] = [
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
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const PERIODS: [&str; 6] = ["next week", "next month", "next year", "this week", "this month", "this year"];
    // A speaker whose every word is a bare step ("said it was reviewing the
    // decision", "was analysing the proposal and would present its position
    // during the consultation") declines to judge: the narrator's leans
    // around them (a brief it once filed, what it supervises, the article's
    // camps) do not place it on a side. Its own plan, as the proposer,
    // still does.
    let bare = own.iter().all(|&k| steps(k));
    let judged = evidence.iter().any(|e| {
        if bare && matches!(e.kind, "frame" | "context" | "affiliation") {
            return false;
        }
        e.weight.abs() >= 0.4
            || matches!(e.kind, "endorse" | "verb" | "caveat" | "reservation" | "context")
            || (kind == SpeakerKind::Organization && matches!(e.kind, "proposer" | "affiliation"))
    });
    !own.is_empty()
        && !judged
        && own.iter().all(|&k| {
            if judges(k) {
                return false;
            }
            let t = article.slice(article.utterances[k].span);
            if t.contains(['"', '\u{201c}', '\u{201d}', '\u{2018}']) {
                return false;
            }
            if t.bytes().any(|b| b.is_ascii_digit()) || steps(k) {
                return true;
            }
            DATES.iter().any(|d| t.contains(d)) || {
                let lower = t.to_lowercase();
                PERIODS.iter().any(|d| lower.contains(d)) || spelt_figure(&lower)
            }
        })
}

/// Whether lower-cased words hold a span of time spelt out: a number word
/// before a unit of time (*six months after they open*, *within two
/// weeks*), as news style spells small numbers. A timetable, as a digit or
/// a date is; an amount (*seven million people*) may be the plan's benefit.
fn spelt_figure(lower: &str) -> bool {
    const NUMBERS: [&str; 15] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "hundred",
    ];
    const UNITS: [&str; 6] = ["days", "weeks", "months", "years", "hours", "minutes"];
    let mut words = lower.split(|c: char| !c.is_alphanumeric());
    let mut previous = "";
    words.any(|w| {
        let hit = NUMBERS.contains(&previous) && UNITS.contains(&w);
        if !w.is_empty() {
            previous = w;
        }
        hit
    })
}

/// Whether a speaker is a body, or a spokesperson speaking for one: named
/// so (`a press secretary for the ministry`), or introduced so just before
/// a mention (`City spokeswoman Ana Ruiz`).
fn speaks_for_a_body(article: &Article<'_>, s: &standpoint_core::Speaker) -> bool {
    // Whether the text holds *spokes*, *press secretary* or *press officer*
    // in any ASCII case, as its ASCII-lowercased copy would: all three hold
    // a *p*, which a vector scan finds without the copy (one per mention)
    // or a substring search per phrase. A non-ASCII byte equals no ASCII
    // letter in either form, so comparing the raw bytes case-blind is the
    // same test.
    let spokes = |t: &str| {
        let b = t.as_bytes();
        let at = |i: usize, phrase: &[u8]| b.get(i..i + phrase.len()).is_some_and(|w| w.eq_ignore_ascii_case(phrase));
        memchr::memchr2_iter(b'p', b'P', b)
            .any(|i| (i >= 1 && at(i - 1, b"spokes")) || at(i, b"press secretary") || at(i, b"press officer"))
    };
    s.kind == SpeakerKind::Organization
        || s.kind == SpeakerKind::Person
            && (spokes(&s.name) || s.mentions.iter().any(|m| spokes(introduced(article, *m))))
}

/// The words that introduce a mention: the 40 bytes before it, the mention,
/// and an appositive right after it (`Ana Ruiz, a spokeswoman for the
/// ministry, said`), up to 48 bytes from its comma. News style puts the
/// role on either side of the name.
fn introduced<'t>(article: &Article<'t>, m: Span) -> &'t str {
    let text = article.text;
    let end = m.end.min(text.len());
    let mut from = m.start.saturating_sub(40).min(end);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = end;
    if text[end..].starts_with(", ") {
        to = (end + 48).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
    }
    &text[from..to]
}

/// Whether a spokesperson speaks for a group of people rather than an
/// institution: a plural possessive (`pensioners' spokesman`, `residents’
/// spokeswoman`) or a campaign or group named in their name or in the 40
/// bytes before a mention.
fn speaks_for_people(article: &Article<'_>, s: &standpoint_core::Speaker) -> bool {
    let people = |t: &str| {
        let lower = t.to_ascii_lowercase();
        lower.contains("s' ") || lower.contains("s\u{2019} ") || lower.contains("campaign") || lower.contains(" group")
    };
    people(&s.name) || s.mentions.iter().any(|m| people(introduced(article, *m)))
}

/// An utterance scored but not yet weighed against its neighbours.
struct Draft {
    raw: f64,
    relevance: f64,
    /// Multiplicative factors after relevance: `(kind, where, factor)`.
    factors: Vec<(&'static str, Span, f64)>,
    evidence: Vec<Evidence>,
    time: Time,
    /// A "but" in the frame before this utterance's verb.
    contrast: Option<Span>,
    /// The fallback lean of words that lay out what the proposal will do.
    prospect: Option<Evidence>,
    /// See [`Scored::ask`].
    ask: Option<bool>,
    /// The words defer the question.
    deflected: bool,
    /// The words hold a word of procedure: see [`score::WordsScore::procedure`].
    procedure: bool,
    /// Where they hand the decision to another body.
    deference: Option<Span>,
    /// The words hold support and a reservation.
    two_sided: bool,
    /// A concession with no counter after it: see [`Scored::concedes`].
    concedes: Option<Evidence>,
    /// A sentence opens with a counter: see [`Scored::counter`].
    counter: bool,
    /// The words open with a "but": see [`Scored::turn`].
    turn: Option<Span>,
    /// The sentences that judge the thing a proposal removes, and count
    /// reversed.
    flipped: Vec<Span>,
    /// Harms told as how things stand, whose side the speaker decides.
    states: Vec<Evidence>,
}

/// Where a reported utterance hands over to another voice: a narrator's
/// summary of two camps (*Doctors back the duty, but shopkeepers warn it
/// will hit the poor*) ends its first speaker's words at the *but* whose
/// clause opens with a new subject and a reporting verb. A pronoun subject
/// (*but she said ...*) may be the same speaker, and a direct quote's *but
/// critics say* is the speaker's own account, so both are read whole.
///
/// Returns the utterance's words up to there, normalized: the view that
/// the topic and the score read.
fn own_voice(lex: &Lexicon, text: &str, opening: &topic::Opening, u: &Utterance) -> View {
    match own_voice_cut(lex, text, opening, u) {
        Ok(end) => opening.view(text, u.span.start, end),
        // Read whole: the view normalized to look for the *but*, if any,
        // is the utterance's view.
        Err(Some(view)) => view,
        Err(None) => opening.view(text, u.span.start, u.span.end),
    }
}

/// Where [`own_voice`]'s words end when they hand over at a *but* (`Ok`), or else
/// the whole span's view if it was normalized to find out (`Err`).
fn own_voice_cut(lex: &Lexicon, text: &str, opening: &topic::Opening, u: &Utterance) -> Result<usize, Option<View>> {
    const SUBJECT_WORDS: usize = 5;
    const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "this", "that"];
    if u.kind == UtteranceKind::Direct {
        return Err(None);
    }
    // Most reported speech has no *but*: a byte scan settles that before
    // the span is normalized.
    let has_but =
        text.get(u.span.start..u.span.end).is_some_and(|s| crate::text::holds_ascii_word(s.as_bytes(), b"but"));
    if !has_but {
        return Err(None);
    }
    let view = opening.view(text, u.span.start, u.span.end);
    let (norm, ws) = (&view.norm, &view.words);
    let word = |i: usize| &norm.buf[ws[i].start..ws[i].end];
    for i in 0..ws.len() {
        if word(i) != "but" || i + 1 >= ws.len() || PRONOUNS.contains(&word(i + 1)) {
            continue;
        }
        let verb = (i + 2..ws.len().min(i + 2 + SUBJECT_WORDS))
            .take_while(|&j| ws[j].clause == ws[i].clause)
            .find(|&j| lex.is_reporting_word(word(j)));
        if verb.is_some() {
            return Ok(norm.article_span(text, ws[i].start, ws[i].end).0);
        }
    }
    Err(Some(view))
}

/// Applies a "but" that stands between two utterances of one speaker in
/// one sentence ("conceded there were problems but said they were small"):
/// the later weighs more and the earlier less, as inside a quote.
fn contrast_across(article: &Article<'_>, drafts: &mut [Draft], lex: &Lexicon) {
    for i in 0..drafts.len() {
        let Some(at) = drafts[i].contrast else {
            continue;
        };
        let later = &article.utterances[i];
        let earlier = (0..i).rev().find(|&j| {
            let u = &article.utterances[j];
            u.speaker == later.speaker && u.span.end <= at.start && u.sentence == later.sentence
        });
        let Some(j) = earlier else { continue };
        drafts[i].factors.push(("contrast", at, lex.settings.contrast_after));
        drafts[j].factors.push(("contrast", at, lex.settings.contrast_before));
    }
}
