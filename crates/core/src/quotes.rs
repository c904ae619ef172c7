//! Quotation marks: which characters open and close a quotation, and which
//! are apostrophes (`don’t`, and wire copy's `India"s`).

use crate::article::{Block, BlockKind, Span};
use crate::tokens::is_alnum;

/// One quotation inside a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// The opening mark (equal to `start` when the quotation continues from
    /// the previous paragraph without a mark of its own).
    pub open: usize,
    /// The first byte of the quoted words.
    pub start: usize,
    /// One past the last byte of the quoted words.
    pub end: usize,
    /// One past the closing mark (equal to `end` when there is none).
    pub close: usize,
    /// Whether a closing mark was found in the block.
    pub closed: bool,
    /// Whether this quotation carries on one left open at the end of the
    /// previous paragraph (`…society.` / `"Our pledge …`).
    pub continued: bool,
}

impl Quote {
    /// The quoted words, marks excluded.
    pub fn inner(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Which marks a text uses for quotations: most English news uses double
/// marks with single ones nested inside; British outlets often do the
/// reverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight mark with text on both sides or on neither: the state decides.
    Either,
}

const OPEN_BEFORE: &str = "([{—–-/“‘\u{a0}";
const CLOSE_AFTER: &str = ",.;:!?)]}—–-'’\"”…";

fn straight(prev: Option<char>, next: Option<char>) -> Option<Mark> {
    if prev.is_some_and(is_alnum) && next.is_some_and(is_alnum) {
        return None;
    }
    let open_ok =
        prev.is_none_or(|p| p.is_whitespace() || OPEN_BEFORE.contains(p)) && next.is_some_and(|n| !n.is_whitespace());
    let close_ok =
        prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| n.is_whitespace() || CLOSE_AFTER.contains(n));
    Some(match (open_ok, close_ok) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ => Mark::Either,
    })
}

fn curly_open(prev: Option<char>, next: Option<char>) -> Mark {
    // A “ stuck to the end of a word and followed by a space is a closing
    // mark typed with the wrong key.
    if prev.is_some_and(is_alnum) && next.is_none_or(char::is_whitespace) { Mark::Close } else { Mark::Open }
}

fn curly_close(prev: Option<char>, next: Option<char>) -> Mark {
    if prev.is_none_or(char::is_whitespace) && next.is_some_and(is_alnum) { Mark::Open } else { Mark::Close }
}

/// Classifies a character as a quotation mark in the given style; `None`
/// means it is not one (an apostrophe, or a mark of the nested kind).
fn mark(c: char, prev: Option<char>, next: Option<char>, style: Style, open: Option<char>) -> Option<Mark> {
    match (style, c) {
        (Style::Double, '"') => straight(prev, next),
        (Style::Double, '“') => Some(curly_open(prev, next)),
        (Style::Double, '”') => Some(curly_close(prev, next)),
        (Style::Single, '‘') => {
            if prev.is_some_and(is_alnum) {
                None
            } else {
                Some(Mark::Open)
            }
        }
        (Style::Single, '’' | '\'') => {
            if prev.is_some_and(is_alnum) && next.is_some_and(is_alnum) {
                return None;
            }
            if open.is_none() {
                // Outside a quotation a lone mark is an apostrophe, unless it
                // plainly opens one (straight mark before a word).
                return if c == '\'' && prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphabetic) {
                    Some(Mark::Open)
                } else {
                    None
                };
            }
            if prev.is_none_or(char::is_whitespace) {
                return None;
            }
            Some(Mark::Close)
        }
        // In single-quote text a double quotation outside any single one is
        // still a quotation.
        (Style::Single, '“') if open.is_none() => Some(Mark::Open),
        (Style::Single, '”') if open == Some('“') => Some(Mark::Close),
        (Style::Single, '"') if open.is_none() || open == Some('"') => straight(prev, next),
        _ => None,
    }
}

/// The quotation marks of `s` (`"`, `'`, `“`, `”`, `‘`, `’`) with their
/// offsets. Jumps to the next candidate byte (the curly marks start with
/// 0xE2) with `memchr3` instead of decoding every character: only marks
/// matter, and the characters around one are decoded where it stands.
fn marks(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let i = from + memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..])?;
            let c = s[i..].chars().next()?;
            from = i + c.len_utf8();
            if matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'') {
                return Some((i, c));
            }
        }
    })
}

