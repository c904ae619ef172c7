//! The text report: a title, an aligned table, and optionally the evidence.
//!
//! ```text
//! articles/summit.txt  topic: summit, talks
//! SPEAKER                  STANCE      SCORE  QUOTES  DECISIVE QUOTE
//! Dana Whitfield (person)  optimistic  +0.62       3  It looks like we’ll have a second…
//! ```

use std::io::{self, Write};

use standpoint_stance::Report;

use super::{
    Options, Palette, Score, decisive_flags, decisive_utterance, push_clean, push_shortened, utterances_by_speaker,
    write_evidence_list, write_padded, write_right, write_spaces,
};

/// Names longer than this are shortened so the quote keeps some room.
const MAX_NAME: usize = 36;
/// On narrow lines the name column shrinks, down to this.
const MIN_NAME: usize = 12;
/// The quote column never gets narrower than this, even if the line overflows
/// (which it does not from 57 columns up).
const MIN_QUOTE: usize = 16;
/// Space between columns.
const GAP: usize = 2;

// "QUOTES" counts every utterance, reported speech included, as the
// `quotes` command lists them.
const HEADERS: [&str; 5] = ["SPEAKER", "STANCE", "SCORE", "QUOTES", "DECISIVE QUOTE"];

/// Writes one report as a text table.
pub fn report<W: Write + ?Sized>(w: &mut W, report: &Report, options: &Options) -> io::Result<()> {
    let palette = Palette::new(options.color);
    let heading = palette.heading();
    let mut cell = String::new();
    push_clean(&mut cell, &report.source);
    write!(w, "{heading}{cell}{heading:#}")?;
    if !report.topic.terms.is_empty() {
        cell.clear();
        push_clean(&mut cell, &report.topic.terms.join(", "));
        write!(w, "  topic: {cell}")?;
        if report.topic.from_profile {
            w.write_all(b" (from profile)")?;
        }
    }
    w.write_all(b"\n")?;
    if report.speakers.is_empty() {
        return w.write_all(b"no quoted speakers\n");
    }

    // The name cells ("Name (kind)") are built once, then measured.
    let names: Vec<String> = report
        .speakers
        .iter()
        .map(|s| {
            let mut name = String::new();
            push_clean(&mut name, &s.name);
            name.push_str(" (");
            name.push_str(s.kind.as_str());
            name.push(')');
            name
        })
        .collect();
    let natural_name_w = names.iter().map(|n| n.chars().count()).max().unwrap_or(0).clamp(HEADERS[0].len(), MAX_NAME);
    let stance_w = report.speakers.iter().map(|s| s.stance.as_str().len()).max().unwrap_or(0).max(HEADERS[1].len());
    let score_w = HEADERS[2].len();
    let count_w = HEADERS[3].len();
    let fixed = stance_w + score_w + count_w + 4 * GAP;
    let name_w = natural_name_w.min(options.width.saturating_sub(fixed + MIN_QUOTE).max(MIN_NAME));
    let quote_w = options.width.saturating_sub(fixed + name_w).max(MIN_QUOTE);

    write_padded(w, HEADERS[0], name_w + GAP, heading)?;
    write_padded(w, HEADERS[1], stance_w + GAP, heading)?;
    write_right(w, HEADERS[2], score_w, heading)?;
    write_spaces(w, GAP)?;
    write_right(w, HEADERS[3], count_w, heading)?;
    write_spaces(w, GAP)?;
    writeln!(w, "{heading}{}{heading:#}", HEADERS[4])?;

    let groups = utterances_by_speaker(report);
    for (i, (speaker, name)) in report.speakers.iter().zip(&names).enumerate() {
        cell.clear();
        push_shortened(&mut cell, name, name_w);
        write_padded(w, &cell, name_w + GAP, Default::default())?;
        write_padded(w, speaker.stance.as_str(), stance_w + GAP, palette.stance(speaker.stance))?;
        write!(w, "{:>score_w$}", Score(speaker.score))?;
        write_spaces(w, GAP)?;
        write!(w, "{:>count_w$}", speaker.utterances)?;
        cell.clear();
        if let Some(u) = decisive_utterance(report, i, &groups) {
            push_shortened(&mut cell, &u.text, quote_w);
        }
        if !cell.is_empty() {
            write_spaces(w, GAP)?;
            w.write_all(cell.as_bytes())?;
        }
        w.write_all(b"\n")?;
    }

    if options.evidence {
        evidence(w, report, &names, &groups, palette)?;
    }
    Ok(())
}

