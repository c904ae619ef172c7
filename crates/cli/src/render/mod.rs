//! Reports, quote lists and comparisons, written to any [`Write`].
//!
//! Renderers never look at the terminal or the environment: colour and width
//! come in an [`Options`] decided once in [`crate::config`]. Widths are
//! counted in `char`s (not terminal cells), and text is only ever cut on
//! `char` boundaries.

mod compare;
pub mod html;
mod markdown;
mod quotes;
mod text;

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Style};
use standpoint_stance::{Evidence, Report, Stance, UtteranceReport};

use crate::args::Format;

pub use compare::comparison;
pub use quotes::quotes;

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Whether to write ANSI colour codes.
    pub color: bool,
    /// The line width to fit table rows into, in characters.
    pub width: usize,
    /// Whether the text format lists each speaker's utterances.
    pub evidence: bool,
}

/// Writes one or several reports in one format.
///
/// Reports are written as they come, so the first article's report is out
/// before the second is read; with several files, JSON output is an array.
#[derive(Debug)]
pub struct ReportWriter<W: Write> {
    out: W,
    format: Format,
    options: Options,
    /// Whether the output is a sequence (a JSON array) rather than one report.
    many: bool,
    written: usize,
    /// Reused for each JSON object.
    buf: Vec<u8>,
}

impl<W: Write> ReportWriter<W> {
    /// A writer for one report (`many == false`) or a sequence.
    pub fn new(out: W, format: Format, options: Options, many: bool) -> ReportWriter<W> {
        ReportWriter { out, format, options, many, written: 0, buf: Vec::new() }
    }

    /// Writes one report.
    pub fn write(&mut self, report: &Report) -> io::Result<()> {
        match self.format {
            Format::Json if self.many => {
                self.out.write_all(if self.written == 0 { b"[\n  " } else { b",\n  " })?;
                self.buf.clear();
                serde_json::to_writer_pretty(&mut self.buf, report)?;
                // Indent the object by one level. JSON strings never hold a
                // raw newline, so every newline is between tokens.
                for (i, line) in self.buf.split(|&b| b == b'\n').enumerate() {
                    if i > 0 {
                        self.out.write_all(b"\n  ")?;
                    }
                    self.out.write_all(line)?;
                }
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.out, report)?;
                self.out.write_all(b"\n")?;
            }
            Format::Text => {
                if self.written > 0 {
                    self.out.write_all(b"\n")?;
                }
                text::report(&mut self.out, report, &self.options)?;
            }
            Format::Markdown => {
                if self.written > 0 {
                    self.out.write_all(b"\n")?;
                }
                markdown::report(&mut self.out, report)?;
            }
            // A page shows the article text, which a report does not carry:
            // `commands::report` writes HTML through `html::report`.
            Format::Html => return Err(html::needs_text()),
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the sequence and hands back the writer (not flushed).
    pub fn finish(mut self) -> io::Result<W> {
        if self.format == Format::Json && self.many {
            self.out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        Ok(self.out)
    }
}

/// Styles, or no styles at all when colour is off.
#[derive(Debug, Clone, Copy)]
struct Palette {
    color: bool,
}

impl Palette {
    fn new(color: bool) -> Palette {
        Palette { color }
    }

    fn pick(self, style: Style) -> Style {
        if self.color { style } else { Style::new() }
    }

    fn stance(self, stance: Stance) -> Style {
        self.pick(match stance {
            Stance::Optimistic => AnsiColor::Green.on_default(),
            Stance::Cautious => AnsiColor::Yellow.on_default(),
            Stance::Mixed => AnsiColor::Magenta.on_default(),
            Stance::Neutral => Style::new().effects(Effects::DIMMED),
            _ => Style::new(),
        })
    }

    fn heading(self) -> Style {
        self.pick(Style::new().bold())
    }

    fn position(self) -> Style {
        self.pick(AnsiColor::Green.on_default())
    }
}

/// Writes `text` in `style`, then spaces up to `width` chars.
fn write_padded<W: Write + ?Sized>(w: &mut W, text: &str, width: usize, style: Style) -> io::Result<()> {
    write!(w, "{style}{text}{style:#}")?;
    write_spaces(w, width.saturating_sub(text.chars().count()))
}

/// Writes spaces, then `text` in `style`, right-aligned in `width` chars.
fn write_right<W: Write + ?Sized>(w: &mut W, text: &str, width: usize, style: Style) -> io::Result<()> {
    write_spaces(w, width.saturating_sub(text.chars().count()))?;
    write!(w, "{style}{text}{style:#}")
}

fn write_spaces<W: Write + ?Sized>(w: &mut W, n: usize) -> io::Result<()> {
    const SPACES: &[u8; 64] = &[b' '; 64];
    let mut n = n;
    while n > 0 {
        let k = n.min(SPACES.len());
        w.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

/// A score as a table shows it: two decimals, signed, `0.00` for zero.
#[derive(Debug, Clone, Copy)]
struct Score(f64);

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = (self.0 * 100.0).round() / 100.0;
        // Also catches -0.0 and tiny negatives, which would print `-0.00`.
        if rounded == 0.0 { f.pad("0.00") } else { f.pad(&format!("{rounded:+.2}")) }
    }
}

/// The chars of a text with every run of whitespace and control characters
/// turned into one space, and leading and trailing runs dropped.
///
/// Control characters go too, so article text cannot move the cursor or
/// recolour the terminal.
#[derive(Debug, Clone)]
struct Cleaned<'a> {
    chars: std::str::Chars<'a>,
    pending: Option<char>,
    started: bool,
}

impl<'a> Cleaned<'a> {
    fn new(text: &'a str) -> Cleaned<'a> {
        Cleaned { chars: text.chars(), pending: None, started: false }
    }
}

impl Iterator for Cleaned<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.pending.take() {
            return Some(c);
        }
        let mut gap = false;
        loop {
            let c = self.chars.next()?;
            if c.is_whitespace() || c.is_control() {
                gap = self.started;
                continue;
            }
            self.started = true;
            if gap {
                self.pending = Some(c);
                return Some(' ');
            }
            return Some(c);
        }
    }
}

