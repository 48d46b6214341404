//! The search index's fields and text analysis, the same when the index is built and when it is read.
//!
//! Shared with `build.rs`.

use tantivy::Index;
use tantivy::schema::{
    Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};

/// The name under which [`analyzer`] is registered on every index.
pub const ANALYZER: &str = "pyqa";

/// The fields of a question document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The question number: indexed, stored and fast, so hits map back to records.
    pub number: Field,
    pub title: Field,
    pub body: Field,
    /// The topic name as one untokenized term, for `--topic` filters.
    pub topic: Field,
}

/// The schema of a question index, and its fields.
pub fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let number = builder.add_u64_field("number", INDEXED | STORED | tantivy::schema::FAST);
    let title = builder.add_text_field("title", text.clone());
    let body = builder.add_text_field("body", text);
    let topic = builder.add_text_field("topic", STRING);
    (
        builder.build(),
        Fields {
            number,
            title,
            body,
            topic,
        },
    )
}

/// Lowercased, ASCII-folded, English-stemmed words.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Registers the analyzer on an index; needed before writing to it and before parsing queries.
pub fn register(index: &Index) {
    index.tokenizers().register(ANALYZER, analyzer());
}
