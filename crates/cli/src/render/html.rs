//! `--format html`: one self-contained page per run.
//!
//! The page has three parts, for one article or several:
//!
//! - a stance chart, drawn as inline SVG ([`chart`]): one row per speaker
//!   (for `compare`, one band per article), each speaker a mark on an axis
//!   from cautious (left) to optimistic (right);
//! - the speakers table, with links from each row to that speaker's quotes;
//! - the article itself ([`text`]), every utterance highlighted in its
//!   speaker's colour, the evidence underlined, and page furniture
//!   (captions, credits, headlines) set apart.
//!
//! **Invariants.** The page is one file that works offline: CSS and SVG are
//! inline, there is no script at all (hover and focus details are pure
//! CSS), and a Content-Security-Policy forbids scripts and every network
//! request, as a second line of defence. Every piece of article text goes
//! through maud, which escapes by construction; markup from our own
//! constants is the only thing written unescaped. Output is stable: ids
//! come from indices, numbers are printed with fixed decimals, and nothing
//! depends on the time, the machine or a random seed.
//!
//! Stance is never shown by colour alone: marks have a shape per stance
//! (▲ optimistic, ▼ cautious, ◆ mixed, ● neutral) and a text label, and
//! colours only tell speakers apart.

mod chart;
mod text;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};
use standpoint_core::{Block, UtteranceKind};
use standpoint_stance::{Comparison, Evidence, Report, SpeakerReport, Stance, UtteranceReport};

use super::{Score, push_shortened, utterances_by_speaker};

/// One article as the page needs it: the report, the text it was made
/// from (the report's offsets point into `text`) and the text's blocks, as
/// `standpoint_core::parse` found them.
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    /// The stance report.
    pub report: &'a Report,
    /// The decoded article text.
    pub text: &'a str,
    /// The article's blocks, in reading order.
    pub blocks: &'a [Block],
}

/// The error for HTML asked of a writer that has only a report.
pub fn needs_text() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, "an HTML page needs the article text; use render::html")
}

/// Writes the page for `standpoint report --format html`: one section per
/// article.
pub fn report<W: Write + ?Sized>(w: &mut W, articles: &[Article<'_>]) -> io::Result<()> {
    let views: Vec<View<'_>> = articles.iter().enumerate().map(|(i, a)| View::new(i, *a, None)).collect();
    let title = match articles {
        [one] => format!("Who stands where: {}", one.report.source),
        _ => format!("Who stands where: {} articles", articles.len()),
    };
    let body = html! {
        header.page {
            p.kicker { "standpoint · stance report" }
            h1 { "Who stands where" }
            @if let [one] = &views[..] {
                (source_line(one))
                (summary(one.report))
            } @else {
                p.lede { (articles.len()) " articles, each with its chart, its speakers and its text." }
            }
        }
        "\n"
        main {
            @if views.is_empty() {
                p.empty { "No article could be read." }
            }
            @for view in &views {
                @if views.len() == 1 {
                    (article_sections(view, 2, true))
                } @else {
                    section.article-report aria-labelledby=(view.id("title")) {
                        h2 id=(view.id("title")) { "[" (view.index + 1) "] " (view.report.source) }
                        (source_line(view))
                        (summary(view.report))
                        (article_sections(view, 3, true))
                    }
                    "\n"
                }
            }
        }
        "\n"
        (footer())
    };
    write_page(w, &title, body)
}

/// Writes the page for `standpoint compare --format html`: the chart with
/// one band per article, the comparison table, then each article.
///
/// `articles` are the reports `comparison` was made from, in its order.
pub fn comparison<W: Write + ?Sized>(w: &mut W, comparison: &Comparison, articles: &[Article<'_>]) -> io::Result<()> {
    let rows = RowIndex::new(comparison, articles);
    let views: Vec<View<'_>> =
        articles.iter().enumerate().map(|(i, a)| View::new(i, *a, Some(rows.colours(i, a.report)))).collect();
    let title = format!("Who stands where: {} articles compared", comparison.sources.len());
    let body = html! {
        header.page {
            p.kicker { "standpoint · comparison" }
            h1 { "Who stands where, article by article" }
            ol.sources {
                @for (i, source) in comparison.sources.iter().enumerate() {
                    li { span.num { "[" (i + 1) "]" } " " a href={ "#" (article_id(i, "title")) } { (source) } }
                }
            }
            p.lede { (comparison.rows.len()) " speakers across " (comparison.sources.len()) " articles. "
                "Each band of the chart is one article; an arrow shows where a speaker moved since the band above." }
        }
        "\n"
        main {
            section aria-labelledby="chart-title" {
                h2 #chart-title { "Stance chart" }
                (chart::comparison(comparison, &views, &rows))
                (legend(true))
            }
            "\n"
            section aria-labelledby="comparison-title" {
                h2 #comparison-title { "Comparison" }
                (comparison_table(comparison, &views, &rows))
            }
            "\n"
            @for view in &views {
                section.article-report aria-labelledby=(view.id("title")) {
                    h2 id=(view.id("title")) { "[" (view.index + 1) "] " (view.report.source) }
                    (summary(view.report))
                    (article_sections(view, 3, false))
                }
                "\n"
            }
        }
        "\n"
        (footer())
    };
    write_page(w, &title, body)
}

/// The stylesheet, inlined into every page.
const CSS: &str = include_str!("html/page.css");

/// No scripts, no fetches, no forms, no base URL: even an injection that
/// slipped past escaping could not run or phone home.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

fn write_page<W: Write + ?Sized>(w: &mut W, title: &str, body: Markup) -> io::Result<()> {
    let page = html! {
        (DOCTYPE)
        "\n"
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light";
                meta name="generator" content="standpoint";
                title { (clean(title)) }
                "\n"
                style { "\n" (PreEscaped(CSS)) }
                "\n"
            }
            "\n"
            body { "\n" (body) "\n" }
        }
        "\n"
    };
    w.write_all(page.into_string().as_bytes())
}

