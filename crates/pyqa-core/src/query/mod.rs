//! Reading a query as a question: which of its words only shape the question, which are common
//! to every question about Python, and what else its words and phrases may be called (the
//! thesaurus, compiled by `build.rs` into the binary).

pub mod thesaurus;
pub mod words;
