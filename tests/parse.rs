//! What the core parser sees in every fixture article, as reviewed snapshots:
//! blocks and their kinds, who said what, speakers and their aliases, and
//! diagnostics. A change in the parser shows up here as a readable diff.

use crate::util;

#[test]
fn fixtures() {
    // The three-argument form: the base is relative to this file (`tests/`),
    // so it reaches the top-level `fixtures/` although the test binary
    // belongs to `crates/cli`.
    insta::glob!("../fixtures", "articles/*.txt", |path| {
        insta::assert_snapshot!(util::parse_view(&util::read(path)));
    });
}

#[test]
fn the_glob_reaches_every_fixture() {
    // A wrong base directory would make `glob!` fail loudly, but a wrong
    // pattern could match a subset; count the articles independently.
    let dir = util::workspace_root().join("fixtures/articles");
    let count = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt")))
        .count();
    let mut seen = 0;
    insta::glob!("../fixtures", "articles/*.txt", |_path| seen += 1);
    assert_eq!(seen, count);
}
