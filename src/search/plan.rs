//! Turning a parsed query into a tantivy query: each word over the title (boosted) and the answer,
//! identifier parts weighted below the whole identifier, phrases in order, exclusions, topic filter.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use crate::search::query::{Clause, Presence};
use pyqa_core::index::schema::{AnalyzedTerm, Fields, analyze};

/// How much more a word in the title counts than a word in the answer.
const TITLE_BOOST: f32 = 2.0;
/// How much a part of an identifier (`map` of `flat_map`) counts beside the whole.
const PART_WEIGHT: f32 = 0.3;

/// A clause with its analyzed terms.
#[derive(Debug, Clone)]
pub struct PlannedClause {
    pub presence: Presence,
    pub phrase: bool,
    pub terms: Vec<AnalyzedTerm>,
}

/// The clauses with their terms; clauses that analyze to nothing are dropped.
pub fn clauses(parsed: &[Clause]) -> Vec<PlannedClause> {
    parsed
        .iter()
        .map(|c| PlannedClause {
            presence: c.presence,
            phrase: c.phrase,
            terms: analyze(&c.text),
        })
        .filter(|c| !c.terms.is_empty())
        .collect()
}

/// The query for `clauses`, filtered to `topic`; `None` when nothing is left to search.
pub fn query(
    fields: Fields,
    clauses: &[PlannedClause],
    topic: Option<&str>,
) -> Option<Box<dyn Query>> {
    let mut parts: Vec<(Occur, Box<dyn Query>)> = clauses
        .iter()
        .map(|clause| {
            let occur = match clause.presence {
                Presence::Should => Occur::Should,
                Presence::Must => Occur::Must,
                Presence::MustNot => Occur::MustNot,
            };
            let title = Box::new(BoostQuery::new(
                field_query(fields.title, clause),
                TITLE_BOOST,
            ));
            let either = BooleanQuery::new(vec![
                (Occur::Should, title),
                (Occur::Should, field_query(fields.body, clause)),
            ]);
            (occur, Box::new(either) as Box<dyn Query>)
        })
        .collect();
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
