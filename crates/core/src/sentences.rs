//! Sentence splitting that knows news abbreviations (`Mr.`, `U.S.`, `Sept.`,
//! `John A. Marsh`, `(D-Ore.)`), closing quote marks and ellipses.

use std::sync::LazyLock;

use crate::article::Span;
use crate::blocks::{is_space, trim_span};

/// Words that end in a period without ending the sentence. Lowercase,
/// without the period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "capt", "sgt",
    "cpl", "adm", "cmdr", "maj", "supt", "insp", "det", "rev", "hon", "st", "jr", "sr", "messrs", "mme", "inc", "corp",
    "ltd", "co", "bros", "vs", "v", "vol", "fig", "approx", "dept", "univ", "est", "ft", "mt", "ave", "blvd", "rd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif",
    "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss",
    "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "al",
    "op", "pp", "cf",   // `said Coun. Ana Ruiz`: Canadian papers abbreviate `Councillor` so.
    "coun", // Company endings abroad: `Halmer Plastics Kft., a supplier, said`.
    "kft", "pty", "pvt", "bhd",
];

/// Words that, capitalized after a dotted abbreviation such as `U.S.`, start
/// a new sentence rather than continue a name (`the U.S. Senate`).
const STARTERS: &[&str] = &[
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "there", "his", "her",
    "its", "their", "on", "at", "as", "after", "when", "while", "if", "so", "yet", "for", "asked", "still",
];

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '…')
}

