//! Arbitrary query strings against the built-in set, embedded as in the binary: parsing the
//! query, correcting typos, planning, searching and excerpting never panic or fail.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyqa::error::Error;
use pyqa::library::Library;
use pyqa::search::{self, SearchRequest};

thread_local! {
    static LIBRARY: Library = Library::new(Vec::new()).expect("the built-in set loads");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let request = SearchRequest { text: &text, limit: 5, topic: None, excerpts: true };
    LIBRARY.with(|library| match search::search(library, &request) {
        Ok(results) => assert!(results.hits.len() <= 5),
        Err(Error::Usage(message)) => assert_eq!(message, "the query is empty"),
        Err(other) => panic!("search failed: {other}"),
    });
});
