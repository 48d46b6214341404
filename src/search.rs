//! Ranked full-text search over the library: BM25 over titles and answers, re-ranked by how much of
//! the query each question covers, with typo correction and highlighted excerpts.

use std::sync::Arc;

use tantivy::DocAddress;
use tantivy::collector::TopDocs;
use tantivy::snippet::SnippetGenerator;

use crate::deck::DeckIndex;
use crate::error::Error;
use crate::excerpt::{EXCERPT_CHARS, Excerpt, excerpt};
use crate::library::{Entry, Library};
use crate::lookup;
use crate::model::{Question, QuestionNumber};
use crate::plan;
use crate::query::{self, Presence};
use crate::rerank::Coverage;
use crate::spelling::{self, Correction};

/// How many BM25 candidates are re-ranked, at the least.
const CANDIDATES: usize = 30;

/// What to look for.
#[derive(Debug, Clone)]
pub struct SearchRequest<'a> {
    /// The user's words, in any syntax; nothing is a syntax error.
    pub text: &'a str,
    pub limit: usize,
    /// A topic name exactly as in the set (see [`Library::resolve_topic`]).
    pub topic: Option<&'a str>,
}

/// The results of a search, best first.
#[derive(Debug, Clone)]
pub struct SearchResults<'a> {
    pub hits: Vec<Hit<'a>>,
    /// Words that matched nothing and were replaced by close indexed words.
    pub corrections: Vec<Correction>,
    /// The query as searched, after corrections.
    pub as_searched: String,
}

/// A document that matched, before the cut to the requested number of results.
struct Candidate<'a> {
    score: f32,
    deck: &'a DeckIndex,
    number: QuestionNumber,
    address: DocAddress,
    /// Read already when re-ranking needed it.
    question: Option<Arc<Question>>,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub entry: Entry<'a>,
    /// BM25 scaled by the share of the query the question covers; higher is better.
    pub score: f32,
    pub excerpt: Excerpt,
}

impl Library {
    /// The questions of every deck that match, best first; unknown words are corrected when a
    /// close word exists in some deck.
    pub fn search(&self, request: &SearchRequest<'_>) -> Result<SearchResults<'_>, Error> {
        if request.text.trim().is_empty() {
            return Err(Error::Usage("the query is empty".into()));
        }
        let mut parsed = query::parse(request.text);
        let corrections = spelling::correct(self.decks(), &mut parsed)?;
        let as_searched = query::to_string(&parsed);
        let clauses = plan::clauses(&parsed);
        // With one wanted clause every candidate holds all of it: nothing to re-rank, and only
        // the questions shown need to be read.
        let wanted = clauses
            .iter()
            .filter(|c| c.presence != Presence::MustNot)
            .count();
        let mut ranked: Vec<Candidate<'_>> = Vec::new();
        let mut generators: Vec<(&str, SnippetGenerator)> = Vec::new();
        for deck in self.decks() {
            let Some(query) =
                plan::query(deck.fields(), &clauses, request.topic).filter(|_| request.limit > 0)
            else {
                continue;
            };
            let searcher = deck.searcher()?;
            let limit = request.limit.max(CANDIDATES);
            let candidates =
                searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
            if candidates.is_empty() {
                continue;
            }
            let coverage = if wanted > 1 {
                Some(Coverage::new(deck, &clauses)?)
            } else {
                None
            };
            for (score, address) in candidates {
                let number = lookup::number_at(searcher, deck.fields(), address)?
                    .ok_or_else(|| Error::Data("a document has no question number".into()))?;
                let (score, question) = match &coverage {
                    Some(coverage) => {
                        let question = deck.question_at(address)?;
                        (score * coverage.of(&question), Some(question))
                    }
                    None => (score, None),
                };
                ranked.push(Candidate {
                    score,
                    deck,
                    number,
                    address,
                    question,
                });
            }
            let mut snippets = SnippetGenerator::create(searcher, &*query, deck.fields().body)?;
            snippets.set_max_num_chars(EXCERPT_CHARS);
            generators.push((deck.name(), snippets));
        }
        ranked.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.deck.id(a.number).cmp(&b.deck.id(b.number)))
        });
        ranked.truncate(request.limit);
        let mut hits = Vec::with_capacity(ranked.len());
        for candidate in ranked {
            let question = match candidate.question {
                Some(question) => question,
                None => candidate.deck.question_at(candidate.address)?,
            };
            let (score, entry) = (
                candidate.score,
                Entry {
                    deck: candidate.deck,
                    question,
                },
            );
            let excerpt = generators
                .iter()
                .find(|(name, _)| *name == entry.deck.name())
                .map(|(_, snippets)| excerpt(snippets, &entry.question))
                .unwrap_or_default();
            hits.push(Hit {
                entry,
                score,
                excerpt,
            });
        }
        Ok(SearchResults {
            hits,
            corrections,
            as_searched,
        })
    }
}
