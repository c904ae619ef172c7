//! The command line as clap sees it: raw, unvalidated arguments.
//!
//! Nothing here looks at the environment or the terminal; [`crate::config`]
//! turns these into a [`Config`](crate::config::Config).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

// The help texts are macros so that `concat!` can join them into the
// `&'static str` that clap's `after_help` wants.

/// The exit status section, as a literal.
macro_rules! exit_status {
    () => {
        "\
Exit status:
  0  Success. This includes an article with no quotations (the report is
     empty and a note goes to stderr) and output cut short because the reader
     went away, as in `standpoint report a.txt | head -1`.
  1  An input could not be used: a missing file, a directory, a permission
     error, a binary (NUL bytes) or UTF-16 file, or an unusable --topic
     profile. Other files of the same `report` run are still reported.
  2  Usage error: an unknown option, or a missing or invalid argument."
    };
}

/// What input is accepted and what offsets mean, as a literal.
macro_rules! input_notes {
    () => {
        "\
Input:
  Articles are plain UTF-8 text; CRLF line endings are fine. A leading byte
  order mark is dropped before parsing, so the byte offsets in JSON output
  (`start`, `end`) count from the first byte after it. Invalid UTF-8 is
  replaced with U+FFFD, with a warning giving the byte offset (in the file) of
  the first bad sequence; offsets in the report then refer to the text as
  decoded."
    };
}

/// Printed at the end of `--help` for the commands that read articles.
///
/// Keep in step with `main` and the README.
pub const EXIT_STATUS: &str = exit_status!();

/// Printed at the end of `standpoint batch --help`.
const BATCH_AFTER_HELP: &str = "\
Examples:
  standpoint batch corpus.jsonl > reports.jsonl
  standpoint batch --threads 2 articles/ > reports.jsonl
  zcat corpus.jsonl.gz | standpoint batch - > reports.jsonl
  standpoint batch --summary corpus.jsonl     one row per speaker over the corpus

Records:
  Output lines come in input order. A JSONL record gives
  {\"id\", <its other fields>, \"source\", \"topic\", \"speakers\", \"utterances\"},
  where source is PATH:LINE; a field named like a report field is passed
  through as \"input.<name>\". A record without an id gets \"line\" instead.
  Blank lines are skipped. A file of a directory gives {\"id\": <relative
  path>, ...}, with source the file's path; symbolic links to directories are
  not followed.

Exit status:
  0  Every article was reported.
  1  At least one line or file could not be used (each has its error record,
     or with --summary an error line on stderr), or a PATH could not be read.
  2  Usage error: an unknown option, or a missing or invalid argument.";

/// Printed at the end of `standpoint report --help`.
const INPUT_AND_EXIT_STATUS: &str = concat!(input_notes!(), "\n\n", exit_status!());

/// Printed at the end of `standpoint --help`.
const EXAMPLES_INPUT_AND_EXIT_STATUS: &str = concat!(
    "\
Examples:
  standpoint report article.txt               one row per speaker: who stands where
  standpoint report --evidence article.txt    ... and the words behind each label
  standpoint report --format json a.txt       the report for programs
  standpoint quotes article.txt               every quote with its line:column
  standpoint compare monday.txt tuesday.txt   one speaker across articles

",
    input_notes!(),
    "\n\n",
    exit_status!()
);

/// Exit codes of `standpoint eval`.
const EVAL_EXIT_STATUS: &str = "\
Exit status:
  0  The articles were scored (with --check: and all met the thresholds).
  1  A file could not be read or is not a valid gold file, a gold key is not
     in its article, or (with --check) an article missed a threshold.
  2  Usage error: an unknown option, or a missing or invalid argument.";

/// Who is quoted in a news article, what they said, and where they stand.
///
/// standpoint reads a plain-text English news article, finds every quoted or
/// reported speaker, and labels each one's position on the story's central
/// question as optimistic, cautious, mixed or neutral, citing the words that
/// decide it.
#[derive(Debug, Parser)]
#[command(name = "standpoint", version, after_help = EXAMPLES_INPUT_AND_EXIT_STATUS)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,

    /// Use the central question described by this topic profile instead of
    /// detecting it from the article.
    ///
    /// A JSON file, or TOML when its name ends in `.toml`, with an optional
    /// `name`, a list of `terms` the question is about, and a table of extra
    /// stance `cues` (phrase to weight in [-1, 1]).
    #[arg(long, global = true, value_name = "FILE")]
    pub topic: Option<PathBuf>,

    /// Label speakers by the hand-written rules alone, without the learned
    /// layer that otherwise gives each speaker's final label.
    ///
    /// The layer relabels a speaker where it disagrees with the rules and
    /// cites the words that decided it as `learned` evidence. Use this to
    /// see the rules' own labels, or to retrain the layer
    /// (`scripts/train-stance.py`).
    #[arg(long, global = true)]
    pub rules_only: bool,

    /// When to colour the output.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = ColorChoice::Auto
    )]
    pub color: ColorChoice,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print each speaker's stance, score and decisive quote.
    ///
    /// Reads each FILE (`-` or no FILE means standard input) and prints one
    /// row per speaker: name and kind, stance label, score in [-1, 1]
    /// (negative is cautious, positive optimistic), number of quotes
    /// (reported speech included) and the decisive quote, shortened to fit
    /// the line (COLUMNS characters, default 100).
    #[command(after_help = INPUT_AND_EXIT_STATUS)]
    Report(ReportArgs),

    /// List every utterance in reading order, to check attribution by eye.
    ///
    /// One line per utterance: line:column (1-based; the column counts
    /// characters), speaker, kind (direct, partial, reported or headline),
    /// reporting verb (`—` when there is none) and the words attributed.
    #[command(after_help = EXIT_STATUS)]
    Quotes(QuotesArgs),

    /// Put several articles side by side, one row per speaker.
    ///
    /// Speakers are merged across articles by name and alias. Each column is
    /// one article, each cell the speaker's stance and score there (`—` where
    /// the speaker does not appear). The DIFFERS column says `yes` when the
    /// labels disagree.
    #[command(after_help = EXIT_STATUS)]
    Compare(CompareArgs),

    /// Score the tool against hand-made gold labels.
    ///
    /// ARTICLES and GOLD are either one article and its gold file, or two
    /// directories whose `*.txt` and `*.json` files are paired by name
    /// (`x.txt` with `x.json`). Gold files use the format of the project's
    /// `fixtures/gold/`. For each article, prints what was missed and a
    /// summary line; then the mean of each figure. The figures (speaker
    /// recall and precision, stance accuracy, utterance recall, errors) are
    /// defined as in the project's reference scorer, `score.py`.
    #[command(after_help = EVAL_EXIT_STATUS)]
    Eval(EvalArgs),
    /// Report on a whole corpus: JSONL in, JSONL out, in parallel.
    ///
    /// Each PATH is a JSONL file with one article per line, as
    /// `{"id": ..., "text": ...}` (other fields are passed through), a
    /// directory (read recursively for `*.txt`; the id is the path relative
    /// to it), or `-` for JSONL on standard input (also when no PATH is
    /// given). Prints one JSON object per line and article, in input order:
    /// the same object as `report --format json`, plus the `id`. A line that
    /// cannot be used (invalid JSON or UTF-8, no string `text`) gives an error
    /// record, `{"input", "line", "id", "error"}`, and the run goes on; a
    /// one-line summary goes to stderr.
    #[command(after_help = BATCH_AFTER_HELP)]
    Batch(BatchArgs),

    /// Print a shell completion script.
    ///
    /// For example: `standpoint completions bash > ~/.local/share/bash-completion/completions/standpoint`.
    Completions(CompletionsArgs),

    /// Print the man page (roff) to stdout.
    #[command(hide = true)]
    Man,
}

