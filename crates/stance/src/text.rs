//! Normalized views of article text: lowercase ASCII, straight apostrophes
//! and quotes, one space per run of whitespace, with a map back to the
//! article's byte offsets. Words, clauses and sentences are found once per
//! view and referred to by index, so nothing is allocated per word.

/// A normalized copy of a stretch of the article.
#[derive(Debug)]
pub(crate) struct Norm {
    /// The normalized text.
    pub buf: String,
    /// The article offset that `buf`'s first byte came from (when it has
    /// one), and each following byte up to the first mark from one byte
    /// further on.
    origin: usize,
    /// Where each later byte of `buf` came from, stored sparsely: `(i, at)`
    /// says that byte `i` came from the character at article offset `at`,
    /// and each following byte up to the next mark from one byte further
    /// on. Most text is ASCII copied byte for byte, so a mark is needed
    /// only after a collapsed run of whitespace or around a character whose
    /// width changed; a dense map would cost eight bytes per byte. Most
    /// spans need none, and so allocate none.
    marks: Vec<(usize, usize)>,
    /// The article offset the next byte of `buf` has when it continues the
    /// last mark; while building, a byte elsewhere needs a new mark.
    next: usize,
}

/// A word of a [`Norm`], with the clause and sentence it belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub clause: usize,
    pub sentence: usize,
}

/// A normalized span with its words: what every pass over an utterance
/// starts from, built once per utterance and shared.
#[derive(Debug)]
pub(crate) struct View {
    pub norm: Norm,
    pub words: Vec<Word>,
}

impl View {
    /// Normalizes `article[start..end]` and splits it into words.
    pub(crate) fn new(article: &str, start: usize, end: usize) -> View {
        let norm = Norm::new(article, start, end);
        let words = norm.words();
        View { norm, words }
    }

    /// The view of `article[start..end]` cut out of `outer`, a view of a
    /// stretch that holds it: the same text, offsets and words as
    /// [`View::new`] gives, for a copy instead of a second normalization.
    /// `None` when the cut would not be the same (the span opens with
    /// whitespace or is empty, or a word of `outer` runs across one of its
    /// ends); the caller then normalizes the span itself.
    pub(crate) fn cut(outer: &View, start: usize, end: usize) -> Option<View> {
        let n = &outer.norm;
        let b = n.buf.as_bytes();
        // The first normalized byte from the span on, and the first from
        // its end on (sources only grow along the buffer).
        let from = n.first_from(start);
        let to = n.first_from(end);
        if from >= to || b[from] == b' ' || n.at(from) != start {
            return None;
        }
        // A word (or a joiner and a word byte) on either side of an end
        // would split differently without the text beyond it.
        let joined = |i: usize| matches!(b[i], b'\'' | b'-' | b'.');
        if from > 0 && (word_byte(b[from - 1]) || (joined(from - 1) && from >= 2 && word_byte(b[from - 2]))) {
            return None;
        }
        if to < b.len() && (word_byte(b[to]) || (joined(to) && to + 1 < b.len() && word_byte(b[to + 1]))) {
            return None;
        }
        let first = outer.words.partition_point(|w| w.start < from);
        let last = outer.words.partition_point(|w| w.end <= to);
        let (clause, sentence) = outer.words.get(first).map_or((0, 0), |w| (w.clause, w.sentence));
        let words = outer.words[first..last.max(first)]
            .iter()
            .map(|w| Word {
                start: w.start - from,
                end: w.end - from,
                clause: w.clause - clause,
                sentence: w.sentence - sentence,
            })
            .collect();
        // The marks inside the cut; its start is its origin.
        let k = n.marks.partition_point(|m| m.0 <= from);
        let marks = n.marks[k..].iter().take_while(|m| m.0 < to).map(|&(i, at)| (i - from, at)).collect();
        let norm = Norm { buf: n.buf[from..to].to_string(), origin: start, marks, next: 0 };
        Some(View { norm, words })
    }
}

/// Which bytes make up words: ASCII letters and digits, and every byte of a
/// non-ASCII character. A table, as this is asked of every byte.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    table
};

fn word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// The ASCII bytes that normalize to themselves, lowercased: all but
/// whitespace and the backtick. A table, as this is asked of every byte.
static PLAIN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !ascii_space(b as u8) && b != b'`' as usize;
        b += 1;
    }
    table
};

