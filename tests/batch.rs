//! `standpoint batch`, run as a user runs it: JSONL and directories in,
//! JSONL out in input order, one error record per bad line, the exit code
//! and the summary line.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `standpoint` with a scrubbed environment, run from the workspace root.
fn standpoint() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_standpoint"));
    cmd.env_clear().current_dir(workspace_root());
    cmd
}

fn run(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not one JSON object per line ({e}): {l}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// The last stderr line: `standpoint: batch: A articles, S speakers, F failures, ...`.
#[track_caller]
fn summary_counts(out: &Output) -> (usize, usize, usize) {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or_default();
    let rest = last.strip_prefix("standpoint: batch: ").unwrap_or_else(|| panic!("no summary line: {err}"));
    let n: Vec<usize> = rest.split(", ").take(3).map(|p| p.split(' ').next().unwrap().parse().unwrap()).collect();
    assert!(rest.contains(" MB in ") && rest.ends_with(" MB/s)"), "{last}");
    (n[0], n[1], n[2])
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(workspace_root().join("fixtures/articles").join(name)).unwrap()
}

const QUOTE: &str = "“We are in no rush,” the minister said.";

#[test]
fn bad_lines_become_error_records_and_nothing_is_lost() {
    let mut input = Vec::new();
    writeln!(input, "{}", json!({"id": "a", "text": QUOTE, "outlet": "Wire"})).unwrap();
    writeln!(input, "{{\"id\": \"b\", \"text\": ").unwrap(); // invalid JSON
    writeln!(input, "{}", json!({"id": "c"})).unwrap(); // no text
    writeln!(input, "{}", json!({"id": 4, "text": ["not", "a", "string"]})).unwrap();
    input.extend_from_slice(b"{\"id\": \"e\", \"text\": \"caf\xE9\"}\n"); // not UTF-8
    writeln!(input).unwrap(); // blank: not a record
    writeln!(input, "[1, 2]").unwrap();
    writeln!(input, "{}", json!({"text": QUOTE})).unwrap(); // no id
    let out = run(standpoint().args(["batch", "-"]), &input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let records = lines(&out);
    let errors = |r: &Value| r.get("error").map(|e| e.as_str().unwrap().to_string());
    assert_eq!(records.len(), 7, "one record per non-blank line");
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["outlet"], "Wire");
    assert_eq!(records[0]["source"], "-:1");
    assert_eq!(records[0]["speakers"][0]["name"], "the minister");
    assert!(errors(&records[1]).unwrap().starts_with("invalid JSON"));
    assert_eq!(records[1], json!({"input": "-", "line": 2, "error": errors(&records[1]).unwrap()}));
    assert_eq!(records[2], json!({"input": "-", "line": 3, "id": "c", "error": "no `text` field"}));
    assert_eq!(records[3], json!({"input": "-", "line": 4, "id": 4, "error": "`text` is not a string"}));
    assert_eq!(records[4], json!({"input": "-", "line": 5, "error": "invalid UTF-8 at byte 24 of the line"}));
    assert_eq!(records[5], json!({"input": "-", "line": 7, "error": "not a JSON object"}));
    assert_eq!(records[6]["line"], 8);
    assert_eq!(records[6]["source"], "-:8");
    assert!(records[6].get("id").is_none());
    assert_eq!(summary_counts(&out), (2, 2, 5));
}

#[test]
fn a_clean_run_exits_zero() {
    let input = format!("{}\n", json!({"id": 1, "text": QUOTE}));
    let out = run(standpoint().args(["batch"]), input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 1);
    assert_eq!(summary_counts(&out), (1, 1, 0));
    // Only the summary line: no progress bar when stderr is not a terminal.
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

/// Each record is `report --format json` for the same text, plus the id.
#[test]
fn records_are_reports_plus_the_id() {
    let dir = workspace_root().join("fixtures/articles");
    let out = run(standpoint().args(["batch", "fixtures/articles"]), b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = lines(&out);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, names, "ids are the sorted relative paths");
    for (record, name) in records.iter().zip(&names) {
        let path = format!("fixtures/articles/{name}");
        let report = standpoint().args(["report", "--format", "json", &path]).output().unwrap();
        let mut expected: Value = serde_json::from_slice(&report.stdout).unwrap();
        expected.as_object_mut().unwrap().insert("id".into(), json!(name));
        assert_eq!(*record, expected, "{name}");
    }
}

#[test]
fn directories_are_read_recursively_and_bad_files_are_records() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("2018/09")).unwrap();
    std::fs::write(root.join("2018/09/b.txt"), QUOTE).unwrap();
    std::fs::write(root.join("2018/a.txt"), QUOTE).unwrap();
    std::fs::write(root.join("2018/notes.md"), "not an article").unwrap();
    std::fs::write(root.join("binary.txt"), b"PK\x03\x04\x00\x00").unwrap();
    std::fs::write(root.join("latin1.txt"), b"\xe9t\xe9 \xe0 Paris").unwrap();
    let out = run(standpoint().arg("batch").arg(root), b"");
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["2018/09/b.txt", "2018/a.txt", "binary.txt", "latin1.txt"]);
    assert_eq!(records[0]["source"], root.join("2018/09/b.txt").display().to_string());
    assert_eq!(records[2]["input"], root.display().to_string());
    assert!(records[2]["error"].as_str().unwrap().starts_with("looks binary (NUL byte at offset 4)"), "{}", records[2]);
    // Invalid UTF-8 in a file is decoded lossily with a warning, as `report` does.
    assert!(records[3].get("error").is_none());
    assert!(stderr(&out).contains("latin1.txt: warning: invalid UTF-8 at byte offset 0"), "{}", stderr(&out));
    assert_eq!(summary_counts(&out).2, 1);
}

