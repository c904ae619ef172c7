//! `standpoint batch`: a corpus in, one JSON line per article out.
//!
//! The run is an ordered, bounded pipeline of three stages on their own
//! threads:
//!
//! 1. a reader cuts the inputs into chunks of at most about 1 MB
//!    ([`crate::batch_input`]);
//! 2. a coordinator hands each chunk to the rayon pool, whose workers take
//!    it in groups of up to 256 items, in parallel, and take each group through
//!    decode, parse, classify and serialize one stage at a time; it collects
//!    the results in input order;
//! 3. the calling thread writes each chunk's records in order (or merges
//!    them into the `--summary` corpus) and draws the progress bar.
//!
//! Two channels of capacity one link the stages, so at most about four
//! chunks exist at any time: memory depends on the chunk size and the
//! longest line, never on the size of the corpus. Every item gives exactly
//! one record, a report or an error, so nothing is lost; a panic while
//! analysing one article (which would be a bug in the parser) becomes that
//! article's error record instead of ending the run.

use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::value::RawValue;
use standpoint_stance::{Classifier, Corpus, Report};

use crate::args::SummaryFormat;
use crate::batch_input::{self, Item, Reader};
use crate::batch_summary;
use crate::diag;
use crate::input::{Input, Source, io_cause};
use crate::pipeline;
use crate::report_json;

/// How to run a batch.
#[derive(Debug, Clone)]
pub struct Options {
    /// Worker threads; `None` means one per core.
    pub threads: Option<usize>,
    /// Print the corpus summary in this format in place of the JSONL.
    pub summary: Option<SummaryFormat>,
    /// Draw a progress bar on stderr.
    pub progress: bool,
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Articles reported.
    pub articles: usize,
    /// Speakers, summed over the articles.
    pub speakers: usize,
    /// Lines, files and inputs that gave an error record.
    pub failures: usize,
    /// Input bytes read.
    pub bytes: u64,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
        write!(
            f,
            "{}, {}, {}, {mb:.1} MB in {secs:.2} s ({:.1} MB/s)",
            plural(self.articles, "article"),
            plural(self.speakers, "speaker"),
            plural(self.failures, "failure"),
            if secs > 0.0 { mb / secs } else { 0.0 },
        )
    }
}

/// The result of one item.
struct Outcome {
    /// The JSONL record, line ending included (empty in summary mode when
    /// the item succeeded).
    record: Vec<u8>,
    /// The report, kept only in summary mode.
    report: Option<Report>,
    /// Speakers in the report; `None` when the item failed.
    speakers: Option<usize>,
    /// Why the item failed, for stderr in summary mode: `where: reason`.
    failure: Option<String>,
    /// A warning for stderr (invalid UTF-8 in a file).
    warning: Option<(String, String)>,
    /// Input bytes the item stands for.
    bytes: u64,
}

/// Runs a batch, writing JSONL (or the summary) to `out` and the summary
/// line (and progress bar) to stderr.
pub fn run<W: Write>(
    out: &mut W,
    inputs: &[Source],
    classifier: &Classifier,
    options: &Options,
) -> anyhow::Result<Stats> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .thread_name(|i| format!("standpoint-batch-{i}"))
        .build()
        .context("cannot start the worker threads")?;
    let names: Vec<String> = inputs.iter().map(Source::name).collect();
    let keep_reports = options.summary.is_some();
    let bar = progress_bar(options.progress, batch_input::total_size(inputs));
    let start = Instant::now();
    let mut stats = Stats::default();
    let mut corpus = Corpus::new();

    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (chunk_tx, chunk_rx) = sync_channel::<Vec<Item>>(1);
        let (done_tx, done_rx) = sync_channel::<Vec<Outcome>>(1);
        let mut reader = Reader::new(inputs.to_vec());
        scope.spawn(move || {
            loop {
                let chunk = reader.next_chunk();
                // A send fails when the writer has stopped (a closed pipe).
                if chunk.is_empty() || chunk_tx.send(chunk).is_err() {
                    break;
                }
            }
        });
        let names = &names;
        scope.spawn(move || {
            for chunk in chunk_rx {
                let group = stage_group(chunk.len(), pool.current_num_threads());
                let outcomes: Vec<Outcome> = pool.install(|| {
                    chunk
                        .into_par_iter()
                        .chunks(group)
                        .flat_map_iter(|group| process_group(group, names, classifier, keep_reports))
                        .collect()
                });
                if done_tx.send(outcomes).is_err() {
                    break;
                }
            }
        });
        for outcomes in done_rx {
            for o in outcomes {
                stats.bytes += o.bytes;
                match o.speakers {
                    Some(n) => {
                        stats.articles += 1;
                        stats.speakers += n;
                    }
                    None => stats.failures += 1,
                }
                if let Some((label, warning)) = &o.warning {
                    bar.suspend(|| diag::warning(label, warning));
                }
                if let Some(report) = &o.report {
                    corpus.add(report);
                }
                if keep_reports {
                    if let Some(failure) = &o.failure {
                        bar.suspend(|| diag::error(failure));
                    }
                } else {
                    out.write_all(&o.record)?;
                }
            }
            bar.set_position(stats.bytes);
            let secs = start.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!("{} articles ({:.0}/s)", stats.articles, stats.articles as f64 / secs));
        }
        Ok(())
    })?;

    if let Some(format) = options.summary {
        batch_summary::write(out, corpus, format, &stats)?;
    }
    stats.elapsed = start.elapsed();
    bar.finish_and_clear();
    // Like every stderr line, a failed write has nowhere to be reported.
    let _ = writeln!(io::stderr().lock(), "standpoint: batch: {stats}");
    Ok(stats)
}

