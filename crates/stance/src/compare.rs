//! Lining up the speakers of several reports.
//!
//! Names are compared in a normalized form (lowercase, titles dropped,
//! hyphens and dots as spaces). Two speakers are the same when a normalized
//! name or alias is equal, when two full names are spelling variants
//! (Jaro-Winkler at least [`SPELLING`]), or when one is a bare surname that
//! only one row's full name ends or starts with. Two full names with
//! different given names stay apart even when the surnames agree.
//!
//! A speaker is tried only against the rows that share the first or last
//! word of one of its names (an [`Index`]), so spelling variants must share
//! one of those words (`Lee Min Ho`, `Lee Minho`); in return, lining up
//! thousands of speakers costs time in proportion to them, not their square.

use std::collections::HashMap;

use standpoint_core::SpeakerKind;

use crate::{Cell, Comparison, ComparisonRow, Report, SpeakerReport};

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
    keys: Keys,
    out: ComparisonRow,
}

/// A speaker's names as they are matched: raw and normalized, in order,
/// without repeats.
///
/// A description in lower case (`the ministry spokeswoman`, `a senior
/// official`) is a role, and different people fill one role across
/// articles, so it only identifies a speaker who has no proper name. The
/// displayed aliases keep it either way.
pub(crate) fn names_of(s: &SpeakerReport) -> Vec<(&str, String)> {
    let proper = |n: &str| {
        let n = n.strip_prefix("the ").unwrap_or(n);
        n.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
    };
    let named = proper(&s.name);
    let mut out: Vec<(&str, String)> = Vec::new();
    for raw in std::iter::once(&s.name).chain(&s.aliases) {
        if named && !proper(raw) {
            continue;
        }
        let norm = normalize(raw);
        if !norm.is_empty() && !out.iter().any(|(_, n)| *n == norm) {
            out.push((raw, norm));
        }
    }
    out
}

/// What a row of merged speakers is matched by: all its normalized names,
/// and those of several words (full names).
#[derive(Debug, Clone)]
pub(crate) struct Keys {
    kind: SpeakerKind,
    names: Vec<String>,
    full: Vec<String>,
}

impl Keys {
    /// The keys of a row that starts with this speaker.
    pub(crate) fn new(kind: SpeakerKind, names: &[(&str, String)]) -> Keys {
        let names: Vec<String> = names.iter().map(|(_, n)| n.clone()).collect();
        let full = names.iter().filter(|n| n.contains(' ')).cloned().collect();
        Keys { kind, names, full }
    }

    /// How well a speaker's names fit the row: `Some(strong)` when they
    /// match. Equal or similarly spelt full names are strong; a shared
    /// single word (a bare surname, an acronym) is weak when either side
    /// also has a full name, and a weak fit only counts when one row alone
    /// fits.
    pub(crate) fn fits(&self, kind: SpeakerKind, names: &[(&str, String)]) -> Option<bool> {
        let multi = |n: &&String| n.contains(' ');
        let full: Vec<&String> = names.iter().map(|(_, n)| n).filter(multi).collect();
        if full.iter().any(|n| self.full.contains(n)) {
            return Some(true);
        }
        for a in &full {
            for b in &self.full {
                if strsim::jaro_winkler(a, b) >= SPELLING && same_words_count(a, b) {
                    return Some(true);
                }
            }
        }
        let person = kind == SpeakerKind::Person && self.kind == SpeakerKind::Person;
        // Two full names that differ are two people, whatever their surnames.
        if person && !full.is_empty() && !self.full.is_empty() {
            return None;
        }
        let singles: Vec<&String> = names.iter().map(|(_, n)| n).filter(|n| !n.contains(' ')).collect();
        let row_singles: Vec<&String> = self.names.iter().filter(|n| !n.contains(' ')).collect();
        let strong = full.is_empty() && self.full.is_empty();
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
        let row_full: Vec<&String> = self.full.iter().collect();
        if singles.iter().any(|n| part_of(n, &row_full)) || row_singles.iter().any(|n| part_of(n, &full)) {
            return Some(false);
        }
        None
    }

    /// Merges a matched speaker into the row: its new keys (each passed to
    /// `added`, for an index), its names as aliases, and its name as the
    /// row's name when it is a longer full name.
    pub(crate) fn absorb(
        &mut self,
        s: &SpeakerReport,
        names: &[(&str, String)],
        name: &mut String,
        aliases: &mut Vec<String>,
        mut added: impl FnMut(&str),
    ) {
        for (_, norm) in names {
            if !self.names.contains(norm) {
                self.names.push(norm.clone());
                if norm.contains(' ') {
                    self.full.push(norm.clone());
                }
                added(norm);
            }
        }
        for raw in std::iter::once(&s.name).chain(&s.aliases) {
            if raw != name && !aliases.contains(raw) {
                aliases.push(raw.clone());
            }
        }
        // Prefer the longest full name for display.
        if s.name.len() > name.len() && s.name.contains(' ') {
            let old = std::mem::replace(name, s.name.clone());
            aliases.retain(|a| *a != s.name);
            if !aliases.contains(&old) {
                aliases.push(old);
            }
        }
    }
}