/// Appends `text`, cleaned, to `out`.
fn push_clean(out: &mut String, text: &str) {
    out.extend(Cleaned::new(text));
}

/// Appends `text`, cleaned and cut to at most `max` chars, to `out`.
///
/// A cut text ends in `…`; the cut backs up to the end of a word when one
/// ends within the last 15 chars, so words are not chopped in half.
fn push_shortened(out: &mut String, text: &str, max: usize) {
    const WORD_SLACK: usize = 15;
    if max == 0 {
        return;
    }
    let base = out.len();
    let mut chars = Cleaned::new(text);
    out.extend(chars.by_ref().take(max));
    if chars.next().is_none() {
        return;
    }
    // Make room for the ellipsis.
    let dropped = out.pop();
    let mid_word = dropped.is_some_and(|c| c != ' ') && out.len() > base && !out.ends_with(' ');
    if mid_word {
        // Mid-word: go back to the last space if it is close.
        if let Some(space) = out[base..].rfind(' ') {
            let tail = out[base + space..].chars().count();
            if tail <= WORD_SLACK {
                out.truncate(base + space);
            }
        }
    }
    while out.len() > base && out.ends_with(' ') {
        out.pop();
    }
    out.push('…');
}

/// For each speaker of a report, the indices of their utterances in
/// reading order. One pass over the utterances, so it stays linear.
fn utterances_by_speaker(report: &Report) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = report.speakers.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    let mut groups = vec![Vec::new(); report.speakers.len()];
    for (i, u) in report.utterances.iter().enumerate() {
        if let Some(&s) = index.get(u.speaker.as_str()) {
            groups[s].push(i);
        }
    }
    groups
}

/// The utterance to show for a speaker: their most decisive one, or else
/// their first.
fn decisive_utterance<'r>(report: &'r Report, speaker: usize, groups: &[Vec<usize>]) -> Option<&'r UtteranceReport> {
    report.speakers[speaker]
        .decisive
        .iter()
        .find_map(|&i| report.utterances.get(i))
        .or_else(|| groups.get(speaker).and_then(|g| g.first()).and_then(|&i| report.utterances.get(i)))
}

/// Which utterances are decisive for their speaker.
fn decisive_flags(report: &Report) -> Vec<bool> {
    let mut flags = vec![false; report.utterances.len()];
    for s in &report.speakers {
        for &i in &s.decisive {
            if let Some(f) = flags.get_mut(i) {
                *f = true;
            }
        }
    }
    flags
}

/// Writes evidence as `“words” kind +0.30; …`.
fn write_evidence_list<W: Write + ?Sized>(w: &mut W, evidence: &[Evidence], buf: &mut String) -> io::Result<()> {
    for (i, e) in evidence.iter().enumerate() {
        if i > 0 {
            w.write_all(b"; ")?;
        }
        buf.clear();
        push_clean(buf, &e.text);
        if !buf.is_empty() {
            write!(w, "“{buf}” ")?;
        }
        write!(w, "{} {}", e.kind, Score(e.weight))?;
    }
    Ok(())
}

