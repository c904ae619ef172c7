//! The one integration-test binary: one module per area.

/// The `standpoint` binary, run with a scrubbed environment.
mod cli;