/// Spelling variants keep the number of words within one ("Lee Min-ho",
/// "Lee Minho"); names of different length are different people more often
/// than not.
fn same_words_count(a: &str, b: &str) -> bool {
    a.split(' ').count().abs_diff(b.split(' ').count()) <= 1
}

/// The rows that hold each name's first and last word, so that a speaker is
/// tried only against the rows it could merge with, and lining up thousands
/// of speakers costs time in proportion to them. Two full names are spelling
/// variants only when they also share their first or their last word
/// (`Lee Min Ho`, `Lee Minho`), not when every word is spelt differently.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    by_word: HashMap<String, Vec<usize>>,
}

impl Index {
    /// Files `row` under the ends of a normalized name.
    pub(crate) fn add(&mut self, name: &str, row: usize) {
        for key in ends(name) {
            let rows = self.by_word.entry(key.to_string()).or_default();
            if rows.last() != Some(&row) && !rows.contains(&row) {
                rows.push(row);
            }
        }
    }

    /// The rows that share an end word with one of `names` and pass `keep`,
    /// in order of first appearance (the order rows are tried in).
    pub(crate) fn candidates(&self, names: &[(&str, String)], out: &mut Vec<usize>, keep: impl Fn(usize) -> bool) {
        out.clear();
        for (_, n) in names {
            for key in ends(n) {
                if let Some(rows) = self.by_word.get(key) {
                    out.extend(rows.iter().copied().filter(|&k| keep(k)));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// The words a name is indexed under: its first and its last.
fn ends(name: &str) -> impl Iterator<Item = &str> {
    let first = name.split(' ').next().unwrap_or(name);
    let last = name.rsplit(' ').next().unwrap_or(name);
    std::iter::once(first).chain((last != first).then_some(last))
}

/// The row a speaker joins, among the candidates in order: the first strong
/// fit, or else the only weak one.
pub(crate) fn choose(candidates: &[usize], fit: impl Fn(usize) -> Option<bool>) -> Option<usize> {
    candidates.iter().copied().find(|&k| fit(k) == Some(true)).or_else(|| {
        let mut weak = candidates.iter().copied().filter(|&k| fit(k).is_some());
        match (weak.next(), weak.next()) {
            (Some(k), None) => Some(k),
            _ => None,
        }
    })
}

/// Lines up the speakers of several reports, merging one person's names
/// across them.
pub(crate) fn compare(reports: &[Report]) -> Comparison {
    let mut rows: Vec<Row> = Vec::new();
    let mut index = Index::default();
    let mut candidates = Vec::new();
    for (i, report) in reports.iter().enumerate() {
        for s in &report.speakers {
            let names = names_of(s);
            let cell = Cell { stance: s.stance, score: s.score, utterances: s.utterances };
            index.candidates(&names, &mut candidates, |k| rows[k].out.cells[i].is_none());
            match choose(&candidates, |k| rows[k].keys.fits(s.kind, &names)) {
                Some(k) => {
                    let Row { keys, out } = &mut rows[k];
                    out.cells[i] = Some(cell);
                    keys.absorb(s, &names, &mut out.name, &mut out.aliases, |norm| index.add(norm, k));
                }
                None => {
                    let k = rows.len();
                    for (_, n) in &names {
                        index.add(n, k);
                    }
                    let mut cells = vec![None; reports.len()];
                    cells[i] = Some(cell);
                    rows.push(Row {
                        keys: Keys::new(s.kind, &names),
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
pub(crate) mod tests {
    use super::*;
    use crate::{Stance, Topic};

    /// A speaker as a report lists it, for merge tests here and in `corpus`.
    pub(crate) fn speaker_scored(
        name: &str,
        aliases: &[&str],
        kind: SpeakerKind,
        stance: Stance,
        score: f64,
    ) -> SpeakerReport {
        SpeakerReport {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind,
            stance,
            score,
            confidence: 0.0,
            evidence: vec![],
            utterances: 2,
            decisive: vec![],
            shift: None,
        }
    }

    fn speaker(name: &str, aliases: &[&str], kind: SpeakerKind, stance: Stance) -> SpeakerReport {
        speaker_scored(name, aliases, kind, stance, 0.0)
    }

    /// A report of these speakers and nothing else.
    pub(crate) fn report(source: &str, speakers: Vec<SpeakerReport>) -> Report {
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

    #[test]
    fn a_shared_role_does_not_merge_two_named_people() {
        // Two articles quote different spokeswomen of one ministry.
        let a = report("a", vec![speaker("Gerald Price", &["the ministry spokeswoman"], Person, Optimistic)]);
        let b = report("b", vec![speaker("Ana Velik", &["the ministry spokeswoman"], Person, Cautious)]);
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.rows.len(), 2, "{cmp:#?}");
        // The role still identifies a speaker who has nothing else.
        let c = report("c", vec![speaker("the ministry spokeswoman", &[], Person, Neutral)]);
        let d = report("d", vec![speaker("a ministry spokeswoman", &["the ministry spokeswoman"], Person, Neutral)]);
        assert_eq!(compare(&[c, d]).rows.len(), 1);
    }
}
