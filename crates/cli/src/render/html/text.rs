//! The article text: blocks in reading order, utterances highlighted,
//! evidence underlined.
//!
//! Utterances and evidence are byte ranges that can overlap in any way (a
//! partial quote inside reported speech, a reporting verb just outside the
//! words). Rather than nest elements, which overlapping ranges cannot be,
//! each block is cut at every range boundary into pieces; a piece belongs
//! to the innermost utterance and the innermost evidence that cover it
//! (the one that starts last). Consecutive pieces of one utterance form one
//! `<mark>`; an utterance interrupted by another is continued in a second
//! `<mark>` without the id and details.
//!
//! Each utterance's first `<mark>` is focusable and described by a details
//! box (`.tip`) that CSS shows on hover and focus; no script is involved.

use std::collections::HashSet;

use maud::{Markup, html};
use standpoint_core::{Block, BlockKind, Span};
use standpoint_stance::Report;

use super::{View, clean, evidence_text, glyph, is_cue, kind_name, utterance_summary};

/// The whole article, block by block.
pub fn article(view: &View<'_>) -> Markup {
    html! {
        div.article-text {
            @for (b, block) in view.blocks.iter().enumerate() {
                (render_block(view, b, block.kind, &view.layout.blocks[b]))
                "\n"
            }
        }
    }
}

/// Where every utterance and every piece of evidence falls in the blocks.
#[derive(Debug)]
pub struct Layout {
    /// For each block, its text as runs.
    blocks: Vec<Vec<Run>>,
    /// For each evidence entry: its class and its description.
    evidence: Vec<(&'static str, String)>,
    /// For each utterance, whether it is shown (and so has an anchor):
    /// one lying outside every block, or hidden under another with the
    /// same words, is not.
    pub shown: Vec<bool>,
}

/// Consecutive pieces of one utterance, or of none.
#[derive(Debug)]
struct Run {
    utterance: Option<usize>,
    /// Whether this is the utterance's first run, which carries its id and
    /// details.
    first: bool,
    pieces: Vec<Piece>,
}

impl Layout {
    /// Lays out a report's utterances and evidence over the blocks.
    ///
    /// Blocks come in reading order, so one sweep over the ranges (sorted
    /// by start) serves them all: the work grows with the number of ranges
    /// and blocks, never with their product.
    pub fn new(report: &Report, blocks: &[Block]) -> Layout {
        let mut utterances: Vec<Range> = report
            .utterances
            .iter()
            .enumerate()
            .filter(|(_, u)| u.start < u.end)
            .map(|(i, u)| Range { start: u.start, end: u.end, item: i })
            .collect();
        utterances.sort_by_key(|r| (r.start, r.item));

        // One underline per stretch of words, even when two utterances
        // cite it: the first citation (in reading order) describes it.
        let mut seen = HashSet::new();
        let mut evidence = Vec::new();
        let mut info = Vec::new();
        for u in &report.utterances {
            for e in &u.evidence {
                if e.start >= e.end || !seen.insert((e.start, e.end)) {
                    continue;
                }
                let class = match (is_cue(e), e.weight) {
                    (true, w) if w > 0.0 => "up",
                    (true, w) if w < 0.0 => "down",
                    _ => "mod",
                };
                evidence.push(Range { start: e.start, end: e.end, item: info.len() });
                info.push((class, evidence_text(e)));
            }
        }
        evidence.sort_by_key(|r| (r.start, r.item));

        let mut shown = vec![false; report.utterances.len()];
        let mut u_sweep = Sweep::new(&utterances);
        let mut e_sweep = Sweep::new(&evidence);
        let mut laid = Vec::with_capacity(blocks.len());
        for block in blocks {
            let us = u_sweep.overlapping(block.span);
            let es = e_sweep.overlapping(block.span);
            let pieces = cut(block.span, &us, &es);
            let mut runs: Vec<Run> = Vec::new();
            for piece in pieces {
                match runs.last_mut() {
                    Some(run) if run.utterance == piece.utterance => run.pieces.push(piece),
                    _ => {
                        let first = piece.utterance.is_some_and(|u| !std::mem::replace(&mut shown[u], true));
                        runs.push(Run { utterance: piece.utterance, first, pieces: vec![piece] });
                    }
                }
            }
            laid.push(runs);
        }
        Layout { blocks: laid, evidence: info, shown }
    }
}

/// The class and the label of a kind of block; body text has neither.
fn furniture(kind: BlockKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        BlockKind::Body => return None,
        BlockKind::Headline => ("headline", "Headline"),
        BlockKind::VideoCredit => ("credit", "Video credit"),
        BlockKind::Dateline => ("dateline", "Dateline"),
        BlockKind::Caption => ("caption", "Caption"),
        BlockKind::PhotoCredit => ("credit", "Photo credit"),
        BlockKind::Heading => ("heading", "Section heading"),
        BlockKind::Byline => ("byline", "Byline"),
        _ => ("other", "Page furniture"),
    })
}

