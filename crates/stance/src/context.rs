//! Leans that come from the article around a speaker's words rather than
//! from the words themselves: who proposes the plan, whom a speaker speaks
//! for, and how the narrator sorts the speakers into camps.
//!
//! News style places its speakers for the reader. The headline and the lead
//! name who is doing the thing the story is about (*Halvard to build battery
//! plant*); a spokesperson is introduced by the body they speak for (*Its
//! chairman, Rune Falk*, *Arlen's chief executive*); and short narrator
//! sentences announce a change of camp (*Not everyone is convinced.*, *Staff
//! are less sure.*, *But Dina Rask ...*). Each of these gives a speaker a
//! small lean, cited as evidence with its own kind: `proposer`,
//! `affiliation`, `context` or `turn`. The leans are weaker than a clear
//! word of the speaker's own, so they mostly decide speakers whose words
//! carry no cue.

use standpoint_core::{Article, BlockKind, Sentence, Span, SpeakerKind, UtteranceKind};

use crate::Evidence;
use crate::lexicon::{Context, CueClass, Lexicon};
use crate::score::{self, Attributed};
use crate::text::{Norm, View, bytes_equal, splat};
use crate::topic::{self, is_content};

/// The lean of the proposer and of those who speak for it.
const PROPOSER: f64 = 0.3;
/// The lean a spokesperson takes from the body they speak for.
const AFFILIATION: f64 = 0.3;
/// How much of a camp sentence's value passes to the next speaker, and the
/// most it can give.
const CONTEXT_FACTOR: f64 = 0.5;
const CONTEXT_MAX: f64 = 0.3;
/// The lean of a speaker introduced with "But" against the one before.
const TURN: f64 = 0.25;
/// Whether the bytes at `i` open a mark where an apposition ends: `,` `.`
/// `;` `:` `(` `)` `"`, or one of the four that are three bytes `E2 80 xx`
/// (the en and em dash, the curly double quotes). Read by bytes, as a
/// descriptor's search for its end may cross the rest of a long sentence,
/// and decoding it char by char took several times as long. A byte that
/// opens a char is never inside another, so every position this says yes
/// to is a char boundary.
fn break_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        b',' | b'.' | b';' | b':' | b'(' | b')' | b'"' => true,
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94 | 0x9C | 0x9D)),
        _ => false,
    }
}

/// The first mark of [`break_at`] in `text`.
fn find_break(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).find(|&i| break_at(b, i))
}

/// The last mark of [`break_at`] in `text`.
fn rfind_break(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).rev().find(|&i| break_at(b, i))
}

/// An apposition before a name is at most this long (*Halvard's president*).
const APPOSITION_WORDS: usize = 6;
/// A passive's doer (*approved by the city council*) is at most this long.
const AGENT_WORDS: usize = 5;
/// How far into a narrator sentence a camp may be named as its subject.
const CAMP_SUBJECT_WORDS: usize = 4;
/// A narrator sentence longer than this is background, not a camp cue.
const CAMP_WORDS: usize = 20;
/// Words after a sentence's opening "Not" that make it deny a whole camp's
/// view: *Not everyone ...*, *Not all ...*.
const QUANTIFIERS: [&str; 5] = ["everyone", "everybody", "all", "every", "many"];
/// How many body paragraphs after the lead may restate the doer.
const RESTATING_PARAGRAPHS: usize = 4;
/// A paragraph of fewer words than this is a line, not a paragraph.
const SHORT_PARAGRAPH: usize = 12;
/// Titles of office that follow a body's name (*Nordhavn Chief Executive*).
const TITLES: &[&str] = &[
    "chief",
    "ceo",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "boss",
    "executive",
    "head",
    "managing",
    "owner",
];
/// Institutions named *X of Place* (*the University of Essex*): a body of
/// their own, not whatever else bears the place's name.
const INSTITUTIONS: &[&str] = &[
    "university",
    "college",
    "institute",
    "school",
    "academy",
    "bank",
    "chamber",
    "association",
    "federation",
    "union",
    "society",
    "church",
];
/// The last words of a body that decides or runs things (*Aurora School
/// Board*, *Dunmore City Council*): a doer's name ending in one of them,
/// after *in* or *at*, still names the doer, not a place someone works in.
const GOVERNING: &[&str] = &[
    "board",
    "council",
    "district",
    "city",
    "county",
    "department",
    "agency",
    "authority",
    "commission",
    "ministry",
    "government",
    "company",
];
/// A speaker's own words this strong (summed) give others a side to take.
const CLEAR: f64 = 0.1;

/// What is known of the article's utterances when the leans are computed.
pub(crate) struct Inputs<'a> {
    /// The article's headline and lead.
    pub opening: &'a topic::Opening,
    /// Each utterance's value from its own words, verb and frame.
    pub values: &'a [f64],
    /// The part of each value that negative events told as how things
    /// stand give.
    pub states: &'a [f64],
    /// Each speaker's utterances, in reading order.
    pub by_speaker: &'a [Vec<usize>],
    /// Whether each speaker's name states a stance ("critics").
    pub named_stance: &'a [bool],
    /// Whether each speaker is an anonymous source of facts by name.
    pub sources: &'a [bool],
    /// The thing the story's plan takes away, if any.
    pub removal: &'a topic::Removal,
    /// Whether each utterance defers the question ("a matter for the
    /// board").
    pub deflected: &'a [bool],
}

/// The leans for every speaker, in the article's speaker order.
pub(crate) fn leans(
    lex: &Lexicon,
    article: &Article<'_>,
    attributed: &Attributed,
    inputs: &Inputs<'_>,
) -> Vec<Vec<Evidence>> {
    let n = article.speakers.len();
    let mut out: Vec<Vec<Evidence>> = vec![Vec::new(); n];
    let own: Vec<f64> = inputs.by_speaker.iter().map(|us| us.iter().map(|&k| inputs.values[k]).sum()).collect();
    // What a speaker's words say against the proposal, less the harms told
    // as how things stand, which may be the very problem it answers.
    let against: Vec<f64> =
        inputs.by_speaker.iter().map(|us| us.iter().map(|&k| inputs.values[k] - inputs.states[k]).sum()).collect();
    let side = |s: usize| -> f64 {
        let v = own.get(s).copied().unwrap_or(0.0);
        if v.abs() >= CLEAR { v.signum() } else { 0.0 }
    };

    // Whether each speaker only defers the question, asked once per
    // speaker here and once per utterance below.
    let deflecting: Vec<bool> = inputs.by_speaker.iter().map(|us| us.iter().all(|&k| inputs.deflected[k])).collect();

    let proposer = Proposer::find(lex, article, inputs.opening);
    // The proposer's words, searched for in each descriptor before it is
    // split into words: most descriptors hold none of them.
    let doer = proposer.as_ref().map(|p| Mentions::new(&p.tokens));
    let names = Names::new(article);
    let bodies = Bodies::new(lex, article, inputs, &names);
    // The words that can tie a descriptor to another body, searched for in
    // each descriptor before it is split into words.
    let body_words: Vec<String> = bodies.by_last.keys().cloned().collect();
    let named = Mentions::new(&body_words);
    let lead_sentence =
        inputs.opening.lead.first().map(|l| article.sentences.partition_point(|s| s.span.end <= l.start));
    let authored = authors(article, attributed);
    for (s, speaker) in article.speakers.iter().enumerate() {
        if speaker.kind == SpeakerKind::Narrator || inputs.by_speaker[s].is_empty() {
            continue;
        }
        // A source of facts (*the Times reports*) takes no side.
        let source_only = inputs.by_speaker[s]
            .iter()
            .all(|&k| article.utterances[k].cue.as_ref().is_some_and(|c| lex.is_source_verb(c.lemma)));
        // Nor does a speaker who only defers the question.
        if source_only || deflecting[s] || inputs.sources.get(s).copied().unwrap_or(false) {
            continue;
        }
        let first = &article.utterances[inputs.by_speaker[s][0]];
        let descriptor = descriptor(
            article,
            attributed,
            first.sentence,
            first.source,
            first.cue.as_ref().map(|c| c.span),
            first.span,
        );

        // The proposer, by name or as the body a speaker speaks for.
        let mut proposed = None;
        if let Some(p) = &proposer {
            // A person's name ties to the doer only through a word of it
            // that is one of the doer's (its last word), and leaves the
            // doer's words to test below whole unless it holds one: a name
            // and aliases without any, as the doer's search finds them (most
            // speakers are people named apart from the doer), need no
            // splitting into words. (A body's name can also match by its
            // initials, which the search does not see.)
            let apart = speaker.kind == SpeakerKind::Person
                && doer
                    .as_ref()
                    .is_some_and(|d| !d.in_text(&speaker.name) && !speaker.aliases.iter().any(|a| d.in_text(a)));
            let phrases = if apart { &[][..] } else { names.of(s) };
            // A person named as one of a kind (*a delegate from one of the
            // producers*) shares the kind's word with a doer named by it
            // without speaking for it.
            let member = speaker.kind == SpeakerKind::Person && one_of_a_kind(&speaker.name);
            let tied = !apart && !member && names_match(lex, phrases, speaker.kind, &p.tokens);
            // One found as the doer only as the subject of a reporting verb
            // (*Campaigners say they are considering a legal challenge
            // ...*) is the one who reports the news, and announces it only
            // if their words are not set against it, as for the lead's
            // announcer below.
            // (Only if no phrase found as a proposing verb's subject holds
            // a word of the speaker's name: *Hospital board backs ...*
            // then *The Kell Valley hospital board says ...* is one doer.)
            let reporter_only = tied
                && p.parts.iter().any(|(t, reported)| *reported && names_match(lex, phrases, speaker.kind, t))
                && !p
                    .parts
                    .iter()
                    .any(|(t, reported)| !reported && phrases.iter().flatten().any(|(w, _)| t.contains(w)));
            if tied && !(reporter_only && against[s] <= -CLEAR) {
                proposed = Some(p.evidence(article));
            } else if !inputs.named_stance[s] {
                // The name as the article writes it can carry the tie too
                // (*Nordhavn Chief Executive Mette Rasmussen*), less the
                // speaker's own name.
                let own = phrases.first().map_or(&[][..], Vec::as_slice);
                // (Borrowed, not copied: most speakers are tested here.)
                let tokens: Vec<&str> =
                    p.tokens.iter().filter(|t| !own.iter().any(|(w, _)| w == *t)).map(String::as_str).collect();
                proposed = descriptor
                    .iter()
                    .find_map(|d| d.proper_match(article, &tokens, doer.as_ref()))
                    .or_else(|| {
                        first
                            .source
                            .and_then(|span| Descriptor::new(span).titled_match(article, &tokens, doer.as_ref()))
                    })
                    .or_else(|| descriptor.iter().find_map(|d| d.kind_match(lex, article, &tokens, doer.as_ref())));
            }
        }
        // The bill's sponsor proposes it, whatever the headline names.
        if proposed.is_none() && !inputs.named_stance[s] {
            proposed = sponsor(article, attributed, first);
        }
        // So does a person the narration names as its author anywhere in
        // the story ("The ordinance, sponsored by council member X, ...",
        // "Sen. X on Thursday filed Senate Bill 2417").
        if proposed.is_none() && !inputs.named_stance[s] {
            proposed = authored[s].clone();
        }
        // When the doer is the government, its ministers speak for it.
        if proposed.is_none() && proposer.as_ref().is_some_and(|p| p.tokens.iter().any(|t| lex.is_government_word(t))) {
            let source = first.source.map(Descriptor::new);
            proposed = descriptor.iter().chain(source.as_ref()).find_map(|d| d.government_title(lex, article));
        }
        // Or a body named only by its kind (*the district*, *the
        // company*): news style calls the story's own institution so once
        // it has been named, and rarely an opponent.
        if proposed.is_none() && !inputs.named_stance[s] && against[s] > -CLEAR && speaker.kind != SpeakerKind::Person {
            proposed = generic_body(lex, article, &speaker.name, inputs.by_speaker[s][0]);
        }
        // Or the speaker who announces the story in its lead.
        if proposed.is_none() && !inputs.named_stance[s] && against[s] > -CLEAR {
            let own: Vec<usize> = inputs.by_speaker[s].iter().copied().filter(|&k| !inputs.deflected[k]).collect();
            proposed = lead_announcer(lex, article, lead_sentence, &own, inputs);
        }
        // A body that says it has received a bid or an application (*the
        // league confirmed it had received a bid from the developer*) is the
        // one the plan is put to, not the one who puts it forward.
        if proposed.is_some()
            && inputs.by_speaker[s].iter().any(|&k| receives_bid(article.slice(article.utterances[k].span)))
        {
            proposed = None;
        }
        if let Some(e) = proposed {
            out[s].push(Evidence { weight: PROPOSER, kind: "proposer", ..e });
        }

        // The body the speaker speaks for: another speaker of the article.
        if out[s].iter().any(|e| e.kind == "proposer") {
            continue;
        }
        // One whom the narrator ties to the thing a plan takes away (*whose
        // two daughters attend the school*, *who has used the library for
        // forty years*) stands with the thing.
        if let Some(at) = first.source.and_then(|name| relation(article, attributed, inputs.removal, name, first)) {
            out[s].push(Evidence {
                text: article.slice(at).to_string(),
                start: at.start,
                end: at.end,
                weight: -AFFILIATION,
                kind: "affiliation",
            });
            continue;
        }
        // The name itself can carry the tie: *its chief executive*. Not a
        // body's own name, though: the *Harbridge Town Supporters' Trust*
        // does not speak for Harbridge Town.
        let mut around = descriptor;
        if speaker.kind == SpeakerKind::Person {
            around.extend(first.source.map(Descriptor::new));
        }
        if let Some((other, at)) = affiliation(lex, article, &around, s, first.sentence, &bodies, &named, &names) {
            let lean = side(other);
            if lean != 0.0 {
                out[s].push(Evidence {
                    text: article.slice(at).to_string(),
                    start: at.start,
                    end: at.end,
                    weight: lean * AFFILIATION,
                    kind: "affiliation",
                });
            }
        }
    }

    // Camp sentences and turns, in reading order.
    let narrator_only = narrator_sentences(article);
    // The nearest earlier utterance of another speaker, for each utterance,
    // in one pass: it is the one before, or the one before's own answer.
    let mut other_before: Vec<Option<usize>> = Vec::with_capacity(article.utterances.len());
    for (k, u) in article.utterances.iter().enumerate() {
        let found = match k.checked_sub(1) {
            None => None,
            Some(j) if article.utterances[j].speaker != u.speaker => Some(j),
            Some(j) => other_before[j],
        };
        other_before.push(found);
    }
    // Which camp sentences each speaker already cites, and who already has
    // a turn: looked up, not searched for in `out`, which grows with a
    // speaker's utterances (a loop over it per utterance is quadratic).
    let mut cited: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    let mut turned = vec![false; n];
    for (k, u) in article.utterances.iter().enumerate() {
        let s = u.speaker.0;
        if s >= n || article.speakers[s].kind == SpeakerKind::Narrator || deflecting[s] {
            continue;
        }
        let previous = other_before[k].map(|j| &article.utterances[j]);
        // A short narrator sentence right before the utterance's sentence.
        if u.sentence > 0 && previous.is_none_or(|p| p.sentence < u.sentence) {
            let c = u.sentence - 1;
            // Bare agreement denied: the speaker after it takes the other
            // side from the speaker before ("The plan is long overdue," said
            // A. Not everyone agreed. B said ...), and with a speaker before
            // who takes no side it sorts nobody.
            let camp = camp_sentence(lex, article, &narrator_only, c).and_then(|mut camp| {
                if camp.relative {
                    let lean = previous.filter(|p| p.sentence < c).map_or(0.0, |p| side(p.speaker.0));
                    if lean == 0.0 {
                        return None;
                    }
                    camp.evidence.weight = -lean * camp.evidence.weight.abs();
                }
                Some(camp)
            });
            if let Some(camp) = camp {
                if cited.insert((s, camp.evidence.start)) {
                    out[s].push(camp.evidence.clone());
                }
                // "Not everyone was as supportive": the speaker before it was.
                if camp.turns {
                    if let Some(p) = previous.filter(|p| p.sentence < c) {
                        let r = p.speaker.0;
                        if r < n && cited.insert((r, camp.evidence.start)) {
                            out[r].push(Evidence { weight: -camp.evidence.weight * 0.75, ..camp.evidence.clone() });
                        }
                    }
                }
            }
        }
        // "But <name> said", or a short narrator sentence right before the
        // utterance's sentence that calls the next view different
        // ("Lobstermen see it differently.", "For the growers, the numbers
        // look different."): the other side of the speaker before. A turn
        // away from a critic only tempers the words that follow it: alone
        // it decides nothing (see `Classifier::report`).
        if let Some(p) = previous {
            let lean = side(p.speaker.0);
            if lean != 0.0 && !turned[s] {
                let at = opening_contrast(lex, article, attributed, u).or_else(|| {
                    (u.sentence > 0 && p.sentence + 1 < u.sentence)
                        .then(|| differs(article, &narrator_only, u.sentence - 1))
                        .flatten()
                });
                if let Some(at) = at {
                    turned[s] = true;
                    out[s].push(Evidence {
                        text: article.slice(at).to_string(),
                        start: at.start,
                        end: at.end,
                        weight: -lean * TURN,
                        kind: "turn",
                    });
                }
            }
        }
    }
    out
}

