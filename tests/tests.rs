//! The one integration-test binary (skeleton).
