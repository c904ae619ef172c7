//! End-to-end accuracy: every fixture article that has a gold file goes
//! through the whole pipeline (parse, classify, the JSON report) and is scored
//! with the definitions of the project's reference scorer `score.py`.
//!
//! Thresholds: a fixture must score perfectly (every figure 1, no error)
//! unless its gold file carries a `"thresholds"` object, whose fields are named
//! after `score.py`'s options (`min_speaker_recall`, `min_speaker_precision`,
//! `min_stance`, `min_utterance_recall`, `max_errors`); a field left out stays
//! perfect. `score.py` ignores the object. Relax a threshold only with a note
//! in the gold file's `notes` saying why.

use std::fmt::Write as _;

use crate::util;
use std::path::{Path, PathBuf};

use standpoint_stance::Classifier;
use standpoint_stance::eval::{Gold, Scored, Submission, Thresholds, pair_by_stem, score};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

fn files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let dir = fixtures().join(dir);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == extension)).collect();
    paths.sort();
    paths
}

/// The path as written in messages: relative to the repository.
fn shown(path: &Path) -> String {
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let parent = path.parent().map(name).unwrap_or_default();
    format!("fixtures/{parent}/{}", name(path))
}

/// Runs the whole pipeline on one article and scores the report the way
/// `score.py` would see it: serialized to JSON and read back.
fn run(article: &Path, gold: &Path) -> (Gold, Scored) {
    let text = util::decoded(article);
    let gold_labels = Gold::from_json(&util::read(gold)).unwrap_or_else(|e| panic!("{}: {e}", shown(gold)));
    let parsed = standpoint_core::parse(&text);
    let report = Classifier::new().report(&parsed, &shown(article));
    let json = serde_json::to_string(&report).expect("a report serializes");
    let submission = Submission::from_json(&json)
        .unwrap_or_else(|e| panic!("{}: the JSON report does not fit the scorer: {e}", shown(article)));
    assert_eq!(submission, Submission::from(&report), "the JSON report and the in-memory report must score alike");
    let scored = score(&text, &gold_labels, &submission)
        .unwrap_or_else(|e| panic!("{} against {}: {e}", shown(article), shown(gold)));
    (gold_labels, scored)
}

/// Scores one fixture and returns a readable account of what it missed, or
/// `None` when it meets its thresholds.
fn check(article: &Path, gold: &Path) -> Option<String> {
    let (gold_labels, scored) = run(article, gold);
    let thresholds = gold_labels.thresholds.unwrap_or(Thresholds::PERFECT);
    let misses = thresholds.misses(&scored.figures);
    if misses.is_empty() {
        return None;
    }
    Some(account(article, gold, &scored, &misses))
}

fn account(article: &Path, gold: &Path, scored: &Scored, misses: &[String]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} against {}", shown(article), shown(gold));
    let _ = writeln!(out, "  {scored}");
    let _ = writeln!(out, "  figures: {}", serde_json::to_string(&scored.figures).expect("figures serialize"));
    let _ = writeln!(out, "  below threshold: {}", misses.join(", "));
    let _ = writeln!(out, "  problems ({}):", scored.problems.len());
    for p in &scored.problems {
        let _ = writeln!(out, "    {p}");
    }
    out
}

#[test]
fn every_fixture_with_gold_meets_its_thresholds() {
    let pairing = pair_by_stem(&files("articles", "txt"), &files("gold", "json"));
    assert!(
        pairing.gold_without_article.is_empty(),
        "gold files without an article: {:?}",
        pairing.gold_without_article
    );
    assert!(!pairing.pairs.is_empty(), "no fixture has a gold file");
    let failures: Vec<String> = pairing.pairs.iter().filter_map(|(article, gold)| check(article, gold)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} fixtures miss their thresholds:\n\n{}",
        failures.len(),
        pairing.pairs.len(),
        failures.join("\n")
    );
}

/// The reference article must score 100%, whatever thresholds its gold file
/// may carry: 5/5 speakers, 5/5 stances, 21/21 required utterances, no error.
#[test]
fn the_reference_article_scores_perfectly() {
    let article = fixtures().join("articles/cnn-2018-09-24-second-summit.txt");
    let gold = fixtures().join("gold/cnn-2018-09-24-second-summit.json");
    let (_, scored) = run(&article, &gold);
    let c = scored.counts;
    let perfect = (c.speakers_found, c.speakers_required) == (5, 5)
        && (c.stances_right, c.stances_total) == (5, 5)
        && (c.utterances_found, c.utterances_required) == (21, 21)
        && scored.figures.errors == 0
        && scored.figures.speaker_precision == 1.0;
    let misses = Thresholds::PERFECT.misses(&scored.figures);
    assert!(perfect, "{}", account(&article, &gold, &scored, &misses));
}