fn progress_bar(enabled: bool, total: Option<u64>) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = match total {
        Some(_) => "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {msg}",
        None => "{spinner} [{elapsed_precise}] {bytes} {bytes_per_sec} {msg}",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// How many items of a chunk go through each stage together (see
/// [`process_group`]): as many as leave every thread about four groups of
/// the chunk to balance the load, from 16 to 256. On one thread over the
/// generated corpus, groups of 16 took 3.4–3.6 s, of 64 3.1–3.2 s and of
/// 256 3.1 s; on two threads, groups of 1,024 (one or two per thread) lost
/// a fifth of the time waiting for the slowest.
fn stage_group(items: usize, threads: usize) -> usize {
    (items / (4 * threads.max(1))).clamp(16, 256)
}

/// Analyses a group of items in input order, one stage at a time: all are
/// decoded, then all parsed, then all classified, then all written. Never
/// fails, as failures are records too.
///
/// Stage by stage rather than item by item because the analysis is branchy
/// code with large tables: while the parser runs many times in a row,
/// its branches and tables stay warm in the CPU, and then the classifier's
/// do. On one thread over the generated corpus that does the same work in
/// about a fifth less time (docs/performance.md); the output is the
/// same bytes.
///
/// Never inlined: the profile reads the stages from its call edges
/// (docs/performance.md).
#[inline(never)]
fn process_group(items: Vec<Item>, names: &[String], classifier: &Classifier, keep_report: bool) -> Vec<Outcome> {
    let jobs: Vec<Decoded<'_>> = items.iter().map(|item| decode(item, names)).collect();
    let articles: Vec<Option<Result<standpoint_core::Article<'_>, String>>> =
        jobs.iter().map(|job| job.job().map(|job| guarded(|| standpoint_core::parse(job.body.text())))).collect();
    let reports: Vec<Option<Result<Report, String>>> = articles
        .iter()
        .zip(&jobs)
        .map(|(article, job)| match (article, job) {
            (Some(Ok(article)), Decoded::Job(job)) => Some(guarded(|| classifier.report(article, &job.source))),
            (Some(Err(error)), _) => Some(Err(error.clone())),
            _ => None,
        })
        .collect();
    drop(articles);
    jobs.into_iter()
        .zip(reports)
        .map(|(job, report)| match (job, report) {
            (Decoded::Job(job), Some(report)) => job.finish(report, names, keep_report),
            (Decoded::Done(outcome), _) => outcome,
            (Decoded::Job(_), None) => unreachable!("every decoded item is parsed and classified"),
        })
        .collect()
}

/// Runs one stage on one article; a panic in it (a bug) becomes the reason
/// for the article's error record instead of ending the run.
fn guarded<T>(stage: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(stage))
        .map_err(|_| "internal error: analysing this article panicked; please report it".to_string())
}

/// An item after decoding: a job to analyse, or already its error record.
enum Decoded<'a> {
    Job(Job<'a>),
    Done(Outcome),
}

impl<'a> Decoded<'a> {
    fn job(&self) -> Option<&Job<'a>> {
        match self {
            Decoded::Job(job) => Some(job),
            Decoded::Done(_) => None,
        }
    }
}

/// A decoded item, waiting to be analysed.
struct Job<'a> {
    id: Id<'a>,
    /// The record's other fields (JSONL only).
    extra: Vec<(String, &'a RawValue)>,
    body: Body,
    /// The name for reports.
    source: String,
    /// Where the item came from, for an error record.
    input: usize,
    line: Option<usize>,
    /// A warning for stderr (invalid UTF-8 in a file).
    warning: Option<(String, String)>,
    /// Input bytes the item stands for.
    bytes: u64,
}

/// The text of a job.
enum Body {
    /// A JSONL record's decoded `text`.
    Record(String),
    /// A file's decoded contents.
    File(Input),
}

impl Body {
    fn text(&self) -> &str {
        match self {
            Body::Record(text) => text.strip_prefix('\u{FEFF}').unwrap_or(text),
            Body::File(input) => input.text(),
        }
    }
}

