//! `standpoint eval`: score the pipeline against gold labels. The scoring
//! itself is `standpoint_stance::eval`; this module reads the files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow};
use standpoint_stance::eval::{Gold, Scored, Submission, Summary, Thresholds, pair_by_stem, score};

use crate::args::EvalFormat;
use crate::commands::classifier;
use crate::config::Config;
use crate::diag;
use crate::input::{Input, Source, io_cause};
use crate::pipeline;

/// Scores one article and gold file, or two directories paired by name.
pub fn run<W: Write>(
    out: &mut W,
    config: &Config,
    articles: &Path,
    gold: &Path,
    format: EvalFormat,
    check: bool,
) -> anyhow::Result<ExitCode> {
    let classifier = classifier(config, false)?;
    let pairs = if articles.is_dir() || gold.is_dir() {
        if !(articles.is_dir() && gold.is_dir()) {
            return Err(anyhow!("give two directories, or one article and one gold file"));
        }
        let pairing = pair_by_stem(&list(articles, "txt")?, &list(gold, "json")?);
        for path in &pairing.articles_without_gold {
            diag::note(&path.display().to_string(), "no gold file of the same name; not scored");
        }
        for path in &pairing.gold_without_article {
            diag::note(&path.display().to_string(), "no article of the same name; not scored");
        }
        if pairing.pairs.is_empty() {
            return Err(anyhow!("{}: no article has a gold file of the same name", articles.display()));
        }
        pairing.pairs
    } else {
        vec![(articles.to_path_buf(), gold.to_path_buf())]
    };

    let mut scored = Vec::with_capacity(pairs.len());
    let mut missed = false;
    for (article, gold_path) in &pairs {
        let (s, thresholds) = score_one(article, gold_path, &classifier)?;
        missed |= !thresholds.unwrap_or(Thresholds::SCORE_PY).misses(&s.figures).is_empty();
        scored.push(s);
    }
    match format {
        EvalFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &Summary::new(&scored))?;
            writeln!(out)?;
        }
        EvalFormat::Text => {
            for s in &scored {
                for problem in &s.problems {
                    writeln!(out, "  {problem}")?;
                }
                writeln!(out, "{s}")?;
            }
            if let Some(m) = Summary::new(&scored).macro_figures {
                writeln!(
                    out,
                    "mean of {} article{}: speaker recall {:.3} | speaker precision {:.3} | stance {:.3} | utterance recall {:.3} | errors {:.2} per article",
                    scored.len(),
                    if scored.len() == 1 { "" } else { "s" },
                    m.speaker_recall,
                    m.speaker_precision,
                    m.stance_accuracy,
                    m.utterance_recall,
                    m.errors
                )?;
            }
        }
    }
    Ok(if check && missed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads, analyses and scores one article against its gold labels; also
/// returns the gold file's own thresholds, if it has any.
fn score_one(
    article: &Path,
    gold_path: &Path,
    classifier: &standpoint_stance::Classifier,
) -> anyhow::Result<(Scored, Option<Thresholds>)> {
    let shown = gold_path.display();
    let gold_text = std::fs::read_to_string(gold_path).map_err(|e| anyhow!("{shown}: {}", io_cause(&e)))?;
    let mut gold = Gold::from_json(&gold_text).map_err(|e| anyhow!("{shown}: {e}"))?;
    // score.py names an article by the gold file's `article` field, or by
    // the gold file's path when it has none.
    if gold.article.is_none() {
        gold.article = Some(gold_path.display().to_string());
    }
    let source = Source::File(article.to_path_buf());
    let input = Input::read(&source).map_err(|e| anyhow!("{e}"))?;
    let report = pipeline::analyze(input.text(), &source.name(), classifier).0;
    let scored = score(input.text(), &gold, &Submission::from(&report))
        .with_context(|| format!("{} against {}", article.display(), gold_path.display()))?;
    Ok((scored, gold.thresholds))
}

/// The files of a directory with one extension, sorted.
fn list(dir: &Path, extension: &str) -> anyhow::Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| anyhow!("{}: {}", dir.display(), io_cause(&e)))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| anyhow!("{}: {}", dir.display(), io_cause(&e)))?.path();
        if path.is_file() && path.extension().is_some_and(|x| x == extension) {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}
