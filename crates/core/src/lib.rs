//! # standpoint-core
//!
//! Turns a plain-text English news article into a span-accurate model of who
//! said what: blocks (paragraphs, classified), sentences, utterances and
//! speakers.
//!
//! # Overview
//!
//! The one entry point is [`parse`], which returns an [`Article`]:
//!
//! - [`Article::blocks`]: paragraphs with their [`BlockKind`] (body text,
//!   headline, dateline, caption, credit, heading, byline);
//! - [`Article::utterances`]: each stretch of words attributed to a speaker,
//!   with its [`UtteranceKind`] (direct, partial, reported, headline), the
//!   reporting verb ([`Cue`]) and, for answers, the question it answers;
//! - [`Article::speakers`]: canonical names (`Dana Whitfield`, `US officials`),
//!   aliases and [`SpeakerKind`];
//! - [`Article::diagnostics`]: anything odd, such as an unclosed quotation.
//!
//! `parse` never fails and never panics: odd input gives an `Article` with
//! fewer utterances and some [`Diagnostic`]s. Every span is a byte range into
//! the text as given, so `&text[span.start..span.end]` is always valid.
//! The parser is linear in the length of the text.
//!
//! # Examples
//!
//! Who said what:
//!
//! ```
//! let text = "Bridge to reopen\n\n\
//!     Mayor Ana Ruiz said on Monday the bridge would reopen in May.\n\n\
//!     “We are not there yet,” said Tom Okafor, a local engineer. “The cables need work.”\n";
//! let article = standpoint_core::parse(text);
//!
//! let who: Vec<(&str, &str)> = article
//!     .utterances
//!     .iter()
//!     .map(|u| (article.speaker(u.speaker).name.as_str(), article.slice(u.span)))
//!     .collect();
//! assert_eq!(
//!     who,
//!     [
//!         ("Ana Ruiz", "the bridge would reopen in May"),
//!         ("Tom Okafor", "We are not there yet"),
//!         ("Tom Okafor", "The cables need work."),
//!     ]
//! );
//! ```
//!
//! Page furniture is recognised and never quoted, and pronouns find their
//! speaker:
//!
//! ```
//! use standpoint_core::{BlockKind, UtteranceKind};
//!
//! let text = "By Jane Doe\n\nLISBON, May 4 (Agency) - Port workers went back to work.\n\n\
//!     Union leader Rui Costa welcomed the deal. “It is fair,” he said.\n";
//! let article = standpoint_core::parse(text);
//!
//! assert_eq!(article.blocks[0].kind, BlockKind::Byline);
//! assert_eq!(article.blocks[1].kind, BlockKind::Dateline);
//! let last = article.utterances.last().unwrap();
//! assert_eq!(last.kind, UtteranceKind::Direct);
//! assert_eq!(article.speaker(last.speaker).name, "Rui Costa");
//! ```

#![deny(missing_docs)]

mod article;
mod attribution;
mod blocks;
mod lexicon;
mod quotes;
mod sentences;
mod speakers;
mod tokens;

#[cfg(test)]
mod tests;

pub use article::{
    Article, Block, BlockKind, Cue, Diagnostic, DiagnosticKind, Sentence, Span, Speaker, SpeakerId, SpeakerKind,
    Utterance, UtteranceKind,
};

use attribution::Attributor;
use std::borrow::Cow;