/// Decodes one item, or gives its error record.
fn decode<'a>(item: &'a Item, names: &[String]) -> Decoded<'a> {
    match item {
        Item::Line { input, line, bytes, size } => match json_line(bytes) {
            Ok(record) => Decoded::Job(Job {
                id: if record.id.is_some() { Id::Raw(record.id) } else { Id::Line(*line) },
                extra: record.extra,
                body: Body::Record(record.text),
                source: format!("{}:{line}", names[*input]),
                input: *input,
                line: Some(*line),
                warning: None,
                bytes: *size,
            }),
            Err((id, error)) => {
                let mut outcome = failure(&names[*input], Some(*line), id.map(RawValue::get), None, error);
                outcome.bytes = *size;
                Decoded::Done(outcome)
            }
        },
        Item::File { input, id, path, size } => {
            let read = batch_input::read_file(path).map_err(|e| io_cause(&e)).and_then(|bytes| {
                let source = path.display().to_string();
                Input::from_bytes(source, id.clone(), bytes).map_err(|e| {
                    // The message names the file first; the record has the id already.
                    let message = e.to_string();
                    message.strip_prefix(&format!("{id}: ")).map_or(message.clone(), str::to_string)
                })
            });
            match read {
                Ok(file) => Decoded::Job(Job {
                    id: Id::Path(id),
                    extra: Vec::new(),
                    source: file.source.clone(),
                    warning: file
                        .invalid_utf8_at
                        .map(|offset| (file.source.clone(), pipeline::Notice::InvalidUtf8 { offset }.to_string())),
                    body: Body::File(file),
                    input: *input,
                    line: None,
                    bytes: *size,
                }),
                Err(error) => {
                    let mut outcome = failure(&names[*input], None, None, Some(id), error);
                    outcome.bytes = *size;
                    Decoded::Done(outcome)
                }
            }
        }
        Item::Failed { input, line, id, error } => {
            Decoded::Done(failure(&names[*input], *line, None, id.as_deref(), error.clone()))
        }
    }
}

/// The id of a record.
enum Id<'a> {
    /// The `id` of a JSONL record, as written.
    Raw(Option<&'a RawValue>),
    /// The line of a JSONL record without an `id`.
    Line(usize),
    /// A file's path relative to its directory.
    Path(&'a str),
}

impl Job<'_> {
    /// The job's record: its report, or the error that stopped it.
    fn finish(self, report: Result<Report, String>, names: &[String], keep_report: bool) -> Outcome {
        let mut outcome = match report {
            Ok(report) => self.record(report, keep_report),
            Err(error) => {
                let (raw_id, path_id) = match self.id {
                    Id::Raw(raw) => (raw.map(RawValue::get), None),
                    Id::Line(_) => (None, None),
                    Id::Path(path) => (None, Some(path)),
                };
                failure(&names[self.input], self.line, raw_id, path_id, error)
            }
        };
        outcome.warning = self.warning;
        outcome.bytes = self.bytes;
        outcome
    }

    /// The JSONL record of a report: the id, the input's other fields, then
    /// the report's.
    fn record(&self, report: Report, keep_report: bool) -> Outcome {
        let speakers = Some(report.speakers.len());
        if keep_report {
            return Outcome {
                record: Vec::new(),
                report: Some(report),
                speakers,
                failure: None,
                warning: None,
                bytes: 0,
            };
        }
        let text = self.body.text();
        // A record is about four times its text (the report repeats the
        // quoted words with their offsets), and six times for nine in ten:
        // room for that up front saves copying the record as it grows. Pages
        // never written are never touched.
        let mut record = Vec::with_capacity(text.len() * 6 + 256);
        record.extend_from_slice(b"{\"id\":");
        match self.id {
            Id::Raw(raw) => record.extend_from_slice(raw.map_or("null", RawValue::get).as_bytes()),
            Id::Line(line) => {
                record.truncate(1);
                record.extend_from_slice(format!("\"line\":{line}").as_bytes());
            }
            Id::Path(path) => json_string(&mut record, path),
        }
        for (key, value) in &self.extra {
            record.push(b',');
            if REPORT_FIELDS.contains(&key.as_str()) {
                json_string(&mut record, &format!("input.{key}"));
            } else {
                json_string(&mut record, key);
            }
            record.push(b':');
            record.extend_from_slice(value.get().as_bytes());
        }
        // The report is an object: its opening brace becomes the comma that
        // joins its fields to ours.
        let at = record.len();
        report_json::write_report(&mut record, &report);
        record[at] = b',';
        record.push(b'\n');
        Outcome { record, report: None, speakers, failure: None, warning: None, bytes: 0 }
    }
}

/// Every byte of a `u64` set to `b`.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Whether any of eight bytes needs escaping in JSON: a control byte, a
/// double quote or a backslash.
fn needs_escape(x: u64) -> bool {
    escape_bits(x) != 0
}