fn render_block(view: &View<'_>, b: usize, kind: BlockKind, runs: &[Run]) -> Markup {
    let content = html! {
        @for run in runs {
            @match run.utterance {
                None => { (plain(view, &run.pieces)) }
                Some(u) if run.first => { (utterance(view, u, plain(view, &run.pieces))) }
                Some(u) => { mark.u.cont.(speaker_class(view, u)) { (plain(view, &run.pieces)) } }
            }
        }
    };
    match furniture(kind) {
        None => html! { p.body { (content) } },
        Some((class, label)) => html! {
            div.furniture.(class) id=(view.id(&format!("b{b}"))) {
                span.tag { (label) }
                " "
                span.furniture-text { (content) }
            }
        },
    }
}

/// An utterance's or evidence's range, with what it points to.
#[derive(Debug, Clone, Copy)]
struct Range {
    start: usize,
    end: usize,
    /// The utterance index, or the evidence entry.
    item: usize,
}

/// Hands out, block after block, the ranges that overlap each.
#[derive(Debug)]
struct Sweep<'r> {
    /// Sorted by start.
    sorted: &'r [Range],
    next: usize,
    /// Ranges that started before the last block's end and may reach on.
    open: Vec<Range>,
}

impl<'r> Sweep<'r> {
    fn new(sorted: &'r [Range]) -> Sweep<'r> {
        Sweep { sorted, next: 0, open: Vec::new() }
    }

    /// The ranges overlapping `span`, clipped to it, by start. Spans must
    /// come in increasing order.
    fn overlapping(&mut self, span: Span) -> Vec<Range> {
        self.open.retain(|r| r.end > span.start);
        while let Some(r) = self.sorted.get(self.next).filter(|r| r.start < span.end) {
            if r.end > span.start {
                self.open.push(*r);
            }
            self.next += 1;
        }
        self.open
            .iter()
            .filter(|r| r.start < span.end)
            .map(|r| Range { start: r.start.max(span.start), end: r.end.min(span.end), item: r.item })
            .collect()
    }
}

/// One stretch of a block with one innermost utterance and evidence.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Piece {
    start: usize,
    end: usize,
    utterance: Option<usize>,
    evidence: Option<usize>,
}

/// Cuts `span` at every boundary of the ranges inside it (both sorted by
/// start) and finds each piece's innermost range: the one that started
/// last. Only the ranges open at a point are looked at, and few ranges
/// ever nest.
fn cut(span: Span, utterances: &[Range], evidence: &[Range]) -> Vec<Piece> {
    let mut bounds: Vec<usize> = vec![span.start, span.end];
    for r in utterances.iter().chain(evidence) {
        bounds.push(r.start);
        bounds.push(r.end);
    }
    bounds.sort_unstable();
    bounds.dedup();
    let mut us = Open::default();
    let mut es = Open::default();
    bounds
        .windows(2)
        .map(|w| Piece {
            start: w[0],
            end: w[1],
            utterance: us.innermost(utterances, w[0]),
            evidence: es.innermost(evidence, w[0]),
        })
        .collect()
}

/// The ranges open at a point, as the point moves forward.
#[derive(Debug, Default)]
struct Open {
    next: usize,
    open: Vec<Range>,
}

impl Open {
    fn innermost(&mut self, sorted: &[Range], at: usize) -> Option<usize> {
        while let Some(r) = sorted.get(self.next).filter(|r| r.start <= at) {
            self.open.push(*r);
            self.next += 1;
        }
        self.open.retain(|r| r.end > at);
        self.open.iter().max_by_key(|r| (r.start, r.item)).map(|r| r.item)
    }
}

fn speaker_class(view: &View<'_>, u: usize) -> String {
    view.speaker_of[u].map_or_else(|| "nobody".to_string(), |s| view.colour_class(s))
}

