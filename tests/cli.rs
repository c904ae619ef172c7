//! The `standpoint` binary, run as a user runs it.
//!
//! Every command starts from an empty environment (so NO_COLOR, COLUMNS and
//! the like on the developer's machine cannot change the output) in the
//! workspace root or a temporary directory, with relative paths, so the
//! snapshots hold nothing machine-specific.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use insta_cmd::assert_cmd_snapshot;

const REFERENCE: &str = "fixtures/articles/cnn-2018-09-24-second-summit.txt";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `standpoint` with a scrubbed environment, run from `dir`.
fn standpoint_in(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_standpoint"));
    cmd.env_clear().current_dir(dir);
    cmd
}

/// `standpoint` with a scrubbed environment, run from the workspace root.
fn standpoint() -> Command {
    standpoint_in(&workspace_root())
}

fn reference_text() -> String {
    std::fs::read_to_string(workspace_root().join(REFERENCE)).unwrap()
}

/// Runs `cmd` with `input` on stdin.
fn output_with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // From another thread, so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

/// A temporary directory holding `files`.
fn temp_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// Replaces `from` with `to`, insisting that `from` is there, so an edit
/// to the fixture cannot silently turn the flipped copy into a plain copy.
fn replace(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the reference article no longer contains {from:?}");
    text.replacen(from, to, 1)
}

// --help for every command.

#[test]
fn help() {
    assert_cmd_snapshot!("help", standpoint().arg("--help"));
}

#[test]
fn help_report() {
    assert_cmd_snapshot!("help_report", standpoint().args(["report", "--help"]));
}

#[test]
fn help_quotes() {
    assert_cmd_snapshot!("help_quotes", standpoint().args(["quotes", "--help"]));
}

#[test]
fn help_compare() {
    assert_cmd_snapshot!("help_compare", standpoint().args(["compare", "--help"]));
}

#[test]
fn help_eval() {
    assert_cmd_snapshot!(standpoint().args(["eval", "--help"]));
}

#[test]
fn eval_reference_article() {
    assert_cmd_snapshot!(standpoint().args(["eval", REFERENCE, "fixtures/gold/cnn-2018-09-24-second-summit.json"]));
}

#[test]
fn eval_directories_json() {
    // A directory of articles against a directory of gold files, paired by
    // name; the article without gold is noted on stderr and left out.
    let text = reference_text();
    let gold = std::fs::read(workspace_root().join("fixtures/gold/cnn-2018-09-24-second-summit.json")).unwrap();
    let articles = temp_with(&[("summit.txt", text.as_bytes()), ("extra.txt", b"No quotes here.")]);
    let golds = temp_with(&[("summit.json", &gold)]);
    assert_cmd_snapshot!(standpoint_in(articles.path()).args([
        "eval",
        "--format",
        "json",
        ".",
        golds.path().to_str().unwrap()
    ]));
}

#[test]
fn eval_check_fails_when_a_threshold_is_missed() {
    // The gold file demands a speaker who never speaks in this article.
    let gold = br#"{"article": "tiny.txt", "speakers": [{"id": "a", "required": true, "stance": ["neutral"], "names": ["Ana Ruiz"]}], "utterances": [], "not_utterances": []}"#;
    let dir = temp_with(&[("tiny.txt", b"The bridge opened on Monday."), ("tiny.json", gold)]);
    assert_cmd_snapshot!(standpoint_in(dir.path()).args(["eval", "--check", "tiny.txt", "tiny.json"]));
}

