//! Ranked full-text search over the library: BM25 over titles and answers, re-ranked by how much of
//! the query each question covers, with typo correction and highlighted excerpts.

use tantivy::collector::TopDocs;
use tantivy::snippet::SnippetGenerator;

use crate::error::Error;
use crate::excerpt::{EXCERPT_CHARS, Excerpt, excerpt};
use crate::library::Library;
use crate::lookup;
use crate::model::Question;
use crate::plan;
use crate::query;
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

/// One result.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub question: &'a Question,
    /// BM25 scaled by the share of the query the question covers; higher is better.
    pub score: f32,
    pub excerpt: Excerpt,
}

impl Library {
    /// The questions that match, best first; unknown words are corrected when a close word exists.
    pub fn search(&self, request: &SearchRequest<'_>) -> Result<SearchResults<'_>, Error> {
        if request.text.trim().is_empty() {
            return Err(Error::Usage("the query is empty".into()));
        }
        let (searcher, fields) = (self.searcher()?, self.fields());
        let mut parsed = query::parse(request.text);
        let corrections = spelling::correct(searcher, fields, self.vocabulary(), &mut parsed)?;
        let as_searched = query::to_string(&parsed);
        let clauses = plan::clauses(&parsed);
        let query = match plan::query(fields, &clauses, request.topic) {
            Some(query) if request.limit > 0 => query,
            _ => {
                return Ok(SearchResults {
                    hits: Vec::new(),
                    corrections,
                    as_searched,
                });
            }
        };
        let candidates = searcher.search(
            &query,
            &TopDocs::with_limit(request.limit.max(CANDIDATES)).order_by_score(),
        )?;
        let coverage = Coverage::new(self, &clauses)?;
        let mut ranked = candidates
            .into_iter()
            .map(|(score, address)| {
                let number = lookup::number_at(searcher, fields, address)?
                    .ok_or_else(|| Error::Data("a document has no question number".into()))?;
                let question = self.indexed(number)?;
                Ok((score * coverage.of(question), question))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.number.cmp(&b.1.number)));
        ranked.truncate(request.limit);
        let mut snippets = SnippetGenerator::create(searcher, &*query, fields.body)?;
        snippets.set_max_num_chars(EXCERPT_CHARS);
        let hits = ranked
            .into_iter()
            .map(|(score, question)| Hit {
                question,
                score,
                excerpt: excerpt(&snippets, question),
            })
            .collect();
        Ok(SearchResults {
            hits,
            corrections,
            as_searched,
        })
    }
}