/// The word *different* or *differently* in a short narrator sentence of
/// the body, not the lead: one that announces a view unlike the last.
fn differs(article: &Article<'_>, narrator_only: &[bool], c: usize) -> Option<Span> {
    let sentence = body_narration(article, narrator_only, c)?;
    // Told from the bytes first: a normalized word is *different* only
    // where the text has those letters, and most narration is longer than
    // a camp cue.
    let raw = article.slice(sentence.span);
    if !crate::text::holds_ascii_word(raw.as_bytes(), b"different") || surely_more_words_than(raw, CAMP_WORDS) {
        return None;
    }
    let norm = Norm::new(article.text, sentence.span.start, sentence.span.end);
    let words = norm.words();
    if words.is_empty() || words.len() > CAMP_WORDS {
        return None;
    }
    words.iter().find(|w| matches!(&norm.buf[w.start..w.end], "different" | "differently")).map(|w| {
        let (s, e) = norm.article_span(article.text, w.start, w.end);
        Span::new(s, e)
    })
}

/// Whether `text`, normalized, has more than `n` words (as
/// [`Norm::words`](crate::text::Norm::words) splits them), as far as its
/// bytes tell without normalizing it: runs of ASCII letters and digits with
/// whitespace between them are words of their own (whitespace becomes a
/// space, which no word holds). `false` says nothing.
fn surely_more_words_than(text: &str, n: usize) -> bool {
    let mut count = 0;
    let mut apart = true;
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() {
            if apart {
                count += 1;
                if count > n {
                    return true;
                }
                apart = false;
            }
        } else if matches!(b, b'\t'..=b'\r' | b' ') {
            apart = true;
        }
    }
    false
}

/// Lowercase content words of a phrase, with whether each was capitalized.
fn words(text: &str) -> Vec<(String, bool)> {
    // Most words are short ASCII: they are lowercased in a scratch buffer
    // and only the content words among them are copied out.
    let mut scratch = [0u8; 32];
    if text.is_ascii() {
        // ASCII text (names, descriptors, doers: nearly all of it) splits
        // by bytes: for ASCII, `char::is_alphanumeric` and
        // `char::is_uppercase` are the ASCII tests, and words shorter than
        // three bytes (a third of them) are never content words.
        return text
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 3)
            .filter_map(|w| {
                let capital = w[0].is_ascii_uppercase();
                if w.len() <= scratch.len() {
                    let lower = &mut scratch[..w.len()];
                    lower.copy_from_slice(w);
                    lower.make_ascii_lowercase();
                    let lower = std::str::from_utf8(lower).ok()?;
                    return is_content(lower).then(|| (lower.to_string(), capital));
                }
                let lower = std::str::from_utf8(w).ok()?.to_ascii_lowercase();
                is_content(&lower).then_some((lower, capital))
            })
            .collect();
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            if w.is_ascii() && w.len() <= scratch.len() {
                let lower = &mut scratch[..w.len()];
                lower.copy_from_slice(w.as_bytes());
                lower.make_ascii_lowercase();
                let lower = std::str::from_utf8(lower).ok()?;
                return is_content(lower).then(|| (lower.to_string(), capital));
            }
            let lower = w.to_lowercase();
            is_content(&lower).then_some((lower, capital))
        })
        .collect()
}