#[test]
fn eval_check_honours_the_gold_files_own_thresholds() {
    // The same miss as above, but this gold file accepts a missed speaker.
    let gold = br#"{"article": "tiny.txt", "thresholds": {"min_speaker_recall": 0.0, "min_speaker_precision": 0.0, "min_stance": 0.0}, "speakers": [{"id": "a", "required": true, "stance": ["neutral"], "names": ["Ana Ruiz"]}], "utterances": [], "not_utterances": []}"#;
    let dir = temp_with(&[("tiny.txt", b"The bridge opened on Monday."), ("tiny.json", gold)]);
    let out = standpoint_in(dir.path()).args(["eval", "--check", "tiny.txt", "tiny.json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn eval_bad_gold_file() {
    let dir = temp_with(&[("tiny.txt", b"The bridge opened."), ("tiny.json", b"{not json")]);
    assert_cmd_snapshot!(standpoint_in(dir.path()).args(["eval", "tiny.txt", "tiny.json"]));
}

#[test]
fn help_completions() {
    assert_cmd_snapshot!("help_completions", standpoint().args(["completions", "--help"]));
}

// Each format on the reference article.

#[test]
fn report_text() {
    assert_cmd_snapshot!("report_text", standpoint().args(["report", REFERENCE]));
}

#[test]
fn report_text_evidence() {
    assert_cmd_snapshot!("report_text_evidence", standpoint().args(["report", "--evidence", REFERENCE]));
}

#[test]
fn report_json() {
    assert_cmd_snapshot!("report_json", standpoint().args(["report", "--format", "json", REFERENCE]));
}

#[test]
fn report_markdown() {
    assert_cmd_snapshot!("report_markdown", standpoint().args(["report", "--format", "markdown", REFERENCE]));
}

#[test]
fn report_from_stdin() {
    let text = reference_text();
    let from_file = standpoint().args(["report", "--format", "json", REFERENCE]).output().unwrap();
    let mut file_json: serde_json::Value = serde_json::from_slice(&from_file.stdout).unwrap();
    // Only the source differs.
    file_json["source"] = "-".into();
    for args in [&["report", "--format", "json"][..], &["report", "--format", "json", "-"]] {
        let out = output_with_stdin(standpoint().args(args), text.as_bytes());
        assert!(out.status.success(), "{args:?}");
        let stdin_json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(stdin_json, file_json, "{args:?}");
    }
}

/// The learned layer relabels a speaker the rules call neutral (in this
/// fixture, an opposition councillor's objection with no lexicon cue) and cites the words
/// that decided it; `--rules-only` gives the rules' label and no such words,
/// and the utterances are the same either way.
#[test]
fn rules_only_turns_the_learned_layer_off() {
    let fixture = "fixtures/articles/pattern-colon-paragraph.txt";
    let json = |args: &[&str]| -> serde_json::Value {
        let out = standpoint().args(args).arg(fixture).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let learned = json(&["report", "--format", "json"]);
    let rules = json(&["--rules-only", "report", "--format", "json"]);
    let speaker = |report: &serde_json::Value| {
        report["speakers"].as_array().unwrap().iter().find(|s| s["name"] == "Della Farrant").unwrap().clone()
    };
    let (by_layer, by_rules) = (speaker(&learned), speaker(&rules));
    assert_eq!((by_rules["stance"].as_str(), by_layer["stance"].as_str()), (Some("neutral"), Some("cautious")));
    let cited =
        |s: &serde_json::Value| s["evidence"].as_array().unwrap().iter().filter(|e| e["kind"] == "learned").count();
    assert_eq!(cited(&by_rules), 0);
    assert!(cited(&by_layer) > 0);
    // Each cited word stands where the evidence says.
    let text = std::fs::read_to_string(workspace_root().join(fixture)).unwrap();
    for e in by_layer["evidence"].as_array().unwrap().iter().filter(|e| e["kind"] == "learned") {
        let (a, b) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], e["text"].as_str().unwrap());
    }
    assert_eq!(learned["utterances"], rules["utterances"]);
}

#[test]
fn report_several_files_json_is_an_array() {
    let out = standpoint().args(["report", "--format", "json", REFERENCE, REFERENCE]).output().unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reports = value.as_array().expect("an array for several files");
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0], reports[1]);
    assert_eq!(reports[0]["source"], REFERENCE);
}

#[test]
fn report_several_files_text() {
    assert_cmd_snapshot!("report_several_files_text", standpoint().args(["report", REFERENCE, REFERENCE]));
}

#[test]
fn quotes() {
    assert_cmd_snapshot!("quotes", standpoint().args(["quotes", REFERENCE]));
}

// compare: the reference and a copy where one speaker says the opposite.

/// The reference article with Moon's hopeful words replaced by worried ones.
fn flipped_reference() -> String {
    let text = reference_text();
    let text = replace(
        &text,
        "Chairman Kim wants to repeatedly convey his unwavering trust in expectations for you while \
         expressing his hope the meet you soon … you are indeed the only person who can solve this problem",
        "I worry that a second meeting is premature. There is too much risk and not yet any \
         verifiable progress, and I have serious doubts about the North’s commitment",
    );
    replace(
        &text,
        "When Tongchang-ri is dismantled, then no more missile launches will be possible. \
         This means no more development of missiles",
        "Even if Tongchang-ri is dismantled, I doubt it will stop the missile launches. \
         We must be very cautious",
    )
}

