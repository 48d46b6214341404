//! Re-ranking by coverage: among the best BM25 candidates, a question that holds more of the
//! query's informative words ranks higher (a rare word counts more than a common one), and one
//! whose title or first words hold them, or that says them close together (the words typed as
//! one thought are one passage), higher still.

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
/// How much more a question counts whose answer's first words (`LEAD_WORDS` of them, two
/// sentences or so) hold all of the query: the answer it starts with is about the query.
const LEAD_BONUS: f32 = 1.0;
const LEAD_WORDS: usize = 30;
/// How much of a clause's weight a question holds through an expansion of it alone.
const EXPANSION_CREDIT: f32 = 0.9;
/// How much more a question counts whose answer or title says all of the query's words next to
/// each other; less as they lie further apart.
const PROXIMITY_BONUS: f32 = 1.0;
/// The most distinct words whose closeness counts: finding the window looks at each of them for
/// every position of theirs.
const MOST_CLOSE_WORDS: usize = 16;

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

    /// The share (0 to 1) of the query's weight that `question` holds, raised for the share its
    /// title holds, the share its answer's first words hold, and how close together it says
    /// them; a clause held only through one of its expansions counts for less.
    pub fn of(&self, question: &Question) -> f32 {
        if self.total <= 0.0 {
            return 1.0;
        }
        let words = terms_of(question);
        let title = schema::term_positions(&question.title);
        let share = self.held(|t| words.contains_key(t)) / self.total;
        let title_share = self.held(|t| title.contains_key(t)) / self.total;
        // The answer's first words: where an answer that starts with the answer says it.
        let title_len = title.values().flatten().max().map_or(0, |&p| p + 1);
        let lead_end = title_len + LEAD_WORDS;
        let lead_share = self.held(|t| {
            words
                .get(t)
                .is_some_and(|at| at.iter().any(|&p| p >= title_len && p < lead_end))
        }) / self.total;
        share
            * (1.0 + TITLE_BONUS * title_share)
            * (1.0 + LEAD_BONUS * lead_share)
            * (1.0 + PROXIMITY_BONUS * self.closeness(&words))
    }

    /// The weight of the clauses whose terms `holds` says a question holds.
    fn held(&self, holds: impl Fn(&str) -> bool) -> f32 {
        let clause_held = |clause: &PlannedClause| {
            if clause.phrase {
                clause.terms.iter().all(|t| holds(&t.text))
            } else {
                clause.terms.iter().any(|t| holds(&t.text))
            }
        };
        self.weighted
            .iter()
            .map(|&(index, clause, weight)| {
                if clause_held(clause) {
                    weight
                } else if self.expansions.iter().any(|e| {
                    matches!(&e.role, ClauseRole::Expansion { of } if of.contains(&index))
                        && clause_held(e)
                }) {
                    weight * EXPANSION_CREDIT
                } else {
                    0.0
                }
            })
            .sum()
    }

    /// How close together (0 to 1) a question says the typed clauses it holds, weighted by the
    /// share of the query they are: 1 when all of them stand next to each other somewhere.
    #[allow(clippy::cast_precision_loss)] // counts of words in one answer
    fn closeness(&self, words: &HashMap<String, Vec<usize>>) -> f32 {
        let mut lists: Vec<Vec<usize>> = Vec::new();
        let mut weight = 0.0;
        for &(_, clause, clause_weight) in &self.weighted {
            let mut at: Vec<usize> = clause
                .terms
                .iter()
                .filter_map(|t| words.get(&t.text))
                .flatten()
                .copied()
                .collect();
            if at.is_empty() {
                continue;
            }
            at.sort_unstable();
            // A word typed twice is one word; a query of very many words is not one thought.
            if !lists.contains(&at) {
                if lists.len() == MOST_CLOSE_WORDS {
                    return 0.0;
                }
                lists.push(at);
            }
            weight += clause_weight;
        }
        if lists.len() < 2 {
            return 0.0;
        }
        let span = narrowest_span(&lists);
        (lists.len() - 1) as f32 / span.max(1) as f32 * weight / self.total
    }
}

/// The fewest positions a window must cover to hold one position of every list (each sorted):
/// the window's last position minus its first.
fn narrowest_span(lists: &[Vec<usize>]) -> usize {
    let mut next = vec![0; lists.len()];
    let mut best = usize::MAX;
    loop {
        let (mut low, mut high, mut lowest) = (usize::MAX, 0, 0);
        for (list, (&at, items)) in next.iter().zip(lists).enumerate() {
            let position = items[at];
            if position < low {
                low = position;
                lowest = list;
            }
            high = high.max(position);
        }
        best = best.min(high - low);
        next[lowest] += 1;
        if next[lowest] == lists[lowest].len() {
            return best;
        }
    }
}

/// Where each analyzed term of a question's title and answer stands.
fn terms_of(question: &Question) -> HashMap<String, Vec<usize>> {
    schema::term_positions(&format!(
        "{}\n{}",
        question.title,
        question.answer.searchable_text()
    ))
}