/// Turns byte offsets into 1-based line and column (in chars) numbers.
///
/// Offsets asked for in increasing order cost one pass over the text in
/// total, however many there are and however long the lines.
#[derive(Debug)]
struct Locator<'t> {
    text: &'t str,
    /// Where the last lookup ended.
    pos: usize,
    /// Line number of `pos`.
    line: usize,
    /// Column of `pos`.
    col: usize,
}

impl<'t> Locator<'t> {
    fn new(text: &'t str) -> Locator<'t> {
        Locator { text, pos: 0, line: 1, col: 1 }
    }

    fn locate(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.pos {
            *self = Locator::new(self.text);
        }
        let chunk = &self.text[self.pos..offset];
        match chunk.rfind('\n') {
            Some(nl) => {
                self.line += chunk.bytes().filter(|&b| b == b'\n').count();
                self.col = 1 + chunk[nl + 1..].chars().count();
            }
            None => self.col += chunk.chars().count(),
        }
        self.pos = offset;
        (self.line, self.col)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use standpoint_core::{SpeakerKind, UtteranceKind};
    use standpoint_stance::{SpeakerReport, Topic};

    fn shortened(text: &str, max: usize) -> String {
        let mut out = String::new();
        push_shortened(&mut out, text, max);
        out
    }

    #[test]
    fn cleaning_collapses_whitespace_and_controls() {
        let mut out = String::new();
        push_clean(&mut out, "  a \r\n\t b\u{1b}[31mc  ");
        assert_eq!(out, "a b [31mc");
    }

    #[test]
    fn shortening() {
        assert_eq!(shortened("short", 10), "short");
        assert_eq!(shortened("exactly ten", 11), "exactly ten");
        assert_eq!(shortened("one two three four", 10), "one two…");
        assert_eq!(shortened("one two three four", 8), "one two…");
        assert_eq!(shortened("abcdefghijklmnopqrstuvwxyz", 5), "abcd…");
        assert_eq!(shortened("a\n\nb   c", 10), "a b c");
        assert_eq!(shortened("anything", 0), "");
        assert_eq!(shortened("anything", 1), "…");
        // Multi-byte chars count as one and are never split.
        assert_eq!(shortened("Bae Yoon-seul 배윤슬 대표", 17), "Bae Yoon-seul…");
        assert_eq!(shortened("문재인대통령입니다", 4), "문재인…");
        assert_eq!(shortened("ééééééé", 4), "ééé…");
        for max in 0..30 {
            let s = shortened("“Ça va très bien,” a dit le président — vraiment.", max);
            assert!(s.chars().count() <= max, "{max}: {s}");
        }
    }

    #[test]
    fn scores() {
        assert_eq!(Score(0.625).to_string(), "+0.63");
        assert_eq!(Score(-0.5).to_string(), "-0.50");
        assert_eq!(Score(0.0).to_string(), "0.00");
        assert_eq!(Score(-0.0).to_string(), "0.00");
        assert_eq!(Score(-0.004).to_string(), "0.00");
        assert_eq!(format!("{:>6}", Score(1.0)), " +1.00");
    }

    #[test]
    fn locator() {
        let text = "ab\r\ncé\n\nxyz";
        let mut loc = Locator::new(text);
        assert_eq!(loc.locate(0), (1, 1));
        assert_eq!(loc.locate(1), (1, 2));
        assert_eq!(loc.locate(4), (2, 1));
        assert_eq!(loc.locate(7), (2, 3)); // after the two-byte é
        assert_eq!(loc.locate(9), (4, 1));
        assert_eq!(loc.locate(11), (4, 3));
        // Backwards, past the end, and inside a char.
        assert_eq!(loc.locate(2), (1, 3));
        assert_eq!(loc.locate(100), (4, 4));
        assert_eq!(loc.locate(6), (2, 2));
    }

    fn evidence(text: &str, weight: f64, kind: &'static str) -> Evidence {
        Evidence { text: text.into(), start: 0, end: 0, weight, kind }
    }

    /// A report with two speakers, as the classifier will produce them:
    /// one with a long decisive quote and a shift, one with a non-ASCII name
    /// and no decisive utterance (so the first one is shown), plus a speaker
    /// with no utterances at all.
    pub(crate) fn sample_report() -> Report {
        let utterance = |speaker: &str, kind, cue: Option<&str>, text: &str, stance, score, evidence: Vec<Evidence>| {
            UtteranceReport {
                speaker: speaker.into(),
                kind,
                cue: cue.map(Into::into),
                text: text.into(),
                start: 0,
                end: text.len(),
                stance,
                score,
                evidence,
                relevance: 1.0,
                question: None,
            }
        };
        Report {
            source: "articles/summit.txt".into(),
            topic: Topic { terms: vec!["summit".into(), "talks".into()], from_profile: false, name: None },
            speakers: vec![
                SpeakerReport {
                    name: "Dana Whitfield".into(),
                    aliases: vec!["Whitfield".into()],
                    kind: SpeakerKind::Person,
                    stance: Stance::Optimistic,
                    score: 0.62,
                    confidence: 0.8,
                    evidence: vec![evidence("quite soon", 0.4, "cue")],
                    utterances: 3,
                    decisive: vec![2, 0],
                    shift: Some("cautious earlier, optimistic later".into()),
                },
                SpeakerReport {
                    name: "Søren Ødegård-Lee".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Group,
                    stance: Stance::Cautious,
                    score: -0.55,
                    confidence: 0.6,
                    evidence: vec![evidence("premature", -0.5, "cue")],
                    utterances: 1,
                    decisive: vec![],
                    shift: None,
                },
                SpeakerReport {
                    name: "the ministry".into(),
                    aliases: vec![],
                    kind: SpeakerKind::Organization,
                    stance: Stance::Neutral,
                    score: 0.0,
                    confidence: 0.0,
                    evidence: vec![],
                    utterances: 0,
                    decisive: vec![],
                    shift: None,
                },
            ],
            utterances: vec![
                utterance(
                    "Dana Whitfield",
                    UtteranceKind::Reported,
                    Some("warned"),
                    "the talks were at risk",
                    Stance::Cautious,
                    -0.3,
                    vec![evidence("at risk", -0.3, "cue")],
                ),
                utterance(
                    "Søren Ødegård-Lee",
                    UtteranceKind::Partial,
                    None,
                    "premature | and *too* much",
                    Stance::Cautious,
                    -0.55,
                    vec![evidence("premature", -0.5, "cue"), evidence("too", -0.05, "intensifier")],
                ),
                utterance(
                    "Dana Whitfield",
                    UtteranceKind::Direct,
                    Some("said"),
                    "It looks like we’ll have a second summit quite soon. As you know, the other side \
                     wrote a letter – a beautiful letter – and asked me for a second meeting, and we \
                     will be doing that.",
                    Stance::Optimistic,
                    0.7,
                    vec![evidence("quite soon", 0.4, "cue"), evidence("beautiful", 0.3, "cue")],
                ),
                utterance(
                    "Dana Whitfield",
                    UtteranceKind::Headline,
                    None,
                    "Second summit\n‘quite soon’",
                    Stance::Optimistic,
                    0.4,
                    vec![],
                ),
            ],
        }
    }

    pub(crate) fn render(f: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        f(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn grouping_and_decisive() {
        let report = sample_report();
        let groups = utterances_by_speaker(&report);
        assert_eq!(groups, vec![vec![0, 2, 3], vec![1], vec![]]);
        assert_eq!(decisive_utterance(&report, 0, &groups).unwrap().kind, UtteranceKind::Direct);
        assert_eq!(decisive_utterance(&report, 1, &groups).unwrap().speaker, "Søren Ødegård-Lee");
        assert!(decisive_utterance(&report, 2, &groups).is_none());
        assert_eq!(decisive_flags(&report), vec![true, false, true, false]);
    }

    #[test]
    fn json_one_report_is_an_object() {
        let report = sample_report();
        let options = Options { color: false, width: 100, evidence: false };
        let out = render(|w| {
            let mut rw = ReportWriter::new(w, Format::Json, options, false);
            rw.write(&report)?;
            rw.finish().map(drop)
        });
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["speakers"][1]["name"], "Søren Ødegård-Lee");
        assert_eq!(value["utterances"][0]["stance"], "cautious");
        assert!(out.ends_with("}\n"));
    }

    #[test]
    fn json_several_reports_are_an_array() {
        let report = sample_report();
        let options = Options { color: false, width: 100, evidence: false };
        let out = render(|w| {
            let mut rw = ReportWriter::new(w, Format::Json, options, true);
            rw.write(&report)?;
            rw.write(&report)?;
            rw.finish().map(drop)
        });
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 2);
        assert_eq!(value[1]["speakers"][0]["decisive"], serde_json::json!([2, 0]));
        // Pretty-printed and nested one level.
        assert!(out.starts_with("[\n  {\n    \"source\""), "{out}");
        assert!(out.ends_with("\n  }\n]\n"), "{out}");
        let empty = render(|w| ReportWriter::new(w, Format::Json, options, true).finish().map(drop));
        assert_eq!(empty, "[]\n");
    }
}
