//! Parse, classify and the full report (parse + classify + JSON), on the
//! reference article and on all the fixtures, plus the pathological inputs
//! of issue 5 at two sizes each: linear work shows as the same MB/s at both.
//!
//! `cargo bench -p standpoint --bench pipeline` (add `-- reference` to run
//! only the benchmarks whose name contains `reference`). The results and
//! the machine they ran on are in docs/performance.md.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use standpoint_stance::Classifier;

#[path = "../../../tests/pathological.rs"]
mod pathological;

// The allocator of the `standpoint` binary, so that the figures are the
// binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

/// Parse + classify + JSON, as `report --format json` and `batch` do it.
fn full_report(text: &str, classifier: &Classifier, buf: &mut Vec<u8>) -> usize {
    let article = standpoint_core::parse(text);
    let report = classifier.report(&article, "bench");
    buf.clear();
    serde_json::to_writer(&mut *buf, &report).unwrap();
    buf.len()
}

fn stages(c: &mut Criterion) {
    let classifier = Classifier::new();
    let fixtures = fixtures();
    let reference = &fixtures.iter().find(|(n, _)| n.starts_with("cnn-2018-09-24")).expect("the reference article").1;
    let all: usize = fixtures.iter().map(|(_, t)| t.len()).sum();
    let mut buf = Vec::new();

    let mut g = c.benchmark_group("reference");
    g.throughput(Throughput::Bytes(reference.len() as u64));
    g.bench_function("parse", |b| b.iter(|| standpoint_core::parse(black_box(reference)).utterances.len()));
    let article = standpoint_core::parse(reference);
    g.bench_function("classify", |b| b.iter(|| classifier.report(black_box(&article), "bench").speakers.len()));
    let report = classifier.report(&article, "bench");
    g.bench_function("json", |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, black_box(&report)).unwrap();
            buf.len()
        })
    });
    g.bench_function("report", |b| b.iter(|| full_report(black_box(reference), &classifier, &mut buf)));
    g.finish();

    let mut g = c.benchmark_group("fixtures");
    g.throughput(Throughput::Bytes(all as u64));
    g.bench_function("parse", |b| {
        b.iter(|| fixtures.iter().map(|(_, t)| standpoint_core::parse(black_box(t)).utterances.len()).sum::<usize>())
    });
    let articles: Vec<_> = fixtures.iter().map(|(_, t)| standpoint_core::parse(t)).collect();
    g.bench_function("classify", |b| {
        b.iter(|| articles.iter().map(|a| classifier.report(black_box(a), "bench").speakers.len()).sum::<usize>())
    });
    g.bench_function("report", |b| {
        b.iter(|| fixtures.iter().map(|(_, t)| full_report(black_box(t), &classifier, &mut buf)).sum::<usize>())
    });
    g.finish();
}

/// Each input at a size `n` and `2n`, a tenth and a fifth of the test sizes
/// (issue 5): linear work doubles the time, quadratic work quadruples it.
fn pathological(c: &mut Criterion) {
    type Generator = fn(usize) -> String;
    let inputs: [(&str, Generator, usize); 17] = [
        ("unmatched-quotes", pathological::unmatched_quotes, 200_000),
        ("one-line", pathological::one_line, 1_000_000),
        ("run-on", pathological::run_on, 1_000_000),
        ("blank-lines", pathological::blank_lines, 300_000),
        ("said-storm", pathological::said_storm, 10_000),
        ("according-storm", pathological::according_storm, 10_000),
        ("nested-quotes", pathological::nested_quotes, 10_000),
        ("many-speakers", pathological::many_speakers, 2_000),
        ("one-voice", pathological::one_voice, 10_000),
        ("portfolio-titles", pathological::portfolio_titles, 10_000),
        ("shared-last-word", pathological::shared_last_word, 2_000),
        ("nameless-pronouns", pathological::nameless_pronouns, 10_000),
        ("camp-sentences", pathological::camp_sentences, 5_000),
        ("many-descriptions", pathological::many_descriptions, 2_000),
        ("unnamed-trust", pathological::unnamed_trust, 2_000),
        ("but-storm", pathological::but_storm, 10_000),
        ("told-storm", pathological::told_storm, 10_000),
    ];
    let classifier = Classifier::new();
    let mut buf = Vec::new();
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for (name, generate, n) in inputs {
        for scale in [n, 2 * n] {
            let text = generate(scale);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, scale), &text, |b, text| {
                b.iter(|| full_report(black_box(text), &classifier, &mut buf))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = stages, pathological
}
criterion_main!(benches);
