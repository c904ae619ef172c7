//! The stance chart: inline SVG, no script.
//!
//! One horizontal axis runs from −1 (cautious, left) to +1 (optimistic,
//! right). Each speaker is a mark on it:
//!
//! - place: the speaker's score;
//! - shape: the stance (▲ optimistic, ▼ cautious, ◆ mixed, ● neutral), so
//!   the chart reads in black and white;
//! - size: the number of quotes;
//! - fill strength and a whisker: the confidence (a pale mark with a long
//!   whisker is unsure);
//! - small dots on a pale bar: the speaker's single quotes, so a mixed
//!   speaker's spread is visible;
//! - an arrow above the row: a shift between the first and the last clear
//!   statement ([`super::movement`]); in a comparison, from where the
//!   speaker stood in the article above (also marked by a dashed ring).
//!
//! SVG elements are always written with a closing tag: in HTML, a `<circle>`
//! without one would swallow its siblings.

use maud::{Markup, html};
use standpoint_stance::{Comparison, Stance};

use super::{Movement, RowIndex, View, colour_class, glyph, utterance_summary};
use crate::render::{Score, push_shortened};

/// The drawing's width; it scales to the page.
const WIDTH: f64 = 960.0;
/// Where names start.
const NAME_X: f64 = 16.0;
/// The plot's left edge (score −1).
const PLOT_L: f64 = 236.0;
/// The plot's right edge (score +1).
const PLOT_R: f64 = 784.0;
/// Where the labels right of the plot start.
const LABEL_X: f64 = 804.0;
/// Room above the rows for the axis titles.
const TOP: f64 = 50.0;
/// Room below the rows for the tick labels.
const BOTTOM: f64 = 34.0;
/// One speaker's row in the report chart.
const ROW: f64 = 66.0;
/// One speaker's lane in a comparison band.
const LANE: f64 = 54.0;
/// A comparison band's title.
const BAND_HEAD: f64 = 30.0;
/// A speaker whose score changed less than this between two articles did
/// not move.
const MOVED: f64 = 0.05;
/// Names are cut to this many characters (the full name is in the title).
const MAX_NAME: usize = 26;

/// The chart of one article: one row per speaker.
pub fn report(view: &View<'_>) -> Markup {
    let report = view.report;
    let rows = report.speakers.len() as f64;
    let height = TOP + rows * ROW + BOTTOM;
    let title_id = view.id("chart-svg-title");
    let desc_id = view.id("chart-svg-desc");
    html! {
        figure.chart {
            svg.chart viewBox={ "0 0 " (n(WIDTH)) " " (n(height)) } role="img"
                aria-labelledby={ (title_id) " " (desc_id) } {
                title id=(title_id) { "Where each speaker stands, from cautious (left) to optimistic (right)" }
                desc id=(desc_id) {
                    @for s in &report.speakers {
                        (s.name) ": " (s.stance.as_str()) " " (Score(s.score).to_string())
                        ", " (s.utterances) " " (quotes(s.utterances)) ". "
                    }
                }
                "\n"
                (axis(TOP, height - BOTTOM))
                "\n"
                @for (i, s) in report.speakers.iter().enumerate() {
                    @let cy = TOP + ROW * (i as f64 + 0.5);
                    @let scores: Vec<f64> = view.groups[i].iter().map(|&u| report.utterances[u].score).collect();
                    g.row {
                        line.sep x1=(n(NAME_X)) x2=(n(WIDTH - 6.0)) y1=(n(cy + ROW / 2.0)) y2=(n(cy + ROW / 2.0)) {}
                        (name_label(&s.name, &format!("{} · {} {}", s.kind.as_str(), s.utterances, quotes(s.utterances)), cy, false))
                        (spread(view, i, cy, &scores))
                        (whisker(s.score, s.confidence, cy))
                        @if let Some(m) = view.movement[i] {
                            (arrow(m, cy - 27.0, "shift"))
                        }
                        (mark(Mark {
                            name: &s.name,
                            stance: s.stance,
                            score: s.score,
                            confidence: Some(s.confidence),
                            quotes: s.utterances,
                            colour: view.colour_class(i),
                            href: format!("#{}", view.id(&format!("s{i}"))),
                        }, cy))
                        (stance_label(s.stance, s.score, Some(s.confidence), cy))
                    }
                    "\n"
                }
            }
        }
    }
}