/// Whether `text` has more than `n` words between whitespace, as
/// `text.split_whitespace().nth(n).is_some()` says. Eight bytes of
/// printable ASCII at a time (whose only whitespace is the space), and
/// byte by byte elsewhere, decoding only non-ASCII characters (ASCII
/// whitespace is `\t` to `\r` and the space).
pub(crate) fn more_words_than(text: &str, n: usize) -> bool {
    const HIGH: u64 = splat(0x80);
    let mut count = 0;
    let mut in_word = false;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // All below 0x80, and adding 0x60 carries into the high bit of
            // exactly the bytes from 0x20 on.
            if x & HIGH == 0 && (x + splat(0x60)) & HIGH == HIGH {
                // The high bit of each byte that is no space, and of each
                // that starts a word: no word byte before it.
                let word = !bytes_equal(x, b' ') & HIGH;
                let starts = word & !((word << 8) | (u64::from(in_word) << 7));
                count += starts.count_ones() as usize;
                if count > n {
                    return true;
                }
                in_word = word >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let space = if b[i].is_ascii() {
            i += 1;
            matches!(b[i - 1], b'\t'..=b'\r' | b' ')
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            c.is_whitespace()
        };
        if !space && !in_word {
            count += 1;
            if count > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// Tokens made ready once for a search of several texts for them (a
/// doer's words in each of the paragraphs after the lead): the byte
/// search's words and their first bytes are not gathered again for each.
struct Mentions<'t> {
    tokens: &'t [String],
    /// When every token is ASCII: those that can be a word (ASCII letters
    /// and digits, at least one), and their first bytes lowercased, sorted
    /// and without repeats.
    ascii: Option<(Vec<&'t [u8]>, Vec<u8>)>,
}

impl<'t> Mentions<'t> {
    fn new(tokens: &'t [String]) -> Mentions<'t> {
        let ascii = tokens.iter().all(|t| t.is_ascii()).then(|| {
            let words: Vec<&[u8]> = tokens
                .iter()
                .map(|t| t.as_bytes())
                .filter(|t| !t.is_empty() && t.iter().all(u8::is_ascii_alphanumeric))
                .collect();
            let mut firsts: Vec<u8> = words.iter().filter_map(|w| w.first()).map(u8::to_ascii_lowercase).collect();
            firsts.sort_unstable();
            firsts.dedup();
            (words, firsts)
        });
        Mentions { tokens, ascii }
    }

    /// Whether `text` holds one of the tokens as a word, split and
    /// lowercased as [`words`] splits and lowercases it.
    fn in_text(&self, text: &str) -> bool {
        let tokens = self.tokens;
        // An ASCII token is a word of the text wherever the text holds it
        // in any ASCII case between two chars that are not letters or
        // digits: no non-ASCII word lowercases to ASCII but one with a
        // Kelvin sign (a `k`). The text is then read eight bytes at a time
        // for the tokens' first letters instead of being split into words
        // that are each compared.
        // (The sign's last byte, 0xAA, is rare in any text: a vector scan
        // for it settles most texts before a search for the sign.)
        let kelvin = || memchr::memchr(0xAA, text.as_bytes()).is_some() && text.contains('\u{212A}');
        if let Some((words, firsts)) = self.ascii.as_ref().filter(|_| !kelvin()) {
            return holds_any_word(text, words, firsts);
        }
        if text.is_ascii() {
            // ASCII text splits by bytes: for ASCII, `char::is_alphanumeric`
            // is the ASCII test and lowercasing is ASCII lowercasing.
            return text
                .as_bytes()
                .split(|b| !b.is_ascii_alphanumeric())
                .any(|w| !w.is_empty() && tokens.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(w)));
        }
        text.split(|c: char| !c.is_alphanumeric()).any(|w| {
            if w.is_ascii() {
                !w.is_empty() && tokens.iter().any(|t| t.len() == w.len() && t.eq_ignore_ascii_case(w))
            } else {
                let lower = w.to_lowercase();
                tokens.contains(&lower)
            }
        })
    }
}

/// Whether `text` holds one of `words` (each ASCII letters and digits, at
/// least one) in any ASCII case as a whole word: with no letter or digit
/// (any char that `char::is_alphanumeric` takes) right before or after it.
/// `firsts` are the words' first bytes, lowercased, without repeats.
fn holds_any_word(text: &str, words: &[&[u8]], firsts: &[u8]) -> bool {
    use crate::text::{bytes_equal, chunk_at, splat};
    let bytes = text.as_bytes();
    // `| 0x20` lowercases a letter and leaves a digit as it is, so every
    // place a word can start is among a chunk's hits for its first byte;
    // `at` checks each (most are inside a word: the byte before says so).
    if firsts.is_empty() {
        return false;
    }
    let at = |i: usize| {
        if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
            return false;
        }
        words.iter().any(|word| {
            let end = i + word.len();
            bytes.get(i..end).is_some_and(|w| w.eq_ignore_ascii_case(word))
                && !text.get(..i).and_then(|s| s.chars().next_back()).is_some_and(char::is_alphanumeric)
                && !text.get(end..).and_then(|s| s.chars().next()).is_some_and(char::is_alphanumeric)
        })
    };
    let mut i = 0;
    while i < bytes.len() {
        // The tail is read as a chunk too, not byte by byte against each
        // first byte (see `chunk_at`).
        let x = chunk_at(bytes, i) | splat(0x20);
        let mut hits = firsts.iter().fold(0, |h, &f| h | bytes_equal(x, f));
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

/// Whether a speaker's name (or an alias) is the subject phrase: a person's
/// surname is in it, or every content word of a body's name is.
/// Words for those who speak for a body (*the mayor's office*, *company
/// representatives*) are left out of a body's name.
fn names_match(lex: &Lexicon, names: &[Phrase], kind: SpeakerKind, tokens: &[String]) -> bool {
    names.iter().any(|w| {
        if kind == SpeakerKind::Person {
            return w.last().is_some_and(|(last, _)| tokens.contains(last));
        }
        // Headlines shorten a body to its initials (*CRTC orders ...* for
        // the Canadian Radio-television and Telecommunications Commission):
        // the capitals of its whole name, three or more, are the name too.
        let initials: String = w.iter().filter(|(_, cap)| *cap).filter_map(|(t, _)| t.chars().next()).collect();
        if initials.chars().count() >= 3 && tokens.contains(&initials) {
            return true;
        }
        let mut own = w.iter().filter(|(t, _)| !lex.is_proxy_word(t)).peekable();
        own.peek().is_some() && own.all(|(t, _)| tokens.contains(t))
    })
}

/// Prepositions that tie a person named by description to a body
/// (*a delegate from ...*, *an engineer at ...*). Not *in* or *with*,
/// which as often tell how they spoke (*a spokesman in a statement*).
const TIES: &[&str] = &["from", "at", "of", "for"];

/// Whether a person is named by a description that ties them to some
/// member of a kind rather than to one body: *a delegate from one of the
/// smaller producers*, *a nurse at a city hospital*, where the first
/// preposition of the description opens an indefinite phrase. The
/// person's last word is then the kind's, which a doer named by its kind
/// shares (*cocoa producers agreed ...*, *cab companies will ...*): a
/// member of the kind does not speak for it, while *an official of the
/// department* does speak for the department.
fn one_of_a_kind(name: &str) -> bool {
    // A proper name opens with a capital, a description with a lowercase
    // article or quantifier; most names stop here.
    if !name.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let mut words = name.split_whitespace();
    words.by_ref().find(|w| TIES.iter().any(|t| t.eq_ignore_ascii_case(w)));
    words.next().is_some_and(|w| INDEFINITE.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

/// The content words of each speaker's name and of each alias (the name
/// first), split when first asked for: the proposer test, the index of
/// bodies and the affiliation test all read them, and each used to split
/// the names anew.
struct Names<'a> {
    article: &'a Article<'a>,
    split: Vec<std::cell::OnceCell<Vec<Phrase>>>,
}

/// A phrase as [`words`] splits it.
type Phrase = Vec<(String, bool)>;

impl<'a> Names<'a> {
    fn new(article: &'a Article<'a>) -> Names<'a> {
        Names { article, split: vec![std::cell::OnceCell::new(); article.speakers.len()] }
    }

    /// Speaker `s`'s name and aliases, as [`words`] splits them.
    fn of(&self, s: usize) -> &[Phrase] {
        self.split[s].get_or_init(|| {
            let speaker = &self.article.speakers[s];
            std::iter::once(&speaker.name).chain(&speaker.aliases).map(|n| words(n)).collect()
        })
    }
}

/// The doer of the story as the headline or the lead names it.
struct Proposer {
    /// The subject phrase's span in the article.
    span: Span,
    /// Its content words, lowercase.
    tokens: Vec<String>,
    /// The content words of each phrase the doer was found as (the
    /// headline's, the lead's, a restating paragraph's), and whether that
    /// phrase was the subject of a reporting verb (*Campaigners say they
    /// ...*) rather than of a proposing one.
    parts: Vec<(Vec<String>, bool)>,
}

impl Proposer {
    /// The subject of the first proposing verb in the headline, or else in
    /// the lead's first sentence: *Halvard to build ...*, *Arlen Mining
    /// plans to restart ...*. A reporting verb before it ends the subject
    /// (*IBM says ... will*), and a verb of deliberation after *to* or
    /// *will* (*dockers to vote*, *MPs to debate*) names no proposer.
    fn find(lex: &Lexicon, article: &Article<'_>, opening: &topic::Opening) -> Option<Proposer> {
        let topic::Opening { headline, lead, .. } = opening;
        let first_sentence = lead.first().and_then(|l| {
            let i = article.sentences.partition_point(|s| s.span.end <= l.start);
            article.sentences.get(i).map(|s| {
                let start = s.span.start.max(l.start);
                let end = s.span.end.min(l.end);
                Span::new((start + after_dateline(&article.text[start..end])).min(end), end)
            })
        });
        // A standfirst, a byline or a caption can stand before the lead
        // proper: the opening sentences of the next few body paragraphs
        // may restate the headline's doer in full (*Pakistan plans ...*,
        // then *Pakistan's government has proposed ...*).
        let from = lead.first().map_or(usize::MAX, |l| l.end);
        // Read lazily: the search below usually stops at the first of them.
        let later = article
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Body && b.span.start >= from)
            // Lines of a list of links or a dateline do not count.
            .filter(|b| more_words_than(article.slice(b.span), SHORT_PARAGRAPH))
            .take(RESTATING_PARAGRAPHS)
            .filter_map(|b| {
                let i = article.sentences.partition_point(|s| s.span.end <= b.span.start);
                article.sentences.get(i).map(|s| Span::new(s.span.start.max(b.span.start), s.span.end.min(b.span.end)))
            });
        // A later paragraph's first sentence less its dateline. (Cut only
        // when read: a sentence without the doer's words is dropped first.)
        let undated = |s: Span| Span::new((s.start + after_dateline(article.slice(s))).min(s.end), s.end);
        // The headline's doer and the lead's: *Copper mine set to reopen*,
        // then *Arlen Mining plans to restart production*.
        let mut found: Option<Proposer> = None;
        // The headline was normalized with the opening.
        let headline_doers =
            opening.headline_views.iter().take(headline.len()).map(|v| Proposer::in_view(lex, article, v));
        let lead_doer = first_sentence.map(|span| Proposer::in_opening(lex, article, opening, span));
        for p in headline_doers.chain(lead_doer).flatten() {
            match &mut found {
                None => found = Some(p),
                Some(f) => {
                    f.parts.extend(p.parts);
                    for t in p.tokens {
                        if !f.tokens.contains(&t) {
                            f.tokens.push(t);
                        }
                    }
                }
            }
        }
        // With no doer in the headline or the lead, the first of those
        // sentences that names one does, unless it is set against what came
        // before (*But few politicians were prepared to ...*).
        if found.is_none() {
            let turns = |span: &Span| {
                let first = article.slice(*span).split_whitespace().next().unwrap_or("");
                let first = first.trim_end_matches(',').to_lowercase();
                matches!(first.as_str(), "but" | "however" | "yet" | "still" | "instead" | "meanwhile")
            };
            return later
                .map(undated)
                .filter(|s| !turns(s))
                .find_map(|span| Proposer::in_opening(lex, article, opening, span));
        }
        if let Some(f) = &mut found {
            // A doer found in a sentence has only that sentence's words, so
            // a sentence without any of the doer's words cannot restate it:
            // a plain word scan spares normalizing and reading it. The words
            // after a dateline are the last of the sentence's words, so a
            // sentence without any of the doer's words needs no cut.
            let doer = Mentions::new(&f.tokens);
            let restated = later
                .filter(|span| doer.in_text(article.slice(*span)))
                .map(|full| (full, undated(full)))
                .filter(|(full, span)| span == full || doer.in_text(article.slice(*span)))
                .map(|(_, span)| span)
                .filter_map(|span| Proposer::in_opening(lex, article, opening, span))
                .find(|p| p.tokens.iter().any(|t| f.tokens.contains(t)));
            if let Some(r) = restated {
                f.parts.extend(r.parts);
                for t in r.tokens {
                    if !f.tokens.contains(&t) {
                        f.tokens.push(t);
                    }
                }
            }
        }
        found
    }

    /// [`Proposer::in_view`] of a span of the opening: a sentence that is a
    /// whole paragraph (as a lead often is) was normalized with the
    /// opening already.
    fn in_opening(lex: &Lexicon, article: &Article<'_>, opening: &topic::Opening, span: Span) -> Option<Proposer> {
        match opening.paragraph(span) {
            Some(view) => Proposer::in_view(lex, article, view),
            None => Proposer::in_view(lex, article, &opening.view(article.text, span.start, span.end)),
        }
    }

    /// The doer in a normalized span.
    fn in_view(lex: &Lexicon, article: &Article<'_>, view: &View) -> Option<Proposer> {
        let text = article.text;
        let norm = &view.norm;
        let ws = &view.words;
        let word = |i: usize| &norm.buf[ws[i].start..ws[i].end];
        // A passive names the doer after "by": *plans confirmed by the
        // government*, *the scheme was approved by the council*.
        // (The cheap test first, on the next word's bytes, which need no
        // check of char boundaries: this runs over every word of the
        // sentence.)
        let bytes = norm.buf.as_bytes();
        for i in 0..ws.len().saturating_sub(2) {
            if &bytes[ws[i + 1].start..ws[i + 1].end] == b"by" && lex.is_proposing_word(word(i)) {
                let from = i + 2;
                let clause = ws[from].clause;
                let to = (from..ws.len()).take(AGENT_WORDS).take_while(|&j| ws[j].clause == clause).last()?;
                let (s, e) = norm.article_span(text, ws[from].start, ws[to].end);
                let tokens: Vec<String> = words(&text[s..e]).into_iter().map(|(w, _)| w).collect();
                if !tokens.is_empty() {
                    return Some(Proposer { span: Span::new(s, e), parts: vec![(tokens.clone(), false)], tokens });
                }
            }
        }
        let mut subject_end = None;
        // Whether the subject is only the one who reports the proposing
        // word's clause: not when that clause's own subject is a pronoun
        // right before the word (*said it will shorten games*, *says they
        // plan to*), which is the reporter announcing their own act.
        let mut reporter = false;
        let mut reported = None;
        for i in 0..ws.len() {
            let w = word(i);
            if reported.is_none() && lex.is_reporting_word(w) {
                reported = Some(i);
                continue;
            }
            // After a determiner the word is an adjective (*the proposed
            // duty*, *its planned closure*), not the doer's verb.
            // So is a participle after a possessive (*the council's
            // proposed levy*, *Residents resist BCC's proposed levy*).
            let determined = i > 0
                && (matches!(word(i - 1), "the" | "a" | "an" | "its" | "their" | "this" | "his" | "her")
                    || (w.ends_with("ed") && word(i - 1).ends_with("'s")));
            // *hard to sustain*, *easy to miss*: an adjective's
            // complement, not what the subject is to do.
            let complement = w == "to"
                && i > 0
                && matches!(word(i - 1), "hard" | "harder" | "difficult" | "easy" | "easier" | "impossible" | "tough");
            if lex.is_proposing_word(w) && !determined && !complement {
                let next = (i + 1 < ws.len()).then(|| word(i + 1));
                if next.is_some_and(|n| lex.is_deliberating_word(n)) {
                    return None;
                }
                // One who presses others to act (*pressed lawyers to
                // justify*, *urged members to back*) is not the doer.
                let urges = w == "to"
                    && (1..i).any(|j| {
                        matches!(
                            word(j - 1),
                            "pressed"
                                | "urged"
                                | "asked"
                                | "told"
                                | "pressured"
                                | "encouraged"
                                | "persuaded"
                                | "implored"
                        ) && !lex.is_place_word(word(j))
                    });
                if urges {
                    return None;
                }
                subject_end = Some(reported.unwrap_or(i));
                reporter = reported.is_some() && !(i > 0 && matches!(word(i - 1), "it" | "they" | "we" | "he" | "she"));
                break;
            }
            // The subject is the sentence's opening phrase: it ends at the
            // first clause break.
            if reported.is_none() && ws[i].clause != ws[0].clause {
                return None;
            }
        }
        // A place or topic after the doer is not part of it: *Copper mine
        // at Kessa Ridge set to reopen* names a mine, not Kessa.
        let end = subject_end.filter(|&e| e > 0 && e <= 8)?;
        // Words of opposition before the proposing word make the doer their
        // object: in *Pension funds push back against Treasury plan to
        // mandate ...* the plan is the Treasury's.
        // Only hits that end before the proposing word count: the search
        // stops as many words past it as a key can span, which finds the
        // same hits there as a search of the whole sentence.
        let cut = ws.get(end + lex.max_words()).map_or(norm.buf.len(), |w| w.start);
        let begin = lex
            .find(&norm.buf[..cut], Context::Words)
            .iter()
            .filter(|h| matches!(h.roles.cue, Some((CueClass::Cautious, _))))
            .map(|h| crate::text::word_at(ws, h.end.saturating_sub(1)) + 1)
            .rfind(|&after| after < end)
            .unwrap_or(0);
        let end = (begin..end).find(|&i| i > begin && lex.is_place_word(word(i))).unwrap_or(end);
        if begin >= end {
            return None;
        }
        let (s, e) = norm.article_span(text, ws[begin].start, ws[end - 1].end);
        let tokens: Vec<String> = words(&text[s..e]).into_iter().map(|(w, _)| w).collect();
        (!tokens.is_empty()).then(|| Proposer {
            span: Span::new(s, e),
            parts: vec![(tokens.clone(), reporter)],
            tokens,
        })
    }

    fn evidence(&self, article: &Article<'_>) -> Evidence {
        Evidence {
            text: article.slice(self.span).to_string(),
            start: self.span.start,
            end: self.span.end,
            weight: PROPOSER,
            kind: "proposer",
        }
    }
}

/// How many bytes of a lead sentence a dateline takes: *COPENHAGEN, Nov 3
/// (Reuters) -*, *DES MOINES, Iowa (AP) —*, *Chennai, Mar 4 (PTI)*,
/// *AHMEDABAD:*. A dateline is a short run of capitalized words (one of them
/// in capitals, or an agency in brackets) closed by a dash, a colon or a
/// bracket; 0 when the sentence opens otherwise.
fn after_dateline(sentence: &str) -> usize {
    const REACH: usize = 100;
    let mut cut = 0;
    let bytes = sentence.as_bytes();
    // Bytes rather than chars: every closing mark is ASCII or starts with
    // the lead byte 0xE2, which begins a char wherever it stands, and the
    // rest of a sentence's opening needs no decoding.
    for i in dateline_marks(&bytes[..bytes.len().min(REACH)]) {
        let c = match bytes[i] {
            b @ (b':' | b'-' | b')' | b'/') => char::from(b),
            0xE2 => match bytes.get(i + 1..i + 3) {
                Some([0x80, 0x94]) => '\u{2014}',
                Some([0x80, 0x93]) => '\u{2013}',
                _ => continue,
            },
            _ => continue,
        };
        let closes = match c {
            '\u{2014}' | '\u{2013}' | ':' => true,
            '-' => i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1).is_some_and(|&b| b == b' ' || b == b'-'),
            ')' | '/' => bytes.get(i + 1) == Some(&b' '),
            _ => false,
        };
        if !closes {
            continue;
        }
        let prefix = &sentence[..i];
        let words: Vec<&str> = prefix
            .split(|ch: char| !ch.is_alphanumeric() && ch != '.')
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        let capitalized = words.iter().all(|w| w.chars().next().is_some_and(|ch| ch.is_uppercase()));
        let loud = words.iter().any(|w| w.len() >= 3 && !w.chars().any(char::is_lowercase));
        let agency = prefix.contains('(') || prefix.contains('/');
        if words.is_empty() || words.len() > 12 || !capitalized {
            break;
        }
        // *Islamabad, Pakistan –*: a place and its country before a dash.
        let placed = words.len() <= 4 && prefix.contains(',') && c != ':';
        if loud || agency || placed {
            let rest = &sentence[i + c.len_utf8()..];
            let skip = rest.len() - rest.trim_start_matches(|ch: char| ch.is_whitespace() || ch == '-').len();
            cut = i + c.len_utf8() + skip;
        }
    }
    cut
}

/// Where `bytes` hold a byte that may close a dateline (`:`, `-`, `)`, `/`,
/// or 0xE2, the lead byte of the dashes), in order: [`after_dateline`]
/// reads every sentence's opening, and most of it is words, so eight bytes
/// are tested at a time.
fn dateline_marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    use crate::text::bytes_equal;
    let chunks = bytes.len() / 8;
    (0..chunks)
        .flat_map(move |c| {
            let x = u64::from_le_bytes(bytes[c * 8..c * 8 + 8].try_into().unwrap_or([0; 8]));
            let mut m = bytes_equal(x, b':')
                | bytes_equal(x, b'-')
                | bytes_equal(x, b')')
                | bytes_equal(x, b'/')
                | bytes_equal(x, 0xE2);
            std::iter::from_fn(move || {
                (m != 0).then(|| {
                    let k = m.trailing_zeros() as usize / 8;
                    m &= m - 1;
                    c * 8 + k
                })
            })
        })
        .chain((chunks * 8..bytes.len()).filter(move |&i| matches!(bytes[i], b':' | b'-' | b')' | b'/' | 0xE2)))
}

/// How many bytes between a lead speaker's name and their verb are read
/// as the description of the speaker.
const DESCRIPTION_BYTES: usize = 200;

/// The speaker of an utterance in the headline or in the lead's first
/// sentence who announces the story rather than judging it: their lead
/// words carry no cautious cue beyond the problem the plan answers, their
/// verb is not a source's (*reports*) nor set *against* it. A
/// speaker set against the news by a *but* (*..., but delegates said no
/// decision was likely*) does not announce it.
fn lead_announcer(
    lex: &Lexicon,
    article: &Article<'_>,
    lead: Option<usize>,
    own: &[usize],
    inputs: &Inputs<'_>,
) -> Option<Evidence> {
    let first_sentence = lead?;
    own.iter().find_map(|&k| {
        let u = &article.utterances[k];
        let in_lead = u.kind == UtteranceKind::Headline || u.sentence == first_sentence;
        // A cautious cue judges the news; the problem the plan answers,
        // told as how things stand (*the wards are overcrowded*), does not.
        if !in_lead || inputs.values[k] - inputs.states[k] < 0.0 {
            return None;
        }
        let opens = [Some(u.span.start), u.source.map(|s| s.start), u.cue.as_ref().map(|c| c.span.start)];
        let before = opens.into_iter().flatten().min().unwrap_or(u.span.start);
        if let Some(sentence) = article.sentences.get(u.sentence).map(|s| s.span).filter(|s| s.start < before) {
            let norm = Norm::new(article.text, sentence.start, before);
            if lex.find(&norm.buf, Context::Frame).iter().any(|h| h.roles.contrast) {
                return None;
            }
        }
        // A verb set against the news (*lobbying against*, *campaigned
        // against*) judges it.
        let against = u.cue.as_ref().is_some_and(|c| {
            article.text[c.span.end..].trim_start().get(..8).is_some_and(|w| w.eq_ignore_ascii_case("against "))
        });
        if against {
            return None;
        }
        // A speaker brought in by a relative clause on the plan (*under a
        // plan that residents say will ...*) is not the one announcing it:
        // the narrator gives the plan, the speaker's words judge it.
        if u.source.is_some_and(|name| relative_subject(article.text, name)) {
            return None;
        }
        // A speaker described as set against the plan between the name and
        // the verb (*Neighbours who fought the dock for years say ...*)
        // judges it: the description is their side, not an announcement.
        // Only a short stretch is read, as a description is.
        let described = match (u.source, u.cue.as_ref()) {
            (Some(name), Some(cue)) if name.end < cue.span.start && cue.span.start - name.end <= DESCRIPTION_BYTES => {
                Some(Norm::new(article.text, name.end, cue.span.start))
            }
            _ => None,
        };
        let set_against = described.is_some_and(|between| {
            lex.find(&between.buf, Context::Words).iter().any(|h| matches!(h.roles.cue, Some((CueClass::Cautious, _))))
        });
        if set_against {
            return None;
        }
        let source = u.cue.as_ref().is_some_and(|c| lex.is_source_verb(c.lemma));
        let verb = u.cue.as_ref().map_or(0.0, |c| score::verb_weight(lex, c.lemma));
        let at = u.source.or(u.cue.as_ref().map(|c| c.span)).unwrap_or(u.span);
        (in_lead && !source && verb >= 0.0).then(|| Evidence {
            text: article.slice(at).to_string(),
            start: at.start,
            end: at.end,
            weight: PROPOSER,
            kind: "proposer",
        })
    })
}

/// Whether the speaker's name is the subject of a relative clause: it opens
/// with *that* or *which* (the parser may take the pronoun into the name), or
/// one stands right before it.
fn relative_subject(text: &str, name: Span) -> bool {
    let relative = |w: &str| w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("which");
    let own = text[name.start..name.end].split_whitespace().next().is_some_and(relative);
    let before = text[..name.start].split_whitespace().next_back().is_some_and(relative);
    own || before
}

/// What a body receives when a plan is put to it.
const SUBMISSIONS: &[&str] = &[
    "bid",
    "bids",
    "application",
    "applications",
    "proposal",
    "proposals",
    "offer",
    "offers",
    "request",
    "requests",
    "submission",
    "submissions",
];
/// How many words may open the utterance before *received*, and stand
/// between it and what was received.
const RECEIVED_WORDS: usize = 4;

/// Whether the words open by saying the speaker received a bid, an
/// application or a proposal (*it has received a bid from ...*, *had
/// received the application and would assess it*).
fn receives_bid(text: &str) -> bool {
    // Most utterances hold no *receiv* at all, in any case: a byte scan
    // eight bytes at a time settles them before any splitting.
    if !crate::text::holds_ascii_word(text.as_bytes(), b"receiv") {
        return false;
    }
    // Split as far as needed only: most utterances have no *received* among
    // their first words, and the words after it are read only when it is.
    let mut words = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let is = |list: &[&str], w: &str| list.iter().any(|t| t.eq_ignore_ascii_case(w));
    words.by_ref().take(RECEIVED_WORDS + 1).any(|w| is(&["received", "receives", "receiving"], w))
        && words.take(RECEIVED_WORDS).any(|w| is(SUBMISSIONS, w))
}

/// Words that make a speaker the one who puts a bill or motion forward.
const SPONSORS: &[&str] = &["sponsor", "sponsors", "co-sponsor", "cosponsor", "sponsored", "co-sponsored"];
/// Words that make what follows one thing among others, not the measure.
const INDEFINITE: &[&str] =
    &["a", "an", "one", "some", "several", "many", "another", "two", "three", "various", "numerous"];
/// How many words before a speaker's name may describe them as a sponsor.
const SPONSOR_WORDS: usize = 6;

/// A speaker introduced as the sponsor of the measure (*the sponsor, state
/// Sen. Priya Anand*, *Anand, the bill's sponsor*): the words just before
/// the name in its sentence, or the apposition after it, outside any
/// quotation.
fn sponsor(article: &Article<'_>, attributed: &Attributed, u: &standpoint_core::Utterance) -> Option<Evidence> {
    let name = u.source?;
    // The sentence of the name, which a quotation of several sentences
    // puts after the utterance's own.
    let i = article.sentences.partition_point(|s| s.span.end <= name.start);
    let sentence = article.sentences.get(i)?.span;
    if name.start < sentence.start || name.end > sentence.end {
        return None;
    }
    let stop = u.cue.as_ref().map(|c| c.span.start).filter(|&c| c >= name.end).unwrap_or(sentence.end);
    // Every word of SPONSORS holds "sponsor": words around the name
    // without it, in any ASCII case, introduce no sponsor, and most have
    // none.
    let bytes = &article.text.as_bytes()[sentence.start..stop.max(sentence.end)];
    if !crate::text::holds_ascii_word(bytes, b"sponsor") {
        return None;
    }
    let before = attributed.segments(sentence.start, name.start).filter(|seg| seg.end == name.start).last();
    let after = attributed.segments(name.end, stop.max(name.end)).find(|seg| seg.start == name.end);
    let near = |seg: Span, last: bool| {
        let words: Vec<&str> = article.slice(seg).split_whitespace().collect();
        let take = words.len().min(SPONSOR_WORDS);
        let from = if last { words.len() - take } else { 0 };
        // Compared in place, ignoring ASCII case: the lists are ASCII, and
        // no other character lowercases to one of their letters.
        fn clean(w: &str) -> &str {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        }
        let is = |list: &[&str], w: &str| list.iter().any(|t| t.eq_ignore_ascii_case(w));
        (from..from + take).any(|i| {
            let w = clean(words[i]);
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("'S")).unwrap_or(w);
            // What a verb sponsors must be the measure itself: *sponsors
            // the bill*, not *sponsors one of the licences*.
            is(SPONSORS, w) && words.get(i + 1).is_none_or(|next| !is(INDEFINITE, clean(next)))
        })
    };
    let found =
        before.map(|seg| near(seg, true)).unwrap_or(false) || after.map(|seg| near(seg, false)).unwrap_or(false);
    found.then(|| Evidence {
        text: article.slice(name).to_string(),
        start: name.start,
        end: name.end,
        weight: PROPOSER,
        kind: "proposer",
    })
}