fn footer() -> Markup {
    html! {
        footer.page {
            p {
                "Made by standpoint from the text alone. A speaker's place is the balance of the words cited as evidence: "
                "hover over or focus a highlighted quote to see them. Estimates, not verdicts."
            }
        }
    }
}

/// "Source: … · Central question: …".
fn source_line(view: &View<'_>) -> Markup {
    let topic = &view.report.topic;
    html! {
        p.meta {
            span { "Source: " code { (view.report.source) } }
            @if let Some(name) = &topic.name {
                span { "Central question: " (name) }
            } @else if !topic.terms.is_empty() {
                span {
                    "Central question, from the terms: " (topic.terms.join(", "))
                    @if topic.from_profile { " (from the topic profile)" }
                }
            }
        }
    }
}

/// One sentence that counts speakers per stance.
fn summary(report: &Report) -> Markup {
    let mut counts: Vec<(Stance, usize)> = Vec::new();
    for s in &report.speakers {
        match counts.iter_mut().find(|(stance, _)| *stance == s.stance) {
            Some((_, n)) => *n += 1,
            None => counts.push((s.stance, 1)),
        }
    }
    counts.sort_by_key(|(stance, _)| stance_order(*stance));
    let n = report.speakers.len();
    html! {
        p.lede {
            @if n == 0 {
                "Nobody is quoted in this article."
            } @else {
                (n) @if n == 1 { " speaker: " } @else { " speakers: " }
                @for (i, (stance, count)) in counts.iter().enumerate() {
                    @if i > 0 { ", " }
                    span.stance-word { (glyph(*stance)) " " (count) " " (stance.as_str()) }
                }
                ". " (report.utterances.len()) " quotes and reported statements."
            }
        }
    }
}

/// The chart, the table and the text of one article, with headings at
/// `level`.
fn article_sections(view: &View<'_>, level: u8, with_chart: bool) -> Markup {
    html! {
        @if with_chart && !view.report.speakers.is_empty() {
            section aria-labelledby=(view.id("chart-title")) {
                (heading(level, &view.id("chart-title"), "Stance chart"))
                (chart::report(view))
                (legend(false))
            }
            "\n"
        }
        @if !view.report.speakers.is_empty() {
            section aria-labelledby=(view.id("speakers-title")) {
                (heading(level, &view.id("speakers-title"), "Speakers"))
                (speakers_table(view))
            }
            "\n"
        }
        section aria-labelledby=(view.id("text-title")) {
            (heading(level, &view.id("text-title"), "The article"))
            p.hint { "Each quote is highlighted in its speaker's colour and named in front; hover over or focus it (Tab) for the speaker, the kind of quote, the reporting verb and the evidence. "
                span.ev.up { "Solid underline" } ": words that lean optimistic; "
                span.ev.down { "dashed" } ": cautious; "
                span.ev.mod { "dotted" } ": modifiers such as negation or hedges." }
            (text::article(view))
        }
        "\n"
    }
}

