//! One line of the learned layer's weight table (`data/learned.tsv`) read,
//! and the packing of its words into integer keys.
//!
//! The crate's build script reads the shipped table with this module and
//! writes it out as Rust arrays (so no process parses thousands of rows of
//! decimals at start-up), and the crate's tests read small tables with it:
//! one reader, included in both by path, so the compiled table and a table
//! read at run time cannot differ in how a row or a word is read.

/// The longest word [`pack`] packs: 16 bytes, one per octet of a `u128`.
pub(crate) const PACKED: usize = 16;

/// A word of at most [`PACKED`] bytes packed into an integer, first byte
/// highest. No word byte is zero, so two words pack alike only if they are
/// the same word.
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    (word.len() <= PACKED).then(|| word.iter().fold(0, |key, &b| key << 8 | u128::from(b)))
}

/// One row of the table, read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Line<'a> {
    /// `@temperature`: what the scores are divided by.
    Temperature(f64),
    /// `w:WORD`, a word of the utterances.
    Word(&'a str, [f64; 4]),
    /// `f:WORD`, a word of the utterances' frames.
    Frame(&'a str, [f64; 4]),
    /// `b:WORD_WORD`, a pair of words, both packed.
    Pair(u128, u128, [f64; 4]),
    /// Any other feature, by its name.
    Other(&'a str, [f64; 4]),
}

/// Reads one line of the table: `None` for a comment, a blank line and a
/// malformed row (four weights that do not read, a temperature that is not
/// above zero, a pair without `_` or with a word too long to pack, which the
/// training script never keeps).
pub(crate) fn read(line: &str) -> Option<Line<'_>> {
    if line.starts_with('#') || line.is_empty() {
        return None;
    }
    let mut cols = line.split('\t');
    let key = cols.next()?;
    if key == "@temperature" {
        return cols.next().and_then(|c| c.parse::<f64>().ok()).filter(|t| *t > 0.0).map(Line::Temperature);
    }
    let mut w = [0.0; 4];
    if !w.iter_mut().all(|slot| cols.next().and_then(|c| c.parse().ok()).map(|x| *slot = x).is_some()) {
        return None;
    }
    Some(if let Some(word) = key.strip_prefix("w:") {
        Line::Word(word, w)
    } else if let Some(word) = key.strip_prefix("f:") {
        Line::Frame(word, w)
    } else if let Some(pair) = key.strip_prefix("b:") {
        let (a, b) = pair.split_once('_')?;
        Line::Pair(pack(a.as_bytes())?, pack(b.as_bytes())?, w)
    } else {
        Line::Other(key, w)
    })
}
