//! Where `batch` articles come from: the inputs read as one stream of
//! [`Item`]s, in chunks of bounded size.
//!
//! Reading is sequential and cheap: a JSONL input is only cut into lines
//! here, and a directory only listed; decoding, JSON parsing and file
//! reading happen in the workers ([`crate::batch`]). Directories are walked
//! lazily, one sorted listing per level, so neither a long JSONL file nor a
//! large directory tree is ever held whole.

use std::fs;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};

use crate::input::{Source, io_cause};

/// A chunk holds at most this many bytes of input (plus one item)...
///
/// About four chunks are alive at once (one being read, one analysed,
/// one written, and the records of one), each with records about five
/// times its text: 2 MB chunks peaked at 86–100 MB on two threads, 1 MB
/// chunks at 52–74 MB, with no change in speed.
const CHUNK_BYTES: usize = 1 << 20;
/// ... and at most this many items.
const CHUNK_ITEMS: usize = 4096;

/// One unit of work.
#[derive(Debug)]
pub enum Item {
    /// One non-blank line of a JSONL input, not yet decoded.
    Line {
        /// Index of the input among the PATHs.
        input: usize,
        /// 1-based line number.
        line: usize,
        /// The line without its line ending.
        bytes: Vec<u8>,
        /// Bytes read for it, line ending included.
        size: u64,
    },
    /// One `*.txt` file of a directory, not yet read.
    File {
        /// Index of the input among the PATHs.
        input: usize,
        /// The path relative to the directory, with `/` separators.
        id: String,
        /// The path to open.
        path: PathBuf,
        /// The size the directory listing gave.
        size: u64,
    },
    /// An input, a line or a directory that could not be read at all.
    Failed {
        /// Index of the input among the PATHs.
        input: usize,
        /// The line number, when reading a JSONL input failed part way.
        line: Option<usize>,
        /// The relative path, for a directory inside an input.
        id: Option<String>,
        /// Why.
        error: String,
    },
}

impl Item {
    /// Roughly how many bytes of input the item stands for.
    fn weight(&self) -> usize {
        match self {
            Item::Line { bytes, .. } => bytes.len(),
            Item::File { size, .. } => usize::try_from(*size).unwrap_or(usize::MAX),
            Item::Failed { .. } => 0,
        }
    }
}

/// The inputs of one run, read in order.
pub struct Reader {
    inputs: Vec<Source>,
    next: usize,
    state: State,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader").field("inputs", &self.inputs).field("next", &self.next).finish_non_exhaustive()
    }
}

enum State {
    /// Between inputs.
    Idle,
    Jsonl {
        input: usize,
        reader: Box<dyn BufRead + Send>,
        line: usize,
    },
    Dir {
        input: usize,
        /// One listing per open level, each reversed so that `pop` gives the
        /// next entry in order.
        stack: Vec<Vec<Entry>>,
    },
}

/// An entry of a directory listing.
struct Entry {
    /// Path relative to the input directory, with `/` separators.
    rel: String,
    path: PathBuf,
    /// `Some(size)` for a `*.txt` file, `None` for a directory.
    file: Option<u64>,
}

impl Reader {
    /// A reader over the inputs, in the order given.
    pub fn new(inputs: Vec<Source>) -> Reader {
        Reader { inputs, next: 0, state: State::Idle }
    }

