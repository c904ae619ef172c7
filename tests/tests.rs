//! The one integration-test binary: one module per area. Try not to add
//! more binaries; add a module here instead.

/// `standpoint batch`: ordering, error records, directories, summary.
mod batch;
/// The `standpoint` binary, run with a scrubbed environment.
mod cli;
/// Accuracy of the whole pipeline on the fixtures that have gold labels.
mod eval;
/// The HTML report: snapshot, escaping of hostile articles.
mod html;
/// What the core parser sees in each fixture article (snapshots).
mod parse;
/// Pathological inputs, shared with the benchmarks.
mod pathological;
/// Properties that hold for any input, and pathological inputs.
mod robustness;
/// Where each speaker of each fixture stands (snapshots).
mod stance;
/// Helpers shared by the modules above.
mod util;
