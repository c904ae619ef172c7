//! Paragraphs: splitting the text into blocks and telling body text from page
//! furniture (headlines, credits, datelines, captions, headings, bylines).

use std::sync::LazyLock;

use memchr::memchr_iter;

use crate::article::{Block, BlockKind, Span};
use crate::lexicon::{LEXICON, flag};

/// Characters that count as white space at the edge of a line: Unicode white
/// space plus the byte-order mark, which some files carry at the start.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The span of `text[start..end]` without white space at either end.
pub(crate) fn trim_span(text: &str, start: usize, end: usize) -> Span {
    // ASCII white space (nearly all there is at a line's edges) is skipped
    // as bytes; the edge is then a char boundary, and only a non-ASCII
    // character there needs decoding to be tested.
    let ascii_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = text.as_bytes();
    let mut head = start;
    while head < end && ascii_space(bytes[head]) {
        head += 1;
    }
    if head < end && !bytes[head].is_ascii() {
        head = end - text[head..end].trim_start_matches(is_space).len();
    }
    let mut tail = end;
    while tail > head && ascii_space(bytes[tail - 1]) {
        tail -= 1;
    }
    if tail > head && !bytes[tail - 1].is_ascii() {
        tail = head + text[head..tail].trim_end_matches(is_space).len();
    }
    if head >= tail { Span::new(start, start) } else { Span::new(head, tail) }
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// Trimmed content; empty for a blank line.
    span: Span,
    /// Leading spaces or tabs before the content.
    indent: usize,
}

fn lines(text: &str) -> Vec<Line> {
    // News text has a line break every 70 bytes or so (blank lines between
    // paragraphs included): room for that up front.
    let mut out = Vec::with_capacity(text.len() / 48 + 4);
    let mut start = 0;
    let mut push = |start: usize, end: usize| {
        let span = trim_span(text, start, end);
        let indent = text[start..span.start].chars().filter(|&c| c == ' ' || c == '\t').count();
        out.push(Line { span, indent });
    };
    for nl in memchr_iter(b'\n', text.as_bytes()) {
        push(start, nl);
        start = nl + 1;
    }
    if start < text.len() {
        push(start, text.len());
    }
    out
}

fn ends_sentence(s: &str) -> bool {
    // (A `matches!`, not a search of a string of the marks: this runs for
    // every line and block.)
    let s = s.trim_end_matches(|c: char| is_space(c) || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»'));
    s.ends_with(['.', '!', '?', '…'])
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Hard-wrapped text (wire copy) continues sentences across line breaks; in
/// other text every line is a paragraph of its own.
fn is_wrapped(text: &str, lines: &[Line]) -> bool {
    let mut pairs = 0usize;
    let mut continued = 0usize;
    for w in lines.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a.span.is_empty() || b.span.is_empty() {
            continue;
        }
        pairs += 1;
        // A wrapped line is long; a short line before a lowercase one is more
        // likely a list item or a heading.
        if a.span.len() >= 40 && !ends_sentence(a.span.slice(text)) && starts_lower(b.span.slice(text)) {
            continued += 1;
        }
    }
    continued >= 2 && continued * 5 >= pairs
}

/// Splits the text into classified blocks.
pub(crate) fn split(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let wrapped = is_wrapped(text, &lines);
    let mut raw: Vec<Span> = Vec::with_capacity(lines.len() / 2 + 1);
    let mut current: Option<Span> = None;
    let mut prev_indent = 0;
    for line in &lines {
        if line.span.is_empty() {
            if let Some(span) = current.take() {
                raw.push(span);
            }
            continue;
        }
        let joins = wrapped && current.is_some() && line.indent <= prev_indent;
        match current.as_mut() {
            Some(span) if joins => span.end = line.span.end,
            _ => {
                if let Some(span) = current.take() {
                    raw.push(span);
                }
                current = Some(line.span);
            }
        }
        prev_indent = line.indent;
    }
    if let Some(span) = current {
        raw.push(span);
    }

    let mut blocks = Vec::with_capacity(raw.len());
    let mut seen_body = false;
    let mut body_count = 0;
    let mut related_list = false;
    let mut after_duration = false;
    // In a transcript `NAME: …` opens a turn, not a dateline.
    // A link label (`ALSO READ: …`, `READ MORE: …`) is in capitals and
    // a colon too, but it is furniture, not a turn: two of them and a
    // dateline (`PETALING JAYA: …`) are no transcript.
    let transcript = raw
        .iter()
        .filter(|span| {
            let s = span.slice(text);
            turn_label(s).is_some_and(|(name, _)| !related_label(&s[..name]))
        })
        .count()
        >= 3;
    for span in raw {
        let s = span.slice(text);
        let mut kind = classify(s, seen_body);
        // `An Oklahoma County Billed People for Every Night They Spent in
        // Jail. Now It May Stop.`: a first block in title case is the
        // headline, though it ends its sentences.
        if blocks.is_empty() && kind == BlockKind::Body && title_case(s) {
            kind = BlockKind::Headline;
        }
        if kind == BlockKind::Body && body_count < 3 && !(transcript && turn_label(s).is_some()) {
            if let Some(len) = inline_dateline(s) {
                blocks.push(Block { span: trim_span(text, span.start, span.start + len), kind: BlockKind::Dateline });
                let rest = trim_span(text, span.start + len, span.end);
                if rest.is_empty() {
                    continue;
                }
                blocks.push(Block { span: rest, kind: BlockKind::Body });
                seen_body = true;
                body_count += 1;
                continue;
            }
        }
        if kind == BlockKind::Heading && !seen_body {
            kind = BlockKind::Headline;
        }
        // `Related News` and the story headlines listed under it, one a
        // line (`NUTP: Teachers need more support`): links to other
        // stories, which quote nobody in this one.
        if related_list && kind == BlockKind::Headline {
            kind = BlockKind::Heading;
        }
        // A listed headline may run longer than a section's heading (`Man
        // who waited all night for a bus says 'I gave up'`): under the
        // label, a line of up to twenty words that ends no sentence is
        // still a link, not a paragraph.
        if related_list && kind == BlockKind::Body && link_headline(s) {
            kind = BlockKind::Heading;
        }
        // `WATCH | …:` `Duration 2:07` and then one sentence: the video's
        // own description, a caption.
        if after_duration && kind == BlockKind::Body && s.len() <= 300 && !s.contains(['"', '“', '”']) {
            kind = BlockKind::Caption;
        }
        after_duration = video_duration(s);
        // `Boats at the quay on Monday.` and on the very next line `Lena
        // Marsh/Harbour Gazette`: a photo's credit printed right under a
        // line, with no blank line between, makes that line its caption
        // (which, with no quotation of its own, quotes nobody).
        // (The outlet's name may be longer than a lone credit's: `Lena
        // Marsh/The Tarn Courier & Daily News` right under a line.)
        if kind == BlockKind::PhotoCredit || kind != BlockKind::Caption && slash_credit(s) {
            if let Some(prev) = blocks.last_mut() {
                let gap = &text[prev.span.end..span.start];
                if prev.kind == BlockKind::Body
                    && memchr::memchr_iter(b'\n', gap.as_bytes()).count() == 1
                    && !prev.span.slice(text).contains(['"', '“', '”'])
                {
                    prev.kind = BlockKind::Caption;
                    kind = BlockKind::PhotoCredit;
                }
            }
        }
        if kind == BlockKind::Heading && seen_body && related_label(s) {
            related_list = true;
        }
        if kind == BlockKind::Body {
            seen_body = true;
            body_count += 1;
            related_list = false;
        }
        blocks.push(Block { span, kind });
    }
    blocks
}

/// The number of words in a block, counted when first asked for: a body
/// paragraph is told from furniture by tests that come before any word
/// count (it is longer than 160 bytes, or does not start with a credit's
/// label), so most blocks are never counted at all.
struct WordCount<'s> {
    s: &'s str,
    n: std::cell::Cell<Option<usize>>,
}

