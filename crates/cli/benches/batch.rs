//! `standpoint batch` end to end, the binary itself, on a generated corpus
//! of about 40 MB of article text (JSONL), with one and with two threads.
//!
//! The corpus is built from the fixtures by `scripts/gen-corpus.py` into
//! `target/bench-corpus/` (never committed); this bench runs the script
//! when the file is missing. `STANDPOINT_BENCH_CORPUS=path.jsonl` benches
//! another corpus. Throughput is counted in bytes of the JSONL file.
//!
//! `cargo bench -p standpoint --bench batch`

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> PathBuf {
    if let Some(path) = std::env::var_os("STANDPOINT_BENCH_CORPUS") {
        return PathBuf::from(path);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join("target/bench-corpus/corpus-40m.jsonl");
    if !path.exists() {
        let status = Command::new("python3")
            .arg(root.join("scripts/gen-corpus.py"))
            .args(["--size", "40M", "--out"])
            .arg(&path)
            .status()
            .expect("python3 runs scripts/gen-corpus.py");
        assert!(status.success(), "scripts/gen-corpus.py failed");
    }
    path
}

fn batch(c: &mut Criterion) {
    let corpus = corpus();
    let size = std::fs::metadata(&corpus).unwrap().len();
    let mut g = c.benchmark_group("batch");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Bytes(size));
    for threads in [1, 2] {
        g.bench_function(BenchmarkId::new("corpus-40m", format!("{threads}-threads")), |b| {
            b.iter(|| {
                let status = Command::new(env!("CARGO_BIN_EXE_standpoint"))
                    .args(["batch", "--threads", &threads.to_string()])
                    .arg(&corpus)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .unwrap();
                assert!(status.success());
            })
        });
    }
    g.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
