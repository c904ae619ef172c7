//! Pathological inputs, shared by the robustness tests (`tests/robustness.rs`,
//! which check that they finish with a sound article) and the benchmarks
//! (`crates/cli/benches/pipeline.rs`, which time them at two sizes to show
//! that the work grows linearly).
//!
//! Each generator takes a scale `n`; the sizes named in issue 5 are:
//! `unmatched_quotes(2_000_000)`, `one_line(10_000_000)`,
//! `run_on(10_000_000)`, `blank_lines(3_000_000)`, `said_storm(100_000)`,
//! `many_speakers(20_000)`, `one_voice(100_000)` and
//! `nested_quotes(100_000)`. The others are shapes that were once quadratic.

/// `n` opening curly quotes and nothing else: every one is unmatched.
pub fn unmatched_quotes(n: usize) -> String {
    "“".repeat(n)
}

/// About `n` bytes of ordinary prose, quotes and attributions on a single
/// line: no paragraph or line break anywhere.
pub fn one_line(n: usize) -> String {
    const SENTENCE: &str = "The minister said the talks were going well and “we are in no rush” to finish them. \
                            “It is premature,” Ms Haley warned on Monday, adding that progress was slow. ";
    let mut text = SENTENCE.repeat(n / SENTENCE.len() + 1);
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// About `n` bytes of reported speech with no sentence break at all: every
/// clause opens a new utterance, and every utterance's sentence starts at
/// the first byte.
pub fn run_on(n: usize) -> String {
    const CLAUSE: &str =
        "the minister said that the talks were going well and the council warned that costs could rise and ";
    let mut text = CLAUSE.repeat(n / CLAUSE.len() + 1);
    text.truncate(n.min(text.len()));
    text
}

/// A distinct letter-only name for each number: `i` spelt in base 26.
fn spell(mut i: usize) -> String {
    let mut name = String::from("Zq");
    loop {
        name.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            break name;
        }
    }
}

/// `n` paragraphs, each quoting a different named person: an article with
/// `n` speakers, none of whom shares a name.
pub fn many_speakers(n: usize) -> String {
    let mut text = String::from("Council plan\n\n");
    for i in 0..n {
        text.push_str(&format!("“The plan will help,” said {} {}, a resident.\n\n", spell(i), spell(i + n)));
    }
    text
}

/// One speaker quoted `n` times, every time handing the question to someone
/// else: a check on one speaker's utterances must be made once, not once
/// per utterance (it once was, and 40,000 quotes took 0.8 s).
pub fn one_voice(n: usize) -> String {
    let mut text = String::from("Council plan\n\n");
    text.push_str(&"“That is a matter for the council,” said Ann Lee.\n\n".repeat(n));
    text
}

/// `n` sentences naming a person by two portfolios' title (`Budget and
/// Finance Director Ana Ruiz said …`): each asks whether the article
/// writes the first word elsewhere as a surname, which once read the whole
/// text every time.
pub fn portfolio_titles(n: usize) -> String {
    "Budget and Finance Director Ana Ruiz said the plan was fine. ".repeat(n)
}

/// `n` bodies whose names end in the same word, each followed by a member
/// who speaks and is described by it (`a member of the Zqa Residents
/// Council`): which body a descriptor names was once looked for among every
/// body with that last word, for every descriptor.
pub fn shared_last_word(n: usize) -> String {
    let mut text = String::from("Council plan\n\n");
    for i in 0..n {
        let (body, person) = (spell(i), spell(i + n));
        text.push_str(&format!(
            "The {body} Residents Council said the plan would help.\n\n\
             “It will help,” said Ann {person}, a member of the {body} Residents Council.\n\n"
        ));
    }
    text
}

/// Two speakers answering each other `n` times, each exchange after a
/// narrator's sentence that sorts the next speaker into a camp: each camp
/// sentence was once checked against all the evidence the speaker already
/// had.
pub fn camp_sentences(n: usize) -> String {
    let mut text = String::from("Council plan\n\nThe council proposed the plan on Monday.\n\n");
    text.push_str(
        &"Not everyone was as pleased.\n\n“It is a bad plan,” said Ann Lee.\n\n“It is a good plan,” said Bo Park.\n\n"
            .repeat(n),
    );
    text
}

/// `n` quotes from one chairman, each time described with another
/// modifier (`the Zqa chairman`, `the Zqb chairman`, …): one person called
/// by `n` descriptions, who once kept every one as an alias and every
/// modifier as a role word, and compared each new description with all.
pub fn many_descriptions(n: usize) -> String {
    let mut text = String::from("Council plan\n\n");
    for i in 0..n {
        text.push_str(&format!("“It will help,” said the {} chairman.\n\n", spell(i)));
    }
    text
}

/// `n` quotes that each speak of *the trust*, in a text that names no
/// trust: whether the article names one (*the Vale Health Trust*) was once
/// looked up in the whole text for each.
pub fn unnamed_trust(n: usize) -> String {
    let mut text = String::from("Ward to close\n\nThe health board will close the ward.\n\n");
    for i in 0..n {
        text.push_str(&format!("“The trust has told us nothing,” said Ann {}.\n\n", spell(i)));
    }
    text
}

/// `n` quotations each tagged only by `he said`, in a text that names
/// nobody: every one is kept under the unidentified speaker, and each must
/// not be checked against all the others kept before it.
pub fn nameless_pronouns(n: usize) -> String {
    let mut text = String::from("Ward to close\n\n");
    for i in 0..n {
        text.push_str(&format!("“Line {} holds,” he said.\n\n", spell(i)));
    }
    text
}

/// `n` empty lines.
pub fn blank_lines(n: usize) -> String {
    "\n".repeat(n)
}

/// `X said “a ” he said, “` repeated `n` times: every quote is both closed
/// and reopened next to a reporting verb.
pub fn said_storm(n: usize) -> String {
    "X said “a ” he said, “".repeat(n)
}

/// `According to the Coast Ledger, Ana Ruiz said …` repeated `n` times on
/// one line: each sentence's source relays a named person's own reporting
/// verb, which was once looked for among every verb of the block.
pub fn according_storm(n: usize) -> String {
    "According to the Coast Ledger, Ana Ruiz said the plan was sound. ".repeat(n)
}

/// One quote of `n` sentences, each turning on its own "but": every "but"
/// is a modifier the quote cites once, which were once found by searching
/// the list of those already cited, per modifier.
pub fn but_storm(n: usize) -> String {
    format!("Tower plan\n\n\"{}\" said Ana Lee, a resident.\n", "It is fine, but it is bad. ".repeat(n).trim_end())
}

/// One quote of `n` claims handed back and confirmed (`We've been told it
/// is fine, and it is.`): each confirmed claim asks whether a cautious cue
/// later in its sentence doubts it, which once read every cue of the quote.
pub fn told_storm(n: usize) -> String {
    let claims = "We've been told it is fine, and it is. That is bad. ".repeat(n);
    format!("Tower plan\n\n\"{}\" said Ana Lee, a resident.\n", claims.trim_end())
}

/// Single quotes nested inside double quotes `n` levels deep, then closed
/// in reverse order: `“a ‘b “a ‘b … ’ ” ’ ”`.
pub fn nested_quotes(n: usize) -> String {
    let mut text = "“a ‘b ".repeat(n);
    text.push_str(&"’ ” ".repeat(n));
    text
}
