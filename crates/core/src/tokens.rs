//! Words and punctuation of one block, with the quotation each lies in and
//! the sentence it belongs to. Tokens are spans; nothing is copied.

use crate::article::Span;
use crate::quotes::Quote;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner hyphens, apostrophes and periods
    /// (`Jae-in`, `don’t`, `U.S`).
    Word,
    /// The `’s` or `'` of a possessive, split off its word.
    Possessive,
    /// Any other single character that is not white space.
    Punct,
    /// An opening quotation mark.
    Open,
    /// A closing quotation mark.
    Close,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The first character.
    pub first: char,
    /// 1 + the index (within the block) of the quotation the token lies
    /// inside; 0 outside quotations. Marks belong to their quotation.
    pub quote: u32,
    /// Index of the sentence in `Article::sentences`.
    pub sentence: u32,
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_cap(&self) -> bool {
        self.kind == Kind::Word && self.first.is_uppercase()
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.first == c
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '"')
}

/// ASCII letters and digits, as a table: the tokenizer tests every byte of
/// every word, and one load costs less than three range tests.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// `char::is_alphanumeric`, without the Unicode table search for ASCII
/// (a table here) and for General Punctuation, U+2000 to U+206F (dashes,
/// curly quotation marks, the ellipsis, odd spaces), which holds no letter
/// and no digit. Those marks are most of the non-ASCII characters in
/// English news, and each search costs a few hundred instructions.
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        ASCII_ALNUM[c as usize]
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Whether `pos` is the opening or closing mark of quotation `q` or the
/// next. Kept out of line: asked only where a hyphen, a period or an
/// apostrophe might join two words, and inlined, its setup was hoisted to
/// the start of every word.
#[inline(never)]
fn is_quote_mark(quotes: &[Quote], q: usize, pos: usize) -> bool {
    quotes.iter().skip(q).take(2).any(|qt| qt.open == pos || (qt.closed && qt.end == pos))
}

