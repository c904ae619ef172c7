//! Runs one stage of the reference report N times, for callgrind:
//! `stage_count MODE N` with MODE parse, classify, json, report, alternate
//! or none. Instructions (or simulated cache misses) per call are the
//! count at N less the count at 0, over N: the classifier's one-time build
//! falls out. docs/performance.md (*Where the time goes*) has the figures
//! and why the whole report costs more time than its stages alone, though
//! not more instructions.

use std::hint::black_box;
use std::io::Write;

use standpoint_stance::Classifier;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(n)) = (args.get(1), args.get(2).and_then(|n| n.parse::<usize>().ok())) else {
        // (The workspace bars `eprintln!`: output goes through a writer.)
        let _ = writeln!(std::io::stderr(), "usage: stage_count parse|classify|json|report|alternate|none N");
        std::process::exit(2);
    };
    let mode = mode.as_str();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("cnn-2018-09-24"))
        .unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let classifier = Classifier::new();
    let article = standpoint_core::parse(&text);
    let report = classifier.report(&article, "bench");
    let mut buf = Vec::new();
    let mut total = 0usize;
    for _ in 0..n {
        total += match mode {
            "parse" => standpoint_core::parse(black_box(&text)).utterances.len(),
            "classify" => classifier.report(black_box(&article), "bench").speakers.len(),
            "json" => {
                buf.clear();
                serde_json::to_writer(&mut buf, black_box(&report)).unwrap();
                buf.len()
            }
            "report" => {
                let article = standpoint_core::parse(black_box(&text));
                let report = classifier.report(&article, "bench");
                buf.clear();
                serde_json::to_writer(&mut buf, &report).unwrap();
                buf.len()
            }
            // The three stages in turn on the prepared inputs: the same
            // code interleaved as in `report`, without its data flowing
            // from one stage to the next.
            "alternate" => {
                let parsed = standpoint_core::parse(black_box(&text)).utterances.len();
                let classified = classifier.report(black_box(&article), "bench").speakers.len();
                buf.clear();
                serde_json::to_writer(&mut buf, black_box(&report)).unwrap();
                parsed + classified + buf.len()
            }
            _ => 0,
        };
    }
    black_box(total);
}
