//! One article from source to report: read, decode, parse, classify.
//!
//! Every command that reads articles goes through [`analyze_source`] (or
//! [`analyze`] for text already in memory), so `report`, `quotes`, `compare`
//! and the future `batch` see the same reports.

use std::fmt;

use standpoint_core::Block;
use standpoint_stance::{Classifier, Report};

use crate::diag;
use crate::input::{self, Input, Source};

/// An article read and reported.
#[derive(Debug)]
pub struct Analysis {
    /// The decoded input; report offsets are into [`Input::text`].
    pub input: Input,
    /// The stance report.
    pub report: Report,
    /// The article's blocks (paragraphs, headlines, captions…), which the
    /// HTML page shows and the report does not carry.
    pub blocks: Vec<Block>,
}

/// Parses decoded text and classifies it; the article's blocks are kept
/// for the renderers that show the text (HTML).
pub fn analyze(text: &str, source: &str, classifier: &Classifier) -> (Report, Vec<Block>) {
    let article = standpoint_core::parse(text);
    let report = classifier.report(&article, source);
    (report, article.blocks)
}

/// Reads one article and reports on it.
pub fn analyze_source(source: &Source, classifier: &Classifier) -> Result<Analysis, input::Error> {
    let input = Input::read(source)?;
    let (report, blocks) = analyze(input.text(), &input.source, classifier);
    Ok(Analysis { input, report, blocks })
}

/// Something a person should know about an analysis that did not stop it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The input was not valid UTF-8; bad sequences became U+FFFD.
    InvalidUtf8 {
        /// Byte offset, in the raw input, of the first bad sequence.
        offset: usize,
    },
    /// The input holds nothing but whitespace.
    Empty,
    /// The article has text but nobody is quoted in it.
    NoQuotes,
}

impl Notice {
    /// Whether this is a warning (something is wrong with the input) rather
    /// than a note.
    pub fn is_warning(&self) -> bool {
        matches!(self, Notice::InvalidUtf8 { .. })
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte offset {offset}; bad bytes were replaced with U+FFFD")
            }
            Notice::Empty => f.write_str("the article is empty; the report is empty"),
            Notice::NoQuotes => f.write_str("nobody is quoted in the article; the report is empty"),
        }
    }
}

impl Analysis {
    /// What to tell the user about this analysis, most serious first.
    pub fn notices(&self) -> Vec<Notice> {
        let mut notices = Vec::new();
        if let Some(offset) = self.input.invalid_utf8_at {
            notices.push(Notice::InvalidUtf8 { offset });
        }
        if self.input.text().trim().is_empty() {
            notices.push(Notice::Empty);
        } else if self.report.utterances.is_empty() {
            notices.push(Notice::NoQuotes);
        }
        notices
    }

    /// Writes [`Analysis::notices`] to stderr.
    pub fn print_notices(&self) {
        for notice in self.notices() {
            if notice.is_warning() {
                diag::warning(&self.input.label, notice);
            } else {
                diag::note(&self.input.label, notice);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis(bytes: &[u8]) -> Analysis {
        let input = Input::from_bytes("t.txt".into(), "t.txt".into(), bytes.to_vec()).unwrap();
        let (report, blocks) = analyze(input.text(), &input.source, &Classifier::new());
        Analysis { input, report, blocks }
    }

    #[test]
    fn report_names_its_source() {
        assert_eq!(analysis(b"Hello.").report.source, "t.txt");
    }

    #[test]
    fn notices() {
        assert_eq!(analysis(b"").notices(), vec![Notice::Empty]);
        assert_eq!(analysis(b" \r\n\n\t").notices(), vec![Notice::Empty]);
        assert_eq!(analysis(b"The sky is blue.").notices(), vec![Notice::NoQuotes]);
        assert_eq!(analysis(b"caf\xE9").notices(), vec![Notice::InvalidUtf8 { offset: 3 }, Notice::NoQuotes]);
    }
}
