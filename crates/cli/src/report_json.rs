//! A [`Report`] as one line of compact JSON, written by hand for `batch`.
//!
//! The bytes are exactly what serde_json's compact output is for the
//! derived `Serialize` impls: those impls stay
//! the definition of the contract, for library users and for `report
//! --format json`, and the tests hold this writer to them. Going through
//! serde cost a call per field and a lookup per key (about 20 instructions
//! per byte of article text, half of the output's cost); here every key is
//! a constant, joined with the punctuation around it into one copy.
//!
//! Each struct is taken apart with an exhaustive pattern, so a field added
//! to a report type fails to compile here until it is written.

use serde_json::ser::Formatter;
use standpoint_core::{SpeakerKind, UtteranceKind};
use standpoint_stance::{Evidence, Report, SpeakerReport, Stance, Topic, UtteranceReport};

use crate::batch::write_json_str;

/// Writes `report` as serde_json's compact output does, into `out`.
pub(crate) fn write_report(out: &mut Vec<u8>, report: &Report) {
    let Report { source, topic, speakers, utterances } = report;
    out.extend_from_slice(b"{\"source\":");
    write_json_str(out, source);
    out.extend_from_slice(b",\"topic\":");
    write_topic(out, topic);
    out.extend_from_slice(b",\"speakers\":[");
    write_items(out, speakers, write_speaker);
    out.extend_from_slice(b"],\"utterances\":[");
    write_items(out, utterances, write_utterance);
    out.extend_from_slice(b"]}");
}

fn write_topic(out: &mut Vec<u8>, topic: &Topic) {
    let Topic { terms, from_profile, name } = topic;
    out.extend_from_slice(b"{\"terms\":");
    write_strings(out, terms);
    out.extend_from_slice(if *from_profile { b",\"from_profile\":true" } else { b",\"from_profile\":false" });
    // `skip_serializing_if = "Option::is_none"`: no key at all for none.
    if let Some(name) = name {
        out.extend_from_slice(b",\"name\":");
        write_json_str(out, name);
    }
    out.push(b'}');
}

fn write_speaker(out: &mut Vec<u8>, speaker: &SpeakerReport) {
    let SpeakerReport { name, aliases, kind, stance, score, confidence, evidence, utterances, decisive, shift } =
        speaker;
    out.extend_from_slice(b"{\"name\":");
    write_json_str(out, name);
    out.extend_from_slice(b",\"aliases\":");
    write_strings(out, aliases);
    out.extend_from_slice(b",\"kind\":");
    write_name(out, speaker_kind(*kind));
    out.extend_from_slice(b",\"stance\":");
    write_name(out, stance_name(*stance));
    out.extend_from_slice(b",\"score\":");
    write_f64(out, *score);
    out.extend_from_slice(b",\"confidence\":");
    write_f64(out, *confidence);
    out.extend_from_slice(b",\"evidence\":");
    write_evidence(out, evidence);
    out.extend_from_slice(b",\"utterances\":");
    write_usize(out, *utterances);
    out.extend_from_slice(b",\"decisive\":[");
    write_items(out, decisive, |out, &d| write_usize(out, d));
    out.extend_from_slice(b"],\"shift\":");
    write_option(out, shift.as_deref());
    out.push(b'}');
}

fn write_utterance(out: &mut Vec<u8>, utterance: &UtteranceReport) {
    let UtteranceReport { speaker, kind, cue, text, start, end, stance, score, evidence, relevance, question } =
        utterance;
    out.extend_from_slice(b"{\"speaker\":");
    write_json_str(out, speaker);
    out.extend_from_slice(b",\"kind\":");
    write_name(out, utterance_kind(*kind));
    out.extend_from_slice(b",\"cue\":");
    write_option(out, cue.as_deref());
    out.extend_from_slice(b",\"text\":");
    write_json_str(out, text);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, *end);
    out.extend_from_slice(b",\"stance\":");
    write_name(out, stance_name(*stance));
    out.extend_from_slice(b",\"score\":");
    write_f64(out, *score);
    out.extend_from_slice(b",\"evidence\":");
    write_evidence(out, evidence);
    out.extend_from_slice(b",\"relevance\":");
    write_f64(out, *relevance);
    out.extend_from_slice(b",\"question\":");
    write_option(out, question.as_deref());
    out.push(b'}');
}