impl<'s> WordCount<'s> {
    fn new(s: &'s str) -> Self {
        WordCount { s, n: std::cell::Cell::new(None) }
    }

    /// [`word_count`] of the block.
    fn get(&self) -> usize {
        if let Some(n) = self.n.get() {
            return n;
        }
        let n = word_count(self.s);
        self.n.set(Some(n));
        n
    }
}

/// The number of words in `s`, counted up to 21 only: every test here asks
/// whether a line has at most 20 words or fewer, and a body paragraph can be
/// megabytes long, so counting stops once the answer is known.
///
/// Counts the same words as `s.split_whitespace()`, by counting the starts
/// of runs of non-white-space characters in one pass: the iterator adapter
/// costs several times as much per character, and this runs on every block.
fn word_count(s: &str) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let bytes = s.as_bytes();
    let mut words = 0;
    // Whether the character before `i` is white space (the start counts as
    // such): a word starts at each other character after one.
    let mut after_space = true;
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time (nearly all text): each byte's high bit
        // says whether it is white space (a space, or \t to \r), and the
        // starts of words are the other bytes after one. The sums cannot
        // carry from one byte into the next, every byte being below 0x80.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if x & HIGH == 0 {
                let blank = !((x ^ (ONES * 0x20)) + ONES * 0x7f) & HIGH;
                let control = (x + ONES * (0x80 - 9)) & !(x + ONES * (0x80 - 14)) & HIGH;
                let space = blank | control;
                let before = (space << 8) | (u64::from(after_space) << 7);
                let starts = !space & before & HIGH;
                // One bit per byte at most: the multiply sums them in the top byte.
                words += ((starts >> 7).wrapping_mul(ONES) >> 56) as usize;
                after_space = space >> 63 != 0;
                if words >= 21 {
                    return 21;
                }
                i += 8;
                continue;
            }
        }
        // One character: ASCII as a byte, anything else decoded.
        let (space, width) = if bytes[i].is_ascii() {
            (matches!(bytes[i], b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        words += usize::from(after_space && !space);
        if words == 21 {
            return words;
        }
        after_space = space;
        i += width;
    }
    words
}

/// Labels that open a block (`Photo:`, `Reporting by`), matched ignoring
/// ASCII case, with the first bytes they can start with.
struct Labels {
    list: &'static [&'static str],
    /// Whether a label starts with this byte, in either ASCII case.
    first: [bool; 256],
}

impl Labels {
    const fn new(list: &'static [&'static str]) -> Labels {
        let mut first = [false; 256];
        let mut i = 0;
        while i < list.len() {
            let b = list[i].as_bytes()[0];
            first[b.to_ascii_lowercase() as usize] = true;
            first[b.to_ascii_uppercase() as usize] = true;
            i += 1;
        }
        Labels { list, first }
    }

    /// Whether `s` starts with one of the labels, ignoring ASCII case.
    fn open(&self, s: &str) -> bool {
        // Bytes equal up to ASCII case to a whole label end on a char
        // boundary of `s`, so comparing bytes is the same test as comparing
        // `str`s. Every block is asked about some thirty labels, and its
        // first byte rules out nearly all of them at one lookup.
        let s = s.as_bytes();
        s.first().is_some_and(|&b| self.first[usize::from(b)])
            && self.list.iter().any(|p| s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
    }
}

/// The labels of a photo credit.
static PHOTO_LABELS: Labels = Labels::new(&[
    "photograph:",
    "photographs:",
    "photo:",
    "photos:",
    "image:",
    "images:",
    "picture:",
    "credit:",
    "illustration:",
    "photograph by",
    "photo by",
    "image copyright",
    "image source",
    "photo credit",
    "picture credit",
]);

/// The labels of a byline or a wire service's credits.
static CREDIT_LABELS: Labels = Labels::new(&[
    "reporting by",
    "(reporting by",
    "additional reporting",
    "(additional reporting",
    "writing by",
    "(writing by",
    "editing by",
    "(editing by",
    "compiled by",
    "copyright",
    "©",
    "(c) ",
    // A syndication credit repeats the story's headline after it (`This
    // article originally appeared on The Valley Courier: Board backs …`),
    // and a headline may open with a body that `proposes` something.
    "this article originally appeared",
    "this story originally appeared",
    "this article first appeared",
    "this story first appeared",
    "this article was originally published",
    "this story was originally published",
]);

/// The labels of a time stamp.
static STAMP_LABELS: Labels = Labels::new(&["updated ", "published ", "last updated", "posted "]);

/// Whether `s` is a video player's running time: `Duration 2:07`.
fn video_duration(s: &str) -> bool {
    s.strip_prefix("Duration ").is_some_and(|t| {
        let t = t.trim_end();
        t.len() <= 8 && t.contains(':') && t.bytes().all(|c| c.is_ascii_digit() || c == b':')
    })
}

