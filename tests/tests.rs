//! The one integration-test binary (skeleton).

// Accuracy of the whole pipeline on the fixtures that have gold labels.
mod eval;