fn write_evidence(out: &mut Vec<u8>, evidence: &[Evidence]) {
    out.push(b'[');
    for (i, e) in evidence.iter().enumerate() {
        let Evidence { text, start, end, weight, kind } = e;
        out.extend_from_slice(if i > 0 { b",{\"text\":" } else { b"{\"text\":" });
        write_json_str(out, text);
        out.extend_from_slice(b",\"start\":");
        write_usize(out, *start);
        out.extend_from_slice(b",\"end\":");
        write_usize(out, *end);
        out.extend_from_slice(b",\"weight\":");
        write_f64(out, *weight);
        out.extend_from_slice(b",\"kind\":");
        write_json_str(out, kind);
        out.push(b'}');
    }
    out.push(b']');
}

fn write_strings(out: &mut Vec<u8>, strings: &[String]) {
    out.push(b'[');
    write_items(out, strings, |out, s| write_json_str(out, s));
    out.push(b']');
}

/// Writes `items` separated by commas, without the brackets: the callers
/// join the brackets with the keys around them into one copy.
#[inline]
fn write_items<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
}

fn write_option(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A unit variant's name. The names are lowercase words and hyphens
/// (the tests check every variant against serde), so nothing to escape.
fn write_name(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

fn stance_name(stance: Stance) -> &'static str {
    stance.as_str()
}

fn speaker_kind(kind: SpeakerKind) -> &'static str {
    kind.as_str()
}

fn utterance_kind(kind: UtteranceKind) -> &'static str {
    kind.as_str()
}

/// Writes `n` in decimal with serde_json's own formatter (itoa, two
/// digits at a time), which measured cheaper than digits set one by one
/// into a fixed-size copy.
fn write_usize(out: &mut Vec<u8>, n: usize) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::ser::CompactFormatter.write_u64(out, n as u64);
}

/// How far from zero [`write_f64`] writes a figure itself, in thousandths:
/// the test checks every thousandth in this range (and a little past it)
/// against serde_json's own digits.
const THOUSANDTHS: f64 = 2_000_000.0;

/// The part after the point of every thousandth as serde_json writes it
/// (the shortest decimal that reads back as the same number: trailing
/// zeros dropped, one digit at least): `.0`, `.5`, `.25`, `.125`, padded
/// to four bytes, with its length.
static FRACTIONS: [([u8; 4], u8); 1000] = {
    let mut table = [([0u8; 4], 0u8); 1000];
    let mut k = 0;
    while k < 1000 {
        let digits = [(k / 100) as u8, (k / 10 % 10) as u8, (k % 10) as u8];
        let mut places = 3;
        while places > 1 && digits[places - 1] == 0 {
            places -= 1;
        }
        let mut text = [b'.', 0, 0, 0];
        let mut i = 0;
        while i < places {
            text[i + 1] = b'0' + digits[i];
            i += 1;
        }
        table[k] = (text, places as u8 + 1);
        k += 1;
    }
    table
};

/// `x` in thousandths, rounded half away from zero as `f64::round` does,
/// or `i64::MAX` when that is far out of [`THOUSANDTHS`] (or `x` is NaN).
///
/// `round` is a library call on this target (a sixth of writing a
/// figure); in range, the cast drops the fraction exactly and the
/// subtraction leaves it exactly, so comparing it with a half rounds the
/// same.
fn round_thousandths(x: f64) -> i64 {
    let y = x * 1000.0;
    // NaN fails this test, and so does infinity.
    if y.abs() <= THOUSANDTHS + 1.0 {
        let whole = y as i64;
        let rest = y - whole as f64;
        whole + i64::from(rest >= 0.5) - i64::from(rest <= -0.5)
    } else {
        i64::MAX
    }
}

