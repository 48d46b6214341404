//! Ranked full-text search over the library: BM25 over titles and answers, re-ranked by how much of
//! the query each question covers, with typo correction and highlighted excerpts.

pub mod excerpt;
pub mod key_points;
pub mod plan;
pub mod query;
pub mod rerank;
pub mod spelling;
pub mod statistics;
pub mod thesaurus;
pub mod understand;

use std::collections::BTreeMap;
use std::sync::Arc;

use tantivy::collector::TopDocs;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, Term};

use crate::error::Error;
use crate::library::deck::DeckIndex;
use crate::library::{Entry, Library};
use crate::search::excerpt::{EXCERPT_CHARS, Excerpt, excerpt};
use crate::search::plan::{ClauseRole, PlannedClause};
use crate::search::query::Presence;
use crate::search::rerank::Coverage;
use crate::search::spelling::Correction;
use crate::search::statistics::LibraryStatistics;
use pyqa_core::index::{lookup, schema};
use pyqa_core::text::model::{Question, QuestionNumber};

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
    /// Whether each hit gets an excerpt (the browser shows whole answers instead).
    pub excerpts: bool,
}

/// The results of a search, best first.
#[derive(Debug, Clone)]
pub struct SearchResults<'a> {
    pub hits: Vec<Hit<'a>>,
    /// Words that matched nothing and were replaced by close indexed words.
    pub corrections: Vec<Correction>,
    /// The query as searched, after corrections.
    pub as_searched: String,
    /// What the query became: its words, the words left out, the expansions.
    pub explanation: understand::Explanation,
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

/// The questions of every deck of `library` that match, best first; unknown words are corrected
/// when a close word exists in some deck.
pub fn search<'a>(
    library: &'a Library,
    request: &SearchRequest<'_>,
) -> Result<SearchResults<'a>, Error> {
    if request.text.trim().is_empty() {
        return Err(Error::Usage("the query is empty".into()));
    }
    let mut parsed = query::parse(request.text);
    let code = understand::as_code(&parsed);
    let correctable: Vec<bool> = parsed
        .iter()
        .map(|c| understand::may_correct(c, code))
        .collect();
    let corrections = spelling::correct(library.decks(), &mut parsed, &correctable)?;
    let as_searched = query::to_string(&parsed);
    let indexed = |stem: &str| {
        library
            .decks()
            .iter()
            .any(|deck| deck.holds_term(stem).unwrap_or(true))
    };
    let understood = understand::understand(&parsed, &indexed);
    let clauses = understood.clauses;
    let mut candidates: Vec<Candidate<'_>> = Vec::new();
    let mut snippets: Vec<(&str, SnippetGenerator)> = Vec::new();
    if request.limit > 0 {
        let statistics = match library.decks() {
            [_] => None,
            decks => Some(LibraryStatistics {
                searchers: decks
                    .iter()
                    .map(DeckIndex::searcher)
                    .collect::<Result<_, _>>()?,
            }),
        };
        for deck in library.decks() {
            if let Some(matches) = search_deck(deck, &clauses, request, statistics.as_ref())? {
                candidates.extend(matches.candidates);
                if let Some(generator) = matches.snippets {
                    snippets.push((deck.name(), generator));
                }
            }
        }
    }
    Ok(SearchResults {
        hits: best_hits(candidates, request.limit, &snippets)?,
        corrections,
        as_searched,
        explanation: understood.explanation,
    })
}

/// What one deck contributes to a search.
struct DeckMatches<'a> {
    candidates: Vec<Candidate<'a>>,
    /// Cuts excerpts of the deck's answers around the query's words, when they are wanted.
    snippets: Option<SnippetGenerator>,
}

