//! The commands: read articles through [`pipeline`], write through
//! [`render`].

use std::io::Write;
use std::process::ExitCode;

use anyhow::anyhow;
use clap::CommandFactory;
use standpoint_stance::{Classifier, TopicProfile};

use crate::args::{Args, Format};
use crate::config::Config;
use crate::diag;
use crate::input::{Source, io_cause};
use crate::pipeline;
use crate::render::{self, Options, ReportWriter, html};

/// `standpoint report`: every input is tried; a failed one is reported on
/// stderr and makes the exit code 1, but does not stop the others.
pub fn report<W: Write>(
    out: &mut W,
    config: &Config,
    inputs: &[Source],
    format: Format,
    evidence: bool,
) -> anyhow::Result<ExitCode> {
    let classifier = classifier(config, false)?;
    if format == Format::Html {
        return report_html(out, inputs, &classifier);
    }
    let mut writer = ReportWriter::new(out, format, options(config, evidence), inputs.len() > 1);
    let mut failed = false;
    for source in inputs {
        match pipeline::analyze_source(source, &classifier) {
            Ok(analysis) => {
                analysis.print_notices();
                writer.write(&analysis.report)?;
            }
            Err(err) => {
                diag::error(err);
                failed = true;
            }
        }
    }
    writer.finish()?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `standpoint report --format html`: one page for all inputs, so it is
/// written once they have all been read. The page shows the article text
/// and its blocks, so each analysis is kept whole.
fn report_html<W: Write>(out: &mut W, inputs: &[Source], classifier: &Classifier) -> anyhow::Result<ExitCode> {
    let mut analyses = Vec::with_capacity(inputs.len());
    let mut failed = false;
    for source in inputs {
        match pipeline::analyze_source(source, classifier) {
            Ok(analysis) => {
                analysis.print_notices();
                analyses.push(analysis);
            }
            Err(err) => {
                diag::error(err);
                failed = true;
            }
        }
    }
    let articles: Vec<html::Article<'_>> =
        analyses.iter().map(|a| html::Article { report: &a.report, text: a.input.text(), blocks: &a.blocks }).collect();
    html::report(out, &articles)?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `standpoint quotes`.
pub fn quotes<W: Write>(out: &mut W, config: &Config, input: &Source) -> anyhow::Result<ExitCode> {
    let classifier = classifier(config, false)?;
    let analysis = pipeline::analyze_source(input, &classifier)?;
    analysis.print_notices();
    render::quotes(out, &analysis.report, analysis.input.text(), &options(config, false))?;
    Ok(ExitCode::SUCCESS)
}

/// `standpoint compare`: all inputs are needed, so the first failure stops it.
pub fn compare<W: Write>(out: &mut W, config: &Config, inputs: &[Source], format: Format) -> anyhow::Result<ExitCode> {
    let classifier = classifier(config, false)?;
    let mut analyses = Vec::with_capacity(inputs.len());
    for source in inputs {
        let analysis = pipeline::analyze_source(source, &classifier)?;
        analysis.print_notices();
        analyses.push(analysis);
    }
    if format == Format::Html {
        // The page shows each article's text, so the analyses are kept
        // whole; the comparison needs the reports by value.
        let reports: Vec<_> = analyses.iter().map(|a| a.report.clone()).collect();
        let comparison = standpoint_stance::compare(&reports);
        let articles: Vec<html::Article<'_>> = analyses
            .iter()
            .map(|a| html::Article { report: &a.report, text: a.input.text(), blocks: &a.blocks })
            .collect();
        html::comparison(out, &comparison, &articles)?;
        return Ok(ExitCode::SUCCESS);
    }
    let reports: Vec<_> = analyses.into_iter().map(|a| a.report).collect();
    let comparison = standpoint_stance::compare(&reports);
    render::comparison(out, &comparison, format, &options(config, false))?;
    Ok(ExitCode::SUCCESS)
}

/// `standpoint batch`: see [`batch`](crate::batch).
pub fn batch<W: Write>(
    out: &mut W,
    config: &Config,
    inputs: &[Source],
    options: &crate::batch::Options,
) -> anyhow::Result<ExitCode> {
    let classifier = classifier(config, large(inputs))?;
    let stats = crate::batch::run(out, inputs, &classifier, options)?;
    Ok(if stats.failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// From how many bytes of input `batch` compiles the cue automaton as a
/// DFA (see [`classifier`]): the break-even, about 5.8 MB of article text,
/// plus the JSONL around it (about a tenth).
const DFA_FROM: u64 = 6 << 20;

/// Whether `batch`'s inputs may hold enough text for the DFA to pay: true
/// unless they are all plain files whose sizes add up to less than
/// [`DFA_FROM`] (standard input and directories may hold any amount, and
/// are read as before). The automaton chosen changes no output, only the
/// work.
fn large(inputs: &[Source]) -> bool {
    let mut bytes = 0u64;
    for input in inputs {
        let Source::File(path) = input else { return true };
        match std::fs::metadata(path) {
            Ok(m) if m.is_file() => bytes = bytes.saturating_add(m.len()),
            _ => return true,
        }
    }
    bytes >= DFA_FROM
}

/// `standpoint completions SHELL`.
pub fn completions<W: Write>(out: &mut W, shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    // clap_complete panics when it cannot write, so it writes to memory and
    // a closed pipe is then handled like everywhere else.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Args::command(), "standpoint", &mut script);
    out.write_all(&script)?;
    Ok(ExitCode::SUCCESS)
}

/// `standpoint man`: the man page, in roff.
pub fn man<W: Write>(out: &mut W) -> anyhow::Result<ExitCode> {
    clap_mangen::Man::new(Args::command()).render(out)?;
    Ok(ExitCode::SUCCESS)
}

fn options(config: &Config, evidence: bool) -> Options {
    Options { color: config.color, width: config.width, evidence }
}

/// The classifier, with the `--topic` profile if one was given.
///
/// `corpus` is set by `batch` for inputs of [`DFA_FROM`] bytes or more: it
/// compiles the cue automaton as a DFA, which costs about 137 million more
/// instructions once per process (195 M against 58 M) and saves about 24
/// per byte of article text, so it pays from about 6 MB of text on. Commands
/// that read one or a few articles, and `batch` on less, keep the cheaper
/// automaton.
pub(crate) fn classifier(config: &Config, corpus: bool) -> anyhow::Result<Classifier> {
    let learned = !config.rules_only;
    let Some(path) = config.topic.as_deref() else {
        return Ok(Classifier::builder().dfa(corpus).learned(learned).build());
    };
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| anyhow!("{shown}: {}", io_cause(&e)))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| anyhow!("{shown}: topic profile is not UTF-8 (byte offset {})", e.utf8_error().valid_up_to()))?;
    // TOML is easier to write by hand; JSON is what programs produce.
    let toml = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let profile = if toml { TopicProfile::from_toml(&text) } else { TopicProfile::from_json(&text) }
        .map_err(|e| anyhow!("{shown}: topic profile: {e}"))?;
    Ok(Classifier::builder().topic(profile).dfa(corpus).learned(learned).build())
}
