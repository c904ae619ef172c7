//! Attribution: which words belong to which speaker.
//!
//! Per block, in reading order: find the reporting verbs outside quotations,
//! find each verb's subject (left of it, or right of it when inverted), tie
//! direct quotations to the verb before or after them, take the reported
//! clause after each remaining verb, and give quotations with no verb of
//! their own to the speaker of the words just before them.

use std::rc::Rc;
use std::sync::LazyLock;

use crate::article::{Cue, Diagnostic, DiagnosticKind, Span, SpeakerId, SpeakerKind, Utterance, UtteranceKind};
use crate::lexicon::{LEXICON, VerbClass, flag, fold};
use crate::quotes::Quote;
use crate::speakers::{
    Entity, Gender, LEGAL_SUFFIXES, Mention, NameWords, Registry, Words, WordsBuffers, agent_participle, analyze,
    body_named, nickname_end, without_corporate,
};
use crate::tokens::{Kind, Token};

/// Words that open a clause with a speaker of its own inside somebody
/// else's reported words: `… although critics have said …`.
const CONTRAST: &[&str] = &["although", "though", "while", "whereas", "but", "as", "yet"];

/// Words that open an imperative sentence before its verb (`Please
/// support …`, `Help support …`, `Please help support …`).
const IMPERATIVE_OPENERS: &[&str] = &["please", "help", "kindly"];

/// Endings of adjectives: `no public comment`, `a formal complaint`.
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ive", "ous", "ful", "less", "able", "ible", "est"];

/// A pronoun in the object or possessive case (`according to him`, `in
/// her words`), read as the person or people it refers to; `analyze`
/// reads only the subject case, since these words stand in objects
/// everywhere else.
fn object_pronoun(w: &Words<'_>, i: usize) -> Option<Mention> {
    let (gender, plural) = if w.is_any(i, &["him", "his"]) {
        (Gender::Male, false)
    } else if w.is(i, "her") {
        (Gender::Female, false)
    } else if w.is_any(i, &["them", "their"]) {
        (Gender::Unknown, true)
    } else {
        return None;
    };
    Some(Mention::Pronoun { gender, plural, neuter: false })
}

/// The candidates (sorted by position) whose verb stands in `lo..hi`: a
/// binary search, so that nothing in a block scans every verb for every
/// quotation (a block may hold thousands of both).
fn in_range(cands: &[Candidate], lo: usize, hi: usize) -> std::ops::Range<usize> {
    let a = cands.partition_point(|c| c.at < lo);
    let z = cands.partition_point(|c| c.at < hi);
    a..z.max(a)
}

/// The longest stretch of words one attribution may claim, in tokens.
const MAX_WORDS: usize = 400;

/// An utterance whose `speaker` still holds the register's entity id; the
/// entity ids become speaker ids once the article is read.
pub(crate) type Found = Utterance;

/// Where a verb's subject stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// Tokens `a..b` before the verb.
    Left(usize, usize),
    /// Tokens `a..b` after the verb: `said Ruiz`, `says the committee`.
    Right(usize, usize),
    /// The subject of the clause the verb hangs off: `…, saying …`, `… and said …`.
    Inherit,
}

#[derive(Debug, Clone)]
struct Candidate {
    /// The verb token.
    at: usize,
    /// One past the verb phrase (particle or object noun included).
    end: usize,
    lemma: &'static str,
    class: VerbClass,
    subject: Option<Subject>,
    /// Sentence-initial `Asked …`: frames a question, reports nobody.
    asked: bool,
    /// The verb introduces or follows a direct quotation.
    quotes: Vec<usize>,
    /// The resolved speaker.
    entity: Option<usize>,
    /// Whether one of the verb word's entries takes a listener (`told
    /// reporters`): read from the lexicon once, when the verb is found.
    listener: bool,
}

impl Candidate {
    fn new(at: usize, end: usize, lemma: &'static str, class: VerbClass) -> Candidate {
        Candidate {
            at,
            end,
            lemma,
            class,
            subject: None,
            asked: false,
            quotes: Vec::new(),
            entity: None,
            listener: false,
        }
    }
}

/// Carries state from block to block.
#[derive(Debug, Default)]
pub(crate) struct Attributor {
    pub registry: Registry,
    pub found: Vec<Found>,
    pub diagnostics: Vec<Diagnostic>,
    /// The speaker of the last words in the previous body block, for
    /// paragraphs that are only a quotation.
    carry: Option<usize>,
    /// For each kind of document in [`DOCUMENTS`], who last issued one
    /// (`told staff in a memo`), so that `the memo said` speaks for them.
    issuers: [Option<usize>; DOCUMENTS.len()],
    /// The last block's buffers, reused by the next.
    buffers: Buffers,
    /// Quotations tagged only by a pronoun that found nobody it could mean
    /// (`“…,” he conceded.`), with that pronoun; see [`settle_orphans`].
    pub orphans: Vec<(Found, Mention)>,
    /// The spans of refusals that hold no other words (`Ofsted declined to
    /// comment on the plans.`), said by a subject that names its speaker;
    /// see [`settle_refusals`].
    pub refusals: Vec<Span>,
}

/// The per-block buffers of [`Attributor::block`], kept from one block to
/// the next: an article has a few dozen blocks, and allocating and freeing
/// three to eight vectors and a map for each one cost about 1 instruction
/// per byte of text. (A block that ends early leaves them empty; the next
/// one allocates.)
#[derive(Debug, Default)]
struct Buffers {
    words: WordsBuffers,
    sent_start: Vec<usize>,
    sent_end: Vec<usize>,
    qopen: Vec<usize>,
    qclose: Vec<usize>,
    direct: Vec<bool>,
    /// The block's verb candidates, who spoke where, and which quotations
    /// have a speaker (see [`Attributor::block`]).
    cands: Vec<Candidate>,
    emitted: Vec<(usize, usize)>,
    uttered: Vec<bool>,
}