fn heading(level: u8, id: &str, title: &str) -> Markup {
    match level {
        2 => html! { h2 id=(id) { (title) } },
        3 => html! { h3 id=(id) { (title) } },
        _ => html! { h4 id=(id) { (title) } },
    }
}

/// What the chart's marks mean.
fn legend(compare: bool) -> Markup {
    html! {
        div.legend {
            ul aria-label="Shapes" {
                li { span.glyph aria-hidden="true" { "▲" } " optimistic" }
                li { span.glyph aria-hidden="true" { "▼" } " cautious" }
                li { span.glyph aria-hidden="true" { "◆" } " mixed" }
                li { span.glyph aria-hidden="true" { "●" } " neutral" }
            }
            p {
                "A mark's place is the speaker's score, from −1 (cautious) to +1 (optimistic); its size, the number of quotes; "
                "a solid fill and a short whisker, a sure label; a pale fill and a long whisker, an unsure one. "
                "Small dots on a pale bar are the speaker's single quotes, so the bar shows their spread. "
                @if compare {
                    "A dashed ring and an arrow above the row show where the speaker stood in the article above, when that differs."
                } @else {
                    "An arrow above a row runs from a speaker's first clear statement to their last when the two lean opposite ways: their position shifted."
                }
            }
        }
    }
}

