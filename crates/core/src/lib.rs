//! # standpoint-core
//!
//! Turns a plain-text English news article into a span-accurate model of who
//! said what: blocks (paragraphs, classified), sentences, utterances and
//! speakers.
//!
//! The one entry point is [`parse`]. It never fails and never panics: odd
//! input gives an [`Article`] with fewer utterances and some
//! [`Diagnostic`]s. Every span is a byte range into the text as given.
//!
//! # Example
//!
//! ```
//! let text = "“We are in no rush,” the minister said.";
//! let article = standpoint_core::parse(text);
//! assert_eq!(article.blocks.len(), 1);
//! ```

#![deny(missing_docs)]

mod article;

pub use article::{
    Article, Block, BlockKind, Cue, Diagnostic, DiagnosticKind, Sentence, Span, Speaker, SpeakerId,
    SpeakerKind, Utterance, UtteranceKind,
};

/// Parses an article.
///
/// Placeholder: splits blocks on blank lines only. The real parser replaces it.
pub fn parse(text: &str) -> Article<'_> {
    let mut blocks = Vec::new();
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                blocks.push(Block {
                    span: Span::new(s, pos),
                    kind: BlockKind::Body,
                });
            }
        } else if start.is_none() {
            start = Some(pos + (line.len() - line.trim_start().len()));
        }
        pos += line.len();
    }
    if let Some(s) = start {
        blocks.push(Block {
            span: Span::new(s, text.trim_end().len().max(s)),
            kind: BlockKind::Body,
        });
    }
    Article {
        text,
        blocks,
        sentences: Vec::new(),
        speakers: Vec::new(),
        utterances: Vec::new(),
        diagnostics: Vec::new(),
    }
}
