//! Questions like a given one: its most telling words (frequent in it, rare in the set) and its
//! topic, searched for among the others. Deterministic: ties go to the alphabetically first word.
//!
//! `build.rs` works out the built-in set's related questions in advance with it.

use std::collections::BTreeMap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use crate::index::lookup;
use crate::index::schema::{self, Fields};
use crate::text::model::{Question, QuestionNumber};

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

/// Up to `limit` other questions most like `question`, best first.
pub fn related(
    searcher: &Searcher,
    fields: Fields,
    question: &Question,
    limit: usize,
) -> tantivy::Result<Vec<QuestionNumber>> {
    let mut counts: BTreeMap<String, f32> = BTreeMap::new();
    let title = schema::term_positions(&question.title)
        .into_iter()
        .map(|(t, at)| (t, at.len(), TITLE_WEIGHT));
    let body = schema::term_positions(&question.answer.searchable_text())
        .into_iter()
        .map(|(t, at)| (t, at.len(), 1.0));
    for (term, count, weight) in title.chain(body) {
        if term.chars().count() >= 3 && !STOP_WORDS.contains(&term.as_str()) {
            #[allow(clippy::cast_precision_loss)] // counts of words in one answer
            let count = count as f32;
            *counts.entry(term).or_default() += count * weight;
        }
    }
    let mut weighted = Vec::with_capacity(counts.len());
    for (term, count) in counts {
        let idf = lookup::idf(searcher, fields, &term)?;
        if idf > 0.0 {
            weighted.push((count * idf, term));
        }
    }
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    weighted.truncate(QUERY_TERMS);
    let Some(&(strongest, _)) = weighted.first() else {
        return Ok(Vec::new());
    };
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(2 * weighted.len() + 1);
    for (weight, term) in &weighted {
        for field in [fields.title, fields.body] {
            let query = TermQuery::new(
                Term::from_field_text(field, term),
                IndexRecordOption::WithFreqs,
            );
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(query), *weight)),
            ));
        }
    }
    let topic = TermQuery::new(
        Term::from_field_text(fields.topic, &question.topic),
        IndexRecordOption::Basic,
    );
    should.push((
        Occur::Should,
        Box::new(BoostQuery::new(
            Box::new(ConstScoreQuery::new(Box::new(topic), 1.0)),
            strongest,
        )),
    ));
    // A limit is never a size to reserve: no deck holds more documents than it has.
    let documents = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
    let top = searcher.search(
        &BooleanQuery::new(should),
        &TopDocs::with_limit(limit.min(documents).saturating_add(1)).order_by_score(),
    )?;
    let mut related = Vec::new();
    for (_, address) in top {
        match lookup::number_at(searcher, fields, address)? {
            Some(number) if number != question.number && related.len() < limit => {
                related.push(number);
            }
            _ => {}
        }
    }
    Ok(related)
}
