//! Questions as a tantivy index: the schema and text analysis, writing an index, looking things
//! up in it, related questions, and the embedded blob (its format, how `build.rs` compiles it,
//! and a read-only directory over it).

pub mod blob;
pub mod compile;
pub mod indexer;
pub mod lookup;
pub mod read_only;
pub mod related;
pub mod schema;
pub mod static_directory;
pub mod stemmer;
pub mod tokenizer;
