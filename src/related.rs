//! Questions like a given one: its most telling words (frequent in it, rare in the set), searched
//! for in the others. Deterministic: ties go to the alphabetically first word and lower number.

use std::collections::BTreeMap;

use tantivy::Term;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;

use crate::error::Error;
use crate::library::Library;
use crate::model::Question;
use crate::plan;

/// How many of a question's words make up its "like this" query.
const QUERY_TERMS: usize = 25;
/// How much more a title word counts than an answer word.
const TITLE_WEIGHT: f32 = 2.0;

/// Words (as analyzed) too common to say what a question is about.
const STOP_WORDS: [&str; 52] = [
    "a", "all", "an", "and", "are", "as", "at", "be", "by", "can", "do", "doe", "each", "for",
    "from", "how", "if", "in", "into", "is", "it", "its", "like", "more", "of", "on", "one", "or",
    "other", "python", "so", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "to", "use", "what", "when", "which", "while", "with", "without",
    "you", "your",
];

impl Library {
    /// Up to `limit` other questions most like `question`, best first.
    pub fn related(&self, question: &Question, limit: usize) -> Result<Vec<&Question>, Error> {
        let mut counts: BTreeMap<String, f32> = BTreeMap::new();
        let title = plan::analyze(&question.title)
            .into_iter()
            .map(|t| (t.text, TITLE_WEIGHT));
        let body = plan::analyze(&question.answer.plain_text())
            .into_iter()
            .map(|t| (t.text, 1.0));
        for (term, weight) in title.chain(body) {
            if term.chars().count() >= 3 && !STOP_WORDS.contains(&term.as_str()) {
                *counts.entry(term).or_default() += weight;
            }
        }
        let mut weighted = Vec::with_capacity(counts.len());
        for (term, count) in counts {
            let idf = self.idf(&term)?;
            if idf > 0.0 {
                weighted.push((count * idf, term));
            }
        }
        weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        weighted.truncate(QUERY_TERMS);
        let fields = self.fields();
        let should: Vec<(Occur, Box<dyn Query>)> = weighted
            .iter()
            .flat_map(|(weight, term)| {
                [(fields.title, *weight), (fields.body, *weight)].map(|(field, boost)| {
                    let query = TermQuery::new(
                        Term::from_field_text(field, term),
                        IndexRecordOption::WithFreqs,
                    );
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(query), boost)) as Box<dyn Query>,
                    )
                })
            })
            .collect();
        let mut should = should;
        if let Some((strongest, _)) = weighted.first() {
            let topic = TermQuery::new(
                Term::from_field_text(fields.topic, &question.topic),
                IndexRecordOption::Basic,
            );
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(ConstScoreQuery::new(Box::new(topic), 1.0)),
                    *strongest,
                )),
            ));
        }
        let top = self.searcher().search(
            &BooleanQuery::new(should),
            &TopDocs::with_limit(limit + 1).order_by_score(),
        )?;
        let mut related = Vec::with_capacity(limit);
        for (_, address) in top {
            let other = self.question_at(address)?;
            if other.number != question.number && related.len() < limit {
                related.push(other);
            }
        }
        Ok(related)
    }
}
