//! Whole-classifier tests on hand-built articles: the parser is not needed
//! to check how utterances, frames and speakers combine.

use proptest::prelude::*;
use standpoint_core::{
    Article, Block, BlockKind, Cue, Sentence, Span, Speaker, SpeakerId, SpeakerKind, Utterance, UtteranceKind,
};

use crate::{Classifier, Report, SpeakerReport, Stance, TopicProfile};

/// One utterance of a test article, located by unique substrings.
struct Spec {
    speaker: usize,
    kind: UtteranceKind,
    words: &'static str,
    cue: Option<(&'static str, &'static str)>,
    source: Option<&'static str>,
    question: Option<&'static str>,
}

/// The hand-written rules alone: these tests pin what each rule decides,
/// which the learned layer (tested in `learned.rs`) may relabel.
fn rules() -> Classifier {
    Classifier::builder().learned(false).build()
}

fn spec(speaker: usize, words: &'static str) -> Spec {
    Spec { speaker, kind: UtteranceKind::Direct, words, cue: None, source: None, question: None }
}

/// Speaker `speaker`'s reported words, tagged `said` with `source` as the
/// words naming them.
fn reported(speaker: usize, source: &'static str, words: &'static str) -> Spec {
    Spec { kind: UtteranceKind::Reported, cue: Some(("said", "say")), source: Some(source), ..spec(speaker, words) }
}

/// A speaker whose words lay out no case: neutral, with no `prospect`
/// among the evidence.
#[track_caller]
fn lays_out_no_case(s: &SpeakerReport) {
    assert_eq!(s.stance, Stance::Neutral, "{s:#?}");
    assert!(s.evidence.iter().all(|e| e.kind != "prospect"), "{s:#?}");
}

/// A speaker whose words lay out the case for what the plan will do: a
/// `prospect` among the evidence.
#[track_caller]
fn lays_out_a_case(s: &SpeakerReport) {
    assert!(s.evidence.iter().any(|e| e.kind == "prospect"), "{s:#?}");
}

fn find(text: &str, part: &str) -> Span {
    let start = text.find(part).unwrap_or_else(|| panic!("{part:?} is not in the text"));
    Span::new(start, start + part.len())
}

/// Builds an article: blocks split on blank lines (the first one a
/// headline), one sentence per block, and the given speakers and
/// utterances.
fn article<'t>(text: &'t str, names: &[&str], specs: &[Spec]) -> Article<'t> {
    let mut blocks = Vec::new();
    let mut at = 0;
    for part in text.split("\n\n") {
        let kind = if blocks.is_empty() { BlockKind::Headline } else { BlockKind::Body };
        blocks.push(Block { span: Span::new(at, at + part.len()), kind });
        at += part.len() + 2;
    }
    let sentences = blocks.iter().enumerate().map(|(i, b)| Sentence { span: b.span, block: i }).collect();
    let speakers = names
        .iter()
        .map(|n| Speaker { name: n.to_string(), aliases: vec![], kind: SpeakerKind::Person, mentions: vec![] })
        .collect();
    let utterances = specs
        .iter()
        .map(|s| {
            let span = find(text, s.words);
            let block = blocks.iter().position(|b| b.span.contains(span)).unwrap_or(0);
            Utterance {
                speaker: SpeakerId(s.speaker),
                kind: s.kind,
                cue: s.cue.map(|(verb, lemma)| Cue { lemma, span: find(text, verb) }),
                span,
                source: s.source.map(|src| find(text, src)),
                question: s.question.map(|q| find(text, q)),
                block,
                sentence: block,
            }
        })
        .collect();
    Article { text, blocks, sentences, speakers, utterances, diagnostics: vec![] }
}

/// The report on an article where one organisation, named `name` and
/// introduced as `source`, reports `words` after the text's first `said`.
fn a_body_said(text: &str, name: &str, source: &'static str, words: &'static str) -> Report {
    let mut a = article(text, &[name], &[reported(0, source, words)]);
    a.speakers[0].kind = SpeakerKind::Organization;
    rules().report(&a, "t")
}

fn kinds(report: &Report, utterance: usize) -> Vec<String> {
    report.utterances[utterance].evidence.iter().map(|e| format!("{}:{}", e.kind, e.text)).collect()
}

#[test]
fn the_present_position_wins_and_the_shift_is_reported() {
    let text = "Tunnel go-ahead\n\n\
                The treasurer had voiced doubts about the tunnel budget, but on Tuesday \
                defended the decision to go ahead.\n\n\
                “The tunnel is worth every penny,” she said.";
    let a = article(
        text,
        &["The treasurer"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("voiced doubts", "voice doubt")),
                source: Some("The treasurer"),
                ..spec(0, "about the tunnel budget")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("defended", "defend")),
                source: Some("The treasurer"),
                ..spec(0, "the decision to go ahead")
            },
            Spec { cue: Some(("said", "say")), source: Some("she"), ..spec(0, "The tunnel is worth every penny,") },
        ],
    );
    let report = rules().report(&a, "t");
    assert_eq!(report.utterances[0].stance, Stance::Cautious);
    assert!(kinds(&report, 0).contains(&"time:had".to_string()), "{:?}", kinds(&report, 0));
    assert!(kinds(&report, 1).contains(&"time:but".to_string()), "{:?}", kinds(&report, 1));
    let s = &report.speakers[0];
    assert_eq!(s.stance, Stance::Optimistic);
    assert_eq!(s.shift.as_deref(), Some("cautious earlier, optimistic later"));
    assert_eq!(s.decisive[0], 1);
    assert_eq!(s.utterances, 3);
}

#[test]
fn an_earlier_and_a_later_position_in_one_stretch_of_words_are_weighed_by_their_but() {
    let text = "Tunnel go-ahead\n\n\
                The treasurer had expressed caution about the tunnel budget, but on Tuesday \
                defended the decision to go ahead.";
    let a = article(
        text,
        &["The treasurer"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("expressed caution", "express caution")),
            source: Some("The treasurer"),
            ..spec(0, "about the tunnel budget, but on Tuesday defended the decision to go ahead")
        }],
    );
    let report = rules().report(&a, "t");
    let ev = kinds(&report, 0);
    // The frame's "had" dates only the part before the "but", which the
    // "but" already discounts: no time factor halves the whole.
    assert!(!ev.iter().any(|e| e.starts_with("time:")), "{ev:?}");
    assert!(ev.contains(&"contrast:but".to_string()), "{ev:?}");
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
}

#[test]
fn an_answer_flips_the_question_and_its_words_are_not_the_speakers() {
    let text = "Tunnel safety\n\n\
                Asked if the tunnel design was reckless, the engineer replied: “Not at all. \
                We have checked it twice.”";
    let a = article(
        text,
        &["the engineer"],
        &[Spec {
            cue: Some(("replied", "reply")),
            source: Some("the engineer"),
            question: Some("if the tunnel design was reckless"),
            ..spec(0, "Not at all. We have checked it twice.")
        }],
    );
    let report = rules().report(&a, "t");
    let ev = kinds(&report, 0);
    assert_eq!(ev, vec!["question:Not at all"]);
    assert!(report.utterances[0].evidence[0].weight > 0.4);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic);
    assert_eq!(report.utterances[0].question.as_deref(), Some("if the tunnel design was reckless"));
}

#[test]
fn off_topic_utterances_count_less() {
    let text = "Council backs harbour tunnel\n\n\
                The city council voted on Tuesday to build a harbour tunnel under the old \
                port, ending a decade of argument over how to link the two halves of the \
                town. Work starts in the spring and the tunnel should open within four \
                years, the council said, at a cost it put at twice the first estimate.\n\n\
                “The tunnel is good news,” the mayor said.\n\n\
                “The weather today is good news,” the mayor added.";
    let a = article(
        text,
        &["the mayor"],
        &[spec(0, "The tunnel is good news,"), spec(0, "The weather today is good news,")],
    );
    let report = rules().report(&a, "t");
    assert!(report.topic.terms.contains(&"tunnel".to_string()), "{:?}", report.topic);
    assert!(!report.topic.from_profile);
    let (on, off) = (&report.utterances[0], &report.utterances[1]);
    assert_eq!(on.relevance, 1.0);
    assert!(off.relevance < 1.0 && off.relevance > 0.0, "{report:#?}");
    assert!(off.score < on.score && off.score > 0.0);

    // A profile that names the weather as the question turns that around.
    let profile = TopicProfile::from_json(r#"{"name": "the weather", "terms": ["weather"]}"#).unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    assert_eq!(report.topic.terms, vec!["weather"]);
    assert_eq!(report.topic.name.as_deref(), Some("the weather"));
    assert!(report.topic.from_profile);
    assert!(report.utterances[1].relevance > report.utterances[0].relevance);
}

#[test]
fn profile_cues_join_the_lexicon() {
    let text = "Tunnel\n\nThe council met on Monday.\n\n“The tunnel ran past its deadline,” the auditor said.";
    let a = article(text, &["the auditor"], &[spec(0, "The tunnel ran past its deadline,")]);
    assert_eq!(rules().report(&a, "t").speakers[0].stance, Stance::Neutral);
    let profile = TopicProfile::from_toml("terms = [\"tunnel\"]\n[cues]\n\"past its deadline\" = -0.6\n").unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    assert_eq!(report.speakers[0].stance, Stance::Cautious);
    assert_eq!(report.speakers[0].evidence[0].text, "past its deadline");
}

#[test]
fn a_but_between_two_utterances_favours_the_later() {
    let text = "Fares\n\n\
                The regulator admitted there were \"real problems\" but said the new fares \
                were fair.";
    let a = article(
        text,
        &["The regulator"],
        &[
            Spec {
                kind: UtteranceKind::Partial,
                cue: Some(("admitted", "admit")),
                source: Some("The regulator"),
                ..spec(0, "there were \"real problems\"")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The regulator"),
                ..spec(0, "the new fares were fair")
            },
        ],
    );
    let report = rules().report(&a, "t");
    assert!(kinds(&report, 0).contains(&"contrast:but".to_string()), "{:?}", kinds(&report, 0));
    assert!(kinds(&report, 1).contains(&"contrast:but".to_string()), "{:?}", kinds(&report, 1));
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
}

#[test]
fn stance_verbs_in_the_frame_count() {
    let text = "Bill\n\nThe association also backs the bill, saying it treats everyone alike.";
    let a = article(
        text,
        &["The association"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("saying", "say")),
            source: Some("The association"),
            ..spec(0, "it treats everyone alike")
        }],
    );
    let report = rules().report(&a, "t");
    assert_eq!(kinds(&report, 0), vec!["frame:backs"]);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic);
}

#[test]
fn a_bodys_recommendation_in_the_frame_is_its_position() {
    // `It voted 4-1 to recommend refusal, saying ...`: the vote is the
    // body's side even though its words only give reasons.
    let text = "Quarry\n\nThe parish board voted 4-1 to recommend refusal, saying the lane was too narrow for lorries.";
    let a = article(
        text,
        &["The parish board"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("saying", "say")),
            source: Some("The parish board"),
            ..spec(0, "the lane was too narrow for lorries")
        }],
    );
    let report = rules().report(&a, "t");
    assert!(kinds(&report, 0).contains(&"frame:recommend refusal".to_string()), "{:#?}", report.utterances[0]);
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
}

#[test]
fn a_vote_past_a_count_and_a_date_is_its_position() {
    // `voted 4-1 on Monday to approve` and `voted unanimously against`:
    // the count and the date stand between the vote and its direction.
    for (frame, want) in [
        ("The parish board voted 4-1 on Monday to approve the lane plan, saying", Stance::Optimistic),
        ("The parish board voted unanimously against the lane plan, saying", Stance::Cautious),
        ("The parish board voted six to one on Monday not to approve the lane plan, saying", Stance::Cautious),
        // A "but" after the vote makes the words that follow a reservation.
        ("The parish board voted yes but said", Stance::Mixed),
    ] {
        let cue = if frame.ends_with("said") { ("said", "say") } else { ("saying", "say") };
        let text = format!("Quarry\n\n{frame} the lane was built for carts.");
        let a = article(
            &text,
            &["The parish board"],
            &[Spec {
                kind: UtteranceKind::Reported,
                cue: Some(cue),
                source: Some("The parish board"),
                ..spec(0, "the lane was built for carts")
            }],
        );
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, want, "{frame}: {:#?}", report.utterances[0]);
    }
}

#[test]
fn a_frame_reads_the_narration_near_the_verb_not_a_whole_run_on_sentence() {
    // Text without full stops makes the sentence as long as the text; the
    // frame keeps only the narration close to the verb, so its cost stays
    // bounded however far back the sentence starts.
    let filler = "the meeting went on in the town hall and ".repeat(40);
    let text = format!(
        "Bill\n\nThe mayor hailed the hall and {filler}the association backs the bill, saying it treats everyone alike."
    );
    let a = article(
        &text,
        &["the association"],
        &[Spec { kind: UtteranceKind::Reported, cue: Some(("saying", "say")), ..spec(0, "it treats everyone alike") }],
    );
    let report = rules().report(&a, "t");
    assert_eq!(kinds(&report, 0), vec!["frame:backs"]);
}

#[test]
fn reporting_verbs_lean_and_said_does_not() {
    let text = "Plan\n\nThe union warned that the plan was coming.\n\n\
                The chamber said that the new plan was coming.";
    let a = article(
        text,
        &["The union", "The chamber"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("warned", "warn")),
                source: Some("The union"),
                ..spec(0, "that the plan was coming")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The chamber"),
                ..spec(1, "the new plan was coming.")
            },
        ],
    );
    let report = rules().report(&a, "t");
    assert_eq!(report.speakers[0].stance, Stance::Cautious);
    assert_eq!(kinds(&report, 0), vec!["verb:warned"]);
    assert_eq!(report.speakers[1].stance, Stance::Neutral, "{:#?}", report.speakers[1]);
    assert!(report.utterances[1].evidence.is_empty());
}

#[test]
fn hedged_reservations_without_a_cue_word_lean_cautious() {
    // Each line is a reservation in news style with no worry word: asking
    // for more, wanting answers, watching, or a case that "would be more
    // convincing if".
    for words in [
        "We would like to see more detail on the ferry timetable.",
        "It is not clear how the ferry timetable will be paid for.",
        "We will be watching closely when the ferry timetable starts.",
        "The ferry timetable would be more convincing if the boats were newer.",
        "I'd like to know who drew up the ferry timetable.",
        "The devil is in the details of the ferry timetable.",
    ] {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Cautious, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn verdicts_of_news_speech_without_a_plain_cue_word_lean_their_way() {
    // Idioms that judge a measure whole: a rule blind to local
    // differences (however it is spelt), a price that gives too little, a
    // promise heard before; and, on the other side, a big difference made,
    // a free-for-all denied, a cost accepted for what it brings.
    for (words, want) in [
        ("The ferry timetable is a one-size-fits-all rule from the capital.", Stance::Cautious),
        ("The ferry timetable is a one-size-fits-all rule for every island.", Stance::Cautious),
        ("This is one size fits all, and the ferry timetable shows it.", Stance::Cautious),
        ("The ferry timetable undervalues the island crossings.", Stance::Cautious),
        ("We have been here before, and it came to nothing.", Stance::Cautious),
        ("The ferry timetable was drawn up in haste.", Stance::Cautious),
        ("The ferry timetable would make a huge difference to us.", Stance::Optimistic),
        ("The ferry timetable is not a free-for-all.", Stance::Optimistic),
        ("I don't mind the ferry timetable if it means the boats leave on time.", Stance::Optimistic),
    ] {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, want, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn a_speakers_own_vote_is_their_position_and_nobody_from_the_deciders_is_a_complaint() {
    // A vote for the measure is support, as "vote no" is opposition; before
    // a reservation it is the granted half of a mixed position. A record of
    // past votes says nothing of this one. Nobody from the deciding body
    // coming or living with it is the complaint of those left out.
    for (words, want) in [
        ("I will vote for the ferry timetable on Thursday.", Stance::Optimistic),
        ("Most of the crew are voting yes on the ferry timetable.", Stance::Optimistic),
        ("I'll vote for the ferry timetable, but I have real worries about the winter crossings.", Stance::Mixed),
        ("Nobody from the ferry board has ever come down to the harbour.", Stance::Cautious),
    ] {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, want, "{words}: {:#?}", report.speakers[0]);
        assert!(report.utterances[0].evidence.iter().any(|e| e.kind == "cue"), "{words}: {:#?}", report.utterances[0]);
    }
    let words = "I have voted for every ferry timetable since 1990.";
    let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
    let a = article(&text, &["the skipper"], &[spec(0, words)]);
    let report = rules().report(&a, "t");
    assert!(report.utterances[0].evidence.iter().all(|e| e.kind != "cue"), "{:#?}", report.utterances[0]);
}

#[test]
fn losses_told_as_final_and_decisions_taken_over_the_speakers_head_lean_cautious() {
    // Customers driven off, a loss that cannot be undone, a cost left to
    // others, a decision sprung on those it reaches, a challenge weighed
    // after it, and the thing promised set apart from the thing wanted.
    for words in [
        "If the ferry timetable changes, the day trippers will stop coming.",
        "Once it's gone, the ferry timetable we knew never comes back.",
        "If the operator folds, the island is holding the bag for the ferry timetable.",
        "We were blindsided by the ferry timetable.",
        "The ferry timetable was decided over our heads.",
        "We are reviewing our legal options on the ferry timetable.",
        "A ferry timetable is not the same thing as a ferry that runs.",
    ] {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Cautious, "{words}: {:#?}", report.speakers[0]);
        assert!(report.utterances[0].evidence.iter().any(|e| e.kind == "cue"), "{words}: {:#?}", report.utterances[0]);
    }
}

#[test]
fn a_measure_pushed_through_doomed_or_against_others_interest_leans_cautious() {
    for words in [
        "Residents have been steamrolled over the ferry timetable.",
        "The ferry timetable is dead on arrival in the assembly.",
        "The ferry timetable is not in the interest of islanders.",
        "Day trippers would be hit by the ferry timetable.",
    ] {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Cautious, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn a_price_called_a_bargain_and_what_the_measure_lets_us_do_lean_optimistic() {
    for words in
        ["A few pounds a year is a bargain for the ferry timetable.", "This lets us keep the shop open in winter."]
    {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn a_cooperative_named_as_a_body_is_no_praise_of_cooperation() {
    for (words, cued) in [
        ("the cooperative has not signed a contract for the ferry timetable", false),
        ("closer cooperation on the ferry timetable is welcome", true),
    ] {
        let text = format!("Ferry timetable\n\nThe clerk said {words}.");
        let a = article(&text, &["The clerk"], &[reported(0, "The clerk", words)]);
        let report = rules().report(&a, "t");
        let cue = report.utterances[0].evidence.iter().any(|e| e.text.to_lowercase().starts_with("cooperat"));
        assert_eq!(cue, cued, "{words}: {:#?}", report.utterances[0]);
    }
}

#[test]
fn a_right_of_appeal_the_measure_grants_is_no_challenge() {
    let words = "owners would be able to appeal their ferry timetable charge online";
    let text = format!("Ferry timetable\n\nThe clerk said {words}.");
    let a = article(&text, &["The clerk"], &[reported(0, "The clerk", words)]);
    let report = rules().report(&a, "t");
    assert!(report.utterances[0].evidence.iter().all(|e| e.kind != "cue"), "{:#?}", report.utterances[0]);
    assert_ne!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
}

#[test]
fn a_group_that_says_it_is_torn_is_mixed() {
    let words = "they were torn over the ferry timetable";
    let text = format!("Ferry timetable\n\nIslanders said {words}.");
    let a = article(&text, &["Islanders"], &[reported(0, "Islanders", words)]);
    let report = rules().report(&a, "t");
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
}

#[test]
fn a_count_of_votes_for_the_measure_is_no_speakers_side() {
    let words = "there were nine firm votes for the ferry timetable";
    let text = format!("Ferry timetable\n\nThe clerk said {words}.");
    let a = article(&text, &["The clerk"], &[reported(0, "The clerk", words)]);
    let report = rules().report(&a, "t");
    assert!(report.utterances[0].evidence.iter().all(|e| e.kind != "cue"), "{:#?}", report.utterances[0]);
}

#[test]
fn a_new_answer_sprung_and_a_stated_objection_lean_cautious() {
    // A new answer sprung on those promised another, the speaker's own
    // objection, and a measure said to answer no real need; but "we were
    // told" alone passes on facts.
    for (words, want) in [
        ("Now we're told the ferry timetable is the answer.", Some(Stance::Cautious)),
        ("My problem is that the ferry timetable ignores the winter.", Some(Stance::Cautious)),
        ("The ferry timetable is a solution looking for a problem.", Some(Stance::Cautious)),
        ("We were told the ferry timetable was set in May.", None),
    ] {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        let cued = report.utterances[0].evidence.iter().any(|e| e.kind == "cue");
        match want {
            Some(want) => {
                assert_eq!(report.speakers[0].stance, want, "{words}: {:#?}", report.speakers[0]);
                assert!(cued, "{words}: {:#?}", report.utterances[0]);
            }
            None => assert!(!cued, "{words}: {:#?}", report.utterances[0]),
        }
    }
}

#[test]
fn strong_evidence_on_both_sides_is_mixed() {
    let text = "Treaty\n\n“The treaty is a real breakthrough,” the envoy said. \
                “But the treaty is premature,” the envoy added.";
    let a = article(
        text,
        &["the envoy"],
        &[spec(0, "The treaty is a real breakthrough,"), spec(0, "But the treaty is premature,")],
    );
    let report = rules().report(&a, "t");
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report);
}

#[test]
fn the_report_keeps_the_json_contract() {
    let text = "Tunnel\n\n“The tunnel is a very good idea,” the mayor said.";
    let a = article(text, &["the mayor"], &[spec(0, "The tunnel is a very good idea,")]);
    let report = rules().report(&a, "in.txt");
    let json = serde_json::to_value(&report).unwrap();
    for key in ["source", "topic", "speakers", "utterances"] {
        assert!(json.get(key).is_some(), "{key}");
    }
    let s = &json["speakers"][0];
    for key in ["name", "aliases", "kind", "stance", "score", "confidence", "evidence"] {
        assert!(s.get(key).is_some(), "{key}");
    }
    assert_eq!(s["stance"], "optimistic");
    assert_eq!(s["kind"], "person");
    let u = &json["utterances"][0];
    for key in ["speaker", "kind", "cue", "text", "start", "end", "stance", "score", "evidence"] {
        assert!(u.get(key).is_some(), "{key}");
    }
    assert_eq!(u["speaker"], s["name"]);
    assert_eq!(u["kind"], "direct");
    // Three decimals at most.
    let score = report.speakers[0].score;
    assert_eq!(score, (score * 1000.0).round() / 1000.0);
    assert!(report.utterances[0].evidence.iter().all(|e| { e.weight == (e.weight * 1000.0).round() / 1000.0 }));
    // Deterministic.
    assert_eq!(report, rules().report(&a, "in.txt"));
}

#[test]
fn empty_and_unparsed_articles_give_empty_reports() {
    for text in ["", "\n\n", "Just a headline", "Head\n\nA body with no quotes at all."] {
        let report = rules().report(&standpoint_core::parse(text), "-");
        assert!(report.speakers.is_empty() && report.utterances.is_empty());
        assert!(!report.topic.from_profile);
    }
}

proptest! {
    /// Any text, any utterance span on char boundaries: no panic, and every
    /// piece of evidence cites the article at valid offsets.
    #[test]
    fn evidence_always_cites_the_article(
        text in "[a-zA-Z ,.;:!?'\"\u{2019}\u{201C}\u{201D}\u{2014}\u{2026}é\n-]{0,200}",
        a in 0usize..200,
        b in 0usize..200,
    ) {
        let text = format!("Head\n\n{text}");
        let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        bounds.retain(|&i| i >= 6);
        let s = bounds[a % bounds.len()];
        let e = bounds[b % bounds.len()];
        let (s, e) = (s.min(e), s.max(e));
        let a = Article {
            text: &text,
            blocks: vec![],
            sentences: vec![],
            speakers: vec![Speaker {
                name: "X".into(),
                aliases: vec![],
                kind: SpeakerKind::Person,
                mentions: vec![],
            }],
            utterances: vec![Utterance {
                speaker: SpeakerId(0),
                kind: UtteranceKind::Direct,
                cue: None,
                span: Span::new(s, e),
                source: Some(Span::new(0, 4)),
                question: Some(Span::new(s, (s + 3).min(e))).filter(|q| text.is_char_boundary(q.end)),
                block: 0,
                sentence: 0,
            }],
            diagnostics: vec![],
        };
        let report = rules().report(&a, "p");
        for e in report.utterances.iter().flat_map(|u| &u.evidence).chain(&report.speakers[0].evidence) {
            prop_assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()));
        }
        prop_assert!(report.speakers[0].score.abs() <= 1.0);
    }
}

#[test]
fn the_proposer_and_those_who_speak_for_it_lean_optimistic() {
    let text = "Harlow Foods to open bakery in Dunby\n\n\
                Harlow Foods plans to open a bakery on the edge of Dunby next year.\n\n\
                Harlow’s finance director, Mina Colt, said the site had been chosen in March.\n\n\
                Residents met in the church hall on Tuesday.";
    let a = article(
        text,
        &["Mina Colt"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some("Mina Colt"),
            ..spec(0, "the site had been chosen in March")
        }],
    );
    let report = rules().report(&a, "t");
    let colt = &report.speakers[0];
    assert_eq!(colt.stance, Stance::Optimistic, "{colt:#?}");
    assert_eq!(colt.evidence[0].kind, "proposer");
    assert_eq!(colt.evidence[0].text, "Harlow’s finance director");
    assert_eq!(&text[colt.evidence[0].start..colt.evidence[0].end], colt.evidence[0].text);

    // A headline whose doer only deliberates names no proposer.
    let text = "Dunby council to debate bakery\n\n\
                The council will debate the bakery on Friday.\n\n\
                Harlow’s finance director, Mina Colt, said the site had been chosen in March.";
    let a = article(
        text,
        &["Mina Colt"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some("Mina Colt"),
            ..spec(0, "the site had been chosen in March")
        }],
    );
    assert_eq!(rules().report(&a, "t").speakers[0].stance, Stance::Neutral);
}

#[test]
fn a_spokesperson_takes_the_side_of_the_body_they_speak_for() {
    let text = "Quarry\n\nThe council met on Monday.\n\n\
                The farmers’ union opposed the quarry. Its president, Jon Ree, said the vote was on Friday.";
    let mut a = article(
        text,
        &["The farmers’ union", "Jon Ree"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("opposed", "oppose")),
                source: Some("The farmers’ union"),
                ..spec(0, "the quarry")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Jon Ree"),
                ..spec(1, "the vote was on Friday")
            },
        ],
    );
    a.speakers[0].kind = SpeakerKind::Organization;
    let report = rules().report(&a, "t");
    let ree = &report.speakers[1];
    assert_eq!(ree.stance, Stance::Cautious, "{ree:#?}");
    assert_eq!(ree.evidence[0].kind, "affiliation");
    assert_eq!(ree.evidence[0].text, "Its");
}

#[test]
fn a_bare_spokesperson_after_the_body_speaks_for_it() {
    // `…," said spokesperson Ana Holm`, right after the group has spoken:
    // no `for` names the body, but it is the one just heard.
    let text = "Weir plan\n\nThe river trust will rebuild the weir.\n\n\
                Otter Watch, a local campaign group, opposed the weir. \"The pools below it hold our last otters,\" said spokesperson Ana Holm.\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let holm = report.speakers.iter().find(|s| s.name == "Ana Holm").expect("Ana Holm speaks");
    assert_eq!(holm.stance, Stance::Cautious, "{holm:#?}");
    assert!(holm.evidence.iter().any(|e| e.kind == "affiliation"), "{holm:#?}");
}

#[test]
fn a_possessive_of_the_bodys_kind_after_the_quote_ties_the_speaker_to_it() {
    for (body, kind) in [("The Marsh Growers Alliance", "alliance"), ("The Guild of Canal Boatmen", "guild")] {
        let text = format!(
            "Toll on the canal\n\nThe county set a toll on the canal on Monday.\n\n\
             {body} objected to the toll. \"We will meet again in May,\" said the {kind}'s treasurer, Jon Ree."
        );
        let report = rules().report(&standpoint_core::parse(&text), "-");
        let ree = report.speakers.iter().find(|s| s.name == "Jon Ree").expect("Jon Ree speaks");
        assert_eq!(ree.stance, Stance::Cautious, "{body}: {ree:#?}");
        assert!(ree.evidence.iter().any(|e| e.kind == "affiliation"), "{body}: {ree:#?}");
    }
}