/// Writes, for each speaker, their label and every utterance with its kind,
/// cue, label and the evidence behind it.
fn evidence<W: Write + ?Sized>(
    w: &mut W,
    report: &Report,
    names: &[String],
    groups: &[Vec<usize>],
    palette: Palette,
) -> io::Result<()> {
    let decisive = decisive_flags(report);
    let heading = palette.heading();
    let mut buf = String::new();
    for ((speaker, name), group) in report.speakers.iter().zip(names).zip(groups) {
        let style = palette.stance(speaker.stance);
        write!(
            w,
            "\n{heading}{name}{heading:#}: {style}{}{style:#} {}, confidence {:.2}\n",
            speaker.stance.as_str(),
            Score(speaker.score),
            speaker.confidence,
        )?;
        if let Some(shift) = &speaker.shift {
            writeln!(w, "  shift: {shift}")?;
        }
        if !speaker.evidence.is_empty() {
            w.write_all(b"  decisive evidence: ")?;
            write_evidence_list(w, &speaker.evidence, &mut buf)?;
            w.write_all(b"\n")?;
        }
        if group.is_empty() {
            w.write_all(b"  no utterances\n")?;
        }
        for &i in group {
            let u = &report.utterances[i];
            let style = palette.stance(u.stance);
            write!(w, "  - {}", u.kind.as_str())?;
            if let Some(cue) = &u.cue {
                buf.clear();
                push_clean(&mut buf, cue);
                write!(w, ", {buf}")?;
            }
            write!(w, ": {style}{}{style:#} {}", u.stance.as_str(), Score(u.score))?;
            if decisive[i] {
                w.write_all(b", decisive")?;
            }
            buf.clear();
            push_clean(&mut buf, &u.text);
            write!(w, "\n      {buf}\n")?;
            if !u.evidence.is_empty() {
                w.write_all(b"      evidence: ")?;
                write_evidence_list(w, &u.evidence, &mut buf)?;
                w.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{render, sample_report};

    fn text(report: &Report, color: bool, width: usize, evidence: bool) -> String {
        let options = Options { color, width, evidence };
        render(|w| super::report(w, report, &options))
    }

    #[test]
    fn table() {
        insta::assert_snapshot!("text_table", text(&sample_report(), false, 100, false));
    }

    #[test]
    fn lines_fit_the_width() {
        for width in [57, 60, 80, 100, 140] {
            let out = text(&sample_report(), false, width, false);
            for line in out.lines() {
                assert!(line.chars().count() <= width, "{width}: {line}");
            }
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let plain = text(&sample_report(), false, 100, true);
        assert!(!plain.contains('\x1b'));
        let coloured = text(&sample_report(), true, 100, true);
        assert!(coloured.contains("\x1b[32moptimistic\x1b[0m"), "{coloured}");
        assert!(coloured.contains("\x1b[33mcautious\x1b[0m"), "{coloured}");
        // Colour adds codes and nothing else.
        let stripped: String = {
            let mut s = String::new();
            let mut rest = coloured.as_str();
            while let Some(i) = rest.find('\x1b') {
                s.push_str(&rest[..i]);
                let end = rest[i..].find('m').unwrap();
                rest = &rest[i + end + 1..];
            }
            s.push_str(rest);
            s
        };
        assert_eq!(stripped, plain);
    }

    #[test]
    fn evidence() {
        insta::assert_snapshot!("text_evidence", text(&sample_report(), false, 80, true));
    }

    #[test]
    fn empty_report() {
        let mut report = sample_report();
        report.speakers.clear();
        report.utterances.clear();
        report.topic.terms.clear();
        assert_eq!(
            text(&report, false, 100, true),
            "articles/summit.txt
no quoted speakers
"
        );
    }
}
