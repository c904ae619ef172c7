//! Normalized views of article text: lowercase ASCII, straight apostrophes
//! and quotes, one space per run of whitespace, with a map back to the
//! article's byte offsets. Words, clauses and sentences are found once per
//! view and referred to by index, so nothing is allocated per word.

/// A normalized copy of a stretch of the article.
#[derive(Debug)]
pub(crate) struct Norm {
    /// The normalized text.
    pub buf: String,
    /// For each byte of `buf`, the article offset of the character it came from.
    map: Vec<usize>,
}

/// A word of a [`Norm`], with the clause and sentence it belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub clause: usize,
    pub sentence: usize,
}

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

impl Norm {
    /// Normalizes `article[start..end]`; the span must lie on char boundaries.
    pub(crate) fn new(article: &str, start: usize, end: usize) -> Norm {
        let text = article.get(start..end).unwrap_or("");
        let mut buf = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            let at = start + i;
            let mut utf8 = [0u8; 4];
            let piece: &str = match c {
                c if c.is_whitespace() => {
                    if buf.is_empty() || buf.ends_with(' ') {
                        continue;
                    }
                    " "
                }
                '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => "'",
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => "\"",
                '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
                '\u{2026}' => "...",
                c => c.to_ascii_lowercase().encode_utf8(&mut utf8),
            };
            buf.push_str(piece);
            map.extend(std::iter::repeat_n(at, piece.len()));
        }
        Norm { buf, map }
    }

    /// The article byte range of `buf[start..end]`.
    pub(crate) fn article_span(&self, article: &str, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.map.len() {
            let at = self.map.get(start).copied().unwrap_or(0);
            return (at, at);
        }
        let last = self.map[end - 1];
        let width = article.get(last..).and_then(|s| s.chars().next()).map_or(0, char::len_utf8);
        (self.map[start], last + width)
    }

    /// Splits the buffer into words and numbers the clauses and sentences.
    ///
    /// A sentence ends at `.`, `!` or `?` followed by a space, a quote or the
    /// end; a clause also ends at `,`, `;`, `:`, brackets and a spaced dash.
    /// A dot between letters (`U.S.`) stays inside the word.
    pub(crate) fn words(&self) -> Vec<Word> {
        let b = self.buf.as_bytes();
        let mut words = Vec::new();
        let (mut clause, mut sentence) = (0, 0);
        let mut pending_clause = false;
        let mut pending_sentence = false;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if word_byte(c) {
                let start = i;
                while i < b.len()
                    && (word_byte(b[i])
                        || (matches!(b[i], b'\'' | b'-' | b'.') && i + 1 < b.len() && word_byte(b[i + 1]) && i > start))
                {
                    i += 1;
                }
                if pending_sentence {
                    sentence += 1;
                    clause += 1;
                } else if pending_clause {
                    clause += 1;
                }
                pending_clause = false;
                pending_sentence = false;
                words.push(Word { start, end: i, clause, sentence });
                continue;
            }
            match c {
                b'.' | b'!' | b'?' => {
                    let next = b.get(i + 1).copied();
                    let abbreviation = c == b'.'
                        && words
                            .last()
                            .is_some_and(|w: &Word| w.end == i && is_abbreviation(&self.buf[w.start..w.end]));
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