#[test]
fn the_town_where_a_researcher_works_is_no_tie_to_the_proposer() {
    // The doer is the town's board; the speaker works at a university in
    // the town, or studies schools there.
    for who in [
        "Mia Lund, an economist at the University of the North at Dunmore,",
        "Mia Lund, a researcher who has studied closures in Kelso and Dunmore,",
    ] {
        let text = format!(
            "Dunmore board votes to close two schools\n\n             The Dunmore board voted on Monday to close two schools.\n\n             {who} said the effect would turn on the receiving schools."
        );
        let report = rules().report(&standpoint_core::parse(&text), "-");
        let lund = report.speakers.iter().find(|s| s.name == "Mia Lund").expect("Mia Lund speaks");
        assert!(lund.evidence.iter().all(|e| e.kind != "proposer"), "{who}: {lund:#?}");
    }
}

#[test]
fn a_lawmakers_party_and_home_town_is_no_tie_to_the_proposer() {
    // The home town shares its name with the hospital that proposes the
    // merger; the tag says where the senator comes from, not whom she
    // speaks for.
    let text = "Dunmore hospital agrees to merge with Kelso-based system\n\n\
                The board of Dunmore General Hospital voted to merge with Kelso Health.\n\n\
                State Sen. Ona Pratt, D-Dunmore, said she wanted to read the full agreement first.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let pratt = report.speakers.iter().find(|s| s.name == "Ona Pratt").expect("a speaker");
    assert!(pratt.evidence.iter().all(|e| e.kind != "proposer"), "{pratt:#?}");
    assert!(super::context::party_and_home(" R-Texas, "));
    assert!(super::context::party_and_home("I-Vt."));
    assert!(!super::context::party_and_home("AFL-CIO"));
    assert!(!super::context::party_and_home("the hospital's board"));
}

#[test]
fn a_body_the_headline_names_by_its_initials_is_the_proposer() {
    let text = "OWRB orders reed beds along the Tarrow\n\n\
                The regulator will require the beds by spring.\n\n\
                The Office of Water and River Boards said the beds would be planted in March.";
    let report = a_body_said(
        text,
        "Office of Water and River Boards",
        "The Office of Water and River Boards",
        "the beds would be planted in March",
    );
    let board = &report.speakers[0];
    assert!(board.evidence.iter().any(|e| e.kind == "proposer"), "{board:#?}");
    assert_eq!(board.stance, Stance::Optimistic, "{board:#?}");
}

#[test]
fn a_summary_of_two_camps_gives_the_first_speaker_only_their_half() {
    let text = "Levy on oat milk\n\n\
                Growers back the levy, but millers warn it will hurt trade and ruin the small mills.";
    let a = article(
        text,
        &["Growers"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("back", "back")),
            source: Some("Growers"),
            ..spec(0, "the levy, but millers warn it will hurt trade and ruin the small mills")
        }],
    );
    let report = rules().report(&a, "t");
    let growers = &report.speakers[0];
    assert_eq!(growers.stance, Stance::Optimistic, "{growers:#?}");
    assert!(growers.evidence.iter().all(|e| e.text != "ruin"), "{growers:#?}");

    // In the speaker's own quote, "but critics say" is their own account.
    let text = "Levy on oat milk\n\n\
                \"The levy is fine, but millers say it will ruin the small mills,\" said Ann Orr.";
    let a = article(
        text,
        &["Ann Orr"],
        &[Spec {
            cue: Some(("said", "say")),
            source: Some("Ann Orr"),
            ..spec(0, "The levy is fine, but millers say it will ruin the small mills,")
        }],
    );
    let report = rules().report(&a, "t");
    let orr = &report.speakers[0];
    assert!(orr.evidence.iter().any(|e| e.text == "ruin"), "{orr:#?}");
}

#[test]
fn a_body_named_after_another_does_not_speak_for_it() {
    let text = "Quarry\n\nThe council met on Monday.\n\n\
                Delta Stone welcomed the quarry.\n\n\
                The Delta Stone Workers' Trust said the vote was on Friday.";
    let mut a = article(
        text,
        &["Delta Stone", "The Delta Stone Workers' Trust"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("welcomed", "welcome")),
                source: Some("Delta Stone"),
                ..spec(0, "the quarry.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The Delta Stone Workers' Trust"),
                ..spec(1, "the vote was on Friday")
            },
        ],
    );
    a.speakers[0].kind = SpeakerKind::Organization;
    a.speakers[1].kind = SpeakerKind::Organization;
    let report = rules().report(&a, "t");
    let trust = &report.speakers[1];
    assert!(trust.evidence.iter().all(|e| e.kind != "affiliation"), "{trust:#?}");
    assert_eq!(trust.stance, Stance::Neutral);
}

#[test]
fn a_narrators_camp_sentence_sorts_the_speakers_around_it() {
    let text = "Tram\n\nThe city opened its tram line on Monday.\n\n\
                “The first trams leave at six,” the mayor said.\n\n\
                Not everyone is convinced.\n\n\
                “We were told the fares were set in May,” a shopkeeper said.";
    let a = article(
        text,
        &["the mayor", "a shopkeeper"],
        &[spec(0, "The first trams leave at six,"), spec(1, "We were told the fares were set in May,")],
    );
    let report = rules().report(&a, "t");
    let (mayor, shop) = (&report.speakers[0], &report.speakers[1]);
    assert_eq!(shop.stance, Stance::Cautious, "{shop:#?}");
    assert_eq!(shop.evidence[0].kind, "context");
    assert_eq!(shop.evidence[0].text, "Not everyone is convinced.");
    // "Not everyone" also says that the speaker before was convinced.
    assert_eq!(mayor.stance, Stance::Optimistic, "{mayor:#?}");
    assert!(mayor.evidence[0].weight > 0.0 && mayor.evidence[0].weight < -shop.evidence[0].weight);
}

#[test]
fn a_sentence_of_procedure_sorts_nobody_into_a_camp() {
    let text = "Tram line to the harbour\n\n\
                The city plans a tram line to the harbour, the mayor said on Monday.\n\n\
                \"The first trams leave at six,\" the mayor said.\n\n\
                The plan needs the support of two thirds of the council.\n\n\
                \"We were told the fares were set in May,\" a shopkeeper said.\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let shop = report.speakers.iter().find(|s| s.name == "a shopkeeper").unwrap_or_else(|| panic!("{report:#?}"));
    assert!(shop.evidence.iter().all(|e| e.kind != "context"), "{shop:#?}");
    assert_eq!(shop.stance, Stance::Neutral, "{shop:#?}");
}

#[test]
fn an_outlets_own_line_sorts_nobody_into_a_camp() {
    let report_on = |line: &'static str| {
        let text = format!(
            "Tram\n\nThe city opened its tram line on Monday.\n\n{line}\n\n\
             “We were told the fares were set in May,” a shopkeeper said."
        );
        let a = article(&text, &["a shopkeeper"], &[spec(0, "We were told the fares were set in May,")]);
        rules().report(&a, "t").speakers.remove(0)
    };
    // A link to another story and a call to sign up: their words lean, but
    // they are no narration of this one.
    for line in [
        "READ MORE: Wonderful news as the ferry wins a national award",
        "Related | Traders fear ruin as the bridge closes",
        "Sign up to our free newsletter for the best stories.",
        // The call set later in a line that opens with a headline's words,
        // and the appeal for a reader's money.
        "Don't miss the best news from the valley - sign up to our newsletter here",
        "Over 2,000 readers like you support us with a monthly gift.",
    ] {
        let shop = report_on(line);
        assert!(shop.evidence.iter().all(|e| e.kind != "context"), "{line}: {shop:#?}");
        assert_eq!(shop.stance, Stance::Neutral, "{line}: {shop:#?}");
    }
    // The narrator's own short sentence still does, and so does a
    // newsletter in the story, which is no call to the reader.
    for line in ["Traders fear ruin.", "The council's newsletter had promised the best fares."] {
        let shop = report_on(line);
        assert!(shop.evidence.iter().any(|e| e.kind == "context"), "{line}: {shop:#?}");
    }
}

#[test]
fn a_tag_in_its_own_paragraph_sorts_nobody_into_a_camp() {
    // `the waste contractor … said:` introduces the quotation after it; the
    // cue in the contractor's description (*waste*) is no narrator's
    // verdict on the plan.
    let text = "Bins\n\nThe council will bring back weekly bins in May.\n\n\
                “People asked for it and they will get it,” the leader said.\n\n\
                In a statement, the waste contractor Renfold Services said:\n\n\
                “We will recruit twelve more crews.”\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let firm = report.speakers.iter().find(|s| s.name == "Renfold Services").unwrap_or_else(|| panic!("{report:#?}"));
    assert!(firm.evidence.iter().all(|e| e.kind != "context"), "{firm:#?}");
    assert_ne!(firm.stance, Stance::Cautious, "{firm:#?}");
}

#[test]
fn an_item_of_a_bulleted_summary_sorts_nobody_into_a_camp() {
    let text = "Tram\n\nThe city opened its tram line on Monday.\n\n\
                - Not everyone is convinced.\n\n\
                “We were told the fares were set in May,” a shopkeeper said.";
    let a = article(text, &["a shopkeeper"], &[spec(0, "We were told the fares were set in May,")]);
    let report = rules().report(&a, "t");
    let shop = &report.speakers[0];
    assert!(shop.evidence.iter().all(|e| e.kind != "context"), "{shop:#?}");
    assert_eq!(shop.stance, Stance::Neutral, "{shop:#?}");
}

#[test]
fn a_camp_sentence_that_denies_a_worry_sorts_the_speakers_the_other_way() {
    // The "not" of "Not all" reaches the end of its sentence: those who
    // follow do not share the worry, and the speaker before had it.
    let text = "Ferry\n\nThe island council will sell its old ferry in spring.\n\n\
                “The crossing is part of who we are,” a fisherman said.\n\n\
                Not all of the islanders on the quay share the fishermen's worries.\n\n\
                “The boat leaks and the timetable is a joke,” a baker said.";
    let a = article(
        text,
        &["a fisherman", "a baker"],
        &[spec(0, "The crossing is part of who we are,"), spec(1, "The boat leaks and the timetable is a joke,")],
    );
    let report = rules().report(&a, "t");
    let (fisher, baker) = (&report.speakers[0], &report.speakers[1]);
    let camp = |s: &crate::SpeakerReport| s.evidence.iter().find(|e| e.kind == "context").map(|e| e.weight);
    assert!(camp(baker).is_some_and(|w| w > 0.0), "{baker:#?}");
    assert!(camp(fisher).is_some_and(|w| w < 0.0), "{fisher:#?}");
}

#[test]
fn a_speaker_introduced_with_but_takes_the_other_side() {
    let text = "Tram\n\nThe city opened its tram line on Monday.\n\n\
                The mayor said the line was a great success.\n\n\
                But Ana Holm said the timetable had been set in May.";
    let a = article(
        text,
        &["The mayor", "Ana Holm"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The mayor"),
                ..spec(0, "the line was a great success")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Ana Holm"),
                ..spec(1, "the timetable had been set in May")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let holm = &report.speakers[1];
    assert_eq!(holm.stance, Stance::Cautious, "{holm:#?}");
    assert_eq!(holm.evidence[0].kind, "turn");
    assert_eq!(holm.evidence[0].text, "But");
}

#[test]
fn laying_out_what_the_proposal_will_do_leans_optimistic_only_without_other_evidence() {
    let text = "Ring road\n\nThe county approved the ring road on Monday.\n\n\
                The engineer said the ring road would open in 2027.\n\n\
                The auditor said the ring road would open in 2027 but the budget was a worry.";
    let a = article(
        text,
        &["The engineer", "The auditor"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The engineer"),
                ..spec(0, "the ring road would open in 2027.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The auditor"),
                ..spec(1, "the ring road would open in 2027 but the budget was a worry")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let (engineer, auditor) = (&report.speakers[0], &report.speakers[1]);
    assert_eq!(engineer.stance, Stance::Optimistic, "{engineer:#?}");
    assert_eq!(engineer.evidence[0].kind, "prospect");
    assert_eq!(engineer.evidence[0].text, "would");
    // The utterance's own label stays neutral: the lean is the speaker's.
    assert_eq!(report.utterances[0].stance, Stance::Neutral);
    assert_eq!(auditor.stance, Stance::Cautious);
    assert!(auditor.evidence.iter().all(|e| e.kind != "prospect"), "{auditor:#?}");
}

#[test]
fn an_anonymous_source_relays_facts_and_takes_no_side() {
    let text = "Harbour bid\n\nThe port is preparing a bid for the harbour, people familiar with the matter said.\n\n\
                The bid for the harbour could come soon, one of the people familiar with the matter said.\n\n\
                The harbour master said the bid could come soon.";
    let a = article(
        text,
        &["people familiar with the matter", "The harbour master"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("one of the people familiar with the matter"),
                ..spec(0, "The bid for the harbour could come soon")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The harbour master"),
                ..spec(1, "the bid could come soon.")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let (source, master) = (&report.speakers[0], &report.speakers[1]);
    assert_eq!(source.stance, Stance::Neutral, "{source:#?}");
    assert!(report.utterances[0].evidence.iter().any(|e| e.kind == "source"), "{:#?}", report.utterances[0]);
    assert!(source.evidence.iter().all(|e| !matches!(e.kind, "proposer" | "prospect")), "{source:#?}");
    // The same words from a named party count in full.
    assert_eq!(master.stance, Stance::Optimistic, "{master:#?}");
    assert!(master.score > source.score + 0.1);
}

#[test]
fn a_denied_plan_or_a_duty_lays_out_no_case() {
    let text = "Ferry link\n\nThe council backed the ferry link on Friday.\n\n\
                The harbour board said it had no plans to run the ferry link itself.\n\n\
                The safety office said any ferry link would have to pass its inspection before boats could sail.\n\n\
                The pilot said the ferry link would carry 900 people a day.";
    let a = article(
        text,
        &["The harbour board", "The safety office", "The pilot"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The harbour board"),
                ..spec(0, "it had no plans to run the ferry link itself")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The safety office"),
                ..spec(1, "any ferry link would have to pass its inspection before boats could sail")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The pilot"),
                ..spec(2, "the ferry link would carry 900 people a day")
            },
        ],
    );
    let report = rules().report(&a, "t");
    for s in &report.speakers[..2] {
        lays_out_no_case(s);
    }
    // What the link will do is still its case laid out.
    let pilot = &report.speakers[2];
    assert!(pilot.evidence.iter().any(|e| e.kind == "prospect"), "{pilot:#?}");
}

#[test]
fn procedure_and_a_negated_prospect_lay_out_no_case() {
    let text = "Ring road\n\nThe county approved the ring road on Monday.\n\n\
                The aide said the mayor would review the ring road plan carefully.\n\n\
                The clerk said the board would not take a view on the ring road.\n\n\
                The registrar said drivers would be briefed on the ring road in March.";
    let a = article(
        text,
        &["The aide", "The clerk", "The registrar"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The aide"),
                ..spec(0, "the mayor would review the ring road plan carefully")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The clerk"),
                ..spec(1, "the board would not take a view on the ring road")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The registrar"),
                ..spec(2, "drivers would be briefed on the ring road in March")
            },
        ],
    );
    let report = rules().report(&a, "t");
    for s in &report.speakers {
        lays_out_no_case(s);
    }
}

#[test]
fn a_scheduled_decision_lays_out_no_case() {
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                The clerk said the assembly could vote on the tram depot as early as May.\n\n\
                The ministry said it would study the tram depot with the boroughs.\n\n\
                The engineer said the tram depot would house 40 trams.\n\n\
                The councillor said she would vote for the tram depot.\n\n\
                The planner said the tram depot would meet the needs of the whole line.\n\n\
                The tutor said apprentices would study at the tram depot from May.";
    let a = article(
        text,
        &["The clerk", "The ministry", "The engineer", "The councillor", "The planner", "The tutor"],
        &[
            reported(0, "The clerk", "the assembly could vote on the tram depot as early as May"),
            reported(1, "The ministry", "it would study the tram depot with the boroughs"),
            reported(2, "The engineer", "the tram depot would house 40 trams"),
            reported(3, "The councillor", "she would vote for the tram depot"),
            reported(4, "The planner", "the tram depot would meet the needs of the whole line"),
            reported(5, "The tutor", "apprentices would study at the tram depot from May"),
        ],
    );
    let report = rules().report(&a, "t");
    for s in &report.speakers[..2] {
        lays_out_no_case(s);
    }
    // What the depot will do, a need the plan meets and those it serves
    // studying (not a body that decides) still lay out the case.
    for s in [&report.speakers[2], &report.speakers[4], &report.speakers[5]] {
        lays_out_a_case(s);
    }
    // A vote with its side named is more than a case: the speaker's support.
    let councillor = &report.speakers[3];
    assert_eq!(councillor.stance, Stance::Optimistic, "{councillor:#?}");
    assert!(councillor.evidence.iter().any(|e| e.kind == "cue" && e.text == "vote for"), "{councillor:#?}");
}

#[test]
fn an_outcome_left_to_depend_on_a_later_step_lays_out_no_case() {
    // What is to come left open on talks or a vote, whoever says it, and a
    // second predicate after reported "that" whose subject is a body.
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                The clerk said the size of the tram depot would depend on talks with the boroughs.\n\n\
                The ministry said that it had not seen the tram depot plan and would study it with the boroughs.\n\n\
                The engineer said the tram depot would house 40 trams.";
    let a = article(
        text,
        &["The clerk", "The ministry", "The engineer"],
        &[
            reported(0, "The clerk", "the size of the tram depot would depend on talks with the boroughs"),
            reported(
                1,
                "The ministry",
                "that it had not seen the tram depot plan and would study it with the boroughs",
            ),
            reported(2, "The engineer", "the tram depot would house 40 trams"),
        ],
    );
    let report = rules().report(&a, "t");
    for s in &report.speakers[..2] {
        lays_out_no_case(s);
    }
    lays_out_a_case(&report.speakers[2]);
}

#[test]
fn the_terms_a_rule_sets_in_the_passive_lay_out_no_case() {
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                The clerk said the tram depot fee would be set at 40 dollars a year.\n\n\
                The officer said every shop near the tram depot would be covered by the rule.\n\n\
                The engineer said the tram depot would be used to double the fleet.\n\n\
                The treasurer said the money for the tram depot would come from bonds.\n\n\
                The trader said nobody is going to ride a tram depot.";
    let a = article(
        text,
        &["The clerk", "The officer", "The engineer", "The treasurer", "The trader"],
        &[
            reported(0, "The clerk", "the tram depot fee would be set at 40 dollars a year"),
            reported(1, "The officer", "every shop near the tram depot would be covered by the rule"),
            reported(2, "The engineer", "the tram depot would be used to double the fleet"),
            reported(3, "The treasurer", "the money for the tram depot would come from bonds"),
            reported(4, "The trader", "nobody is going to ride a tram depot"),
        ],
    );
    let report = rules().report(&a, "t");
    // The terms, where the money comes from, and a denied "going to"
    // (with "is" between the negated subject and it) lay out no case.
    for s in [&report.speakers[0], &report.speakers[1], &report.speakers[3], &report.speakers[4]] {
        assert!(s.evidence.iter().all(|e| e.kind != "prospect"), "{s:#?}");
    }
    lays_out_a_case(&report.speakers[2]);
}

#[test]
fn a_body_step_given_its_date_lays_out_no_case() {
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                The clerk said the county would paint the tram depot markings in October.\n\n\
                The foreman said depot staff will mount the tram depot signs from March.\n\n\
                The planner said the tram depot would be a place families visit in December.\n\n\
                The engineer said the tram depot would house 40 trams.";
    let a = article(
        text,
        &["The clerk", "The foreman", "The planner", "The engineer"],
        &[
            reported(0, "The clerk", "the county would paint the tram depot markings in October"),
            reported(1, "The foreman", "depot staff will mount the tram depot signs from March"),
            reported(2, "The planner", "the tram depot would be a place families visit in December"),
            reported(3, "The engineer", "the tram depot would house 40 trams"),
        ],
    );
    let report = rules().report(&a, "t");
    for s in &report.speakers[..2] {
        lays_out_no_case(s);
    }
    // What the depot will be, whenever people come, and what it will do,
    // still lay out the case.
    for s in &report.speakers[2..] {
        lays_out_a_case(s);
    }
}

#[test]
fn a_step_named_by_its_subject_or_a_body_lays_out_no_case() {
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                The clerk said amendments to the tram depot plan could be offered at the next sitting.\n\n\
                The director said each decision on the tram depot will be made line by line.\n\n\
                The secretary said the committee would take up the tram depot bill in June.\n\n\
                The regulator said the authority would publish guidance on the tram depot in the autumn.\n\n\
                The inspector said it would require noise permits for the tram depot.\n\n\
                The engineer said the tram depot would take up less room than the bus garage.\n\n\
                The planner said the tram depot will be finished by May.\n\n\
                The builder said the tram depot would require far less paperwork than the old yard.";
    let a = article(
        text,
        &[
            "The clerk",
            "The director",
            "The secretary",
            "The regulator",
            "The inspector",
            "The engineer",
            "The planner",
            "The builder",
        ],
        &[
            reported(0, "The clerk", "amendments to the tram depot plan could be offered at the next sitting"),
            reported(1, "The director", "each decision on the tram depot will be made line by line"),
            reported(2, "The secretary", "the committee would take up the tram depot bill in June"),
            reported(3, "The regulator", "the authority would publish guidance on the tram depot in the autumn"),
            reported(4, "The inspector", "it would require noise permits for the tram depot"),
            reported(5, "The engineer", "the tram depot would take up less room than the bus garage"),
            reported(6, "The planner", "the tram depot will be finished by May"),
            reported(7, "The builder", "the tram depot would require far less paperwork than the old yard"),
        ],
    );
    let report = rules().report(&a, "t");
    // A step of procedure named as the modal's subject (amendments, a
    // decision), a body taking up a bill or publishing guidance, and a
    // duty a rule will demand lay out no case.
    for s in &report.speakers[..5] {
        lays_out_no_case(s);
    }
    // The plan itself taking up room, being finished, or lifting a burden
    // still does.
    for s in &report.speakers[5..] {
        lays_out_a_case(s);
    }
}

#[test]
fn a_wish_for_an_account_is_a_challenge() {
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                \"If the city can show us the noise figures, we'd love to read them,\" the boatman said.\n\n\
                \"I'd love for someone at the city to explain who pays for it,\" the grocer said.\n\n\
                \"I'd love to ride a tram from my own street,\" the student said.\n\n\
                \"Our children would love to read on a warm tram every morning,\" the teacher said.";
    let direct = |i: usize, who: &'static str, words: &'static str| Spec {
        kind: UtteranceKind::Direct,
        cue: Some(("said", "say")),
        source: Some(who),
        ..spec(i, words)
    };
    let a = article(
        text,
        &["the boatman", "the grocer", "the student", "the teacher"],
        &[
            direct(0, "the boatman", "If the city can show us the noise figures, we'd love to read them,"),
            direct(1, "the grocer", "I'd love for someone at the city to explain who pays for it,"),
            direct(2, "the student", "I'd love to ride a tram from my own street,"),
            direct(3, "the teacher", "Our children would love to read on a warm tram every morning,"),
        ],
    );
    let report = rules().report(&a, "t");
    // Asking for the account the other side has not given leans cautious.
    for s in &report.speakers[..2] {
        assert!(s.evidence.iter().any(|e| e.text == "love" && e.weight < 0.0), "{s:#?}");
        assert_eq!(s.stance, Stance::Cautious, "{s:#?}");
    }
    // A wish for what the plan brings stays a wish, and so does others'
    // delight, even before a verb of being told.
    for s in &report.speakers[2..] {
        assert!(s.evidence.iter().any(|e| e.text == "love" && e.weight > 0.0), "{s:#?}");
    }
}

#[test]
fn a_disclaimer_defers_to_the_case_laid_out_after_it() {
    let text = "Tram depot\n\nThe city proposed a tram depot on Friday.\n\n\
                \"I'm not saying the tram depot was an easy call. But the tram depot will house 40 trams,\" the mayor said.\n\n\
                \"Nobody is saying the tram depot will sink,\" the boatman said.";
    let direct = |i: usize, who: &'static str, words: &'static str| Spec {
        kind: UtteranceKind::Direct,
        cue: Some(("said", "say")),
        source: Some(who),
        ..spec(i, words)
    };
    let a = article(
        text,
        &["the mayor", "the boatman"],
        &[
            direct(
                0,
                "the mayor",
                "I'm not saying the tram depot was an easy call. But the tram depot will house 40 trams,",
            ),
            direct(1, "the boatman", "Nobody is saying the tram depot will sink,"),
        ],
    );
    let report = rules().report(&a, "t");
    // The case laid out after the disclaimer is the speaker's position.
    let mayor = &report.speakers[0];
    assert!(mayor.evidence.iter().any(|e| e.kind == "prospect"), "{mayor:#?}");
    assert!(mayor.evidence.iter().all(|e| e.kind != "disclaimer"), "{mayor:#?}");
    // A "will" inside what the disclaimer denies lays out nothing.
    let boatman = &report.speakers[1];
    assert!(boatman.evidence.iter().all(|e| e.kind != "prospect"), "{boatman:#?}");
    assert_eq!(boatman.stance, Stance::Cautious, "{boatman:#?}");
}

#[test]
fn a_passive_names_the_doer_and_its_ministers_speak_for_it() {
    let text = "Junk food adverts to be banned\n\n\
                Adverts for sweets will be banned before 9pm under plans confirmed by the government.\n\n\
                Public health minister Cara Hale said the rules would start in October.\n\n\
                Shadow health minister Tom Reid said the adverts would stop in October.";
    let a = article(
        text,
        &["Cara Hale", "Tom Reid"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Public health minister Cara Hale"),
                ..spec(0, "the rules would start in October.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Shadow health minister Tom Reid"),
                ..spec(1, "the adverts would stop in October")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let hale = &report.speakers[0];
    assert!(hale.evidence.iter().any(|e| e.kind == "proposer" && e.text == "minister"), "{hale:#?}");
    // An opposition title does not speak for the government.
    let reid = &report.speakers[1];
    assert!(reid.evidence.iter().all(|e| e.kind != "proposer"), "{reid:#?}");
}

#[test]
fn a_place_name_inside_an_institution_name_is_not_the_doer() {
    let text = "Harwick Police to fly drones over the town centre\n\n\
                Harwick Police will fly drones over the town centre from May, the force said on Monday.\n\n\
                Ann Bell, a lecturer at the University of Harwick, said the drones would fly from May.\n\n\
                A spokesman for Harwick Police said the drones would fly from May.\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let find = |name: &str| report.speakers.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("{report:#?}"));
    let bell = find("Ann Bell");
    assert!(bell.evidence.iter().all(|e| e.kind != "proposer"), "{bell:#?}");
    // The parser names a spokesman for a named body after the body.
    let police = find("Harwick Police");
    assert!(police.evidence.iter().any(|e| e.kind == "proposer"), "{police:#?}");
}

#[test]
fn the_object_of_opposition_in_a_headline_is_the_doer() {
    let text = "Pension funds push back against Treasury plan to cap fees\n\n\
                The Treasury wants a cap on fees from April.\n\n\
                A Treasury official said the cap would start in April.\n\n\
                A pension funds spokesman said the cap would start in April.";
    let a = article(
        text,
        &["Treasury", "Pension funds"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("A Treasury official"),
                ..spec(0, "the cap would start in April.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("A pension funds spokesman"),
                ..spec(1, "the cap would start in April")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let (treasury, funds) = (&report.speakers[0], &report.speakers[1]);
    assert!(treasury.evidence.iter().any(|e| e.kind == "proposer"), "{treasury:#?}");
    assert!(funds.evidence.iter().all(|e| e.kind != "proposer"), "{funds:#?}");
}

#[test]
fn a_participle_after_a_possessive_in_a_headline_names_no_doer() {
    // *the board's proposed fee* is the board's plan: those before it who
    // resist it are not its doer.
    let text = "Stallholders resist Dunmere board's proposed pitch fee\n\n\
                The market board wants a weekly pitch fee from June.\n\n\
                A stallholders spokesman said the fee would start in June.";
    let a = article(
        text,
        &["Stallholders"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some("A stallholders spokesman"),
            ..spec(0, "the fee would start in June")
        }],
    );
    let report = rules().report(&a, "t");
    let stallholders = &report.speakers[0];
    assert!(stallholders.evidence.iter().all(|e| e.kind != "proposer"), "{stallholders:#?}");
}

#[test]
fn a_doers_officers_and_office_speak_for_it() {
    let text = "Harbour Freight to build new quay\n\n\
                The firm wants the quay open by May.\n\n\
                Harbour Freight Chief Executive Ann Lee said the quay would open in May.\n\n\
                Harbour Freight's office said the quay would open in June.\n\n\
                Harbour Borough Council leader Bo Kim said the quay would open in July.";
    let mut a = article(
        text,
        &["Ann Lee", "Harbour Freight's office", "Bo Kim"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Harbour Freight Chief Executive Ann Lee"),
                ..spec(0, "the quay would open in May.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Harbour Freight's office"),
                ..spec(1, "the quay would open in June.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Harbour Borough Council leader Bo Kim"),
                ..spec(2, "the quay would open in July.")
            },
        ],
    );
    a.speakers[1].kind = SpeakerKind::Organization;
    let report = rules().report(&a, "t");
    let proposer = |i: usize| report.speakers[i].evidence.iter().any(|e| e.kind == "proposer");
    assert!(proposer(0), "{:#?}", report.speakers[0]);
    assert!(proposer(1), "{:#?}", report.speakers[1]);
    // A place shared with the doer's name is no tie.
    assert!(!proposer(2), "{:#?}", report.speakers[2]);
}

#[test]
fn a_speaker_set_against_the_news_by_but_does_not_announce_it() {
    let announce = |lead: &'static str, words: &'static str| {
        let text: &'static str = Box::leak(format!("Quota plan\n\n{lead}\n\nMore later.").into_boxed_str());
        let a = article(
            text,
            &["delegates"],
            &[Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("delegates"),
                ..spec(0, words)
            }],
        );
        rules().report(&a, "t").speakers[0].evidence.iter().any(|e| e.kind == "proposer")
    };
    assert!(announce("Growers will set up a quota group, delegates said.", "Growers will set up a quota group"));
    assert!(!announce(
        "Growers agreed to study a quota, but delegates said no decision was likely.",
        "no decision was likely"
    ));
}

#[test]
fn a_speaker_described_as_against_the_plan_does_not_announce_it() {
    let announce = |lead: &'static str, words: &'static str| {
        let text: &'static str = Box::leak(format!("Quota plan\n\n{lead}\n\nMore later.").into_boxed_str());
        let a = article(
            text,
            &["Growers"],
            &[Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("say", "say")),
                source: Some("Growers"),
                ..spec(0, words)
            }],
        );
        rules().report(&a, "t").speakers[0].evidence.iter().any(|e| e.kind == "proposer")
    };
    assert!(announce("Growers who met on Monday say they will form a quota group.", "they will form a quota group"));
    assert!(!announce("Growers who opposed the quota for years say they will form a group.", "they will form a group"));
}

#[test]
fn a_speaker_who_defers_the_question_takes_no_side() {
    let text = "Clinic move\n\nThe board will move the clinic to Dale Road.\n\n\
                Not everyone is convinced.\n\n\
                The ministry said it was a matter for the board, but that any move must be safe and fair.";
    let a = article(
        text,
        &["The ministry"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some("The ministry"),
            ..spec(0, "it was a matter for the board, but that any move must be safe and fair")
        }],
    );
    let report = rules().report(&a, "t");
    let ministry = &report.speakers[0];
    assert_eq!(ministry.stance, Stance::Neutral, "{ministry:#?}");
    assert!(report.utterances[0].evidence.iter().any(|e| e.kind == "deflection"), "{:#?}", report.utterances[0]);
    // The camp sentence before it does not sort a deflecting speaker.
    assert!(ministry.evidence.iter().all(|e| e.kind != "context"), "{ministry:#?}");
}

#[test]
fn a_speaker_who_names_the_decision_as_anothers_takes_no_side() {
    // `Whether it is wise is the board's decision, not ours`: the agency
    // checks figures; the camp sentence before it sorts nobody.
    let text = "Clinic move\n\nThe board will move the clinic to Dale Road.\n\n\
                Many residents welcome the move.\n\n\
                The roads agency said the parking count had been checked and met the rules.\n\n\
                \u{201c}Whether the move is wise is the board's decision, not ours.\u{201d}";
    let a = article(
        text,
        &["The roads agency"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The roads agency"),
                ..spec(0, "the parking count had been checked and met the rules")
            },
            spec(0, "Whether the move is wise is the board's decision, not ours."),
        ],
    );
    let report = rules().report(&a, "t");
    let agency = &report.speakers[0];
    assert_eq!(agency.stance, Stance::Neutral, "{agency:#?}");
    assert!(report.utterances[1].evidence.iter().any(|e| e.kind == "deflection"), "{:#?}", report.utterances[1]);
    assert!(agency.evidence.iter().all(|e| e.kind != "context"), "{agency:#?}");
}

#[test]
fn a_speakers_own_name_is_not_a_frame_verb() {
    let text = "Tolls\n\nThe council met on Monday.\n\n\
                Her neighbour, Anna Champion, told the meeting the tolls would start in May.";
    let a = article(
        text,
        &["Anna Champion"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("told", "tell")),
            source: Some("Anna Champion"),
            ..spec(0, "the meeting the tolls would start in May")
        }],
    );
    let report = rules().report(&a, "t");
    assert!(report.utterances[0].evidence.iter().all(|e| e.kind != "frame"), "{:#?}", report.utterances[0]);
}

#[test]
fn a_reporting_verb_before_a_but_weighs_like_the_earlier_clause() {
    let text = "Tunnel\n\nThe council met on Monday.\n\n\
                The treasurer expressed caution about the tunnel, but defended the timetable.";
    let a = article(
        text,
        &["The treasurer"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("expressed caution", "express caution")),
            source: Some("The treasurer"),
            ..spec(0, "about the tunnel, but defended the timetable")
        }],
    );
    let report = rules().report(&a, "t");
    let ev = kinds(&report, 0);
    assert!(ev.contains(&"contrast:but".to_string()), "{ev:?}");
    let verb = report.utterances[0].evidence.iter().find(|e| e.kind == "verb").expect("the verb");
    let scaled =
        report.utterances[0].evidence.iter().filter(|e| e.kind == "contrast").map(|e| e.weight).fold(0.0, f64::max);
    // The verb's caution is cut back by the "but" that follows it.
    assert!(verb.weight < 0.0 && scaled > 0.0, "{:#?}", report.utterances[0]);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
}