/// Every byte of a `u64` set to `b`.
pub(crate) const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The high bit of each byte of `x` that equals `b`, and no other bit.
pub(crate) const fn bytes_equal(x: u64, b: u8) -> u64 {
    let t = x ^ splat(b);
    !(((t & splat(0x7F)) + splat(0x7F)) | t) & splat(0x80)
}

/// Whether eight bytes (little-endian in `x`, after the byte `before`) are
/// all plain in the sense of the byte loop of [`Norm::new`]: ASCII from `!`
/// on but the backtick, or a space after anything but a space. It may say
/// no to plain bytes (control bytes are left to the byte loop), never yes
/// to others.
fn plain_eight(x: u64, before: u8) -> bool {
    const HIGH: u64 = splat(0x80);
    if x & HIGH != 0 {
        return false;
    }
    // As every byte is below 0x80, adding 0x60 carries into the high bit
    // exactly the bytes from 0x20 on, and never into the next byte.
    if (x + splat(0x60)) & HIGH != HIGH || bytes_equal(x, b'`') != 0 {
        return false;
    }
    let spaces = bytes_equal(x, b' ');
    spaces & (spaces << 8) == 0 && !(before == b' ' && spaces & 0x80 != 0)
}

/// The eight bytes of `bytes` from `i`, little-endian; a chunk that runs
/// past the end is padded with zero bytes, which lowercase (`| 0x20`) to a
/// space, the first byte of no word, so the tail needs no byte loop.
pub(crate) fn chunk_at(bytes: &[u8], i: usize) -> u64 {
    let chunk = match bytes.get(i..i + 8) {
        Some(chunk) => chunk.try_into().unwrap_or([0; 8]),
        None => {
            let mut last = [0; 8];
            last[..bytes.len() - i].copy_from_slice(&bytes[i..]);
            last
        }
    };
    u64::from_le_bytes(chunk)
}

/// Whether `bytes` hold `word` (lowercase ASCII letters, at least one) in
/// any ASCII case anywhere, as a scan of every position would find it:
/// eight bytes at a time, looking closer only where a chunk has the first
/// letter (`| 0x20` lowercases exactly its two cases).
pub(crate) fn holds_ascii_word(bytes: &[u8], word: &[u8]) -> bool {
    let Some((&first, rest)) = word.split_first() else {
        return true;
    };
    let at = |i: usize| {
        bytes[i] | 0x20 == first && bytes.get(i + 1..i + 1 + rest.len()).is_some_and(|r| r.eq_ignore_ascii_case(rest))
    };
    let mut i = 0;
    while i < bytes.len() {
        // The tail is read as a chunk too (see `chunk_at`).
        let mut hits = bytes_equal(chunk_at(bytes, i) | splat(0x20), first);
        while hits != 0 {
            if at(i + hits.trailing_zeros() as usize / 8) {
                return true;
            }
            hits &= hits - 1;
        }
        i += 8;
    }
    false
}

/// Whether an ASCII byte is whitespace in the sense of [`char::is_whitespace`]
/// (which, unlike [`u8::is_ascii_whitespace`], includes the vertical tab).
const fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

impl Norm {
    /// Normalizes `article[start..end]`; the span must lie on char boundaries.
    pub(crate) fn new(article: &str, start: usize, end: usize) -> Norm {
        let text = article.get(start..end).unwrap_or("");
        let bytes = text.as_bytes();
        // A span needs a mark around each curly quote or collapsed line
        // break, and most have none.
        let mut n = Norm { buf: String::with_capacity(text.len()), origin: 0, marks: Vec::new(), next: 0 };
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if PLAIN_BYTES[usize::from(b)] {
                // A run of ASCII that is copied as it is and lowercased:
                // everything but whitespace and backticks, and a single
                // space after a byte of the run (collapsing never applies
                // to it). This is the bulk of any English article.
                let mut j = i + 1;
                // Eight bytes at a time while a whole word of them is
                // plain; the loop below finds where the run really ends.
                while let Some(chunk) = bytes.get(j..j + 8) {
                    let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                    if !plain_eight(x, bytes[j - 1]) {
                        break;
                    }
                    j += 8;
                }
                while j < bytes.len() {
                    let c = bytes[j];
                    let plain = PLAIN_BYTES[usize::from(c)] || (c == b' ' && bytes[j - 1] != b' ');
                    if !plain {
                        break;
                    }
                    j += 1;
                }
                // (Lowercased with the rest of the buffer below.)
                n.push(&text[i..j], start + i, true);
                i = j;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            let at = start + i;
            i += c.len_utf8();
            let mut utf8 = [0u8; 4];
            let piece = fold(c, &mut utf8);
            if piece == " " && (n.buf.is_empty() || n.buf.ends_with(' ')) {
                continue;
            }
            n.push(piece, at, false);
        }
        // The plain runs are lowercased here, in one pass over the whole
        // buffer rather than one per run (a span has a run between each
        // two curly quotes or line breaks): the other pieces are
        // lowercase already, or not ASCII, which this leaves as it is.
        n.buf.make_ascii_lowercase();
        n
    }