/// Decides the text's quotation style from its body blocks.
pub(crate) fn style(text: &str, blocks: &[Block]) -> Style {
    let mut doubles = 0usize;
    let mut singles = 0usize;
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Body) {
        let s = block.span.slice(text);
        // Single marks nested inside a double quotation say nothing about
        // the style (`“They called it ‘a farce’,” he said.`); only those
        // outside one are counted, so a British text that keeps “…” for
        // short phrases and ‘…’ for whole quotations is still seen as
        // single-quoted.
        let mut in_double = false;
        for (i, c) in marks(s) {
            let prev = s[..i].chars().next_back();
            let next = s[i + c.len_utf8()..].chars().next();
            match c {
                '“' | '”' => {
                    doubles += 1;
                    in_double = c == '“';
                }
                '"' if straight(prev, next).is_some() => {
                    doubles += 1;
                    in_double = !in_double;
                }
                '‘' if !in_double && !prev.is_some_and(is_alnum) => singles += 2,
                '\'' if !in_double && prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphabetic) => {
                    singles += 2
                }
                _ => {}
            }
        }
    }
    if singles >= 4 && singles > doubles { Style::Single } else { Style::Double }
}

/// Finds the quotations in one block. `continues` says whether the previous
/// paragraph ended inside a quotation; the return value says whether this
/// one does.
pub(crate) fn find(text: &str, block: Span, style: Style, continues: bool, out: &mut Vec<Quote>) -> bool {
    let s = block.slice(text);
    let base = block.start;
    let mut open: Option<(char, usize, usize)> = None; // (mark, mark offset, inner start)
    // A mark is the block's first character when only white space precedes it.
    let lead = s.len() - s.trim_start().len();
    let mut continued_first = false;
    for (i, c) in marks(s) {
        let first = i == lead;
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let possessive = style == Style::Single
            && matches!(c, '’' | '\'')
            && prev == Some('s')
            && next.is_some_and(char::is_whitespace)
            && s[i + c.len_utf8()..].trim_start().chars().next().is_some_and(char::is_lowercase);
        // `the workers’ union`: a plural possessive, not a closing mark.
        let kind = if possessive { None } else { mark(c, prev, next, style, open.map(|o| o.0)) };
        let Some(kind) = kind else {
            continue;
        };
        let at = base + i;
        let after = at + c.len_utf8();
        let opens = match (kind, open) {
            (Mark::Open, _) => true,
            (Mark::Close, _) => false,
            (Mark::Either, o) => o.is_none(),
        };
        if opens {
            if let Some((_, mark_at, start)) = open.take() {
                // A new opening mark while one is open: the first quotation
                // ended without its mark (common when a quotation runs on
                // into a new one).
                let end = trim_end(text, start, at);
                out.push(Quote { open: mark_at, start, end, close: end, closed: false, continued: false });
            }
            if first && continues {
                continued_first = true;
            }
            open = Some((c, at, after));
        } else if let Some((_, mark_at, start)) = open.take() {
            let continued = std::mem::take(&mut continued_first);
            out.push(Quote { open: mark_at, start, end: at, close: after, closed: true, continued });
        }
    }
    if let Some((_, mark_at, start)) = open {
        let end = trim_end(text, start, block.end);
        let continued = continued_first;
        out.push(Quote { open: mark_at, start, end, close: end, closed: false, continued });
        return true;
    }
    false
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str, style: Style) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, Span::new(0, text.len()), style, false, &mut out);
        out.iter().map(|q| q.inner().slice(text)).collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(quotes("“We will,” she said. \"Soon.\"", Style::Double), ["We will,", "Soon."]);
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            quotes("“They called it ‘a farce’ today,” he said.", Style::Double),
            ["They called it ‘a farce’ today,"]
        );
    }

    #[test]
    fn straight_mark_between_letters_is_an_apostrophe() {
        assert_eq!(quotes("The country\"s biggest paper said: \"No.\"", Style::Double), ["No."]);
    }

    #[test]
    fn new_opening_mark_closes_a_runaway_quote() {
        assert_eq!(
            quotes("\"We will move quickly. \"This is about trust.\"", Style::Double),
            ["We will move quickly.", "This is about trust."]
        );
    }

    #[test]
    fn single_quote_style_with_possessives() {
        assert_eq!(
            quotes("‘The workers’ union will fight,’ she said. Mr O’Neill’s view differs.", Style::Single),
            ["The workers’ union will fight,"]
        );
    }

    #[test]
    fn unclosed_quote_reaches_the_end_of_the_block() {
        let text = "He said: \"The plan works.";
        let mut out = Vec::new();
        assert!(find(text, Span::new(0, text.len()), Style::Double, false, &mut out));
        assert_eq!(out[0].inner().slice(text), "The plan works.");
        assert!(!out[0].closed);
    }

    #[test]
    fn continuation_paragraph_is_marked() {
        let text = "\"Our pledge is real.\"";
        let mut out = Vec::new();
        find(text, Span::new(0, text.len()), Style::Double, true, &mut out);
        assert!(out[0].continued);
    }

    #[test]
    fn style_detection() {
        let single = "Headline\n\n‘We will win,’ she said.\n\n‘It is done,’ he said.";
        let blocks = crate::blocks::split(single);
        assert_eq!(style(single, &blocks), Style::Single);
        let double = "Headline 'quoted'\n\n“We will win,” she said.\n\n“It is done,” he said.";
        let blocks = crate::blocks::split(double);
        assert_eq!(style(double, &blocks), Style::Double);
    }
}