#[test]
fn the_name_of_the_thing_removed_is_no_praise_of_it() {
    // "Festival" has a glad general sentiment; in a story that cancels the
    // festival it only names the thing, and "not doing ... any favours" is
    // fault found with it: a speaker for the plan.
    let text = "Council to cancel Harrow Lane festival\n\n\
                The council wants to cancel the festival from next year.\n\n\
                “The festival is not doing the lane any favours,” said Mara Quist.";
    let a = article(
        text,
        &["Mara Quist"],
        &[Spec {
            cue: Some(("said", "say")),
            source: Some("Mara Quist"),
            ..spec(0, "The festival is not doing the lane any favours,")
        }],
    );
    let report = rules().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().all(|e| e != "sentiment:festival"), "{k:?}");
    assert!(k.iter().any(|e| e.starts_with("removal:")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{k:?}");
}

#[test]
fn praise_of_the_ground_a_plan_is_built_on_stands_against_the_plan() {
    // The meadow is what the depot takes: praise of it is no praise of
    // the depot, fault with it is.
    let text = "Board backs bus depot at Corley\n\n\
                A bus depot will be built on meadows near Corley after the board voted on Monday.\n\n\
                “These meadows are a wonderful place for larks,” said Mara Quist.\n\n\
                “The meadows are a waste of space,” said Ivo Brent.";
    let a = article(
        text,
        &["Mara Quist", "Ivo Brent"],
        &[
            Spec {
                cue: Some(("said", "say")),
                source: Some("Mara Quist"),
                ..spec(0, "These meadows are a wonderful place for larks,")
            },
            Spec {
                cue: Some(("said", "say")),
                source: Some("Ivo Brent"),
                ..spec(1, "The meadows are a waste of space,")
            },
        ],
    );
    let report = rules().report(&a, "t");
    assert!(kinds(&report, 0).iter().any(|k| k.starts_with("removal:")), "{:?}", kinds(&report, 0));
    assert_eq!(report.utterances[0].stance, Stance::Cautious, "{:?}", kinds(&report, 0));
    assert_eq!(report.utterances[1].stance, Stance::Optimistic, "{:?}", kinds(&report, 1));
}

#[test]
fn any_word_for_the_ground_a_plan_takes_names_it() {
    // The lead says *meadows*; the speaker says *land*: the same ground.
    let text = "Board backs bus depot at Corley\n\n\
                A bus depot will be built on meadows near Corley after the board voted on Monday.\n\n\
                “The land is a wonderful place for larks,” said Mara Quist.";
    let a = article(
        text,
        &["Mara Quist"],
        &[Spec {
            cue: Some(("said", "say")),
            source: Some("Mara Quist"),
            ..spec(0, "The land is a wonderful place for larks,")
        }],
    );
    let report = rules().report(&a, "t");
    assert!(kinds(&report, 0).iter().any(|k| k.starts_with("removal:")), "{:?}", kinds(&report, 0));
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:?}", kinds(&report, 0));
}

#[test]
fn praise_of_the_thing_a_plan_removes_stands_against_the_plan() {
    let text = "Trust plans to close Pellow Cove lido\n\n\
                The trust wants to close the lido this autumn.\n\n\
                “The lido is a wonderful place for families,” said Mara Quist.\n\n\
                “The lido is a waste of money,” said Ivo Brent.";
    let a = article(
        text,
        &["Mara Quist", "Ivo Brent"],
        &[
            Spec {
                cue: Some(("said", "say")),
                source: Some("Mara Quist"),
                ..spec(0, "The lido is a wonderful place for families,")
            },
            Spec { cue: Some(("said", "say")), source: Some("Ivo Brent"), ..spec(1, "The lido is a waste of money,") },
        ],
    );
    let report = rules().report(&a, "t");
    assert!(kinds(&report, 0).iter().any(|k| k.starts_with("removal:")), "{:?}", kinds(&report, 0));
    assert_eq!(report.utterances[0].stance, Stance::Cautious);
    assert_eq!(report.utterances[1].stance, Stance::Optimistic, "{:?}", kinds(&report, 1));
}

#[test]
fn a_body_named_only_by_its_kind_speaks_for_the_doer() {
    let text = "Fenwick Valley schools to start classes an hour later\n\n\
                Fenwick Valley schools will start classes an hour later from September.\n\n\
                The district said the timetable was drawn up over the winter.";
    let report = a_body_said(text, "the district", "The district", "the timetable was drawn up over the winter");
    let district = &report.speakers[0];
    assert_eq!(district.stance, Stance::Optimistic, "{district:#?}");
    assert_eq!(district.evidence[0].kind, "proposer");
    assert_eq!(district.evidence[0].text, "The district");
}

/// A reported utterance of `speaker`, introduced as `source`, after the
/// first "said" that follows the source.
fn said(speaker: usize, source: &'static str, words: &'static str) -> Spec {
    Spec { kind: UtteranceKind::Reported, cue: Some(("said", "say")), source: Some(source), ..spec(speaker, words) }
}

#[test]
fn the_proposals_side_describes_the_harm_it_answers() {
    let text = "Ostrava cabinet plans sugar duty\n\n\
                The Ostrava cabinet plans a duty on fizzy drinks from June.\n\n\
                Health minister Ida Varga said clinics were seeing more diabetes than ever.\n\n\
                A shopkeeper, Leo Brandt, said clinics were seeing more diabetes than ever before.";
    let a = article(
        text,
        &["Ida Varga", "Leo Brandt"],
        &[
            said(0, "Health minister Ida Varga", "clinics were seeing more diabetes than ever."),
            said(1, "Leo Brandt", "clinics were seeing more diabetes than ever before"),
        ],
    );
    let report = rules().report(&a, "t");
    let (varga, brandt) = (&report.speakers[0], &report.speakers[1]);
    assert!(varga.evidence.iter().any(|e| e.kind == "problem" && e.text == "diabetes"), "{varga:#?}");
    assert_eq!(varga.stance, Stance::Optimistic);
    // Nothing places the shopkeeper: the harm stays a weak warning.
    assert!(brandt.evidence.iter().all(|e| e.kind != "problem"), "{brandt:#?}");
    assert_ne!(brandt.stance, Stance::Optimistic);
}

#[test]
fn the_lead_proper_can_restate_the_doer_after_a_standfirst() {
    let text = "Velmark plans to tax plastic cups\n\n\
                Critics back the proposed levy, but cafe owners warn it will cost jobs.\n\n\
                Published on 3 March\n\n\
                Tarnow, Velmark \u{2013} Velmark's cabinet has agreed a levy on plastic cups from May, officials confirmed on Monday.\n\n\
                Environment minister Ona Petrov said the levy would start in May.\n\n\
                Bruno Lind, chairman of the Velmark Cafe Owners Guild, said the levy would start in spring.";
    let a = article(
        text,
        &["Ona Petrov", "Bruno Lind"],
        &[
            said(0, "Environment minister Ona Petrov", "the levy would start in May."),
            said(1, "Bruno Lind", "the levy would start in spring."),
        ],
    );
    let report = rules().report(&a, "t");
    let petrov = &report.speakers[0];
    assert!(petrov.evidence.iter().any(|e| e.kind == "proposer" && e.text == "minister"), "{petrov:#?}");
    // The doer's name as a qualifier of another body's name is no tie.
    let lind = &report.speakers[1];
    assert!(lind.evidence.iter().all(|e| e.kind != "proposer"), "{lind:#?}");
}

#[test]
fn with_no_doer_up_front_the_first_paragraph_that_names_one_does() {
    let text = "What the tram line means for you\n\n\
                Here is everything we know so far about the route and the works.\n\n\
                But few traders were prepared to say how the works would affect their shops.\n\n\
                Lindby Council wants to build a tram line from the station to the hospital by 2030.\n\n\
                Mara Holm, leader of Lindby Council, said the line would open in 2030.";
    let a = article(text, &["Mara Holm"], &[said(0, "Mara Holm", "the line would open in 2030.")]);
    let report = rules().report(&a, "t");
    let holm = &report.speakers[0];
    assert!(holm.evidence.iter().any(|e| e.kind == "proposer" && e.text.contains("Lindby")), "{holm:#?}");
}

#[test]
fn the_doer_named_by_its_kind_and_the_bills_sponsor_speak_for_it() {
    let text = "Marrow County to spray the wetlands for midges\n\n\
                Marrow County will spray the wetlands for midges from July.\n\n\
                Ada Brook, the county's parks director, said the spraying would start in July.\n\n\
                Cal Ives, the union's shop steward, said the spraying would start in August.\n\n\
                \"It is a simple idea,\" the sponsor, state Sen. Rhea Moss, said.";
    let a = article(
        text,
        &["Ada Brook", "Cal Ives", "Rhea Moss"],
        &[
            said(0, "Ada Brook", "the spraying would start in July."),
            said(1, "Cal Ives", "the spraying would start in August."),
            Spec { cue: Some(("said", "say")), source: Some("Rhea Moss"), ..spec(2, "It is a simple idea,") },
        ],
    );
    let report = rules().report(&a, "t");
    let proposer = |i: usize| report.speakers[i].evidence.iter().find(|e| e.kind == "proposer").map(|e| e.text.clone());
    assert_eq!(proposer(0).as_deref(), Some("the county's parks director"));
    // A kind of body that is not the doer's is no tie.
    assert_eq!(proposer(1), None);
    assert_eq!(proposer(2).as_deref(), Some("Rhea Moss"));
}

#[test]
fn a_body_that_describes_the_problem_still_speaks_for_the_doer() {
    let text = "Army to retire its old gunboats\n\n\
                The Army will retire its old gunboats next year.\n\n\
                The service said the fleet was a relic of the last war.";
    let report = a_body_said(text, "the service", "The service", "the fleet was a relic of the last war");
    let service = &report.speakers[0];
    assert!(service.evidence.iter().any(|e| e.kind == "proposer"), "{service:#?}");
    assert_eq!(service.stance, Stance::Optimistic, "{service:#?}");
}

#[test]
fn a_narrator_sentence_whose_subject_names_a_camp_sorts_the_next_speaker() {
    let text = "Ferry\n\nThe island council voted on Monday to buy a second ferry.\n\n\
                Supporters filled the back of the hall.\n\n\
                “We had to queue for two hours in August,” a fisherman said.\n\n\
                Opponents gathered outside.\n\n\
                “We had to queue for two hours in July,” a teacher said.";
    let a = article(
        text,
        &["a fisherman", "a teacher"],
        &[spec(0, "We had to queue for two hours in August,"), spec(1, "We had to queue for two hours in July,")],
    );
    let report = rules().report(&a, "t");
    let (fisherman, teacher) = (&report.speakers[0], &report.speakers[1]);
    assert_eq!(fisherman.stance, Stance::Optimistic, "{fisherman:#?}");
    assert_eq!(fisherman.evidence[0].text, "Supporters filled the back of the hall.");
    assert_eq!(teacher.stance, Stance::Cautious, "{teacher:#?}");
}

#[test]
fn one_tied_to_the_thing_a_plan_removes_stands_with_it() {
    let text = "Board plans to close the Marrow Lane library\n\n\
                The board will close the Marrow Lane library in the spring.\n\n\
                Ann Cole, who has used the library for forty years, said the doors opened at nine.\n\n\
                Tom Hale, a retired engineer, said the doors opened at ten.";
    let a = article(
        text,
        &["Ann Cole", "Tom Hale"],
        &[said(0, "Ann Cole", "the doors opened at nine."), said(1, "Tom Hale", "the doors opened at ten.")],
    );
    let report = rules().report(&a, "t");
    let (cole, hale) = (&report.speakers[0], &report.speakers[1]);
    assert_eq!(cole.stance, Stance::Cautious, "{cole:#?}");
    assert_eq!(cole.evidence[0].text, "who has used the library for forty years");
    assert_eq!(hale.stance, Stance::Neutral, "{hale:#?}");
}

#[test]
fn words_that_open_with_but_after_support_are_a_reservation() {
    // Support, then the speaker's next words open with "But": a demand
    // with no cautious word is still a reservation about the support.
    let text = "Harbour tolls\n\n\
                The port authority plans to raise harbour tolls for cruise ships.\n\n\
                \"We support higher tolls. Nobody here is against them,\" said Mira Tolvanen, who runs a ferry company.\n\n\
                \"But give the small operators three seasons to adjust first,\" Tolvanen said.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let mira = who("Tolvanen");
    assert_eq!(mira.stance, Stance::Mixed, "{mira:#?}");
    assert!(mira.evidence.iter().any(|e| e.kind == "caveat" && e.text == "But" && e.weight < 0.0), "{mira:#?}");
    // Without support before it, a "But" is no reservation.
    let text = "Harbour tolls\n\n\
                The port authority plans to raise harbour tolls for cruise ships.\n\n\
                \"The ships come every day in summer,\" said Mira Tolvanen, who runs a ferry company.\n\n\
                \"But give the small operators three seasons to adjust first,\" Tolvanen said.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let mira = report.speakers.iter().find(|s| s.name.contains("Tolvanen")).unwrap_or_else(|| panic!("{report:#?}"));
    assert!(mira.evidence.iter().all(|e| e.kind != "caveat"), "{mira:#?}");
}

#[test]
fn a_verb_of_no_weight_with_for_or_against_before_its_object_takes_that_side() {
    let text = "Night buses\n\n\
                The transit board plans to add night buses on six routes.\n\n\
                The Riders Union has pushed for the night buses since 2019.\n\n\
                The Taxi Guild has lobbied against the night buses at every board meeting.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let riders = who("Riders");
    assert_eq!(riders.stance, Stance::Optimistic, "{riders:#?}");
    assert!(riders.evidence.iter().any(|e| e.kind == "verb" && e.text == "pushed"), "{riders:#?}");
    let taxis = who("Taxi");
    assert_eq!(taxis.stance, Stance::Cautious, "{taxis:#?}");
    assert!(taxis.evidence.iter().any(|e| e.kind == "verb" && e.text == "lobbied" && e.weight < 0.0), "{taxis:#?}");
}

#[test]
fn one_who_sponsors_something_else_is_no_sponsor_of_the_measure() {
    let text = "Brellin Assembly to cap kelp harvests\n\n\
                The Brellin Assembly will cap kelp harvests from spring.\n\n\
                Tova Renn, who sponsors one of the harvesting permits, said the cap would start in spring.\n\n\
                Ilse Varo, who sponsored the cap, said the cap would start in spring.";
    let a = article(
        text,
        &["Tova Renn", "Ilse Varo"],
        &[
            said(0, "Tova Renn", "the cap would start in spring."),
            said(1, "Ilse Varo", "the cap would start in spring."),
        ],
    );
    let report = rules().report(&a, "t");
    let proposer = |i: usize| report.speakers[i].evidence.iter().find(|e| e.kind == "proposer").map(|e| e.text.clone());
    assert_eq!(proposer(0), None);
    assert_eq!(proposer(1).as_deref(), Some("Ilse Varo"));
}

/// The proposer lean of one person who speaks in the lead.
fn lead_lean(text: &str, cue: (&'static str, &'static str), words: &'static str) -> Option<String> {
    let a = article(
        text,
        &["Mira Tallis"],
        &[Spec { kind: UtteranceKind::Reported, cue: Some(cue), source: Some("Mira Tallis"), ..spec(0, words) }],
    );
    let report = rules().report(&a, "t");
    report.speakers[0].evidence.iter().find(|e| e.kind == "proposer").map(|e| e.text.clone())
}

#[test]
fn a_lead_speaker_set_against_the_news_does_not_announce_it() {
    let announces = "Veltra Council to move Orrin library\n\n\
                     Mira Tallis said the library would move to the old mill in June.";
    assert!(lead_lean(announces, ("said", "say"), "the library would move to the old mill in June.").is_some());
    let against = "Veltra Council to move Orrin library\n\n\
                   Mira Tallis is lobbying against the library move, an investment in growth and savings.";
    assert_eq!(
        lead_lean(against, ("lobbying", "lobby"), "the library move, an investment in growth and savings."),
        None
    );
    let backing = "Veltra Council to move Orrin library\n\n\
                   Mira Tallis is lobbying for the library move, an investment in growth and savings.";
    assert!(
        lead_lean(backing, ("lobbying", "lobby"), "the library move, an investment in growth and savings.").is_some()
    );
}

#[test]
fn one_brought_in_by_a_relative_clause_on_the_plan_does_not_announce_it() {
    let relative = "Veltra Council to move Orrin library\n\n\
                    The library will move under a plan that Mira Tallis says would leave the old mill empty.";
    assert_eq!(lead_lean(relative, ("says", "say"), "would leave the old mill empty."), None);
    let announces = "Veltra Council to move Orrin library\n\n\
                     Mira Tallis says the library would leave the old mill empty.";
    assert!(lead_lean(announces, ("says", "say"), "the library would leave the old mill empty.").is_some());
}

#[test]
fn a_question_about_what_the_proposal_will_do_lays_out_no_case() {
    let text = "Ring road\n\nThe county approved the ring road on Monday.\n\n\
                The farmer said: \"How will the ring road reach the valley?\"\n\n\
                The engineer said: \"The ring road will reach the valley.\"";
    let a = article(
        text,
        &["The farmer", "The engineer"],
        &[spec(0, "How will the ring road reach the valley?"), spec(1, "The ring road will reach the valley.")],
    );
    let report = rules().report(&a, "t");
    let (farmer, engineer) = (&report.speakers[0], &report.speakers[1]);
    assert!(farmer.evidence.iter().all(|e| e.kind != "prospect"), "{farmer:#?}");
    // The question is doubt, weakly.
    assert_eq!(farmer.stance, Stance::Cautious, "{farmer:#?}");
    assert!(farmer.evidence.iter().any(|e| e.kind == "doubt"), "{farmer:#?}");
    assert_eq!(engineer.stance, Stance::Optimistic, "{engineer:#?}");
}

#[test]
fn a_body_named_in_full_where_it_speaks_is_not_the_doer_by_its_kind() {
    let short = "Dunmore Ministry to dredge the Tarrow estuary\n\n\
                 The Dunmore Ministry will dredge the Tarrow estuary from May.\n\n\
                 The ministry said the dredging would start in May.";
    let report = a_body_said(short, "the ministry", "The ministry", "the dredging would start in May");
    assert!(report.speakers[0].evidence.iter().any(|e| e.kind == "proposer"), "{:#?}", report.speakers[0]);
    let full = "Tarrow harbour board to dredge the estuary\n\n\
                The Tarrow harbour board will dredge the estuary from May.\n\n\
                The Ministry of Kelp and Tides said the dredging would start in May.";
    let report = a_body_said(full, "the Ministry", "The Ministry of Kelp and Tides", "the dredging would start in May");
    assert!(report.speakers[0].evidence.iter().all(|e| e.kind != "proposer"), "{:#?}", report.speakers[0]);
}

#[test]
fn an_adjectives_to_names_no_doer() {
    let text = "Ferrymen say dearer fuel makes the timetable hard to keep\n\n\
                The Kessa Port Authority will cut ferry fares from June.\n\n\
                Ferrymen said the cut would start in June.";
    let a = article(
        text,
        &["Ferrymen"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some("Ferrymen"),
            ..spec(0, "the cut would start in June.")
        }],
    );
    let report = rules().report(&a, "t");
    let ferrymen = &report.speakers[0];
    assert!(ferrymen.evidence.iter().all(|e| e.kind != "proposer"), "{ferrymen:#?}");
}

#[test]
fn one_who_presses_others_to_act_is_not_the_doer() {
    let text = "Row over the Kessa kelp levy\n\n\
                Councillor Bo Renn urged traders to back the kelp levy.\n\n\
                Bo Renn said the levy would start in May.";
    let a = article(text, &["Bo Renn"], &[said(0, "Bo Renn", "the levy would start in May.")]);
    let report = rules().report(&a, "t");
    let renn = &report.speakers[0];
    assert!(renn.evidence.iter().all(|e| e.kind != "proposer"), "{renn:#?}");
}

#[test]
fn a_lead_speaker_whose_lead_words_are_cautious_does_not_announce_the_news() {
    let text = "Veltra Council to move Orrin library\n\n\
                Mira Tallis said the move could bring delays for the readers.\n\n\
                Mira Tallis said the new reading room would be wonderful and bright.";
    let a = article(
        text,
        &["Mira Tallis"],
        &[
            said(0, "Mira Tallis", "the move could bring delays for the readers."),
            said(0, "Mira Tallis", "the new reading room would be wonderful and bright."),
        ],
    );
    let report = rules().report(&a, "t");
    let tallis = &report.speakers[0];
    assert!(tallis.evidence.iter().all(|e| e.kind != "proposer"), "{tallis:#?}");
}

#[test]
fn words_that_weigh_both_sides_make_a_speaker_mixed() {
    let text = "Ferry plan\n\nThe county will run a night ferry to Holm Island.\n\n\
                \"The early trial runs were mixed. The crews liked it.\"\n\n\
                \"The crews liked it.\"";
    let a = article(
        text,
        &["Ola Brenn", "Ute Saal"],
        &[spec(0, "The early trial runs were mixed. The crews liked it."), spec(1, "The crews liked it.")],
    );
    let report = rules().report(&a, "t");
    let (brenn, saal) = (&report.speakers[0], &report.speakers[1]);
    assert_eq!(brenn.stance, Stance::Mixed, "{brenn:#?}");
    let balance: Vec<f64> = brenn.evidence.iter().filter(|e| e.kind == "balance").map(|e| e.weight).collect();
    assert!(balance.len() == 2 && balance.iter().sum::<f64>().abs() < 1e-9, "{brenn:#?}");
    // The same words without the weighing are support.
    assert_eq!(saal.stance, Stance::Optimistic, "{saal:#?}");
}

#[test]
fn words_that_grant_each_camp_its_due_make_a_speaker_mixed() {
    let text = "Tram line\n\nThe city will build a tram line to the Holm estates.\n\n\
                Both sides had a point about the tram line, Ivo Rask said.\n\n\
                The tram line was less simple than either side admitted, Mia Dorn said.\n\n\
                The tram line is a fine and welcome idea, Lea Pohl said.";
    let a = article(
        text,
        &["Ivo Rask", "Mia Dorn", "Lea Pohl"],
        &[
            reported(0, "Ivo Rask", "Both sides had a point about the tram line"),
            reported(1, "Mia Dorn", "The tram line was less simple than either side admitted"),
            reported(2, "Lea Pohl", "The tram line is a fine and welcome idea"),
        ],
    );
    let report = rules().report(&a, "t");
    for s in &report.speakers[..2] {
        assert_eq!(s.stance, Stance::Mixed, "{s:#?}");
        assert!(s.evidence.iter().any(|e| e.kind == "balance"), "{s:#?}");
    }
    // A supporter who weighs nothing stays a supporter.
    let pohl = &report.speakers[2];
    assert_eq!(pohl.stance, Stance::Optimistic, "{pohl:#?}");
    assert!(pohl.evidence.iter().all(|e| e.kind != "balance"), "{pohl:#?}");
}

