//! Raw [`Args`] plus the environment become a validated [`Config`].
//!
//! Every decision that depends on the terminal or the environment (colour,
//! line width) is taken here, once, from an explicit [`Env`], so it can be
//! unit tested and the renderers never look at the outside world.

use std::ffi::{OsStr, OsString};
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::CommandFactory;

use crate::args::{Args, ColorChoice, Command, Format};
use crate::input::Source;

/// The line width when `COLUMNS` does not say otherwise.
pub const DEFAULT_WIDTH: usize = 100;

/// Narrower than this and the table cannot hold a useful quote, so a
/// smaller `COLUMNS` counts as this.
const MIN_WIDTH: usize = 60;

/// The parts of the outside world that shape the output.
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// Whether stdout is a terminal.
    pub stdout_is_terminal: bool,
    /// Whether stderr is a terminal (for `batch`'s progress bar).
    pub stderr_is_terminal: bool,
    /// The value of `NO_COLOR`, if set.
    pub no_color: Option<OsString>,
    /// The value of `COLUMNS`, if set.
    pub columns: Option<OsString>,
}

impl Env {
    /// Reads the real environment.
    pub fn detect() -> Env {
        Env {
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stderr_is_terminal: std::io::stderr().is_terminal(),
            no_color: std::env::var_os("NO_COLOR"),
            columns: std::env::var_os("COLUMNS"),
        }
    }
}

/// What to do, fully decided.
#[derive(Debug)]
pub struct Config {
    /// Whether to write ANSI colour codes to stdout.
    pub color: bool,
    /// The line width the text table fits its quotes into, in characters.
    pub width: usize,
    /// The `--topic` profile to load, if any.
    pub topic: Option<PathBuf>,
    /// Whether `--rules-only` turns the learned layer off.
    pub rules_only: bool,
    /// The command.
    pub task: Task,
}

/// A command with validated arguments.
#[derive(Debug)]
pub enum Task {
    /// `standpoint report`.
    Report {
        /// The articles, in the order given; never empty.
        inputs: Vec<Source>,
        /// The output format.
        format: Format,
        /// Whether the text format lists each speaker's utterances.
        evidence: bool,
    },
    /// `standpoint quotes`.
    Quotes {
        /// The article.
        input: Source,
    },
    /// `standpoint compare`.
    Compare {
        /// The articles, at least two.
        inputs: Vec<Source>,
        /// The output format.
        format: Format,
    },
    /// `standpoint eval`.
    Eval {
        /// An article or a directory of articles.
        articles: std::path::PathBuf,
        /// A gold file or a directory of gold files.
        gold: std::path::PathBuf,
        /// Text or JSON.
        format: crate::args::EvalFormat,
        /// Whether missed thresholds make the exit status 1.
        check: bool,
    },
    /// `standpoint batch`.
    Batch {
        /// JSONL files, directories or stdin, in the order given; never empty.
        inputs: Vec<Source>,
        /// Worker threads; `None` means one per core.
        threads: Option<usize>,
        /// Whether to print the corpus summary in place of the JSONL.
        summary: bool,
        /// The format of the summary.
        format: crate::args::SummaryFormat,
        /// Whether to draw a progress bar on stderr.
        progress: bool,
    },
    /// `standpoint completions`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// `standpoint man`.
    Man,
}

impl Config {
    /// Validates the arguments and takes the environment-dependent decisions.
    ///
    /// Returns a clap error (exit code 2) for arguments clap cannot check by
    /// itself, such as standard input named twice.
    pub fn from_args(args: Args, env: &Env) -> Result<Config, clap::Error> {
        let task = match args.command {
            Command::Report(r) => {
                Task::Report { inputs: sources(r.files, "report")?, format: r.format, evidence: r.evidence }
            }
            Command::Quotes(q) => Task::Quotes { input: q.file.map_or(Source::Stdin, Source::from_arg) },
            Command::Compare(c) => Task::Compare { inputs: sources(c.files, "compare")?, format: c.format },
            Command::Eval(e) => Task::Eval { articles: e.articles, gold: e.gold, format: e.format, check: e.check },
            Command::Batch(b) => Task::Batch {
                inputs: sources(b.paths, "batch")?,
                threads: b.threads.map(usize::from),
                summary: b.summary,
                format: b.format,
                progress: env.stderr_is_terminal,
            },
            Command::Completions(c) => Task::Completions { shell: c.shell },
            Command::Man => Task::Man,
        };
        Ok(Config {
            color: use_color(args.color, env.stdout_is_terminal, env.no_color.as_deref()),
            width: line_width(env.columns.as_deref()),
            topic: args.topic,
            rules_only: args.rules_only,
            task,
        })
    }
}

/// Turns file arguments into sources: `-` is stdin, and no file at all
/// means stdin too.
fn sources(files: Vec<PathBuf>, command: &str) -> Result<Vec<Source>, clap::Error> {
    if files.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let sources: Vec<Source> = files.into_iter().map(Source::from_arg).collect();
    // Standard input can be read only once: a second `-` would silently be
    // an empty article.
    if sources.iter().filter(|s| matches!(s, Source::Stdin)).count() > 1 {
        // Built so that the error shows the subcommand's usage line.
        return Err(usage_error(command, "standard input (`-`) can be given only once"));
    }
    Ok(sources)
}