/// The high bit of each of eight bytes (little-endian) that may need
/// escaping in JSON. Exact for "none" and for the lowest bit set, which
/// marks the first byte that needs it: a borrow only runs upwards from a
/// byte that matched, and bytes from 0x80 on never borrow.
fn escape_bits(x: u64) -> u64 {
    const HIGH: u64 = splat(0x80);
    let below_space = x.wrapping_sub(splat(0x20)) & !x & HIGH;
    let equal = |b: u8| {
        let t = x ^ splat(b);
        t.wrapping_sub(splat(0x01)) & !t & HIGH
    };
    below_space | equal(b'"') | equal(b'\\')
}

/// Eight bytes as a little-endian `u64` (zero if there are not eight).
fn chunk_u64(c: &[u8]) -> u64 {
    u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))
}

/// Whether none of sixteen bytes needs escaping in JSON. Every byte is
/// tested, without a branch, which the compiler turns into a few vector
/// compares: a third of the instructions of [`needs_escape`] on two
/// eights.
#[inline]
fn clean16(c: &[u8; 16]) -> bool {
    c.iter().fold(0u8, |bad, &x| bad | u8::from(x < 0x20) | u8::from(x == b'"') | u8::from(x == b'\\')) == 0
}

/// The bytes JSON escapes: control bytes, the double quote, the backslash.
static ESCAPED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b < 0x20 || b == b'"' as usize || b == b'\\' as usize;
        b += 1;
    }
    table
};

/// Writes `s` as a JSON string, escaped exactly as serde_json escapes it.
/// Most of a report's strings are short (names, evidence kinds, quoted
/// words) and none of them needs escaping, so the whole string is checked
/// first and then copied in one piece. Inlined into the report writer,
/// with the rare escaping kept out of line, since the call itself was a
/// fair part of writing a short string.
#[inline]
pub(crate) fn write_json_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    let clean = match (b.first_chunk::<4>(), b.last_chunk::<8>()) {
        // Sixteen bytes at a time, the last sixteen overlapping the chunk
        // before them.
        _ if b.len() >= 16 => {
            let last = b.last_chunk::<16>().expect("sixteen bytes at least");
            b.chunks_exact(16).all(|c| c.try_into().is_ok_and(clean16)) && clean16(last)
        }
        // Eight to fifteen bytes: the first eight and the last eight.
        (_, Some(&last)) => {
            b.chunks_exact(8).all(|c| !needs_escape(chunk_u64(c))) && !needs_escape(u64::from_le_bytes(last))
        }
        // Four to seven bytes: the first four and the last four, which
        // overlap, tested as one eight.
        (Some(&first), None) => {
            let last = *b.last_chunk::<4>().expect("four bytes at least");
            !needs_escape(u64::from(u32::from_le_bytes(first)) | u64::from(u32::from_le_bytes(last)) << 32)
        }
        (None, None) => !b.iter().any(|&c| ESCAPED[usize::from(c)]),
    };
    out.reserve(b.len() + 2);
    out.push(b'"');
    if clean {
        out.extend_from_slice(b);
    } else {
        write_escaped(out, b);
    }
    out.push(b'"');
}

/// The contents of a string that has something to escape.
#[cold]
#[inline(never)]
fn write_escaped(out: &mut Vec<u8>, b: &[u8]) {
    use serde_json::ser::{CharEscape, Formatter};
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if !ESCAPED[usize::from(c)] {
            continue;
        }
        let escape = match c {
            b'"' => CharEscape::Quote,
            b'\\' => CharEscape::ReverseSolidus,
            0x08 => CharEscape::Backspace,
            0x0C => CharEscape::FormFeed,
            b'\n' => CharEscape::LineFeed,
            b'\r' => CharEscape::CarriageReturn,
            b'\t' => CharEscape::Tab,
            _ => CharEscape::AsciiControl(c),
        };
        out.extend_from_slice(&b[from..i]);
        // Writing to a Vec cannot fail.
        let _ = serde_json::ser::CompactFormatter.write_char_escape(out, escape);
        from = i + 1;
    }
    out.extend_from_slice(&b[from..]);
}

/// The top-level fields of a report (and of an error record); input fields
/// with these names are renamed `input.<name>`.
const REPORT_FIELDS: &[&str] = &["id", "line", "source", "topic", "speakers", "utterances", "error", "input"];

/// An error record: `{"input", "line", "id", "error"}`, each only when known.
fn failure(input: &str, line: Option<usize>, raw_id: Option<&str>, path_id: Option<&str>, error: String) -> Outcome {
    let mut record = Vec::with_capacity(64 + error.len());
    record.extend_from_slice(b"{\"input\":");
    json_string(&mut record, input);
    let mut place = input.to_string();
    if let Some(line) = line {
        record.extend_from_slice(format!(",\"line\":{line}").as_bytes());
        place = format!("{place}:{line}");
    }
    if let Some(raw) = raw_id {
        record.extend_from_slice(b",\"id\":");
        record.extend_from_slice(raw.as_bytes());
    }
    if let Some(path) = path_id {
        record.extend_from_slice(b",\"id\":");
        json_string(&mut record, path);
        place = format!("{place}/{path}");
    }
    record.extend_from_slice(b",\"error\":");
    json_string(&mut record, &error);
    record.extend_from_slice(b"}\n");
    Outcome {
        record,
        report: None,
        speakers: None,
        failure: Some(format!("{place}: {error}")),
        warning: None,
        bytes: 0,
    }
}