/// The chart of a comparison: one band per article, one lane per speaker
/// in every band, so a speaker's marks line up from band to band, and a
/// ring with an arrow shows where the speaker stood in the band above.
pub fn comparison(comparison: &Comparison, views: &[View<'_>], rows: &RowIndex) -> Markup {
    let bands = comparison.sources.len() as f64;
    let lanes = comparison.rows.len() as f64;
    let band = BAND_HEAD + lanes * LANE;
    let height = TOP + bands * band + BOTTOM;
    html! {
        figure.chart {
            svg.chart viewBox={ "0 0 " (n(WIDTH)) " " (n(height)) } role="img"
                aria-labelledby="cmp-chart-title cmp-chart-desc" {
                title #cmp-chart-title { "Where each speaker stands in each article, from cautious (left) to optimistic (right)" }
                desc #cmp-chart-desc {
                    @for row in &comparison.rows {
                        (row.name) ": "
                        @for (a, cell) in row.cells.iter().enumerate() {
                            @if a > 0 { ", " }
                            "[" (a + 1) "] "
                            @match cell {
                                Some(c) => { (c.stance.as_str()) " " (Score(c.score).to_string()) }
                                None => { "absent" }
                            }
                        }
                        ". "
                    }
                }
                "\n"
                (axis(TOP, height - BOTTOM))
                "\n"
                @for (a, source) in comparison.sources.iter().enumerate() {
                    @let top = TOP + a as f64 * band;
                    g.band {
                        @if a > 0 {
                            line.band-sep x1=(n(NAME_X)) x2=(n(WIDTH - 6.0)) y1=(n(top)) y2=(n(top)) {}
                        }
                        text.band-title x=(n(NAME_X)) y=(n(top + 21.0)) {
                            "[" (a + 1) "] " (shortened(source, 70))
                        }
                        @for (r, row) in comparison.rows.iter().enumerate() {
                            @let cy = top + BAND_HEAD + LANE * (r as f64 + 0.5);
                            @let speaker = rows.speaker(a, r);
                            g.row {
                                @if r + 1 < comparison.rows.len() {
                                    line.sep x1=(n(NAME_X)) x2=(n(WIDTH - 6.0)) y1=(n(cy + LANE / 2.0)) y2=(n(cy + LANE / 2.0)) {}
                                }
                                @match &row.cells[a] {
                                    Some(cell) => {
                                        (name_label(&row.name, &format!("{} {}", cell.utterances, quotes(cell.utterances)), cy, false))
                                        @if let Some(s) = speaker {
                                            @let scores: Vec<f64> = views[a].groups[s].iter().map(|&u| views[a].report.utterances[u].score).collect();
                                            (spread(&views[a], s, cy, &scores))
                                        }
                                        @let confidence = speaker.map(|s| views[a].report.speakers[s].confidence);
                                        @if let Some(c) = confidence {
                                            (whisker(cell.score, c, cy))
                                        }
                                        @if let Some(prev) = row.cells[..a].iter().rev().flatten().next() {
                                            @if (prev.score - cell.score).abs() >= MOVED {
                                                (ghost(prev.score, radius(prev.utterances), cy))
                                                (arrow(Movement { from: prev.score, to: cell.score }, cy - 21.0, "moved"))
                                            }
                                        }
                                        (mark(Mark {
                                            name: &row.name,
                                            stance: cell.stance,
                                            score: cell.score,
                                            confidence,
                                            quotes: cell.utterances,
                                            colour: colour_class(r),
                                            href: format!("#row{r}"),
                                        }, cy))
                                        (stance_label(cell.stance, cell.score, None, cy))
                                    }
                                    None => {
                                        (name_label(&row.name, "absent", cy, true))
                                        text.absent x=(n(LABEL_X)) y=(n(cy + 5.0)) { "—" }
                                    }
                                }
                            }
                            "\n"
                        }
                    }
                }
            }
        }
    }
}

/// The axis: tinted halves, grid lines, titles and tick labels, for rows
/// between `top` and `bottom`.
fn axis(top: f64, bottom: f64) -> Markup {
    let mid = x(0.0);
    html! {
        g.axis {
            rect.half.cautious x=(n(PLOT_L)) y=(n(top - 6.0)) width=(n(mid - PLOT_L)) height=(n(bottom - top + 12.0)) {}
            rect.half.optimistic x=(n(mid)) y=(n(top - 6.0)) width=(n(PLOT_R - mid)) height=(n(bottom - top + 12.0)) {}
            @for tick in [-1.0, -0.5, 0.5, 1.0] {
                line.grid x1=(n(x(tick))) x2=(n(x(tick))) y1=(n(top - 6.0)) y2=(n(bottom + 6.0)) {}
            }
            line.zero x1=(n(mid)) x2=(n(mid)) y1=(n(top - 6.0)) y2=(n(bottom + 6.0)) {}
            text.axis-title.cautious x=(n(PLOT_L)) y=(n(top - 18.0)) { "◀ cautious" }
            text.axis-title.neutral x=(n(mid)) y=(n(top - 18.0)) text-anchor="middle" { "neutral" }
            text.axis-title.optimistic x=(n(PLOT_R)) y=(n(top - 18.0)) text-anchor="end" { "optimistic ▶" }
            @for (tick, label) in [(-1.0, "−1"), (-0.5, "−0.5"), (0.0, "0"), (0.5, "+0.5"), (1.0, "+1")] {
                text.tick x=(n(x(tick))) y=(n(bottom + 24.0)) text-anchor="middle" { (label) }
            }
        }
    }
}