/// Tokenizes `text[block]`. `quotes` are the block's quotations in order;
/// `sentences` are all sentences of the article, `first_sentence` the index
/// of the block's first.
pub(crate) fn tokenize(
    text: &str,
    block: Span,
    quotes: &[Quote],
    sentences: &[Span],
    first_sentence: usize,
    out: &mut Vec<Token>,
) {
    out.clear();
    let s = block.slice(text);
    let base = block.start;
    let bytes = s.as_bytes();
    let mut sentence = first_sentence;
    // The position from which the token belongs to the next sentence: past
    // the end of this one and at or past the start of the next.
    let next_sentence = |k: usize| -> usize {
        if k + 1 < sentences.len() { sentences[k].end.max(sentences[k + 1].start) } else { usize::MAX }
    };
    let mut sentence_until = next_sentence(sentence);
    let mut q = 0; // next quotation that may contain or follow the position
    // The quotation a token lies in (`Token::quote`) stays the same from
    // one token to the next until `quote_until`: the next quotation's
    // opening mark when outside one, its closing mark (or its end) inside.
    // Only a token at or past it looks at the quotations again, and only
    // there can a mark open or close one: quotations do not overlap, so
    // no mark lies before that point.
    let mut quote_here = 0;
    let mut quote_until = 0;
    let mut i = 0;
    while i < s.len() {
        // Most characters are ASCII: skip white space (what `char::is_whitespace`
        // says of ASCII) without decoding. No token starts there, and the
        // sentence and quotation cursors below catch up at the next token.
        if matches!(bytes[i], b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        let c = if bytes[i].is_ascii() { char::from(bytes[i]) } else { s[i..].chars().next().unwrap_or(' ') };
        let at = base + i;
        let width = c.len_utf8();
        while sentence_until <= at {
            sentence += 1;
            sentence_until = next_sentence(sentence);
        }
        let recheck = at >= quote_until;
        if recheck {
            while q < quotes.len() && quotes[q].close <= at {
                q += 1;
            }
            (quote_here, quote_until) = match quotes.get(q) {
                None => (0, usize::MAX),
                Some(qt) if at < qt.open => (0, qt.open),
                Some(qt) => (q as u32 + 1, if qt.closed && at < qt.end { qt.end } else { qt.close }),
            };
        }
        // A list bullet (`• "We …," she said.`) only lays out the page: a
        // sentence after it reads as if it opened the line. (ASCII white
        // space was skipped above.)
        if !c.is_ascii() && (c.is_whitespace() || matches!(c, '\u{feff}' | '•' | '▪' | '◦' | '‣' | '●' | '■' | '►'))
        {
            i += width;
            continue;
        }
        // A hyphen or asterisk and a space opening the block is the plain-text
        // form of the same bullet (`- "We …," she said.`).
        if out.is_empty() && matches!(c, '-' | '*') && bytes.get(i + 1) == Some(&b' ') {
            i += 1;
            continue;
        }
        let mut token = Token {
            start: at,
            end: at + width,
            kind: Kind::Punct,
            first: c,
            quote: quote_here,
            sentence: sentence as u32,
        };
        if let Some(qt) = quotes.get(q).filter(|_| recheck) {
            if qt.open == at && qt.open != qt.start {
                token.kind = Kind::Open;
                out.push(token);
                i += width;
                continue;
            }
            if qt.closed && qt.end == at {
                token.kind = Kind::Close;
                token.quote = q as u32 + 1;
                out.push(token);
                i += width;
                continue;
            }
        }
        // A word starts at a letter or a digit (an ASCII one read from the table).
        let starts_word = is_alnum(c);
        if starts_word {
            let mut j = i + width;
            loop {
                // ASCII letters and digits, the bulk of a word, without decoding.
                j += bytes[j..].iter().position(|&b| !ASCII_ALNUM[usize::from(b)]).unwrap_or(bytes.len() - j);
                // Most words end at a space: no character to decode, and
                // nothing joins.
                let Some(&next) = bytes.get(j) else { break };
                if next == b' ' {
                    break;
                }
                let d = if next.is_ascii() { char::from(next) } else { s[j..].chars().next().unwrap_or(' ') };
                if !d.is_ascii() && is_alnum(d) {
                    j += d.len_utf8();
                    continue;
                }
                // `40,000`: a comma between digits groups thousands.
                let thousands = d == ','
                    && bytes[i..j].iter().all(u8::is_ascii_digit)
                    && s[j + 1..].bytes().take(3).filter(u8::is_ascii_digit).count() == 3
                    && !bytes.get(j + 4).is_some_and(u8::is_ascii_digit);
                let joins = matches!(d, '-' | '.' | '&') || is_apostrophe(d) || thousands;
                if !joins || !s[j + d.len_utf8()..].chars().next().is_some_and(is_alnum) {
                    break;
                }
                // A mark that the quotation finder took for a quotation mark
                // never joins words.
                let pos = base + j;
                if is_quote_mark(quotes, q, pos) {
                    break;
                }
                if is_apostrophe(d) {
                    // Split a possessive `’s` off its word: `Kim’s` -> `Kim`, `’s`.
                    let rest = &bytes[j + d.len_utf8()..];
                    if matches!(rest.first(), Some(b's' | b'S'))
                        && !rest.get(1).is_some_and(|b| b.is_ascii_alphanumeric())
                    {
                        break;
                    }
                }
                j += d.len_utf8();
            }
            token.kind = Kind::Word;
            token.end = base + j;
            // `al-Assad`, `el-Sayed`: an Arabic surname keeps its article in
            // lower case mid-sentence, yet it is as capitalized a name as
            // `Assad`, so the word counts as capitalized by the letter after
            // the hyphen; otherwise `Dr Omar Nabil al-Hadi said` loses the
            // surname and `al-Hadi said` later names nobody.
            if matches!(bytes[i..j], [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase()) {
                token.first = char::from(bytes[i + 3]);
            }
            out.push(token);
            // The space after a word (most words have one) is stepped over
            // here, not by another turn of the loop, which would only skip
            // it: the tokenizer's 16.7 instructions per byte of text become
            // 14.6. (The same after a mark paid nothing: few are followed
            // by a space.)
            i = j + usize::from(bytes.get(j) == Some(&b' '));
            continue;
        }
        if is_apostrophe(c) && i > 0 && out.last().is_some_and(|t| t.kind == Kind::Word && t.end == at) {
            // Possessive: `’s` when an s follows, or a bare `'` after a plural.
            let rest = &bytes[i + width..];
            let s_follows =
                matches!(rest.first(), Some(b's' | b'S')) && !rest.get(1).is_some_and(|b| b.is_ascii_alphanumeric());
            token.kind = Kind::Possessive;
            token.end = at + width + usize::from(s_follows);
            i += width + usize::from(s_follows);
            out.push(token);
            continue;
        }
        out.push(token);
        i += width;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::{Style, find};

    fn toks(text: &str) -> Vec<(Kind, &str, u32)> {
        let block = Span::new(0, text.len());
        let mut quotes = Vec::new();
        find(text, block, Style::Double, false, &mut quotes);
        let mut sentences = Vec::new();
        crate::sentences::split(text, block, &mut sentences);
        let mut out = Vec::new();
        tokenize(text, block, &quotes, &sentences, 0, &mut out);
        out.iter().map(|t| (t.kind, t.text(text), t.quote)).collect()
    }

    #[test]
    fn words_possessives_and_marks() {
        use Kind::*;
        assert_eq!(
            toks("Kim’s “Jae-in U.S. plan,” he said."),
            [
                (Word, "Kim", 0),
                (Possessive, "’s", 0),
                (Open, "“", 1),
                (Word, "Jae-in", 1),
                (Word, "U.S", 1),
                (Punct, ".", 1),
                (Word, "plan", 1),
                (Punct, ",", 1),
                (Close, "”", 1),
                (Word, "he", 0),
                (Word, "said", 0),
                (Punct, ".", 0),
            ]
        );
    }

    #[test]
    fn plural_possessive_and_contractions() {
        use Kind::*;
        assert_eq!(
            toks("The MPs' report isn't out"),
            [
                (Word, "The", 0),
                (Word, "MPs", 0),
                (Possessive, "'", 0),
                (Word, "report", 0),
                (Word, "isn't", 0),
                (Word, "out", 0)
            ]
        );
    }

    #[test]
    fn is_alnum_is_char_is_alphanumeric() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn quotation_of_each_token_is_that_of_its_start() {
        // The tokenizer carries a token's quotation over from the last;
        // here each token's is worked out afresh from the quotation list,
        // on strings dense with marks (a small generator, seeded).
        let pieces = ["“", "”", "\"", "'", "‘", "’", "ab", "c", " ", ".", "—", "\n", "said", "• ", "- ", "s"];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            for _ in 0..(seed >> 59) + 1 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(seed >> 60) as usize]);
            }
            let block = Span::new(0, text.len());
            for style in [Style::Double, Style::Single] {
                for continues in [false, true] {
                    let mut quotes = Vec::new();
                    find(&text, block, style, continues, &mut quotes);
                    let mut sentences = Vec::new();
                    crate::sentences::split(&text, block, &mut sentences);
                    let mut out = Vec::new();
                    tokenize(&text, block, &quotes, &sentences, 0, &mut out);
                    for t in &out {
                        let q = quotes.iter().position(|qt| qt.close > t.start).unwrap_or(quotes.len());
                        let open = quotes.get(q).is_some_and(|qt| qt.open == t.start && qt.open != qt.start);
                        let close = !open && quotes.get(q).is_some_and(|qt| qt.closed && qt.end == t.start);
                        let inside = quotes.get(q).is_some_and(|qt| qt.open <= t.start);
                        let want = if inside || close { q as u32 + 1 } else { 0 };
                        assert_eq!(t.quote, want, "{text:?} {t:?}");
                        assert_eq!(t.kind == Kind::Open, open, "{text:?} {t:?}");
                        assert_eq!(t.kind == Kind::Close, close, "{text:?} {t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn wire_apostrophe_splits_possessive() {
        use Kind::*;
        assert_eq!(toks("India\"s budget"), [(Word, "India", 0), (Possessive, "\"s", 0), (Word, "budget", 0)]);
    }
}