/// The word that ends right before byte `end`, including inner periods
/// (`U.S` for `U.S.`).
fn word_before(s: &str, end: usize) -> &str {
    let head = &s[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

fn is_abbreviation(word: &str, next_word: &str) -> bool {
    let word = word.trim_start_matches(['-', '.']);
    if word.is_empty() {
        return false;
    }
    let last = word.rsplit(['-', '.']).next().unwrap_or(word);
    let mut chars = last.chars();
    let single_initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    if word.contains('.') {
        // `U.S.` ends a sentence only when a typical sentence opener follows.
        return !STARTERS.iter().any(|w| w.eq_ignore_ascii_case(next_word));
    }
    // `No. 10` numbers; `said no.` ends a sentence.
    let number = (last == "No" || last == "Nos") && next_word.starts_with(|c: char| c.is_ascii_digit());
    number || single_initial || is_listed_abbreviation(last)
}

/// Whether `word` is one of [`ABBREVIATIONS`], up to ASCII case: one hash
/// lookup rather than a hundred comparisons, for every full stop followed
/// by a capital.
fn is_listed_abbreviation(word: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<&'static [u8]>> =
        LazyLock::new(|| ABBREVIATIONS.iter().map(|w| w.as_bytes()).collect());
    let mut buf = [0u8; 8];
    // Every entry is ASCII and at most 6 bytes long.
    if !word.is_ascii() || word.len() > 6 {
        return false;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    SET.contains(&*lower)
}

/// Where the first `…` (the one terminal mark outside ASCII, E2 80 A6)
/// lies in `b`. Its last byte is rare in English text (it ends only a few
/// other characters), so a scan for it alone costs less than setting up a
/// substring search in every block.
fn ellipsis_in(b: &[u8]) -> Option<usize> {
    memchr::memchr_iter(0xA6, b).find(|&i| i >= 2 && b[i - 2..i] == [0xE2, 0x80]).map(|i| i - 2)
}

/// Splits `text[block]` into sentences. Every byte of the block that is not
/// white space lies in exactly one sentence.
pub(crate) fn split(text: &str, block: Span, out: &mut Vec<Span>) {
    let s = block.slice(text);
    let base = block.start;
    let mut start = 0;
    // Only terminal marks matter, so jump to the next candidate rather than
    // decode every character: the ASCII marks with `memchr3`, and `…`, the
    // only one outside ASCII, with a search whose result is kept until the
    // scan passes it.
    let bytes = s.as_bytes();
    let find_ellipsis = |from: usize| ellipsis_in(&bytes[from..]).map_or(usize::MAX, |k| from + k);
    let mut ellipsis = find_ellipsis(0);
    let mut from = 0;
    loop {
        if ellipsis < from {
            ellipsis = find_ellipsis(from);
        }
        let ascii = memchr::memchr3(b'.', b'!', b'?', &bytes[from..]).map_or(usize::MAX, |k| from + k);
        let i = ascii.min(ellipsis);
        if i == usize::MAX {
            break;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        from = i + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Swallow a run of terminal marks (`?!`, `...`) and closing marks.
        let mut end = i + c.len_utf8();
        for d in s[end..].chars() {
            if matches!(d, '.' | '!' | '?' | '…') || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        let rest = &s[end..];
        let gap = rest.len() - rest.trim_start_matches(is_space).len();
        if gap == 0 || end + gap >= s.len() {
            continue;
        }
        let next = rest[gap..].chars().next().unwrap_or(' ');
        if !(next.is_uppercase() || next.is_ascii_digit() || is_opener(next)) {
            continue;
        }
        let ellipsis = c == '…' || s[i..end].starts_with("...");
        if ellipsis {
            // An ellipsis right after a sentence's end starts the next one;
            // an ellipsis that merely trails off splits only before a capital.
            let before = s[..i].trim_end_matches(is_space);
            if before.ends_with(['.', '!', '?']) || !next.is_uppercase() {
                continue;
            }
        } else if c == '.' && end == i + 1 {
            let after = &rest[gap..];
            let next_word = &after[..after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len())];
            if is_abbreviation(word_before(s, i), next_word) {
                continue;
            }
        }
        let span = trim_span(text, base + start, base + end);
        if !span.is_empty() {
            out.push(span);
        }
        start = end + gap;
    }
    let span = trim_span(text, base + start, base + s.len());
    if !span.is_empty() {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ellipses_are_found_as_a_substring_search_finds_them() {
        for s in ["", "…", "a…b…", "æ…", "\u{2026}\u{2026}", "ǆ ¦ æ", "x\u{e6}\u{2026}", "\u{2022}\u{a6}"] {
            for from in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                assert_eq!(ellipsis_in(&s.as_bytes()[from..]), s[from..].find('…'), "{s:?} from {from}");
            }
        }
    }

    #[test]
    fn abbreviation_lookup_matches_the_list() {
        // The lookup assumes short lowercase ASCII entries.
        assert!(ABBREVIATIONS.iter().all(|w| w.is_ascii() && w.len() <= 6 && *w == w.to_lowercase()));
        for w in ["Mr", "MRS", "Sept", "approx", "Messrs", "calif", "v"] {
            assert!(is_listed_abbreviation(w), "{w}");
        }
        for w in ["Mister", "said", "", "Señor", "approxim", "U"] {
            assert!(!is_listed_abbreviation(w), "{w}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, Span::new(0, text.len()), &mut out);
        out.into_iter().map(|s| s.slice(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$($want:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(sentences($text), want);
            }
        };
    }

    t!(plain, "The vote passed. It was close.", ["The vote passed.", "It was close."]);
    t!(
        titles,
        "Mr. Reyes and Dr. Okafor met Sen. Hill and Gov. Park.",
        ["Mr. Reyes and Dr. Okafor met Sen. Hill and Gov. Park."]
    );
    t!(
        initials,
        "Labour deputy leader John A. Marsh spoke. He left.",
        ["Labour deputy leader John A. Marsh spoke.", "He left."]
    );
    t!(
        party_tag,
        "Rep. Maria Lopez (D-Ore.) said no. Others agreed.",
        ["Rep. Maria Lopez (D-Ore.) said no.", "Others agreed."]
    );
    t!(
        months,
        "The talks start Sept. 14 and end Jan. 3. Few expect much.",
        ["The talks start Sept. 14 and end Jan. 3.", "Few expect much."]
    );
    t!(dotted_inside_name, "The U.S. Senate voted. The U.N. agreed.", ["The U.S. Senate voted.", "The U.N. agreed."]);
    t!(
        dotted_at_end,
        "Prices rose in the U.S. The rest of the world lagged.",
        ["Prices rose in the U.S.", "The rest of the world lagged."]
    );
    t!(
        closing_quote,
        "He said it would come “quite soon.” Then he left.",
        ["He said it would come “quite soon.”", "Then he left."]
    );
    t!(question_then_tag, "“Why now?” she asked. Nobody knew.", ["“Why now?” she asked.", "Nobody knew."]);
    t!(
        trailing_ellipsis,
        "We hope to meet soon … you are the one who can do it.",
        ["We hope to meet soon … you are the one who can do it."]
    );
    t!(
        leading_ellipsis,
        "We are in no hurry. … We have done more than anyone.",
        ["We are in no hurry.", "… We have done more than anyone."]
    );
    t!(
        number_sign,
        "He lives at No. 10 now. He said no. Then he left.",
        ["He lives at No. 10 now.", "He said no.", "Then he left."]
    );
    t!(web_address, "Visit example.com for more. Thanks.", ["Visit example.com for more.", "Thanks."]);
    t!(lowercase_after_period, "The 3.5 per cent rise. is odd", ["The 3.5 per cent rise. is odd"]);
}