/// A figure as serde_json writes it. Scores, weights and confidences are
/// rounded to thousandths, and for those the text is the thousandths with
/// trailing zeros dropped: here from [`FRACTIONS`] and one fixed-size
/// copy, where serde_json's general shortest-decimal search took a sixth
/// of the output's time. Anything else (zero and its sign, any other
/// figure) is serde_json's; a figure that is not finite is `null`.
fn write_f64(out: &mut Vec<u8>, x: f64) {
    let k = round_thousandths(x);
    if k == 0 || k.unsigned_abs() > THOUSANDTHS as u64 || k as f64 / 1000.0 != x {
        if x.is_finite() {
            // Writing to a Vec cannot fail.
            let _ = serde_json::ser::CompactFormatter.write_f64(out, x);
        } else {
            out.extend_from_slice(b"null");
        }
        return;
    }
    // In range, so the whole part has at most four digits: with the sign
    // and the fraction, ten bytes of the sixteen.
    let (whole, part) = (k.unsigned_abs() / 1000, k.unsigned_abs() % 1000);
    let mut text = [0u8; 16];
    let mut len = 0;
    if k < 0 {
        text[0] = b'-';
        len = 1;
    }
    let mut digits = 1;
    let mut rest = whole / 10;
    while rest > 0 {
        digits += 1;
        rest /= 10;
    }
    let mut rest = whole;
    for at in (len..len + digits).rev() {
        text[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    len += digits;
    let (fraction, places) = &FRACTIONS[part as usize];
    text[len..len + 4].copy_from_slice(fraction);
    len += usize::from(*places);
    let start = out.len();
    out.extend_from_slice(&text);
    out.truncate(start + len);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// serde_json's bytes for `report`, the contract.
    fn theirs(report: &Report) -> String {
        serde_json::to_string(report).unwrap()
    }

    fn ours(report: &Report) -> String {
        let mut out = Vec::new();
        write_report(&mut out, report);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn variant_names_are_serde_names() {
        for s in [Stance::Optimistic, Stance::Cautious, Stance::Mixed, Stance::Neutral] {
            assert_eq!(format!("\"{}\"", stance_name(s)), serde_json::to_string(&s).unwrap());
        }
        for k in [SpeakerKind::Person, SpeakerKind::Group, SpeakerKind::Organization, SpeakerKind::Narrator] {
            assert_eq!(format!("\"{}\"", speaker_kind(k)), serde_json::to_string(&k).unwrap());
        }
        for k in [UtteranceKind::Direct, UtteranceKind::Partial, UtteranceKind::Reported, UtteranceKind::Headline] {
            assert_eq!(format!("\"{}\"", utterance_kind(k)), serde_json::to_string(&k).unwrap());
        }
    }

    #[test]
    fn real_reports_are_written_as_serde_json_writes_them() {
        let classifier = standpoint_stance::Classifier::new();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let report = classifier.report(&standpoint_core::parse(&text), &path.display().to_string());
                assert_eq!(ours(&report), theirs(&report), "{}", path.display());
                seen += 1;
            }
        }
        assert!(seen > 0);
    }

    #[test]
    fn figures_and_counts_are_written_as_serde_json_writes_them() {
        let figure = |x: f64| {
            let mut out = Vec::new();
            write_f64(&mut out, x);
            String::from_utf8(out).unwrap()
        };
        let reach = THOUSANDTHS as i64 + 3;
        // Every thousandth in the range of the quick path, and past it.
        for k in -reach..=reach {
            let x = k as f64 / 1000.0;
            assert_eq!(figure(x), serde_json::to_string(&x).unwrap(), "{k}");
        }
        for x in [0.0, -0.0, 0.1 + 0.2, 1e-7, 1.5e300, -2.5e-5, 1234.5678, f64::MAX, f64::MIN_POSITIVE, f64::NAN] {
            assert_eq!(figure(x), serde_json::to_string(&x).unwrap(), "{x}");
        }
        for x in [f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(figure(x), "null");
        }
        let mut n = 1usize;
        for digits in 0..20 {
            for m in [n - 1, n, n + 1, n.saturating_mul(9), n.saturating_mul(10) - 1] {
                let mut out = Vec::new();
                write_usize(&mut out, m);
                assert_eq!(String::from_utf8(out).unwrap(), m.to_string(), "{digits}");
            }
            n = n.saturating_mul(10);
        }
        let mut out = Vec::new();
        write_usize(&mut out, usize::MAX);
        assert_eq!(String::from_utf8(out).unwrap(), usize::MAX.to_string());
    }

    /// Strings with everything JSON escapes, at any offset, among ASCII
    /// and wider characters.
    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just('a'),
                Just(' '),
                Just('"'),
                Just('\\'),
                Just('é'),
                Just('“'),
                Just('\u{7f}'),
                (0u8..0x20).prop_map(char::from),
                any::<char>(),
            ],
            0..24,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    /// Figures: thousandths (the quick path), anything else, and the
    /// ones serde_json writes as `null`.
    fn figure() -> impl Strategy<Value = f64> {
        prop_oneof![
            (-3_000_000i64..3_000_000).prop_map(|k| k as f64 / 1000.0),
            any::<f64>(),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(-0.0),
        ]
    }

    fn stance() -> impl Strategy<Value = Stance> {
        prop_oneof![Just(Stance::Optimistic), Just(Stance::Cautious), Just(Stance::Mixed), Just(Stance::Neutral)]
    }

    fn evidence() -> impl Strategy<Value = Vec<Evidence>> {
        let kind = prop_oneof![Just("cue"), Just("a \"kind\"\n"), Just("")];
        prop::collection::vec(
            (text(), any::<usize>(), any::<usize>(), figure(), kind)
                .prop_map(|(text, start, end, weight, kind)| Evidence { text, start, end, weight, kind }),
            0..3,
        )
    }

    fn speaker() -> impl Strategy<Value = SpeakerReport> {
        let kind = prop_oneof![
            Just(SpeakerKind::Person),
            Just(SpeakerKind::Group),
            Just(SpeakerKind::Organization),
            Just(SpeakerKind::Narrator)
        ];
        (
            (text(), prop::collection::vec(text(), 0..3), kind, stance(), figure(), figure()),
            (evidence(), any::<usize>(), prop::collection::vec(any::<usize>(), 0..3), prop::option::of(text())),
        )
            .prop_map(
                |((name, aliases, kind, stance, score, confidence), (evidence, utterances, decisive, shift))| {
                    SpeakerReport {
                        name,
                        aliases,
                        kind,
                        stance,
                        score,
                        confidence,
                        evidence,
                        utterances,
                        decisive,
                        shift,
                    }
                },
            )
    }

    fn utterance() -> impl Strategy<Value = UtteranceReport> {
        let kind = prop_oneof![
            Just(UtteranceKind::Direct),
            Just(UtteranceKind::Partial),
            Just(UtteranceKind::Reported),
            Just(UtteranceKind::Headline)
        ];
        (
            (text(), kind, prop::option::of(text()), text(), any::<usize>(), any::<usize>()),
            (stance(), figure(), evidence(), figure(), prop::option::of(text())),
        )
            .prop_map(
                |((speaker, kind, cue, text, start, end), (stance, score, evidence, relevance, question))| {
                    UtteranceReport {
                        speaker,
                        kind,
                        cue,
                        text,
                        start,
                        end,
                        stance,
                        score,
                        evidence,
                        relevance,
                        question,
                    }
                },
            )
    }

    fn report() -> impl Strategy<Value = Report> {
        let topic = (prop::collection::vec(text(), 0..3), any::<bool>(), prop::option::of(text()))
            .prop_map(|(terms, from_profile, name)| Topic { terms, from_profile, name });
        (text(), topic, prop::collection::vec(speaker(), 0..3), prop::collection::vec(utterance(), 0..3))
            .prop_map(|(source, topic, speakers, utterances)| Report { source, topic, speakers, utterances })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn generated_reports_are_written_as_serde_json_writes_them(report in report()) {
            prop_assert_eq!(ours(&report), theirs(&report));
        }
    }
}
