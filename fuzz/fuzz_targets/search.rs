//! Arbitrary query strings against the embedded index of the built-in set: parsing the query,
//! correcting typos, planning, searching and excerpting never panic or fail.
#![no_main]

#[path = "../../src/blob.rs"]
#[allow(dead_code)]
mod blob;
#[path = "../../src/deck.rs"]
#[allow(dead_code)]
mod deck;
#[path = "../../src/comparison.rs"]
#[allow(dead_code)]
mod comparison;
#[path = "../../src/indexer.rs"]
#[allow(dead_code)]
mod indexer;
#[path = "../../src/lines.rs"]
mod lines;
#[path = "../../src/parse.rs"]
#[allow(dead_code)]
mod parse;
#[path = "../../src/error.rs"]
#[allow(dead_code)]
mod error;
#[path = "../../src/excerpt.rs"]
mod excerpt;
#[path = "../../src/library.rs"]
#[allow(dead_code)]
mod library;
#[path = "../../src/lookup.rs"]
mod lookup;
#[path = "../../src/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "../../src/plan.rs"]
mod plan;
#[path = "../../src/query.rs"]
#[allow(dead_code)]
mod query;
#[path = "../../src/related.rs"]
mod related;
#[path = "../../src/rerank.rs"]
mod rerank;
#[path = "../../src/schema.rs"]
#[allow(dead_code)]
mod schema;
#[path = "../../src/search.rs"]
#[allow(dead_code)]
mod search;
#[path = "../../src/spelling.rs"]
mod spelling;
#[path = "../../src/tokenizer.rs"]
mod tokenizer;

use libfuzzer_sys::fuzz_target;

/// The binary embeds the built-in set's index through its build script; here the same data is
/// indexed in memory with the same code.
mod embedded {
    /// Never called: the fuzz target builds its library from the data instead.
    pub fn load() -> Result<(crate::blob::Blob<'static>, tantivy::directory::RamDirectory), postcard::Error> {
        Err(postcard::Error::DeserializeUnexpectedEnd)
    }
}

thread_local! {
    static LIBRARY: library::Library = {
        let deck = parse::parse(include_str!("../../data/python.txt")).expect("the data parses");
        let directory = tantivy::directory::RamDirectory::create();
        let index = indexer::build(directory, &deck.questions, indexer::Segments::One).expect("the data indexes");
        let reader: tantivy::IndexReader = index.reader_builder().reload_policy(tantivy::ReloadPolicy::Manual).try_into().expect("the index opens");
        let searcher = reader.searcher();
        library::Library::with_decks(vec![deck::DeckIndex::stored("python".into(), searcher)])
    };
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let request = search::SearchRequest { text: &text, limit: 5, topic: None };
    LIBRARY.with(|library| match library.search(&request) {
        Ok(results) => assert!(results.hits.len() <= 5),
        Err(error::Error::Usage(message)) => assert_eq!(message, "the query is empty"),
        Err(other) => panic!("search failed: {other}"),
    });
});
