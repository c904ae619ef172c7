//! Times `Classifier::report` alone over articles parsed once up front, so
//! that classifier work can be measured apart from parsing and JSON.
//!
//! `cargo run --release -p standpoint-stance --example classify_speed -- [-n ROUNDS] FILE...`
//!
//! A `.jsonl` file is read as one article per line (its `text` field), as
//! `standpoint batch` reads it; any other file is one article. Prints the
//! mean time per round, per article and the throughput. Under callgrind,
//! run with `-n 1`.
use std::time::Instant;

use standpoint_stance::Classifier;

fn main() {
    let mut rounds = 200usize;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "-n" {
            rounds = args.next().and_then(|n| n.parse().ok()).expect("-n takes a number");
        } else {
            paths.push(a);
        }
    }
    let mut texts: Vec<String> = Vec::new();
    for p in &paths {
        let content = std::fs::read_to_string(p).expect("readable UTF-8 file");
        if p.ends_with(".jsonl") {
            for line in content.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON object per line");
                texts.push(v["text"].as_str().expect("a text field").to_string());
            }
        } else {
            texts.push(content);
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let articles: Vec<_> = texts.iter().map(|t| standpoint_core::parse(t)).collect();
    let classifier = Classifier::new();
    let mut checksum = 0usize;
    let start = Instant::now();
    for _ in 0..rounds {
        for a in &articles {
            checksum += std::hint::black_box(classifier.report(std::hint::black_box(a), "-")).utterances.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let per_round = secs / rounds as f64;
    let mb_s = (bytes * rounds) as f64 / secs / 1e6;
    let report = format!(
        "{} articles, {bytes} bytes, {rounds} rounds: {:.1} µs/round, {:.1} µs/article, {mb_s:.1} MB/s (checksum {checksum})\n",
        articles.len(),
        per_round * 1e6,
        per_round * 1e6 / articles.len().max(1) as f64,
    );
    // Examples may print; the workspace lint is for the library and binary.
    std::io::Write::write_all(&mut std::io::stderr(), report.as_bytes()).expect("stderr");
}