/// The name and a second line (kind, number of quotes) left of the plot.
fn name_label(name: &str, sub: &str, cy: f64, absent: bool) -> Markup {
    html! {
        text.name.absent[absent] x=(n(NAME_X)) y=(n(cy - 2.0)) {
            title { (name) }
            (shortened(name, MAX_NAME))
        }
        text.sub x=(n(NAME_X)) y=(n(cy + 16.0)) { (sub) }
    }
}

/// The label and score right of the plot.
fn stance_label(stance: Stance, score: f64, confidence: Option<f64>, cy: f64) -> Markup {
    html! {
        text.stance x=(n(LABEL_X)) y=(n(cy - 2.0)) { (glyph(stance)) " " (stance.as_str()) }
        text.sub x=(n(LABEL_X)) y=(n(cy + 16.0)) {
            (Score(score).to_string())
            @if let Some(c) = confidence { " · confidence " (format!("{c:.2}")) }
        }
    }
}

/// The pale bar from the lowest to the highest quote score, and a dot per
/// quote.
fn spread(view: &View<'_>, speaker: usize, cy: f64, scores: &[f64]) -> Markup {
    let colour = view.colour_class(speaker);
    let (lo, hi) = scores.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &s| (lo.min(s), hi.max(s)));
    html! {
        g.spread.(colour) {
            @if scores.len() > 1 && hi > lo {
                line.bar x1=(n(x(lo))) x2=(n(x(hi))) y1=(n(cy)) y2=(n(cy)) {}
            }
            @for (k, &u) in view.groups[speaker].iter().enumerate() {
                @let utterance = &view.report.utterances[u];
                circle.dot cx=(n(x(utterance.score))) cy=(n(cy)) r="3.5" {
                    title { "Quote " (k + 1) ", " (utterance.kind.as_str()) ": " (utterance_summary(utterance)) }
                }
            }
        }
    }
}

/// A whisker as wide as the label is unsure: `±(1 − confidence) / 2`.
fn whisker(score: f64, confidence: f64, cy: f64) -> Markup {
    let half = (1.0 - confidence.clamp(0.0, 1.0)) / 2.0;
    let (a, b) = (x(score - half), x(score + half));
    html! {
        g.whisker {
            line x1=(n(a)) x2=(n(b)) y1=(n(cy)) y2=(n(cy)) {}
            line x1=(n(a)) x2=(n(a)) y1=(n(cy - 6.0)) y2=(n(cy + 6.0)) {}
            line x1=(n(b)) x2=(n(b)) y1=(n(cy - 6.0)) y2=(n(cy + 6.0)) {}
        }
    }
}

/// A movement arrow at height `y`, labelled `label` at its tail.
fn arrow(m: Movement, y: f64, label: &str) -> Markup {
    let (a, b) = (x(m.from), x(m.to));
    let dir = if b >= a { 1.0 } else { -1.0 };
    let tip = b;
    let base = b - dir * 9.0;
    html! {
        g.shift {
            title { (label) ": from " (Score(m.from).to_string()) " to " (Score(m.to).to_string()) }
            @if dir > 0.0 {
                text.shift-label x=(n(a - 9.0)) y=(n(y + 4.5)) text-anchor="end" { (label) }
            } @else {
                text.shift-label x=(n(a + 9.0)) y=(n(y + 4.5)) { (label) }
            }
            circle cx=(n(a)) cy=(n(y)) r="3.5" {}
            line x1=(n(a)) x2=(n(base)) y1=(n(y)) y2=(n(y)) {}
            path d={ "M" (n(tip)) "," (n(y)) " L" (n(base)) "," (n(y - 5.5)) " L" (n(base)) "," (n(y + 5.5)) " Z" } {}
        }
    }
}

/// A ring where the speaker stood in the article above.
fn ghost(from: f64, r: f64, cy: f64) -> Markup {
    html! {
        g.ghost {
            title { "In the article above: " (Score(from).to_string()) }
            circle cx=(n(x(from))) cy=(n(cy)) r=(n(r)) {}
        }
    }
}