    /// The next chunk: up to [`CHUNK_ITEMS`] items and about
    /// [`CHUNK_BYTES`] bytes. Empty when every input is exhausted.
    pub fn next_chunk(&mut self) -> Vec<Item> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        while chunk.len() < CHUNK_ITEMS && bytes < CHUNK_BYTES {
            let Some(item) = self.next_item() else { break };
            bytes += item.weight();
            chunk.push(item);
        }
        chunk
    }

    fn next_item(&mut self) -> Option<Item> {
        loop {
            match &mut self.state {
                State::Idle => {
                    let input = self.next;
                    let source = self.inputs.get(input)?.clone();
                    self.next += 1;
                    match open(&source) {
                        Ok(Opened::Jsonl(reader)) => self.state = State::Jsonl { input, reader, line: 0 },
                        Ok(Opened::Dir(root)) => match list(&root, "") {
                            Ok(listing) => self.state = State::Dir { input, stack: vec![listing] },
                            Err(e) => return Some(Item::Failed { input, line: None, id: None, error: io_cause(&e) }),
                        },
                        Err(e) => return Some(Item::Failed { input, line: None, id: None, error: io_cause(&e) }),
                    }
                }
                State::Jsonl { input, reader, line } => {
                    let input = *input;
                    *line += 1;
                    let mut bytes = Vec::new();
                    match reader.read_until(b'\n', &mut bytes) {
                        Ok(0) => self.state = State::Idle,
                        Ok(n) => {
                            let size = n as u64;
                            if bytes.last() == Some(&b'\n') {
                                bytes.pop();
                            }
                            if bytes.last() == Some(&b'\r') {
                                bytes.pop();
                            }
                            if *line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
                                bytes.drain(..3);
                            }
                            // Blank lines (a trailing one, or spacing) are not records.
                            if bytes.iter().all(u8::is_ascii_whitespace) {
                                continue;
                            }
                            return Some(Item::Line { input, line: *line, bytes, size });
                        }
                        Err(e) => {
                            let line = Some(*line);
                            self.state = State::Idle;
                            return Some(Item::Failed { input, line, id: None, error: io_cause(&e) });
                        }
                    }
                }
                State::Dir { input, stack } => {
                    let input = *input;
                    let Some(level) = stack.last_mut() else {
                        self.state = State::Idle;
                        continue;
                    };
                    let Some(entry) = level.pop() else {
                        stack.pop();
                        continue;
                    };
                    match entry.file {
                        Some(size) => return Some(Item::File { input, id: entry.rel, path: entry.path, size }),
                        None => match list(&entry.path, &entry.rel) {
                            Ok(listing) => stack.push(listing),
                            Err(e) => {
                                return Some(Item::Failed {
                                    input,
                                    line: None,
                                    id: Some(entry.rel),
                                    error: io_cause(&e),
                                });
                            }
                        },
                    }
                }
            }
        }
    }
}

enum Opened {
    Jsonl(Box<dyn BufRead + Send>),
    Dir(PathBuf),
}

/// Big reads: lines are cut with memchr inside the buffer.
const READ_BUFFER: usize = 256 << 10;

fn open(source: &Source) -> io::Result<Opened> {
    match source {
        Source::Stdin => {
            if io::stdin().is_terminal() {
                // As in `report`: otherwise a user who forgot the PATH sees
                // a silent, apparently hung program.
                crate::diag::note("<stdin>", "reading JSONL from standard input (end it with Ctrl-D)");
            }
            Ok(Opened::Jsonl(Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin()))))
        }
        Source::File(path) => {
            if fs::metadata(path)?.is_dir() {
                return Ok(Opened::Dir(path.clone()));
            }
            let file = fs::File::open(path)?;
            Ok(Opened::Jsonl(Box::new(BufReader::with_capacity(READ_BUFFER, file))))
        }
    }
}

/// The `*.txt` files and the subdirectories of `dir`, sorted by name (byte
/// order), reversed for popping.
///
/// Symbolic links to files are followed; links to directories are not, so
/// a link cycle cannot make the walk endless.
fn list(dir: &Path, rel: &str) -> io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let path = entry.path();
        let mut kind = entry.file_type()?;
        let mut size = None;
        if kind.is_symlink() {
            // A dangling link is skipped like any other non-article.
            let Ok(meta) = fs::metadata(&path) else { continue };
            if meta.is_dir() {
                continue;
            }
            kind = meta.file_type();
            size = Some(meta.len());
        }
        let rel = if rel.is_empty() {
            name.to_string_lossy().into_owned()
        } else {
            format!("{rel}/{}", name.to_string_lossy())
        };
        if kind.is_dir() {
            entries.push((name, Entry { rel, path, file: None }));
        } else if kind.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            let size = match size {
                Some(s) => s,
                None => entry.metadata().map(|m| m.len()).unwrap_or(0),
            };
            entries.push((name, Entry { rel, path, file: Some(size) }));
        }
    }
    entries.sort_by(|a, b| b.0.as_encoded_bytes().cmp(a.0.as_encoded_bytes()));
    Ok(entries.into_iter().map(|(_, e)| e).collect())
}

