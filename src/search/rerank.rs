//! Re-ranking by coverage: among the best BM25 candidates, a question that holds more of the
//! query's informative words ranks higher (a rare word counts more than a common one).

use std::collections::HashMap;

use crate::error::Error;
use crate::library::deck::DeckIndex;
use crate::search::plan::{ClauseRole, PlannedClause};
use crate::search::query::Presence;
use pyqa_core::index::schema;
use pyqa_core::text::model::Question;

/// How much more a question counts whose title holds all of the query (the title that answers
/// outranks a long answer that repeats the words).
const TITLE_BONUS: f32 = 0.5;
/// How much of a clause's weight a question holds through an expansion of it alone.
const EXPANSION_CREDIT: f32 = 0.9;

/// How the wanted clauses of a query weigh, by the rarity of their words.
#[derive(Debug, Clone)]
pub struct Coverage<'a> {
    /// Each typed clause wanted, with its index and weight.
    weighted: Vec<(usize, &'a PlannedClause, f32)>,
    expansions: Vec<&'a PlannedClause>,
    total: f32,
}

impl<'a> Coverage<'a> {
    /// Weighs each typed clause wanted by the inverse document frequency of its rarest word,
    /// times its own weight.
    pub fn new(deck: &DeckIndex, clauses: &'a [PlannedClause]) -> Result<Self, Error> {
        let mut weighted = Vec::new();
        let mut expansions = Vec::new();
        for (index, clause) in clauses.iter().enumerate() {
            if clause.presence == Presence::MustNot {
                continue;
            }
            if clause.role != ClauseRole::Typed {
                expansions.push(clause);
                continue;
            }
            let mut weight: f32 = 0.0;
            for term in &clause.terms {
                weight = weight.max(deck.idf(&term.text)?);
            }
            if weight > 0.0 {
                weighted.push((index, clause, weight * clause.weight));
            }
        }
        let total = weighted.iter().map(|(_, _, w)| w).sum();
        Ok(Self {
            weighted,
            expansions,
            total,
        })
    }

    /// The share (0 to 1) of the query's weight that `question` holds, raised by up to
    /// `TITLE_BONUS` for the share its title holds; a clause held only through one of its
    /// expansions counts for less.
    pub fn of(&self, question: &Question) -> f32 {
        if self.total <= 0.0 {
            return 1.0;
        }
        let words = terms_of(question);
        let title = schema::term_counts(&question.title);
        let share = self.held(&words) / self.total;
        let title_share = self.held(&title) / self.total;
        share * (1.0 + TITLE_BONUS * title_share)
    }

    /// The weight of the clauses `words` hold.
    fn held(&self, words: &HashMap<String, usize>) -> f32 {
        let holds = |clause: &PlannedClause| {
            if clause.phrase {
                clause.terms.iter().all(|t| words.contains_key(&t.text))
            } else {
                clause.terms.iter().any(|t| words.contains_key(&t.text))
            }
        };
        self.weighted
            .iter()
            .map(|&(index, clause, weight)| {
                if holds(clause) {
                    weight
                } else if self.expansions.iter().any(|e| {
                    matches!(&e.role, ClauseRole::Expansion { of } if of.contains(&index))
                        && holds(e)
                }) {
                    weight * EXPANSION_CREDIT
                } else {
                    0.0
                }
            })
            .sum()
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
