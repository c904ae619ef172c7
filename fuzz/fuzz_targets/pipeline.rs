//! The whole pipeline on arbitrary bytes: decode (lossily, as the CLI
//! does), parse, classify, serialize. Panics are findings; so is any span
//! that does not lie on char boundaries inside the text, or an utterance
//! whose speaker is not in the speaker list.
#![no_main]

use libfuzzer_sys::fuzz_target;
use standpoint_core::Span;
use standpoint_stance::Classifier;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let article = standpoint_core::parse(text);
    let ok = |s: Span| s.start <= s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    for u in &article.utterances {
        assert!(u.speaker.0 < article.speakers.len(), "utterance of an unknown speaker");
        assert!(ok(u.span), "utterance span {:?}", u.span);
        assert!(u.source.into_iter().chain(u.question).all(ok));
    }
    assert!(article.blocks.iter().all(|b| ok(b.span)));
    assert!(article.sentences.iter().all(|s| ok(s.span)));
    assert!(article.diagnostics.iter().all(|d| ok(d.span)));

    let report = Classifier::new().report(&article, "fuzz");
    for u in &report.utterances {
        assert!(report.speakers.iter().any(|s| s.name == u.speaker), "utterance by an unlisted speaker");
        assert!(ok(Span::new(u.start, u.end)));
        for e in &u.evidence {
            assert!(ok(Span::new(e.start, e.end)) && e.weight.is_finite());
        }
    }
    let json = serde_json::to_vec(&report).expect("a report serializes");
    assert!(!json.is_empty());
});
