//! The one integration-test binary: one module per area. Try not to add
//! more binaries; add a module here instead.

/// The `standpoint` binary, run with a scrubbed environment.
mod cli;
/// Accuracy of the whole pipeline on the fixtures that have gold labels.
mod eval;
/// `--format html`: the page, its links, and escaping.
mod html;
