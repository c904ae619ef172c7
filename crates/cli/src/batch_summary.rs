//! `standpoint batch --summary`: one row per speaker over the corpus.
//!
//! Rows come most-quoted first (by number of articles), ties in order of
//! first appearance, so the same corpus always gives the same table.

use std::io::{self, Write};

use serde::Serialize;
use standpoint_stance::{Corpus, CorpusRow, Stance};

use crate::args::SummaryFormat;
use crate::batch::Stats;

/// Names longer than this many chars are shortened in the text table.
const NAME_WIDTH: usize = 40;

/// The `--format json` summary.
#[derive(Debug, Serialize)]
struct Summary<'a> {
    /// Articles reported.
    articles: usize,
    /// Lines or files that could not be used.
    failures: usize,
    /// One row per speaker.
    speakers: &'a [CorpusRow],
}

/// Writes the summary of a corpus.
pub fn write<W: Write + ?Sized>(out: &mut W, corpus: Corpus, format: SummaryFormat, stats: &Stats) -> io::Result<()> {
    let articles = corpus.articles();
    let mut rows = corpus.into_rows();
    // Stable: ties keep the order of first appearance.
    rows.sort_by_key(|r| std::cmp::Reverse(r.articles));
    match format {
        SummaryFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &Summary { articles, failures: stats.failures, speakers: &rows })?;
            out.write_all(b"\n")
        }
        SummaryFormat::Text => text(out, &rows),
        SummaryFormat::Markdown => markdown(out, &rows),
    }
}

const LABELS: [Stance; 4] = [Stance::Optimistic, Stance::Cautious, Stance::Mixed, Stance::Neutral];

fn text<W: Write + ?Sized>(out: &mut W, rows: &[CorpusRow]) -> io::Result<()> {
    let names: Vec<String> = rows.iter().map(|r| shorten(&clean(&r.name), NAME_WIDTH)).collect();
    let width = names.iter().map(|n| n.chars().count()).chain(["SPEAKER".len()]).max().unwrap_or(0);
    write!(out, "{:<width$}  {:<12}  {:>8}", "SPEAKER", "KIND", "ARTICLES")?;
    for label in LABELS {
        write!(out, "  {:>10}", label.as_str().to_uppercase())?;
    }
    writeln!(out, "  {:>6}", "MEAN")?;
    for (row, name) in rows.iter().zip(&names) {
        // `{:<width$}` pads by chars, which is what `width` counts.
        write!(out, "{name:<width$}  {:<12}  {:>8}", row.kind.as_str(), row.articles)?;
        for label in LABELS {
            write!(out, "  {:>10}", row.stances.get(label))?;
        }
        writeln!(out, "  {:>6}", score(row.mean_score))?;
    }
    Ok(())
}

fn markdown<W: Write + ?Sized>(out: &mut W, rows: &[CorpusRow]) -> io::Result<()> {
    writeln!(out, "| Speaker | Kind | Articles | Optimistic | Cautious | Mixed | Neutral | Mean score |")?;
    writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|")?;
    for row in rows {
        let name = clean(&row.name).replace('|', "\\|");
        write!(out, "| {name} | {} | {} |", row.kind.as_str(), row.articles)?;
        for label in LABELS {
            write!(out, " {} |", row.stances.get(label))?;
        }
        writeln!(out, " {} |", score(row.mean_score))?;
    }
    Ok(())
}

/// A score as the other tables show it: `+0.31`, `-0.50`, `0.00`.
fn score(x: f64) -> String {
    let s = format!("{x:+.2}");
    if s == "+0.00" || s == "-0.00" { "0.00".into() } else { s }
}

/// Whitespace runs and control characters become one space, so a name from
/// an article cannot break the table or move the cursor.
fn clean(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let mut out: String = name.chars().take(max - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use standpoint_stance::Classifier;

    fn corpus() -> Corpus {
        let classifier = Classifier::new();
        let mut corpus = Corpus::new();
        for text in [
            "“The talks made real progress,” said Dana Whitfield.",
            "“It is far too early to celebrate the talks, and we are worried,” said Piotr Novak.\n\n“We welcome the progress of the talks,” Whitfield said.",
        ] {
            corpus.add(&classifier.report(&standpoint_core::parse(text), "-"));
        }
        corpus
    }

    fn render(format: SummaryFormat) -> String {
        let mut out = Vec::new();
        write(&mut out, corpus(), format, &Stats { failures: 1, ..Stats::default() }).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_table() {
        insta::assert_snapshot!(render(SummaryFormat::Text));
    }

    #[test]
    fn markdown_table() {
        insta::assert_snapshot!(render(SummaryFormat::Markdown));
    }

    #[test]
    fn json_summary() {
        let v: serde_json::Value = serde_json::from_str(&render(SummaryFormat::Json)).unwrap();
        assert_eq!(v["articles"], 2);
        assert_eq!(v["failures"], 1);
        assert_eq!(v["speakers"][0]["name"], "Dana Whitfield");
        assert_eq!(v["speakers"][0]["articles"], 2);
        assert_eq!(v["speakers"][0]["stances"]["optimistic"], 2);
        assert_eq!(v["speakers"][1]["name"], "Piotr Novak");
    }

    #[test]
    fn names_are_cleaned_and_shortened() {
        assert_eq!(clean(" a\n\tb\u{1b}[31m "), "a b [31m");
        assert_eq!(shorten("Søren Ødegård-Lee", 8), "Søren Ø…");
        assert_eq!(shorten("short", 8), "short");
        assert_eq!(score(0.0), "0.00");
        assert_eq!(score(-0.001), "0.00");
        assert_eq!(score(0.314), "+0.31");
    }
}
