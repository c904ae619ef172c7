//! Merging the speakers of a whole corpus, one report at a time.
//!
//! [`compare`](crate::compare) keeps every report and a cell per report in
//! every row: right for a handful of articles, too much for thousands.
//! [`Corpus`] applies the same merge rules (see [`crate::compare`]'s module
//! docs) incrementally: it keeps one small row per speaker, never a report,
//! and finds the rows a speaker may belong to through the same index of the
//! first and last word of every name, so adding a report costs time in
//! proportion to its speakers and to the rows that share a word with them.
//! It merges exactly as `compare` would, with the reports given in the same
//! order.

use serde::Serialize;
use standpoint_core::SpeakerKind;

use crate::compare::{Index, Keys, choose, names_of};
use crate::{Report, Stance, round3};

/// How many of a speaker's articles gave each label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StanceCounts {
    /// Articles where the speaker is [`Stance::Optimistic`].
    pub optimistic: usize,
    /// Articles where the speaker is [`Stance::Cautious`].
    pub cautious: usize,
    /// Articles where the speaker is [`Stance::Mixed`].
    pub mixed: usize,
    /// Articles where the speaker is [`Stance::Neutral`].
    pub neutral: usize,
}

impl StanceCounts {
    /// The count for one label.
    pub fn get(&self, stance: Stance) -> usize {
        match stance {
            Stance::Optimistic => self.optimistic,
            Stance::Cautious => self.cautious,
            Stance::Mixed => self.mixed,
            Stance::Neutral => self.neutral,
        }
    }

    fn add(&mut self, stance: Stance) {
        match stance {
            Stance::Optimistic => self.optimistic += 1,
            Stance::Cautious => self.cautious += 1,
            Stance::Mixed => self.mixed += 1,
            Stance::Neutral => self.neutral += 1,
        }
    }
}

/// One speaker across a corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusRow {
    /// The name shown for the row: the longest full name seen.
    pub name: String,
    /// The other names merged into this row, in order of first use.
    pub aliases: Vec<String>,
    /// Person, group, organization or narrator, as first seen.
    pub kind: SpeakerKind,
    /// In how many articles the speaker appears.
    pub articles: usize,
    /// Utterances over all those articles.
    pub utterances: usize,
    /// How many of those articles gave each label.
    pub stances: StanceCounts,
    /// The mean of the speaker's per-article scores, in [-1, 1].
    pub mean_score: f64,
}

#[derive(Debug, Clone)]
struct Row {
    keys: Keys,
    /// The number of the last article that added to this row: one speaker
    /// per article at most, as in `compare`.
    last_article: usize,
    score_sum: f64,
    out: CorpusRow,
}