#[test]
fn a_speaker_who_hands_the_decision_to_others_takes_no_side_in_any_words() {
    let text = "Toll bridge\n\nMembers will vote on a toll for the Kessel bridge.\n\n\
                The roads agency said its crews could have the new gates working within a month, a real benefit for drivers.\n\n\
                \"Our task is to implement whatever the members decide.\"\n\n\
                The hauliers' group said its drivers could have the new passes within a month, a real benefit for drivers.";
    let a = article(
        text,
        &["The roads agency", "The hauliers' group"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The roads agency"),
                ..spec(0, "its crews could have the new gates working within a month, a real benefit for drivers")
            },
            spec(0, "Our task is to implement whatever the members decide."),
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The hauliers' group"),
                ..spec(1, "its drivers could have the new passes within a month, a real benefit for drivers")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let agency = &report.speakers[0];
    assert_eq!(agency.stance, Stance::Neutral, "{agency:#?}");
    let first = &report.utterances[0];
    assert!(first.evidence.iter().any(|e| e.kind == "deflection" && e.text == "implement whatever"), "{first:#?}");
    assert!(first.score.abs() < 1e-9, "{first:#?}");
    // The same words from a speaker who does not defer are support.
    assert_eq!(report.speakers[1].stance, Stance::Optimistic, "{:#?}", report.speakers[1]);
}

#[test]
fn a_question_the_speaker_asks_of_what_is_to_come_is_doubt() {
    let text = "Ferry to stop at noon\n\nThe island council will end the afternoon ferry in May.\n\n\
                \"If the last boat leaves at noon, how will my son get back from school?\" said the baker.\n\n\
                \"Will the morning boat still run on Sundays?\" asked the student.\n\n\
                \"Why would anyone mind?\" said the skipper.";
    let a = article(
        text,
        &["the baker", "the student", "the skipper"],
        &[
            spec(0, "If the last boat leaves at noon, how will my son get back from school?"),
            spec(1, "Will the morning boat still run on Sundays?"),
            spec(2, "Why would anyone mind?"),
        ],
    );
    let report = rules().report(&a, "t");
    let baker = &report.speakers[0];
    assert_eq!(baker.stance, Stance::Cautious, "{baker:#?}");
    let doubt = baker.evidence.iter().find(|e| e.kind == "doubt").expect("a doubt citation");
    assert_eq!(doubt.text, "how");
    // A yes-or-no question asks for facts, and *why* asks for either side.
    for s in &report.speakers[1..] {
        assert_eq!(s.stance, Stance::Neutral, "{s:#?}");
        assert!(s.evidence.iter().all(|e| e.kind != "doubt"), "{s:#?}");
    }
}

#[test]
fn a_narrator_calling_the_next_view_different_sets_it_against_the_last() {
    let text = "Harbour scheme approved\n\nThe town approved the harbour scheme on Friday.\n\n\
                The mayor said the scheme was a wonderful, welcome boost for the town.\n\n\
                The trawler crews see it differently.\n\n\
                Their skipper said the crews had landed fish at the old quay since 1902.";
    let report_on = |text: &str| {
        let said = |k, source, words| Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some(source),
            ..spec(k, words)
        };
        let a = article(
            text,
            &["The mayor", "Their skipper"],
            &[
                said(0, "The mayor", "the scheme was a wonderful, welcome boost for the town"),
                said(1, "Their skipper", "the crews had landed fish at the old quay since 1902"),
            ],
        );
        rules().report(&a, "t")
    };
    let report = report_on(text);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
    let skipper = &report.speakers[1];
    assert_eq!(skipper.stance, Stance::Cautious, "{skipper:#?}");
    let turn = skipper.evidence.iter().find(|e| e.kind == "turn").expect("a turn citation");
    assert_eq!(turn.text, "differently");
    // A narrator sentence that calls nothing different sets nobody against.
    let report = report_on(&text.replace("see it differently", "met on Monday"));
    assert!(report.speakers[1].evidence.iter().all(|e| e.kind != "turn"), "{:#?}", report.speakers[1]);
}

#[test]
fn an_order_and_its_outcome_tell_where_the_speaker_stands() {
    let text = "Council to move the market to the edge of town\n\nThe town council will move the Saturday market to a car park by the bypass.\n\n\
                \"My stall has been here thirty years. You move it out there and nobody will find us.\" said the potter.\n\n\
                \"Give us the bigger site and we will double the stalls.\" said the baker.\n\n\
                \"Keep it simple and tell people early.\" said the clerk.\n\n\
                \"Shut the old hall and you will lose the choir.\" said the organist.";
    let a = article(
        text,
        &["the potter", "the baker", "the clerk", "the organist"],
        &[
            spec(0, "My stall has been here thirty years. You move it out there and nobody will find us."),
            spec(1, "Give us the bigger site and we will double the stalls."),
            spec(2, "Keep it simple and tell people early."),
            spec(3, "Shut the old hall and you will lose the choir."),
        ],
    );
    let report = rules().report(&a, "t");
    let (potter, baker, clerk) = (&report.speakers[0], &report.speakers[1], &report.speakers[2]);
    assert_eq!(potter.stance, Stance::Cautious, "{potter:#?}");
    let cited = potter.evidence.iter().find(|e| e.kind == "outcome").expect("an outcome citation");
    assert_eq!(cited.text, "nobody");
    assert_eq!(baker.stance, Stance::Optimistic, "{baker:#?}");
    assert_eq!(baker.evidence.iter().find(|e| e.kind == "outcome").map(|e| e.text.as_str()), Some("will"));
    // An order with no outcome told after it sorts nobody.
    assert_eq!(clerk.stance, Stance::Neutral, "{clerk:#?}");
    assert!(clerk.evidence.iter().all(|e| e.kind != "outcome"), "{clerk:#?}");
    // A harm in the outcome outweighs its *will*.
    let organist = &report.speakers[3];
    assert_eq!(organist.stance, Stance::Cautious, "{organist:#?}");
}

#[test]
fn a_body_that_received_the_bid_is_not_its_proposer() {
    // The body a plan is put to only confirms it has it.
    let received = "Plan would move Orrin fair to Dunby\n\n\
                    Mira Tallis confirmed she had received a bid from a Dunby promoter to host the fair.";
    assert_eq!(
        lead_lean(received, ("confirmed", "confirm"), "she had received a bid from a Dunby promoter to host the fair."),
        None
    );
    let application = "Plan would move Orrin fair to Dunby\n\n\
                       Mira Tallis said the board has received the application and would assess it.";
    assert_eq!(
        lead_lean(application, ("said", "say"), "the board has received the application and would assess it."),
        None
    );
    // One who announces the plan keeps the lean, whatever else they
    // received.
    let announces = "Plan would move Orrin fair to Dunby\n\n\
                     Mira Tallis said the fair would move to Dunby after the club received new funding.";
    assert!(
        lead_lean(announces, ("said", "say"), "the fair would move to Dunby after the club received new funding.")
            .is_some()
    );
}

#[test]
fn a_body_that_hands_the_decision_to_its_members_takes_no_side() {
    let union = |second: &'static str| {
        let text: &'static str = Box::leak(
            format!(
                "Harbor union to ballot dockers on rota deal\n\n\
                 The Harbor union will ballot its dockers on the rota deal next week.\n\n\
                 The Harbor union said {second}\n\n\
                 The union said the new rotas would bring higher pay."
            )
            .into_boxed_str(),
        );
        let mut a = article(
            text,
            &["The Harbor union"],
            &[
                Spec {
                    kind: UtteranceKind::Reported,
                    cue: Some(("said", "say")),
                    source: Some("The Harbor union"),
                    ..spec(0, second)
                },
                Spec {
                    kind: UtteranceKind::Reported,
                    source: Some("The union"),
                    ..spec(0, "the new rotas would bring higher pay.")
                },
            ],
        );
        a.speakers[0].kind = SpeakerKind::Organization;
        rules().report(&a, "t")
    };
    // Putting the deal to members without a recommendation: it will carry
    // out their decision, and the headline's doer takes no lean from it.
    let report = union("it would put the deal to members without a recommendation.");
    let body = &report.speakers[0];
    assert_eq!(body.stance, Stance::Neutral, "{body:#?}");
    assert!(body.evidence.iter().all(|e| e.kind != "proposer"), "{body:#?}");
    // Something left open to argument hands nothing to anyone.
    let report = union("how the deal was reached remained a matter for debate.");
    let body = &report.speakers[0];
    assert!(body.evidence.iter().any(|e| e.kind == "proposer"), "{body:#?}");
    assert!(report.utterances[0].evidence.iter().all(|e| e.kind != "deflection"), "{:#?}", report.utterances[0]);
}