/// Arguments of `standpoint report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Articles to read; `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Text)]
    pub format: Format,

    /// Also list each speaker's utterances with kind, reporting verb and the
    /// words that decided the label. Markdown and JSON always include them.
    #[arg(long)]
    pub evidence: bool,
}

/// Arguments of `standpoint batch`.
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// JSONL files, directories of `*.txt` articles, or `-` for JSONL on
    /// standard input (the default).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Worker threads [default: one per core].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Print one row per speaker, merged across the articles (number of
    /// articles, count of each label, mean score) in place of the JSONL.
    #[arg(long)]
    pub summary: bool,

    /// The format of the --summary table.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = SummaryFormat::Text, requires = "summary")]
    pub format: SummaryFormat,
}

/// Arguments of `standpoint quotes`.
#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// The article to read; `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Arguments of `standpoint compare`.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The articles to compare, two or more; `-` reads standard input.
    #[arg(value_name = "FILE", required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Text)]
    pub format: Format,
}

/// Arguments of `standpoint eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// An article, or a directory of `*.txt` articles.
    #[arg(value_name = "ARTICLES")]
    pub articles: PathBuf,

    /// The article's gold file, or a directory of `*.json` gold files.
    #[arg(value_name = "GOLD")]
    pub gold: PathBuf,

    /// Output format: `text`, or `json` for
    /// `{"articles": [{"article": …, <figures>}], "macro": {<figures>}}`.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,

    /// Exit with status 1 when an article misses its thresholds: the gold
    /// file's own `thresholds` object if it has one, else score.py's
    /// defaults (every figure perfect, utterance recall at least 0.95).
    #[arg(long)]
    pub check: bool,
}

/// `standpoint eval --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// What was missed in each article, its summary line, and the means.
    Text,
    /// The figures as one JSON object.
    Json,
}

/// Arguments of `standpoint completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to write the script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is unset or empty.
    Auto,
    /// Always colour, even when piped.
    Always,
    /// Never colour.
    Never,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An aligned table for reading in a terminal.
    Text,
    /// JSON for programs; `report` writes one object per file, or an array
    /// for several files.
    Json,
    /// Markdown to paste into a document: a pipe table, and for `report`
    /// the evidence.
    Markdown,
    /// One self-contained HTML page to open offline, mail or print: a
    /// stance chart, the table, and the article with every quote
    /// highlighted (inline CSS and SVG, no scripts).
    Html,
}

/// `batch --format`: the corpus summary is a table of speakers, without the
/// article text an HTML page is built around, so it has no HTML form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    /// An aligned table for reading in a terminal.
    Text,
    /// One JSON object: the counts and a row per speaker.
    Json,
    /// A Markdown pipe table.
    Markdown,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Args::command().debug_assert();
    }
}