/// The speakers of any number of reports, merged across them.
///
/// ```
/// use standpoint_stance::{Classifier, Corpus};
///
/// let classifier = Classifier::new();
/// let mut corpus = Corpus::new();
/// for text in [
///     "“The talks went well,” said Dana Whitfield.",
///     "“We remain worried about the talks,” Whitfield said.",
/// ] {
///     corpus.add(&classifier.report(&standpoint_core::parse(text), "-"));
/// }
/// assert_eq!(corpus.articles(), 2);
/// let row = corpus.rows().next().unwrap();
/// assert_eq!(row.name, "Dana Whitfield");
/// assert_eq!(row.articles, 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    rows: Vec<Row>,
    /// First and last word of every normalized name → rows holding it.
    index: Index,
    articles: usize,
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// How many reports were added.
    pub fn articles(&self) -> usize {
        self.articles
    }

    /// One row per speaker, in order of first appearance.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = &CorpusRow> {
        self.rows.iter().map(|r| &r.out)
    }

    /// The rows, in order of first appearance.
    pub fn into_rows(self) -> Vec<CorpusRow> {
        self.rows.into_iter().map(|r| r.out).collect()
    }

    /// Adds one report's speakers.
    pub fn add(&mut self, report: &Report) {
        let article = self.articles;
        self.articles += 1;
        let mut candidates = Vec::new();
        for s in &report.speakers {
            let names = names_of(s);
            let rows = &self.rows;
            self.index.candidates(&names, &mut candidates, |k| rows[k].last_article != article);
            let target = choose(&candidates, |k| rows[k].keys.fits(s.kind, &names));

            let k = match target {
                Some(k) => {
                    let Row { keys, out, .. } = &mut self.rows[k];
                    let index = &mut self.index;
                    keys.absorb(s, &names, &mut out.name, &mut out.aliases, |norm| index.add(norm, k));
                    k
                }
                None => {
                    let k = self.rows.len();
                    for (_, n) in &names {
                        self.index.add(n, k);
                    }
                    self.rows.push(Row {
                        keys: Keys::new(s.kind, &names),
                        last_article: usize::MAX,
                        score_sum: 0.0,
                        out: CorpusRow {
                            name: s.name.clone(),
                            aliases: s.aliases.clone(),
                            kind: s.kind,
                            articles: 0,
                            utterances: 0,
                            stances: StanceCounts::default(),
                            mean_score: 0.0,
                        },
                    });
                    k
                }
            };
            let row = &mut self.rows[k];
            row.last_article = article;
            row.score_sum += s.score;
            row.out.articles += 1;
            row.out.utterances += s.utterances;
            row.out.stances.add(s.stance);
            row.out.mean_score = round3(row.score_sum / row.out.articles as f64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare;
    use crate::compare::tests::{report, speaker_scored as speaker};

    use SpeakerKind::{Group, Person};
    use Stance::{Cautious, Neutral, Optimistic};

    /// The same reports as `compare`'s tests: the corpus must merge the
    /// same rows.
    fn reports() -> Vec<Report> {
        vec![
            report(
                "a",
                vec![
                    speaker("Lee Min Ho", &["Lee"], Person, Optimistic, 0.5),
                    speaker("US officials", &[], Group, Cautious, -0.4),
                    speaker("Anna Novak", &["Ms Novak"], Person, Optimistic, 0.2),
                    speaker("Piotr Novak", &[], Person, Cautious, -0.2),
                ],
            ),
            report(
                "b",
                vec![
                    speaker("Lee Min-ho", &[], Person, Neutral, 0.0),
                    speaker("officials", &["US officials"], Group, Cautious, -0.6),
                    speaker("Piotr Novak", &["Novak"], Person, Cautious, -0.3),
                ],
            ),
            report("c", vec![speaker("Lee", &[], Person, Cautious, -0.2), speaker("Novak", &[], Person, Neutral, 0.0)]),
        ]
    }

    #[test]
    fn merges_like_compare() {
        let reports = reports();
        let mut corpus = Corpus::new();
        for r in &reports {
            corpus.add(r);
        }
        let cmp = compare(&reports);
        let rows: Vec<CorpusRow> = corpus.into_rows();
        assert_eq!(rows.len(), cmp.rows.len(), "{rows:#?}");
        for (row, c) in rows.iter().zip(&cmp.rows) {
            assert_eq!(row.name, c.name);
            assert_eq!(row.aliases, c.aliases);
            assert_eq!(row.articles, c.cells.iter().flatten().count());
        }
    }

    #[test]
    fn counts_labels_and_averages_scores() {
        let mut corpus = Corpus::new();
        for r in reports() {
            corpus.add(&r);
        }
        assert_eq!(corpus.articles(), 3);
        let lee = corpus.rows().next().unwrap();
        assert_eq!(lee.name, "Lee Min Ho");
        assert_eq!(lee.articles, 3);
        assert_eq!(lee.utterances, 6);
        assert_eq!(lee.stances, StanceCounts { optimistic: 1, cautious: 1, mixed: 0, neutral: 1 });
        assert_eq!(lee.stances.get(Cautious), 1);
        assert_eq!(lee.mean_score, 0.1);
        let officials = corpus.rows().nth(1).unwrap();
        assert_eq!((officials.articles, officials.mean_score), (2, -0.5));
    }

    #[test]
    fn one_row_per_speaker_per_article() {
        // Two speakers of one article with the same name stay two rows, as
        // in `compare`: a row takes one speaker per article.
        let r = report(
            "a",
            vec![speaker("Critics", &[], Group, Cautious, -0.5), speaker("critics", &[], Group, Cautious, -0.5)],
        );
        let mut corpus = Corpus::new();
        corpus.add(&r);
        corpus.add(&r);
        let rows = corpus.into_rows();
        assert_eq!(rows.len(), compare(&[r.clone(), r]).rows.len());
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|row| row.articles == 2));
    }

    #[test]
    fn many_distinct_speakers_do_not_share_a_row() {
        let mut corpus = Corpus::new();
        for i in 0..500 {
            corpus
                .add(&report(&i.to_string(), vec![speaker(&format!("Given{i} Family{i}"), &[], Person, Neutral, 0.0)]));
        }
        assert_eq!(corpus.rows().len(), 500);
        // Each name is indexed under its own two words only.
        let mut found = Vec::new();
        let names = [("", "given7 family7".to_string())];
        corpus.index.candidates(&names, &mut found, |_| true);
        assert_eq!(found, vec![7]);
    }
}