/// Who says `words` in a harbour-levy story, one reported speaker each:
/// the kinds and words of each utterance's evidence.
fn effects_in_levy_story(said: &[&'static str]) -> (Report, Vec<Vec<String>>) {
    let mut text = String::from("Harbour levy\n\nThe council approved a harbour levy on Monday.");
    let names: Vec<String> = (0..said.len()).map(|i| format!("Speaker {i}")).collect();
    for (name, words) in names.iter().zip(said) {
        text.push_str(&format!("\n\n{name} said {words}"));
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let specs: Vec<Spec> = said
        .iter()
        .enumerate()
        .map(|(i, words)| Spec { kind: UtteranceKind::Reported, cue: Some(("said", "say")), ..spec(i, words) })
        .collect();
    let a = article(text, &refs, &specs);
    // The story's question, as a profile gives it: a tiny hand-built
    // article would make every word its speakers share a topic term.
    let profile = TopicProfile::from_toml("terms = [\"harbour levy\"]\n").unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    let kinds = (0..said.len()).map(|i| kinds(&report, i)).collect();
    (report, kinds)
}

#[test]
fn a_verb_of_effect_with_the_proposal_for_subject_leans_by_its_valence() {
    let (report, kinds) = effects_in_levy_story(&[
        // A burden the plan would lay on those it reaches.
        "the harbour levy would force young crews to sell their boats.",
        // A benefit, with no modal: the present's -s form.
        "the levy gives young crews a berth of their own.",
        // A word for the proposal, with an adverb and a contracted modal.
        "it'll simply push out the families who moor in the harbour.",
    ]);
    assert!(kinds[0].contains(&"effect:force".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
    assert!(kinds[1].contains(&"effect:gives".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[1].stance, Stance::Optimistic, "{:#?}", report.speakers[1]);
    assert!(kinds[2].contains(&"effect:push out".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[2].stance, Stance::Cautious, "{:#?}", report.speakers[2]);
}

#[test]
fn a_verb_of_effect_needs_the_proposal_for_subject_and_an_object() {
    let (_, kinds) = effects_in_levy_story(&[
        // Negated: the plan's effect denied is no burden laid out.
        "the harbour levy would not force anyone to sell a boat.",
        // Not the proposal's doing: the subject is someone else.
        "the crews would force the issue at the next meeting about the levy.",
        // A bare form with no modal is a participle.
        "the levy money let loose on the quay would be wasted.",
        // Intransitive: nothing after it, or a preposition.
        "the levy only does what the harbour budget allows in winter.",
        // A question doubts; it does not lay out.
        "would the harbour levy force us out?",
        // The proposal's own action: its object is the topic.
        "the levy would close the old harbour slipway.",
        // A benefit that gives a harm what it needs: the harm judges.
        "the levy would let speculators profit from a crisis on the quay.",
        "the levy would let outside trawlers in without any checks.",
        // A duty stated is procedure, not a burden.
        "the levy would require skippers to register their boats.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("effect:")), "utterance {i}: {k:?}");
    }
}

#[test]
fn an_object_forced_to_act_is_a_harm_even_when_the_topic_names_it() {
    // "harbour" is a topic word: a bare object of the burden would be the
    // levy's own action, but one forced to act bears the harm.
    let (report, kinds) = effects_in_levy_story(&["the levy would force harbour crews to sell their boats."]);
    assert!(kinds[0].contains(&"effect:force".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
    let (_, kinds) = effects_in_levy_story(&[
        // The proposal's own action, with a place after "to".
        "the levy would close the harbour to the outside trawlers.",
        // Another burden verb keeps its exemption.
        "the levy would close harbour moorings to make room.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("effect:")), "utterance {i}: {k:?}");
    }
}

#[test]
fn the_affected_paying_for_it_bear_its_cost() {
    // Paying for the proposal itself is a loss, past an adverb.
    let (report, kinds) = effects_in_levy_story(&["families will ultimately pay for this at the harbour."]);
    assert!(kinds[0].contains(&"effect:pay for".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
    // A price paid for a thing is an exchange.
    let (_, kinds) = effects_in_levy_story(&["families will pay for a mooring permit under the harbour levy."]);
    assert!(kinds[0].iter().all(|e| !e.starts_with("effect:")), "{kinds:?}");
}

#[test]
fn a_verb_of_effect_replaces_the_blanket_prospect() {
    let (report, _) = effects_in_levy_story(&["the harbour levy would force the small yards to shut."]);
    let s = &report.speakers[0];
    assert_eq!(s.stance, Stance::Cautious, "{s:#?}");
    assert!(s.evidence.iter().all(|e| e.kind != "prospect"), "{s:#?}");
}

#[test]
fn a_price_given_as_a_figure_is_neither_effect_nor_prospect() {
    // The proposal for subject of *cost* with a sum after it sets out its
    // terms: no burden, and no case laid out.
    let (report, kinds) = effects_in_levy_story(&["the harbour levy would cost about $90,000 a year to collect."]);
    assert!(kinds[0].iter().all(|e| !e.starts_with("effect:") && !e.starts_with("prospect:")), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Neutral, "{:#?}", report.speakers[0]);
    // Whom it falls on keeps the burden.
    let (report, _) = effects_in_levy_story(&["the harbour levy would cost young crews $900 a year."]);
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
}

#[test]
fn what_the_affected_undergo_under_a_modal_leans_by_its_valence() {
    let (report, kinds) = effects_in_levy_story(&[
        // A loss that falls on the affected under the plan, its subject
        // a few words back.
        "a family with two boats moored all winter would pay £300 extra.",
        // A gain (a curated cue keeps its reading), past an adverb.
        "harbour families will simply save a morning a week on the quay.",
        // A denied gain is a loss, even with a harm after it.
        "the fishing families won't get a berth without a private mooring.",
        // A loss conceded by a supporter: the contrast leaves them hopeful.
        "families will pay a little more, but the harbour will be safe and clean at last.",
        // A pronoun subject, in words on the topic.
        "with the harbour levy we'd lose the last of the winter trade.",
        // Past "have to"; a price that grows is a loss even for a thing.
        "fishing families would have to pay twice as much for a mooring.",
    ]);
    assert!(kinds[0].contains(&"effect:pay".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
    assert!(kinds[1].contains(&"cue:save".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[1].stance, Stance::Optimistic, "{:#?}", report.speakers[1]);
    assert!(kinds[2].iter().any(|k| k.ends_with(":get")), "{kinds:?}");
    assert_eq!(report.speakers[2].stance, Stance::Cautious, "{:#?}", report.speakers[2]);
    assert!(kinds[3].contains(&"effect:pay".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[3].stance, Stance::Optimistic, "{:#?}", report.speakers[3]);
    assert_eq!(report.speakers[4].stance, Stance::Cautious, "{:#?}", report.speakers[4]);
    assert!(report.speakers[4].evidence.iter().all(|e| e.kind != "prospect"), "{:#?}", report.speakers[4]);
    assert!(kinds[5].contains(&"effect:pay".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[5].stance, Stance::Cautious, "{:#?}", report.speakers[5]);
}

#[test]
fn what_the_affected_undergo_needs_a_modal_an_affected_subject_and_a_loss() {
    let (_, kinds) = effects_in_levy_story(&[
        // How things stand today: the problem a plan answers.
        "families wait longer for a berth in the harbour now.",
        // Ability in the present is no prospect.
        "families who cannot pay the mooring fee sell their boats.",
        // Not someone the plan reaches: the body that pays.
        "the harbour board would pay the first year of the levy itself.",
        // Nothing lost.
        "the harbour residents will pay nothing under the levy.",
        // A price paid for something is an exchange.
        "visitors will pay £5 for a day ticket to the harbour.",
        // A gain that a harm judges.
        "the families would get a worse berth in the outer harbour.",
        // A question.
        "will the fishing families pay more for the levy?",
        // A pronoun subject off the topic names nobody the plan reaches.
        "they'll just get a job on the ferries instead.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("effect:")), "utterance {i}: {k:?}");
    }
}

// Round stance28: a harm the speakers have lived through, told in the
// first person's perfect, is the state the proposal would change.

#[test]
fn a_harm_lived_through_in_the_first_persons_perfect_is_the_problem() {
    let (report, kinds) = effects_in_levy_story(&[
        // The problem as it stands, lived by the speaker: it argues for
        // the change.
        "we have bailed out flooded boats, we've had damage to the slipway every single winter.",
        // Past an adverb.
        "I have already lost two nets to the storms at the old quay.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("problem:")), "utterance {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Optimistic, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn a_stand_a_third_party_or_a_look_ahead_in_the_perfect_is_no_problem() {
    let (report, kinds) = effects_in_levy_story(&[
        // A stand taken, told in the perfect.
        "we have warned the council that the charge is a mistake.",
        // A third party's conduct.
        "the council has failed to listen to the crews at the quay.",
        // The sentence looks ahead.
        "we have seen what happens elsewhere, and it would ruin the winter trade.",
        // A denied good thing judges someone's conduct.
        "we have not been consulted at any point.",
        // No perfect: a fear of the plan in the present tense.
        "I worry about damage to the slipway under the new regime.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("problem:")), "utterance {i}: {k:?}");
        assert_ne!(report.speakers[i].stance, Stance::Optimistic, "{:#?}", report.speakers[i]);
    }
}

// Round stance83: a harm told in the perfect whose verb is the harm itself
// is what has befallen someone so far, whoever it befell: the problem.

#[test]
fn a_harm_in_a_third_partys_perfect_is_the_problem() {
    let (report, kinds) = effects_in_levy_story(&[
        // The harm is the participle, of a place.
        "the quay has lost four boatyards in a decade.",
        // Through "been", in a relative clause.
        "the harbour is a place that has been struggling since the floods.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("problem:")), "utterance {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Optimistic, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn a_harm_after_a_modal_or_of_the_thing_itself_in_the_perfect_is_no_problem() {
    let (_, kinds) = effects_in_levy_story(&[
        // The cost of a choice, not a state lived through.
        "the quay would have lost four boatyards in a decade.",
        // The thing itself did the harm.
        "it has cost the crews dearly.",
        // The harm is not the perfect's verb.
        "the board has chosen to strike a new deal.",
        // Done to the speakers by others.
        "they have taken away the last berth at the quay.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("problem:")), "utterance {i}: {k:?}");
    }
}

// Round stance59: what follows from saying no to the proposal is the cost
// of refusal, an argument for it.

// Round stance66: a step that makes a harm harder curbs it.

#[test]
fn a_harm_made_harder_argues_for_the_step() {
    for words in [
        "The new seals would make fraud harder at the depot.",
        "Locking the gates makes crime less likely, the warden said.",
    ] {
        let s =
            crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(s.evidence.iter().any(|e| e.kind == "problem"), "{words}: {:#?}", s.evidence);
        assert!(s.raw > 0.0, "{words}: {} {:#?}", s.raw, s.evidence);
    }
    // A burden made harder is still a complaint.
    let words = "The new fees would make life harder for tenants.";
    let s = crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false);
    assert!(s.raw < 0.0, "{words}: {} {:#?}", s.raw, s.evidence);
}

#[test]
fn the_harm_of_a_supposed_refusal_argues_for_the_proposal() {
    for words in [
        // A refusal supposed, with the harm before it.
        "The parish would be on weak ground at an inquiry if it rejected it outright.",
        // A refusal supposed, the harm after it.
        "If we turn this down, the mill will close and the valley will lose its last employer.",
        // A refusal named as the subject of a prospect.
        "Refusing the scheme would put the parish at risk of a costly appeal.",
        // A refusal of a thing named with "a".
        "But if we refuse a mast that meets every rule, we will lose at appeal and pay the costs.",
        // Saying no is a refusal.
        "If the borough says no, the mill will close and the valley will lose its last employer.",
        // Work that leaves for another place is lost here.
        "If the borough says no, the jobs will go somewhere else.",
    ] {
        let s =
            crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(s.evidence.iter().any(|e| e.kind == "problem"), "{words}: {:#?}", s.evidence);
        assert!(s.raw > 0.0, "{words}: {} {:#?}", s.raw, s.evidence);
    }
    for words in [
        // A refusal of some other step: the harm is the proposal's.
        "If the council refused to pause the scheme, the mill would close.",
        // A refusal told as a stand, not supposed.
        "We reject it, because the mill will close and the valley will lose its last employer.",
    ] {
        let s =
            crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false);
        assert!(s.evidence.iter().all(|e| e.kind != "problem"), "{words}: {:#?}", s.evidence);
        assert!(s.raw < 0.0, "{words}: {} {:#?}", s.raw, s.evidence);
    }
}

// Round stance27: the bare modal lean and officials who only describe.

/// The kinds of each speaker's evidence, as `kind:text`.
fn speaker_kinds(report: &Report) -> Vec<Vec<String>> {
    report.speakers.iter().map(|s| s.evidence.iter().map(|e| format!("{}:{}", e.kind, e.text)).collect()).collect()
}

#[test]
fn a_modal_that_schedules_a_step_of_procedure_lays_out_no_case() {
    let (report, _) = effects_in_levy_story(&[
        // An event of procedure for object, whoever takes the step.
        "the harbour office would convene a meeting on the harbour levy with the boat clubs.",
        "it would hold a ballot of mooring holders on the harbour levy in June.",
        "the commissioners would issue a written ruling on the harbour levy next month.",
        // The passive of a body's own step.
        "the harbour levy would be independently evaluated after a year.",
        // What a rule asks of the plan.
        "a harbour levy kiosk would need only standard marine permits.",
        // A body's own work going on as it is.
        "the harbour police would continue to patrol the quay under the harbour levy.",
        "the levy office would keep charging the old fee until the harbour levy starts.",
        // A body's standing discretion.
        "the harbour board can change the harbour levy rate each year.",
        // Work that goes on as it does now.
        "under the harbour levy the wardens would sweep the slipway each morning, as they do now.",
        "the ferry will run as normal while the harbour levy is collected.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("prospect:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn a_long_trip_the_plan_brings_lays_out_no_case() {
    let (report, _) = effects_in_levy_story(&[
        "under the harbour levy the islanders will have a fifty-minute drive to the north quay.",
        "under the harbour levy skippers would face a journey of 30 miles to the nearest slip.",
    ]);
    for s in &report.speakers {
        lays_out_no_case(s);
    }
}

#[test]
fn the_law_as_it_stands_is_not_what_the_proposal_does() {
    let (report, kinds) = effects_in_levy_story(&[
        "state law allows the harbour levy to be spent on the pier and the slipway.",
        "current rules let the harbour levy pay for dredging.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("effect:")), "speaker {i}: {kinds:?}");
        assert_ne!(report.speakers[i].stance, Stance::Optimistic, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn a_body_taking_up_the_proposal_or_its_start_date_lays_out_no_case() {
    let (report, _) = effects_in_levy_story(&[
        // Going before a body that decides.
        "the harbour levy request would go before the finance committee in June.",
        // A modal phrase after a form of "be": the body before it decides.
        "the board is expected to hear the harbour levy appeal on Tuesday.",
        // A minister consulting before deciding.
        "the minister will engage with the boat clubs on the harbour levy.",
        // When it starts.
        "if approved, the harbour levy would take effect on 1 July.",
        "the harbour levy will come into force next spring.",
        // When the step takes place.
        "the vote on the harbour levy would take place on 4 May.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("prospect:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn the_vote_on_a_deal_and_the_talks_after_it_are_procedure() {
    let (report, kinds) = effects_in_levy_story(&[
        // What follows a vote either way, with the table named in full.
        "if members reject the harbour levy, the two sides would return to the bargaining table.",
        // The vote itself is a step, not a ratification.
        "the harbour levy text would be released after the ratification vote and pay would rise in May.",
        // A mechanism that runs as it always does.
        "any change to the harbour levy will flow through the mooring fees in the normal way.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "speaker {i}: {k:?}");
    }
}

#[test]
fn coming_before_a_time_or_hearing_those_it_serves_is_still_its_case() {
    let (report, _) = effects_in_levy_story(&[
        // A time, not a body.
        "the harbour levy would come before the winter storms and fund a new slipway.",
        // Those the plan serves, after a form of "be".
        "crews are expected to hear the harbour levy news with relief and moor for less.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(report.speakers[i].stance == Stance::Optimistic, "speaker {i}: {k:?}");
    }
}

#[test]
fn a_verdict_that_a_measure_does_nothing_about_a_harm_is_caution() {
    let (report, kinds) = effects_in_levy_story(&[
        // Not a negated harm turned to praise: the harm is left standing.
        "the harbour levy does nothing about the loss of the old moorings.",
        "the harbour levy does little about the silt in the channel.",
        // Mocking and open doubt, and doubt before what is doubted.
        "we'd love to know what the harbour levy is for.",
        "nobody can tell us who collects the harbour levy.",
        "I'm not sure the harbour levy is a problem the council needs to solve.",
        // A warning of misuse.
        "councils would be tempted to raise the harbour levy every year.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "speaker {i}: {k:?}");
    }
}

#[test]
fn doubt_as_the_condition_of_a_routine_step_or_a_deadline_leans_nowhere() {
    let (report, kinds) = effects_in_levy_story(&[
        "our wardens check the harbour levy tickets and, where there is doubt, the boat itself.",
        "written comments on the harbour levy will be accepted until 18 April.",
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "speaker {i}: {k:?}");
    }
}

#[test]
fn an_ask_that_the_decision_go_one_way_leans_that_way() {
    let text = "Solar farm\n\nThe siting board will rule on the solar farm in May.\n\n\
                Sunfield is asking the siting board to approve the solar farm.\n\n\
                The residents urged the siting board to deny the solar farm a permit.\n\n\
                The clerk asked the siting board not to approve the solar farm before May.\n\n\
                The surveyor said the solar farm must pass a drainage test.";
    let asked = |i: usize, verb: &'static str, lemma: &'static str, words: &'static str| Spec {
        kind: UtteranceKind::Reported,
        cue: Some((verb, lemma)),
        ..spec(i, words)
    };
    let a = article(
        text,
        &["Sunfield", "The residents", "The clerk", "The surveyor"],
        &[
            asked(0, "asking", "ask", "the siting board to approve the solar farm"),
            asked(1, "urged", "urge", "the siting board to deny the solar farm a permit"),
            asked(2, "asked the", "ask", "the siting board not to approve the solar farm before May"),
            asked(3, "said the solar farm must", "say", "the solar farm must pass a drainage test"),
        ],
    );
    let profile = TopicProfile::from_toml("terms = [\"solar farm\"]\n").unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    let k = speaker_kinds(&report);
    assert!(k[0].iter().any(|e| e.starts_with("endorse:approve")), "{:?}", k[0]);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:?}", k[0]);
    assert!(k[1].iter().any(|e| e.starts_with("refuse:deny")), "{:?}", k[1]);
    assert_eq!(report.speakers[1].stance, Stance::Cautious, "{:?}", k[1]);
    // A negated ask, and a test the plan must pass, ask for no side.
    for (i, k) in k.iter().enumerate().skip(2) {
        assert!(k.iter().all(|e| !e.starts_with("endorse:") && !e.starts_with("refuse:")), "{i}: {k:?}");
    }
}

#[test]
fn what_the_proposal_hosts_or_keeps_is_still_its_case() {
    let (report, _) = effects_in_levy_story(&[
        // Events the plan makes room for are no step of its procedure.
        "the harbour levy would host meetings of the boat clubs in a new hall.",
        // What the plan keeps going is what it does.
        "the harbour levy would keep the quay lit through the winter.",
        "the harbour levy would continue the old custom of shared moorings.",
        // A figure of what it brings.
        "the harbour levy would raise £2m a year for the quay.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("prospect:")), "speaker {i}: {k:?}");
    }
}

#[test]
fn a_modal_inside_an_indirect_question_lays_out_no_case() {
    let (report, _) = effects_in_levy_story(&[
        "the families wanted to know where the harbour levy money would go.",
        "the boat club asked how the harbour levy would be collected.",
        "the crews wondered whether the harbour levy would apply to dinghies.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("prospect:")), "speaker {i}: {k:?}");
    }
}

#[test]
fn a_proposal_that_could_sink_those_it_reaches_is_a_burden() {
    let (report, kinds) = effects_in_levy_story(&["the harbour levy could sink the small boatyards."]);
    assert!(kinds[0].contains(&"effect:sink".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
}

#[test]
fn an_official_who_calls_it_a_commercial_matter_or_names_a_historic_quarter_takes_no_side() {
    let (report, kinds) = effects_in_levy_story(&[
        // A deflection with an adjective before "matter for".
        "the harbour levy was a commercial matter for the boat clubs and the board would engage with them.",
        // "Historic" naming a place is no praise.
        "all works under the harbour levy in the historic quarter must be licensed by the board.",
    ]);
    // The deflection leaves the board's "would engage" no prospect.
    assert!(speaker_kinds(&report)[0].iter().all(|k| !k.starts_with("prospect:")), "{:#?}", report.speakers[0]);
    assert!(kinds[1].iter().all(|k| !k.contains("historic")), "{kinds:?}");
    for s in &report.speakers {
        assert_eq!(s.stance, Stance::Neutral, "{s:#?}");
    }
}

#[test]
fn a_question_of_what_is_to_come_outweighs_a_blanket_prospect() {
    let text = "Harbour levy\n\nThe council approved a harbour levy on Monday.\n\n\
                The skipper said the harbour levy would cover the whole quay.\n\n\
                \"The harbour levy will have a warden. Who will come out in a gale to check it?\" the skipper said.\n\n\
                \"The visiting yachts will moor free under the harbour levy. How do we explain that to our crews?\" the netmaker said.\n\n\
                \"The harbour levy will pay for a lifeboat. Who else will buy us one?\" the coxswain said.";
    let a = article(
        text,
        &["the skipper", "the netmaker", "the coxswain"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The skipper"),
                ..spec(0, "the harbour levy would cover the whole quay")
            },
            spec(0, "The harbour levy will have a warden. Who will come out in a gale to check it?"),
            spec(1, "The visiting yachts will moor free under the harbour levy. How do we explain that to our crews?"),
            spec(2, "The harbour levy will pay for a lifeboat. Who else will buy us one?"),
        ],
    );
    let profile = TopicProfile::from_toml("terms = [\"harbour levy\"]\n").unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    // Another utterance's question, and the question after a prospect in
    // the same words, decide.
    for s in &report.speakers[..2] {
        assert_eq!(s.stance, Stance::Cautious, "{s:#?}");
        assert!(s.evidence.iter().any(|e| e.kind == "doubt"), "{s:#?}");
    }
    // "Who else" asks for no alternative: no doubt.
    let coxswain = &report.speakers[2];
    assert!(coxswain.evidence.iter().all(|e| e.kind != "doubt"), "{coxswain:#?}");
    assert_ne!(coxswain.stance, Stance::Cautious, "{coxswain:#?}");
}

#[test]
fn the_affected_falling_into_debt_undergo_a_loss() {
    let (report, kinds) =
        effects_in_levy_story(&["the fishing families will fall further into arrears under the harbour levy."]);
    assert!(kinds[0].iter().any(|k| k.starts_with("effect:fall")), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
}

// Round stance29: speakers who would get no evidence at all: an ask about
// the proposal's timing or terms, or a question that only mocks it.

/// The levy story with speakers introduced by the given verbs: `(verb,
/// lemma, words)`.
fn asks_in_levy_story(said: &[(&'static str, &'static str, &'static str)]) -> (Report, Vec<Vec<String>>) {
    asks_in_story("Harbour levy\n\nThe council approved a harbour levy on Monday.", "\"harbour levy\"", said)
}

/// A story opening with `opening`, on the topic `terms` (a TOML list's
/// items), with speakers introduced by the given verbs: `(verb, lemma,
/// words)`.
fn asks_in_story(
    opening: &str,
    terms: &str,
    said: &[(&'static str, &'static str, &'static str)],
) -> (Report, Vec<Vec<String>>) {
    let mut text = String::from(opening);
    let names: Vec<String> = (0..said.len()).map(|i| format!("Speaker {i}")).collect();
    for (name, (verb, _, words)) in names.iter().zip(said) {
        text.push_str(&format!("\n\n{name} {verb} {words}"));
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let specs: Vec<Spec> = said
        .iter()
        .enumerate()
        .map(|(i, &(verb, lemma, words))| {
            // Each verb is found at its own speaker's paragraph.
            let verb: &'static str = Box::leak(format!("{} {verb}", names[i]).into_boxed_str());
            Spec { kind: UtteranceKind::Reported, cue: Some((verb, lemma)), ..spec(i, words) }
        })
        .collect();
    let a = article(text, &refs, &specs);
    let profile = TopicProfile::from_toml(&format!("terms = [{terms}]\n")).unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    // The fallback leans are the speaker's evidence, not an utterance's.
    let kinds =
        report.speakers.iter().map(|s| s.evidence.iter().map(|e| format!("{}:{}", e.kind, e.text)).collect()).collect();
    (report, kinds)
}

#[test]
fn an_ask_to_undo_or_rethink_the_step_is_an_ask_to_refuse() {
    let (report, kinds) = asks_in_levy_story(&[
        ("asked", "ask", "the council to reverse the harbour levy."),
        ("urged", "urge", "the council to rescind the harbour levy."),
        ("asked", "ask", "the council to withdraw the harbour levy."),
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("refuse:")), "{i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "{i}: {k:?}");
    }
}

#[test]
fn an_ask_to_put_the_decision_to_the_public_leans_cautious() {
    let (report, kinds) = asks_in_levy_story(&[
        ("urged", "urge", "the council to put the harbour levy to a referendum before the budget."),
        // The body's own vote is procedure, not a brake.
        ("said", "say", "the chair would put the harbour levy to a vote on Tuesday."),
    ]);
    assert!(kinds[0].contains(&"delay:put".to_string()), "{kinds:?} {:#?}", report.utterances[0]);
    assert!(kinds[1].iter().all(|e| !e.starts_with("delay:")), "{kinds:?}");
}

#[test]
fn an_ask_to_delay_or_to_meet_a_condition_first_leans_cautious() {
    let (report, kinds) = asks_in_levy_story(&[
        // A request to delay, reported by a verb of asking.
        ("asked", "ask", "the council to postpone the vote on the harbour levy until the crews have been heard."),
        // Something else first: a condition.
        ("said", "say", "the harbour board should sort out the old moorings first."),
        // A condition of "before" with a clause, asked in the words.
        (
            "said",
            "say",
            "they had asked the board to publish the mooring charges before anyone signs up to the harbour levy.",
        ),
        // An order to wait.
        ("said", "say", "Wait until the new quay is finished, then bring in the harbour levy."),
    ]);
    let expect = ["delay:postpone", "first:first", "condition:before", "delay:Wait"];
    for (i, want) in expect.iter().enumerate() {
        assert!(kinds[i].contains(&want.to_string()), "utterance {i}: {:?} {:#?}", kinds[i], report.utterances[i]);
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn an_ask_to_have_it_first_is_eager() {
    let (report, kinds) = asks_in_levy_story(&[(
        "said",
        "say",
        "If there is to be a harbour levy, put the first new berth by our shed first.",
    )]);
    assert!(kinds[0].contains(&"eager:first".to_string()), "{kinds:?} {report:#?}");
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
}

#[test]
fn a_question_in_the_form_of_a_statement_mocks_the_proposal() {
    let (report, kinds) = asks_in_levy_story(&[
        ("said", "say", "So I'm supposed to pay the harbour levy twice for the same berth?"),
        ("said", "say", "A harbour levy in exchange for a slipway nobody uses?"),
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("rhetorical:")), "utterance {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn procedure_dates_real_questions_and_asks_to_hurry_are_no_ask_against() {
    let (report, kinds) = asks_in_levy_story(&[
        // An official's call for comments, and a date.
        ("asked", "ask", "residents to comment on the harbour levy by Friday."),
        ("asked", "ask", "boat owners to send their views on the harbour levy before Friday."),
        // A question that asks for facts.
        ("said", "say", "Is the harbour levy going to cover the slipway at the old quay?"),
        // A supporter asking to hurry: the thing asked carries the plan out.
        ("urged", "urge", "the council to pass the harbour levy before the winter storms arrive."),
        // A supporter asking to speed it up.
        ("said", "say", "we asked the council to speed up the harbour levy."),
        // A rule stated, not an ask.
        ("said", "say", "the harbour board must hear from the crews before it sets the harbour levy."),
        // "first" that is not the end of an ask.
        ("said", "say", "we first looked at the harbour levy in March."),
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(
            k.iter()
                .all(|e| !["delay:", "first:", "eager:", "condition:", "rhetorical:"].iter().any(|p| e.starts_with(p))),
            "utterance {i}: {k:?}"
        );
        assert_ne!(report.speakers[i].stance, Stance::Cautious, "utterance {i}: {:#?}", report.speakers[i]);
    }
}

#[test]
fn a_party_that_will_not_stand_in_the_way_lets_the_plan_go_ahead() {
    let (report, kinds) = asks_in_levy_story(&[
        ("said", "say", "the crews' association would not stand in the way of the harbour levy."),
        // Not negated: someone obstructs, which says nothing of the plan.
        ("said", "say", "the old pier is standing in the way of the harbour levy."),
    ]);
    assert!(kinds[0].contains(&"acquiesce:stand".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
    assert!(kinds[1].iter().all(|e| !e.starts_with("acquiesce:")), "{kinds:?}");
}

#[test]
fn an_ask_to_halt_something_is_the_proposals_own_when_the_proposal_is_a_halt() {
    let halts = [
        ("said", "say", "the dredging permits should be frozen until the silt has settled."),
        ("asked", "ask", "the council to halt the dredging until the terns have nested."),
        // Putting off the decision is still a delay.
        ("asked", "ask", "the council to postpone the vote on the moratorium until the crews have been heard."),
    ];
    let (_, kinds) = asks_in_story(
        "Dredging moratorium\n\nThe council approved a dredging moratorium on Monday.",
        "\"moratorium\", \"dredging\"",
        &halts,
    );
    assert!(kinds[0].iter().all(|k| !k.starts_with("condition:") && !k.starts_with("delay:")), "{kinds:?}");
    assert!(kinds[1].iter().all(|k| !k.starts_with("delay:")), "{kinds:?}");
    assert!(kinds[2].contains(&"delay:postpone".to_string()), "{kinds:?}");
    // On a proposal that is no halt, the same asks are against it.
    let (_, kinds) = asks_in_levy_story(&[
        ("said", "say", "the harbour levy should be frozen until the silt has settled."),
        ("asked", "ask", "the council to halt the harbour levy until the terns have nested."),
    ]);
    assert!(kinds[0].contains(&"condition:until".to_string()), "{kinds:?}");
    assert!(kinds[1].contains(&"delay:halt".to_string()), "{kinds:?}");
}

// stance31: a speaker who grants the proposal a point and then raises a
// downside ("genuinely strong ... But ...", "they do help ... The cost is
// ...") is mixed; one who concedes a cost and calls it worth paying, or
// grants a small good and waves it away, is not.

/// A ferry story in which speaker `i` says each of `quotes[i]` (one or
/// more direct quotes, each its own paragraph).
fn ferry_story(quotes: &[&[&'static str]]) -> Report {
    let mut text = String::from("Island ferry\n\nThe county will run a night ferry to Holm Island from May.");
    for qs in quotes {
        for q in *qs {
            text.push_str("\n\n\"");
            text.push_str(q);
            text.push('"');
        }
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let names: Vec<&str> =
        ["Ola Brenn", "Ute Saal", "Ivo Rask", "Mia Dorn", "Lea Pohl", "Per Holt"][..quotes.len()].to_vec();
    let specs: Vec<Spec> = quotes.iter().enumerate().flat_map(|(i, qs)| qs.iter().map(move |q| spec(i, q))).collect();
    rules().report(&article(text, &names, &specs), "t")
}

fn balanced(report: &Report, i: usize) -> bool {
    report.speakers[i].evidence.iter().any(|e| e.kind == "balance")
}

#[test]
fn a_concession_and_a_counter_make_a_speaker_mixed() {
    let report = ferry_story(&[
        // In one quote: a granted point, then "But" and a downside.
        &["The ferry fares are genuinely low for an island run. But the timetable is where commuters give up on it."],
        // Across two quotes: an emphatic "do", then "The catch is".
        &[
            "Night ferries do cut the drive for island families, and they do keep the bridge clear.",
            "The catch is that the last ferry leaves before the late shift ends.",
        ],
        // "hard to argue with", then a sentence that opens with "But".
        &[
            "On the numbers, the ferry is hard to argue with.",
            "Crews are stretched already. But a ferry with no spare crew is a ferry that sits at the pier.",
        ],
    ]);
    for i in 0..3 {
        assert_eq!(report.speakers[i].stance, Stance::Mixed, "{:#?}", report.speakers[i]);
        assert!(balanced(&report, i), "{:#?}", report.speakers[i]);
    }
}

#[test]
fn a_conceded_cost_worth_paying_or_a_small_good_waved_away_is_not_mixed() {
    let report = ferry_story(&[
        // A supporter who concedes a cost, then calls it worth paying.
        &["The ferry will cost the county money, no question. But the ferry is worth every penny."],
        // An opponent who grants a small good, then says it does not matter.
        &["It does save a few minutes. But that does not matter when the ferry pier floods every winter."],
        // A neutral analyst.
        &["The ferry will run twice a day from May, and the county will review the timetable in the autumn."],
        // A granted point and a counter that leans for the plan.
        &["To be fair, the ferry is slow. But it is safe, reliable and popular with island families."],
    ]);
    for i in [0, 1, 3] {
        assert_ne!(report.speakers[i].stance, Stance::Mixed, "{:#?}", report.speakers[i]);
        assert!(!balanced(&report, i), "{:#?}", report.speakers[i]);
    }
    assert_eq!(report.speakers[2].stance, Stance::Neutral, "{:#?}", report.speakers[2]);
    assert!(!balanced(&report, 2), "{:#?}", report.speakers[2]);
}

#[test]
fn a_speaker_who_reports_their_own_camp_divided_is_mixed_unless_denied() {
    let report = ferry_story(&[
        &["My colleagues on the crews were divided about the ferry."],
        &["We denied that the crews were split on the ferry. We fully support the ferry."],
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
    assert!(balanced(&report, 0), "{:#?}", report.speakers[0]);
    assert!(!balanced(&report, 1), "{:#?}", report.speakers[1]);
    assert_eq!(report.speakers[1].stance, Stance::Optimistic, "{:#?}", report.speakers[1]);
}

#[test]
fn one_part_of_a_camp_against_the_other_is_mixed_only_when_both_judge_the_plan() {
    let report = ferry_story(&[
        &["Some of us on the crews think the ferry is overdue. Others are worried it will fail in the first storm."],
        // Two parts that judge nothing.
        &["Some of us on the crews remember the old ferry. Others never saw it."],
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
    assert!(balanced(&report, 0), "{:#?}", report.speakers[0]);
    assert!(!balanced(&report, 1), "{:#?}", report.speakers[1]);
    assert_eq!(report.speakers[1].stance, Stance::Neutral, "{:#?}", report.speakers[1]);
}

// Round 30: a body that defers or declines a position is neutral.

#[test]
fn a_deferral_of_a_position_is_procedure_not_a_lean() {
    let (report, kinds) = asks_in_levy_story(&[
        ("said", "say", "the county had not yet taken a position and would reply to the consultation."),
        ("said", "say", "it was \"too early\" to comment on the harbour levy."),
        ("said", "say", "it had not yet received an application for the harbour levy."),
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("procedure:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "speaker {i}: {:#?}", report.speakers[i]);
    }
}

#[test]
fn a_word_of_timing_away_from_procedure_still_leans() {
    let (report, kinds) = asks_in_levy_story(&[
        // An opponent: too early to give up the old harbour.
        ("said", "say", "it was too early to abandon the old harbour and the harbour levy would ruin the bay."),
        // A body that declines a position but warns of costs.
        (
            "said",
            "say",
            "it had not yet taken a position, but warned the harbour levy would cost crews dearly and put jobs at risk.",
        ),
        // A side named in a vote to come.
        ("said", "say", "the party will vote against the harbour levy once the text reaches the assembly."),
    ]);
    for (i, s) in report.speakers.iter().enumerate() {
        assert_eq!(s.stance, Stance::Cautious, "speaker {i}: {s:#?}");
    }
    assert!(kinds[0].iter().all(|e| !e.starts_with("procedure:")), "{kinds:?}");
}

#[test]
fn a_condition_of_an_announced_step_is_procedure() {
    let (report, kinds) = asks_in_levy_story(&[
        ("said", "say", "if the crews reject the harbour levy, the two sides would return to the table."),
        // A condition with a threat of its own keeps its lean.
        ("said", "say", "if the council approves the harbour levy, we will fight it in court."),
    ]);
    assert!(kinds[0].contains(&"procedure:return to the table".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Neutral, "{:#?}", report.speakers[0]);
    assert_eq!(report.speakers[1].stance, Stance::Cautious, "{:#?}", report.speakers[1]);
}

#[test]
fn a_role_stated_lays_out_a_part_in_its_own_clause_only() {
    let (report, kinds) = asks_in_levy_story(&[
        (
            "said",
            "say",
            "our role is to make sure the rules are followed and that every alternative to the harbour levy is properly tested.",
        ),
        ("said", "say", "my job is to protect these crews, and the harbour levy will destroy their livelihoods."),
    ]);
    assert!(kinds[0].contains(&"procedure:role is to".to_string()), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Neutral, "{:#?}", report.speakers[0]);
    assert_eq!(report.speakers[1].stance, Stance::Cautious, "{:#?}", report.speakers[1]);
}

#[test]
fn against_after_a_verb_of_measuring_is_no_opposition() {
    let (report, kinds) = asks_in_levy_story(&[
        ("said", "say", "claims under the harbour levy are assessed against the national dock code."),
        ("said", "say", "the crews are against the harbour levy."),
    ]);
    assert!(kinds[0].iter().all(|e| !e.ends_with(":against")), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Neutral, "{:#?}", report.speakers[0]);
    assert_eq!(report.speakers[1].stance, Stance::Cautious, "{:#?}", report.speakers[1]);
}

#[test]
fn a_narrator_saying_a_party_has_not_said_how_it_will_vote_sorts_nobody() {
    let text = "Tram line to the harbour\n\n\
                The city plans a tram line to the harbour, the mayor said on Monday.\n\n\
                The Green Party, the largest opposition party, has not said how it will vote.\n\n\
                A party spokesman said the Greens would look carefully at the details once the text reached the council.\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let green = report.speakers.iter().find(|s| s.name.contains("spokesman")).unwrap_or_else(|| panic!("{report:#?}"));
    assert!(green.evidence.iter().all(|e| e.kind != "context"), "{green:#?}");
    assert_eq!(green.stance, Stance::Neutral, "{green:#?}");
}

#[test]
fn a_standing_refusal_to_take_a_position_names_what_it_declines() {
    let (report, kinds) = asks_in_levy_story(&[
        (
            "said",
            "say",
            "the board's part is to count the votes. We do not take a position on the harbour levy's generous new berths.",
        ),
        // A step that was missed is a complaint, not a refusal to judge.
        ("said", "say", "the council did not consider the harm the harbour levy does to the crews."),
    ]);
    assert!(kinds[0].iter().any(|e| e.starts_with("procedure:")), "{kinds:?}");
    assert_eq!(report.speakers[0].stance, Stance::Neutral, "{:#?}", report.speakers[0]);
    // (Its negated harm is read as no harm: a reading of negation, not of
    // procedure, left as it was.)
    assert!(kinds[1].iter().all(|e| !e.starts_with("procedure:")), "{kinds:?}");
}

// Round 33

#[test]
fn a_body_that_takes_no_view_takes_no_side_in_any_words() {
    let (report, _) = asks_in_levy_story(&[
        // An account of the vote with a cue in it (each line is its own
        // speaker here; the same body's two lines are tested below), and a
        // standing refusal to judge.
        ("said", "say", "members could pass the harbour levy, reject it or send it back to the clerks."),
        ("added", "add", "The board does not take a position before the hearing."),
        // A refusal that carries its own no.
        ("said", "say", "the panel has no view yet and would hear the crews first."),
        // A refusal to judge the merits.
        ("said", "say", "she could not comment on the merits of the harbour levy's welcome new berths."),
        // A supporter with no refusal keeps the lean.
        ("said", "say", "the harbour levy is a welcome and overdue idea."),
    ]);
    assert_eq!(report.speakers[1].stance, Stance::Neutral, "{:#?}", report.speakers[1]);
    assert_eq!(report.speakers[2].stance, Stance::Neutral, "{:#?}", report.speakers[2]);
    assert_eq!(report.speakers[3].stance, Stance::Neutral, "{:#?}", report.speakers[3]);
    assert_eq!(report.speakers[4].stance, Stance::Optimistic, "{:#?}", report.speakers[4]);
}

#[test]
fn a_refusal_to_take_a_position_quiets_the_same_speakers_other_words() {
    let text = "Toll bridge\n\nMembers will vote on a toll for the Kessel bridge.\n\n\
                The roads board said members could approve the toll, reject it or send it back with new conditions.\n\n\
                \"The board doesn't take a position before the hearing.\"\n\n\
                The hauliers' group said members could approve the toll, reject it or send it back with new conditions.";
    let a = article(
        text,
        &["The roads board", "The hauliers' group"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The roads board"),
                ..spec(0, "members could approve the toll, reject it or send it back with new conditions")
            },
            spec(0, "The board doesn't take a position before the hearing."),
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("The hauliers' group"),
                ..spec(1, "members could approve the toll, reject it or send it back with new conditions")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let board = &report.speakers[0];
    assert_eq!(board.stance, Stance::Neutral, "{board:#?}");
    let first = &report.utterances[0];
    assert!(first.evidence.iter().any(|e| e.kind == "deflection" && e.text == "take a position"), "{first:#?}");
    assert!(first.score.abs() < 1e-9, "{first:#?}");
    // The same words from a speaker who states no refusal still count.
    assert!(report.utterances[2].score.abs() > 1e-9, "{:#?}", report.utterances[2]);
}

// Round 32

#[test]
fn a_vow_leans_the_way_of_what_is_vowed() {
    let text = "Corran Energy to build depot on quay\n\n\
                Corran Energy plans to build a turbine depot on the old quay at Lochmorra.\n\n\
                Villagers have vowed to fight plans for a depot covering the harbour front.\n\n\
                Project manager Ailsa Brodie pledged to press on with the depot.\n\n\
                Harbourmaster Col Reid vowed to read every submission.";
    let a = article(
        text,
        &["Villagers", "Ailsa Brodie", "Col Reid"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("vowed", "vow")),
                source: Some("Villagers"),
                ..spec(0, "to fight plans for a depot covering the harbour front")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("pledged", "pledge")),
                source: Some("Ailsa Brodie"),
                ..spec(1, "to press on with the depot")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("vowed", "vow")),
                source: Some("Col Reid"),
                ..spec(2, "to read every submission")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let (villagers, brodie, reid) = (&report.speakers[0], &report.speakers[1], &report.speakers[2]);
    // A vow to fight the plans commits the villagers against it.
    assert!(villagers.evidence.iter().any(|e| e.kind == "verb" && e.weight < 0.0), "{villagers:#?}");
    assert_eq!(villagers.stance, Stance::Cautious, "{villagers:#?}");
    // A pledge to press on keeps its own lean.
    assert!(brodie.evidence.iter().any(|e| e.kind == "verb" && e.weight > 0.0), "{brodie:#?}");
    assert_eq!(brodie.stance, Stance::Optimistic, "{brodie:#?}");
    // A vow of no leaning either way keeps the verb's own small lean: the
    // flip needs words that lean cautious.
    assert!(reid.evidence.iter().all(|e| e.kind != "verb" || e.weight > 0.0), "{reid:#?}");
}

/// The cue words one passage is scored by, and those of them read as how
/// things stand rather than as a judgement.
fn cues_and_states(words: &str) -> (Vec<String>, Vec<String>) {
    let s = crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false);
    let cues = s.evidence.iter().map(|e| e.text.clone()).collect();
    (cues, s.states.iter().map(|e| e.text.clone()).collect())
}

#[test]
fn opposition_acting_on_the_proposal_is_not_the_problem_it_answers() {
    for (words, cue) in [
        // The proposal as the object of the cautious word: a judgement of it.
        ("The members should vote it down at the next meeting.", "vote it down"),
        ("Our crews oppose it and always have.", "oppose"),
    ] {
        let (cues, states) = cues_and_states(words);
        assert!(cues.iter().any(|c| c == cue), "{words}: {cues:?}");
        assert!(states.is_empty(), "{words}: {states:?}");
    }
    // The same word with another object may tell how things stand.
    let (_, states) = cues_and_states("Our crews oppose the old rota and always have.");
    assert_eq!(states, ["oppose"]);
}

// Round 47: the proposal named by its general noun, and the act the speaker
// calls on others to take, are the speaker acting on the proposal too.

#[test]
fn opposition_naming_the_proposal_or_called_for_is_not_the_problem_it_answers() {
    for (words, cue) in [
        // The proposal named by its noun.
        ("The crews are considering a legal challenge to the decision.", "legal challenge"),
        // The act the speaker calls for, whatever its object.
        ("The skippers called on the harbour board to reject them.", "reject"),
        ("The skippers urged the harbour board to reject them.", "reject"),
    ] {
        let (cues, states) = cues_and_states(words);
        assert!(cues.iter().any(|c| c == cue), "{words}: {cues:?}");
        assert!(states.is_empty(), "{words}: {states:?}");
    }
    // Another party's plan, another object, and no call: how things stand.
    for (words, cue) in [
        ("The crews are considering a legal challenge to its plan.", "legal challenge"),
        ("The crews are considering a legal challenge to the old rota.", "legal challenge"),
        ("The skippers reject them and always have.", "reject"),
    ] {
        let (_, states) = cues_and_states(words);
        assert_eq!(states, [cue], "{words}");
    }
}

// Round 34

#[test]
fn what_the_speakers_bear_under_the_plan_leans_cautious_and_what_they_bear_now_optimistic() {
    let (report, kinds) = asks_in_levy_story(&[
        // A burden the plan brings, with a modal.
        ("said", "say", "once the levy starts I'll have to take the ferry round by Carrow instead."),
        // A denied ability.
        ("said", "say", "we won't be able to moor there overnight with the crews."),
        // A loss of earnings.
        ("said", "say", "on the new berths we will make less than half of what we made."),
        // A present loss under a condition.
        ("said", "say", "if the slipway goes, I'm paying a yard in Dunmore to lift the boat."),
        // A loss lived now: the problem the levy answers.
        ("said", "say", "right now we're already paying twice for a quay that floods."),
    ]);
    for (i, want) in [(0, "burden:have"), (1, "burden:be"), (2, "burden:make"), (3, "burden:paying")] {
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "{:#?}", report.speakers[i]);
        assert!(kinds[i].iter().any(|k| k == want), "{i}: {kinds:?}");
    }
    assert_eq!(report.speakers[4].stance, Stance::Optimistic, "{:#?}", report.speakers[4]);
    assert!(kinds[4].iter().any(|k| k == "plight:paying"), "{kinds:?}");
}

#[test]
fn what_the_speakers_bear_is_not_read_in_procedure_numbers_or_doing_without() {
    let (report, kinds) = asks_in_levy_story(&[
        // A neutral official describing the vote.
        ("said", "say", "we will have to hold a second reading before the levy takes effect."),
        ("said", "say", "we'll have to see what the members decide."),
        // An analyst giving numbers, in the third person.
        ("said", "say", "owners pay about 40 pounds a berth and the levy adds six."),
        // A supporter: what doing without the plan would bring.
        ("said", "say", "without the levy we will have to close the north quay."),
        // Paying someone is not a loss borne, and a relative clause is not the subject's.
        ("said", "say", "we're paying them to dredge the channel, which is what we're paying for."),
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("burden:") && !e.starts_with("plight:")), "{i}: {kinds:?}");
    }
    assert_eq!(report.speakers[0].stance, Stance::Neutral, "{:#?}", report.speakers[0]);
    assert_eq!(report.speakers[1].stance, Stance::Neutral, "{:#?}", report.speakers[1]);
}

// Round 35

#[test]
fn a_body_that_says_it_will_comply_lays_out_no_case() {
    let (report, _) = effects_in_levy_story(&[
        "the corporation would comply fully with the harbour levy order and write to every berth holder.",
        "the port company will implement the harbour levy ruling from April.",
        "the district would also enforce the harbour levy rules on the slipway.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("prospect:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn a_step_of_protest_the_speaker_will_take_leans_cautious() {
    let (report, _) = effects_in_levy_story(&[
        "the boat club would approach the High Court if the harbour levy was not changed.",
        "the crews will ask the fisheries minister to intervene before the harbour levy starts.",
        "the yacht owners would go to court over the harbour levy.",
        "the moorings group would take the harbour levy to court in the spring.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("protest:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn an_appeal_for_something_or_an_ask_to_hurry_is_no_protest() {
    let (report, _) = effects_in_levy_story(&[
        "the harbour office would appeal for volunteers to run the harbour levy kiosk.",
        "the harbour office would appeal to skippers to pay the harbour levy early.",
        "the port company would challenge its crews to collect the harbour levy faster.",
        "the boat club will ask the minister to open the harbour levy kiosk early.",
        "the harbour levy would take pressure off the quay wall.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("protest:")), "speaker {i}: {k:?}");
    }
}

#[test]
fn a_but_after_one_mild_word_of_support_is_a_reservation() {
    let report = ferry_story(&[
        // One mild word of support (as weak as one stronger word read off
        // the topic's words), then a "But" with no cue of its own.
        &["It is faster than what we had, I admit.", "But my shift ends at eleven and the last crossing is at ten."],
        // The same support with no "But" after it stays support.
        &["It is faster than what we had, I admit.", "My shift ends at eleven and the last crossing is at ten."],
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
    assert!(report.speakers[0].evidence.iter().any(|e| e.kind == "caveat"), "{:#?}", report.speakers[0]);
    assert_eq!(report.speakers[1].stance, Stance::Optimistic, "{:#?}", report.speakers[1]);
}

#[test]
fn a_but_after_a_party_that_will_not_stand_in_the_way_is_a_reservation() {
    let report = ferry_story(&[
        &[
            "The islands do need a night ferry, and we are not going to stand in the way of it.",
            "But the pier is the last open stretch of the island shore, and what we have seen so far is a very large shed.",
        ],
        // No "But": the party lets the plan go ahead.
        &[
            "The islands do need a night ferry, and we are not going to stand in the way of it.",
            "The pier is the last open stretch of the island shore, and the shed will stand on it.",
        ],
        // A "But" before the fallback is no reservation of it.
        &[
            "But the pier is the last open stretch of the island shore.",
            "The islands do need a night ferry, and we are not going to stand in the way of it.",
        ],
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
    assert!(report.speakers[0].evidence.iter().any(|e| e.kind == "caveat"), "{:#?}", report.speakers[0]);
    for i in [1, 2] {
        assert_eq!(report.speakers[i].stance, Stance::Optimistic, "{:#?}", report.speakers[i]);
    }
}

#[test]
fn rejecting_a_criticism_defends_what_was_criticised() {
    // `rejected the criticism, telling …` and `dismissing concerns that …`
    // defend the plan: the verb takes the other side, and the words of the
    // criticism are the critics', not the speaker's. `rejected the offer`
    // names no criticism and stays against it.
    let text = "Ferry plan\n\n\
                The island council plans a new ferry terminal at Tarn Bay.\n\n\
                Harbour chief Ana Ruiz rejected the criticism, telling reporters the terminal would bring jobs.\n\n\
                Mayor Bo Lin dismissed concerns that the terminal would be too noisy and too costly.\n\n\
                The Ferry Workers Union rejected the offer of new shifts at the terminal.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let ruiz = who("Ruiz");
    assert_eq!(ruiz.stance, Stance::Optimistic, "{ruiz:#?}");
    assert!(ruiz.evidence.iter().any(|e| e.kind == "verb" && e.text == "rejected" && e.weight > 0.0), "{ruiz:#?}");
    let lin = who("Lin");
    assert_eq!(lin.stance, Stance::Optimistic, "{lin:#?}");
    assert!(lin.evidence.iter().all(|e| e.text != "costly"), "{lin:#?}");
    let union = who("Union");
    assert!(union.evidence.iter().any(|e| e.kind == "verb" && e.weight < 0.0), "{union:#?}");
}

#[test]
fn rejecting_that_claim_or_arguments_defends_the_plan() {
    // `rejected that claim` (a demonstrative before the criticism) and
    // `rejecting arguments from … that …` turn down the other side's case:
    // the verb takes the plan's side, as with `the criticism`. Arguments
    // for the plan, or whose words lean its way, are its backers': turning
    // them down stays against it.
    let text = "Ferry plan\n\n\
                The island council plans a new ferry terminal at Tarn Bay.\n\n\
                Fishers say the terminal will wreck the bay.\n\n\
                Harbour officials rejected that claim.\n\n\
                Judge Mira Holt upheld the plan, rejecting arguments from a group of skippers that the council had acted unlawfully.\n\n\
                Skipper Ana Ruiz rejected the arguments for the terminal.\n\n\
                Trader Bo Lin rejected arguments that the terminal would bring jobs and help the town.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    for name in ["Harbour officials", "Holt"] {
        let s = who(name);
        assert_eq!(s.stance, Stance::Optimistic, "{s:#?}");
        assert!(
            s.evidence.iter().any(|e| e.kind == "verb" && e.text.starts_with("reject") && e.weight > 0.0),
            "{s:#?}"
        );
    }
    for name in ["Ruiz", "Lin"] {
        let s = who(name);
        assert!(s.evidence.iter().all(|e| !(e.kind == "verb" && e.weight > 0.0)), "{s:#?}");
    }
}

#[test]
fn praise_of_the_packaging_is_a_critics_irony() {
    // `a toll with a nicer name`, `a nice press release`, `a lovely
    // picture`: the look is granted, the substance denied. Praise of the
    // thing itself (`a lovely new quay`), of its name as subject (`the name
    // is lovely`), and a word that is not of appearance (`a clear promise`)
    // keep their reading.
    let text = "Quay toll\n\n\
                The harbour board approved a new quay toll on Monday.\n\n\
                \"It is a tax with a nicer name,\" said skipper Ana Ruiz.\n\n\
                \"Ten grants for the whole fleet, that's a nice press release,\" said trader Bo Lin.\n\n\
                \"A new slipway is a lovely picture. It is still a toll,\" said Cai Moss, a ferry pilot.\n\n\
                \"It is a lovely new quay,\" said Eli Rowe, the harbour master.\n\n\
                \"The name of the new quay is lovely,\" said Fen Ward, a ferry cook.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    for name in ["Ruiz", "Lin", "Moss"] {
        let s = who(name);
        assert!(
            s.evidence.iter().any(|e| ["nicer", "nice", "lovely"].contains(&e.text.as_str()) && e.weight < 0.0),
            "{s:#?}"
        );
    }
    for name in ["Ruiz", "Lin", "Moss"] {
        let s = who(name);
        assert_eq!(s.stance, Stance::Cautious, "{s:#?}");
    }
    for name in ["Rowe", "Ward"] {
        let s = who(name);
        assert!(s.evidence.iter().any(|e| e.text == "lovely" && e.weight > 0.0), "{s:#?}");
    }
}

#[test]
fn a_body_noun_after_a_determiner_names_the_body_the_article_names() {
    // In a story about the Vale Health Trust, `the trust has told us` is
    // the body, not trust; the verb (`we trust the nurses`), the trust of
    // someone (`the trust of parents`) and a possessive (`the public's
    // trust`) stay judgements, and so does `the trust` in a story that
    // names no such body.
    let text = "Night ward\n\n\
                The Vale Health Trust plans to close the night ward at Tarn Hospital from March.\n\n\
                \"The trust has told us nothing about where patients will go,\" said Ana Ruiz, a ward visitor.\n\n\
                \"We trust the nurses to manage,\" said Bo Lin, a porter.\n\n\
                \"The plan has lost the trust of parents,\" said Cai Moss, a parent.\n\n\
                \"It will cost the public's trust,\" said Dara Holt, a cleaner.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let cites = |n: &str| who(n).evidence.iter().any(|e| e.text.eq_ignore_ascii_case("trust"));
    assert!(!cites("Ruiz"), "{:#?}", who("Ruiz"));
    for name in ["Lin", "Moss", "Holt"] {
        assert!(cites(name), "{:#?}", who(name));
    }
    let text = "Night ward\n\n\
                The health board plans to close the night ward at Tarn Hospital from March.\n\n\
                \"The trust has gone,\" said Ana Ruiz, a ward visitor.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let ruiz = report.speakers.iter().find(|s| s.name.contains("Ruiz")).unwrap_or_else(|| panic!("{report:#?}"));
    assert!(ruiz.evidence.iter().any(|e| e.text.eq_ignore_ascii_case("trust")), "{ruiz:#?}");
}

#[test]
fn the_cost_of_waiting_urges_the_plan_on() {
    // `Every winter we wait, the wall gets weaker` and `The longer we
    // delay, the worse the flooding gets`: the harm is what delay does, so
    // it argues for the plan. Others waiting (`the longer they wait`) or a
    // harm with no wait (`every winter the wall gets weaker`) stay warnings.
    let text = "Harbour wall\n\n\
                The council plans to rebuild the harbour wall at Tarn Bay next year.\n\n\
                \"Every winter we wait, the wall gets weaker,\" said Ana Ruiz, a skipper.\n\n\
                \"The longer we delay, the worse the flooding gets,\" said Bo Lin, a trader.\n\n\
                \"The longer they wait, the worse it gets,\" said Cai Moss, a fisher.\n\n\
                \"Every winter the wall gets weaker,\" said Dara Holt, a diver.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    for name in ["Ruiz", "Lin"] {
        let s = who(name);
        assert_eq!(s.stance, Stance::Optimistic, "{s:#?}");
        assert!(s.evidence.iter().any(|e| e.kind == "urgency" && e.weight > 0.0), "{s:#?}");
    }
    for name in ["Moss", "Holt"] {
        let s = who(name);
        assert!(s.evidence.iter().all(|e| e.kind != "urgency"), "{s:#?}");
        assert_ne!(s.stance, Stance::Optimistic, "{s:#?}");
    }
}

#[test]
fn a_time_word_in_an_indirect_question_lays_out_no_case() {
    // `asking whether their jobs would still be there next year`: the
    // question runs to the end of its clause, so the time word far from
    // "whether" forecasts nothing either.
    let text = "Mill merger\n\n\
                The Dunmore mill will merge with the Brackley mill group next spring.\n\n\
                Councillor Ana Ruiz said workers at the mill had called her asking whether their jobs in the mill would still be there next year.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let ruiz = report.speakers.iter().find(|s| s.name.contains("Ruiz")).unwrap_or_else(|| panic!("{report:#?}"));
    lays_out_no_case(ruiz);
}

#[test]
fn a_body_heard_only_in_reported_speech_lays_out_no_prospect() {
    // `The Revenue Office said tenants would claim the credit through their
    // tax return`: a body telling how the plan will work takes no side; a
    // person saying what it would do still lays out its case.
    let text = "Rent credit\n\n\
                The government plans a new rent credit for tenants from January.\n\n\
                The Revenue Office said tenants would claim the credit through their annual tax return.\n\n\
                Councillor Ana Ruiz said the credit would help families in the city.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    lays_out_no_case(who("Revenue"));
    let ruiz = who("Ruiz");
    assert_eq!(ruiz.stance, Stance::Optimistic, "{ruiz:#?}");
}

#[test]
fn a_secretary_general_heads_a_body_of_its_own() {
    // `Its secretary general, Ana Ruiz,` (of a bar association) speaks for
    // that body, not for the government proposing the plan, as `Justice
    // Secretary Bo Lin` does.
    let text = "Cameras\n\n\
                The government plans to allow police to use face scanning at stations.\n\n\
                The Bar Association was more direct. Its secretary general, Ana Ruiz, said the limits were written in pencil.\n\n\
                Justice Secretary Bo Lin said the law would take effect in July.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let ruiz = who("Ruiz");
    assert!(ruiz.evidence.iter().all(|e| e.kind != "proposer"), "{ruiz:#?}");
    let lin = who("Lin");
    assert!(lin.evidence.iter().any(|e| e.kind == "proposer"), "{lin:#?}");
}

#[test]
fn a_member_who_dissents_parts_from_the_decision() {
    // `Board member Ana Ruiz dissented, arguing for a hold`: the frame of
    // her words is a dissent from the board's decision.
    let text = "Rates\n\n\
                The central bank cut its key interest rate on Thursday.\n\n\
                Board member Ana Ruiz dissented, arguing for a hold on the grounds that prices had started climbing.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let ruiz = report.speakers.iter().find(|s| s.name.contains("Ruiz")).unwrap_or_else(|| panic!("{report:#?}"));
    assert_eq!(ruiz.stance, Stance::Cautious, "{ruiz:#?}");
    assert!(ruiz.evidence.iter().any(|e| e.kind == "frame" && e.text == "dissented"), "{ruiz:#?}");
}

#[test]
fn the_reach_of_a_rule_told_by_an_official_is_procedure() {
    // `The harbour levy would apply only to boats over ten metres`: how the
    // levy will work, told beside its start date, is no case for it.
    let text = "Harbour levy\n\nThe harbour board plans a levy on moorings.\n\n\
                Board officer Ana Ruiz said the harbour levy would start on 1 March.\n\n\
                Ruiz said the harbour levy would apply only to boats over ten metres.";
    let a = article(
        text,
        &["Ana Ruiz"],
        &[
            reported(0, "Board officer Ana Ruiz", "the harbour levy would start on 1 March"),
            reported(0, "Ruiz", "the harbour levy would apply only to boats over ten metres"),
        ],
    );
    let report = rules().report(&a, "t");
    let ruiz = &report.speakers[0];
    assert_eq!(ruiz.stance, Stance::Neutral, "{ruiz:#?}");
    assert!(ruiz.evidence.iter().any(|e| e.kind == "facts"), "{ruiz:#?}");
}

#[test]
fn a_spokesperson_heard_only_in_reported_speech_lays_out_no_prospect() {
    // `City spokeswoman Ana Ruiz said inspections would resume in
    // November`: she speaks as the body does, telling how the plan will
    // run; a councillor saying what it would do still makes its case.
    let text = "Inspections\n\n\
                A court has lifted its order against the rental inspection law.\n\n\
                City spokeswoman Ana Ruiz said inspections would resume in November.\n\n\
                Councillor Bo Lin said the inspections would help tenants in old buildings.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    lays_out_no_case(who("Ruiz"));
    assert_eq!(who("Lin").stance, Stance::Optimistic, "{report:#?}");
}

/// A rejection whose object is a challenge to the proposal upholds it; a
/// rejection of anything else still leans against.
#[test]
fn rejecting_a_challenge_upholds_the_proposal() {
    let verb = |words: &'static str, verb: &'static str, lemma: &'static str| {
        let text = match words {
            "the lawsuit filed by three ferry operators" => {
                "Ferry levy stands\n\nThe tribunal dismissed the lawsuit filed by three ferry operators."
            }
            "the harbour board's application" => {
                "Ferry levy falls\n\nThe tribunal rejected the harbour board's application."
            }
            _ => "Ferry levy stands\n\nThe tribunal rejected a challenge brought by three ferry operators.",
        };
        let a = article(
            text,
            &["The tribunal"],
            &[Spec {
                kind: UtteranceKind::Reported,
                cue: Some((verb, lemma)),
                source: Some("The tribunal"),
                ..spec(0, words)
            }],
        );
        let report = rules().report(&a, "t");
        report.utterances[0].evidence.iter().find(|e| e.kind == "verb").map_or(0.0, |e| e.weight)
    };
    assert!(verb("the lawsuit filed by three ferry operators", "dismissed", "dismiss") > 0.0);
    assert!(verb("a challenge brought by three ferry operators", "rejected", "reject") > 0.0);
    assert!(verb("the harbour board's application", "rejected", "reject") < 0.0);
}

#[test]
fn a_modal_in_the_consequence_of_a_condition_lays_out_no_case() {
    let (report, _) = effects_in_levy_story(&[
        // The speaker's own reaction should the plan come.
        "\"If the harbour levy goes up again, I will sell the boat myself.\"",
        // A demand put as a condition on others.
        "\"If the council means the harbour levy, they will put it in writing.\"",
        // What follows otherwise.
        "the harbour levy must be spent on the quay, otherwise the boat clubs will be back here next year.",
    ]);
    for (i, k) in speaker_kinds(&report).iter().enumerate() {
        assert!(k.iter().all(|e| !e.starts_with("prospect:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "{:#?}", report.speakers[i]);
    }
    // A condition after the modal leaves the case laid out, and so does
    // one that is only the proposal's own passage.
    let (report, _) = effects_in_levy_story(&[
        "the harbour levy would mean a new slipway for the village if the tide tables allow it.",
        "\"If approved, the harbour levy would mean a new slipway for the village.\"",
    ]);
    for s in &report.speakers {
        lays_out_a_case(s);
    }
}

#[test]
fn a_demand_after_a_supporters_but_is_a_reservation() {
    let (report, _) = effects_in_levy_story(&[
        // Hopeful words inside what the supporter wants are no praise.
        "the club welcomed the harbour levy but wanted guarantees that local crews would get the first opportunity at the work.",
        "the club supported the harbour levy but would need to see the detail on budget first.",
    ]);
    for s in &report.speakers {
        assert_eq!(s.stance, Stance::Mixed, "{s:#?}");
    }
    // Praise after a "but" with no verb of wanting stays praise.
    let (report, _) = effects_in_levy_story(&[
        "the club welcomed the harbour levy but said local crews would get the first opportunity at the work.",
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
}

#[test]
fn support_for_a_general_aim_withheld_from_the_plan_is_no_reservation() {
    // The aim is backed, the levy is not: the refusal stands alone.
    let (report, _) = effects_in_levy_story(&[
        "the club supports cleaner harbours but cannot support a levy that charges every boat the same.",
        "the club backs tourism but not at the expense of the working quay.",
        // A refusal in words no cue knows still leans.
        "the club backs cleaner water but cannot vote for the harbour levy.",
    ]);
    for s in &report.speakers {
        assert_eq!(s.stance, Stance::Cautious, "{s:#?}");
    }
    // Support for the plan itself, then a worry, is still a reservation.
    let (report, _) = effects_in_levy_story(&[
        "the club supports the harbour levy but cannot see how small crews would pay it.",
        // An action with its object is the plan's own step.
        "the club supports charging moorings, but not in the levy's present shape.",
    ]);
    for s in &report.speakers {
        assert_eq!(s.stance, Stance::Mixed, "{s:#?}");
    }
}

#[test]
fn support_on_the_condition_that_the_plan_goes_ahead_is_no_caveat() {
    // The condition is only the plan itself: it sets no terms.
    let (report, _) = effects_in_levy_story(&[
        "the trust would welcome new moorings if the harbour levy went ahead.",
        "the trust would welcome new moorings if the harbour levy is approved.",
    ]);
    for s in &report.speakers {
        assert_eq!(s.stance, Stance::Optimistic, "{s:#?}");
    }
    // Terms set on the support are still a caveat.
    let (report, _) =
        effects_in_levy_story(&["the trust would welcome the harbour levy if small crews were given a discount."]);
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
}

#[test]
fn a_condition_in_another_reported_point_is_no_caveat_on_the_first() {
    // The praise and the condition are two points of one report.
    let (report, _) = effects_in_levy_story(&[
        "that the harbour levy would fund a welcome new slipway, and that dinghies would be exempt as long as they were moored by dusk.",
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
}

#[test]
fn praise_of_what_a_lifted_charge_lay_on_is_no_stand_against_the_plan() {
    // The pact cuts the tariffs, not the olives: praise of the olives is
    // praise of what the plan frees, read as it stands.
    let text = "Pact cuts tariffs on Corran olives\n\n\
                Negotiators agreed to cut tariffs on Corran olives and cheese from May.\n\n\
                “Corran olives are a wonderful product,” said Mara Quist.";
    let a = article(
        text,
        &["Mara Quist"],
        &[Spec {
            cue: Some(("said", "say")),
            source: Some("Mara Quist"),
            ..spec(0, "Corran olives are a wonderful product,")
        }],
    );
    let report = rules().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().all(|e| !e.starts_with("removal:")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{k:?}");
    // Laid on the olives, the charge acts against them: praise of them
    // stands against the plan.
    let text = "Town adds a levy on Corran olives\n\n\
                The town wants to add a levy on Corran olives from May.\n\n\
                “Corran olives are a wonderful product,” said Mara Quist.";
    let a = article(
        text,
        &["Mara Quist"],
        &[Spec {
            cue: Some(("said", "say")),
            source: Some("Mara Quist"),
            ..spec(0, "Corran olives are a wonderful product,")
        }],
    );
    let report = rules().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().any(|e| e.starts_with("removal:")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{k:?}");
}

#[test]
fn a_disclaimer_about_the_thing_a_plan_removes_keeps_its_lean() {
    // "Nobody is against the lido" in a story that closes it tells the
    // speaker's own position; it is not fault found with the lido.
    let text = "Trust plans to close Pellow Cove lido\n\n\
                The trust wants to close the lido this autumn.\n\n\
                “Nobody is against the lido,” said Mara Quist.";
    let a = article(
        text,
        &["Mara Quist"],
        &[Spec { cue: Some(("said", "say")), source: Some("Mara Quist"), ..spec(0, "Nobody is against the lido,") }],
    );
    let report = rules().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().all(|e| !e.starts_with("removal:")), "{k:?}");
    assert!(k.iter().any(|e| e.starts_with("disclaimer:")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{k:?}");
}

#[test]
fn reported_claims_joined_by_and_that_are_judged_one_by_one() {
    // The fault is found with the vote in the first claim; the lido is
    // only named in the second: nothing is reversed.
    let text = "Trust plans to close Pellow Cove lido\n\n\
                The trust wants to close the lido this autumn.\n\n\
                Mara Quist said the vote had been held without a proper survey and that the lido was being singled out.";
    let a = article(
        text,
        &["Mara Quist"],
        &[said(
            0,
            "Mara Quist",
            "the vote had been held without a proper survey and that the lido was being singled out",
        )],
    );
    let report = rules().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().all(|e| !e.starts_with("removal:")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{k:?}");
    // One claim that names the lido and finds fault with it is still read
    // as fault with the thing removed: for the plan.
    let text = "Trust plans to close Pellow Cove lido\n\n\
                The trust wants to close the lido this autumn.\n\n\
                Mara Quist said the vote had been held on time and that the lido was a waste of money.";
    let a = article(
        text,
        &["Mara Quist"],
        &[said(0, "Mara Quist", "the vote had been held on time and that the lido was a waste of money")],
    );
    let report = rules().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().any(|e| e.starts_with("removal:")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{k:?}");
}

#[test]
fn a_granted_point_then_but_warned_is_a_balance() {
    let (report, kinds) = effects_in_levy_story(&[
        // A grant with no cue of its own, then a warning.
        "the case for the harbour levy was sound, but warned that earlier harbour levies had failed.",
        // A grant that leans against is no grant.
        "the harbour levy was a mistake, but warned that the quay would suffer anyway.",
    ]);
    assert!(kinds[0].iter().any(|e| e.starts_with("balance:")), "{:?}", kinds[0]);
    assert_eq!(report.speakers[0].stance, Stance::Mixed, "{:#?}", report.speakers[0]);
    assert!(kinds[1].iter().all(|e| !e.starts_with("balance:")), "{:?}", kinds[1]);
    assert_eq!(report.speakers[1].stance, Stance::Cautious, "{:#?}", report.speakers[1]);
}

#[test]
fn a_pledge_asked_for_is_a_reservation_not_praise() {
    let (report, found) = effects_in_levy_story(&[
        "the clubs would seek guarantees on mooring fees under the harbour levy.",
        "the clubs want commitments in writing before the harbour levy starts.",
        // A pledge already won asks for nothing.
        "the clubs had secured guarantees on mooring fees under the harbour levy.",
    ]);
    for i in [0, 1] {
        assert!(found[i].iter().any(|e| e.starts_with("demand:")), "{:?}", found[i]);
        assert_eq!(report.speakers[i].stance, Stance::Cautious, "{:#?}", report.speakers[i]);
    }
    assert!(found[2].iter().all(|e| !e.starts_with("demand:")), "{:?}", found[2]);
    assert_ne!(report.speakers[2].stance, Stance::Cautious, "{:#?}", report.speakers[2]);
    // The reporting verb asks for it.
    let text = "Harbour levy\n\nThe council approved a harbour levy on Monday.\n\n\
                The boat club urged the council to consider relief for small yards under the harbour levy.";
    let a = article(
        text,
        &["The boat club"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("urged", "urge")),
            source: Some("The boat club"),
            ..spec(0, "the council to consider relief for small yards under the harbour levy")
        }],
    );
    let profile = TopicProfile::from_toml("terms = [\"harbour levy\"]\n").unwrap();
    let report = Classifier::builder().topic(profile).learned(false).build().report(&a, "t");
    let k = kinds(&report, 0);
    assert!(k.iter().any(|e| e.starts_with("demand:relief")), "{k:?}");
    assert_eq!(report.speakers[0].stance, Stance::Cautious, "{k:?}");
}

#[test]
fn an_author_after_a_no_break_space_is_read_as_after_a_space() {
    // Text pasted from web pages puts no-break spaces between words; the
    // verb of authorship after one is still a word of its own.
    let text = "The ordinance,\u{a0}sponsored by Supervisor Lena Park, would ban leaf blowers.\n\n\
                “The crews start at seven,” Park said.";
    let a = article(
        text,
        &["Lena Park"],
        &[Spec { cue: Some(("said", "say")), source: Some("Park said"), ..spec(0, "The crews start at seven,”") }],
    );
    let report = rules().report(&a, "t");
    let park = &report.speakers[0];
    assert!(park.evidence.iter().any(|e| e.kind == "proposer" && e.text == "sponsored by"), "{park:#?}");
}

#[test]
fn a_person_the_narration_names_as_the_measures_author_proposes_it() {
    let text = "County to ban leaf blowers\n\n\
                The county board will vote Tuesday on an ordinance banning leaf blowers.\n\n\
                The ordinance, sponsored by Supervisor Lena Park, would phase the blowers out over two years.\n\n\
                A rival bill introduced by Supervisor Dana Holt would only limit their hours.\n\n\
                Supervisor Omar Reyes on Monday filed a lawsuit against an earlier rule.\n\n\
                “The crews start at seven,” Park said.\n\n\
                “The crews start at seven,” Holt said.\n\n\
                “The crews start at seven,” Reyes said.";
    let a = article(
        text,
        &["Lena Park", "Dana Holt", "Omar Reyes"],
        &[
            Spec { cue: Some(("said", "say")), source: Some("Park said"), ..spec(0, "The crews start at seven,”") },
            Spec { cue: Some(("said", "say")), source: Some("Holt said"), ..spec(1, "start at seven,” Holt") },
            Spec { cue: Some(("said", "say")), source: Some("Reyes said"), ..spec(2, "start at seven,” Reyes") },
        ],
    );
    let report = rules().report(&a, "t");
    let park = report.speakers.iter().find(|s| s.name == "Lena Park").unwrap();
    assert!(park.evidence.iter().any(|e| e.kind == "proposer" && e.text == "sponsored by"), "{park:#?}");
    for name in ["Dana Holt", "Omar Reyes"] {
        let s = report.speakers.iter().find(|s| s.name == name).unwrap();
        assert!(s.evidence.iter().all(|e| e.kind != "proposer"), "{s:#?}");
    }
}

#[test]
fn a_speaker_who_declined_to_comment_takes_no_side() {
    // Not even the proposer's lean: a refusal to speak hands the question
    // back, as a deferral does.
    let text = "Takeover\n\nTarn Shipping is preparing an offer for Hale Lines, people familiar with the matter said.\n\n\
                Tarn Shipping declined to comment on \"market speculation\".";
    let a = article(
        text,
        &["people familiar with the matter", "Tarn Shipping"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("people familiar with the matter"),
                ..spec(0, "Tarn Shipping is preparing an offer for Hale Lines")
            },
            Spec {
                kind: UtteranceKind::Partial,
                cue: Some(("declined", "decline to comment")),
                source: Some("Tarn Shipping"),
                ..spec(1, "on \"market speculation\"")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let tarn = &report.speakers[1];
    assert_eq!(tarn.stance, Stance::Neutral, "{tarn:#?}");
    assert!(tarn.evidence.iter().all(|e| e.kind != "proposer"), "{tarn:#?}");
}

#[test]
fn a_spokesperson_who_gives_only_figures_and_dates_takes_no_side() {
    // A cost or a fine named in a timetable is news of the plan; the same
    // figure in a prediction of what the plan will do is a critic's case.
    let text = "Parking permits\n\n\
                The council has approved a permit scheme for the Brookfield streets.\n\n\
                Council spokeswoman Mira Okafor said 310 permits had been issued and that enforcement, delayed by the court challenge, begins on June 1.\n\n\
                The Brookfield Traders Association said the scheme would cost each of its members $2,000 a year.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let okafor = who("Okafor");
    assert_eq!(okafor.stance, Stance::Neutral, "{okafor:#?}");
    assert!(okafor.evidence.iter().any(|e| e.kind == "facts"), "{okafor:#?}");
    let traders = who("Traders");
    assert_eq!(traders.stance, Stance::Cautious, "{traders:#?}");
    assert!(traders.evidence.iter().all(|e| e.kind != "facts"), "{traders:#?}");
}

#[test]
fn a_yes_or_no_question_closing_the_speakers_case_is_doubt() {
    let text = "Night buses cut\n\nThe county will end its night bus routes in June.\n\n\
                \"The last bus now leaves at six. Will the night nurses walk home?\" said the steward.\n\n\
                \"We have wanted this for years. Isn't it time the county acted?\" said the clerk.\n\n\
                \"The routes run empty after nine. Would you keep them for four riders?\" said the host.\n\n\
                \"Will the depot stay open on Sundays?\" asked the driver.";
    let a = article(
        text,
        &["the steward", "the clerk", "the host", "the driver"],
        &[
            spec(0, "The last bus now leaves at six. Will the night nurses walk home?"),
            spec(1, "We have wanted this for years. Isn't it time the county acted?"),
            spec(2, "The routes run empty after nine. Would you keep them for four riders?"),
            spec(3, "Will the depot stay open on Sundays?"),
        ],
    );
    let report = rules().report(&a, "t");
    let steward = &report.speakers[0];
    assert_eq!(steward.stance, Stance::Cautious, "{steward:#?}");
    let doubt = steward.evidence.iter().find(|e| e.kind == "doubt").expect("a doubt citation");
    assert_eq!(doubt.text, "Will");
    // A negated question asks for the thing; one put to a listener is an
    // interviewer's; a question that is all the speaker says asks for facts.
    for s in &report.speakers[1..] {
        assert!(s.evidence.iter().all(|e| e.kind != "doubt"), "{s:#?}");
    }
}

#[test]
fn a_but_after_a_critic_does_not_alone_make_a_speaker_a_supporter() {
    let said = |k, source, words| Spec {
        kind: UtteranceKind::Reported,
        cue: Some(("said", "say")),
        source: Some(source),
        ..spec(k, words)
    };
    let report_on = |second: &'static str, words: &'static str| {
        let text = format!(
            "Tram\n\nThe city opened its tram line on Monday.\n\n\
             The shopkeepers' group said the line was a disaster for trade.\n\n\
             But {second} said {words}."
        );
        let a = article(
            &text,
            &["The shopkeepers' group", second],
            &[said(0, "The shopkeepers' group", "the line was a disaster for trade"), said(1, second, words)],
        );
        rules().report(&a, "t")
    };
    let report = report_on("Ana Holm", "the timetable had been set in May");
    let holm = &report.speakers[1];
    assert_ne!(holm.stance, Stance::Optimistic, "{holm:#?}");
    assert!(holm.evidence.iter().all(|e| e.kind != "turn"), "{holm:#?}");
    // A speaker whose own words lean against keeps the turn, as a temper.
    let report = report_on("Ben Ode", "the new fares worried him");
    let ode = &report.speakers[1];
    assert!(ode.evidence.iter().any(|e| e.kind == "turn" && e.weight > 0.0), "{ode:#?}");
}

#[test]
fn a_but_after_a_critic_tempers_but_never_carries_a_speaker_across() {
    let said = |k, source, words| Spec {
        kind: UtteranceKind::Reported,
        cue: Some(("said", "say")),
        source: Some(source),
        ..spec(k, words)
    };
    let report_on = |words: &'static str| {
        let text = format!(
            "Ferry\n\nThe island council opened its new ferry route on Tuesday.\n\n\
             The harbour traders said the route was a disaster for trade.\n\n\
             However, Orla Penhale said {words}."
        );
        let a = article(
            &text,
            &["The harbour traders", "Orla Penhale"],
            &[said(0, "The harbour traders", "the route was a disaster for trade"), said(1, "Orla Penhale", words)],
        );
        rules().report(&a, "t")
    };
    // Her one worry is weaker than the turn: the turn brings her no further
    // than even, and never makes her a supporter.
    let report = report_on("the crossing to the mainland had become a worry");
    let penhale = &report.speakers[1];
    assert_ne!(penhale.stance, Stance::Optimistic, "{penhale:#?}");
    let turn = penhale.evidence.iter().find(|e| e.kind == "turn").expect("a turn citation");
    let against: f64 = -penhale.evidence.iter().filter(|e| e.weight < 0.0).map(|e| e.weight).sum::<f64>();
    assert!(turn.weight > 0.0 && turn.weight <= against + 1e-9, "{penhale:#?}");
    // Nor does it make a harm she tells the problem the plan answers.
    let report = report_on("pensioners in the north of the island had been stranded for days");
    let penhale = &report.speakers[1];
    assert_ne!(penhale.stance, Stance::Optimistic, "{penhale:#?}");
    assert!(penhale.evidence.iter().all(|e| e.kind != "problem"), "{penhale:#?}");
}

#[test]
fn a_person_named_as_one_of_a_kind_does_not_speak_for_the_doer_named_by_it() {
    // The doer is the brewers as a whole; a speaker described as one of
    // them (or as working at some brewery) shares their word but not their
    // plan. One described by a definite body does speak for it.
    let lean = |name: &'static str| {
        let text: &'static str = Box::leak(
            format!(
                "Valley brewers to share one bottling line\n\n\
                 Valley brewers will share one bottling line from May.\n\n\
                 {name} said the line was booked for the first month."
            )
            .into_boxed_str(),
        );
        let a = article(text, &[name], &[reported(0, name, "the line was booked for the first month")]);
        rules().report(&a, "t").speakers[0].evidence.iter().any(|e| e.kind == "proposer")
    };
    assert!(!lean("a manager from one of the smaller brewers"));
    assert!(!lean("a cellarman at a family brewers"));
    assert!(lean("a manager for the valley brewers"));
}

#[test]
fn asking_for_scrutiny_from_outside_the_plan_is_a_reservation() {
    // An ask for a judicial review or an independent study of the plan leans
    // cautious, as an ask for a guarantee does; the same scrutiny named as
    // done takes no side.
    let stance = |words: &'static str| {
        let text: &'static str = Box::leak(
            format!("Glenmoor to dredge the estuary\n\nGlenmoor will dredge the estuary next year.\n\nIva Brand said {words}.")
                .into_boxed_str(),
        );
        let a = article(text, &["Iva Brand"], &[reported(0, "Iva Brand", words)]);
        rules().report(&a, "t").speakers[0].stance
    };
    assert_eq!(stance("the parish wanted an independent study of the silt first"), Stance::Cautious);
    assert_eq!(stance("the parish would seek a judicial review"), Stance::Cautious);
    assert_eq!(stance("the parish had called for an impact assessment"), Stance::Cautious);
    assert_eq!(stance("an independent study of the silt was published in May"), Stance::Neutral);
}

#[test]
fn a_doer_found_only_as_a_reporter_set_against_the_news_takes_no_proposer_lean() {
    // The lead's subject of *say* is taken as a doer; when that is the
    // only tie to the speaker and their words go against the plan, they
    // report a grievance, not their own plan. Said of their own act (*say
    // they will ...*), or with their own words for it, they keep the lean.
    let lean = |lead: &'static str, words: &'static str| {
        let text: &'static str =
            Box::leak(format!("Ferry firm wins Tamsey route\n\n{lead}\n\nMore later.").into_boxed_str());
        let mut a = article(text, &["Boatmen"], &[reported(0, "Boatmen", words)]);
        a.speakers[0].kind = SpeakerKind::Group;
        rules().report(&a, "t").speakers[0].evidence.iter().any(|e| e.kind == "proposer")
    };
    assert!(!lean("Boatmen said the new timetable will ruin their trade.", "the new timetable will ruin their trade"));
    assert!(lean(
        "Boatmen said they will end the crossing because of the risk of storms.",
        "they will end the crossing because of the risk of storms"
    ));
    assert!(lean("Boatmen said the new timetable will start in May.", "the new timetable will start in May"));
}

#[test]
fn a_wish_the_next_sentence_takes_back_counts_against() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe island council will run a winter ferry.\n\n“{words}” a skipper said.");
        let a = article(&text, &["a skipper"], &[spec(0, words)]);
        let s = rules().report(&a, "t").speakers.remove(0);
        (s.stance, s.evidence.iter().any(|e| e.kind == "echo"))
    };
    // A wish, then a person who has not or knows not: the wish is granted
    // to be withdrawn.
    for words in [
        "We'd love to sail in winter. We don't have the crew or the fuel for it.",
        "I would love to help the islanders. I just don't know who pays for the diesel.",
        "Folk here love the idea of a ferry. We just don't want lorries on the pier at dawn.",
    ] {
        assert_eq!(stance_of(words), (Stance::Cautious, true), "{words}");
    }
    // Fondness with a plain denial is a supporter's worry, and a wish
    // that the next sentence does not deny stands.
    for words in [
        "I love this harbour and its boats. We don't want to lose them, and the ferry keeps them here.",
        "We'd love to sail in winter. We have the crew and the fuel for it.",
        // A denial that leans for the plan, or one told of others.
        "We'd love to sail in winter. We can't wait to show the island off.",
        "I'd love to sail in winter. They didn't let us down last year either.",
    ] {
        assert_eq!(stance_of(words), (Stance::Optimistic, false), "{words}");
    }
}

#[test]
fn a_speakers_own_appeal_against_the_decision_is_cautious() {
    let stance_of = |words: &'static str| {
        let text = format!("Quarry\n\nThe county approved the Brindle Hill quarry on Monday.\n\n{words}\n");
        let a = article(&text, &["the trust"], &[reported(0, "the trust", words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // The speaker's own legal move against the decision.
    for words in [
        "the trust said it would appeal the decision to the Land Court.",
        "the trust said it was likely to appeal.",
        "the trust said it has not ruled out an appeal.",
    ] {
        assert_eq!(stance_of(words), Stance::Cautious, "{words}");
    }
    // An attraction, a plea and the procedure are no appeal against it.
    for words in [
        "the trust said the quarry would appeal to young builders.",
        "the trust said it wanted to appeal for calm.",
        "the trust said objectors had 28 days to appeal.",
        "the trust said the appeal of the quarry was its jobs.",
    ] {
        assert_ne!(stance_of(words), Stance::Cautious, "{words}");
    }
}

#[test]
fn being_left_unasked_or_unshown_is_a_complaint() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe harbour board moved the Tarn ferry stop on Monday.\n\n{words}\n");
        let a = article(&text, &["the guild"], &[reported(0, "the guild", words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // Asked, shown or consulted in the other forms of the verb, missing.
    for words in [
        "the guild said nobody came to ask us about the stop.",
        "the guild said the new stop was not discussed with us.",
        "the guild said the board had not shown the skippers the new berths.",
    ] {
        assert_eq!(stance_of(words), Stance::Cautious, "{words}");
    }
    // Present, or a finding denied, they are no complaint.
    for words in [
        "the guild said the berths were shown to the skippers on Monday.",
        "the guild said the stop has not been shown to change the crossing.",
        "the guild said the timetable will be discussed with the skippers.",
    ] {
        assert_ne!(stance_of(words), Stance::Cautious, "{words}");
    }
}

#[test]
fn an_event_named_as_the_start_of_a_step_dates_it() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe Tarn ferry crews will strike from Monday.\n\n{words}\n");
        let a = article(&text, &["the operator"], &[reported(0, "the operator", words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // A step announced, dated by the event's start.
    for words in [
        "the operator said it would post its winter timetable two days before the strike begins.",
        "the operator said it would add a second bus once the closure took effect.",
    ] {
        assert_eq!(stance_of(words), Stance::Neutral, "{words}");
    }
    // A start that leads its sentence, or an end, is part of the case.
    for words in [
        "the operator said once the closure starts, the crossing is finished.",
        "the operator said the strike would hurt, and it would not sail until the strike ends.",
    ] {
        assert_eq!(stance_of(words), Stance::Cautious, "{words}");
    }
}

#[test]
fn an_objection_invited_within_a_window_is_procedure() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe board plans a new Tarn ferry stop.\n\n{words}\n");
        let a = article(&text, &["the clerk"], &[reported(0, "the clerk", words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // The window the procedure opens for objections.
    for words in [
        "the clerk said skippers would have 20 days to lodge objections.",
        "the clerk said harbour staff had been asked to send objections, if any, within 10 days.",
    ] {
        assert_eq!(stance_of(words), Stance::Neutral, "{words}");
    }
    // Objections raised, or lodged without a window, stay a case.
    for words in [
        "the clerk said the skippers had lodged objections to the stop.",
        "the clerk said his objections were lodged within days of the plan.",
    ] {
        assert_eq!(stance_of(words), Stance::Cautious, "{words}");
    }
}

#[test]
fn in_favour_at_a_clauses_end_is_support_and_overwhelmingly_counts_a_majority() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe harbour board will run a winter ferry to Tarn.\n\n{words}\n");
        let a = article(&text, &["the guild"], &[reported(0, "the guild", words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // `in favour` with nothing after it is support as `in favour of` is;
    // `overwhelmingly` only says how many.
    for words in
        ["the guild said its skippers were overwhelmingly in favour.", "the guild said most skippers were in favor."]
    {
        assert_eq!(stance_of(words), Stance::Optimistic, "{words}");
    }
    // Being overwhelmed is still a hardship.
    assert_eq!(stance_of("the guild said its skippers were overwhelmed."), Stance::Cautious);
}

#[test]
fn kin_savings_a_place_and_a_birth_are_no_cues() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe harbour board will run a winter ferry to Tarn.\n\n{words}\n");
        let a = article(&text, &["the guild"], &[reported(0, "the guild", words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // Each word has a sense that judges and a sense that only names.
    for words in [
        "the guild said his great-grandmother had fished from the quay.",
        "the guild said the skippers had put their savings into new boats.",
        "the guild said one skipper had been saving to buy a second boat.",
        "the guild said the skippers were the reason tourists came here in the first place.",
        "the guild said one mother had to deliver on the side of the road last winter.",
    ] {
        assert_eq!(stance_of(words), Stance::Neutral, "{words}");
    }
    // The judging senses stay.
    assert_eq!(stance_of("the guild said the timetable was great."), Stance::Optimistic);
    assert_eq!(
        stance_of("the guild said it wondered why the board wanted a ferry in the first place."),
        Stance::Cautious
    );
    assert_eq!(stance_of("the guild said it wondered why the board wanted a ferry."), Stance::Neutral);
}

#[test]
fn a_pronoun_after_a_look_ahead_means_the_consequence_not_the_thing_removed() {
    let stance_of = |words: &'static str| {
        let text = format!("Clinic\n\nThe health board will close the Tarn clinic at night.\n\n{words}\n");
        let a = article(&text, &["the councillor"], &[spec(0, words)]);
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // "That" is the hour's drive the closure brings, which the speaker
    // faults: no praise of the clinic to read against its closing.
    assert_eq!(
        stance_of("Families in Tarn will now be an hour from a clinic. That is not safe, and the board knows it."),
        Stance::Cautious
    );
    // A judgement of the clinic itself, carried by the pronoun, still
    // stands against closing it.
    assert_eq!(stance_of("The clinic is the heart of Tarn. It is safe and it is well run."), Stance::Cautious);
}

// Round 53: a feeling the speaker ascribes to others is how they take the
// plan, not the speaker's judgement of it.

#[test]
fn a_feeling_ascribed_to_others_is_not_the_speakers_judgement() {
    for (words, feeling) in [
        ("The ferry crews are thrilled with the new timetable.", "thrilled"),
        ("Now suddenly everyone is worried about the jetty.", "worried"),
        ("The skippers along the quay are frightened for their boats.", "frightened"),
        ("Islanders will be delighted, I think.", "delighted"),
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(!cues.iter().any(|c| c == feeling), "{words}: {cues:?}");
    }
    // The speaker's own feeling, their own side's, a single person's (in
    // reported speech often the speaker) and a bare participle keep it.
    for (words, feeling) in [
        ("We are thrilled with the new timetable.", "thrilled"),
        ("Our skippers are worried about the jetty.", "worried"),
        ("The guild said its skippers were worried about the jetty.", "worried"),
        ("The harbourmaster was frightened for the boats.", "frightened"),
        ("She had heard from skippers worried about the jetty.", "worried"),
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(cues.iter().any(|c| c == feeling), "{words}: {cues:?}");
    }
}

// Round stance89: a view the speaker tells as another camp's (*critics
// say*, *opponents warn*) is that camp's, not the speaker's judgement.

#[test]
fn a_view_told_as_another_camps_is_not_the_speakers_judgement() {
    for (words, cue) in [
        ("The ferry plan, which critics say will ruin the harbour, goes to a vote.", "ruin"),
        ("It will cut fares for islanders and its opponents warning that it will hurt the quay.", "hurt"),
        ("Some fear the jetty will be a disaster for the skippers.", "disaster"),
        ("Opponents have also argued the timetable is dangerous.", "dangerous"),
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(!cues.iter().any(|c| c == cue), "{words}: {cues:?}");
    }
    // The speaker's own view after a "but", a camp's view the speaker
    // answers in a sentence of its own, and a noun after "some" keep it.
    for (words, cue) in [
        ("Critics say it will cost too much, but it will be a disaster to wait.", "disaster"),
        ("Critics say otherwise. The ferry plan will ruin the harbour.", "ruin"),
        ("Some fears about the jetty are a disaster for the skippers.", "disaster"),
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(cues.iter().any(|c| c == cue), "{words}: {cues:?}");
    }
}

// Round stance59: "concerned" that names who is involved is no worry.

#[test]
fn concerned_naming_who_is_involved_is_not_a_worry() {
    for words in [
        "The board will consult the boroughs concerned before the levy starts.",
        "The levy needs the approval of the concerned authorities first.",
        "Talks with all concerned will begin in May.",
        "As far as the harbour board is concerned, the levy stands.",
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(!cues.iter().any(|c| c == "concerned"), "{words}: {cues:?}");
    }
    for words in [
        "We are deeply concerned, and so are the crews.",
        "The guild remains concerned.",
        "Crews concerned about the levy met on Monday.",
        "A concerned skipper wrote to the board.",
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(cues.iter().any(|c| c == "concerned"), "{words}: {cues:?}");
    }
}

#[test]
fn turning_down_a_challenge_at_law_upholds_what_was_challenged() {
    let stance_of = |words: &'static str| {
        let text = format!("Ferry\n\nThe harbour board will sell the old ferry to a museum.\n\nThe court {words}\n");
        let mut a = article(
            &text,
            &["The court"],
            &[Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("rejected", "reject")),
                source: Some("The court"),
                ..spec(0, words.strip_prefix("rejected ").unwrap_or(words))
            }],
        );
        a.speakers[0].kind = SpeakerKind::Organization;
        rules().report(&a, "t").speakers.remove(0).stance
    };
    // The challengers' words are theirs, not the court's: turning down
    // their case upholds the sale.
    for words in [
        "rejected a challenge brought by skippers who had argued that the sale was a disproportionate loss.",
        "rejected a legal challenge by the rowing club, which said the sale was unfair.",
        "rejected a lawsuit filed by islanders who called the sale reckless.",
    ] {
        assert_eq!(stance_of(words), Stance::Optimistic, "{words}");
    }
}

// Round 53: agreement in a passive still to come is procedure.

#[test]
fn agreement_in_a_passive_still_to_come_is_procedure_not_welcome() {
    for (words, cue) in [
        ("Ferry tickets would continue to be accepted on the tram.", "accepted"),
        ("A safety plan is to be agreed before the depot opens.", "agreed"),
        ("If it is accepted for examination, hearings follow in May.", "accepted"),
        ("The pay deal, if ratified, runs for three years.", "ratified"),
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(!cues.iter().any(|c| c == cue), "{words}: {cues:?}");
    }
    // An undertaking, an acceptance that has happened, and one denied keep
    // their cue.
    for (words, cue) in [
        ("The council has agreed to fund the lights.", "agreed"),
        ("The design was accepted by the skaters themselves.", "accepted"),
        ("The scheme would not be accepted in its present form.", "accepted"),
    ] {
        let (cues, _) = cues_and_states(words);
        assert!(cues.iter().any(|c| c == cue), "{words}: {cues:?}");
    }
}

// Round 53: a challenge to explain the plan's merit doubts it.

#[test]
fn a_challenge_to_explain_the_merit_doubts_it() {
    let doubted = |words: &str| {
        let s =
            crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false);
        s.evidence.iter().any(|e| e.kind == "doubt" && e.weight < 0.0)
    };
    for words in [
        "The owners pay nothing. I'd like somebody to explain to me why that's a good deal.",
        "Tell me how that is fair to the ferry crews.",
        "Nobody can explain why the new timetable is better.",
        // An account said to be missing.
        "The ferry company has not done enough to explain how the new timetable would be better.",
        "The board failed to explain why the levy is fair.",
    ] {
        assert!(doubted(words), "{words}");
    }
    // The speaker's own account, or a showing not asked of them, is no
    // challenge.
    for words in [
        "Let me explain how the new timetable will help families.",
        "We will show how the timetable works for everyone.",
        "My son told me the new timetable is good for him.",
        "It is not hard to explain why the new timetable is better.",
    ] {
        assert!(!doubted(words), "{words}");
    }
}

#[test]
fn a_body_that_has_not_yet_formed_a_view_tells_where_its_work_stands() {
    let text = "Marina plan for Kelport harbour\n\n\
                A developer wants to build a 300-berth marina at Kelport harbour, with a hotel and a row of shops on the old ferry pier.\n\n\
                The Kelport Harbour Authority said it had not yet formed a view on the marina and would reply within a month.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let authority =
        report.speakers.iter().find(|s| s.name.contains("Authority")).unwrap_or_else(|| panic!("{report:#?}"));
    assert_eq!(authority.stance, Stance::Neutral, "{authority:#?}");
}

#[test]
fn a_body_that_has_not_yet_received_or_reckoned_tells_where_its_work_stands() {
    // "Not yet" before a verb of receiving or reckoning is the body's own
    // work still to do; before what a backer has failed to show, a doubt.
    let text = "Marina plan for Kelport harbour\n\n\
                A developer wants to build a 300-berth marina at Kelport harbour, with a hotel and a row of shops on the old ferry pier.\n\n\
                The Kelport Harbour Authority said it had not yet received a formal application for the marina.\n\n\
                Boatyard owner Dessa Marlowe said the developer had not yet shown that the marina would pay its way.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let authority = who("Authority");
    assert_eq!(authority.stance, Stance::Neutral, "{authority:#?}");
    assert!(authority.evidence.iter().any(|e| e.kind == "procedure" && e.text == "not yet"), "{authority:#?}");
    let marlowe = who("Marlowe");
    assert_eq!(marlowe.stance, Stance::Cautious, "{marlowe:#?}");
}

#[test]
fn a_body_that_only_says_it_is_reviewing_a_ruling_takes_no_side_whatever_brief_it_filed() {
    // The narrator's relative clause (a brief it filed) does not place a
    // body whose own words are a bare step; a step that comes with an
    // appeal still takes a side.
    let text = "Court strikes down Brenmoor water levy\n\n\
                A district court on Friday struck down the Brenmoor water levy, ruling that the county had not followed its own notice rules before adopting the charge.\n\n\
                The Brenmoor Water Board, which filed a brief supporting the farmers who challenged the levy, said it was reviewing the ruling.\n\n\
                The Brenmoor Anglers Club said it was studying the ruling and was likely to appeal.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let board = who("Water Board");
    assert_eq!(board.stance, Stance::Neutral, "{board:#?}");
    assert!(board.evidence.iter().any(|e| e.kind == "facts"), "{board:#?}");
    let anglers = who("Anglers");
    assert_eq!(anglers.stance, Stance::Cautious, "{anglers:#?}");
}

#[test]
fn an_institutions_spokesperson_tells_a_predicted_cost_as_news() {
    // A figure in a prediction from an institution's spokesperson is the
    // body's own account; from a spokesman for a group of people it is the
    // members' case.
    let text = "Tentative contract for Verrow transit drivers\n\n\
                Verrow Transit and the drivers' union reached a tentative three-year contract on Sunday, ending a two-week strike.\n\n\
                Transit spokeswoman Lida Munro said the contract would cost about $9 million more over three years than the current agreement.\n\n\
                Pensioners' spokesman Alf Dore said the deal would save older passengers 15 minutes a trip.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let munro = who("Munro");
    assert_eq!(munro.stance, Stance::Neutral, "{munro:#?}");
    assert!(munro.evidence.iter().any(|e| e.kind == "facts"), "{munro:#?}");
    let dore = who("Dore");
    assert_eq!(dore.stance, Stance::Optimistic, "{dore:#?}");
}

#[test]
fn a_worry_kept_back_in_the_speakers_own_voice_is_a_reservation() {
    // "I just don't want ..." after granting the plan its point is the
    // speaker's one worry; told of others, or wanting no lack of the plan,
    // it is not.
    let cited = |words: &'static str| {
        let text = format!("Ferry timetable\n\n“{words}” the skipper said.");
        let a = article(&text, &["the skipper"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        let s = &report.speakers[0];
        (s.stance, s.evidence.iter().any(|e| e.text.to_lowercase().starts_with("just")))
    };
    let (stance, cue) = cited("The new timetable is a good idea. I just don't want to get stuck at the pier.");
    assert!(cue && stance != Stance::Optimistic, "{stance:?}");
    for words in [
        "The new timetable is a good idea. My kids just don't want to sail at dawn.",
        "The new timetable is a good idea. We just don't want another winter to pass without it.",
        "The new timetable is a good idea and I just don't want islanders to miss out on it.",
    ] {
        assert_eq!(cited(words), (Stance::Optimistic, false), "{words}");
    }
}

#[test]
fn a_move_not_ruled_out_keeps_its_own_sign() {
    // "Not rule out" is two negatives that keep a move open: the strike
    // stays a threat, not a strike denied. A plain denial still flips.
    let read = |words: &'static str| {
        let text = format!("Pay freeze for Dornvale porters\n\n“{words}” the porters' steward said.");
        let a = article(&text, &["the porters' steward"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        (report.utterances[0].score, kinds(&report, 0))
    };
    for words in [
        "We have not ruled out a strike over the freeze.",
        "The branch did not rule out a strike in the spring.",
        "We would not immediately rule out a strike.",
    ] {
        let (score, ev) = read(words);
        assert!(score < 0.0, "{words} {score} {ev:?}");
        assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{words} {ev:?}");
    }
    let (score, ev) = read("There will not be a strike over the freeze.");
    assert!(score > 0.0 && ev.iter().any(|e| e.starts_with("negation:")), "{score} {ev:?}");
}

#[test]
fn too_few_is_not_the_negator_few() {
    // "Too few" names a shortage and negates nothing after it; "few"
    // alone still negates what follows it.
    let read = |words: &'static str| {
        let text = format!("Kelbrook ferry stops\n\n“{words}” the ferrymen's chair said.");
        let a = article(&text, &["the ferrymen's chair"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        (report.utterances[0].score, kinds(&report, 0))
    };
    let (score, ev) = read("The new stops are too few and too far from the market.");
    assert!(score < 0.0 && ev.iter().any(|e| e == "cue:too far"), "{score} {ev:?}");
    assert!(!ev.iter().any(|e| e.starts_with("negation:")), "{ev:?}");
    let (score, ev) = read("Few of the crews were convinced.");
    assert!(score < 0.0 && ev.iter().any(|e| e.eq_ignore_ascii_case("negation:few")), "{score} {ev:?}");
}

#[test]
fn the_earliest_date_a_step_can_come_is_a_timetable() {
    // "As soon as" before a date tells when a step may come; before a
    // clause, or "possible", it is the speaker's own hurry.
    let read = |words: &'static str| {
        let text = format!("Harlow Row depot\n\nThe clerk said {words}.");
        let a = article(&text, &["the clerk"], &[said(0, "The clerk", words)]);
        let report = rules().report(&a, "t");
        (report.utterances[0].stance, kinds(&report, 0))
    };
    for words in [
        "a vote on the depot could come as soon as Feb. 3",
        "the board could approve the lease as soon as next week",
        "the council may vote as soon as March",
    ] {
        let (stance, ev) = read(words);
        assert_eq!(stance, Stance::Neutral, "{words} {ev:?}");
        assert!(ev.iter().any(|e| e == "procedure:soon"), "{words} {ev:?}");
    }
    for words in
        ["she would sign the lease as soon as it reaches her desk", "the depot should open as soon as possible"]
    {
        let (_, ev) = read(words);
        assert!(ev.iter().any(|e| e == "cue:soon"), "{words} {ev:?}");
    }
}

#[test]
fn a_spokesperson_named_before_the_role_speaks_for_the_body() {
    // "Name, a spokeswoman for the board," puts the role after the name:
    // she is the board's voice, and a voice that gives only its steps and
    // figures tells the news of the plan, whatever side the article puts
    // the board on.
    let text = "Wind farm plan goes to Harlan state board\n\n\
                Brightmoor Wind filed its application with the Harlan Energy Board in March.\n\n\
                The Harlan Energy Board has rejected two projects in recent years where towns lined up in opposition.\n\n\
                Nell Carver, a spokeswoman for the Harlan Energy Board, said the board's staff will review the application before a public hearing. The board usually takes nine to 12 months to decide, Ms. Carver said.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let carver = report.speakers.iter().find(|s| s.name.contains("Carver")).unwrap_or_else(|| panic!("{report:#?}"));
    assert_eq!(carver.stance, Stance::Neutral, "{carver:#?}");
    assert!(carver.evidence.iter().any(|e| e.kind == "facts"), "{carver:#?}");
}

#[test]
fn a_named_official_who_gives_only_figures_in_reported_speech_takes_no_side() {
    // Reported figures whose only lean is the prospect of a "would" are
    // the news of the plan; a cue of the speaker's own still counts, and so
    // does a prediction with no figure or step in it.
    let text = "Dunmore levy goes to the voters\n\n\
                Dunmore voters will decide on March 4 whether to raise the library levy.\n\n\
                Town Treasurer Alma Reyes said the levy would add about $112 a year to the tax bill on a median home.\n\n\
                Resident Tom Greer said the levy would cost his family $112 a year.\n\n\
                Trustee Ida Lowe said the new wing would open the reading room to the whole valley.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    let reyes = who("Reyes");
    assert_eq!(reyes.stance, Stance::Neutral, "{reyes:#?}");
    assert!(reyes.evidence.iter().any(|e| e.kind == "facts"), "{reyes:#?}");
    assert!(who("Greer").evidence.iter().all(|e| e.kind != "facts"));
    let lowe = who("Lowe");
    assert!(lowe.evidence.iter().all(|e| e.kind != "facts"), "{lowe:#?}");
}

#[test]
fn an_officer_of_the_proposer_who_gives_only_figures_takes_no_side() {
    // Figures presented by an officer tie them to the plan; an officer who
    // only gives its figures tells how it works. One who argues for it
    // keeps the lean.
    let penhale = |words: &str| {
        let text = format!(
            "Brackley to double its mooring charge\n\n\
             The Brackley harbour committee has adopted a plan that would double the mooring charge next spring.\n\n\
             Under the plan, the charge for a small boat would rise about $40 a year, according to figures \
             presented by Orla Penhale, the town's finance director. Penhale said {words}."
        );
        let report = rules().report(&standpoint_core::parse(&text), "-");
        report.speakers.into_iter().find(|s| s.name.contains("Penhale")).unwrap_or_else(|| panic!("{text}"))
    };
    let officer = penhale("the increase would bring in about $90,000 more a year");
    assert_eq!(officer.stance, Stance::Neutral, "{officer:#?}");
    assert!(officer.evidence.iter().any(|e| e.kind == "facts"), "{officer:#?}");
    let backer = penhale("the increase was fair and long overdue");
    assert_eq!(backer.stance, Stance::Optimistic, "{backer:#?}");
}

#[test]
fn a_speaker_who_only_tells_the_steps_to_come_lays_out_no_case() {
    // Letters to be considered in full, hearings to be held: the steps
    // before a decision, with no case for the plan in them.
    let text = "Harlan weighs a car-free market square\n\n\
                Traders are split over a plan to close the market square to cars.\n\n\
                A council spokesperson said: \"Every letter will be considered in full before anything is settled.\"\n\n\
                Council clerk Ivo Trask said the council would hold two more public hearings in the spring.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    lays_out_no_case(who("spokesperson"));
    lays_out_no_case(who("Trask"));
}

#[test]
fn a_body_that_will_file_or_publish_papers_lays_out_no_case() {
    // Papers to be filed or made public are steps before a decision.
    let text = "Harlan weighs closing two village schools\n\n\
                Parents are split over a plan to close two village schools.\n\n\
                The district education officer said the final list would be submitted to the ministry by June.\n\n\
                Ivo Trask, a district clerk, said the district will publish the pupil figures for each school.";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let who = |n: &str| report.speakers.iter().find(|s| s.name.contains(n)).unwrap_or_else(|| panic!("{report:#?}"));
    lays_out_no_case(who("officer"));
    lays_out_no_case(who("Trask"));
}

#[test]
fn a_span_of_time_spelt_out_is_a_figure_of_the_timetable() {
    // News style spells small numbers: "six months" dates a step as "6
    // months" does. An amount spelt out ("seven million riders") is no
    // timetable.
    let facts = |words: &'static str| {
        let text = format!("Harlan bus lanes\n\nTransit spokeswoman Ada Lind said {words}.");
        let report = rules().report(&standpoint_core::parse(&text), "-");
        let lind = report.speakers.iter().find(|s| s.name.contains("Lind")).unwrap_or_else(|| panic!("{report:#?}"));
        lind.evidence.iter().any(|e| e.kind == "facts")
    };
    assert!(facts("the lanes would be enforced by camera six months after they open"));
    assert!(facts("the lanes would be enforced by camera within two weeks"));
    assert!(!facts("the lanes would be enforced by camera after they open"));
    assert!(!facts("the lanes would carry seven million riders"));
}

#[test]
fn predicted_damage_in_the_verbs_of_news_is_a_critics_warning() {
    let stance_of = |words: &'static str| {
        let text = format!("Quay levy\n\nThe port board will charge a levy on every crate at Tarn quay.\n\n{words}\n");
        let a = article(&text, &["the guild"], &[reported(0, "the guild", words)]);
        rules().report(&a, "t").speakers.remove(0)
    };
    // Each says what the levy will do to those it reaches, in words of
    // damage that carry no worry word: without them the modal reads as
    // the case for the levy.
    for words in [
        "the guild said the levy would backfire on the quay.",
        "the guild said the levy could strangle the small chandlers.",
        "the guild said the levy would hollow out the old quay.",
        "the guild said the levy could finish off the chandlers.",
        "the guild said the levy would upend the loading rota.",
        "the guild said the levy will push up prices for the chandlers.",
        "the guild said the levy will land hardest on the smallest boats.",
    ] {
        let s = stance_of(words);
        assert_eq!(s.stance, Stance::Cautious, "{words}: {s:#?}");
    }
    // Denied, the damage is the levy's defence.
    let s = stance_of("the guild said the levy would not backfire on the quay.");
    assert_eq!(s.stance, Stance::Optimistic, "{s:#?}");
}

#[test]
fn being_left_without_what_one_relies_on_is_a_hardship() {
    // Predicted of the proposal, being stranded or left to fend for
    // oneself is a critic's warning.
    for words in [
        "the guild said the new rota would leave crews stranded at Tarn.",
        "the guild said night crews would be left to fend for themselves.",
        "the guild said the rota would leave crews scrambling for a berth.",
        "the guild said the rota would cut off the outer moorings.",
    ] {
        let text = format!("Ferry rota\n\nThe harbour board will change the ferry rota at Tarn.\n\n{words}\n");
        let a = article(&text, &["the guild"], &[reported(0, "the guild", words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Cautious, "{words}: {:#?}", report.speakers[0]);
    }
    // Told as it stands by the rota's own side, it is the problem the
    // rota answers.
    let text = "Tarn cabinet plans new ferry rota\n\n\
                The Tarn cabinet plans a new ferry rota from June.\n\n\
                Transport minister Ida Varga said crews were stranded at Tarn every winter night.";
    let a = article(
        text,
        &["Ida Varga"],
        &[said(0, "Transport minister Ida Varga", "crews were stranded at Tarn every winter night")],
    );
    let report = rules().report(&a, "t");
    let varga = &report.speakers[0];
    assert!(varga.evidence.iter().any(|e| e.kind == "problem" && e.text == "stranded"), "{varga:#?}");
    assert_ne!(varga.stance, Stance::Cautious, "{varga:#?}");
}

#[test]
fn access_lost_told_plainly_is_a_critics_complaint() {
    // Those a cut reaches tell what it takes from them without a word of
    // worry: the thing taken away.
    for words in ["They have taken away the last mooring we had.", "The slipway was taken from us in May."] {
        let text = format!("Ferry to Tarn axed\n\nThe harbour board will axe the Sunday ferry to Tarn.\n\n{words}\n");
        let a = article(&text, &["Edda Lund"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Cautious, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn a_loss_if_the_measure_fails_its_vote_argues_for_it() {
    // The harm that follows the measure's failing its vote is the cost of
    // refusing it: its backers warn of it.
    for words in [
        "If this doesn't pass, the quay will lose its night ferry.",
        "If it does not pass, the island will lose its last school.",
    ] {
        let text = format!("Berth fee for Tarn\n\nThe harbour board will vote on a berth fee next month.\n\n{words}\n");
        let a = article(&text, &["Edda Lund"], &[spec(0, words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn a_death_trap_as_it_stands_is_the_problem_and_ahead_a_warning() {
    let stance_of = |words: &'static str| {
        let text = format!("Crossing for Mill Lane\n\nThe town board will build a crossing on Mill Lane.\n\n{words}\n");
        let a = article(&text, &["Edda Lund"], &[spec(0, words)]);
        rules().report(&a, "t").speakers[0].clone()
    };
    // Told of the present, the danger is what the crossing answers.
    let s = stance_of("The bend by the mill is a death trap.");
    assert!(s.evidence.iter().any(|e| e.kind == "problem" && e.text == "death trap"), "{s:#?}");
    assert_ne!(s.stance, Stance::Cautious, "{s:#?}");
    // Told ahead of the new layout, it is the critic's warning.
    let s = stance_of("The new layout will be a death trap for cyclists.");
    assert_eq!(s.stance, Stance::Cautious, "{s:#?}");
}

#[test]
fn a_warning_after_a_welcome_weighs_no_less_for_having_a_cue() {
    // Welcomed by the verb, then a warning after "but": in words the
    // lexicon does not know the caveat makes it a reservation; in words it
    // knows, lighter than the welcome, it must not tip the speaker back to
    // plain support.
    for words in [
        "the longer season, but said the new rota would leave crews without a berth",
        "the longer season, but said the new rota would leave crews scrambling for a berth",
    ] {
        let text = format!(
            "Harbour board changes ferry rota\n\nThe harbour board will change the ferry rota at Tarn.\n\n\
             The guild welcomed {words}.\n"
        );
        let mut a = article(&text, &["the guild"], &[reported(0, "The guild", words)]);
        a.utterances[0].cue = Some(Cue { lemma: "welcome", span: find(&text, "welcomed") });
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Mixed, "{words}: {:#?}", report.speakers[0]);
    }
}

#[test]
fn those_who_deserve_better_are_owed_what_the_plan_does_not_give() {
    // "better" alone is praise; owed and not given, it is a complaint.
    for words in ["the guild said the old quay deserves better.", "the guild said its crews deserve far better."] {
        let text = format!("Quay plan\n\nThe port board will pave over the old quay at Tarn.\n\n{words}\n");
        let a = article(&text, &["the guild"], &[reported(0, "the guild", words)]);
        let report = rules().report(&a, "t");
        assert_eq!(report.speakers[0].stance, Stance::Cautious, "{words}: {:#?}", report.speakers[0]);
    }
}

// Round stance62: a verdict on the proposal (an idiom whose object is the
// plan or the decision) is never the problem the plan answers.

#[test]
fn a_verdict_on_the_proposal_is_never_the_problem_it_answers() {
    let read = |words: &str| {
        crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false)
    };
    for words in [
        // Lived through in the first person's perfect.
        "We've seen this movie before at the harbour.",
        // Dated to the present.
        "Right now the ferry scheme is a white elephant.",
        // Told as how things stand, which a speaker on the plan's side
        // would otherwise turn into support.
        "It looks good on paper.",
        "The vote on the ferry is a done deal.",
    ] {
        let s = read(words);
        assert!(s.evidence.iter().all(|e| e.kind != "problem"), "{words}: {:#?}", s.evidence);
        assert!(s.states.is_empty(), "{words}: {:#?}", s.states);
        assert!(s.raw < 0.0, "{words}: {} {:#?}", s.raw, s.evidence);
    }
    // A harm in the world told the same ways still is.
    let s = read("We've had flooding at the harbour every winter.");
    assert!(s.evidence.iter().any(|e| e.kind == "problem"), "{:#?}", s.evidence);
    let s = read("Too many families are struggling.");
    assert!(!s.states.is_empty(), "{:#?}", s.evidence);
}

// Round stance62: the aim or the means granted before a counter is a
// concession, both halves the speaker's position.

#[test]
fn the_aim_or_means_granted_before_a_but_is_a_concession() {
    let read = |words: &str| {
        crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false)
    };
    for words in [
        // The warning after the "but" in the same sentence.
        "Cheaper fares were the right goal, but the new timetable is a mess.",
        "It's real money, but it comes far too late for the crews.",
        "The skipper likes the idea but has doubts about the harbour dues.",
    ] {
        let s = read(words);
        assert!(s.two_sided, "{words}: {:#?}", s.evidence);
        assert!(s.evidence.iter().any(|e| e.kind == "balance"), "{words}: {:#?}", s.evidence);
    }
    for words in [
        // Denied or put in question: nothing is granted.
        "A levy is not the right tool, but the council chose it anyway.",
        "She asked whether it was the right goal, but nobody answered.",
        "We don't like the idea, but we will follow the rules.",
    ] {
        let s = read(words);
        assert!(s.evidence.iter().all(|e| e.kind != "balance"), "{words}: {:#?}", s.evidence);
    }
    // A flaw conceded before the case for the plan stays the plan's case.
    let words = "Is it perfect? No. But it's a start.";
    let s = read(words);
    assert!(s.raw > 0.0, "{words}: {} {:#?}", s.raw, s.evidence);
}

#[test]
fn denied_bare_agreement_sorts_the_next_speaker_against_the_one_before() {
    // "Not everyone agreed." names nothing agreed to: it is agreement with
    // the speaker before, whichever side that was.
    let report_after = |first: &'static str| {
        let text = format!(
            "Tram\n\nThe city opened its tram line on Monday.\n\n\
             “{first}” a fisherman said.\n\n\
             Not everyone agreed.\n\n\
             “We were told the fares were set in May,” a shopkeeper said."
        );
        let words: &'static str = Box::leak(first.to_string().into_boxed_str());
        let a = article(
            Box::leak(text.into_boxed_str()),
            &["a fisherman", "a shopkeeper"],
            &[spec(0, words), spec(1, "We were told the fares were set in May,")],
        );
        rules().report(&a, "t").speakers.remove(1)
    };
    let camp = |s: &SpeakerReport| s.evidence.iter().find(|e| e.kind == "context").map(|e| e.weight);
    // After a critic, the next speaker is on the other side.
    let shop = report_after("The tram is a costly mistake,");
    assert!(camp(&shop).is_some_and(|w| w > 0.0), "{shop:#?}");
    // After a supporter, against.
    let shop = report_after("The tram is a great success,");
    assert!(camp(&shop).is_some_and(|w| w < 0.0), "{shop:#?}");
    // After a speaker who takes no side, nobody is sorted.
    let shop = report_after("The first trams leave at six,");
    assert!(camp(&shop).is_none(), "{shop:#?}");
    assert_eq!(shop.stance, Stance::Neutral, "{shop:#?}");
}

#[test]
fn a_duty_after_an_adverb_lays_out_no_case() {
    let text = "Ferry exam\n\nThe council changed the ferry exam on Friday.\n\n\
                A deckhand said he would now have to sit the ferry exam again.";
    let a = article(
        text,
        &["A deckhand"],
        &[Spec {
            kind: UtteranceKind::Reported,
            cue: Some(("said", "say")),
            source: Some("A deckhand"),
            ..spec(0, "he would now have to sit the ferry exam again")
        }],
    );
    let report = rules().report(&a, "t");
    let deckhand = &report.speakers[0];
    assert!(deckhand.evidence.iter().all(|e| e.kind != "prospect"), "{deckhand:#?}");
}

#[test]
fn idioms_of_a_speaker_turned_away_lean_cautious() {
    let weight = |words: &str| {
        crate::score::score_words(&crate::lexicon::DEFAULT, words, Span::new(0, words.len()), None, false, false)
            .stance_raw
    };
    for words in [
        "The toll would make me think twice about the trip.",
        "My grandmother would turn in her grave to see a meter on the well.",
        "Small bakeries can't absorb the cost of new ovens.",
        "The old bridge could not cope with the lorries.",
        "Seeing the orchard go breaks my heart.",
    ] {
        assert!(weight(words) < 0.0, "{words}");
    }
    // A price that makes others think twice is often the deterrent the
    // plan is for: no lean of its own.
    let words = "A toll makes drivers think twice about the trip.";
    assert!(weight(words) >= 0.0, "{words}");
}

#[test]
fn grief_told_in_the_present_is_no_problem_the_plan_answers() {
    // "It breaks my heart", said of a change, is the speaker's answer to
    // it; read as how things stand, it would count for the change.
    let text = "Homes approved on meadow\n\nCouncillors approved 120 homes on the meadow by the church.\n\n\
                The highways authority had raised no objection subject to a new roundabout being built.\n\n\
                Resident Ann Pike, 70, said: \"I've lived on this lane all my life and I've watched the hedges go one by one. It breaks my heart.\"\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let pike = report.speakers.iter().find(|s| s.name == "Ann Pike").expect("Ann Pike speaks");
    assert_eq!(pike.stance, Stance::Cautious, "{pike:#?}");
}

#[test]
fn a_sentence_about_a_named_body_sorts_no_camp() {
    // The county council's part in the story says nothing of the resident
    // quoted next: she is no supporter because it raised no objection.
    let text = "Depot approved\n\nCouncillors approved a bus depot on Mill Lane.\n\n\
                Harlow County Council had raised no objection to the depot.\n\n\
                Resident Ann Pike said: \"The lorries start at five.\"\n";
    let report = rules().report(&standpoint_core::parse(text), "-");
    let pike = report.speakers.iter().find(|s| s.name == "Ann Pike").expect("Ann Pike speaks");
    assert!(pike.evidence.iter().all(|e| e.kind != "context"), "{pike:#?}");
}

// stance65: set AC's neutral bodies and officials.

#[test]
fn a_refusal_to_take_a_view_reported_in_the_past_takes_no_side() {
    let (report, _) = asks_in_levy_story(&[
        // Reported speech puts a standing refusal in the past.
        ("said", "say", "the guild did not take a position on the harbour levy's welcome new berths."),
        // A view not taken, with the contraction.
        ("said", "say", "it hasn't taken a view on the harbour levy's welcome new berths."),
        // A standing rule in the plural.
        ("said", "say", "it does not take positions on levies, and the harbour levy would bring welcome new berths."),
        // A step missed, with "reviewed" (which holds "view"), still leans.
        ("said", "say", "the clerks had not reviewed the harbour levy, which is a welcome and overdue idea."),
    ]);
    for i in 0..3 {
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "speaker {i}: {:#?}", report.speakers[i]);
    }
    assert_eq!(report.speakers[3].stance, Stance::Optimistic, "{:#?}", report.speakers[3]);
}

#[test]
fn a_decision_or_signature_not_yet_made_is_where_the_work_stands() {
    let (report, kinds) = asks_in_levy_story(&[
        ("said", "say", "the government had not yet decided on the harbour levy."),
        ("said", "say", "the corporation had not yet signed the harbour levy agreement."),
    ]);
    for (i, k) in kinds.iter().enumerate() {
        assert!(k.iter().any(|e| e.starts_with("procedure:")), "speaker {i}: {k:?}");
        assert_eq!(report.speakers[i].stance, Stance::Neutral, "speaker {i}: {:#?}", report.speakers[i]);
    }
}

#[test]
fn an_objection_understood_is_the_answering_sides_line() {
    let (report, _) = asks_in_levy_story(&[
        // A worry understood, with a possessive, before the reply.
        (
            "said",
            "say",
            "he understood the crews' and the skippers' worries but the harbour levy would pay for new berths.",
        ),
        ("said", "say", "she understood the skipper's worries about the harbour levy but the berths are needed."),
        // Not understood but shared, it stays a worry.
        ("said", "say", "she shared the skipper's worries about the harbour levy."),
    ]);
    assert_ne!(report.speakers[0].stance, Stance::Cautious, "{:#?}", report.speakers[0]);
    assert_ne!(report.speakers[1].stance, Stance::Cautious, "{:#?}", report.speakers[1]);
    assert_eq!(report.speakers[2].stance, Stance::Cautious, "{:#?}", report.speakers[2]);
}

#[test]
fn a_gain_one_would_have_to_get_is_a_burden() {
    let (report, kinds) = effects_in_levy_story(&[
        // What one would have to get is laid on one, not gained.
        "the fishing families would have to get a second mooring across the bay.",
        // Without "have to", the same verb is a gain.
        "the fishing families would get a second mooring across the bay.",
    ]);
    assert!(kinds[0].iter().all(|k| !k.ends_with(":get")), "{kinds:?}");
    assert_ne!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
    assert!(kinds[1].iter().any(|k| k.ends_with(":get")), "{kinds:?}");
}

#[test]
fn a_but_after_an_objection_understood_opens_the_reply() {
    let (report, _) = asks_in_levy_story(&[
        // The words after the "but" answer the worry; they are no
        // reservation, whatever cue they lack.
        (
            "said",
            "say",
            "he understood the skipper's worries about the harbour levy but nothing leaves the quay untreated.",
        ),
        // Support and then a "but" is still a reservation.
        ("said", "say", "she welcomed the harbour levy but the moorings should be watched."),
    ]);
    assert_eq!(report.speakers[0].stance, Stance::Optimistic, "{:#?}", report.speakers[0]);
    assert_eq!(report.speakers[1].stance, Stance::Mixed, "{:#?}", report.speakers[1]);
}

#[test]
fn a_recommendation_of_conditions_on_the_applicant_is_a_reservation() {
    // `recommended that the developer fence the site`: conditions on the
    // proposal, not support; `recommended that members accept` supports.
    let text = "Quarry\n\nThe wildlife office recommended that the developer fence the heron site and pause work in spring.\n\n\
                The guild recommended that members accept the terms.";
    let a = article(
        text,
        &["The wildlife office", "The guild"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("recommended", "recommend")),
                source: Some("The wildlife office"),
                ..spec(0, "that the developer fence the heron site and pause work in spring")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("recommended that members", "recommend")),
                source: Some("The guild"),
                ..spec(1, "members accept the terms")
            },
        ],
    );
    let report = rules().report(&a, "t");
    let verb = |i: usize| report.utterances[i].evidence.iter().find(|e| e.kind == "verb").map_or(0.0, |e| e.weight);
    assert!(verb(0) < 0.0, "{:#?}", report.utterances[0]);
    assert!(verb(1) > 0.0, "{:#?}", report.utterances[1]);
}

#[test]
fn a_place_that_lies_somewhere_and_a_help_desk_are_no_judgements() {
    // `the parcel lies outside the flood plain` tells where it is; `a
    // dedicated help desk` names a service; `respects the ruling` is a
    // courtesy. None leans.
    for words in [
        "the parcel lies outside the flood plain",
        "a dedicated help desk would open at the depot",
        "the office respects the ruling and is reading it",
    ] {
        let text = format!("Depot\n\nThe county office said {words}.");
        let text: &'static str = Box::leak(text.into_boxed_str());
        let report = a_body_said(text, "The county office", "The county office", Box::leak(words.into()));
        assert!(
            report.utterances[0].evidence.iter().all(|e| !matches!(e.kind, "cue" | "sentiment")),
            "{:#?}",
            report.utterances[0]
        );
    }
}

#[test]
fn a_body_of_the_same_kind_named_in_capitals_is_another_body() {
    // The harbour department is also `the department`; `an engineer at the
    // Department of Roads` works for another department.
    let text = "Quarry\n\nThe council met on Monday.\n\n\
                The Harbour Department opposed the quarry.\n\n\
                Ana Ruiz, an engineer at the Department of Roads, said the vote was on Friday.";
    let mut a = article(
        text,
        &["The Harbour Department", "Ana Ruiz"],
        &[
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("opposed", "oppose")),
                source: Some("The Harbour Department"),
                ..spec(0, "the quarry.")
            },
            Spec {
                kind: UtteranceKind::Reported,
                cue: Some(("said", "say")),
                source: Some("Ana Ruiz"),
                ..spec(1, "the vote was on Friday")
            },
        ],
    );
    a.speakers[0].kind = SpeakerKind::Organization;
    a.speakers[0].aliases = vec!["the department".to_string()];
    let report = rules().report(&a, "t");
    let ruiz = &report.speakers[1];
    assert!(ruiz.evidence.iter().all(|e| e.kind != "affiliation"), "{ruiz:#?}");
}

/// Every gate word with the text it stands for, spelt out again here so
/// that a slip in the lexicon's table shows.
const GATE_TEXTS: [(crate::lexicon::Gate, &str); 20] = {
    use crate::lexicon::Gate as G;
    [
        (G::Would, "would"),
        (G::ContractedWould, "'d"),
        (G::Can, "can"),
        (G::Rather, "rather"),
        (G::Because, "because"),
        (G::Until, "until"),
        (G::Simply, "simply"),
        (G::Just, "just"),
        (G::Told, "told"),
        (G::Tell, "tell"),
        (G::Say, "say"),
        (G::Said, "said"),
        (G::Promise, "promise"),
        (G::Reject, "reject"),
        (G::Refus, "refus"),
        (G::Down, "down"),
        (G::Mak, "mak"),
        (G::Made, "made"),
        (G::Why, "why"),
        (G::How, "how"),
    ]
};

/// Checks that both lexicon searches report exactly the gate words that
/// `str::contains` finds in `buf`, with either automaton.
fn gates_agree_with_contains(buf: &str) {
    use crate::lexicon::{Context, DEFAULT, DEFAULT_DFA};
    for lex in [&**DEFAULT, &**DEFAULT_DFA] {
        let found = lex.find_into(buf, Context::Words, &mut Vec::new(), &mut Vec::new());
        let framed = lex.find_into(buf, Context::Frame, &mut Vec::new(), &mut Vec::new());
        let alone = lex.gates(buf);
        for (gate, text) in GATE_TEXTS {
            let want = buf.contains(text);
            assert_eq!(found.holds(gate), want, "{text:?} in {buf:?}");
            assert_eq!(framed.holds(gate), want, "{text:?} in {buf:?}");
            assert_eq!(alone.holds(gate), want, "{text:?} in {buf:?}");
        }
    }
}

#[test]
fn the_lexicon_pass_finds_gate_words_anywhere_in_the_buffer() {
    for buf in [
        "",
        "they'd rather wait until the vote, because we can't",
        "the scanner broke down; a makeshift dam was made",
        "he told me to tell you: just say no, i promised",
        "officials rejected it and refused to comment, she said",
        "simply put",
        "nothing here holds one",
        "a'd'dcan",
        "unjustly downcast, sayings",
        "somehow, nobody showed why",
    ] {
        gates_agree_with_contains(buf);
    }
}

proptest! {
    #[test]
    fn gate_words_glued_to_any_text_are_found_as_contains_finds_them(
        pieces in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(GATE_TEXTS.map(|(_, t)| t).to_vec()).prop_map(str::to_string),
                "[a-z' .,-]{0,6}",
            ],
            0..8,
        )
    ) {
        gates_agree_with_contains(&pieces.concat());
    }
}

/// Every hit's role set, merges included, names exactly the roles its
/// merged roles play: the scorer skips a reading's pass over the hits on
/// the strength of it.
#[test]
fn a_hit_carries_the_set_of_the_roles_it_plays() {
    use crate::lexicon::{Context, DEFAULT, DEFAULT_DFA, RoleSet};
    let texts = [
        "the council will not act, but the plan was mixed and a matter for the board",
        "if we do nothing, prices have fallen for too long, and costs would rise",
        "a tremendous review of the public comment, which is really not great",
    ];
    for lex in [&**DEFAULT, &**DEFAULT_DFA] {
        for text in texts {
            for context in [Context::Words, Context::Frame] {
                let mut found = Vec::new();
                lex.find_into(text, context, &mut Vec::new(), &mut found);
                for h in &found {
                    assert_eq!(h.set, RoleSet::of(&h.roles), "{:?} in {text:?}", &text[h.start..h.end]);
                }
            }
        }
        let found = {
            let mut hits = Vec::new();
            lex.find_into(texts[0], Context::Words, &mut Vec::new(), &mut hits);
            hits
        };
        let played = found.iter().fold(RoleSet::default(), |set, h| set.with(h.set));
        assert!(played.has(RoleSet::NEGATOR) && played.has(RoleSet::PROSPECT), "{found:?}");
        assert!(!played.has(RoleSet::INACTION));
    }
}
