//! Scoring one utterance: the cues in the speaker's words and the modifiers
//! that change them, the reporting verb, stance verbs in the narrator's
//! frame, the framing of a question the utterance answers, and when it was
//! said.

use standpoint_core::{Article, Span, Utterance};

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::Evidence;

/// How many distinct modifiers a view cites before they are found by an
/// index rather than by a search of the list.
const DELTA_SCAN: usize = 32;
use crate::lexicon::{Context, CueClass, Gate, Hit, Lexicon, RoleSet};
use crate::text::{Norm, View, Word};
use crate::topic::TopicModel;

/// What praise in a *whether* clause counts (see the conditionals pass).
const WHETHER_PRAISE: f64 = 0.1;
/// How much an answer adopts or rejects a question's framing.
const ANSWER_FACTOR: f64 = 0.8;
/// A negated optimistic or cautious cue flips, but weaker: "not good" is
/// milder than "bad".
const NEGATED_CUE: f64 = -0.6;
/// A negated or ended negative event flips almost in full: "no more war".
const NEGATED_EVENT: f64 = -0.9;
/// Something expected and missing ("nobody consulted us") is a complaint in
/// full; present, it carries no stance.
const NEGATED_EXPECTED: f64 = -1.0;
/// Support before a "but" and a warning after it, each at least this
/// strong, make a reservation (a token "it helps, but" does not).
const RESERVATION: f64 = 0.25;
/// The cautious lean of a disclaimer ("we're not against renters",
/// "nobody is saying pull up the drawbridge"): the denial of opposing is
/// the opening of an objection, as strong as an affiliation's lean.
const DISCLAIMER: f64 = 0.3;
/// The optimistic lean of a speaker's own hypothetical of acceptance ("I'd
/// buy one tomorrow", "I would take a bit of noise for a quiet street").
const WILLING: f64 = 0.3;
/// The optimistic lean of a complaint that how things stand cannot go on
/// ("we cannot keep advertising the same post"): stronger than a
/// hypothetical, as strong as a clear word of support.
const UNTENABLE: f64 = 0.4;
/// The cautious lean of a prediction that those the proposal reaches will
/// route around it or that it will backfire ("people will simply go
/// elsewhere", "landlords would just raise rents"): as strong as a
/// complaint that things cannot go on, on the other side.
const EVASION: f64 = 0.4;
/// The cautious lean of a claim the speaker reports from the other side
/// only to doubt it, when the claim carries no cue of its own ("You say
/// it's going to go where the calls are"): as strong as a disclaimer.
const HEARSAY: f64 = 0.3;
/// What a cue counts in a sentence that lays out a procedure.
const PROCEDURE: f64 = 0.1;
/// What a cue counts under a negation that corrects a label ("the cost is
/// not the problem", "it is not a favour. It is a duty"): the speaker
/// swaps one word for another, and the denied word's sign says nothing.
const CORRECTION: f64 = 0.1;
/// The optimistic lean of a rebuttal by denial ("it is not a ban. It is a
/// limit on hours"): a charge against the plan answered with its aim, the
/// mirror of a disclaimer.
const REBUTTAL: f64 = 0.3;
/// How far an intensifier reaches, in words.
const INTENSIFIER_WINDOW: usize = 2;
/// Nouns of a forecast: optimism said of one doubts it (see
/// `score_view_after`).
const FORECASTS: &[&str] = &["estimate", "forecast", "projection", "assumption", "target", "prediction", "figure"];

/// Words that praise how a thing looks or sounds: said of its packaging
/// (see [`PACKAGING`]) they grant the look and deny the substance.
const APPEARANCE: &[&str] = &[
    "nice",
    "nicer",
    "lovely",
    "lovelier",
    "pretty",
    "prettier",
    "fancy",
    "fancier",
    "glossy",
    "glossier",
    "shiny",
    "shinier",
    "catchy",
    "catchier",
    "beautiful",
    "attractive",
    "slick",
];

/// Nouns of a thing's packaging rather than its substance: its name, its
/// picture, its announcement, its promise (see `score_view_after`).
const PACKAGING: &[&str] = &[
    "name",
    "names",
    "picture",
    "pictures",
    "brochure",
    "brochures",
    "slogan",
    "slogans",
    "headline",
    "headlines",
    "soundbite",
    "soundbites",
    "photo",
    "photos",
    "promise",
    "promises",
    "packaging",
    "wrapping",
];

/// Nouns of a kind of body (*the trust*, *the alliance*): after a
/// determiner in an article that names such a body, the body itself (see
/// `score_view_after`).
const BODIES: &[&str] = &["trust", "trusts", "alliance", "partnership", "coalition", "foundation", "fund"];

/// Words that open a noun phrase naming one thing: a body after them is
/// that body (*the trust*, *a community land trust*, *its partnership*).
const BODY_DETERMINERS: &[&str] = &["the", "a", "an", "this", "our", "their", "its", "his", "her", "your", "each"];

/// Whether the article writes `word` capitalized after another
/// capitalized word (*the Vale Health Trust*), within [`BODY_REACH`] bytes
/// of `at`. (Not the whole text: a text quoting *the trust* thousands of
/// times and naming no trust read all of it for each, quadratic.)
fn names_body(article: &str, at: usize, word: &str) -> bool {
    let mut cap = String::with_capacity(word.len());
    let mut chars = word.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
    }
    cap.push_str(chars.as_str());
    let mut lo = at.min(article.len()).saturating_sub(BODY_REACH);
    while !article.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + BODY_REACH).min(article.len());
    while !article.is_char_boundary(hi) {
        hi += 1;
    }
    let window = &article[lo..hi];
    window.match_indices(cap.as_str()).any(|(i, m)| {
        let ends = window[i + m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let before = &window[..i];
        ends && before.ends_with(' ')
            && before[..before.len() - 1]
                .rsplit(char::is_whitespace)
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    })
}

/// How far from a body noun [`names_body`] looks for the body's name: the
/// length of a long news article either way.
const BODY_REACH: usize = 8 * 1024;

/// Units of time a wait is counted in (*every year we wait*).
const TIME_UNITS: &[&str] =
    &["day", "week", "month", "year", "season", "winter", "summer", "spring", "autumn", "term", "decade", "quarter"];

/// Words that cannot be the noun a naming cue modifies (*support **for**
/// it*, *the cost **will** be*): the closed classes, read before the next
/// word is taken for the head of a compound.
const NOT_HEADS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "already",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "away",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "each",
    "either",
    "even",
    "every",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "less",
    "like",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "never",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "only",
    "or",
    "our",
    "out",
    "over",
    "per",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "still",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "toward",
    "towards",
    "across",
    "around",
    "behind",
    "beyond",
    "despite",
    "during",
    "onto",
    "since",
    "until",
    "till",
    "via",
    "amid",
    "among",
    "along",
    "near",
    "outside",
    "inside",
    "above",
    "below",
    "except",
    "including",
    "unless",
    "forever",
    "anyway",
    "instead",
    "though",
    "although",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "overall",
    "everywhere",
    "else",
    "ever",
    "well",
    "soon",
    "later",
    "almost",
    "quite",
    "rather",
    "many",
    "few",
    "several",
    "enough",
    "once",
    "twice",
    "one",
    "whatever",
];
/// Common verbs in *-s* that follow a subject (*support remains strong*, *the
/// cost falls on families*): after a cue they make it a noun on its own.
const VERBS_S: &[&str] = &[
    "remains",
    "seems",
    "appears",
    "looks",
    "sounds",
    "grows",
    "stands",
    "comes",
    "goes",
    "means",
    "makes",
    "takes",
    "gets",
    "gives",
    "runs",
    "falls",
    "rises",
    "keeps",
    "holds",
    "lies",
    "depends",
    "exists",
    "matters",
    "works",
    "helps",
    "needs",
    "hangs",
    "rests",
    "stays",
    "becomes",
    "outweighs",
    "justifies",
    "pays",
    "lasts",
];
/// Modals after the noun that follows a cue: that noun opens a clause of
/// its own (*there was a danger people would feel pressured*).
/// Kinds of body that take steps of their own (*the corporation would
/// comply*), besides those a modal's decision reads.
const BODY_KINDS: &[&str] = &[
    "corporation",
    "company",
    "association",
    "union",
    "club",
    "utility",
    "operator",
    "district",
    "city",
    "county",
    "state",
    "trust",
    "service",
    "municipality",
];

/// The verb after a modal at word `m`, past one adverb (*would fully
/// comply*, *will now appeal*).
fn next_verb<'a>(m: usize, text: &impl Fn(usize) -> Option<&'a str>) -> Option<&'a str> {
    match text(m + 1) {
        Some("also" | "then" | "now" | "first" | "immediately" | "still" | "likely" | "probably" | "fully") => {
            text(m + 2)
        }
        t => t,
    }
}

/// Whether the modal at word `m` opens a step of protest the speaker will
/// take: an appeal or a challenge (*would appeal*, *will challenge the
/// order*, *would fight it*), a court approached (*would approach the
/// Supreme Court*, *will take the case to court*), a review sought (*would
/// seek a judicial review*) or an authority asked to step in (*will ask the
/// minister to intervene*). Not an appeal or a campaign *for* something.
/// Read in the modal's sentence, at most ten words on.
fn protest(words: &[Word], buf: &str, m: usize) -> bool {
    let sentence = words[m].sentence;
    let text = |k: usize| words.get(k).filter(|w| w.sentence == sentence).map(|w| &buf[w.start..w.end]);
    let Some(verb) = next_verb(m, &text) else { return false };
    let at = if text(m + 1) == Some(verb) { m + 1 } else { m + 2 };
    let within = |n: usize, any: &[&str]| (at + 1..at + 1 + n).filter_map(&text).any(|t| any.contains(&t));
    match verb {
        // Not one that calls on others (*would appeal to residents to ride
        // more*, *challenge its crews to cut times*) unless a court is named.
        "appeal" | "challenge" | "contest" | "fight" | "resist" | "sue" | "petition" | "lobby" => {
            text(at + 1) != Some("for") && (!within(6, &["to"]) || within(6, &["court", "courts", "tribunal"]))
        }
        "approach" | "take" | "go" => within(6, &["court", "courts", "tribunal", "ombudsman"]),
        "seek" => within(6, &["review", "injunction", "stay", "appeal", "court"]),
        "ask" | "urge" | "press" | "request" => (at + 1..at + 10).any(|k| {
            text(k) == Some("to")
                && matches!(
                    text(k + 1),
                    Some(
                        "intervene"
                            | "reconsider"
                            | "overturn"
                            | "block"
                            | "reject"
                            | "halt"
                            | "stop"
                            | "scrap"
                            | "withdraw"
                            | "rethink"
                            | "quash"
                            | "drop"
                            | "step"
                    )
                )
        }),
        _ => false,
    }
}

/// Whether a lowercase word is the noun of a pledge that a speaker who
/// bears a plan asks for: a guarantee, an assurance, a commitment, a
/// safeguard, protection, relief (each with its plural), or scrutiny
/// from outside the proposal ([`is_scrutiny`]).
pub(crate) fn is_pledge(word: &str) -> bool {
    ["guarantee", "assurance", "commitment", "safeguard", "protection", "relief"]
        .iter()
        .any(|p| word.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest == "s"))
        || is_scrutiny(word)
}

/// Whether a cue names scrutiny from outside the proposal (*an
/// independent study*, *an impact assessment*, *a judicial review*):
/// asked for, like a pledge, it is a reservation about what the plan may
/// do.
fn is_scrutiny(word: &str) -> bool {
    matches!(
        word,
        "independent review" | "independent study" | "independent assessment" | "impact assessment" | "judicial review"
    )
}

const MODALS: &[&str] = &["will", "would", "can", "could", "should", "may", "might", "must"];
/// Words before a cue that make it a verb (*to support*, *would help*, *we
/// protect*, *not support*), not a noun opening a compound.
const VERB_BEFORE: &[&str] = &[
    "to",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "do",
    "does",
    "did",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "couldn't",
    "shouldn't",
    "i",
    "we",
    "you",
    "they",
    "he",
    "she",
    "it",
    "who",
    "that",
    "which",
    "not",
    "never",
    "also",
    "only",
    "just",
    "still",
    "always",
    "all",
    "both",
    "often",
    "and",
    "or",
    "helps",
    "help",
    "let",
    "lets",
    "please",
    "one",
    "ones",
];
/// Words after a plural-looking head that make that head a verb with its
/// object (*a strike **gets** you nothing*, *the benefit **justifies** the
/// cost*).
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our", "my", "your", "its", "you", "us",
    "them", "him", "me", "it", "some", "any", "no", "every", "each", "more", "less", "much", "many",
];
/// An utterance that reports an earlier position ("had warned").
pub(crate) const EARLIER_FACTOR: f64 = 0.5;
/// An utterance that reports the present position after an earlier one
/// ("..., but on Monday defended").
pub(crate) const LATER_FACTOR: f64 = 1.2;

/// A negative or positive answer at the start of an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnswerKind {
    No,
    Yes,
}

/// What reading a stretch of a speaker's words gives.
#[derive(Debug, Default)]
pub(crate) struct WordsScore {
    /// The sum of the cues' contributions.
    pub raw: f64,
    /// The part of `raw` that optimistic and cautious cues give, without
    /// negative events: what a narrator's sentence says about a camp.
    pub stance_raw: f64,
    /// Cues and modifiers, in reading order, with article offsets.
    pub evidence: Vec<Evidence>,
    /// Whether the words use a topic term or a proposal noun.
    pub on_topic: bool,
    /// An answer word at the start, when one was looked for.
    pub answer: Option<(AnswerKind, Span)>,
    /// The first "but" (or other contrast marker) inside the words.
    pub contrast: Option<Span>,
    /// A word that lays out what the proposal will do, in words without a
    /// cautious cue, or (kind `doubt`, negative) a question the speaker
    /// asks of what is to come: a fallback lean for a speaker with no other
    /// evidence.
    pub prospect: Option<Evidence>,
    /// The words defer the question ("a matter for the board").
    pub deflected: bool,
    /// The words hold a word of procedure (*review*, *comment*) or defer
    /// the question: they lay out a process and take no fallback lean.
    pub procedure: bool,
    /// Where they hand the decision to another body ("implement whatever
    /// parliament passes"), in article offsets: see `deference`.
    pub deference: Option<Span>,
    /// The words support the proposal and then state a reservation ("we
    /// support the goal but worry about ..."): both sides are the
    /// speaker's position.
    pub two_sided: bool,
    /// A concession that grants the proposal a point ("the numbers are
    /// genuinely strong", "they do help") with no counter after it in these
    /// words: a counter in the speaker's next words makes both halves the
    /// speaker's position (see `speaker::aggregate`). Cited as `balance`,
    /// its weight `balance_weight`.
    pub concedes: Option<Evidence>,
    /// A sentence of these words opens with a counter ("But ...", "The cost
    /// is ...", "The catch is ...") that is not waved away ("worth it").
    pub counter: bool,
    /// Harms told as how things stand (cues cited with a `state` factor and
    /// still counting against): which side they argue depends on the
    /// speaker's side, decided in the speaker aggregation. Each is cited at
    /// its cue with the value it adds to the score.
    pub states: Vec<Evidence>,
}

/// Cautious cues that name a feeling, which a norm can talk down ("you
/// should not worry"), unlike a harm ("should not pay the price").
/// The normalized text of word `k`.
/// A past participle after *have* makes the perfect (*have sprayed*, *had
/// lost*, *'ve had*): regular ones in *-ed* and the common irregular ones.
fn participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
        || matches!(
            w,
            "had"
                | "been"
                | "seen"
                | "found"
                | "lost"
                | "got"
                | "gotten"
                | "taken"
                | "made"
                | "done"
                | "heard"
                | "told"
                | "paid"
                | "spent"
                | "sold"
                | "left"
                | "given"
                | "gone"
                | "kept"
                | "brought"
                | "become"
                | "known"
                | "felt"
                | "watched"
                | "fought"
                | "built"
        )
}

fn word_text<'a>(norm: &'a Norm, words: &[Word], k: usize) -> &'a str {
    &norm.buf[words[k].start..words[k].end]
}

/// The verb of a challenge to explain (*explain to me why*, *tell us
/// how*, *anyone to explain how*) whose question reaches word `k`: *why* or
/// *how* at most eight words before it in its sentence, with the verb at
/// most three words before that, addressed to the speaker or asked of
/// somebody, or an account said to be missing (*has not done enough to
/// explain how*, *failed to explain why*): a denial or a failure at most
/// five words before *explain*.
fn challenged(norm: &Norm, words: &[Word], k: usize) -> Option<usize> {
    let text = |j: usize| word_text(norm, words, j);
    let sentence = words[k].sentence;
    let asks = (k.saturating_sub(8)..k)
        .rev()
        .take_while(|&j| words[j].sentence == sentence)
        .find(|&j| matches!(text(j), "why" | "how"))?;
    (asks.saturating_sub(3)..asks).rev().take_while(|&j| words[j].sentence == sentence).find(|&v| {
        let to_me = |j: usize| j < asks && matches!(text(j), "me" | "us");
        match text(v) {
            "explain" => {
                (to_me(v + 1) || (text(v + 1) == "to" && to_me(v + 2)))
                    || (v.saturating_sub(3)..v).any(|j| {
                        words[j].sentence == sentence
                            && matches!(text(j), "somebody" | "someone" | "anyone" | "anybody" | "nobody")
                    })
                    || (v.saturating_sub(5)..v).rev().take_while(|&j| words[j].sentence == sentence).any(|j| {
                        let w = text(j);
                        // Only the words of a missing account may stand
                        // between (*not done enough to*, *never even tried
                        // to*): "not hard to explain why" grants the point.
                        (matches!(w, "not" | "never" | "failed" | "fails" | "failing") || w.ends_with("n't"))
                            && (j + 1..v).all(|i| {
                                matches!(
                                    text(i),
                                    "to" | "done"
                                        | "enough"
                                        | "yet"
                                        | "even"
                                        | "been"
                                        | "able"
                                        | "bothered"
                                        | "tried"
                                        | "properly"
                                        | "adequately"
                                        | "fully"
                                        | "managed"
                                )
                            })
                    })
            }
            "tell" | "show" => to_me(v + 1),
            _ => false,
        }
    })
}

/// The weight a negation puts on a cue of this class: an event or an
/// expectation denied is not the opposite claim, so each has its own.
fn negated_weight(class: CueClass) -> f64 {
    match class {
        CueClass::Event => NEGATED_EVENT,
        CueClass::Expected => NEGATED_EXPECTED,
        _ => NEGATED_CUE,
    }
}

/// Whether the "but" at word `k` joins two qualities of one noun (*a
/// difficult but necessary step*, *a small but welcome change*) rather
/// than two clauses: right after an article and a word the lexicon reads
/// (hit `prev`, which must end at `k - 1`), with no comma before it, and
/// followed by a word that opens no clause and a third word in its clause.
/// Such a "but" weighs the qualities against each other inside the phrase;
/// it sets no caveat on what the speaker says of the noun, and no contrast
/// between the clauses around it. Reads at most three words on each side.
fn phrasal_but(norm: &Norm, words: &[Word], k: usize, prev: Option<(usize, usize)>) -> bool {
    let Some((p0, p1)) = prev else { return false };
    if k < 2 || p0 != k - 1 || p1 != k - 1 || k + 2 >= words.len() {
        return false;
    }
    let text = |j: usize| word_text(norm, words, j);
    let same = |j: usize| words[j].clause == words[k].clause && words[j].sentence == words[k].sentence;
    let gap = &norm.buf[words[k - 1].end..words[k].start];
    matches!(text(k - 2), "a" | "an")
        && same(k - 2)
        && !gap.contains([',', ';', ':', '-'])
        && same(k + 1)
        && same(k + 2)
        && !matches!(
            text(k + 1),
            "not"
                | "no"
                | "i"
                | "we"
                | "you"
                | "they"
                | "he"
                | "she"
                | "it"
                | "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "there"
                | "also"
                | "still"
                | "only"
                | "is"
                | "was"
                | "are"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "now"
                | "then"
                | "if"
                | "when"
                | "as"
        )
}

/// Whether the modal ending at word `m` dates the step it names: a month
/// after a preposition of time in its clause, at most ten words on (*will
/// post the new signs in April*, *would visit the markets from May*). Not
/// after a copula that is no passive (*would be a place people visit in
/// December*), which says what the thing will be.
fn dated(norm: &Norm, words: &[Word], m: usize) -> bool {
    let clause = words[m].clause;
    let text = |k: usize| words.get(k).filter(|w| w.clause == clause).map(|w| &norm.buf[w.start..w.end]);
    if text(m + 1) == Some("be") && !text(m + 2).is_some_and(participle) {
        return false;
    }
    (m + 2..m + 11).take_while(|&k| text(k).is_some()).any(|k| {
        text(k).is_some_and(|t| DAYS_AND_MONTHS[7..].contains(&t))
            && matches!(
                text(k - 1),
                Some("in" | "by" | "from" | "until" | "through" | "before" | "after" | "early" | "late" | "mid")
            )
    })
}

/// Participles of agreement, read as the passive of procedure by [`passive`].
const ACCORD: &[&str] = &["agreed", "accepted", "approved", "ratified"];

/// Whether the participle `k` is a passive still to come: after *be*
/// (*would continue to be accepted*, *to be agreed*, *could be accepted*)
/// or after a conjunction of condition or time at most four words before it
/// (*if it is accepted*, *if ratified*, *once approved*), with no negation
/// in the three words before it. Not a passive of what has happened (*the
/// design was accepted by the skaters*), which is news of success.
fn passive(norm: &Norm, words: &[Word], k: usize) -> bool {
    let text = |j: usize| word_text(norm, words, j);
    let same = |j: usize| words[j].clause == words[k].clause;
    let Some(b) = k.checked_sub(1).filter(|&b| same(b)) else { return false };
    let to_come = text(b) == "be"
        || (k.saturating_sub(4)..k)
            .any(|j| same(j) && matches!(text(j), "if" | "once" | "unless" | "until" | "whether"));
    to_come
        && !(k.saturating_sub(3)..k).any(|j| {
            let w = text(j);
            matches!(w, "not" | "never" | "yet" | "no") || w.ends_with("n't")
        })
}

/// Words that name a feeling someone is in about a thing (*worried*,
/// *thrilled*): not the judgements *worrying* or *alarming*, which say what
/// the speaker makes of it.
const FELT: &[&str] = &[
    "worried",
    "concerned",
    "afraid",
    "scared",
    "frightened",
    "anxious",
    "nervous",
    "alarmed",
    "thrilled",
    "pleased",
    "delighted",
    "happy",
    "unhappy",
    "relieved",
    "glad",
    "excited",
    "upset",
    "angry",
    "furious",
    "disappointed",
    "frustrated",
];

/// The subject of the feeling word `k`, when it is others than the speaker:
/// a plural noun of people or a word for everybody, before a linking verb
/// (*are*, *feel*, *will be*) and at most three adverbs, in the feeling's
/// clause, and not under a possessive (*our members*, *its members*, *his
/// clients* are the speaker's own side, whose feelings they voice). A noun
/// followed by a short phrase of place (*the owners down the valley are*)
/// is found past it, at most five words back. At most a dozen words are
/// read.
fn feeling_subject(norm: &Norm, words: &[Word], k: usize) -> Option<usize> {
    const LINK: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "feel", "feels", "felt", "seem", "seems", "seemed", "get", "got",
        "getting", "become", "became", "remain", "remains", "remained", "grow", "grew", "growing",
    ];
    const ADVERBS: &[&str] = &[
        "very",
        "so",
        "really",
        "all",
        "still",
        "also",
        "quite",
        "pretty",
        "now",
        "already",
        "more",
        "most",
        "less",
        "too",
        "just",
        "understandably",
        "rightly",
        "suddenly",
        "genuinely",
        "increasingly",
        "deeply",
        "clearly",
        "obviously",
        "naturally",
        "particularly",
        "especially",
        "absolutely",
        "extremely",
        "visibly",
        "rather",
    ];
    const EVERYBODY: &[&str] = &[
        "everyone",
        "everybody",
        "people",
        "children",
        "kids",
        "women",
        "men",
        "staff",
        "folk",
        "folks",
        "others",
        "many",
        "public",
    ];
    const PREPOSITIONS: &[&str] = &["in", "on", "at", "from", "down", "up", "across", "around", "near", "along"];
    let clause = words[k].clause;
    let text = |j: usize| word_text(norm, words, j);
    let mut j = k.checked_sub(1)?;
    let mut skipped = 0;
    while words[j].clause == clause && skipped < 3 && ADVERBS.contains(&text(j)) {
        j = j.checked_sub(1)?;
        skipped += 1;
    }
    // Only a linking verb names the feeling as the subject's: a bare
    // participle ("owners worried that ...", after "heard from") is as
    // often the speaker's own sources, and a noun of feeling ("the
    // residents' fears") is the speaker's to weigh.
    if words[j].clause == clause && LINK.contains(&text(j)) {
        j = j.checked_sub(1)?;
        // A modal before *be* ("will be thrilled").
        if text(j + 1) == "be" {
            if !matches!(text(j), "will" | "would" | "could" | "might" | "may") {
                return None;
            }
            j = j.checked_sub(1)?;
        }
    } else {
        return None;
    }
    let people = |j: usize| {
        let w = text(j);
        words[j].clause == clause
            && (EVERYBODY.contains(&w)
                || (w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        w,
                        "this"
                            | "thus"
                            | "was"
                            | "has"
                            | "does"
                            | "is"
                            | "its"
                            | "hers"
                            | "ours"
                            | "yours"
                            | "theirs"
                            | "always"
                            | "sometimes"
                            | "perhaps"
                            | "news"
                            | "less"
                            | "unless"
                            | "towards"
                            | "across"
                    )))
            && !j.checked_sub(1).is_some_and(|b| matches!(text(b), "our" | "my" | "its" | "his" | "her" | "their"))
    };
    if people(j) {
        return Some(j);
    }
    // Past a short phrase after the noun.
    let from = j.saturating_sub(5);
    (from..j)
        .rev()
        .take_while(|&p| words[p].clause == clause)
        .find_map(|p| p.checked_sub(1).filter(|&n| PREPOSITIONS.contains(&text(p)) && people(n)))
}

/// The nouns of a camp in a debate, and the indefinite *some*, *others* and
/// *many*, which a speaker names to tell that camp's view (*critics say*,
/// *opponents claim*, *some fear*).
const CAMPS: &[&str] = &[
    "critics",
    "opponents",
    "supporters",
    "proponents",
    "detractors",
    "skeptics",
    "sceptics",
    "naysayers",
    "objectors",
    "doubters",
    "cynics",
    "backers",
    "some",
    "others",
    "many",
];

/// The verbs with which a camp holds a view (*critics say*, *opponents
/// warn*, *some fear*). No form in *-s*: a camp is plural, and after
/// *some* or *many* such a word is a noun (*some fears*, *many claims*).
const CAMP_VERBS: &[&str] = &[
    "say", "said", "saying", "claim", "claimed", "claiming", "argue", "argued", "arguing", "warn", "warned", "warning",
    "fear", "feared", "insist", "insisted", "contend", "allege", "predict", "worry", "complain",
];

/// The shapes of the words [`camp_claim`] stops at or looks for as it
/// reads back (*but*, *yet*, *however* and the [`CAMP_VERBS`]): for each
/// first byte, one bit per length, as in [`CONCESSION_SHAPES`].
static CAMP_CLAIM_SHAPES: [u32; 256] = {
    const STOPPERS: [&str; 3] = ["but", "yet", "however"];
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < CAMP_VERBS.len() + STOPPERS.len() {
        let word =
            if i < CAMP_VERBS.len() { CAMP_VERBS[i].as_bytes() } else { STOPPERS[i - CAMP_VERBS.len()].as_bytes() };
        table[word[0] as usize] |= 1 << shape_bit(word.len());
        i += 1;
    }
    table
};

/// Whether the word `k` lies in a view the speaker tells as another camp's
/// (*critics say it will*, *a plan its opponents warn would*, *with
/// supporters saying it helps and critics warning it was rushed*): a camp
/// noun (`CAMPS`), then at most two words of time or tense (*also*,
/// *have*, *who*), then a verb of holding a view (`CAMP_VERBS`), at or
/// before `k` in its sentence, with no *but* between (*critics say it will
/// fail, but it won't*). The speaker describes that camp, often to answer
/// it; its words are not the speaker's judgement. At most twelve words
/// back are read.
///
/// Not a single body (*the city says*): in a paraphrase the view may be
/// the body's own (*a deal the utility says is the surest way*), and a
/// view does not know its speaker.
fn camp_claim(norm: &Norm, words: &[Word], k: usize) -> bool {
    const BETWEEN: &[&str] = &["also", "still", "often", "always", "now", "have", "has", "had", "will", "would", "who"];
    let sentence = words[k].sentence;
    let text = |j: usize| word_text(norm, words, j);
    let bytes = norm.buf.as_bytes();
    for v in (k.saturating_sub(12)..=k).rev() {
        if words[v].sentence != sentence {
            return false;
        }
        // A word whose first byte and length are those of no stopper and
        // no camp verb is neither, and is passed over before it is sliced
        // and compared with some two dozen words: this runs on up to
        // thirteen words before every cue. (An empty word, in no list, has
        // the shape of none: byte 0 has no bits.)
        let (s, e) = (words[v].start, words[v].end);
        let first = bytes.get(s).copied().unwrap_or(0);
        if CAMP_CLAIM_SHAPES[usize::from(first)] & (1 << shape_bit(e.saturating_sub(s))) == 0 {
            continue;
        }
        if matches!(text(v), "but" | "yet" | "however") {
            return false;
        }
        if !CAMP_VERBS.contains(&text(v)) {
            continue;
        }
        let mut j = v;
        for _ in 0..3 {
            let Some(b) = j.checked_sub(1).filter(|&b| words[b].sentence == sentence) else {
                break;
            };
            if CAMPS.contains(&text(b)) {
                // Not *some warning*, *many saying*: a participle after an
                // indefinite is as often a noun or a modifier.
                return !(text(v).ends_with("ing") && matches!(text(b), "some" | "many" | "others"));
            }
            if !BETWEEN.contains(&text(b)) {
                break;
            }
            j = b;
        }
    }
    false
}

/// Whether the *cost* or *costs* at word `k` is followed by a sum ("would
/// cost $6.8 million", "costs around 35 million euros"), after at most two
/// words of approximation: a price given as a figure, not a burden laid on
/// anybody. Only the three words after `k`, in its clause.
fn priced(norm: &Norm, words: &[Word], k: usize) -> bool {
    let same = |j: usize| j < words.len() && words[j].clause == words[k].clause;
    (k + 1..k + 4)
        .take_while(|&j| same(j))
        .find(|&j| {
            !matches!(
                word_text(norm, words, j),
                "about" | "around" | "roughly" | "nearly" | "almost" | "some" | "an" | "estimated" | "approximately"
            )
        })
        .is_some_and(|j| {
            let w = word_text(norm, words, j);
            w.starts_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '$' | '€' | '£' | '¥' | '₹'))
        })
}

/// Whether *concerned* at `k` names who is involved rather than a worry:
/// after its noun ("the agencies concerned", "all concerned", "those
/// concerned"), closing the clause or followed by a verb or "and"; before a
/// noun of office ("the concerned authorities", "the concerned local
/// governments"), a usage of South and South-East Asian English; or in "as
/// far as the council is concerned", which only sets the topic. Not after a
/// linking verb, an adverb, a negation, a pronoun or a conjunction ("we are
/// concerned", "deeply concerned", "worried and concerned"), nor with its
/// complement after it ("residents concerned about the noise"), which is
/// the feeling. Reads at most eight words around the cue.
fn concerned_not_felt(norm: &Norm, words: &[Word], k: usize) -> bool {
    const OFFICES: &[&str] = &[
        "agency",
        "agencies",
        "authority",
        "authorities",
        "department",
        "departments",
        "ministry",
        "ministries",
        "government",
        "governments",
        "local",
        "office",
        "offices",
        "officials",
        "parties",
        "bodies",
        "body",
        "institutions",
        "official",
        "officer",
        "officers",
        "division",
        "section",
    ];
    const AFTER: &[&str] = &[
        "will", "would", "should", "must", "can", "could", "may", "have", "has", "had", "are", "were", "is", "was",
        "and", "or", "before", "after", "when",
    ];
    let text = |j: usize| word_text(norm, words, j);
    let same = |j: usize| j < words.len() && words[j].clause == words[k].clause;
    let Some(b) = k.checked_sub(1).filter(|&b| same(b)) else { return false };
    let before = text(b);
    if before == "the" {
        return same(k + 1) && OFFICES.contains(&text(k + 1));
    }
    if (k.saturating_sub(8)..k)
        .any(|j| same(j) && text(j) == "far" && text(j + 1) == "as" && j > 0 && text(j - 1) == "as")
    {
        return true;
    }
    let felt = matches!(
        before,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "feel"
            | "feels"
            | "felt"
            | "seem"
            | "seems"
            | "seemed"
            | "remain"
            | "remains"
            | "remained"
            | "become"
            | "became"
            | "get"
            | "got"
            | "grow"
            | "grew"
            | "growing"
            | "very"
            | "so"
            | "too"
            | "deeply"
            | "gravely"
            | "seriously"
            | "really"
            | "increasingly"
            | "particularly"
            | "more"
            | "most"
            | "less"
            | "also"
            | "still"
            | "not"
            | "never"
            | "i"
            | "we"
            | "you"
            | "they"
            | "he"
            | "she"
            | "it"
            | "me"
            | "us"
            | "them"
            | "him"
            | "her"
            | "and"
            | "or"
            | "but"
            | "a"
            | "an"
    ) || before.contains('\'')
        || before.ends_with("ly");
    !felt && (!same(k + 1) || AFTER.contains(&text(k + 1)))
}

/// Nouns that name the other side's objection: heard or pushed back on,
/// they are answered (see the objections pass).
const OBJECTIONS: &[&str] = &[
    "concern",
    "concerns",
    "objection",
    "objections",
    "worry",
    "worries",
    "complaint",
    "complaints",
    "fear",
    "fears",
    "criticism",
    "criticisms",
    "warning",
    "warnings",
    // Read only after "understand": "I understand the frustration. But ...".
    "frustration",
    "frustrations",
];

const FEELINGS: &[&str] = &["worr", "fear", "concern", "anxi", "panic", "afraid", "scare", "nervous", "alarm"];

/// A cue being scored.
#[derive(Debug)]
struct Cue {
    hit: usize,
    class: CueClass,
    base: f64,
    /// `(modifier hit, kind, factor)`, in the order applied.
    mods: Vec<(usize, &'static str, f64)>,
    negated: bool,
    suppressed: bool,
    /// A verb of effect with the proposal for its subject (*it gives*,
    /// *would force*), cited as `effect`.
    effect: bool,
    /// An objection heard, understood or answered (*I understand people's
    /// worries*): turned, it is the answering side's line, not support
    /// that a "but" after it could qualify.
    answered: bool,
}

impl Cue {
    /// Whether the cue adds to the score: not absorbed by an intensifier,
    /// and, for something expected, missing.
    fn counts(&self) -> bool {
        !self.suppressed && (self.class != CueClass::Expected || self.negated)
    }
}

#[derive(Debug, Clone, Copy)]
struct Place {
    /// First and last word of the hit.
    w0: usize,
    w1: usize,
    clause: usize,
    sentence: usize,
}

/// The number of words of a span of time that opens at word `at` and
/// ends in *of* (*two years of*, *decades of*, *the last six months of*):
/// what an ender ends is the harm after it (*will end two years of
/// tension*, *ends decades of neglect*), and the span only says how long
/// it lasted. Zero when the words there are no such span. At most five
/// words are read.
fn span_of_duration(norm: &Norm, words: &[Word], at: usize, sentence: usize) -> usize {
    const UNITS: &[&str] =
        &["days", "weeks", "months", "year", "years", "decade", "decades", "generation", "generations"];
    let text = |k: usize| words.get(k).filter(|w| w.sentence == sentence).map(|w| &norm.buf[w.start..w.end]);
    let Some(unit) = (at..at + 4).find(|&k| text(k).is_some_and(|t| UNITS.contains(&t))) else {
        return 0;
    };
    // Only a count or a determiner before the unit (*two*, *the last
    // six*, *many*), so that *end the war within two years of* is no span.
    let counted = (at..unit).filter_map(&text).all(|t| {
        t.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                t,
                "the"
                    | "last"
                    | "past"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "many"
                    | "several"
                    | "few"
                    | "a"
            )
    });
    if counted && text(unit + 1) == Some("of") { unit + 2 - at } else { 0 }
}

/// Reads `article[span]` as a speaker's words.
///
/// `topic` decides `on_topic` (no topic: always on topic). With
/// `want_answer`, an answer word at the very start ("Absolutely not.") is
/// taken out of the reading and reported in `answer`. With `question`, the
/// words are a question put to the speaker: its "if" or "whether" states the
/// question rather than a condition, so conditionals do not weaken it.
pub(crate) fn score_words(
    lex: &Lexicon,
    article: &str,
    span: Span,
    topic: Option<&TopicModel>,
    want_answer: bool,
    question: bool,
) -> WordsScore {
    score_words_after(lex, article, span, topic, want_answer, question, 0.0)
}

/// [`score_words`] for words that follow a reporting verb leaning
/// optimistic by `lead_in` (*welcomed the cuts but warned ...*): the verb
/// sits on the earlier side of a *but* in the words.
pub(crate) fn score_words_after(
    lex: &Lexicon,
    article: &str,
    span: Span,
    topic: Option<&TopicModel>,
    want_answer: bool,
    question: bool,
    lead_in: f64,
) -> WordsScore {
    let view = View::new(article, span.start, span.end);
    score_view_after(lex, article, &view, topic, want_answer, question, lead_in)
}

/// What [`score_view_after`]'s passes note about each sentence of the
/// words (hit indices), kept together so that the notes take one allocation
/// per call rather than one per kind.
#[derive(Debug, Clone, Copy, Default)]
struct SentenceNotes {
    /// A past-time marker is in the sentence.
    past_in: bool,
    /// A present-time marker is in the sentence.
    present_in: bool,
    /// The sentence's first present-time marker.
    first_present: Option<usize>,
    /// The first present-time marker in a sentence after this one.
    present_after: Option<usize>,
    /// The contrast marker that opens the sentence.
    opens: Option<usize>,
    /// The sentence's first word of inaction.
    first_inaction: Option<usize>,
    /// The sentence's first word of how things stand.
    status: Option<usize>,
    /// The sentence names a proposal or looks ahead.
    spoils: bool,
}

/// The working vectors of [`score_view_after`], kept per thread between
/// calls: a call needs about a dozen short vectors (hits, places, cues, and
/// notes per hit and per sentence), and allocating and freeing them anew
/// cost about 7 instructions per byte of article text, as much as some of
/// the passes that fill them. Each is cleared before use, so nothing read
/// in one call leaks into the next.
#[derive(Default)]
struct Scratch {
    candidates: Vec<(usize, usize, usize)>,
    hits: Vec<Hit>,
    place: Vec<Place>,
    effects: Vec<(usize, i8)>,
    cues: Vec<Cue>,
    stop: Vec<usize>,
    ender_negated: Vec<bool>,
    notes: Vec<SentenceNotes>,
    stretch: Vec<usize>,
    consequence_in: Vec<bool>,
    told_as_state: Vec<bool>,
    step: Vec<Option<usize>>,
    lasting: Vec<bool>,
    judged: Vec<usize>,
    than: Vec<Option<usize>>,
    later: Vec<bool>,
    contrasts: Vec<usize>,
}

thread_local! {
    /// This thread's [`Scratch`], in a box taken out of the cell for the
    /// length of a call and put back after: taking and putting back move a
    /// pointer, not the struct, and the call's score is returned straight
    /// (handed out of a `LocalKey::with` closure, the score, some 300
    /// bytes, was copied twice a call). A call made while another has it
    /// (none today) starts from empty vectors instead.
    static SCRATCH: std::cell::Cell<Option<Box<Scratch>>> = const { std::cell::Cell::new(None) };
}

/// The most candidates or sentences whose room [`Scratch`] keeps after a
/// call: far above any news utterance's, so only a pathological span's
/// room is let go.
const SCRATCH_KEEP: usize = 4096;

/// [`score_words_after`] for words already normalized.
pub(crate) fn score_view_after(
    lex: &Lexicon,
    article: &str,
    view: &View,
    topic: Option<&TopicModel>,
    want_answer: bool,
    question: bool,
    lead_in: f64,
) -> WordsScore {
    score_view_found(lex, article, view, None, topic, want_answer, question, lead_in)
}

/// [`score_view_after`] given the lexicon's hits in the view's buffer
/// (`Context::Words`) when the caller has already searched it, so that the
/// search is not made twice.
#[allow(clippy::too_many_arguments)]
pub(crate) fn score_view_found(
    lex: &Lexicon,
    article: &str,
    view: &View,
    found: Option<&[Hit]>,
    topic: Option<&TopicModel>,
    want_answer: bool,
    question: bool,
    lead_in: f64,
) -> WordsScore {
    if view.words.is_empty() {
        return WordsScore { on_topic: topic.is_none_or(TopicModel::is_empty), ..WordsScore::default() };
    }
    let scratch = SCRATCH.take().unwrap_or_default();
    score_view_in(lex, article, view, found, topic, want_answer, question, lead_in, scratch)
}

/// [`score_view_found`] on a view with words, its working vectors taken
/// from `scratch` and handed back there at the end, and `scratch` handed
/// back to the thread's cell.
#[allow(clippy::too_many_arguments)]
fn score_view_in(
    lex: &Lexicon,
    article: &str,
    view: &View,
    found: Option<&[Hit]>,
    topic: Option<&TopicModel>,
    want_answer: bool,
    question: bool,
    lead_in: f64,
    mut scratch: Box<Scratch>,
) -> WordsScore {
    let (norm, words) = (&view.norm, &view.words);
    let candidates = &mut scratch.candidates;
    candidates.clear();
    let hits = &mut scratch.hits;
    hits.clear();
    // The gate words the buffer holds, which open the readings that need
    // them (see `Gate`): found in the lexicon's pass.
    let gates = match found {
        Some(found) => {
            hits.extend_from_slice(found);
            lex.gates(&norm.buf)
        }
        None => lex.find_into(&norm.buf, Context::Words, candidates, hits),
    };
    let last = words.len() - 1;
    // The hits are in order and do not overlap, so each one's first and
    // last byte come after the last hit's: one walk over the words finds
    // the word of each (as `word_at` would), where a binary search per end
    // would reread the same words.
    let mut cursor = 0;
    let mut word_of = |pos: usize| {
        while cursor < words.len() && words[cursor].end <= pos {
            cursor += 1;
        }
        cursor
    };
    // The roles any hit of the view plays: a reading that looks only for
    // hits of one role skips its pass over the hits when none has it.
    let played = hits.iter().fold(RoleSet::default(), |set, h| set.with(h.set));
    let hits_with = |roles: RoleSet| if played.has(roles) { &hits[..] } else { &[] };
    let place = &mut scratch.place;
    place.clear();
    place.extend(hits.iter().map(|h| {
        let w0 = word_of(h.start).min(last);
        let w1 = word_of(h.end.saturating_sub(1)).min(last).max(w0);
        Place { w0, w1, clause: words[w0].clause, sentence: words[w0].sentence }
    }));
    // Whether the first hit was taken as an answer, out of the reading: the
    // only hit that can be consumed, so a flag rather than one per hit.
    let mut answer_taken = false;

    let mut answer = None;
    if want_answer {
        if let Some(h) = hits.first() {
            let p = place[0];
            let ends_clause = p.w1 == last || words[p.w1 + 1].clause != p.clause;
            let kind = if h.roles.answer_no {
                Some(AnswerKind::No)
            } else if h.roles.answer_yes {
                Some(AnswerKind::Yes)
            } else {
                None
            };
            if let (Some(kind), true, 0) = (kind, ends_clause, p.w0) {
                let (s, e) = norm.article_span(article, h.start, h.end);
                answer = Some((kind, Span::new(s, e)));
                answer_taken = true;
            }
        }
    }

    let on_topic = match topic {
        None => true,
        Some(t) if t.is_empty() => true,
        // A word whose first byte opens no stem is ruled out before it is
        // sliced and the topic asked: most words are.
        Some(t) => {
            let bytes = norm.buf.as_bytes();
            played.has(RoleSet::ANCHOR)
                || words.iter().any(|w| t.may_open(bytes[w.start]) && t.contains(&norm.buf[w.start..w.end]))
        }
    };

    // A word that names the proposal itself ("the deal", "this agreement"
    // in a story about that deal) is the topic, not a judgement of it.
    let names_topic = |h: &Hit| h.roles.anchor && topic.is_some_and(|t| t.contains(&norm.buf[h.start..h.end]));
    // A general sentiment word written with a capital inside a sentence is
    // a name (*Grace Okafor*, *Liberty Mutual*, *United*), not a judgement.
    // A curated cue is one only inside a longer name (*the Rapid Support
    // Forces*, *the Fair Trade Commission*): capitalized mid-sentence next
    // to another capitalized word.
    let capitalized = |k: usize| {
        let (s, e) = norm.article_span(article, words[k].start, words[k].end);
        let w = &article[s..e];
        w.len() >= 2 && w.chars().next().is_some_and(char::is_uppercase)
    };
    let opens_sentence = |k: usize| k == 0 || words[k - 1].sentence != words[k].sentence;
    let name_like = |i: usize| {
        let h = &hits[i];
        let curated = matches!(h.roles.cue, Some((CueClass::Optimistic | CueClass::Cautious, _)));
        if !h.roles.backoff && !curated {
            return false;
        }
        let (s, e) = norm.article_span(article, h.start, h.end);
        let surface = &article[s..e];
        let capital = surface.chars().next().is_some_and(char::is_uppercase);
        let all_caps = !surface.chars().any(char::is_lowercase);
        let (w0, w1) = (place[i].w0, place[i].w1);
        let opens = opens_sentence(w0) || norm.buf[..h.start].trim_end().ends_with(['"', '\'', '(', ':', '-']);
        if !capital || all_caps || opens {
            return false;
        }
        if h.roles.backoff {
            return true;
        }
        let before = w0 >= 1 && !opens_sentence(w0 - 1) && capitalized(w0 - 1);
        let after = w1 < last && words[w1 + 1].sentence == words[w1].sentence && capitalized(w1 + 1);
        // A capital after a word in lower case is a name on its own in
        // running prose (*the people of Hope*, *a bus to Fairview*): the
        // capital can only come from the name, since the word before shows
        // that the text is not set in title case.
        let after_lower = w0 >= 1 && {
            let (s, e) = norm.article_span(article, words[w0 - 1].start, words[w0 - 1].end);
            article[s..e].chars().next().is_some_and(char::is_lowercase)
        };
        before || after || after_lower
    };
    // A judgement word in the possessive names a body or a thing (*the
    // trust's volunteers*, *the alliance's members*), not a judgement; a negative
    // event keeps its weight (*the war's cost*).
    let possessive = |h: &Hit| {
        let after = &norm.buf[h.end..];
        matches!(h.roles.cue, Some((CueClass::Optimistic | CueClass::Cautious, _)))
            && (after.starts_with("'s ") || after == "'s")
    };
    // A noun of a kind of body after a determiner (*the trust has told
    // us*, *a community land trust*), in an article that names such a body
    // (*the Vale Health Trust*), is that body: a name, not the speaker's
    // judgement, as in the possessive. Up to three words may stand between
    // (none a possessive, *the public's trust*, nor a closed-class word,
    // *the city to trust us*: each is a judgement), and not
    // before *of*, *in*, *between* or *among* (*the trust of parents*).
    // Only a listed noun, and the article is read only then.
    let body = |i: usize| {
        let h = &hits[i];
        let t = &norm.buf[h.start..h.end];
        let (w0, w1) = (place[i].w0, place[i].w1);
        if w0 != w1 || !BODIES.contains(&t) {
            return false;
        }
        let clause = words[w0].clause;
        let text = |k: usize| word_text(norm, words, k);
        let determined = (1..=4.min(w0))
            .take_while(|&d| words[w0 - d].clause == clause && !text(w0 - d).ends_with("'s"))
            .find(|&d| BODY_DETERMINERS.contains(&text(w0 - d)) || NOT_HEADS.contains(&text(w0 - d)))
            .is_some_and(|d| BODY_DETERMINERS.contains(&text(w0 - d)));
        let after = (w1 < last && words[w1 + 1].clause == clause).then(|| text(w1 + 1));
        determined
            && !after.is_some_and(|a| matches!(a, "of" | "in" | "between" | "among"))
            && names_body(article, norm.article_span(article, h.start, h.end).0, t)
    };
    // A cue noun that modifies the noun after it names a thing (*a support
    // group*, *the cost estimates*, *consumer protection law*): part of a
    // name, not the speaker's judgement. Only a listed noun, so adjectives
    // keep counting (*a fair deal*); only as a whole word (not *high-risk*);
    // not as a verb (*we support families*, *would help pay*); and only
    // before a word that reads as a noun: no closed-class word, no adverb
    // or participle, no head that opens a clause (*a danger people would
    // feel*), and a head in *-s* only when a closed-class word that opens
    // no object follows it (*a strike gets you nothing* is a verb). A few
    // words around the hit, no more.
    let compound = |i: usize| {
        let h = &hits[i];
        let (w0, w1) = (place[i].w0, place[i].w1);
        if w0 != w1
            || w1 >= last
            || !matches!(h.roles.cue, Some((CueClass::Optimistic | CueClass::Cautious | CueClass::Event, _)))
        {
            return false;
        }
        let (cue, next) = (&words[w0], &words[w1 + 1]);
        if h.start != cue.start || h.end != cue.end || next.clause != cue.clause {
            return false;
        }
        let text = |w: &Word| &norm.buf[w.start..w.end];
        // The one space between the words first: it costs a comparison,
        // the list a lookup.
        if &norm.buf[cue.end..next.start] != " " || !lex.is_naming_noun(text(cue)) || capitalized(w1 + 1) {
            return false;
        }
        let head = text(next);
        if head.len() < 3
            || !head.bytes().all(|b| b.is_ascii_lowercase())
            || NOT_HEADS.contains(&head)
            || VERBS_S.contains(&head)
            || head.ends_with("ly")
            || head.ends_with("ed")
            || head.ends_with("ing")
        {
            return false;
        }
        let before = w0.checked_sub(1).map(|k| &words[k]).filter(|w| w.clause == cue.clause);
        if before.is_some_and(|w| {
            let b = text(w);
            VERB_BEFORE.contains(&b) || b.ends_with("ly") || b.ends_with("'ll") || b.ends_with("'d")
        }) {
            return false;
        }
        // The word after the head: a modal makes the head a new clause's
        // subject; after a head in *-s*, anything but a closed-class word
        // that opens no object makes the head a verb (*protection costs
        // money*), while *cost estimates for each street* stays a compound.
        let after = words.get(w1 + 2).filter(|w| w.clause == cue.clause).map(text);
        if after.is_some_and(|a| MODALS.contains(&a)) {
            return false;
        }
        !head.ends_with('s')
            || head.ends_with("ss")
            || after.is_none_or(|a| NOT_HEADS.contains(&a) && !OBJECT_OPENERS.contains(&a))
    };
    // The verbs of effect whose subject is the proposal (*the bill would
    // force*, *it gives*), with their valence: only the lexicon's hits that
    // are such verbs are tried, and few are. What the affected undergo
    // under a modal (*families would pay £56 more*) is read on or off the
    // topic's words: its subject already ties it to the proposal's reach.
    let effects = &mut scratch.effects;
    effects.clear();
    effects.extend(
        hits_with(RoleSet::EFFECT)
            .iter()
            .enumerate()
            .filter(|&(i, h)| (h.roles.effect != 0 || h.roles.undergo != 0) && (i != 0 || !answer_taken))
            // A price given as a figure ("the plan would cost $410,000 a
            // year") is a fact of its terms, not a burden it lays on
            // anybody: no effect either (see `priced`).
            .filter(|&(i, _)| {
                let p = place[i];
                !(p.w0 == p.w1 && matches!(word_text(norm, words, p.w0), "cost" | "costs") && priced(norm, words, p.w1))
            })
            .filter_map(|(i, _)| {
                on_topic
                    .then(|| effect_clause(article, norm, words, hits, place, topic, i))
                    .flatten()
                    .or_else(|| undergo_clause(article, norm, words, hits, place, on_topic, i))
            }),
    );
    let effect_of = |i: usize| effects.iter().find(|e| e.0 == i).map(|e| e.1);
    // *-wise* after a hyphen makes an adverb of manner or respect
    // (*village-wise data*, *price-wise*, *time-wise*): not the judgement
    // *wise*.
    let suffix = |h: &Hit| &norm.buf[h.start..h.end] == "wise" && norm.buf[..h.start].ends_with('-');
    // A cue word joined by a hyphen to a participle of method
    // (*complaint-driven enforcement*, *a risk-based approach*,
    // *safety-related repairs*) names how a thing works, not a judgement
    // of it. Only the few participles that make such modifiers; not
    // *-free*, *-hit* or *-making* (*risk-free*, *crisis-hit*,
    // *loss-making*), which keep their judgement.
    let method = |h: &Hit| {
        norm.buf[h.end..].strip_prefix('-').is_some_and(|rest| {
            let part = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            matches!(part, "driven" | "based" | "led" | "related" | "oriented" | "focused")
        })
    };
    // Optimism said of a forecast (*the revenue estimates appear
    // optimistic*, *optimistic projections*, *the targets are optimistic*)
    // doubts the numbers: it is a warning, not the speaker's hope. The
    // forecast noun stands just after the word or as its subject, at most
    // four words before it in its clause.
    let forecast = |i: usize| {
        let h = &hits[i];
        if !norm.buf[h.start..h.end].starts_with("optimis") {
            return false;
        }
        let (w0, w1) = (place[i].w0, place[i].w1);
        let noun = |k: usize| {
            let t = word_text(norm, words, k);
            FORECASTS.iter().any(|f| t.strip_prefix(f).is_some_and(|r| r.is_empty() || r == "s"))
        };
        (w1 < last && words[w1 + 1].clause == words[w1].clause && noun(w1 + 1))
            || (w0.saturating_sub(4)..w0).any(|k| words[k].clause == words[w0].clause && noun(k))
    };
    // A wish for an account the other side has not given ("we'd love to
    // read it", "I'd love for someone to come explain why ...") is the
    // mocking form of a challenge, like the curated "love to know": the
    // *love* wished in the first person ("we'd", "I would") reads
    // cautious when *to* or *for* opens the wish and a verb of being told
    // follows in its clause, at most ten words on. Not a wish for the plan
    // itself ("I'd love to teach a first period where kids are awake"),
    // nor others' delight ("the children would love to read in a proper
    // library", "patients would love the change").
    let challenge = |i: usize| {
        let h = &hits[i];
        if &norm.buf[h.start..h.end] != "love" {
            return false;
        }
        let (w0, w1) = (place[i].w0, place[i].w1);
        let text = |k: usize| word_text(norm, words, k);
        let wished = match w0.checked_sub(1).map(text) {
            Some("i'd" | "we'd") => true,
            Some("would") => w0 >= 2 && matches!(text(w0 - 2), "i" | "we"),
            _ => false,
        };
        let clause = words[w1].clause;
        wished
            && w1 < last
            && matches!(text(w1 + 1), "to" | "for")
            && (w1 + 1..(w1 + 11).min(last + 1))
                .take_while(|&k| words[k].clause == clause)
                .any(|k| matches!(text(k), "know" | "explain" | "read" | "hear" | "understand"))
    };
    // Praise of a thing's look said of its packaging (*a credit card with
    // a nicer name*, *that's a nice press release*, *a green roof is a
    // lovely picture*) grants the wrapping to deny what is inside: the
    // irony of a critic, not a supporter's praise, so it reads cautious.
    // The packaging noun stands right after the word (*press release*
    // counts as one). Only words of appearance (not *a clear promise*, *a
    // good name*), and only the next two words are read. Not the noun as
    // the word's subject: *the name of the park is lovely* is praise. (On
    // the readable sets it fires in four articles of four writers, each
    // time on a critic.)
    let packaging = |i: usize| {
        let h = &hits[i];
        if !APPEARANCE.contains(&&norm.buf[h.start..h.end]) {
            return false;
        }
        let w1 = place[i].w1;
        let clause = words[w1].clause;
        let after = |k: usize| (k <= last && words[k].clause == clause).then(|| word_text(norm, words, k));
        match after(w1 + 1) {
            Some("press") => after(w1 + 2).is_some_and(|t| t == "release" || t == "releases"),
            Some(t) => PACKAGING.contains(&t),
            None => false,
        }
    };
    // "I just don't want ..." (see the lexicon) is a speaker's one worry
    // only in their own voice: another subject (*my kids just don't want
    // to*) is a preference told of others. And a lack after it in the
    // sentence (*we just don't want another summer to go by without it*,
    // *I just don't want people to miss out*) is the speaker wanting the
    // proposal sooner, not a reservation. The next few hits, no more.
    let wish_against_lack = |i: usize| {
        let h = &hits[i];
        let key = &norm.buf[h.start..h.end];
        if !key.starts_with("just ") || !key.ends_with(" want") {
            return false;
        }
        let w0 = place[i].w0;
        let own = w0.checked_sub(1).map(|k| &words[k]).filter(|w| w.sentence == words[w0].sentence);
        if !own.is_some_and(|w| matches!(&norm.buf[w.start..w.end], "i" | "we")) {
            return true;
        }
        hits[i + 1..]
            .iter()
            .zip(&place[i + 1..])
            .take(6)
            .take_while(|(_, p)| p.sentence == place[i].sentence)
            .any(|(h, _)| h.roles.negator || h.roles.inaction || h.roles.undergo < 0)
    };
    // Whether the reading below can make a cue of hit `i` at all: a word
    // with a cue's weight, or a verb of effect. Most hits are neither (a
    // negator, a modal, a hedge), and for them the tests of a name, a
    // compound and the rest are skipped, as their answer cannot matter.
    let may_cue = |i: usize, h: &Hit| match h.roles.cue {
        Some((CueClass::Optimistic, _)) => true,
        Some((class, w)) if class != CueClass::Neutral && w != 0.0 => true,
        _ => effect_of(i).is_some(),
    };
    let cues = &mut scratch.cues;
    cues.clear();
    cues.extend(
        hits.iter()
            .enumerate()
            .filter(|&(i, h)| {
                may_cue(i, h)
                    && (i != 0 || !answer_taken)
                    && !wish_against_lack(i)
                    && !names_topic(h)
                    && !name_like(i)
                    && !possessive(h)
                    && !body(i)
                    && !compound(i)
                    && !suffix(h)
                    && !method(h)
            })
            .filter_map(|(i, h)| match h.roles.cue {
                Some((CueClass::Optimistic, w)) if forecast(i) || challenge(i) || packaging(i) => Some(Cue {
                    hit: i,
                    class: CueClass::Cautious,
                    base: -w,
                    mods: Vec::new(),
                    negated: false,
                    suppressed: false,
                    effect: false,
                    answered: false,
                }),
                // A curated cue keeps its reading; a general sentiment word
                // that is a verb of effect of the proposal reads as the effect.
                Some((class, w))
                    if class != CueClass::Neutral && w != 0.0 && !(h.roles.backoff && effect_of(i).is_some()) =>
                {
                    Some(Cue {
                        hit: i,
                        class,
                        base: w,
                        mods: Vec::new(),
                        negated: false,
                        suppressed: false,
                        effect: false,
                        answered: false,
                    })
                }
                _ => effect_of(i).map(|sign| Cue {
                    hit: i,
                    class: if sign > 0 { CueClass::Optimistic } else { CueClass::Cautious },
                    base: f64::from(sign) * lex.settings.effect_weight,
                    mods: Vec::new(),
                    negated: false,
                    suppressed: false,
                    effect: true,
                    answered: false,
                }),
            }),
    );
    // A legal appeal is the speaker's own move against a decision: the
    // lexicon's *appeal* after a modal (*will appeal*, *it'll appeal*), a
    // "to" of intent (*likely to appeal*) or a verb of intent and "an"
    // (*lodge an appeal*, *considering an appeal*), made to a court or a
    // body that hears appeals if to anyone. Any other is no cue: the
    // appeal of a plan is its charm, "appeal to" or "for" anyone else a
    // plea or an attraction ("would appeal to young families", "to appeal
    // for calm"), and a right or a time to appeal the procedure told to
    // anyone ("applicants will have 28 days to appeal"). One pass over the
    // cues, which are few: a scan of the words would cost more.
    {
        const HEARS: &[&str] = &[
            "court",
            "courts",
            "tribunal",
            "division",
            "board",
            "cabinet",
            "minister",
            "commission",
            "house",
            "panel",
        ];
        const INTENT: &[&str] = &[
            "consider",
            "considering",
            "lodge",
            "lodged",
            "lodging",
            "file",
            "filed",
            "filing",
            "including",
            "launch",
            "launched",
            "seek",
            "seeking",
            "weighing",
            "pursue",
            "pursuing",
        ];
        const PROCEDURE: &[&str] =
            &["right", "rights", "days", "weeks", "months", "time", "chance", "deadline", "window"];
        for c in cues.iter_mut() {
            let q = place[c.hit];
            if q.w0 != q.w1 || word_text(norm, words, q.w0) != "appeal" {
                continue;
            }
            let k = q.w0;
            let same = |j: usize| j < words.len() && words[j].sentence == words[k].sentence;
            let at = |j: Option<usize>| j.filter(|&j| same(j)).map_or("", |j| word_text(norm, words, j));
            let (b1, b2) = (at(k.checked_sub(1)), at(k.checked_sub(2)));
            let intended = matches!(b1, "will" | "would" | "shall") || b1.ends_with("'ll") || b1.ends_with("'d");
            let intended = intended
                || (b1 == "to" && !PROCEDURE.contains(&b2))
                || (matches!(b1, "an" | "any") && INTENT.contains(&b2));
            let pleads = matches!(at(Some(k + 1)), "to" | "for")
                && !(k + 2..k + 8).take_while(|&j| same(j)).any(|j| HEARS.contains(&word_text(norm, words, j)));
            if !intended || pleads {
                c.suppressed = true;
            }
        }
    }
    // A feeling the speaker ascribes to others ("the parents are
    // thrilled", "suddenly everyone is worried about the view", "the
    // owners down the valley are frightened") reports how those people
    // take the plan, not the speaker's own judgement of it: its cue counts
    // nothing. Only a feeling word whose subject, before a linking verb
    // and a few adverbs, is a plural noun of people or a word for
    // everybody (see `feeling_subject`); not the speaker's own side ("our
    // members are worried", "we are delighted") or a singular subject,
    // which in reported speech is often the speaker ("she was relieved").
    // A few words back from each feeling cue, which are few.
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if q.w0 == q.w1 && FELT.contains(&word_text(norm, words, q.w0)) && feeling_subject(norm, words, q.w0).is_some()
        {
            c.suppressed = true;
        }
        // Nor is a view the speaker tells as another camp's ("critics say
        // it will wall off the town", "opponents warn it would hurt"); see
        // `camp_claim`.
        if camp_claim(norm, words, q.w0) {
            c.suppressed = true;
        }
        // Nor is "concerned" a feeling where it names who is involved
        // ("will coordinate with the agencies concerned").
        if q.w0 == q.w1 && word_text(norm, words, q.w0) == "concerned" && concerned_not_felt(norm, words, q.w0) {
            c.suppressed = true;
        }
    }
    // A price given as a figure ("the project would cost $6.8 million",
    // "the measure costs around 35 million euros a year") states what the
    // plan takes, as its own side sets out the terms: a fact, not a harm
    // or a warning. The cue counts nothing when a sum follows the verb,
    // after at most two words of approximation. Whom it falls on ("would
    // cost taxpayers $40 million", "cost families more") keeps the burden.
    // A few words after each *cost*, which are few.
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if q.w0 != q.w1 || !matches!(word_text(norm, words, q.w0), "cost" | "costs") {
            continue;
        }
        if priced(norm, words, q.w1) {
            c.suppressed = true;
        }
    }
    // Agreement in a passive still to come ("tickets would continue to be
    // accepted", "a plan to be agreed before the site opens", "if it is
    // accepted for examination", "if ratified") tells what some party is to
    // accept: a step of procedure or a forecast of a vote, not the
    // speaker's welcome. Its cue counts nothing. Not denied ("had not yet
    // been agreed"), which stays a shortfall, nor done ("was accepted by
    // the skaters"). A few words back from each such cue, which are few.
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if c.base > 0.0 && q.w0 == q.w1 && ACCORD.contains(&word_text(norm, words, q.w0)) && passive(norm, words, q.w0)
        {
            c.suppressed = true;
        }
    }
    // A challenge to explain the plan's merit ("I'd like somebody to explain
    // to me why that's a good deal", "tell me how that's fairness") doubts
    // it: the praise in the challenged words is negated, cited as `doubt`.
    // Only *why* or *how* after *explain*, *tell* or *show* addressed to
    // the speaker (*to me*, *us*) or asked of somebody (*anyone to
    // explain*); not the speaker's own account ("let me explain how it
    // works"). At most eight words back from each praising cue, and five
    // before the question word. Only in a view that holds *why* or *how*
    // at all (few do).
    let asks = gates.holds(Gate::Why) || gates.holds(Gate::How);
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if !asks || c.base <= 0.0 || c.negated {
            continue;
        }
        if let Some(at) = challenged(norm, words, q.w0) {
            let at = hits.iter().position(|h| h.start <= words[at].start && words[at].end <= h.end).unwrap_or(c.hit);
            c.mods.push((at, "doubt", NEGATED_CUE));
            c.negated = true;
        }
    }
    let active = |i: usize| i != 0 || !answer_taken;
    // The active contrast hits (*but*, *however*), in order: several
    // readings below start from them, and read this list rather than
    // every hit.
    let contrasts = &mut scratch.contrasts;
    contrasts.clear();
    // A "but" inside a noun phrase (*a difficult but fair deal*) opens no
    // clause: it is no contrast marker at all (see `phrasal_but`). Only the
    // contrast hits are tried, each against the hit just before it.
    let phrasal = |j: usize| {
        let text = |j: usize| &norm.buf[hits[j].start..hits[j].end];
        text(j) == "but"
            && j > 0
            && hits[j - 1].roles.cue.is_some()
            && phrasal_but(norm, words, place[j].w0, Some((place[j - 1].w0, place[j - 1].w1)))
    };
    contrasts.extend(
        (0..hits_with(RoleSet::CONTRAST).len()).filter(|&j| hits[j].roles.contrast && active(j) && !phrasal(j)),
    );
    let barrier = |h: &Hit| h.roles.contrast || h.roles.conditional || h.roles.concessive || h.roles.breaker;
    // For each hit, the first word where a scope opened by it must stop: the
    // next barrier (but, if, although, a relative "that"). One backward pass.
    // Without a barrier among the hits, no scope stops.
    let barriers = RoleSet::CONTRAST.with(RoleSet::CONDITIONAL).with(RoleSet::CONCESSIVE).with(RoleSet::BREAKER);
    let stop = &mut scratch.stop;
    stop.clear();
    stop.resize(hits.len(), usize::MAX);
    for i in (0..hits_with(barriers).len().saturating_sub(1)).rev() {
        stop[i] = if barrier(&hits[i + 1]) { place[i + 1].w0 } else { stop[i + 1] };
    }
    // The cues whose first word lies in `(after, until]`, as a range of
    // `cues`: both lists are in reading order, so a binary search finds it.
    let window = |cues: &[Cue], after: usize, until: usize| {
        let lo = cues.partition_point(|c| place[c.hit].w0 <= after);
        let hi = cues.partition_point(|c| place[c.hit].w0 <= until);
        lo..hi.max(lo)
    };

    // Intensifiers scale the first cue in the next two words; a word that is
    // also a cue ("tremendous") then stops counting on its own.
    for (i, h) in hits_with(RoleSet::INTENSIFIER).iter().enumerate() {
        let Some(f) = h.roles.intensifier else {
            continue;
        };
        if !active(i) {
            continue;
        }
        let p = place[i];
        let range = window(cues, p.w1, p.w1 + INTENSIFIER_WINDOW);
        let target =
            range.clone().find(|&k| cues[k].hit != i && !cues[k].suppressed && place[cues[k].hit].clause == p.clause);
        if let Some(t) = target {
            cues[t].mods.push((i, "intensifier", f));
            let own = cues.partition_point(|c| c.hit < i);
            if cues.get(own).is_some_and(|c| c.hit == i) {
                cues[own].suppressed = true;
            }
        }
    }

    // Negators flip the cues in the next few words of their clause. A
    // negator that reaches a verb which ends a negative event negates that
    // verb instead: in "failed to address the crisis" the crisis stays.
    let reach = lex.settings.negation_window;
    let ender_negated = &mut scratch.ender_negated;
    ender_negated.clear();
    ender_negated.resize(hits.len(), false);
    // A disclaimer ("we're not against renters", "nobody here is against
    // housing", "nobody is saying pull up the drawbridge"): the negator's
    // hit and the word of opposition or saying it denies.
    // The negator's hit, the denied word, and the word where what it
    // denies ends.
    let mut disclaimer: Option<(usize, usize, usize)> = None;
    // A rebuttal by denial: the negator's hit, the first word of the
    // restatement, and the last word of its sentence.
    let mut rebuttal: Option<(usize, usize, usize)> = None;
    for (i, h) in hits_with(RoleSet::NEGATOR).iter().enumerate() {
        if !h.roles.negator || !active(i) {
            continue;
        }
        let p = place[i];
        // "Passengers should not pay the price": a norm that a harm is
        // being broken, a complaint, not a denial of the harm. Only a
        // feeling is talked down by it ("you should not worry").
        let hit_text = &norm.buf[h.start..h.end];
        let before = p.w0.checked_sub(1).map(|w| &norm.buf[words[w].start..words[w].end]);
        // So is a wish against it ("nobody wants a fight with the unions",
        // "we don't want another closure"): the harm is feared, not denied.
        let after = words.get(p.w1 + 1).map(|w| &norm.buf[w.start..w.end]);
        let normative = matches!(hit_text, "shouldn't" | "mustn't")
            || (hit_text == "not" && matches!(before, Some("should" | "must")))
            || matches!(after, Some("want" | "wants" | "wanted"));
        let word = |k: usize| words.get(k).map(|w| &norm.buf[w.start..w.end]);
        // "Did not rule out a strike", "has not ruled out legal action",
        // "would not immediately rule out a ballot": two negatives that keep
        // a move open, so what is not ruled out keeps its own sign (a threat
        // stays a threat). The negator itself negates nothing. Only the
        // next two words are read.
        let keeps_open = (p.w1 + 1..p.w1 + 3).any(|k| {
            words.get(k).is_some_and(|w| w.clause == p.clause)
                && matches!(word(k), Some("rule" | "rules" | "ruled" | "ruling"))
                && word(k + 1) == Some("out")
        });
        if keeps_open {
            continue;
        }
        // "Forty taps are not the problem. The problem is ...", "water is
        // not a favour. It is a right": a copula's negation that swaps the
        // label for another (a definite "the", or a restatement opening the
        // next sentence or a "but" after it) denies a word, not a judgement.
        let copular = matches!(hit_text, "isn't" | "aren't" | "wasn't" | "weren't")
            || (hit_text == "not"
                && matches!(before, Some("is" | "are" | "was" | "were" | "it's" | "that's" | "they're")));
        let correction = copular
            && match after {
                Some("the") => true,
                Some("a" | "an") => {
                    (p.w1 + 2..words.len())
                        // Bounded: a run-on sentence is not read to its end.
                        .take(40)
                        .take_while(|&k| words[k].sentence <= p.sentence + 1)
                        .find(|&k| words[k].sentence == p.sentence + 1 || word(k) == Some("but"))
                        .is_some_and(|k| {
                            word(k) == Some("but")
                                || (matches!(word(k), Some("it" | "this" | "that" | "they"))
                                    && matches!(word(k + 1), Some("is" | "are" | "was")))
                                || matches!(word(k), Some("it's" | "that's" | "they're" | "rather" | "instead"))
                        })
                }
                _ => false,
            };
        // A speaker who denies opposing something ("we're not against
        // renters", "nobody here is against housing", "I have nothing
        // against the idea") or denies saying it ("nobody is saying pull
        // up the drawbridge") answers the charge of being against the plan:
        // the position follows ("we're against a box next to a bungalow",
        // "but the school is full"). What the disclaimer denies is not
        // support: its clause counts nothing, and the disclaimer itself
        // leans cautious, once per utterance. Not *anti-* ("a pause is not
        // anti-industry" defends the plan), nor *not saying whether*.
        // "No one is against jobs", but not "No 10 said".
        // A thing that is "not against" someone ("this is not against
        // anyone", "it's not against the law") is the plan defended or a
        // fact told, not the speaker's own opposition denied.
        let thing = matches!(before, Some("it's" | "this's" | "that's"))
            || (matches!(before, Some("is" | "was" | "isn't" | "wasn't"))
                && p.w0 >= 2
                && matches!(word(p.w0 - 2), Some("it" | "this" | "that" | "which")));
        let subject = match hit_text {
            "not" | "never" => !thing,
            "nobody" => true,
            "no" => word(p.w1 + 1) == Some("one"),
            "nothing" => after == Some("against"),
            _ => false,
        };
        if subject {
            // The denied word follows the negator or a copula ("nobody in
            // this village is against"), not another verb ("could not
            // compete against").
            let denied = (p.w1 + 1..(p.w1 + 7).min(words.len()))
                .take_while(|&k| words[k].clause == p.clause && k < stop[i])
                .filter(|&k| {
                    k == p.w1 + 1
                        || matches!(
                            word(k - 1),
                            Some("is" | "are" | "was" | "were" | "am" | "been" | "really" | "actually")
                        )
                })
                .find(|&k| match word(k) {
                    // "Not against the law" tells what is legal.
                    Some("against") => !(word(k + 1) == Some("the") && matches!(word(k + 2), Some("law" | "rules"))),
                    Some("opposed") => true,
                    Some("saying") => !matches!(
                        word(k + 1),
                        Some("whether" | "how" | "when" | "what" | "if" | "much" | "anything" | "who" | "why")
                    ),
                    _ => false,
                });
            if let Some(k) = denied {
                // What is denied ends where "and" opens a predicate of its
                // own ("was not opposed to scooters and welcomed the
                // order", "were not against it and would enforce it"):
                // that predicate is the speaker's position, and counts.
                let end = (k + 1..stop[i].min(words.len()))
                    .take_while(|&j| words[j].clause == p.clause)
                    .find(|&j| {
                        word(j) == Some("and")
                            && word(j + 1).is_some_and(|v| {
                                v.ends_with("ed")
                                    || matches!(
                                        v,
                                        "would"
                                            | "will"
                                            | "could"
                                            | "can"
                                            | "is"
                                            | "are"
                                            | "was"
                                            | "were"
                                            | "has"
                                            | "have"
                                            | "had"
                                            | "says"
                                            | "said"
                                            | "wants"
                                            | "hopes"
                                            | "backs"
                                    )
                            })
                    })
                    .unwrap_or(stop[i]);
                for c in cues.iter_mut() {
                    let q = place[c.hit];
                    if c.hit != i && q.w0 >= p.w0 && q.clause == p.clause && q.w0 < end {
                        c.suppressed = true;
                    }
                }
                // Denying a claim of praise ("I'm not saying the cap is
                // perfect, but it's a start") concedes a flaw of the plan,
                // which its supporters do: what is denied counts nothing,
                // and no objection is opened.
                let praise = word(k) == Some("saying")
                    && cues.iter().any(|c| {
                        let q = place[c.hit];
                        c.class == CueClass::Optimistic && q.w0 > k && q.w0 < end && q.clause == p.clause
                    });
                if !praise {
                    disclaimer = disclaimer.or(Some((i, k, end)));
                }
                continue;
            }
        }
        // A rebuttal by denial ("it is not a ban. It is a limit on hours",
        // "this isn't about punishing drivers, it's about safer streets",
        // "the scheme was never about money, but it is about safety"): a
        // copula's negation answered by a restatement of the same thing,
        // opening the next sentence or the next clause (*it is*, *it's*,
        // *this is*, *but*). The denied words are a charge laid against the
        // plan and the restatement its aim; whether they are is read once
        // every cue is weighed (see `REBUTTAL`). Only the first per
        // utterance, and none after a disclaimer, whose restatement is
        // the objection; the restatement is sought within 40 words.
        // The denial's subject names the plan or stands for it (*it*,
        // *this*, *we* of its makers, *the scheme*): a critic who denies a
        // label of a group ("our members are not big corporations") or of a
        // longer subject ("the money is not a housing policy") is pleading
        // or jabbing, not defending.
        let copula_end = match before {
            Some("it's" | "this's" | "that's" | "we're") => Some(p.w0 - 1),
            _ if matches!(hit_text, "isn't" | "aren't" | "wasn't" | "weren't") => p.w0.checked_sub(1),
            _ => p.w0.checked_sub(2),
        };
        let fresh_at = |k: usize| k == 0 || words[k].clause != words[k - 1].clause;
        let plan_subject = copula_end.is_some_and(|e| {
            matches!(word(e), Some("it" | "this" | "that" | "we" | "it's" | "this's" | "that's" | "we're"))
                || (e >= 1 && matches!(word(e - 1), Some("the" | "this" | "that")) && fresh_at(e - 1))
        });
        if rebuttal.is_none()
            && disclaimer.is_none()
            && plan_subject
            && (copular || (hit_text == "never" && matches!(before, Some("is" | "was"))))
        {
            let opens = |k: usize| {
                matches!(word(k), Some("it's" | "that's" | "they're" | "we're"))
                    || (matches!(word(k), Some("it" | "this" | "that" | "they" | "we"))
                        && matches!(word(k + 1), Some("is" | "are" | "was" | "were")))
            };
            let restated =
                (p.w1 + 2..words.len()).take(40).take_while(|&k| words[k].sentence <= p.sentence + 1).find(|&k| {
                    let first = words[k].sentence != words[k - 1].sentence;
                    let fresh = first || words[k].clause != words[k - 1].clause || word(k - 1) == Some("but");
                    fresh && (opens(k) || (word(k) == Some("but") && opens(k + 1)))
                });
            if let Some(k) = restated {
                let sentence = words[k].sentence;
                let end = (k..words.len()).take_while(|&j| words[j].sentence == sentence).last().unwrap_or(k);
                rebuttal = Some((i, k, end));
            }
        }
        // "Kids without cars will simply lose access": a "without" inside a
        // noun phrase governs that phrase, not the verb after it, so its
        // scope ends at the first auxiliary or modal ("will", "are"). A
        // gerund ("without losing jobs") is still negated. "Fewer" counts
        // the noun right after it ("fewer crashes"), so its scope also ends
        // at the next "and" or "or" ("fewer units and worse repairs").
        // "Less" counts its phrase the same way ("less traffic", "less
        // safe"). A verb of consequence after the counted phrase ("fewer
        // rivals means higher fares", "less parking leads to more
        // congestion") ends it too: what follows is the outcome the
        // speaker draws, not a thing counted.
        let counted = hit_text == "fewer" || hit_text == "less";
        let narrow = hit_text == "without" || counted;
        let scope_end = if narrow {
            (p.w1 + 1..(p.w1 + 1 + reach).min(words.len()))
                .find(|&k| {
                    (counted
                        && matches!(
                            word(k),
                            Some(
                                "and"
                                    | "or"
                                    | "means"
                                    | "meant"
                                    | "mean"
                                    | "leads"
                                    | "led"
                                    | "causes"
                                    | "caused"
                                    | "brings"
                                    | "brought"
                                    | "results"
                            )
                        ))
                        || matches!(
                            word(k),
                            Some(
                                "will"
                                    | "would"
                                    | "can"
                                    | "could"
                                    | "may"
                                    | "might"
                                    | "must"
                                    | "shall"
                                    | "should"
                                    | "is"
                                    | "are"
                                    | "was"
                                    | "were"
                                    | "has"
                                    | "have"
                                    | "had"
                            )
                        )
                })
                .unwrap_or(usize::MAX)
        } else {
            usize::MAX
        };
        let mut blocked_from = usize::MAX;
        for j in i + 1..hits.len() {
            let q = place[j];
            if q.w0 > p.w1 + reach || q.w0 >= stop[i] || q.clause != p.clause {
                break;
            }
            if hits[j].roles.ender && !hits[j].roles.negator && active(j) {
                ender_negated[j] = true;
                blocked_from = blocked_from.min(j);
            }
        }
        for k in window(cues, p.w1, p.w1 + reach) {
            let c = &mut cues[k];
            let q = place[c.hit];
            if c.hit > blocked_from || q.w0 >= scope_end {
                break;
            }
            let feeling = || {
                let t = &norm.buf[hits[c.hit].start..hits[c.hit].end];
                FEELINGS.iter().any(|f| t.starts_with(f))
            };
            if normative && matches!(c.class, CueClass::Cautious | CueClass::Event) && !feeling() {
                continue;
            }
            if c.hit != i && !c.negated && q.w0 < stop[i] && q.clause == p.clause {
                // The label is the noun phrase right after the article
                // ("not the problem", "not a real choice"), not what
                // follows it ("not the same as saving lives").
                if correction && q.w0 <= p.w1 + 3 {
                    c.mods.push((i, "correction", CORRECTION));
                    c.negated = true;
                    continue;
                }
                c.mods.push((i, "negation", negated_weight(c.class)));
                c.negated = true;
            }
        }
    }
    // A ground for a step denied ("that's not a reason for this committee
    // to refuse the application", "there is no need for the board to close
    // the ward"): the negation of the ground noun reaches the step in its
    // "to" complement however long the "for" phrase that names who would
    // take it, which can carry the step past the negation's usual reach.
    // Only a cue right after "to", with "no", or "not" and an article,
    // before a noun of ground at most seven words back in its clause. A
    // few words back from each cue, which are few.
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if c.negated || c.suppressed || q.w0 < 3 || word_text(norm, words, q.w0 - 1) != "to" {
            continue;
        }
        let text = |k: usize| word_text(norm, words, k);
        let ground = (q.w0.saturating_sub(8)..q.w0 - 1)
            .rev()
            .take_while(|&k| words[k].clause == q.clause)
            .find(|&k| matches!(text(k), "reason" | "reasons" | "grounds" | "need" | "excuse" | "cause"));
        let negator = ground.and_then(|g| match text(g.checked_sub(1)?) {
            "no" => Some(g - 1),
            "a" | "any" | "the" if g >= 2 && text(g - 2) == "not" => Some(g - 2),
            _ => None,
        });
        let Some(n) = negator.filter(|&n| words[n].clause == q.clause) else {
            continue;
        };
        // The negator's own hit, to cite it; the hits are in order.
        let Ok(i) = place[..c.hit].binary_search_by_key(&n, |p| p.w0) else {
            continue;
        };
        if !hits[i].roles.negator {
            continue;
        }
        c.mods.push((i, "negation", negated_weight(c.class)));
        c.negated = true;
    }

    // The cost of waiting ("Every year we wait, the job gets harder";
    // "The longer we delay, the worse the options get"; "every season we
    // delay, we're gambling with the whales"): the harm that follows is
    // what delay does, so it urges the proposal on, not a warning about
    // it. Each harm in the sentence from the frame on counts for the
    // proposal at its own weight, cited as `urgency`. Only the first
    // person waiting or delaying, after *every* and a unit of time (one
    // word may stand between: *every single year*) or after *the longer*.
    // Read only when a cue leans against and the words hold "we wait" or
    // "we delay".
    if cues.iter().any(|c| c.base < 0.0) && (norm.buf.contains("we wait") || norm.buf.contains("we delay")) {
        let text = |k: usize| word_text(norm, words, k);
        let waiting = |k: usize| k <= last && matches!(text(k), "wait" | "waited" | "delay" | "delayed");
        let frame = (0..words.len()).find(|&k| match text(k) {
            "every" => (k + 1..=(k + 2).min(last))
                .any(|t| TIME_UNITS.contains(&text(t)) && t < last && text(t + 1) == "we" && waiting(t + 2)),
            "longer" => k >= 1 && text(k - 1) == "the" && k < last && text(k + 1) == "we" && waiting(k + 2),
            _ => false,
        });
        if let Some(from) = frame {
            let sentence = words[from].sentence;
            for c in cues.iter_mut() {
                let q = place[c.hit];
                let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
                if q.w0 >= from && words[q.w0].sentence == sentence && value < 0.0 && !c.suppressed {
                    c.mods.push((c.hit, "urgency", -1.0));
                }
            }
        }
    }

    // A pledge demanded ("we want commitments in writing", "would seek a
    // meeting to secure guarantees on jobs", "urged the government to
    // consider tax relief for small firms", "will push for the rent
    // protection to be stretched"): the speaker asks for a guarantee
    // against what the plan may do, which is a reservation, not praise,
    // and a pledge they are asking for is missing. The pledge counts as
    // missing (as a negated expectation does), cited as `demand` at the
    // verb of asking. Not a pledge the proposal itself makes (a topic
    // word: "we want the relief now" when the plan is the relief), nor a
    // negated one (read above). Only the pledge nouns among the cues are
    // tried, and a verb of asking at most six words before them in their
    // clause. A verb of asking that is a cue of its own ("to secure
    // guarantees") is the demand, not praise: it no longer counts.
    let mut asking: Vec<usize> = Vec::new();
    for c in cues.iter_mut() {
        if c.negated || c.suppressed || !matches!(c.class, CueClass::Expected | CueClass::Optimistic) {
            continue;
        }
        let q = place[c.hit];
        let noun = &norm.buf[hits[c.hit].start..hits[c.hit].end];
        if !is_pledge(noun) || topic.is_some_and(|t| t.contains(noun)) {
            continue;
        }
        let text = |k: usize| &norm.buf[words[k].start..words[k].end];
        let asked = (q.w0.saturating_sub(6)..q.w0).rev().take_while(|&k| words[k].clause == q.clause).find(|&k| {
            match text(k) {
                "want" | "wants" | "wanted" | "wanting" | "seek" | "seeks" | "sought" | "seeking" | "demand"
                | "demands" | "demanded" | "demanding" | "secure" | "urge" | "urges" | "urged" | "urging" => true,
                "for" => matches!(
                    k.checked_sub(1).map(text),
                    Some(
                        "call"
                            | "calls"
                            | "called"
                            | "calling"
                            | "ask"
                            | "asks"
                            | "asked"
                            | "asking"
                            | "push"
                            | "pushes"
                            | "pushed"
                            | "pushing"
                            | "press"
                            | "pressed"
                            | "pressing"
                    )
                ),
                _ => false,
            }
        });
        if let Some(k) = asked {
            // The verb's hit, if the lexicon has one, else the cue's own:
            // the citation sits at a hit.
            let at = hits.iter().position(|h| h.start <= words[k].start && words[k].end <= h.end).unwrap_or(c.hit);
            c.mods.push((at, "demand", NEGATED_EXPECTED));
            c.negated = true;
            asking.push(k);
        }
    }
    for c in cues.iter_mut().filter(|c| c.base > 0.0 && !c.negated) {
        if asking.contains(&place[c.hit].w0) {
            c.suppressed = true;
        }
    }

    // A speaker's own hypothetical of acceptance ("I'd buy one on this
    // street tomorrow", "I would take a bit of noise for a road we can
    // walk down", reported "he would happily put up with the odd
    // closure"): they would take up what the plan offers or bear its
    // cost, which is support, whatever words of cost the object holds.
    // Only a hypothetical ("would", "'d": "we will take" is a promise, as
    // in "we will take into account"), only the first person (or a
    // reported "he"/"she" opening the words), only a verb of taking
    // something on ("take" only one thing for another), not negated, not taken
    // elsewhere ("I'd buy elsewhere") or to another body ("we'll take it
    // to court"), and not an idiom of "take" ("take a look", "take the
    // view"). One pass over words, in the views that hold "would" or "'d"
    // at all (every form read has one; few views do).
    let willing = if !gates.holds(Gate::Would) && !gates.holds(Gate::ContractedWould) {
        None
    } else {
        let word = |k: usize| words.get(k).map(|w| &norm.buf[w.start..w.end]);
        let same = |a: usize, b: usize| b < words.len() && words[b].sentence == words[a].sentence;
        let mut found: Option<(usize, usize)> = None;
        let bytes = norm.buf.as_bytes();
        for (k, wk) in words.iter().enumerate() {
            // Every opening below is a word of at most four bytes that
            // starts with one of these: the rest are ruled out before the
            // word is sliced.
            if wk.end - wk.start > 4 || !matches!(bytes[wk.start], b'i' | b'w' | b'h' | b's') {
                continue;
            }
            let v = match word(k) {
                Some("i'd" | "we'd") => k + 1,
                Some("i" | "we") if word(k + 1) == Some("would") => k + 2,
                Some("he" | "she") if k == 0 && word(1) == Some("would") => 2,
                _ => continue,
            };
            let mut v = v;
            while matches!(
                word(v),
                Some("happily" | "gladly" | "still" | "probably" | "definitely" | "certainly" | "even" | "just")
            ) {
                v += 1;
            }
            if !same(k, v) {
                continue;
            }
            let end = match word(v) {
                Some("buy" | "accept" | "trade") => v,
                // Applying for something, or applying with no object ("the
                // day it opens" is a time), not applying a rule or a
                // quality ("would apply the rules strictly", "I would
                // apply caution").
                Some("apply") => {
                    let time = matches!(word(v + 1), Some("the" | "a" | "this" | "that"))
                        && matches!(word(v + 2), Some("day" | "moment" | "minute" | "morning" | "week" | "first"));
                    let alone = words.get(v + 1).is_none_or(|w| w.clause != words[v].clause)
                        || matches!(
                            word(v + 1),
                            Some("for" | "tomorrow" | "today" | "immediately" | "straight" | "right" | "now" | "again")
                        );
                    if !(time || alone) {
                        continue;
                    }
                    v
                }
                Some("take") => {
                    let idiom = matches!(word(v + 1), Some("a" | "an" | "the"))
                        && matches!(
                            word(v + 2),
                            Some(
                                "look"
                                    | "stand"
                                    | "position"
                                    | "view"
                                    | "step"
                                    | "decision"
                                    | "case"
                                    | "matter"
                                    | "vote"
                                    | "hit"
                                    | "risk"
                            )
                        );
                    let odd = matches!(
                        word(v + 1),
                        Some("part" | "place" | "action" | "legal" | "steps" | "care" | "time" | "over" | "back")
                    );
                    // Taking one thing for another ("a bit of noise for a
                    // road we can walk down"), not taking a thing alone
                    // ("take the old timetable any day", "take on board").
                    let traded = (v + 2..(v + 10).min(words.len()))
                        .take_while(|&j| words[j].clause == words[v].clause)
                        .any(|j| word(j) == Some("for"));
                    if idiom || odd || !traded {
                        continue;
                    }
                    v
                }
                Some("put") if word(v + 1) == Some("up") && word(v + 2) == Some("with") => v + 2,
                Some("do") if word(v + 1) == Some("it") && word(v + 2) == Some("again") => v + 2,
                _ => continue,
            };
            let away = (end + 1..(end + 6).min(words.len()))
                .take_while(|&j| words[j].clause == words[end].clause)
                .any(|j| matches!(word(j), Some("elsewhere" | "instead" | "to" | "somewhere" | "away")));
            if !away && same(k, end) {
                found = Some((v, end));
                break;
            }
        }
        found
    };
    // What is taken on ("a bit of noise", "the odd closure") is a cost
    // borne, not a warning: the cues of its clause count nothing.
    if let Some((v, end)) = willing {
        let clause = words[end].clause;
        for c in cues.iter_mut() {
            let q = place[c.hit];
            if q.w0 > end && q.clause == clause && matches!(word_text(norm, words, v), "take" | "accept" | "put") {
                c.suppressed = true;
            }
        }
    }

    // A complaint that how things stand cannot go on ("we cannot keep
    // advertising the same post three times a year", "producers can't go on
    // selling below cost", "we can't carry on like this") is the problem a
    // change answers: the speaker argues for it. The rest of the sentence
    // describes what cannot go on, and its cues count nothing ("we can't
    // keep telling nurses they are welcome here as long as they can afford
    // a mansion"). Not when the sentence sets a condition ("we cannot keep
    // trading if the road closes": the plan is what would end it).
    // Every view is read here and almost none says `can`: its gate rules
    // the view out before its words are compared one by one.
    let untenable = if !gates.holds(Gate::Can) {
        None
    } else {
        let word = |k: usize| words.get(k).map(|w| &norm.buf[w.start..w.end]);
        let mut found: Option<(usize, usize)> = None;
        for k in 0..words.len() {
            let v = match word(k) {
                Some("cannot" | "can't") => k + 1,
                Some("can") if word(k + 1) == Some("not") => k + 2,
                _ => continue,
            };
            let after = match (word(v), word(v + 1)) {
                (Some("keep"), Some("on")) => v + 2,
                (Some("keep" | "continue"), _) => v + 1,
                (Some("go" | "carry"), Some("on")) => v + 2,
                _ => continue,
            };
            let end = match (word(after), word(after + 1)) {
                (Some(w), _) if w.len() > 4 && w.ends_with("ing") => after,
                (Some("like"), Some("this" | "that")) => after + 1,
                _ => continue,
            };
            let sentence = words[k].sentence;
            let same = |j: usize| j < words.len() && words[j].sentence == sentence;
            if !same(end) {
                continue;
            }
            let condition = (end + 1..words.len())
                .take_while(|&j| same(j))
                .any(|j| matches!(word(j), Some("if" | "unless" | "once" | "when" | "without")));
            if !condition {
                found = Some((k, end));
                break;
            }
        }
        found
    };
    // A modal followed by "simply" or "just" ("people will simply go
    // elsewhere", "landlords would simply raise rents", "they'll just
    // switch to sweets", "a ban will simply push prices up") predicts that
    // those the proposal reaches will route around it, or that it will
    // backfire: the adverb dismisses the proposal's intended effect, and
    // news speakers use it for warnings. Not "just" of time or of speech
    // ("will just have to wait", "would just like to thank", "would just
    // say", "will just about"), and not when the rest of the clause praises
    // ("will simply make life easier": see the use below). Most views hold
    // neither word: their gates rule them out.
    let evasion = if !gates.holds(Gate::Simply) && !gates.holds(Gate::Just) {
        None
    } else {
        let word = |k: usize| words.get(k).map(|w| &norm.buf[w.start..w.end]);
        (1..words.len()).find(|&k| {
            let modal = word(k - 1)
                .is_some_and(|m| matches!(m, "will" | "would" | "could" | "might") || m.ends_with("'ll"))
                && words[k - 1].sentence == words[k].sentence;
            modal
                && match word(k) {
                    Some("simply") => true,
                    Some("just") => !matches!(
                        word(k + 1),
                        Some("have" | "has" | "like" | "love" | "say" | "add" | "note" | "about" | "want" | "need")
                    ),
                    _ => false,
                }
                // An action predicted, not a state described ("would
                // simply be healthier", "will just be a formality"), whose
                // valence only its cues can tell.
                && word(k + 1).is_some_and(|w| w != "be" && words[k + 1].sentence == words[k].sentence)
        })
    };
    if let Some((k, end)) = untenable {
        let sentence = words[k].sentence;
        for c in cues.iter_mut() {
            let q = place[c.hit];
            if q.w0 > end && q.sentence == sentence {
                c.suppressed = true;
            }
        }
    }

    // Verbs that end or prevent a negative event flip the events after them,
    // across commas ("fight terror, crime and ...") but not across sentences.
    // Not when the same sentence says how, by making a harm of its own
    // ("fix a safety problem by creating a traffic problem", "solving a
    // problem for teenagers by handing one to six-year-olds"): the speaker
    // trades one harm for another, and both stay harms.
    let trade = |p: Place| {
        let same = |k: usize| k <= last && words[k].sentence == p.sentence;
        (p.w1 + 1..).take_while(|&k| same(k)).any(|k| {
            word_text(norm, words, k) == "by"
                && same(k + 1)
                && word_text(norm, words, k + 1).ends_with("ing")
                && (k + 2..k + 7).take_while(|&j| same(j)).any(|j| {
                    // *one* or *another* standing for a harm, as a pronoun
                    // (*handing one to*, *creating another*), not counting a
                    // noun (*by closing one lane*); so does a count of more
                    // of them (*by creating three more*, *causing two more*).
                    let more = word_text(norm, words, j) == "more"
                        && j > k + 2
                        && matches!(
                            word_text(norm, words, j - 1),
                            "two" | "three" | "four" | "five" | "several" | "many" | "few"
                        );
                    ((more || matches!(word_text(norm, words, j), "one" | "another"))
                        && (!same(j + 1)
                            || words[j + 1].clause != words[j].clause
                            || matches!(
                                word_text(norm, words, j + 1),
                                "to" | "for" | "in" | "on" | "at" | "elsewhere"
                            )))
                        || hits.iter().zip(place.iter()).any(|(h, q)| {
                            q.w0 == j && matches!(h.roles.cue, Some((CueClass::Cautious | CueClass::Event, _)))
                        })
                })
        })
    };
    // The sentences of such a trade: their harms are what the proposal
    // does, not how things stand (see `told_as_state`).
    let mut traded: Vec<usize> = Vec::new();
    let reach = lex.settings.ender_window;
    for (i, h) in hits_with(RoleSet::ENDER).iter().enumerate() {
        if !h.roles.ender || h.roles.negator || ender_negated[i] || !active(i) {
            continue;
        }
        let p = place[i];
        if trade(p) {
            traded.push(p.sentence);
            continue;
        }
        // A fix in the perfect after "before" or "until" ("approving homes
        // before it had fixed the flooding", "not until they have solved
        // the delays") has not happened: the harm stands, and the speaker
        // complains of it. At most four words back, in the fix's clause.
        let not_yet = p.w0 > 0
            && {
                let text = |k: usize| words.get(k).filter(|w| w.clause == p.clause).map(|w| &norm.buf[w.start..w.end]);
                matches!(text(p.w0 - 1), Some(t) if matches!(t, "had" | "has" | "have") || t.ends_with("'ve") || t.ends_with("'d"))
                    && (p.w0.saturating_sub(5)..p.w0 - 1).filter_map(&text).any(|t| matches!(t, "before" | "until"))
            };
        if not_yet {
            continue;
        }
        let mut attached = false;
        let reach = reach + span_of_duration(norm, words, p.w1 + 1, p.sentence);
        for k in window(cues, p.w1, p.w1 + reach) {
            let c = &mut cues[k];
            let q = place[c.hit];
            let endable = c.class == CueClass::Event || hits[c.hit].roles.endable;
            if endable && !c.negated && q.w0 < stop[i] && q.sentence == p.sentence {
                c.mods.push((i, "negation", NEGATED_EVENT));
                c.negated = true;
                attached = true;
            }
        }
        if attached {
            let own = cues.partition_point(|c| c.hit < i);
            if cues.get(own).is_some_and(|c| c.hit == i) {
                cues[own].suppressed = true;
            }
        }
    }

    // Objections heard, understood or answered: "the council has heard the
    // concerns", "she has heard the objections", "I understand people's
    // worries", "advocates pushed back on warnings".
    // The cautious noun is the other side's position, and to hear it out or
    // push back on it is the answering side's line: it turns, as an ender
    // turns a risk. Only a noun that names an objection (`OBJECTIONS`), the
    // verb's object (a determiner at most between them); not negated ("nobody
    // has heard our concerns" stays a complaint), and not a harm, which one
    // may hear of as news ("residents heard the explosions").
    for c in cues.iter_mut() {
        if c.class != CueClass::Cautious || c.negated {
            continue;
        }
        let q = place[c.hit];
        let noun = word_text(norm, words, q.w0);
        if !OBJECTIONS.contains(&noun) {
            continue;
        }
        // The verb, then only a determiner before the noun: "has heard
        // from neighbours worried about glare" relays the objection. A
        // count of them may stand between (*addressed two of the most
        // common complaints*), at most five words of it.
        let mut k = q.w0;
        while k > 0
            && q.w0 - k < 5
            && words[k - 1].clause == q.clause
            && (matches!(
                word_text(norm, words, k - 1),
                "the"
                    | "their"
                    | "our"
                    | "your"
                    | "those"
                    | "these"
                    | "its"
                    | "his"
                    | "her"
                    | "that"
                    | "this"
                    | "of"
                    | "most"
                    | "main"
                    | "common"
                    | "biggest"
                    | "two"
                    | "three"
                    | "many"
            ) || word_text(norm, words, k - 1).ends_with("'s")
                // A plural possessive (*the growers' complaints*): the
                // apostrophe is not part of the word, so read the byte after it.
                || (word_text(norm, words, k - 1).ends_with('s')
                    && norm.buf.as_bytes().get(words[k - 1].end) == Some(&b'\'')))
        {
            k -= 1;
        }
        // A warning or a fear one hears may be of a danger ("heard the
        // warnings about storms"): only pushing back makes it a position.
        let opinion = !matches!(noun, "warning" | "warnings" | "fear" | "fears");
        // Frustration is understood, not heard out as a position.
        let frustration = noun.starts_with("frustration");
        let verb = k.checked_sub(1).filter(|&v| words[v].clause == q.clause);
        let answered = verb.is_some_and(|v| match word_text(norm, words, v) {
            "heard" | "hears" | "acknowledged" | "acknowledges" => opinion && !frustration,
            // To say one understands the other side's worry, fear or
            // frustration is the answering side's line, said before its
            // reply ("I understand the fear. But the design answers it",
            // "he understood people's worries about the river but ...");
            // what is understood is a feeling, not a danger heard of.
            "understand" | "understands" | "understood" => true,
            // To answer or address an objection is to meet it: the side
            // that says so claims the objection dealt with (*the new rule
            // addresses the complaints*, *the audit would answer that
            // concern*). Not when it is still owed (*must address the
            // concerns*, *failed to address them*, *has to answer our
            // concerns first*): then the objection stands.
            "answer" | "answers" | "answered" | "address" | "addresses" | "addressed" | "addressing" => {
                opinion
                    && !frustration
                    && !(v >= 1
                        && matches!(
                            word_text(norm, words, v - 1),
                            "to" | "must" | "should" | "not" | "never" | "yet" | "cannot" | "can't" | "won't"
                        ))
            }
            "on" | "against" => {
                !frustration
                    && v >= 2
                    && word_text(norm, words, v - 1) == "back"
                    && matches!(word_text(norm, words, v - 2), "push" | "pushed" | "pushes" | "pushing")
            }
            _ => false,
        });
        // Not denied before the verb ("nobody on the council has heard our
        // concerns"), nor heard and then shared ("I have heard the concerns
        // and I share them").
        let answered = answered
            && verb.is_some_and(|v| {
                !hits.iter().zip(place.iter()).any(|(h, p)| h.roles.negator && p.clause == q.clause && p.w0 < v)
                    && !(q.w1 + 1..words.len().min(q.w1 + 10))
                        .take_while(|&j| words[j].sentence == q.sentence)
                        .any(|j| matches!(word_text(norm, words, j), "share" | "shares" | "agree" | "agrees"))
            });
        if answered {
            c.mods.push((c.hit, "negation", NEGATED_EVENT));
            c.negated = true;
            c.answered = true;
        }
    }

    // Verbs after a negative event that say it is shrinking or over
    // ("inflation has fallen") flip the events just before them in their
    // clause. A post-ender joined by a hyphen to the next word is the
    // head of a compound noun (*drop-off traffic*, *the fall-out*), not a
    // verb of shrinking, so it flips nothing.
    for (i, h) in hits_with(RoleSet::POST_ENDER).iter().enumerate() {
        if !h.roles.post_ender || !active(i) {
            continue;
        }
        if norm.buf[h.end..].strip_prefix('-').is_some_and(|rest| rest.starts_with(|c: char| c.is_alphanumeric())) {
            continue;
        }
        let p = place[i];
        let lo = cues.partition_point(|c| place[c.hit].w1 + reach < p.w0);
        let hi = cues.partition_point(|c| c.hit < i);
        for c in &mut cues[lo..hi] {
            let q = place[c.hit];
            let endable = c.class == CueClass::Event || hits[c.hit].roles.endable;
            if endable && !c.negated && q.clause == p.clause {
                c.mods.push((i, "negation", NEGATED_EVENT));
                c.negated = true;
            }
        }
    }

    // A past danger set against a present that differs: "Those were
    // frightening days. Today ..." reads as relief, not alarm.
    let sentences = words[last].sentence + 1;
    // What the passes below note about each sentence, in one allocation.
    let notes = &mut scratch.notes;
    notes.clear();
    notes.resize(sentences, SentenceNotes::default());
    for (j, h) in hits_with(RoleSet::PAST.with(RoleSet::PRESENT)).iter().enumerate() {
        if active(j) {
            let s = place[j].sentence;
            notes[s].past_in |= h.roles.past;
            if h.roles.present {
                notes[s].present_in = true;
                notes[s].first_present = notes[s].first_present.or(Some(j));
            }
        }
    }
    // The first present marker in a sentence after each one.
    for s in (0..sentences.saturating_sub(1)).rev() {
        notes[s].present_after = notes[s + 1].first_present.or(notes[s + 1].present_after);
    }
    for c in cues.iter_mut() {
        let s = place[c.hit].sentence;
        if let (true, false, Some(marker)) = (notes[s].past_in, notes[s].present_in, notes[s].present_after) {
            if c.base < 0.0 && !c.negated {
                c.mods.push((marker, "past-vs-present", lex.settings.past_vs_present_factor));
                c.negated = true;
            }
        }
    }

    // Hedges weaken the cues after them in their sentence; the strongest
    // hedge so far wins, they do not compound. One pass in reading order.
    let mut hedge: Option<(usize, f64, usize)> = None;
    let mut next_cue = 0;
    for (j, h) in hits_with(RoleSet::HEDGE).iter().enumerate() {
        let sentence = place[j].sentence;
        if hedge.is_some_and(|(_, _, s)| s != sentence) {
            hedge = None;
        }
        if next_cue < cues.len() && cues[next_cue].hit == j {
            if let Some((m, f, _)) = hedge {
                cues[next_cue].mods.push((m, "hedge", f));
            }
            next_cue += 1;
        }
        if let (Some(f), true) = (h.roles.hedge, active(j)) {
            if hedge.is_none_or(|(_, g, _)| f < g) {
                hedge = Some((j, f, sentence));
            }
        }
    }

    // Conditionals and concessives weaken the rest of the clause they open
    // (the nearest one only: they do not compound). One pass.
    let mut conditional: Option<(usize, usize)> = None;
    let mut concessive: Option<(usize, usize)> = None;
    let mut requirement: Option<(usize, usize)> = None;
    let mut reason: Option<(usize, usize)> = None;
    let mut next_cue = 0;
    let opening = RoleSet::CONDITIONAL.with(RoleSet::CONCESSIVE).with(RoleSet::REQUIREMENT).with(RoleSet::REASON);
    for (j, h) in hits_with(opening).iter().enumerate() {
        let clause = place[j].clause;
        if next_cue < cues.len() && cues[next_cue].hit == j {
            // "Any changes must be safe": a condition set, not praise.
            if let Some((m, _)) = requirement.filter(|&(_, c)| c == clause && cues[next_cue].base > 0.0) {
                let f = lex.settings.requirement_factor;
                cues[next_cue].mods.push((m, "conditional", f));
            }
            // "will shorten games, citing the health risks": a motive, which
            // an actor and its critics both cite, not a warning.
            if let Some((m, _)) = reason.filter(|&(_, c)| c == clause && cues[next_cue].base < 0.0) {
                cues[next_cue].mods.push((m, "reason", lex.settings.reason_factor));
            }
            if let Some((m, _)) = conditional.filter(|&(_, c)| c == clause) {
                // Praise in an open question ("so the public can judge
                // whether the deal is fair", "will watch whether the
                // safeguards apply") is what the speaker has yet to see,
                // not what they grant: it counts a tenth.
                let open = cues[next_cue].base > 0.0 && &norm.buf[hits[m].start..hits[m].end] == "whether";
                let f = if open { WHETHER_PRAISE } else { lex.settings.conditional_factor };
                cues[next_cue].mods.push((m, "conditional", f));
            }
            if let Some((m, _)) = concessive.filter(|&(_, c)| c == clause) {
                let f = lex.settings.concessive_factor;
                cues[next_cue].mods.push((m, "contrast", f));
            }
            next_cue += 1;
        }
        if active(j) && h.roles.conditional && !question {
            conditional = Some((j, clause));
            // A challenge that echoes the other side's claim ("if the deal
            // is so good, publish the numbers"): see `echoed`.
            if let Some(k) = echoed(norm, words, place[j].w0, cues.get(next_cue..).unwrap_or(&[]), place, article) {
                let k = next_cue + k;
                cues[k].mods.push((j, "echo", -1.0));
            }
        }
        if active(j) && h.roles.concessive {
            concessive = Some((j, clause));
        }
        if active(j) && h.roles.requirement {
            requirement = Some((j, clause));
        }
        if active(j) && h.roles.reason {
            reason = Some((j, clause));
        }
    }

    // Contrast: after "but", the later clause weighs more, the earlier less;
    // a sentence that opens with "But" or "However" sets itself against the
    // sentence before. Each cue takes the nearest marker on each side, so
    // two passes suffice.
    let contrast = |j: usize| active(j) && hits[j].roles.contrast && contrasts.binary_search(&j).is_ok();
    for &j in contrasts.iter() {
        let p = place[j];
        if p.w0 == 0 || words[p.w0 - 1].sentence != p.sentence {
            notes[p.sentence].opens = Some(j);
        }
    }
    // Without an active contrast, neither pass has a marker to give.
    let marked = if contrasts.is_empty() { 0 } else { hits.len() };
    let mut before: Option<(usize, usize)> = None;
    let mut k = cues.len();
    for j in (0..marked).rev() {
        let sentence = place[j].sentence;
        if before.is_some_and(|(_, s)| s != sentence) {
            before = None;
        }
        while k > 0 && cues[k - 1].hit >= j {
            k -= 1;
            if cues[k].hit == j {
                let q = place[j];
                let marker = before.map(|(m, _)| m).or_else(|| notes.get(q.sentence + 1).and_then(|n| n.opens));
                if let Some(m) = marker {
                    cues[k].mods.push((m, "contrast", lex.settings.contrast_before));
                }
            }
        }
        if contrast(j) {
            before = Some((j, sentence));
        }
    }
    let mut after: Option<(usize, usize)> = None;
    let mut next_cue = 0;
    for (j, p) in place[..marked].iter().enumerate() {
        let sentence = p.sentence;
        if after.is_some_and(|(_, s)| s != sentence) {
            after = None;
        }
        if next_cue < cues.len() && cues[next_cue].hit == j {
            if let Some((m, _)) = after {
                cues[next_cue].mods.push((m, "contrast", lex.settings.contrast_after));
            }
            next_cue += 1;
        }
        if contrast(j) {
            after = Some((j, sentence));
        }
    }

    // A negative event told as how things are or were ("we had three
    // floods last year", "there is a shortage of capital") describes the
    // problem a proposal answers; told as a consequence ("you will lose
    // them", "it would cause chaos") it is a warning. Events in a clause
    // without a word of consequence count less. "would have" and "could
    // have" look back, not ahead.
    // The scope of a word of consequence is its stretch of clause between
    // barriers ("that", "but", "if"): one pass numbers the stretches.
    let stretch = &mut scratch.stretch;
    stretch.clear();
    let mut n = 0;
    for (j, h) in hits.iter().enumerate() {
        if j > 0 && ((played.has(barriers) && barrier(h)) || place[j].clause != place[j - 1].clause) {
            n += 1;
        }
        stretch.push(n);
    }
    let consequence_in = &mut scratch.consequence_in;
    consequence_in.clear();
    consequence_in.resize(n + 1, false);
    for (j, h) in hits_with(RoleSet::CONSEQUENCE).iter().enumerate() {
        if h.roles.consequence && active(j) {
            let p = place[j];
            let looks_back = words.get(p.w1 + 1).is_some_and(|w| &norm.buf[w.start..w.end] == "have");
            if !looks_back {
                consequence_in[stretch[j]] = true;
            }
        }
    }
    // A cautious word that acts on the proposal as its object (*urged
    // members to vote it down*, *we will fight it*) judges the proposal,
    // whatever the tense: it is never the problem the proposal answers.
    // Only *it* in the cue or right after it: a noun after it (*reconsider
    // its proposals*) may name another party's plan. Two more forms are the
    // speaker's own act against the proposal, never how things stand:
    // - the proposal named by its general noun, after *to*, *against*, *of*
    //   or *on* and *the*, *this* or *that* (*a legal challenge to the
    //   decision*, *an appeal against the plan*; not *its plan*);
    // - the act the speaker calls on others to take, the cue right after
    //   the *to* of a verb of asking at most eight words before it in its
    //   clause (*called on member states to reject them*, *urged the board
    //   to delay*).
    // Read only for the few cautious cues, a few words around each.
    let acts_on_it = |c: &Cue| {
        let p = place[c.hit];
        let at = |k: usize| words.get(k).filter(|w| w.clause == p.clause).map(|w| &norm.buf[w.start..w.end]);
        if norm.buf[hits[c.hit].start..hits[c.hit].end].contains(" it ") || at(p.w1 + 1) == Some("it") {
            return true;
        }
        let named = matches!(at(p.w1 + 1), Some("to" | "against" | "of" | "on"))
            && matches!(at(p.w1 + 2), Some("the" | "this" | "that"))
            && hits[c.hit + 1..]
                .iter()
                .zip(&place[c.hit + 1..])
                .take_while(|(_, q)| q.w0 <= p.w1 + 3)
                .any(|(h, q)| h.roles.anchor && q.w0 == p.w1 + 3 && q.clause == p.clause);
        let called = p.w0 >= 1
            && at(p.w0 - 1) == Some("to")
            && (p.w0.saturating_sub(8)..p.w0 - 1).any(|k| {
                at(k).is_some_and(|t| {
                    matches!(t, "urge" | "urges" | "urged" | "urging" | "appeal" | "appeals" | "appealed" | "appealing")
                        || matches!(t, "ask" | "asks" | "asked" | "asking" | "press" | "pressed" | "pressing")
                        || (matches!(t, "call" | "calls" | "called" | "calling") && at(k + 1) == Some("on"))
                })
            });
        named || called
    };
    let consequence = |c: &Cue| consequence_in[stretch[c.hit]] || traded.contains(&place[c.hit].sentence);
    // A verdict on the proposal ("it looks good on paper", "a white
    // elephant") judges it, and is never told as how things stand.
    let told_as_state = &mut scratch.told_as_state;
    told_as_state.clear();
    told_as_state.extend(cues.iter().map(|c| {
        c.class == CueClass::Cautious && !c.negated && !hits[c.hit].roles.verdict && !consequence(c) && !acts_on_it(c)
    }));
    for c in cues.iter_mut() {
        if c.class == CueClass::Event && !c.negated && !consequence(c) {
            c.mods.push((c.hit, "state", lex.settings.state_factor));
        }
    }

    // A speaker who defers the question ("a matter for the health board",
    // "declined to say whether") takes no side: every cue of the words
    // counts `deflection_factor`.
    let deflection = hits_with(RoleSet::DEFLECTION)
        .iter()
        .enumerate()
        .find(|&(j, h)| h.roles.deflection && active(j))
        .map(|(j, _)| j);
    if let Some(m) = deflection {
        for c in cues.iter_mut() {
            c.mods.push((m, "deflection", lex.settings.deflection_factor));
        }
    }

    // Words of procedure that a body says it will carry out ("will review
    // the notice and determine whether the service is necessary", "would
    // be considered in line with the plan") lay out how it will decide:
    // the cues after them in their sentence name what it will weigh, not a
    // side it takes, and count `PROCEDURE`, cited as `procedure`. Not a
    // process the speaker argues for ("move this process forward").
    // A role stated ("our role is to") announces its own step, and reaches
    // only the rest of its clause ("my job is to protect them, and this
    // wall will ruin them" still warns).
    let role = |j: usize| norm.buf[hits[j].start..hits[j].end].ends_with(" to");
    // A side declined: a position or a view ("has not taken a view"), or a
    // comment.
    // (By word: "reviewed" holds "view" but declines nothing.)
    let sided = |t: &str| t.split(' ').any(|w| matches!(w, "position" | "positions" | "view"));
    let declined = |j: usize| {
        let t = &norm.buf[hits[j].start..hits[j].end];
        sided(t) || t.starts_with("comment")
    };
    // A standing refusal to judge ("we do not take a position on", "does
    // not comment on", "it hasn't taken a view"); not a step that was
    // missed ("did not consider the harm"). Reported speech puts the
    // standing refusal in the past ("the association did not take a
    // position on mergers"), so *did* is a refusal before a position or a
    // view, though not before a comment, which may be one point let pass.
    // A refusal that carries its own *no* ("takes no view") is one as it
    // stands.
    let refused = |j: usize| {
        let t = &norm.buf[hits[j].start..hits[j].end];
        if t.starts_with("no ") || t.contains(" no ") {
            return true;
        }
        let w0 = place[j].w0;
        declined(j)
            && (w0.saturating_sub(2)..w0).any(|k| {
                words[k].clause == place[j].clause
                    && matches!(
                        &norm.buf[words[k].start..words[k].end],
                        "not" | "don't" | "doesn't" | "hasn't" | "haven't" | "hadn't"
                    )
                    && (k == 0 || sided(t) || !matches!(&norm.buf[words[k - 1].start..words[k - 1].end], "did"))
            })
    };
    let announced = |j: usize| {
        if role(j) || refused(j) {
            return true;
        }
        let w0 = place[j].w0;
        (w0.saturating_sub(2)..w0).any(|k| {
            words[k].clause == place[j].clause
                && matches!(&norm.buf[words[k].start..words[k].end], "will" | "would" | "shall" | "'ll")
        })
    };
    // A body that refuses to take a side on the question itself (a
    // position, a view, the merits; not a comment, which a company may
    // decline on one point and argue on another) states its part for all
    // its words: a deference (see `deference`).
    let standing = hits_with(RoleSet::PROCEDURAL).iter().enumerate().position(|(j, h)| {
        // The role first: the hit's text is sliced only for the few words
        // of procedure.
        h.roles.procedural && active(j) && {
            let t = &norm.buf[h.start..h.end];
            (t.contains("position") || t.contains("view") || t.ends_with("merits")) && refused(j)
        }
    });
    let mut procedure_at: Option<(usize, usize)> = None;
    let mut next_cue = 0;
    for (j, h) in hits_with(RoleSet::PROCEDURAL).iter().enumerate() {
        if procedure_at.is_some_and(|(m, s)| s != place[j].sentence || (role(m) && place[m].clause != place[j].clause))
        {
            procedure_at = None;
        }
        if next_cue < cues.len() && cues[next_cue].hit == j {
            if let Some((m, _)) = procedure_at {
                cues[next_cue].mods.push((m, "procedure", PROCEDURE));
            }
            next_cue += 1;
        }
        if h.roles.procedural && active(j) && procedure_at.is_none() && announced(j) {
            procedure_at = Some((j, place[j].sentence));
        }
    }
    // A deferral is part of the procedure it defers: a word of timing just
    // before a step of procedure in its clause ("had not yet taken a
    // position", "too early to comment", "has not yet received an
    // application") says the body has not judged, not that the plan comes
    // too soon; and the condition of a sentence whose main clause announces
    // the step ("if members reject the deal, the two sides would return to
    // the table") says when the step comes, not a side. Both count
    // `PROCEDURE`, cited as `procedure`. One pass over hits, cues in order.
    let step = &mut scratch.step;
    step.clear();
    step.resize(sentences, None);
    for (j, h) in hits_with(RoleSet::PROCEDURAL).iter().enumerate() {
        let s = place[j].sentence;
        if h.roles.procedural && active(j) && step[s].is_none() && announced(j) {
            step[s] = Some(j);
        }
    }
    let mut next_proc = 0;
    for c in cues.iter_mut() {
        let i = c.hit;
        let p = place[i];
        while next_proc < hits.len() && (next_proc <= i || !hits[next_proc].roles.procedural) {
            next_proc += 1;
        }
        let timing = matches!(
            &norm.buf[hits[i].start..hits[i].end],
            "not yet" | "too early" | "too soon" | "premature" | "yet to"
        );
        let deferred = timing
            && hits.get(next_proc).is_some_and(|_| {
                let q = place[next_proc];
                q.clause == p.clause && q.w0 > p.w1 && q.w0 <= p.w1 + 3
            });
        let condition = step[p.sentence].is_some_and(|m| m > i && c.mods.iter().any(|d| d.1 == "conditional"));
        // So is one just before a verb of receiving or reckoning whose
        // subject is the body itself ("the commission had not yet received
        // a merger filing", "it has not yet estimated the cost"): the body
        // telling where its own work stands, not that the plan falls short.
        // Not those waiting on someone else ("residents had not yet
        // received a letter", "the county has not yet confirmed the
        // route"): a complaint. Only the few words around the cue, in its
        // clause.
        // The same for a decision not yet made ("the government had not yet
        // decided how it would fund it", "she has not yet decided how to
        // vote"), whoever has still to make it: the question left open, not
        // a fault found. And for a body's own signature still to come ("the
        // corporation had not yet signed the agreement").
        let reckoned = timing && {
            let at = |k: usize| words.get(k).filter(|w| w.clause == p.clause).map_or("", |w| &norm.buf[w.start..w.end]);
            let verb = if at(p.w1 + 1) == "been" { p.w1 + 2 } else { p.w1 + 1 };
            let perfect = p.w0 >= 2 && matches!(at(p.w0 - 1), "had" | "has" | "have");
            let own = perfect
                && match at(p.w0 - 2) {
                    "it" => true,
                    "office" | "department" | "commission" | "agency" | "authority" | "ministry" | "regulator"
                    | "government" | "corporation" | "council" | "board" | "committee" => {
                        p.w0 >= 3 && at(p.w0 - 3) == "the"
                    }
                    _ => false,
                };
            // Nor has it yet formed or taken its own view ("the ministry
            // had not yet formed a position on the bill"): a body's
            // deliberation in progress, not a shortfall of the plan.
            (perfect && at(p.w1 + 1) == "decided")
                || own
                    && matches!(
                        at(verb),
                        "received" | "estimated" | "calculated" | "formed" | "taken" | "adopted" | "reached" | "signed"
                    )
        };
        if deferred {
            c.mods.push((next_proc, "procedure", PROCEDURE));
        } else if reckoned {
            c.mods.push((i, "procedure", PROCEDURE));
        } else if condition {
            let m = step[p.sentence].unwrap_or(i);
            c.mods.push((m, "procedure", PROCEDURE));
        }
    }
    // An event named as the moment something else happens ("will publish
    // its plan 48 hours before the strike begins", "would run more buses
    // once the closure took effect") dates a step, not a judgement of the
    // event: the cue counts `PROCEDURE`, cited as `procedure`. Only a
    // start ("begins", "takes effect", "comes into force"), and only after
    // a step announced earlier in its sentence ("will", "would"): an end
    // or what follows ("when the war ends", "after the closure, trade
    // fell") is part of the case, and so is a start that leads its
    // sentence ("once the closure starts, my shop is finished"). Each cue
    // reads its own few neighbours and at most `STEP_REACH` words back.
    const STEP_REACH: usize = 16;
    let word = |k: usize| words.get(k).map_or("", |w| &norm.buf[w.start..w.end]);
    for c in cues.iter_mut() {
        let p = place[c.hit];
        let dated = p.w0 >= 3
            && matches!(word(p.w0 - 2), "before" | "once" | "until" | "when")
            && matches!(word(p.w0 - 1), "the" | "any")
            && match word(p.w1 + 1) {
                "begins" | "began" | "begin" | "starts" | "started" | "start" => true,
                "takes" | "took" | "take" => word(p.w1 + 2) == "effect",
                "comes" | "came" | "come" => word(p.w1 + 2) == "into",
                _ => false,
            }
            && (p.w0.saturating_sub(2 + STEP_REACH)..p.w0 - 2)
                .rev()
                .any(|k| words[k].sentence == p.sentence && matches!(word(k), "will" | "would" | "shall" | "'ll"));
        if dated {
            c.mods.push((c.hit, "procedure", PROCEDURE));
        }
    }
    // A date given as the earliest a step can come ("a vote could come as
    // soon as Jan. 13", "the board could approve it as soon as next week")
    // is a timetable, not eagerness: *soon* counts `PROCEDURE`, cited as
    // `procedure`. Only *as soon as* before a word of the calendar; a
    // clause after it ("would sign it as soon as it reaches my desk") or
    // "as soon as possible" is the speaker's own hurry, and counts. Only
    // the cue's own few neighbours are read.
    let calendar = |k: usize| {
        let w = word(k);
        matches!(
            w,
            "next"
                | "this"
                | "tomorrow"
                | "today"
                | "tonight"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "jan"
                | "february"
                | "feb"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "aug"
                | "september"
                | "sept"
                | "sep"
                | "october"
                | "oct"
                | "november"
                | "nov"
                | "december"
                | "dec"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
        ) || w.starts_with(|ch: char| ch.is_ascii_digit())
    };
    for c in cues.iter_mut() {
        let p = place[c.hit];
        if &norm.buf[hits[c.hit].start..hits[c.hit].end] != "soon" {
            continue;
        }
        if p.w0 >= 1 && word(p.w0 - 1) == "as" && word(p.w1 + 1) == "as" && calendar(p.w1 + 2) {
            c.mods.push((c.hit, "procedure", PROCEDURE));
        }
    }
    // An objection invited within a window ("the public will have 30 days
    // to file objections", "officers were asked to forward objections, if
    // any, within 15 days") is a step of the procedure, not one raised:
    // the cue counts `PROCEDURE`, cited as `procedure`. Only a window of
    // days, weeks or months; objections lodged or upheld stay a case.
    // Only the few cues that name an objection read their neighbours.
    let span = |k: usize| matches!(word(k), "days" | "weeks" | "months");
    for c in cues.iter_mut() {
        let p = place[c.hit];
        let t = &norm.buf[hits[c.hit].start..hits[c.hit].end];
        if !(t.starts_with("objection") || t.starts_with("complaint")) {
            continue;
        }
        let before = p.w0 >= 3
            && matches!(word(p.w0 - 1), "file" | "lodge" | "submit" | "raise" | "make" | "send" | "forward")
            && word(p.w0 - 2) == "to"
            && span(p.w0 - 3);
        let after = (p.w1 + 1..(p.w1 + 6).min(words.len()))
            .any(|k| words[k].sentence == p.sentence && word(k) == "within" && (span(k + 2) || span(k + 3)));
        if before || after {
            c.mods.push((c.hit, "procedure", PROCEDURE));
        }
    }

    // What happens without action ("if we do nothing, it will get worse")
    // is the problem the proposal fixes: the harm in the sentence's other
    // clauses argues for it.
    let mut inaction: Option<(usize, usize, usize)> = None;
    for (j, h) in hits_with(RoleSet::INACTION).iter().enumerate() {
        if h.roles.inaction && active(j) && notes[place[j].sentence].first_inaction.is_none() {
            notes[place[j].sentence].first_inaction = Some(j);
        }
    }
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if inaction.is_none_or(|(_, _, s)| s != q.sentence) {
            inaction = notes[q.sentence].first_inaction.map(|m| (m, place[m].clause, q.sentence));
        }
        if let Some((m, clause, _)) = inaction {
            let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
            if q.clause != clause && value < 0.0 {
                c.mods.push((m, "problem", lex.settings.inaction_factor));
            }
        }
    }

    // What follows from saying no ("the council would be on weak legal
    // ground if it turned it down", "if we reject this, the jobs go
    // elsewhere", "refusing the plans would put the town at risk of an
    // appeal") is the cost of refusal, so a speaker who warns of it argues
    // for the proposal, as with inaction: the harm counts scaled by
    // `inaction_factor`, cited as `problem`. The refusal itself, told as a
    // supposition, is nobody's stand: cues inside it count nothing. Only a
    // refusal supposed (*if* at most four words before it) or named as the
    // subject of a prospect (a gerund opening its clause, with a modal
    // later in the sentence), and only of a thing (*reject it*, *refuse
    // the application*, *refuse a scheme*, *turn this down*, *say no*):
    // not *refuse to* (a negator),
    // where what is refused is some other step. Read only for views that
    // name a refusal; one pass over their words, and cues find their
    // sentence's refusal by binary search.
    let refusal_words = gates.holds(Gate::Reject)
        || gates.holds(Gate::Refus)
        || gates.holds(Gate::Down)
        || gates.holds(Gate::Say)
        || gates.holds(Gate::Said);
    let mut refusals: Vec<(usize, usize, usize)> = Vec::new();
    // The "if" of each refusal supposed: a supposition, not a condition
    // set on support (see the conditional caveat below).
    let mut supposing: Vec<usize> = Vec::new();
    if refusal_words {
        let same = |a: usize, b: usize| b < words.len() && words[a].sentence == words[b].sentence;
        let thing = |k: usize| {
            matches!(
                word(k),
                "it" | "this"
                    | "that"
                    | "them"
                    | "these"
                    | "those"
                    | "the"
                    | "such"
                    | "our"
                    | "their"
                    | "its"
                    | "a"
                    | "an"
            )
        };
        for k in 0..words.len() {
            let w = word(k);
            // The last word of the refusal and its object's first word.
            let end = if w.starts_with("reject") || (w.starts_with("refus") && w != "refusal") {
                (same(k, k + 1) && thing(k + 1)).then_some(k + 1)
            } else if matches!(w, "say" | "says" | "said" | "saying") {
                // Saying no to it ("if the city says no, the plant goes
                // elsewhere") refuses the proposal itself.
                (same(k, k + 1) && word(k + 1) == "no").then_some(k + 1)
            } else if matches!(w, "turn" | "turns" | "turned" | "turning" | "vote" | "votes" | "voted" | "voting") {
                (k + 1..k + 5)
                    .take_while(|&j| same(k, j) && words[j].clause == words[k].clause)
                    .find(|&j| word(j) == "down")
            } else {
                None
            };
            let Some(end) = end else { continue };
            let supposed = (k.saturating_sub(4)..k).find(|&j| same(j, k) && word(j) == "if");
            let opens = k == 0 || words[k - 1].clause != words[k].clause;
            let subject = (opens
                && w.ends_with("ing")
                && (end + 1..words.len())
                    .take_while(|&j| same(k, j))
                    .any(|j| matches!(word(j), "would" | "will" | "could")))
            .then_some(k);
            if let Some(start) = supposed.or(subject) {
                refusals.push((words[k].sentence, start, end));
            }
            // In word order, as each refusal's first "if" in its window.
            supposing.extend(supposed);
        }
    }
    for c in cues.iter_mut() {
        if refusals.is_empty() {
            break;
        }
        let q = place[c.hit];
        let i = refusals.partition_point(|r| r.0 < q.sentence);
        let Some(&(_, start, end)) = refusals.get(i).filter(|r| r.0 == q.sentence) else { continue };
        if (start..=end).contains(&q.w0) {
            // A refusal already read as the condition of a step of
            // procedure ("if members reject it, the sides return to the
            // table") keeps that reading.
            c.suppressed |= !c.mods.iter().any(|m| m.1 == "procedure");
            continue;
        }
        let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
        if value < 0.0 && !c.mods.iter().any(|m| m.1 == "problem") {
            c.mods.push((c.hit, "problem", lex.settings.inaction_factor));
        }
    }

    // A harm made harder ("would make cheating harder", "makes fraud less
    // likely", "made flooding more difficult"): the step curbs the harm, so
    // the harm argues for it, scaled by `inaction_factor` and cited as
    // `problem`, and the comparative, there the harm's and not the
    // speaker's burden, counts nothing. Only a harm as the object of
    // *make*, at most three words after it and right before the
    // comparative, in one clause: "it makes life harder" keeps its
    // complaint. Read only for views that say "make" or "made"; one pass
    // over their words, and cues find their span by binary search.
    let mut curbed: Vec<(usize, usize)> = Vec::new();
    if gates.holds(Gate::Mak) || gates.holds(Gate::Made) {
        let text = |k: usize| word_text(norm, words, k);
        for k in 0..words.len() {
            if !matches!(text(k), "make" | "makes" | "making" | "made") {
                continue;
            }
            let near = |j: usize| j < words.len() && words[j].clause == words[k].clause;
            // The comparative's first word, two to four words on.
            let comparative = (k + 2..k + 5).take_while(|&j| near(j)).find(|&j| {
                matches!(text(j), "harder" | "tougher" | "rarer")
                    || (matches!(text(j), "more" | "less") && near(j + 1) && {
                        let next = text(j + 1);
                        matches!((text(j), next), ("more", "difficult") | ("less", "likely") | ("less", "common"))
                    })
            });
            if let Some(j) = comparative {
                curbed.push((k, j));
            }
        }
    }
    let mut harmed = vec![false; curbed.len()];
    let span_of = |q: Place| {
        let i = curbed.partition_point(|r| r.1 < q.w0);
        curbed.get(i).filter(|r| r.0 < q.w0).map(|&(start, end)| (i, start, end))
    };
    for c in cues.iter_mut() {
        if curbed.is_empty() {
            break;
        }
        let q = place[c.hit];
        let Some((i, start, end)) = span_of(q) else { continue };
        // The harm ends right before the comparative.
        let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
        if q.w1 + 1 == end && start < q.w0 && value < 0.0 && !c.mods.iter().any(|m| m.1 == "problem") {
            c.mods.push((c.hit, "problem", lex.settings.inaction_factor));
            harmed[i] = true;
        }
    }
    for c in cues.iter_mut() {
        if !harmed.contains(&true) {
            break;
        }
        if let Some((i, _, end)) = span_of(place[c.hit]) {
            c.suppressed |= harmed[i] && place[c.hit].w0 == end;
        }
    }

    // How things stand ("has had a free ride for too long", "right now we
    // are not winning"): the harm in the sentence is the problem a proposal
    // answers, unless the sentence names a proposal or looks ahead. A modal
    // inside what a word of assurance covers ("right now we can't guarantee
    // a crew will turn up") is the thing assured, not a look ahead: the
    // sentence still tells how things stand. Each modal reads at most four
    // words back, in its own clause.
    let assured = |k: usize| {
        (k.saturating_sub(4)..k).any(|i| {
            words[i].clause == words[k].clause
                && matches!(word(i), "guarantee" | "guarantees" | "promise" | "promises" | "sure" | "certain")
        })
    };
    let spoiling = RoleSet::STATUS_QUO.with(RoleSet::ANCHOR).with(RoleSet::CONSEQUENCE);
    for (j, h) in hits_with(spoiling).iter().enumerate() {
        let s = place[j].sentence;
        if h.roles.status_quo && active(j) && notes[s].status.is_none() {
            notes[s].status = Some(j);
        }
        if (h.roles.anchor || (h.roles.consequence && !assured(place[j].w0))) && active(j) {
            notes[s].spoils = true;
        }
    }
    // A verdict on the proposal ("for years we've seen this movie") is
    // never the problem it answers, here or in the readings below.
    for c in cues.iter_mut() {
        let s = place[c.hit].sentence;
        let Some(m) = notes[s].status.filter(|_| !notes[s].spoils && !hits[c.hit].roles.verdict) else { continue };
        let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
        if value < 0.0 && !c.mods.iter().any(|m| m.1 == "problem") {
            c.mods.push((m, "problem", lex.settings.status_quo_factor));
        }
    }
    // The same holds for a harm the speakers themselves have lived through,
    // told in the perfect ("we have sprayed, we have dumped standing water",
    // "I've had rats", "we have received complaints"): an experience up to
    // now, the state a proposal would change. Cited at the harm itself; not
    // in a sentence that names a proposal or looks ahead, and not a negated
    // cue. Only the first person: a third party's perfect is as often the
    // doer's conduct or a report of someone's stand ("the trust has failed
    // to", "has asked the state to reject it").
    // The walk over words runs only when a cue could take the reading: a
    // harm not negated, in a sentence that does not spoil it, not yet read
    // as a problem (most views have none).
    let lasting = &mut scratch.lasting;
    lasting.clear();
    lasting.resize(sentences, false);
    let takes_lasting = |c: &Cue| {
        let s = place[c.hit].sentence;
        !notes[s].spoils
            && !c.negated
            && !hits[c.hit].roles.verdict
            && c.mods.iter().fold(c.base, |v, m| v * m.2) < 0.0
            && !c.mods.iter().any(|m| m.1 == "problem")
    };
    let lasting_walk = if cues.iter().any(takes_lasting) { &words[..] } else { &[] };
    for (k, w) in lasting_walk.iter().enumerate() {
        // Every opening below (*i've*, *we've*, *i*, *we*) is a word of at
        // most five bytes that starts with *i* or *w*: the rest are ruled
        // out before the word is sliced.
        if w.end - w.start > 5 || !matches!(norm.buf.as_bytes()[w.start], b'i' | b'w') {
            continue;
        }
        let text = &norm.buf[w.start..w.end];
        let word = |j: usize| words.get(j).filter(|n| n.sentence == w.sentence).map(|n| &norm.buf[n.start..n.end]);
        let verb = match text {
            "i've" | "we've" => k + 1,
            "i" | "we" if matches!(word(k + 1), Some("have" | "had")) => k + 2,
            _ => continue,
        };
        let verb = if matches!(word(verb), Some("also" | "already" | "just" | "always" | "all" | "repeatedly")) {
            verb + 1
        } else {
            verb
        };
        // A perfect of speech or protest ("we have warned", "we have always
        // opposed") tells a stand taken, not a state lived through.
        let stand = matches!(
            word(verb),
            Some(
                "said"
                    | "told"
                    | "warned"
                    | "argued"
                    | "asked"
                    | "raised"
                    | "opposed"
                    | "objected"
                    | "complained"
                    | "written"
                    | "called"
                    | "urged"
                    | "fought"
                    | "campaigned"
                    | "protested"
                    | "made"
                    | "heard"
            )
        );
        let marks = !stand && word(verb).is_some_and(participle);
        lasting[w.sentence] |= marks;
    }
    for c in cues.iter_mut() {
        let s = place[c.hit].sentence;
        if !lasting[s] || notes[s].spoils || c.negated || hits[c.hit].roles.verdict {
            continue;
        }
        let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
        if value < 0.0 && !c.mods.iter().any(|m| m.1 == "problem") {
            // Whose problem it is is no longer open: the event counts in
            // full, for the change, rather than as a `state` either side
            // might tell.
            c.mods.retain(|m| m.1 != "state");
            c.mods.push((c.hit, "problem", lex.settings.status_quo_factor));
        }
    }

    // A harm told as what has befallen someone, in the present perfect
    // whose verb is the harm itself ("the town has lost its last bank", "a
    // village that has been overwhelmed every summer"): an experience up
    // to now, the state a proposal would change, whoever lived it. Unlike
    // the first person's perfect above, the harm must be the participle,
    // so that a third party's conduct ("has failed to listen", "has chosen
    // to strike") stays out, and it must be a negative event (not a
    // cautious cue, which judges). Not after a modal ("would have lost",
    // the cost of a choice); not done by the thing itself or by others to
    // the speaker ("it has cost us", "they have taken away our berth");
    // not of a judgement ("the opposition has been overwhelming" weighs a
    // stand, not a harm); not in a sentence that names a proposal or looks
    // ahead. Not the past perfect either: in reported speech it as often
    // tells what followed a step already taken ("had been stranded since
    // the route opened"). Each event reads at most four words back in its
    // clause, and finds a judgement before the perfect by binary search.
    let judged = &mut scratch.judged;
    judged.clear();
    judged.extend(cues.iter().filter(|c| c.class == CueClass::Cautious).map(|c| place[c.hit].w1));
    judged.sort_unstable();
    for c in cues.iter_mut() {
        let p = place[c.hit];
        if c.class != CueClass::Event
            || c.negated
            || notes[p.sentence].spoils
            || hits[c.hit].roles.verdict
            || !c.mods.iter().any(|m| m.1 == "state")
        {
            continue;
        }
        let in_clause = |k: usize| words[k].clause == p.clause;
        let aux = (p.w0.saturating_sub(4)..p.w0)
            .rev()
            .take_while(|&k| in_clause(k))
            .find(|&k| !matches!(word_text(norm, words, k), "been" | "already" | "also" | "just" | "always" | "long"))
            .filter(|&k| {
                let w = word_text(norm, words, k);
                matches!(w, "has" | "have") || (w.ends_with("'ve") && !matches!(w, "they've" | "you've"))
            });
        let Some(aux) = aux else { continue };
        let subject = aux.checked_sub(1).filter(|&b| in_clause(b));
        if subject.is_some_and(|b| judged.binary_search(&b).is_ok()) {
            continue;
        }
        let before = subject.map(|b| word_text(norm, words, b));
        if before.is_some_and(|b| {
            matches!(b, "will" | "would" | "could" | "should" | "must" | "might" | "may" | "to")
                || matches!(b, "it" | "this" | "they" | "you")
        }) {
            continue;
        }
        c.mods.retain(|m| m.1 != "state");
        c.mods.push((c.hit, "problem", lex.settings.status_quo_factor));
    }

    // A reason told as a state of affairs ("we walked out because we
    // couldn't keep our patients safe", "they sleep in class because they
    // are exhausted"): the harm in a finite "because" clause is what drove
    // the action, how things stood, so the problem the change answers,
    // like a harm dated to the present. Not "because of" (a noun: "moved
    // the final because of the risks" cites a danger ahead); not "not
    // because" (a reason denied); not a clause about the thing itself
    // ("because it is unfair", "because this will cost jobs"), and not in
    // a sentence that names a proposal or looks ahead (`spoils`: "because
    // the plan is flawed", "because the fee would hurt"). Cited as
    // `problem` at the harm. Read only for views that say "because", and
    // back from the cue through at most twelve words of its clause.
    if gates.holds(Gate::Because) {
        for c in cues.iter_mut() {
            let q = place[c.hit];
            // A reason denied ("we voted for it not because we love it",
            // "profits rose not because of better management but because
            // rates rose") is one the speaker does not hold: its cue counts
            // nothing. Only the words after "not because" up to a "but" or
            // the end of the clause (the reason given after "but because"
            // stands), and not "not only because" or "not just because",
            // which keep the reason and add one.
            let denied = (q.w0.saturating_sub(12)..q.w0)
                .rev()
                .take_while(|&k| words[k].clause == q.clause && word_text(norm, words, k) != "but")
                .find(|&k| word_text(norm, words, k) == "because")
                .is_some_and(|k| {
                    k.checked_sub(1)
                        .is_some_and(|b| words[b].sentence == q.sentence && word_text(norm, words, b) == "not")
                });
            if denied {
                c.suppressed = true;
                continue;
            }
            if notes[q.sentence].spoils || hits[c.hit].roles.verdict || c.mods.iter().any(|m| m.1 == "problem") {
                continue;
            }
            let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
            if value >= 0.0 {
                continue;
            }
            let reason = (q.w0.saturating_sub(12)..q.w0)
                .rev()
                .take_while(|&k| words[k].clause == q.clause)
                .find(|&k| word_text(norm, words, k) == "because")
                .is_some_and(|k| {
                    let before = k.checked_sub(1).filter(|&b| words[b].sentence == q.sentence);
                    k + 1 < q.w0
                        && before.is_none_or(|b| word_text(norm, words, b) != "not")
                        && !matches!(
                            word_text(norm, words, k + 1),
                            "of" | "it" | "it's" | "this" | "that" | "these" | "those"
                        )
                });
            if reason {
                c.mods.push((c.hit, "problem", lex.settings.status_quo_factor));
            }
        }
    }

    // A stated preference ("I'd rather take the offer now than fight the
    // same fight in spring"): the harm after "than" is what the speaker's
    // choice avoids, so it argues for that choice, like a harm told of
    // inaction; cited as `problem` at the harm itself. Only the split form
    // after "would" or "'d": in "rather than" the rejected thing may be
    // the proposal itself. One pass over words, then one over cues; the
    // words only of a view that says "rather" at all.
    let than = &mut scratch.than;
    than.clear();
    than.resize(sentences, None);
    let mut rather: Option<(usize, usize)> = None;
    let rather_walk = if gates.holds(Gate::Rather) { &words[..] } else { &[] };
    for (k, w) in rather_walk.iter().enumerate() {
        let text = &norm.buf[w.start..w.end];
        if text == "rather" && k > 0 && words[k - 1].sentence == w.sentence {
            let before = &norm.buf[words[k - 1].start..words[k - 1].end];
            let modal = before == "would"
                || before.ends_with("'d")
                || (k > 1 && matches!(before, "far" | "much") && {
                    let b2 = &norm.buf[words[k - 2].start..words[k - 2].end];
                    b2 == "would" || b2.ends_with("'d")
                });
            if modal {
                rather = Some((k, w.sentence));
            }
        } else if text == "than" {
            if let Some((_, sentence)) = rather.filter(|&(r, s)| s == w.sentence && k > r + 1) {
                than[sentence].get_or_insert(k);
            }
        }
    }
    for c in cues.iter_mut() {
        let q = place[c.hit];
        if than[q.sentence].is_none_or(|t| q.w0 <= t) {
            continue;
        }
        let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
        if value < 0.0 && !c.mods.iter().any(|m| m.1 == "problem") {
            c.mods.push((c.hit, "problem", lex.settings.inaction_factor));
        }
    }

    // Praise granted only to be undercut ("sounds nice until you count the
    // clubs", "outdoor cinema is great until it is midnight outside your
    // window"): what the speaker says a thing is *until* something happens
    // is the claim they knock down, and the clause after *until* is their
    // point. A praise word right after a present verb of being or seeming
    // (*is*, *sounds*, *looks*, *seems*, *feels*, *it's*; an adverb such as
    // *very* may stand between), with *until* at most three words on in
    // its sentence and a person or pronoun after it, counts reversed,
    // cited as `echo`. Not a state that lasts to a date (*is free until
    // May*, *stays open until the pier is built*), nor the past (*was fine
    // until the mill closed*: how things stood before a change). Read only
    // for views that say "until".
    if gates.holds(Gate::Until) {
        let seeming = |k: usize| {
            let t = word_text(norm, words, k);
            matches!(t, "is" | "are" | "sounds" | "sound" | "looks" | "look" | "seems" | "seem" | "feels" | "feel")
                || (t.len() > 2 && t.ends_with("'s"))
        };
        for c in cues.iter_mut() {
            if c.class == CueClass::Event || c.base <= 0.0 || c.negated {
                continue;
            }
            let q = place[c.hit];
            let same = |k: usize| k <= last && words[k].sentence == q.sentence;
            // The undercut opens a clause of its own with a person or a
            // pronoun (*until you count*, *until it's two o'clock*), where
            // a state that lasts runs to a date or an event (*is free until
            // May*, *is open until the end of March*).
            let undercut = (q.w1 + 1..=q.w1 + 4).take_while(|&k| same(k)).any(|k| {
                word_text(norm, words, k) == "until"
                    && same(k + 1)
                    && matches!(
                        word_text(norm, words, k + 1),
                        "you"
                            | "you're"
                            | "it"
                            | "it's"
                            | "they"
                            | "they're"
                            | "we"
                            | "we're"
                            | "i"
                            | "i'm"
                            | "he"
                            | "she"
                            | "someone"
                            | "somebody"
                            | "anyone"
                            | "anybody"
                            | "people"
                            | "your"
                    )
            });
            if !undercut {
                continue;
            }
            let before = q.w0.checked_sub(1).filter(|&k| words[k].sentence == q.sentence);
            let verb = before.is_some_and(|k| {
                seeming(k)
                    || (matches!(word_text(norm, words, k), "very" | "really" | "all" | "so" | "pretty" | "quite")
                        && k.checked_sub(1).is_some_and(|j| words[j].sentence == q.sentence && seeming(j)))
            });
            if verb {
                c.mods.push((c.hit, "echo", -1.0));
            }
        }
    }

    // A wish that the next sentence takes back: "We'd love to help. We
    // don't have the staff", "I'd love to do this. I just don't know who
    // pays for it", "People love the idea. We just don't want the
    // traffic". A wish (*would love*, *'d like*), or fondness (*love*)
    // that the next sentence narrows with *just*, followed at once by a
    // sentence whose subject, the speaker (*I*, *we*), has not, knows not
    // or wants not, is granted to be withdrawn: the sentence after is the
    // speaker's point, and the praise of the wished sentence counts
    // reversed, cited as `echo`. Not when the denial leans for the plan
    // (*We don't see any downside*, *We can't wait*), nor of others (*They
    // didn't let us down*); plain fondness and a plain denial ("I love
    // this harbour. We don't want to lose it") is a supporter's worry; and
    // a "But" sentence is left to the contrast reading, which weighs the
    // two halves. One pass over the cues, which are few.
    {
        // Whether the cue is a wish (`Some(true)`), fondness
        // (`Some(false)`) or neither.
        let fond = |c: &Cue| {
            // The cue itself first: the word before it is read only for
            // *love* and *like* (this is asked twice of every cue).
            if c.base <= 0.0 || c.negated {
                return None;
            }
            let q = place[c.hit];
            let love = match word_text(norm, words, q.w0) {
                "love" | "loves" | "loved" => true,
                "like" => false,
                _ => return None,
            };
            let wished = q.w0.checked_sub(1).is_some_and(|k| {
                let t = word_text(norm, words, k);
                words[k].sentence == q.sentence && (t == "would" || t.ends_with("'d"))
            });
            match (love, wished) {
                (true, _) => Some(wished),
                (false, true) => Some(true),
                (false, false) => None,
            }
        };
        // Whether the sentence after `sentence` opens with a person who
        // has, knows or wants not: `Some(narrowed)`, with *just* or
        // *simply* before the denial.
        // (The lean of each sentence after a fond cue, summed in one pass
        // over the cues, and the words found by bisection: a long view
        // with many wishes costs no more than one pass per wish.)
        let mut after: Vec<usize> =
            cues.iter().filter(|c| fond(c).is_some()).map(|c| place[c.hit].sentence + 1).collect();
        after.sort_unstable();
        after.dedup();
        let mut lean_after = vec![0.0; after.len()];
        if !after.is_empty() {
            for c in cues.iter() {
                if let Ok(i) = after.binary_search(&place[c.hit].sentence) {
                    lean_after[i] += c.mods.iter().fold(c.base, |v, m| v * m.2);
                }
            }
        }
        let withdrawn = |sentence: usize| {
            let k = words.partition_point(|w| w.sentence <= sentence);
            if words.get(k).is_none_or(|w| w.sentence != sentence + 1) {
                return None;
            }
            let t = |j: usize| words.get(j).filter(|w| w.sentence == sentence + 1).map(|w| &norm.buf[w.start..w.end]);
            if !matches!(t(k), Some("i" | "we")) {
                return None;
            }
            let narrowed = matches!(t(k + 1), Some("just" | "simply"));
            let j = if narrowed || t(k + 1) == Some("still") { k + 2 } else { k + 1 };
            let denied =
                matches!(t(j), Some("don't" | "can't" | "cannot" | "haven't" | "didn't" | "won't" | "couldn't"))
                    || (matches!(t(j), Some("do" | "can" | "have" | "did")) && t(j + 1) == Some("not"));
            let eager = matches!(t(j + 1), Some("wait")) || t(j + 2) == Some("wait");
            let leans = after.binary_search(&(sentence + 1)).map_or(0.0, |i| lean_after[i]);
            (denied && !eager && leans <= 0.0).then_some(narrowed)
        };
        let mut wishes: Vec<usize> = cues
            .iter()
            .filter_map(|c| {
                let wish = fond(c)?;
                let sentence = place[c.hit].sentence;
                withdrawn(sentence).filter(|&narrowed| wish || narrowed).map(|_| sentence)
            })
            .collect();
        wishes.sort_unstable();
        wishes.dedup();
        if !wishes.is_empty() {
            for c in cues.iter_mut() {
                if c.class != CueClass::Event
                    && wishes.binary_search(&place[c.hit].sentence).is_ok()
                    && c.mods.iter().fold(c.base, |v, m| v * m.2) > 0.0
                {
                    c.mods.push((c.hit, "echo", -1.0));
                }
            }
        }
    }

    // A supporter's reservation: "supported the goal but worried that
    // teachers would enforce it". Support before a "but" and a warning after
    // it are both the speaker's position: the "but" does not tip the scale,
    // and the utterance counts on both sides (see `two_sided`).
    let but = |m: &(usize, &'static str, f64)| m.1 == "contrast" && hits[m.0].roles.contrast;
    let pre = |c: &Cue| c.mods.iter().filter(|m| !but(m)).fold(c.base, |v, m| v * m.2);
    // A supporter's demand: "welcomed the investment but wanted guarantees
    // that local firms would get the work", "backed the plan but would need
    // to see the costs". What follows a verb of wanting set just after the
    // "but" is the condition the speaker puts on its support; its hopeful
    // words ("get the work", "on budget") say what should be true, not
    // what the proposal does, so they are no praise: the words after the
    // "but" are a reservation like any other (read below). Only the past or
    // third-person forms of reported speech and a modal "need" count: a
    // plain "but we need it" is urgency, not a demand. Gated on the "but"
    // hits of the words, a few words after each.
    for &j in contrasts.iter() {
        let p = place[j];
        let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
        let Some(at) = (p.w1 + 1..p.w1 + 4).find(|&k| match text(k) {
            Some("wanted" | "wants" | "needed" | "insisted" | "demanded") => true,
            Some("need") => matches!(text(k - 1), Some("would" | "will")),
            _ => false,
        }) else {
            continue;
        };
        // The demand runs to the end of its sentence, or to a clause that
        // comments on it ("..., which is welcome news"): that is the
        // speaker's own word on the matter again.
        let stop = (at + 1..)
            .take_while(|&k| text(k).is_some())
            .find(|&k| words[k].clause != words[k - 1].clause && text(k) == Some("which"))
            .unwrap_or(usize::MAX);
        let supported = lead_in >= RESERVATION
            || cues
                .iter()
                .any(|c| c.counts() && c.base > 0.0 && c.mods.iter().any(|x| x.0 == j && but(x) && x.2 < 1.0));
        if supported {
            for c in cues.iter_mut() {
                let w0 = place[c.hit].w0;
                if w0 > at
                    && w0 < stop
                    && c.counts()
                    && pre(c) > 0.0
                    && c.mods.iter().any(|x| x.0 == j && but(x) && x.2 > 1.0)
                {
                    c.suppressed = true;
                }
            }
        }
    }
    // Support for a general aim, then a "but" that withholds it from this
    // proposal ("backs cleaner rivers but cannot back this levy", "is all
    // for cycling but not at the expense of the market"): the aim is a
    // bare noun phrase of at most four words after a word of backing, no
    // article or pronoun naming a thing of the story, and the "but" is
    // followed at once by a denial. What is supported is not the proposal,
    // so there is no reservation: the support, withheld, counts against
    // (cited as `withheld` at the "but"), so that a refusal in words no cue
    // knows ("but can't vote for it") still leans. Gated on the "but"
    // hits, a few words on either side of each.
    for &j in contrasts.iter() {
        let p = place[j];
        let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
        let denial = |k: usize| matches!(text(k), Some("not" | "cannot" | "can't" | "won't" | "wouldn't" | "couldn't"));
        if !(denial(p.w1 + 1) || (matches!(text(p.w1 + 1), Some("it" | "we" | "they")) && denial(p.w1 + 2))) {
            continue;
        }
        let bare = |from: usize| {
            (1..=4).contains(&(p.w0 - from))
                && (from..p.w0).all(|k| {
                    words[k].clause == words[from].clause
                        && !matches!(
                            text(k),
                            None | Some(
                                "the"
                                    | "this"
                                    | "that"
                                    | "these"
                                    | "those"
                                    | "it"
                                    | "its"
                                    | "their"
                                    | "our"
                                    | "his"
                                    | "her"
                                    | "a"
                                    | "an"
                                    | "any"
                                    | "some"
                                    | "such"
                                    | "plan"
                                    | "plans"
                                    | "proposal"
                                    | "scheme"
                            )
                        )
                })
        };
        // Only a word of backing has an aim for its object: praise
        // ("good news for drivers but not for riders") judges a thing.
        let backing = |k: usize| {
            text(k).is_some_and(|w| {
                ["support", "back", "favo", "champion", "welcom"].iter().any(|s| w.starts_with(s))
                    || (w == "for" && text(k.wrapping_sub(1)) == Some("all"))
            })
        };
        // An action with its object ("supports charging visitors") is the
        // proposal's own step, not an aim: then the "but" is a reservation.
        let action = |k: usize| k + 2 < p.w0 && text(k + 1).is_some_and(|w| w.ends_with("ing"));
        let Some(k) = (p.w0.saturating_sub(5)..p.w0).find(|&k| backing(k) && bare(k + 1) && !action(k)) else {
            continue;
        };
        // (Only the cues between the word of backing and the "but": cues
        // are in the order of their hits, so a run-on of many such "but"s
        // reads each cue a bounded number of times.)
        let lo = cues.partition_point(|c| place[c.hit].w0 < k);
        let hi = cues.partition_point(|c| c.hit < j);
        for c in cues[lo..hi.max(lo)].iter_mut() {
            let q = place[c.hit];
            if q.sentence == p.sentence
                && q.w0 >= k
                && q.w1 < p.w0
                && c.counts()
                && pre(c) > 0.0
                && c.mods.iter().any(|x| x.0 == j && but(x) && x.2 < 1.0)
            {
                c.mods.retain(|x| !(x.0 == j && but(x)));
                c.mods.push((j, "withheld", -1.0));
            }
        }
    }
    let (mut support, mut warning, mut marker) = (lead_in.max(0.0), 0.0, None);
    for c in cues.iter().filter(|c| c.counts()) {
        if let Some(m) = c.mods.iter().find(|m| but(m)) {
            if m.2 < 1.0 {
                support += pre(c).max(0.0);
            } else {
                warning += (-pre(c)).max(0.0);
                marker = marker.or(Some(m.0));
            }
        }
    }
    // A supporter's "but" followed by words that carry no cue at all
    // ("supported the goal but not this scheme", "well designed, but their
    // uptake should be watched"): the reservation is there even though no
    // word of it can be weighed. It counts against the support in full, as
    // a `caveat` cited at the "but", and the utterance counts on both sides.
    // The support must include a word of the cue lexicon: general
    // sentiment ("most people are lovely, but it only takes one") is too
    // loose to be support for the proposal. A denied objection ("no
    // objection in principle but", "not opposed, but") is support too.
    // Not an objection heard or understood ("he understood people's
    // worries but nothing leaves the site untreated"): the "but" after it
    // opens the answering side's reply, not a reservation.
    let supports = |c: &Cue| c.base > 0.0 || (c.negated && c.class == CueClass::Cautious && !c.answered);
    let mut caveat: Option<(usize, f64)> = None;
    // The same when the words after the "but" weigh only faintly ("supports
    // greater transparency but wants the rule to allow delays", where only
    // *delays* is a cue, and a weak one): the reservation is still there,
    // and the caveat makes up what the faint cue leaves of the support.
    // Not after support that is itself hedged ("Maybe it's safe. But ..."):
    // that is a sceptic's shrug before the point, not support; not when
    // anything after the "but" leans for the proposal, nor when it waves
    // the point away ("but that does not matter when ...").
    if let Some(m) = marker.filter(|&m| {
        support >= RESERVATION
            && warning > 0.0
            && warning < RESERVATION
            && !cues
                .iter()
                .any(|c| c.counts() && pre(c) > 0.0 && c.mods.iter().any(|x| x.0 == m && but(x) && x.2 > 1.0))
            && !dismissed(norm, words, place[m].w0)
            && cues.iter().any(|c| {
                c.counts()
                    && supports(c)
                    && pre(c) > 0.0
                    && !hits[c.hit].roles.backoff
                    && !c.mods.iter().any(|x| x.1 == "hedge")
                    && c.mods.iter().any(|x| x.0 == m && but(x) && x.2 < 1.0)
            })
    }) {
        caveat = Some((m, support - warning));
        warning = support;
    }
    if marker.is_none() && support >= RESERVATION {
        let after =
            |m: usize| cues.iter().any(|c| c.counts() && c.mods.iter().any(|x| x.0 == m && but(x) && x.2 > 1.0));
        let says_more = |m: usize| {
            let w = place[m].w1 + 1;
            w <= last && words[w].sentence == place[m].sentence
        };
        marker = cues
            .iter()
            .filter(|c| c.counts() && supports(c) && pre(c) > 0.0 && !hits[c.hit].roles.backoff)
            .filter_map(|c| c.mods.iter().find(|x| but(x) && x.2 < 1.0).map(|x| x.0))
            .find(|&m| !after(m) && says_more(m));
        if let Some(m) = marker {
            caveat = Some((m, support));
            warning = support;
        }
    }
    // The same after support told by the reporting verb alone ("welcomed
    // any earlier closure but said consumers should not pay for it"): a
    // "but" with at most a faint warning after it is a reservation, and
    // weighs as much as the verb.
    if marker.is_none() && caveat.is_none() && lead_in >= RESERVATION && warning < RESERVATION {
        let says_more = |j: usize| {
            let w = place[j].w1 + 1;
            w <= last && words[w].sentence == place[j].sentence
        };
        if let Some(j) = contrasts.iter().copied().find(|&j| says_more(j)) {
            caveat = Some((j, lead_in - warning));
            warning = lead_in;
            marker = Some(j);
        }
    }
    // And when the warning after that "but" has a cue of its own that
    // weighs less than the verb ("welcomed the plan but said it would
    // leave parents scrambling"): a warning in words the lexicon knows
    // must not weigh less than one in words it does not, so the caveat
    // makes up the rest, as for a faint warning after support in words.
    if let Some(m) = marker.filter(|&m| {
        caveat.is_none()
            && support == lead_in
            && lead_in >= RESERVATION
            && warning < lead_in
            && hits[m].roles.contrast
            && !dismissed(norm, words, place[m].w0)
            && !cues.iter().any(|c| c.counts() && pre(c) > 0.0 && c.mods.iter().any(|x| x.0 == m && but(x)))
    }) {
        caveat = Some((m, lead_in - warning));
        warning = lead_in;
    }
    // Support on a condition set after it ("would not oppose the closure
    // if the company guaranteed retraining"): the condition is a caveat as
    // well, whatever its own words, and weighs as much as the support.
    if caveat.is_none() && marker.is_none() && !question {
        // Not when the condition is only the proposal going ahead ("would
        // welcome the investment if the scheme went ahead", "if it is
        // approved"): that frames the support, it sets no terms on it. Read in
        // the few words of the condition's own clause.
        let adoption = |j: usize| {
            let p = place[j];
            let text = |k: usize| {
                words
                    .get(k)
                    .filter(|w| w.clause == words[p.w1].clause && w.sentence == p.sentence)
                    .map(|w| &norm.buf[w.start..w.end])
            };
            let rest: Vec<&str> = (p.w1 + 1..p.w1 + 7).map_while(text).collect();
            rest.len() <= 5
                && rest.iter().enumerate().any(|(i, &w)| {
                    matches!(w, "approved" | "adopted" | "proceeds" | "proceeded" | "passes" | "passed")
                        || (w == "ahead" && i > 0 && matches!(rest[i - 1], "go" | "goes" | "went" | "going" | "gone"))
                })
        };
        // Nor when the condition is what the speaker gains by it ("I don't
        // mind paying if it means I can park safely"): "if it means" gives
        // the reason for the support, not terms set on it.
        let motive = |j: usize| {
            let p = place[j];
            let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
            matches!(text(p.w1 + 1), Some("it" | "that" | "this")) && text(p.w1 + 2) == Some("means")
        };
        let condition = hits_with(RoleSet::CONDITIONAL).iter().enumerate().find(|&(j, h)| {
            active(j)
                && h.roles.conditional
                && h.start > 0
                && supposing.binary_search(&place[j].w0).is_err()
                && !adoption(j)
                && !motive(j)
                && {
                    // The support must be in the condition's own report:
                    // after "and that" the words report another point ("that
                    // genuine use would be exempt, and that stalls would be
                    // allowed as long as ..."), and the condition is its own.
                    // The nearest such "that" before the condition, read in
                    // at most 40 words back.
                    let w0 = place[j].w0;
                    let opens = (w0.saturating_sub(40).max(1)..w0).rev().find(|&k| {
                        words[k].sentence == words[w0].sentence
                            && word_text(norm, words, k) == "that"
                            && word_text(norm, words, k - 1) == "and"
                    });
                    let another = |c: &Cue| opens.is_some_and(|k| place[c.hit].w0 < k);
                    let before = cues.iter().filter(|c| {
                        c.hit < j
                            && !another(c)
                            && place[c.hit].sentence == place[j].sentence
                            && c.counts()
                            && !hits[c.hit].roles.backoff
                            && pre(c) > 0.0
                    });
                    before.map(pre).sum::<f64>() >= RESERVATION
                }
        });
        if let Some((j, _)) = condition {
            let held: f64 = cues
                .iter()
                .filter(|c| c.hit < j && place[c.hit].sentence == place[j].sentence && c.counts() && pre(c) > 0.0)
                .map(pre)
                .sum();
            caveat = Some((j, held));
        }
    }
    // Words that weigh both sides ("the evidence was mixed", "it cuts both
    // ways") state a mixed position whatever else is said: each side gets
    // `balance_weight`, cited as `balance` at the words, and the utterance
    // counts on both sides as a reservation does.
    // Not when the words deny it ("was forced to deny the cabinet was
    // split").
    let denied = |j: usize| {
        let w0 = place[j].w0;
        (w0.saturating_sub(6)..w0).any(|k| {
            words[k].sentence == words[w0].sentence
                && matches!(word_text(norm, words, k), "deny" | "denied" | "denies" | "denying" | "not" | "never")
        })
    };
    let balance = hits_with(RoleSet::BALANCE)
        .iter()
        .enumerate()
        .find(|&(j, h)| h.roles.balance && active(j) && !denied(j))
        .map(|(j, _)| j);
    let mut reservation: Option<(usize, f64)> = None;
    // Which cues follow a "but" in their sentence, noted before a
    // reservation takes the contrast away: the warning of a reservation
    // ("would benefit members, but warned the bay would not be enough") is
    // the speaker's own point, not a harm told as how things stand.
    let later = &mut scratch.later;
    later.clear();
    later.extend(cues.iter().map(|c| c.mods.iter().any(|m| m.1 == "contrast" && m.2 > 1.0)));
    if let (true, Some(m)) = (support >= RESERVATION && warning >= RESERVATION, marker) {
        let mut delta = 0.0;
        for c in cues.iter_mut() {
            let with = c.mods.iter().fold(c.base, |v, m| v * m.2);
            c.mods.retain(|m| !(m.1 == "contrast" && hits[m.0].roles.contrast));
            if c.counts() {
                delta += c.mods.iter().fold(c.base, |v, m| v * m.2) - with;
            }
        }
        reservation = Some((m, delta));
    }

    // A concession that grants the proposal a point, then a counter in
    // the same words ("The wage offer is genuinely strong. But schedules
    // decide votes"; "they do help, but the cost is ..."): both halves are
    // the speaker's position, read as a balance. The granted sentence must
    // not lean against (a conceded harm, "it will hurt, no question, but
    // it is worth it", is a supporter's), nor the counter lean for it or
    // wave the point away ("but that hardly matters", "worth it").
    let folded = |c: &Cue| if c.counts() { c.mods.iter().fold(c.base, |v, m| v * m.2) } else { 0.0 };
    let (mut conceded, mut concedes, mut counter) = (None, None, false);
    if !question && balance.is_none() {
        if let Some((k0, k1)) = concession_at(norm, words) {
            // The granted half ends at a counter in its own sentence ("it
            // was the right goal, but the design is flawed"): the warning
            // after the "but" is the other half, not the grant.
            let found = counter_at(norm, words, k1 + 1, false);
            let end = found.filter(|&k| words[k].sentence == words[k0].sentence).unwrap_or(usize::MAX);
            let granted: f64 = cues
                .iter()
                .filter(|c| place[c.hit].sentence == words[k0].sentence && place[c.hit].w0 < end)
                .map(folded)
                .sum();
            if granted >= 0.0 {
                match found {
                    Some(k) => {
                        let rest: f64 = cues.iter().filter(|c| place[c.hit].w0 >= k).map(folded).sum();
                        // One part of a camp against another weighs both
                        // only when each part says something of the plan.
                        let part = matches!(word_text(norm, words, k0), "some" | "half");
                        let weighed = !part || (granted > 0.0 && rest < 0.0);
                        if rest <= 0.0 && weighed && !dismissed(norm, words, k) {
                            conceded = Some((k0, k1));
                        }
                    }
                    None => concedes = Some((k0, k1)),
                }
            }
        }
        counter = counter_at(norm, words, 0, true).is_some_and(|k| !dismissed(norm, words, k));
    }
    // Reported speech's concession: a granted point, then a warning after
    // a "but" ("the logic of the measure was sound, but warned that earlier
    // attempts had failed"; "the case was strong but cautioned that ...").
    // Both halves are the speaker's position, read as a balance as a
    // concession phrase is. The granted words need no cue of their own
    // (most such grants, *sound*, *strong*, *needed*, are none), but must
    // not lean against, nor the warning lean for the plan; and a
    // reservation that already reads the "but" is left to stand. The "but"
    // then tips neither half. Only the "but" hits of the words are tried.
    if !question && conceded.is_none() && reservation.is_none() && caveat.is_none() && balance.is_none() {
        let warned = contrasts.iter().copied().find(|&j| {
            let p = place[j];
            words.get(p.w1 + 1).is_some_and(|w| {
                w.sentence == p.sentence && matches!(&norm.buf[w.start..w.end], "warned" | "cautioned")
            })
        });
        if let Some(j) = warned {
            let p = place[j];
            let first = words[..p.w0].partition_point(|w| w.sentence < p.sentence);
            let granted: f64 =
                cues.iter().filter(|c| place[c.hit].w0 < p.w0 && place[c.hit].sentence == p.sentence).map(folded).sum();
            let rest: f64 = cues.iter().filter(|c| place[c.hit].w0 > p.w1).map(folded).sum();
            if p.w0 >= first + 2 && granted >= 0.0 && rest <= 0.0 && !dismissed(norm, words, p.w1) {
                conceded = Some((first, p.w0 - 1));
                // The "but" weighs the halves against each other and does
                // not tip the scale, as with a supporter's reservation.
                for c in cues.iter_mut() {
                    c.mods.retain(|m| !(m.0 == j && m.1 == "contrast"));
                }
            }
        }
    }
    let concede_span = |(k0, k1): (usize, usize)| {
        let (s, _) = norm.article_span(article, words[k0].start, words[k0].end);
        let (_, e) = norm.article_span(article, words[k1].start, words[k1].end);
        (s, e)
    };
    let mut evidence = Vec::new();
    let mut states = Vec::new();
    let mut deltas: Vec<(usize, &'static str, f64)> = Vec::new();
    let mut raw = 0.0;
    let mut stance_raw = 0.0;
    if let Some((m, w)) = caveat {
        raw -= w;
        stance_raw -= w;
        let h = &hits[m];
        let (s, e) = norm.article_span(article, h.start, h.end);
        evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: -w, kind: "caveat" });
    }
    // The disclaimer defers to the position stated around it: when that
    // leans optimistic ("I've got nothing against music. But two in the
    // morning? Flats would be a blessing", "we support the tolls; nobody
    // is against them"), it only concedes or repeats a point.
    let position: f64 = disclaimer
        .map_or(0.0, |_| cues.iter().filter(|c| c.counts()).map(|c| c.mods.iter().fold(c.base, |v, x| v * x.2)).sum());
    // A verb that is a cue of its own ("would accept") already counts as
    // the speaker's support: the hypothetical adds nothing to it.
    let own = |v: usize| cues.iter().any(|c| place[c.hit].w0 == v && c.counts());
    if let Some((v, end)) = willing.filter(|&(v, _)| !own(v)) {
        raw += WILLING;
        stance_raw += WILLING;
        let (s, _) = norm.article_span(article, words[v].start, words[v].end);
        let (_, e) = norm.article_span(article, words[end].start, words[end].end);
        evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: WILLING, kind: "willing" });
    }
    // The evasion leans cautious unless a cue after it in its clause
    // praises what the proposal will do, or a "but" after it (in its
    // sentence, or opening the next) makes it a point conceded to critics
    // ("retailers might simply pass the cost on, but demand still falls").
    let praised = |k: usize| {
        cues.iter().any(|c| {
            let q = place[c.hit];
            q.w0 > k && q.clause == words[k].clause && c.counts() && c.mods.iter().fold(c.base, |v, m| v * m.2) > 0.0
        })
    };
    let granted = |k: usize| {
        let sentence = words[k].sentence;
        contrasts.iter().any(|&j| place[j].w0 > k && place[j].sentence == sentence)
            || notes.get(sentence + 1).is_some_and(|n| n.opens.is_some())
    };
    if let Some(k) = evasion.filter(|&k| !question && !praised(k) && !granted(k)) {
        raw -= EVASION;
        stance_raw -= EVASION;
        let (s, _) = norm.article_span(article, words[k - 1].start, words[k - 1].end);
        let (_, e) = norm.article_span(article, words[k].start, words[k].end);
        evidence.push(Evidence {
            text: article[s..e].to_string(),
            start: s,
            end: e,
            weight: -EVASION,
            kind: "evasion",
        });
    }
    if let Some((k, end)) = untenable {
        raw += UNTENABLE;
        stance_raw += UNTENABLE;
        let (s, _) = norm.article_span(article, words[k].start, words[k].end);
        let (_, e) = norm.article_span(article, words[end].start, words[end].end);
        evidence.push(Evidence {
            text: article[s..e].to_string(),
            start: s,
            end: e,
            weight: UNTENABLE,
            kind: "problem",
        });
    }
    if let Some(m) = balance {
        let h = &hits[m];
        let (s, e) = norm.article_span(article, h.start, h.end);
        let w = lex.settings.balance_weight;
        for weight in [w, -w] {
            evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight, kind: "balance" });
        }
    }
    if let Some(k) = conceded {
        let (s, e) = concede_span(k);
        let w = lex.settings.balance_weight;
        for weight in [w, -w] {
            evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight, kind: "balance" });
        }
    }
    // A claim the speaker hands back to those who made it: "They told us
    // it would be good for the neighborhood", "You say it's going to go
    // where the calls are", "We keep being told that food security is
    // national security", "They say the quota is small", "I'm told he'd
    // sit down with me". News speakers quote the other side's promise in
    // their own words to doubt it (every such frame in the labelled sets
    // does), so the claim is not their position: its cues count reversed,
    // cited as `echo` (a reported warning, "they said it would ruin the
    // high street", is then a supporter's rebuttal), and a claim with no
    // cue, which can only be the proposal's case, leans cautious. The
    // claim runs from the frame to the end of its sentence or its first
    // "but" ("They say it's for the neighborhood, but ..."). Only "they"
    // or "you" with *say*, *said*, *claim*, *tell us*, *told us*,
    // *promised us*, the same repeated (*they keep telling us*, *you keep
    // saying*), and *we*/*I* told or promised (*we are told*, *I'm
    // told*, *we keep being told*, *we've been told*); not a question put
    // to the speaker. The
    // claim is the clause after the frame, up to a "but".
    let hearsay = if question
        || !(gates.holds(Gate::Told)
            || gates.holds(Gate::Tell)
            || gates.holds(Gate::Say)
            || gates.holds(Gate::Said)
            || gates.holds(Gate::Promise))
    {
        None
    } else {
        let word = |k: usize| words.get(k).map(|w| &norm.buf[w.start..w.end]);
        (0..words.len()).find_map(|k| {
            let end = match word(k)? {
                "they" | "you" => match word(k + 1)? {
                    "say" | "said" | "claim" | "claimed" => k + 1,
                    "tell" | "told" | "promise" | "promised" if matches!(word(k + 2), Some("us" | "me")) => k + 2,
                    // The claim repeated: "they keep telling us", "you
                    // keep saying".
                    "keep" | "kept" => match word(k + 2)? {
                        "saying" | "claiming" => k + 2,
                        "telling" | "promising" if matches!(word(k + 3), Some("us" | "me")) => k + 3,
                        _ => return None,
                    },
                    _ => return None,
                },
                "we're" | "i'm" => match word(k + 1)? {
                    "told" | "promised" => k + 1,
                    _ => return None,
                },
                // The contracted perfect: "we've been told", "I'd been
                // promised".
                "we've" | "i've" | "we'd" | "i'd" => match (word(k + 1)?, word(k + 2)) {
                    ("been", Some("told" | "promised")) => k + 2,
                    _ => return None,
                },
                "we" | "i" => match (word(k + 1)?, word(k + 2)) {
                    ("are" | "am" | "were" | "was", Some("told" | "promised")) => k + 2,
                    ("keep", Some("being")) if word(k + 3) == Some("told") => k + 3,
                    ("have" | "had", Some("been")) if matches!(word(k + 3), Some("told" | "promised")) => k + 3,
                    _ => return None,
                },
                _ => return None,
            };
            let sentence = words[k].sentence;
            let clause = words.get(end + 1).filter(|w| w.sentence == sentence)?.clause;
            // Not a frame set aside in the middle of its sentence ("the
            // lynx, they say, would cut the costs", "if it brings the jobs
            // like they say, I am for it"): the claim is the words before
            // it, and what follows is the speaker's own. An aside between
            // commas splits a subject from its verb, which comes next; a
            // frame after a fronted clause ("when they came, they told us,
            // 'nobody will leave'") opens its claim.
            let before = k.checked_sub(1).filter(|&b| words[b].sentence == sentence);
            let aside = |b: usize| {
                words[b].clause != words[k].clause
                    && words[end].clause != clause
                    && word(end + 1).is_some_and(|w| {
                        MODALS.contains(&w) || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                    })
            };
            if before.is_some_and(|b| matches!(word(b), Some("as" | "like")) || aside(b)) {
                return None;
            }
            // Nor what the tellers said of themselves ("they told us
            // they're falling asleep in class", "they tell me they feel
            // unsafe"): their own experience, which the speaker passes on
            // as testimony, not a promise handed back; a promise of theirs
            // ("they told us they'd build a school", "they're going to")
            // stays one.
            let told = matches!(word(k + 1), Some("tell" | "told" | "keep" | "kept"));
            let of_themselves = match (word(end + 1), word(end + 2)) {
                (Some("they're"), next) => next != Some("going"),
                (Some("they"), Some(verb)) => {
                    matches!(
                        verb,
                        "are" | "were" | "feel" | "felt" | "can't" | "cannot" | "couldn't" | "don't" | "didn't"
                    ) && word(end + 3) != Some("going")
                }
                _ => false,
            };
            if told && word(k) == Some("they") && of_themselves {
                return None;
            }
            let mut last = (end + 1..words.len()).take_while(|&j| words[j].clause == clause).last()?;
            if let Some(j) = contrasts.iter().copied().find(|&j| place[j].w0 > end && place[j].w0 <= last) {
                last = place[j].w0 - 1;
            }
            // A claim the speaker confirms or judges next ("they promised
            // us a better library and they kept their word", "we were told
            // it would help, and it has", "they told us seven days a week,
            // which is great news") is not doubted.
            let judged = words.get(last + 1).is_some_and(|w| w.sentence == sentence)
                && matches!(word(last + 1), Some("and" | "which"))
                || (end + 1..last).any(|j| {
                    word(j) == Some("and") && matches!(word(j + 1), Some("it" | "they" | "he" | "she" | "we" | "i"))
                });
            // Unless what follows doubts it ("we've been told there will be
            // no redundancies, and I'll believe that when I see it"): a
            // cautious cue later in the sentence.
            // (The cues stand in the order of their hits, so those after
            // the claim are found by binary search and read only to the
            // sentence's end: a scan of them all per claim made a quote of
            // many handed-back claims quadratic.)
            let doubted = judged && {
                let after = cues.partition_point(|c| place[c.hit].w0 <= last);
                cues[after..]
                    .iter()
                    .take_while(|c| place[c.hit].sentence == sentence)
                    .any(|c| c.class == CueClass::Cautious && c.counts())
            };
            let them = matches!(word(k), Some("they" | "you"));
            (last > end && (!judged || doubted)).then_some((k, end, last, them))
        })
    };
    if let Some((k, end, last, them)) = hearsay {
        let mut any = false;
        for c in cues.iter_mut() {
            let q = place[c.hit];
            if q.w0 <= end || q.w0 > last || !c.counts() {
                continue;
            }
            any = true;
            let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
            c.suppressed = true;
            let h = &hits[c.hit];
            let (s, e) = norm.article_span(article, h.start, h.end);
            raw -= value;
            if c.class != CueClass::Event {
                stance_raw -= value;
            }
            evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: -value, kind: "echo" });
        }
        // Only a claim handed back to "them" or "you" leans by itself:
        // what the speaker was told ("I'm told the review is next year")
        // may be plain hearsay of a fact.
        if !any && them {
            raw -= HEARSAY;
            stance_raw -= HEARSAY;
            let (s, _) = norm.article_span(article, words[k].start, words[k].end);
            let (_, e) = norm.article_span(article, words[end].start, words[end].end);
            evidence.push(Evidence {
                text: article[s..e].to_string(),
                start: s,
                end: e,
                weight: -HEARSAY,
                kind: "echo",
            });
        }
    }
    // Each counted cue is cited once, and each of its modifiers at most
    // once more: room for all of them at once, where pushing one at a time
    // regrew the lists (a view with no counted cue reserves nothing).
    let (counted, modifiers) = cues.iter().filter(|c| c.counts()).fold((0, 0), |(n, m), c| (n + 1, m + c.mods.len()));
    evidence.reserve(counted + modifiers + usize::from(reservation.is_some()));
    deltas.reserve(modifiers + usize::from(reservation.is_some()));
    // Where each modifier's entry in `deltas` is, once there are many.
    let mut delta_at: Option<rustc_hash::FxHashMap<(usize, &'static str), usize>> = None;
    for (ci, c) in cues.iter().enumerate() {
        if !c.counts() {
            continue;
        }
        let value = c.mods.iter().fold(c.base, |v, m| v * m.2);
        raw += value;
        if c.class != CueClass::Event {
            stance_raw += value;
        }
        let h = &hits[c.hit];
        let (s, e) = norm.article_span(article, h.start, h.end);
        if value < 0.0 && (c.mods.iter().any(|m| m.1 == "state") || (told_as_state[ci] && !later[ci])) {
            let kind = if c.class == CueClass::Event { "state" } else { "condition" };
            states.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: value, kind });
        }
        let kind = if c.effect {
            "effect"
        } else if h.roles.backoff {
            "sentiment"
        } else {
            "cue"
        };
        evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: value, kind });
        for &(m, kind, f) in &c.mods {
            let delta = value - value / f;
            let found = match &delta_at {
                Some(at) => at.get(&(m, kind)).copied(),
                None => deltas.iter().position(|d| d.0 == m && d.1 == kind),
            };
            match found {
                Some(i) => deltas[i].2 += delta,
                None => {
                    if let Some(at) = &mut delta_at {
                        at.insert((m, kind), deltas.len());
                    }
                    deltas.push((m, kind, delta));
                    // Past a few dozen modifiers (a quote of thousands of
                    // sentences, each with its "but"), a search of the
                    // list per modifier would make the view quadratic:
                    // index it from here on. Short views, nearly all of
                    // them, keep the cheaper search.
                    if delta_at.is_none() && deltas.len() > DELTA_SCAN {
                        delta_at = Some(deltas.iter().enumerate().map(|(i, d)| ((d.0, d.1), i)).collect());
                    }
                }
            }
        }
    }
    // The reservation is cited at its "but", with the change it made.
    if let Some((m, delta)) = reservation {
        deltas.push((m, "reservation", delta));
    }
    for (m, kind, delta) in deltas {
        if delta.abs() < 1e-9 {
            continue;
        }
        let h = &hits[m];
        let (s, e) = norm.article_span(article, h.start, h.end);
        evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: delta, kind });
    }
    // A speaker who lays out what the proposal will do, with no cautious
    // word, is making its case: a small lean, once per utterance.
    let cautious = cues.iter().any(|c| !c.suppressed && c.mods.iter().fold(c.base, |v, m| v * m.2) < 0.0);
    let about_topic = topic.is_some_and(|t| !t.is_empty()) && on_topic;
    let mut prospect = None;
    let mut prospect_at = None;
    // Words of procedure ("would review the bill", "open for public
    // comment") lay out a process, not the proposal's case; and a negated
    // prospect ("would not take a position") lays out nothing.
    // A speaker who defers the question lays out nothing either.
    let procedure = hits_with(RoleSet::PROCEDURAL).iter().any(|h| h.roles.procedural) || deflection.is_some();
    let negated_next = |i: usize| {
        hits.get(i + 1).is_some_and(|n| {
            n.roles.negator && place[i + 1].w0 <= place[i].w1 + 2 && place[i + 1].clause == place[i].clause
        })
    };
    // Whether any sentence of the words can end in a question mark: one
    // inside the words is in the normalized text (every ASCII byte between
    // a view's words is kept), and only the last word can have one just
    // past the span. The passes that look for a question's end per word
    // run only where this holds (few views ask anything).
    let q_mark = memchr::memchr(b'?', norm.buf.as_bytes()).is_some() || {
        let (_, e) = norm.article_span(article, words[last].start, words[last].end);
        article[e..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ' ']).starts_with('?')
    };
    // Everything below reads a prospect hit: a view with none skips it.
    if about_topic && !cautious && !procedure && played.has(RoleSet::PROSPECT) {
        // What is asked ("how will the buses reach us?", "who will check
        // it?") is doubt, not the proposal's case laid out: a sentence that
        // ends in a question mark gives no prospect. One pass over words.
        let mut open = vec![true; sentences];
        let ends = if q_mark { &words[..] } else { &[] };
        for (k, w) in ends.iter().enumerate() {
            if k == last || words[k + 1].sentence != w.sentence {
                let (_, e) = norm.article_span(article, w.start, w.end);
                let rest = article[e..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ' ']);
                if rest.starts_with('?') {
                    open[w.sentence] = false;
                }
            }
        }
        // A denied plan ("had no plans to", "is not expected to") lays out
        // nothing, and a modal that sets a duty ("would have to meet the
        // criteria", "will need to be approved") states a condition, not
        // what the proposal will do.
        // A form of *be* may stand between a negated subject and *going
        // to* ("nobody is going to buy it on the strength of a study").
        let negated_before = |i: usize| {
            let Some(j) = i.checked_sub(1) else { return false };
            let gap = || {
                place[j].w1 + 2 == place[i].w0
                    && matches!(word_text(norm, words, place[j].w1 + 1), "is" | "are" | "was" | "were")
                    && word_text(norm, words, place[i].w0) == "going"
            };
            hits[j].roles.negator && (place[j].w1 + 1 >= place[i].w0 || gap()) && place[j].clause == place[i].clause
        };
        let duty = |i: usize| {
            let p = place[i];
            let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
            // A modal that requires ("it would require certificates of
            // origin", "the law will require landlords to register") sets
            // the same duty: an official lays out what a rule will demand
            // without taking a side (the lexicon keeps *require* out of the
            // verbs of effect for this reason). Not a burden lifted ("would
            // require far less paperwork", "will require fewer checks").
            // An adverb of time or degree may stand between the modal and
            // the duty ("would now have to start again", "will still need
            // to be approved"): it is stepped over.
            let v = match text(p.w1 + 1) {
                Some("now" | "still" | "also" | "then" | "first" | "probably" | "likely" | "just" | "even") => p.w1 + 2,
                _ => p.w1 + 1,
            };
            matches!(text(v), Some("require"))
                && !(v + 1..v + 3).filter_map(&text).any(|t| matches!(t, "less" | "fewer" | "no"))
                || matches!(text(v), Some("have" | "has" | "need" | "needs")) && text(v + 1) == Some("to")
        };
        // The duty sets the terms of its whole sentence ("would have to
        // meet the criteria before the club could play there"): the open
        // flag of a sentence with one is cleared, in one pass over hits.
        // So does a modal that schedules a decision rather than the plan
        // ("the full council could vote as early as January", "would
        // study it with all stakeholders", "will rule within 30 days"):
        // what is to come is a step of procedure, and an official who
        // lays it out takes no side. Not a vote with its side named
        // ("will vote for it", "would vote against").
        let decision = |i: usize| {
            let p = place[i];
            let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
            // Studying, hearing or discussing is a step of procedure only
            // for a body that decides ("the committee will hear evidence",
            // "it would study it"), not for those the plan serves ("900
            // students would study in the new labs").
            // The subject and whether it is a body are read only by the
            // last tests below, which few modals reach: both are closures.
            let subject = || match text(p.w0) {
                Some(t) if t.contains('\'') => Some(t),
                _ => match p.w0.checked_sub(1).and_then(&text) {
                    // A modal phrase after a form of *be* ("the board is
                    // expected to hear the proposal") has the subject
                    // before it.
                    Some(
                        "also" | "then" | "first" | "now" | "likely" | "probably" | "only" | "is" | "are" | "was"
                        | "were",
                    ) => p.w0.checked_sub(2).and_then(&text),
                    // A second predicate shares the clause's subject ("it
                    // had received the proposal and would study it"):
                    // bounded, a long clause has none to share.
                    // A clause of reported words opens with the
                    // complementizer ("said that it had received the
                    // proposal and would study it"): the subject is the
                    // word after it.
                    Some("and") => (p.w0.saturating_sub(12)..p.w0)
                        .find(|&k| words[k].clause == p.clause)
                        .filter(|&k| k == 0 || words[k - 1].clause != p.clause)
                        .map(|k| if text(k) == Some("that") && k + 1 < p.w0 { k + 1 } else { k })
                        .and_then(&text),
                    w => w,
                },
            };
            let body = || {
                subject().is_some_and(|t| {
                    matches!(
                        t.split('\'').next().unwrap_or(t),
                        "council"
                            | "committee"
                            | "board"
                            | "commission"
                            | "ministry"
                            | "government"
                            | "cabinet"
                            | "parliament"
                            | "assembly"
                            | "court"
                            | "judge"
                            | "regulator"
                            | "panel"
                            | "agency"
                            | "authority"
                            | "department"
                            | "senate"
                            | "house"
                            | "congress"
                            | "legislature"
                            | "tribunal"
                            | "inquiry"
                            | "lawmakers"
                            | "legislators"
                            | "councillors"
                            | "councilors"
                            | "minister"
                            | "ministers"
                            | "members"
                            | "officials"
                            | "staff"
                            | "trustees"
                            | "directors"
                            | "shareholders"
                            | "it"
                            | "they"
                            | "we"
                            | "i"
                            | "he"
                            | "she"
                    )
                })
            };
            // A modal whose own words name a step of procedure schedules it,
            // whoever takes the step: its object is an event of procedure
            // ("would convene a meeting", "will hold a plebiscite", "would
            // issue a written decision", "would raise them at Tuesday's
            // meeting"), or it is the passive of a body's own step ("would
            // be independently evaluated", "will be sent to the council").
            // Read in the modal's clause, at most six words on; not where
            // the proposal provides the room for such events ("the hall
            // would host meetings", "would have hearing loops").
            let provides = matches!(
                text(p.w1 + 1),
                Some("host" | "house" | "provide" | "offer" | "include" | "have" | "create" | "contain" | "feature")
            );
            // The step can also be the subject of a passive modal ("every
            // decision will be made case by case", "amendments to the bill
            // could be offered there"): the six words before it in its
            // clause are read too. Only a passive: a step that acts ("the
            // decision would bring 300 jobs") lays out what the plan does.
            let passive = text(p.w1 + 1) == Some("be");
            let before = (p.w0.saturating_sub(6)..p.w0).filter(|&k| passive && words[k].clause == p.clause);
            let after = (p.w1 + 1..p.w1 + 7).take_while(|&k| words.get(k).is_some_and(|w| w.clause == p.clause));
            // Nor does one that keeps a body's own work going as it is
            // ("would continue to deal with obstructions", "would keep
            // adding fluoride until the state says otherwise"): what goes on
            // is not what the proposal will do. Not what the proposal keeps
            // ("would keep the islands connected", "would continue a
            // tradition").
            let goes_on = match text(p.w1 + 1) {
                Some("continue") => text(p.w1 + 2) == Some("to"),
                Some("keep") => text(p.w1 + 2).is_some_and(|t| t.len() > 4 && t.ends_with("ing")),
                _ => false,
            };
            // So does one said to go on as things are now ("lifeguards would
            // shut the pool if it flooded, as they do now", "the ferry will
            // run as normal"): nothing changes, so nothing is laid out. Read
            // at most fifteen words on, in the sentence; not the second
            // "as" of a comparison ("twice as often as now").
            let as_now = || {
                (p.w1 + 1..p.w1 + 16).take_while(|&k| text(k).is_some()).any(|k| {
                    text(k) == Some("as")
                        && !(k.saturating_sub(3)..k).any(|j| text(j) == Some("as"))
                        && (matches!(text(k + 1), Some("normal" | "usual" | "before" | "now" | "today"))
                            || (matches!(text(k + 1), Some("they" | "it" | "we" | "he" | "she"))
                                && matches!(text(k + 2), Some("do" | "does" | "did" | "have" | "has"))
                                && matches!(text(k + 3), Some("now" | "today" | "currently" | "already"))))
                })
            };
            // The cheap tests first: all three are pure, so the order
            // decides nothing but the cost.
            if goes_on {
                return true;
            }
            let step = !provides
                && before.chain(after).filter_map(&text).any(|t| {
                    matches!(
                        t.split('\'').next().unwrap_or(t),
                        "meeting"
                            | "meetings"
                            | "plebiscite"
                            | "referendum"
                            | "hearing"
                            | "hearings"
                            | "session"
                            | "sessions"
                            | "decision"
                            | "decisions"
                            | "ruling"
                            | "verdict"
                            | "ballot"
                            | "amendment"
                            | "amendments"
                            | "consultation"
                            | "inquiry"
                            | "evaluated"
                            | "assessed"
                            | "reviewed"
                            | "monitored"
                            | "examined"
                            | "scrutinised"
                            | "scrutinized"
                            | "debated"
                            | "referred"
                            | "sent"
                            | "permits"
                            | "permission"
                            | "approval"
                            | "zoning"
                    )
                });
            if step || as_now() {
                return true;
            }
            // A body's own step given its date ("the district will present
            // its options in January", "county staff will post the new signs
            // in April") sets out a timetable, not the proposal's case; not
            // the plan's own progress ("the depot will be finished by May",
            // "it will open in June") nor those it serves ("apprentices
            // would study there from May").
            let named = subject()
                .is_some_and(|t| !matches!(t, "it" | "they" | "we" | "i" | "he" | "she") || BODY_KINDS.contains(&t));
            if named && (body() || subject().is_some_and(|t| BODY_KINDS.contains(&t))) && dated(norm, words, p.w1) {
                return true;
            }
            // A body that says it will carry out an order or a rule ("the
            // corporation would comply fully", "it will implement the
            // ruling") lays out its own next step, not the proposal's case.
            if matches!(next_verb(p.w1, &text), Some("comply" | "abide" | "obey" | "implement" | "enforce"))
                && (body() || subject().is_some_and(|t| BODY_KINDS.contains(&t)))
            {
                return true;
            }
            match text(p.w1 + 1) {
                Some("vote") => !matches!(text(p.w1 + 2), Some("for" | "yes" | "in" | "against" | "no" | "down")),
                // Consulting is the same step ("the minister will engage
                // with the unions before any decision is made").
                Some("study" | "debate" | "hear" | "discuss" | "consult") => body(),
                // What is to come is left open on something not yet
                // settled ("the final shape would depend on talks with the
                // ministry", "its future will hinge on the vote"): whoever
                // says it names a step still to be taken, not a case.
                Some("depend" | "hinge") => text(p.w1 + 2) == Some("on"),
                Some("engage") => body() && text(p.w1 + 2) == Some("with"),
                // Going before a body is its step too ("the request would go
                // before the budget committee in June", "will come before
                // the council"): a body named within four words; not a
                // time ("would come before the election").
                // When the change takes effect ("if approved, it would take
                // effect July 1", "will come into force in June") is its
                // timetable, not its case.
                // A body that takes up a bill, or publishes or issues its
                // guidance, takes its own step ("the committee would take up
                // the bill next week", "the authority would publish
                // guidance").
                // So is when a step takes place ("the vote would take place
                // on April 8").
                Some("take") => {
                    matches!(text(p.w1 + 2), Some("effect" | "place")) || (body() && text(p.w1 + 2) == Some("up"))
                }
                Some("publish" | "issue") => body(),
                Some("go" | "come") if text(p.w1 + 2) == Some("into") => {
                    matches!(text(p.w1 + 3), Some("effect" | "force"))
                }
                Some("go" | "come") => {
                    text(p.w1 + 2) == Some("before")
                        && (p.w1 + 3..p.w1 + 7).filter_map(&text).any(|t| {
                            matches!(
                                t.split('\'').next().unwrap_or(t),
                                "council"
                                    | "committee"
                                    | "board"
                                    | "commission"
                                    | "cabinet"
                                    | "parliament"
                                    | "assembly"
                                    | "court"
                                    | "judge"
                                    | "regulator"
                                    | "panel"
                                    | "senate"
                                    | "congress"
                                    | "legislature"
                                    | "tribunal"
                                    | "voters"
                                    | "councillors"
                                    | "councilors"
                                    | "lawmakers"
                                    | "trustees"
                            )
                        })
                }
                // A body that meets ("will meet on Tuesday"), not a plan
                // that meets a need ("will meet the needs of 400,000
                // homes"); a ruling, not ruling a thing out; weighing a
                // case, not weighing on profits; presenting a thing to a
                // body, not presenting a chance or a risk.
                Some("meet") => {
                    body()
                        && matches!(
                            text(p.w1 + 2),
                            None | Some(
                                "on" | "in"
                                    | "at"
                                    | "to"
                                    | "with"
                                    | "next"
                                    | "this"
                                    | "again"
                                    | "later"
                                    | "before"
                                    | "after"
                            )
                        )
                }
                // A body's standing discretion ("the commission can change
                // the split each year", "the board may revise the rate"):
                // a power it already holds, told as procedure.
                Some("change" | "adjust" | "amend" | "revise" | "revisit" | "decide" | "choose") => {
                    body() && matches!(&norm.buf[hits[i].start..hits[i].end], "can" | "may")
                }
                Some("rule") => text(p.w1 + 2) != Some("out"),
                Some("weigh") => body() && !matches!(text(p.w1 + 2), Some("on" | "heavily")),
                Some("present") => body() && !matches!(text(p.w1 + 2), Some("a" | "an")),
                _ => false,
            }
        };
        // Nor does a price given as a figure ("the change would cost about
        // $410,000 a year"): the terms, not the case (see `priced`).
        let price = |i: usize| {
            let k = place[i].w1 + 1;
            k < words.len()
                && words[k].clause == place[i].clause
                && matches!(word_text(norm, words, k), "cost" | "costs")
                && priced(norm, words, k)
        };
        // Nor do the terms a rule will set, in the passive ("the licence fee
        // would be set at KD 1,200", "markets would be covered by the ban",
        // "each truck would be subject to inspection", "seniors would be
        // eligible for a discount"): an official gives the terms, not the
        // case; what the plan does ("would be used to double capacity")
        // still lays it out.
        let terms = |i: usize| {
            let k = place[i].w1 + 1;
            let text =
                |j: usize| words.get(j).filter(|w| w.clause == place[i].clause).map(|w| &norm.buf[w.start..w.end]);
            // Where the money will come from ("the county's share would
            // come from bonds") is a term of the same kind.
            (text(k) == Some("come") && text(k + 1) == Some("from"))
                || text(k) == Some("be")
                    && matches!(
                        text(k + 1),
                        Some(
                            "set"
                                | "covered"
                                | "subject"
                                | "charged"
                                | "levied"
                                | "applied"
                                | "phased"
                                | "allocated"
                                | "capped"
                                | "exempt"
                                | "exempted"
                                | "eligible"
                                | "billed"
                                | "calculated"
                                | "assessed"
                        )
                    )
        };
        for (i, h) in hits.iter().enumerate() {
            if h.roles.prospect && (duty(i) || price(i) || decision(i) || terms(i)) {
                open[place[i].sentence] = false;
            }
        }
        // A modal inside an indirect question ("explain where the traffic
        // would go", "details of how callers would be handled", "no one
        // could say what it would do") asks what is to come rather than
        // laying it out: a question word opens its clause, at most eight
        // words before it.
        let asked = |i: usize| {
            let p = place[i];
            (p.w0.saturating_sub(8)..p.w0)
                .rev()
                .take_while(|&k| words[k].clause == p.clause)
                .any(|k| matches!(&norm.buf[words[k].start..words[k].end], "how" | "what" | "where" | "whether"))
        };
        // A modal in the consequence of a condition ("If the fee goes up
        // again, I will close on Mondays"; "If ministers mean it, they will
        // pay for it"; "..., otherwise we will be back here next year") says
        // what follows should something happen: often the speaker's own
        // reaction, a demand or a threat. It lays out no case for the
        // proposal. The sentence opens with the condition, or "otherwise"
        // stands before the modal (at most twelve words). The sentence's
        // first word is found by binary search, so a long sentence costs
        // nothing. A condition that is only the proposal's own passage
        // ("If approved, the line would carry 20,000 riders a day") still
        // lays out its case: a participle right after the "if".
        let conditioned = |i: usize| {
            let p = place[i];
            let first = words[..p.w0].partition_point(|w| w.sentence < p.sentence);
            let passage = || first + 1 < p.w0 && word_text(norm, words, first + 1).ends_with("ed");
            let opens = first < p.w0
                && match word_text(norm, words, first) {
                    "if" | "unless" => !passage(),
                    "otherwise" => true,
                    _ => false,
                };
            opens || (p.w0.saturating_sub(12).max(first)..p.w0).any(|k| word_text(norm, words, k) == "otherwise")
        };
        // A modal that gives those it reaches a long trip to make ("they'll
        // have a forty-minute drive", "patients would face a journey of
        // 30 miles") warns of a hardship, with no cue of its own: no case
        // is laid out. A verb of having or facing, *a* or *an*, then a
        // word of travel and a measure of it, within six words of its
        // clause.
        let hardship = |i: usize| {
            let p = place[i];
            let text = |k: usize| words.get(k).filter(|w| w.clause == p.clause).map(|w| &norm.buf[w.start..w.end]);
            let v = p.w1 + 1;
            let span = || (v + 2..v + 8).filter_map(&text);
            matches!(text(v), Some("have" | "face"))
                && matches!(text(v + 1), Some("a" | "an"))
                && span().any(|t| {
                    matches!(t, "drive" | "ride" | "journey" | "trip" | "walk" | "commute" | "round-trip" | "trek")
                })
                && span().any(|t| {
                    t.starts_with(|c: char| c.is_ascii_digit())
                        || ["minute", "mile", "hour", "kilomet", "km"]
                            .iter()
                            .any(|m| t.split('-').any(|part| part.starts_with(m)))
                })
        };
        // The rest of an indirect question's clause is asked too: a time
        // word after its modal ("asking whether their jobs would still be
        // there next year") lays out nothing, however far from the
        // question word; a modal before the question ("a mine that would
        // sit there without anyone able to say what would happen") is not
        // in it. Each clause with an asked modal and the first such
        // modal's word, in reading order (one pass over hits; looked up by
        // binary search). Few views ask anything, so the list is seldom
        // allocated.
        let mut asked_clauses: Vec<(usize, usize)> = Vec::new();
        for (i, h) in hits.iter().enumerate() {
            let p = place[i];
            if h.roles.prospect && asked_clauses.last().is_none_or(|&(c, _)| c != p.clause) && asked(i) {
                asked_clauses.push((p.clause, p.w1));
            }
        }
        let in_asked_clause = |i: usize| {
            let p = place[i];
            asked_clauses.binary_search_by_key(&p.clause, |&(c, _)| c).is_ok_and(|k| asked_clauses[k].1 < p.w0)
        };
        if let Some((i, h)) = hits.iter().enumerate().find(|&(i, h)| {
            h.roles.prospect
                && active(i)
                && !negated_next(i)
                && !negated_before(i)
                && open[place[i].sentence]
                && !asked(i)
                && !in_asked_clause(i)
                && !conditioned(i)
                && !hardship(i)
        }) {
            // A step of protest the speaker will take ("would approach the
            // Supreme Court if the order was not modified", "will ask the
            // minister to intervene", "would appeal") lays out resistance,
            // not the proposal's case: a small cautious lean, cited as
            // `protest` at the modal.
            let against = protest(words, &norm.buf, place[i].w1);
            prospect_at = (!against).then_some(i);
            let w = if against { -lex.settings.prospect_weight } else { lex.settings.prospect_weight };
            let kind = if against { "protest" } else { "prospect" };
            let (s, e) = norm.article_span(article, h.start, h.end);
            prospect = Some(Evidence { text: article[s..e].to_string(), start: s, end: e, weight: w, kind });
        }
    }
    // The valence of an effect clause: where the speaker makes the
    // proposal (or a word for it: "it", "this", "the bill", a topic word)
    // the subject of a verb of effect, with or without a modal ("the bill
    // would force companies to ...", "it gives parents one switch"), the
    // verb says what the proposal does to those it reaches: a benefit
    // leans optimistic, a burden cautious. It is more specific than the
    // blanket prospect, so it replaces it. Not negated ("will not force"),
    // not in a question, and not a burden whose object is a topic word:
    // that is the proposal's own action ("the plan would close the depot"),
    // which leaves the prospect. Only the lexicon's hits are tried. The
    // same for what the affected undergo ("families would pay more"), whose
    // negation turns the lean ("fire engines will not get through").
    if let Some(&(i, sign)) = effects.first().filter(|_| about_topic && !procedure) {
        let sign = if cues.iter().any(|c| c.hit == i && c.negated) { -sign } else { sign };
        let h = &hits[i];
        let (s, e) = norm.article_span(article, h.start, h.end);
        let weight = f64::from(sign) * lex.settings.prospect_weight;
        prospect = Some(Evidence { text: article[s..e].to_string(), start: s, end: e, weight, kind: "effect" });
        prospect_at = (sign > 0).then_some(i);
    }
    // What the other side claims is not the speaker's case laid out.
    if let Some((_, end, last, _)) = hearsay {
        if prospect.as_ref().is_some_and(|p| {
            let (s, _) = norm.article_span(article, words[end].start, words[end].end);
            let (_, e) = norm.article_span(article, words[last].start, words[last].end);
            p.start > s && p.start < e
        }) {
            prospect = None;
            prospect_at = None;
        }
    }
    // The disclaimer defers to a case laid out outside what it denies as
    // well ("I'm not saying it was easy. But the plant will power six
    // million homes"); otherwise it leans cautious, and its speaker lays
    // out no case.
    if let Some((m, k, end)) = disclaimer.filter(|_| position <= 0.0) {
        if prospect_at.is_none_or(|j| place[j].clause == place[m].clause && place[j].w0 < end) {
            prospect = None;
            raw -= DISCLAIMER;
            stance_raw -= DISCLAIMER;
            let (s, _) = norm.article_span(article, hits[m].start, hits[m].end);
            let (_, e) = norm.article_span(article, words[k].start, words[k].end);
            evidence.push(Evidence {
                text: article[s..e].to_string(),
                start: s,
                end: e,
                weight: -DISCLAIMER,
                kind: "disclaimer",
            });
        }
    }
    // A rebuttal by denial defends the plan when what is denied holds no
    // word of praise (*it is not about safety, it is about money* denies
    // the plan's aim and asserts a charge: its negated praise keeps leaning
    // against) and the restatement none of blame: the denied charge counts
    // nothing, and the rebuttal leans for the plan.
    if let Some((m, k, end)) = rebuttal.filter(|_| disclaimer.is_none()) {
        let value = |c: &Cue| c.mods.iter().fold(c.base, |v, x| v * x.2);
        let place = &place;
        let within = |a: usize, b: usize| cues.iter().filter(move |c| (a..=b).contains(&place[c.hit].w0));
        let praised = within(place[m].w1 + 1, k - 1).any(|c| c.class == CueClass::Optimistic);
        // A label denied and swapped for another (*this is not a solar farm,
        // it's a power station*, *this is not a tourist spot. This is our
        // land*) is a critic's jab unless the label denied is a charge (*not
        // a ban*) or the new one carries a word of the plan's aim or benefit.
        // A denied aim (*not about*) or act (*not punishing*) needs neither.
        let word = |j: usize| words.get(j).map_or("", |w| &norm.buf[w.start..w.end]);
        let plain = |j: usize| !(word(j) == "about" || word(j).ends_with("ing"));
        // The restatement's first word after its copula (*it's a*, *but it
        // is a*).
        let opener = if word(k) == "but" { k + 1 } else { k };
        let first = if word(opener).contains('\'') { opener + 1 } else { opener + 2 };
        let label = plain(place[m].w1 + 1) && plain(first);
        // A charge is a word of blame, even one that counts nothing here
        // (*ban* names the measure as well as blaming it).
        let charged = (m + 1..hits.len())
            .take_while(|&j| place[j].w0 < k)
            .any(|j| hits[j].roles.cue.is_some_and(|(_, w)| w < 0.0));
        let aim = within(k, end).any(|c| c.counts() && c.class == CueClass::Optimistic);
        let restated: f64 = within(k, end).filter(|c| c.counts()).map(value).sum();
        // A motive imputed in the restatement (*it's not about the buses,
        // it's about raising revenue*, *it's about money*, *it's all
        // politics*) is the critic's charge, the commonest jab of all,
        // whatever was denied before it.
        let motive = (k..=end).any(|j| {
            matches!(
                word(j),
                "money" | "revenue" | "revenues" | "cash" | "profit" | "profits" | "greed" | "votes" | "politics"
            )
        });
        if !praised && !motive && restated >= 0.0 && (!label || charged || aim) {
            let charge: f64 = within(place[m].w1 + 1, k - 1).filter(|c| c.counts()).map(value).sum::<f64>().min(0.0);
            let weight = REBUTTAL - charge;
            raw += weight;
            stance_raw += weight;
            let (s, _) = norm.article_span(article, hits[m].start, hits[m].end);
            let (_, e) = norm.article_span(article, words[k - 1].start, words[k - 1].end);
            evidence.push(Evidence { text: article[s..e].to_string(), start: s, end: e, weight, kind: "rebuttal" });
        }
    }
    // A question the speaker asks of what is to come ("if the road is
    // closed, how will a rickshaw reach us?", "who will feed my children?",
    // "what do I do the other two Fridays?") is doubt: a small cautious
    // lean, cited as `doubt` at the question word, for a speaker with no
    // other evidence. Only a question word in the last clause of a
    // sentence that ends in a question mark; not *why*, which asks as
    // often for the plan as against it, nor a yes-or-no question, nor the
    // words of a question put to the speaker. It is more specific than a
    // blanket prospect of the same words ("foreign doctors will be paid in
    // dollars. How do you think that feels?"), so it replaces it.
    if prospect.as_ref().is_none_or(|e| e.kind == "prospect") && !question && !procedure && q_mark {
        let mut from = 0;
        for (k, w) in words.iter().enumerate() {
            if k > 0 && words[k - 1].sentence != w.sentence {
                from = k;
            }
            if k != last && words[k + 1].sentence == w.sentence {
                continue;
            }
            let (_, e) = norm.article_span(article, w.start, w.end);
            let rest = article[e..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ' ']);
            if !rest.starts_with('?') {
                continue;
            }
            let asked = (from..=k)
                .rev()
                .take_while(|&j| words[j].clause == w.clause)
                .find(|&j| matches!(&norm.buf[words[j].start..words[j].end], "who" | "how" | "what" | "where"))
                // "Where else will our kids learn to swim?" asks for no
                // alternative: it argues for the plan, and doubts nothing.
                .filter(|&j| words.get(j + 1).is_none_or(|n| &norm.buf[n.start..n.end] != "else"))
                .or_else(|| rhetorical_close(norm, words, from, k, last));
            if let Some(j) = asked {
                let (s, e) = norm.article_span(article, words[j].start, words[j].end);
                let weight = -lex.settings.prospect_weight;
                prospect = Some(Evidence { text: article[s..e].to_string(), start: s, end: e, weight, kind: "doubt" });
                break;
            }
        }
    }
    // An order and its outcome ("build it and we will fill it", "you take
    // that away and I'm not sure what I do") tells where the speaker stands
    // by what they say follows: a small lean, cited as `outcome`, for a
    // speaker with no other evidence. It is more specific than a prospect
    // or a question, so it replaces them.
    if !question && !procedure {
        // Where a word of harm (a cautious cue or a negative event) starts:
        // listed only for a sentence that opens with an order and has its
        // outcome, which few views hold.
        let harms = || {
            let mut harms: Vec<usize> = hits
                .iter()
                .zip(place.iter())
                .filter(|(h, _)| matches!(h.roles.cue, Some((CueClass::Cautious | CueClass::Event, _))))
                .map(|(_, p)| p.w0)
                .collect();
            harms.sort_unstable();
            harms
        };
        if let Some(e) = outcome(article, norm, words, &harms) {
            let weight = e.1 * lex.settings.prospect_weight;
            let (s, e) = e.0;
            prospect = Some(Evidence { text: article[s..e].to_string(), start: s, end: e, weight, kind: "outcome" });
        }
    }
    evidence.sort_by(|a, b| a.start.cmp(&b.start).then(a.kind.cmp(b.kind)));
    let contrast = contrasts.first().map(|&j| {
        let (s, e) = norm.article_span(article, hits[j].start, hits[j].end);
        Span::new(s, e)
    });
    let deference = hits_with(RoleSet::DEFERENCE)
        .iter()
        .enumerate()
        .position(|(j, h)| h.roles.deference && active(j))
        .or(standing)
        .map(|j| {
            let (s, e) = norm.article_span(article, hits[j].start, hits[j].end);
            Span::new(s, e)
        });
    let concedes = concedes.map(|k| {
        let (s, e) = concede_span(k);
        Evidence {
            text: article[s..e].to_string(),
            start: s,
            end: e,
            weight: lex.settings.balance_weight,
            kind: "balance",
        }
    });
    // The working vectors were the scratch's own, borrowed and cleared
    // where each is first filled (taking each out and putting it back cost
    // two moves a vector a call), and the scratch goes back to its cell
    // before the score is built where the caller takes it. A pathological
    // span (thousands of matches or sentences) does not keep its room for
    // the rest of the thread's life.
    if candidates.capacity() > SCRATCH_KEEP || notes.capacity() > SCRATCH_KEEP {
        *scratch = Scratch::default();
    }
    SCRATCH.set(Some(scratch));
    WordsScore {
        raw,
        stance_raw,
        evidence,
        on_topic,
        answer,
        contrast,
        prospect,
        deflected: deflection.is_some(),
        procedure,
        deference,
        two_sided: reservation.is_some() || caveat.is_some() || balance.is_some() || conceded.is_some(),
        concedes,
        counter,
        states,
    }
}

/// Words that grant a point before a reservation: *genuinely strong*, *no
/// question*, *hard to argue with*, *on the numbers*, *to be fair*, *I
/// understand why*, *not nothing*, *the easy part*, *the right goal*, *real
/// money*, *likes the idea*.
const CONCEDE: &[&[&str]] = &[
    &["genuinely"],
    &["no", "question"],
    &["no", "doubt"],
    &["hard", "to", "argue", "with"],
    &["difficult", "to", "argue", "with"],
    &["can't", "argue", "with"],
    &["cannot", "argue", "with"],
    &["on", "paper"],
    &["on", "the", "numbers"],
    &["to", "be", "fair"],
    &["in", "fairness"],
    &["admittedly"],
    &["fair", "enough"],
    &["understand", "why"],
    &["see", "why"],
    &["get", "why"],
    &["not", "nothing"],
    &["no", "denying"],
    &["easy", "part"],
    &["a", "case", "for"],
    &["real", "case", "for"],
    &["strong", "case", "for"],
    // One part of the speaker's camp, before the other ("Some of us think
    // it is overdue. Others are worried ...").
    &["some", "of", "us"],
    &["half", "of", "us"],
    // The aim or the means granted before the counter ("it was the right
    // goal, but the design is flawed"; "it's real money, but it comes too
    // late"; "likes the idea but has doubts"). Not when denied or put in
    // question ("not the right tool", "whether it is the right tool"):
    // see `concession_at`.
    &["the", "right", "goal"],
    &["the", "right", "tool"],
    &["the", "right", "idea"],
    &["the", "right", "aim"],
    &["the", "right", "direction"],
    &["the", "right", "intention"],
    &["the", "right", "instinct"],
    &["the", "right", "principle"],
    &["real", "money"],
    &["like", "the", "idea"],
    &["likes", "the", "idea"],
    &["liked", "the", "idea"],
];

/// The phrases of [`CONCEDE`] by their first word, each list in
/// [`CONCEDE`]'s order: a word that opens some phrase is compared with its
/// own phrases only, not with all of them.
static CONCEDE_BY_FIRST: LazyLock<HashMap<&'static str, Vec<&'static [&'static str]>, rustc_hash::FxBuildHasher>> =
    LazyLock::new(|| {
        let mut map: HashMap<&'static str, Vec<&'static [&'static str]>, rustc_hash::FxBuildHasher> =
            HashMap::default();
        for p in CONCEDE {
            map.entry(p[0]).or_default().push(p);
        }
        map
    });

/// Whether a word opens one of the phrases of [`CONCEDE`]: one `match`
/// rules out most words before the phrases are compared (a test keeps
/// the two lists the same). Asked of the word's bytes, which need no
/// check that the slice falls on char boundaries: this runs on every word
/// of every view.
fn opens_concession(word: &[u8]) -> bool {
    matches!(
        word,
        b"a" | b"admittedly"
            | b"can't"
            | b"cannot"
            | b"difficult"
            | b"easy"
            | b"fair"
            | b"genuinely"
            | b"get"
            | b"half"
            | b"hard"
            | b"in"
            | b"like"
            | b"liked"
            | b"likes"
            | b"no"
            | b"not"
            | b"on"
            | b"real"
            | b"see"
            | b"some"
            | b"strong"
            | b"the"
            | b"to"
            | b"understand"
    )
}

/// Whether a word is the second word of one of the phrases of
/// [`CONCEDE`] (a test keeps the two lists the same). The commonest words
/// that open a phrase (*a*, *the*, *to*, *in*, *on*) are rarely followed by one,
/// and a phrase of more than one word is looked up only when they are.
fn seconds_concession(word: &[u8]) -> bool {
    matches!(
        word,
        b"argue"
            | b"be"
            | b"case"
            | b"denying"
            | b"doubt"
            | b"enough"
            | b"fairness"
            | b"money"
            | b"nothing"
            | b"of"
            | b"paper"
            | b"part"
            | b"question"
            | b"right"
            | b"the"
            | b"to"
            | b"why"
    )
}

/// The shapes of the words that may open a concession (the first words of
/// [`CONCEDE`], and *do* and *does*): for each first byte, one bit per
/// length. Most words have no such shape, and are ruled out by one table
/// read before they are compared with any word.
static CONCESSION_SHAPES: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < CONCEDE.len() + 2 {
        let word = if i < CONCEDE.len() {
            CONCEDE[i][0].as_bytes()
        } else if i == CONCEDE.len() {
            b"do".as_slice()
        } else {
            b"does".as_slice()
        };
        table[word[0] as usize] |= 1 << shape_bit(word.len());
        i += 1;
    }
    table
};

/// The bit of a word's length in [`CONCESSION_SHAPES`]: lengths of 31 and
/// more share the last bit.
const fn shape_bit(len: usize) -> u32 {
    if len < 31 { len as u32 } else { 31 }
}

/// The first concession of the words, as its first and last word: a phrase
/// of [`CONCEDE`], or an emphatic *do* before a verb (*they do help*,
/// *the labels do raise turnout*), which grants what a question or a
/// denial would not.
fn concession_at(norm: &Norm, words: &[Word]) -> Option<(usize, usize)> {
    const SUBJECTS: &[&str] = &["they", "it", "these", "those", "that", "this"];
    const NOT_PLURAL: &[&str] = &["this", "was", "has", "does", "its", "his", "yes", "thus", "perhaps", "always", "is"];
    const NOT_VERB: &[&str] = &[
        "not",
        "n't",
        "nothing",
        "so",
        "it",
        "that",
        "this",
        "the",
        "any",
        "anything",
        "something",
        "more",
        "well",
        "you",
        "we",
        "they",
        "too",
        "all",
        "what",
        "both",
        "their",
        "its",
        "our",
    ];
    let w = |k: usize| word_text(norm, words, k);
    let same = |a: usize, b: usize| words[a].sentence == words[b].sentence;
    let bytes = norm.buf.as_bytes();
    words.iter().enumerate().find_map(|(k, word)| {
        // The word's first byte and length must be a phrase's first word's
        // (or *do*'s) before anything else is read, the word not even
        // sliced: this runs on every word of every view.
        if CONCESSION_SHAPES[usize::from(bytes[word.start])] & (1 << shape_bit(word.end - word.start)) == 0 {
            return None;
        }
        let first = &bytes[word.start..word.end];
        // A phrase of one word, or one whose second word comes next in the
        // sentence: anything else opens none here, and needs no lookup.
        let second = || {
            k + 1 < words.len() && same(k, k + 1) && seconds_concession(&bytes[words[k + 1].start..words[k + 1].end])
        };
        if opens_concession(first) && (matches!(first, b"genuinely" | b"admittedly") || second()) {
            let phrase = CONCEDE_BY_FIRST.get(w(k)).and_then(|phrases| {
                phrases.iter().find(|p| {
                    k + p.len() <= words.len()
                        && same(k, k + p.len() - 1)
                        && p[1..].iter().enumerate().all(|(i, x)| w(k + 1 + i) == *x)
                })
            });
            // A grant of the aim or the means is none when denied or put
            // in question ("not the right tool", "whether it was the right
            // goal", "don't like the idea").
            // Read up to three words back in the sentence.
            let denied = || {
                (k.saturating_sub(3)..k).any(|j| {
                    same(j, k)
                        && (matches!(w(j), "not" | "never" | "whether" | "if" | "no" | "hardly")
                            || w(j).ends_with("n't"))
                })
            };
            if let Some(p) = phrase.filter(|p| !matches!(p[0], "the" | "like" | "likes" | "liked") || !denied()) {
                return Some((k, k + p.len() - 1));
            }
        }
        if !matches!(first, b"do" | b"does") || k == 0 || k + 1 >= words.len() || !same(k - 1, k + 1) {
            return None;
        }
        let (prev, next) = (w(k - 1), w(k + 1));
        let subject = SUBJECTS.contains(&prev)
            || (prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss") && !NOT_PLURAL.contains(&prev));
        let verb = next.len() >= 3
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_VERB.contains(&next)
            && !next.ends_with("ing")
            && !next.ends_with("ed")
            && !next.ends_with('s');
        (subject && verb).then_some((k - 1, k + 1))
    })
}

/// The first counter at or after word `from`: a *but* or *however*
/// (with `opening`, only one that opens a sentence), or a sentence that
/// opens by naming the downside (*The cost is*, *The catch is*, *The hard
/// part is*, *The flip side is*), or the other part of a camp (*Others*,
/// *The other half*).
fn counter_at(norm: &Norm, words: &[Word], from: usize, opening: bool) -> Option<usize> {
    const DOWNSIDES: &[&str] =
        &["cost", "catch", "problem", "risk", "trouble", "downside", "danger", "snag", "drawback", "worry"];
    let n = words.len();
    let w = |k: usize| if k < n { word_text(norm, words, k) } else { "" };
    let opens = |k: usize| k == 0 || words[k - 1].sentence != words[k].sentence;
    let counter = |k: usize| {
        // Every reading below opens with *but*, *however*, *the* or
        // *others*: the length first, since this runs on many words of
        // every view.
        if !matches!(words[k].end - words[k].start, 3 | 6 | 7) {
            return false;
        }
        (matches!(w(k), "but" | "however") && (!opening || opens(k)))
            || (opens(k)
                && w(k) == "the"
                && ((DOWNSIDES.contains(&w(k + 1)) && matches!(w(k + 2), "is" | "was"))
                    || (matches!(w(k + 1), "hard" | "difficult" | "tricky")
                        && matches!(w(k + 2), "part" | "bit")
                        && matches!(w(k + 3), "is" | "was"))
                    || (w(k + 1) == "flip" && w(k + 2) == "side")))
            || (opens(k) && (w(k) == "others" || (w(k) == "the" && w(k + 1) == "other" && w(k + 2) == "half")))
    };
    if !opening {
        return (from..n).find(|&k| counter(k));
    }
    // With `opening`, only the first word of each sentence is read: the
    // sentence numbers rise through the words, so the rest of a sentence
    // is stepped over by binary search.
    let mut k = from;
    while k < n {
        if opens(k) && counter(k) {
            return Some(k);
        }
        let sentence = words[k].sentence;
        k += words[k..].partition_point(|w| w.sentence == sentence);
    }
    None
}

/// Whether the words from `from` on wave a conceded point away or call the
/// price worth paying (*worth it*, *outweighs*, *that doesn't matter*).
/// The cue (an index into `cues`) that an "if" at word `at` echoes to
/// challenge it: "if this deal is so good, publish the numbers", "if the
/// council is that confident, put it on the ballot", "if it's such a
/// bargain, why ...". A degree word after a form of *be* (*is so*, *'s
/// that*, *are such a*) marks the praise as the other side's, granted only
/// to be tested, and what follows the comma is a demand or a question
/// rather than a consequence told of a subject ("if it is so important,
/// the council should fund it" keeps its praise). Not "even if", "as if"
/// or "only if", which concede or set terms. Reads at most six words of
/// the clause and one word after it.
fn echoed(norm: &Norm, words: &[Word], at: usize, cues: &[Cue], place: &[Place], article: &str) -> Option<usize> {
    let text = |k: usize| word_text(norm, words, k);
    if text(at) != "if" || at.checked_sub(1).is_some_and(|k| matches!(text(k), "even" | "as" | "only")) {
        return None;
    }
    let clause = words[at].clause;
    let (k, c) = cues.iter().enumerate().take_while(|(_, c)| place[c.hit].clause == clause).find(|(_, c)| {
        let w0 = place[c.hit].w0;
        if c.base <= 0.0 || w0 < at + 3 || w0 > at + 7 {
            return false;
        }
        // *so good*, *that confident*, *such a bargain*.
        let degree = match text(w0 - 1) {
            "so" | "that" => w0 - 1,
            "a" | "an" if text(w0 - 2) == "such" => w0 - 2,
            "such" => w0 - 1,
            _ => return false,
        };
        let be = text(degree - 1);
        degree > at + 1 && (matches!(be, "is" | "are" | "was" | "were") || be.ends_with("'s") || be.ends_with("'re"))
    })?;
    // The word that opens the next clause of the sentence: a demand
    // ("publish", "put") or a question ("why", "then why"), not a
    // subject told what follows (a pronoun, an article, a name).
    let next = (place[c.hit].w1 + 1..words.len().min(place[c.hit].w1 + 8)).find(|&n| words[n].clause != clause)?;
    if words[next].sentence != words[at].sentence {
        return None;
    }
    let (s, _) = norm.article_span(article, words[next].start, words[next].end);
    let named = article[s..].chars().next().is_some_and(char::is_uppercase);
    let subject = matches!(
        text(next),
        "i" | "we"
            | "you"
            | "they"
            | "he"
            | "she"
            | "it"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "the"
            | "a"
            | "an"
            | "my"
            | "our"
            | "your"
            | "their"
            | "his"
            | "her"
            | "its"
            | "people"
            | "everyone"
            | "nobody"
            | "someone"
    );
    (!named && !subject || matches!(text(next), "why" | "then")).then_some(k)
}

fn dismissed(norm: &Norm, words: &[Word], from: usize) -> bool {
    let w = |k: usize| word_text(norm, words, k);
    (from..words.len()).any(|k| {
        w(k) == "worth"
            || w(k).starts_with("outweigh")
            || (matches!(w(k), "matter" | "matters")
                && (k.saturating_sub(2)..k).any(|j| matches!(w(j), "not" | "doesn't" | "don't" | "n't" | "never")))
    })
}

/// When an utterance was said, as the narrator's frame tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Time {
    /// Nothing said about time.
    Plain,
    /// An earlier position: "had warned", "previously said".
    Earlier,
    /// The present position after an earlier one: "..., but on Monday defended".
    Later,
}

/// The utterance and cue spans of an article, sorted, so that the narrator's
/// frame around one utterance can leave out every attributed word.
#[derive(Debug)]
pub(crate) struct Attributed {
    spans: Vec<Span>,
}

impl Attributed {
    pub(crate) fn new(article: &Article<'_>) -> Attributed {
        // Room for every span at once: collected from a chain of unknown
        // length, the list regrew several times.
        let mut spans: Vec<Span> = Vec::with_capacity(3 * article.utterances.len());
        spans.extend(
            article
                .utterances
                .iter()
                .flat_map(|u| std::iter::once(u.span).chain(u.cue.as_ref().map(|c| c.span)))
                .chain(article.utterances.iter().filter_map(|u| u.question))
                .filter(|s| !s.is_empty()),
        );
        spans.sort();
        Attributed { spans }
    }

    /// The pieces of `[start, end)` outside every attributed span, in
    /// order, one at a time: a reader that wants only the first, or the one
    /// at an offset, stops there and allocates nothing.
    pub(crate) fn segments(&self, start: usize, end: usize) -> impl Iterator<Item = Span> + '_ {
        let first = self.spans.partition_point(|s| s.end <= start);
        let mut spans = self.spans[first..].iter();
        let mut at = start;
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            for s in spans.by_ref() {
                if s.start >= end {
                    break;
                }
                let gap = (s.start > at).then(|| Span::new(at, s.start));
                at = at.max(s.end);
                if gap.is_some() {
                    return gap;
                }
            }
            done = true;
            (at < end).then(|| Span::new(at, end))
        })
    }
}

/// Words that may stand between *voted* and the way the vote went: a
/// count (*6-3*, *by seven to three*, *by a wide margin*), *unanimously*
/// and a date (*on Tuesday night*, *last week*, *in January*, *on first
/// reading*).
fn vote_filler(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "by",
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "at",
        "last",
        "this",
        "earlier",
        "late",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "today",
        "yesterday",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "first",
        "second",
        "final",
        "third",
        "reading",
        "unanimously",
        "narrowly",
        "overwhelmingly",
        "margin",
        "majority",
        "wide",
        "large",
        "huge",
        "narrow",
        "slim",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "meeting",
        "session",
    ];
    // A count or a day of the month: "5-2", "11–2", "87%", "12".
    w.chars().next().is_some_and(|c| c.is_ascii_digit()) || WORDS.contains(&w) || DAYS_AND_MONTHS.contains(&w)
}

/// Verbs after *voted to* that carry the proposal through (*voted 5-2 to
/// approve*). Verbs the frame table already knows (*back*, *support*,
/// *endorse*, *reject*, *oppose*, *recommend*) are left to it.
const VOTE_FOR: &[&str] = &["approve", "adopt", "pass", "accept", "ratify", "advance", "grant", "allow"];

/// Verbs after *voted to* that stop the proposal (*voted on Tuesday to
/// block*).
const VOTE_AGAINST: &[&str] = &["block", "refuse", "deny", "scrap", "halt", "overturn", "kill", "veto"];

/// The way a vote in the narrator's frame went (*voted 6-3 to approve*,
/// *voted unanimously against the plan*, *voted yes*, *voting no*): a
/// member's or a body's vote for or against is its position, whatever it
/// then says. Skips a count, *unanimously* and a date (at most eight words)
/// between *voted* and the direction, and gives the span from *voted* to
/// the direction with its sign. A direction the frame table reads on its
/// own (*voted against*, *voted to reject*, *in favour*) is left to it.
/// Reads the words of one frame segment once.
fn vote_direction(text: &str, seg: Span) -> Option<(Span, f64)> {
    let slice = seg.slice(text);
    // Most frames hold no vote: one search spares splitting their words.
    if !slice.contains("vot") && !slice.contains("Vot") {
        return None;
    }
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in slice.char_indices().chain(std::iter::once((slice.len(), ' '))) {
        let part = c.is_alphanumeric() || matches!(c, '-' | '\u{2013}' | '%' | '\'' | '\u{2019}');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i, slice[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    let at = |k: usize| words.get(k).map(|w| w.2.as_str());
    let mut found = None;
    for v in (0..words.len()).filter(|&k| matches!(at(k), Some("voted" | "voting" | "votes"))) {
        let mut k = v + 1;
        // "to" between two numbers is a count ("six to three"), not the
        // infinitive of the direction.
        while k < v + 9
            && at(k).is_some_and(|w| {
                vote_filler(w) || (w == "to" && at(k + 1).is_some_and(|n| vote_filler(n) && n != "the"))
            })
        {
            k += 1;
        }
        let skipped = k > v + 1;
        let (sign, end) = match (at(k), at(k + 1)) {
            (Some("yes"), _) | (Some("for"), _) => (1.0, k),
            (Some("no"), _) => (-1.0, k),
            (Some("against"), _) if skipped => (-1.0, k),
            (Some("to"), Some(w)) if VOTE_FOR.contains(&w) => (1.0, k + 1),
            (Some("to"), Some(w)) if VOTE_AGAINST.contains(&w) => (-1.0, k + 1),
            (Some("not"), Some("to")) if at(k + 2).is_some_and(|w| VOTE_FOR.contains(&w)) => (-1.0, k + 2),
            _ => continue,
        };
        found = Some((Span::new(seg.start + words[v].0, seg.start + words[end].1), sign * 0.5));
    }
    found
}

/// The sentence (or block, or nearby text) around a byte offset.
fn sentence_around(article: &Article<'_>, pos: usize) -> Span {
    // Both lists are in reading order: binary search, not a scan per utterance.
    let holds = |s: Span| s.start <= pos && pos < s.end;
    let i = article.sentences.partition_point(|s| s.span.end <= pos);
    if let Some(s) = article.sentences.get(i).map(|s| s.span).filter(|&s| holds(s)) {
        return s;
    }
    let i = article.blocks.partition_point(|b| b.span.end <= pos);
    if let Some(b) = article.blocks.get(i).map(|b| b.span).filter(|&b| holds(b)) {
        return b;
    }
    let text = article.text;
    let mut start = pos.saturating_sub(200).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (pos + 200).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// What the narrator's frame around an utterance says.
#[derive(Debug, Default)]
pub(crate) struct FrameScore {
    pub raw: f64,
    pub evidence: Vec<Evidence>,
    pub time: Option<(Time, Span)>,
    /// A contrast marker ("but") in the frame before the verb.
    pub contrast: Option<Span>,
    /// A vote in the frame that a "but" before the verb qualifies (*voted
    /// yes but said ...*): the utterance grants one side and then the other.
    pub granted: bool,
}

/// The longest frame read, in bytes: far longer than any real sentence.
const MAX_FRAME: usize = 1000;

/// Reads the narrator's words between the speaker's name and the utterance
/// (the frame): stance verbs such as "backs the bill, saying", and time
/// markers such as "had earlier warned ... but on Monday defended".
pub(crate) fn score_frame(lex: &Lexicon, article: &Article<'_>, u: &Utterance, attributed: &Attributed) -> FrameScore {
    let text = article.text;
    let anchor = u.cue.as_ref().map_or(u.span, |c| c.span);
    let sentence = sentence_around(article, anchor.start);
    let (a, b) = match (u.source, &u.cue) {
        (Some(src), Some(cue)) => (src.start.min(cue.span.start), src.end.max(cue.span.end)),
        (Some(src), None) => (src.start.min(u.span.start), src.end.min(u.span.start)),
        (None, Some(cue)) if cue.span.start < u.span.start => (sentence.start, cue.span.end),
        (None, Some(cue)) => (u.span.end, cue.span.end),
        (None, None) => return FrameScore::default(),
    };
    let (mut a, b) = (a.max(sentence.start), b.min(sentence.end));
    // A frame is a clause or two of narration. In text without sentence
    // breaks (a megabyte on one line) the sentence start can be arbitrarily
    // far back, and reading from it for every utterance would be quadratic,
    // so the frame keeps only its last `MAX_FRAME` bytes.
    if b > a + MAX_FRAME {
        a = b - MAX_FRAME;
        while !text.is_char_boundary(a) {
            a += 1;
        }
    }
    if a >= b {
        return FrameScore::default();
    }
    let mut out = FrameScore::default();
    let mut past: Option<Span> = None;
    let mut later: Option<Span> = None;
    // The speaker's own name is not the narrator's verdict on them (a
    // Mr Champion is no champion of the plan).
    let mentions = article.speakers.get(u.speaker.0).map_or(&[][..], |s| s.mentions.as_slice());
    // Only the mentions inside the frame: a speaker named thousands of times
    // must not make every one of their utterances walk the whole list.
    let mentions = &mentions[mentions.partition_point(|m| m.end <= a)..mentions.partition_point(|m| m.start < b)];
    let mut segments: Vec<Span> = attributed.segments(a, b).collect();
    for name in u.source.iter().chain(mentions).filter(|m| m.start < b && a < m.end) {
        // Each segment the name cuts is replaced, in place, by its pieces
        // before and after the name (none, one or two): the list is cut
        // where it stands rather than copied for every name.
        let mut k = 0;
        while let Some(&seg) = segments.get(k) {
            if !(name.start < seg.end && seg.start < name.end) {
                k += 1;
                continue;
            }
            let before = (seg.start < name.start).then(|| Span::new(seg.start, name.start));
            let after = (name.end < seg.end).then(|| Span::new(name.end, seg.end));
            match (before, after) {
                (Some(x), Some(y)) => {
                    segments[k] = x;
                    segments.insert(k + 1, y);
                    k += 2;
                }
                (Some(x), None) | (None, Some(x)) => {
                    segments[k] = x;
                    k += 1;
                }
                (None, None) => {
                    segments.remove(k);
                }
            }
        }
    }
    let mut vote: Option<(Span, f64)> = None;
    for seg in segments.into_iter().filter(|seg| lex.may_match(text.get(seg.start..seg.end).unwrap_or(""))) {
        if let Some((span, w)) = vote_direction(text, seg) {
            out.raw += w;
            out.evidence.push(Evidence {
                text: span.slice(text).to_string(),
                start: span.start,
                end: span.end,
                weight: w,
                kind: "frame",
            });
            vote = Some((span, w));
        }
        let norm = Norm::new(text, seg.start, seg.end);
        for h in lex.find(&norm.buf, Context::Frame) {
            let (s, e) = norm.article_span(text, h.start, h.end);
            let span = Span::new(s, e);
            if let Some(w) = h.roles.frame {
                out.raw += w;
                out.evidence.push(Evidence {
                    text: text[s..e].to_string(),
                    start: s,
                    end: e,
                    weight: w,
                    kind: "frame",
                });
            }
            if e > anchor.start {
                continue;
            }
            if h.roles.frame_past {
                // "had" marks the past perfect only right before a verb: this
                // utterance's, or another's that the segment stops at
                // ("had voiced doubts ..., but on Monday defended").
                let close = text[e..seg.end.min(anchor.start)].split_whitespace().count() <= 2;
                if close || &norm.buf[h.start..h.end] != "had" {
                    past = Some(span);
                    later = None;
                }
            } else if (h.roles.contrast || h.roles.present) && past.is_some() {
                later = Some(span);
            }
            if h.roles.contrast {
                out.contrast = Some(span);
            }
        }
    }
    // "voted yes but said she would need more": as when a supporter's next
    // words open with "But", the vote is granted and what follows the "but"
    // is a reservation. Both count, the vote as itself and, at the "but",
    // as much again on the other side.
    if let (Some((span, w)), Some(at)) = (vote, out.contrast) {
        if span.end <= at.start {
            out.raw -= w;
            out.evidence.push(Evidence {
                text: at.slice(text).to_string(),
                start: at.start,
                end: at.end,
                weight: -w,
                kind: "caveat",
            });
            out.granted = true;
        }
    }
    out.time = match (past, later) {
        (Some(_), Some(l)) => Some((Time::Later, l)),
        (Some(p), None) => Some((Time::Earlier, p)),
        _ => None,
    };
    out
}

/// The signed weight of an utterance's reporting verb, from the verb tables
/// or, for a lemma they do not list, from the cue tables.
pub(crate) fn verb_weight(lex: &Lexicon, lemma: &str) -> f64 {
    match lex.verb(lemma) {
        Some(w) => w,
        None => score_words(lex, lemma, Span::new(0, lemma.len()), None, false, false).raw,
    }
}

/// Nouns of a case brought against a decision (see [`criticism_rejected`]).
/// Not an appeal or a petition, which as often asks for a plan as against a
/// decision (*rejected an appeal by the park's backers*).
const LEGAL_CHALLENGES: &[&str] = &["challenge", "challenges", "lawsuit", "lawsuits"];

/// Nouns that name a criticism of a plan (*the criticism*, *concerns*,
/// *claims*): the object of a verb of rejecting that the speaker turns down.
const CRITICISMS: &[&str] = &[
    "criticism",
    "criticisms",
    "concern",
    "concerns",
    "objection",
    "objections",
    "complaint",
    "complaints",
    "claim",
    "claims",
    "fear",
    "fears",
    "accusation",
    "accusations",
    "suggestion",
    "suggestions",
    "warning",
    "warnings",
    "charge",
    "charges",
    "critics",
    "calls",
];

/// Where the criticism named at the start of `span` ends, when the words
/// open with one (past an article, a demonstrative or a quantifier: *the
/// criticism*, *concerns from residents that …*, *such claims*, *that
/// claim*, *arguments from owners that …*): at a comma before a
/// participle of the speaker's own (*…, telling reporters …*, *…, saying
/// …*), or at the end of the words. `None` when the words name no
/// criticism (*rejected the offer*). With the end, whether the noun may be
/// either side's (*arguments*). Reads the span's first words and its
/// commas only.
pub(crate) fn criticism_rejected(text: &str, span: Span) -> Option<(usize, bool)> {
    let words = span.slice(text);
    let mut it = words.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}').filter(|w| !w.is_empty());
    let mut first = it.next()?.to_ascii_lowercase();
    for _ in 0..2 {
        if matches!(
            first.as_str(),
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "such"
                | "any"
                | "all"
                | "growing"
                | "local"
                | "their"
                | "its"
                | "a"
                | "an"
                | "legal"
        ) {
            first = it.next()?.to_ascii_lowercase();
        }
    }
    // A challenge at law (*rejected a challenge brought by owners who had
    // argued that the ban was disproportionate*, *dismissed a lawsuit
    // filed by operators*) is the case against a decision, and a court or
    // body that turns it down upholds the decision. Like arguments, it may
    // be either side's (*rejected a challenge to the road's refusal*): the
    // caller checks that its words do not lean for the proposal.
    if LEGAL_CHALLENGES.contains(&first.as_str()) {
        return Some((span.end, true));
    }
    // Arguments may be either side's (*rejected the arguments for the
    // road*): they name a criticism only when no *for* or *in favour*
    // follows, and the caller checks that their words do not lean for the
    // proposal.
    let either = matches!(first.as_str(), "argument" | "arguments");
    if either && it.next().is_some_and(|w| w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("in")) {
        return None;
    }
    if !either && !CRITICISMS.contains(&first.as_str()) {
        return None;
    }
    let own = words.match_indices(", ").find(|&(i, _)| {
        let next = words[i + 2..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        next.len() > 4 && next.ends_with("ing")
    });
    Some((own.map_or(span.end, |(i, _)| span.start + i), either))
}

/// The contribution of a question's framing, given the answer.
pub(crate) fn answer_weight(framing: f64, answer: AnswerKind) -> f64 {
    match answer {
        AnswerKind::No => -framing * ANSWER_FACTOR,
        AnswerKind::Yes => framing * ANSWER_FACTOR,
    }
}

/// Whether hit `i`, a verb of effect, has the proposal for its subject:
/// the word before it (past one adverb, *also*, *only*, *simply*, and a
/// modal, *would*, *will*, *could*, *can*, *might*, *may*, *'ll*, *'d*) is
/// *it* or *this*, *that* or *which* with a modal (*proposals that would
/// require*), or a word that names the proposal (a `[relevance]` anchor,
/// *the bill*, or a topic word, *the levy*). Not negated right before the
/// verb (*will not force*, *won't give*), not in a sentence that ends in a
/// question mark, and not a burden whose object (the next three words of
/// its clause) is a topic word: the proposal's own action. Gives the hit
/// and its valence (+1 benefit, -1 burden). Reads a few words around the
/// hit only.
fn effect_clause(
    article: &str,
    norm: &Norm,
    words: &[Word],
    hits: &[Hit],
    place: &[Place],
    topic: Option<&TopicModel>,
    i: usize,
) -> Option<(usize, i8)> {
    let p = place[i];
    let sign = hits[i].roles.effect;
    if sign == 0 {
        return None;
    }
    if i > 0 && hits[i - 1].roles.negator && place[i - 1].w1 + 1 >= p.w0 && place[i - 1].sentence == p.sentence {
        return None;
    }
    let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
    let adverb = |t: &str| {
        matches!(t, "also" | "only" | "simply" | "just" | "effectively" | "actually" | "really" | "still" | "even")
    };
    let skip = |k: usize| match text(k) {
        Some(t) if adverb(t) => k.checked_sub(1),
        _ => Some(k),
    };
    let mut k = skip(p.w0.checked_sub(1)?)?;
    let mut t = text(k)?;
    let mut modal = false;
    if let Some(stem) = t.strip_suffix("'ll").or_else(|| t.strip_suffix("'d")) {
        t = stem;
        modal = true;
    } else if matches!(t, "would" | "will" | "could" | "can" | "might" | "may") {
        k = skip(k.checked_sub(1)?)?;
        t = text(k)?;
        modal = true;
    }
    let names = |k: usize| {
        let from = place.partition_point(|q| q.w0 < k);
        place[from..].iter().zip(&hits[from..]).take_while(|(q, _)| q.w0 == k).any(|(_, h)| h.roles.anchor)
            || topic.is_some_and(|tp| text(k).is_some_and(|w| tp.contains(w)))
    };
    // Without a modal only the present's -s form has the proposal for its
    // subject ("it gives", "the plan punishes"); a bare form is a
    // participle or an infinitive ("mosquitoes let loose").
    if !modal && !text(p.w0).is_some_and(|v| v.ends_with('s')) {
        return None;
    }
    // A verb of effect acts on someone: one that ends its clause, or that
    // a preposition follows, is intransitive ("when the budget allows",
    // "what the permit allows in a normal year").
    let next = words.get(p.w1 + 1).filter(|w| w.clause == p.clause).map(|w| &norm.buf[w.start..w.end]);
    if next.is_none_or(|w| {
        matches!(w, "in" | "on" | "at" | "for" | "to" | "from" | "with" | "by" | "under" | "over" | "as" | "and" | "or")
    }) {
        return None;
    }
    // The law as it stands ("state law allows the money to be spent on
    // roads", "current rules let councils borrow") is the frame the
    // proposal works in, told by an official: not what the proposal does.
    let standing = matches!(t, "law" | "laws" | "rules" | "legislation")
        && k.checked_sub(1)
            .and_then(&text)
            .is_some_and(|w| matches!(w, "state" | "federal" | "provincial" | "current" | "existing"));
    let subject = match t {
        "it" | "this" => true,
        "that" | "which" => modal,
        _ => names(k) && !standing,
    };
    if !subject {
        return None;
    }
    // The proposal's own action is no harm ("the ban will close the
    // shops" where the shops are what it acts on). But an object forced
    // to act ("the cap would force the banks to stop lending") is not
    // what the proposal does: it is what those it reaches are left to do,
    // a harm the proposal brings even when a topic word names them. Only
    // the verb of the list that takes an object and an infinitive, with a
    // "to" and no determiner after it right past an object of one or two
    // words ("would close the depot to the buses" keeps its exemption).
    let forcing = matches!(&norm.buf[hits[i].start..hits[i].end], "force" | "forces");
    let made_to_act = forcing
        && (p.w1 + 2..=p.w1 + 3).any(|j| {
            text(j) == Some("to")
                && words.get(j).is_some_and(|w| w.clause == p.clause)
                && text(j + 1).is_some_and(|v| {
                    !matches!(
                        v,
                        "the" | "a" | "an" | "this" | "that" | "its" | "their" | "our" | "my" | "your" | "his" | "her"
                    ) && !names(j + 1)
                })
        });
    if sign < 0
        && !made_to_act
        && (p.w1 + 1..=p.w1 + 3).any(|j| words.get(j).is_some_and(|w| w.clause == p.clause) && names(j))
    {
        return None;
    }
    // A benefit whose clause goes on to a harm or a denial gives what the
    // harm needs ("the deal lets rich owners buy their way out of the
    // rules", "would let cheap steel in without proper checks"): the rest
    // of the clause is the judgement, not the verb.
    if sign > 0 && harm_follows(hits, place, i) {
        return None;
    }
    // A question ("will it force us out?") doubts, it does not lay out.
    (!asked(article, norm, words, p)).then_some((i, sign))
}

/// Whether the sentence of `p` ends in a question mark.
fn asked(article: &str, norm: &Norm, words: &[Word], p: Place) -> bool {
    let end = (p.w1..words.len()).take_while(|&j| words[j].sentence == p.sentence).last().unwrap_or(p.w1);
    let (_, e) = norm.article_span(article, words[end].start, words[end].end);
    article[e..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ' ']).starts_with('?')
}

/// Whether hit `i`, a verb of gain or loss that needs a human subject
/// (*pay*, *wait*, *close*; *save*, *get*), says what the proposal brings
/// the people or bodies it affects: a modal of prospect before it (*would*,
/// *will*, *could*, *might*, *may*, *'ll*, *'d*, and their negations),
/// past an adverb (*simply*, *instead*), a *not* or *never*, *have to*
/// (before a loss only) and *be able to* (*families would have to pay*), and an `affected` word among the eight
/// words of its clause before the modal (*a family of four staying for a
/// week would pay £56 extra*, *small shops will close*, *riders would get
/// a bus every ten minutes*). Not without a modal (*patients wait two years
/// now* is how things stand: the problem the proposal answers; nor *can*,
/// *cannot*: *nurses who cannot get the degree*), not with *nothing*,
/// *no*, *less* or *fewer* for object (*will pay nothing*), not a price
/// paid *for* something (*will pay £85 for a passport*, but *will pay
/// twice as much for a ticket* is a loss), not
/// a gain whose clause goes on to a harm (*will get a worse service*), and
/// not in a question. A negation is left to the negation pass, which flips
/// the reading (*fire engines will not get through*). Gives the hit and its
/// valence (+1 gain, -1 loss). A personal pronoun (*we*, *they*, *you*,
/// *I*) is a subject too, right before the modal or in its contraction,
/// in words on the topic only. Reads a few words around the hit only.
fn undergo_clause(
    article: &str,
    norm: &Norm,
    words: &[Word],
    hits: &[Hit],
    place: &[Place],
    on_topic: bool,
    i: usize,
) -> Option<(usize, i8)> {
    let p = place[i];
    let sign = hits[i].roles.undergo;
    if sign == 0 {
        return None;
    }
    let text = |k: usize| words.get(k).filter(|w| w.sentence == p.sentence).map(|w| &norm.buf[w.start..w.end]);
    if text(p.w1 + 1).is_some_and(|t| matches!(t, "nothing" | "no" | "less" | "fewer")) {
        return None;
    }
    // A price paid for something is an exchange, not a loss ("people
    // will pay £85 for a passport"), unless it is more than before ("will
    // pay twice as much for a season ticket"). Paying for *it* or *this*
    // is no exchange: the thing paid for is what the speaker talks of, the
    // proposal, and those it reaches bear its cost ("shoppers will pay
    // for this at the till"). The phrase *pay for* is a hit of its own (a
    // benefit when the proposal pays), so its *for* is inside the hit.
    let after = |j: usize| words.get(j).filter(|w| w.clause == p.clause).map(|w| &norm.buf[w.start..w.end]);
    if sign < 0
        && norm.buf[hits[i].start..hits[i].end].ends_with(" for")
        && !matches!(after(p.w1 + 1), Some("it" | "this"))
    {
        return None;
    }
    if sign < 0 {
        for j in p.w1 + 1..=p.w1 + 4 {
            match after(j) {
                Some("more" | "extra" | "twice" | "double" | "higher" | "much") | None => break,
                Some("for") => return None,
                _ => {}
            }
        }
    }
    let mut k = p.w0.checked_sub(1)?;
    let mut denied = false;
    for _ in 0..4 {
        match text(k)? {
            "also" | "only" | "simply" | "just" | "still" | "even" | "instead" | "then" | "ultimately"
            | "eventually" => {}
            "not" | "never" => denied = true,
            // What one would have to get or find is a burden laid on one
            // (*I'd have to get two buses*, *we would have to find new
            // premises*), not a gain: only a loss reads through *have to*.
            "to" if sign > 0 && text(k.checked_sub(1)?).is_some_and(|t| matches!(t, "have" | "has")) => {
                return None;
            }
            "to" if text(k.checked_sub(1)?).is_some_and(|t| matches!(t, "have" | "has")) => k = k.checked_sub(1)?,
            "to" if text(k.checked_sub(1)?) == Some("able") && text(k.checked_sub(2)?) == Some("be") => {
                k = k.checked_sub(2)?;
            }
            _ => break,
        }
        k = k.checked_sub(1)?;
    }
    // A modal of prospect; a personal pronoun right before it, or in its
    // contraction, is the subject (*we'd lose*, *they will pay*), but only
    // in words on the topic: a pronoun names nobody the proposal reaches
    // by itself (*they'll just get a job instead*).
    let t = text(k)?;
    if let Some(stem) = t.strip_suffix("'ll").or_else(|| t.strip_suffix("'d")) {
        return (on_topic
            && matches!(stem, "we" | "they" | "you" | "i")
            && undergo_rest(article, norm, words, hits, place, i, denied))
        .then_some((i, sign));
    }
    let modal = matches!(t, "would" | "will" | "could" | "might" | "may" | "won't" | "wouldn't");
    denied |= t.ends_with("n't");
    if !modal {
        return None;
    }
    if on_topic && k > 0 && text(k - 1).is_some_and(|t| matches!(t, "we" | "they" | "you" | "i")) {
        return undergo_rest(article, norm, words, hits, place, i, denied).then_some((i, sign));
    }
    // The subject: an affected word among the eight words of the modal's
    // clause before it.
    let clause = words[k].clause;
    let (lo, hi) = (k.saturating_sub(8), k.checked_sub(1)?);
    let from = place.partition_point(|q| q.w0 < lo);
    let subject = place[from..]
        .iter()
        .zip(&hits[from..])
        .take_while(|(q, _)| q.w0 <= hi)
        .any(|(q, h)| h.roles.affected && q.w1 <= hi && words[q.w0].clause == clause);
    (subject && undergo_rest(article, norm, words, hits, place, i, denied)).then_some((i, sign))
}

/// Whether the clause of hit `i` goes on, after it, to a denial, a
/// cautious cue or a negative event: then the rest of the clause is the
/// judgement, not the hit (`effect` and `undergo` readings both ask).
fn harm_follows(hits: &[Hit], place: &[Place], i: usize) -> bool {
    let clause = place[i].clause;
    hits[i + 1..]
        .iter()
        .zip(&place[i + 1..])
        .take_while(|(_, q)| q.clause == clause)
        .any(|(h, _)| h.roles.negator || matches!(h.roles.cue, Some((CueClass::Cautious | CueClass::Event, _))))
}

/// The tests of [`undergo_clause`] after its subject: a gain whose clause
/// goes on to a harm or a denial is no gain (*will get a worse service*),
/// unless the gain is itself denied (*won't get to a clinic without a
/// car*), and a question lays out nothing.
fn undergo_rest(
    article: &str,
    norm: &Norm,
    words: &[Word],
    hits: &[Hit],
    place: &[Place],
    i: usize,
    denied: bool,
) -> bool {
    let p = place[i];
    if hits[i].roles.undergo > 0 && !denied && harm_follows(hits, place, i) {
        return false;
    }
    !asked(article, norm, words, p)
}

/// An order followed by its outcome: a sentence of the words that opens
/// with a bare verb (or *you* and a verb) and its object (*Build it*, *Put
/// us together*, *You take that away*), then *and* with a subject
/// (*and we will fill it*, *and I'm not sure what I do*). The outcome's
/// sign is +1 for a promise (*will*, *'ll*, *can*) and -1 for a denial
/// (*not*, *n't*, *never*, *no*) or a harm (`harms`: the words where a
/// cautious cue or a negative event starts, *and you will lose them*); the
/// span is the word that decides it (`harms` lists the harms' words when
/// asked, in order).
/// Not a sentence that ends in a question mark.
fn outcome(
    article: &str,
    norm: &Norm,
    words: &[Word],
    harms: &dyn Fn() -> Vec<usize>,
) -> Option<((usize, usize), f64)> {
    let mut from = 0;
    while from < words.len() {
        // The sentence numbers rise through the words: the sentence's end
        // is found by binary search.
        let sentence = words[from].sentence;
        let to = from + words[from..].partition_point(|w| w.sentence == sentence);
        let found = order_outcome(article, norm, words, harms, from, to);
        if found.is_some() {
            return found;
        }
        from = to;
    }
    None
}

fn order_outcome(
    article: &str,
    norm: &Norm,
    words: &[Word],
    harms: &dyn Fn() -> Vec<usize>,
    from: usize,
    to: usize,
) -> Option<((usize, usize), f64)> {
    let text = |k: usize| &norm.buf[words[k].start..words[k].end];
    let verb = if from < to && text(from) == "you" { from + 1 } else { from };
    if verb + 1 >= to || !order_verb(text(verb)) || !ORDER_OBJECTS.contains(&text(verb + 1)) {
        return None;
    }
    // After the word tests, which rule out almost every sentence.
    let (_, end) = norm.article_span(article, words[to - 1].start, words[to - 1].end);
    if article[end..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ' ']).starts_with('?') {
        return None;
    }
    // The subject may carry a contraction (*I'm*, *we'll*).
    let subject = |k: usize| text(k).split('\'').next().unwrap_or("");
    let and = (verb + 2..to - 1).find(|&k| text(k) == "and" && OUTCOME_SUBJECTS.contains(&subject(k + 1)))?;
    let clause = words[and + 1].clause;
    let harms = harms();
    let mut sign = None;
    for (k, word) in words.iter().enumerate().take(to).skip(and + 1) {
        if word.clause != clause {
            break;
        }
        let w = &norm.buf[word.start..word.end];
        let harm = harms.binary_search(&k).is_ok();
        if harm || matches!(w, "not" | "never" | "no" | "nothing" | "nobody") || w.ends_with("n't") {
            sign = Some((k, -1.0));
            break;
        }
        if sign.is_none() && (matches!(w, "will" | "can") || w.ends_with("'ll")) {
            sign = Some((k, 1.0));
        }
    }
    let (k, sign) = sign?;
    Some((norm.article_span(article, words[k].start, words[k].end), sign))
}

/// Whether a sentence's first word can be a bare verb giving an order: not
/// one of the closed classes that open statements and questions.
fn order_verb(w: &str) -> bool {
    !matches!(
        w,
        "i" | "we"
            | "you"
            | "they"
            | "he"
            | "she"
            | "it"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "the"
            | "a"
            | "an"
            | "my"
            | "our"
            | "your"
            | "their"
            | "his"
            | "her"
            | "its"
            | "if"
            | "when"
            | "and"
            | "but"
            | "or"
            | "so"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "now"
            | "then"
            | "today"
            | "also"
            | "still"
            | "only"
            | "even"
            | "just"
            | "maybe"
            | "perhaps"
            | "yes"
            | "no"
            | "not"
            | "never"
            | "all"
            | "some"
            | "many"
            | "most"
            | "every"
            | "each"
            | "both"
            | "what"
            | "who"
            | "how"
            | "why"
            | "where"
            | "which"
            | "for"
            | "in"
            | "on"
            | "at"
            | "with"
            | "by"
            | "of"
            | "to"
            | "from"
            | "after"
            | "before"
            | "since"
            | "as"
            | "like"
            | "once"
            | "unless"
            | "because"
            | "although"
            | "though"
            | "while"
            | "until"
            | "without"
            | "nobody"
            | "everyone"
            | "people"
            | "one"
            | "two"
            | "three"
            | "despite"
            | "during"
            | "under"
            | "over"
            | "about"
            | "against"
            | "between"
            | "through"
            | "into"
            | "across"
            | "among"
            | "around"
            | "amid"
            | "within"
            | "unlike"
            | "including"
            | "given"
            | "whether"
            | "either"
            | "neither"
            | "nor"
            | "yet"
            | "thus"
            | "hence"
            | "meanwhile"
            | "however"
            | "instead"
            | "indeed"
            | "rather"
            | "whatever"
            | "whoever"
            | "whichever"
            | "wherever"
            | "whenever"
            | "does"
            | "did"
            | "last"
            | "next"
    ) && !w.ends_with("ly")
        && !w.contains('\'')
        && !w.bytes().all(|b| b.is_ascii_digit())
}

/// A yes-or-no question that closes the speaker's own case ("In the hills,
/// 1 km on a map is a river. Will the bus fare take the child across?",
/// "He wants cash. Is the bank going to follow us to the market?") is
/// rhetoric, not a request for facts: it comes after the speaker has said
/// what they think, and its answer is the *no* that the case implies. The
/// word that opens it, when the question is the last sentence of the
/// words, at least one sentence of their own stands before it, it opens
/// with an auxiliary, and it is neither negated (*Isn't it time we
/// acted?* asks for the thing) nor put to a listener (*Would you support
/// the wall if ...?* is an interviewer's). A question that is all the
/// speaker says (*Will the morning boat still run on Sundays?*) asks for
/// facts and is left alone. `from..=k` is the sentence's words, `last` the
/// span's last word.
fn rhetorical_close(norm: &Norm, words: &[Word], from: usize, k: usize, last: usize) -> Option<usize> {
    if k != last || from == 0 {
        return None;
    }
    let opens = matches!(
        word_text(norm, words, from),
        "will" | "would" | "is" | "are" | "was" | "were" | "does" | "do" | "did" | "can" | "could" | "should" | "shall"
    );
    let off = (from..=k).any(|j| {
        let w = word_text(norm, words, j);
        matches!(w, "you" | "your" | "not" | "no" | "never" | "nothing" | "nobody") || w.ends_with("n't")
    });
    (opens && !off).then_some(from)
}

/// A speaker's ask about the proposal's timing or terms, or a question
/// that only mocks it, for a speaker with no other evidence. Per sentence
/// of the words, the first of:
/// - `delay` (-1): a verb of delay asked for (*asked commissioners to
///   postpone the vote*, *they should hold off*, *Wait until the survey
///   is done*): after *to* in words that a verb of asking reports
///   (`asked`), after *should*, *must* or *ought to*, or opening the
///   sentence; not negated.
/// - `first` (-1, or +1 cited as `eager`): an ask that ends in *first*
///   (*it should fix its own pipeline first*, *Do those first*): something
///   else comes first, a condition; with *me*, *us*, *my* or *our* just
///   before it (*put the box on my porch first*) the speaker asks to have
///   it first, which is eagerness.
/// - `condition` (-1): an ask with a condition of *before* or *until* and a
///   clause (*asked the company to publish a ceiling before anyone signs*),
///   not a date (*comment before Friday*), not when the thing asked is to
///   carry the plan out (*pass the bill before the session ends*).
/// - `endorse` (+1) or `refuse` (-1): an ask that the decision go one way,
///   after *to* in words that a verb of asking reports or after *should*
///   (*is asking the siting board to approve a solar farm*, *urged the
///   commission to block the deal*); not negated.
/// - `acquiesce` (+1): a negated *stand in the way* (*it would not stand in
///   the way of the pilot*): the party lets the plan go ahead.
/// - `rhetorical` (-1): a question in the form of a statement, opened by a
///   pronoun or an article (*And I'm supposed to treat silence as
///   consent?*, *A free match for my home game?*): incredulity, not a
///   request for facts; four words or more.
///
/// When the proposal is itself a halt (`halt_topic`: a pause, a moratorium,
/// a freeze), an ask to halt something (*the licences should be frozen
/// until the science is settled*) asks for what the proposal does: it is
/// neither a `delay` nor a `condition`. Asks to put off the decision
/// (*postpone*, *delay*, *defer*) still are.
pub(crate) fn ask(article: &str, view: &View, asked: bool, halt_topic: bool) -> Option<(Span, f64, &'static str)> {
    let (norm, words) = (&view.norm, &view.words[..]);
    let text = |k: usize| &norm.buf[words[k].start..words[k].end];
    let span = |k: usize| {
        let (s, e) = norm.article_span(article, words[k].start, words[k].end);
        Span::new(s, e)
    };
    let mut from = 0;
    while from < words.len() {
        let sentence = words[from].sentence;
        let to = words[from..].iter().position(|w| w.sentence != sentence).map_or(words.len(), |p| from + p);
        let (_, end) = norm.article_span(article, words[to - 1].start, words[to - 1].end);
        let asks = article[end..].trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ' ']).starts_with('?');
        // The first word of the sentence past a joining word.
        let open = (from..to).find(|&k| !matches!(text(k), "and" | "so" | "but" | "now" | "then")).unwrap_or(from);
        if asks {
            // The last clause's first word, past a joining word.
            let clause = words[to - 1].clause;
            let first = (from..to).find(|&k| words[k].clause == clause).unwrap_or(open);
            let first = (first..to).find(|&k| !matches!(text(k), "and" | "so" | "but")).unwrap_or(first);
            let subject = text(first).split('\'').next().unwrap_or("");
            if to - from >= 4 && matches!(subject, "i" | "we" | "you" | "they" | "he" | "she" | "a" | "an" | "the") {
                return Some((span(first), -1.0, "rhetorical"));
            }
            from = to;
            continue;
        }
        let negated = |k: usize| k > from && (matches!(text(k - 1), "not" | "never") || text(k - 1).ends_with("n't"));
        // Acquiescence: a party that will not stand in the way lets the
        // plan go ahead ("would not stand in the way of the pilot").
        for k in from..to.saturating_sub(3) {
            if matches!(text(k), "stand" | "stands" | "standing")
                && (text(k + 1), text(k + 2), text(k + 3)) == ("in", "the", "way")
                && (k.saturating_sub(3).max(from)..k)
                    .any(|j| matches!(text(j), "not" | "never") || text(j).ends_with("n't"))
            {
                return Some((span(k), 1.0, "acquiesce"));
            }
        }
        // Where the ask is made: after a modal of duty, after "to" in
        // asking reported by the verb or in the words ("they had asked the
        // company to publish"), or an order opening a clause ("If it
        // works, put it on my street first").
        let mut asked_here = asked;
        // The first word after which the sentence asks.
        let mut asking = asked.then_some(from);
        for k in from..to {
            let w = text(k);
            let order = (k == open || (k > from && words[k - 1].clause != words[k].clause))
                && order_verb(w)
                && k + 1 < to
                && (ORDER_OBJECTS.contains(&text(k + 1)) || matches!(text(k + 1), "off" | "until" | "down" | "a"));
            let modal = k > from
                && (matches!(text(k - 1), "should" | "must")
                    || (text(k - 1) == "to" && (asked_here || (k > from + 1 && text(k - 2) == "ought"))));
            if modal || order {
                let delay = match w {
                    "postpone" | "delay" | "defer" | "pause" | "halt" | "suspend" | "shelve" | "freeze" => true,
                    "hold" => k + 1 < to && text(k + 1) == "off",
                    // Putting the decision to the public first ("urged the
                    // council to put the levy to a referendum", "should put
                    // it to a vote of residents") takes it from the body
                    // that would decide: a brake, within six words.
                    "put" => {
                        (k + 1 < to && text(k + 1) == "off")
                            || (k + 1..to.min(k + 7)).any(|j| {
                                text(j) == "to"
                                    && j + 2 < to
                                    && matches!(text(j + 1), "a" | "the")
                                    && matches!(text(j + 2), "referendum" | "plebiscite" | "ballot" | "public")
                            })
                    }
                    "slow" => k + 1 < to && text(k + 1) == "down",
                    "wait" => (k + 1..to.min(k + 4)).any(|j| text(j) == "until"),
                    _ => false,
                };
                if delay && !negated(k) && !(halt_topic && is_halt(w)) {
                    return Some((span(k), -1.0, "delay"));
                }
                // An ask that the decision go one way: a verb of asking
                // that reports it, or *should* ("is asking the siting board
                // to approve a solar farm", "urged the commission to block
                // the deal", "the council should reject it"). Not *must*,
                // which as often sets a test ("must pass an inspection").
                let ask_for =
                    k > from && !negated(k) && (text(k - 1) == "should" || (text(k - 1) == "to" && asked_here));
                if ask_for && matches!(w, "approve" | "adopt" | "endorse" | "ratify" | "pass" | "grant") {
                    return Some((span(k), 1.0, "endorse"));
                }
                // Asking a body to undo or think again about its step
                // ("asked the board to reverse", "called on the council
                // to reconsider", "urged the sponsor to withdraw the
                // bill") is asking it to refuse.
                if ask_for
                    && matches!(
                        w,
                        "reject"
                            | "refuse"
                            | "block"
                            | "scrap"
                            | "veto"
                            | "deny"
                            | "reverse"
                            | "overturn"
                            | "rescind"
                            | "revoke"
                            | "withdraw"
                            | "reconsider"
                            | "rethink"
                    )
                {
                    return Some((span(k), -1.0, "refuse"));
                }
                if order || text(k - 1) != "must" {
                    asking = asking.or(Some(k));
                }
            }
            if matches!(
                w,
                "asked"
                    | "asking"
                    | "asks"
                    | "urged"
                    | "urging"
                    | "urges"
                    | "demanded"
                    | "demanding"
                    | "demands"
                    | "calling"
                    | "called"
                    | "calls"
                    | "appealed"
            ) {
                asked_here = true;
                if k + 1 < to && text(k + 1) == "for" {
                    asking = asking.or(Some(k));
                }
            }
        }
        if let Some(since) = asking {
            let last = to - 1;
            if text(last) == "first" && last > from {
                let mine =
                    (last.saturating_sub(3).max(from)..last).any(|j| matches!(text(j), "me" | "us" | "my" | "our"));
                return Some(if mine { (span(last), 1.0, "eager") } else { (span(last), -1.0, "first") });
            }
            // A condition of "before" or "until" with a clause, not a date.
            let carry = |k: usize| {
                (from..k).rev().take(8).any(|j| {
                    matches!(
                        text(j),
                        "pass"
                            | "approve"
                            | "adopt"
                            | "act"
                            | "sign"
                            | "implement"
                            | "build"
                            | "start"
                            | "finish"
                            | "move"
                            | "vote"
                    )
                })
            };
            for k in since + 1..to.saturating_sub(2) {
                if !matches!(text(k), "before" | "until") || negated(k) {
                    continue;
                }
                let next = if matches!(text(k + 1), "the" | "this" | "next" | "its") { k + 2 } else { k + 1 };
                let date = next >= to
                    || TIME_WORDS.contains(&text(next))
                    || DAYS_AND_MONTHS.contains(&text(next))
                    || text(next).starts_with(|c: char| c.is_ascii_digit());
                let late = (k + 1..to.min(k + 6)).any(|j| text(j) == "late");
                let halts = halt_topic && (since..k).any(|j| is_halt(text(j)));
                if !date && !late && !carry(k) && !halts {
                    return Some((span(k), -1.0, "condition"));
                }
            }
        }
        if let Some((k, sign, kind)) = undergone(&text, from, to) {
            return Some((span(k), sign, kind));
        }
        from = to;
    }
    None
}

/// What the speakers say they undergo themselves, in the first person
/// (see [`ask`]): a `burden` (-1) the plan brings them, told with a modal
/// (*I'll have to get two buses*, *we won't be able to go*, *I will make
/// half of that*) or in the present under a condition (*if the line goes,
/// I'm paying for a taxi*), or a `plight` (+1) they live with now, the
/// problem the plan answers (*right now I'm paying twice*, *we lose a
/// season every year*). Not in a sentence that tells what doing without
/// the plan would bring (*without*, *unless*, *otherwise*, a negated
/// *if*), not waiting to see, not paying someone (*we're paying them to
/// drive*), not in a relative clause (*what we're paying for*).
fn undergone<'t>(text: &impl Fn(usize) -> &'t str, from: usize, to: usize) -> Option<(usize, f64, &'static str)> {
    let at = |k: usize| if k < to { text(k) } else { "" };
    // Read only once a reading is found: a sentence of doing without the plan.
    let avoided = || {
        (from..to).any(|k| {
            matches!(text(k), "without" | "unless" | "otherwise")
                || (text(k) == "if"
                    && (k + 1..to.min(k + 5))
                        .any(|j| matches!(text(j), "not" | "nothing" | "no") || text(j).ends_with("n't")))
        })
    };
    #[derive(PartialEq)]
    enum Verb {
        Modal,
        Denied,
        Present,
    }
    for k in from..to {
        let w = text(k);
        // The cheap first test: a first-person subject.
        if !matches!(w.as_bytes().first(), Some(b'i' | b'w'))
            || !matches!(w, "i" | "we" | "i'll" | "we'll" | "i'd" | "we'd" | "i'm" | "we're")
            || (k > from && matches!(text(k - 1), "what" | "that" | "which"))
        {
            continue;
        }
        let (mut verb, mut j) = match w {
            "i'll" | "we'll" | "i'd" | "we'd" => (Verb::Modal, k + 1),
            "i'm" | "we're" => (Verb::Present, k + 1),
            _ => match at(k + 1) {
                "will" | "would" | "shall" => (Verb::Modal, k + 2),
                "won't" | "wouldn't" => (Verb::Denied, k + 2),
                "am" | "are" => (Verb::Present, k + 2),
                _ => (Verb::Present, k + 1),
            },
        };
        if verb == Verb::Modal && at(j) == "not" {
            verb = Verb::Denied;
            j += 1;
        }
        while matches!(
            at(j),
            "just" | "then" | "now" | "also" | "probably" | "still" | "only" | "simply" | "really" | "already"
        ) {
            j += 1;
        }
        // "We're going to have to": a modal of its own.
        if verb == Verb::Present && (at(j), at(j + 1)) == ("going", "to") && at(j + 2) == "have" {
            verb = Verb::Modal;
            j += 2;
        }
        let burden = match verb {
            Verb::Modal => {
                ((at(j), at(j + 1)) == ("have", "to")
                    && !matches!(
                        at(j + 2),
                        "see"
                            | "wait"
                            | "look"
                            | "consider"
                            | "decide"
                            | "think"
                            | "review"
                            | "study"
                            | "read"
                            | "assess"
                            | "check"
                            | "follow"
                            | "comply"
                            | "hold"
                            | "vote"
                            | "meet"
                            | "discuss"
                            | "talk"
                            | ""
                    ))
                    || (matches!(at(j), "make" | "earn") && matches!(at(j + 1), "half" | "less" | "nothing"))
            }
            Verb::Denied => (at(j), at(j + 1), at(j + 2)) == ("be", "able", "to"),
            Verb::Present => false,
        };
        if burden {
            return (!avoided()).then_some((j, -1.0, "burden"));
        }
        if verb == Verb::Present
            && matches!(
                at(j),
                "pay"
                    | "paying"
                    | "lose"
                    | "losing"
                    | "spend"
                    | "spending"
                    | "struggle"
                    | "struggling"
                    | "suffer"
                    | "suffering"
            )
            && !matches!(at(j + 1), "them" | "him" | "her" | "you" | "people")
        {
            // A loss told in the present under a condition, or after a
            // modal (*I'll sell before I pay that*), is what the plan would
            // bring; told plainly, it is how things stand.
            let condition = (from..k).any(|c| {
                matches!(text(c), "if" | "when" | "once" | "will" | "would" | "could" | "might")
                    || text(c).ends_with("'ll")
                    || text(c).ends_with("'d")
            });
            return (!avoided()).then_some(if condition { (j, -1.0, "burden") } else { (j, 1.0, "plight") });
        }
    }
    None
}

/// Verbs and participles of halting something, whose ask is the
/// proposal's own when the proposal is a halt (see [`ask`]).
fn is_halt(word: &str) -> bool {
    matches!(
        word,
        "pause"
            | "paused"
            | "halt"
            | "halted"
            | "suspend"
            | "suspended"
            | "freeze"
            | "frozen"
            | "shelve"
            | "shelved"
            | "stop"
            | "stopped"
    )
}

/// Nouns of a proposal that is itself a halt: a topic term among them
/// makes an ask to halt something an ask for the proposal (see [`ask`]).
pub(crate) const HALT_TOPICS: &[&str] = &["pause", "moratorium", "freeze", "halt", "suspension"];

/// The days of the week and the months, which any reading of a date knows.
const DAYS_AND_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words of time after *before* or *until* that make a date, not a
/// condition (with [`DAYS_AND_MONTHS`]).
const TIME_WORDS: &[&str] = &[
    "end",
    "then",
    "now",
    "today",
    "tomorrow",
    "tonight",
    "week",
    "month",
    "year",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "christmas",
    "noon",
    "midnight",
    "deadline",
    "weekend",
    "morning",
    "evening",
    "election",
    "start",
    "close",
    "middle",
    "day",
    "meeting",
    "hearing",
    "session",
];

/// Words right after an order's verb that make it one: its object or its
/// particle (*Build it*, *Put us together*, *Take away four games*).
const ORDER_OBJECTS: &[&str] =
    &["it", "that", "this", "them", "us", "those", "these", "away", "me", "him", "her", "the"];

/// Subjects that open an order's outcome after *and*.
const OUTCOME_SUBJECTS: &[&str] = &["we", "you", "they", "i", "it", "people", "there", "everyone", "nobody"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::DEFAULT;

    fn reading(words: &str) -> String {
        format!("{:?}", score_words(&DEFAULT, words, Span::new(0, words.len()), None, true, false))
    }

    #[test]
    fn a_reading_does_not_depend_on_the_readings_before_it() {
        // The working vectors are kept per thread between calls: each
        // reading must start from them cleared.
        let texts = [
            "No. The cuts are a disaster, but we welcome the new funding if it comes.",
            "It is not the problem. The problem is the price, which families would pay.",
            "We support it.",
            "",
        ];
        let alone: Vec<String> = texts.iter().map(|t| reading(t)).collect();
        for _ in 0..2 {
            for (t, want) in texts.iter().zip(&alone).rev() {
                assert_eq!(&reading(t), want, "{t}");
            }
        }
    }

    #[test]
    fn a_pathological_reading_gives_back_its_room() {
        let storm = "warned the cuts would hurt, but welcomed it. ".repeat(3000);
        reading(&storm);
        let scratch = SCRATCH.take().unwrap_or_default();
        assert!(scratch.candidates.capacity() <= SCRATCH_KEEP && scratch.notes.capacity() <= SCRATCH_KEEP);
        SCRATCH.set(Some(scratch));
        // And the next reading is as if it had never been.
        assert_eq!(
            reading("We support it."),
            format!("{:?}", {
                let fresh = Box::default();
                let view = View::new("We support it.", 0, 14);
                score_view_in(&DEFAULT, "We support it.", &view, None, None, true, false, 0.0, fresh)
            })
        );
    }

    #[test]
    fn the_words_that_open_a_concession_are_the_first_words_of_its_phrases() {
        let mut firsts: Vec<&str> = CONCEDE.iter().map(|p| p[0]).collect();
        firsts.sort();
        firsts.dedup();
        for w in &firsts {
            assert!(opens_concession(w.as_bytes()), "{w}");
        }
        // No other word opens one: the match lists exactly these.
        for w in [
            "a",
            "admittedly",
            "can't",
            "cannot",
            "difficult",
            "easy",
            "fair",
            "genuinely",
            "get",
            "half",
            "hard",
            "in",
            "no",
            "not",
            "on",
            "real",
            "see",
            "some",
            "strong",
            "to",
            "understand",
        ] {
            assert!(firsts.contains(&w), "{w} opens no phrase");
        }
        // The shape table lets every one of them through, and *do*.
        for w in firsts.iter().copied().chain(["do", "does"]) {
            let b = w.as_bytes();
            assert!(CONCESSION_SHAPES[usize::from(b[0])] & (1 << shape_bit(b.len())) != 0, "{w}");
        }
        // The phrases of one word are the two the scan lets through without
        // a second word, and the second words are exactly these.
        let single: Vec<&str> = CONCEDE.iter().filter(|p| p.len() == 1).map(|p| p[0]).collect();
        assert_eq!(single, ["genuinely", "admittedly"]);
        let mut seconds: Vec<&str> = CONCEDE.iter().filter_map(|p| p.get(1).copied()).collect();
        seconds.sort();
        seconds.dedup();
        for w in &seconds {
            assert!(seconds_concession(w.as_bytes()), "{w}");
        }
        for w in [
            "argue", "be", "case", "denying", "doubt", "enough", "fairness", "nothing", "of", "paper", "part",
            "question", "the", "to", "why",
        ] {
            assert!(seconds.contains(&w), "{w} is no phrase's second word");
        }
    }

    /// Scores `words` as one whole utterance, with no topic and no question.
    fn score_whole(words: &str) -> WordsScore {
        score_words(&DEFAULT, words, Span::new(0, words.len()), None, false, false)
    }

    /// Scores a speaker's words and lists `kind:text` for the evidence.
    fn read(words: &str) -> (f64, Vec<String>) {
        let s = score_whole(words);
        let ev = s.evidence.iter().map(|e| format!("{}:{}", e.kind, e.text)).collect();
        (s.raw, ev)
    }

    /// Reads each of `texts` and asserts `holds` of its raw score, naming
    /// the text and its evidence when it does not.
    #[track_caller]
    fn each_reads(texts: &[&str], holds: impl Fn(f64) -> bool) {
        for text in texts {
            let (raw, ev) = read(text);
            assert!(holds(raw), "{text}: {raw} {ev:?}");
        }
    }

    /// Asserts that no text yields evidence of the kind `kind` (`"echo"`).
    fn none_of_kind(kind: &str, texts: &[&str]) {
        for text in texts {
            let (_, ev) = read(text);
            assert!(ev.iter().all(|e| e.split(':').next() != Some(kind)), "{text}: {ev:?}");
        }
    }

    #[test]
    fn plain_cues_lean_their_way() {
        let (raw, ev) = read("The talks were encouraging.");
        assert!(raw > 0.3, "{raw}");
        assert_eq!(ev, vec!["cue:encouraging"]);
        let (raw, _) = read("It is far too early and rather reckless.");
        assert!(raw < -0.8, "{raw}");
    }

    #[test]
    fn idioms_of_judgement_lean_their_way_and_mask_their_literal_words() {
        each_reads(
            &[
                "Frankly the ferry timetable is not worth the paper it is written on.",
                "The new toll on the causeway was the final straw for us.",
                "We have seen this movie before with the old tram scheme.",
                "If the vote fails, the ferry scheme is back to square one.",
                "Forty extra beds is a drop in the ocean for the valley.",
                "The hearing on the quarry was a done deal from the start.",
                "The panel will simply rubber stamp the depot.",
                "Another study is just kicking the can down the road.",
                "Letting the lorries through the lanes is a recipe for disaster.",
            ],
            |raw| raw < -0.2,
        );
        each_reads(
            &[
                "Opening the reading rooms on Sundays is a no-brainer.",
                "The grant for the mill was music to our ears.",
                "For the bakeries on the square, the loan is a breath of fresh air.",
            ],
            |raw| raw > 0.2,
        );
        // An outcome still open is no worry, and a denied danger is comfort.
        each_reads(&["The ferry merger is not a done deal yet."], |raw| raw.abs() < 0.07);
        each_reads(&["Opening the lanes to cyclists is no recipe for disaster."], |raw| raw > 0.0);
    }

    #[test]
    fn a_cue_word_inside_a_plain_phrase_is_no_judgement() {
        // A quantity of waste is material, a sudden act is no warning, and
        // co-ops are businesses: none leans either way.
        each_reads(
            &[
                "The depot handles about 90 tonnes of waste every day.",
                "The van pulled out without warning near the ferry ramp.",
                "The valley has lost half its dairy cooperatives since the war ended.",
            ],
            |raw| raw.abs() < 0.07,
        );
        // More than a fair share is an overload, a complaint.
        each_reads(&["The ward has already taken more than its fair share of new depots."], |raw| raw < -0.2);
    }

    #[test]
    fn procedure_and_the_groups_a_measure_reaches_are_no_judgement() {
        each_reads(
            &[
                "The ferry licence is being determined by the panel.",
                "The stalls will open after the necessary approvals are granted.",
                "The levy would fund grants for vulnerable households on the islands.",
            ],
            |raw| raw.abs() < 0.07,
        );
        // Voting against an objection is support.
        each_reads(&["The ferry board voted against the objection to the new pier."], |raw| raw > 0.2);
        // Keeping a harm from growing is a remedy.
        each_reads(&["The levy is needed to stop the ferry deficit from getting worse."], |raw| raw > 0.2);
    }

    #[test]
    fn a_but_between_two_qualities_of_one_noun_sets_no_caveat() {
        let (raw, ev) = read("The guild was grateful to the ferry board for making a difficult but deliberate choice.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        assert!(ev.iter().all(|e| !e.starts_with("caveat:") && !e.starts_with("reservation:")), "{ev:?}");
        // A "but" that opens a clause still qualifies the praise.
        let (_, ev) = read("The guild was grateful to the ferry board for the choice, but it wants the detail first.");
        assert!(ev.iter().any(|e| e.starts_with("caveat:") || e.starts_with("reservation:")), "{ev:?}");
    }

    #[test]
    fn support_for_one_thing_and_not_another_leans_both_ways() {
        let s = score_whole("I'm for the new library. What I'm not for is the tower block beside it.");
        let side = |sign: f64| s.evidence.iter().any(|e| e.kind == "cue" && e.weight * sign > 0.2);
        assert!(side(1.0) && side(-1.0), "{:?}", s.evidence);
        // The case on both sides weighed, not one camp joined.
        for text in ["Honestly, I can see both sides of the argument.", "I'm in two minds about the marina."] {
            let (_, ev) = read(text);
            assert!(ev.iter().any(|e| e.starts_with("balance:")), "{text}: {ev:?}");
        }
    }

    #[test]
    fn a_complaint_about_how_things_stand_argues_for_change() {
        let (raw, ev) = read("Right now the ferry queues are a mess and the pier is falling apart.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e == "problem:Right now"), "{ev:?}");
        // Naming a proposal, or looking ahead, keeps the warning.
        let (raw, ev) = read("Right now the plan is a mess.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        let (raw, ev) = read("Right now it would be a mess.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        // A modal inside what is assured is no look ahead.
        let (raw, ev) = read("Right now we cannot guarantee a boat will sail on Sundays.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        // A harm that recurs every year is how things stand, as one that
        // recurs every day is.
        let (raw, ev) = read("The pier floods every year and the ferry queues are a mess.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e == "problem:every year"), "{ev:?}");
    }

    #[test]
    fn a_fix_in_the_perfect_after_before_has_not_happened() {
        // The harm stands: the speaker complains that it is not fixed.
        let (raw, ev) = read("They sold the plots before they had fixed the flooding problems.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        // A fix done is still good news.
        let (raw, ev) = read("They have fixed the flooding problems.");
        assert!(raw > 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_pledge_dismissed_or_unmet_leans_cautious() {
        each_reads(&["It is another promise for the cameras.", "The harbour towns are still waiting."], |raw| {
            raw < 0.0
        });
    }

    #[test]
    fn grievance_and_a_right_call_lean_their_way() {
        let (raw, ev) = read("They changed the terms halfway through. Honestly, I feel used.");
        assert!(raw < -0.2, "{raw} {ev:?}");
        let (raw, ev) = read("We booked the hall on the strength of it.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
        let (raw, ev) = read("She had often been refused at the gate.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
        let (raw, ev) = read("Lowering the toll was the right call.");
        assert!(raw > 0.2, "{raw} {ev:?}");
    }

    #[test]
    fn a_procedure_names_what_will_be_weighed_not_a_side() {
        let (raw, ev) = read("The board will review the filing and decide whether the depot is safe.");
        assert!(raw.abs() < 0.07, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e == "procedure:review"), "{ev:?}");
        let (raw, _) = read("The board said the depot is safe.");
        assert!(raw > 0.2, "{raw}");
        // Only what follows the procedure in its sentence is weighed.
        let (raw, ev) = read("The depot is safe, and the board will review the filing.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        // A process the speaker argues for is no body's review.
        let (raw, ev) = read("We can push this process forward so that the depot is safe.");
        assert!(raw > 0.2, "{raw} {ev:?}");
    }

    #[test]
    fn a_step_a_body_will_take_told_in_the_passive_is_procedure() {
        let (raw, ev) = read(
            "The bid would be considered by the licensing panel under rules that give firm protection to quiet streets.",
        );
        assert!(raw.abs() < 0.07, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e == "procedure:be considered by"), "{ev:?}");
        let (raw, ev) = read("Each tender will be assessed for a safe service.");
        assert!(raw.abs() < 0.07, "{raw} {ev:?}");
        // "Considered" alone judges.
        let (raw, ev) = read("The ferry link would be considered a great success.");
        assert!(raw > 0.2, "{raw} {ev:?}");
    }

    #[test]
    fn a_booster_idiom_of_news_is_praise() {
        let (raw, ev) = read("With the new depot, the harbour town is open for business.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        let (raw, ev) = read("This timetable is about putting people first on the valley line.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        // Only the whole phrase: a word order that happens to join the
        // words is no praise.
        let (raw, ev) = read("The route is not the one people first walked.");
        assert!(raw.abs() < 0.07, "{raw} {ev:?}");
    }

    #[test]
    fn a_setback_of_planning_is_a_distance_not_a_reversal() {
        let (raw, ev) = read("The permit keeps wide setbacks from the nearest farmhouses.");
        assert!(raw.abs() < 0.07, "{raw} {ev:?}");
        let (raw, ev) = read("The setback rules for the sheds were set in spring.");
        assert!(raw.abs() < 0.07, "{raw} {ev:?}");
        // The reversal keeps its weight.
        let (raw, ev) = read("The vote was a setback for the mill.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_wish_against_a_harm_does_not_deny_it() {
        let (raw, ev) = read("Nobody wants a fight with the growers.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        let (raw, ev) = read("We do not want another closure in this valley.");
        assert!(raw <= 0.0, "{raw} {ev:?}");
        // Denied, the harm still reads as relief.
        let (raw, ev) = read("There was no fight with the growers.");
        assert!(raw > 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn the_warning_of_a_reservation_is_no_harm_as_things_stand() {
        let words = "Wider pavements would benefit our members, but she warned that one ramp is not enough.";
        let s = score_words(&DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.states.iter().all(|e| e.text != "warned"), "{:?}", s.states);
    }

    #[test]
    fn the_harm_a_preference_avoids_argues_for_it() {
        // The split "would rather ... than": the harm after "than" is what
        // the choice avoids.
        let (raw, ev) = read("I'd rather sign the deal today than face a long strike over the winter.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e.starts_with("problem:")), "{ev:?}");
        let (raw, _) = read("We would far rather pay the toll than lose the bridge.");
        assert!(raw > 0.0, "{raw}");
        // Without the preference the harm is a warning.
        let (raw, _) = read("We would face a long strike over the winter.");
        assert!(raw < 0.0, "{raw}");
        // "rather than" may reject the proposal itself: no flip.
        let (raw, _) = read("They should fund the clinics rather than face a long strike over the winter.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn a_reason_cited_for_an_action_is_no_warning() {
        let (raw, ev) = read("The league will move the final to June, citing the risks of winter storms.");
        assert!(raw.abs() < 0.15, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e == "reason:citing"), "{ev:?}");
        let (raw, _) = read("The league will move the final to June because of the risks of winter storms.");
        assert!(raw < -0.15, "{raw}");
    }

    #[test]
    fn a_harm_given_as_the_reason_for_an_action_is_the_problem() {
        // The harm that drove what was done is how things stood.
        for words in [
            "We walked off the wards because we couldn't keep the residents safe.",
            "Drivers pull over on the verge because they are exhausted by the long shifts.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw > 0.0, "{words}: {raw} {ev:?}");
            assert!(ev.iter().any(|e| e.starts_with("problem:")), "{words}: {ev:?}");
        }
        // Not a reason about the thing itself, a reason ahead, or a noun
        // after "because of" (a reason denied counts nothing: see the next
        // test).
        for words in [
            "We voted against the levy because it is unfair on small traders.",
            "Shopkeepers are angry because the new charge would hurt trade.",
            "The club moved the match because of dangerous storms.",
            "Residents object because the plan is reckless.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw < 0.0, "{words}: {raw} {ev:?}");
            assert!(!ev.iter().any(|e| e.starts_with("problem:")), "{words}: {ev:?}");
        }
    }

    #[test]
    fn a_ground_denied_reaches_the_step_after_its_for_phrase() {
        // "no reason for X to refuse": the refusal is what the speaker
        // argues against, however long the "for" phrase.
        each_reads(
            &[
                "But that is not a reason for this harbour committee to refuse the quay.",
                "There is no need for the island board to reject the ferry.",
            ],
            |raw| raw > 0.0,
        );
        // A ground given stays a ground.
        each_reads(&["That is why the harbour committee wants to refuse the quay."], |raw| raw < 0.0);
    }

    #[test]
    fn a_reason_denied_is_not_the_speakers_judgement() {
        // The cue after "not because" counts nothing, up to a "but".
        for (words, cue) in [
            ("They stayed home, not because they are lazy.", "lazy"),
            ("I will sign it, not because I love the deal.", "love"),
            ("Takings rose not because of better stalls but because the rent fell.", "better"),
        ] {
            let (_, ev) = read(words);
            assert!(!ev.iter().any(|e| e.ends_with(&format!(":{cue}"))), "{words}: {ev:?}");
        }
        // The reason given after "but because" stands, and so does a
        // reason kept and added to.
        for (words, cue) in [
            ("Crews sleep on the verge, not because they are idle but because they are exhausted.", "exhausted"),
            ("We object, not only because the plan is reckless.", "reckless"),
        ] {
            let (_, ev) = read(words);
            assert!(ev.iter().any(|e| e.ends_with(&format!(":{cue}"))), "{words}: {ev:?}");
        }
    }

    #[test]
    fn stressed_as_a_verb_of_saying_is_no_strain() {
        let (raw, ev) = read("The minister stressed that the harbour board decides.");
        assert!(raw == 0.0, "{raw} {ev:?}");
        let (raw, ev) = read("The crews find the harbour board stressful.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn concerned_before_an_office_names_who_is_involved() {
        for words in [
            "We will pass the letter to the concerned body.",
            "The concerned official will reply to the harbour board.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw == 0.0, "{words}: {raw} {ev:?}");
        }
        // Said of people it stays a worry.
        let (raw, ev) = read("We are concerned about the harbour board.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_cue_joined_to_a_participle_of_method_names_how_it_works() {
        for words in ["Checks will be complaint-driven.", "The board prefers a risk-based approach to moorings."] {
            let (raw, ev) = read(words);
            assert!(raw == 0.0, "{words}: {raw} {ev:?}");
        }
        // Other hyphenated forms keep their judgement.
        let (raw, ev) = read("The quay is a loss-making mess.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_price_given_as_a_figure_is_no_harm() {
        for words in ["The new depot would cost $4.2 million.", "The scheme costs about €12 million a year."] {
            let (raw, ev) = read(words);
            assert!(raw == 0.0, "{words}: {raw} {ev:?}");
        }
        // Whom the price falls on keeps the burden.
        let (raw, ev) = read("The new depot would cost riders $40 a month.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn an_objection_heard_or_pushed_back_on_is_answered() {
        for words in [
            "The trust has heard the complaints about parking.",
            "Growers pushed back on warnings from the banks.",
            "The mayor said she had heard the growers' complaints.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw > 0.0, "{words}: {raw} {ev:?}");
        }
        // Answered or addressed by the side that claims it: met.
        for words in [
            "The new timetable addressed two of the most common complaints from riders.",
            "An outside audit would answer that concern.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw > 0.0, "{words}: {raw} {ev:?}");
        }
        // Denied, relayed, shared, or a danger heard of: still a warning.
        for words in [
            "Nobody at the trust has heard our complaints.",
            "She has heard from growers worried about the market.",
            "I have heard the complaints of the growers and I share them.",
            "The crews heard the warnings about the flood.",
            "The board must address our complaints before any vote.",
            "The board failed to address the complaints of riders.",
            "The board has yet to answer the complaints of riders.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw < 0.0, "{words}: {raw} {ev:?}");
        }
    }

    #[test]
    fn a_norm_against_a_harm_is_a_complaint() {
        let (raw, ev) = read("Riders should not pay the price for a row between the depots.");
        assert!(raw < -0.1, "{raw} {ev:?}");
        let (raw, ev) = read("Riders shouldn't be punished for it.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        // A feeling is talked down.
        let (raw, ev) = read("Riders should not worry about the new timetable.");
        assert!(raw > 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn colloquial_support_and_scope_complaints_lean_their_way() {
        let (raw, ev) = read("Honestly, I'm all for it.");
        assert!(raw > 0.3, "{raw} {ev:?}");
        let (raw, ev) = read("The wording is so broad it could catch every kettle in the land.");
        assert!(raw < -0.2, "{raw} {ev:?}");
        let (raw, ev) = read("The early starts will be hard for us.");
        assert!(raw < -0.2, "{raw} {ev:?}");
    }

    #[test]
    fn negation_of_a_negative_event_reads_optimistic() {
        let (raw, ev) = read("Once the depot is sealed, there will be no more shelling attacks.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:no more".to_string()), "{ev:?}");
        let (raw, _) = read("There will be more shelling attacks.");
        assert!(raw < 0.0);
    }

    #[test]
    fn negation_of_an_optimistic_phrase_reads_cautious() {
        let (raw, ev) = read("This is no time to celebrate, and the figures are not good.");
        assert!(raw < -0.4, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:not".to_string()), "{ev:?}");
    }

    #[test]
    fn a_negation_that_swaps_one_label_for_another_denies_no_judgement() {
        // A definite "the", or a restatement after the denied label: the
        // label's own sign says nothing of the speaker's side.
        for words in [
            "The ferry fares are not the problem. The problem is the timetable.",
            "The new crossing is not a benefit. It is a duty we owe the riders.",
            "The grant isn't a benefit but a debt the valley will repay.",
        ] {
            let (raw, ev) = read(words);
            assert!(
                ev.contains(&"correction:not".to_string()) || ev.contains(&"correction:isn't".to_string()),
                "{words} {ev:?}"
            );
            assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{words} {ev:?}");
            assert!(raw.abs() < 0.15, "{words} {raw} {ev:?}");
        }
        // A plain denial still flips, and so do words past the label.
        let (raw, ev) = read("The bridge toll is not a risk to anyone.");
        assert!(raw > 0.1, "{raw} {ev:?}");
        let (raw, ev) = read("Selling more tickets is not the same as winning loyal fans.");
        assert!(ev.contains(&"negation:not".to_string()), "{raw} {ev:?}");
    }

    #[test]
    fn few_negates_but_a_few_counts() {
        let (raw, ev) = read("Among the stallholders, few were convinced.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:few".to_string()), "{ev:?}");
        // With an article or a time word it counts things.
        let (raw, ev) = read("A few of the stallholders were convinced.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        let (raw, _) = read("The last few seasons were encouraging.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn negation_stops_at_the_end_of_its_clause() {
        // "not" cannot reach "welcome" across the comma.
        let (raw, _) = read("It is not over, and we welcome it.");
        assert!(raw > 0.3, "{raw}");
    }

    #[test]
    fn without_governs_its_noun_phrase_not_the_verb_after_it() {
        // The loss is the speaker's warning, not something denied.
        let (raw, ev) = read("Pensioners without cars will lose their only link to town.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{ev:?}");
        // A gerund right after it is still negated.
        let (raw, _) = read("We can do this without losing a single post.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn not_bothered_is_indifference_not_a_worry_denied() {
        let (raw, ev) = read("She said she was not bothered either way.");
        assert!(raw.abs() < 0.05, "{raw} {ev:?}");
    }

    #[test]
    fn a_cash_cow_is_a_charge_against_the_measure() {
        let (raw, ev) = read("The new parking meters are a cash cow for the council.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn ended_in_tells_the_outcome_not_an_end_put_to_it() {
        // "ended" alone stops what follows ("ended the strike"); "ended in"
        // is what something led to, so the harm stands.
        let (raw, ev) = read("Takeovers like this one usually end in job cuts.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{ev:?}");
    }

    #[test]
    fn being_let_down_is_a_complaint() {
        let (raw, _) = read("Some porters said they felt let down by the deal.");
        assert!(raw < 0.0, "{raw}");
        let (raw, _) = read("The board has let us down again.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn everyday_idioms_of_welcome_are_support() {
        // Keyed whole: "can't" does not negate an eager "I can't wait", and
        // "cautiously" does not outweigh the hope it qualifies.
        for words in [
            "Honestly, we've been waiting years for this.",
            "I can't wait to ride the new tram.",
            "We're over the moon.",
            "We're cautiously hopeful about the new depot.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw > 0.1, "{words}: {raw} {ev:?}");
        }
    }

    #[test]
    fn everyday_idioms_of_opposition_are_against() {
        // Keyed whole: the "isn't" of "why fix what isn't broken" does not
        // turn "broken" into praise.
        for words in [
            "Over my dead body.",
            "The councillors sold us out.",
            "The whole consultation was a stitch-up.",
            "Honestly, I'm gutted.",
            "The tram extension is a road to nowhere.",
            "The new owners won't change a thing.",
            "Why fix what isn't broken?",
        ] {
            let (raw, ev) = read(words);
            assert!(raw < -0.1, "{words}: {raw} {ev:?}");
        }
    }

    #[test]
    fn left_out_of_the_decision_is_a_grievance() {
        for words in [
            "Nobody asked us whether we wanted a depot next door.",
            "We were never asked.",
            "The allotment holders were never consulted.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw < -0.1, "{words}: {raw} {ev:?}");
        }
    }

    #[test]
    fn fewer_counts_the_noun_after_it() {
        // Fewer of a harm is a gain; fewer of what a town relies on is a loss.
        let (raw, _) = read("The new junction will mean fewer accidents on the bypass.");
        assert!(raw > 0.0, "{raw}");
        let (raw, _) = read("Mergers like this one always bring fewer doctors to small towns.");
        assert!(raw < 0.0, "{raw}");
        // Its reach ends at "and": "worse" stays a complaint.
        let (raw, _) = read("Towns that tried it got fewer flats and worse repairs.");
        assert!(raw < 0.0, "{raw}");
        // "Ends with" tells an outcome; it puts an end to nothing.
        let (raw, _) = read("Every takeover of this kind ends with fewer nurses.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn less_and_fewer_end_at_a_verb_of_consequence() {
        // The outcome drawn from less of a thing is the speaker's own
        // warning, not a thing the "less" counts.
        for words in [
            "Less rivalry almost always means higher bills for the town.",
            "Fewer ferries leads to higher prices on the island.",
        ] {
            let (raw, ev) = read(words);
            assert!(raw < 0.0, "{words}: {raw} {ev:?}");
        }
        // Less of a harm is still a gain.
        let (raw, _) = read("The bypass will mean less congestion in the village.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn failing_to_end_a_negative_event_reads_cautious() {
        let (raw, ev) = read("The council has failed to tackle the damp problem.");
        assert!(raw < -0.4, "{raw} {ev:?}");
        assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{ev:?}");
        let (raw, _) = read("The council will tackle the damp problem.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn negation_does_not_reach_into_a_relative_clause() {
        // "harms" is not flipped (it stays cautious, weakened only as a
        // state told without a word of consequence).
        let (raw, ev) = read("We will never sign a contract which harms our members.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{ev:?}");
        // A complement clause stays in scope.
        let (raw, ev) = read("I don't think that it is reckless.");
        assert!(raw > 0.2, "{raw} {ev:?}");
    }

    #[test]
    fn negation_reaches_a_judgement_after_a_demonstrative_that() {
        // "that" is the object of a verb of judging, not a relative
        // pronoun: the speaker denies the comfort.
        for words in ["The growers did not find that encouraging.", "I wouldn't call that fair to the growers."] {
            let (raw, ev) = read(words);
            assert!(raw < 0.0, "{words} {raw} {ev:?}");
            assert!(ev.iter().any(|e| e.starts_with("negation:")), "{words} {ev:?}");
        }
    }

    #[test]
    fn ending_a_negative_event_reads_optimistic() {
        let (raw, ev) = read("The new patrols will help prevent violence and fight crime.");
        assert!(raw > 0.5, "{raw} {ev:?}");
        // "fight" on its own leans cautious: opposition to something.
        let (raw, _) = read("We are fighting this ruling.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn ending_a_harm_that_lasted_a_span_of_time_reads_optimistic() {
        // The span between the ender and the harm only says how long it lasted.
        let (raw, ev) = read("The new ferry rota will end three years of chaos at the quay.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        // A span that is no count of time keeps the harm out of reach.
        let (raw, ev) = read("They will end the talks within the month, and chaos at the quay follows.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn removing_a_stigma_reads_optimistic() {
        let (raw, ev) = read("Free lunches for every pupil would remove the stigma of the old vouchers.");
        assert!(raw > 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_negative_event_that_is_falling_reads_optimistic() {
        let (raw, ev) = read("Unemployment has fallen for the third month.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:fallen".to_string()), "{ev:?}");
        // Only the event just before the verb, in its clause, turns.
        let (raw, _) = read("Unemployment is a worry, and the pound has fallen.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn not_at_the_expense_of_keeps_its_warning() {
        // The "not" withholds support; it does not deny the cost.
        let (raw, ev) = read("We back a new ferry, but not at the expense of the harbour wall.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        let (raw, _) = read("The new ferry comes at the expense of the harbour wall.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn not_at_the_cost_of_is_the_same_warning() {
        // "cost" is a negative event, and a "not" before it would turn it
        // into relief; here the "not" withholds support, as above.
        let (raw, ev) = read("We back a new ferry, but not at the cost of the harbour wall.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        let (raw, _) = read("The new ferry comes at the cost of the harbour wall.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn a_post_ender_in_a_hyphened_compound_turns_nothing() {
        // "drop-off" names a place for cars, not a worry that has dropped.
        let (raw, ev) = read("The wardens have grave concerns about drop-off queues by the gate.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(ev.iter().all(|e| !e.starts_with("negation")), "{ev:?}");
        // The verb itself still turns the worry.
        let (raw, _) = read("The wardens say their concerns have dropped since spring.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn reluctance_negates_what_follows() {
        let (raw, ev) = read("Members are unlikely to accept the offer.");
        assert!(raw < -0.4, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:unlikely to".to_string()), "{ev:?}");
        let (raw, _) = read("The firm has refused to guarantee the jobs.");
        assert!(raw < -0.4, "{raw}");
    }

    #[test]
    fn a_counterfactual_judgement_is_criticism() {
        let (raw, _) = read("The money would have been better spent on schools.");
        assert!(raw < 0.0, "{raw}");
        let (raw, ev) = read("Residents should have been consulted.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        // "could have been worse" is relief, not alarm.
        let (raw, _) = read("It could have been worse.");
        assert!(raw > 0.0, "{raw}");
        // An alternative the plan is measured against and found wanting.
        let (raw, ev) = read("A direct subsidy would have been fairer.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_wait_that_should_have_been_is_no_relief() {
        // "waited" is relief at a wait that is over; a wait the speaker says
        // should have been kept is a complaint that the step came early.
        let (raw, ev) = read("The trustees should have waited for the audit.");
        assert!(raw <= 0.0, "{raw} {ev:?}");
        assert!(!ev.iter().any(|e| e.starts_with("cue:")), "{ev:?}");
        let (raw, ev) = read("Our members have waited for this.");
        assert!(raw > 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn steps_of_procedure_that_hold_a_word_of_warning_are_no_judgement() {
        each_reads(
            &[
                "Drivers caught in the first month would receive a warning letter.",
                "It would be inappropriate to comment further while the assessment is underway.",
                "The tax would be adjustable against the final liability.",
            ],
            |raw| raw.abs() < 1e-9,
        );
    }

    #[test]
    fn the_right_answer_is_praise_but_no_right_answer_is_balance() {
        let (raw, ev) = read("Tonight the committee gave the right answer.");
        assert!(raw > 0.0, "{raw} {ev:?}");
        let (raw, ev) = read("There's no one right answer here.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
    }

    #[test]
    fn what_a_plan_does_not_deal_with_is_a_criticism() {
        each_reads(
            &[
                "But it doesn't deal with the street cleaners at all.",
                "It does not answer the question of a living wage.",
                "The money is spread unevenly across the gardens.",
            ],
            |raw| raw < 0.0,
        );
    }

    #[test]
    fn worth_little_is_no_praise() {
        let (raw, ev) = read("The credit is worth little to the renters who need help.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        let (raw, _) = read("The credit is worth it.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn harm_that_follows_from_doing_nothing_argues_for_acting() {
        let (raw, ev) = read("If we do nothing, more families will lose their homes and the crisis will get worse.");
        assert!(raw > 0.3, "{raw} {ev:?}");
        assert!(ev.contains(&"problem:If we do nothing".to_string()), "{ev:?}");
        // The same harm said of the proposal itself stays a warning.
        let (raw, _) = read("If the council goes ahead, more families will lose their homes.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn a_negative_answer_flips_the_question() {
        let q = "whether the timetable was reckless";
        let framing = score_words(&DEFAULT, q, Span::new(0, q.len()), None, false, true).raw;
        assert!(framing < 0.0);
        let a = "Not at all. We planned it with care.";
        let s = score_words(&DEFAULT, a, Span::new(0, a.len()), None, true, false);
        let (kind, span) = s.answer.expect("an answer");
        assert_eq!(kind, AnswerKind::No);
        assert_eq!(&a[span.start..span.end], "Not at all");
        // The answer words are taken out: the rest carries no cue.
        assert_eq!(s.raw, 0.0);
        assert!(answer_weight(framing, kind) > 0.3);
        let yes = "Yes, sadly.";
        let s = score_words(&DEFAULT, yes, Span::new(0, yes.len()), None, true, false);
        assert_eq!(s.answer.map(|a| a.0), Some(AnswerKind::Yes));
        assert!(answer_weight(framing, AnswerKind::Yes) < 0.0);
    }

    #[test]
    fn an_answer_is_only_read_at_the_start() {
        let a = "We will see; no, I cannot say.";
        let s = score_words(&DEFAULT, a, Span::new(0, a.len()), None, true, false);
        assert!(s.answer.is_none());
        // "No more" is a negator, not an answer.
        let a = "No more delays will be tolerated.";
        let s = score_words(&DEFAULT, a, Span::new(0, a.len()), None, true, false);
        assert!(s.answer.is_none());
    }

    #[test]
    fn after_but_the_later_clause_weighs_more() {
        let (raw, ev) = read("The offer helps, but the risks are serious.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e == "contrast:but"));
        let (raw, _) = read("The risks are serious, but the offer is welcome.");
        assert!(raw > 0.0, "{raw}");
        // A sentence that opens with "However" discounts the one before.
        let (raw, _) = read("There are risks. However, this is a good result.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn hedges_weaken_and_intensifiers_strengthen() {
        let (plain, _) = read("It is a good step.");
        let (hedged, ev) = read("I think it is a good step.");
        assert!(hedged > 0.0 && hedged < plain, "{hedged} {plain}");
        assert!(ev.contains(&"hedge:I think".to_string()));
        let (strong, ev) = read("It is a very good step.");
        assert!(strong > plain);
        assert!(ev.contains(&"intensifier:very".to_string()));
        let (maybe, _) = read("Perhaps it is a good step.");
        assert!(maybe < plain);
    }

    #[test]
    fn an_intensifier_that_is_also_a_cue_counts_once() {
        let (raw, ev) = read("Their results have been extraordinary.");
        assert!(raw > 0.3);
        assert_eq!(ev, vec!["cue:extraordinary"]);
        let (raw, ev) = read("We see extraordinary progress.");
        assert!((raw - 0.75).abs() < 1e-9, "{raw} {ev:?}");
        assert_eq!(ev, vec!["intensifier:extraordinary", "cue:progress"]);
    }

    #[test]
    fn conditionals_weigh_less() {
        let (plain, _) = read("The neighbours keep their promise.");
        let (cond, ev) = read("If the neighbours keep their promise, fine.");
        assert!(cond > 0.0 && cond < plain, "{cond} {plain}");
        assert!(ev.contains(&"conditional:If".to_string()));
        // The main clause after the comma counts in full.
        let (raw, _) = read("If they sign, it will be a breakthrough.");
        assert!((raw - 0.7).abs() < 1e-9, "{raw}");
    }

    #[test]
    fn a_past_danger_against_present_calm_reads_optimistic() {
        let (raw, ev) = read("Those were frightening days. Today things are different.");
        assert!(raw > 0.3, "{raw} {ev:?}");
        assert!(ev.iter().any(|e| e.starts_with("past-vs-present:")));
        // Without a present that differs, the danger stays a danger.
        let (raw, _) = read("Those were frightening days.");
        assert!(raw < 0.0);
    }

    #[test]
    fn evidence_has_article_offsets() {
        let text = "Intro.  “It’s a GREAT result,” she said.";
        let start = text.find("It’s").unwrap();
        let end = text.find(",”").unwrap();
        let s = score_words(&DEFAULT, text, Span::new(start, end), None, false, false);
        for e in &s.evidence {
            assert_eq!(&text[e.start..e.end], e.text);
        }
        assert!(s.evidence.iter().any(|e| e.text == "GREAT"));
    }

    #[test]
    fn a_harm_told_as_how_things_are_weighs_less_than_a_harm_to_come() {
        // The problem a supporter describes.
        let (state, ev) = read("We had three floods last year.");
        assert!(state < 0.0 && state > -0.15, "{state} {ev:?}");
        assert!(ev.contains(&"state:floods".to_string()), "{ev:?}");
        // A warning of what the plan will bring counts in full.
        let (warning, ev) = read("The plan will bring floods.");
        assert!(warning <= -0.3, "{warning} {ev:?}");
        // "would have" looks back: still a state.
        let (raw, _) = read("We had floods that would have been unthinkable once.");
        assert!(raw > -0.15, "{raw}");
        // The scope ends at a relative "that".
        let (raw, ev) = read("The firm would seek approval for a test that spots the disease early.");
        assert!(ev.contains(&"state:disease".to_string()), "{raw} {ev:?}");
    }

    #[test]
    fn a_vow_takes_the_leaning_of_what_is_vowed() {
        let (raw, ev) = read("The union vowed to fight the plan.");
        assert!(raw < -0.3, "{raw} {ev:?}");
        assert!(ev.contains(&"intensifier:vowed".to_string()), "{ev:?}");
        let (raw, _) = read("The minister vowed to press on.");
        assert!(raw > 0.3, "{raw}");
        // Alone, a vow still leans optimistic.
        let (raw, _) = read("It is a vow, and we made it.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn harms_told_as_how_things_stand_are_set_aside_for_the_speakers_side() {
        let states = |words: &str| {
            let s = score_words(&DEFAULT, words, Span::new(0, words.len()), None, false, false);
            s.states.iter().map(|e| format!("{}:{}", e.kind, e.text)).collect::<Vec<_>>()
        };
        // A negative event and a cautious word told as how things are.
        assert_eq!(states("Clinics see more diabetes every winter."), vec!["state:diabetes"]);
        assert_eq!(states("Too many families rent damp rooms."), vec!["condition:Too many"]);
        // A harm to come, a denied one, or a reservation after a "but" is
        // the speaker's own warning.
        assert!(states("The duty will bring a shortage of drinks.").is_empty());
        assert!(states("There is no shortage of drinks.").is_empty());
        assert!(states("The aim is good, but too many shops will close.").is_empty());
    }

    #[test]
    fn hardship_told_as_it_stands_is_the_problem_not_the_verdict() {
        let (now, ev) = read("Tenants are being squeezed.");
        assert!(ev.contains(&"state:squeezed".to_string()), "{ev:?}");
        let (later, _) = read("Tenants will be squeezed.");
        assert!(later < now, "{later} {now}");
        // Ended, it is good news.
        let (raw, _) = read("The freeze will ease the squeeze on tenants.");
        assert!(raw > 0.0, "{raw}");
        // "Nothing else ... protects" praises by comparison.
        let (raw, _) = read("Nothing else on the table protects as many people.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn praise_echoed_in_an_if_to_challenge_it_counts_against() {
        // The degree word marks the praise as the other side's, tested by a
        // demand or a question.
        each_reads(
            &[
                "If the scheme is so wonderful, show us the contracts.",
                "If the ministry is that confident, let the auditors in.",
                "If it's such a good deal, why did nobody else bid?",
            ],
            |raw| raw < 0.0,
        );
        let (_, ev) = read("If the scheme is so wonderful, show us the contracts.");
        assert!(ev.contains(&"echo:If".to_string()), "{ev:?}");
        // A consequence told of a subject, a concession, or a plain
        // condition keeps the praise.
        each_reads(
            &[
                "If the scheme is so wonderful, the council should fund it in full.",
                "Even if it is so wonderful, publish the figures.",
                "If the scheme is wonderful, show us the contracts.",
            ],
            |raw| raw >= 0.0,
        );
    }

    #[test]
    fn a_modal_with_simply_or_just_predicts_evasion() {
        each_reads(
            &[
                "Drivers will simply cut through the estate instead.",
                "Shoppers would just buy their cigarettes across the border.",
                "They'll simply move the warehouse to the next county.",
            ],
            |raw| raw < 0.0,
        );
        let (_, ev) = read("Drivers will simply cut through the estate instead.");
        assert!(ev.contains(&"evasion:will simply".to_string()), "{ev:?}");
        // Praise after it, "just" of time or speech, a state described, a
        // point conceded before a "but", or no modal: no lean.
        none_of_kind(
            "evasion",
            &[
                "The new line will simply make life easier for commuters.",
                "Children would simply be fitter for it.",
                "Some drivers will simply pay the charge, but most will leave the car at home.",
                "Some drivers will simply pay the charge. But most will leave the car at home.",
                "We will just have to wait for the report.",
                "I would just like to thank the volunteers.",
                "It is simply a timetable change.",
            ],
        );
    }

    #[test]
    fn a_claim_handed_back_to_the_other_side_is_doubted() {
        each_reads(
            &[
                "They told us the new road would be good for the village.",
                "You say it is going to cut journey times. We have heard that before.",
                "We keep being told the tower will be good for the town.",
                "They keep telling us the tower will be good for the town.",
                "You keep saying the bypass is safe, but nobody on the board lives by it.",
                // The contracted perfect, and a denied harm in the claim:
                // an assurance repeated in order to doubt it.
                "We've been told the tower will be good for the town.",
                "I've been told there will be no redundancies at the depot.",
            ],
            |raw| raw < 0.0,
        );
        // A promise judged next with doubt is doubted all the same (its
        // denied harm counts against): the idiom of waiting to see it,
        // with "it" or "that".
        each_reads(
            &[
                "We've been told there will be no redundancies, and I'll believe that when I see it.",
                "They say the depot will stay open. I'll believe it when I see it.",
            ],
            |raw| raw < 0.0,
        );
        let (_, ev) = read("They told us the new road would be good for the village.");
        assert!(ev.iter().any(|e| e.starts_with("echo:")), "{ev:?}");
        // A warning handed back is a supporter's rebuttal; the claim ends
        // at its "but".
        each_reads(&["They said the scheme would ruin the market. It has not."], |raw| raw > 0.0);
        let (_, ev) = read("They say it is a bad idea, but the figures are good.");
        assert!(ev.contains(&"cue:good".to_string()), "{ev:?}");
        // Not a third party's report, nor the speaker's own words, nor a
        // claim confirmed or judged next, nor hearsay of a fact.
        none_of_kind(
            "echo",
            &[
                "Residents told us the road would be good.",
                "We said the road would be good.",
                "We were told it would help commuters, and it has.",
                "They promised us a better library and they kept their word.",
                "They told us seven days a week, which is great news.",
                "I'm told the review will be next year.",
                // A frame set aside, the claim before it.
                "The new quay, they say, would be good for the village.",
                "If the quay brings the good jobs like they say, I am for it.",
                // What the tellers said of themselves.
                "They told us they're exhausted by the night shifts.",
                "They tell me they are afraid of the new quay.",
            ],
        );
        // A frame after a fronted clause opens its claim, and a promise
        // the tellers made of themselves is handed back.
        for words in [
            "When they came last year, they told us, the quay will be good for everyone.",
            "They told us they're going to make it good for the village.",
        ] {
            let (_, ev) = read(words);
            assert!(ev.iter().any(|e| e.starts_with("echo:")), "{words}: {ev:?}");
        }
    }

    #[test]
    fn support_then_a_but_with_nothing_weighable_is_a_caveat() {
        let read = score_whole;
        // The "but" clause holds no cue, yet it withholds the support.
        let s = read("The club supported a curfew on the pier but not this version of it.");
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "but" && e.weight < 0.0), "{:?}", s.evidence);
        assert!(s.raw.abs() < 1e-6, "{}", s.raw);
        // A cue after the "but" is weighed as before: no caveat.
        let s = read("The club supported a curfew on the pier but it is a reckless gamble.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat"), "{:?}", s.evidence);
        let s = read("The club supported a curfew on the pier, but it is also welcome news.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat") && s.raw > 0.0, "{:?}", s.evidence);
        // Nothing after the "but", or only general sentiment before it.
        let s = read("Most anglers are lovely about it, but it only takes one.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat"), "{:?}", s.evidence);
    }

    #[test]
    fn support_then_a_but_with_only_a_faint_warning_is_a_caveat() {
        let read = score_whole;
        // Only *delays*, a weak cue, after the "but": a reservation still.
        let s = read("The club supports a curfew on the pier but wants it to allow delays for the late ferry.");
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "but" && e.weight < 0.0), "{:?}", s.evidence);
        assert!(s.raw.abs() < 1e-6, "{}", s.raw);
        // *grand jury* names a body: it does not lean for the proposal
        // after the "but".
        let s = read("The office supports the curfew but wants delays allowed in cases before a grand jury.");
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "but"), "{:?}", s.evidence);
        assert!(s.evidence.iter().all(|e| e.text != "grand"), "{:?}", s.evidence);
        // Praise after the "but" is no reservation.
        let s = read("The club supports a curfew on the pier but wants it to allow delays, which is welcome news.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat"), "{:?}", s.evidence);
        // A hedged grant before it is a shrug, not support.
        let s = read("Maybe the curfew is safe. But we are tired of being the pier where things get tried first.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat"), "{:?}", s.evidence);
        // A strong warning after it is weighed as it stands.
        let s = read("The club supports a curfew on the pier but it is a reckless gamble.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat") && s.raw < 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn ending_one_harm_by_making_another_is_no_remedy() {
        let read = score_whole;
        for trade in [
            "They want to fix a parking problem by creating a traffic problem.",
            "We are solving a problem for the shops by handing one to the residents.",
            // A count of more harms made stands for them as *another* does.
            "We are solving one problem for the shops by creating two more, and the residents pay.",
        ] {
            let s = read(trade);
            assert!(s.evidence.iter().all(|e| e.kind != "negation"), "{trade}: {:?}", s.evidence);
            assert!(s.raw < 0.0, "{trade}: {:?}", s.evidence);
        }
        // A remedy that says how, with no harm of its own, still ends one.
        for remedy in [
            "The scheme will fix the parking problem by adding two hundred spaces.",
            "The scheme will solve the congestion problem by closing one lane to lorries.",
        ] {
            let s = read(remedy);
            assert!(s.evidence.iter().any(|e| e.kind == "negation"), "{remedy}: {:?}", s.evidence);
        }
    }

    #[test]
    fn best_that_ranks_the_land_at_stake_or_a_record_judges_nothing() {
        let read = score_whole;
        for words in [
            "They would pave over the best farmland in the valley.",
            "That is more visitors than the pier drew in its best year.",
        ] {
            let s = read(words);
            assert!(s.evidence.iter().all(|e| e.text != "best"), "{words}: {:?}", s.evidence);
        }
        let s = read("This is the best offer the pier has had in twenty years.");
        assert!(s.evidence.iter().any(|e| e.text == "best") && s.raw > 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn too_little_of_a_plans_reach_is_a_criticism() {
        let read = score_whole;
        for words in
            ["The pier curfew is too small and too closely tied to the harbour board.", "The curfew is too timid."]
        {
            let s = read(words);
            assert!(s.raw < 0.0, "{words}: {:?}", s.evidence);
        }
        // Denied, it is no criticism.
        let s = read("The curfew is not too small.");
        assert!(s.raw >= 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn more_comfort_wished_for_on_a_condition_is_a_reservation() {
        let read = score_whole;
        let s = read("I'd be more comfortable if the pier permits were phased in over three years.");
        assert!(s.raw < 0.0, "{:?}", s.evidence);
        let s = read("I'm comfortable with the pier permits.");
        assert!(s.raw > 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn optimism_said_of_a_forecast_doubts_it() {
        let read = score_whole;
        for doubt in [
            "The ticket sales estimates appear optimistic.",
            "The council's visitor targets are optimistic.",
            "These are optimistic projections for a town of this size.",
        ] {
            let s = read(doubt);
            assert!(s.raw < 0.0, "{doubt}: {:?}", s.evidence);
        }
        // The speaker's own optimism, with a forecast noun out of reach.
        for hope in ["We are optimistic about the pier.", "I am optimistic that we will meet every target we set."] {
            let s = read(hope);
            assert!(s.raw > 0.0, "{hope}: {:?}", s.evidence);
        }
    }

    #[test]
    fn wise_after_a_hyphen_is_no_judgement() {
        let read = score_whole;
        let s = read("The board should publish district-wise figures on the pier.");
        assert!(s.evidence.iter().all(|e| e.text != "wise"), "{:?}", s.evidence);
        let s = read("Closing the pier at night is a wise decision.");
        assert!(s.evidence.iter().any(|e| e.text == "wise") && s.raw > 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn a_denied_objection_then_a_but_with_nothing_weighable_is_a_caveat() {
        let read = score_whole;
        let s = read("The guild had no objection to the curfew but the lamps should be tried on one street first.");
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "but" && e.weight < 0.0), "{:?}", s.evidence);
        // Without the "but", the denied objection is plain support.
        let s = read("The guild had no objection to the curfew.");
        assert!(!s.two_sided && s.raw > 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn a_charge_denied_and_the_aim_restated_is_a_rebuttal() {
        let read = score_whole;
        // The denied charge counts nothing; the rebuttal leans for the plan.
        for words in [
            "This is not about punishing anglers. It is about letting the trout spawn.",
            "The curfew isn't a punishment, it's a limit on the hours the quay stays lit.",
            "The levy was never about greed. It was about mending the harbour wall.",
        ] {
            let s = read(words);
            assert!(s.raw > 0.0 && s.evidence.iter().any(|e| e.kind == "rebuttal"), "{words}: {:?}", s.evidence);
        }
        // Denying the plan's aim and asserting a charge does not lean for it:
        // a word of praise in the denied words, or a motive imputed in the
        // restatement, marks the critic. (With neither, as in "this is not
        // about the buses, it is about the kerbs", nothing tells the charge
        // from the aim, and the denial reads as a rebuttal; requiring a cue
        // there loses five defenders in the sets.)
        for words in [
            "This is not about safer roads. It is about money for the council.",
            "This is not about the buses, it's about raising revenue for the council.",
            "It was never about the harbour. It was about politics.",
        ] {
            let s = read(words);
            assert!(s.raw <= 0.0 && s.evidence.iter().all(|e| e.kind != "rebuttal"), "{words}: {:?}", s.evidence);
        }
        let words = "The curfew isn't a plan, it's a punishment for the whole quay.";
        let s = read(words);
        assert!(s.raw < 0.0 && s.evidence.iter().all(|e| e.kind != "rebuttal"), "{words}: {:?}", s.evidence);
        // A critic's plea for a group, or a label of the plan swapped for a
        // jab, is no rebuttal.
        for words in [
            "Our tenants are not rich investors. They are widows who let a spare room.",
            "This is not a marina, it's a car park on the water.",
        ] {
            let s = read(words);
            assert!(s.evidence.iter().all(|e| e.kind != "rebuttal"), "{words}: {:?}", s.evidence);
        }
    }

    #[test]
    fn a_disclaimer_of_opposition_opens_an_objection() {
        let read = score_whole;
        // The denied opposition is no support; the position follows it.
        let s = read("We're not against bakeries. We're not against lorries. We're against a depot beside the school.");
        assert!(s.raw < 0.0, "{:?}", s.evidence);
        let d: Vec<_> = s.evidence.iter().filter(|e| e.kind == "disclaimer").collect();
        assert_eq!(d.len(), 1, "{:?}", s.evidence);
        assert_eq!(d[0].text, "not against");
        assert!(s.evidence.iter().all(|e| e.weight <= 0.0), "{:?}", s.evidence);
        // With nothing weighable after it, the disclaimer alone leans cautious.
        for words in [
            "Nobody on this lane is against progress. The bridge takes one cart at a time.",
            "No one is against cheaper ferries.",
            "Nobody here is saying freeze the harbour. We are saying count the berths first.",
        ] {
            let s = read(words);
            assert!(s.raw < 0.0 && s.evidence.iter().any(|e| e.kind == "disclaimer"), "{words}: {:?}", s.evidence);
        }
        // A position that leans optimistic after or before it: the
        // disclaimer only concedes or repeats a point.
        for words in [
            "I've got nothing against the band. But at four in the morning? A library would be a blessing.",
            "We support the new tolls. Nobody on the quay is against them.",
        ] {
            let s = read(words);
            assert!(s.raw > 0.0 && s.evidence.iter().all(|e| e.kind != "disclaimer"), "{words}: {:?}", s.evidence);
        }
        // What the denial binds ends at a predicate of its own: support
        // there counts, and the disclaimer defers to it.
        let s = read("The guild was not opposed to the ferries and welcomed the new timetable.");
        assert!(s.raw > 0.0 && s.evidence.iter().all(|e| e.kind != "disclaimer"), "{:?}", s.evidence);
        // Not a plan's defence ("not anti-", "this is not against"), what
        // is legal, a denied claim of praise (a flaw conceded), a question
        // left open, or a name.
        for words in [
            "This is not against anyone. It is for the families on the lane.",
            "Leaving a bike on the kerb is not against the rules today.",
            "I'm not saying the levy is perfect, but it is a start.",
            "A levy is not anti-farmer.",
            "The mayor is not saying whether she will sign.",
            "No 10 is against the idea.",
            "The small mills could not compete against the imports.",
        ] {
            assert!(read(words).evidence.iter().all(|e| e.kind != "disclaimer"), "{words}");
        }
    }

    #[test]
    fn a_complaint_that_things_cannot_go_on_argues_for_change() {
        let read = score_whole;
        for (words, cited) in [
            ("We cannot keep sending pupils forty miles for a chemistry lesson.", "cannot keep sending"),
            ("Growers can't go on selling plums below what they cost to pick.", "can't go on selling"),
            ("Frankly, the ward can't carry on like this.", "can't carry on like this"),
            // What cannot go on is the status quo: its own words of
            // welcome or worry are not the speaker's.
            (
                "We can't keep telling young couples they are welcome here as long as they are rich.",
                "can't keep telling",
            ),
            ("The depot cannot continue losing drivers to worry and burnout.", "cannot continue losing"),
        ] {
            let s = read(words);
            assert!(s.raw > 0.0, "{words}: {:?}", s.evidence);
            assert!(s.evidence.iter().any(|e| e.kind == "problem" && e.text == cited), "{words}: {:?}", s.evidence);
            assert!(s.evidence.iter().all(|e| e.weight >= 0.0), "{words}: {:?}", s.evidence);
        }
        for words in [
            // The plan is what would end it.
            "We cannot keep trading if the lane is shut to vans.",
            "Shops can't go on opening without passing trade.",
            // Keeping a thing, or keeping up, is not a practice that must end.
            "We cannot keep the branch open on these numbers.",
            "The crews can't keep up with the orders.",
            // Nor is an opponent's complaint about the plan.
            "I hate the new layout of the market.",
        ] {
            assert!(read(words).evidence.iter().all(|e| e.kind != "problem"), "{words}: {:?}", read(words).evidence);
        }
        assert!(read("I hate the new layout of the market.").raw < 0.0);
    }

    #[test]
    fn a_verb_of_acceptance_that_is_a_cue_counts_once() {
        let read = score_whole;
        // "Accept" is support on its own: the hypothetical adds nothing, so
        // accepting a smaller thing does not outweigh the objection.
        let s = read("I would accept twenty homes. Three hundred is too many.");
        assert!(s.raw < 0.0 && s.evidence.iter().all(|e| e.kind != "willing"), "{:?}", s.evidence);
        // The cost it takes on is still no warning.
        let s = read("We would accept a bit of noise.");
        assert!(s.raw > 0.0 && s.evidence.iter().all(|e| e.weight >= 0.0), "{:?}", s.evidence);
    }

    #[test]
    fn a_hypothetical_of_acceptance_is_support() {
        let read = score_whole;
        for (words, cited) in [
            ("I'd buy a flat above the new market tomorrow.", "buy"),
            ("We would happily put up with the odd week of roadworks.", "put up with"),
            ("he would apply the morning the scheme opens", "apply"),
            ("I would take a bit of mess for a square my kids can play in.", "take"),
        ] {
            let s = read(words);
            assert!(s.raw > 0.0, "{words}: {:?}", s.evidence);
            assert!(s.evidence.iter().any(|e| e.kind == "willing" && e.text == cited), "{words}: {:?}", s.evidence);
            // The cost taken on is no warning.
            assert!(s.evidence.iter().all(|e| e.weight >= 0.0), "{words}: {:?}", s.evidence);
        }
        for words in [
            "I wouldn't buy one of those flats.",
            "We'll take the council to court.",
            "I'd take a look at the figures first.",
            "I'd buy my bread elsewhere.",
            "They would take our parking spaces.",
            "she said he would apply the rule strictly",
            "he would apply the new limits from June",
            // A promise of procedure, an alternative or a quality taken,
            // not a hypothetical of taking the plan on.
            "We will take into account every letter we get.",
            "We'll take on board what the parish says.",
            "I'd take the old timetable any day.",
            "I would apply caution here.",
        ] {
            assert!(read(words).evidence.iter().all(|e| e.kind != "willing"), "{words}");
        }
    }

    #[test]
    fn support_told_by_the_verb_then_a_but_with_nothing_weighable_is_a_caveat() {
        let read = |words: &str, lead_in: f64| {
            score_words_after(&DEFAULT, words, Span::new(0, words.len()), None, false, false, lead_in)
        };
        // "The guild welcomed ..." before the words: the verb is the support.
        let s = read("any later opening hours but said bakers should be asked first", 0.4);
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "but" && e.weight < 0.0), "{:?}", s.evidence);
        // Without a verb of support, a "but" is no caveat.
        let s = read("any later opening hours but said bakers should be asked first", 0.0);
        assert!(s.evidence.iter().all(|e| e.kind != "caveat"), "{:?}", s.evidence);
    }

    #[test]
    fn critics_idioms_of_cost_doubt_and_futility_are_cautious() {
        each_reads(
            &[
                "The levy is a tax on cycling.",
                "The fee will simply be passed on to drivers.",
                "The grant is too low to matter for most bakeries.",
                "The merger raises serious questions about prices in the valley.",
                "Higher fares would send riders back to their cars, defeating the very purpose of the line.",
                "The deal lets rich owners buy their way out of the rules.",
            ],
            |raw| raw < 0.0,
        );
    }

    #[test]
    fn a_pledge_named_is_asked_for_or_doubted_not_given() {
        // Naming guarantees or promises takes no side ...
        each_reads(
            &[
                "The ferry crews will want firm guarantees on rosters first.",
                "The plan breaks the council's own promises to the harbour.",
                "Assurances from the operator are cheap.",
            ],
            |raw| raw <= 0.0,
        );
        // ... their absence is a complaint ...
        let (raw, _) = read("There is no guarantee the night buses will keep running.");
        assert!(raw < 0.0, "{raw}");
        // ... and a promise made or kept is support.
        for words in ["The trial shows the promise of cheaper screening.", "That was the promise, and we kept it."] {
            let (raw, ev) = read(words);
            assert!(raw > 0.0, "{words}: {raw} {ev:?}");
        }
    }

    #[test]
    fn a_cue_inside_a_longer_capitalized_name_is_no_cue() {
        // "Support" and "Trust" name the bodies here ...
        let (raw, ev) = read("The convoy crossed land held by the Coastal Support Brigade.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
        let (raw, ev) = read("Grants went to the Harbour Trust and the Fair Play Fund.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
        // ... but a capital that only opens the sentence or a quotation
        // does not make a name.
        let (raw, _) = read("Support for the ferry is growing.");
        assert!(raw > 0.0, "{raw}");
        // A lone capitalized cue after a word in lower case is a place.
        let (raw, ev) = read("The families of Victory were told nothing.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
    }

    #[test]
    fn a_sum_that_falls_short_is_a_demand_for_more() {
        let (raw, ev) = read("The new grant falls far short of what the clinics need.");
        assert!(raw < 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn a_championship_is_a_thing_not_support() {
        let (raw, ev) = read("The regional championship draws a full stand every spring.");
        assert!(raw.abs() < 1e-9, "{raw} {ev:?}");
        let (raw, _) = read("She has championed the ferry link for years.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn support_on_a_condition_set_after_it_is_a_caveat() {
        let read = score_whole;
        let s = read("The guild supported the curfew if the town paid for the lighting.");
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "if"), "{:?}", s.evidence);
        // A condition that opens the sentence only weakens what follows it.
        let s = read("If the town pays for the lighting, the guild supported the curfew.");
        assert!(s.evidence.iter().all(|e| e.kind != "caveat") && s.raw > 0.0, "{:?}", s.evidence);
        // "provided" before a subject is a condition; before an object, a verb.
        let s = read("The guild welcomed the curfew, provided it ends at dawn.");
        assert!(s.two_sided, "{:?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "caveat" && e.text == "provided it"), "{:?}", s.evidence);
        let s = read("The guild welcomed the curfew and provided the lamps.");
        assert!(!s.two_sided && s.raw > 0.0, "{:?}", s.evidence);
    }

    #[test]
    fn support_then_a_reservation_counts_on_both_sides() {
        let words = "Members supported the goal but worried that teachers would enforce it.";
        let s = score_words(&DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(s.two_sided);
        let ev: Vec<String> = s.evidence.iter().map(|e| format!("{}:{}", e.kind, e.text)).collect();
        assert!(ev.contains(&"reservation:but".to_string()), "{ev:?}");
        assert!(!ev.contains(&"contrast:but".to_string()), "{ev:?}");
        // A warning conceded before the "but" is not a reservation: the
        // later clause still wins.
        let words = "There are risks, but the offer is welcome.";
        let s = score_words(&DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(!s.two_sided && s.raw > 0.0);
        // Nor is a token concession too weak to count.
        let words = "It helps, but it is a reckless gamble.";
        let s = score_words(&DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(!s.two_sided && s.raw < 0.0, "{:?}", s.evidence);
        // A welcoming verb before the words sits before their "but".
        let words = "the cuts but warned that it would take years";
        let s = score_words_after(&DEFAULT, words, Span::new(0, words.len()), None, false, false, 0.5);
        assert!(s.two_sided);
    }

    #[test]
    fn praise_in_an_open_whether_question_counts_a_tenth() {
        let (plain, _) = read("The fee is fair.");
        let (asked, ev) = read("We will watch whether the fee is fair.");
        assert!(plain > 0.2, "{plain}");
        assert!(asked.abs() <= plain * 0.1 + 1e-9, "{asked} {plain} {ev:?}");
        // A warning in the same clause keeps the conditional's half.
        let (plain, _) = read("The fee is unfair.");
        let (asked, ev) = read("We will watch whether the fee is unfair.");
        // (Both are negative: `asked` lies between 0.4 and 0.6 of `plain`.)
        assert!(plain < -0.2, "{plain}");
        assert!(asked < plain * 0.4 && asked > plain * 0.6, "{asked} {plain} {ev:?}");
        // Praise outside the clause the question opens is granted.
        let (raw, ev) = read("Whether you like it or not, the pier is a great success.");
        assert!(raw > 0.4, "{raw} {ev:?}");
    }

    #[test]
    fn praise_undercut_by_until_counts_against() {
        let (raw, ev) = read("A new bridge sounds lovely until you see the tolls.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        assert!(ev.contains(&"echo:lovely".to_string()), "{ev:?}");
        let (raw, ev) = read("Night markets are great until it's two in the morning outside your window.");
        assert!(raw < 0.0, "{raw} {ev:?}");
        // A state that lasts to a date, the past, or no verb of seeming.
        for plain in [
            "The summer timetable is great until September.",
            "The old bridge was lovely until the flood.",
            "It will stay great until you move away.",
        ] {
            let (raw, ev) = read(plain);
            assert!(ev.iter().all(|e| !e.starts_with("echo")), "{plain}: {ev:?}");
            assert!(raw >= 0.0, "{plain}: {raw} {ev:?}");
        }
    }

    #[test]
    fn ending_a_burden_or_a_threat_is_good_news() {
        let (raw, ev) = read("Splitting the unit would reduce the risk for the group.");
        assert!(raw > 0.2, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:reduce".to_string()), "{ev:?}");
        let (raw, _) = read("The new rules will allay fears and cut red tape.");
        assert!(raw > 0.4, "{raw}");
        // As it stands, the risk is still a warning.
        let (raw, _) = read("The risk for the group is serious.");
        assert!(raw < -0.4, "{raw}");
        // An ender does not turn an adjective about the plan.
        let (raw, _) = read("We will fight this unfair plan.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn a_requirement_is_not_praise() {
        let (plain, _) = read("The changes are safe and sustainable.");
        let (required, ev) = read("Any changes must be safe and sustainable.");
        assert!(required > 0.0 && required < plain * 0.5, "{required} {plain}");
        assert!(ev.contains(&"conditional:must be".to_string()), "{ev:?}");
        // A cautious cue after it is untouched.
        let (raw, _) = read("Any charge should be voluntary.");
        assert!(raw < -0.3, "{raw}");
    }

    #[test]
    fn general_sentiment_words_count_weakly_and_names_do_not() {
        let (raw, ev) = read("Frankly, the payment is an insult.");
        assert!(raw < 0.0 && raw > -0.3, "{raw}");
        assert_eq!(ev, vec!["sentiment:insult"]);
        // Weaker than a curated cue of the same leaning.
        let (curated, _) = read("Frankly, the payment is unacceptable.");
        assert!(curated < raw);
        // A capitalized word inside a sentence is a name.
        let (raw, ev) = read("We asked Tom Bliss about it.");
        assert_eq!((raw, ev.len()), (0.0, 0));
        let (raw, _) = read("Bliss. It was pure bliss.");
        assert!(raw > 0.0);
    }

    #[test]
    fn something_expected_counts_only_when_it_is_missing() {
        let (raw, ev) = read("The plan goes out to consultation next month.");
        assert_eq!((raw, ev.len()), (0.0, 0), "{ev:?}");
        let (raw, ev) = read("Neither the drivers nor the residents were consulted.");
        assert!(raw <= -0.4, "{raw} {ev:?}");
        assert!(ev.contains(&"negation:nor".to_string()), "{ev:?}");
        let (raw, _) = read("We had no real say in it.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn a_judgement_word_in_the_possessive_is_a_name() {
        let (raw, ev) = read("The trust's wardens cleared the paths last winter.");
        assert_eq!((raw, ev.len()), (0.0, 0), "{ev:?}");
        // An event keeps its weight in the possessive, and a plain cue counts.
        let (raw, _) = read("The war's toll on the town is plain.");
        assert!(raw < 0.0, "{raw}");
        let (raw, _) = read("We trust the wardens.");
        assert!(raw > 0.0, "{raw}");
    }

    #[test]
    fn a_cue_noun_that_modifies_a_noun_names_a_thing() {
        // The first half of a compound is part of a name, no judgement.
        for text in [
            "This is a support group for parents.",
            "A cost estimate came in at four million.",
            "The office will publish cost estimates for every ward.",
            "They wrote to the office under the consumer protection law.",
        ] {
            let (raw, ev) = read(text);
            assert_eq!((raw, ev.len()), (0.0, 0), "{text}: {ev:?}");
        }
        // The same words as a verb, before a function word or a clause of
        // their own, or an adjective before its noun, keep counting.
        each_reads(
            &[
                "We support the plan.",
                "There is strong support for it.",
                "It is a fair deal for drivers.",
                "The levy would help families.",
                "Strong support remains for the scheme.",
                "The benefit justifies the wait.",
            ],
            |raw| raw > 0.0,
        );
        for text in
            ["The cost will be crushing.", "There is a danger people would stay away.", "A strike gets you nothing."]
        {
            let (raw, ev) = read(text);
            assert!(raw < 0.0, "{text}: {raw} {ev:?}");
        }
        // A head in -s followed by its object is a verb: the cue stays.
        let (_, ev) = read("Our protection costs money.");
        assert!(!ev.is_empty(), "{ev:?}");
    }

    #[test]
    fn a_block_or_waste_named_as_a_thing_is_no_harm() {
        // A block as a building, waste as a material handled.
        let (raw, ev) = read("The pupils moved into the new classroom block on Monday.");
        assert_eq!((raw, ev.len()), (0.0, 0), "{ev:?}");
        let (raw, ev) = read("Garden waste goes to the depot by the quarry.");
        assert_eq!((raw, ev.len()), (0.0, 0), "{ev:?}");
        // Waste as a loss stays a complaint.
        let (raw, _) = read("The depot is a waste.");
        assert!(raw < 0.0, "{raw}");
    }

    #[test]
    fn sums_that_do_not_add_up_are_a_complaint() {
        let (raw, ev) = read("The figures add up to nine stalls.");
        assert_eq!((raw, ev.len()), (0.0, 0), "{ev:?}");
        let (raw, _) = read("The figures simply do not add up.");
        assert!(raw < -0.2, "{raw}");
    }

    #[test]
    fn a_word_of_risk_that_names_a_kind_of_thing_is_no_warning() {
        let (raw, ev) = read("Heat is one of the risk factors the league can control.");
        assert_eq!((raw, ev.len()), (0.0, 0), "{ev:?}");
        let (raw, ev) = read("Lenders will use risk-based pricing.");
        assert!(raw >= 0.0, "{raw} {ev:?}");
    }

    #[test]
    fn leaving_the_decision_to_another_body_defers_it() {
        let s = "She said the choice was a decision for the league and would be welcome or not.";
        let words = score_words(&DEFAULT, s, Span::new(0, s.len()), None, false, false);
        assert!(words.deflected);
    }

    #[test]
    fn unknown_verbs_are_read_with_the_cue_tables() {
        assert_eq!(verb_weight(&DEFAULT, "warn"), -0.5);
        assert_eq!(verb_weight(&DEFAULT, "say"), 0.0);
        assert!(verb_weight(&DEFAULT, "express frustration") < 0.0);
        assert!(verb_weight(&DEFAULT, "shrug") == 0.0);
    }
}