/// Verbs of authorship before *by* and a person's name (*sponsored by*,
/// *presented by*): not *proposed by* or *filed by*, which as often name a
/// rival amendment or a lawsuit.
const AUTHORED_BY: &[&str] = &["sponsored", "co-sponsored", "presented", "introduced", "tabled", "authored", "drafted"];
/// Verbs of authorship after a person's name, with a measure for object
/// (*filed Senate Bill 2417*, *introduced the ordinance*).
const AUTHORS: &[&str] = &[" filed ", " introduced "];
/// The measures a person authors. (Not *amendment*: an amendment is as
/// often a rival's.)
const MEASURES: &[&str] = &["bill", "ordinance", "measure", "motion", "resolution", "legislation"];
/// Words just before *sponsored by* that make the measure another one
/// than the story's (*a rival bill introduced by*).
const OTHER_MEASURE: &[&str] = &["rival", "competing", "alternative", "another", "separate", "amendment", "amendments"];
/// How many hits of each search [`authors`] reads.
const AUTHOR_HITS: usize = 32;
/// How far around a marker [`authors`] reads, in bytes.
const AUTHOR_REACH: usize = 160;
/// The searches of [`authors`], built once: *ed by* (every verb of
/// [`AUTHORED_BY`] ends in *ed*), then each of [`AUTHORS`].
static AUTHOR_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> = std::sync::LazyLock::new(|| {
    std::iter::once("ed by ").chain(AUTHORS.iter().copied()).map(memchr::memmem::Finder::new).collect()
});

