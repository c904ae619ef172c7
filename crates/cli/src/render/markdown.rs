//! The markdown report: a pipe table plus the evidence, ready to paste into
//! a document. Never coloured.

use std::io::{self, Write};

use standpoint_stance::{Evidence, Report};

use super::{Score, decisive_flags, decisive_utterance, push_clean, push_shortened, utterances_by_speaker};

/// Quotes in the table are cut to this many chars; the evidence has them whole.
const TABLE_QUOTE: usize = 80;

/// Writes one report as markdown.
pub fn report<W: Write + ?Sized>(w: &mut W, report: &Report) -> io::Result<()> {
    let mut buf = String::new();
    let mut esc = String::new();

    escape_into(&mut esc, &report.source);
    writeln!(w, "## {esc}\n")?;
    if !report.topic.terms.is_empty() {
        buf.clear();
        buf.push_str(&report.topic.terms.join(", "));
        escape_into(&mut esc, &buf);
        write!(w, "Topic: {esc}")?;
        if report.topic.from_profile {
            w.write_all(b" (from profile)")?;
        }
        w.write_all(b"\n\n")?;
    }
    if report.speakers.is_empty() {
        return w.write_all(b"No quoted speakers.\n");
    }

    w.write_all(
        b"| Speaker | Kind | Stance | Score | Quotes | Decisive quote |\n\
          | :-- | :-- | :-- | --: | --: | :-- |\n",
    )?;
    let groups = utterances_by_speaker(report);
    for (i, s) in report.speakers.iter().enumerate() {
        escape_into(&mut esc, &s.name);
        write!(w, "| {esc} | {} | {} | {} | {} |", s.kind.as_str(), s.stance.as_str(), Score(s.score), s.utterances)?;
        buf.clear();
        if let Some(u) = decisive_utterance(report, i, &groups) {
            push_shortened(&mut buf, &u.text, TABLE_QUOTE);
        }
        escape_into(&mut esc, &buf);
        if esc.is_empty() {
            w.write_all(b" |\n")?;
        } else {
            writeln!(w, " {esc} |")?;
        }
    }

    w.write_all(b"\n### Evidence\n")?;
    let decisive = decisive_flags(report);
    for (s, group) in report.speakers.iter().zip(&groups) {
        escape_into(&mut esc, &s.name);
        write!(
            w,
            "\n**{esc}** ({}): {} {}, confidence {:.2}.",
            s.kind.as_str(),
            s.stance.as_str(),
            Score(s.score),
            s.confidence
        )?;
        if let Some(shift) = &s.shift {
            escape_into(&mut esc, shift);
            write!(w, " Shift: {esc}.")?;
        }
        w.write_all(b"\n\n")?;
        if !s.evidence.is_empty() {
            w.write_all(b"- Decisive evidence: ")?;
            evidence_list(w, &s.evidence, &mut buf, &mut esc)?;
            w.write_all(b"\n")?;
        }
        if group.is_empty() && s.evidence.is_empty() {
            w.write_all(b"- No utterances.\n")?;
        }
        for &i in group {
            let u = &report.utterances[i];
            write!(w, "- {}", u.kind.as_str())?;
            if let Some(cue) = &u.cue {
                buf.clear();
                push_clean(&mut buf, cue);
                escape_into(&mut esc, &buf);
                write!(w, ", *{esc}*")?;
            }
            write!(w, ", {} {}", u.stance.as_str(), Score(u.score))?;
            if decisive[i] {
                w.write_all(b", decisive")?;
            }
            buf.clear();
            push_clean(&mut buf, &u.text);
            escape_into(&mut esc, &buf);
            writeln!(w, ": {esc}")?;
            if !u.evidence.is_empty() {
                w.write_all(b"  - Evidence: ")?;
                evidence_list(w, &u.evidence, &mut buf, &mut esc)?;
                w.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

/// Writes evidence as `“words” (kind, +0.30); …`.
fn evidence_list<W: Write + ?Sized>(
    w: &mut W,
    evidence: &[Evidence],
    buf: &mut String,
    esc: &mut String,
) -> io::Result<()> {
    for (i, e) in evidence.iter().enumerate() {
        if i > 0 {
            w.write_all(b"; ")?;
        }
        buf.clear();
        push_clean(buf, &e.text);
        escape_into(esc, buf);
        if !esc.is_empty() {
            write!(w, "“{esc}” ")?;
        }
        write!(w, "({}, {})", e.kind, Score(e.weight))?;
    }
    Ok(())
}

/// Replaces `out` with `text`, cleaned and escaped for a markdown table cell
/// or paragraph: newlines become spaces, and characters that markdown would
/// read as markup (or as a cell boundary) get a backslash.
pub(super) fn escape_into(out: &mut String, text: &str) {
    out.clear();
    for c in super::Cleaned::new(text) {
        if matches!(c, '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{render, sample_report};

    #[test]
    fn markdown() {
        insta::assert_snapshot!("markdown", render(|w| super::report(w, &sample_report())));
    }

    #[test]
    fn escaping() {
        let mut out = String::new();
        escape_into(&mut out, "a | b *c*\n_d_ [e](f) <g> \\ #1");
        assert_eq!(out, r"a \| b \*c\* \_d\_ \[e\](f) \<g\> \\ \#1");
    }

    #[test]
    fn every_table_row_has_six_cells() {
        let out = render(|w| super::report(w, &sample_report()));
        let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(rows.len(), 2 + 3);
        for row in rows {
            // Unescaped pipes only: the cell boundaries.
            let pipes = row.match_indices('|').filter(|&(i, _)| !row[..i].ends_with('\\')).count();
            assert_eq!(pipes, 7, "{row}");
        }
    }

    #[test]
    fn empty_report() {
        let mut report = sample_report();
        report.speakers.clear();
        report.utterances.clear();
        let out = render(|w| super::report(w, &report));
        assert_eq!(out, "## articles/summit.txt\n\nTopic: summit, talks\n\nNo quoted speakers.\n");
    }
}
