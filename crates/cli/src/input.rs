//! Reading an article: bytes from a file or stdin, checked and decoded.
//!
//! The rules, as users expect them:
//! - a file with a NUL byte looks binary and is refused, as is UTF-16 (whose
//!   text is full of NUL bytes);
//! - invalid UTF-8 is decoded lossily, and the byte offset (in the file) of
//!   the first bad sequence is kept for one warning;
//! - a leading byte order mark is dropped before parsing, so report offsets
//!   count from the first byte after it;
//! - `\r\n` and lone `\r` line endings become `\n`, as Python's universal
//!   newlines read them, so report offsets agree with such tools;
//! - a directory is refused with a pointer to `standpoint batch`.

use std::fmt;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input, named `-`.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// `-` is stdin; anything else is a path (write `./-` for a file named `-`).
    pub fn from_arg(path: PathBuf) -> Source {
        if path.as_os_str() == "-" { Source::Stdin } else { Source::File(path) }
    }

    /// The name used in reports: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }

    /// The name used in messages: the path as given, or `<stdin>`.
    pub fn label(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(_) => self.name(),
        }
    }
}

/// A decoded article.
#[derive(Debug, Clone)]
pub struct Input {
    /// The name for reports: the path as given, or `-`.
    pub source: String,
    /// The name for messages: the path as given, or `<stdin>`.
    pub label: String,
    /// The decoded text, BOM included (see [`Input::text`]).
    decoded: String,
    /// Whether `decoded` starts with a byte order mark.
    bom: bool,
    /// Byte offset in the raw input of the first invalid UTF-8 sequence.
    pub invalid_utf8_at: Option<usize>,
}

impl Input {
    /// Reads and decodes an article.
    pub fn read(source: &Source) -> Result<Input, Error> {
        let label = source.label();
        let bytes = match source {
            Source::Stdin => {
                let mut stdin = io::stdin().lock();
                if stdin.is_terminal() {
                    // Otherwise a first-time user who forgot the file name
                    // sees a silent, apparently hung program.
                    crate::diag::note(&label, "reading the article from standard input (end it with Ctrl-D)");
                }
                let mut bytes = Vec::new();
                stdin.read_to_end(&mut bytes).map_err(|e| Error::io(&label, e))?;
                bytes
            }
            Source::File(path) => read_file(path).map_err(|e| Error::io(&label, e))?,
        };
        Input::from_bytes(source.name(), label, bytes)
    }

    /// Checks and decodes bytes already read; `source` and `label` are the
    /// names for reports and for messages.
    pub fn from_bytes(source: String, label: String, bytes: Vec<u8>) -> Result<Input, Error> {
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(Error { label, kind: ErrorKind::Utf16 });
        }
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(Error { label, kind: ErrorKind::Binary { offset } });
        }
        let (decoded, invalid_utf8_at) = match String::from_utf8(bytes) {
            // The common case costs no copy.
            Ok(text) => (text, None),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(offset))
            }
        };
        // Line endings become `\n`, as Python's universal newlines make them,
        // so report offsets agree with tools that read text that way.
        let decoded = match standpoint_core::normalize_line_endings(&decoded) {
            std::borrow::Cow::Borrowed(_) => decoded,
            std::borrow::Cow::Owned(normalized) => normalized,
        };
        Ok(Input { source, label, bom: decoded.starts_with('\u{FEFF}'), decoded, invalid_utf8_at })
    }

    /// The text to parse: decoded, without a leading byte order mark.
    ///
    /// Offsets in reports are byte offsets into this text.
    pub fn text(&self) -> &str {
        if self.bom { &self.decoded['\u{FEFF}'.len_utf8()..] } else { &self.decoded }
    }
}

/// Reads a file, refusing directories before trying (reading one fails with
/// an OS-specific error, or not at all on some systems).
fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    if std::fs::metadata(path)?.is_dir() {
        return Err(io::Error::from(io::ErrorKind::IsADirectory));
    }
    std::fs::read(path)
}

/// Why an article could not be read.
#[derive(Debug)]
pub struct Error {
    /// The input's name for messages.
    label: String,
    kind: ErrorKind,
}

/// The kind of an [`Error`].
#[derive(Debug)]
pub enum ErrorKind {
    /// The path does not exist.
    NotFound,
    /// The path cannot be read by this user.
    PermissionDenied,
    /// The path is a directory.
    Directory,
    /// The input has a NUL byte at this offset.
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// The input starts with a UTF-16 byte order mark.
    Utf16,
    /// Any other I/O error.
    Io(io::Error),
}

