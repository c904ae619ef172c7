//! Lining up the speakers of several reports.
//!
//! Names are compared in a normalized form (lowercase, titles dropped,
//! hyphens and dots as spaces). Two speakers are the same when a normalized
//! name or alias is equal, when two full names are spelling variants
//! (Jaro-Winkler at least [`SPELLING`]), or when one is a bare surname that
//! only one row's full name ends or starts with. Two full names with
//! different given names stay apart even when the surnames agree.

use standpoint_core::SpeakerKind;

use crate::{Cell, Comparison, ComparisonRow, Report};

/// The Jaro-Winkler similarity above which two full names are taken as
/// spellings of one name ("Lee Min Ho", "Lee Min-ho").
pub(crate) const SPELLING: f64 = 0.92;

/// Words that precede names but are not part of them.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "general",
    "gen",
    "king",
    "queen",
    "prince",
    "princess",
    "chancellor",
    "judge",
    "justice",
    "the",
];

/// A name in comparable form: lowercase words without titles.
pub(crate) fn normalize(name: &str) -> String {
    let lowered: String = name
        .chars()
        .map(|c| match c {
            '-' | '.' | '_' | '\'' | '\u{2019}' | '(' | ')' | ',' => ' ',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect();
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let first = words.iter().position(|w| !TITLES.contains(w)).unwrap_or(words.len().saturating_sub(1));
    words[first..].join(" ")
}

#[derive(Debug)]
struct Row {
    kind: SpeakerKind,
    names: Vec<String>,
    full: Vec<String>,
    out: ComparisonRow,
}

/// How well a speaker's names fit a row: `Some(strong)` when they match.
/// Equal or similarly spelt full names are strong; a shared single word
/// (a bare surname, an acronym) is weak when either side also has a full name,
/// and a weak fit only counts when one row alone fits.
fn fits(row: &Row, kind: SpeakerKind, names: &[String]) -> Option<bool> {
    fits_names(NameSet { kind: row.kind, names: &row.names, full: &row.full }, kind, names)
}

/// A row's names as [`fits_names`] sees them: all normalized names, and the
/// ones of several words.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameSet<'a> {
    pub(crate) kind: SpeakerKind,
    pub(crate) names: &'a [String],
    pub(crate) full: &'a [String],
}

/// [`fits`] on a row's names alone, shared with [`crate::corpus`].
pub(crate) fn fits_names(row: NameSet<'_>, kind: SpeakerKind, names: &[String]) -> Option<bool> {
    let multi = |n: &&String| n.contains(' ');
    let full: Vec<&String> = names.iter().filter(multi).collect();
    if full.iter().any(|n| row.full.contains(n)) {
        return Some(true);
    }
    for a in &full {
        for b in row.full {
            if strsim::jaro_winkler(a, b) >= SPELLING && same_words_count(a, b) {
                return Some(true);
            }
        }
    }
    let person = kind == SpeakerKind::Person && row.kind == SpeakerKind::Person;
    // Two full names that differ are two people, whatever their surnames.
    if person && !full.is_empty() && !row.full.is_empty() {
        return None;
    }
    let singles: Vec<&String> = names.iter().filter(|n| !n.contains(' ')).collect();
    let row_singles: Vec<&String> = row.names.iter().filter(|n| !n.contains(' ')).collect();
    let strong = full.is_empty() && row.full.is_empty();
    if singles.iter().any(|n| row_singles.contains(n)) {
        return Some(strong);
    }
    if !person {
        return None;
    }
    // A bare name that starts or ends a full name: "Lee", "Lee Min Ho".
    let part_of = |single: &String, fulls: &[&String]| {
        fulls
            .iter()
            .any(|f| f.split(' ').next() == Some(single.as_str()) || f.rsplit(' ').next() == Some(single.as_str()))
    };
    let row_full: Vec<&String> = row.full.iter().collect();
    if singles.iter().any(|n| part_of(n, &row_full)) || row_singles.iter().any(|n| part_of(n, &full)) {
        return Some(false);
    }
    None
}

/// Spelling variants keep the number of words within one ("Lee Min-ho",
/// "Lee Minho"); names of different length are different people more often
/// than not.
fn same_words_count(a: &str, b: &str) -> bool {
    a.split(' ').count().abs_diff(b.split(' ').count()) <= 1
}

/// Lines up the speakers of several reports, merging one person's names
/// across them.
pub(crate) fn compare(reports: &[Report]) -> Comparison {
    let mut rows: Vec<Row> = Vec::new();
    for (i, report) in reports.iter().enumerate() {
        for s in &report.speakers {
            let mut names: Vec<String> =
                std::iter::once(&s.name).chain(&s.aliases).map(|n| normalize(n)).filter(|n| !n.is_empty()).collect();
            names.dedup();
            let cell = Cell { stance: s.stance, score: s.score, utterances: s.utterances };
            let strong = rows.iter().position(|r| r.out.cells[i].is_none() && fits(r, s.kind, &names) == Some(true));
            let target = strong.or_else(|| {
                let weak: Vec<usize> = rows
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.out.cells[i].is_none() && fits(r, s.kind, &names).is_some())
                    .map(|(k, _)| k)
                    .collect();
                (weak.len() == 1).then(|| weak[0])
            });
            match target {
                Some(k) => {
                    let row = &mut rows[k];
                    row.out.cells[i] = Some(cell);
                    for (raw, norm) in std::iter::once(&s.name).chain(&s.aliases).zip(&names) {
                        if !row.names.contains(norm) {
                            row.names.push(norm.clone());
                            if norm.contains(' ') {
                                row.full.push(norm.clone());
                            }
                        }
                        if *raw != row.out.name && !row.out.aliases.contains(raw) {
                            row.out.aliases.push(raw.clone());
                        }
                    }
                    // Prefer the longest full name for display.
                    if s.name.len() > row.out.name.len() && s.name.contains(' ') {
                        let old = std::mem::replace(&mut row.out.name, s.name.clone());
                        row.out.aliases.retain(|a| *a != s.name);
                        if !row.out.aliases.contains(&old) {
                            row.out.aliases.push(old);
                        }
                    }
                }
                None => {
                    let mut cells = vec![None; reports.len()];
                    cells[i] = Some(cell);
                    let full = names.iter().filter(|n| n.contains(' ')).cloned().collect();
                    rows.push(Row {
                        kind: s.kind,
                        names: names.clone(),
                        full,
                        out: ComparisonRow { name: s.name.clone(), aliases: s.aliases.clone(), cells },
                    });
                }
            }
        }
    }
    Comparison {
        sources: reports.iter().map(|r| r.source.clone()).collect(),
        rows: rows.into_iter().map(|r| r.out).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SpeakerReport, Stance, Topic};

    fn speaker(name: &str, aliases: &[&str], kind: SpeakerKind, stance: Stance) -> SpeakerReport {
        SpeakerReport {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind,
            stance,
            score: 0.0,
            confidence: 0.0,
            evidence: vec![],
            utterances: 1,
            decisive: vec![],
            shift: None,
        }
    }

    fn report(source: &str, speakers: Vec<SpeakerReport>) -> Report {
        Report {
            source: source.into(),
            topic: Topic { terms: vec![], from_profile: false, name: None },
            speakers,
            utterances: vec![],
        }
    }

    use SpeakerKind::{Group, Person};
    use Stance::{Cautious, Neutral, Optimistic};

    #[test]
    fn normalizes_titles_hyphens_and_case() {
        assert_eq!(normalize("President Lee Min-ho"), "lee min ho");
        assert_eq!(normalize("Mr. Novak"), "novak");
        assert_eq!(normalize("the Treasury"), "treasury");
        assert_eq!(normalize("Lee Min-ho"), normalize("Lee Min Ho"));
    }

    #[test]
    fn merges_spelling_variants_and_surnames() {
        let a = report(
            "a",
            vec![speaker("Lee Min Ho", &["Lee"], Person, Optimistic), speaker("US officials", &[], Group, Cautious)],
        );
        let b = report(
            "b",
            vec![speaker("Lee Min-ho", &[], Person, Neutral), speaker("officials", &["US officials"], Group, Cautious)],
        );
        let c = report("c", vec![speaker("Lee", &[], Person, Cautious)]);
        let cmp = compare(&[a, b, c]);
        assert_eq!(cmp.sources, vec!["a", "b", "c"]);
        assert_eq!(cmp.rows.len(), 2, "{cmp:#?}");
        assert_eq!(cmp.rows[0].name, "Lee Min Ho");
        assert!(cmp.rows[0].cells.iter().all(Option::is_some));
        assert!(cmp.rows[1].cells[1].is_some());
    }

    #[test]
    fn keeps_different_people_with_one_surname_apart() {
        let a = report(
            "a",
            vec![
                speaker("Anna Novak", &["Ms Novak"], Person, Optimistic),
                speaker("Piotr Novak", &[], Person, Cautious),
            ],
        );
        let b = report("b", vec![speaker("Piotr Novak", &["Novak"], Person, Cautious)]);
        // A bare surname that two rows share is not merged with either.
        let c = report("c", vec![speaker("Novak", &[], Person, Neutral)]);
        let cmp = compare(&[a, b, c]);
        let names: Vec<&str> = cmp.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["Anna Novak", "Piotr Novak", "Novak"]);
        assert_eq!(cmp.rows[1].cells[1].as_ref().unwrap().stance, Cautious);
        assert!(cmp.rows[0].cells[1].is_none());
    }

    #[test]
    fn spelling_similarity_does_not_merge_different_given_names() {
        assert!(strsim::jaro_winkler("lee min ho", "lee su jin") < SPELLING);
        let a = report("a", vec![speaker("Lee Min Ho", &[], Person, Optimistic)]);
        let b = report("b", vec![speaker("Lee Su Jin", &[], Person, Cautious)]);
        assert_eq!(compare(&[a, b]).rows.len(), 2);
    }
}