/// Turns Windows (`\r\n`) and old Mac (`\r`) line endings into `\n`.
///
/// [`parse`] reads any line endings as they are, and its spans point into the
/// text it was given. Tools that read text with "universal newlines" (such as
/// Python's `open`) see `\n` only, so their byte offsets differ on such
/// files; normalize first when offsets must agree with theirs. Text without
/// a `\r` is returned as it is, without a copy.
///
/// ```
/// use standpoint_core::normalize_line_endings;
/// assert_eq!(normalize_line_endings("a\r\nb\rc\n"), "a\nb\nc\n");
/// assert!(matches!(normalize_line_endings("plain\n"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn normalize_line_endings(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = memchr::memchr(b'\r', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if rest.starts_with('\n') {
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Parses an article: blocks, sentences, quotations, speakers and their
/// utterances.
///
/// Never fails and never panics, whatever the input; anything odd is noted
/// in [`Article::diagnostics`]. Spans are byte offsets into `text`.
pub fn parse(text: &str) -> Article<'_> {
    let blocks = blocks::split(text);
    let style = quotes::style(text, &blocks);
    // Room for what news text usually holds (a sentence every hundred
    // bytes or so, a token every five of a paragraph), so that the lists
    // are seldom copied as they grow.
    let mut sentences: Vec<Sentence> = Vec::with_capacity(text.len() / 64 + 4);
    let mut spans: Vec<Span> = Vec::with_capacity(text.len() / 64 + 4);
    let mut block_first_sentence = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        block_first_sentence.push(spans.len());
        if block.kind.can_quote() {
            sentences::split(text, block.span, &mut spans);
        } else {
            spans.push(block.span);
        }
        sentences.extend(spans[sentences.len()..].iter().map(|&span| Sentence { span, block: i }));
    }

    // A transcript: paragraphs open with `NAME:`; each is that speaker's turn.
    let transcript =
        blocks.iter().filter(|b| b.kind == BlockKind::Body && blocks::turn_label(b.span.slice(text)).is_some()).count()
            >= 3;
    let mut diagnostics = Vec::new();
    let mut quote_buf = Vec::new();
    let longest = blocks.iter().filter(|b| b.kind == BlockKind::Body).map(|b| b.span.len()).max().unwrap_or(0);
    let mut tokens = Vec::with_capacity(longest / 4 + 16);
    let mut att = Attributor::with_block_capacity(tokens.capacity());
    let mut open_quote: Option<Span> = None;
    let mut adjacent = false;
    for (i, block) in blocks.iter().enumerate() {
        match block.kind {
            BlockKind::Body => {
                quote_buf.clear();
                let continues = open_quote.is_some() && adjacent;
                let ends_open = quotes::find(text, block.span, style, continues, &mut quote_buf);
                if let Some(span) = open_quote.take() {
                    if !quote_buf.first().is_some_and(|q| q.continued) {
                        diagnostics.push(Diagnostic {
                            kind: DiagnosticKind::UnbalancedQuote,
                            span,
                            message: "a quotation mark opens and never closes".into(),
                        });
                    }
                }
                if ends_open {
                    open_quote = quote_buf.last().map(|q| Span::new(q.open, q.end));
                }
                let label = if transcript { blocks::turn_label(block.span.slice(text)) } else { None };
                // A vox pop: one quotation that fills the paragraph, signed
                // after a dash (`"…" – Ann Cole, resident`).
                let signature = match quote_buf.as_slice() {
                    [q] if label.is_none() && q.closed && !q.continued && q.open == block.span.start => {
                        blocks::quote_signature(&text[q.close..block.span.end])
                            .map(|(s, e)| (Span::new(q.close + s, q.close + e), q.inner()))
                    }
                    _ => None,
                };
                // A reaction list: a name and a colon, then one quotation
                // that ends the paragraph (`Ann Cole: "…"`).
                let signature = signature.or_else(|| match quote_buf.as_slice() {
                    [q] if label.is_none()
                        && q.closed
                        && !q.continued
                        && text[q.close..block.span.end].trim_end().chars().all(|c| ".,!?".contains(c)) =>
                    {
                        blocks::quote_label(&text[block.span.start..q.open])
                            .map(|(s, e)| (Span::new(block.span.start + s, block.span.start + e), q.inner()))
                    }
                    _ => None,
                });
                if let Some((name, words)) = signature {
                    let words = blocks::trim_span(text, words.start, words.end);
                    att.signed(text, i, name, words, block_first_sentence[i]);
                } else if let Some((name_len, words_at)) = label {
                    let name = Span::new(block.span.start, block.span.start + name_len);
                    let words = blocks::trim_span(text, block.span.start + words_at, block.span.end);
                    att.turn(text, i, name, words, block_first_sentence[i]);
                } else {
                    tokens::tokenize(text, block.span, &quote_buf, &spans, block_first_sentence[i], &mut tokens);
                    att.block(text, i, &tokens, &quote_buf, &spans, adjacent);
                }
                adjacent = true;
            }
            BlockKind::Heading | BlockKind::Headline => {
                att.break_continuity();
                adjacent = false;
            }
            // Captions, credits and bylines sit between paragraphs without
            // interrupting them.
            _ => {}
        }
    }
    if let Some(span) = open_quote {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::UnbalancedQuote,
            span,
            message: "a quotation mark opens and never closes".into(),
        });
    }
    for (i, block) in blocks.iter().enumerate() {
        if block.kind == BlockKind::Headline {
            att.headline(text, i, block.span, block_first_sentence[i]);
        }
    }

    let Attributor { mut registry, mut found, diagnostics: more, orphans, refusals, .. } = att;
    attribution::settle_orphans(&mut registry, &mut found, orphans);
    attribution::settle_front_groups(text, &blocks, &registry, &mut found);
    attribution::settle_front_roles(text, &blocks, &registry, &mut found);
    attribution::settle_generic_bodies(&registry, &mut found);
    attribution::settle_described_people(text, &mut registry, &found);
    attribution::settle_refusals(&registry, &mut found, refusals);
    diagnostics.extend(more);
    diagnostics.sort_by_key(|d| d.span.start);
    found.sort_by_key(|f| (f.span.start, f.span.end));

    // Speakers in order of first utterance; entity ids become speaker ids.
    let mut ids: Vec<Option<SpeakerId>> = vec![None; registry.entities.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut utterances: Vec<Utterance> = Vec::with_capacity(found.len());
    for f in found {
        let entity = registry.canonical(f.speaker.0);
        let id = *ids[entity].get_or_insert_with(|| {
            // Runs once per entity, and the register is dropped after: its
            // strings move into the speaker rather than being copied.
            let e = &mut registry.entities[entity];
            speakers.push(Speaker {
                name: std::mem::take(&mut e.name),
                aliases: std::mem::take(&mut e.aliases),
                kind: e.kind,
                mentions: sorted_disjoint(std::mem::take(&mut e.sources)),
            });
            SpeakerId(speakers.len() - 1)
        });
        utterances.push(Utterance { speaker: id, ..f });
    }
    Article { text, blocks, sentences, speakers, utterances, diagnostics }
}

/// Sorts spans and merges those that overlap, so that a reader can binary
/// search them by start or by end (see [`Speaker::mentions`]).
fn sorted_disjoint(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}
