//! The `standpoint` command-line tool (skeleton).

fn main() {}
