//! The parsed model of an article: plain data with public fields.
//!
//! Every span is a byte range into the text that was given to
//! [`parse`](crate::parse), so `&text[span.start..span.end]` is always valid:
//! spans start and end on `char` boundaries and never exceed the text.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers.
    ///
    /// Returns an empty string when the span does not fit `text`, so a span
    /// from one article used on another cannot panic.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// What kind of paragraph a [`Block`] is.
///
/// This enum may grow: match it with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BlockKind {
    /// Running text: the default.
    Body,
    /// A headline, a video title or slug at the top of the page.
    Headline,
    /// A video credit such as `01:10 - Source: CNN`.
    VideoCredit,
    /// A dateline such as `CNN —` or `NEW DELHI, March 1 -`.
    Dateline,
    /// A photo caption, such as `CITY, COUNTRY - MONTH DAY: … (Photo by …)`.
    Caption,
    /// A photo credit line, such as `Photograph: Jane Doe/Reuters`.
    PhotoCredit,
    /// A section heading: a short line without closing punctuation.
    Heading,
    /// A byline or a sign-off, such as `By Jane Doe` or `REUTER`.
    Byline,
}

impl BlockKind {
    /// Whether text of this kind can carry anybody's words.
    ///
    /// Captions, credits, datelines and bylines never do; headlines only in
    /// the `Name: claim` form.
    pub const fn can_quote(self) -> bool {
        matches!(self, BlockKind::Body | BlockKind::Headline)
    }

    /// A short lowercase name, as used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockKind::Body => "body",
            BlockKind::Headline => "headline",
            BlockKind::VideoCredit => "video-credit",
            BlockKind::Dateline => "dateline",
            BlockKind::Caption => "caption",
            BlockKind::PhotoCredit => "photo-credit",
            BlockKind::Heading => "heading",
            BlockKind::Byline => "byline",
        }
    }
}

/// A paragraph or a standalone line, classified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// The block's text, without surrounding whitespace.
    pub span: Span,
    /// What kind of block it is.
    pub kind: BlockKind,
}

/// A sentence inside a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// The sentence's text, without surrounding whitespace.
    pub span: Span,
    /// Index into [`Article::blocks`].
    pub block: usize,
}

/// Index of a speaker in [`Article::speakers`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct SpeakerId(pub usize);

/// What sort of source a [`Speaker`] is.
///
/// This enum may grow: match it with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or described individual: `Dana Whitfield`, `a spokesman for the Home Office`.
    Person,
    /// An unnamed group of people: `US officials`, `critics`, `brokers`.
    Group,
    /// An institution, company, party or publication: `the Treasury`, `IBM`, `The Indian Express`.
    Organization,
    /// The article's own voice.
    Narrator,
}

impl SpeakerKind {
    /// A short lowercase name, as used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Group => "group",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Narrator => "narrator",
        }
    }
}

/// Somebody who says something in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The canonical name: titles, roles and party tags stripped, such as
    /// `Dana Whitfield`, or a short description such as `US officials`.
    pub name: String,
    /// Other forms the article uses for the same speaker, in order of first use.
    pub aliases: Vec<String>,
    /// Person, group, organization or narrator.
    pub kind: SpeakerKind,
    /// Where the article names or refers to this speaker as the source of
    /// an utterance (names, pronouns, descriptions), in text order. The
    /// spans never overlap, so both their starts and their ends ascend and
    /// the list can be binary searched.
    pub mentions: Vec<Span>,
}

/// How an utterance reports somebody's words.
///
/// This enum may grow: match it with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum UtteranceKind {
    /// A quotation of whole sentences: `“We are in no rush,” Ruiz said.`
    Direct,
    /// Reported speech that quotes some of the words: `said there is “no rush”`.
    Partial,
    /// Reported speech without quotation marks: `Whitfield said she believed …`.
    Reported,
    /// A headline of the form `Name: claim`.
    Headline,
}

impl UtteranceKind {
    /// A short lowercase name, as used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            UtteranceKind::Direct => "direct",
            UtteranceKind::Partial => "partial",
            UtteranceKind::Reported => "reported",
            UtteranceKind::Headline => "headline",
        }
    }
}

/// The reporting verb (or phrase) that attributes an utterance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// The verb's dictionary form, such as `say`, `warn` or `express concern`.
    pub lemma: &'static str,
    /// Where the verb stands in the text (the inflected form, such as `said`).
    pub span: Span,
}

/// One stretch of words attributed to one speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Utterance {
    /// Who said it.
    pub speaker: SpeakerId,
    /// Direct quote, partial quote, reported speech or headline.
    pub kind: UtteranceKind,
    /// The reporting verb, when there is one in the text.
    pub cue: Option<Cue>,
    /// The words attributed to the speaker.
    pub span: Span,
    /// Where the speaker is named or referred to for this utterance, if in the same sentence.
    pub source: Option<Span>,
    /// The question this utterance answers, as in `Asked if it would be “ludicrous” …,
    /// X replied: “…”`. The question's words are not the speaker's, but they frame the answer.
    pub question: Option<Span>,
    /// Index into [`Article::blocks`].
    pub block: usize,
    /// Index into [`Article::sentences`] of the sentence where the utterance starts.
    pub sentence: usize,
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A quotation mark that opens and never closes, or closes and never opened.
    UnbalancedQuote,
    /// A quotation that no speaker could be found for.
    UnattributedQuote,
    /// A pronoun or description that no earlier speaker fits.
    UnresolvedReference,
    /// A stretch of text that does not look like prose (binary data, control characters).
    UnusualText,
}

/// Something odd the parser noticed; parsing carries on regardless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// What was noticed.
    pub kind: DiagnosticKind,
    /// Where.
    pub span: Span,
    /// A one-line explanation for a person.
    pub message: String,
}

/// A parsed article: blocks, sentences, speakers and their utterances.
///
/// Produced by [`parse`](crate::parse); it borrows the text it was parsed from.
#[derive(Debug, Clone, Serialize)]
pub struct Article<'t> {
    /// The text as given, BOM and line endings included.
    #[serde(skip)]
    pub text: &'t str,
    /// Paragraphs and standalone lines in reading order.
    pub blocks: Vec<Block>,
    /// Sentences of every block in reading order.
    pub sentences: Vec<Sentence>,
    /// Everybody who says something, in order of first utterance.
    pub speakers: Vec<Speaker>,
    /// Attributed words in reading order.
    pub utterances: Vec<Utterance>,
    /// Anything odd that was noticed, in reading order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'t> Article<'t> {
    /// The text a span covers (empty if the span does not fit).
    pub fn slice(&self, span: Span) -> &'t str {
        span.slice(self.text)
    }

    /// The speaker with this id.
    ///
    /// # Panics
    ///
    /// Panics if the id does not come from this article.
    pub fn speaker(&self, id: SpeakerId) -> &Speaker {
        &self.speakers[id.0]
    }

    /// The utterances of one speaker, in reading order.
    pub fn utterances_of(&self, id: SpeakerId) -> impl Iterator<Item = &Utterance> + '_ {
        self.utterances.iter().filter(move |u| u.speaker == id)
    }
}
