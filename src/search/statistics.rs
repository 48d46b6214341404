//! BM25 over the whole library: when several decks are searched, each deck's scores use the
//! document counts, term frequencies and field lengths of all of them together, as a search
//! spread over several indexes does (Elasticsearch's "DFS"), so that a word common in one deck
//! and rare in another weighs the same in both and scores of different decks compare.

use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// The summed statistics of several decks' indexes, which share one schema.
#[derive(Debug)]
pub struct LibraryStatistics<'a> {
    pub searchers: Vec<&'a Searcher>,
}

impl Bm25StatisticsProvider for LibraryStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        self.searchers
            .iter()
            .map(|s| s.total_num_tokens(field))
            .sum()
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.searchers.iter().map(|s| s.total_num_docs()).sum()
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searchers.iter().map(|s| s.doc_freq(term)).sum()
    }
}
