//! Where each speaker of every fixture stands, as reviewed snapshots: the
//! label, score and confidence, the decisive evidence and quote. A change
//! in the classifier (or in the parser under it) shows up here as a
//! readable diff.

use crate::util;

#[test]
fn fixtures() {
    insta::glob!("../fixtures", "articles/*.txt", |path| {
        insta::assert_snapshot!(util::stance_view(&util::decoded(path)));
    });
}