fn speakers_table(view: &View<'_>) -> Markup {
    let report = view.report;
    html! {
        div.table-wrap {
            table.speakers {
                caption { "Each speaker's label, score (−1 cautious to +1 optimistic) with its confidence, and decisive quote. The numbers under Quotes link to the quotes in the text." }
                thead {
                    tr {
                        th scope="col" { "Speaker" }
                        th scope="col" { "Stance" }
                        th scope="col" .num { "Score" }
                        th scope="col" { "Quotes" }
                        th scope="col" { "Decisive quote" }
                    }
                }
                tbody {
                    @for (i, s) in report.speakers.iter().enumerate() {
                        "\n"
                        tr id=(view.id(&format!("s{i}"))) {
                            th scope="row" {
                                span.swatch.(view.colour_class(i)) aria-hidden="true" {}
                                (s.name)
                                span.kind { " " (s.kind.as_str()) }
                            }
                            td { span.stance-word { (glyph(s.stance)) " " (s.stance.as_str()) } }
                            td.num {
                                (Score(s.score).to_string())
                                span.conf { "confidence " (format!("{:.2}", s.confidence)) }
                            }
                            td.quotes {
                                span.count { (s.utterances) }
                                @if !view.groups[i].is_empty() {
                                    " "
                                    span.links {
                                        @for (n, &u) in view.groups[i].iter().enumerate() {
                                            @if view.layout.shown[u] {
                                                a href={ "#" (view.id(&format!("u{u}"))) }
                                                    aria-label={ (s.name) ", quote " (n + 1) } { (n + 1) }
                                                " "
                                            }
                                        }
                                    }
                                }
                            }
                            td.decisive {
                                (decisive_cell(view, i))
                                @if let Some(note) = shift_note(view, i) {
                                    p.shift { span aria-hidden="true" { "⟶ " } (note) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The decisive quote, shortened, linking to where it stands.
fn decisive_cell(view: &View<'_>, speaker: usize) -> Markup {
    let report = view.report;
    let index = report.speakers[speaker]
        .decisive
        .iter()
        .copied()
        .find(|&i| i < report.utterances.len())
        .or_else(|| view.groups[speaker].first().copied());
    match index {
        Some(i) => {
            let mut quote = String::new();
            push_shortened(&mut quote, &report.utterances[i].text, 120);
            if view.layout.shown[i] {
                html! { a.quote href={ "#" (view.id(&format!("u{i}"))) } { "“" (quote) "”" } }
            } else {
                html! { span.quote { "“" (quote) "”" } }
            }
        }
        None => html! { span.none { "no quotes" } },
    }
}

/// The report's own shift note, or the movement the chart draws, in words.
fn shift_note(view: &View<'_>, speaker: usize) -> Option<String> {
    if let Some(shift) = &view.report.speakers[speaker].shift {
        return Some(format!("Shift: {shift}."));
    }
    let m = view.movement[speaker]?;
    Some(format!("Shift: first clear statement {}, last {}.", side_word(m.from), side_word(m.to)))
}

fn side_word(score: f64) -> &'static str {
    if score < 0.0 { "cautious" } else { "optimistic" }
}

fn comparison_table(comparison: &Comparison, views: &[View<'_>], rows: &RowIndex) -> Markup {
    html! {
        div.table-wrap {
            table.speakers.compare {
                caption { "One row per speaker, merged across articles by name; each cell links to the speaker's quotes in that article. — means the speaker is absent." }
                thead {
                    tr {
                        th scope="col" { "Speaker" }
                        @for (i, source) in comparison.sources.iter().enumerate() {
                            th scope="col" title=(source) { "[" (i + 1) "]" }
                        }
                        th scope="col" { "Differs" }
                    }
                }
                tbody {
                    @for (r, row) in comparison.rows.iter().enumerate() {
                        "\n"
                        tr id={ "row" (r) } {
                            th scope="row" {
                                span.swatch.(colour_class(r)) aria-hidden="true" {}
                                (row.name)
                                @if !row.aliases.is_empty() {
                                    span.kind { " also " (row.aliases.join(", ")) }
                                }
                            }
                            @for (a, cell) in row.cells.iter().enumerate() {
                                td {
                                    @match cell {
                                        Some(cell) => {
                                            @let target = rows.speaker(a, r).and_then(|s| views[a].groups[s].iter().copied().find(|&u| views[a].layout.shown[u]));
                                            @let shown = html! {
                                                span.stance-word { (glyph(cell.stance)) " " (cell.stance.as_str()) }
                                                " " (Score(cell.score).to_string())
                                                span.kind { " · " (cell.utterances) }
                                            };
                                            @if let Some(u) = target {
                                                a href={ "#" (views[a].id(&format!("u{u}"))) } { (shown) }
                                            } @else {
                                                (shown)
                                            }
                                        }
                                        None => { span.none { "—" } }
                                    }
                                }
                            }
                            td { @if differs(row) { strong { "yes" } } }
                        }
                    }
                }
            }
        }
    }
}

fn differs(row: &standpoint_stance::ComparisonRow) -> bool {
    let mut present = row.cells.iter().flatten();
    match present.next() {
        Some(first) => present.any(|c| c.stance != first.stance),
        None => false,
    }
}

/// One article prepared for the page.
#[derive(Debug)]
struct View<'a> {
    /// Position among the page's articles; ids start `a{index + 1}-`.
    index: usize,
    report: &'a Report,
    text: &'a str,
    /// The article's blocks.
    blocks: &'a [Block],
    /// Where the utterances and the evidence fall in the blocks.
    layout: text::Layout,
    /// For each speaker, their utterances in reading order.
    groups: Vec<Vec<usize>>,
    /// For each utterance, its speaker.
    speaker_of: Vec<Option<usize>>,
    /// For each speaker, the palette entry: the speaker's index, or in a
    /// comparison the row's, so one person keeps one colour.
    colours: Vec<usize>,
    /// For each speaker, the shift the chart draws, if any.
    movement: Vec<Option<Movement>>,
}

impl<'a> View<'a> {
    fn new(index: usize, article: Article<'a>, colours: Option<Vec<usize>>) -> View<'a> {
        let report = article.report;
        let groups = utterances_by_speaker(report);
        let mut speaker_of = vec![None; report.utterances.len()];
        for (s, group) in groups.iter().enumerate() {
            for &u in group {
                speaker_of[u] = Some(s);
            }
        }
        let movement = report.speakers.iter().zip(&groups).map(|(s, g)| movement(report, s, g)).collect();
        let layout = text::Layout::new(report, article.blocks);
        View {
            index,
            report,
            text: article.text,
            blocks: article.blocks,
            layout,
            groups,
            speaker_of,
            colours: colours.unwrap_or_else(|| (0..report.speakers.len()).collect()),
            movement,
        }
    }

    /// A page-wide unique id for `name` in this article.
    fn id(&self, name: &str) -> String {
        article_id(self.index, name)
    }

    fn colour_class(&self, speaker: usize) -> String {
        colour_class(self.colours.get(speaker).copied().unwrap_or(speaker))
    }
}

fn article_id(index: usize, name: &str) -> String {
    format!("a{}-{name}", index + 1)
}

/// How many speaker colours the stylesheet defines (`.c0` to `.c7`).
const PALETTE: usize = 8;

fn colour_class(i: usize) -> String {
    format!("c{}", i % PALETTE)
}

/// Where each report's speakers sit among a comparison's rows.
#[derive(Debug)]
struct RowIndex {
    /// `[article][row]`: the speaker index in that article's report.
    speakers: Vec<Vec<Option<usize>>>,
}

impl RowIndex {
    /// Matches each report's speakers to the rows by name: a row's name and
    /// aliases hold every name merged into it, and within one article a
    /// row holds at most one speaker.
    fn new(comparison: &Comparison, articles: &[Article<'_>]) -> RowIndex {
        let speakers = articles
            .iter()
            .enumerate()
            .map(|(a, article)| {
                let mut by_row = vec![None; comparison.rows.len()];
                let mut names: HashMap<&str, Vec<usize>> = HashMap::new();
                for (r, row) in comparison.rows.iter().enumerate() {
                    if row.cells.get(a).is_some_and(Option::is_some) {
                        for name in std::iter::once(&row.name).chain(&row.aliases) {
                            names.entry(name.as_str()).or_default().push(r);
                        }
                    }
                }
                for (s, speaker) in article.report.speakers.iter().enumerate() {
                    let free =
                        names.get(speaker.name.as_str()).and_then(|rs| rs.iter().find(|&&r| by_row[r].is_none()));
                    if let Some(&r) = free {
                        by_row[r] = Some(s);
                    }
                }
                by_row
            })
            .collect();
        RowIndex { speakers }
    }

    /// The speaker of `row` in `article`.
    fn speaker(&self, article: usize, row: usize) -> Option<usize> {
        self.speakers.get(article)?.get(row).copied().flatten()
    }

    /// Palette entries for one article's speakers: the row's, or past the
    /// rows for a speaker that could not be matched.
    fn colours(&self, article: usize, report: &Report) -> Vec<usize> {
        let mut colours: Vec<usize> = (0..report.speakers.len()).map(|s| self.speakers.len() + s).collect();
        if let Some(by_row) = self.speakers.get(article) {
            for (r, s) in by_row.iter().enumerate() {
                if let Some(s) = *s {
                    colours[s] = r;
                }
            }
        }
        colours
    }
}

/// A shift in what a speaker says: from the position of their first clear
/// statement to their last.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Movement {
    from: f64,
    to: f64,
}

/// A statement weighing less than this (after relevance) is not clear
/// enough to mark a position; the classifier's shift rule uses the same.
const CLEAR: f64 = 0.25;
/// Turns a weight into a position in [-1, 1], like the classifier's score
/// for evidence on one side: `w / (|w| + DAMPING)`.
const DAMPING: f64 = 0.5;

/// The shift to draw for one speaker.
///
/// A speaker's words are read as statements in reading order: each
/// utterance, cut in two where the evidence has a `contrast` ("but"), since
/// *expressed caution …, but defended …* holds two positions. A statement's
/// weight is the sum of its evidence (times the utterance's relevance);
/// the first and the last clear statements give the arrow when they lean
/// opposite ways. When the report has a `shift` note and the statements do
/// not show it, the arrow runs from the first to the last statement that
/// leans the way the note says.
fn movement(report: &Report, speaker: &SpeakerReport, group: &[usize]) -> Option<Movement> {
    let mut statements: Vec<f64> = Vec::new();
    for &u in group {
        let u = &report.utterances[u];
        let mut sum = 0.0;
        let mut any = false;
        for e in &u.evidence {
            match e.kind {
                "contrast" => {
                    if any {
                        statements.push(sum * u.relevance);
                    }
                    sum = 0.0;
                    any = false;
                }
                // Applied after relevance to the whole utterance; it changes
                // a weight's size, not its side.
                "time" => {}
                _ => {
                    sum += e.weight;
                    any = true;
                }
            }
        }
        if any {
            statements.push(sum * u.relevance);
        }
    }
    let position = |w: f64| (w / (w.abs() + DAMPING)).clamp(-1.0, 1.0);
    let clear: Vec<f64> = statements.into_iter().filter(|w| w.abs() >= CLEAR).collect();
    if let (Some(&first), Some(&last)) = (clear.first(), clear.last()) {
        if first.signum() != last.signum() {
            return Some(Movement { from: position(first), to: position(last) });
        }
    }
    // The report saw a shift the statements do not show (its rule also
    // weighs the halves of a speaker's quotes): draw it between the
    // statements that lean each way.
    let shift = speaker.shift.as_deref()?;
    let cautious_first = match (shift.find("cautious"), shift.find("optimistic")) {
        (Some(c), Some(o)) => c < o,
        _ => return None,
    };
    let (early, late) = if cautious_first { (-1.0, 1.0) } else { (1.0, -1.0) };
    let from = clear.iter().copied().find(|w| w.signum() == early)?;
    let to = clear.iter().copied().rev().find(|w| w.signum() == late)?;
    Some(Movement { from: position(from), to: position(to) })
}

/// The shape that stands for a stance, as text.
fn glyph(stance: Stance) -> &'static str {
    match stance {
        Stance::Optimistic => "▲",
        Stance::Cautious => "▼",
        Stance::Mixed => "◆",
        Stance::Neutral => "●",
        _ => "■",
    }
}

/// Optimistic, mixed, neutral, cautious: the order of the summary line.
fn stance_order(stance: Stance) -> u8 {
    match stance {
        Stance::Optimistic => 0,
        Stance::Mixed => 1,
        Stance::Neutral => 2,
        Stance::Cautious => 3,
        _ => 4,
    }
}

/// How a kind of utterance is named for readers.
fn kind_name(kind: UtteranceKind) -> &'static str {
    match kind {
        UtteranceKind::Direct => "direct quote",
        UtteranceKind::Partial => "partial quote",
        UtteranceKind::Reported => "reported speech",
        UtteranceKind::Headline => "headline",
        _ => "utterance",
    }
}

/// Whether a kind of evidence is a cue with a side of its own, as opposed
/// to a modifier that changed another cue's weight.
fn is_cue(e: &Evidence) -> bool {
    matches!(e.kind, "cue" | "verb" | "frame" | "question" | "speaker")
}

/// `“soon” cue +0.30`, for tooltips and titles.
fn evidence_text(e: &Evidence) -> String {
    let mut out = String::new();
    out.push('“');
    push_shortened(&mut out, &e.text, 60);
    let _ = write!(out, "” {} {}", e.kind, Score(e.weight));
    out
}

/// One utterance's details, as the tooltip and the chart show them.
fn utterance_summary(u: &UtteranceReport) -> String {
    let mut out = format!("{} {} {}", glyph(u.stance), u.stance.as_str(), Score(u.score));
    if u.relevance < 1.0 {
        let _ = write!(out, ", counted at {:.0}% (off the central question)", u.relevance * 100.0);
    }
    out
}

/// Text with control characters (which HTML forbids, and which could
/// only confuse) turned into U+FFFD. Whitespace is kept.
fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_forbidden) {
        text.chars().map(|c| if is_forbidden(c) { '\u{FFFD}' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

fn is_forbidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t' | '\r')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{render, sample_report};

    fn page(report: &Report, text: &str) -> String {
        let blocks = standpoint_core::parse(text).blocks;
        render(|w| super::report(w, &[Article { report, text, blocks: &blocks }]))
    }

    #[test]
    fn movement_follows_statements_across_a_but() {
        let mut report = sample_report();
        // One utterance holding "cautious, but optimistic", then a neutral one.
        let e = |text: &str, weight, kind| Evidence { text: text.into(), start: 0, end: 0, weight, kind };
        report.utterances[0].evidence =
            vec![e("warned", -0.5, "verb"), e("but", 0.1, "contrast"), e("forge ahead", 0.6, "cue")];
        report.utterances[2].evidence = vec![];
        report.utterances[3].evidence = vec![];
        let groups = utterances_by_speaker(&report);
        let m = movement(&report, &report.speakers[0], &groups[0]).unwrap();
        assert!(m.from < 0.0 && m.to > 0.0, "{m:?}");
        // Statements on one side only: no arrow.
        report.utterances[0].evidence = vec![e("soon", 0.5, "cue")];
        report.speakers[0].shift = None;
        assert_eq!(movement(&report, &report.speakers[0], &groups[0]), None);
    }

    #[test]
    fn movement_from_the_reports_shift_note() {
        let mut report = sample_report();
        let e = |weight| Evidence { text: "x".into(), start: 0, end: 0, weight, kind: "cue" };
        // First and last clear statements agree, but a middle one differs
        // and the report noted a shift.
        report.utterances[0].evidence = vec![e(-0.6)];
        report.utterances[2].evidence = vec![e(0.8)];
        report.utterances[3].evidence = vec![e(-0.4)];
        report.speakers[0].shift = Some("cautious earlier, optimistic later".into());
        let groups = utterances_by_speaker(&report);
        let m = movement(&report, &report.speakers[0], &groups[0]).unwrap();
        assert!(m.from < 0.0 && m.to > 0.5, "{m:?}");
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(clean("a\u{1b}[31mb\u{0}c\n"), "a\u{FFFD}[31mb\u{FFFD}c\n");
        assert!(matches!(clean("plain"), std::borrow::Cow::Borrowed(_)));
    }

    /// The sample report with a text in which every utterance and every
    /// piece of evidence stands where its offsets say.
    fn consistent() -> (Report, String) {
        let mut report = sample_report();
        let mut text = String::from("Headline\n\n");
        for u in &mut report.utterances {
            u.start = text.len();
            text.push_str(&u.text);
            u.end = text.len();
            for e in &mut u.evidence {
                let at = u.start + u.text.find(&e.text).expect("evidence inside its utterance");
                (e.start, e.end) = (at, at + e.text.len());
            }
            text.push_str("\n\n");
        }
        (report, text)
    }

    /// Checks that every tag of a page is one the renderer writes, and that
    /// no attribute is an event handler. Text and attribute values are
    /// escaped, so every `<` opens a tag and every `"` pair is one value.
    #[track_caller]
    fn assert_own_tags(page: &str) {
        const OURS: &[&str] = &[
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer",
            "figure", "div", "p", "h1", "h2", "h3", "h4", "span", "strong", "code", "mark", "a", "ol", "ul", "li",
            "table", "caption", "thead", "tbody", "tr", "th", "td", "svg", "desc", "g", "rect", "line", "path",
            "circle", "text",
        ];
        for tag in page.split('<').skip(1) {
            let tag = &tag[..tag.find('>').expect("closed tag")];
            let name = tag.trim_start_matches('/').split(' ').next().unwrap();
            assert!(OURS.contains(&name), "unexpected <{tag}>");
            for (i, chunk) in tag.split('"').enumerate() {
                if i % 2 == 0 {
                    assert!(!chunk.contains(" on"), "an event handler in <{tag}>");
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_and_links_resolve() {
        let (report, text) = consistent();
        let out = page(&report, &text);
        let ids: Vec<&str> = out.split(" id=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
        let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{out}");
        for link in out.split(" href=\"#").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
            assert!(unique.contains(link), "#{link} points nowhere");
        }
        // Every utterance is highlighted, with its evidence underlined.
        assert_eq!(out.matches("<mark class=\"u\" id=").count(), report.utterances.len());
        assert!(out.contains("<span class=\"ev down\" title=\"“at risk” cue -0.30\">at risk</span>"), "{out}");
    }

    #[test]
    fn hostile_names_and_sources_stay_text() {
        let (mut report, text) = consistent();
        let evil = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        report.source = format!("</title>{evil}");
        report.topic.terms = vec![evil.into()];
        report.topic.name = Some(evil.into());
        for s in &mut report.speakers {
            s.name = format!("{}{evil}", s.name);
            s.aliases = vec![evil.into()];
            s.shift = Some(evil.into());
        }
        for u in &mut report.utterances {
            u.speaker = format!("{}{evil}", u.speaker);
            u.cue = Some(evil.into());
            u.question = Some(evil.into());
            for e in &mut u.evidence {
                e.text = evil.into();
            }
        }
        let out = page(&report, &text);
        assert_own_tags(&out);
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"));
        // Names still reach the chart marks, escaped.
        assert!(out.contains("data-speaker=\"Dana Whitfield&quot;&gt;&lt;script&gt;"), "{out}");

        let comparison = standpoint_stance::compare(std::slice::from_ref(&report));
        let blocks = standpoint_core::parse(&text).blocks;
        let article = Article { report: &report, text: &text, blocks: &blocks };
        let out = render(|w| super::comparison(w, &comparison, &[article]));
        assert_own_tags(&out);
        assert!(!out.contains("<script"), "{out}");
    }

    #[test]
    fn an_empty_report_is_a_page_that_says_so() {
        let report = Report { speakers: vec![], utterances: vec![], ..sample_report() };
        let out = page(&report, "Just a line of text.");
        assert!(out.contains("Nobody is quoted in this article."));
        assert!(!out.contains("<svg"));
        assert!(out.contains("Just a line of text."));
        assert_own_tags(&out);
    }
}