fn compare_dir() -> tempfile::TempDir {
    temp_with(&[("reference.txt", reference_text().as_bytes()), ("flipped.txt", flipped_reference().as_bytes())])
}

#[test]
fn compare() {
    let dir = compare_dir();
    assert_cmd_snapshot!("compare", standpoint_in(dir.path()).args(["compare", "reference.txt", "flipped.txt"]));
}

#[test]
fn compare_json() {
    let dir = compare_dir();
    assert_cmd_snapshot!(
        "compare_json",
        standpoint_in(dir.path()).args(["compare", "--format", "json", "reference.txt", "flipped.txt"])
    );
}

// Input quirks that must still give a report.

#[test]
fn invalid_utf8_warns_once_and_reports() {
    let mut bytes = b"\xEF\xBB\xBFThe minister said the talks were \xFF\xFE going \xC3 well.\n".to_vec();
    bytes.extend_from_slice("“We are in no rush,” she said.\n".as_bytes());
    let dir = temp_with(&[("latin1.txt", &bytes)]);
    assert_cmd_snapshot!("invalid_utf8", standpoint_in(dir.path()).args(["report", "--format", "json", "latin1.txt"]));
}

#[test]
fn bom_and_crlf_do_not_change_the_report() {
    let text = reference_text();
    let with_bom = format!("\u{FEFF}{text}");
    let crlf = text.replace('\n', "\r\n");
    let plain = temp_with(&[("article.txt", text.as_bytes())]);
    let bom = temp_with(&[("article.txt", with_bom.as_bytes())]);
    let dos = temp_with(&[("article.txt", crlf.as_bytes())]);
    let run = |dir: &tempfile::TempDir, args: &[&str]| {
        let out = standpoint_in(dir.path()).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));
        String::from_utf8(out.stdout).unwrap()
    };
    // Offsets count from after the BOM, so the JSON is the same.
    let json = ["report", "--format", "json", "article.txt"];
    assert_eq!(run(&bom, &json), run(&plain, &json));
    // CRLF moves byte offsets but not lines and columns.
    let quotes = ["quotes", "article.txt"];
    assert_eq!(run(&dos, &quotes), run(&plain, &quotes));
    assert_eq!(run(&bom, &quotes), run(&plain, &quotes));
}

#[test]
fn empty_file() {
    let dir = temp_with(&[("empty.txt", b"")]);
    assert_cmd_snapshot!("empty_file", standpoint_in(dir.path()).args(["report", "empty.txt"]));
}

#[test]
fn quote_free_file() {
    let dir =
        temp_with(&[("plain.txt", b"Markets closed higher on Tuesday.\n\nTrading was light ahead of the holiday.\n")]);
    assert_cmd_snapshot!(
        "quote_free_file",
        standpoint_in(dir.path()).args(["report", "--format", "json", "plain.txt"])
    );
}

// Errors: one line on stderr naming the path and the cause, exit code 1.

#[test]
fn missing_file() {
    assert_cmd_snapshot!("missing_file", standpoint().args(["report", "no-such-article.txt"]));
}

#[test]
fn missing_file_among_others_still_reports_the_rest() {
    assert_cmd_snapshot!(
        "missing_file_among_others",
        standpoint().args(["report", "--format", "json", "no-such-article.txt", REFERENCE])
    );
}

#[test]
fn directory() {
    assert_cmd_snapshot!("directory", standpoint().args(["report", "fixtures/articles"]));
}

#[test]
fn binary_file() {
    let dir = temp_with(&[("photo.jpg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01")]);
    assert_cmd_snapshot!("binary_file", standpoint_in(dir.path()).args(["quotes", "photo.jpg"]));
}

#[test]
fn binary_stdin() {
    assert_cmd_snapshot!("binary_stdin", standpoint().arg("report").pass_stdin(b"GIF89a\x01\x00\x01\x00".to_vec()));
}

#[test]
fn utf16_file() {
    let dir = temp_with(&[("utf16.txt", b"\xFF\xFEH\x00i\x00")]);
    assert_cmd_snapshot!("utf16_file", standpoint_in(dir.path()).args(["report", "utf16.txt"]));
}

#[test]
fn compare_stops_at_a_missing_file() {
    assert_cmd_snapshot!("compare_missing_file", standpoint().args(["compare", REFERENCE, "no-such-article.txt"]));
}

#[test]
fn unusable_topic_profile() {
    let dir = temp_with(&[("topic.json", b"{ this is not json"), ("article.txt", reference_text().as_bytes())]);
    assert_cmd_snapshot!(
        "topic_invalid",
        standpoint_in(dir.path()).args(["report", "--topic", "topic.json", "article.txt"])
    );
}