/// A usage error (exit status 2) that shows the subcommand's usage line.
fn usage_error(command: &str, message: &str) -> clap::Error {
    let mut cmd = Args::command();
    cmd.build();
    let sub = cmd.find_subcommand_mut(command).expect("usage_error() is called with a subcommand's name");
    sub.error(clap::error::ErrorKind::ArgumentConflict, message)
}

/// Whether to colour stdout.
///
/// `--color always` and `never` win; `auto` colours only a terminal, and
/// only when `NO_COLOR` is unset or empty (<https://no-color.org>).
pub fn use_color(choice: ColorChoice, stdout_is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout_is_terminal && no_color.is_none_or(OsStr::is_empty),
    }
}

/// The width to fit table lines into: `COLUMNS` when it is a number (but
/// at least 60), else [`DEFAULT_WIDTH`].
pub fn line_width(columns: Option<&OsStr>) -> usize {
    columns
        .and_then(OsStr::to_str)
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
        .map_or(DEFAULT_WIDTH, |w| w.max(MIN_WIDTH))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn colour_decision() {
        use ColorChoice::{Always, Auto, Never};
        let unset = None;
        let empty = Some(OsStr::new(""));
        let set = Some(OsStr::new("1"));
        // (choice, stdout is a terminal, NO_COLOR, expected)
        let table = [
            (Auto, true, unset, true),
            (Auto, true, empty, true),
            (Auto, true, set, false),
            (Auto, false, unset, false),
            (Auto, false, empty, false),
            (Auto, false, set, false),
            (Always, true, unset, true),
            (Always, true, set, true),
            (Always, false, unset, true),
            (Always, false, set, true),
            (Never, true, unset, false),
            (Never, true, empty, false),
            (Never, false, unset, false),
            (Never, false, set, false),
        ];
        for (choice, tty, no_color, expected) in table {
            assert_eq!(
                use_color(choice, tty, no_color),
                expected,
                "--color {choice:?}, terminal: {tty}, NO_COLOR: {no_color:?}"
            );
        }
    }

    #[test]
    fn colour_is_decided_from_args_and_env() {
        let config =
            |argv: &[&str], env: Env| Config::from_args(Args::try_parse_from(argv).unwrap(), &env).unwrap().color;
        let tty = Env { stdout_is_terminal: true, ..Env::default() };
        let tty_no_color = Env { stdout_is_terminal: true, no_color: Some("yes".into()), ..Env::default() };
        assert!(config(&["standpoint", "report"], tty.clone()));
        assert!(!config(&["standpoint", "report"], tty_no_color.clone()));
        assert!(!config(&["standpoint", "report"], Env::default()));
        assert!(config(&["standpoint", "--color", "always", "report"], Env::default()));
        assert!(config(&["standpoint", "report", "--color=always"], tty_no_color));
        assert!(!config(&["standpoint", "report", "--color", "never"], tty));
    }

    #[test]
    fn width_from_columns() {
        assert_eq!(line_width(None), DEFAULT_WIDTH);
        assert_eq!(line_width(Some(OsStr::new("132"))), 132);
        assert_eq!(line_width(Some(OsStr::new(" 80 "))), 80);
        assert_eq!(line_width(Some(OsStr::new("10"))), MIN_WIDTH);
        assert_eq!(line_width(Some(OsStr::new("0"))), DEFAULT_WIDTH);
        assert_eq!(line_width(Some(OsStr::new("wide"))), DEFAULT_WIDTH);
        assert_eq!(line_width(Some(OsStr::new(""))), DEFAULT_WIDTH);
    }

    #[test]
    fn no_file_and_dash_mean_stdin() {
        let inputs =
            |argv: &[&str]| match Config::from_args(Args::try_parse_from(argv).unwrap(), &Env::default()).unwrap().task
            {
                Task::Report { inputs, .. } | Task::Compare { inputs, .. } => inputs,
                Task::Quotes { input } => vec![input],
                other => panic!("unexpected task {other:?}"),
            };
        assert_eq!(inputs(&["standpoint", "report"]), vec![Source::Stdin]);
        assert_eq!(inputs(&["standpoint", "quotes"]), vec![Source::Stdin]);
        assert_eq!(inputs(&["standpoint", "report", "a.txt", "-"]), vec![Source::File("a.txt".into()), Source::Stdin]);
        assert_eq!(inputs(&["standpoint", "compare", "-", "./-"]), vec![Source::Stdin, Source::File("./-".into())]);
    }

    #[test]
    fn stdin_twice_is_a_usage_error() {
        let args = Args::try_parse_from(["standpoint", "compare", "-", "-"]).unwrap();
        let err = Config::from_args(args, &Env::default()).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
        assert_eq!(err.exit_code(), 2);
    }
}