    /// Appends `piece`, which came from article offset `at`: byte for byte
    /// when `linear`, else every byte of it from the one character at `at`.
    fn push(&mut self, piece: &str, at: usize, linear: bool) {
        let first = self.buf.len();
        if first == 0 {
            self.origin = at;
        } else if at != self.next {
            self.marks.push((first, at));
        }
        self.buf.push_str(piece);
        if linear {
            self.next = at + piece.len();
        } else {
            self.marks.extend((first + 1..self.buf.len()).map(|k| (k, at)));
            self.next = at + 1;
        }
    }

    /// The article offset of the character that `buf[i]` came from; `i`
    /// must be less than `buf.len()`.
    fn at(&self, i: usize) -> usize {
        // The last mark at or before `i`, or else the origin.
        let k = self.marks.partition_point(|m| m.0 <= i);
        let (from, at) = k.checked_sub(1).map_or((0, self.origin), |k| self.marks[k]);
        at + (i - from)
    }

    /// The index of the first byte of `buf` that came from article offset
    /// `offset` or later (`buf.len()` when none did).
    fn first_from(&self, offset: usize) -> usize {
        // The last mark from before the offset (or else the origin): its
        // run reaches the offset unless the next mark comes first.
        if self.buf.is_empty() || self.origin >= offset {
            return 0;
        }
        let k = self.marks.partition_point(|m| m.1 < offset);
        let (i, at) = k.checked_sub(1).map_or((0, self.origin), |k| self.marks[k]);
        let next = self.marks.get(k).map_or(self.buf.len(), |m| m.0);
        // A piece wider than its character (an ellipsis) has a mark per
        // byte, all at one offset: none of them is from the offset on.
        (i + (offset - at)).min(next)
    }

    /// The article byte range of `buf[start..end]`.
    pub(crate) fn article_span(&self, article: &str, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.buf.len() {
            let at = if start < self.buf.len() { self.at(start) } else { 0 };
            return (at, at);
        }
        let last = self.at(end - 1);
        let width = article.get(last..).and_then(|s| s.chars().next()).map_or(0, char::len_utf8);
        (self.at(start), last + width)
    }

    /// Splits the buffer into words and numbers the clauses and sentences.
    ///
    /// A sentence ends at `.`, `!` or `?` followed by a space, a quote or the
    /// end; a clause also ends at `,`, `;`, `:`, brackets and a spaced dash.
    /// A dot between letters (`U.S.`) stays inside the word.
    pub(crate) fn words(&self) -> Vec<Word> {
        let b = self.buf.as_bytes();
        // English averages a little over five bytes per word with its
        // space; reserving that up front saves most of the regrowth.
        let mut words = Vec::with_capacity(b.len() / 5 + 1);
        // The clause and sentence the next word opens or continues: the
        // last word's, or one past them when a mark since closed its
        // clause or sentence. Kept as the values to write rather than as
        // flags to apply, so that a word (far more common than a mark)
        // takes them as they are.
        let (mut clause, mut sentence) = (0, 0);
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            match BYTE_CLASSES[usize::from(c)] {
                // Spaces and most marks, the commonest bytes between words:
                // settled by the one lookup.
                ByteClass::Other => i += 1,
                ByteClass::Word => {
                    let start = i;
                    i = word_end(b, i + 1);
                    words.push(Word { start, end: i, clause, sentence });
                    // The space after a word, the commonest byte between
                    // words, closes nothing: it is passed over here rather
                    // than classed by the next turn of the loop.
                    if b.get(i) == Some(&b' ') {
                        i += 1;
                    }
                }
                class => {
                    // Before the first word, no mark closes anything.
                    if let Some(last) = words.last() {
                        match class {
                            ByteClass::Ender => {
                                let next = b.get(i + 1).copied();
                                let abbreviation =
                                    c == b'.' && last.end == i && is_abbreviation(&self.buf[last.start..last.end]);
                                if !abbreviation && matches!(next, None | Some(b' ' | b'"' | b'\'' | b')' | b'.')) {
                                    (clause, sentence) = (last.clause + 1, last.sentence + 1);
                                }
                            }
                            ByteClass::Clause => clause = last.clause + 1,
                            // A dash, the one mark left.
                            _ => {
                                let spaced =
                                    i > 0 && b[i - 1] == b' ' && matches!(b.get(i + 1).copied(), Some(b' ') | None);
                                if spaced || b.get(i + 1) == Some(&b'-') {
                                    clause = last.clause + 1;
                                }
                            }
                        }
                    }
                    i += 1;
                }
            }
        }
        words
    }
}

