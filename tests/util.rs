//! Helpers shared by the modules of the integration-test binary.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use standpoint_core::BlockKind;

/// The workspace root, where `fixtures/` lives.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Reads a UTF-8 file, naming it in the panic message if it cannot.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One line of text: line breaks (CRLF or LF) become spaces.
fn flat(s: &str) -> String {
    s.replace("\r\n", " ").replace('\n', " ")
}

/// At most `n` characters of `s` on one line, with `…` when cut.
fn short(s: &str, n: usize) -> String {
    let s = flat(s);
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

/// What the parser sees in `text`, in a stable form a reviewer can read:
/// every block with its kind, every utterance with its speaker, kind, cue
/// and words (and the question it answers), every speaker with its kind and
/// aliases, and the diagnostics.
pub fn parse_view(text: &str) -> String {
    let a = standpoint_core::parse(text);
    let mut out = String::new();
    out.push_str("blocks:\n");
    for (i, b) in a.blocks.iter().enumerate() {
        let kind = if b.kind == BlockKind::Body { "" } else { b.kind.as_str() };
        writeln!(out, "{i:>4} {kind:<12} {}", short(a.slice(b.span), 60)).unwrap();
    }
    out.push_str("utterances:\n");
    for u in &a.utterances {
        let cue = u.cue.as_ref().map_or("-", |c| c.lemma);
        writeln!(
            out,
            "{:>4} {} | {} | {cue} | {}",
            u.block,
            a.speaker(u.speaker).name,
            u.kind.as_str(),
            flat(a.slice(u.span))
        )
        .unwrap();
        if let Some(q) = u.question {
            writeln!(out, "       asked: {}", flat(a.slice(q))).unwrap();
        }
    }
    out.push_str("speakers:\n");
    for s in &a.speakers {
        writeln!(out, "     {} ({}) aliases: [{}]", s.name, s.kind.as_str(), s.aliases.join(", ")).unwrap();
    }
    out.push_str("diagnostics:\n");
    for d in &a.diagnostics {
        writeln!(out, "     {:?} at {}: {} | {}", d.kind, d.span.start, d.message, short(a.slice(d.span), 40)).unwrap();
    }
    out
}

/// The article as the CLI decodes it: without a byte order mark and with
/// `\n` line endings, so offsets mean what they mean in a real report.
pub fn decoded(path: &Path) -> String {
    let text = read(path);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    standpoint_core::normalize_line_endings(text).into_owned()
}

/// Where each speaker stands, in a stable form a reviewer can read: the
/// topic terms, then per speaker the label, score and confidence, any
/// shift, the decisive evidence and the decisive utterance.
pub fn stance_view(text: &str) -> String {
    let article = standpoint_core::parse(text);
    let report = standpoint_stance::Classifier::new().report(&article, "fixture");
    let mut out = String::new();
    writeln!(out, "topic: {}", report.topic.terms.join(", ")).unwrap();
    for s in &report.speakers {
        writeln!(
            out,
            "{} ({}): {} {:+.2}, confidence {:.2}, {} utterance{}",
            s.name,
            s.kind.as_str(),
            s.stance.as_str(),
            s.score,
            s.confidence,
            s.utterances,
            if s.utterances == 1 { "" } else { "s" }
        )
        .unwrap();
        if let Some(shift) = &s.shift {
            writeln!(out, "    shift: {shift}").unwrap();
        }
        let evidence: Vec<String> =
            s.evidence.iter().take(4).map(|e| format!("“{}” {} {:+.2}", flat(&e.text), e.kind, e.weight)).collect();
        if !evidence.is_empty() {
            writeln!(out, "    evidence: {}", evidence.join("; ")).unwrap();
        }
        if let Some(&i) = s.decisive.first() {
            writeln!(out, "    decisive: {}", short(&report.utterances[i].text, 90)).unwrap();
        }
    }
    out
}