#[test]
fn a_missing_path_is_an_error_record_and_the_rest_goes_on() {
    let input = format!("{}\n", json!({"id": 1, "text": QUOTE}));
    let out = run(standpoint().args(["batch", "no/such.jsonl", "-"]), input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let records = lines(&out);
    assert_eq!(records[0], json!({"input": "no/such.jsonl", "error": "no such file or directory"}));
    assert_eq!(records[1]["id"], 1);
}

/// Enough articles for several chunks: the output must not depend on the
/// number of threads, byte for byte.
#[test]
fn output_is_in_input_order_whatever_the_threads() {
    let texts = [fixture("pattern-pre-quote.txt"), fixture("pattern-post-quote.txt"), QUOTE.to_string()];
    let mut input = String::new();
    for i in 0..5000 {
        input.push_str(&json!({"id": i, "text": texts[i % 3]}).to_string());
        input.push('\n');
    }
    let one = run(standpoint().args(["batch", "--threads", "1"]), input.as_bytes());
    let two = run(standpoint().args(["batch", "-j", "2"]), input.as_bytes());
    let four = run(standpoint().args(["batch", "--threads", "4"]), input.as_bytes());
    assert_eq!(one.status.code(), Some(0));
    let records = lines(&one);
    assert_eq!(records.len(), 5000);
    assert!(records.iter().enumerate().all(|(i, r)| r["id"] == i), "records are in input order");
    assert!(one.stdout == two.stdout && one.stdout == four.stdout, "the output depends on the number of threads");
}

#[test]
fn summary_merges_speakers_across_articles() {
    let mut input = String::new();
    for (i, text) in [
        "“The talks made real progress,” said Dana Whitfield.",
        "“We welcome the progress of the talks,” Dana Whitfield said.",
        "“It is far too early to celebrate the talks, and we are worried,” said Piotr Novak.",
        "{not json",
    ]
    .iter()
    .enumerate()
    {
        if text.starts_with('{') {
            input.push_str(text);
        } else {
            input.push_str(&json!({"id": i, "text": text}).to_string());
        }
        input.push('\n');
    }
    let out = run(standpoint().args(["batch", "--summary", "--format", "json"]), input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["articles"], 3);
    assert_eq!(summary["failures"], 1);
    let rows = summary["speakers"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{summary:#}");
    assert_eq!(rows[0]["name"], "Dana Whitfield");
    assert_eq!(rows[0]["articles"], 2);
    assert_eq!(rows[0]["stances"]["optimistic"], 2);
    assert_eq!(rows[1]["stances"]["cautious"], 1);
    // The bad line is reported on stderr, as the JSONL is not printed.
    assert!(stderr(&out).contains("standpoint: -:4: invalid JSON"), "{}", stderr(&out));

    let text = run(standpoint().args(["batch", "--summary"]), input.as_bytes());
    let table = String::from_utf8(text.stdout).unwrap();
    assert!(table.starts_with("SPEAKER "), "{table}");
    assert!(table.lines().nth(1).unwrap().starts_with("Dana Whitfield  person"), "{table}");
}

#[test]
fn format_needs_summary() {
    let out = run(standpoint().args(["batch", "--format", "json"]), b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--summary"), "{}", stderr(&out));
}

#[test]
fn threads_must_be_positive() {
    let out = run(standpoint().args(["batch", "--threads", "0"]), b"");
    assert_eq!(out.status.code(), Some(2));
}

/// `standpoint batch big.jsonl | head -1`: a quiet exit.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let line = format!("{}\n", json!({"id": 1, "text": fixture("cnn-2018-09-24-second-summit.txt")}));
    let mut child = standpoint()
        .args(["batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for _ in 0..3000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":1,"));
    // The reader is gone once the BufReader is dropped.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn help() {
    insta_cmd::assert_cmd_snapshot!("help_batch", standpoint().args(["batch", "--help"]));
}