/// Whether `s` is the label of a list of links to other stories (`Related
/// News`, `More stories`, `Read next`).
fn related_label(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "read more",
        "also read",
        "read next",
        "more stories",
        "more news",
        "latest news",
        "top stories",
        "most read",
        "recommended",
        "you may also like",
        "more on this story",
    ];
    let t = s.trim().trim_end_matches(':');
    t.len() <= 40
        && (t.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("related"))
            || LABELS.iter().any(|l| t.eq_ignore_ascii_case(l)))
}

/// Whether `s` has the shape of a story's headline printed as a link: one
/// line of at most twenty words that starts with a capital and ends no
/// sentence, nor leads into what follows (`,`, `;`, `:`), and is no
/// signed vox pop.
fn link_headline(s: &str) -> bool {
    s.len() <= 160
        && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !ends_sentence(s)
        && !s.ends_with([',', ';', ':'])
        && word_count(s) <= 20
        && !signed_quote(s)
}

/// Whether `s` is a short line in title case: at least four words of four
/// letters or more, all capitalized, and no quotation marks.
fn title_case(s: &str) -> bool {
    if s.len() > 200 || s.contains(['"', '“', '”']) {
        return false;
    }
    let long: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    long.len() >= 4 && long.iter().all(|w| w.starts_with(char::is_uppercase))
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

fn classify(s: &str, seen_body: bool) -> BlockKind {
    // Several tests below ask how many words the block has: count them
    // once, and only if one of them gets that far.
    let words = &WordCount::new(s);
    if is_video_credit(s, words) {
        return BlockKind::VideoCredit;
    }
    // Whether the block ends a sentence: read once here for the three
    // tests below that ask it of the whole block (a body paragraph reached
    // two or three of them, each trimming its end again).
    let ends = ends_sentence(s);
    if is_photo_credit(s, words, ends) {
        return BlockKind::PhotoCredit;
    }
    if is_caption(s, ends) {
        return BlockKind::Caption;
    }
    if is_byline(s, words, ends) {
        return BlockKind::Byline;
    }
    if is_standalone_dateline(s, words) {
        return BlockKind::Dateline;
    }
    // A short block: the word count comes last, as most short blocks end
    // a sentence and are told from headings without it.
    if s.len() <= 160 && !ends && !s.ends_with([',', ';']) && words.get() <= 20 {
        let first = s.chars().next().unwrap_or(' ');
        if !first.is_lowercase() {
            if !seen_body {
                return BlockKind::Headline;
            }
            if crate::attribution::headline_claim(s).is_some() {
                // A `Name: claim` line between paragraphs is a video title.
                return BlockKind::Headline;
            }
            // (A line ending in a colon leads into what follows, `He
            // told members:`, except a section's label: `MORE NEWS:`,
            // `Read more:`, which is followed by other stories' headlines.)
            // (A vox pop, `"Too dear." – Ann Cole, retired`, is as short
            // and ends in a name, but is body.)
            if words.get() <= 12 && (!s.ends_with(':') || related_label(s)) && !signed_quote(s) {
                return BlockKind::Heading;
            }
        }
    }
    BlockKind::Body
}

/// `01:10 - Source: CNN`. `words` counts the words of `s`.
fn is_video_credit(s: &str, words: &WordCount<'_>) -> bool {
    let digits = s.bytes().take_while(|b| b.is_ascii_digit() || *b == b':').count();
    if digits < 4 || !s[..digits].contains(':') || words.get() > 8 {
        return false;
    }
    let rest = s[digits..].trim_start();
    rest.starts_with(is_dash) && s.contains("Source")
}

/// `Photograph: Jane Doe/Reuters`, `Image copyright Getty Images`, `Jane Doe/AP`.
/// `words` counts the words of `s`; `ends` is whether `s` ends a sentence.
fn is_photo_credit(s: &str, words: &WordCount<'_>, ends: bool) -> bool {
    if PHOTO_LABELS.open(s) {
        return words.get() <= 14;
    }
    // The tests that look at a few bytes come before the one that reads
    // the whole block: a body paragraph ends a sentence, and stops there.
    // A slash is looked for before the words are counted: most blocks
    // that do not end a sentence (headings, headlines) have none.
    !ends && s.contains('/') && words.get() <= 8 && !s.contains("://") && {
        let tail = s.rsplit('/').next().unwrap_or("");
        tail.chars().next().is_some_and(char::is_uppercase) && word_count(tail) <= 3
    }
}

/// Phrases that only a photo caption contains.
const CAPTION_MARKERS: [&str; 10] = [
    "(Photo by",
    "(Photo:",
    "(Image:",
    "(AP Photo",
    "(Photograph",
    "(Picture:",
    "/Getty Images)",
    "(Getty Images)",
    "Image caption",
    "(File photo",
];

/// Whether `s` contains one of [`CAPTION_MARKERS`]. All but two open with a
/// parenthesis, which is rare in news text, and the other two hold
/// `Image`: one scan for `(` and `I` finds every place one can stand, with
/// no automaton run over every block.
fn has_caption_marker(s: &str) -> bool {
    let b = s.as_bytes();
    let marker_at = |i: usize| CAPTION_MARKERS.iter().any(|m| b[i..].starts_with(m.as_bytes()));
    memchr::memchr2_iter(b'(', b'I', b).any(|i| {
        // `/Getty Images)` and `(Getty Images)` hold `Image` seven bytes in.
        b[i] == b'(' && marker_at(i)
            || b[i..].starts_with(b"Image") && (marker_at(i) || i.checked_sub(7).is_some_and(marker_at))
    })
}

/// `SEOUL, SOUTH KOREA - SEPTEMBER 20: … (Photo by …/Getty Images)`.
/// `ends` is whether `s` ends a sentence.
fn is_caption(s: &str, ends: bool) -> bool {
    if has_caption_marker(s) {
        return true;
    }
    // `Caption: The commissioner spoke at the Capitol on Wednesday.`: a
    // caption some sites print with its label.
    if ["Caption:", "CAPTION:", "Photo caption:"].iter().any(|l| s.starts_with(l)) {
        return true;
    }
    // `Staff photo by Ana Ruiz / Boats wait at the quay on Monday.`: the
    // credit first, then a slash and the caption, as some papers print it.
    if ["Staff photo by ", "Staff file photo by "].iter().any(|l| s.starts_with(l))
        && s.get(..s.len().min(80)).is_some_and(|head| head.contains(" / "))
    {
        return true;
    }
    // (The block's end is trimmed once for the four readings of its tail.)
    let t = s.trim_end();
    // (The first colon, which the dateline reading below starts from, is
    // looked for once, before the credit's labels: a block with none (most
    // paragraphs) has no label to look for, and is not scanned again. `t`
    // differs from `s` only by white space, so it has a colon when `s`
    // has one, and ends a sentence when `s` does.)
    let colon = memchr::memchr(b':', s.as_bytes());
    if ends_with_credit(t, colon.is_some())
        || ends_with_caps_credit(t)
        || ends_with_bracketed_credit(t)
        || ends_with_courtesy(t, ends)
    {
        return true;
    }
    // An all-caps place, a dash, an all-caps month and a colon.
    let Some(colon) = colon else {
        return false;
    };
    let head = &s[..colon];
    // The place has no lowercase letter, so a dash after the first one
    // fails below: the dashes are looked for before it only (most
    // paragraphs have one within their first few bytes), with no substring
    // searcher set up per block.
    let lower = head.char_indices().find(|&(_, c)| c.is_lowercase()).map_or(head.len(), |(i, _)| i);
    let window = &head.as_bytes()[..head.len().min(lower + " – ".len())];
    let find = |pat: &[u8]| window.windows(pat.len()).position(|w| w == pat);
    let dash = match find(b" - ") {
        Some(d) => d,
        // The en dash counts only where the hyphen is nowhere in `head`.
        None => match find(" – ".as_bytes()) {
            Some(d) if !head.contains(" - ") => d,
            _ => return false,
        },
    };
    let place = &head[..dash];
    let date = head[dash..].trim_start_matches(|c: char| is_dash(c) || c == ' ');
    let caps = |t: &str| t.chars().any(char::is_alphabetic) && t.chars().all(|c| !c.is_lowercase());
    caps(place) && date.split_whitespace().next().is_some_and(|w| caps(w) && w.len() >= 3)
}

/// `The mayor speaks at the meeting on Tuesday. ANA RUIZ — THE HARBOUR
/// GAZETTE`, `… last fall.LENA MARSH/GLOBE STAFF`: a caption that ends, after
/// its last sentence, with its credit in capitals: two to eight words with
/// no lowercase letter, a photographer and the paper. No paragraph of the
/// story ends so. (Only a block whose last character is a capital letter
/// is read further, and only its tail, from the last full stop.) `s` ends
/// with no white space.
fn ends_with_caps_credit(s: &str) -> bool {
    if !s.chars().next_back().is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    // The credit is short: look for the last full stop within its reach.
    let mut from = s.len().saturating_sub(80);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let Some(dot) = s[from..].rfind('.').map(|d| from + d) else { return false };
    let (sentence, credit) = (s[..dot].trim(), s[dot + 1..].trim());
    let words = word_count(credit);
    // (A sentence must stand before it: a credit alone is a photo credit,
    // and the stop of an initial (`J. MARSH`) is no sentence's end.)
    word_count(sentence) >= 4
        && !sentence.ends_with(|c: char| {
            c.is_uppercase() && sentence.len() >= 2 && {
                let before = sentence[..sentence.len() - c.len_utf8()].chars().next_back();
                before.is_none_or(|b| !b.is_alphanumeric())
            }
        })
        && (2..=8).contains(&words)
        && credit.chars().filter(|c| c.is_alphabetic()).count() >= 6
        && !credit.chars().any(char::is_lowercase)
}

/// `Taxi drivers queue at the airport. Photo: Wong Chun-kit`: a caption that
/// ends with its credit, as several outlets print them. The credit is a few
/// capitalized words (a name, an agency, `Handout`), after the last
/// sentence. Some outlets (New Zealand's among them) split the label from
/// the credit by a slash instead: `… at the wharf. Photo / Ana Ruiz`. `s`
/// ends with no white space; `colon` is whether it has a colon anywhere.
fn ends_with_credit(s: &str, colon: bool) -> bool {
    const LABELS: [&str; 6] = ["Photo:", "Photograph:", "Picture:", "Image:", "Photo credit:", "Photos:"];
    let credited = |before: &str, credit: &str| {
        let before = before.trim_end();
        let credit = credit.trim();
        (before.is_empty() || before.ends_with(['.', '!', '?', ')', '”', '"']))
            && !credit.is_empty()
            && word_count(credit) <= 5
            && !ends_sentence(credit)
            && credit.split_whitespace().all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
    };
    // The slashed label: only the last few dozen bytes can hold it, so only
    // they are searched.
    let mut from = s.len().saturating_sub(64);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    // (Found by its slash, from the right: `str::rfind` sets up a substring
    // searcher for every block, and most tails hold no slash at all. Each
    // `Photo /` ends at its own slash, so the last slash with `Photo `
    // before it starts the last `Photo /`, which `rfind` would find.)
    let tail = &s.as_bytes()[from..];
    if let Some(at) = memchr::memrchr_iter(b'/', tail)
        .find(|&slash| slash >= b"Photo ".len() && tail[..slash].ends_with(b"Photo "))
        .map(|slash| from + slash - b"Photo ".len())
        && credited(&s[..at], &s[at + "Photo /".len()..])
    {
        return true;
    }
    // Every label ends with a colon, and most paragraphs have none (then
    // there is nothing to walk, and the block is not scanned): walk the
    // colons from the right, so that each label is tried at its last
    // occurrence, instead of searching the paragraph once per label.
    if !colon {
        return false;
    }
    let mut tried = [false; LABELS.len()];
    for colon in memchr::memrchr_iter(b':', s.as_bytes()) {
        let head = &s[..=colon];
        for (k, label) in LABELS.iter().enumerate() {
            if tried[k] || !head.ends_with(label) {
                continue;
            }
            tried[k] = true;
            if credited(&s[..colon + 1 - label.len()], &s[colon + 1..]) {
                return true;
            }
        }
    }
    false
}

/// `Lena Marsh/The Tarn Courier & Daily News`: a photographer's name and
/// an outlet's, split by a slash, with no full stop: a name of one to four
/// capitalized words, then at most six more words, all capitalized but
/// `&` and one joining word. Only a line right under another is read so
/// (see [`split`]): alone, such a line may be a heading.
fn slash_credit(s: &str) -> bool {
    if ends_sentence(s) || s.len() > 100 || s.contains("://") {
        return false;
    }
    let Some((name, outlet)) = s.split_once('/') else { return false };
    let capitalized = |w: &str| w.starts_with(char::is_uppercase);
    (1..=4).contains(&word_count(name))
        && name.split_whitespace().all(capitalized)
        && outlet.trim_start().starts_with(char::is_uppercase)
        && (1..=6).contains(&word_count(outlet))
        && outlet.split_whitespace().filter(|&w| !capitalized(w) && w != "&").count() <= 1
}

/// `Boats wait at the quay on Monday. (Lena Marsh / Harbour Gazette)`: a
/// caption that ends with its credit in brackets, a photographer and the
/// outlet (in either order) split by a slash. A paragraph of the story
/// never ends on a bracket of capitalized words that a slash splits.
/// (Three words at least, so a party and a state, `(D/Ill.)`, is no
/// credit; only the last bracket, at most 80 bytes long, is read.) `s`
/// ends with no white space.
fn ends_with_bracketed_credit(s: &str) -> bool {
    let Some(body) = s.strip_suffix(')') else { return false };
    let Some(open) = memchr::memrchr(b'(', body.as_bytes()) else { return false };
    let (before, inner) = (body[..open].trim_end(), &body[open + 1..]);
    if inner.len() > 80 || inner.contains("://") || word_count(before) < 3 {
        return false;
    }
    let Some((left, right)) = inner.split_once('/') else { return false };
    let capitalized = |side: &str| {
        let side = side.trim();
        side.chars().next().is_some_and(char::is_uppercase) && side.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    capitalized(left)
        && capitalized(right)
        && word_count(left) + word_count(right) >= 3
        && word_count(left) + word_count(right) <= 10
        // (`file photo`, `via Getty`: a few lowercase words at most.)
        && inner.split_whitespace().filter(|w| w.starts_with(char::is_lowercase)).count() <= 2
}

/// `A drawing shows the new pier. Courtesy of Harbour Trust`: a caption
/// that ends with the credit of a picture its subject handed out, a few
/// capitalized words after `Courtesy of` and no full stop, after the
/// caption's last sentence. `s` ends with no white space.
/// `ends` is whether `s` ends a sentence (its caller has read that).
fn ends_with_courtesy(s: &str, ends: bool) -> bool {
    // (A searcher built once: `str::rfind` sets one up for every block
    // that reaches it.)
    static COURTESY: LazyLock<memchr::memmem::FinderRev<'static>> =
        LazyLock::new(|| memchr::memmem::FinderRev::new(b"Courtesy "));
    if ends {
        return false;
    }
    let Some(at) = COURTESY.rfind(s.as_bytes()) else { return false };
    let (before, credit) = (s[..at].trim_end(), &s[at + "Courtesy ".len()..]);
    let credit = credit.strip_prefix("of ").unwrap_or(credit);
    before.ends_with(['.', '!', '?', ')', '”', '"'])
        && (1..=6).contains(&word_count(credit))
        && credit.split_whitespace().all(|w| w.starts_with(|c: char| !c.is_lowercase()))
}

/// `By Jane Doe`, `(Reporting by …; Editing by …)`, `REUTER`, `Updated 3:45 PM ET`.
/// `words` counts the words of `s`.
/// `ends` is whether `s` ends a sentence.
fn is_byline(s: &str, words: &WordCount<'_>, ends: bool) -> bool {
    let bare = s.trim_matches(|c: char| c == '(' || c == ')' || is_dash(c) || c == ' ' || c == '.');
    const SIGN_OFFS: [&str; 9] = ["reuter", "reuters", "ap", "afp", "ends", "end", "-30-", "###", "bloomberg"];
    if SIGN_OFFS.iter().any(|w| bare.eq_ignore_ascii_case(w)) {
        return true;
    }
    // A wire service's name alone, in capitals: ` TIDEWIRE`.
    if bare.len() >= 2 && bare.chars().all(|c| c.is_uppercase() || c == '-') && words.get() == 1 {
        return true;
    }
    if CREDIT_LABELS.open(s) {
        return true;
    }
    // (`by Ana Ruiz, ProPublica, and …`: some outlets print it in lower case.)
    if (s.starts_with("By ") || s.starts_with("by "))
        && s[3..].chars().next().is_some_and(char::is_uppercase)
        && !ends
        && words.get() <= 12
    {
        return true;
    }
    STAMP_LABELS.open(s) && words.get() <= 15 && s.bytes().any(|b| b.is_ascii_digit())
}

/// `CNN —`, `WASHINGTON (CNN) —` on a line of their own. `words` counts the
/// words of `s`.
fn is_standalone_dateline(s: &str, words: &WordCount<'_>) -> bool {
    s.trim_end().ends_with(is_dash) && s.chars().next().is_some_and(char::is_uppercase) && words.get() <= 8
}

/// A transcript's speaker label: `RAFAEL IBARRA: …`, `NINA SALAZAR, HOST: …`.
/// Returns the length of the name and where the words start.
pub(crate) fn turn_label(s: &str) -> Option<(usize, usize)> {
    // Most paragraphs have no `: ` near their start: look for the colon
    // alone (`str::find` sets up a substring searcher on every call).
    let window = &s.as_bytes()[..floor_char_boundary(s, 60)];
    let colon = memchr_iter(b':', window).find(|&i| window.get(i + 1) == Some(&b' '))?;
    let head = &s[..colon];
    let name = head.split(", ").next().unwrap_or(head);
    let words: Vec<&str> = name.split_whitespace().collect();
    let caps = |w: &str| {
        w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-' | '.'))
    };
    let role_ok = head.len() == name.len() || head[name.len() + 2..].split_whitespace().count() <= 4;
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| caps(w)) || !role_ok {
        return None;
    }
    // `Q:` and `A:` label turns without naming anybody.
    if name.len() < 2 {
        return None;
    }
    Some((name.len(), colon + 2))
}

/// Whether a block is one quotation in double marks signed after a dash
/// (`"…" – Ann Cole`), as vox pops print them.
fn signed_quote(s: &str) -> bool {
    if !s.starts_with(['"', '“']) {
        return false;
    }
    let Some(close) = s.rfind(['"', '”']) else { return false };
    let after = close + s[close..].chars().next().map_or(1, char::len_utf8);
    close > 0 && quote_signature(&s[after..]).is_some()
}

/// The name that signs a quotation filling its paragraph, as vox pops
/// print them (`"…" – Ann Cole, 54, resident`), in `tail`, the text after
/// the closing mark: its byte range there. Only a dash, then two to four
/// capitalized words, then the end or a comma and a few words of age,
/// place or job; anything longer is a sentence, not a signature.
pub(crate) fn quote_signature(tail: &str) -> Option<(usize, usize)> {
    if tail.len() > 120 {
        return None;
    }
    let rest = tail.trim_start();
    let mut chars = rest.chars();
    if !matches!(chars.next(), Some('–' | '—' | '-')) || !chars.next().is_some_and(char::is_whitespace) {
        return None;
    }
    let after_dash = tail.len() - rest.len() + rest.chars().next()?.len_utf8();
    let body = &tail[after_dash..];
    let start = after_dash + (body.len() - body.trim_start().len());
    let signed = tail[start..].trim_end();
    let name = signed.split(',').next().unwrap_or(signed).trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    let word_ok = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    if !(2..=4).contains(&words.len()) || !words.iter().all(|w| word_ok(w)) {
        return None;
    }
    // (`– Ann Cole, who runs the cafe, said so`: a clause, not a label.)
    if signed[name.len()..].split_whitespace().count() > 8 || signed.contains(['"', '“', '”']) {
        return None;
    }
    Some((start, start + name.len()))
}

/// The name that labels a quotation filling the rest of its paragraph, as
/// reaction lists print them (`Ann Cole: "…"`, `- Cllr Ann Cole: "…"`), in
/// `head`, the text before the opening mark: its byte range there. Only an
/// optional list bullet, then two to five capitalized words (a title and a
/// name), or a capitalized word, lower-case role words and a name of two
/// or more capitalized words (`Unite regional officer Ann Cole`, whose
/// label is the name alone), then a colon; anything else is a sentence or
/// a heading.
pub(crate) fn quote_label(head: &str) -> Option<(usize, usize)> {
    if head.len() > 60 {
        return None;
    }
    let label = head.trim_end().strip_suffix(':')?;
    let body = label.trim_start_matches(['-', '–', '—', '•', '*', ' ']);
    let start = label.len() - body.len();
    let words: Vec<&str> = body.split_whitespace().collect();
    let word_ok = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    if !(2..=7).contains(&words.len()) {
        return None;
    }
    // `Unite regional officer Gail Burt:`: lower-case role words may stand
    // between a capitalized first word and the name, which is at least two
    // capitalized words at the end. The last of them must be a role and
    // none a verb or a function word, so that `Residents told Ana Ruiz:`,
    // a sentence, is no label.
    let lower = words.iter().filter(|w| !word_ok(w)).count();
    let mut from = start;
    let caps_ok = if lower == 0 {
        words.len() <= 5
    } else {
        let first_lower = words.iter().position(|w| !word_ok(w)).unwrap_or(0);
        let run = &words[first_lower..first_lower + lower];
        let clause = flag::VERB | flag::AUX | flag::MODAL | flag::PREP | flag::CONJ | flag::DET | flag::PRONOUN;
        let flags = |w: &str| LEXICON.flags(&w.to_lowercase());
        // (The label is the name alone: the words before it describe the
        // person, as a title does, and are no part of the name.)
        let name = words.get(first_lower + lower).copied().unwrap_or("");
        from = start + (name.as_ptr() as usize).saturating_sub(body.as_ptr() as usize);
        first_lower >= 1
            && words.len() - (first_lower + lower) >= 2
            && words[first_lower + lower..].iter().all(|w| word_ok(w))
            && run.iter().all(|w| w.chars().all(char::is_alphabetic) && flags(w) & clause == 0)
            && run.last().is_some_and(|w| flags(w) & (flag::ROLE | flag::TITLE) != 0)
    };
    if !caps_ok {
        return None;
    }
    Some((from, start + body.trim_end().len()))
}

/// The length of a dateline at the start of a paragraph, such as
/// `NEW DELHI, March 1 - ` or `LONDON, Nov 3 (Reuters) - `, including the dash
/// and the space after it.
pub(crate) fn inline_dateline(s: &str) -> Option<usize> {
    let window = &s[..floor_char_boundary(s, 80)];
    // `AHMEDABAD: Bus services …`: a place in capitals and a colon. (The
    // colon is found by itself: `str::find` sets up a substring searcher on
    // every call, which costs more than reading 80 bytes.)
    let bytes = window.as_bytes();
    if let Some(colon) = memchr_iter(b':', bytes).find(|&i| bytes.get(i + 1) == Some(&b' ')) {
        let head = &window[..colon];
        let words = head.split_whitespace().count();
        if (1..=3).contains(&words)
            && head.len() >= 3
            && head.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.')
            && s[colon + 2..].chars().next().is_some_and(char::is_uppercase)
        {
            return Some(colon + 2);
        }
    }
    // The first dash that is not a hyphen inside a word: a `-` at the start
    // or after a space, or an en or em dash anywhere. The dashes are found
    // as bytes (`-`, or the lead byte 0xE2 of `–` and `—`), without decoding
    // every character before them.
    let (dash_at, dash) = memchr::memchr2_iter(b'-', 0xE2, bytes).find_map(|i| {
        if bytes[i] == b'-' {
            (i == 0 || bytes[i - 1] == b' ').then_some((i, '-'))
        } else {
            window[i..].chars().next().filter(|&c| is_dash(c)).map(|c| (i, c))
        }
    })?;
    let head = window[..dash_at].trim_end();
    if head.is_empty() || head.len() < 2 {
        return None;
    }
    let first = head.split([' ', ',']).next().unwrap_or("");
    let caps_place = first.len() >= 2 && first.chars().all(|c| c.is_uppercase() || c == '.' || c == '\'');
    let agency = head.ends_with(')') && head.contains('(');
    // Periods only in abbreviations: `NEW HAVEN, Conn. —`.
    let odd_period =
        head.split_whitespace().any(|w| w.contains('.') && w.trim_matches(|c: char| !c.is_alphabetic()).len() > 5);
    let plain_place = caps_place && !odd_period && !head.contains(['"', '“']);
    if !(agency || plain_place) {
        return None;
    }
    // The words before the dash must be few: a place, a date, an agency.
    if word_count(head) > 7 {
        return None;
    }
    // `… /PRNewswire/ -- Cedar Valley Health …`: a doubled dash.
    let after = dash_at + dash.len_utf8();
    let rest = &s[after..];
    let skip = rest.len() - rest.trim_start_matches(|c: char| is_dash(c) || c.is_whitespace()).len();
    Some(after + skip)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        split(text).into_iter().map(|b| (b.kind, b.span.slice(text))).collect()
    }

    /// [`ends_with_credit`] as `is_caption` asks it.
    fn credit(s: &str) -> bool {
        ends_with_credit(s, s.contains(':'))
    }

    /// [`ends_with_courtesy`] as `is_caption` asks it.
    fn courtesy(s: &str) -> bool {
        ends_with_courtesy(s, ends_sentence(s))
    }

    #[test]
    fn a_caption_ends_with_a_capitalized_credit_after_its_last_sentence() {
        assert!(ends_with_caps_credit(
            "The warden speaks to residents at the hall on Tuesday. OLA BRANDT \u{2014} THE TARN COURIER"
        ));
        assert!(ends_with_caps_credit("Ferries wait at the quay last winter.LENA MARSH/HARBOUR STAFF"));
        assert!(!ends_with_caps_credit("The warden said the hall would close, according to the TARN COURIER"));
        assert!(!ends_with_caps_credit("The fund is run by J. MARSH"));
        assert!(!ends_with_caps_credit("OLA BRANDT/THE TARN COURIER"));
        assert!(!ends_with_caps_credit("The warden said the plan was fine. He spoke to the BBC"));
    }

    #[test]
    fn a_caption_ends_with_a_credit_after_its_last_sentence() {
        assert!(credit("Boats wait out the storm. Photo credit: Lena Marsh"));
        assert!(credit("Photo: file. Ferries at the quay. Picture: Port Authority"));
        // The last label decides, wherever an earlier one stands.
        assert!(credit("Photo: the old pier. The new pier opens. Photo: Harbour Trust"));
        assert!(!credit("The mayor said: we will look at the photo: all of it."));
        assert!(!credit("Ferries at the quay Photo: Harbour Trust"));
        assert!(!credit("No colon here at all."));
        // The label split from the credit by a slash.
        assert!(credit("Ferries at the Quillon wharf, where skippers say the tide bites. Photo / Ana Ruiz"));
        assert!(!credit("Skippers say the Photo / Video desk was shut"));
    }

    #[test]
    fn a_caption_ends_with_a_bracketed_credit_or_a_courtesy_line() {
        assert!(ends_with_bracketed_credit("Boats wait at the quay on Monday. (Lena Marsh / Harbour Gazette)"));
        assert!(ends_with_bracketed_credit("The old pier at dusk (Image: Tom Gale/Tarn Courier)"));
        assert!(ends_with_bracketed_credit("The pier in March. (Ola Brandt / Tarn Courier file photo)"));
        assert!(!ends_with_bracketed_credit("The bill was backed by Sen. Ana Ruiz (D/Ill.)"));
        assert!(!ends_with_bracketed_credit("Speeds fell to 40 (km/h per lane)"));
        assert!(!ends_with_bracketed_credit("(Lena Marsh / Harbour Gazette)"));
        assert!(courtesy("A drawing shows the new pier. Courtesy of Harbour Trust"));
        assert!(courtesy("The pier in 1920. Courtesy Tarn Museum"));
        assert!(!courtesy("The trust said the drawing was shared as a courtesy of the board."));
        assert!(!courtesy("A drawing shows the pier. Courtesy of the trust, which paid for it"));
    }

    #[test]
    fn a_labelled_caption_is_a_caption() {
        let text = "Reserve\n\nThe state will draw on its reserve.\n\nCaption: The commissioner spoke about the forecast on Wednesday.\n";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Headline, "Reserve"),
                (BlockKind::Body, "The state will draw on its reserve."),
                (BlockKind::Caption, "Caption: The commissioner spoke about the forecast on Wednesday."),
            ]
        );
    }

    #[test]
    fn one_paragraph_per_line_in_plain_text() {
        let text = "Bridge vote delayed\n\nThe council met on Tuesday.\nIt adjourned at noon.\n";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Headline, "Bridge vote delayed"),
                (BlockKind::Body, "The council met on Tuesday."),
                (BlockKind::Body, "It adjourned at noon."),
            ]
        );
    }

    #[test]
    fn wire_copy_joins_wrapped_lines_and_splits_on_indent() {
        let text = "MILL TO CLOSE\n    LEEDS, May 2 - The owners of the old textile mill on the river\nsaid on Friday it would close its doors for good\nby the summer.\n    Workers said they had not been told of the plan\nor consulted about it.\n REUTER\n";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Headline, "MILL TO CLOSE"),
                (BlockKind::Dateline, "LEEDS, May 2 -"),
                (
                    BlockKind::Body,
                    "The owners of the old textile mill on the river\nsaid on Friday it would close its doors for good\nby the summer."
                ),
                (BlockKind::Body, "Workers said they had not been told of the plan\nor consulted about it."),
                (BlockKind::Byline, "REUTER"),
            ]
        );
    }

    #[test]
    fn page_furniture_is_recognised() {
        let text = "Harbour plan: what next\n02:31 - Source: KTV\nKTV  — \n\nThe harbour plan passed.\n\nLISBON, PORTUGAL - MAY 4: A crane lifts a beam at the dock on May 4, 2020 in Lisbon. (Photo by Ana Reis/Agency)\nPhotograph: Tom Gale/Reuters\nWhat comes next\nBy Jane Doe\n";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            got,
            [
                BlockKind::Headline,
                BlockKind::VideoCredit,
                BlockKind::Dateline,
                BlockKind::Body,
                BlockKind::Caption,
                BlockKind::PhotoCredit,
                BlockKind::Heading,
                BlockKind::Byline,
            ]
        );
    }

    #[test]
    fn a_line_right_above_a_photo_credit_is_its_caption() {
        let text = "Pier plan\n\nThe pier will close.\n\nBoats at the quay on Monday. The trust has proposed a new pier.\nLena Marsh/Tarn Courier\n\nThe trust said it would pay.\n\nLena Marsh/Tarn Courier\n\nThe old pier in 1920. The trust has kept it.\nOla Brandt/The Tarn Courier & Daily News\n";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            got,
            [
                BlockKind::Headline,
                BlockKind::Body,
                BlockKind::Caption,
                BlockKind::PhotoCredit,
                // (A blank line between: a credit on its own.)
                BlockKind::Body,
                BlockKind::PhotoCredit,
                BlockKind::Caption,
                BlockKind::PhotoCredit,
            ]
        );
    }

    #[test]
    fn name_claim_line_mid_article_is_a_headline() {
        let text =
            "Port deal signed\n\nThe deal was signed.\n\nOkafor: The port will reopen in spring\n\nMore text here.";
        assert_eq!(kinds(text)[2].0, BlockKind::Headline);
    }

    #[test]
    fn crlf_and_bom_give_the_same_blocks() {
        let clean = "Harbour reopens\n\nThe harbour reopened on Monday.\n";
        let messy = "\u{feff}Harbour reopens\r\n\r\nThe harbour reopened on Monday.\r\n";
        let a: Vec<_> = kinds(clean).into_iter().map(|(k, s)| (k, s.to_string())).collect();
        let b: Vec<_> = kinds(messy).into_iter().map(|(k, s)| (k, s.to_string())).collect();
        assert_eq!(a, b);
    }

    #[test]
    fn word_count_counts_as_split_whitespace_does() {
        let many = "w ".repeat(30);
        let (at_most_256, longer) = (" w".repeat(128), "w ".repeat(200));
        let odd = "ab\u{1c} cd\u{1f}\u{7f}".repeat(5);
        for s in [
            "",
            "  ",
            "one",
            " one  two\t three\n",
            "a\u{a0}b\u{2003}c\u{feff}d",
            "x\u{b}y\u{c}z",
            "é\u{85}ü",
            &many,
            &at_most_256,
            &longer,
            &odd,
            "“Quoted” words — and ‘more’…",
            "x\u{3000}y\u{1680}z",
            "x\u{205f}y\u{2028}z\u{2029}w",
            "‘a’\u{202f}b\u{200a}c\u{200b}d\u{2000}e",
            "x\u{85}",
            "ab\tcd\ne\rf\u{b}g\u{c}h\u{8}i\u{e}j\u{1f} k!~",
            "12345678 abcdefgh\t\t\t\t\t\t\t\tq",
            "        é       x",
            &"word ".repeat(20),
            &"word ".repeat(21),
            &"wordy\u{a0}".repeat(22),
        ] {
            assert_eq!(word_count(s), s.split_whitespace().take(21).count(), "{s:?}");
        }
        // Every string of up to 11 characters over space, a letter and a
        // control character that is white space, so that the eight-byte
        // pass meets each pattern at each place of a chunk.
        for n in 0..=11u32 {
            for mut code in 0..3usize.pow(n) {
                let mut s = String::new();
                for _ in 0..n {
                    s.push([' ', 'a', '\u{b}'][code % 3]);
                    code /= 3;
                }
                assert_eq!(word_count(&s), s.split_whitespace().take(21).count(), "{s:?}");
            }
        }
    }

    #[test]
    fn trim_span_trims_as_str_trim_does() {
        // The general definition: Unicode white space and the byte-order
        // mark off both ends, an empty span at the start when nothing is left.
        let general = |text: &str, start: usize, end: usize| {
            let slice = &text[start..end];
            let head = slice.len() - slice.trim_start_matches(is_space).len();
            let tail = slice.trim_end_matches(is_space).len();
            if head >= tail { Span::new(start, start) } else { Span::new(start + head, start + tail) }
        };
        for text in [
            "",
            "   ",
            " \t word \r\n",
            "\u{feff}Title",
            "\u{a0} \u{2003}x\u{3000} \u{85}",
            "\u{a0}\u{2003}",
            "é ",
            " ü\u{feff}",
            "“quoted” \u{202f}",
        ] {
            let ends: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for &a in &ends {
                for &b in ends.iter().filter(|&&b| b >= a) {
                    assert_eq!(trim_span(text, a, b), general(text, a, b), "{text:?} {a}..{b}");
                }
            }
        }
    }

    #[test]
    fn caption_markers_are_found_wherever_they_stand() {
        let aho = aho_corasick::AhoCorasick::new(CAPTION_MARKERS).unwrap();
        let mut texts = vec![
            String::new(),
            "Image".into(),
            "Getty Images)".into(),
            "(Getty Images".into(),
            "x/Getty Images) y".into(),
            "((Photo by".into(),
            "Image captions".into(),
            "an Image of (Getty Images)".into(),
        ];
        for m in CAPTION_MARKERS {
            for (before, after) in [("", ""), ("Boats (at sea) ", " more"), ("Image (", ")"), ("é", "’")] {
                texts.push(format!("{before}{m}{after}"));
                texts.push(format!("{before}{}{after}", &m[1..]));
                texts.push(format!("{before}{}{after}", &m[..m.len() - 1]));
            }
        }
        for t in &texts {
            assert_eq!(has_caption_marker(t), aho.is_match(t), "{t:?}");
        }
    }

    #[test]
    fn labels_match_as_a_case_blind_prefix() {
        let slow = |s: &str, list: &[&str]| {
            list.iter().any(|p| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        };
        for labels in [&PHOTO_LABELS, &CREDIT_LABELS, &STAMP_LABELS] {
            for p in labels.list {
                let cut = &p[..p.len() - p.chars().last().map_or(0, char::len_utf8)];
                for s in [p.to_string(), p.to_uppercase(), format!("{p} Jane Doe"), cut.to_string()] {
                    assert_eq!(labels.open(&s), slow(&s, labels.list), "{s:?}");
                }
            }
            for s in ["", "The photo", "PHOTO: X", "(C) 2020", "© AP", "Updated 3pm", "é"] {
                assert_eq!(labels.open(s), slow(s, labels.list), "{s:?}");
            }
        }
    }

    #[test]
    fn inline_datelines() {
        let cut = |s: &'static str| inline_dateline(s).map(|n| &s[n..]);
        assert_eq!(cut("NEW DELHI, March 1 - Opposition leaders said"), Some("Opposition leaders said"));
        assert_eq!(cut("WASHINGTON (AP) — The Senate voted"), Some("The Senate voted"));
        assert_eq!(cut("Seoul (CNN) — The talks"), Some("The talks"));
        assert_eq!(cut("LAGOS: Fuel queues returned"), Some("Fuel queues returned"));
        assert_eq!(
            cut("PORTLAND, Ore., May 6, 2025 /PRNewswire/ -- Alder Health today announced"),
            Some("Alder Health today announced")
        );
        assert_eq!(inline_dateline("The plan - which failed - was dropped"), None);
        assert_eq!(inline_dateline("It was a well-known fact"), None);
    }
}