/// The persons the narration names as the author of a measure, outside any
/// quotation, by speaker: a person's surname at most five words after a
/// verb of authorship and *by* (*sponsored by Metro Council member X*), or
/// at most five words before a verb of authorship whose object, within
/// three words, is a measure (*Sen. X on Thursday filed Senate Bill 2417*).
/// The text is searched three times with prebuilt searchers, a few words
/// around each hit are read, and the speakers' surnames are indexed only
/// when there is a hit.
fn authors(article: &Article<'_>, attributed: &Attributed) -> Vec<Option<Evidence>> {
    let text = article.text;
    let mut out: Vec<Option<Evidence>> = vec![None; article.speakers.len()];
    let back = |at: usize| {
        let mut a = at.saturating_sub(AUTHOR_REACH);
        while !text.is_char_boundary(a) {
            a += 1;
        }
        a
    };
    let ahead = |at: usize| {
        let mut b = (at + AUTHOR_REACH).min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    // (start, end, whether the name follows) of each marker.
    let mut hits: Vec<(usize, usize, bool)> = Vec::new();
    for (f, finder) in AUTHOR_FINDERS.iter().enumerate() {
        for at in finder.find_iter(text.as_bytes()).take(AUTHOR_HITS) {
            if f == 0 {
                // The verb is the word that ends in this "ed".
                // (The last word, not `rfind(whitespace) + 1`: a no-break
                // or thin space before it is two or three bytes wide.)
                let head = &text[back(at)..at + 2];
                let verb = head.rsplit(char::is_whitespace).next().unwrap_or(head);
                if AUTHORED_BY.iter().any(|v| v.eq_ignore_ascii_case(verb)) {
                    hits.push((at + 2 - verb.len(), at + 5, true));
                }
            } else {
                hits.push((at + 1, at + finder.needle().len() - 1, false));
            }
        }
    }
    if hits.is_empty() {
        return out;
    }
    // Surnames of the people who speak; one shared by two names none.
    let mut surnames: std::collections::HashMap<&str, Option<usize>> = std::collections::HashMap::new();
    for (i, sp) in article.speakers.iter().enumerate() {
        if sp.kind != SpeakerKind::Person {
            continue;
        }
        if let Some(last) = sp.name.split_whitespace().last() {
            let e = surnames.entry(last).or_insert(Some(i));
            if *e != Some(i) {
                *e = None;
            }
        }
    }
    let clean = |w: &str| -> String {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w).to_string()
    };
    let find = |w: &str| surnames.get(clean(w).as_str()).copied().flatten();
    let narration = |at: usize, end: usize| attributed.segments(at, end).next() == Some(Span::new(at, end));
    for (at, end, after) in hits {
        if !narration(at, end) {
            continue;
        }
        // The words of the clause before the marker and after it.
        let head = &text[back(at)..at];
        let rest = &text[end..ahead(end)];
        let found = if after {
            let clause = &head[head.rfind(['.', '\n', ';', ',']).map_or(0, |k| k + 1)..];
            let other = clause.split_whitespace().rev().take(4).any(|w| {
                let w = clean(w);
                OTHER_MEASURE.iter().any(|o| o.eq_ignore_ascii_case(&w))
            });
            let named = &rest[..rest.find([',', '.', ';', '(', '\n']).unwrap_or(rest.len())];
            if other { None } else { named.split_whitespace().take(5).find_map(find) }
        } else {
            let measure = rest.split_whitespace().take(3).any(|w| {
                let w = clean(w);
                MEASURES.iter().any(|m| m.eq_ignore_ascii_case(&w))
            });
            let clause = &head[head.rfind(['.', '\n', ';']).map_or(0, |k| k + 1)..];
            if measure { clause.split_whitespace().rev().take(5).find_map(find) } else { None }
        };
        if let Some(s) = found {
            out[s].get_or_insert(Evidence {
                text: text[at..end].to_string(),
                start: at,
                end,
                weight: PROPOSER,
                kind: "proposer",
            });
        }
    }
    out
}

/// A relative clause or apposition right after a speaker's name, outside
/// any quotation, that names the thing a plan takes away.
fn relation(
    article: &Article<'_>,
    attributed: &Attributed,
    removal: &topic::Removal,
    name: Span,
    u: &standpoint_core::Utterance,
) -> Option<Span> {
    if removal.is_empty() {
        return None;
    }
    let i = article.sentences.partition_point(|s| s.span.end <= name.start);
    let sentence = article.sentences.get(i)?.span;
    let stop = u.cue.as_ref().map(|c| c.span.start).filter(|&c| c >= name.end).unwrap_or(sentence.end);
    let seg = attributed.segments(name.end, stop.max(name.end)).find(|seg| seg.start == name.end)?;
    let text = article.slice(seg);
    if !text.starts_with(',') {
        return None;
    }
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let end = body.find([',', ';', '.', '(', ')', '\u{2014}', '\u{2013}']).unwrap_or(body.len());
    let clause = body[..end].trim_end();
    let view = crate::text::View::new(clause, 0, clause.len());
    removal.names(&view).then(|| {
        let at = seg.start + (text.len() - body.len());
        Span::new(at, at + clause.len())
    })
}

/// A speaker named *the* and one word for a kind of body (*the district*),
/// cited at its first utterance's name.
fn generic_body(lex: &Lexicon, article: &Article<'_>, name: &str, first: usize) -> Option<Evidence> {
    let lower = name.trim().to_lowercase();
    let kind = lower.strip_prefix("the ")?;
    if !lex.is_generic_body(kind) {
        return None;
    }
    let u = &article.utterances[first];
    let at = u.source.unwrap_or(u.span);
    // A body the article names in full where it first speaks (*the
    // Ministry of Fisheries and Ports*) is that body, not the story's own
    // institution named by its kind.
    if u.source.is_some_and(|s| article.slice(s).split_whitespace().count() > 2) {
        return None;
    }
    Some(Evidence {
        text: article.slice(at).to_string(),
        start: at.start,
        end: at.end,
        weight: PROPOSER,
        kind: "proposer",
    })
}

/// A stretch of narrator text that describes a speaker: the words before
/// the name in its sentence (*Halvard's president,*), and those between the
/// name and the reporting verb (*, who leads the authority,*).
#[derive(Debug)]
struct Descriptor {
    span: Span,
    /// Its content words, lowercase, and whether each was capitalized, as
    /// [`words`] splits them, split when first asked for: the proposer test
    /// and the affiliation test often read the same descriptor, and each
    /// used to split it anew.
    split: std::cell::OnceCell<(Vec<String>, Vec<bool>)>,
    /// Whether it holds one of the doer's words, searched for when first
    /// asked: the proposer tests by name and by kind both ask it of each
    /// descriptor of a speaker that neither ties to the doer (most), and
    /// each used to search the text anew. (A speaker's descriptors are
    /// only ever asked about the one doer of the article.)
    holds_doer: std::cell::OnceCell<bool>,
}