/// The best BM25 candidates of one deck, re-ranked; `None` when it has none. Scores use the
/// library's statistics when several decks are searched.
fn search_deck<'a>(
    deck: &'a DeckIndex,
    clauses: &[PlannedClause],
    request: &SearchRequest<'_>,
    statistics: Option<&LibraryStatistics<'_>>,
) -> Result<Option<DeckMatches<'a>>, Error> {
    let Some(query) = plan::query(deck.fields(), clauses, request.topic) else {
        return Ok(None);
    };
    let searcher = deck.searcher()?;
    // A limit is never a size to reserve: no deck holds more documents than it has.
    let documents = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
    let limit = request.limit.max(CANDIDATES).min(documents.max(1));
    let collector = TopDocs::with_limit(limit).order_by_score();
    let top = match statistics {
        Some(statistics) => {
            searcher.search_with_statistics_provider(&query, &collector, statistics)?
        }
        None => searcher.search(&query, &collector)?,
    };
    if top.is_empty() {
        return Ok(None);
    }
    let candidates = rerank(deck, clauses, top)?;
    let snippets = if request.excerpts {
        // Excerpts mark the words typed and the single words they were expanded to; the words
        // of an expanded phrase alone (`interpreter` of `global interpreter lock`) are not it.
        let marked: Vec<PlannedClause> = clauses
            .iter()
            .filter(|c| c.role == ClauseRole::Typed || !c.phrase)
            .cloned()
            .collect();
        let marking = plan::query(deck.fields(), &marked, None).unwrap_or(query);
        Some(snippet_generator(searcher, &*marking, deck.fields().body)?)
    } else {
        None
    };
    Ok(Some(DeckMatches {
        candidates,
        snippets,
    }))
}

/// Cuts excerpts of `field` around the terms of `query`, each weighed as tantivy's own
/// `SnippetGenerator::create` weighs it (rarer counts more), with an analyzer that stems only
/// the words that may be one of them.
fn snippet_generator(
    searcher: &Searcher,
    query: &dyn Query,
    field: Field,
) -> Result<SnippetGenerator, Error> {
    let mut terms: Vec<Term> = Vec::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.push(term.clone());
        }
    });
    let mut weighed = BTreeMap::new();
    for term in &terms {
        let value = term.value();
        let Some(text) = value.as_str() else {
            continue;
        };
        let documents = searcher.doc_freq(term)?;
        if documents > 0 {
            #[allow(clippy::cast_precision_loss)] // a count of documents, as tantivy weighs it
            weighed.insert(text.to_owned(), 1.0 / (1.0 + documents as f32));
        }
    }
    let analyzer = schema::finding(weighed.keys().map(String::as_str));
    Ok(SnippetGenerator::new(
        weighed,
        analyzer,
        field,
        EXCERPT_CHARS,
    ))
}

/// Scales each BM25 score by the share of the query its question covers. With one typed clause
/// wanted every candidate holds all of it (or one of its expansions, which BM25 weighs less): nothing to re-rank, and only the questions shown need reading.
fn rerank<'a>(
    deck: &'a DeckIndex,
    clauses: &[PlannedClause],
    top: Vec<(f32, DocAddress)>,
) -> Result<Vec<Candidate<'a>>, Error> {
    let wanted = clauses
        .iter()
        .filter(|c| c.presence != Presence::MustNot && c.role == ClauseRole::Typed)
        .count();
    let coverage = if wanted > 1 {
        Some(Coverage::new(deck, clauses)?)
    } else {
        None
    };
    let mut candidates = Vec::with_capacity(top.len());
    for (score, address) in top {
        let number = lookup::number_at(deck.searcher()?, deck.fields(), address)?
            .ok_or_else(|| Error::Data("a document has no question number".into()))?;
        let (score, question) = match &coverage {
            Some(coverage) => {
                let question = deck.question_at(address)?;
                (score * coverage.of(&question), Some(question))
            }
            None => (score, None),
        };
        candidates.push(Candidate {
            score,
            deck,
            number,
            address,
            question,
        });
    }
    Ok(candidates)
}

/// The `limit` best candidates of all decks as hits, each with its excerpt; ties go to the lower
/// `DECK:N`.
fn best_hits<'a>(
    mut candidates: Vec<Candidate<'a>>,
    limit: usize,
    snippets: &[(&str, SnippetGenerator)],
) -> Result<Vec<Hit<'a>>, Error> {
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.deck.id(a.number).cmp(&b.deck.id(b.number)))
    });
    candidates.truncate(limit);
    let mut hits = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let question = match candidate.question {
            Some(question) => question,
            None => candidate.deck.question_at(candidate.address)?,
        };
        let excerpt = snippets
            .iter()
            .find(|(name, _)| *name == candidate.deck.name())
            .map(|(_, snippets)| excerpt(snippets, &question))
            .unwrap_or_default();
        hits.push(Hit {
            entry: Entry {
                deck: candidate.deck,
                question,
            },
            score: candidate.score,
            excerpt,
        });
    }
    Ok(hits)
}
