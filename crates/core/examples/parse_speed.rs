//! Times `parse` alone (no stance, no JSON) over the given text files, so
//! that parser work can be measured apart from the rest of the pipeline.
//!
//! `cargo run --release -p standpoint-core --example parse_speed -- [-n ROUNDS] FILE...`
//!
//! Prints the mean time per round over all files, the time per file when
//! there is one, and the throughput. Under callgrind, run with `-n 1`.
use std::time::Instant;

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
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("readable UTF-8 file")).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut checksum = 0usize;
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            checksum += std::hint::black_box(standpoint_core::parse(std::hint::black_box(t))).utterances.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let per_round = secs / rounds as f64;
    let mb_s = (bytes * rounds) as f64 / secs / 1e6;
    let report = format!(
        "{} files, {bytes} bytes, {rounds} rounds: {:.1} µs/round, {:.1} µs/file, {mb_s:.1} MB/s (checksum {checksum})\n",
        texts.len(),
        per_round * 1e6,
        per_round * 1e6 / texts.len().max(1) as f64,
    );
    // Examples may print; the workspace lint is for the library and binary.
    std::io::Write::write_all(&mut std::io::stderr(), report.as_bytes()).expect("stderr");
}