impl Error {
    fn io(label: &str, err: io::Error) -> Error {
        let kind = match err.kind() {
            io::ErrorKind::NotFound => ErrorKind::NotFound,
            io::ErrorKind::PermissionDenied => ErrorKind::PermissionDenied,
            io::ErrorKind::IsADirectory => ErrorKind::Directory,
            _ => ErrorKind::Io(err),
        };
        Error { label: label.to_string(), kind }
    }
}

const NOT_FOUND: &str = "no such file or directory";
const PERMISSION_DENIED: &str = "permission denied";

/// The cause of an I/O error in the words of the rest of our messages:
/// lowercase, and without the `(os error N)` noise for the common cases.
pub fn io_cause(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => NOT_FOUND.into(),
        io::ErrorKind::PermissionDenied => PERMISSION_DENIED.into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => err.to_string(),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.label)?;
        match &self.kind {
            ErrorKind::NotFound => f.write_str(NOT_FOUND),
            ErrorKind::PermissionDenied => f.write_str(PERMISSION_DENIED),
            ErrorKind::Directory => {
                f.write_str("is a directory; to report on every article in it, use `standpoint batch`")
            }
            ErrorKind::Binary { offset } => {
                write!(f, "looks binary (NUL byte at offset {offset}); standpoint reads plain-text articles")
            }
            ErrorKind::Utf16 => f.write_str(
                "is UTF-16; standpoint reads UTF-8 (convert it first, e.g. with `iconv -f UTF-16 -t UTF-8`)",
            ),
            ErrorKind::Io(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<Input, Error> {
        Input::from_bytes("a.txt".into(), "a.txt".into(), bytes.to_vec())
    }

    #[test]
    fn plain_utf8_is_kept_as_is() {
        let input = decode("“We are in no rush,” he said.\n".as_bytes()).unwrap();
        assert_eq!(input.text(), "“We are in no rush,” he said.\n");
        assert_eq!(input.invalid_utf8_at, None);
    }

    #[test]
    fn line_endings_become_newlines() {
        // As Python's universal newlines read them, so offsets agree with score.py.
        let input = decode(b"One.\r\nTwo.\rThree.\n").unwrap();
        assert_eq!(input.text(), "One.\nTwo.\nThree.\n");
    }

    #[test]
    fn bom_is_dropped() {
        let input = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(input.text(), "Hello");
        // Only a leading BOM is special.
        let input = decode("a\u{FEFF}b".as_bytes()).unwrap();
        assert_eq!(input.text(), "a\u{FEFF}b");
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_the_first_offset() {
        let input = decode(b"ab\xFFcd\xC3").unwrap();
        assert_eq!(input.text(), "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(input.invalid_utf8_at, Some(2));
        // The offset is in the raw input, BOM included.
        let input = decode(b"\xEF\xBB\xBFok \xE2\x80").unwrap();
        assert_eq!(input.text(), "ok \u{FFFD}");
        assert_eq!(input.invalid_utf8_at, Some(6));
    }

    #[test]
    fn nul_bytes_are_refused() {
        let err = decode(b"PK\x03\x04\x00\x00").unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Binary { offset: 4 }));
        assert_eq!(err.to_string(), "a.txt: looks binary (NUL byte at offset 4); standpoint reads plain-text articles");
    }

    #[test]
    fn utf16_is_refused_by_name() {
        let err = decode(b"\xFF\xFEH\x00i\x00").unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Utf16));
    }

    #[test]
    fn empty_input_is_fine() {
        assert_eq!(decode(b"").unwrap().text(), "");
    }

    #[test]
    fn io_errors_name_the_cause() {
        let err = Error::io("x", io::Error::from(io::ErrorKind::NotFound));
        assert_eq!(err.to_string(), "x: no such file or directory");
        let err = Error::io("s", io::Error::from(io::ErrorKind::PermissionDenied));
        assert_eq!(err.to_string(), "s: permission denied");
        let err = Error::io("t", io::Error::other("disk on fire"));
        assert_eq!(err.to_string(), "t: disk on fire");
        let err = Error::io("d", io::Error::from(io::ErrorKind::IsADirectory));
        assert!(err.to_string().contains("standpoint batch"), "{err}");
    }
}
