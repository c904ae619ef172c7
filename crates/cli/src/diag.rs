//! Messages for people, on stderr: `standpoint: <path>: <message>`.
//!
//! stdout carries only the report, so it can be piped; everything else goes
//! here. Failing to write to stderr is ignored: there is nowhere left to
//! report it.

use std::fmt::Display;
use std::io::Write;

/// An error that stops one input (or the whole run).
pub fn error(message: impl Display) {
    line(format_args!("{message}"));
}

/// Something wrong with an input that did not stop it being reported.
pub fn warning(source: &str, message: impl Display) {
    line(format_args!("{source}: warning: {message}"));
}

/// Something worth knowing that is not wrong.
pub fn note(source: &str, message: impl Display) {
    line(format_args!("{source}: note: {message}"));
}

fn line(args: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr().lock(), "standpoint: {args}");
}