fn json_string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(out, s).expect("a string always serializes");
}

/// A JSONL record, decoded.
#[derive(Debug)]
struct Record<'a> {
    id: Option<&'a RawValue>,
    text: String,
    /// The other fields, in input order, as written.
    extra: Vec<(String, &'a RawValue)>,
}

/// The fields of a JSON object in order, values left as written.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Fields<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// A well-formed record in one pass, its text decoded as it is read. Any
/// fault (no `text`, one that is not a valid string, a field twice) is an
/// error without a reason: [`json_line`] then reads the line again, field
/// by field, to say what is wrong.
impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Record<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object with a `text` string")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
                use serde::de::Error;
                let mut id = None;
                let mut text = None;
                let mut extra = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" if id.is_none() => id = Some(map.next_value()?),
                        "text" if text.is_none() => text = Some(map.next_value()?),
                        "id" | "text" => return Err(A::Error::custom("a field twice")),
                        _ => extra.push((key, map.next_value()?)),
                    }
                }
                let text = text.ok_or_else(|| A::Error::custom("no text"))?;
                Ok(Record { id, text, extra })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// The common record read without serde: an object whose values are all
/// strings, with no `\u` escape in the text and no escape in a key.
/// `None` for anything else (and for any fault), which [`json_line`] then
/// reads with serde_json; so this must give exactly what that gives, or
/// nothing.
///
/// It exists for the text: serde_json scanned it eight bytes at a time
/// and copied it twice (into its scratch buffer, then into the `String`),
/// about six instructions per byte of article; here it is scanned sixteen
/// bytes at a time and copied once, about three.
fn quick_record(line: &str) -> Option<Record<'_>> {
    let b = line.as_bytes();
    let mut at = skip_space(b, 0);
    if b.get(at) != Some(&b'{') {
        return None;
    }
    let mut id = None;
    let mut text = None;
    let mut extra = Vec::new();
    at = skip_space(b, at + 1);
    loop {
        if b.get(at) != Some(&b'"') {
            return None;
        }
        let key_end = at + 1 + b[at + 1..].iter().position(|&c| ESCAPED[usize::from(c)])?;
        if b[key_end] != b'"' {
            return None;
        }
        let key = &line[at + 1..key_end];
        at = skip_space(b, key_end + 1);
        if b.get(at) != Some(&b':') {
            return None;
        }
        at = skip_space(b, at + 1);
        if b.get(at) != Some(&b'"') {
            return None;
        }
        if key == "text" {
            let mut decoded = String::with_capacity(b.len() - at);
            let end = decode_string(line, at + 1, &mut decoded)?;
            if text.replace(decoded).is_some() {
                return None;
            }
            at = end + 1;
        } else {
            // serde_json checks the value as its own way does for these.
            let end = string_end(b, at + 1)?;
            let raw: &RawValue = serde_json::from_str(&line[at..=end]).ok()?;
            if key != "id" {
                extra.push((key.to_string(), raw));
            } else if id.replace(raw).is_some() {
                return None;
            }
            at = end + 1;
        }
        at = skip_space(b, at);
        match b.get(at) {
            Some(b',') => at = skip_space(b, at + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if skip_space(b, at + 1) != b.len() {
        return None;
    }
    Some(Record { id, text: text?, extra })
}

/// The offset of the quote that ends a JSON string whose contents start at
/// `from`, if the string is well formed (which it does not check).
fn string_end(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        at += b.get(at..)?.iter().position(|&c| c == b'"' || c == b'\\')?;
        if b[at] == b'"' {
            return Some(at);
        }
        at += 2;
    }
}

/// The first byte at or after `at` that is not JSON whitespace.
fn skip_space(b: &[u8], at: usize) -> usize {
    at + b.get(at..).map_or(0, |rest| rest.iter().take_while(|c| matches!(c, b' ' | b'\n' | b'\t' | b'\r')).count())
}

/// Decodes the JSON string whose contents start at `from` into `out`, and
/// gives the offset of its closing quote; `None` at a `\u` escape (left
/// to serde_json, with its surrogate pairs) or at anything JSON forbids.
fn decode_string(line: &str, from: usize, out: &mut String) -> Option<usize> {
    let b = line.as_bytes();
    // The bytes from `run` to `at` are plain, waiting to be copied.
    let mut run = from;
    let mut at = from;
    loop {
        // Quotes and paragraph breaks come every few dozen bytes in news
        // text, so the byte to stop at is found in a chunk that has one
        // from its two eights' escape bits, not byte by byte.
        loop {
            match b.get(at..).and_then(<[u8]>::first_chunk::<16>) {
                Some(chunk) if clean16(chunk) => at += 16,
                Some(chunk) => {
                    let (low, high) = (chunk_u64(&chunk[..8]), chunk_u64(&chunk[8..]));
                    at += match escape_bits(low) {
                        0 => 8 + escape_bits(high).trailing_zeros() as usize / 8,
                        bits => bits.trailing_zeros() as usize / 8,
                    };
                    break;
                }
                None => {
                    while b.get(at).is_some_and(|&c| !ESCAPED[usize::from(c)]) {
                        at += 1;
                    }
                    break;
                }
            }
        }
        // Quotes and backslashes are ASCII, so the runs end on characters.
        match b.get(at)? {
            b'"' => {
                out.push_str(&line[run..at]);
                return Some(at);
            }
            b'\\' => {
                out.push_str(&line[run..at]);
                out.push(match b.get(at + 1)? {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return None,
                });
                at += 2;
                run = at;
            }
            // A control byte, which JSON forbids in a string.
            _ => return None,
        }
    }
}

/// Decodes one JSONL line; on failure, the id (when it could be read) and
/// the reason.
fn json_line(bytes: &[u8]) -> Result<Record<'_>, (Option<&RawValue>, String)> {
    let line = std::str::from_utf8(bytes)
        .map_err(|e| (None, format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())))?;
    // Nearly every line is well formed and read in one pass, most of
    // them by `quick_record`. The way below reads the text twice (once as
    // a raw value, once decoded), and is taken only to say what is wrong
    // with a line.
    if let Some(record) = quick_record(line) {
        return Ok(record);
    }
    if let Ok(record) = serde_json::from_str::<Record>(line) {
        return Ok(record);
    }
    let Fields(fields) = serde_json::from_str(line).map_err(|e| {
        let reason = match e.classify() {
            serde_json::error::Category::Data => "not a JSON object".to_string(),
            _ => format!("invalid JSON: {e}"),
        };
        (None, reason)
    })?;
    let mut id = None;
    let mut text = None;
    let mut extra = Vec::new();
    let mut duplicate = None;
    for (key, value) in fields {
        let slot = match key.as_str() {
            "id" => &mut id,
            "text" => &mut text,
            _ => {
                extra.push((key, value));
                continue;
            }
        };
        if slot.replace(value).is_some() {
            duplicate.get_or_insert(key);
        }
    }
    if let Some(key) = duplicate {
        return Err((id, format!("the field `{key}` appears twice")));
    }
    let Some(text) = text else {
        return Err((id, "no `text` field".into()));
    };
    if !text.get().starts_with('"') {
        return Err((id, "`text` is not a string".into()));
    }
    let text: String =
        serde_json::from_str(text.get()).map_err(|e| (id, format!("`text` is not a valid string: {e}")))?;
    Ok(Record { id, text, extra })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(line: &str) -> String {
        json_line(line.as_bytes()).unwrap_err().1
    }

    #[test]
    fn json_lines() {
        let r = json_line(br#"{"id": 7, "date": "2018-09-24", "text": "Hi \u00e9", "tags": [1, 2]}"#).unwrap();
        assert_eq!(r.id.unwrap().get(), "7");
        assert_eq!(r.text, "Hi é");
        let extra: Vec<(&str, &str)> = r.extra.iter().map(|(k, v)| (k.as_str(), v.get())).collect();
        assert_eq!(extra, vec![("date", "\"2018-09-24\""), ("tags", "[1, 2]")]);
        assert!(json_line(br#"{"text": ""}"#).unwrap().id.is_none());
    }

    #[test]
    fn bad_lines_say_why() {
        assert!(reason("{\"text\": ").starts_with("invalid JSON: EOF"), "{}", reason("{\"text\": "));
        assert!(reason("{text: 1}").starts_with("invalid JSON: key must be a string"));
        assert_eq!(reason("[1, 2]"), "not a JSON object");
        assert_eq!(reason("\"text\""), "not a JSON object");
        assert_eq!(reason(r#"{"id": "a"}"#), "no `text` field");
        assert_eq!(reason(r#"{"id": "a", "text": 3}"#), "`text` is not a string");
        assert_eq!(reason(r#"{"id": "a", "text": null}"#), "`text` is not a string");
        assert_eq!(reason(r#"{"text": "a", "text": "b"}"#), "the field `text` appears twice");
        assert!(reason(r#"{"text": "\ud800"}"#).starts_with("`text` is not a valid string"));
        assert_eq!(
            json_line(b"{\"id\": 1, \"text\": \"caf\xE9\"}").unwrap_err().1,
            "invalid UTF-8 at byte 22 of the line"
        );
        // The id is kept when it was read.
        assert_eq!(json_line(br#"{"id": "a7", "text": []}"#).unwrap_err().0.unwrap().get(), "\"a7\"");
    }

    #[test]
    fn quick_records_are_read_as_serde_json_reads_them() {
        let common = [
            r#"{"id": "a1", "outlet": "CNN", "text": "Line one.\n\n\"Quoted,\" she said \\ \/ \t\r\b\f é “x”"}"#,
            "\t{ \"text\" :\"a\" , \"id\":\"\",\r\n\"z\": \"\"}  ",
            r#"{"text": "0123456789abcdef0123456789abcdef\"0123456789abcdef"}"#,
            r#"{"date": "x", "date": "y", "text": ""}"#,
            r#"{"outlet": "Caf\u00e9 \"\\", "text": "b"}"#,
        ];
        // Lines the quick way leaves to serde_json: other values, `\u`,
        // escaped keys, faults.
        let others = [
            r#"{"id": 7, "text": "a"}"#,
            r#"{"text": "caf\u00e9"}"#,
            r#"{"te\u0078t": "a"}"#,
            r#"{"text": "a", "text": "b"}"#,
            r#"{"id": "a", "id": "b", "text": "c"}"#,
            r#"{"id": "a"}"#,
            r#"{"text": "a",}"#,
            r#"{"text": "a"} x"#,
            r#"{"text": "a\x"}"#,
            "{\"text\": \"a\tb\"}",
            r#"{"text": "a"#,
            r#"{"text": "a", "x": "\q"}"#,
            "{}",
            "[]",
        ];
        for line in common {
            let quick = quick_record(line).unwrap_or_else(|| panic!("{line}"));
            let serde: Record = serde_json::from_str(line).unwrap();
            assert_eq!(format!("{quick:?}"), format!("{serde:?}"), "{line}");
        }
        for line in others {
            assert!(quick_record(line).is_none(), "{line}");
        }
    }

    proptest::proptest! {
        /// Whatever the quick reader accepts, serde_json reads the same way:
        /// objects of keys and values made from every character JSON treats
        /// specially, with any spacing, whole or cut short or with one byte
        /// changed.
        #[test]
        fn the_quick_reader_agrees_with_serde_json_or_declines(
            others in proptest::collection::vec((field_name(), field_value()), 0..4),
            text in field_value(),
            text_at in proptest::prelude::any::<proptest::sample::Index>(),
            space in proptest::sample::select(vec!["", " ", "\t", "\r\n "]),
            cut in proptest::prelude::any::<proptest::sample::Index>(),
            poke in proptest::option::of((proptest::prelude::any::<proptest::sample::Index>(), 0u8..0x80)),
        ) {
            let mut fields = others;
            fields.insert(text_at.index(fields.len() + 1), (r#""text""#.to_string(), text));
            let body: Vec<String> = fields.iter().map(|(k, v)| format!("{space}{k}{space}:{space}{v}{space}")).collect();
            let whole = format!("{space}{{{}}}{space}", body.join(","));
            let mut bytes = whole.clone().into_bytes();
            if let Some((at, b)) = poke {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            let cut_short = &whole[..whole.floor_char_boundary(cut.index(whole.len() + 1))];
            for line in [whole.as_str(), cut_short, std::str::from_utf8(&bytes).unwrap_or("")] {
                if let Some(quick) = quick_record(line) {
                    let serde: Record = serde_json::from_str(line).map_err(|e| {
                        proptest::test_runner::TestCaseError::fail(format!("{line:?}: quick read it, serde_json said {e}"))
                    })?;
                    proptest::prop_assert_eq!(format!("{quick:?}"), format!("{serde:?}"), "{:?}", line);
                }
            }
        }
    }

    /// A key as written in JSON: the two the reader looks for, others, and
    /// escaped ones.
    fn field_name() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        proptest::sample::select(vec![r#""id""#, r#""text""#, r#""outlet""#, r#""te\u0078t""#, r#""a\"b""#, r#""""#])
            .prop_map(str::to_string)
    }

    /// A value as written in JSON: mostly strings of awkward characters,
    /// written by serde_json or with escapes of our own, sometimes not a
    /// string at all.
    fn field_value() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        // (The pieces JSON forbids, and `\u`, which the quick reader
        // leaves to serde_json, are rarer, so that most strings are read.)
        let piece = prop_oneof![
            4 => Just("a".to_string()),
            4 => Just(" ".to_string()),
            4 => Just("é“".to_string()),
            4 => Just("\\\"".to_string()),
            4 => Just(r"\/\b\f\n\r\t".to_string()),
            4 => "[a-z]{16,40}",
            1 => Just(r"\u00e9".to_string()),
            1 => Just(r"\x".to_string()),
            1 => (0u8..0x20).prop_map(|c| char::from(c).to_string()),
        ];
        prop_oneof![
            4 => proptest::collection::vec(piece, 0..8).prop_map(|p| format!("\"{}\"", p.concat())),
            2 => ".{0,20}".prop_map(|s| serde_json::to_string(&s).unwrap()),
            1 => Just("7".to_string()),
            1 => Just("[1, \"a\"]".to_string()),
            1 => Just("null".to_string()),
        ]
    }

    /// A JSONL line as the reader gives it.
    fn line(line: usize, json: &str) -> Item {
        Item::Line { input: 0, line, bytes: json.as_bytes().to_vec(), size: json.len() as u64 + 1 }
    }

    #[test]
    fn records_splice_id_fields_and_report() {
        let json = r#"{"id": "a1", "outlet": "CNN", "source": 1, "text": "“We are in no rush,” the minister said."}"#;
        let names = ["c.jsonl".to_string()];
        let o = process_group(vec![line(3, json)], &names, &Classifier::new(), false).remove(0);
        let text = String::from_utf8(o.record).unwrap();
        assert!(text.ends_with("}\n") && text.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["id"], "a1");
        assert_eq!(v["outlet"], "CNN");
        assert_eq!(v["input.source"], 1);
        assert_eq!(v["source"], "c.jsonl:3");
        assert_eq!(v["speakers"].as_array().unwrap().len(), o.speakers.unwrap());
        assert!(
            text.starts_with(r#"{"id":"a1","outlet":"CNN","input.source":1,"source":"c.jsonl:3","topic":"#),
            "{text}"
        );

        let names = ["-".to_string()];
        let o = process_group(vec![line(9, r#"{"text": ""}"#)], &names, &Classifier::new(), false).remove(0);
        assert!(String::from_utf8(o.record).unwrap().starts_with(r#"{"line":9,"source":"-:9","#));
    }

    #[test]
    fn groups_leave_each_thread_about_four() {
        // A 1 MB chunk of 1.2 KB articles is about 850 items.
        assert_eq!(stage_group(850, 1), 212);
        assert_eq!(stage_group(850, 2), 106);
        assert_eq!(stage_group(850, 64), 16);
        // A last, short chunk, and a pool that reports no threads.
        assert_eq!(stage_group(3, 2), 16);
        assert_eq!(stage_group(0, 0), 16);
    }

    #[test]
    fn a_group_keeps_input_order_with_failures_among_reports() {
        // The stages run over the whole group, so a bad line in the middle
        // must still come out in its place, once, with its own line number.
        let names = ["g.jsonl".to_string()];
        let lines = [
            r#"{"id": 1, "text": "“Yes,” Ann Lee said."}"#,
            "{not json",
            r#"{"id": 3, "text": "“No,” Bo Park said."}"#,
        ];
        let items = lines.iter().enumerate().map(|(i, json)| line(i + 1, json)).collect();
        let out = process_group(items, &names, &Classifier::new(), false);
        let records: Vec<String> = out.iter().map(|o| String::from_utf8(o.record.clone()).unwrap()).collect();
        assert_eq!(out.len(), 3);
        assert!(records[0].starts_with(r#"{"id":1,"#) && records[0].contains("Ann Lee"), "{}", records[0]);
        assert!(records[1].starts_with(r#"{"input":"g.jsonl","line":2,"error":"invalid JSON"#), "{}", records[1]);
        assert!(records[2].starts_with(r#"{"id":3,"#) && records[2].contains("Bo Park"), "{}", records[2]);
        assert_eq!(out.iter().map(|o| o.speakers.is_some()).collect::<Vec<_>>(), [true, false, true]);
        // Each record stands for the bytes of its own line, ending included.
        let sizes: Vec<u64> = lines.iter().map(|json| json.len() as u64 + 1).collect();
        assert_eq!(out.iter().map(|o| o.bytes).collect::<Vec<_>>(), sizes);
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        // Every byte that is escaped, at every offset of an eight-byte
        // chunk, between ASCII and wider characters.
        let mut strings: Vec<String> = vec![String::new(), "plain text that runs past eight".into()];
        for c in (0u8..0x20).chain([b'"', b'\\', 0x7F]) {
            for pad in 0..10 {
                strings.push(format!("{}{}é “x” {}", "a".repeat(pad), char::from(c), "b".repeat(9 - pad)));
            }
        }
        for s in &strings {
            let mut ours = Vec::new();
            write_json_str(&mut ours, s);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn error_records() {
        let id = RawValue::from_string("12".into()).unwrap();
        let o = failure("c.jsonl", Some(4), Some(id.get()), None, "no `text` field".into());
        assert_eq!(
            String::from_utf8(o.record).unwrap(),
            "{\"input\":\"c.jsonl\",\"line\":4,\"id\":12,\"error\":\"no `text` field\"}\n"
        );
        assert_eq!(o.failure.unwrap(), "c.jsonl:4: no `text` field");
        let o = failure("dir", None, None, Some("a/b.txt"), "looks binary".into());
        assert_eq!(
            String::from_utf8(o.record).unwrap(),
            "{\"input\":\"dir\",\"id\":\"a/b.txt\",\"error\":\"looks binary\"}\n"
        );
        assert_eq!(o.failure.unwrap(), "dir/a/b.txt: looks binary");
    }

    #[test]
    fn summary_line() {
        let stats =
            Stats { articles: 1, speakers: 3, failures: 0, bytes: 2_500_000, elapsed: Duration::from_millis(500) };
        assert_eq!(stats.to_string(), "1 article, 3 speakers, 0 failures, 2.5 MB in 0.50 s (5.0 MB/s)");
    }
}