/// What a speaker's mark needs.
struct Mark<'a> {
    name: &'a str,
    stance: Stance,
    score: f64,
    confidence: Option<f64>,
    quotes: usize,
    colour: String,
    href: String,
}

/// The speaker's mark, linking to their row in the table.
fn mark(m: Mark<'_>, cy: f64) -> Markup {
    let cx = x(m.score);
    let r = radius(m.quotes);
    // A sure label is a solid mark; an unsure one fades, but never so far
    // that the shape is lost.
    let opacity = 0.25 + 0.75 * m.confidence.unwrap_or(1.0).clamp(0.0, 1.0);
    html! {
        a.mark-link href=(m.href) {
            g.mark.(m.colour) data-speaker=(m.name) data-stance=(m.stance.as_str()) {
                title {
                    (m.name) ": " (glyph(m.stance)) " " (m.stance.as_str()) " " (Score(m.score).to_string())
                    @if let Some(c) = m.confidence { ", confidence " (format!("{c:.2}")) }
                    ", " (m.quotes) " " (quotes(m.quotes))
                }
                path d=(shape(m.stance, cx, cy, r)) fill-opacity=(format!("{opacity:.2}")) {}
            }
        }
    }
}

/// A mark's size: its area grows with the number of quotes.
fn radius(quotes: usize) -> f64 {
    (5.0 + 2.6 * (quotes as f64).sqrt()).min(16.0)
}

/// The outline of a stance's shape around (`cx`, `cy`), of size `r`.
fn shape(stance: Stance, cx: f64, cy: f64, r: f64) -> String {
    let p = |dx: f64, dy: f64| format!("{},{}", n(cx + dx * r), n(cy + dy * r));
    match stance {
        Stance::Optimistic => format!("M{} L{} L{} Z", p(0.0, -1.25), p(1.15, 0.8), p(-1.15, 0.8)),
        Stance::Cautious => format!("M{} L{} L{} Z", p(0.0, 1.25), p(1.15, -0.8), p(-1.15, -0.8)),
        Stance::Mixed => format!("M{} L{} L{} L{} Z", p(0.0, -1.25), p(1.25, 0.0), p(0.0, 1.25), p(-1.25, 0.0)),
        // Neutral, and any stance added later: a circle.
        _ => {
            let r = n(r);
            format!("M{} A{r},{r} 0 1,0 {} A{r},{r} 0 1,0 {} Z", p(-1.0, 0.0), p(1.0, 0.0), p(-1.0, 0.0))
        }
    }
}

/// The x of a score.
fn x(score: f64) -> f64 {
    let s = if score.is_finite() { score.clamp(-1.0, 1.0) } else { 0.0 };
    PLOT_L + (s + 1.0) / 2.0 * (PLOT_R - PLOT_L)
}

/// A coordinate as written: one decimal, so output is stable.
fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 { "0".into() } else { format!("{r}") }
}

fn quotes(n: usize) -> &'static str {
    if n == 1 { "quote" } else { "quotes" }
}

fn shortened(text: &str, max: usize) -> String {
    let mut out = String::new();
    push_shortened(&mut out, text, max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_map_onto_the_plot() {
        assert_eq!(x(-1.0), PLOT_L);
        assert_eq!(x(1.0), PLOT_R);
        assert_eq!(x(0.0), (PLOT_L + PLOT_R) / 2.0);
        // Out of range and NaN stay on the plot.
        assert_eq!(x(7.0), PLOT_R);
        assert_eq!(x(f64::NAN), x(0.0));
    }

    #[test]
    fn numbers_are_stable() {
        assert_eq!(n(12.34), "12.3");
        assert_eq!(n(12.0), "12");
        assert_eq!(n(-0.01), "0");
        assert_eq!(n(-3.26), "-3.3");
    }

    #[test]
    fn more_quotes_make_a_bigger_mark() {
        assert!(radius(1) < radius(4));
        assert!(radius(4) < radius(14));
        assert_eq!(radius(1000), 16.0);
    }

    #[test]
    fn shapes_differ_by_stance() {
        let d: Vec<String> = [Stance::Optimistic, Stance::Cautious, Stance::Mixed, Stance::Neutral]
            .map(|s| shape(s, 0.0, 0.0, 10.0))
            .into();
        assert_eq!(d[0], "M0,-12.5 L11.5,8 L-11.5,8 Z");
        assert_eq!(d[1], "M0,12.5 L11.5,-8 L-11.5,-8 Z");
        assert!(d[2].starts_with("M0,-12.5 L12.5,0"));
        assert!(d[3].contains('A'));
    }
}
