//! `standpoint quotes`: every utterance in reading order, one per line.
//!
//! ```text
//! 7:1   Dana Whitfield  direct  said  It looks like we’ll have a second summit quite soon.
//! ```
//!
//! Columns: `line:col` (1-based, the column counted in chars), speaker, kind,
//! cue (`—` when there is none) and the words, whole, with runs of
//! whitespace turned into one space.

use std::io::{self, Write};

use standpoint_stance::Report;

use super::{Locator, Options, Palette, push_clean, push_shortened, write_padded, write_spaces};

/// Speaker names and cues longer than this are shortened to keep the text
/// column in view.
const MAX_NAME: usize = 30;
const MAX_CUE: usize = 16;
/// Shown in the cue column when there is no reporting verb.
const NO_CUE: &str = "—";

/// Writes the utterances of `report`; `text` is the text it was made from,
/// to turn offsets into line and column numbers.
pub fn quotes<W: Write + ?Sized>(w: &mut W, report: &Report, text: &str, options: &Options) -> io::Result<()> {
    let palette = Palette::new(options.color);
    let position = palette.position();
    let mut locator = Locator::new(text);
    // One pass for the positions and column widths, one to write.
    let positions: Vec<(usize, usize)> = report.utterances.iter().map(|u| locator.locate(u.start)).collect();
    let pos_w = positions.iter().map(|&(line, col)| digits(line) + 1 + digits(col)).max().unwrap_or(0);
    let name_w = report.utterances.iter().map(|u| u.speaker.chars().count()).max().unwrap_or(0).min(MAX_NAME);
    let kind_w = report.utterances.iter().map(|u| u.kind.as_str().len()).max().unwrap_or(0);
    let cue_w = report
        .utterances
        .iter()
        .map(|u| u.cue.as_ref().map_or(1, |c| c.chars().count()))
        .max()
        .unwrap_or(0)
        .min(MAX_CUE);

    let mut buf = String::new();
    for (u, &(line, col)) in report.utterances.iter().zip(&positions) {
        write!(w, "{position}{line}:{col}{position:#}")?;
        write_spaces(w, pos_w + 2 - (digits(line) + 1 + digits(col)))?;
        buf.clear();
        push_shortened(&mut buf, &u.speaker, name_w);
        write_padded(w, &buf, name_w + 2, palette.heading())?;
        write_padded(w, u.kind.as_str(), kind_w + 2, Default::default())?;
        buf.clear();
        match &u.cue {
            Some(cue) => push_shortened(&mut buf, cue, cue_w),
            None => buf.push_str(NO_CUE),
        }
        write_padded(w, &buf, cue_w + 2, Default::default())?;
        buf.clear();
        push_clean(&mut buf, &u.text);
        buf.push('\n');
        w.write_all(buf.as_bytes())?;
    }
    Ok(())
}

/// The number of decimal digits of `n`.
fn digits(n: usize) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{render, sample_report};

    /// The sample report with offsets that point into a made-up text.
    fn located() -> (Report, String) {
        let mut report = sample_report();
        let mut text = String::from("Headline\r\n\r\n");
        for u in &mut report.utterances {
            text.push_str("Ünïcode prefix: ");
            u.start = text.len();
            text.push_str(&u.text);
            u.end = text.len();
            text.push_str("\n\n");
        }
        // Reading order is by offset; the sample lists them in that order.
        (report, text)
    }

    #[test]
    fn quotes() {
        let (report, text) = located();
        let options = Options { color: false, width: 100, evidence: false };
        insta::assert_snapshot!("quotes", render(|w| super::quotes(w, &report, &text, &options)));
    }

    #[test]
    fn digit_counts() {
        assert_eq!([0, 9, 10, 99, 100, 12345].map(digits), [1, 1, 2, 2, 3, 5]);
    }

    #[test]
    fn positions_point_at_the_words() {
        let (report, text) = located();
        let options = Options { color: false, width: 100, evidence: false };
        let out = render(|w| super::quotes(w, &report, &text, &options));
        let lines: Vec<&str> = text.split('\n').collect();
        for (row, u) in out.lines().zip(&report.utterances) {
            let pos = row.split_whitespace().next().unwrap();
            let (line, col) = pos.split_once(':').unwrap();
            let line: usize = line.parse().unwrap();
            let col: usize = col.parse().unwrap();
            let rest: String = lines[line - 1].chars().skip(col - 1).collect();
            let first_line = u.text.split('\n').next().unwrap();
            assert!(rest.starts_with(first_line), "{row}");
        }
    }
}