/// Whether a descriptor is only a lawmaker's party and home
/// (*D-Pine Bluff*, *R-Texas*, *I-Vt.*, *DFL-Duluth*): US style tags a
/// legislator so, and the home town shares its name with the story's town,
/// hospital or council without tying the lawmaker to the proposer.
pub(crate) fn party_and_home(text: &str) -> bool {
    let tag = text.trim_matches(|c: char| c.is_whitespace() || c == ',');
    tag.split_once('-').is_some_and(|(party, home)| {
        matches!(party, "D" | "R" | "I" | "DFL") && home.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

impl Descriptor {
    fn new(span: Span) -> Descriptor {
        Descriptor { span, split: std::cell::OnceCell::new(), holds_doer: std::cell::OnceCell::new() }
    }

    /// Whether the descriptor holds none of `doer`'s words (and so cannot
    /// name the doer); `false` with no doer to search for.
    fn lacks_doer(&self, article: &Article<'_>, doer: Option<&Mentions<'_>>) -> bool {
        doer.is_some_and(|doer| !*self.holds_doer.get_or_init(|| doer.in_text(article.slice(self.span))))
    }

    /// The descriptor's content words and whether each was capitalized.
    fn words(&self, article: &Article<'_>) -> (&[String], &[bool]) {
        let (words, caps) = self.split.get_or_init(|| words(article.slice(self.span)).into_iter().unzip());
        (words, caps)
    }

    /// The words of the descriptor that name the proposer, capitalized in the
    /// article (a proper name, not *the council* in general).
    /// `doer` searches for the doer's words, `tokens` among them.
    fn proper_match(&self, article: &Article<'_>, tokens: &[&str], doer: Option<&Mentions<'_>>) -> Option<Evidence> {
        let text = article.slice(self.span);
        // Cheaper still: a descriptor that holds none of the doer's words
        // needs no splitting into words, which cost more than the search.
        if self.lacks_doer(article, doer) || party_and_home(text) {
            return None;
        }
        let (ws, caps) = self.words(article);
        if ws.iter().any(|w| matches!(w.as_str(), "opposition" | "critic" | "critics" | "rival" | "campaign" | "save"))
        {
            return None;
        }
        // The cheap test first: most descriptors hold no capitalized word
        // of the doer's, and need no reading word by word below.
        let doer_word = || ws.iter().zip(caps).find(|&(w, &cap)| cap && tokens.contains(&w.as_str()));
        doer_word()?;
        // The doer's name as a mere qualifier of another proper name (*the
        // Hong Kong Taxi Drivers Alliance* when the doer is Hong Kong's
        // government) names that other body, not the doer.
        let raw: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .filter(|w| !w.is_empty())
            .collect();
        let bare = |w: &str| w.trim_end_matches("'s").trim_end_matches("\u{2019}s").to_lowercase();
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let qualifier = |k: usize| {
            let run = raw[k + 1..].iter().take_while(|w| capital(w)).count();
            run > 0 && {
                let last = bare(raw[k + run]);
                !tokens.contains(&last.as_str()) && !TITLES.contains(&last.as_str())
            }
        };
        // So does the doer's name as the complement of an institution's
        // name (*the University of Essex* when the doer is Essex Police),
        // unless the institution is the doer's own kind.
        let complement = |k: usize| {
            k >= 2 && raw[k - 1] == "of" && capital(raw[k - 2]) && {
                let head = bare(raw[k - 2]);
                INSTITUTIONS.contains(&head.as_str()) && !tokens.contains(&head.as_str())
            }
        };
        // So does the doer's name as the place where the speaker works or
        // studies (*an economist at the University of Texas at El Paso*, *a
        // researcher who has studied closures in Denver and Aurora* when
        // the doer is El Paso's or Aurora's): a run of capitalized words,
        // joined by *and* at most, right after *in*, *at*, *near* or
        // *across*, that ends in a word of the doer's other than the name
        // of a body (*at Aurora School Board* still names the board).
        let placed = |k: usize| {
            let mut first = k;
            while first > 0 && k - first < 6 && (capital(raw[first - 1]) || raw[first - 1] == "and") {
                first -= 1;
            }
            let last = k + raw[k + 1..].iter().take_while(|w| capital(w)).count();
            let end = bare(raw[last]);
            first > 0
                && matches!(raw[first - 1], "in" | "at" | "near" | "across")
                && capital(raw[first])
                && tokens.contains(&end.as_str())
                && !INSTITUTIONS.contains(&end.as_str())
                && !GOVERNING.contains(&end.as_str())
        };
        let named = (0..raw.len()).any(|k| {
            capital(raw[k]) && tokens.contains(&bare(raw[k]).as_str()) && !qualifier(k) && !complement(k) && !placed(k)
        });
        doer_word()
            .filter(|_| named)
            .map(|_| Evidence {
                text: text.trim_matches(|c: char| c.is_whitespace() || c == ',').to_string(),
                start: self.span.start,
                end: self.span.end,
                weight: PROPOSER,
                kind: "proposer",
            })
            .map(|mut e| {
                // Cite the trimmed words at their own offsets.
                if let Some(off) = text.find(e.text.as_str()) {
                    e.start = self.span.start + off;
                    e.end = e.start + e.text.len();
                }
                e
            })
    }
}

impl Descriptor {
    /// The doer named by its kind, in the possessive, before an office
    /// (*the county's health director*, *the company's general manager*):
    /// news style refers back to the story's institution so.
    /// `doer` searches for the doer's words, `tokens` among them.
    fn kind_match(
        &self,
        lex: &Lexicon,
        article: &Article<'_>,
        tokens: &[&str],
        doer: Option<&Mentions<'_>>,
    ) -> Option<Evidence> {
        let text = article.slice(self.span);
        // The kind must be one of the doer's words: without any of them,
        // there is nothing to split.
        if self.lacks_doer(article, doer) {
            return None;
        }
        let ws: Vec<&str> = text.split_whitespace().collect();
        let hit = ws.windows(2).any(|pair| {
            let kind = pair[1].strip_suffix("'s").or_else(|| pair[1].strip_suffix("\u{2019}s")).map(str::to_lowercase);
            pair[0].eq_ignore_ascii_case("the")
                && kind.is_some_and(|k| lex.is_generic_body(&k) && tokens.contains(&k.as_str()))
        });
        hit.then(|| Evidence {
            text: text.trim().to_string(),
            start: self.span.start + (text.len() - text.trim_start().len()),
            end: self.span.start + text.trim_end().len(),
            weight: PROPOSER,
            kind: "proposer",
        })
    }

    /// A proper name of the proposer right before a title of office in a
    /// speaker's name as written (*Nordhavn Chief Executive Mette Rasmussen*,
    /// *Nordhavn's president*): a looser tie, as a place (*Harbridge
    /// Borough Council leader*) or a title (*City Councilor*) can share a
    /// word with the doer.
    /// `doer` searches for the doer's words, `tokens` among them.
    fn titled_match(&self, article: &Article<'_>, tokens: &[&str], doer: Option<&Mentions<'_>>) -> Option<Evidence> {
        let text = article.slice(self.span);
        // The name before the title must be one of the doer's words:
        // without any of them, there is nothing to split.
        if self.lacks_doer(article, doer) {
            return None;
        }
        let raw: Vec<&str> =
            text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
        // The cheap tests first, and no lowercase copy unless a word may
        // need one: most pairs are neither a capital nor a title.
        let title = |w: &str| {
            if w.is_ascii() {
                TITLES.iter().any(|t| t.eq_ignore_ascii_case(w))
            } else {
                TITLES.contains(&w.to_lowercase().as_str())
            }
        };
        let hit = raw.windows(2).any(|pair| {
            pair[0].chars().next().is_some_and(char::is_uppercase)
                && title(pair[1])
                && tokens.contains(&pair[0].trim_end_matches("'s").to_lowercase().as_str())
        });
        hit.then(|| Evidence {
            text: text.to_string(),
            start: self.span.start,
            end: self.span.end,
            weight: PROPOSER,
            kind: "proposer",
        })
    }

    /// A government title in the descriptor (*Health Secretary*, *public
    /// health minister*), unless it is an opposition one (*shadow
    /// chancellor*).
    fn government_title(&self, lex: &Lexicon, article: &Article<'_>) -> Option<Evidence> {
        let text = article.slice(self.span);
        let mut found = None;
        let mut at = 0;
        let mut prev = String::new();
        let mut pending: Option<Span> = None;
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            let start = at;
            at += w.len() + 1;
            let lower = w.to_lowercase();
            if lower == "shadow" || lower == "opposition" || lower == "former" {
                return None;
            }
            // `Its secretary general, Ana Ruiz` (of a bar association, a
            // union, the UN), `general secretary`: the head of a body of
            // its own, not a member of a government.
            if let Some(p) = pending.take() {
                if lower != "general" {
                    found = Some(p);
                }
            }
            if found.is_none() && lex.is_government_title(&lower) && prev != "general" {
                pending = Some(Span::new(self.span.start + start, self.span.start + start + w.len()));
            }
            if !w.is_empty() {
                prev = lower;
            }
        }
        if let Some(p) = pending {
            found = found.or(Some(p));
        }
        found.map(|s| Evidence {
            text: article.slice(s).to_string(),
            start: s.start,
            end: s.end,
            weight: PROPOSER,
            kind: "proposer",
        })
    }
}

/// The descriptor stretches around an utterance's source, in its sentence.
fn descriptor(
    article: &Article<'_>,
    attributed: &Attributed,
    sentence: usize,
    source: Option<Span>,
    cue: Option<Span>,
    words: Span,
) -> Vec<Descriptor> {
    let Some(src) = source else { return Vec::new() };
    let Some(sent) =
        article.sentences.get(sentence).map(|s| s.span).filter(|s| s.start <= src.start && src.end <= s.end)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Only the phrase right before the name (*Halvard's president,*): from
    // its last clause break, and short. (The other pieces of the sentence
    // before the name are passed over unread.)
    for seg in attributed.segments(sent.start, src.start).filter(|seg| seg.end == src.start) {
        let text = article.slice(seg);
        let body = text.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        let from = rfind_break(body).map_or(0, |i| i + body[i..].chars().next().map_or(1, char::len_utf8));
        let phrase = &body[from..];
        if !phrase.trim().is_empty() && !more_words_than(phrase, APPOSITION_WORDS) {
            out.push(Descriptor::new(Span::new(seg.start + from, seg.start + body.len())));
        }
    }
    // After the name: an apposition (*, IBM's strategy manager,*), not a
    // relative clause (*, who has three children at ...,*). After a quote
    // (*"...," said Frank Doyle, regional director of ...*) it runs on to
    // the end of the sentence.
    let stop = match cue.filter(|c| c.start >= src.end) {
        Some(c) => c.start,
        None if words.start >= src.end => words.start,
        None => sent.end,
    }
    .min(sent.end);
    if stop > src.end {
        if let Some(seg) = attributed.segments(src.end, stop).find(|s| s.start == src.end) {
            let text = article.slice(seg);
            let body = text.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
            let first = body.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
            let relative = matches!(first.as_str(), "who" | "whose" | "which" | "where" | "whom" | "that");
            let end = find_break(body).unwrap_or(body.len());
            let phrase = &body[..end];
            if text.starts_with(',') && !relative && !phrase.trim().is_empty() {
                let at = seg.start + (text.len() - body.len());
                out.push(Descriptor::new(Span::new(at, at + phrase.trim_end().len())));
            }
        }
    }
    out
}

/// The other speaker a descriptor names: *Its chairman* (the body that spoke
/// in the sentence before), or a body's name (*regional director of the
/// United Cell Workers union*, *who leads the authority*).
/// The organisations and groups that speak in the article, indexed by the
/// last word of each of their names: `names_match` needs that word among a
/// descriptor's tokens, so only the bodies it indexes can match. Walking
/// every speaker for every descriptor instead is quadratic in an article
/// that quotes thousands of people.
struct Bodies {
    by_last: std::collections::HashMap<String, Vec<usize>>,
}

/// How many bodies sharing a name's last word, on either side of a speaker
/// in the article's order, [`Bodies::candidates`] offers.
const BODY_REACH: usize = 32;

impl Bodies {
    fn new(lex: &Lexicon, article: &Article<'_>, inputs: &Inputs<'_>, names: &Names<'_>) -> Bodies {
        let mut by_last: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
        for (o, other) in article.speakers.iter().enumerate() {
            if inputs.by_speaker[o].is_empty() || !matches!(other.kind, SpeakerKind::Organization | SpeakerKind::Group)
            {
                continue;
            }
            for w in names.of(o) {
                if let Some((last, _)) = w.iter().rev().find(|(t, _)| !lex.is_proxy_word(t)) {
                    by_last.entry(last.clone()).or_default().push(o);
                }
            }
        }
        Bodies { by_last }
    }

    /// The bodies that could match a descriptor of speaker `me` with these
    /// tokens, in the article's speaker order: of the bodies indexed by one
    /// word, only the [`BODY_REACH`] on either side of `me`.
    ///
    /// An article quotes a handful of bodies whose names end in one word
    /// (*council*, *association*), and the window holds them all. Text that
    /// quotes thousands of councils (many articles run together) would
    /// otherwise try every one of them for every descriptor: quadratic.
    fn candidates(&self, tokens: &[String], me: usize) -> Vec<usize> {
        let mut found = Vec::new();
        for list in tokens.iter().filter_map(|t| self.by_last.get(t)) {
            // Each list is in speaker order, as `new` pushed it.
            let at = list.partition_point(|&o| o < me);
            found.extend_from_slice(&list[at.saturating_sub(BODY_REACH)..(at + BODY_REACH).min(list.len())]);
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The other body a speaker speaks for, by the descriptors around their
/// words (*its chief executive*, *a spokesman for the Harbridge Trust*),
/// and where the descriptor names it. `named` searches for the last words
/// of the bodies' names.
#[allow(clippy::too_many_arguments)]
fn affiliation(
    lex: &Lexicon,
    article: &Article<'_>,
    descriptors: &[Descriptor],
    me: usize,
    sentence: usize,
    bodies: &Bodies,
    named: &Mentions<'_>,
    names: &Names<'_>,
) -> Option<(usize, Span)> {
    for d in descriptors {
        let text = article.slice(d.span);
        let lead = text.trim_start();
        let first = lead.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // A bare spokesperson (*…," said spokesperson Ben Ali* right after
        // the group has spoken) speaks for the body that spoke last, as
        // *its spokesperson* does.
        let bare_spokes = || {
            let mut words = lead
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .skip_while(|w| {
                    ["a", "the", "said", "says", "added", "adds"].iter().any(|k| w.eq_ignore_ascii_case(k))
                });
            let spokes = words.next().is_some_and(|w| {
                ["spokesperson", "spokesman", "spokeswoman"].iter().any(|k| w.eq_ignore_ascii_case(k))
            });
            // Then only the person's own name, if any (not *for the trust*).
            spokes && words.all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        // *the alliance's state director*: the body just named, by the
        // head noun of its name, in the possessive.
        let kind_of = if first.eq_ignore_ascii_case("the") { possessed_kind(&lead[first.len()..]) } else { None };
        if first.eq_ignore_ascii_case("its")
            || first.eq_ignore_ascii_case("their")
            || kind_of.is_some()
            || bare_spokes()
        {
            // The body that spoke last, in this sentence or the two before
            // (utterances are in reading order: a binary search finds them).
            let from = article.utterances.partition_point(|u| u.sentence + 2 < sentence);
            let to = article.utterances.partition_point(|u| u.sentence <= sentence);
            let body = article.utterances[from..to.max(from)].iter().rev().find(|u| {
                u.speaker.0 != me
                    && article.speakers.get(u.speaker.0).is_some_and(|s| {
                        matches!(s.kind, SpeakerKind::Organization | SpeakerKind::Group)
                            && kind_of.is_none_or(|k| name_head(&s.name).eq_ignore_ascii_case(k))
                    })
                    && u.span.end <= d.span.start
            });
            if let Some(u) = body {
                let at = d.span.start + (text.len() - lead.len());
                let len = kind_of.map_or(first.len(), |k| lead.find(k).map_or(first.len(), |i| i + k.len()));
                return Some((u.speaker.0, Span::new(at, at + len)));
            }
        }
        // Only another body's name can match: with none, the words need
        // no splitting.
        if bodies.by_last.is_empty() {
            continue;
        }
        // Nor with none of their names' last words in the descriptor (as
        // `named` finds them, which is cheaper than splitting it).
        if !named.in_text(text) {
            continue;
        }
        let (tokens, caps) = d.words(article);
        for o in bodies.candidates(tokens, me) {
            let other = &article.speakers[o];
            if o != me
                && names_match(lex, names.of(o), other.kind, tokens)
                && !another_of_its_kind(lex, names.of(o), tokens, caps)
            {
                return Some((o, d.span));
            }
        }
    }
    None
}

/// The noun of a possessive that opens `rest`, the words after *the*:
/// *alliance* in *the alliance's state director*. Lower case only: a
/// capital is a proper name (*the Times's editor*), not a body's kind.
fn possessed_kind(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    let end = rest.find(['\'', '\u{2019}'])?;
    let noun = &rest[..end];
    let after = &rest[end..];
    let possessive = after.strip_prefix('\'').or_else(|| after.strip_prefix('\u{2019}'))?.starts_with('s');
    (possessive && !noun.is_empty() && noun.bytes().all(|b| b.is_ascii_lowercase())).then_some(noun)
}

/// The head noun of a body's name: the word before its first *of*
/// (*League* of *League of Women Voters*), or else its last word
/// (*Alliance* of *Voting Rights Alliance*).
fn name_head(name: &str) -> &str {
    let mut prev = "";
    for w in name.split_whitespace() {
        if w == "of" && !prev.is_empty() {
            return prev;
        }
        prev = w;
    }
    prev
}

/// Whether a descriptor meets a body that has a proper name (*the Harbour
/// Department*) only through a lower-case alias of its kind (*the
/// department*) whose words the descriptor capitalizes, inside another
/// proper name (*an administrator of the Department of Revenue*): that is
/// another body of the same kind, not this one. A body known only by its
/// kind (*the union*) may be the one the descriptor names in full. Reads
/// the body's few names and the descriptor's words.
fn another_of_its_kind(lex: &Lexicon, names: &[Phrase], tokens: &[String], caps: &[bool]) -> bool {
    let proper = names.iter().any(|w| w.iter().any(|(t, cap)| *cap && !lex.is_proxy_word(t)));
    proper
        && names.iter().filter(|w| names_match(lex, std::slice::from_ref(*w), SpeakerKind::Organization, tokens)).all(
            |w| {
                w.iter().all(|(_, cap)| !cap)
                    && w.iter()
                        .filter(|(t, _)| !lex.is_proxy_word(t))
                        .all(|(t, _)| tokens.iter().zip(caps).all(|(x, &cap)| x != t || cap))
            },
        )
}

/// Which sentences hold no utterance at all.
fn narrator_sentences(article: &Article<'_>) -> Vec<bool> {
    let mut free = vec![true; article.sentences.len()];
    for u in &article.utterances {
        let lo = article.sentences.partition_point(|s| s.span.end <= u.span.start);
        let hi = article.sentences.partition_point(|s| s.span.start < u.span.end);
        for f in free.iter_mut().take(hi).skip(lo) {
            *f = false;
        }
        if let Some(f) = free.get_mut(u.sentence) {
            *f = false;
        }
        // `In a statement, the waste firm said:` with the quotation in the
        // next paragraph: the sentence before an utterance that ends in a
        // colon is its tag, not the narrator's own words.
        if let Some(c) = u.sentence.checked_sub(1)
            && article.sentences.get(c).is_some_and(|s| article.slice(s.span).trim_end().ends_with(':'))
        {
            free[c] = false;
        }
    }
    free
}

/// A short narrator sentence that sorts the next speaker into a camp.
struct Camp {
    evidence: Evidence,
    /// It sets the next speaker against the one before ("Not everyone ...",
    /// "But ...").
    turns: bool,
    /// It denies bare agreement ("Not everyone agreed.", "Not all owners
    /// agree."): agreement with the speaker before, not with the proposal,
    /// so its side is the opposite of theirs, whatever that is.
    relative: bool,
}

/// Sentence `c` when the narrator alone speaks in it, in a body paragraph
/// other than the lead: the lead tells the news itself, not who stands
/// where.
fn body_narration<'s>(article: &'s Article<'_>, narrator_only: &[bool], c: usize) -> Option<&'s Sentence> {
    let sentence = article.sentences.get(c)?;
    let lead = article.blocks.iter().position(|b| b.kind == BlockKind::Body);
    if !narrator_only.get(c).copied().unwrap_or(false)
        || article.blocks.get(sentence.block).is_none_or(|b| b.kind != BlockKind::Body)
        || lead == Some(sentence.block)
    {
        return None;
    }
    Some(sentence)
}

/// Whether a sentence opens with a body's full proper name: two or more
/// capitalized words (after an optional *The*) whose last is a kind of
/// body (*Harlow County Council*, *Fenland Water Company*).
fn opens_with_named_body(lex: &Lexicon, opening: &str) -> bool {
    let mut words = opening.split_whitespace().peekable();
    if words.peek().is_some_and(|w| *w == "The") {
        words.next();
    }
    let mut count = 0;
    let mut last = "";
    for w in words {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if !bare.chars().next().is_some_and(char::is_uppercase) || !bare.chars().all(char::is_alphabetic) {
            break;
        }
        count += 1;
        last = bare;
        if bare.len() != w.len() {
            break;
        }
    }
    count >= 2 && last.len() < 24 && lex.is_generic_body(&last.to_ascii_lowercase())
}

fn camp_sentence(lex: &Lexicon, article: &Article<'_>, narrator_only: &[bool], c: usize) -> Option<Camp> {
    let sentence = body_narration(article, narrator_only, c)?;
    let span = sentence.span;
    // Most narration is longer than a camp cue: that is told from its bytes.
    if surely_more_words_than(article.slice(span), CAMP_WORDS) {
        return None;
    }
    // Normalized once: the camp tests below and the sentence's score read
    // the same view.
    let view = View::new(article.text, span.start, span.end);
    let norm = &view.norm;
    let n = view.words.len();
    if n == 0 || n > CAMP_WORDS {
        return None;
    }
    let hits = lex.find(&norm.buf, Context::Words);
    // A sentence that opens a quotation is someone's words, one that lays
    // out procedure (*the switch needs the support of 75 per cent of votes
    // cast*) sorts nobody into a camp, and neither does an item of a
    // bulleted summary (*- Analysts see the spinoff adding value*), which
    // sums up the story rather than introducing who speaks next.
    let opening = article.slice(span).trim_start();
    let quoted = opening.starts_with(['"', '\u{201c}', '\u{2018}', '\'']);
    let bullet = opening.starts_with(['-', '\u{2022}', '*', '\u{2013}', '\u{2014}']);
    if quoted || bullet || outlet_line(opening) || hits.iter().any(|h| h.roles.procedural) {
        return None;
    }
    // A sentence about a body named in full (*Harlow County Council, the
    // highway authority, had raised no objection*) tells that body's part,
    // not the camp of the next speaker.
    if opens_with_named_body(lex, opening) {
        return None;
    }
    // "Not everyone shares her fears.", "Not all of them are sorry to see it
    // go.": a negated quantifier opening the sentence denies its whole
    // predicate, however far the cue stands from the "not".
    let quantified = hits.first().filter(|h| {
        let mut after = norm.buf[..h.end].split_whitespace().skip(1).chain(norm.buf[h.end..].split_whitespace());
        h.start == 0 && h.roles.negator && after.next().is_some_and(|w| QUANTIFIERS.contains(&w))
    });
    // The denial is as strong as the camp cue itself ("not everyone" as a
    // cautious cue) plus the predicate it denies.
    let denied = quantified.map(|h| {
        let (_, from) = norm.article_span(article.text, h.start, h.end);
        let own = h.roles.cue.map_or(0.0, |(_, w)| w.abs());
        let predicate = score::score_words(lex, article.text, Span::new(from, span.end), None, false, false);
        let v = predicate.stance_raw;
        if v.abs() < 1e-9 { 0.0 } else { -v.signum() * (v.abs() + own) }
    });
    // What is denied is only agreement, with nothing agreed to named: the
    // sentence ends on the verb. It sorts the next speaker against the one
    // before, not against the proposal (see `leans`).
    let relative = quantified.is_some()
        && view.words.last().is_some_and(|w| {
            matches!(&norm.buf[w.start..w.end], "agree" | "agrees" | "agreed" | "concur" | "concurs" | "concurred")
        });
    let value = match denied {
        Some(v) if v.abs() > 1e-9 => v,
        _ => score::score_view_found(lex, article.text, &view, Some(&hits), None, false, false, 0.0).stance_raw,
    };
    // A sentence whose subject names a camp (*Supporters packed the hall.*,
    // *Opponents have other ideas.*) sorts the next speaker into it.
    let value = if value.abs() < 1e-9 { camp_subject(lex, article.slice(span)) } else { value };
    if value.abs() < 1e-9 {
        return None;
    }
    let turns = hits.first().is_some_and(|h| h.start == 0 && (h.roles.contrast || h.roles.negator));
    let text = article.slice(span).trim();
    let at = span.start + (article.slice(span).len() - article.slice(span).trim_start().len());
    Some(Camp {
        evidence: Evidence {
            text: text.to_string(),
            start: at,
            end: at + text.len(),
            weight: (value * CONTEXT_FACTOR).clamp(-CONTEXT_MAX, CONTEXT_MAX),
            kind: "context",
        },
        turns,
        relative,
    })
}

/// The words of the labels that online outlets put before a link to
/// another of their stories (*READ MORE:*, *Related:*, *Also read |*).
const LINK_LABEL_WORDS: [&str; 9] = ["read", "more", "related", "also", "see", "watch", "listen", "next", "latest"];

/// The outlet's words to its reader (see [`outlet_line`]), less their
/// first letter, whose case varies: *newsletter(s)*, *readers like you*.
static OUTLET_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    std::sync::LazyLock::new(|| ["ewsletter", "eaders like you"].map(memchr::memmem::Finder::new));

/// What makes a newsletter the outlet's own: its "our", a call to sign
/// up or subscribe, an inbox (first letters left out, as above).
static OWN_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 5]> =
    std::sync::LazyLock::new(|| ["ur ", "ign up", "igning up", "ubscribe", "nbox"].map(memchr::memmem::Finder::new));

/// Whether a line is the outlet's own, set between the story's paragraphs:
/// a link to another story (*READ MORE: Seven pubs named among the best*)
/// or a call to sign up for its newsletter (*Sign up to our free
/// newsletters here.*). Its words are another story's headline or an
/// advertisement, and whatever they lean sorts nobody in this story.
fn outlet_line(line: &str) -> bool {
    let lower = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let mut words = line.split_whitespace();
    let first: Vec<String> = words.by_ref().take(2).map(lower).collect();
    if matches!(first.iter().map(String::as_str).collect::<Vec<_>>()[..], ["sign", "up", ..] | ["subscribe", ..]) {
        return true;
    }
    // The same call set later in a line that opens otherwise (*Don't miss
    // the latest news from around the coast - sign up to our free
    // newsletter here*), and an appeal for the reader's money (*Over 5,000
    // readers like you support us with a monthly payment*): the outlet
    // speaks to its reader, about itself. A newsletter counts only with
    // the outlet's "our", a call to sign up or subscribe, or an inbox: a
    // newsletter in the story (*The county's own newsletter had promised
    // the branches were safe*) is narration. Searched as bytes, with
    // prebuilt finders: this runs on every short line of narration, and
    // almost none holds any of them. A hit must stand as whole words.
    let bytes = line.as_bytes();
    let whole = |at: usize, len: usize| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + len).copied();
        before.is_none_or(|b| !b.is_ascii_alphanumeric())
            && after.is_none_or(|b| !b.is_ascii_alphanumeric() || b == b's')
    };
    // The finders skip the first letter, whose case varies.
    let holds = |f: &memchr::memmem::Finder<'_>, first: u8| {
        f.find_iter(bytes)
            .any(|at| at > 0 && bytes[at - 1].to_ascii_lowercase() == first && whole(at - 1, f.needle().len() + 1))
    };
    let [newsletter, readers] = &*OUTLET_FINDERS;
    let own = || OWN_FINDERS.iter().any(|f| f.find(bytes).is_some());
    if holds(readers, b'r') || (holds(newsletter, b'n') && own()) {
        return true;
    }
    // One to three label words, the last ending in a colon or followed by
    // a bar, and one of them a word that points elsewhere.
    let head: Vec<&str> = line.split_whitespace().take(4).collect();
    let Some(end) = head.iter().position(|w| w.ends_with(':') || *w == "|") else { return false };
    let label: Vec<&str> = head[..=end].iter().copied().filter(|w| *w != "|").collect();
    !label.is_empty()
        && label.len() <= 3
        && label.iter().all(|w| LINK_LABEL_WORDS.contains(&lower(w).as_str()))
        && label.iter().any(|w| matches!(lower(w).as_str(), "read" | "related" | "watch" | "listen" | "see"))
}

/// The lean of a camp named as a sentence's subject, in its first
/// [`CAMP_SUBJECT_WORDS`] words (*Supporters*, *Many of the critics*); 0
/// when there is none.
fn camp_subject(lex: &Lexicon, sentence: &str) -> f64 {
    let opening: String = sentence.split_whitespace().take(CAMP_SUBJECT_WORDS).collect::<Vec<_>>().join(" ");
    lex.speaker_lean(&opening).map_or(0.0, |(_, w)| w)
}

/// The narrator's "But" (or "However") that opens the sentence of an
/// utterance, before its speaker is named: *But Dina Rask ... told*.
fn opening_contrast(
    lex: &Lexicon,
    article: &Article<'_>,
    attributed: &Attributed,
    u: &standpoint_core::Utterance,
) -> Option<Span> {
    let name = u.source?;
    let sentence = article.sentences.get(u.sentence)?.span;
    if name.start < sentence.start || name.start > sentence.end {
        return None;
    }
    let seg = attributed.segments(sentence.start, name.start).next()?;
    if seg.start != sentence.start {
        return None;
    }
    // Only a contrast key at the segment's start counts. A segment that
    // opens with an ASCII word and then an ASCII byte (or nothing) opens
    // its normalized text with that word lowercased; when no contrast key
    // can open with it, there is nothing to normalize and search.
    let raw = article.text.as_bytes().get(seg.start..seg.end).unwrap_or(&[]);
    let n = raw.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    if n > 0 && raw.get(n).is_none_or(u8::is_ascii) && !lex.may_open_contrast(&raw[..n]) {
        return None;
    }
    let norm = Norm::new(article.text, seg.start, seg.end);
    let hits = lex.find(&norm.buf, Context::Frame);
    let h = hits.first().filter(|h| h.start == 0 && h.roles.contrast)?;
    let (s, e) = norm.article_span(article.text, h.start, h.end);
    Some(Span::new(s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions_any(text: &str, tokens: &[String]) -> bool {
        Mentions::new(tokens).in_text(text)
    }

    #[test]
    fn breaks_are_found_by_bytes_as_by_chars() {
        const BREAKS: &[char] = &[',', '.', ';', ':', '(', ')', '"', '\u{201C}', '\u{201D}', '\u{2013}', '\u{2014}'];
        // Every mark of BREAKS is one the byte test knows.
        for &c in BREAKS {
            let s = c.to_string();
            assert_eq!(find_break(&s), Some(0), "{c:?}");
        }
        let others =
            ["a", "\u{2019}", "\u{2026}", "\u{2012}", "\u{2015}", "\u{201E}", "\u{00E2}", "\u{0100}", " ", "\u{E080}"];
        let mut pieces: Vec<String> = BREAKS.iter().map(char::to_string).collect();
        pieces.extend(others.iter().map(|s| s.to_string()));
        // Every string of up to three pieces, each a break or not.
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                texts.iter().flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}x"))).collect();
            texts.extend(longer);
        }
        for t in &texts {
            assert_eq!(find_break(t), t.find(BREAKS), "{t:?}");
            assert_eq!(rfind_break(t), t.rfind(BREAKS), "{t:?}");
        }
    }

    #[test]
    fn a_sentence_mentions_a_doer_by_whole_words_in_any_case() {
        let tokens = vec!["harbour".to_string(), "trust".to_string()];
        assert!(mentions_any("The Harbour Trust's board said", &tokens));
        assert!(mentions_any("TRUST-run ferries", &tokens));
        assert!(!mentions_any("Trusted harbours stay open", &tokens));
        assert!(!mentions_any("", &tokens));
        // Lowercased as `words` lowercases: the Kelvin sign is a k.
        assert!(mentions_any("\u{212A}iln works", &["kiln".to_string()]));
        // Words of 64 bytes and more are compared too.
        let long = "a".repeat(70);
        assert!(mentions_any(&format!("the {} plan", long.to_uppercase()), std::slice::from_ref(&long)));
        assert!(!mentions_any(&format!("the {long}s plan"), &[long]));
        // Curly quotes and dashes separate words; accented letters do not.
        assert!(mentions_any("\u{201C}We back the Trust\u{2019}s plan,\u{201D} she said", &tokens));
        assert!(mentions_any("Harbour\u{2014}side", &tokens));
        assert!(!mentions_any("Tr\u{00FC}st harbour\u{00E9}", &tokens));
        assert!(mentions_any("the \u{00C9}cole plan", &["\u{00E9}cole".to_string()]));
        // Digits are word bytes; a token is matched whole, at either end of the text too.
        let route = ["66".to_string()];
        assert!(mentions_any("Route 66", &route));
        assert!(mentions_any("66th", &["66th".to_string()]));
        assert!(!mentions_any("Route 666 and 0x66", &route));
        assert!(!mentions_any("trust", &["".to_string()]));
        // A token that is no word never matches, in any text.
        assert!(!mentions_any("the harbour-trust plan", &["harbour-trust".to_string()]));
        assert!(!mentions_any("\u{201C}the harbour-trust plan", &["harbour-trust".to_string()]));
        // A non-ASCII token among ASCII ones: each is still found.
        let mixed = ["\u{00E9}cole".to_string(), "trust".to_string()];
        assert!(mentions_any("TRUST schools", &mixed));
        assert!(mentions_any("\u{00C9}COLE", &mixed));
        assert!(!mentions_any("Trusted \u{00E9}coles", &mixed));
    }

    #[test]
    fn words_told_from_bytes_are_never_more_than_the_normalized_words() {
        for (text, n) in [
            ("one two three", 2),
            ("U.S. officials\u{2019} plan\u{2014}a \u{201C}new\u{201D} deal, they said.", 5),
            ("don\u{2019}t  stop\n\nnow", 2),
            ("caf\u{00E9} au lait", 2),
        ] {
            let words = crate::text::View::new(text, 0, text.len()).words.len();
            assert!(surely_more_words_than(text, n), "{text:?}");
            assert!(words > n, "{text:?}");
            assert!(!surely_more_words_than(text, words), "{text:?}");
        }
        // Words that only normalizing tells apart are not counted.
        assert!(!surely_more_words_than("one\u{2014}two\u{2014}three", 1));
        assert!(!surely_more_words_than("", 0));
    }

    #[test]
    fn a_bid_received_is_read_in_the_opening_words_only() {
        assert!(receives_bid("the board has received a bid from the club"));
        assert!(receives_bid("\u{201c}We RECEIVED, last week, new offers"));
        // *received* among the first five words, the bid among the four after it.
        assert!(receives_bid("one two three four received a b c bid"));
        assert!(!receives_bid("one two three four five received a bid"));
        assert!(!receives_bid("one two three four received a b c d bid"));
        assert!(!receives_bid("it has received praise"));
        assert!(!receives_bid(""));
    }

    #[test]
    fn paragraphs_are_counted_in_words_as_split_whitespace_counts_them() {
        let long = "Plans for the  new harbour bridge were\tshown to a packed hall on Tuesday night, \u{201C}at last\u{201D}, \
                    said one of the  ferrymen who had waited\n\ryears\u{00A0}for it.\u{0085}x\x0By\x1fz \x7f";
        let texts = [
            "",
            " one  two\tthree\n",
            "a\u{00A0}b c",
            "\u{201C}Yes,\u{201D} \u{2003}she said",
            "\u{00E9}t\u{00E9} x",
            long,
        ];
        for text in texts {
            for n in 0..40 {
                assert_eq!(more_words_than(text, n), text.split_whitespace().nth(n).is_some(), "{text:?} {n}");
            }
        }
    }

    #[test]
    fn dateline_marks_are_the_bytes_a_scan_of_every_byte_finds() {
        let texts = [
            "",
            "A:b",
            "ABCDEFG:",
            "ABCDEFGH:",
            "COPENHAGEN, Nov 3 (Reuters) - Nordhavn",
            "DES MOINES, Iowa (AP) \u{2014} Gov. Ellen / Marchetti",
            "::::::::--------))))))))////////",
            "\u{00E9}\u{2013}\u{00E9}abcdefgh:ijklmnop",
        ];
        for text in texts {
            let b = text.as_bytes();
            let expected: Vec<usize> =
                (0..b.len()).filter(|&i| matches!(b[i], b':' | b'-' | b')' | b'/' | 0xE2)).collect();
            assert_eq!(dateline_marks(b).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn a_dateline_is_not_the_doer() {
        let cut = |s: &'static str| &s[after_dateline(s)..];
        assert_eq!(cut("COPENHAGEN, Nov 3 (Reuters) - Nordhavn is preparing a bid."), "Nordhavn is preparing a bid.");
        assert_eq!(cut("DES MOINES, Iowa (AP) \u{2014} Gov. Ellen Marchetti asked"), "Gov. Ellen Marchetti asked");
        assert_eq!(
            cut("Chennai, Mar 4 (PTI) The Tamil Nadu government released"),
            "The Tamil Nadu government released"
        );
        assert_eq!(cut("AHMEDABAD: Bus services remained crippled"), "Bus services remained crippled");
        assert_eq!(cut("WEST HALDANE TOWNSHIP \u{2014} After four hours"), "After four hours");
        // No dateline: nothing is cut.
        assert_eq!(
            cut("Harbridge Town have confirmed plans - to leave"),
            "Harbridge Town have confirmed plans - to leave"
        );
        assert_eq!(cut("The Council: a new plan"), "The Council: a new plan");
        assert_eq!(cut("Tarnow, Velmark \u{2013} Velmark's cabinet has agreed"), "Velmark's cabinet has agreed");
    }
}
