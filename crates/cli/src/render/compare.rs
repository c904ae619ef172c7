//! `standpoint compare`: one row per speaker, one column per article.
//!
//! ```text
//! [1] monday.txt
//! [2] tuesday.txt
//!
//! SPEAKER         [1]               [2]               DIFFERS
//! Dana Whitfield  optimistic +0.62  cautious -0.40    yes
//! Ana Ruiz        cautious -0.55    —
//! ```
//!
//! Columns are numbered, with the sources listed above the table, because
//! paths are long and two articles can share a file name.

use std::io::{self, Write};

use standpoint_stance::{Cell, Comparison, ComparisonRow};

use super::{Options, Palette, Score, push_clean, push_shortened, write_padded, write_spaces};
use crate::args::Format;

/// Shown where a speaker does not appear in an article.
const ABSENT: &str = "—";
const MAX_NAME: usize = 36;
const GAP: usize = 2;

/// Writes a comparison in the given format.
pub fn comparison<W: Write + ?Sized>(
    w: &mut W,
    comparison: &Comparison,
    format: Format,
    options: &Options,
) -> io::Result<()> {
    match format {
        Format::Text => text(w, comparison, options),
        Format::Markdown => markdown(w, comparison),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *w, comparison)?;
            w.write_all(b"\n")
        }
        // The page shows the articles' text: `commands::compare` writes
        // HTML through `html::comparison`.
        Format::Html => Err(super::html::needs_text()),
    }
}

/// Whether the articles that have the speaker disagree on the label.
fn differs(row: &ComparisonRow) -> bool {
    let mut present = row.cells.iter().flatten();
    match present.next() {
        Some(first) => present.any(|c| c.stance != first.stance),
        None => false,
    }
}

/// `optimistic +0.62`, as one cell shows it (without colour).
fn cell_text(cell: &Cell) -> String {
    format!("{} {}", cell.stance.as_str(), Score(cell.score))
}

fn text<W: Write + ?Sized>(w: &mut W, comparison: &Comparison, options: &Options) -> io::Result<()> {
    let palette = Palette::new(options.color);
    let heading = palette.heading();
    let mut name = String::new();
    for (i, source) in comparison.sources.iter().enumerate() {
        name.clear();
        push_clean(&mut name, source);
        writeln!(w, "[{}] {name}", i + 1)?;
    }
    w.write_all(b"\n")?;
    if comparison.rows.is_empty() {
        return w.write_all(b"no quoted speakers\n");
    }

    let columns = comparison.sources.len();
    let name_w =
        comparison.rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(0).clamp("SPEAKER".len(), MAX_NAME);
    // Every column gets the width of the widest cell, so the table stays
    // aligned whichever article a speaker is missing from.
    let cell_w = comparison
        .rows
        .iter()
        .flat_map(|r| r.cells.iter().flatten())
        .map(|c| c.stance.as_str().len() + 1 + Score(c.score).to_string().len())
        .max()
        .unwrap_or(0)
        .max(format!("[{columns}]").len());

    write_padded(w, "SPEAKER", name_w + GAP, heading)?;
    for i in 0..columns {
        write_padded(w, &format!("[{}]", i + 1), cell_w + GAP, heading)?;
    }
    writeln!(w, "{heading}DIFFERS{heading:#}")?;

    for row in &comparison.rows {
        name.clear();
        push_shortened(&mut name, &row.name, name_w);
        write_padded(w, &name, name_w + GAP, Default::default())?;
        let differs = differs(row);
        for (i, cell) in row.cells.iter().enumerate() {
            // No trailing spaces: the last cell is padded only if DIFFERS follows.
            let pad = if i + 1 == columns && !differs { 0 } else { cell_w + GAP };
            match cell {
                Some(cell) => {
                    let style = palette.stance(cell.stance);
                    let shown = cell_text(cell);
                    write!(w, "{style}{}{style:#} {}", cell.stance.as_str(), Score(cell.score))?;
                    write_spaces(w, pad.saturating_sub(shown.chars().count()))?;
                }
                None => write_padded(w, ABSENT, pad, Default::default())?,
            }
        }
        if differs {
            w.write_all(b"yes")?;
        }
        w.write_all(b"\n")?;
    }
    Ok(())
}

fn markdown<W: Write + ?Sized>(w: &mut W, comparison: &Comparison) -> io::Result<()> {
    let mut esc = String::new();
    w.write_all(b"| Speaker |")?;
    for source in &comparison.sources {
        super::markdown::escape_into(&mut esc, source);
        write!(w, " {esc} |")?;
    }
    w.write_all(b" Differs |\n| :-- |")?;
    for _ in &comparison.sources {
        w.write_all(b" :-- |")?;
    }
    w.write_all(b" :-- |\n")?;
    for row in &comparison.rows {
        super::markdown::escape_into(&mut esc, &row.name);
        write!(w, "| {esc} |")?;
        for cell in &row.cells {
            match cell {
                Some(cell) => write!(w, " {} |", cell_text(cell))?,
                None => write!(w, " {ABSENT} |")?,
            }
        }
        w.write_all(if differs(row) { b" yes |\n" } else { b" |\n" })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{render, sample_report};
    use standpoint_stance::Stance;

    /// The sample report and a copy where one speaker changed sides and
    /// another is missing.
    fn sample() -> Comparison {
        let first = sample_report();
        let mut second = sample_report();
        second.source = "articles/summit-next-day.txt".into();
        second.speakers[0].stance = Stance::Cautious;
        second.speakers[0].score = -0.4;
        second.speakers.remove(1);
        second.utterances.retain(|u| u.speaker != "Søren Ødegård-Lee");
        standpoint_stance::compare(&[first, second])
    }

    fn options(color: bool) -> Options {
        Options { color, width: 100, evidence: false }
    }

    #[test]
    fn text_table() {
        insta::assert_snapshot!("compare_text", render(|w| comparison(w, &sample(), Format::Text, &options(false))));
    }

    #[test]
    fn markdown_table() {
        insta::assert_snapshot!(
            "compare_markdown",
            render(|w| comparison(w, &sample(), Format::Markdown, &options(false)))
        );
    }

    #[test]
    fn json() {
        let out = render(|w| comparison(w, &sample(), Format::Json, &options(false)));
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["rows"][1]["cells"][1], serde_json::Value::Null);
        assert_eq!(value["rows"][0]["cells"][1]["stance"], "cautious");
    }

    #[test]
    fn colour_keeps_alignment() {
        let plain = render(|w| comparison(w, &sample(), Format::Text, &options(false)));
        let coloured = render(|w| comparison(w, &sample(), Format::Text, &options(true)));
        assert!(coloured.contains("\x1b[33mcautious\x1b[0m -0.40"), "{coloured}");
        let stripped = coloured
            .replace("\x1b[0m", "")
            .replace("\x1b[1m", "")
            .replace("\x1b[2m", "")
            .replace("\x1b[32m", "")
            .replace("\x1b[33m", "");
        assert_eq!(stripped, plain);
    }

    #[test]
    fn differs_only_between_present_cells() {
        let c = sample();
        assert!(differs(&c.rows[0]));
        assert!(!differs(&c.rows[1]));
    }
}