/// Reads one article file of a directory, refusing a directory that took
/// its place since the listing.
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(io::Error::from(io::ErrorKind::IsADirectory));
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The total size of the inputs, when every one is a regular file (for the
/// progress bar); `None` when one is stdin or a directory.
pub fn total_size(inputs: &[Source]) -> Option<u64> {
    inputs.iter().try_fold(0, |sum, s| match s {
        Source::File(path) => fs::metadata(path).ok().filter(|m| m.is_file()).map(|m| sum + m.len()),
        Source::Stdin => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(dir: &Path) -> Vec<String> {
        let mut reader = Reader::new(vec![Source::File(dir.to_path_buf())]);
        let mut out = Vec::new();
        loop {
            let chunk = reader.next_chunk();
            if chunk.is_empty() {
                break;
            }
            for item in chunk {
                match item {
                    Item::File { id, .. } => out.push(id),
                    other => panic!("{other:?}"),
                }
            }
        }
        out
    }

    #[test]
    fn directories_are_walked_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in ["b.txt", "a/z.txt", "a/b/c.TXT", "a-c.txt", "notes.md", "a/b/skip.json", "0.txt"] {
            let path = root.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "x").unwrap();
        }
        fs::create_dir_all(root.join("empty")).unwrap();
        // Component by component: `a/...` comes after `a-c.txt` ('-' < 'a'
        // as a name, and the name `a` sorts before `a-c.txt`).
        assert_eq!(ids(root), vec!["0.txt", "a/b/c.TXT", "a/z.txt", "a-c.txt", "b.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn directory_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("d")).unwrap();
        fs::write(root.join("d/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root, root.join("d/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("d/a.txt"), root.join("link.txt")).unwrap();
        assert_eq!(ids(root), vec!["d/a.txt", "link.txt"]);
    }

    #[test]
    fn lines_are_cut_and_blank_lines_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        fs::write(&path, b"\xEF\xBB\xBF{\"a\":1}\r\n\n  \n{\"b\":2}").unwrap();
        let mut reader = Reader::new(vec![Source::File(path)]);
        let chunk = reader.next_chunk();
        let lines: Vec<(usize, &[u8], u64)> = chunk
            .iter()
            .map(|i| match i {
                Item::Line { line, bytes, size, .. } => (*line, bytes.as_slice(), *size),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(lines, vec![(1, &b"{\"a\":1}"[..], 12), (4, &b"{\"b\":2}"[..], 7)]);
        assert!(reader.next_chunk().is_empty());
    }

    #[test]
    fn chunks_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        let line = format!("{{\"text\":\"{}\"}}\n", "a".repeat(1000));
        fs::write(&path, line.repeat(5000)).unwrap();
        let mut reader = Reader::new(vec![Source::File(path)]);
        let sizes: Vec<usize> = std::iter::from_fn(|| Some(reader.next_chunk().len()).filter(|&n| n > 0)).collect();
        assert_eq!(sizes.iter().sum::<usize>(), 5000);
        assert!(sizes.iter().all(|&n| n * 1011 <= CHUNK_BYTES + 1011), "{sizes:?}");
        assert!(sizes.len() > 1);
    }

    #[test]
    fn a_missing_input_is_one_failed_item() {
        let mut reader = Reader::new(vec![Source::File("no/such.jsonl".into())]);
        let chunk = reader.next_chunk();
        assert_eq!(chunk.len(), 1);
        assert!(
            matches!(&chunk[0], Item::Failed { input: 0, line: None, error, .. } if error == "no such file or directory")
        );
    }
}