#[test]
fn toml_topic_profile() {
    // A `.toml` profile is read as TOML; the report names its question.
    let profile = b"name = \"second summit\"\nterms = [\"summit\", \"meeting\"]\n\n[cues]\n\"no rush\" = 0.2\n";
    let dir = temp_with(&[("topic.toml", profile), ("article.txt", reference_text().as_bytes())]);
    assert_cmd_snapshot!(
        "topic_toml",
        standpoint_in(dir.path()).args(["report", "--topic", "topic.toml", "article.txt"])
    );
}

#[test]
fn missing_topic_profile() {
    assert_cmd_snapshot!("topic_missing", standpoint().args(["quotes", "--topic", "no-such-topic.json", REFERENCE]));
}

#[test]
fn permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_with(&[("secret.txt", b"\"Hello,\" she said.")]);
    let path = dir.path().join("secret.txt");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading, so there is no
        // error to see. The message itself is unit tested in `input`.
        return;
    }
    let out = standpoint_in(dir.path()).args(["report", "secret.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "standpoint: secret.txt: permission denied\n");
}

// Usage errors: clap's message, exit code 2.

#[test]
fn usage_unknown_flag() {
    assert_cmd_snapshot!("usage_unknown_flag", standpoint().args(["report", "--verbose", REFERENCE]));
}

#[test]
fn usage_bad_format() {
    assert_cmd_snapshot!("usage_bad_format", standpoint().args(["report", "--format", "yaml", REFERENCE]));
}

#[test]
fn usage_compare_needs_two_files() {
    assert_cmd_snapshot!("usage_compare_one_file", standpoint().args(["compare", REFERENCE]));
}

#[test]
fn usage_stdin_twice() {
    assert_cmd_snapshot!("usage_stdin_twice", standpoint().args(["report", "-", "-"]));
}

#[test]
fn usage_no_command() {
    assert_cmd_snapshot!("usage_no_command", standpoint());
}

// Colour.

#[test]
fn colour_is_off_when_piped_and_on_when_asked() {
    let run = |args: &[&str], no_color: Option<&str>| {
        let mut cmd = standpoint();
        cmd.args(args);
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        out.stdout.contains(&0x1b)
    };
    assert!(!run(&["report", REFERENCE], None));
    assert!(!run(&["report", "--color", "auto", REFERENCE], None));
    assert!(run(&["report", "--color", "always", REFERENCE], None));
    assert!(run(&["--color", "always", "report", REFERENCE], Some("1")));
    assert!(!run(&["report", "--color", "never", REFERENCE], None));
    // JSON and markdown are never coloured.
    assert!(!run(&["report", "--color", "always", "--format", "json", REFERENCE], None));
    assert!(!run(&["report", "--color", "always", "--format", "markdown", REFERENCE], None));
}

// A reader that goes away.

/// Runs `standpoint args` with the reference article on stdin and stdout
/// already closed, so the first write fails with a broken pipe whatever the
/// timing: the program cannot write before it has read all of stdin, and
/// stdin is closed only after stdout is.
fn run_with_closed_stdout(args: &[&str]) -> (Option<i32>, String) {
    let mut child =
        standpoint().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    // Big enough that the output cannot be empty.
    stdin.write_all(reference_text().as_bytes()).unwrap();
    drop(stdin);
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    (child.wait().unwrap().code(), stderr)
}

#[test]
fn closed_pipe_is_quiet() {
    for args in [
        &["report"][..],
        &["report", "--evidence"],
        &["report", "--format", "json", "-", REFERENCE],
        &["report", "--format", "markdown"],
        &["quotes"],
        &["compare", "-", REFERENCE],
    ] {
        let (code, stderr) = run_with_closed_stdout(args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        for noise in ["panick", "Broken pipe", "broken pipe", "error"] {
            assert!(!stderr.contains(noise), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn closed_pipe_completions_and_man() {
    // These write without reading, so the pipe may close before or after
    // the write; either way the exit is quiet.
    for args in [&["completions", "bash"][..], &["man"]] {
        let mut child = standpoint().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

// Completions and man page.

#[test]
fn completions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = standpoint().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        // Fish spells options `-l format`, so look for the bare names.
        for word in ["standpoint", "report", "quotes", "compare", "format", "topic"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
}

#[test]
fn man_page() {
    let out = standpoint().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH standpoint 1"), "{page}");
    assert!(page.contains("report"));
}