/// How [`Norm::words`] reads a byte where no word is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// A byte of a word (see [`word_byte`]): a word starts.
    Word,
    /// `.`, `!` or `?`: may end a sentence.
    Ender,
    /// `,`, `;`, `:` or a bracket: ends a clause.
    Clause,
    /// `-`: ends a clause when spaced or doubled.
    Dash,
    /// Anything else: spaces, quotes, other marks.
    Other,
}

/// The [`ByteClass`] of each byte: one lookup per byte between words.
static BYTE_CLASSES: [ByteClass; 256] = {
    let mut table = [ByteClass::Other; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if WORD_BYTES[b] {
            ByteClass::Word
        } else {
            match b as u8 {
                b'.' | b'!' | b'?' => ByteClass::Ender,
                b',' | b';' | b':' | b'(' | b')' | b'[' | b']' => ByteClass::Clause,
                b'-' => ByteClass::Dash,
                _ => ByteClass::Other,
            }
        };
        b += 1;
    }
    table
};

/// Where the word whose bytes run on at `b[i]` ends: at the first byte
/// that is no word byte, unless it is a joiner (`'`, `-`, `.`) with a word
/// byte after it, which the word takes in and reads on from.
fn word_end(b: &[u8], mut i: usize) -> usize {
    loop {
        i = run_end(b, i);
        // The byte after the run is read alone first: it is nearly always
        // a space or a mark that joins nothing.
        if !matches!(b.get(i), Some(b'\'' | b'-' | b'.')) || !b.get(i + 1).is_some_and(|&next| word_byte(next)) {
            return i;
        }
        i += 2;
    }
}

/// Where the run of word bytes from `b[i]` on ends. Four bytes to one test
/// of the bounds: this reads every byte of every word of every view.
fn run_end(b: &[u8], mut i: usize) -> usize {
    while let Some(&[c0, c1, c2, c3]) = b.get(i..i + 4) {
        if !word_byte(c0) {
            return i;
        }
        if !word_byte(c1) {
            return i + 1;
        }
        if !word_byte(c2) {
            return i + 2;
        }
        if !word_byte(c3) {
            return i + 3;
        }
        i += 4;
    }
    i + b[i..].iter().position(|&c| !word_byte(c)).unwrap_or(b.len() - i)
}

/// One character of the text as the lexicon reads it: any whitespace is a
/// space (the caller collapses runs), curly quotes and primes are straight,
/// dashes are hyphens, an ellipsis is three dots, and letters are ASCII
/// lowercase.
fn fold(c: char, utf8: &mut [u8; 4]) -> &str {
    match c {
        c if c.is_whitespace() => " ",
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        c => c.to_ascii_lowercase().encode_utf8(utf8),
    }
}

/// Whether a word followed by a dot is an abbreviation rather than the end
/// of a sentence: `U.S.`, an initial, or a common title.
fn is_abbreviation(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "col", "corp", "dr", "gen", "gov", "inc", "jr", "lt", "ltd", "mr", "mrs", "ms", "no", "prof", "rep", "rev",
        "sen", "sgt", "sr", "st", "vs",
    ];
    word.contains('.') || word.len() == 1 || TITLES.contains(&word)
}

