//! Turning an understood query into a tantivy query: each clause over the title (boosted) and the
//! answer, weighted as understood, identifier parts below the whole identifier, phrases in order,
//! exclusions, topic filter.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur, PhraseQuery,
    Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use crate::search::query::Presence;
use pyqa_core::index::schema::{AnalyzedTerm, Fields};

/// How much more a word in the title counts than a word in the answer.
const TITLE_BOOST: f32 = 2.0;
/// How much of the lesser scores of a word and its expansions a question adds to the best.
const TIE_BREAKER: f32 = 0.3;
/// How much a part of an identifier (`map` of `flat_map`) counts beside the whole.
const PART_WEIGHT: f32 = 0.3;

/// A clause with its analyzed terms and how much it counts.
#[derive(Debug, Clone)]
pub struct PlannedClause {
    pub presence: Presence,
    pub phrase: bool,
    pub terms: Vec<AnalyzedTerm>,
    /// 1 for a subject word typed; less for a generic word or an expansion.
    pub weight: f32,
    pub role: ClauseRole,
}

/// Where a clause comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClauseRole {
    /// Typed by the user.
    Typed,
    /// Added from the thesaurus for the typed clauses `of` (indices into the same list).
    Expansion { of: Vec<usize> },
}

/// The query for `clauses`, filtered to `topic`; `None` when nothing is left to search.
pub fn query(
    fields: Fields,
    clauses: &[PlannedClause],
    topic: Option<&str>,
) -> Option<Box<dyn Query>> {
    let mut typed: Vec<(Occur, Vec<Box<dyn Query>>)> = Vec::new();
    let mut loose: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for clause in clauses {
        let occur = match clause.presence {
            Presence::Should => Occur::Should,
            Presence::Must => Occur::Must,
            Presence::MustNot => Occur::MustNot,
        };
        let title = Box::new(BoostQuery::new(
            field_query(fields.title, clause),
            TITLE_BOOST,
        ));
        let either: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Should, title),
            (Occur::Should, field_query(fields.body, clause)),
        ]));
        let weighted: Box<dyn Query> = if (clause.weight - 1.0).abs() < f32::EPSILON {
            either
        } else {
            Box::new(BoostQuery::new(either, clause.weight))
        };
        match &clause.role {
            ClauseRole::Typed => typed.push((occur, vec![weighted])),
            // An expansion competes with the word it stands for: a question scores the better
            // of the two (and a little of the other), so it never gains for holding both.
            ClauseRole::Expansion { of } => match of.first().and_then(|&i| typed.get_mut(i)) {
                Some((Occur::Should, alternatives)) => alternatives.push(weighted),
                _ => loose.push((Occur::Should, weighted)),
            },
        }
    }
    let mut parts: Vec<(Occur, Box<dyn Query>)> = typed
        .into_iter()
        .map(|(occur, mut alternatives)| {
            let query: Box<dyn Query> = if alternatives.len() == 1 {
                alternatives.remove(0)
            } else {
                Box::new(DisjunctionMaxQuery::with_tie_breaker(
                    alternatives,
                    TIE_BREAKER,
                ))
            };
            (occur, query)
        })
        .collect();
    parts.extend(loose);
    if parts.is_empty() {
        return None;
    }
    if parts.iter().all(|(occur, _)| *occur == Occur::MustNot) {
        parts.push((Occur::Must, Box::new(AllQuery)));
    }
    let words: Box<dyn Query> = Box::new(BooleanQuery::new(parts));
    let Some(topic) = topic else {
        return Some(words);
    };
    // The words stay one required clause of their own: a topic beside optional words would
    // make them optional too, and list the whole topic whatever the query.
    let term = TermQuery::new(
        Term::from_field_text(fields.topic, topic),
        IndexRecordOption::Basic,
    );
    Some(Box::new(BooleanQuery::new(vec![
        (Occur::Must, words),
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(Box::new(term), 0.0)),
        ),
    ])))
}

/// One clause over one field: its words in order for a phrase, otherwise any of its terms.
fn field_query(field: Field, clause: &PlannedClause) -> Box<dyn Query> {
    if clause.phrase {
        let ordered = one_term_per_position(field, &clause.terms);
        if ordered.len() > 1 {
            return Box::new(PhraseQuery::new_with_offset(ordered));
        }
    }
    let should = clause
        .terms
        .iter()
        .map(|term| {
            let query = TermQuery::new(
                Term::from_field_text(field, &term.text),
                IndexRecordOption::WithFreqs,
            );
            let weight = if term.part { PART_WEIGHT } else { 1.0 };
            (
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(query), weight)) as Box<dyn Query>,
            )
        })
        .collect();
    Box::new(BooleanQuery::new(should))
}

/// For a phrase, the finest part at each position: `"flat_map"` matches as `flat`, `map`.
fn one_term_per_position(field: Field, terms: &[AnalyzedTerm]) -> Vec<(usize, Term)> {
    let mut ordered: Vec<(usize, &str)> = Vec::new();
    for term in terms {
        match ordered.last_mut() {
            Some(last) if last.0 == term.position => *last = (term.position, &term.text),
            _ => ordered.push((term.position, &term.text)),
        }
    }
    let first = ordered.first().map_or(0, |(p, _)| *p);
    ordered
        .into_iter()
        .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
        .collect()
}