/// Text with evidence underlined.
fn plain(view: &View<'_>, run: &[Piece]) -> Markup {
    html! {
        @for p in run {
            @let words = slice(view.text, p.start, p.end);
            @match p.evidence {
                Some(e) => {
                    @let (class, what) = &view.layout.evidence[e];
                    span.ev.(class) title=(what) { (words) }
                }
                None => { (words) }
            }
        }
    }
}

/// An utterance's first mark: the speaker's name, the words, and the
/// details box.
fn utterance(view: &View<'_>, u: usize, words: Markup) -> Markup {
    let report = view.report;
    let utterance = &report.utterances[u];
    let id = view.id(&format!("u{u}"));
    let tip = view.id(&format!("t{u}"));
    let speaker = view.speaker_of[u];
    let name = speaker.map_or(utterance.speaker.as_str(), |s| report.speakers[s].name.as_str());
    let number = speaker.and_then(|s| view.groups[s].iter().position(|&k| k == u)).map_or(0, |k| k + 1);
    html! {
        span.utt.(speaker_class(view, u)) {
            span.who aria-hidden="true" { (name) }
            mark.u id=(id) tabindex="0" aria-describedby=(tip) { (words) }
            span.tip id=(tip) role="tooltip" {
                span.tip-who { (name) @if number > 0 { span.tip-n { " · quote " (number) } } }
                span.tip-line {
                    (kind_name(utterance.kind))
                    @if let Some(cue) = &utterance.cue { " · verb “" (clean(cue)) "”" }
                }
                span.tip-line.tip-stance { (utterance_summary(utterance)) }
                @if let Some(q) = &utterance.question {
                    span.tip-line { "Answering: “" (clean(q)) "”" }
                }
                @if utterance.evidence.is_empty() {
                    span.tip-line.tip-none { "No stance words." }
                } @else {
                    span.tip-line { "Evidence:" }
                    @for e in &utterance.evidence {
                        span.tip-ev {
                            span aria-hidden="true" { (if e.weight > 0.0 { glyph(standpoint_stance::Stance::Optimistic) } else if e.weight < 0.0 { glyph(standpoint_stance::Stance::Cautious) } else { "·" }) " " }
                            (evidence_text(e))
                        }
                    }
                }
            }
        }
    }
}

/// `text[start..end]`, cleaned, with the bounds moved back onto char
/// boundaries so a bad offset cannot panic.
fn slice(text: &str, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (floor(start), floor(end));
    clean(if a <= b { &text[a..b] } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: usize, end: usize, item: usize) -> Range {
        Range { start, end, item }
    }

    #[test]
    fn sweeping_blocks_clips_ranges() {
        let sorted = [r(0, 5, 0), r(3, 12, 1), r(10, 11, 2), r(20, 30, 3)];
        let mut sweep = Sweep::new(&sorted);
        let mut next = |start, end| -> Vec<(usize, usize, usize)> {
            sweep.overlapping(Span::new(start, end)).iter().map(|r| (r.start, r.end, r.item)).collect()
        };
        assert_eq!(next(0, 2), vec![(0, 2, 0)]);
        assert_eq!(next(4, 15), vec![(4, 5, 0), (4, 12, 1), (10, 11, 2)]);
        assert_eq!(next(16, 19), vec![]);
        assert_eq!(next(25, 40), vec![(25, 30, 3)]);
    }

    #[test]
    fn pieces_belong_to_the_innermost_range() {
        // An utterance 0..10 with a nested one 4..6, and evidence 5..8.
        let pieces = cut(Span::new(0, 12), &[r(0, 10, 0), r(4, 6, 1)], &[r(5, 8, 0)]);
        let got: Vec<(usize, usize, Option<usize>, Option<usize>)> =
            pieces.iter().map(|p| (p.start, p.end, p.utterance, p.evidence)).collect();
        assert_eq!(
            got,
            vec![
                (0, 4, Some(0), None),
                (4, 5, Some(1), None),
                (5, 6, Some(1), Some(0)),
                (6, 8, Some(0), Some(0)),
                (8, 10, Some(0), None),
                (10, 12, None, None),
            ]
        );
    }

    #[test]
    fn slices_never_split_a_char() {
        let text = "aé b";
        assert_eq!(slice(text, 0, 2), "a");
        assert_eq!(slice(text, 2, 99), "é b");
        assert_eq!(slice(text, 3, 1), "");
    }
}
