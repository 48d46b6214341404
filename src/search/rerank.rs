//! Re-ranking by coverage: among the best BM25 candidates, a question that holds more of the
//! query's informative words ranks higher (a rare word counts more than a common one).

use std::collections::HashMap;

use crate::error::Error;
use crate::library::deck::DeckIndex;
use crate::search::plan::PlannedClause;
use crate::search::query::Presence;
use pyqa_core::index::schema;
use pyqa_core::text::model::Question;

/// How the wanted clauses of a query weigh, by the rarity of their words.
#[derive(Debug, Clone)]
pub struct Coverage<'a> {
    weighted: Vec<(&'a PlannedClause, f32)>,
    total: f32,
}

impl<'a> Coverage<'a> {
    /// Weighs each wanted clause by the inverse document frequency of its rarest word.
    pub fn new(deck: &DeckIndex, clauses: &'a [PlannedClause]) -> Result<Self, Error> {
        let mut weighted = Vec::new();
        for clause in clauses.iter().filter(|c| c.presence != Presence::MustNot) {
            let mut weight: f32 = 0.0;
            for term in &clause.terms {
                weight = weight.max(deck.idf(&term.text)?);
            }
            if weight > 0.0 {
                weighted.push((clause, weight));
            }
        }
        let total = weighted.iter().map(|(_, w)| w).sum();
        Ok(Self { weighted, total })
    }

    /// The share (0 to 1) of the query's weight that `question` holds.
    pub fn of(&self, question: &Question) -> f32 {
        if self.total <= 0.0 {
            return 1.0;
        }
        let words = terms_of(question);
        let held: f32 = self
            .weighted
            .iter()
            .filter(|(clause, _)| {
                if clause.phrase {
                    clause.terms.iter().all(|t| words.contains_key(&t.text))
                } else {
                    clause.terms.iter().any(|t| words.contains_key(&t.text))
                }
            })
            .map(|(_, w)| w)
            .sum();
        held / self.total
    }
}

/// The analyzed terms of a question's title and answer.
fn terms_of(question: &Question) -> HashMap<String, usize> {
    schema::term_counts(&format!(
        "{}\n{}",
        question.title,
        question.answer.searchable_text()
    ))
}