/// The index of the first word that ends after `pos`: the word containing
/// `pos`, or the next one.
pub(crate) fn word_at(words: &[Word], pos: usize) -> usize {
    words.partition_point(|w| w.end <= pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_space_and_curly_marks() {
        let text = "He said:  “It’s\n  GOOD…”";
        let n = Norm::new(text, 0, text.len());
        assert_eq!(n.buf, "he said: \"it's good...\"");
        let at = n.buf.find("good").unwrap();
        let (s, e) = n.article_span(text, at, at + 4);
        assert_eq!(&text[s..e], "GOOD");
        let (s, e) = n.article_span(text, at + 4, at + 7);
        assert_eq!(&text[s..e], "…");
    }

    #[test]
    fn maps_offsets_of_a_slice_back_to_the_article() {
        let text = "Intro. The plan is “ﬁne” and good.";
        let start = text.find("The").unwrap();
        let n = Norm::new(text, start, text.len());
        let at = n.buf.find("good").unwrap();
        let (s, e) = n.article_span(text, at, at + 4);
        assert_eq!(&text[s..e], "good");
    }

    /// The original char-by-char normalization with a dense offset map:
    /// the fast path must agree with it on the text and on every offset.
    fn reference(article: &str, start: usize, end: usize) -> (String, Vec<usize>) {
        let text = article.get(start..end).unwrap_or("");
        let mut buf = String::new();
        let mut map = Vec::new();
        for (i, c) in text.char_indices() {
            let mut utf8 = [0u8; 4];
            let piece = fold(c, &mut utf8);
            if piece == " " && (buf.is_empty() || buf.ends_with(' ')) {
                continue;
            }
            buf.push_str(piece);
            map.extend(std::iter::repeat_n(start + i, piece.len()));
        }
        (buf, map)
    }

    fn agrees_with_reference(text: &str) {
        let mut bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        bounds.truncate(40);
        for &start in &bounds {
            let n = Norm::new(text, start, text.len());
            let (buf, map) = reference(text, start, text.len());
            assert_eq!(n.buf, buf, "{text:?} from {start}");
            for (i, &at) in map.iter().enumerate() {
                assert_eq!(n.at(i), at, "{text:?} from {start}, byte {i}");
            }
            for s in 0..=buf.len() + 1 {
                for e in s..=buf.len() + 1 {
                    let old = if s >= e || e > map.len() {
                        let at = map.get(s).copied().unwrap_or(0);
                        (at, at)
                    } else {
                        let last = map[e - 1];
                        let w = text.get(last..).and_then(|t| t.chars().next()).map_or(0, char::len_utf8);
                        (map[s], last + w)
                    };
                    assert_eq!(n.article_span(text, s, e), old, "{text:?} from {start}, {s}..{e}");
                }
            }
        }
    }

    #[test]
    fn the_fast_path_matches_the_reference() {
        for text in [
            "",
            " ",
            "\n\n",
            "A",
            "  Lead  space",
            "He said:  \u{201C}It\u{2019}s\n  GOOD\u{2026}\u{201D}",
            "Tab\there\u{000B}vt\u{000C}ff\r\ncrlf \u{00A0}nbsp\u{2003}em\u{3000}end ",
            "`Back`ticks `` and \u{2032}primes\u{2010}dash \u{2014} \u{2212}1",
            "Caf\u{00C9} na\u{00EF}ve \u{00AB}Guillemets\u{00BB} \u{FB01}ne \u{1F600} ok",
            "x  \u{0085}y",
            "Ends with spaces   ",
        ] {
            agrees_with_reference(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_eight_byte_test_never_accepts_a_byte_the_loop_stops_at(
            chunk in proptest::array::uniform8(proptest::sample::select(
                vec![b' ', b'a', b'Z', b'`', b'\t', b'\n', 0x0B, 0x01, 0x1F, b'!', 0x7F, 0x80, 0xE2, b'\'']
            )),
            before in proptest::sample::select(vec![b' ', b'a', b'\n']),
        ) {
            let x = u64::from_le_bytes(chunk);
            let each = (0..8).all(|k| {
                let prev = if k == 0 { before } else { chunk[k - 1] };
                PLAIN_BYTES[usize::from(chunk[k])] || (chunk[k] == b' ' && prev != b' ')
            });
            proptest::prop_assert!(!plain_eight(x, before) || each);
            // And it accepts what it should: printable ASCII, single spaces.
            let printable = chunk.iter().all(|&b| (0x20..0x7F).contains(&b) && b != b'`') && each;
            proptest::prop_assert!(!printable || plain_eight(x, before));
        }

        #[test]
        fn any_mix_of_special_characters_matches_the_reference(
            text in "[aZ9 \t\n\r\u{0B}\u{0C}`'\u{2018}\u{2019}\u{201C}\u{2026}\u{2014}\u{2212}\u{00E9}\u{00A0}\u{2003}\u{00AB}\u{1F600}.,-]{0,24}"
        ) {
            agrees_with_reference(&text);
        }
    }

    #[test]
    fn the_eight_byte_test_reads_a_space_after_the_byte_before() {
        assert!(plain_eight(u64::from_le_bytes(*b"a plan, "), b'x'));
        assert!(!plain_eight(u64::from_le_bytes(*b" a plan,"), b' '));
    }

    /// Every cut [`View::cut`] agrees to make is the view [`View::new`]
    /// makes of the same span: text, offsets, words, clauses, sentences.
    fn cuts_agree(text: &str, outer_start: usize) {
        let outer = View::new(text, outer_start, text.len());
        let bounds: Vec<usize> = (outer_start..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut made = 0;
        for &s in &bounds {
            for &e in bounds.iter().filter(|&&e| e >= s) {
                let Some(cut) = View::cut(&outer, s, e) else { continue };
                made += 1;
                let fresh = View::new(text, s, e);
                assert_eq!(cut.norm.buf, fresh.norm.buf, "{text:?} {s}..{e}");
                for i in 0..fresh.norm.buf.len() {
                    assert_eq!(cut.norm.at(i), fresh.norm.at(i), "{text:?} {s}..{e}, byte {i}");
                }
                let key = |v: &View| v.words.iter().map(|w| (w.start, w.end, w.clause, w.sentence)).collect::<Vec<_>>();
                assert_eq!(key(&cut), key(&fresh), "{text:?} {s}..{e}");
            }
        }
        assert!(made > 0 || text.trim().is_empty(), "{text:?}: no cut made");
    }

    #[test]
    fn a_view_cut_from_a_wider_one_is_the_view_of_its_span() {
        for text in [
            "",
            "Intro. The plan is \u{201C}fine\u{201D} and good, the U.S. said.",
            "He said:  \u{201C}It\u{2019}s\n  GOOD\u{2026}\u{201D} - at last -- calm!",
            "Mr. Lee, who co-wrote it, said: \"We\u{2019}ll see.\" Then   he left...",
            "Caf\u{00C9} na\u{00EF}ve \u{00AB}x\u{00BB} \u{FB01}ne \u{1F600} ok. Dr. No? Yes!",
        ] {
            cuts_agree(text, 0);
            if let Some(at) = text.find(' ') {
                cuts_agree(text, at);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_cut_matches_the_fresh_view(
            text in "[aZ9 \t\n`'.,;:!?\u{2019}\u{201C}\u{2026}\u{2014}\u{00E9}\u{00A0}()-]{0,20}"
        ) {
            cuts_agree(&text, 0);
        }
    }

    #[test]
    fn a_but_is_found_wherever_a_window_of_three_finds_it() {
        let texts = [
            "",
            "bu",
            "but",
            "BUT",
            "xxxxxxxbut",
            "xxxxxxxxbut",
            "xxxxxxxbu t",
            "abbbbbbbbbbbuuuut",
            "Bbbbbbbbbbbbut",
            "\u{00E9}\u{00E9}\u{00E9}b\u{00FC}t rebuttal",
            "It was fine, b\u{2019}t not Bu",
            "Robust debate",
            "bbbbbbbbbbbbbbbb",
        ];
        for text in texts {
            let b = text.as_bytes();
            let expected = b.windows(3).any(|w| w[0] | 0x20 == b'b' && w[1] | 0x20 == b'u' && w[2] | 0x20 == b't');
            assert_eq!(holds_ascii_word(b, b"but"), expected, "{text:?}");
        }
    }

    #[test]
    fn a_word_in_any_case_is_found_where_a_scan_of_every_byte_finds_it() {
        let texts = [
            "",
            "sponso",
            "sponsor",
            "SPONSOR",
            "Co-Sponsored",
            "xxxxxxxsponsor",
            "xxxxxxxxsponsor",
            "xxxxxxxsponso r",
            "ssssssssssssponsorr",
            "\u{00E9}\u{00E9}\u{00E9}sp\u{00F6}nsor sponsorship",
            "its spon sor, Sponsor",
            "ssssssssssssssss",
        ];
        for text in texts {
            let b = text.as_bytes();
            let expected = (0..b.len())
                .any(|i| b[i] | 0x20 == b's' && b[i + 1..].get(..6).is_some_and(|r| r.eq_ignore_ascii_case(b"ponsor")));
            assert_eq!(holds_ascii_word(b, b"sponsor"), expected, "{text:?}");
        }
    }

    /// The splitting [`Norm::words`] did before its byte classes: it must
    /// find the same words, clauses and sentences.
    fn reference_words(b: &[u8]) -> Vec<(usize, usize, usize, usize)> {
        let mut words: Vec<(usize, usize, usize, usize)> = Vec::new();
        let (mut clause, mut sentence) = (0, 0);
        let (mut pending_clause, mut pending_sentence) = (false, false);
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if word_byte(c) {
                let start = i;
                i += 1;
                while i < b.len() {
                    if word_byte(b[i]) {
                        i += 1;
                    } else if matches!(b[i], b'\'' | b'-' | b'.') && i + 1 < b.len() && word_byte(b[i + 1]) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                if pending_sentence {
                    sentence += 1;
                    clause += 1;
                } else if pending_clause {
                    clause += 1;
                }
                pending_clause = false;
                pending_sentence = false;
                words.push((start, i, clause, sentence));
                continue;
            }
            match c {
                b'.' | b'!' | b'?' => {
                    let next = b.get(i + 1).copied();
                    let abbreviation = c == b'.'
                        && words
                            .last()
                            .is_some_and(|w| w.1 == i && std::str::from_utf8(&b[w.0..w.1]).is_ok_and(is_abbreviation));
                    if !abbreviation && matches!(next, None | Some(b' ' | b'"' | b'\'' | b')' | b'.')) {
                        pending_sentence = !words.is_empty();
                    }
                }
                b',' | b';' | b':' | b'(' | b')' | b'[' | b']' => pending_clause = !words.is_empty(),
                b'-' => {
                    let spaced = i > 0 && b[i - 1] == b' ' && matches!(b.get(i + 1).copied(), Some(b' ') | None);
                    if spaced || b.get(i + 1) == Some(&b'-') {
                        pending_clause = !words.is_empty();
                    }
                }
                _ => {}
            }
            i += 1;
        }
        words
    }

    fn words_agree(text: &str) {
        let n = Norm { buf: text.to_string(), origin: 0, marks: Vec::new(), next: 0 };
        let got: Vec<_> = n.words().iter().map(|w| (w.start, w.end, w.clause, w.sentence)).collect();
        assert_eq!(got, reference_words(text.as_bytes()), "{text:?}");
    }

    #[test]
    fn words_split_as_the_byte_loop_split_them() {
        for text in [
            "",
            " ",
            "a",
            "It was risky, but the U.S. agreed. Now - at last - calm!",
            "mr. lee's co-op -- at 3.5% (or so) [sic]; no. 7? yes! u.s. e.g. end.",
            "exactly8 bytes12 sixteen-bytes-long.word'''ends-",
            "caf\u{e9} na\u{ef}ve \"it's\" 'quoted' \u{1F600}ok ...dots... -dash- a-",
            "Upper CASE Words. Mixed1 2digits, x.y.z.",
            "1234567.abcdefg'hijklmn-opq",
        ] {
            words_agree(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_splits_as_the_byte_loop_split_it(
            text in "[aZ9 .,;:!?'\"()\\[\\]`\u{1}\u{e9}\u{2019}-]{0,40}"
        ) {
            words_agree(&text);
        }
    }

    #[test]
    fn numbers_clauses_and_sentences() {
        let text = "It was risky, but the U.S. agreed. Now - at last - calm!";
        let n = Norm::new(text, 0, text.len());
        let w = n.words();
        let show: Vec<(&str, usize, usize)> =
            w.iter().map(|w| (&n.buf[w.start..w.end], w.clause, w.sentence)).collect();
        assert_eq!(
            show,
            vec![
                ("it", 0, 0),
                ("was", 0, 0),
                ("risky", 0, 0),
                ("but", 1, 0),
                ("the", 1, 0),
                ("u.s", 1, 0),
                ("agreed", 1, 0),
                ("now", 2, 1),
                ("at", 3, 1),
                ("last", 3, 1),
                ("calm", 4, 1),
            ]
        );
        assert_eq!(word_at(&w, 0), 0);
        assert_eq!(word_at(&w, n.buf.find("risky").unwrap() + 2), 2);
    }
}
