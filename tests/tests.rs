//! The one integration-test binary: one module per area. Try not to add
//! more binaries; add a module here instead.

/// `standpoint batch`: ordering, error records, directories, summary.
mod batch;
/// The `standpoint` binary, run with a scrubbed environment.
mod cli;
/// Accuracy of the whole pipeline on the fixtures that have gold labels.
mod eval;
/// Pathological inputs, shared with the benchmarks.
mod pathological;
/// Properties that hold for any input, and pathological inputs.
mod robustness;