fn lemma_of(w: &Words<'_>, i: usize) -> &'static [u16] {
    LEXICON.word_verb_forms(w.text(i))
}

/// `a man accused of fraud`, `a driver charged with speeding`: a participle
/// whose preposition (not `by`) names what the person is accused of, which
/// belongs to the phrase as an agent does.
fn charged_participle(b: &Block<'_, '_>, k: usize) -> bool {
    b.word(k)
        && b.word(k + 1)
        && (b.w.is_any(k, &["accused", "suspected", "convicted", "acquitted", "cleared"]) && b.w.is(k + 1, "of")
            || b.w.is(k, "charged") && b.w.is(k + 1, "with"))
}

fn is_past_participle(word: &str) -> bool {
    // Compared up to ASCII case in place, with no lowercase copy.
    let b = word.as_bytes();
    (b.len() >= 2 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed"))
        || ["said", "told", "thought", "felt", "written", "known", "held", "spoken"]
            .iter()
            .any(|x| word.eq_ignore_ascii_case(x))
}

struct Block<'a, 'w> {
    w: &'a Words<'w>,
    quotes: &'a [Quote],
    /// First token of each token's sentence, and one past its last.
    sent_start: Vec<usize>,
    sent_end: Vec<usize>,
    /// For each quotation: its opening and closing token, and whether it is
    /// a direct quotation (a whole utterance rather than words embedded in a
    /// sentence).
    qopen: Vec<usize>,
    qclose: Vec<usize>,
    direct: Vec<bool>,
}

impl<'a, 'w> Block<'a, 'w> {
    fn toks(&self) -> &'a [Token] {
        self.w.toks
    }

    fn n(&self) -> usize {
        self.w.toks.len()
    }

    fn word(&self, i: usize) -> bool {
        self.toks().get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn outside(&self, i: usize) -> bool {
        self.toks().get(i).is_some_and(|t| t.quote == 0)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks().get(i).is_some_and(|t| t.is_punct(c))
    }

    fn quote_index(&self, i: usize) -> Option<usize> {
        let q = self.toks().get(i)?.quote;
        (q != 0).then(|| q as usize - 1)
    }
}

impl Attributor {
    /// An attributor whose per-block buffers have room for blocks of up to
    /// `tokens` tokens: grown block by block instead, from empty in every
    /// article, they were copied a few times per article each.
    pub fn with_block_capacity(tokens: usize) -> Attributor {
        let mut att = Attributor::default();
        let b = &mut att.buffers;
        b.sent_start.reserve(tokens);
        b.sent_end.reserve(tokens);
        b.words.reserve(tokens);
        att
    }

    /// Attributes the words of one body block.
    #[allow(clippy::too_many_arguments)]
    pub fn block(
        &mut self,
        text: &str,
        block_index: usize,
        toks: &[Token],
        quotes: &[Quote],
        sentence_spans: &[Span],
        continues: bool,
    ) {
        let Buffers {
            words,
            mut sent_start,
            mut sent_end,
            mut qopen,
            mut qclose,
            mut direct,
            mut cands,
            mut emitted,
            uttered,
        } = std::mem::take(&mut self.buffers);
        let w = Words::reusing(text, toks, words);
        let n = toks.len();
        // Each sentence's bounds are written once, as it ends, rather than
        // into arrays filled first with a default.
        sent_start.clear();
        sent_end.clear();
        sent_start.reserve(n);
        sent_end.reserve(n);
        // Sentences as attribution sees them: a run-on "sentence" (a whole
        // file without a full stop) is cut into windows of `MAX_WORDS`
        // tokens, so that every search around a verb stays bounded.
        //
        // Tokens carry their sentence's index in reading order (the
        // tokenizer only ever moves on to the next sentence), so where a
        // sentence or a window ends is found by a binary search over at
        // most `MAX_WORDS` tokens rather than by comparing every token with
        // the one before it.
        debug_assert!(toks.windows(2).all(|p| p[0].sentence <= p[1].sentence));
        let mut s = 0;
        while s < n {
            let sentence = toks[s].sentence;
            let end = s + toks[s..n.min(s + MAX_WORDS)].partition_point(|t| t.sentence == sentence);
            sent_end.resize(end, end);
            sent_start.resize(end, s);
            s = end;
        }
        kicker_label(&w, toks, &mut sent_start, &mut sent_end);
        qopen.clear();
        qopen.resize(quotes.len(), usize::MAX);
        qclose.clear();
        qclose.resize(quotes.len(), 0);
        direct.clear();
        direct.resize(quotes.len(), false);
        // A block without quotations (most of them) has no token inside one.
        if !quotes.is_empty() {
            for (i, t) in toks.iter().enumerate() {
                if t.quote != 0 {
                    let q = t.quote as usize - 1;
                    qopen[q] = qopen[q].min(i);
                    qclose[q] = i;
                }
            }
        }
        let mut b = Block { w: &w, quotes, sent_start, sent_end, qopen, qclose, direct };
        // `Read more: Board rejects solar plan`: a link to another story is
        // that story's headline, whose verbs and names are none of this
        // one's speakers or bodies.
        if story_link(&b) {
            return;
        }
        self.observe_names(&b, block_index);

        find_candidates(&b, &mut cands);
        // Which quotations are whole utterances decides some subjects
        // (`“…,” said X` versus a title ending in a comma), so it comes first.
        classify_quotes(&mut b, &cands);
        for c in cands.iter_mut() {
            if !c.asked {
                c.subject = subject_of(&b, c);
            }
        }
        // `…, citing data centre demand, while …`: a participle of cause
        // after a comma opens no subject; its noun is the verb's look-alike.
        // And `…, while critics question how much …` or `Not everyone in
        // the town welcomed it.`: the narrator's framing of a dispute, not
        // anybody's words.
        // And `Ana Ruiz, who has called for the lanes to go, did not
        // respond to a request for comment.`: what a relative clause
        // recalls of somebody who gives no comment is the narrator's
        // background.
        cands.retain(|c| {
            !cause_participle_subject(&b, c)
                && !framed_doubt(&b, c)
                && !not_everyone(&b, c)
                && !recalled_of_silent(&b, c)
                && !named_in_quotes(&b, c)
        });
        tie_quotes(&b, &mut cands);
        drop_verbs_a_tag_reports(&b, &mut cands);
        drop_verbs_in_reported_clause(&b, &mut cands);
        let question = question_spans(&b, &cands);

        // Walk the verbs in reading order, resolving speakers as we go so
        // that pronouns see the speakers before them.
        emitted.clear(); // (token position, entity)
        let mut covered: Option<(usize, usize, usize)> = None; // (sentence start, until token, entity)
        let mut last_clause_entity: Option<(usize, usize)> = None; // (sentence start, entity)
        let mut uttered_quotes = uttered;
        uttered_quotes.clear();
        uttered_quotes.resize(quotes.len(), false);
        let mut introduced: Vec<(usize, u32)> = Vec::new(); // (index in `found`, sentence)
        let mut deferred: Vec<Found> = Vec::new(); // words of `Others` with nobody before them
        let mut intro: Option<usize> = None; // who the colon ending the block introduces
        for ci in 0..cands.len() {
            if cands[ci].asked {
                continue;
            }
            // (Borrowed, not cloned: a candidate's list of quotations would
            // be copied for every verb. Its speaker is written back below,
            // after the last reading of it.)
            let c = &cands[ci];
            let sstart = b.sent_start[c.at];
            // `It did not say whether it supported the site`, `unclear
            // whether the board backs it`: a verb whose subject follows
            // `whether` is in a question nobody has answered.
            if let Some(Subject::Left(a, _)) = c.subject
                && a > sstart
                && b.word(a - 1)
                && b.w.is(a - 1, "whether")
            {
                continue;
            }
            // The source of `…, according to X` reports the sentence even when
            // a verb inside it has reported part of it already.
            let in_covered =
                c.lemma != "according to" && covered.is_some_and(|(cs, until, _)| cs == sstart && c.at < until);
            // A verb inside somebody's reported words is second-hand speech
            // (`Moon said the leader had promised …`), unless a new clause
            // with a named subject of its own starts there (`… although
            // critics have said …`).
            let opens_clause = match c.subject {
                Some(Subject::Left(a, z)) => {
                    let a = owner_start(&b, a, sstart);
                    a > 1
                        && (CONTRAST.iter().any(|x| b.w.is(a - 1, x))
                            || b.w.is(a - 1, "with") && b.w.text(c.at).ends_with("ing")
                            || b.punct(a - 1, ';')
                            || (b.w.has(a - 1, flag::CONJ) && b.punct(a - 2, ','))
                            // `One nurse said …, another nurse said …`: the
                            // next of several unnamed people takes over.
                            || b.punct(a - 1, ',') && b.w.is(a, "another")
                            // `…, which National Grid says would cost ten
                            // times as much`: a non-restrictive clause
                            // whose own named subject reports the rest.
                            // (Not a standing claim told in passing: `which
                            // producers have long argued amounts to …`.)
                            // (`…, a move that it says will … but which
                            // critics warn could …`: so after `but`.)
                            || b.w.is(a - 1, "which") && (b.punct(a - 2, ',') || b.w.is(a - 2, "but")) && z == c.at
                            // `a move consumer groups say could save … and
                            // banks warn could push …`: a second clause of
                            // the same shape, its verb right before a modal.
                            || b.w.is(a - 1, "and") && z == c.at && b.word(c.end) && b.w.has(c.end, flag::MODAL)
                            // `a levy that banks warned would hurt lending
                            // and that unions said was overdue`: a second
                            // relative clause on the same noun, its `that`
                            // read with the subject, and the gap right
                            // after its verb (an auxiliary follows at once).
                            || b.w.is(a - 1, "and")
                                && b.w.is(a, "that")
                                && z == c.at
                                && b.word(c.end)
                                && b.w.has(c.end, flag::AUX | flag::MODAL)
                                && !b.w.has(c.end, flag::DET)
                            // `a fee freeze that clinic owners said had
                            // squeezed them`, `a fund the council has said
                            // is short`: a relative clause whose subject is
                            // the gap right after the verb of saying (an
                            // auxiliary or a modal follows it at once) is its
                            // named subject's claim about the noun.
                            || gap_after_verb(&b, c, a, z))
                        && !b.w.has(a, flag::PRONOUN)
                        || relative_clause_start(&b, a, sstart).is_some()
                }
                _ => false,
            };
            // `…, according to the mediation service, which said both sides
            // had signed`: a relative clause's own verb of saying reports
            // words of its own, even the covering speaker's.
            let relative_tag = matches!(c.subject, Some(Subject::Left(..)))
                && c.at >= sstart + 2
                && (b.w.is(c.at - 1, "which") || b.w.is(c.at - 1, "who"))
                && b.punct(c.at - 2, ',');
            // `The union had sought ratios; the hospital refused, arguing …`:
            // a participle after a semicolon hangs off the clause the
            // semicolon opens, not off the words reported before it.
            // So does one after `, but` and a clause of its own: `The
            // ministry signed the deal, but the doctors' union refused,
            // saying …` is the union's.
            let semicolon = (matches!(c.subject, Some(Subject::Inherit)) && b.w.text(c.at).ends_with("ing"))
                .then(|| {
                    (sstart + 1..c.at).rev().find(|&k| {
                        b.outside(k)
                            && (b.punct(k, ';')
                                || b.word(k) && b.w.is(k, "but") && b.punct(k - 1, ',') && b.outside(k - 1))
                    })
                })
                .flatten()
                .filter(|&k| !cands[..ci].iter().any(|d| d.at > k && d.entity.is_some()));
            let opens_clause = opens_clause || relative_tag || semicolon.is_some();
            if in_covered && c.quotes.is_empty() && !opens_clause {
                // `Doctors back the levy, but bottle makers and grocers warn
                // …`: a clause of somebody else's ends the words before it,
                // even when who they are is unclear.
                if c.subject.is_none() {
                    let contrast = (sstart + 2..c.at)
                        .rev()
                        .take(8)
                        .take_while(|&j| b.word(j) && b.outside(j) && !b.w.has(j, flag::VERB | flag::AUX | flag::MODAL))
                        .find(|&j| {
                            CONTRAST.iter().any(|x| b.w.is(j, x))
                                && !b.w.is(j, "as")
                                // (`a deal that leaders say delivers raises
                                // but that some on the line say gives too
                                // much`: `but that` opens a second relative
                                // clause, comma or not.)
                                && (b.punct(j - 1, ',') || b.w.is(j, "but") && b.w.is(j + 1, "that"))
                        });
                    if let (Some(j), Some(last)) = (contrast, self.found.last_mut()) {
                        let cut = b.toks()[j].start;
                        if last.span.start < cut && cut < last.span.end {
                            last.span.end = trim_back(b.w.text, last.span.start, cut);
                        }
                    }
                }
                continue;
            }
            let entity = match c.subject {
                // `The union had sought ratios; the hospital refused, arguing
                // …`: a participle after a semicolon hangs off the clause
                // the semicolon opens, whose subject has said nothing yet.
                Some(Subject::Inherit)
                    if let Some(k) = semicolon
                        && let Some(e) = read_np_right(&b, k + 1, b.sent_end[k])
                        && let Some(m) = analyze(b.w, k + 1, e)
                        && let Some(id) = self.registry.resolve(&m, b.toks()[k + 1].start, block_index, true) =>
                {
                    Some(id)
                }
                Some(Subject::Inherit) => last_clause_entity
                    .filter(|&(cs, _)| cs == sstart)
                    .map(|(_, e)| e)
                    .or_else(|| self.sentence_subject(&b, sstart, block_index)),
                // `according to analysts at Peel Hunt, who wrote …`: the
                // relative clause's subject is the source just read, however
                // much of its phrase each reading took in.
                Some(Subject::Left(a, _))
                    if relative_tag
                        && let Some(f) = self.found.last().filter(|f| {
                            f.block == block_index
                                && (f.source.is_some_and(|s| s.start == b.toks()[a].start)
                                    // (or its name in apposition: `according to
                                    // the party's spokesperson, Ana Ruiz, who said`)
                                    || f.sentence == b.toks()[c.at].sentence as usize
                                        && f.cue.as_ref().is_some_and(|q| q.lemma == "according to"))
                        }) =>
                {
                    Some(f.speaker.0)
                }
                Some(Subject::Right(a, z))
                    if c.lemma == "according to"
                        && z == a + 1
                        && let Some(m) = object_pronoun(b.w, a) =>
                {
                    self.registry.resolve(&m, b.toks()[a].start, block_index, false)
                }
                // `… said in a statement. The statement added that …`: the
                // document speaks with the voice of whoever issued it, the
                // one who spoke last.
                // `… told staff in a memo … The memo said …`: the one who
                // issued that kind of document, when the article said so.
                Some(Subject::Left(a, z)) if let Some(d) = document_np(&b, a, z) => self.issuers[d].or_else(|| {
                    (d < NAMED_ISSUER_ONLY).then(|| self.registry.last_speaker(b.toks()[a].start, 1000)).flatten()
                }),
                // `One post, shared widely, urged …`, `A tweet said …`: a
                // message nobody is named as having written carries its
                // author's words, not its own: those of whoever this
                // paragraph heard last (`A Facebook group … posted a list
                // … "…," one post said`), or else nobody's. The channel is
                // never a speaker.
                Some(Subject::Left(a, z)) if unsigned_message(&b, a, z) => {
                    let pos = b.toks()[a].start;
                    self.registry.last_heard(pos, pos - b.toks()[0].start)
                }
                Some(Subject::Left(a, z)) | Some(Subject::Right(a, z))
                    if let Some(id) = self.tag_body(&b, sstart, a, z, block_index) =>
                {
                    Some(id)
                }
                // `Two physicians … said …. One said …`, `Drivers were
                // divided. One, who …, said …`: one of the group just
                // spoken of. A group that has spoken speaks through one of
                // its members too; otherwise the one is somebody new,
                // described by the group's noun.
                Some(Subject::Left(a, z)) if z == a + 1 && one_of_group_tag(&b, a, sstart) => {
                    let pos = b.toks()[a].start;
                    self.registry.latest_group(pos, 600).and_then(|(g, spoke)| {
                        if spoke {
                            return Some(g);
                        }
                        // (The group's noun is its head, before any
                        // phrase of place: `passengers at the station`.)
                        let name = self.registry.name_of(g);
                        let noun = name
                            .split(' ')
                            .take_while(|x| !GROUP_PLACE.contains(&x.to_lowercase().as_str()))
                            .last()
                            .unwrap_or("")
                            .to_lowercase();
                        let one = noun.strip_suffix('s').filter(|n| n.len() >= 3)?.to_string();
                        let m = Mention::Role {
                            head: one.clone(),
                            words: vec![one.clone()],
                            display: format!("{} {one}", b.w.lower(a)),
                            definite: false,
                            has_pp: false,
                            gender: Gender::Unknown,
                        };
                        self.registry.resolve(&m, pos, block_index, true)
                    })
                }
                // `Some parents love the idea. Others say it would upend
                // child care`, `Reid said … . Others say the board has not
                // gone far enough`: a bare `Others` opening its sentence
                // speaks for people besides those just spoken of, so it is
                // a group of its own, not the one it would refer back to.
                // (When it refers to nobody, the sentence may introduce the
                // person named next: see `introduces` below.)
                Some(Subject::Left(a, z))
                    if z == a + 1 && a == sstart && b.toks()[a].is_cap() && b.w.is(a, "others") =>
                {
                    self.resolve_np(&b, a, z, block_index).and_then(|_| {
                        let m = Mention::Group { name: b.w.display(a, z), anonymous: false };
                        self.registry.resolve(&m, b.toks()[a].start, block_index, true)
                    })
                }
                Some(Subject::Left(a, z)) | Some(Subject::Right(a, z)) => {
                    let id = self.resolve_np(&b, a, z, block_index);
                    if let Some(id) = id {
                        // `Ana Velik, the ministry's spokeswoman,`: the role in an
                        // appositive describes the speaker for later references.
                        for (words, gender) in appositive_roles(&b, a, z) {
                            self.registry.describe(id, &words, gender);
                        }
                        // `The company supplying the seeds, Green Furrow, says`:
                        // a name the article calls a company is one, though
                        // it reads like a person's.
                        // (`Eskom said it would spend …`: `it` right after
                        // the verb may be anything for a person, `Ruiz said
                        // it was a mistake`, but a one-word name nobody has
                        // given a first name is a body when `it` and a verb
                        // follow.)
                        // (Not the place after `in`: `Wolven in Nederland`.)
                        let lone = z == a + 1
                            && !(a > 0 && b.word(a - 1) && b.w.has(a - 1, flag::PREP))
                            && self.registry.entities[id].tokens == 1
                            && matches!(c.lemma, "say" | "add" | "announce" | "state")
                            && b.word(c.at + 1)
                            && b.w.is(c.at + 1, "it")
                            && b.word(c.at + 2)
                            && b.w.has(c.at + 2, flag::AUX | flag::MODAL);
                        let apposed_body = appositive_institution(&b, a, z);
                        if apposed_body || (z == a + 1 && refers_back_as_it(&b, c.at)) || lone || kind_named(&b, a, z) {
                            let was_person = self.registry.entities[id].kind == SpeakerKind::Person;
                            self.registry.institution(id);
                            // `VKTU Maro Tane Rua, the bus drivers' union,
                            // said`: the name reader stops at an acronym
                            // before a person's name (`VKTU Deputy Chief Ana
                            // Ruiz`), but once the appositive makes the words
                            // a body, the acronym right before them opens
                            // that body's name.
                            if apposed_body
                                && was_person
                                && z > a + 1
                                && b.w.is_acronym(a)
                                && self.registry.entities[id].kind == SpeakerKind::Organization
                                && self.registry.entities[id].name == b.w.display(a + 1, z)
                            {
                                self.registry.rename_body(id, &b.w.display(a, z), &b.w.display(a, a + 1));
                            }
                        }
                        // `The Lark Trust, a charity that …, said`: the
                        // kind in apposition may name a body described
                        // earlier by that kind alone.
                        if self.registry.entities[id].kind == SpeakerKind::Organization {
                            if let Some(head) = kind_in_apposition(&b, z) {
                                self.registry.identify_body(id, &head, b.toks()[a].start);
                            }
                        }
                        // `A coalition of clinics, Fair Care Now, said`: what
                        // the body is called before its name is how the
                        // article may refer back to it (`the coalition`).
                        if self.registry.entities[id].kind == SpeakerKind::Organization {
                            if let Some(head) = body_before_name(&b, a).or_else(|| kind_before_name(&b, a, z)) {
                                self.registry.describe(id, &[head], Gender::Unknown);
                            }
                        }
                    }
                    id
                }
                None => None,
            };
            // `Others said the plan went too far. Rita Sol, a councillor,
            // said …`: a bare quantifier opening the sentence may introduce
            // the person named next rather than refer back.
            let introduces = matches!(c.subject, Some(Subject::Left(a, z)) if a == sstart && z == a + 1
                && ["others", "some", "many"].iter().any(|x| b.w.is(a, x)));
            // `Others welcomed the vote.`, `Some opposed the plan.`: a bare
            // quantifier with a verb of position, a short object and no
            // quotation is the narrator's turn to the next speaker, whose
            // own words follow; it is neither that speaker's words nor a
            // group's. (`Some described near-misses at the crossing and
            // said …` goes on to say what they said.)
            if introduces && c.class == VerbClass::Stance && c.quotes.is_empty() {
                let toks = b.toks();
                let sentence = toks[c.at].sentence;
                let ends = (c.end..(c.end + 5).min(b.n()))
                    .any(|k| toks[k].sentence != sentence || toks[k].is_punct('.') && toks[k].quote == 0);
                if ends || c.end >= b.n() {
                    continue;
                }
            }
            // `The judge found that …` is a ruling, words of hers; `a study
            // which found that …` and `Research has found that …` are
            // findings, which writers give to whoever cites them.
            let entity =
                entity.filter(|&id| c.lemma != "find" || self.registry.entities[id].kind == SpeakerKind::Person);
            let Some(entity) = entity else {
                if introduces && c.quotes.is_empty() && !in_covered {
                    if let Some((span, kind, _)) = reported_span(&b, c, &cands) {
                        let f = Found {
                            speaker: SpeakerId(0),
                            kind,
                            cue: Some(Cue { lemma: c.lemma, span: b.toks()[c.at].span() }),
                            span,
                            source: None,
                            question: None,
                            block: block_index,
                            sentence: b.toks()[c.at].sentence as usize,
                        };
                        deferred.push(f);
                    }
                }
                if !c.quotes.is_empty() {
                    let pronoun = match c.subject {
                        Some(Subject::Left(a, z)) | Some(Subject::Right(a, z)) if z == a + 1 => {
                            analyze(b.w, a, z).filter(|m| matches!(**m, Mention::Pronoun { .. }))
                        }
                        _ => None,
                    };
                    for &q in &c.quotes {
                        self.diagnostics.push(Diagnostic {
                            kind: DiagnosticKind::UnresolvedReference,
                            span: b.quotes[q].inner(),
                            message: "a quotation's speaker could not be resolved".into(),
                        });
                        let span = quote_span(b.w.text, &b.quotes[q]);
                        if let Some(m) = &pronoun
                            && !uttered_quotes[q]
                            && !span.is_empty()
                        {
                            let f = Found {
                                speaker: SpeakerId(0),
                                kind: UtteranceKind::Direct,
                                cue: Some(Cue { lemma: c.lemma, span: b.toks()[c.at].span() }),
                                span,
                                source: None,
                                question: None,
                                block: block_index,
                                sentence: b.toks()[b.qopen[q]].sentence as usize,
                            };
                            self.orphans.push((f, (**m).clone()));
                        }
                    }
                }
                continue;
            };
            if !matches!(c.subject, Some(Subject::Left(a, z)) if document_np(&b, a, z).is_some()) {
                if let Some(d) = issued_document(&b, c, sstart) {
                    self.issuers[d] = Some(entity);
                }
            }
            // `The panel's report … proposes`, `according to an order issued
            // by the directorate`: who issued the report or the order, for
            // when `the report` or `the order` speaks again.
            let toks = b.toks();
            let issued = match c.subject {
                Some(Subject::Left(a, z)) if z >= a + 3 && toks[z - 2].kind == Kind::Possessive => {
                    document_word(b.w.text, &toks[z - 1])
                }
                Some(Subject::Left(_, z)) if z + 1 < b.n() && toks[z].kind == Kind::Possessive => {
                    document_word(b.w.text, &toks[z + 1])
                }
                Some(Subject::Right(a, _)) if c.lemma == "according to" && a >= c.end + 3 && b.w.is(a - 1, "by") => {
                    document_word(b.w.text, &toks[a - 3])
                }
                _ => None,
            };
            if let Some(d) = issued {
                self.issuers[d] = Some(entity);
            }
            let mut in_covered = in_covered;
            // (The covering speaker's own relative clause adds its words
            // without cutting the covering ones.)
            if in_covered && c.quotes.is_empty() && covered.is_some_and(|(_, _, e)| e == entity) {
                if !relative_tag {
                    continue;
                }
                in_covered = false;
            }
            if in_covered && c.quotes.is_empty() {
                in_covered = false;
                // Cut the covering utterance before the conjunction, or
                // before the relative clause (keeping the noun it describes).
                if let (Some(k), Some(last)) = (semicolon, self.found.last_mut()) {
                    let cut = b.toks()[k].start;
                    if last.span.start < cut && cut < last.span.end {
                        last.span.end = trim_back(b.w.text, last.span.start, cut);
                    }
                }
                if let (Some(Subject::Left(a, _)), Some(last)) = (c.subject, self.found.last_mut()) {
                    let mut at = relative_clause_start(&b, a, sstart).unwrap_or(owner_start(&b, a, sstart) - 1);
                    // (`a fund the council has said is short`: after the
                    // noun that a clause with no `that` describes.)
                    if let Some(Subject::Left(_, z)) = c.subject {
                        let o = owner_start(&b, a, sstart);
                        if at + 1 == o && !b.w.is(at, "that") && gap_after_verb(&b, c, o, z) {
                            at = o;
                        }
                    }
                    // (`… will save money but which critics warn …`: before
                    // the `but` too.)
                    if at > sstart && b.w.is(at, "which") && b.w.is(at - 1, "but") {
                        at -= 1;
                    }
                    let cut = b.toks()[at].start;
                    if last.span.start < cut && cut < last.span.end {
                        last.span.end = trim_back(b.w.text, last.span.start, cut);
                    }
                }
            }
            let cue = Some(Cue { lemma: c.lemma, span: b.toks()[c.at].span() });
            let source = match c.subject {
                Some(Subject::Left(a, z)) | Some(Subject::Right(a, z)) => {
                    Some(Span::new(b.toks()[a].start, b.toks()[z - 1].end))
                }
                _ => None,
            };
            let q_ctx = question.iter().find(|(s, _)| *s == sstart).map(|&(_, span)| span);
            let mut spoke = false;
            for &q in &c.quotes {
                if uttered_quotes[q] {
                    continue;
                }
                uttered_quotes[q] = true;
                let span = quote_span(b.w.text, &b.quotes[q]);
                if span.is_empty() {
                    continue;
                }
                self.push(Found {
                    speaker: SpeakerId(entity),
                    kind: UtteranceKind::Direct,
                    cue: cue.clone(),
                    span,
                    source,
                    question: q_ctx,
                    block: block_index,
                    sentence: b.toks()[b.qopen[q]].sentence as usize,
                });
                emitted.push((b.qopen[q], entity));
                spoke = true;
            }
            if !in_covered {
                if let Some((span, kind, until)) = reported_span(&b, c, &cands) {
                    if introduces {
                        introduced.push((self.found.len(), b.toks()[c.at].sentence));
                    }
                    self.push(Found {
                        speaker: SpeakerId(entity),
                        kind,
                        cue: cue.clone(),
                        span,
                        source,
                        question: q_ctx,
                        block: block_index,
                        sentence: b.toks()[c.at].sentence as usize,
                    });
                    if bare_refusal(&b, c, until) {
                        self.refusals.push(span);
                    }
                    emitted.push((c.at, entity));
                    covered = Some((sstart, until, entity));
                    spoke = true;
                }
            }
            last_clause_entity = Some((sstart, entity));
            // `Della Farrant said:` ending the paragraph, the quotation in
            // the next one is hers (see `carry` below), whatever else this
            // paragraph's speakers said before.
            if c.quotes.is_empty()
                && c.class != VerbClass::Stance
                && b.sent_end[c.at] == b.n()
                && b.punct(b.n() - 1, ':')
                && b.outside(b.n() - 1)
            {
                intro = Some(entity);
            }
            if spoke {
                self.registry.speech(entity, b.toks()[c.at].start, source);
            }
            cands[ci].entity = Some(entity);
        }

        // The person named in the sentence after `Others said …`, who speaks
        // there.
        let named_next = |reg: &Registry, sentence: u32| -> Option<usize> {
            let &(pos, e) = emitted
                .iter()
                .filter(|&&(pos, _)| b.toks()[pos].sentence == sentence + 1)
                .min_by_key(|&&(pos, _)| pos)?;
            let opens = b.toks()[b.sent_start[pos]].start;
            let ent = &reg.entities[e];
            (ent.kind == crate::SpeakerKind::Person && ent.mentions_at.first().is_some_and(|&m| m >= opens))
                .then_some(e)
        };
        for (f, sentence) in introduced {
            if let Some(e) = named_next(&self.registry, sentence) {
                self.found[f].speaker = SpeakerId(e);
            }
        }
        for mut f in deferred {
            if let Some(e) = named_next(&self.registry, f.sentence as u32) {
                f.speaker = SpeakerId(e);
                self.found.push(f);
            }
        }

        // Direct quotations with no verb of their own continue the speaker
        // of the words before them.
        for q in 0..quotes.len() {
            if !b.direct[q] || uttered_quotes[q] || b.qopen[q] == usize::MAX {
                continue;
            }
            let at = b.qopen[q];
            // `Sam Hartley was gracious in defeat: '…'`: a quotation after a
            // colon belongs to the subject of the sentence that leads to it.
            let colon_subject = if at > 0 && toks[at - 1].is_punct(':') && toks[at - 1].quote == 0 {
                self.colon_subject(&b, b.sent_start[at - 1], at - 1, block_index)
            } else {
                None
            };
            let before = emitted.iter().filter(|&&(pos, _)| pos < at).max_by_key(|&&(pos, _)| pos).map(|&(_, e)| e);
            let entity = colon_subject.or(before).or(if continues { self.carry } else { None });
            let Some(entity) = entity else {
                if !quotes[q].inner().is_empty() {
                    self.diagnostics.push(Diagnostic {
                        kind: DiagnosticKind::UnattributedQuote,
                        span: quotes[q].inner(),
                        message: "a quotation with no speaker".into(),
                    });
                }
                continue;
            };
            let span = quote_span(text, &quotes[q]);
            if span.is_empty() {
                continue;
            }
            uttered_quotes[q] = true;
            self.push(Found {
                speaker: SpeakerId(entity),
                kind: UtteranceKind::Direct,
                cue: None,
                span,
                source: None,
                question: None,
                block: block_index,
                sentence: toks[at].sentence as usize,
            });
            emitted.push((at, entity));
            self.registry.speech(entity, toks[at].start, None);
        }
        // The speaker a quotation-only paragraph after this one continues:
        // whoever spoke last here, or whoever the closing colon introduces.
        self.carry = intro.or_else(|| emitted.iter().max_by_key(|&&(pos, _)| pos).map(|&(_, e)| e));
        let _ = sentence_spans;
        let Block { sent_start, sent_end, qopen, qclose, direct, .. } = b;
        self.buffers = Buffers {
            words: w.into_buffers(),
            sent_start,
            sent_end,
            qopen,
            qclose,
            direct,
            cands,
            emitted,
            uttered: uttered_quotes,
        };
    }

    /// Forgets the speaker carried over to the next paragraph (after a
    /// heading, say).
    pub fn break_continuity(&mut self) {
        self.carry = None;
    }

    fn push(&mut self, f: Found) {
        self.found.push(f);
    }

    fn resolve_np(&mut self, b: &Block<'_, '_>, a: usize, z: usize, block: usize) -> Option<usize> {
        let m = analyze(b.w, a, z)?;
        // Relative pronouns never reach here; the subject finder resolves them.
        let pos = b.toks()[a].start;
        let relative = relative_after_body(b, z);
        let defined = relative
            || z < b.n()
                && b.word(z)
                && b.outside(z)
                && b.toks()[z].first.is_lowercase()
                && b.w.text(z).len() >= 6
                && b.w.text(z).ends_with("ing");
        let id = if defined {
            let id = self.registry.resolve_defined(&m, pos, block)?;
            // A body first described by its clause (`the union that
            // represents TTC cleaners`) goes by the whole description,
            // until a name is found for it.
            if relative {
                let toks = b.toks();
                let end = (z + 1..b.n().min(z + 12))
                    .find(|&j| !(b.word(j) && b.outside(j)) || b.w.has(j, flag::VERB) && toks[j].first.is_lowercase());
                if let Some(end) = end.filter(|&e| !b.word(e) || b.w.has(e, flag::VERB)) {
                    let clause = b.w.description(a, end);
                    self.registry.describe_by_clause(id, pos, &clause);
                }
            }
            id
        } else {
            self.registry.resolve(&m, pos, block, true)?
        };
        if let Mention::Pronoun { gender, .. } = *m {
            if gender != Gender::Unknown {
                self.registry.learn_gender(id, gender);
            }
        }
        Some(id)
    }

    /// `Pennsylvania's Office of Attorney General, which oversees charities,
    /// is reviewing the sale, a spokesperson said.`: a bare unnamed
    /// spokesperson in a tag after the clause speaks for the body that is
    /// the clause's subject, one speaker with it.
    ///
    /// `Volkwerk will cut 2,000 jobs, the carmaker said.`: so does a company
    /// described by its product (`the carmaker`, `the chipmaker`), when the
    /// subject is a body's name or one unknown word. (Not a kind of body
    /// that may be another party to the news, as `the airline` is after
    /// `Boeing will deliver the jets late`.)
    fn tag_body(&mut self, b: &Block<'_, '_>, sstart: usize, a: usize, z: usize, block: usize) -> Option<usize> {
        let w = b.w;
        let bare = z == a + 2
            && w.is_any(a, &["a", "an"])
            && w.lower_is_any(a + 1, &["spokesman", "spokeswoman", "spokesperson"]);
        let maker = z == a + 2
            && w.is(a, "the")
            && b.word(a + 1)
            && w.lower_is_any(a + 1, &["carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker"]);
        if !(bare || maker) || a <= sstart + 3 || !b.punct(a - 1, ',') {
            return None;
        }
        let end = read_np_right(b, sstart, a - 1)?;
        // The body's phrase is the clause's subject: a verb, or an aside
        // that a comma opens, follows it.
        let follows = end < a - 1
            && (b.punct(end, ',')
                || b.word(end) && w.has(end, flag::AUX | flag::BE | flag::VERB | flag::MODAL)
                // (`Stellantis idled part of …`: a past tense the lexicon
                // does not list.)
                || maker && b.word(end) && b.toks()[end].first.is_lowercase() && w.text(end).ends_with("ed"));
        // `…, but Velmor Foods will appeal, a spokeswoman said`: a clause
        // of another subject after the body's may be the one tagged.
        let other_clause = (end..a - 1).any(|j| {
            b.word(j)
                && (w.is_any(j, &["but", "while", "whereas", "although", "though"])
                    || w.is(j, "and") && b.punct(j - 1, ',') && b.toks().get(j + 1).is_some_and(|t| t.is_cap()))
        });
        if !follows || other_clause {
            return None;
        }
        let m = analyze(w, sstart, end)?;
        // (A maker's name is often one word the lexicon does not know, read
        // as a surname: `Stellantis`.)
        let unknown_word = maker
            && end == sstart + 1
            && w.unknown(sstart)
            && matches!(*m, Mention::Person { tokens: 1, gender: Gender::Unknown, .. });
        let m = if unknown_word {
            Rc::new(Mention::Org { name: w.display(sstart, end), acronym: String::new(), voice: None })
        } else {
            m
        };
        if !matches!(*m, Mention::Org { .. }) {
            return None;
        }
        let id = self.registry.resolve(&m, b.toks()[sstart].start, block, true)?;
        if maker {
            self.registry.describe(id, &[w.lower(a + 1)], Gender::Unknown);
        } else {
            self.registry.add_alias(id, &w.description(a, z));
        }
        Some(id)
    }

    /// The subject of a whole sentence, for verbs that hang off it.
    fn sentence_subject(&mut self, b: &Block<'_, '_>, sstart: usize, block: usize) -> Option<usize> {
        let mut i = sstart;
        let send = b.sent_end[sstart];
        // Skip an opening conjunction: `But Ana Ruiz voted against, warning
        // …`.
        if i + 1 < send && b.word(i) && b.w.is_any(i, &["but", "and", "yet"]) && b.toks()[i + 1].is_cap() {
            i += 1;
        }
        // Skip an opening adverb set off by a comma: `However, …`.
        if i + 2 < send && b.word(i) && b.w.has(i, flag::ADVERB) && b.punct(i + 1, ',') {
            i += 2;
        }
        // Skip an opening phrase: `In a statement, …`, `Arriving at …, …`.
        if b.w.has(i, flag::PREP | flag::SUBORD) || b.w.text(i).ends_with("ing") {
            let comma = (i..send.min(i + 25)).find(|&j| b.punct(j, ',') && b.outside(j))?;
            i = comma + 1;
        }
        // `Brayfield and Tor MHK Ana Ruiz voted against, warning …`: a post
        // whose seat's name holds `and` is read from the verb back, where the
        // name is, rather than from the seat.
        if let Some(verb) = (i + 2..send.min(i + 12)).take_while(|&j| b.word(j) && b.outside(j)).find(|&j| {
            b.toks()[j].first.is_lowercase()
                && (b.w.has(j, flag::VERB | flag::AUX) || b.w.text(j).ends_with("ed"))
                && !b.w.has(j, flag::CONJ)
        }) && (i..verb).any(|j| b.w.is(j, "and"))
            && b.word(verb - 1)
            && b.toks()[verb - 1].is_cap()
            && let Some(start) =
                (i + 1..verb).rev().take_while(|&j| b.toks()[j].is_cap()).find(|&j| b.w.has(j - 1, flag::TITLE))
            && let Some(m) = analyze(b.w, start, verb)
            && matches!(*m, Mention::Person { tokens, .. } if tokens >= 2)
            && (i..start).all(|j| b.word(j) && (b.toks()[j].is_cap() || b.w.is(j, "and")))
            && b.w.has(start - 1, flag::TITLE)
        {
            return self.registry.resolve(&m, b.toks()[start].start, block, true);
        }
        let end = read_np_right(b, i, send)?;
        // `Halden's shares rose 3 per cent, suggesting …`: a phrase read up
        // to a possessive names only the owner; the sentence's subject is
        // what the owner has, which says nothing.
        if end > i + 1 && end < send && b.toks()[end - 1].kind == Kind::Possessive && b.word(end) {
            return None;
        }
        let m = analyze(b.w, i, end)?;
        // `A marine scientist at the university, Dr Ana Ruiz, backed the
        // plan, explaining …`: a description, then the full name set off
        // by commas, is that person (up to the comma, the description's
        // own post-modifier).
        if matches!(*m, Mention::Role { .. }) {
            let comma = (end..send.min(end + 8))
                .find(|&j| !b.word(j) || !b.outside(j))
                .filter(|&j| b.punct(j, ',') && b.outside(j));
            if let Some(comma) = comma {
                let a = comma + 1;
                let z = (a..send.min(a + 6)).find(|&j| !b.word(j) || !b.outside(j));
                if let Some(z) = z.filter(|&z| z > a + 1 && b.punct(z, ',') && b.toks()[a].is_cap()) {
                    if let Some(name) =
                        analyze(b.w, a, z).filter(|n| matches!(**n, Mention::Person { tokens, .. } if tokens >= 2))
                    {
                        return self.registry.resolve(&name, b.toks()[a].start, block, true);
                    }
                }
            }
        }
        // Only somebody already known, or plainly named, can be the subject
        // of a verb that merely hangs off the sentence.
        // `A federal judge …, saying …` introduces the judge.
        let create = matches!(*m, Mention::Person { tokens, .. } if tokens >= 2)
            || matches!(*m, Mention::Org { .. } | Mention::Group { .. } | Mention::Role { .. });
        // `A group of 19 tenants filed complaints, arguing …`: people named
        // by who they are, with the article the text gives them.
        if matches!(&*m, Mention::OrgDesc { display, .. } if display.contains(" of "))
            && COLLECTIVES.iter().any(|x| b.w.is(i + 1, x))
        {
            let group = Mention::Group { name: b.w.description(i, end), anonymous: false };
            return self.registry.resolve(&group, b.toks()[i].start, block, true);
        }
        self.registry.resolve(&m, b.toks()[i].start, block, create)
    }

    /// The speaker of a quotation introduced by a colon without a verb of
    /// saying: the person or group that opens the sentence (`Season-ticket
    /// holder Margaret Doyle, 74, was unmoved: '…'`).
    fn colon_subject(&mut self, b: &Block<'_, '_>, sstart: usize, colon: usize, block: usize) -> Option<usize> {
        let toks = b.toks();
        let mut i = sstart;
        // Skip an opening conjunction or adverb: `But …`.
        while i < colon && b.word(i) && b.w.has(i, flag::CONJ | flag::ADVERB) && !b.w.has(i, flag::PREP) {
            i += 1;
        }
        let end = read_np_right(b, i, colon)?;
        // `Reaction was divided, with one reader writing: "…"`: a participle
        // of saying right before the colon, with a subject of its own after
        // `with`, is whose quotation it is; the sentence's subject (a label
        // like `Reaction`, `Opinion`) never speaks it.
        if colon >= end + 3
            && b.word(colon - 1)
            && b.w.text(colon - 1).ends_with("ing")
            && !lemma_of(b.w, colon - 1).is_empty()
            && let Some(with) = (end..colon - 1).rev().find(|&k| b.word(k) && b.outside(k) && b.w.is(k, "with"))
        {
            let m = read_np_right(b, with + 1, colon - 1)
                .filter(|&z| z == colon - 1)
                .and_then(|z| analyze(b.w, with + 1, z))?;
            if !matches!(*m, Mention::Person { .. } | Mention::Role { .. } | Mention::Group { .. }) {
                return None;
            }
            return self.registry.resolve(&m, toks[with + 1].start, block, true);
        }
        let m = analyze(b.w, i, end)?;
        // A description or a group that is not a speaker-like head is too
        // vague to hang a quotation on.
        if !matches!(
            *m,
            Mention::Person { .. }
                | Mention::Pronoun { gender: Gender::Male | Gender::Female, .. }
                | Mention::Role { .. }
        ) {
            return None;
        }
        // The sentence must be about that subject: its verb follows the
        // phrase (after an appositive at most).
        let verb = (end..colon).find(|&j| {
            b.word(j)
                && toks[j].quote == 0
                && (b.w.has(j, flag::AUX) || b.w.text(j).ends_with("ed") || b.w.text(j).ends_with('s'))
        });
        verb?;
        let id = self.registry.resolve(&m, toks[i].start, block, true)?;
        Some(id)
    }

    /// Registers the names a block mentions, so later references can find
    /// them (`Mr Blunkett` after `David Blunkett`, `The Lib Dem leader` after
    /// `Charles Kennedy`).
    fn observe_names(&mut self, b: &Block<'_, '_>, block: usize) {
        let toks = b.toks();
        let n = toks.len();
        // Page furniture (`If you buy something from a link, Northwind
        // Media may earn a commission`, `© 2026 Northwind Media`) names the
        // publisher, never a body the story may call `the company`.
        if page_furniture(b) {
            return;
        }
        // (Most blocks never say `itself`: one search of the block's text
        // spares the per-word test below in every sentence.)
        // (A searcher built once: `memmem::find` builds one per call, which
        // cost more than the search of a paragraph.)
        static ITSELF: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new(b"itself"));
        let calls_itself = n > 0 && ITSELF.find(&b.w.text.as_bytes()[toks[0].start..toks[n - 1].end]).is_some();
        // Groups and institutions that open a sentence are what `they` and
        // `some … others` refer to next: `Residents who spoke were split.`
        let mut start = 0;
        while start < n {
            let send = b.sent_end[start];
            // Skip an opening conjunction or adverb: `But Christian groups say`.
            let mut f = start;
            while f + 1 < send
                && b.word(f)
                && b.w.has(f, flag::CONJ | flag::SUBORD | flag::ADVERB)
                && !b.w.has(f, flag::PREP)
            {
                f += 1;
            }
            // (`At the picket line on Thursday, drivers were divided.`: the
            // subject after an opening phrase of place or time.)
            if b.word(f) && b.w.has(f, flag::PREP) && toks[f].first.is_uppercase() {
                if let Some(comma) = (f + 1..send.min(f + 10)).find(|&k| toks[k].is_punct(',')) {
                    f = comma + 1;
                }
            }
            if f < send && b.outside(f) && toks[f].is_word() && !b.w.has(f, flag::PREP) {
                if let Some(e) = read_np_right(b, f, send).map(|e| title_verb_end(b, f, e, send)) {
                    // `An engineer at another plant, who …, was blunter. "…," he
                    // said`: somebody new described at a sentence's start is
                    // who the pronoun after it means.
                    let indefinite = f == start && ["a", "an", "another"].iter().any(|x| b.w.is(f, x));
                    if let Some(m) = analyze(b.w, f, e).as_deref().filter(|m| {
                        matches!(m, Mention::Group { .. } | Mention::Org { .. })
                            || indefinite && matches!(m, Mention::Role { definite: false, .. })
                    }) {
                        if let Some(id) = self.registry.resolve(m, toks[f].start, block, true) {
                            self.registry.subject(id, toks[f].start);
                        }
                    }
                }
            }
            // `A group of residents calling itself Brighton Township
            // Preservation has collected …`: the name a group gives itself
            // names a body, which the article may call by the group's noun
            // (`the group said`).
            if calls_itself
                && let Some(k) = (start + 2..send.saturating_sub(1)).find(|&k| {
                    b.word(k)
                        && b.outside(k)
                        && b.w.is(k, "itself")
                        && b.w.is_any(k - 1, &["calling", "calls", "called"])
                })
            {
                let z = (k + 1..send).take_while(|&j| b.word(j) && b.outside(j) && toks[j].is_cap()).last();
                let head = (start..k - 1).find(|&j| b.word(j) && toks[j].first.is_lowercase() && b.w.has(j, flag::ORG));
                if let (Some(z), Some(h)) = (z, head) {
                    let name = b.w.display(k + 1, z + 1);
                    let m = Mention::Org { name, acronym: String::new(), voice: None };
                    if let Some(id) = self.registry.resolve(&m, toks[k + 1].start, block, true) {
                        self.registry.describe(id, &[b.w.lower(h)], Gender::Unknown);
                        self.registry.subject(id, toks[k + 1].start);
                    }
                }
            }
            start = send.max(start + 1);
        }
        let mut i = 0;
        while i < n {
            // (Straight to the next capitalized word outside quotations:
            // one search of the tokens, rather than a turn of this long
            // loop, with its state reloaded, for every other token.)
            let Some(at) = toks[i..].iter().position(|t| t.is_cap() && t.quote == 0) else { break };
            i += at;
            let start = i;
            let mut j = i;
            while j < n
                && b.outside(j)
                && (toks[j].is_cap()
                    || (toks[j].is_punct('.') && j > start && toks[j - 1].text(b.w.text).len() <= 2)
                    // `the Harbour Workers' League`: a plural's bare
                    // apostrophe inside a name.
                    || (toks[j].kind == Kind::Possessive
                        && j > start
                        && !toks[j].text(b.w.text).ends_with(['s', 'S'])
                        && toks.get(j + 1).is_some_and(|t| t.is_cap())))
            {
                j += 1;
                // `Rafael "Rafa" Ocampo Reyes`: the run goes on past a
                // nickname.
                if let Some(after) = nickname_end(toks, j) {
                    j = after;
                }
            }
            let mut a = start;
            // A capital that only starts the sentence is not part of a name.
            // (Nor is `Take` in `Take Ana Ruiz, a bus driver.`)
            while a < j
                && b.sent_start[a] == a
                && (b.w.has(a, flag::COMMON | flag::DET | flag::PREP | flag::ADVERB) || b.w.is(a, "take"))
            {
                a += 1;
            }
            // (`A Coastal Utility Wants a New Plant`: a headline's phrase in
            // title case after `A`, before the headline's verb, describes
            // a body and names none.)
            if a < j {
                let e = title_verb_end(b, a, j, b.sent_end[a]);
                if e < j && start < a && b.w.is_any(start, &["a", "an"]) {
                    i = j;
                    continue;
                }
                j = e;
            }
            // `the Wash and Fens Integrated Care Board`, `the Collectif des
            // Tribunes Unies`: a body's name runs on over lowercase
            // connectors between capitalized words. The longer run is taken
            // only when it reads as one institution's name, whole
            // (`Ana Ruiz and Ben Cole` stay two names).
            // (The loop below joins nothing unless a capitalized word
            // outside quotations follows the connector, so that is asked
            // first, before the word is compared with the list.)
            if a < j
                && j + 1 < n
                && b.word(j)
                && toks[j].first.is_lowercase()
                && toks[j + 1].is_cap()
                && b.outside(j + 1)
                && (b.w.is_any(j, NAME_CONNECTORS) || b.w.is_any(j, PERSON_PARTICLES))
            {
                let mut e = j;
                let mut joins = 0;
                // (Whether every connector joined is a surname particle:
                // only then may the longer run be one person's name.)
                // (A body's name joins over its own connectors only: `na`
                // in `Coimisiún na Meán` joins a person's name list, not
                // this one, whose bodies `the minister` might mean.)
                let mut particles = true;
                let mut connectors = true;
                while e + 1 < n
                    && joins < 4
                    && b.word(e)
                    && toks[e].first.is_lowercase()
                    && toks[e + 1].is_cap()
                    && b.outside(e + 1)
                    && (b.w.is_any(e, NAME_CONNECTORS) || b.w.is_any(e, PERSON_PARTICLES))
                {
                    particles &= b.w.is_any(e, PERSON_PARTICLES);
                    connectors &= b.w.is_any(e, NAME_CONNECTORS);
                    e += 1;
                    while e < n && b.outside(e) && toks[e].is_cap() {
                        e += 1;
                    }
                    joins += 1;
                }
                if e > j {
                    // `Fatma al Hinai, a teacher, …`, `Omar bin Salim`: a
                    // person's name runs on over its lowercase particles, so
                    // that `she said` after it finds her, not the place
                    // named next.
                    match analyze(b.w, a, e).as_deref() {
                        Some(Mention::Org { name, .. }) if connectors && *name == b.w.display(a, e) => j = e,
                        Some(Mention::Person { name, .. }) if particles && *name == b.w.display(a, e) => j = e,
                        _ => {}
                    }
                }
            }
            // (None, one or more: counting stops at two.)
            let words = (a..j).filter(|&k| toks[k].is_word()).take(2).count();
            let honorific = a > 0 && b.w.has(a - 1, flag::HONORIFIC);
            // `Gov. Ana Ruiz`, `Sen. Ana Ruiz`: the abbreviated title and its
            // stop (which end the capitalized run) are read with the name,
            // so that `the governor` later finds her.
            let dotted =
                !honorific && a > 1 && toks[a - 1].is_punct('.') && b.word(a - 2) && b.w.has(a - 2, flag::HONORIFIC);
            // `Ramulu, 52, who sells corn by the lake, was more guarded.`:
            // one capitalized word the lexicon does not know, opening a
            // sentence with an age in commas after it, is a person's single
            // name (common in South Asian and Indonesian news), whom the
            // quotes and pronouns after it may mean.
            let aged_opener = words == 1
                && a == b.sent_start[a]
                && b.w.unknown(a)
                && j + 2 < n
                && toks[j].is_punct(',')
                && b.word(j + 1)
                && b.outside(j + 1)
                && (1..=3).contains(&b.w.text(j + 1).len())
                && b.w.text(j + 1).bytes().all(|c| c.is_ascii_digit())
                && toks[j + 2].is_punct(',');
            // A single name after a title (`Mr. Brandt`) is left to the
            // attribution itself, which knows who was just speaking.
            if words >= 2 || aged_opener {
                let from = if honorific {
                    a - 1
                } else if dotted {
                    a - 2
                } else {
                    a
                };
                let mut m = analyze(b.w, from, j);
                // `the Office for Water Regulation (Ofwar)`: a body named in
                // passing with its acronym in brackets (a mixed-case one
                // too, as British papers write them) is known by it, so that
                // a later `Ofwar said` is the body.
                // (Only when the acronym spells the name, which reads the
                // same with the brackets: not `Medicaid Services (CMS)`, the
                // tail of `the Centers for Medicare & Medicaid Services`.)
                if let Some(Mention::Org { name, acronym, .. }) = m.as_deref()
                    && acronym.is_empty()
                    && j + 2 < n
                    && toks[j].is_punct('(')
                    && toks[j + 2].is_punct(')')
                    && toks[j + 1].is_cap()
                    && b.w.abbreviates(j + 1, &(from..j).filter(|&k| toks[k].is_word()).collect::<Vec<_>>())
                    && let Some(with) = analyze(b.w, from, j + 3)
                    && matches!(&*with, Mention::Org { name: same, acronym, .. } if !acronym.is_empty() && same == name)
                {
                    m = Some(with);
                }
                if let Some(m @ Mention::Org { .. }) = m.as_deref() {
                    // Institutions named in passing, for `the trust said` later
                    // (and businesses the article calls so, whatever their
                    // words: `ground-handling company Ostra Ramp`).
                    let run: Vec<usize> = (from..j).filter(|&k| toks[k].is_word()).collect();
                    let body = body_named(b.w, &run, from, j);
                    // (`Laxmi Road, FC Road and Karve Road`, `shops on
                    // Pleasant Street`: a street named in passing is a
                    // place, whatever words its name has, and never the
                    // body `the civic body` or `the company` means later.)
                    let street = j > from && b.word(j - 1) && b.w.is_any(j - 1, STREET_WORDS);
                    // (`Union leaders at Harrow Pressings Co.`: a legal
                    // suffix makes a company of any name, which may speak
                    // later by its short name or as `the company`.)
                    let corporate = matches!(m, Mention::Org { name, .. } if without_corporate(name).is_some());
                    if !street && ((from..j).any(|k| b.w.has(k, flag::ORG)) || body.is_some() || corporate) {
                        let id = self.registry.resolve(m, toks[from].start, block, true);
                        if let Some(id) = id.filter(|_| named_as_listener(b, from)) {
                            self.registry.heard(id, toks[from].start);
                        }
                        // `The second union, the Harbour Workers' League
                        // (HWL), took a softer line. It said …`: a body
                        // named in apposition to the sentence's opening
                        // words is its subject, and what `it` means next.
                        if let Some(id) = id.filter(|_| Self::org_apposed(b, from, j)) {
                            self.registry.subject(id, toks[from].start);
                        }
                        self.trade_described(b, id, body);
                    }
                }
                if let Some(m @ Mention::Person { .. }) = m.as_deref() {
                    // `Sinn Féin's education spokesperson Ana Ruiz`: whoever has
                    // a spokesperson or a minister for a field is a party or a
                    // body, not a person, however its name reads.
                    let owns_post = j + 1 < n
                        && toks[j].kind == Kind::Possessive
                        && b.word(j + 1)
                        && toks[j + 1].first.is_lowercase()
                        && b.w.has(j + 1, flag::TITLE | flag::ROLE);
                    // `the grid at Canterbury North`, `a seat in Leeds East`:
                    // a compass word after a place-like name, right after a
                    // preposition of place, names a place, not `Ana West`.
                    let compass_place = from > 0
                        && b.word(from - 1)
                        && b.w.is_any(from - 1, &["at", "in", "near", "from", "to", "of"])
                        && j - from == 2
                        && b.w.is_any(j - 1, &["north", "south", "east", "west", "central"]);
                    // `Ms Dara, a nurse at the clinic, agreed.`: a surname
                    // after a courtesy title, opening the sentence with an
                    // appositive, introduces somebody the quotes after may
                    // be by, though no verb of saying follows.
                    let titled_opener = from == b.sent_start[from]
                        && j == from + 2
                        && j < n
                        && toks[j].is_punct(',')
                        && b.w.has(from, flag::HONORIFIC);
                    let create =
                        (matches!(m, Mention::Person { tokens, .. } if *tokens >= 2) || titled_opener || aged_opener)
                            && !owns_post
                            && !compass_place;
                    // The subject of its clause: at the sentence's start, after
                    // lowercase role words only (`Thunder owner Garrett Hollis
                    // is watching`), or right before a verb.
                    // (`Mayor Ana Ruiz went further.`: an irregular past too.)
                    let next_is_verb = j < n
                        && b.word(j)
                        && (b.w.has(j, flag::AUX | flag::VERB) || {
                            let t = b.w.text(j);
                            toks[j].first.is_lowercase()
                                && (t.ends_with("ed") || t.ends_with('s') || IRREGULAR_PAST.contains(&t))
                        });
                    // `U.S. District Judge Ana Bell did not rule`: a dotted
                    // initialism (`U.S`, `U.N`) and its last stop are
                    // part of the title, like `federal`.
                    let initialism = |k: usize| {
                        b.word(k) && {
                            let t = b.w.text(k);
                            t.len() <= 5 && t.contains('.') && t.bytes().all(|c| c.is_ascii_uppercase() || c == b'.')
                        }
                    };
                    let roles_before = (b.sent_start[from]..from).all(|k| {
                        (b.word(k)
                            && (toks[k].first.is_lowercase()
                                || b.w.has(k, flag::TITLE | flag::HONORIFIC)
                                || k == b.sent_start[from]
                                || initialism(k)
                                // `Ward 5 trustee Ana Ruiz`: the number of
                                // the seat she holds.
                                || k > b.sent_start[from] && toks[k].first.is_ascii_digit()))
                            || (toks[k].is_punct('.') && k > b.sent_start[from] && initialism(k - 1))
                            // `The Rev. Ana Ruiz`, `Gov. Ana Ruiz`: the stop of
                            // an abbreviated title.
                            || (toks[k].is_punct('.') && k > b.sent_start[from] && b.w.has(k - 1, flag::HONORIFIC))
                    }) || {
                        // `Barwon Shire mayor Ana Kettle put …`: a body's
                        // capitalized name, then her lowercase title.
                        // (`Kettle Seeds chief scientist Dr Ana Vell has …`:
                        // an honorific between title and name.)
                        let sstart = b.sent_start[from];
                        let mut t = from;
                        while t > sstart + 1
                            && (b.word(t - 1) && toks[t - 1].first.is_uppercase() && b.w.has(t - 1, flag::HONORIFIC)
                                || toks[t - 1].is_punct('.') && b.word(t - 2) && b.w.has(t - 2, flag::HONORIFIC))
                        {
                            t -= 1;
                        }
                        // (`chief scientist`: a title of two lowercase words.)
                        let mut u = t;
                        while u > sstart + 1
                            && u + 2 >= t
                            && b.word(u - 1)
                            && toks[u - 1].first.is_lowercase()
                            && b.w.has(u - 1, flag::TITLE | flag::ROLE)
                        {
                            u -= 1;
                        }
                        u < t
                            && u > sstart
                            && t - sstart <= 7
                            // (`Milford Residents' Association president`: a
                            // plural's apostrophe inside the body's name.)
                            && (sstart..u).all(|k| {
                                b.word(k) && toks[k].first.is_uppercase()
                                    || toks[k].kind == Kind::Possessive && k > sstart && k + 1 < u
                            })
                    };
                    // `The operator's administrator Ana Ruiz was keen to move
                    // on.`, `Harbour Rail's chief executive Ana Ruiz has …`: a
                    // body's possessive, then her titles in lower case.
                    let roles_before = roles_before || owner_titled(b, from);
                    // `Her son, Tomás Reyes, 16, had …`: a name in apposition to
                    // the sentence's opening words is its subject too.
                    // (`Her colleague, councillor Iain Ross, was more
                    // cautious.`: with her lowercase titles before the name.)
                    let sstart = b.sent_start[from];
                    let mut c = from;
                    while c > sstart + 1
                        && from - c < 3
                        && b.word(c - 1)
                        && toks[c - 1].first.is_lowercase()
                        && !b.w.has(c - 1, flag::VERB | flag::AUX | flag::PREP | flag::CONJ | flag::DET | flag::PRONOUN)
                    {
                        c -= 1;
                    }
                    let apposed = c > sstart + 1
                        && toks[c - 1].is_punct(',')
                        && c - sstart <= 5
                        // (`One of those tenants, Ana Ruiz, keeps …`: one
                        // of a group named before is as much an opening.)
                        && (sstart..c - 1).all(|k| {
                            b.word(k) && (!b.w.has(k, flag::VERB | flag::AUX | flag::PREP) || b.w.is(k, "of"))
                        })
                        && j < n
                        && toks[j].is_punct(',');
                    // `For Mere Tane, of the trust, the answer is less clear.`:
                    // the sentence turns to her, and the quotes that follow
                    // are hers.
                    // (`For retired nurse Ana Ruiz, 81, …`, `For Halden
                    // baker Ana Ruiz, …`: her lowercase titles or her
                    // place's name between `For` and the name. `Take Ana
                    // Ruiz, a bus driver.` and `Among them is Ana Ruiz, …`
                    // introduce her the same way, without a verb of saying.)
                    // (`But for commuters such as Ana Ruiz, a nurse, …`:
                    // after a conjunction, and a plural noun with `such as`
                    // or `like` before the name.)
                    let lead = if b.w.is_any(sstart, &["but", "and", "yet"]) { sstart + 1 } else { sstart };
                    let named_as = if from >= lead + 4 && b.w.is(from - 1, "as") && b.w.is(from - 2, "such") {
                        from - 2
                    } else if from >= lead + 3 && b.w.is(from - 1, "like") {
                        from - 1
                    } else {
                        from
                    };
                    let lead_in = lead < from
                        && named_as - lead <= 5
                        && if b.w.is(lead, "for") {
                            (lead + 1..named_as).all(|k| {
                                b.word(k)
                                    && !b.w.has(
                                        k,
                                        flag::VERB | flag::AUX | flag::PREP | flag::CONJ | flag::DET | flag::PRONOUN,
                                    )
                            })
                        } else if b.w.is(sstart, "take") {
                            from == sstart + 1
                        } else {
                            b.w.is(sstart, "among")
                                && from == sstart + 3
                                && b.w.is_any(sstart + 1, &["them", "those", "these"])
                                && b.w.is_any(sstart + 2, &["is", "was"])
                        };
                    let topic = lead_in && j < n && toks[j].is_punct(',');
                    // `The Rev. Ana Ruiz, whose church has stood there since
                    // 1948, has heard big promises before.`: a relative
                    // clause between the name and its verb.
                    let relative_then_verb = roles_before && !next_is_verb && relative_clause_then_verb(b, j);
                    // (`Parkside Lido needs new pumps, she said.`: not a
                    // name that opens words another speaker's tag ends.)
                    let subject = sstart == from && !ends_on_pronoun_tag(b, from)
                        || topic
                        || (roles_before && next_is_verb)
                        || relative_then_verb
                        || next_is_verb && from > 0 && toks[from - 1].is_punct(',')
                        || apposed;
                    // `The mayor of the Tyne Valley has called for … \n\n
                    // Rachel Onwuka, who was elected …`: a paragraph that
                    // opens by naming somebody new, with an appositive or a
                    // relative clause, identifies the unnamed person the
                    // paragraph before was about.
                    // (Not one described anew with an indefinite article,
                    // `Ana Ruiz, a bus driver,`: somebody else.)
                    let fresh = from == 0
                        && j < n
                        && toks[j].is_punct(',')
                        && !(j + 1 < n && b.word(j + 1) && b.w.is_any(j + 1, &["a", "an"]))
                        && matches!(m, Mention::Person { tokens, descriptors, .. } if *tokens >= 2 && descriptors.is_empty())
                        && self.registry.resolve(m, toks[from].start, block, false).is_none();
                    // `The culture minister has defended the cuts. \n\n
                    // Speaking on Thursday, Lucy Frazer said …`: a new bare
                    // name, the subject of a paragraph's first sentence
                    // right after a lead that spoke of one person by a
                    // description alone, is that person (another person
                    // would come with a description of their own).
                    let bare_next = !fresh
                        && b.sent_start[from] == 0
                        && next_is_verb
                        && (from == 0 || toks[from - 1].is_punct(','))
                        && matches!(m, Mention::Person { tokens, descriptors, .. } if *tokens >= 2 && descriptors.is_empty())
                        && self.registry.resolve(m, toks[from].start, block, false).is_none();
                    // `A federal judge … \n\n U.S. District Judge Ana Ruiz
                    // did not rule …`: a titled name opening the paragraph.
                    let titled = b.sent_start[from] == 0
                        && (0..from).all(|k| !b.word(k) || toks[k].first.is_uppercase())
                        && matches!(m, Mention::Person { tokens, descriptors, .. } if *tokens >= 2 && !descriptors.is_empty())
                        && self.registry.resolve(m, toks[from].start, block, false).is_none();
                    // `At least one committee member said she was not ready.
                    // \n\n "…," said committee member Ana Ruiz.`: a new name in
                    // a tag after its lowercase title names the one person the
                    // paragraph before described by that title.
                    // (The title before the name is the cheap and rare test,
                    // so it comes before the search for the verb; the verb
                    // needs a word between it and the name, hence `from >= 2`.)
                    let tag_named = !titled
                        && from >= 2
                        && b.word(from - 1)
                        && b.w.has(from - 1, flag::TITLE | flag::ROLE)
                        && matches!(m, Mention::Person { tokens, .. } if *tokens >= 2)
                        && {
                            let verb = (from.saturating_sub(4)..from - 1).rev().find(|&k| {
                                b.word(k) && b.w.is_any(k, &["said", "says", "added", "told", "wrote", "asked"])
                            });
                            verb.is_some_and(|v| {
                                (v + 1..from).all(|k| {
                                    b.word(k) && toks[k].first.is_lowercase() && !b.w.has(k, flag::VERB | flag::DET)
                                })
                            })
                        }
                        && self.registry.resolve(m, toks[from].start, block, false).is_none();
                    if let Some(id) = self.registry.resolve(m, toks[from].start, block, create) {
                        // `Sens. Amy Ruiz (D-Minn.) and Cole Ward (R-Okla.)`:
                        // a party tag after a name in passing is what `the
                        // Oklahoma Republican` means later.
                        if j + 2 < n && toks[j].is_punct('(') {
                            if let Some(close) = (j + 2..n.min(j + 6)).find(|&k| toks[k].is_punct(')')) {
                                let party = crate::speakers::party_tag(b.w, j + 1, close);
                                if !party.is_empty() {
                                    self.registry.describe(id, &party, Gender::Unknown);
                                }
                            }
                        }
                        if tag_named {
                            let title = [b.w.lower(from - 1)];
                            self.registry.describe(id, &title, Gender::Unknown);
                            self.registry.identify_titled(id, toks[from].start, block, true);
                        }
                        if subject {
                            self.registry.subject(id, toks[from].start);
                        }
                        if fresh || bare_next {
                            self.registry.identify(id, toks[from].start, block);
                        }
                        if titled {
                            self.registry.identify_titled(id, toks[from].start, block, false);
                        }
                    }
                }
            } else if let Some(body) = (words == 1).then(|| body_named(b.w, &[a], a, j)).flatten() {
                // `Brindle, the lighting company that …`: a one-word name
                // the article calls a business is one, for `the company`
                // and `Brindle said` later.
                if let Some(m @ Mention::Org { .. }) = analyze(b.w, a, j).as_deref() {
                    let id = self.registry.resolve(m, toks[a].start, block, true);
                    if let Some(id) = id.filter(|_| b.sent_start[a] == a) {
                        self.registry.subject(id, toks[a].start);
                    }
                    self.trade_described(b, id, Some(body));
                }
            } else if words == 1
                && (b.sent_start[a.min(n - 1)] == a || {
                    // `Back at the stall, Owusu was folding shirts.`: a known
                    // surname right after an opening adverbial, before its verb.
                    let sstart = b.sent_start[a.min(n - 1)];
                    a > sstart + 1
                        && a <= sstart + 7
                        && toks[a - 1].is_punct(',')
                        && (sstart..a - 1).any(|k| b.word(k) && b.w.has(k, flag::PREP | flag::ADVERB | flag::SUBORD))
                        && (sstart..a - 1).all(|k| b.word(k) && !b.w.has(k, flag::AUX | flag::PRONOUN))
                        && j < n
                        && b.word(j)
                        && b.w.has(j, flag::AUX | flag::VERB)
                })
            {
                // A sentence that opens with a known surname.
                if let Some(m @ Mention::Person { .. }) = analyze(b.w, a, j).as_deref() {
                    if let Some(id) = self.registry.resolve(m, toks[a].start, block, false) {
                        self.registry.subject(id, toks[a].start);
                    }
                }
            }
            i = j.max(i + 1);
        }
    }

    /// Whether the body's name at `from..j` stands in apposition to a short
    /// noun phrase that opens its sentence (`The second union, the Harbour
    /// Workers' League (HWL), took …`): a comma before it (after `the` at
    /// most), the opening words plain nouns with no verb or preposition, and a
    /// comma after it (after a bracketed acronym at most).
    fn org_apposed(b: &Block<'_, '_>, from: usize, j: usize) -> bool {
        let toks = b.toks();
        let n = toks.len();
        let sstart = b.sent_start[from];
        let mut c = from;
        if c > sstart && b.w.is(c - 1, "the") {
            c -= 1;
        }
        if !(c > sstart + 1 && toks[c - 1].is_punct(',') && c - 1 - sstart <= 5) {
            return false;
        }
        if !(sstart..c - 1)
            .all(|k| b.word(k) && b.outside(k) && !b.w.has(k, flag::VERB | flag::AUX | flag::PREP | flag::PRONOUN))
        {
            return false;
        }
        let mut e = j;
        if e + 2 < n && toks[e].is_punct('(') && b.w.is_acronym(e + 1) && toks[e + 2].is_punct(')') {
            e += 3;
        }
        e < n && toks[e].is_punct(',') && b.outside(e)
    }

    /// `chipmaker Zentrix`, `Brindle, the lighting company`: the trade noun
    /// is what the article calls the body later (`the company`), whichever
    /// other body it has called so before.
    fn trade_described(&mut self, b: &Block<'_, '_>, id: Option<usize>, body: Option<(usize, Option<usize>)>) {
        if let (Some(id), Some((_, Some(t)))) = (id, body) {
            self.registry.describe(id, &[b.w.lower(t)], Gender::Unknown);
        }
    }

    /// A transcript's turn: `RAFAEL IBARRA: …` is Rafael Ibarra's words, all
    /// of them (names and verbs inside are his own account).
    pub fn turn(&mut self, text: &str, block_index: usize, name: Span, words: Span, sentence: usize) {
        if words.is_empty() {
            return;
        }
        // `RAFAEL IBARRA` is `Rafael Ibarra`: the register matches names
        // without regard to case, and a new name is written the usual way.
        let proper: Vec<String> = name
            .slice(text)
            .split_whitespace()
            .map(|w| {
                let mut out = String::with_capacity(w.len());
                let mut upper = true;
                for c in w.chars() {
                    if upper {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    upper = matches!(c, '-' | '\'' | '’');
                }
                out
            })
            .collect();
        self.own_words(proper, block_index, name, words, sentence);
    }

    /// A quotation signed after a dash, as vox pops print them (`"…" – Ann
    /// Cole, resident`), or labelled by a name and a colon, as reaction
    /// lists do (`Ann Cole: "…"`): the quoted words are the named person's,
    /// and the name is taken as written, less a title before it.
    pub fn signed(&mut self, text: &str, block_index: usize, name: Span, words: Span, sentence: usize) {
        if words.is_empty() {
            return;
        }
        // (`Cllr Ann Cole: "…"`: a title before the name is no part of it,
        // while two words are left.)
        let mut name = name;
        loop {
            let s = name.slice(text);
            let Some(word) = s.split_whitespace().next() else { break };
            let title = LEXICON.flags(&word.to_lowercase()) & (flag::HONORIFIC | flag::TITLE) != 0;
            if !title || s.split_whitespace().count() <= 2 {
                break;
            }
            let rest = s[word.len()..].trim_start();
            name = Span::new(name.end - rest.len(), name.end);
        }
        let proper: Vec<String> = name.slice(text).split_whitespace().map(str::to_owned).collect();
        self.own_words(proper, block_index, name, words, sentence);
    }

    /// Registers the person whose name is `proper` (at `name`) and gives
    /// them `words` as one direct utterance.
    fn own_words(&mut self, proper: Vec<String>, block_index: usize, name: Span, words: Span, sentence: usize) {
        let m = Mention::Person {
            name: proper.join(" "),
            names: NameWords::new(
                &proper.first().map(|w| w.to_lowercase()).unwrap_or_default(),
                &proper.last().map(|w| w.to_lowercase()).unwrap_or_default(),
            ),
            tokens: proper.len(),
            descriptors: Vec::new(),
            gender: Gender::Unknown,
        };
        let Some(id) = self.registry.resolve(&m, name.start, block_index, true) else { return };
        self.registry.speech(id, words.start, Some(name));
        self.found.push(Found {
            speaker: SpeakerId(id),
            kind: UtteranceKind::Direct,
            cue: None,
            span: words,
            source: Some(name),
            question: None,
            block: block_index,
            sentence,
        });
        self.carry = Some(id);
    }

    /// Adds the `Name: claim` headlines of speakers the body quotes.
    pub fn headline(&mut self, text: &str, block_index: usize, span: Span, sentence: usize) {
        let s = span.slice(text);
        let Some((name_len, claim_at)) = headline_claim(s) else {
            return;
        };
        let name = &s[..name_len];
        let words: Vec<&str> = name.split_whitespace().collect();
        let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
        let m = Mention::Person {
            name: name.to_string(),
            names: NameWords::new(&first, &last),
            tokens: words.len(),
            descriptors: Vec::new(),
            gender: Gender::Unknown,
        };
        let Some(id) = self.registry.resolve(&m, span.start, block_index, false) else {
            return;
        };
        if !self.registry.entities[id].speaks() {
            return;
        }
        let claim = crate::blocks::trim_span(text, span.start + claim_at, span.end);
        if claim.is_empty() {
            return;
        }
        self.found.push(Found {
            speaker: SpeakerId(id),
            kind: UtteranceKind::Headline,
            cue: None,
            span: claim,
            source: Some(Span::new(span.start, span.start + name_len)),
            question: None,
            block: block_index,
            sentence,
        });
    }
}

/// `Name: claim`: the byte length of the name and where the claim starts.
pub(crate) fn headline_claim(s: &str) -> Option<(usize, usize)> {
    let colon = s.find(':')?;
    if colon == 0 || colon > 40 {
        return None;
    }
    let name = s[..colon].trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    for w in &words {
        if !w.chars().next().is_some_and(char::is_uppercase) || w.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let f = LEXICON.word_flags(w);
        if f & (flag::FURNITURE | flag::COMMON | flag::DET | flag::PREP) != 0 {
            return None;
        }
    }
    let rest = &s[colon + 1..];
    let claim_at = colon + 1 + (rest.len() - rest.trim_start().len());
    (claim_at < s.len()).then_some((name.len(), claim_at))
}

/// The words of a quotation, without a trailing comma.
/// `Between the lines: Board director Ana Ruiz, whose ward …, said …`: a
/// short label in sentence case that opens a paragraph and ends in a colon
/// (the kickers of newsletter styles: `Zoom in:`, `Reality check:`, `Yes,
/// but:`) only heads the paragraph; the sentence after it is read as if it
/// opened the line, so its subject can be found. Only a label of two to
/// five words whose later words are lower case, followed by a capitalized
/// word, and with no verb of saying or auxiliary: a speaker's name before a
/// colon (`Lopez:`, `Ana Ruiz:`) and a clause (`She said: The …`) stay as
/// they are, and so does a quotation after a colon.
fn kicker_label(w: &Words<'_>, toks: &[Token], sent_start: &mut [usize], sent_end: &mut [usize]) {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else { return };
    // (`Read more: Riders to get new rights`: a link to another story, a
    // headline without a full stop, is no sentence of this one.)
    if first.kind != Kind::Word || !first.first.is_uppercase() || first.quote != 0 || last.kind == Kind::Word {
        return;
    }
    let mut words = 1;
    let mut k = 1;
    while k < toks.len() && k <= 7 {
        let t = &toks[k];
        if t.sentence != first.sentence || t.quote != 0 {
            return;
        }
        match t.kind {
            // (`She said: The vote …`, `The answer is: No`: a clause, not a
            // label.)
            Kind::Word if t.first.is_lowercase() && !w.has(k, flag::AUX | flag::MODAL) && lemma_of(w, k).is_empty() => {
                words += 1
            }
            Kind::Punct if t.first == ',' => {}
            Kind::Punct if t.first == ':' => break,
            _ => return,
        }
        k += 1;
    }
    let colon = k;
    if !(2..=5).contains(&words) || colon + 1 >= toks.len() || !toks[colon].is_punct(':') {
        return;
    }
    let next = &toks[colon + 1];
    if next.kind != Kind::Word || !next.first.is_uppercase() || next.sentence != first.sentence {
        return;
    }
    let end = sent_end[0];
    sent_end[..=colon].fill(colon + 1);
    sent_start[colon + 1..end].fill(colon + 1);
}

fn quote_span(text: &str, q: &Quote) -> Span {
    let inner = q.inner();
    let s = inner.slice(text);
    let trimmed = s.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let lead = s.len() - s.trim_start().len();
    Span::new(inner.start + lead.min(trimmed.len()), inner.start + trimmed.len())
}

fn trim_back(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-')).len()
}

/// Finds the reporting verbs of a block, into `out` (emptied first).
fn find_candidates(b: &Block<'_, '_>, out: &mut Vec<Candidate>) {
    let w = b.w;
    let toks = b.toks();
    out.clear();
    for (i, t) in toks.iter().enumerate() {
        // Both kinds of candidate are words outside quotations: most tokens
        // fail here, on the token's own fields, before any other test.
        if t.kind != Kind::Word || t.quote != 0 {
            continue;
        }
        // `according to X`: the phrase after it is the source.
        // (The token is known to be a word: its bytes are compared
        // directly, for every word outside quotations.)
        if t.end - t.start == 9
            && w.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(b"according")
            && w.is(i + 1, "to")
            && b.outside(i + 1)
        {
            let listener = takes_listener(lemma_of(w, i));
            out.push(Candidate { listener, ..Candidate::new(i, i + 2, "according to", VerbClass::Speech) });
            continue;
        }
        // `In his words, the state forest already sells out …`: the
        // sentence after the comma is the pronoun's reported words.
        if i == b.sent_start[i]
            && w.is(i, "in")
            && object_pronoun(w, i + 1).is_some()
            && w.is(i + 2, "words")
            && b.punct(i + 3, ',')
        {
            out.push(Candidate {
                subject: Some(Subject::Right(i + 1, i + 2)),
                ..Candidate::new(i, i + 3, "according to", VerbClass::Speech)
            });
            continue;
        }
        if !w.has(i, flag::VERB) {
            continue;
        }
        verb_candidates(b, i, out);
    }
    drop_fronted_clause_verbs(b, out);
}

/// What one `calls` by doing it: `called a strike`, `called an election`.
const CALLED_EVENTS: &[&str] = &[
    "march",
    "strike",
    "walkout",
    "protest",
    "rally",
    "demonstration",
    "meeting",
    "session",
    "election",
    "vote",
    "referendum",
    "ballot",
    "halt",
    "boycott",
    "shutdown",
    "conference",
    "briefing",
    "hearing",
    "inquiry",
    "truce",
    "ceasefire",
    "recess",
];

/// The candidates of word `i`, a form of a reporting verb outside
/// quotations, onto `out`: none when a rule below finds that it reports
/// nothing, one for the first of its verb entries that a rule lets
/// through.
///
/// (Out of line, so that the loop of [`find_candidates`] over every token
/// stays small: with this body inlined, the compiler stepped some twenty
/// derived indices at every token, most of which are not verbs.)
#[inline(never)]
fn verb_candidates(b: &Block<'_, '_>, i: usize, out: &mut Vec<Candidate>) {
    let w = b.w;
    let toks = b.toks();
    let mut buf = [0u8; 32];
    let sstart = b.sent_start[i];
    let send = b.sent_end[i];
    let word = w.text(i);
    // A capitalized verb form opens a sentence as a name or a noun
    // (`Hope Against Cancer`, `Reports suggest`), except the few verbs
    // that lead an inverted tag: `Said the minister: …`, `Asked if …`.
    if toks[i].first.is_uppercase() && !w.is_any(i, &["said", "says", "asked", "added", "wrote"]) {
        return;
    }
    // `Please support our journalism.`, `Help support local news.`: a
    // sentence that opens with an imperative's marker has no subject;
    // the verb is the reader's to do, and nobody is reported. (Only a
    // bare form: `Help said …` is somebody's name and a past tense.)
    if i > sstart
        && i <= sstart + 2
        && !word.ends_with('s')
        && !word.ends_with("ed")
        && !w.is_any(i, &["said", "told", "wrote", "spoke", "thought", "felt"])
        && (sstart..i).all(|k| b.word(k) && w.is_any(k, IMPERATIVE_OPENERS))
    {
        return;
    }
    let folded = fold(word, &mut buf);
    let lower = folded.unwrap_or("");
    // `state Sen. Ana Ruiz`, `the state Senate`: an adjective before a name.
    if lower == "state" && toks.get(i + 1).is_some_and(Token::is_cap) {
        return;
    }
    // `near the Mississippi state line`, `New York state officials
    // said`: after a capitalized name and before a bare lowercase noun,
    // `state` is a noun of the compound. (A subject that takes `state`
    // is plural and its clause opens with an article, a pronoun or
    // `that`: `Unite state the offer is poor`.)
    if lower == "state"
        && i > sstart
        && b.word(i - 1)
        && toks[i - 1].is_cap()
        && !w.has(i - 1, flag::PRONOUN)
        && !w.text(i - 1).ends_with('s')
        && b.word(i + 1)
        && toks[i + 1].first.is_lowercase()
        && !w.has(i + 1, flag::DET | flag::PRONOUN | flag::SUBORD | flag::RELATIVE | flag::ADVERB | flag::PREP)
    {
        return;
    }
    // `Written comments can be mailed to …`, `the reports will be
    // published`: a verb's `-s` form right before a modal is a plural
    // noun, the modal's subject, when an article or the sentence's
    // first word (not a pronoun) stands before it. (`the plan, which
    // she says will cost more`: after a pronoun or a noun, it is a verb
    // whose clause has lost its subject, and stays.)
    if lower.ends_with('s')
        && i > sstart
        && b.word(i + 1)
        && toks[i + 1].first.is_lowercase()
        && w.has(i + 1, flag::MODAL)
        && b.word(i - 1)
        && !w.has(i - 1, flag::PRONOUN | flag::RELATIVE | flag::SUBORD)
        && (w.is_any(i - 1, &["the", "a", "an", "any", "some", "further", "more", "these", "those"]) || i - 1 == sstart)
    {
        return;
    }
    // `Members backed the bill by 14 votes to eight`, `approved it by a
    // vote of 6 to 2`: a verb of support with its tally is a vote, an
    // action the narrator counts, not words anybody said. (Only the
    // next 16 words of the sentence are read.)
    if w.is_any(i, &["backed", "approved", "rejected", "endorsed", "supported", "opposed"]) {
        let tally = (i + 1..send.min(i + 17)).any(|k| {
            b.word(k)
                && w.is(k, "by")
                && (b.word(k + 1)
                    && (w.has(k + 1, flag::NUMBER) || toks[k + 1].first.is_ascii_digit())
                    && w.is_any(k + 2, &["votes", "vote"])
                    || w.is(k + 1, "a") && w.is(k + 2, "vote") && w.is(k + 3, "of"))
        });
        if tally {
            return;
        }
    }
    // `a rank-and-file group called Drivers First`, `an app called
    // Ferrywise`: `called` right after a noun that an indefinite article
    // opens, before a capitalized word, gives the thing its name; nobody
    // calls anything. (At most three lowercase words between the article
    // and `called` are read.)
    if lower == "called"
        && toks.get(i + 1).is_some_and(Token::is_cap)
        && i > sstart + 1
        && b.word(i - 1)
        && toks[i - 1].first.is_lowercase()
        && !w.has(i - 1, flag::PRONOUN | flag::AUX | flag::MODAL | flag::ADVERB | flag::DET)
    {
        let article = (i.saturating_sub(4).max(sstart)..i - 1)
            .rev()
            .find(|&k| !(b.word(k) && toks[k].first.is_lowercase() && !w.has(k, flag::DET)));
        if article.is_some_and(|k| b.word(k) && w.is_any(k, &["a", "an"])) {
            return;
        }
    }
    // `according to X`: a source, handled as an inverted attribution.
    let prev = (i > sstart).then(|| i - 1);
    // `If members reject the deal, …`, `unless residents object`: a verb
    // in a clause of condition reports no position anybody has taken.
    let clause_start = (sstart..i).rev().find(|&k| toks[k].is_punct(',')).map_or(sstart, |c| c + 1);
    if clause_start < i && w.is_any(clause_start, &["if", "unless"]) {
        return;
    }
    // `gives member states more room`, `the Gulf states have warned`:
    // `states` after a word that makes a compound noun of it, or before
    // a verb of its own, is the noun.
    if lower == "states"
        && (prev.is_some_and(|p| b.word(p) && w.is_any(p, STATES_COMPOUNDS))
            || (b.word(i + 1) && w.has(i + 1, flag::VERB | flag::AUX | flag::MODAL)))
    {
        return;
    }
    let prev_has = |f: u32| prev.is_some_and(|p| w.has(p, f));
    // The word before, skipping adverbs: `is also calling`.
    let mut before = prev;
    while let Some(p) = before {
        if p > sstart && b.word(p) && w.has(p, flag::ADVERB) && !w.has(p, flag::AUX) {
            before = Some(p - 1);
        } else {
            break;
        }
    }
    let gerund = lower.ends_with("ing");
    // `The city could stop adding fluoride`, `the firm quit sending
    // notices`: a gerund after a verb of ceasing or shunning is an act
    // that does not happen, and reports no words.
    if gerund
        && i > sstart
        && b.word(i - 1)
        && w.is_any(
            i - 1,
            &[
                "stop", "stops", "stopped", "stopping", "quit", "quits", "avoid", "avoids", "avoided", "avoiding",
                "cease", "ceased", "ceases",
            ],
        )
    {
        return;
    }
    // The verb entries of the word folded above (what `lemma_of` would
    // fold and look up again).
    let forms = folded.map_or(&[][..], |l| LEXICON.verb_forms(l));
    let found = out.len();
    for &e in forms {
        let verb = &LEXICON.verbs[e as usize];
        // Whether word `k` is one of `words` (in lowercase), compared in
        // place: most verbs have no such list, and a lowercase copy of
        // the next word for each of them was most of this loop's cost.
        let next_word_in = |k: usize, words: &[&str]| b.word(k) && words.iter().any(|x| w.lower_is(k, x));
        if next_word_in(i + 1, &verb.not) {
            continue;
        }
        // `reported an operating loss of $48m`, `reported a $2bn
        // profit`: a result, not words (within the clause's next words).
        if !verb.unless.is_empty()
            && (i + 1..(i + 6).min(send))
                .take_while(|&k| !b.punct(k, ',') && toks[k].kind != Kind::Open)
                .any(|k| next_word_in(k, &verb.unless))
        {
            continue;
        }
        // `has called a march for Friday`, `called a snap election`: an
        // event set going, not a view of anything (`called the strike
        // illegal` keeps its words: only `a`/`an` opens an action).
        if verb.lemma == "call"
            && next_word_in(i + 1, &["a", "an"])
            && (i + 2..(i + 5).min(send)).take_while(|&k| b.word(k)).any(|k| next_word_in(k, CALLED_EVENTS))
        {
            continue;
        }
        // `has said little publicly about the vote`, `said nothing since`:
        // silence reported, not words (`said nothing would change` keeps
        // its clause).
        if verb.lemma == "say"
            && next_word_in(i + 1, &["little", "nothing"])
            && (i + 2 >= send
                || !b.word(i + 2)
                || next_word_in(
                    i + 2,
                    &["publicly", "about", "on", "since", "so", "of", "to", "further", "else", "more"],
                ))
        {
            continue;
        }
        // `pledged €3m`: money given, not words.
        if verb.not.contains(&AMOUNT)
            && b.toks().get(i + 1).is_some_and(|t| t.first.is_ascii_digit() || "$€£¥".contains(t.first))
        {
            continue;
        }
        let mut end = i + 1;
        let mut lemma = verb.lemma;
        // A tag right after a quotation needs no clause: `“…,” she wrote.`
        // The tag's subject may carry an appositive: `“…,” the group's
        // director, Ana Ruiz, wrote` (no other verb in between).
        // (Read only when a rule below asks: most verbs' entries never do.)
        let tags_quote = || {
            (sstart.max(i.saturating_sub(16))..i).rev().find(|&k| toks[k].kind == Kind::Close).is_some_and(|k| {
                k + 6 >= i || (k + 1..i).all(|j| !b.word(j) || !w.has(j, flag::VERB | flag::AUX | flag::MODAL))
            })
        };
        // `…, she added.`, `His group, he added, would …`: a tag set off
        // by commas reports the clause around it, and needs none after.
        let set_off = || {
            toks.get(i + 1).is_some_and(|t| t.is_punct('.') || t.is_punct(','))
                && (sstart.max(i.saturating_sub(6))..i).rev().find(|&k| toks[k].is_punct(',')).is_some_and(|c| {
                    c + 1 < i && (c + 1..i).all(|j| b.word(j) && !w.has(j, flag::RELATIVE | flag::VERB | flag::AUX))
                })
        };
        if !verb.after.is_empty() {
            let hit = (i + 1..(i + 3).min(send)).find(|&k| next_word_in(k, &verb.after));
            // `“…,” one reader posted.`: a tag after a quotation ends
            // with the verb and needs nothing after it.
            let bare_tag = || {
                tags_quote()
                    && !verb.lemma.contains(' ')
                    && toks.get(i + 1).is_some_and(|t| t.is_punct('.') || t.is_punct(',') || t.kind == Kind::Open)
            };
            // `The board acted lawfully, the judge ruled.`: a verb that
            // wants a `that` clause is a tag when the clause came first.
            let clause_tag = || verb.after.contains(&"that") && set_off();
            // `posted on its website that …`: the place the words went
            // up is no part of them; they begin at the `that` after it
            // (a few words that hold no verb, so `posted on a site
            // that sells …` keeps its words as they were).
            let medium_then_that = |k: usize| {
                if !w.is(k, "on") {
                    return None;
                }
                (k + 1..(k + 6).min(send))
                    .take_while(|&j| b.word(j) && b.outside(j) && !w.has(j, flag::VERB | flag::AUX | flag::MODAL))
                    .find(|&j| j > k + 1 && w.is(j, "that"))
            };
            match hit {
                // (`ordered gear that has not come`: a `that` after an
                // object opens a relative clause about the goods; only
                // `ordered that …` states an order.)
                Some(k) if verb.lemma == "order" && k != i + 1 => continue,
                Some(k) => end = medium_then_that(k).unwrap_or(k + 1),
                None if bare_tag() || clause_tag() => {}
                None => continue,
            }
        }
        if !verb.object.is_empty() {
            let mut hit = None;
            for k in i + 1..(i + 4).min(send) {
                if !b.word(k) {
                    break;
                }
                if let Some(p) = verb.object.iter().position(|o| w.is(k, o)) {
                    hit = Some((k, p));
                    break;
                }
            }
            match hit {
                Some((k, p)) => {
                    end = k + 1;
                    lemma = verb.object_lemmas[p];
                }
                None => continue,
            }
        }
        let comma_tag = verb.clause && set_off();
        if verb.clause && !tags_quote() && !comma_tag && !clause_follows(b, i) {
            continue;
        }
        // `the calls they responded to, and any arrests`: a preposition
        // stranded after the verb ends a relative clause about a thing
        // named before; nobody reports anything.
        if b.word(i + 1)
            && w.has(i + 1, flag::PREP)
            && toks.get(i + 2).is_some_and(|t| {
                t.is_punct(',') || t.is_punct('.') || t.kind == Kind::Word && w.is_any(i + 2, &["and", "or"])
            })
        {
            continue;
        }
        // `could claim`, `to say`: nobody has said anything yet. (But
        // `used her last minutes to urge …`: the occasion was used.)
        // (Nor is a past or third-person form after `to` an infinitive:
        // `the fishermen he spoke to said …` strands the preposition.)
        let finite = lower.ends_with("ed") || ["said", "says", "told", "tells", "wrote", "writes"].contains(&lower);
        if prev_has(flag::MODAL) || prev.is_some_and(|p| w.is(p, "to") && !used_to_say(b, p) && !finite) {
            continue;
        }
        // `would have to buy a licence and submit to inspections`: a bare
        // verb joined to one under a modal or `to` is under it too.
        // (`spoke to residents and said …`: `said` is finite, however
        // it ends, and `to` there is a preposition.)
        let bare = !(lower.ends_with('s') || lower.ends_with("ed") || lower.ends_with("ing") || finite);
        if bare
            && prev.is_some_and(|p| (w.is(p, "and") || w.is(p, "or")) && p > sstart)
            && (sstart.max(i.saturating_sub(16))..i - 1).any(|k| {
                b.word(k)
                    && (w.has(k, flag::MODAL)
                        || w.is(k, "to")
                            && b.word(k + 1)
                            && toks[k + 1].first.is_lowercase()
                            && !w.has(k + 1, flag::DET | flag::PRONOUN))
            })
        {
            continue;
        }
        // `told the mayor and said the plan was sound`: a verb that
        // takes a listener, then `and` and a finite verb of saying, only
        // names whom the words went to; the second verb reports them.
        if verb.recipient
            && (i + 2..(i + 7).min(send))
                .take_while(|&k| b.word(k) && b.outside(k))
                .any(|k| w.is(k, "and") && w.is_any(k + 1, &["said", "says", "added", "adds", "told", "tells"]))
        {
            continue;
        }
        // `was told`, `is said to`: passive.
        if prev_has(flag::BE) && is_past_participle(word) {
            continue;
        }
        // `economists questioned by the paper said`: a participle with
        // its agent describes the phrase before it.
        if is_past_participle(word) && b.word(i + 1) && w.is(i + 1, "by") {
            continue;
        }
        // `Figures announced Monday showed …`: a participle, a weekday and
        // a finite verb describe the phrase before them (a reduced
        // relative); the sentence's verb is the one after the day, and
        // the figures say nothing.
        if is_past_participle(word)
            && b.word(i + 1)
            && w.is_any(i + 1, WEEKDAYS)
            && b.word(i + 2)
            && b.outside(i + 2)
            && toks[i + 2].first.is_lowercase()
            && (w.text(i + 2).ends_with("ed")
                || w.is_any(i + 2, &["found", "shows", "show", "suggest", "suggests", "indicate", "indicates"]))
        {
            continue;
        }
        // `members who supported the bill said …`: a restrictive relative
        // clause describes its subject; the main verb reports.
        if prev.is_some_and(|p| (w.is(p, "who") || w.is(p, "that")) && p > sstart && !toks[p - 1].is_punct(','))
            && verb.class != VerbClass::Speech
        {
            continue;
        }
        // `his claims`, `the call`, `no public comment`, `the MPs' report`: a
        // noun. But a quantifier standing alone is a subject: `Some said …`.
        // (`Several states have passed …`: an auxiliary next makes the
        // word a noun.)
        // (Asked only after a determiner, which every quantifier is.)
        let quantifier_subject = || {
            prev.is_some_and(|p| {
                w.is_any(p, &["some", "many", "most", "several", "few", "all", "both"])
                    && (p == sstart || toks[p - 1].kind == Kind::Punct)
                    // (`Another added: …`, `"…," another said`: one more
                    // of a group, alone before its verb.)
                    || one_of_group_tag(b, p, sstart)
            }) && !(b.word(i + 1) && w.has(i + 1, flag::AUX | flag::MODAL))
        };
        if prev_has(flag::DET) && !prev.is_some_and(|p| w.has(p, flag::RELATIVE)) && !quantifier_subject() {
            continue;
        }
        // `made lumber their top ask`, `the main demand`: an article and a
        // ranking adjective make the word a noun too. (Only adjectives
        // that never head a noun phrase: `the first said`, `the chief
        // says` have subjects.)
        if !lower.ends_with("ed")
            && prev.is_some_and(|p| {
                // (The flags of the word before first: the list is
                // compared only after a determiner.)
                p > sstart
                    && toks[p].first.is_lowercase()
                    && b.word(p - 1)
                    && w.has(p - 1, flag::DET)
                    && !w.has(p - 1, flag::RELATIVE)
                    && w.is_any(p, RANKING)
            })
        {
            continue;
        }
        // `Hartwell's said`: a past tense after a capitalized owner is
        // the verb of a shop's name (no noun ends in -ed or is `said`).
        // (Not a participle that modifies a bare noun, itself the
        // subject of the verb after it: `Brookfield's proposed levy
        // would be modest`, `the city's planned closure is`; a shop's
        // verb takes no bare noun and a verb of its own straight after.)
        let modifies_noun = lower.ends_with("ed")
            && i + 2 < send
            && b.word(i + 1)
            && b.outside(i + 1)
            && toks[i + 1].first.is_lowercase()
            && !w.has(i + 1, flag::DET | flag::PRONOUN | flag::PREP | flag::CONJ | flag::SUBORD | flag::RELATIVE)
            && b.word(i + 2)
            && w.has(i + 2, flag::MODAL | flag::AUX | flag::BE);
        let shop_name = (lower.ends_with("ed") || lower == "said" || lower == "says")
            && !modifies_noun
            && prev.is_some_and(|p| p > sstart && b.word(p - 1) && toks[p - 1].is_cap());
        if prev.is_some_and(|p| toks[p].kind == Kind::Possessive) && !shop_name {
            continue;
        }
        // `the Reuters report`: a name between an article and a word that
        // is also a noun (a past tense is always a verb: `the Tories announced`).
        let noun_form = !lower.ends_with("ed") && w.has(i, flag::DOCUMENT | flag::GROUP)
            || matches!(
                lower,
                "report" | "reports" | "comment" | "comments" | "claim" | "claims" | "call" | "calls" | "post"
            );
        if noun_form
            && prev.is_some_and(|p| {
                toks[p].is_cap()
                    && p > sstart
                    && b.word(p - 1)
                    && w.has(p - 1, flag::DET)
                    && toks[p - 1].first.is_lowercase()
            })
        {
            continue;
        }
        // `did not respond`, `has never said`: no words were reported.
        let negated =
            (sstart..i).rev().take(4).take_while(|&p| b.word(p) && w.has(p, flag::ADVERB | flag::AUX)).any(|p| {
                w.is(p, "not") || w.is(p, "never") || w.text(p).ends_with("n't") || w.text(p).ends_with("n’t")
            });
        if negated {
            continue;
        }
        if let Some(p) = prev {
            let adjective = b.word(p)
                && toks[p].first.is_lowercase()
                && (w.has(p, flag::EVALUATIVE) || ADJECTIVE_ENDINGS.iter().any(|e| w.text(p).ends_with(e)))
                && !w.has(
                    p,
                    flag::ADVERB
                        | flag::AUX
                        | flag::PRONOUN
                        | flag::RELATIVE
                        | flag::GROUP
                        | flag::ROLE
                        | flag::ORG
                        | flag::TITLE
                        | flag::NATIONALITY,
                )
                // `campaigners in the south-west say`: a compass point
                // is a noun here, not a superlative.
                && !w.text(p).ends_with("west");
            // `the new report`, `during public comment`: an adjective
            // after an article or a preposition makes the word a noun.
            // (A past tense or `says` is never a noun: `Members of the
            // public said …`.)
            let verb_only = lower == "said" || lower == "says" || lower.ends_with("ed");
            if adjective
                && !verb_only
                && p > sstart
                && b.word(p - 1)
                && w.has(p - 1, flag::DET | flag::PREP)
                && toks[p - 1].first.is_lowercase()
                && !w.has(p - 1, flag::RELATIVE)
            {
                continue;
            }
        }
        // `Public comment closes on …`: a bare form right after a
        // capitalized adjective that opens the sentence is a noun (a
        // singular subject would take `comments`, a plural one is no
        // adjective).
        let bare_form = lower == verb.lemma && !lower.ends_with('s');
        if bare_form
            && prev.is_some_and(|p| {
                p == sstart
                    && b.word(p)
                    && toks[p].first.is_uppercase()
                    && ADJECTIVE_ENDINGS.iter().any(|e| w.text(p).ends_with(e))
                    && !w.has(p, flag::GROUP | flag::ROLE | flag::ORG | flag::TITLE | flag::PRONOUN)
            })
        {
            continue;
        }
        // `asked for comment`, `for further comment`: after a
        // preposition the word is a noun.
        let after_prep = |p: usize| b.word(p) && w.has(p, flag::PREP) && toks[p].first.is_lowercase() && !w.is(p, "to");
        if !gerund
            && prev.is_some_and(|p| {
                after_prep(p)
                    || p > sstart && after_prep(p - 1) && w.is_any(p, &["further", "more", "public", "any", "no"])
            })
        {
            continue;
        }
        // `income supports,`: a verb of stance takes an object, so a
        // comma or full stop right after it makes it a noun.
        if verb.class == VerbClass::Stance && toks.get(i + 1).is_some_and(|t| t.is_punct(',') || t.is_punct('.')) {
            continue;
        }
        let asked = verb.class == VerbClass::Question && i == sstart && lower == "asked";
        if asked {
            out.push(Candidate { asked: true, ..Candidate::new(i, end, lemma, verb.class) });
            break;
        }
        if gerund {
            let participle = match prev {
                None => false,
                Some(p) => {
                    if w.is(p, "by") {
                        false
                    } else {
                        toks[p].kind == Kind::Punct && matches!(toks[p].first, ',' | ';' | '—' | '–' | '-' | ':')
                            || w.is(p, "and")
                            || w.is(p, "while")
                            || w.is(p, "after")
                            || w.is(p, "before")
                            // `She posted in the group Sunday urging parents
                            // to …`: a day's name ends the clause's adjunct,
                            // so a participle of speech right after it hangs
                            // off the clause, as after a comma.
                            || (verb.class == VerbClass::Speech
                                && toks[p].is_cap()
                                && w.is_any(p, WEEKDAYS)
                                && p > sstart + 1)
                            || (verb.class == VerbClass::Speech
                                && matches!(
                                    verb.lemma,
                                    "say"
                                        | "add"
                                        | "argue"
                                        | "claim"
                                        | "insist"
                                        | "warn"
                                        | "note"
                                        | "explain"
                                        | "stress"
                                        | "complain"
                                ))
                    }
                }
            };
            let progressive = before.is_some_and(|p| w.has(p, flag::AUX));
            if !participle && !progressive {
                continue;
            }
            let mut c = Candidate::new(i, end, lemma, verb.class);
            // `Kemp was quoted as saying …`: the passive's own subject
            // said the words; nothing is inherited from a verb before.
            if quoted_as(b, i) {
                out.push(c);
                break;
            }
            if participle && !progressive {
                // `…, believing the visit would fail`: a participle of
                // belief is usually the writer's gloss, not speech.
                if verb.class == VerbClass::Cognition {
                    continue;
                }
                c.subject = Some(Subject::Inherit);
            }
            out.push(c);
            break;
        }
        out.push(Candidate::new(i, end, lemma, verb.class));
        break;
    }
    if out.len() > found {
        let listener = takes_listener(forms);
        out[found..].iter_mut().for_each(|c| c.listener = listener);
    }
}

/// Whether the verb at `i` follows `was quoted as` or `is cited as` (`Kemp
/// was quoted as saying`), where the passive's subject is the speaker.
fn quoted_as(b: &Block<'_, '_>, i: usize) -> bool {
    let w = b.w;
    i >= b.sent_start[i] + 3
        && (i - 3..i).all(|k| b.word(k) && b.outside(k))
        && w.is(i - 1, "as")
        && w.is_any(i - 2, &["quoted", "cited"])
        && w.has(i - 3, flag::AUX)
}

/// `After the board announced the cuts, she wrote that …`, `If the council
/// adds that rule, she said, …`, `Asked whether he backed the plan, Ruiz
/// said …`: a verb inside a subordinate clause that opens the sentence sets
/// the scene; the verb of the main clause, after the comma that closes it,
/// reports. (Only when such a verb follows, and no verb came before the
/// clause but an opening `Asked`.)
fn drop_fronted_clause_verbs(b: &Block<'_, '_>, out: &mut Vec<Candidate>) {
    const SUBORDINATORS: &[&str] = &["after", "before", "when", "whether", "if", "once", "since", "until", "unless"];
    let w = b.w;
    let toks = b.toks();
    let mut drop = Vec::new();
    for (n, c) in out.iter().enumerate() {
        let i = c.at;
        let (sstart, send) = (b.sent_start[i], b.sent_end[i]);
        let mut sub = None;
        for k in (sstart.max(i.saturating_sub(12))..i).rev() {
            if !b.word(k) || !b.outside(k) {
                break;
            }
            if w.is_any(k, SUBORDINATORS) {
                sub = Some(k);
                break;
            }
        }
        let Some(p) = sub else { continue };
        if out[..n].iter().any(|d| d.at >= sstart && d.at < p && !d.asked) {
            continue;
        }
        let comma = (c.end..send.min(c.end + 30)).take_while(|&k| b.outside(k)).find(|&k| toks[k].is_punct(','));
        let Some(comma) = comma else { continue };
        if out[n + 1..].iter().any(|d| d.at > comma && d.at < send) {
            drop.push(n);
        }
    }
    for n in drop.into_iter().rev() {
        out.remove(n);
    }
}

/// `Bus firms have lobbied for the lane, two people familiar with the talks
/// said, because …`: a tag set off by a comma after a clause reports that
/// whole clause, its verb included, so the clause's own verb reports
/// nothing of its subject's. (Not a plain `said` before the tag, whose
/// words stay its subject's; not a pronoun's, who has spoken before; not a
/// publication's tag, which only says where the news was read.)
fn drop_verbs_a_tag_reports(b: &Block<'_, '_>, cands: &mut Vec<Candidate>) {
    let w = b.w;
    let toks = b.toks();
    let mut drop = Vec::new();
    for (n, t) in cands.iter().enumerate() {
        // `…, Ana Ruiz said.` or, inverted, `…, said Ana Ruiz, a planner.`:
        // the tag opens after the comma (`tag`).
        let (tag, a, z) = match t.subject {
            Some(Subject::Left(a, z)) => (a, a, z),
            Some(Subject::Right(a, z)) if a == t.end && t.lemma != "according to" => (t.at, a, z),
            _ => continue,
        };
        let sstart = b.sent_start[t.at];
        // Cheap tests first: an earlier verb in the sentence, a comma right
        // before the tag.
        if n == 0 || cands[n - 1].at < sstart || tag < sstart + 4 || !toks[tag - 1].is_punct(',') {
            continue;
        }
        // `The union backs a later start, she said, but …`: a person's
        // pronoun cannot mean the body or group the clause is about, so the
        // tag reports that clause too (only a body's or group's verb goes).
        let person_pronoun = z == a + 1 && b.word(a) && w.is_any(a, &["he", "she"]);
        if !t.quotes.is_empty()
            || t.asked
            || !matches!(t.class, VerbClass::Speech | VerbClass::Cognition)
            || (a..z).any(|j| b.word(j) && w.has(j, flag::PUBLICATION | flag::RELATIVE | flag::CONJ))
            || !person_pronoun && (a..z).any(|j| b.word(j) && w.has(j, flag::PRONOUN))
        {
            continue;
        }
        let Some((span, kind, _)) = reported_span(b, t, cands) else { continue };
        if span.start != toks[sstart].start || kind == UtteranceKind::Direct {
            continue;
        }
        for (m, e) in cands[..n].iter().enumerate().rev() {
            if e.at < sstart {
                break;
            }
            let pronoun = match e.subject {
                Some(Subject::Left(ea, _)) | Some(Subject::Right(ea, _)) => w.has(ea, flag::PRONOUN),
                _ => true,
            };
            // (The subject is read only for a pronoun tag, the rare case.)
            let body = || match e.subject {
                Some(Subject::Left(ea, ez)) | Some(Subject::Right(ea, ez)) => matches!(
                    analyze(w, ea, ez).as_deref(),
                    Some(Mention::Org { .. } | Mention::Group { .. } | Mention::OrgDesc { .. })
                ),
                _ => false,
            };
            if person_pronoun && !body() {
                continue;
            }
            if e.at < tag - 1
                && e.quotes.is_empty()
                && !e.asked
                && !pronoun
                && !matches!(e.lemma, "say" | "according to")
            {
                drop.push(m);
            }
        }
    }
    drop.sort_unstable();
    drop.dedup();
    for m in drop.into_iter().rev() {
        cands.remove(m);
    }
}

/// `The wardens have advised that tenants report leaks`, `Ana Ruiz, a
/// nurse and one of two staff members, said nurses have asked for rest
/// breaks`: a subject and verb right after a verb of saying (or after its
/// `that`) are part of what that verb reports, not a speaker of their own,
/// even when the subject of the outer verb is read poorly. (Not a verb that
/// tags a quotation of its own, nor a pronoun's, nor one after `according
/// to`.) Only the verb just before is looked at, since nothing but the
/// inner subject stands between the two.
fn drop_verbs_in_reported_clause(b: &Block<'_, '_>, cands: &mut Vec<Candidate>) {
    let mut keep = vec![true; cands.len()];
    for n in 1..cands.len() {
        let (c, e) = (&cands[n], &cands[n - 1]);
        let Some(Subject::Left(a, _)) = c.subject else { continue };
        if !c.quotes.is_empty() || c.asked || !e.quotes.is_empty() || e.asked {
            continue;
        }
        if !matches!(e.class, VerbClass::Speech | VerbClass::Cognition) || b.sent_start[e.at] != b.sent_start[c.at] {
            continue;
        }
        // `according to X` names a source, not a clause; a pronoun's verb
        // (`said she supports it`) is the outer speaker's own, and read as
        // such later.
        if e.lemma == "according to" || b.w.has(a, flag::PRONOUN) {
            continue;
        }
        // (`that` may be read with the inner subject or left before it.)
        if e.end == a || a > 0 && e.end == a - 1 && b.word(a - 1) && b.w.is(a - 1, "that") {
            keep[n] = false;
        }
    }
    // (One pass: removing one by one would be quadratic in a block of
    // nothing but `A said B said …`.)
    let mut keep = keep.into_iter();
    cands.retain(|_| keep.next().unwrap_or(true));
}

/// Whether the name at `from` is the listener of a verb of telling (`told
/// the Daily Clarion`, `speaking to Radio Vell`, `in an interview with the
/// Clarion`): the outlet the words went to, not one that said them.
fn named_as_listener(b: &Block<'_, '_>, from: usize) -> bool {
    let mut k = from;
    if k > 0 && b.word(k - 1) && b.w.is(k - 1, "the") {
        k -= 1;
    }
    if k == 0 || !b.word(k - 1) {
        return false;
    }
    let before = |w: &[&str]| k >= 2 && b.word(k - 2) && b.w.is_any(k - 2, w);
    b.w.is_any(k - 1, &["told", "tells", "telling"])
        || b.w.is(k - 1, "to") && before(&["speaking", "spoke", "speaks", "talking", "talked", "talks"])
        || b.w.is(k - 1, "with") && before(&["interview", "interviews"])
}

/// Whether one of a word's verb entries takes a listener (`told reporters`).
fn takes_listener(forms: &[u16]) -> bool {
    forms.iter().any(|&e| LEXICON.verbs[e as usize].recipient)
}

/// Whether a clause, a quotation or `as` follows the verb at `i`
/// (`attacked the plan as flawed`, `denied the party was split`).
fn clause_follows(b: &Block<'_, '_>, i: usize) -> bool {
    let send = b.sent_end[i];
    // `questioned the fire risk posed by …`, `called the plan overdue`: a
    // plan, or a measure of one, as the object is a position taken on it
    // (not `questioned the suspect`, `called the police`).
    if b.word(i + 1) && b.w.is_any(i + 1, &["the", "its", "their", "his", "her"]) {
        let object = (i + 2..send.min(i + 5)).take_while(|&k| b.word(k) && b.outside(k)).any(|k| b.w.is_any(k, JUDGED));
        if object {
            return true;
        }
        // `called the amphitheater the first real chance in a generation`:
        // naming a thing by a second phrase after it is a position on it,
        // whatever the thing is (not `called the union the next day` nor
        // `called the hotline a dozen times`).
        if b.w.text(i).starts_with("call") {
            const WHEN: &[&str] = &[
                "next",
                "following",
                "same",
                "other",
                "last",
                "second",
                "third",
                "hour",
                "day",
                "week",
                "month",
                "year",
                "morning",
                "night",
                "time",
                "few",
                "lot",
                "bit",
            ];
            let named = (i + 3..send.min(i + 6))
                .take_while(|&k| b.word(k) && b.outside(k) && b.toks()[k].first.is_lowercase())
                .find(|&k| b.w.is_any(k, &["a", "an", "the"]))
                .is_some_and(|k| {
                    (i + 2..k).all(|j| !b.w.has(j, flag::PREP | flag::DET | flag::VERB | flag::AUX | flag::PRONOUN))
                        && b.word(k + 1)
                        && b.outside(k + 1)
                        && !b.w.is_any(k + 1, WHEN)
                        && !b.w.has(k + 1, flag::NUMBER)
                });
            if named {
                return true;
            }
        }
    }
    for k in i + 1..send.min(i + 14) {
        let t = &b.toks()[k];
        match t.kind {
            Kind::Open => return true,
            Kind::Punct if t.first == ':' => return true,
            // A clause ends at a comma: `who wrote the bill, said …`.
            Kind::Punct if t.first == '.' || t.first == ',' => return false,
            Kind::Word => {
                // `when prosecutors and defence agree and restitution is
                // paid`: a conjunction right after the verb leaves it
                // without a complement; what follows is another clause.
                if k == i + 1 && b.w.is_any(k, &["and", "or", "but", "nor", "when", "if", "because", "unless"]) {
                    return false;
                }
                // `questioned whether the program works`: an indirect
                // question is a clause, whatever its verb looks like.
                if k == i + 1 && b.w.is_any(k, &["whether", "why", "how"]) {
                    return true;
                }
                // `wrote to the council and said the plan …`: a second
                // verb of saying joined by `and` takes the clause; the first
                // only says whom it was addressed to.
                if k > i + 1
                    && b.w.is(k, "and")
                    && b.word(k + 1)
                    && b.toks()[k + 1].first.is_lowercase()
                    && b.w.has(k + 1, flag::VERB)
                    && (is_past_participle(b.w.text(k + 1)) || b.w.text(k + 1).ends_with('s'))
                {
                    return false;
                }
                if b.w.is_any(k, &["that", "as", "saying", "for", "it", "them", "this"]) {
                    return true;
                }
                if b.w.has(k, flag::AUX | flag::MODAL) && k > i + 1 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Nouns for a plan or a measure of one, whose questioning or naming (`called
/// the plan overdue`) is a position on it: see [`clause_follows`].
const JUDGED: &[&str] = &[
    "need",
    "cost",
    "costs",
    "risk",
    "risks",
    "wisdom",
    "timing",
    "logic",
    "value",
    "benefit",
    "benefits",
    "fairness",
    "legality",
    "safety",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "decision",
    "rationale",
    "figures",
    "numbers",
    "evidence",
    "scheme",
    "deal",
    "bill",
    "policy",
    "move",
    "idea",
    "approach",
];

/// Words before `states` that make it a noun (`member states`, `nation
/// states`), not a reporting verb.
const STATES_COMPOUNDS: &[&str] = &[
    "member",
    "nation",
    "city",
    "island",
    "border",
    "swing",
    "frontline",
    "rogue",
    "coastal",
    "neighbouring",
    "neighboring",
    "partner",
    "sovereign",
    "gulf",
    "baltic",
    "arab",
    "african",
    "u.s",
    "us",
    "german",
    "other",
    "several",
    "many",
    "some",
    "both",
    "these",
    "those",
];

/// Adverbs that sit between a subject and its verb and never inside a
/// noun phrase (unlike `first`, `last` or `recently appointed`).
const VERB_ADVERBS: [&str; 10] =
    ["also", "then", "never", "already", "again", "still", "often", "always", "later", "once"];

/// In a verb's `not=` list: it does not count before a number or a
/// currency sign (`pledged 3 million euros`).
const AMOUNT: &str = "<amount>";

/// Lowercase words that join the capitalized words of one body's name:
/// `Commission on Elections`, `Fisheries and Oceans Canada`, `Ligue de
/// Football Professionnel`.
const NAME_CONNECTORS: &[&str] =
    &["of", "on", "and", "for", "de", "des", "du", "la", "le", "der", "van", "von", "del", "di", "da"];

/// Lowercase particles inside a person's name, over which a name read in
/// passing runs on: `Fatma al Hinai`, `Omar bin Salim`, `Daniel ole
/// Sankale`, `Ana dela Rosa`, `Maarten van Dijk`. (Not `na` or `o`, which
/// join bodies' names, `Údarás na Gaeltachta`: a body so joined can read
/// as a person.)
const PERSON_PARTICLES: &[&str] = &[
    "al", "el", "bin", "bint", "binti", "ibn", "ole", "ap", "dela", "della", "de", "van", "von", "da", "di", "dos",
    "del",
];

/// The days of the week, which news writes without `on` (`posted Sunday`).
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Words of time, which `on` takes as a date, not as part of a name (`the
/// Council on Monday said`) nor of a description (`a spokesman on Monday`).
const TIME_WORDS: &[&str] = &[
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
    "christmas",
    "easter",
];

/// Nouns for a number of people, named by the people after `of`
/// (`a group of 19 tenants`, `a coalition of clinics`).
const COLLECTIVES: [&str; 6] = ["group", "coalition", "handful", "delegation", "band", "number"];

/// `One bus captain on Route 9`, `one cleaner on the night shift`: one
/// unnamed member of a trade placed by where they work (`on` at `k`). Only
/// after `one` or `another`, and never before a day or a month (`a
/// spokesman on Monday said`).
fn one_on(b: &Block<'_, '_>, k: usize, floor: usize) -> bool {
    let w = b.w;
    k > floor + 1
        && w.is(k, "on")
        && b.word(k - 1)
        && b.toks()[k - 1].first.is_lowercase()
        && w.has(k - 1, flag::ROLE | flag::GROUP)
        && (2..=4).any(|d| k >= floor + d && w.is_any(k - d, &["one", "another"]))
        && b.word(k + 1)
        && !w.is_any(k + 1, TIME_WORDS)
        && !w.is(k + 1, "condition")
}

/// Whether token `i` can be part of a speaker's noun phrase.
/// Whether the participle at `i` follows an auxiliary after `floor`: `was
/// welcomed by scientists` is a clause's passive verb and its agent, not a
/// phrase like `economists surveyed by the bank`.
fn passive_verb(b: &Block<'_, '_>, i: usize, floor: usize) -> bool {
    i > floor && b.word(i - 1) && b.w.has(i - 1, flag::AUX | flag::BE)
}

/// Whether word `i` (at least two tokens in) is a past tense right after an
/// article and a plain noun: `The plan angered farmers`, where `angered` is
/// the verb and not a modifier of `farmers`. Both noun-phrase readers stop
/// there.
fn past_after_article_noun(b: &Block<'_, '_>, i: usize) -> bool {
    let w = b.w;
    w.text(i).ends_with("ed")
        && b.word(i - 1)
        && b.word(i - 2)
        && b.toks()[i - 1].first.is_lowercase()
        && w.has(i - 2, flag::DET)
        && !w.has(i - 1, flag::DET | flag::ADVERB | flag::NUMBER | flag::EVALUATIVE)
        && !ADJECTIVE_ENDINGS.iter().any(|e| w.text(i - 1).ends_with(e))
}

fn np_word(b: &Block<'_, '_>, i: usize) -> bool {
    let w = b.w;
    let t = &b.toks()[i];
    if t.kind != Kind::Word || t.quote != 0 {
        return false;
    }
    if t.first.is_uppercase() {
        return !(b.sent_start[i] == i && w.has(i, flag::COMMON) && !w.has(i, flag::DET | flag::HONORIFIC))
            || w.has(i, flag::GROUP | flag::ROLE | flag::TITLE);
    }
    if w.has(i, flag::VERB | flag::AUX | flag::MODAL | flag::ADVERB | flag::SUBORD | flag::RELATIVE | flag::PRONOUN) {
        // `a Delhi-based think tank`: a verb that opens a compound noun.
        // `the appeals court`, `a small claims tribunal`: a verb's form
        // that names a kind of body before a body's word.
        // (`the report said`, `the note says`: a document that speaks for
        // its issuer, after an article.)
        return w.has(i, flag::GROUP | flag::ROLE | flag::TITLE | flag::ORG)
            || w.has(i, flag::ISSUED) && i > 0 && b.word(i - 1) && w.has(i - 1, flag::DET)
            || w.is(i, "think") && w.is_any(i + 1, &["tank", "tanks"])
            || w.is_any(i, &["appeal", "appeals", "claims"])
                && b.word(i + 1)
                && b.toks()[i + 1].first.is_lowercase()
                && w.has(i + 1, flag::ORG);
    }
    if w.has(i, flag::COMMON)
        && !w.has(i, flag::DET | flag::GROUP | flag::ROLE | flag::TITLE | flag::ORG | flag::NATIONALITY)
    {
        return false;
    }
    // `The plan has angered hunters`: after an auxiliary, a participle is
    // the verb, not a modifier of the noun after it.
    if i > 0 && b.word(i - 1) && w.has(i - 1, flag::AUX) && w.text(i).ends_with("ed") {
        return false;
    }
    // `The plan angered farmers, who …`: so is a past tense right after an
    // article and its noun.
    if i > 1 && past_after_article_noun(b, i) {
        return false;
    }
    // `every job posting she wants says …`: a lowercase word right after a
    // subject pronoun is that pronoun's verb, not a noun.
    if i > 0 && b.word(i - 1) && w.has(i - 1, flag::PRONOUN) && w.is_any(i - 1, &["he", "she", "they", "we", "i"]) {
        return false;
    }
    // `The tribunal also heard lawyers for …`: after an adverb that stands
    // between a subject and its verb, a plain lowercase word is that verb.
    if i > 0 && b.word(i - 1) && VERB_ADVERBS.iter().any(|x| w.is(i - 1, x)) {
        return false;
    }
    !w.text(i).ends_with("ly")
}

/// `Ana Ruiz of the Institute for Arts Management in Leeds said`: `in` at
/// `k` and a capitalized place after a body's capitalized name (a head word
/// of an institution among its last six words, joined by `of`, `for` or
/// `and`) give the body's seat, which belongs to the phrase; otherwise the
/// place alone would speak. Only the words just before `in` are read.
fn named_body_in_place(b: &Block<'_, '_>, k: usize, floor: usize) -> bool {
    let (w, toks) = (b.w, b.toks());
    if k <= floor || !b.word(k - 1) || !toks[k - 1].is_cap() || !toks.get(k + 1).is_some_and(|n| n.is_cap()) {
        return false;
    }
    if !b.word(k + 1) || w.is_any(k + 1, TIME_WORDS) || w.has(k + 1, flag::DET) {
        return false;
    }
    // (`the Society for the Protection of Birds in Wales`: an article
    // inside the name too.)
    (k.saturating_sub(6).max(floor)..k)
        .rev()
        .take_while(|&j| b.word(j) && (toks[j].is_cap() || w.is_any(j, &["of", "for", "and", "the"])))
        .any(|j| toks[j].is_cap() && w.has(j, flag::ORG))
}

/// `Workers at the bus depot in Marlow said`: `in` at `k` and a capitalized
/// place after a lowercase noun that is itself where a group or a person
/// stands (`at`, `near`, `outside` … after a group's or a role's word,
/// within the six words before `in`) say where that place lies; the place
/// belongs to the phrase, or it would speak for the workers.
fn placed_group_in_place(b: &Block<'_, '_>, k: usize, floor: usize) -> bool {
    let (w, toks) = (b.w, b.toks());
    if k <= floor + 2 || !b.word(k - 1) || !toks[k - 1].first.is_lowercase() || !np_word(b, k - 1) {
        return false;
    }
    if !b.word(k + 1) || !toks[k + 1].is_cap() || w.is_any(k + 1, TIME_WORDS) || w.has(k + 1, flag::DET) {
        return false;
    }
    // Back over the place's own words (`the Kelby bus depot`) to the
    // preposition that places the group.
    let mut j = k - 1;
    while j > floor + 1
        && k - j < 6
        && b.word(j - 1)
        && !w.has(j - 1, flag::PREP)
        && (np_word(b, j - 1) || w.has(j - 1, flag::DET))
    {
        j -= 1;
    }
    let p = j - 1;
    b.word(p)
        && toks[p].first.is_lowercase()
        && (w.is(p, "at") || w.is_any(p, GROUP_PLACES))
        && p > floor
        && b.word(p - 1)
        && w.has(p - 1, flag::GROUP | flag::ROLE)
}

/// `Banco do Brasil`, `Ngāti Kahu o Taumarere`: a lowercase particle of a
/// name at `k` between two capitalized words joins them into one name,
/// even where the particle is also an English word (`do`), which otherwise
/// ends the phrase and leaves the last word alone to speak.
fn name_particle_left(b: &Block<'_, '_>, k: usize, floor: usize) -> bool {
    let (w, toks) = (b.w, b.toks());
    if !(k > floor
        && toks[k].first.is_lowercase()
        && b.word(k - 1)
        && toks[k - 1].is_cap()
        && b.word(k + 1)
        && toks[k + 1].is_cap()
        && crate::speakers::PARTICLES.iter().any(|p| w.is(k, p)))
    {
        return false;
    }
    // (`Residents of Eastvale do Pilates`: after a preposition's place,
    // `do` is the verb of the phrase before it, not inside a name.)
    if w.is(k, "do") {
        let mut j = k - 1;
        while j > floor && b.word(j - 1) && toks[j - 1].is_cap() {
            j -= 1;
        }
        return !(j > floor && b.word(j - 1) && w.has(j - 1, flag::PREP) && toks[j - 1].first.is_lowercase());
    }
    true
}

/// The last words of a street's name (`Pleasant Street`, `FC Road`).
const STREET_WORDS: &[&str] =
    &["street", "road", "avenue", "lane", "boulevard", "highway", "expressway", "motorway", "crescent", "terrace"];

/// Prepositions that place a group (`residents near the site`, `traders
/// across the city`, `Democrats on the committee`): after a word for a
/// group they join the phrase, which names the people, not the place.
const GROUP_PLACES: &[&str] =
    &["on", "near", "along", "around", "beside", "across", "throughout", "outside", "behind", "alongside"];

/// Reads a noun phrase leftwards ending at token `end` (inclusive), not
/// crossing `floor`. Returns its first token.
fn read_np_left(b: &Block<'_, '_>, end: usize, floor: usize) -> Option<usize> {
    let w = b.w;
    let toks = b.toks();
    let t = toks.get(end)?;
    if t.quote != 0 {
        return None;
    }
    if t.kind == Kind::Word && w.has(end, flag::PRONOUN) {
        return Some(end);
    }
    let mut k = end;
    let start;
    let mut saw_conj = false;
    // The leftmost comma crossed inside a list (`Ana Ruiz, Ben Cole and …`).
    let mut list_comma = None;
    loop {
        let t = &toks[k];
        let ok = match t.kind {
            Kind::Word => {
                // `A No 10 spokesman`, `No 10 sources`: the office's door
                // number is a name, not a count, and `No` no determiner; an
                // article before it opens the phrase.
                if k > floor
                    && w.text(k) == "10"
                    && b.word(k - 1)
                    && toks[k - 1].is_cap()
                    && w.is_any(k - 1, &["no", "number"])
                {
                    k -= 1;
                    if k > floor && b.word(k - 1) && w.is_any(k - 1, &["a", "an", "the"]) {
                        k -= 1;
                    }
                    start = Some(k);
                    break;
                }
                if w.has(k, flag::DET | flag::NUMBER) {
                    // An article opens the phrase, unless the phrase is the
                    // object of a post-modifier: `a spokesman for the ministry`.
                    // `Ambassador to the United Nations`: `to` joins after a title;
                    // `the Pilots Association and the Tug Owners Guild`: `and`
                    // joins two names.
                    let to_title = k > floor + 1
                        && (w.is(k - 1, "to") || w.is(k - 1, "and") && toks.get(k + 1).is_some_and(Token::is_cap))
                        && toks[k - 2].is_cap();
                    // `Economists surveyed by the bank`: the agent of a
                    // participle belongs to the phrase.
                    let agent = k > floor + 1
                        && w.is(k - 1, "by")
                        && b.word(k - 2)
                        && agent_participle(w.text(k - 2))
                        && !passive_verb(b, k - 2, floor)
                        || k > floor && paid_for_by(b, k - 1, floor);
                    // `a person close to the exchange`: an anonymous source's
                    // closeness joins its object.
                    let close_to = k > floor + 2 && w.is(k - 1, "to") && w.is(k - 2, "close") && b.word(k - 3);
                    // `Some Democrats on the committee`: a group's seat;
                    // `Residents near the site`, `traders along the avenue`:
                    // where a group lives or works (or the place would
                    // speak for them).
                    let group_on =
                        k > floor + 1 && w.is_any(k - 1, GROUP_PLACES) && b.word(k - 2) && w.has(k - 2, flag::GROUP);
                    // `A source in the coalition said`, `officials within the
                    // ministry`: a person or group placed inside a body
                    // speaks from it, not for it; `a bus operator in the
                    // valley`: a body described by its place is that body.
                    // (`Officials in the ministry said`: capitalized only
                    // because it opens the sentence.)
                    // (`State Minister in the Ministry of Culture, Gender and
                    // Sport Ana Ruiz`: a capitalized title's post in a body
                    // joins too.)
                    // (Not `the government's partners in the Sweden Democrats`:
                    // a coalition's partners or allies are the party named.)
                    let inside = k > floor + 1
                        && (w.is(k - 1, "in") || w.is(k - 1, "within"))
                        && b.word(k - 2)
                        && !w.is_any(k - 2, &["partners", "partner", "allies", "ally"])
                        && ((toks[k - 2].first.is_lowercase() || b.sent_start[k - 2] == k - 2)
                            && w.has(k - 2, flag::ROLE | flag::GROUP | flag::ORG)
                            || toks[k - 2].is_cap() && w.has(k - 2, flag::TITLE) && w.is(k, "the"));
                    let joins = k > floor + 1
                        && ((["of", "for", "at", "from", "with"].iter().any(|p| w.is(k - 1, p)) || to_title)
                            && np_word(b, k - 2)
                            || agent
                            || close_to
                            || group_on
                            || inside
                            || one_on(b, k - 1, floor))
                        && !t.first.is_uppercase();
                    // `the All Nations Growers Union`: a capitalized
                    // determiner after the article belongs to the name.
                    let in_name = k > floor && t.first.is_uppercase() && w.is(k - 1, "the");
                    if in_name {
                        k -= 1;
                        continue;
                    }
                    // `Keep Our Clinics Open Tarnshire said`, `Save Our Ferries
                    // said`: a capitalized `Our` that does not open the
                    // sentence, between capitalized words, is inside a
                    // campaign's name, and so is the verb the name opens with.
                    if k > floor && our_in_name(b, k) {
                        k -= 1;
                        if k == floor {
                            start = Some(k);
                            break;
                        }
                        k -= 1;
                        continue;
                    }
                    // `Department of Roads, Rivers, the Coast and Ports`,
                    // `Ministry of Agriculture, Food and the Marine`: an
                    // article inside a list of capitalized words, after a
                    // comma, goes on with the list.
                    let in_list = saw_conj
                        && k > floor + 1
                        && toks[k - 1].is_punct(',')
                        && toks[k - 2].is_cap()
                        && toks.get(k + 1).is_some_and(Token::is_cap);
                    if in_list {
                        k -= 1;
                        continue;
                    }
                    if !joins {
                        start = Some(k);
                        break;
                    }
                    k -= 1;
                    continue;
                }
                if k > floor + 1 && w.is(k, "than") && w.is_any(k - 1, &["more", "less", "fewer"]) {
                    // `a coalition of more than 40 countries`
                    k -= 1;
                    true
                } else if w.has(k, flag::CONJ) && !t.first.is_uppercase() && !w.is(k, "but") {
                    // (`is vital but fans say`: `but` joins clauses, not names.)
                    saw_conj = true;
                    // `he and Kim`: a pronoun may be the first conjunct.
                    if k > floor && b.word(k - 1) && b.w.has(k - 1, flag::PRONOUN) {
                        start = Some(k - 1);
                        break;
                    }
                    k > floor && (np_word(b, k - 1) || toks[k - 1].is_punct(')'))
                } else if w.has(k, flag::PREP) && !t.first.is_uppercase() {
                    // A post-modifier joins two phrases: `spokesman for the ministry`,
                    // `Businessmen polled by Reuters`, `Ambassador to the United Nations`.
                    // `Traders in London`: a group's place.
                    // `A federal judge in Ashford`, `the Trade Delegation in
                    // Varna`: so are a person's or a body's seat, or the place
                    // would speak for them.
                    let group_place = w.is(k, "in")
                        && k > floor
                        && b.word(k - 1)
                        && (w.has(k - 1, flag::GROUP | flag::ORG)
                            || w.has(k - 1, flag::ROLE | flag::TITLE) && toks[k - 1].first.is_lowercase())
                        && (toks.get(k + 1).is_some_and(|n| n.is_cap())
                            // (`farmers in southern Taiwan said`: a region of it;
                            // `residents in nearby Eastvale said`: a place near.)
                            || b.word(k + 1)
                                && w.is_any(
                                    k + 1,
                                    &[
                                        "northern",
                                        "southern",
                                        "eastern",
                                        "western",
                                        "central",
                                        "rural",
                                        "coastal",
                                        "nearby",
                                        "neighbouring",
                                        "neighboring",
                                        "surrounding",
                                    ],
                                )
                                && toks.get(k + 2).is_some_and(|n| n.is_cap())
                            // (`Parents in rural areas said`: a kind of place.)
                            || end > k
                                && end <= k + 3
                                && (k + 1..=end).all(|j| b.word(j) && toks[j].first.is_lowercase())
                                && w.is_any(end, AREA_NOUNS));
                    let group_on = w.is_any(k, GROUP_PLACES) && k > floor && b.word(k - 1) && w.has(k - 1, flag::GROUP)
                        // `Residents of the lofts on Laclede's Landing`: where
                        // a group's homes are, a capitalized place.
                        || w.is(k, "on")
                            && toks.get(k + 1).is_some_and(Token::is_cap)
                            && (k.saturating_sub(5).max(floor)..k.saturating_sub(2)).any(|g| {
                                b.word(g) && b.word(g + 1) && w.has(g, flag::GROUP) && w.is(g + 1, "of")
                            });
                    // `the Commission on Elections`, `the Committee on Foreign
                    // Relations`: `on` inside a body's name (not `the Council
                    // on Monday`).
                    let name_on = w.is(k, "on")
                        && k > floor
                        && b.word(k - 1)
                        && toks[k - 1].is_cap()
                        && w.has(k - 1, flag::ORG)
                        && b.word(k + 1)
                        && toks[k + 1].is_cap()
                        && !w.is_any(k + 1, TIME_WORDS);
                    // `A source in the coalition`: as after an article, above.
                    let inside = (w.is(k, "in") || w.is(k, "within"))
                        && k > floor
                        && b.word(k - 1)
                        && ((toks[k - 1].first.is_lowercase() || b.sent_start[k - 1] == k - 1)
                            && w.has(k - 1, flag::ROLE | flag::GROUP | flag::ORG)
                            || toks[k - 1].is_cap() && w.has(k - 1, flag::TITLE))
                        && b.word(k + 1)
                        && w.has(k + 1, flag::DET);
                    let joins = ["of", "for", "at", "from", "with"].iter().any(|p| w.is(k, p))
                        || group_place
                        || w.is(k, "in") && named_body_in_place(b, k, floor)
                        || w.is(k, "in") && placed_group_in_place(b, k, floor)
                        || inside
                        || group_on
                        || name_on
                        || one_on(b, k, floor)
                        || (w.is(k, "by")
                            && k > floor
                            && agent_participle(w.text(k - 1))
                            // (`was welcomed by scientists, who …`: after an
                            // auxiliary the participle is a passive verb,
                            // and its agent is a phrase of its own.)
                            && !passive_verb(b, k - 1, floor))
                        || paid_for_by(b, k, floor)
                        || (k > floor && charged_participle(b, k - 1) && !passive_verb(b, k - 1, floor))
                        || (w.is(k, "to")
                            && k > floor
                            && toks[k - 1].is_cap()
                            && toks.get(k + 1).is_some_and(|n| n.is_cap() || w.is(k + 1, "the")));
                    joins
                        && k > floor
                        && (np_word(b, k - 1) || (w.is(k, "by") && b.word(k - 1)) || charged_participle(b, k - 1))
                        || w.is(k, "to") && k > floor + 1 && w.is(k - 1, "close") && b.word(k - 2)
                        || w.is(k, "for") && k < end && paid_for_by(b, k + 1, floor)
                } else {
                    np_word(b, k)
                        || name_particle_left(b, k, floor)
                        // `a third customer`: an ordinal after `a` counts
                        // one more person of a kind (`the second source` is
                        // one of those already named).
                        || (k < end
                            && k > floor
                            && w.is_any(k - 1, &["a", "an"])
                            && w.is_any(k, &["second", "third", "fourth", "fifth", "sixth"]))
                        || (agent_participle(w.text(k)) && k < end && w.is(k + 1, "by"))
                        || (k + 1 < end && paid_for_by(b, k + 2, floor))
                        || (k < end && charged_participle(b, k))
                        || (w.is(k, "close") && k < end && w.is(k + 1, "to"))
                }
            }
            // `Rafael "Rafa" Ocampo`, `Delroy 'King D' Barnes`: a
            // nickname inside a name (its closing mark may read as a
            // plural's possessive).
            Kind::Close | Kind::Punct | Kind::Possessive if k < end && matches!(t.first, '\'' | '’' | '"' | '”') => {
                let open =
                    (k.saturating_sub(4).max(floor + 1)..k).rev().find(|&o| nickname_end(toks, o) == Some(k + 1));
                match open {
                    Some(o) => {
                        k = o;
                        true
                    }
                    None => t.kind == Kind::Possessive && k > floor && b.word(k - 1),
                }
            }
            Kind::Possessive => k > floor && b.word(k - 1),
            // After a title, an initial or a dotted abbreviation: `Dr.`,
            // `John A. Marsh`, `U.S. District Judge`.
            Kind::Punct if t.first == '.' => {
                k > floor
                    && b.word(k - 1)
                    && (w.has(k - 1, flag::HONORIFIC)
                        || w.text(k - 1).chars().count() == 1
                        || w.text(k - 1).contains('.'))
            }
            Kind::Punct if t.first == ')' => {
                // A short parenthesis: an acronym or a party tag.
                let open = (k.saturating_sub(8).max(floor)..k).rev().find(|&j| toks[j].is_punct('('));
                match open {
                    Some(o) if o > floor => {
                        k = o;
                        true
                    }
                    _ => false,
                }
            }
            Kind::Punct if t.first == ',' => {
                let ok = saw_conj && k > floor && np_word(b, k - 1);
                if ok {
                    list_comma = Some(k);
                }
                ok
            }
            // `Centers for Medicare & Medicaid Services`
            Kind::Punct if t.first == '&' => {
                k > floor && toks[k - 1].is_cap() && toks.get(k + 1).is_some_and(Token::is_cap)
            }
            _ => false,
        };
        if !ok {
            start = Some(k + 1);
            break;
        }
        if k == floor {
            start = Some(k);
            break;
        }
        k -= 1;
    }
    let mut s = start?;
    // A list is a subject on its own, after the sentence's start or a
    // comma. When a word comes before it, the part before the first comma
    // belongs to an opening phrase (`Speaking at Elm Hall, Junior Minister
    // for Parks and the Environment Ivo Brandt said`, `On Monday, Ana Ruiz
    // and Ben Cole said`).
    // (`Under Secretary for Culture, Sports and Tourism Ivo Lam said`: a
    // capitalized `Under` before `Secretary for` is the title's first word,
    // not a preposition opening the sentence, as in `Under President Ruiz,
    // workers and farmers said`.)
    if let Some(comma) = list_comma {
        if s > floor
            && b.word(s - 1)
            && !(w.is(s - 1, "under")
                && toks[s - 1].is_cap()
                && toks[s].is_cap()
                && w.is(s, "secretary")
                && w.is_any(s + 1, &["for", "of"]))
        {
            s = comma + 1;
        }
    }
    // Never start on a joining word or punctuation.
    while s <= end
        && (toks[s].kind == Kind::Punct
            || (b.word(s) && w.has(s, flag::PREP | flag::CONJ) && toks[s].first.is_lowercase()))
    {
        s += 1;
    }
    (s <= end).then_some(s)
}

/// `A traffic study paid for by the developer estimated`, `a survey
/// asked for by the council`: token `k` is the `by` of a participle with
/// its own preposition, whose agent belongs to the phrase as after
/// `surveyed by` (the thing paid for speaks, not its payer).
fn paid_for_by(b: &Block<'_, '_>, k: usize, floor: usize) -> bool {
    k > floor + 2
        && b.word(k)
        && b.w.is(k, "by")
        && b.word(k - 1)
        && b.w.is(k - 1, "for")
        && b.word(k - 2)
        && agent_participle(b.w.text(k - 2))
        && !passive_verb(b, k - 2, floor)
}

/// Whether token `k` is a capitalized `Our` inside a name (`Save Our
/// Ferries`): not the sentence's first word, after a capitalized word and
/// before one. In running prose the determiner is lower case.
fn our_in_name(b: &Block<'_, '_>, k: usize) -> bool {
    let toks = b.toks();
    k > 0
        && b.word(k)
        && toks[k].first == 'O'
        && b.w.is(k, "our")
        && b.sent_start[k] != k
        && b.word(k - 1)
        && toks[k - 1].is_cap()
        && toks.get(k + 1).is_some_and(Token::is_cap)
}

/// Reads a noun phrase rightwards from `start`; returns one past its end.
fn read_np_right(b: &Block<'_, '_>, start: usize, limit: usize) -> Option<usize> {
    let w = b.w;
    let toks = b.toks();
    let mut k = start;
    let mut words = 0;
    // After `an engineer at`: the workplace's plain nouns belong to the phrase.
    let mut workplace = false;
    while k < limit.min(b.n()) {
        let t = &toks[k];
        if t.quote != 0 {
            break;
        }
        let ok = match t.kind {
            Kind::Word => {
                // `the union that represents cooks`: a relative clause
                // after a body's noun describes the phrase; it is no part
                // of it.
                if words > 0 && relative_after_body(b, k) {
                    break;
                }
                if w.has(k, flag::PRONOUN) {
                    if words == 0 {
                        k += 1;
                        words += 1;
                    }
                    break;
                }
                let noun_slot = k > start
                    && (toks[k - 1].kind == Kind::Possessive
                        || (b.word(k - 1) && w.has(k - 1, flag::DET | flag::EVALUATIVE | flag::NUMBER)));
                // `The plan angered farmers`: a past tense right after an
                // article and its noun ends the phrase.
                if k >= start + 2 && t.first.is_lowercase() && past_after_article_noun(b, k) {
                    false
                } else if w.has(k, flag::VERB)
                    && !t.first.is_uppercase()
                    && !w.has(k, flag::GROUP | flag::ROLE | flag::TITLE)
                {
                    // `a new MPs' report`: after an owner or an article it is a noun.
                    // (`the lobby's chairperson`: so is a body's word.)
                    // (`A state appeals court`, `a small claims tribunal`: a
                    // verb's form naming a kind of body before a body's
                    // word, as `np_word` reads it leftwards.)
                    noun_slot && w.has(k, flag::DOCUMENT | flag::ORG)
                        || w.is_any(k, &["appeal", "appeals", "claims"])
                            && b.word(k + 1)
                            && toks[k + 1].first.is_lowercase()
                            && w.has(k + 1, flag::ORG)
                } else if w.has(k, flag::PREP) && !t.first.is_uppercase() {
                    let joins = ["of", "for"].iter().any(|p| w.is(k, p))
                        && toks.get(k + 1).is_some_and(|n| n.is_cap() || w.is(k + 1, "the"));
                    // `A group of 19 tenants filed complaints, arguing …`:
                    // a collective noun is counted by the people after it.
                    let members = w.is(k, "of")
                        && k > start
                        && COLLECTIVES.iter().any(|x| w.is(k - 1, x))
                        && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word)
                        && (w.has(k + 1, flag::NUMBER | flag::GROUP | flag::DET)
                            || w.text(k + 1).bytes().all(|c| c.is_ascii_digit()));
                    // `said the mother of four`: a parent's count, as in
                    // `the mother-of-four`.
                    let parent = w.is(k, "of")
                        && k > start
                        && b.word(k - 1)
                        && b.word(k + 1)
                        && crate::speakers::parent_of(&format!("{}-of-{}", w.lower(k - 1), w.lower(k + 1))).is_some();
                    let joins = joins || members || parent;
                    // `said an official at the ministry's water department`,
                    // `An engineer at another utility, who …`: a person's
                    // workplace.
                    let at_work = w.is(k, "at")
                        && !workplace
                        && k > start
                        && b.word(k - 1)
                        && toks[k - 1].first.is_lowercase()
                        && w.has(k - 1, flag::ROLE | flag::TITLE)
                        && toks.get(k + 1).is_some_and(|n| n.is_cap() || b.word(k + 1) && w.has(k + 1, flag::DET));
                    workplace |= at_work;
                    (joins || at_work) && words > 0
                } else if w.has(k, flag::CONJ) && !t.first.is_uppercase() {
                    words > 0 && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word) && np_word(b, k + 1)
                } else if t.first.is_uppercase() {
                    !(w.has(k, flag::COMMON)
                        && !w.has(k, flag::DET | flag::HONORIFIC | flag::GROUP | flag::ROLE | flag::TITLE)
                        && words > 0)
                } else {
                    // `said deckhand Yusuf Arslan`: any lowercase noun right
                    // before a name describes the person.
                    // Words that belong to a clause, not to a description.
                    let clause = flag::VERB | flag::AUX | flag::MODAL | flag::ADVERB | flag::PRONOUN | flag::SUBORD;
                    let before_name = toks.get(k + 1).is_some_and(|n| n.is_cap()) && !w.has(k, clause | flag::COMMON);
                    let known = flag::DET
                        | flag::NUMBER
                        | flag::ROLE
                        | flag::TITLE
                        | flag::GROUP
                        | flag::ORG
                        | flag::NATIONALITY
                        | flag::EVALUATIVE;
                    // `one senior pensions executive`: a noun modifying a role
                    // word that follows (or a body's word: `according to the
                    // state commerce department`).
                    // (Not across an article: in `Ana Ruiz met the mayor`,
                    // a past tense the lexicon does not list ends the
                    // phrase before the mayor's.)
                    // (Nor across a preposition: in `Ana Ruiz talked to
                    // anglers`, the people after `to` are no head of hers.)
                    // (Nor after a person's full name: in `Ana Ruiz met
                    // residents`, a name that starts with a given name is
                    // complete, and the word after it is her verb.)
                    let after_full_name = k >= start + 2
                        && toks[k - 1].is_cap()
                        && toks[k - 2].is_cap()
                        && b.word(k - 2)
                        && (k - 2 == start || !toks[k - 3].is_cap())
                        && w.has(k - 2, flag::MALE | flag::FEMALE)
                        && !w.has(k - 1, flag::ORG | flag::GROUP | flag::PLACE);
                    let modifies_head = !after_full_name
                        && ((k + 1..(k + 3).min(limit))
                            .take_while(|&j| !(b.word(j) && w.has(j, flag::DET | flag::PREP)))
                            .any(|j| {
                                b.word(j)
                                    && toks[j].first.is_lowercase()
                                    && w.has(j, flag::ROLE | flag::GROUP | flag::TITLE)
                            })
                            || k + 1 < limit
                                && b.word(k + 1)
                                && toks[k + 1].first.is_lowercase()
                                && w.has(k + 1, flag::ORG))
                        && !w.has(
                            k,
                            flag::VERB
                                | flag::AUX
                                | flag::MODAL
                                | flag::ADVERB
                                | flag::PRONOUN
                                | flag::PREP
                                | flag::COMMON,
                        );
                    // `people familiar with the matter`, `people briefed on the plans`.
                    let sources = ["people", "person", "sources", "source"].iter().any(|x| w.is(k, x))
                        && toks.get(k + 1).is_some_and(|_| {
                            ["familiar", "briefed", "close", "involved", "knowledgeable", "aware", "with"]
                                .iter()
                                .any(|x| w.is(k + 1, x))
                        });
                    if sources {
                        // The whole post-modifier belongs to the phrase.
                        // (`… with the conference's media negotiations`: an
                        // owner inside it does not end it.)
                        let stop = (k + 1..limit.min(k + 10)).find(|&j| {
                            !matches!(toks[j].kind, Kind::Word | Kind::Possessive)
                                || b.word(j)
                                    && w.has(j, flag::CONJ | flag::AUX | flag::MODAL | flag::VERB)
                                    && !w.has(j, flag::PREP)
                        });
                        k = stop.unwrap_or(limit.min(k + 10)) - 1;
                        words += 1;
                    }
                    // `said the people, who spoke on condition …`
                    let the_people = k == start + 1 && w.is(start, "the") && w.is(k, "people");
                    let at_work = workplace
                        && !w.has(k, clause | flag::RELATIVE | flag::PREP | flag::CONJ)
                        && !w.text(k).ends_with("ly");
                    // `a group of 19 patients`: the people a collective
                    // noun counts, whatever their noun.
                    let count = |j: usize| w.has(j, flag::NUMBER) || w.text(j).bytes().all(|c| c.is_ascii_digit());
                    let of_at =
                        if k > start + 1 && b.word(k - 1) && count(k - 1) { k - 2 } else { k.saturating_sub(1) };
                    let after_collective =
                        |o: usize| o > start && w.is(o, "of") && COLLECTIVES.iter().any(|x| w.is(o - 1, x));
                    let counted = after_collective(k.saturating_sub(1)) && count(k)
                        || after_collective(of_at)
                            && w.text(k).ends_with('s')
                            && !w.has(k, clause | flag::PREP | flag::CONJ);
                    // (`Unifor Local 111`: a number after a capitalized word
                    // is part of a body's name.)
                    let numbered = k > start
                        && b.word(k - 1)
                        && toks[k - 1].is_cap()
                        && w.text(k).bytes().all(|c| c.is_ascii_digit())
                        && !toks.get(k + 1).is_some_and(|n| n.is_punct('%'))
                        && !w.is_any(k + 1, &["per", "percent", "million", "billion", "years", "people"]);
                    w.has(k, known)
                        || w.text(k).contains('-')
                        || numbered
                        || before_name
                        || modifies_head
                        || sources
                        || the_people
                        || at_work
                        || counted
                }
            }
            Kind::Possessive => words > 0,
            Kind::Punct if t.first == '&' => words > 0 && toks.get(k + 1).is_some_and(Token::is_cap),
            Kind::Punct if t.first == '.' => {
                k > start
                    && (w.has(k - 1, flag::HONORIFIC)
                        || w.text(k - 1).chars().count() == 1
                        || w.text(k - 1).contains('.') && toks.get(k + 1).is_some_and(Token::is_cap))
            }
            Kind::Punct if t.first == '(' => {
                let close = (k + 1..(k + 8).min(b.n())).find(|&j| toks[j].is_punct(')'));
                match close {
                    Some(c) if words > 0 => {
                        k = c;
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        };
        if !ok {
            break;
        }
        if t.kind == Kind::Word {
            words += 1;
        }
        k += 1;
    }
    // Drop a trailing joining word or period.
    let mut e = k;
    while e > start
        && (toks[e - 1].kind == Kind::Punct && !toks[e - 1].is_punct(')')
            || b.word(e - 1) && w.has(e - 1, flag::PREP | flag::CONJ | flag::DET))
    {
        if toks[e - 1].is_punct('.')
            && e - 1 > start
            && (w.has(e - 2, flag::HONORIFIC) || w.text(e - 2).chars().count() == 1)
            && e - 1 + 1 < k
        {
            break;
        }
        e -= 1;
    }
    (words > 0 && e > start).then_some(e)
}

/// `the union that represents cooks`, `the group which speaks for
/// tenants`: token `k` is `that`, `which` or `who` opening a relative
/// clause (its verb in the present or the past right after it) that
/// follows a body's or a group's noun. The clause defines the noun before
/// it.
fn relative_after_body(b: &Block<'_, '_>, k: usize) -> bool {
    let w = b.w;
    let toks = b.toks();
    let lower = |j: usize| j < b.n() && b.word(j) && b.outside(j) && toks[j].first.is_lowercase();
    // (The flags of the body's noun first: the relative pronoun is
    // compared only after one.)
    k > 0
        && lower(k)
        && lower(k - 1)
        && w.has(k - 1, flag::ORG | flag::GROUP)
        && w.is_any(k, &["that", "which", "who"])
        && lower(k + 1)
        && (w.text(k + 1).ends_with('s') || w.text(k + 1).ends_with("ed"))
        && !w.text(k + 1).ends_with("ss")
        && !w.has(
            k + 1,
            flag::VERB
                | flag::DET
                | flag::PRONOUN
                | flag::PREP
                | flag::CONJ
                | flag::ORG
                | flag::GROUP
                | flag::ROLE
                | flag::TITLE
                | flag::NUMBER
                | flag::ADVERB,
        )
}

/// Ranks what a noun phrase names, for choosing among appositives.
fn rank(m: &Mention) -> u8 {
    match m {
        // A full name, or a single name with a title (`Dr. Fisk`); not a
        // place at the end of a description (`a system serving Tennessee`).
        Mention::Person { tokens, descriptors, .. }
            if *tokens >= 2
                || descriptors.iter().any(|d| LEXICON.flags(d) & (flag::TITLE | flag::HONORIFIC | flag::ROLE) != 0) =>
        {
            5
        }
        Mention::Pronoun { .. } => 5,
        Mention::Org { .. } | Mention::Group { .. } => 4,
        Mention::Person { .. } => 3,
        Mention::Role { .. } | Mention::OrgDesc { .. } => 1,
    }
}

/// Finds the subject of a reporting verb.
/// Prepositions that end a group's head noun in its name (`Passengers at
/// the station`, `Traders in the market`).
const GROUP_PLACE: &[&str] = &["at", "in", "on", "from", "near", "outside", "of", "with", "who", "across"];

/// Whether `one` or `another` at `p` stands alone as a sentence's subject
/// for one of a group just spoken of: opening the sentence (`One said …`,
/// `Another added: …`) or as the tag of the quotation that opens it (`"…,"
/// one said`, `"…", another said`).
fn one_of_group_tag(b: &Block<'_, '_>, p: usize, sstart: usize) -> bool {
    let toks = b.toks();
    if !(b.word(p) && b.outside(p) && (b.w.is(p, "one") || b.w.is(p, "another"))) {
        return false;
    }
    // (Not `one of them`, `another 20 said`, `one in five`: only a bare
    // `one` right before its verb, which the caller has read as the subject.)
    if p == sstart {
        return true;
    }
    let mut k = p - 1;
    if toks[k].is_punct(',') && k > sstart {
        k -= 1;
    }
    toks[k].kind == Kind::Close && b.sent_start[k] == sstart && toks[sstart].kind == Kind::Open
}

/// Whether `c`'s sentence opens `Not everyone …`, `Not all …` or `Not
/// every …` and its subject stands in that opening phrase (`Not everyone
/// in the district welcomed the ruling.`): the narrator's turn to the
/// other side, which names nobody who spoke.
fn not_everyone(b: &Block<'_, '_>, c: &Candidate) -> bool {
    let Some(Subject::Left(a, _)) = c.subject else { return false };
    let s = b.sent_start[c.at];
    b.w.is(s, "not")
        && b.w.is_any(s + 1, &["everyone", "everybody", "all", "every"])
        && a <= s + 12
        && c.at > a
        && (s..a).all(|k| !b.punct(k, ','))
}

/// Whether `c` stands in a relative clause set off by commas (`Ana Ruiz,
/// who has called for the lanes to go, …`, `The Harbour Board, which
/// would run the scheme, …`) whose noun's own predicate after the clause
/// reports no comment (`did not respond to a request for comment`, `was
/// not available for comment`, `could not be reached`, `declined to
/// comment`, `has not commented`). Every such sentence in the labelled sets
/// forbids the clause as speech: it recalls what the person did before.
fn recalled_of_silent(b: &Block<'_, '_>, c: &Candidate) -> bool {
    let w = b.w;
    let toks = b.toks();
    let sstart = b.sent_start[c.at];
    let send = b.sent_end[c.at];
    // `, who` or `, which`, with at most a few auxiliaries and adverbs
    // before the verb (`who had also called`).
    let mut k = c.at;
    let mut rel = None;
    while k > sstart + 1 && c.at - k < 5 {
        k -= 1;
        if !b.word(k) || !b.outside(k) {
            return false;
        }
        if w.is_any(k, &["who", "which"]) {
            rel = Some(k);
            break;
        }
        if !w.has(k, flag::AUX | flag::MODAL | flag::BE | flag::ADVERB) {
            return false;
        }
    }
    let Some(rel) = rel else { return false };
    if !b.punct(rel - 1, ',') {
        return false;
    }
    // The comma that closes the clause, within the sentence and outside
    // any quotation.
    let limit = send.min(c.end + 30);
    let Some(close) = (c.end..limit).find(|&j| toks[j].quote == 0 && b.punct(j, ',')) else {
        return false;
    };
    // (The rest of the sentence looked at only so far, so that a sentence
    // of many such clauses costs no more than linear time.)
    (close + 1..send.min(close + 64)).all(|j| toks[j].quote == 0) && no_comment_from(b, close + 1, send)
}

/// Whether `c` is a verb of naming right before a short quotation in
/// title case that ends its clause (`a fund it has branded “Harbour
/// Forward”.`): the quotation is a name given to something, not words
/// anybody said. (`called the plan “a disgrace”` has its object first and
/// a quotation in lower case.)
fn named_in_quotes(b: &Block<'_, '_>, c: &Candidate) -> bool {
    if !matches!(c.lemma, "brand" | "term" | "call" | "dub" | "label" | "name" | "christen" | "title") {
        return false;
    }
    let toks = b.toks();
    let o = c.end;
    if o >= b.n() || toks[o].kind != Kind::Open || toks[o].quote == 0 {
        return false;
    }
    let q = toks[o].quote as usize - 1;
    let z = b.qclose[q];
    if b.qopen[q] != o || z <= o + 1 || z - o > 6 || toks[z].kind != Kind::Close {
        return false;
    }
    let title_case = (o + 1..z)
        .all(|j| toks[j].kind == Kind::Word && (toks[j].first.is_uppercase() || b.w.text(j).len() < 4 && j > o + 1));
    title_case && (z + 1 >= b.n() || toks[z + 1].kind == Kind::Punct && matches!(toks[z + 1].first, '.' | ',' | ';'))
}

/// Whether the words from `k` report that somebody gave no comment: a
/// refusal (`declined to comment`, `refused to be interviewed`) or a
/// negated reply within a few words (`did not respond`, `was not
/// available for comment`, `could not immediately be reached`, `has not
/// commented publicly`, `didn't return calls`).
fn no_comment_from(b: &Block<'_, '_>, k: usize, send: usize) -> bool {
    let w = b.w;
    let end = send.min(k + 6);
    if k + 2 < end
        && w.is_any(k, &["declined", "declines", "refused", "refuses"])
        && w.is(k + 1, "to")
        && w.is_any(k + 2, &["comment", "be"])
    {
        return true;
    }
    let negated = |j: usize| {
        b.word(j) && (w.is_any(j, &["not", "never"]) || w.text(j).ends_with("n't") || w.text(j).ends_with("n’t"))
    };
    let Some(neg) = (k..end.min(k + 3)).find(|&j| negated(j)) else { return false };
    (neg + 1..end).any(|j| {
        b.word(j)
            && w.is_any(
                j,
                &[
                    "respond",
                    "responded",
                    "available",
                    "reached",
                    "comment",
                    "commented",
                    "return",
                    "returned",
                    "reply",
                    "replied",
                ],
            )
    })
}

/// Whether `c` is `declined to comment on …` with nothing said besides
/// (no `, saying …` nor `but a spokesperson said …` up to token `until`,
/// where its words end), by a subject that names the speaker rather than
/// referring back (`The spokesperson declined …`, `She declined …` go on
/// from words said before).
fn bare_refusal(b: &Block<'_, '_>, c: &Candidate, until: usize) -> bool {
    let w = b.w;
    let (a, z) = match c.subject {
        Some(Subject::Left(a, z)) | Some(Subject::Right(a, z)) => (a, z),
        _ => return false,
    };
    if !c.lemma.starts_with("decline") || z <= a {
        return false;
    }
    let refers_back = (z == a + 1 && w.has(a, flag::PRONOUN))
        || (w.is(a, "the") && (a + 1..z).all(|k| !b.word(k) || b.toks()[k].first.is_lowercase()));
    if refers_back {
        return false;
    }
    let until = until.min(b.n());
    (c.end..until).all(|j| {
        !b.word(j)
            || !(w.is_any(j, &["said", "says", "told", "added", "adding", "saying", "stating", "noting", "arguing"])
                || (j > 0 && b.punct(j - 1, ',') && w.text(j).ends_with("ing") && !lemma_of(w, j).is_empty()))
    })
}

/// Whether `c` is `question` said of an unnamed crowd in a clause of
/// contrast or setting (`…, while critics question whether …`, `…, where
/// judges have increasingly questioned …`): the narrator's framing of a
/// dispute, which every labelled set leaves unattributed. A named doubter
/// (`while Ana Ruiz questioned …`) or another verb keeps its words.
fn framed_doubt(b: &Block<'_, '_>, c: &Candidate) -> bool {
    let Some(Subject::Left(a, z)) = c.subject else { return false };
    c.lemma == "question"
        && a > b.sent_start[c.at]
        && b.word(a - 1)
        && b.w.is_any(a - 1, &["while", "whereas", "where"])
        && (a..z).all(|k| !b.word(k) || b.toks()[k].first.is_lowercase())
}

/// Whether `c`'s subject opens with a participle of cause set off by a
/// comma (`…, citing rising demand`, `…, blaming supplier demands`): the
/// phrase is the participle's object, and the "verb" a noun in it.
fn cause_participle_subject(b: &Block<'_, '_>, c: &Candidate) -> bool {
    let Some(Subject::Left(a, _)) = c.subject else { return false };
    a > b.sent_start[c.at]
        && b.punct(a - 1, ',')
        && b.word(a)
        && b.w.is_any(a, &["citing", "blaming", "prompting", "spurring", "fuelling", "fueling"])
}

fn subject_of(b: &Block<'_, '_>, c: &Candidate) -> Option<Subject> {
    if c.subject == Some(Subject::Inherit) {
        // `…, with a No 10 spokesperson saying …`: the participle has a
        // subject of its own.
        let sstart = b.sent_start[c.at];
        if c.at > sstart + 1 && b.word(c.at - 1) {
            if let Some(a) = read_np_left(b, c.at - 1, sstart) {
                // `with a No 10 spokesperson saying`: `No` opens the phrase
                // read leftwards, so the article before it belongs to it too.
                let a = if a > sstart + 1 && b.w.has(a - 1, flag::DET) && b.w.is(a - 2, "with") { a - 1 } else { a };
                if a > sstart && b.w.is(a - 1, "with") {
                    match analyze(b.w, a, c.at).as_deref() {
                        // `Downing Street rejected it, with a No 10
                        // spokesperson saying …`: an unnamed spokesperson
                        // speaks for the institution the sentence opens with.
                        Some(Mention::Role { head, .. }) if head.starts_with("spokes") => {
                            let opener = read_np_right(b, sstart, a - 1).filter(|&e| {
                                matches!(
                                    analyze(b.w, sstart, e).as_deref(),
                                    Some(Mention::Org { .. } | Mention::OrgDesc { .. })
                                )
                            });
                            return Some(opener.map_or(Subject::Left(a, c.at), |e| Subject::Left(sstart, e)));
                        }
                        Some(_) => return Some(Subject::Left(a, c.at)),
                        None => {}
                    }
                }
            }
        }
    }
    if c.subject.is_some() {
        return c.subject;
    }
    let w = b.w;
    let toks = b.toks();
    let sstart = b.sent_start[c.at];
    if c.at > sstart + 2 && w.is(c.at - 1, "to") && used_to_say(b, c.at - 1) {
        return Some(Subject::Inherit);
    }
    let send = b.sent_end[c.at];
    if c.lemma == "according to" {
        // `According to him, …`: a pronoun in the object case.
        if object_pronoun(w, c.end).is_some() && (c.end + 1 >= send || !b.word(c.end + 1)) {
            return Some(Subject::Right(c.end, c.end + 1));
        }
        // `according to an order issued by the Directorate of Education`:
        // the body that issued the document is the source.
        let doc = (c.end..(c.end + 4).min(send)).take_while(|&k| b.word(k) && b.outside(k)).find(|&k| {
            document_word(w.text, &toks[k]).is_some()
                    // (`according to figures provided by the budget
                    // director`: figures speak for whoever gave them too.)
                    || w.is_any(k, &["figures", "data", "numbers", "estimates", "statistics", "records"])
        });
        if let Some(k) = doc.filter(|&k| {
            k + 3 < send
                && w.is_any(
                    k + 1,
                    &["issued", "published", "released", "prepared", "compiled", "written", "provided", "supplied"],
                )
                && w.is(k + 2, "by")
        }) {
            // (The phrase up to the next comma when the phrase reader
            // stops short of the body: `the city's budget office`.)
            let run = (k + 3..send).find(|&j| !b.word(j) && toks[j].kind != Kind::Possessive).unwrap_or(send);
            let ends = [Some(run).filter(|&r| r <= k + 11), read_np_right(b, k + 3, send)];
            if let Some(z) = ends.into_iter().flatten().find(|&z| z > k + 3 && analyze(w, k + 3, z).is_some()) {
                return Some(Subject::Right(k + 3, z));
            }
        }
        // `according to the Harbour Trust's latest Shore Barometer`: a body's
        // latest (or annual, …) publication speaks for the body, whatever
        // the publication's name.
        if let Some(k) = (c.end + 1..(c.end + 8).min(send))
            .take_while(|&k| b.outside(k) && (b.word(k) || toks[k].kind == Kind::Possessive))
            .find(|&k| toks[k].kind == Kind::Possessive)
            && k + 1 < send
            && b.word(k + 1)
            && w.is_any(k + 1, &["latest", "annual", "recent", "monthly", "quarterly", "weekly", "yearly"])
            && matches!(analyze(w, c.end, k).as_deref(), Some(Mention::Org { .. }))
        {
            return Some(Subject::Right(c.end, k));
        }
        // `according to the national statistics institute INE, close to
        // …`: the whole phrase up to the comma may name a body where the
        // phrase reader stops at a common word inside it.
        let stop = (c.end..send).find(|&k| !b.word(k) || !b.outside(k)).unwrap_or(send);
        if stop > c.end + 2
            && stop <= c.end + 8
            && (stop == send || toks[stop].is_punct(',') || toks[stop].is_punct('.'))
            && read_np_right(b, c.end, send).is_none_or(|end| end < stop)
            && matches!(analyze(w, c.end, stop).as_deref(), Some(Mention::Org { .. }))
        {
            return Some(Subject::Right(c.end, stop));
        }
        let end = read_np_right(b, c.end, send)?;
        // `according to a staff presentation`: a document, not a source
        // that speaks. (`according to the union that represents cooks`:
        // a body described by a clause of its own is a source.)
        if end < send
            && b.word(end)
            && toks[end].first.is_lowercase()
            && !w.has(end, flag::PREP | flag::CONJ)
            && !relative_after_body(b, end)
        {
            return None;
        }
        let m = analyze(w, c.end, end)?;
        // `According to the chair of the bank workers' union, Ana Ruiz,
        // jobs are at risk`: a description, then the source's own name set
        // off by commas, is that person, and the words start after the name.
        // (The description may run past the phrase read, to the comma:
        // `the chair of the dockers' union`.)
        let comma = (end..send.min(end + 8))
            .find(|&j| !(b.word(j) || toks[j].kind == Kind::Possessive) || !b.outside(j))
            .filter(|&j| toks[j].is_punct(','));
        // (`…, according to its founder, Tarnby resident Ana
        // Ruiz.`: at the end of the sentence, the name closes it.)
        let last = c.at > sstart;
        if let Some(comma) = comma.filter(|_| matches!(*m, Mention::Role { .. })) {
            let a = comma + 1;
            let z = (a..send.min(a + 6)).find(|&j| !b.word(j) || !b.outside(j)).unwrap_or(send.min(a + 6));
            if let Some(z) = Some(z).filter(|&z| {
                z > a + 1
                    && if last {
                        z == send || z + 1 == send && toks[z].is_punct('.')
                    } else {
                        z + 1 < send && toks[z].is_punct(',')
                    }
                    && toks[a].is_cap()
                    && matches!(analyze(w, a, z).as_deref(), Some(Mention::Person { .. }))
            }) {
                return Some(Subject::Right(a, z));
            }
        }
        return Some(Subject::Right(c.end, end));
    }
    // Skip adverbs, auxiliaries and time phrases: `Moon has consistently
    // said`, `Mayor Okafor on Thursday defended`.
    let mut j = c.at;
    // A capitalized adverb after a capitalized word closes a name, not a
    // clause: `Riders United Now said`.
    let named = |j: usize| j > sstart + 1 && toks[j - 1].is_cap() && b.word(j - 2) && toks[j - 2].is_cap();
    loop {
        // `Kemp was quoted as saying`: the subject stands before the
        // passive (whose auxiliary is skipped next).
        if j == c.at && quoted_as(b, j) {
            j -= 2;
            continue;
        }
        if j > sstart
            && b.word(j - 1)
            && b.outside(j - 1)
            && !named(j)
            && (w.has(j - 1, flag::ADVERB | flag::AUX)
                || (w.text(j - 1).ends_with("ly") && toks[j - 1].first.is_lowercase()))
        {
            j -= 1;
            continue;
        }
        let time_prep = ["on", "in", "at", "last", "this", "late", "early"];
        if j > sstart + 1 && j < c.at && w.has(j, flag::ADVERB) && time_prep.iter().any(|x| w.is(j - 1, x)) {
            j -= 1;
            continue;
        }
        // `Officials there said`, `People here say`: a place adverb after
        // the subject's noun.
        if j > sstart + 1
            && b.word(j - 1)
            && b.outside(j - 1)
            && toks[j - 1].first.is_lowercase()
            && w.is_any(j - 1, &["there", "here"])
            && b.word(j - 2)
            && !w.has(j - 2, flag::PREP | flag::CONJ | flag::VERB | flag::AUX)
        {
            j -= 1;
            continue;
        }
        break;
    }
    if j > sstart && b.word(j - 1) && w.has(j - 1, flag::MODAL) {
        return None;
    }
    if j == sstart {
        // `Said the minister: …` or a verb opening the sentence after a quotation.
        return right_subject(b, c, send);
    }
    // `Acme Widgets Inc. said`, `"…," Harrow Pressings Co. said`: the stop
    // of a company's legal suffix, written onto it, belongs to the name; the
    // phrase ends on the suffix, not on a full stop that ends nothing.
    if j > sstart + 1
        && toks[j - 1].is_punct('.')
        && b.word(j - 2)
        && b.outside(j - 2)
        && toks[j - 2].end == toks[j - 1].start
        && LEGAL_SUFFIXES.contains(&w.text(j - 2))
    {
        j -= 1;
    }
    let p = j - 1;
    let ptok = &toks[p];
    // `One said …` opening a sentence, or the tag after a quotation that
    // opens it (`"…," one said`), and `Another added: …`: one of a group
    // (see `Attributor::block`).
    if one_of_group_tag(b, p, sstart) {
        return Some(Subject::Left(p, p + 1));
    }
    // `… and said`, `… but told`: the same subject as the clause before.
    if ptok.kind == Kind::Word && w.has(p, flag::CONJ) && !ptok.first.is_uppercase() {
        return Some(Subject::Inherit);
    }
    if ptok.kind == Kind::Word && w.has(p, flag::RELATIVE) {
        // `charities who say`, `IATA, which has attacked`.
        // (Not `Ana Ruiz, a nurse who testified at the hearing, said …`: a
        // relative clause that closes with a comma before the sentence's
        // own verb of saying only describes its subject; that verb reports.)
        if relative_before_main_verb(b, c.end, send) || relative_before_modal(b, c.end, send) {
            return None;
        }
        let mut q = p;
        if q > sstart && toks[q - 1].is_punct(',') {
            q -= 1;
        }
        if q == sstart {
            return None;
        }
        let a = read_np_left(b, q - 1, sstart)?;
        let subject = which_antecedent(b, p, a, q);
        // `Jo Brisk, head of the Small Boats Trust, which supports rowing
        // clubs, said`: a standing position in the present, told of a body
        // named after a preposition, describes the body; the sentence's
        // speaker is the person.
        if let Subject::Left(a, _) = subject {
            if c.class == VerbClass::Stance
                && w.is(p, "which")
                && w.text(c.at).ends_with('s')
                && a > sstart
                && b.word(a - 1)
                && w.has(a - 1, flag::PREP)
                && toks[a - 1].first.is_lowercase()
            {
                return None;
            }
        }
        return Some(subject);
    }
    if ptok.is_punct(',') {
        // `The order, a copy of which HT has seen, says`: a document that
        // opens the sentence, whatever the asides after it.
        if sstart + 2 < p && toks[sstart + 2].is_punct(',') && document_np(b, sstart, sstart + 2).is_some() {
            return Some(Subject::Left(sstart, sstart + 2));
        }
        // (So does its owner's: `The panel's report, submitted to the
        // minister, proposes`.)
        if let Some(k) = (sstart + 2..p.min(sstart + 10)).find(|&k| toks[k].is_punct(',')) {
            if toks[k - 2].kind == Kind::Possessive
                && document_word(w.text, &toks[k - 1]).is_some()
                && analyze(w, sstart, k - 2).is_some()
            {
                return Some(Subject::Left(sstart, k - 2));
            }
        }
        // `One, who has driven for the company for 11 years, said`.
        if sstart + 2 < p && w.is(sstart, "one") && toks[sstart + 1].is_punct(',') && w.is(sstart + 2, "who") {
            return Some(Subject::Left(sstart, sstart + 1));
        }
        if let Some(s) = appositive_subject(b, p, sstart) {
            return Some(s);
        }
        return right_subject(b, c, send);
    }
    if ptok.kind == Kind::Close {
        // `X, the author of “A Title,” said`: the comma sits inside the
        // title's quotation marks.
        let q = ptok.quote as usize - 1;
        if !b.direct[q] && b.quotes[q].inner().slice(w.text).trim_end().ends_with(',') {
            if let Some(s) = appositive_subject(b, p, sstart) {
                return Some(s);
            }
        }
        // `Mr Kennedy, whose party opposes the plan as "deeply flawed" said`.
        if let Some(s) = relative_subject(b, p, sstart) {
            return Some(s);
        }
        if b.direct[q] {
            return right_subject(b, c, send);
        }
        return None;
    }
    if ptok.kind == Kind::Word && w.has(p, flag::DET) && !w.has(p, flag::PRONOUN) {
        // `Some described …`: a quantifier standing alone is the subject.
        let alone = p == sstart || toks[p - 1].kind == Kind::Punct;
        if alone && ["some", "many", "most", "several", "few", "all", "both"].iter().any(|x| w.is(p, x)) {
            return Some(Subject::Left(p, p + 1));
        }
        return None;
    }
    // `Many of the residents who spoke said …`: a relative clause of one
    // verb ends right before the reporting verb; the subject is the noun
    // it describes.
    if p >= sstart + 2 && b.word(p - 1) && w.is(p - 1, "who") && toks[p].first.is_lowercase() {
        return relative_subject(b, p, sstart);
    }
    // `The nurses who staff it say …`, `Families who live there say …`: a
    // pronoun or place adverb right after a relative clause's verb is that
    // verb's object; the subject is the noun the clause describes.
    if p >= sstart + 3
        && ["it", "them", "him", "her", "us", "there", "here"].iter().any(|x| w.is(p, x))
        && b.word(p - 1)
        && toks[p - 1].first.is_lowercase()
        && !w.has(
            p - 1,
            flag::CONJ
                | flag::SUBORD
                | flag::PREP
                | flag::RELATIVE
                | flag::AUX
                | flag::MODAL
                | flag::DET
                | flag::PRONOUN
                | flag::ADVERB,
        )
        && b.word(p - 2)
        && w.is(p - 2, "who")
    {
        return relative_subject(b, p, sstart);
    }
    // `Parents whose children attend the school said …`: a clause on
    // `whose`, with no comma, ends right before the verb; the subject is
    // the noun before `whose`, not the clause's object.
    if let Some(k) = (p.saturating_sub(10).max(sstart + 1)..=p)
        .rev()
        .take_while(|&k| b.word(k) && b.outside(k))
        .find(|&k| w.is(k, "whose"))
        && let Some(h) = read_np_left(b, k - 1, sstart)
        && analyze(w, h, k).is_some()
    {
        return Some(Subject::Left(h, k));
    }
    // `The union that represents harbour pilots said`: the words before
    // the verb end a relative clause; the subject is the body it describes.
    let clause = (p.saturating_sub(8).max(sstart + 1)..p)
        .rev()
        .take_while(|&k| b.word(k + 1) && b.outside(k + 1))
        .find(|&k| relative_after_body(b, k));
    // (Not a body after a preposition: `Parents at the school that serves
    // the estate said` are the subject.)
    let body = clause.and_then(|k| read_np_left(b, k - 1, sstart).map(|h| (h, k))).filter(|&(h, _)| {
        h == sstart || !(b.word(h - 1) && w.has(h - 1, flag::PREP) && toks[h - 1].first.is_lowercase())
    });
    if let Some((h, k)) = body {
        return analyze(w, h, k).is_some().then_some(Subject::Left(h, k));
    }
    // `Many of the fishermen he spoke to said …`: a relative clause of a
    // pronoun, a verb and a stranded preposition ends right before the
    // verb; the subject is the noun it describes.
    if p >= sstart + 3
        && b.word(p)
        && w.is_any(p, &["to", "with", "about", "for"])
        && b.word(p - 1)
        && toks[p - 1].first.is_lowercase()
        && (w.has(p - 1, flag::VERB) || w.text(p - 1).ends_with("ed"))
        && b.word(p - 2)
        && w.has(p - 2, flag::PRONOUN)
        && b.word(p - 3)
    {
        if let Some(h) = read_np_left(b, p - 3, sstart) {
            if matches!(analyze(w, h, p - 2).as_deref(), Some(Mention::Group { .. } | Mention::Role { .. })) {
                return Some(Subject::Left(h, p - 2));
            }
        }
    }
    let Some(mut a) = read_np_left(b, p, sstart) else {
        // `Parents who spoke during public comment raised concerns`: a noun
        // that is also a verb of saying (`comment`, `remarks`) is no phrase
        // the reader takes; when a preposition a few lowercase words before
        // the verb makes it an object, the subject is the one the relative
        // clause before describes (as after any phrase a preposition takes,
        // below).
        let prep = (p.saturating_sub(3).max(sstart + 1)..=p)
            .rev()
            .take_while(|&k| b.word(k) && b.outside(k) && toks[k].first.is_lowercase())
            .find(|&k| k < p && w.has(k, flag::PREP));
        return prep.and_then(|_| relative_subject(b, p, sstart));
    };
    // `Brokers who have studied the scheme say …`: the phrase read
    // leftwards is the object of a relative clause's verb (after `who` and
    // at most two auxiliaries), and the clause ends right before the
    // reporting verb; the subject is the noun the clause describes, as
    // with a pronoun object above.
    if a >= sstart + 3 && b.word(a - 1) && toks[a - 1].first.is_lowercase() {
        let function = flag::CONJ
            | flag::SUBORD
            | flag::PREP
            | flag::RELATIVE
            | flag::DET
            | flag::PRONOUN
            | flag::ADVERB
            | flag::AUX
            | flag::MODAL
            | flag::BE;
        let verb = a - 1;
        let mut j = verb - 1;
        while j > sstart + 1 && verb - j <= 2 && b.word(j) && w.has(j, flag::AUX | flag::MODAL | flag::BE) {
            j -= 1;
        }
        if !w.has(verb, function) && b.word(j) && w.is(j, "who") && b.word(j - 1) && b.outside(j) {
            return relative_subject(b, p, sstart);
        }
    }
    // `The report to councillors estimates …`, `A letter to parents says
    // …`: the phrase read leftwards is whom the document opening the
    // sentence was sent to; the document speaks (for whoever issued it),
    // not the one it was written for.
    if a == sstart + 3
        && w.is(a - 1, "to")
        && b.word(sstart)
        && w.is_any(sstart, &["the", "a", "an", "this", "that"])
        && b.word(sstart + 1)
        && document_word(w.text, &toks[sstart + 1]).is_some()
    {
        return Some(Subject::Left(sstart, sstart + 2));
    }
    // `A report to the committee says … . It says …`: `it` opening the
    // next sentence of the paragraph is that document still (not a body
    // named before it), when the document opened the sentence before as
    // its subject (its verb, or `to`, right after it).
    if a == sstart && p <= sstart + 2 && sstart > 0 && b.word(a) && w.is(a, "it") {
        let ps = b.sent_start[sstart - 1];
        // (`The memo to staff was sent on Friday`: a document only
        // handled is no speaker for `it` to continue.)
        let clause = flag::VERB | flag::AUX | flag::BE | flag::MODAL;
        let reports_after = |from: usize| {
            (from..sstart)
                .find(|&k| b.word(k) && w.has(k, clause))
                .is_some_and(|k| !w.has(k, flag::AUX | flag::BE | flag::MODAL))
        };
        let opens = b.word(ps)
            && w.is_any(ps, &["the", "a", "an", "this", "that"])
            && b.word(ps + 1)
            && document_word(w.text, &toks[ps + 1]).is_some()
            && b.word(ps + 2)
            && (w.has(ps + 2, flag::VERB) || w.is(ps + 2, "to") && reports_after(ps + 3));
        if opens && ps + 2 < sstart {
            return Some(Subject::Left(ps, ps + 2));
        }
    }
    // `research from countries such as Norway suggests …`, `groups including
    // Amnesty said …`: a name given as an example belongs to the phrase
    // before it, which is the subject (or nobody who speaks).
    let example = if a >= sstart + 2 && w.is(a - 2, "such") && w.is(a - 1, "as") {
        Some(a - 2)
    } else if a > sstart && w.is(a - 1, "including") {
        Some(a - 1)
    } else {
        None
    };
    if let Some(x) = example {
        if x == sstart || !b.word(x - 1) {
            return None;
        }
        let h = read_np_left(b, x - 1, sstart)?;
        return analyze(w, h, x).is_some().then_some(Subject::Left(h, x));
    }
    // `…, a move transport officials say could …`: the phrase read leftwards
    // took in the noun the relative clause describes.
    if let Some(k) = (a + 1..=p).find(|&k| {
        b.toks()[a..k].iter().all(|t| t.first.is_lowercase())
            && relative_clause_start(b, k, sstart) == Some(k)
            && analyze(w, k, p + 1).is_some()
    }) {
        a = k;
    }
    // `a move groups say could save millions of dollars and banks warn could
    // push …`: a second contact clause, its verb right before a modal,
    // starts after the `and` (the phrase read leftwards took in the
    // object before it).
    if b.word(c.end) && w.has(c.end, flag::MODAL) {
        if let Some(k) = (a + 1..p).rev().find(|&k| w.is(k, "and") && toks[k - 1].first.is_lowercase()) {
            a = k + 1;
        }
    }
    // `Let the regulator seek fines`, `would make firms report`: the
    // phrase is the object of a verb of permitting, and nobody speaks.
    if a > sstart && b.word(a - 1) && ["let", "lets", "make", "makes", "help", "helps"].iter().any(|x| w.is(a - 1, x)) {
        return None;
    }
    // `None of the three carriers responded`: nobody did.
    let mut q = a;
    while q > sstart && b.word(q - 1) && w.has(q - 1, flag::DET | flag::NUMBER) {
        q -= 1;
    }
    if q >= sstart + 2 && w.is(q - 1, "of") && ["none", "neither"].iter().any(|x| w.is(q - 2, x)) {
        return None;
    }
    // `Not every parent opposes the plan.`, `Not all of the growers agree`:
    // a denied quantifier names nobody who holds the view; the narrator
    // says some do not, and the person named next is one of them. The
    // quantifier may open the phrase read leftwards or stand just before
    // it (with an `of` between: `not all of the`).
    let quantifier = |k: usize| w.is_any(k, &["every", "all", "everyone", "everybody", "each", "many", "most"]);
    let before = |k: usize| k > sstart && b.word(k - 1) && w.is(k - 1, "not");
    let denied = (quantifier(q) && before(q))
        || (q > sstart && b.word(q - 1) && quantifier(q - 1) && before(q - 1))
        || (q >= sstart + 2 && w.is(q - 1, "of") && quantifier(q - 2) && before(q - 2));
    if denied {
        return None;
    }
    if let Some(s) = participle_head(b, a, sstart) {
        return Some(s);
    }
    if let Some(s) = place_after_participle(b, a, p, sstart) {
        return Some(s);
    }
    let m = analyze(w, a, p + 1);
    // `Parents campaigning for phone-free schools welcomed …`: the phrase
    // read leftwards took in the participle and its object; the people
    // before the participle are the subject.
    if m.is_none() {
        let ing = (a + 1..p).find(|&k| participle_after_noun(b, k) && !w.has(k - 1, flag::DET));
        if let Some(k) = ing {
            if matches!(analyze(w, a, k).as_deref(), Some(Mention::Group { .. } | Mention::Org { .. })) {
                return Some(Subject::Left(a, k));
            }
        }
    }
    if w.is(a, "whose") || (a > sstart && w.is(a - 1, "whose")) {
        // `whose party opposes …`: the phrase belongs to a relative clause.
        return None;
    }
    // `two members who backed the plan in committee said`: a phrase after a
    // preposition is its object, and the subject is the one the relative
    // clause describes.
    if a > sstart && b.word(a - 1) && w.has(a - 1, flag::PREP) && toks[a - 1].first.is_lowercase() {
        if let Some(s) = relative_subject(b, p, sstart) {
            return Some(s);
        }
    }
    // `Forty drivers who work for one or both firms wrote …`: a phrase
    // read leftwards that follows the lowercase words of a relative clause
    // on `who` (no comma before it, so no aside) is that clause's object,
    // however it is joined to its verb; the subject is the noun the
    // clause describes. (The preposition case is above.)
    if a > sstart + 1 && b.word(a - 1) && toks[a - 1].first.is_lowercase() {
        let who = (a.saturating_sub(10).max(sstart + 1)..a)
            .rev()
            .take_while(|&k| b.word(k) && b.outside(k) && toks[k].first.is_lowercase())
            .find(|&k| w.is(k, "who"))
            .filter(|&k| k + 1 < a && b.word(k - 1) && toks[k - 1].first.is_lowercase());
        if who.is_some() {
            if let Some(s) = relative_subject(b, p, sstart) {
                return Some(s);
            }
        }
    }
    // `…, the memo said.`: also after the words it reports.
    if m.is_none()
        && c.class == VerbClass::Speech
        && (a == sstart || b.punct(a - 1, ',') || toks[a - 1].kind == Kind::Close)
        && document_np(b, a, p + 1).is_some()
    {
        return Some(Subject::Left(a, p + 1));
    }
    match m.as_deref() {
        Some(Mention::Role { .. } | Mention::OrgDesc { .. }) if a > sstart + 1 && toks[a - 1].is_punct(',') => {
            // `Nalin Vissanji, President of the Chamber said`: an appositive
            // without its closing comma; the name before it is the subject.
            // (Not the object ending an opening phrase: `Speaking to
            // reporters, Minister for Parks Ivo Brandt said`.)
            // (Nor the object of a participle that opens the sentence:
            // `Quoting officials, the agency said`, `Citing police, …`.)
            let opening_participle = |b0: usize| {
                b0 == sstart
                    && b0 + 1 < a - 1
                    && w.text(b0).ends_with("ing")
                    && toks[b0 + 1].first.is_lowercase()
                    && !w.has(b0, flag::GROUP | flag::ROLE | flag::TITLE)
            };
            if let Some(b0) = read_np_left(b, a - 2, sstart)
                .filter(|&b0| (b0 == sstart || !b.word(b0 - 1)) && !opening_participle(b0))
            {
                if let Some(m0) = analyze(w, b0, a - 1) {
                    // (`In a statement signed by its director, Ana Ruiz, the
                    // association said`: a person is never in apposition to
                    // a body's description; her name ends the phrase before.)
                    let person_then_body =
                        matches!(*m0, Mention::Person { .. }) && matches!(m.as_deref(), Some(Mention::OrgDesc { .. }));
                    if rank(&m0) >= 3 && !person_then_body {
                        return Some(Subject::Left(b0, a - 1));
                    }
                }
            }
            Some(Subject::Left(a, p + 1))
        }
        // `… or get energy reports, the firm said`: a body is described with
        // an article (`the agency`); lowercase words without one are a
        // compound noun (`energy reports`), not a subject and its verb.
        Some(Mention::OrgDesc { .. })
            if toks[a].first.is_lowercase() && (a..=p).all(|k| !(b.word(k) && w.has(k, flag::DET))) =>
        {
            None
        }
        Some(_) => Some(Subject::Left(a, p + 1)),
        // `a decision that the industry warned would …`: the phrase opens a
        // clause of its own, and an unknown subject is not one further back.
        None if a > sstart && b.word(a - 1) && w.is(a - 1, "that") => None,
        None => relative_subject(b, p, sstart).or_else(|| right_subject(b, c, send)),
    }
}

/// `A Coastal Utility Wants a New Plant` (a headline in title case): a
/// capitalized verb in `-s` after an institution's word, with a lowercase
/// article or `to` after it, is the sentence's verb, not the last word of
/// the body's name. Returns the end of the phrase `f..e` without it.
fn title_verb_end(b: &Block<'_, '_>, f: usize, e: usize, send: usize) -> usize {
    // (Two words at least: a name, then its verb.)
    if e < f + 2 {
        return e;
    }
    let w = b.w;
    let toks = b.toks();
    let verb = e - 1;
    let ends_in_verb = e < send
        && b.word(verb)
        && toks[verb].first.is_uppercase()
        && w.text(verb).len() > 3
        && w.text(verb).ends_with('s')
        && !w.has(verb, flag::ORG | flag::GROUP | flag::PLACE)
        && b.word(verb - 1)
        && toks[verb - 1].first.is_uppercase()
        && w.has(verb - 1, flag::ORG)
        && b.word(e)
        && toks[e].first.is_lowercase()
        && w.is_any(e, &["a", "an", "the", "to", "more", "new"]);
    if ends_in_verb { verb } else { e }
}

/// `Unions representing nearly 40,000 workers rejected …`, `Residents living
/// near the site said …`: the phrase before the verb is the object of an
/// -ing participle that modifies the noun before it, and that noun is the
/// subject. `a` is where the phrase before the verb starts.
fn participle_head(b: &Block<'_, '_>, a: usize, sstart: usize) -> Option<Subject> {
    let w = b.w;
    let toks = b.toks();
    let lower_word = |k: usize| b.word(k) && b.outside(k) && toks[k].first.is_lowercase();
    // `nearly`, `near the`, `more than`: a few words between the participle
    // and its object.
    const APPROXIMATE: [&str; 7] = ["nearly", "almost", "roughly", "approximately", "around", "more", "over"];
    // An owner may stand there too: `representing most of Calder's pilots`.
    let skippable = |j: usize| {
        toks[j].kind == Kind::Possessive
            || b.word(j) && b.outside(j) && toks.get(j + 1).is_some_and(|t| t.kind == Kind::Possessive)
            || lower_word(j)
                && (w.has(j, flag::ADVERB | flag::PREP | flag::DET | flag::NUMBER)
                    || APPROXIMATE.iter().any(|x| w.is(j, x)))
                && !w.text(j).ends_with("ing")
    };
    let mut k = a;
    while k > sstart && a - k < 6 && skippable(k - 1) {
        k -= 1;
    }
    if k <= sstart + 1 || !lower_word(k - 1) {
        return None;
    }
    let ing = k - 1;
    let word = w.text(ing);
    if word.len() < 6 || !word.ends_with("ing") || w.has(ing, flag::COMMON | flag::PREP | flag::CONJ | flag::ROLE) {
        return None;
    }
    // `A source familiar with the company's pricing plans told …`: after an
    // owner or an article the -ing word is a noun's modifier, not a verb.
    if toks[ing - 1].kind == Kind::Possessive || b.word(ing - 1) && w.has(ing - 1, flag::DET) {
        return None;
    }
    let head = read_np_left(b, ing - 1, sstart)?;
    match *analyze(w, head, ing)? {
        Mention::Pronoun { .. } => None,
        _ => Some(Subject::Left(head, ing)),
    }
}

/// Whether word `k` (not the block's first token) reads as an -ing
/// participle that could follow a noun (`Parents campaigning for …`, `a
/// firm wanting to …`): lowercase, six letters or more, no word of a
/// closed class, and not after a possessive (`the council's planning`).
fn participle_after_noun(b: &Block<'_, '_>, k: usize) -> bool {
    let w = b.w;
    let toks = b.toks();
    b.word(k)
        && toks[k].first.is_lowercase()
        && w.text(k).len() >= 6
        && w.text(k).ends_with("ing")
        && !w.has(k, flag::COMMON | flag::PREP | flag::CONJ | flag::ROLE | flag::DET)
        && toks[k - 1].kind != Kind::Possessive
}

/// `A firm wanting to build a plant on land near Dunmore says …`: a
/// capitalized place right after a preposition of place is the object of
/// that preposition, not the verb's subject. When lowercase words (a
/// participle's clause) run back from the preposition to an -ing word that
/// follows a noun phrase, that phrase is the subject. `a..=p` is the
/// phrase read leftwards; only 24 tokens before it are read.
fn place_after_participle(b: &Block<'_, '_>, a: usize, p: usize, sstart: usize) -> Option<Subject> {
    let w = b.w;
    let toks = b.toks();
    let prep = a.checked_sub(1)?;
    if prep <= sstart
        || !b.word(prep)
        || !toks[prep].first.is_lowercase()
        || !w.is_any(prep, &["near", "in", "at", "outside", "from"])
        || !(a..=p).all(|k| !b.word(k) || toks[k].first.is_uppercase())
    {
        return None;
    }
    let floor = prep.saturating_sub(24).max(sstart + 1);
    let ing = (floor..prep)
        .rev()
        .take_while(|&k| b.outside(k) && (b.word(k) || toks[k].kind == Kind::Possessive))
        .filter(|&k| participle_after_noun(b, k) && !(b.word(k - 1) && w.has(k - 1, flag::DET | flag::PREP)))
        .last()?;
    let head = read_np_left(b, ing - 1, sstart)?;
    match *analyze(w, head, ing)? {
        Mention::Pronoun { .. } => None,
        _ => Some(Subject::Left(head, ing)),
    }
}

/// `said Ruiz`, `says the committee`: a subject after the verb, allowed when
/// the verb follows a comma, a quotation or the start of the sentence.
fn right_subject(b: &Block<'_, '_>, c: &Candidate, send: usize) -> Option<Subject> {
    let toks = b.toks();
    let sstart = b.sent_start[c.at];
    let before = if c.at > 0 { Some(&toks[c.at - 1]) } else { None };
    let allowed = c.at == sstart || before.is_some_and(|t| t.is_punct(',') || t.kind == Kind::Close || t.is_punct('—'));
    // `…, told the Guardian`: after a verb that takes a listener, the phrase
    // is the listener.
    // Right after a quotation, though, `“…,” warned the minister.` inverts
    // its subject like `said`: nobody writes `“…,” told reporters.`
    let takes_listener = c.listener;
    let after_quote = c.at > 0
        && (toks[c.at - 1].kind == Kind::Close
            || toks[c.at - 1].is_punct(',') && c.at > 1 && toks[c.at - 2].kind == Kind::Close);
    if !allowed || takes_listener && !after_quote {
        return None;
    }
    let read = read_np_right(b, c.end, send);
    if read.and_then(|end| analyze(b.w, c.end, end)).is_none() {
        return described_then_named(b, c.end, send);
    }
    let end = read?;
    // `…, said staff were exhausted`: a phrase with a verb of its own opens
    // the reported clause.
    if end < send && b.word(end) && b.w.has(end, flag::AUX | flag::MODAL) {
        return None;
    }
    // `Ana Ruiz, who …, said day trippers leave litter …`: after a
    // comma that closes the subject's aside, a lowercase phrase followed
    // by a plain lowercase word (its verb) is the reported clause's
    // subject, not an inverted speaker, which a preposition, an adverb or
    // the end of the clause would follow (`, said the mayor on Monday`).
    let not_verb = flag::PREP
        | flag::CONJ
        | flag::SUBORD
        | flag::DET
        | flag::ADVERB
        | flag::RELATIVE
        | flag::PRONOUN
        | flag::NUMBER
        | flag::ROLE
        | flag::TITLE
        | flag::GROUP
        | flag::ORG;
    if c.at > sstart + 1
        && before.is_some_and(|t| t.is_punct(','))
        && toks[c.end].first.is_lowercase()
        && end < send
        && b.word(end)
        && b.outside(end)
        && toks[end].first.is_lowercase()
        && !b.w.has(end, not_verb)
        && !b.w.text(end).ends_with("ly")
    {
        return None;
    }
    let m = analyze(b.w, c.end, end)?;
    if takes_listener {
        // Only a named person or a role, followed by nothing but adjuncts
        // (`on Tuesday`), is a speaker here; `“…,” warned them that …`
        // keeps its listener.
        let stop = (end..send).find(|&k| [',', '.', ';'].iter().any(|&p| toks[k].is_punct(p))).unwrap_or(send);
        if !adjunct_only(b, end, stop) || !matches!(*m, Mention::Person { .. } | Mention::Role { .. }) {
            return None;
        }
    }
    if matches!(*m, Mention::Pronoun { .. }) && c.at != sstart && before.is_some_and(|t| t.is_punct(',')) {
        // `…, said he` is rare; `…, told them` is an object, not a subject.
        return None;
    }
    // `said the company's lawyer, Ana Ruiz,`: the name in the appositive
    // names the speaker better than the role.
    // `said the fund's head of stewardship, Ana Ruiz`: the role's own
    // post-modifier may stand before the comma.
    let comma = if matches!(*m, Mention::Role { .. }) {
        (end..send.min(end + 6))
            .find(|&k| !b.word(k) || b.w.has(k, flag::VERB | flag::AUX | flag::MODAL))
            .unwrap_or(end)
    } else {
        end
    };
    let end = if comma > end && b.w.has(end, flag::PREP) && toks[comma].is_punct(',') { comma } else { end };
    if !matches!(*m, Mention::Person { tokens, .. } if tokens >= 2) && end < send && toks[end].is_punct(',') {
        if let Some(e2) = read_np_right(b, end + 1, send) {
            let closes = e2 >= send || toks[e2].kind == Kind::Punct;
            if closes
                && matches!(analyze(b.w, end + 1, e2).as_deref(), Some(Mention::Person { tokens, .. }) if *tokens >= 2)
            {
                return Some(Subject::Right(end + 1, e2));
            }
        }
    }
    Some(Subject::Right(c.end, end))
}

/// `said one of its spokespeople, Tiana Morvesh.`, `said the forum's
/// coordinator, Shazia Korr.`: after an inverted verb, a description that
/// names nobody the parser knows (up to eight plain words, no verb among
/// them) is followed by a comma and the full name of the person it
/// describes, which ends the clause. The name is the subject.
fn described_then_named(b: &Block<'_, '_>, from: usize, send: usize) -> Option<Subject> {
    let w = b.w;
    let toks = b.toks();
    if from >= send || !b.word(from) || !b.outside(from) || !toks[from].first.is_lowercase() {
        return None;
    }
    let comma = (from..send.min(from + 9)).find(|&k| !(b.word(k) || toks[k].kind == Kind::Possessive))?;
    if !toks[comma].is_punct(',') || comma == from {
        return None;
    }
    if (from..comma).any(|k| b.word(k) && w.has(k, flag::VERB | flag::AUX | flag::MODAL | flag::BE)) {
        return None;
    }
    let e2 = read_np_right(b, comma + 1, send)?;
    let closes = e2 >= send || toks[e2].kind == Kind::Punct;
    // `“…,” said one, a night porter who asked not to be named.`: one of a
    // group just mentioned, described rather than named; the description
    // (a relative clause may follow it) is the subject.
    if comma == from + 1 && (w.is(from, "one") || w.is(from, "another")) {
        let clause = closes || b.word(e2) && w.is_any(e2, &["who", "whose"]);
        if clause && matches!(analyze(w, comma + 1, e2).as_deref(), Some(Mention::Role { .. })) {
            return Some(Subject::Right(comma + 1, e2));
        }
    }
    (closes && matches!(analyze(w, comma + 1, e2).as_deref(), Some(Mention::Person { tokens, .. }) if *tokens >= 2))
        .then_some(Subject::Right(comma + 1, e2))
}

/// The subject before a chain of comma-separated appositives and asides:
/// `Dr John E. Kelly, IBM senior vice president, …, said`.
fn appositive_subject(b: &Block<'_, '_>, comma: usize, sstart: usize) -> Option<Subject> {
    let w = b.w;
    let toks = b.toks();
    let mut best: Option<(u8, usize, usize)> = None;
    let mut end = comma; // exclusive end of the current segment
    let mut segments = 0;
    let mut nearest_has_list = false;
    // The segment read just before (nearer the verb).
    let mut nearer: Option<(usize, usize)> = None;
    while end > sstart && segments < 5 {
        segments += 1;
        let mut start = end;
        // A closing quotation mark ends a segment too: `“…,” Ana Ruiz, the
        // group's director, said`.
        while start > sstart
            && !(toks[start - 1].is_punct(',') && b.outside(start - 1))
            && toks[start - 1].kind != Kind::Close
        {
            start -= 1;
        }
        if start == end {
            end = start.saturating_sub(1);
            continue;
        }
        let mut first = start;
        if b.word(first) && (w.has(first, flag::RELATIVE) || ["whose", "where", "when"].iter().any(|x| w.is(first, x)))
        {
            // `The Alliance, which includes A, B and C, said`: a list after a
            // relative clause belongs to the clause; the subject is before it.
            if nearest_has_list {
                best = None;
            }
            if start == sstart {
                break;
            }
            end = start - 1;
            continue;
        }
        let has_conj = (first..end).any(|k| b.word(k) && w.has(k, flag::CONJ));
        if segments == 1 {
            nearest_has_list = has_conj;
        }
        // `But Dina Rask, …`, `while the government of Nauru, …`: a
        // conjunction or adverb opening the clause.
        let mut opens_clause = false;
        if first + 1 < end
            && b.word(first)
            && (w.has(first, flag::CONJ | flag::SUBORD) || (first == sstart && w.has(first, flag::ADVERB)))
            && !w.has(first, flag::PREP | flag::RELATIVE)
        {
            first += 1;
            // The clause starts here: nothing before it is its subject.
            opens_clause = w.has(first - 1, flag::SUBORD) && first - 1 > sstart;
        }
        // (`However one worker on the day shift, who …, said`: after an
        // opening adverb or conjunction, `one` of a group is lowercase only
        // because it no longer opens the sentence, as `One worker` would.)
        let lower_start = toks[first].first.is_lowercase()
            && !w.has(first, flag::DET)
            && !(first > start && w.is_any(first, &["one", "another"]));
        // `Speaking to reporters, …`: a participle opening the sentence is an aside too.
        // (`Harding, a ferry user, said`: one capitalized word right before
        // the appositive is a surname, however it ends.)
        let described = nearer.is_some_and(|(na, _)| w.is_any(na, &["a", "an"]) || na > 0 && w.is(na - 1, "the"));
        let surname = segments == 2
            && described
            && end == first + 1
            && toks[first].is_cap()
            && !w.has(first, flag::VERB | flag::PLACE);
        let participle = first == sstart
            && b.word(first)
            && w.text(first).ends_with("ing")
            && !w.has(first, flag::GROUP)
            && !surname;
        let prep_start = participle
            || b.word(first) && w.has(first, flag::PREP | flag::SUBORD | flag::ADVERB) && !toks[first].is_cap();
        // Asides and roles start with a lowercase word (`arriving at …`,
        // `chief executive of …`) or a preposition (`In a statement`).
        let aside = prep_start
            || (lower_start && !w.has(first, flag::GROUP))
            || (toks[first].is_cap() && w.has(first, flag::PREP | flag::SUBORD | flag::ADVERB));
        // `corn and soybean grower Dale Hoskins`: a description ending in a
        // full name is no aside.
        // (`fisherman Rahmat, 46, said`: so does a role word right before
        // one name, as for people who go by one name.)
        // (`Planning lawyer Neil Okonjo, a partner at …, said`: nor is a
        // capitalized word in -ing opening a role before a full name.)
        let role_ing = first == sstart
            && first + 1 < end
            && b.word(first + 1)
            && toks[first + 1].first.is_lowercase()
            && w.has(first + 1, flag::ROLE | flag::TITLE);
        // (Not a name after a participle's preposition: `The panel's report,
        // submitted to Justice Minister Kenji Morita, proposes`.)
        let named = (lower_start || role_ing)
            && read_np_left(b, end - 1, first)
                .filter(|&a| (first..a).all(|k| !(b.word(k) && w.has(k, flag::PREP) && toks[k].first.is_lowercase())))
                .and_then(|a| analyze(w, a, end))
                .is_some_and(|m| match *m {
                    Mention::Person { tokens, .. } if tokens >= 2 => true,
                    Mention::Person { tokens: 1, .. } => {
                        end >= first + 2
                            && toks[end - 1].is_cap()
                            && b.word(end - 2)
                            && toks[end - 2].first.is_lowercase()
                            && w.has(end - 2, flag::ROLE | flag::TITLE)
                    }
                    _ => false,
                });
        if !aside || named {
            // `A fund manager at a bank that holds shares, who asked …,
            // said`: a restrictive relative clause ends the phrase.
            let mut seg_end = end;
            let mut whole_source = false;
            if read_np_left(b, end - 1, first).is_none_or(|a| a > first + 1) && !named {
                // (So does `with`: `One bus operator with a decade on the
                // job, who …, told`.)
                if let Some(r) = (first + 2..end).find(|&k| {
                    b.word(k) && b.outside(k) && toks[k].first.is_lowercase() && w.is_any(k, &["that", "who", "with"])
                }) {
                    // (Not an unnamed source's: `A person who has read the
                    // contract, who …, said` goes by the whole phrase.)
                    let source = source_who(b, r);
                    if read_np_left(b, r - 1, first) == Some(first) {
                        if source {
                            whole_source = true;
                        } else {
                            seg_end = r;
                        }
                    }
                }
            }
            let end = seg_end;
            // (`Traders at the Alaba International Market in Lagos, which
            // …, said`: a group and its place, which the phrase reader
            // does not cross, opening the sentence.)
            let placed_group = || {
                first == sstart
                    && matches!(analyze(w, first, end).as_deref(), Some(Mention::Group { .. }))
                    && (first + 1..end).any(|k| b.word(k) && w.is_any(k, &["at", "in", "from"]))
            };
            let np_start = if whole_source || placed_group() { Some(first) } else { read_np_left(b, end - 1, first) };
            // `Tarnby-Holt/Marr County Schools Superintendent Ana Ruiz,
            // who …, said`: the phrase reader stops at a slash that joins
            // two places into one district's name; the capitalized words
            // before it, joined to it without a space, still open the
            // segment.
            let slashed = |a: usize| {
                a > first + 1
                    && toks[a - 1].is_punct('/')
                    && toks[a - 2].end == toks[a - 1].start
                    && toks[a - 1].end == toks[a].start
                    && (first..a - 1).all(|k| b.word(k) && toks[k].is_cap())
            };
            if let Some(a) = np_start {
                if a == first || (a == first + 1 && w.has(first, flag::ADVERB)) || named || slashed(a) {
                    if let Some(m) = analyze(w, a, end) {
                        let mut r = rank(&m);
                        if has_conj && r > 1 {
                            r -= 2;
                        }
                        // `Unite, Britain's biggest union, said`: a body
                        // described by an owner and a lowercase head is a
                        // description in apposition, ranked as one, not a
                        // name to outrank the name it describes.
                        if matches!(*m, Mention::Org { .. })
                            && toks[end - 1].first.is_lowercase()
                            && (a..end).any(|k| toks[k].kind == Kind::Possessive)
                        {
                            r = r.min(1);
                        }
                        // `A tenants' group, Homes for Dalby, said`: an
                        // indefinite description of a body introduces the
                        // name in apposition after it, which names the speaker.
                        let introduces = (w.is(a, "a") || w.is(a, "an"))
                            && end > a + 1
                            && (a + 1..end).all(|k| !w.has(k, flag::PREP))
                            && toks[end - 1].first.is_lowercase()
                            && w.has(end - 1, flag::ORG | flag::GROUP)
                            && nearer.is_some_and(|(na, nz)| proper_name(b, na, nz));
                        // On a tie the farther phrase wins: the subject comes
                        // first and its appositives follow it.
                        // `One of the drivers, a retired welder who …, said`:
                        // the indefinite description in apposition tells
                        // which one speaks; the group is only where they
                        // come from.
                        // So does a name in apposition: `One of Brackla's
                        // largest customers, the bakery chain Crumb Street,
                        // said`.
                        let one_of_described = w.is(a, "one")
                            && a + 1 < end
                            && w.is(a + 1, "of")
                            && best.is_some_and(|(_, ba, bz)| match analyze(w, ba, bz).as_deref() {
                                Some(Mention::Role { .. }) => w.is(ba, "a") || w.is(ba, "an"),
                                Some(Mention::Org { .. } | Mention::Person { .. }) => true,
                                _ => false,
                            });
                        if introduces {
                            if let Some((na, nz)) = nearer {
                                best = Some((4, na, nz));
                            }
                        } else if one_of_described {
                            if let Some(bb) = best.as_mut() {
                                bb.0 = bb.0.max(4);
                            }
                        } else if best.is_none_or(|(br, _, _)| r >= br) {
                            // `The petitioners, the West of Scotland Business
                            // Forum, said`: a group described by what it does,
                            // then named in apposition, is that body.
                            let group_named = matches!(*m, Mention::Group { anonymous: false, .. })
                                && best.is_some_and(|(_, ba, bz)| {
                                    let ba = if w.is(ba, "the") { ba + 1 } else { ba };
                                    proper_name(b, ba, bz)
                                        && matches!(analyze(w, ba, bz).as_deref(), Some(Mention::Org { .. }))
                                });
                            if !group_named {
                                best = Some((r, a, end));
                            }
                        }
                    }
                }
            }
        }
        if start == sstart || opens_clause && best.is_some() {
            break;
        }
        nearer = Some((if w.is(first, "the") { first + 1 } else { first }, end));
        end = start - 1;
    }
    best.filter(|&(r, _, _)| r >= 1).map(|(_, a, e)| Subject::Left(a, e))
}

/// Plural nouns for a kind of place, which a group may be placed in
/// without naming it (`parents in rural areas`, `families in coastal towns`).
const AREA_NOUNS: &[&str] = &[
    "areas",
    "districts",
    "regions",
    "communities",
    "towns",
    "villages",
    "suburbs",
    "counties",
    "provinces",
    "neighbourhoods",
    "neighborhoods",
    "parts",
];

/// Whether tokens `a..z` are a proper name: capitalized words, joined by
/// lowercase `of`, `for`, `and`, `the` inside (`Homes for Dalby`).
fn proper_name(b: &Block<'_, '_>, a: usize, z: usize) -> bool {
    let w = b.w;
    let toks = b.toks();
    a < z
        && toks[a].is_cap()
        && toks[z - 1].is_cap()
        && !w.has(a, flag::PRONOUN | flag::DET | flag::TITLE | flag::HONORIFIC | flag::ROLE)
        && (a..z).all(|k| {
            b.word(k) && (toks[k].is_cap() || w.is_any(k, &["of", "for", "and", "the"]))
                || toks[k].kind == Kind::Possessive
        })
}

/// Whether the words from `from` up to a comma (within a dozen tokens, with
/// no `that` and no quotation on the way, and only adjuncts: `at the
/// hearing`, `last year`) are followed by a lowercase verb
/// of saying, after adverbs at most: the clause before that comma is a
/// relative clause inside the subject of that verb.
fn relative_before_main_verb(b: &Block<'_, '_>, from: usize, send: usize) -> bool {
    let toks = b.toks();
    let w = b.w;
    let stop = send.min(from + 12);
    let Some(comma) = (from..stop).find(|&k| toks[k].kind != Kind::Word || w.is(k, "that")) else {
        return false;
    };
    // (`IATA, which said last week it would strike, said …`: words of its
    // own after the clause's verb are a report of their own.)
    if !toks[comma].is_punct(',') || toks[comma].quote != 0 || !adjunct_only(b, from, comma) {
        return false;
    }
    // An object after the verb is its content (`who has pushed for the
    // plant`, `which claims 2,000 members`): only a verb with none, or with
    // a preposition or an adverb after it (`who testified at the hearing`),
    // says nothing of its own.
    if from < comma && !(w.has(from, flag::PREP | flag::ADVERB) && toks[from].first.is_lowercase()) {
        return false;
    }
    let mut k = comma + 1;
    while k < send && b.word(k) && w.has(k, flag::ADVERB) && toks[k].first.is_lowercase() {
        k += 1;
    }
    k < send && b.word(k) && b.outside(k) && toks[k].first.is_lowercase() && w.has(k, flag::VERB)
}

/// `landowners who disagreed with a valuation could have it reviewed`: a
/// verb of saying in a relative clause whose content is only a preposition
/// and one noun phrase (`with a valuation`), followed straight away by a
/// modal, describes the antecedent; the modal opens the clause's own
/// predicate, and the words are nobody's. (Not `who said in March the
/// council would pay`: a second phrase after the adjunct is the subject of
/// what was said.) Bounded to a few words after the verb.
fn relative_before_modal(b: &Block<'_, '_>, from: usize, send: usize) -> bool {
    let toks = b.toks();
    let w = b.w;
    let lower_word = |k: usize| b.word(k) && toks[k].first.is_lowercase();
    // (The cue may have taken the preposition already: `objected to`.)
    let particle = from > 0 && lower_word(from - 1) && w.has(from - 1, flag::PREP) && !w.is(from - 1, "that");
    if from >= send || !lower_word(from) || w.is(from, "that") || !(particle || w.has(from, flag::PREP)) {
        return false;
    }
    let mut k = if particle { from } else { from + 1 };
    if k < send && lower_word(k) && w.has(k, flag::DET) {
        k += 1;
    }
    let head = k;
    while k < send && k < head + 3 && b.word(k) && !w.has(k, flag::DET | flag::PRONOUN | flag::PREP | flag::MODAL) {
        k += 1;
    }
    k > head && k + 1 < send && lower_word(k) && w.has(k, flag::MODAL) && b.outside(k) && lower_word(k + 1)
}

/// The antecedent of a relative pronoun at `rel` whose phrase is `a..z`:
/// `which` after `director of the union` is the union, `who` the director.
fn which_antecedent(b: &Block<'_, '_>, rel: usize, a: usize, z: usize) -> Subject {
    let w = b.w;
    if w.is(rel, "which") {
        // `objections from the Broadcasters Association, which says`: a
        // phrase that names nobody leaves the institution in its modifier.
        if let None | Some(Mention::Role { .. } | Mention::Person { .. }) = analyze(w, a, z).as_deref() {
            if let Some(p) = (a..z).rev().find(|&j| w.has(j, flag::PREP) && b.toks()[j].first.is_lowercase()) {
                if matches!(analyze(w, p + 1, z).as_deref(), Some(Mention::Org { .. } | Mention::OrgDesc { .. })) {
                    return Subject::Left(p + 1, z);
                }
            }
        }
    }
    // `filed by the Riders Association and three individual riders, who
    // argued …`: the clause describes the petitioners together, and the
    // named body first among them speaks for them.
    if a >= 2 && w.is(a - 1, "and") && b.word(a - 1) && b.toks()[a - 2].is_cap() {
        // The body's capitalized name (with `of`, `for` and `the` inside
        // it), read back from `and`.
        let sstart = b.sent_start[a];
        let mut k = a - 2;
        while k > sstart && b.word(k - 1) && (b.toks()[k - 1].is_cap() || w.is_any(k - 1, &["of", "for", "the"])) {
            k -= 1;
        }
        while k < a - 2 && w.is_any(k, &["of", "for"]) {
            k += 1;
        }
        if matches!(analyze(w, k, a - 1).as_deref(), Some(Mention::Org { .. }))
            && matches!(analyze(w, a, z).as_deref(), Some(Mention::Group { .. }))
        {
            return Subject::Left(k, a - 1);
        }
    }
    // `Ana Ruiz, an engineer with the water board who testified last year,
    // said`: `who` describes the engineer, and the engineer is the person
    // named before the comma; the description is only her appositive.
    if w.is(rel, "who") && a >= 2 && b.toks()[a - 1].is_punct(',') && w.is_any(a, &["a", "an"]) {
        let sstart = b.sent_start[a];
        if let Some(na) = read_np_left(b, a - 2, sstart) {
            if matches!(analyze(w, na, a - 1).as_deref(), Some(Mention::Person { .. })) {
                return Subject::Left(na, a - 1);
            }
        }
    }
    Subject::Left(a, z)
}

/// `Brandt used her last minutes on the floor to urge colleagues to vote
/// no`: a verb after the `to` at `to` is the purpose of using an occasion,
/// and so speech of the sentence's subject (unlike `declined to say`).
fn used_to_say(b: &Block<'_, '_>, to: usize) -> bool {
    let sstart = b.sent_start[to];
    (sstart + 1..to).rev().take(12).take_while(|&k| !b.toks()[k].is_punct(',')).any(|k| {
        b.word(k)
            && b.outside(k)
            && (["used", "uses"].iter().any(|x| b.w.is(k, x))
                    // `took to social media to criticise …`
                    || ["took", "takes"].iter().any(|x| b.w.is(k, x)) && k + 1 < to && b.w.is(k + 1, "to"))
    })
}

/// `while the government of Nauru, which …, has said`: the subject found
/// for the verb is the name after `of`; the phrase it belongs to starts at
/// the returned token (`a` itself when there is no such phrase).
fn owner_start(b: &Block<'_, '_>, a: usize, sstart: usize) -> usize {
    if a < sstart + 2 || !b.w.is(a - 1, "of") {
        return a;
    }
    let mut k = a - 1;
    while k > sstart + 1
        && a - k < 6
        && b.word(k - 1)
        && !CONTRAST.iter().any(|x| b.w.is(k - 1, x))
        && (b.w.has(k - 1, flag::DET) || np_word(b, k - 1))
    {
        k -= 1;
    }
    if k < a - 1 { k } else { a }
}

/// Nouns for a measure, a choice or a sum, which a relative clause without
/// `that` often describes by what somebody says of it.
const MEASURE_NOUNS: &[&str] = &[
    "move",
    "moves",
    "step",
    "steps",
    "option",
    "options",
    "measure",
    "measures",
    "plan",
    "plans",
    "idea",
    "ideas",
    "decision",
    "change",
    "changes",
    "proposal",
    "proposals",
    "policy",
    "rule",
    "rules",
    "scheme",
    "deal",
    "figure",
    "figures",
    "sum",
    "sums",
    "money",
    "amount",
    "cost",
    "costs",
    "price",
    "fee",
    "fees",
    "tax",
    "cut",
    "cuts",
    "increase",
    "rise",
    "project",
    "approach",
    "shift",
    "reform",
    "reforms",
    "ruling",
    "order",
    "law",
    "bill",
    "offer",
    "agreement",
    "settlement",
    "programme",
    "program",
];

/// `…, a move health officials say could …`, `…, money Ms Dorn has
/// proposed spending on …`, `in a ruling that the guild warned would …`:
/// a noun with its article (and perhaps `that`) between a comma or a
/// preposition and the subject starting at `a` makes the subject's clause a
/// relative clause with a speaker of its own, not part of the words around
/// it. Returns the token where that clause starts (`that`, or the subject).
fn relative_clause_start(b: &Block<'_, '_>, a: usize, sstart: usize) -> Option<usize> {
    let w = b.w;
    let toks = b.toks();
    if a < sstart + 2 {
        return None;
    }
    let lower = |k: usize| b.word(k) && b.outside(k) && toks[k].first.is_lowercase();
    let mut h = a - 1;
    let mut start = a;
    if lower(h) && (w.is(h, "that") || w.is(h, "which")) {
        start = h;
        h -= 1;
    }
    let not_noun = flag::VERB
        | flag::AUX
        | flag::MODAL
        | flag::BE
        | flag::PRONOUN
        | flag::PREP
        | flag::CONJ
        | flag::SUBORD
        | flag::DET
        | flag::ADVERB
        | flag::RELATIVE
        | flag::NUMBER;
    if h <= sstart || !lower(h) || w.has(h, not_noun) || w.text(h).ends_with("ly") {
        return None;
    }
    // Only a noun for a measure or a sum reads as the head of such a clause
    // (`a move critics say`), not one that names people (`a union official
    // said`) nor the setting of somebody's words (`said in a statement that
    // officials had …`).
    // Nor does any noun after `a` when the subject is a group's bare
    // plural (`a fact critics say colors …`): `a` never opens a plural, so
    // the plural starts a clause of its own.
    let group = h > sstart
        && w.is_any(h - 1, &["a", "an"])
        && w.has(a, flag::GROUP)
        && toks[a].first.is_lowercase()
        && w.text(a).ends_with('s');
    if !group && !MEASURE_NOUNS.iter().any(|x| w.is(h, x)) {
        return None;
    }
    // Up to three words of article and adjectives before the noun, then a
    // comma or a preposition.
    for k in (h.saturating_sub(4).max(sstart)..h).rev() {
        if toks[k].is_punct(',') {
            return Some(start);
        }
        if !lower(k) {
            return None;
        }
        if w.has(k, flag::PREP) {
            return (k + 1 < h).then_some(start);
        }
        if w.has(k, not_noun & !(flag::DET | flag::NUMBER)) {
            return None;
        }
    }
    None
}

/// The roles described in appositives right before or after tokens `a..z`.
fn appositive_roles(b: &Block<'_, '_>, a: usize, z: usize) -> Vec<(Vec<String>, Gender)> {
    let toks = b.toks();
    let mut out = Vec::new();
    let mut take = |from: usize, to: usize| {
        // A relative clause (`whose son is a junior`) describes somebody else.
        let relative = b.word(from) && (b.w.has(from, flag::RELATIVE) || b.w.is(from, "whose"));
        if from < to && !relative {
            if let Some(Mention::Role { words, gender, .. }) = analyze(b.w, from, to).as_deref() {
                out.push((words.clone(), *gender));
            }
        }
    };
    if z < b.n() && toks[z].is_punct(',') {
        let end = (z + 1..b.sent_end[z].min(z + 16)).find(|&j| toks[j].is_punct(',') || toks[j].quote != 0);
        if let Some(end) = end {
            take(z + 1, end);
        }
    }
    if let Some(start) = phrase_before_comma(b, a) {
        take(start, a - 1);
    }
    out
}

/// `The statement`, `the letter`: tokens `a..z` are a definite document
/// that somebody has issued, which may speak in its issuer's place.
/// Gives the document's index in [`DOCUMENTS`].
fn document_np(b: &Block<'_, '_>, a: usize, z: usize) -> Option<usize> {
    if z != a + 2 || !["the", "that", "this"].iter().any(|x| b.w.is(a, x)) || !b.word(a + 1) {
        return None;
    }
    document_word(b.w.text, &b.toks()[a + 1])
}

/// Documents that speak for whoever issued them.
/// (A report or an order issued by somebody speaks for them once the
/// article has said who; with nobody named, it speaks for nobody.)
/// (`… said on Facebook that … . "…," the post said.`: a social-media
/// post is its author's statement.)
pub(crate) const DOCUMENTS: [&str; 10] =
    ["statement", "letter", "note", "memo", "filing", "release", "email", "post", "report", "order"];

/// The index in [`DOCUMENTS`] of the first kind that speaks only for an
/// issuer the article has named (not for whoever spoke last).
const NAMED_ISSUER_ONLY: usize = 8;

/// The index in [`DOCUMENTS`] of word token `t`, up to ASCII case. Asked
/// of every word before most verbs, so a word is ruled out by its length
/// and first letter before it is compared with any entry.
fn document_word(text: &str, t: &Token) -> Option<usize> {
    let word = &text.as_bytes()[t.start..t.end];
    let first = word.first()?.to_ascii_lowercase();
    if !matches!(word.len(), 4..=7 | 9)
        || !matches!(first, b's' | b'l' | b'n' | b'm' | b'f' | b'r' | b'e' | b'o' | b'p')
    {
        return None;
    }
    // (`The Post said`, capitalized, is a newspaper, not a post.)
    if word[0] == b'P' {
        return None;
    }
    DOCUMENTS.iter().position(|x| word.eq_ignore_ascii_case(x.as_bytes()))
}

/// Messages posted or sent, which speak only with their author's voice.
const MESSAGE_NOUNS: &[&str] =
    &["post", "tweet", "message", "statement", "letter", "email", "e-mail", "memo", "note", "report", "video"];

/// Where a message is posted, which says nothing of who wrote it.
const PLATFORMS: &[&str] = &["facebook", "instagram", "tiktok", "whatsapp", "telegram", "online", "social", "media"];

/// `One post`, `a tweet`, `another Facebook message`: tokens `a..z` are
/// a message brought in by an indefinite article or a number, whose
/// author the phrase does not name (`a letter from the union` runs past
/// its head, and `a foreign ministry statement` names its author in a
/// body's or a role's word: neither is this).
fn unsigned_message(b: &Block<'_, '_>, a: usize, z: usize) -> bool {
    z >= a + 2
        && z <= a + 4
        && b.w.is_any(a, &["a", "an", "one", "another"])
        && b.w.is_any(z - 1, MESSAGE_NOUNS)
        && (a + 1..z - 1).all(|k| {
            b.word(k)
                && (b.w.is_any(k, PLATFORMS)
                    || b.toks()[k].first.is_lowercase() && !b.w.has(k, flag::ORG | flag::ROLE | flag::PLACE))
        })
}

/// `told staff in a memo that`, `In the memo, sent on Monday, she wrote`,
/// `said in a joint statement`: the kind of document (index in
/// [`DOCUMENTS`]) that the speaker of verb `c` issued, read from `in` and a
/// document noun in the same sentence, before the verb or just after it.
fn issued_document(b: &Block<'_, '_>, c: &Candidate, sstart: usize) -> Option<usize> {
    let end = b.sent_end[c.at].min(c.at + 10);
    let toks = b.toks();
    let from = sstart + 1;
    // Nearly every sentence has no document noun: the flag read from the
    // lexicon with the word's others rules out each word in one test.
    let flags = b.w.flags.get(from..end).unwrap_or(&[]);
    flags.iter().enumerate().filter(|&(_, &f)| f & flag::ISSUED != 0).find_map(|(k, _)| {
        let j = from + k;
        let t = &toks[j];
        if t.kind != Kind::Word || t.quote != 0 || j == c.at {
            return None;
        }
        let d = document_word(b.w.text, t)?;
        let k = (j.saturating_sub(3).max(sstart)..j).rev().find(|&k| b.word(k) && b.w.is(k, "in"))?;
        (k + 1..j).all(|i| b.word(i) && b.toks()[i].first.is_lowercase()).then_some(d)
    })
}

/// Common irregular past tenses, which a name before them is the subject
/// of (`Mayor Ana Ruiz went further.`, `Committee member Ana Ruiz cast the
/// lone vote against it.`).
const IRREGULAR_PAST: [&str; 36] = [
    "went", "came", "took", "made", "gave", "got", "kept", "sat", "stood", "spoke", "wrote", "saw", "became", "began",
    "led", "sent", "put", "cast", "held", "left", "felt", "lost", "won", "paid", "spent", "met", "brought", "thought",
    "sought", "chose", "fought", "ran", "rose", "grew", "heard", "found",
];

/// `Velstrand said in a statement that it had …`, `Corrib defended its
/// fee`: the first personal pronoun after verb `at`, in its sentence and
/// outside quotations, is `it` or `its`, so a one-word name that reads like
/// a person's is a body's.
fn refers_back_as_it(b: &Block<'_, '_>, at: usize) -> bool {
    const PERSONAL: &[&str] = &["he", "she", "him", "his", "her", "they", "them", "their", "it", "its"];
    let end = b.sent_end[at].min(at + 10);
    // (`Kincaid said the county paid its agency`: a clause with a subject
    // of its own puts another antecedent nearer; an article after a
    // preposition, `in a statement`, does not.)
    let new_subject = |j: usize| {
        (at + 1..j)
            .any(|k| b.word(k) && b.w.is_any(k, &["the", "a", "an"]) && !(b.word(k - 1) && b.w.has(k - 1, flag::PREP)))
    };
    (at + 1..end)
        .take_while(|&j| b.outside(j))
        .find(|&j| b.word(j) && PERSONAL.iter().any(|x| b.w.is(j, x)))
        .is_some_and(|j| (b.w.is(j, "its") || (b.w.is(j, "it") && j > at + 1)) && !new_subject(j))
}

/// `A coalition of clinics, Fair Care Now, said`: the head noun of an
/// indefinite description of a body that opens the sentence and stands in
/// apposition before the name starting at `a`.
fn body_before_name(b: &Block<'_, '_>, a: usize) -> Option<String> {
    let toks = b.toks();
    if a < 3 || !toks[a - 1].is_punct(',') {
        return None;
    }
    let floor = b.sent_start[a];
    if !(b.w.is(floor, "a") || b.w.is(floor, "an")) || a - 1 - floor > 12 {
        return None;
    }
    if (floor..a - 1).any(|j| !b.word(j) || !b.outside(j)) {
        return None;
    }
    match analyze(b.w, floor, a - 1).as_deref() {
        Some(Mention::OrgDesc { head, .. }) => Some(head.clone()),
        Some(Mention::Org { name, .. }) if name.starts_with(char::is_lowercase) => {
            name.split_whitespace().next().map(str::to_string)
        }
        _ => None,
    }
}

/// `Passengers' association FNAUT said`: the lowercase kind noun right
/// before a body's capitalized name inside the phrase `a..z`, by which the
/// article may refer back to it (`the association said`).
fn kind_before_name(b: &Block<'_, '_>, a: usize, z: usize) -> Option<String> {
    let toks = b.toks();
    let k = (a..z).rev().find(|&k| !(b.word(k) && toks[k].first.is_uppercase()))?;
    (k + 1 < z && b.word(k) && toks[k].first.is_lowercase() && b.w.has(k, flag::ORG)).then(|| b.w.lower(k))
}

/// `… a freeze that clinic owners said had squeezed them`, `… a fund the
/// council has said is short`: the subject `a..z` of verb `c` opens a
/// relative clause (after `that`, or right after a lowercase noun with no
/// `that`), only auxiliaries stand between it and the verb, and an
/// auxiliary or a modal follows the verb at once, which then has no
/// subject of its own: the clause's subject is the noun before it.
fn gap_after_verb(b: &Block<'_, '_>, c: &Candidate, a: usize, z: usize) -> bool {
    const NOT_NOUN: u32 = flag::VERB
        | flag::AUX
        | flag::MODAL
        | flag::PREP
        | flag::CONJ
        | flag::SUBORD
        | flag::PRONOUN
        | flag::DET
        | flag::ADVERB
        | flag::RELATIVE
        | flag::NUMBER;
    let toks = b.toks();
    let opens = b.w.is(a - 1, "that")
        || toks[a - 1].first.is_lowercase()
            && !b.w.has(a - 1, NOT_NOUN)
            && b.w.has(a, flag::DET)
            && !b.w.text(a - 1).ends_with("ed");
    opens
        && z <= c.at
        && (z..c.at).all(|j| b.word(j) && b.w.has(j, flag::AUX))
        && b.word(c.end)
        && b.w.has(c.end, flag::AUX | flag::MODAL)
        && !b.w.has(c.end, flag::DET)
}

/// `Retail association Winkelraad Noord said`: a capitalized name right
/// after a lowercase kind noun of bodies is that body's name, though it
/// reads like a person's (a foreign body's name often does). Not when the
/// name carries a title or role (`council Leader Ann Roe`), which makes
/// it a person of that body. Nor when a preposition governs the kind noun
/// (`In a letter to the union Robin Hale said`: an opening phrase with no
/// comma), which then is not part of the subject.
fn kind_named(b: &Block<'_, '_>, a: usize, z: usize) -> bool {
    let toks = b.toks();
    let Some(k) = (a..z).rev().find(|&k| !(b.word(k) && toks[k].first.is_uppercase())) else {
        return false;
    };
    let governed = (a > b.sent_start[a] && b.word(a - 1) && b.w.has(a - 1, flag::PREP | flag::DET))
        || (a..k).any(|j| b.word(j) && b.w.has(j, flag::PREP));
    k + 1 < z
        && !governed
        && b.word(k)
        && toks[k].first.is_lowercase()
        && b.w.is_any(k, BODY_KINDS)
        && !(k + 1..z).any(|j| b.w.has(j, flag::TITLE | flag::ROLE | flag::HONORIFIC))
}

/// Kind nouns that, lowercase right before a capitalized name, say what
/// sort of body it is (`rights group`, `mining company`, `think tank`).
/// Only words that are never a person's job or a paper's name: `economist`
/// (`Citadele economist Ann Roe`), `operator` (`guiding operator Sam Roe`)
/// or `developer` would make a person a body.
const BODY_KINDS: &[&str] = &[
    "association",
    "group",
    "union",
    "company",
    "firm",
    "federation",
    "confederation",
    "alliance",
    "coalition",
    "cooperative",
    "co-operative",
    "co-op",
    "organisation",
    "organization",
    "charity",
    "foundation",
    "society",
    "lobby",
    "network",
    "consortium",
    "party",
    "ngo",
    "tank",
    "watchdog",
    "regulator",
    "manufacturer",
    "lender",
    "insurer",
    "carrier",
    "airline",
];

/// `X, a charity that …` / `X, the charity,`: the kind noun of an
/// appositive right after the phrase ending before `z`.
fn kind_in_apposition(b: &Block<'_, '_>, z: usize) -> Option<String> {
    let toks = b.toks();
    if !(b.punct(z, ',') && b.word(z + 1) && b.w.is_any(z + 1, &["a", "an", "the"])) {
        return None;
    }
    let head = z + 2;
    let ends = toks.get(head + 1).is_some_and(|t| t.is_punct(','))
        || b.word(head + 1) && b.w.is_any(head + 1, &["that", "which", "whose", "for", "of"]);
    (b.word(head) && toks[head].first.is_lowercase() && b.w.has(head, flag::ORG) && ends).then(|| b.w.lower(head))
}

/// The words one of which every disclosure or copyright line that
/// [`page_furniture`] recognises holds (read as [`flag::DISCLOSURE`]).
pub(crate) const DISCLOSURE_WORDS: &[&str] = &["commission", "commissions", "affiliate", "copyright"];

/// Whether a paragraph without quotations is the page's furniture: an
/// affiliate disclosure (`… may earn a commission`, `… has affiliate
/// partnerships`) or a copyright line.
fn page_furniture(b: &Block<'_, '_>) -> bool {
    if !b.quotes.is_empty() {
        return false;
    }
    let toks = b.toks();
    let w = b.w;
    // Every quotation-less paragraph is asked, and nearly none is furniture:
    // a disclosure needs `commission` or `affiliate`, so a first pass that
    // reads only the flag of those words (and looks for the copyright
    // mark) rules most paragraphs out before any word is compared.
    let candidate = toks.iter().enumerate().any(|(i, t)| t.is_punct('©') || w.has(i, flag::DISCLOSURE));
    if !candidate {
        return false;
    }
    let (mut earn, mut commission, mut affiliate, mut links) = (false, false, false, false);
    for (i, t) in toks.iter().enumerate() {
        if t.is_punct('©') || i == 0 && w.is(i, "copyright") {
            return true;
        }
        if t.kind == Kind::Word {
            earn |= w.is_any(i, &["earn", "earns", "receive", "receives"]);
            commission |= w.is_any(i, &["commission", "commissions"]);
            affiliate |= w.is(i, "affiliate");
            links |= w.is_any(i, &["partnerships", "links", "link", "commission", "commissions"]);
        }
    }
    earn && commission || affiliate && links
}

/// Whether the sentence of token `i` ends on a tag of `he` or `she` after
/// a comma (`…, she said.`, `…, he added on Monday.`): its opening words
/// are then what somebody else says, and a name among them is talked
/// about, not the one the pronoun means. (A few tokens from the
/// sentence's end are read.)
fn ends_on_pronoun_tag(b: &Block<'_, '_>, i: usize) -> bool {
    let toks = b.toks();
    let end = b.sent_end[i];
    (end.saturating_sub(7).max(b.sent_start[i] + 2)..end.saturating_sub(1)).any(|k| {
        toks[k - 1].is_punct(',')
            && b.outside(k)
            && b.w.is_any(k, &["he", "she"])
            && b.word(k + 1)
            && b.w.is_any(k + 1, &["said", "says", "added", "adds", "told", "explained", "noted"])
    })
}

/// Whether the name at `from` follows, from its sentence's start, a body's
/// name in the possessive and one to three titles or roles, the first in
/// lower case (`The operator's administrator`, `Harbour Rail's chief
/// executive`, `the union's Algarve coordinator`): the name then opens its
/// clause as its subject.
fn owner_titled(b: &Block<'_, '_>, from: usize) -> bool {
    let toks = b.toks();
    let sstart = b.sent_start[from];
    let mut k = from;
    while k > sstart && from - k < 3 && b.word(k - 1) && b.w.has(k - 1, flag::TITLE | flag::ROLE) {
        k -= 1;
    }
    if k == from || k < sstart + 2 || toks[k - 1].kind != Kind::Possessive || !toks[k].first.is_lowercase() {
        return false;
    }
    let owner = k - 1;
    owner - sstart <= 6
        && !b.w.has(owner - 1, flag::PRONOUN)
        && (sstart..owner).all(|j| {
            b.word(j)
                && (toks[j].first.is_uppercase()
                    || b.w.has(j, flag::DET | flag::ORG)
                    || toks[j].end - toks[j].start <= 3)
        })
}

/// Whether token `j` (right after a name) is a comma that opens a relative
/// clause (`, whose church …`, `, who farms …`) which closes with a comma
/// and a verb, within 30 tokens of its sentence: the name is that verb's
/// subject.
fn relative_clause_then_verb(b: &Block<'_, '_>, j: usize) -> bool {
    let toks = b.toks();
    let n = b.n();
    // (`Student nurse Ana Ruiz, 23, who works late shifts, was less
    // keen.`: an age set off by commas before the clause.)
    let j = if j + 3 < n
        && toks[j].is_punct(',')
        && b.word(j + 1)
        && toks[j + 1].first.is_ascii_digit()
        && b.w.text(j + 1).len() <= 3
        && toks[j + 2].is_punct(',')
    {
        j + 2
    } else {
        j
    };
    if j + 1 >= n || !toks[j].is_punct(',') || !(b.w.is(j + 1, "who") || b.w.is(j + 1, "whose")) {
        return false;
    }
    let send = b.sent_end[j].min(j + 30);
    let Some(close) = (j + 2..send).find(|&k| toks[k].is_punct(',') || toks[k].quote != 0) else { return false };
    // (`…, who represents the area, voted against it`: a regular or
    // irregular past that the lexicon does not list is a verb here too, as
    // it is right after a name.)
    close + 1 < send
        && toks[close].is_punct(',')
        && b.word(close + 1)
        && toks[close + 1].first.is_lowercase()
        && (b.w.has(close + 1, flag::AUX | flag::VERB | flag::MODAL) || {
            let t = b.w.text(close + 1);
            t.ends_with("ed") || IRREGULAR_PAST.contains(&t)
        })
}

/// Adjectives that rank a noun (`their top ask`, `the main demand`) and
/// never stand for a noun phrase themselves (`major` and `principal` do:
/// `the principal said`).
const RANKING: &[&str] = &["top", "main", "key", "big", "biggest", "central", "final", "primary", "core"];

/// The words of the labels that online outlets put before a link to
/// another of their stories (`Read more:`, `RELATED:`, `Also read:`,
/// `Watch:`, `Don't miss:`, `Read next:`).
const LINK_LABEL_WORDS: &[&str] = &[
    "read",
    "more",
    "related",
    "also",
    "see",
    "watch",
    "listen",
    "story",
    "stories",
    "coverage",
    "latest",
    "next",
    "don't",
    "don\u{2019}t",
    "miss",
];

/// Whether a paragraph is a link to another story: one to three label
/// words (at least one of `read`, `related`, `watch`, `listen`, `more`,
/// `see`, `miss`), a colon, and a headline. The label is the outlets' own and
/// never a speaker's (`Reuters reports:` and `She said:` hold no label
/// word), so the headline after it reports nobody in this story.
fn story_link(b: &Block<'_, '_>) -> bool {
    let toks = b.toks();
    let w = b.w;
    // (`Also Read | …`: some outlets put a bar where others put the colon.)
    let Some(colon) = toks.iter().take(8).position(|t| t.is_punct(':') || t.is_punct('|')) else { return false };
    // (`Read more in Daily Maverick: …`: the outlet's name after the label.)
    let label_end = (0..colon).find(|&i| !w.is_any(i, LINK_LABEL_WORDS)).unwrap_or(colon);
    let outlet = label_end < colon
        && w.is_any(label_end, &["in", "on", "from", "at"])
        && (label_end + 1..colon).all(|i| toks[i].is_cap())
        && label_end + 1 < colon;
    colon >= 1
        && colon + 1 < toks.len()
        && (label_end == colon && colon < 4 || outlet)
        && (0..label_end).all(|i| toks[i].quote == 0 && w.is_any(i, LINK_LABEL_WORDS))
        && (0..colon).any(|i| w.is_any(i, &["read", "more", "related", "watch", "listen", "see", "miss"]))
        && !(colon == 1 && w.is_any(0, &["also", "story", "stories", "coverage", "latest"]))
}

/// Nouns that describe a business or a body by what it is, never a person.
const COMPANY_HEADS: [&str; 12] = [
    "company",
    "firm",
    "startup",
    "start-up",
    "platform",
    "business",
    "manufacturer",
    "retailer",
    "subsidiary",
    "charity",
    "organisation",
    "organization",
];

/// Whether an appositive right before or after tokens `a..z` is an
/// institution's description (`the company supplying the seeds`, `a unit
/// of Acme`), not an official's (`the company's founder`).
fn appositive_institution(b: &Block<'_, '_>, a: usize, z: usize) -> bool {
    let toks = b.toks();
    let w = b.w;
    let describes = |from: usize, to: usize| {
        from + 1 < to
            && b.word(from)
            && w.has(from, flag::DET)
            && b.word(from + 1)
            && COMPANY_HEADS.iter().any(|h| w.is(from + 1, h))
            && toks.get(from + 2).is_none_or(|t| {
                t.kind != Kind::Possessive && !(t.kind == Kind::Word && w.has(from + 2, flag::ROLE | flag::ORG))
            })
    };
    if z < b.n() && toks[z].is_punct(',') && describes(z + 1, (z + 4).min(b.n())) {
        return true;
    }
    // `Halden Oxon, the independent patients' watchdog, said`: an
    // appositive whose last word, before its closing comma, is a kind of
    // body, after a few lowercase modifiers (`Ana Ruiz, the panel's
    // chair,` ends in a person's role; `the head of the panel` has `of`).
    let kind_of_body = |from: usize| {
        let end = (from + 1..(from + 6).min(b.n())).find(|&j| toks[j].is_punct(','))?;
        let words = from + 1..end;
        (b.word(from)
            && w.has(from, flag::DET)
            && !words.is_empty()
            && words.clone().all(|j| {
                // (A plural owner's mark among them: `patients' watchdog`.)
                toks[j].kind == Kind::Possessive && j > from + 1
                    || b.word(j) && toks[j].first.is_lowercase() && !w.has(j, flag::PREP | flag::ROLE | flag::TITLE)
            })
            && b.word(end - 1)
            && (w.has(end - 1, flag::ORG) || COMPANY_HEADS.iter().any(|h| w.is(end - 1, h))))
        .then_some(())
    };
    if z < b.n() && toks[z].is_punct(',') && z + 1 < b.n() && kind_of_body(z + 1).is_some() {
        return true;
    }
    phrase_before_comma(b, a).is_some_and(|start| describes(start, a - 1))
}

/// The start of a phrase of at most twelve tokens that ends in a comma
/// right before token `a`, from the sentence's start or the comma before
/// (`The minister, Ana Ruiz, said`: `The minister`, for `Ana`).
/// Only a comma of `a`'s own sentence: a name that opens a sentence has
/// the previous sentence's comma before it, and nothing of that sentence
/// describes it (the fuzzer found the subtraction past the start).
fn phrase_before_comma(b: &Block<'_, '_>, a: usize) -> Option<usize> {
    let floor = b.sent_start[a];
    if a < 2 || floor >= a || !b.toks()[a - 1].is_punct(',') {
        return None;
    }
    let toks = b.toks();
    let start = (floor..a - 1).rev().find(|&j| toks[j].is_punct(',')).map_or(floor, |j| j + 1);
    (a - 1 - start <= 12).then_some(start)
}

/// Whether `who` at `k` describes an unnamed person or source (`A person
/// who has reviewed the contract`): the clause then says who speaks, and
/// is read with the noun.
fn source_who(b: &Block<'_, '_>, k: usize) -> bool {
    b.w.is(k, "who") && k > 0 && b.word(k - 1) && b.w.lower_is_any(k - 1, &["person", "source"])
}

/// `X, who/whose/which …` before position `p`: the subject is X.
fn relative_subject(b: &Block<'_, '_>, p: usize, sstart: usize) -> Option<Subject> {
    let w = b.w;
    let toks = b.toks();
    let r = (sstart + 1..p).rev().take(40).find(|&k| {
        b.word(k)
            && b.outside(k)
            && ((w.has(k, flag::RELATIVE) || w.is(k, "whose")) && toks[k - 1].is_punct(',')
                // `two members who supported the bill said`
                || w.is(k, "who") && b.word(k - 1))
    })?;
    let np_end = if toks[r - 1].is_punct(',') { r - 1 } else { r };
    if np_end <= sstart {
        return None;
    }
    // `A person who has reviewed the contract, who was not authorized to
    // discuss it, said`: an unnamed source is described by its first
    // clause, which is read with the noun.
    let source = (sstart + 1..r + 1).find(|&k| b.word(k) && b.outside(k) && source_who(b, k));
    if let Some(s) = source {
        let end = (s + 1..=p).find(|&k| toks[k].is_punct(',')).unwrap_or(p + 1);
        if let Some(a) = read_np_left(b, s - 1, sstart).filter(|&a| analyze(w, a, end).is_some()) {
            return Some(Subject::Left(a, end));
        }
    }
    let a = read_np_left(b, np_end - 1, sstart)?;
    analyze(w, a, np_end)?;
    Some(Subject::Left(a, np_end))
}

/// Decides which quotations are direct (whole utterances) rather than words
/// embedded in a sentence (partial quotes, titles, scare quotes).
fn classify_quotes(b: &mut Block<'_, '_>, cands: &[Candidate]) {
    let toks = b.toks();
    for q in 0..b.quotes.len() {
        let open = b.qopen[q];
        if open == usize::MAX {
            continue;
        }
        if b.quotes[q].continued {
            b.direct[q] = true;
            continue;
        }
        let first_inner = if toks[open].kind == Kind::Open { open + 1 } else { open };
        let starts_upper =
            toks.get(first_inner).is_some_and(|t| t.first.is_uppercase() || t.first.is_ascii_digit() || t.first == '…');
        let direct = if open == 0 {
            true
        } else {
            let p = open - 1;
            let pt = &toks[p];
            // Right after another quotation (one that ran on, or closed), at
            // a sentence's start, or after a colon: a whole utterance.
            let opens_sentence = (pt.quote != 0 && pt.kind != Kind::Close)
                || pt.kind == Kind::Close
                || pt.sentence != toks[open].sentence
                || pt.is_punct(':')
                || pt.is_punct('.')
                || pt.is_punct('?')
                || pt.is_punct('!');
            if opens_sentence {
                true
            } else if pt.is_punct(',') || pt.is_punct('—') {
                // `said, "…"`, `saying, "…"`; and the second half of a quotation
                // split by its tag: `"For once," Osei said, "the governor and I …"`.
                let tag = cands[in_range(cands, p.saturating_sub(5), p)].iter().find(|c| c.end == p || c.at + 1 == p);
                let split = tag.is_some_and(|c| {
                    q > 0
                        && b.qclose[q - 1] < c.at
                        && c.at - b.qclose[q - 1] <= 8
                        && toks[b.qclose[q - 1]].kind == Kind::Close
                });
                // `According to her, “Government has shown good faith. …”`:
                // the source's phrase (a few words) stands between the tag
                // and the comma; a whole quotation after it is the source's.
                let source = tag.is_none()
                    && cands[in_range(cands, p.saturating_sub(8), p)].iter().any(|c| {
                        c.lemma == "according to" && c.end < p && p - c.end <= 6 && (c.end..p).all(|j| b.word(j))
                    });
                p > 0 && (tag.is_some() && (starts_upper || split) || source && (starts_upper || sentence_like(b, q)))
            } else {
                // `said "We are done."`: a whole sentence right after the verb.
                cands[in_range(cands, open.saturating_sub(5), open)]
                    .iter()
                    .any(|c| c.end == open && c.class != VerbClass::Stance)
                    && starts_upper
                    && sentence_like(b, q)
            }
        };
        b.direct[q] = direct;
    }
}

/// Whether a quotation's words look like a sentence of their own.
fn sentence_like(b: &Block<'_, '_>, q: usize) -> bool {
    let s = b.quotes[q].inner().slice(b.w.text);
    s.split_whitespace().count() >= 4 && s.trim_end().ends_with(['.', '!', '?', ','])
}

/// Ties each direct quotation to the verb right after or right before it.
fn tie_quotes(b: &Block<'_, '_>, cands: &mut [Candidate]) {
    let toks = b.toks();
    let w = b.w;
    for q in 0..b.quotes.len() {
        if !b.direct[q] || b.qopen[q] == usize::MAX {
            continue;
        }
        let close = b.qclose[q];
        let inner = b.quotes[q].inner().slice(w.text).trim_end();
        // After: `“…,” Ruiz said`, `“…,” said Ruiz`, `“…?” he asked.`
        let k = close + 1;
        let mut tied = false;
        if b.quotes[q].closed && k < b.n() && b.outside(k) {
            let same = toks[k].sentence == toks[close].sentence || inner.ends_with(['?', '!']) || inner.ends_with(',');
            if same {
                // Verb first.
                let at_k = in_range(cands, k, k + 1);
                if let Some(c) = cands[at_k].iter_mut().find(|c| c.at == k && !c.asked) {
                    if matches!(c.subject, Some(Subject::Right(..))) {
                        c.quotes.push(q);
                        tied = true;
                    }
                }
                // A verb later in the sentence whose subject stands wholly
                // between the quotation and it: `“…,” Chile's ambassador to
                // the talks, Carolina Reyes, told delegates`.
                if !tied {
                    let send = b.sent_end[k];
                    let range = in_range(cands, k + 1, send.min(k + 40));
                    let later = cands[range].iter_mut().filter(|c| !c.asked).find(|c| {
                        matches!(c.subject, Some(Subject::Left(a, _)) if a >= k)
                            && (k..c.at).all(|x| toks[x].quote == 0)
                    });
                    if let Some(c) = later {
                        c.quotes.push(q);
                        tied = true;
                    }
                }
                if !tied {
                    if let Some(e) = read_np_right(b, k, b.n()) {
                        let mut v = e;
                        while v < b.n() && b.word(v) && w.has(v, flag::ADVERB | flag::AUX) && !w.has(v, flag::VERB) {
                            v += 1;
                        }
                        // `“…,” Dr. Ana Ruiz, an oncologist who led the study, said`:
                        // the verb may follow an appositive.
                        if v < b.n() && toks[v].is_punct(',') && analyze(w, k, e).is_some() {
                            let send = b.sent_end[v];
                            let range = in_range(cands, v + 1, send.min(v + 40));
                            let next = cands[range.clone()].iter().position(|c| !c.asked).map(|i| i + range.start);
                            if let Some(ci) = next {
                                let mut j = cands[ci].at;
                                while j > v && b.word(j - 1) && w.has(j - 1, flag::ADVERB | flag::AUX) {
                                    j -= 1;
                                }
                                if toks[j - 1].is_punct(',') && (v..j).all(|x| toks[x].quote == 0) {
                                    v = cands[ci].at;
                                }
                            }
                        }
                        let at_v = in_range(cands, v, v + 1);
                        if let Some(c) = cands[at_v].iter_mut().find(|c| c.at == v && !c.asked) {
                            if analyze(w, k, e).is_some() {
                                c.subject = Some(Subject::Left(k, e));
                                c.quotes.push(q);
                                tied = true;
                            }
                        }
                    }
                }
            }
        }
        if tied {
            continue;
        }
        // Before: `Novak replied: “…”`, `…, saying: “…”`, `said, "…"`.
        let open = b.qopen[q];
        if open == 0 || b.quotes[q].continued {
            continue;
        }
        let p = open - 1;
        let sentence = toks[open].sentence;
        let intro =
            toks[p].is_punct(':') || toks[p].is_punct(',') || toks[p].is_punct('—') || toks[p].kind == Kind::Word;
        if !intro || toks[p].quote != 0 {
            continue;
        }
        let floor = b.sent_start[p];
        let _ = sentence;
        let range = in_range(cands, floor.max(p.saturating_sub(12)), p + 1);
        let nearest = cands[range]
            .iter_mut()
            .filter(|c| !c.asked && c.at >= floor && c.at <= p && p - c.at <= 12)
            .filter(|c| !(c.at + 1..p).any(|j| toks[j].kind == Kind::Close))
            .max_by_key(|c| c.at);
        if let Some(c) = nearest {
            c.quotes.push(q);
        }
    }
}

/// The `Asked if …,` clauses that frame an answer, by sentence start.
fn question_spans(b: &Block<'_, '_>, cands: &[Candidate]) -> Vec<(usize, Span)> {
    let toks = b.toks();
    cands
        .iter()
        .filter(|c| c.asked)
        .filter_map(|c| {
            let send = b.sent_end[c.at];
            // The question ends at the first comma outside quotation marks, or
            // at a quotation that ends in one: `Asked whether it was “dead,” …`.
            let end = (c.at + 1..send).find_map(|j| {
                if toks[j].is_punct(',') && b.outside(j) {
                    Some(j - 1)
                } else if toks[j].kind == Kind::Close
                    && b.quotes[toks[j].quote as usize - 1].inner().slice(b.w.text).trim_end().ends_with(',')
                {
                    Some(j)
                } else {
                    None
                }
            })?;
            Some((b.sent_start[c.at], Span::new(toks[c.at].start, toks[end].end)))
        })
        .collect()
}

/// Whether tokens `from..to` are only adjuncts (`Sunday on ABC`, `in a
/// statement`, `to reporters`): no clause of their own.
fn adjunct_only(b: &Block<'_, '_>, from: usize, to: usize) -> bool {
    let w = b.w;
    if to.saturating_sub(from) > 14 {
        return false;
    }
    (from..to).all(|k| {
        let t = &b.toks()[k];
        match t.kind {
            Kind::Word if t.quote == 0 => {
                // `to reduce sentences` is a clause; `to reporters` is not.
                // A plural noun after `to` is a listener (`to mayors`).
                let infinitive = w.is(k, "to")
                    && b.word(k + 1)
                    && !b.toks()[k + 1].first.is_uppercase()
                    && !w.has(k + 1, flag::DET | flag::NUMBER | flag::GROUP | flag::ROLE)
                    && (!w.text(k + 1).ends_with('s') || w.text(k + 1).ends_with("ss"));
                !(infinitive
                    || w.has(k, flag::AUX | flag::MODAL | flag::RELATIVE)
                    || pronoun_contraction(w.text(k))
                    || w.is(k, "that")
                    || (w.has(k, flag::VERB) && !w.has(k, flag::ROLE | flag::GROUP) && !t.first.is_uppercase()))
            }
            Kind::Open | Kind::Close | Kind::Word => t.quote == 0 || !b.direct[t.quote as usize - 1],
            _ => !t.is_punct(':'),
        }
    })
}

/// A subject pronoun with its auxiliary in one word (`she'd`, `they're`,
/// `we've`, `I'll`): it opens a clause, so the words after a listener
/// that start with one are what was told (`told the chamber she'd heard
/// …`), not an adjunct.
fn pronoun_contraction(word: &str) -> bool {
    // (This runs on every word of the adjuncts after a verb of saying. A
    // match is a pronoun of 1 to 4 bytes, an apostrophe of 1 or 3 and a
    // tail of 1 or 2, so other lengths are never one; nor is a word with
    // neither a straight apostrophe nor the lead byte of a curly one. The
    // bytes are looked at first: the split below searches for two
    // characters, decoding each.)
    if !(3..=9).contains(&word.len()) || !word.bytes().any(|c| c == b'\'' || c == 0xE2) {
        return false;
    }
    let Some((stem, tail)) = word.split_once(['\'', '\u{2019}']) else {
        return false;
    };
    ["i", "you", "he", "she", "it", "we", "they"].iter().any(|p| stem.eq_ignore_ascii_case(p))
        && ["d", "s", "re", "ve", "ll", "m"].iter().any(|t| tail.eq_ignore_ascii_case(t))
}

/// The reported words of a verb that is not only a quotation's tag: the
/// clause after it, or the sentence around it for `…, Ruiz said, …` and
/// `…, she said.` Returns the span, its kind and the token where it ends.
fn reported_span(b: &Block<'_, '_>, c: &Candidate, cands: &[Candidate]) -> Option<(Span, UtteranceKind, usize)> {
    let toks = b.toks();
    let w = b.w;
    let sstart = b.sent_start[c.at];
    let send = b.sent_end[c.at];
    let (subj_a, subj_z) = match c.subject {
        Some(Subject::Left(a, z)) | Some(Subject::Right(a, z)) => (a, z),
        _ => (c.at, c.at),
    };
    // Where the verb phrase (and an inverted subject) ends.
    let after = match c.subject {
        Some(Subject::Right(_, z)) => z,
        _ => c.end,
    };
    // `Ruiz declined to comment through her lawyer` (or `beyond the
    // filing`, `when reached`, `, citing the talks`): a refusal says
    // nothing, and the channel, limit or reason after it is the narrator's.
    // Only what was held back, `declined to comment on the vote` or
    // `further`, is counted as its words (every labelled set does).
    if c.lemma.starts_with("decline")
        && !(after < b.sent_end[c.at]
            && b.word(after)
            && w.is_any(after, &["on", "about", "upon", "regarding", "further"]))
    {
        return None;
    }
    // Skip the adjuncts after the verb to see what follows.
    let mut k = after;
    while k < send
        && !(toks[k].is_punct(',') || toks[k].is_punct('.') || toks[k].is_punct(';'))
        && toks[k].quote == 0
        && adjunct_only(b, k, k + 1)
        && !(b.word(k) && w.is(k, "that"))
    {
        k += 1;
    }
    // An object right after the verb is its content (`announced the launch`);
    // only a preposition, a time or a listener may follow the words it tags.
    let listener = c.listener;
    let opens_adjunct = after >= k
        || toks[after].kind == Kind::Punct
        || b.word(after) && (w.has(after, flag::PREP | flag::ADVERB) || listener || toks[after].first.is_uppercase());
    // (`adjunct_only` tests each token alone, and the loop above has found
    // every token of `after..k` an adjunct: of the range, only its length
    // is left to ask.)
    let tail_is_adjunct = opens_adjunct && k - after <= 14;
    let first_after = subj_a.min(c.at);
    let quote_tag = !c.quotes.is_empty();
    // `…, said the people, who spoke on condition of anonymity.`: a relative
    // clause about an inverted subject ends the sentence as well as nothing.
    let rel_tail = matches!(c.subject, Some(Subject::Right(..)))
        && k + 1 < send
        && toks[k].is_punct(',')
        && b.word(k + 1)
        && w.has(k + 1, flag::RELATIVE);
    // `…, a spokesperson said on Monday, adding that …`: the participle
    // reports words of its own.
    let participle_tail = k + 1 < send
        && toks[k].is_punct(',')
        && b.word(k + 1)
        && w.text(k + 1).ends_with("ing")
        && !in_range(cands, k + 1, k + 2).is_empty();
    // `Northgate has agreed to buy Copperline, the companies said on
    // Monday, creating the second-largest brewer.`: a participle of no
    // saying after the tag is the writer's gloss, and the tag still ends
    // the words it reports (not a parenthetical inside them).
    let gloss_tail = k + 1 < send
        && toks[k].is_punct(',')
        && b.word(k + 1)
        && toks[k + 1].first.is_lowercase()
        && w.text(k + 1).ends_with("ing")
        && !w.has(k + 1, flag::PREP)
        && !w.is_any(k + 1, &["including", "according", "during", "following", "regarding", "concerning", "citing"]);
    // (A colon after the tag opens the words it introduces, `In a
    // statement, the council said:` before a quoted paragraph: the words
    // before the subject are an opening phrase, not what was said.)
    let rest_empty = rel_tail
        || participle_tail
        || gloss_tail
        || (k..send).all(|j| toks[j].kind == Kind::Punct && !matches!(toks[j].first, '(' | '[' | ':'));
    // Words of a partial quotation count: `China would “not accept …,”`.
    // (Counting stops at the third: the words before a verb may be a
    // whole long sentence.)
    let before_has_words = (sstart..first_after)
        .filter(|&j| b.word(j) && (b.outside(j) || !b.direct[toks[j].quote as usize - 1]))
        .nth(2)
        .is_some();
    let before_direct = !b.quotes.is_empty()
        && (sstart..first_after).any(|j| toks[j].quote != 0 && b.direct[toks[j].quote as usize - 1]);

    // Only verbs of saying stand after or inside the words they report;
    // `welcomed the deal` has its object after it.
    let explicit = matches!(c.subject, Some(Subject::Left(..)) | Some(Subject::Right(..)))
        && c.class != VerbClass::Stance
        && !(b.word(after) && w.is(after, "that"));
    // `…, she said.` / `… as scheduled he insisted.` / `…, the Times reports.`
    // Not `… after the council promised two ferries by 2027.` nor `Drivers
    // agree, but critics warn of delays`: a subject right after a
    // subordinator, a preposition or a conjunction opens a clause of its
    // own, and the clause before it is somebody else's. (`…, as the
    // minister said.` does comment on the clause before.)
    let subordinate = first_after > sstart
        && b.word(first_after - 1)
        && w.has(first_after - 1, flag::SUBORD | flag::PREP | flag::CONJ)
        && !w.is(first_after - 1, "as");
    // A partial quotation before the tag is part of the words it reports:
    // `China would “not accept rules …,” a spokesperson said, adding …`.
    let tags_words = !quote_tag || participle_tail && c.quotes.iter().all(|&q| !b.direct[q]);
    if explicit && tail_is_adjunct && rest_empty && before_has_words && !before_direct && tags_words && !subordinate {
        let end_tok = first_after;
        let span = Span::new(toks[sstart].start, trim_back(w.text, toks[sstart].start, toks[end_tok].start));
        return kind_of(b, sstart, end_tok).map(|kind| (span, kind, if participle_tail { k } else { send }));
    }
    // `The new bridge, the mayor said later, would …` / `As a result, says the committee, the …`
    // A parenthetical tag: `The bridge, the mayor said on Friday, would …`,
    // `As a result, says the committee, the …`. With the subject first, the
    // words before the tag must be a fragment of the sentence, not an
    // opening phrase (`In London, Pryce said …`).
    let inverted = matches!(c.subject, Some(Subject::Right(..)));
    let opener = b.word(sstart) && w.has(sstart, flag::PREP | flag::SUBORD);
    let mid = explicit
        && first_after > sstart
        && toks[first_after - 1].is_punct(',')
        && k < send
        && toks[k].is_punct(',')
        && k - after <= 6
        && tail_is_adjunct
        && k + 2 < send
        && !rel_tail
        && (inverted || !opener);
    if mid && !quote_tag && !before_direct {
        let last = last_content(b, sstart, send)?;
        let span = Span::new(toks[sstart].start, toks[last].end);
        return kind_of(b, sstart, send).map(|kind| (span, kind, send));
    }
    if c.lemma == "according to" {
        // `According to X, …` or `…, according to X.`
        if first_after == sstart || c.at == sstart {
            let mut from = (subj_z..send).find(|&j| toks[j].is_punct(',')).map_or(subj_z, |j| j + 1);
            // `According to Ana Ruiz, the council chairman, the plan is
            // sound.`: a description of the named source, set off by
            // commas right after the name, is the source's, not the words.
            if from == subj_z + 1 && matches!(analyze(w, subj_a, subj_z).as_deref(), Some(Mention::Person { .. })) {
                let comma = (from..send.min(from + 8)).find(|&j| !b.word(j) || !b.outside(j));
                if let Some(e) = comma.filter(|&e| {
                    e > from
                        && e + 2 < send
                        && toks[e].is_punct(',')
                        && toks[from].first.is_lowercase()
                        && matches!(analyze(w, from, e).as_deref(), Some(Mention::Role { .. }))
                }) {
                    from = e + 1;
                }
            }
            // `According to the Coast Ledger, Ana Ruiz said …`: the clause
            // after the comma has a reporting verb of its own whose subject
            // opens it; the outlet only relayed those words, and the verb's
            // subject says them.
            // A person or a pronoun as the source (`According to him,
            // landlords had told …`) reports what others said, and so does
            // any source of words whose subject is a group (`According to
            // the ministry, employees have said …`): only a named person
            // after an outlet speaks for themself.
            if c.at == sstart
                && !matches!(
                    analyze(w, subj_a, subj_z).as_deref(),
                    Some(Mention::Person { .. } | Mention::Pronoun { .. })
                )
                // (Only the clause's own verbs, found by binary search: a
                // scan of the block's every verb for every `According to`
                // made a block of many such sentences quadratic.)
                && cands[in_range(cands, from + 1, send)].iter().any(|d| {
                    d.lemma != "according to"
                        && d.class == VerbClass::Speech
                        && matches!(d.subject, Some(Subject::Left(a, z))
                            if a >= from && matches!(analyze(w, a, z).as_deref(), Some(Mention::Person { .. })))
                })
            {
                return None;
            }
            // (`According to her, “…”`: the whole quotation after the comma
            // is hers, as a direct utterance.)
            if quote_tag && toks.get(from).is_some_and(|t| t.quote != 0 && b.direct[t.quote as usize - 1]) {
                return None;
            }
            let last = last_content(b, from, send)?;
            return kind_of(b, from, last + 1).map(|kind| (Span::new(toks[from].start, toks[last].end), kind, send));
        }
        let end = trim_back(w.text, toks[sstart].start, toks[c.at].start);
        return kind_of(b, sstart, c.at).map(|kind| (Span::new(toks[sstart].start, end), kind, send));
    }
    // The clause after the verb, up to a direct quotation, or to a new
    // clause with a subject of its own; without the time, place and
    // listener that may come first (`said on Wednesday …`, `told the
    // Guardian that …`).
    // `…, said one, a night porter who asked not to be named.`: a `who`
    // right after an inverted subject is about the subject, not words it
    // reports.
    if inverted && after < send && b.word(after) && w.is_any(after, &["who", "whose"]) {
        return None;
    }
    let mut from = skip_lead_adjuncts(b, c, after, send);
    // `was quoted as saying by the Clarion that …`: the outlet that quoted
    // is no part of the words, which begin at `that`.
    if quoted_as(b, c.at) && from < send && b.word(from) && w.is(from, "by") {
        if let Some(t) =
            (from + 1..send.min(from + 7)).take_while(|&j| b.word(j) && b.outside(j)).find(|&j| w.is(j, "that"))
        {
            from = t;
        }
    }
    // `NetChoice, a trade group, also raised concerns.`: a verb whose noun
    // says what was voiced, with nothing after it, reports that much (the
    // verb phrase itself).
    let voiced = c.lemma.contains(' ')
        && !c.lemma.starts_with("decline")
        && !quote_tag
        && matches!(c.subject, Some(Subject::Left(..)))
        && (from..send).all(|j| toks[j].kind == Kind::Punct && !matches!(toks[j].first, '(' | '[' | ':'));
    if voiced {
        let span = Span::new(toks[c.at].start, toks[c.end - 1].end);
        return kind_of(b, c.at, c.end).map(|kind| (span, kind, send));
    }
    if from >= send {
        return None;
    }
    // `“…,” Ruiz said, claiming …`: the clause after the tag is the
    // participle's own.
    if quote_tag && toks[from].is_punct(',') {
        return None;
    }
    // So after its listener: `“…,” a trader told Reuters, speaking on
    // condition of anonymity because he was not authorised …`, `told the
    // Post on Monday, asking not to be named`. A short listener (and time)
    // then a comma ends what the tag reports.
    if quote_tag && listener {
        let comma = (from..send.min(from + 6)).find(|&j| toks[j].kind == Kind::Punct);
        if comma.is_some_and(|j| {
            j > from && toks[j].is_punct(',') && (from..j).all(|i| b.word(i) && toks[i].quote == 0 && !w.is(i, "that"))
        }) {
            return None;
        }
    }
    let mut to = send;
    // `Ruth Ashby, who has pushed for the plant for two years, called …`: a
    // verb in an aside reports only up to the aside's end.
    let mut v = c.at;
    while v > sstart && b.word(v - 1) && w.has(v - 1, flag::ADVERB | flag::AUX) {
        v -= 1;
    }
    // So does one further inside the aside: `Carla Diaz, who will vote on
    // it if the board recommends it, said …`.
    let in_aside = (sstart + 1..v)
        .rev()
        .take(20)
        .take_while(|&j| !toks[j].is_punct(','))
        .any(|j| b.word(j) && b.outside(j) && w.has(j, flag::RELATIVE) && toks[j - 1].is_punct(','));
    if in_aside {
        if let Some(comma) = (from..send).find(|&j| toks[j].is_punct(',') && toks[j].quote == 0) {
            to = comma;
        }
    }
    // (A block without quotations has no quotation mark to stop at.)
    let marks = if b.quotes.is_empty() { 0 } else { to };
    for (j, t) in toks.iter().enumerate().take(marks).skip(from) {
        if t.kind == Kind::Open && t.quote != 0 && b.direct[t.quote as usize - 1] {
            to = j;
            // `…, saying: “…”`: the participle introducing the quotation
            // is not part of the clause before it.
            if let Some(intro) =
                cands[in_range(cands, from + 1, j)].iter().find(|o| o.quotes.contains(&(toks[j].quote as usize - 1)))
            {
                to = intro.at;
            }
            break;
        }
    }
    // `a move it says will free up spaces – but which locals call a tax`,
    // `a deal union leaders say is the best they could get — and some
    // members say falls short`: a dash, a conjunction and then a clause
    // about somebody else (a relative pronoun, or another verb of saying)
    // hand the sentence back to the writer; the words reported end at the
    // dash. (`— though not in the way they propose` and `— and that the
    // mayor said so too` stay the speaker's.)
    if let Some(dash) = (from..to).find(|&j| {
        toks[j].kind == Kind::Punct
            && matches!(toks[j].first, '—' | '–')
            && toks[j].quote == 0
            && j + 2 < to
            && b.word(j + 1)
            && w.is_any(j + 1, &["but", "and", "yet"])
            && b.word(j + 2)
            && (w.is_any(j + 2, &["which", "who", "whom"])
                || !w.is(j + 2, "that")
                    && cands[in_range(cands, j + 2, to)].iter().any(|o| o.class != VerbClass::Stance))
    }) {
        to = dash;
    }
    let _ = subj_z;
    let last = last_content(b, from, to)?;
    // (Only none, one or more matter: counting stops at two.)
    let content_words = (from..=last).filter(|&j| b.word(j)).take(2).count();
    if content_words < 2 && !(content_words == 1 && c.class == VerbClass::Stance) {
        return None;
    }
    // A tag whose only words are adjuncts before a colon reports nothing
    // itself; nor does a verb of saying followed only by adjuncts
    // (`explained from a podium`).
    // `about` names what was said or feared (`worried about rising rents`,
    // `complained about the noise`): content, not a setting.
    let opens_with_preposition = b.word(from)
        && w.has(from, flag::PREP)
        && toks[from].first.is_lowercase()
        && !c.lemma.contains(' ')
        && !w.is(from, "about");
    // Nor does a tag whose words are only a listener, and perhaps a time,
    // before a colon (`told the chamber:`, `told reporters on Monday:`):
    // what was said follows the colon. (Only a few words: the adjunct test
    // knows no verb outside its lists, and `says the town needs more homes,
    // not fewer:` is a clause.)
    let colon_after = listener
        && last + 1 - from <= 6
        && to == send
        && send > 0
        && toks[send - 1].is_punct(':')
        && toks[send - 1].quote == 0;
    if (quote_tag || colon_after || c.class != VerbClass::Stance && opens_with_preposition)
        && adjunct_only(b, from, last + 1)
    {
        return None;
    }
    // After a quotation's tag, only a clause of its own is more words:
    // `“…,” she said, adding that …`, not `said the minister in a speech
    // later that evening`.
    let clause = (from..=last).any(|j| {
        b.word(j)
            && toks[j].quote == 0
            && (w.is(j, "that") && !w.has(j + 1, flag::ADVERB) || w.has(j, flag::AUX | flag::MODAL))
    });
    if quote_tag && !clause {
        return None;
    }
    let span = Span::new(toks[from].start, toks[last].end);
    kind_of(b, from, last + 1).map(|kind| (span, kind, to))
}

/// Common nouns for a news outlet or its people, who may be told things
/// (`told this newspaper`, `told the programme`).
const MEDIA_NOUNS: &[&str] = &[
    "newspaper",
    "paper",
    "website",
    "publication",
    "station",
    "programme",
    "program",
    "newsroom",
    "reporter",
    "correspondent",
    "broadcaster",
    "outlet",
];

/// Skips what may stand between a reporting verb and its words: time
/// phrases (`on Wednesday`, `last week`), the setting (`in a statement`,
/// `at a news conference`), and the listener of `told` and its kin when
/// `that` follows (`told the Guardian that`). Returns the first token of
/// the words.
fn skip_lead_adjuncts(b: &Block<'_, '_>, c: &Candidate, from: usize, send: usize) -> usize {
    const SETTINGS: &[&str] = &[
        "statement",
        "note",
        "release",
        "newsletter",
        "interview",
        "speech",
        "letter",
        "email",
        "post",
        "video",
        "briefing",
        "conference",
        "hearing",
        "meeting",
        "rally",
        "call",
        "podcast",
        "broadcast",
        "message",
        "tweet",
        "report",
        "filing",
        "blog",
        // `on its website`, `on his Facebook page`, `on her X account`,
        // `on its Telegram channel`: where the words were posted.
        "website",
        "page",
        "account",
        "channel",
    ];
    let w = b.w;
    let toks = b.toks();
    let listener = c.listener;
    let mut k = from;
    loop {
        if k >= send || toks[k].quote != 0 {
            return k;
        }
        // `told this newspaper he …`, `told the station that …`: the outlet
        // the story's writer works for listens, named by its common noun.
        // (Before the time words: `this` also opens `this week`.)
        if listener
            && k == from
            && k + 2 < send
            && b.word(k)
            && w.is_any(k, &["this", "the", "our"])
            && b.word(k + 1)
            && w.is_any(k + 1, MEDIA_NOUNS)
            && b.word(k + 2)
            && w.has(k + 2, flag::PRONOUN | flag::DET | flag::SUBORD)
        {
            k += 2;
            continue;
        }
        // A time word: `yesterday`, `Monday`. Not one that owns what
        // follows (`said Tuesday's decision was a relief`): that opens the
        // reported words.
        if b.word(k)
            && w.has(k, flag::ADVERB)
            && !w.has(k, flag::PREP | flag::CONJ | flag::SUBORD)
            && !w.is(k, "not")
            && toks.get(k + 1).is_none_or(|t| t.kind != Kind::Possessive)
        {
            k += 1;
            continue;
        }
        // `on Monday`, `last week`, `earlier this month`, `later that day`.
        if b.word(k) && ["on", "last", "this", "late", "early", "earlier", "later", "next"].iter().any(|x| w.is(k, x)) {
            let mut j = k + 1;
            while j < send && b.word(j) && (w.is(j, "this") || w.is(j, "the") || w.is(j, "that")) {
                j += 1;
            }
            if j < send && b.word(j) && w.has(j, flag::ADVERB) {
                k = j + 1;
                continue;
            }
        }
        // `in a statement`, `at a news conference`, `on Twitter`.
        if b.word(k) && ["in", "at", "during", "on", "via"].iter().any(|x| w.is(k, x)) {
            let end = (k + 1..send.min(k + 5)).find(|&j| {
                // `statements`: the word less its plural s. Lowercased once
                // per word, not once per setting.
                b.word(j) && {
                    let lower = w.lower(j);
                    let stem = lower.trim_end_matches('s');
                    SETTINGS.iter().any(|s| w.is(j, s) || stem == *s)
                }
            });
            if let Some(e) = end {
                k = e + 1;
                // `in an interview with the Financial Times`, `in a letter to
                // shareholders`, `in a post on X`.
                if k < send && b.word(k) && ["with", "to", "on", "for"].iter().any(|x| w.is(k, x)) {
                    if let Some(np) = read_np_right(b, k + 1, send) {
                        if np - k <= 7 {
                            k = np;
                        }
                    }
                }
                continue;
            }
            let social = w.is(k, "on") && b.word(k + 1) && toks[k + 1].is_cap() && !w.has(k + 1, flag::ADVERB);
            if social && (b.word(k + 2) && w.is(k + 2, "that") || k + 2 < send && toks[k + 2].is_punct(',')) {
                k += 2;
                continue;
            }
        }
        // `to reporters`, `to journalists`.
        if b.word(k) && w.is(k, "to") && b.word(k + 1) && w.has(k + 1, flag::GROUP) {
            k += 2;
            continue;
        }
        // The listener before `that`: `told the Guardian that …`.
        if listener && k == from {
            // Without `that`: `told the Post the bill was expected …`,
            // `told reporters he would stay`. The listener is somebody (a
            // paper, a group, a person), and a new subject follows.
            let subject_at = |e: usize| {
                e < send
                    && b.word(e)
                    && (w.has(e, flag::DET | flag::PRONOUN) || toks[e].first.is_uppercase())
                    && !w.has(e, flag::PREP)
            };
            // `told commissioners she …`: a bare plural of people, known
            // to the lexicon or not, listens too.
            let bare_listener =
                ["me", "us", "him", "her", "them", "reporters", "journalists"].iter().any(|x| w.is(k, x))
                    || b.word(k)
                        && toks[k].first.is_lowercase()
                        && matches!(analyze(w, k, k + 1).as_deref(), Some(Mention::Group { .. }));
            if bare_listener && subject_at(k + 1) {
                k += 1;
                continue;
            }
            // `told the BBC the company was …`, `told BBC Radio Wend that
            // …`: a run of capitalized words (after `the`) names the
            // listener, and ends where a new subject or `that` begins. The
            // noun-phrase reader below would run on through `that the
            // company` or `the BBC the company` as one phrase.
            let caps_from = if w.is(k, "the") { k + 1 } else { k };
            let caps_end = (caps_from..send.min(caps_from + 5))
                .find(|&j| !(b.word(j) && toks[j].first.is_uppercase()))
                .unwrap_or(send);
            // (`told CNN on Sunday that …`: a day after the name is a time,
            // skipped next, and the words begin after it.)
            let day_then = |j: usize| {
                j + 2 < send
                    && b.word(j)
                    && w.is(j, "on")
                    && b.word(j + 1)
                    && w.has(j + 1, flag::ADVERB)
                    && (w.is(j + 2, "that") || subject_at(j + 2))
            };
            if caps_end > caps_from
                && caps_end < send
                && (w.is(caps_end, "that") || subject_at(caps_end) || day_then(caps_end))
            {
                k = caps_end;
                continue;
            }
            if let Some(e) = read_np_right(b, k, send) {
                if e < send && b.word(e) && w.is(e, "that") && e - k <= 6 {
                    k = e;
                    continue;
                }
                // `the Courier`: a capitalized name after `the` is a paper
                // or a body even when the lexicon does not know it.
                let named = w.is(k, "the") && (k + 1..e).all(|j| b.word(j) && toks[j].first.is_uppercase());
                let somebody = e - k <= 4
                    && (e == k + 1 && w.has(k, flag::GROUP)
                        || named && e > k + 1
                        || matches!(
                            analyze(w, k, e).as_deref(),
                            Some(Mention::Org { .. } | Mention::Group { .. } | Mention::Person { .. })
                        ));
                if somebody && subject_at(e) {
                    k = e;
                    continue;
                }
            }
        }
        return k;
    }
}

/// The last token of `from..to` worth ending an utterance on.
fn last_content(b: &Block<'_, '_>, from: usize, to: usize) -> Option<usize> {
    let toks = b.toks();
    let mut last = to.checked_sub(1)?;
    while last >= from
        && toks[last].kind == Kind::Punct
        && matches!(toks[last].first, ',' | ':' | ';' | '.' | '—' | '–' | '-')
    {
        if last == from {
            return None;
        }
        last -= 1;
    }
    (last >= from).then_some(last)
}

/// Partial when the words include a quotation, reported otherwise.
fn kind_of(b: &Block<'_, '_>, from: usize, to: usize) -> Option<UtteranceKind> {
    if to <= from {
        return None;
    }
    let partial = !b.quotes.is_empty() && (from..to).any(|j| b.toks()[j].quote != 0);
    Some(if partial { UtteranceKind::Partial } else { UtteranceKind::Reported })
}

/// Records an entity's subject position for later pronouns; used by the
/// caller for sentences whose subject never speaks.
#[allow(dead_code)]
fn quote_of(b: &Block<'_, '_>, i: usize) -> Option<usize> {
    b.quote_index(i)
}

/// The heads of side labels: a dek's `Supporters say …` names a side of the
/// argument, not anybody the article quotes.
const SIDE_LABELS: &[&str] =
    &["supporters", "critics", "opponents", "proponents", "backers", "sponsors", "skeptics", "sceptics", "detractors"];

/// Heads that say only that several speak: `safety groups` is not the
/// `Aid groups` of the body.
const PLURAL_HEADS: &[&str] = &["group", "groups", "organisations", "organizations", "people", "members"];

/// Words that carry no content when a dek's claim is matched with a
/// speaker's words.
const NO_CONTENT: u32 = flag::DET
    | flag::PREP
    | flag::PRONOUN
    | flag::AUX
    | flag::MODAL
    | flag::CONJ
    | flag::SUBORD
    | flag::BE
    | flag::RELATIVE
    | flag::ADVERB
    | flag::VERB
    | flag::NUMBER
    | flag::COMMON
    | flag::GENERIC;

/// Calls `f` with a key for each content word of `s`: its first five
/// letters, lowercased and packed in a number (`nurses` and `nurse` agree),
/// without allocating.
fn content_keys(s: &str, mut f: impl FnMut(u64)) {
    let mut buf = [0u8; 32];
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if w.len() < 4 {
            continue;
        }
        let Some(l) = fold(w, &mut buf) else { continue };
        if LEXICON.flags(l) & NO_CONTENT != 0 || l.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        f(l.bytes().take(5).fold(0u64, |k, b| k << 8 | u64::from(b)));
    }
}

/// The most front claims one article's dek is searched for.
const FRONT_CLAIMS: usize = 8;

/// The first block after a page's front (headline, dek): the first byline,
/// dateline or photo caption after some running text, among the first
/// blocks. (A section label such as `EDUCATION` may read as a byline.)
/// (A dek short enough to read as a second headline is running text too:
/// `headline, dek, byline, date, lede` has its front before the byline.)
fn front_end(blocks: &[crate::article::Block]) -> Option<usize> {
    use crate::article::BlockKind;
    let marker = |b: &crate::article::Block| {
        matches!(b.kind, BlockKind::Byline | BlockKind::Dateline | BlockKind::Caption | BlockKind::PhotoCredit)
    };
    let first = blocks.iter().take(6).position(|b| b.kind == BlockKind::Body || marker(b))?;
    if marker(&blocks[first]) {
        // Only headlines before the marker: two of them (headline and dek).
        return (first >= 2).then_some(first);
    }
    // `headline, dek, Ana Ruiz, 15.10.2025, lede`: a byline of a bare name
    // or a date in a form the block reader does not know reads as a
    // heading; right after a dek under the headline it ends the front too.
    if first == 1 && blocks.get(2).is_some_and(|b| b.kind == BlockKind::Heading) {
        return Some(2);
    }
    blocks.iter().take(6).skip(first).position(marker).map(|p| first + p)
}

/// A dek's unnamed office holder (`Its president says …`) who never speaks
/// in the body is the one person the body names with that title and
/// quotes (`Club president Gustavo Peralta`): the dek's words are theirs.
/// The front's claims are few and the body's speakers are read once.
pub(crate) fn settle_front_roles(
    text: &str,
    blocks: &[crate::article::Block],
    registry: &Registry,
    found: &mut [Found],
) {
    let Some(front) = front_end(blocks) else {
        return;
    };
    let role_of = |e: usize| {
        let e = &registry.entities[registry.canonical(e)];
        (e.kind == SpeakerKind::Person && e.tokens == 0 && !e.anonymous).then(|| e.name.rsplit(' ').next())?
    };
    let mut claims: Vec<(usize, usize)> = Vec::new();
    for (i, f) in found.iter().enumerate().filter(|(_, f)| f.block < front) {
        if claims.len() == FRONT_CLAIMS {
            return;
        }
        if role_of(f.speaker.0).is_some() {
            claims.push((i, registry.canonical(f.speaker.0)));
        }
    }
    if claims.is_empty() {
        return;
    }
    for (i, role) in claims {
        let Some(head) = role_of(role) else { continue };
        let mut holder = None;
        let mut several = false;
        for f in found.iter().filter(|f| f.block >= front) {
            let e = registry.canonical(f.speaker.0);
            if e == role {
                several = true;
                break;
            }
            let entity = &registry.entities[e];
            // The title in a descriptor, or right before the first mention
            // (`Club president Gustavo Peralta has staked …`).
            let titled_at = |p: usize| {
                let before = text[..p].trim_end();
                before.len() > head.len()
                    && before.is_char_boundary(before.len() - head.len())
                    && before[before.len() - head.len()..].eq_ignore_ascii_case(head)
                    && before[..before.len() - head.len()].ends_with(|c: char| !c.is_alphanumeric())
            };
            let titled = entity.kind == SpeakerKind::Person
                && entity.tokens > 0
                && (entity.descriptors.iter().any(|d| d.rsplit(' ').next() == Some(head))
                    || entity.mentions_at.first().is_some_and(|&p| titled_at(p)));
            if titled {
                several |= holder.is_some_and(|h| h != e);
                holder = Some(e);
            }
        }
        if let (Some(h), false) = (holder, several) {
            found[i].speaker = SpeakerId(h);
        }
    }
}

/// A headline's or dek's generic group (`Supporters say …`, `Hospitals say
/// they need the nurses`) that never speaks in the body paraphrases a side
/// whose voices the body quotes: its words are the body speaker's whose own
/// words (or name) share most content with them, the side label's words
/// nobody's when none does clearly. A group that is quoted in the body is a
/// speaker of its own and stays. The front is the blocks before the byline
/// or dateline; the claims there are few (at most [`FRONT_CLAIMS`]), and the
/// body's utterances are read once.
pub(crate) fn settle_front_groups(
    text: &str,
    blocks: &[crate::article::Block],
    registry: &Registry,
    found: &mut Vec<Found>,
) {
    // A section label (`EDUCATION`) may read as a byline: the front ends
    // at the first byline, dateline or photo caption after some running
    // text, among the first blocks.
    let Some(front) = front_end(blocks) else {
        return;
    };
    let mut claims: Vec<usize> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.block < front && registry.entities[registry.canonical(f.speaker.0)].kind == SpeakerKind::Group {
            if claims.len() == FRONT_CLAIMS {
                return;
            }
            claims.push(i);
        }
    }
    if claims.is_empty() {
        return;
    }
    // A group the body quotes too is a speaker of its own.
    claims.retain(|&c| {
        let g = registry.canonical(found[c].speaker.0);
        !found.iter().any(|f| f.block >= front && registry.canonical(f.speaker.0) == g)
    });
    if claims.is_empty() {
        return;
    }
    // Each claim's content words (at most 64), as (key, claim, bit).
    let mut keys: Vec<(u64, usize, u32)> = Vec::new();
    let mut name_keys: Vec<(u64, usize)> = Vec::new();
    for (c, &i) in claims.iter().enumerate() {
        let mut bit = 0u32;
        content_keys(found[i].span.slice(text), |k| {
            if bit < 64 && !keys.iter().any(|&(k2, c2, _)| k2 == k && c2 == c) {
                keys.push((k, c, bit));
                bit += 1;
            }
        });
        let g = &registry.entities[registry.canonical(found[i].speaker.0)];
        let mut buf = [0u8; 32];
        for w in g.name.split_whitespace() {
            if fold(w, &mut buf).is_some_and(|l| SIDE_LABELS.contains(&l) || PLURAL_HEADS.contains(&l)) {
                continue;
            }
            content_keys(w, |k| name_keys.push((k, c)));
        }
    }
    keys.sort_unstable();
    // Per body speaker, the claims' words it shares (one mask per claim).
    let n = claims.len();
    let mut masks: Vec<(usize, u64)> = Vec::new();
    let mut slot: Vec<usize> = vec![usize::MAX; registry.entities.len()];
    for f in found.iter().filter(|f| f.block >= front) {
        let e = registry.canonical(f.speaker.0);
        let entity = &registry.entities[e];
        if entity.kind == SpeakerKind::Narrator {
            continue;
        }
        if slot[e] == usize::MAX {
            slot[e] = masks.len();
            masks.extend((0..n).map(|_| (e, 0)));
        }
        let at = slot[e];
        content_keys(f.span.slice(text), |k| {
            let from = keys.partition_point(|&(k2, _, _)| k2 < k);
            for &(_, c, bit) in keys[from..].iter().take_while(|&&(k2, _, _)| k2 == k) {
                masks[at + c].1 |= 1 << bit;
            }
        });
    }
    // The name bonus: the group's own word in a body speaker's name
    // (`Hospitals` and the hospital council), or in the words that describe
    // a person who echoes the claim (`Farmers say …` above `dairy farmer Ana
    // Ruiz said`): a dek sums up a side by what its spokesperson is.
    let mut scores: Vec<(usize, usize, u32, bool)> = masks
        .iter()
        .enumerate()
        .map(|(j, &(e, m))| {
            let c = j % n;
            let entity = &registry.entities[e];
            let mut named = 0;
            // A role word alone is weaker than a name: one trader among
            // many `traders` is not their voice unless he says some of what
            // the dek says they say.
            let roles = if m == 0 { &entity.descriptors[..0] } else { &entity.descriptors[..] };
            for name in std::iter::once(&entity.name).chain(&entity.aliases).chain(roles) {
                content_keys(name, |k| {
                    if name_keys.iter().any(|&(k2, c2)| k2 == k && c2 == c) {
                        named = 2;
                    }
                });
            }
            (c, e, m.count_ones() + named, named > 0)
        })
        .collect();
    scores.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
    let mut drop: Vec<usize> = Vec::new();
    let groups: Vec<usize> = claims.iter().map(|&i| registry.canonical(found[i].speaker.0)).collect();
    for (c, &i) in claims.iter().enumerate() {
        let mut ranked = scores.iter().filter(|s| s.0 == c);
        let best = ranked.next();
        let second = ranked.next().map_or(0, |s| s.2);
        match best {
            // The group's own word in one speaker's name, or clearly more of
            // the claim's words in one speaker's mouth than in any other's.
            Some(&(_, e, score, named)) if (named && score > second) || (score >= 4 && score >= second + 2) => {
                found[i].speaker = SpeakerId(e);
            }
            _ => {
                let g = &registry.entities[groups[c]];
                let mut buf = [0u8; 32];
                if g.name
                    .split_whitespace()
                    .last()
                    .and_then(|w| fold(w, &mut buf))
                    .is_some_and(|l| SIDE_LABELS.contains(&l))
                {
                    drop.push(i);
                }
            }
        }
    }
    if !drop.is_empty() {
        let mut k = 0;
        found.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
    }
}

/// Kinds of body a report may call by their noun alone before (or after)
/// naming one (`The union says …` in a dek, `what the company had argued`).
const GENERIC_KINDS: &[&str] = &[
    "union",
    "company",
    "firm",
    "council",
    "ministry",
    "department",
    "region",
    "commission",
    "authority",
    "agency",
    "board",
    "trust",
    "society",
    "coalition",
    "association",
    "federation",
    "forum",
];

/// Nouns that make a body something other than a business: a union, a
/// public body, a campaign. A body named without any is a company.
const NOT_BUSINESS: &[&str] = &[
    "union",
    "council",
    "ministry",
    "department",
    "government",
    "commission",
    "authority",
    "agency",
    "tribunal",
    "court",
    "parliament",
    "police",
    "service",
    "office",
    "board",
    "trust",
    "society",
    "coalition",
    "association",
    "federation",
    "forum",
    "front",
    "alliance",
    "league",
    "party",
    "institute",
    "university",
    "college",
    "school",
    "hospital",
    "foundation",
    "charity",
    "club",
    "group",
    "network",
    "campaign",
    "committee",
    "region",
    "municipality",
    "city",
    "county",
    "state",
    "embassy",
    "bureau",
    "cabinet",
];

/// The kind noun of a speaker named by it alone (`the union`, `Council`),
/// if any.
fn generic_head<'b>(name: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let mut words = name.split_whitespace();
    let mut w = words.next()?;
    if w.eq_ignore_ascii_case("the") {
        w = words.next()?;
    }
    if words.next().is_some() {
        return None;
    }
    fold(w, buf).filter(|l| GENERIC_KINDS.contains(l))
}

/// Keeps the quotations in `orphans` whose pronoun has nobody at all in
/// the article to mean (`“…,” he conceded.` in a paragraph that names no
/// person), under one unidentified speaker per kind of pronoun, rather than
/// dropping the words. When the article does name someone the pronoun could
/// mean and resolution still failed, the quotation stays out: a wrong name
/// is worse than a gap, and the diagnostic already says where it is.
///
/// Who the register names is read once, before any unidentified speaker
/// joins it, so that an earlier orphan's `unidentified speaker` cannot
/// count as someone a later `they` could mean. Overlaps are found by binary
/// search over the spans sorted once, so a text of many such quotations
/// stays linear.
pub(crate) fn settle_orphans(registry: &mut Registry, found: &mut Vec<Found>, mut orphans: Vec<(Found, Mention)>) {
    if orphans.is_empty() {
        return;
    }
    let named = registry.named_kinds();
    // The spans already attributed, sorted by start, with the furthest end
    // reached so far: a span overlaps one of them when some earlier-starting
    // span ends after its start.
    let mut spans: Vec<(usize, usize)> = found.iter().map(|f| (f.span.start, f.span.end)).collect();
    spans.sort_unstable();
    let mut reach = Vec::with_capacity(spans.len());
    let mut furthest = 0;
    for &(_, end) in &spans {
        furthest = furthest.max(end);
        reach.push(furthest);
    }
    let overlaps_found = |start: usize, end: usize| {
        let before = spans.partition_point(|&(s, _)| s < end);
        before > 0 && reach[before - 1] > start
    };
    orphans.sort_by_key(|(f, _)| (f.span.start, f.span.end));
    let mut kept_reach = 0;
    for (mut f, m) in orphans {
        if overlaps_found(f.span.start, f.span.end) || kept_reach > f.span.start {
            continue;
        }
        if let Some(id) = registry.unidentified(&m, named, f.span.start, f.block) {
            f.speaker = SpeakerId(id);
            kept_reach = kept_reach.max(f.span.end);
            found.push(f);
        }
    }
}

/// A speaker named only by its kind (`the union`, `the company`), created
/// because it spoke before any body of that kind was named (a dek's `The
/// union says …`) or because nothing tied it to the one named since, is
/// that one body: the only union, the only council, the only company (a
/// body whose name and descriptions carry no other kind's noun) the
/// article registers, when that body speaks too (a body that never speaks
/// may be one whose name was cut short, and the kind's noun is then the
/// better name). With two bodies of the kind it stays as it is. The
/// register's entities are read once per generic speaker, and those are
/// few.
pub(crate) fn settle_generic_bodies(registry: &Registry, found: &mut [Found]) {
    let mut generic: Vec<(usize, &str)> = Vec::new();
    let mut buf = [0u8; 32];
    for f in found.iter() {
        let e = registry.canonical(f.speaker.0);
        let entity = &registry.entities[e];
        if !matches!(entity.kind, SpeakerKind::Organization | SpeakerKind::Group) || entity.publication {
            continue;
        }
        if generic.iter().any(|&(g, _)| g == e) {
            continue;
        }
        if let Some(head) = generic_head(&entity.name, &mut buf) {
            let head = GENERIC_KINDS.iter().copied().find(|&k| k == head).unwrap_or("company");
            generic.push((e, head));
            if generic.len() == FRONT_CLAIMS {
                break;
            }
        }
    }
    if generic.is_empty() {
        return;
    }
    // Only a body that speaks in its own name counts the same voice twice.
    let mut speaks = vec![false; registry.entities.len()];
    for f in found.iter() {
        speaks[registry.canonical(f.speaker.0)] = true;
    }
    for (g, head) in generic {
        let business = matches!(head, "company" | "firm");
        let mut body = None;
        let mut several = false;
        for (j, e) in registry.entities.iter().enumerate() {
            if j == g
                || e.merged_into.is_some()
                || e.kind != SpeakerKind::Organization
                || e.publication
                || !e.name.starts_with(char::is_uppercase)
                || generic_head(&e.name, &mut buf).is_some()
            {
                continue;
            }
            let kind_word = |w: &str| {
                let mut b = [0u8; 32];
                fold(w, &mut b).is_some_and(|l| {
                    // (`the authority` is a council too, in British usage:
                    // the local authority.)
                    if business {
                        NOT_BUSINESS.contains(&l)
                    } else {
                        l == head || head == "region" && l == "regional" || head == "authority" && l == "council"
                    }
                })
            };
            let named = e.name.split_whitespace().any(kind_word) || e.descriptors.iter().any(|d| kind_word(d));
            // A business is a body named with no other kind's noun.
            let of_kind = if business { !named } else { named };
            if of_kind {
                several |= body.is_some_and(|b| b != j) || !speaks[j];
                body = Some(j);
            }
        }
        if let (Some(b), false) = (body, several) {
            for f in found.iter_mut().filter(|f| registry.canonical(f.speaker.0) == g) {
                f.speaker = SpeakerId(b);
            }
        }
    }
}

/// Drops each refusal of [`Attributor::refusals`] (`The Harbour Board
/// declined to comment on the levy.`) whose speaker has no other words in
/// the article: somebody who only declines is no speaker, as every newer
/// labelled set has it, while the refusal of a speaker heard elsewhere
/// (`… declined to comment on the draft`, after the bank's own statement)
/// is kept, as the older sets require. One count of utterances per
/// speaker, and a binary search of the refusals per utterance.
pub(crate) fn settle_refusals(registry: &Registry, found: &mut Vec<Found>, mut refusals: Vec<Span>) {
    if refusals.is_empty() {
        return;
    }
    refusals.sort_unstable();
    let mut count = vec![0u32; registry.entities.len()];
    for f in found.iter() {
        if let Some(n) = count.get_mut(registry.canonical(f.speaker.0)) {
            *n += 1;
        }
    }
    found.retain(|f| {
        refusals.binary_search(&f.span).is_err() || count.get(registry.canonical(f.speaker.0)).is_some_and(|&n| n > 1)
    });
}

/// The most unnamed people heard by their office (`the minister`) whose
/// holder one article is searched for.
const DESCRIBED: usize = 8;

/// An office's head word and its other words, from an unnamed person's
/// description: `Health Minister` is (`minister`, [`health`]), `the mayor
/// of Dunmore` is (`mayor`, [`dunmore`]). An owner (`the bill's author`,
/// `Its chair`) only says whose office it is and is left out. An indefinite
/// description (`a minister`) brings in somebody new, and one with any
/// other preposition (`a nurse at the clinic`) is no office; both are
/// `None`.
fn office(name: &str) -> Option<(String, Vec<String>)> {
    let mut words: Vec<String> = Vec::new();
    let mut head_at = None;
    for (i, w) in name.split_whitespace().enumerate() {
        let l = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if i == 0 && matches!(l.as_str(), "a" | "an" | "one" | "another" | "some") {
            return None;
        }
        if l.is_empty()
            || matches!(l.as_str(), "the" | "its" | "their" | "his" | "her" | "our" | "and")
            || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
            || w.ends_with("s'")
            || w.ends_with("s\u{2019}")
        {
            continue;
        }
        if l == "of" {
            head_at = head_at.or(words.len().checked_sub(1));
            continue;
        }
        if LEXICON.flags(&l) & flag::PREP != 0 {
            return None;
        }
        words.push(l);
    }
    let head_at = head_at.or(words.len().checked_sub(1))?;
    let head = words.remove(head_at);
    Some((head, words))
}

/// Whether named person `e` holds the office `head` with every word of
/// `rest`: among the person's role words, or in the title right before
/// the first time the article names them (`Health Minister Ana Ruiz`).
fn holds_office(text: &str, e: &Entity, head: &str, rest: &[String]) -> bool {
    let title = e.mentions_at.first().map_or("", |&p| {
        // The first mention may start at the name or at its title
        // (`The board's chair Ana Ruiz`): the title is the run of words
        // before the name, back to the clause's punctuation. A title is
        // short: at most 60 bytes before the mention and 80 after it are
        // read.
        let floor = |mut k: usize| {
            while !text.is_char_boundary(k) {
                k -= 1;
            }
            k
        };
        let from = floor(p.saturating_sub(60));
        let to = floor((p + 80 + e.name.len()).min(text.len()));
        let window = &text[from..to];
        let before = &window[..window.find(e.name.as_str()).filter(|&k| k >= p - from).unwrap_or(p - from)];
        let start = before
            .rfind([',', ';', ':', '(', '"', '\u{201c}', '\n'])
            .map_or(0, |k| k + before[k..].chars().next().map_or(0, char::len_utf8));
        &before[start..]
    });
    // An owner in the title names another office's holder (`the
    // developer's chief Ana Ruiz` is not the developer), though the role
    // words keep it without its `'s`.
    let owner = |t: &&str| ["'s", "\u{2019}s", "s'", "s\u{2019}"].iter().any(|x| t.ends_with(x));
    let lower = |t: &str| t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let owners: Vec<String> =
        title.split_whitespace().filter(owner).map(|t| lower(t.trim_end_matches(['s', '\'', '\u{2019}']))).collect();
    let words = e.descriptors.iter().flat_map(|d| d.split_whitespace()).chain(title.split_whitespace());
    let words: Vec<String> = words.filter(|t| !owner(t)).map(lower).filter(|t| !owners.contains(t)).collect();
    let has = |w: &str| words.iter().any(|t| t == w);
    has(head) && rest.iter().all(|w| has(w))
}

/// A person heard first or again by office alone (`Transport minister says
/// …` over the story, `the minister stressed …` in it) is the one named
/// person who speaks in the article and holds that office, before or after
/// the description (`Transport Minister Ana Ruiz said …`): the same head
/// word, and any portfolio or place of the description among that person's
/// titles, so that a health minister never becomes the finance minister.
/// With two such people, or none, the description stays a speaker of its
/// own. The description becomes the person's alias. At most [`DESCRIBED`]
/// descriptions are each compared once with the people who speak.
pub(crate) fn settle_described_people(text: &str, registry: &mut Registry, found: &[Found]) {
    let mut seen = vec![false; registry.entities.len()];
    let mut described: Vec<usize> = Vec::new();
    let mut named: Vec<usize> = Vec::new();
    for f in found {
        let e = registry.canonical(f.speaker.0);
        if std::mem::replace(&mut seen[e], true) {
            continue;
        }
        let entity = &registry.entities[e];
        if entity.kind != SpeakerKind::Person || entity.anonymous {
            continue;
        }
        if entity.tokens > 0 {
            named.push(e);
        } else if described.len() == DESCRIBED {
            return;
        } else {
            described.push(e);
        }
    }
    for d in described {
        let Some((head, rest)) = office(&registry.entities[d].name) else { continue };
        // One of two people joined by `and` (`The president and Prime
        // Minister Ana Ruiz said …`) speaks with another: not one office.
        let e = &registry.entities[d];
        let joined = |end: usize| text.get(end..).is_some_and(|t| t.starts_with(" and "));
        if e.sources.iter().any(|s| joined(s.end)) || e.mentions_at.iter().any(|&p| joined(p + e.name.len())) {
            continue;
        }
        let gender = registry.entities[d].gender;
        let mut holder = None;
        let mut several = false;
        for &p in &named {
            let e = &registry.entities[p];
            if (gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == gender)
                && holds_office(text, e, &head, &rest)
            {
                several |= holder.is_some();
                holder = Some(p);
            }
        }
        if let (Some(h), false) = (holder, several) {
            registry.merge(d, h);
        }
    }
}
