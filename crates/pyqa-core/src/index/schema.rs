//! The search index's fields and text analysis, the same when the index is built and when it is read.

use std::collections::{HashMap, HashSet};

use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer, TokenStream,
};

use crate::index::stemmer::EnglishStemmer;
use crate::index::tokenizer::CodeTokenizer;

/// How text is turned into terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// For `title` and `body`: words and identifier parts, lowercased, folded, stemmed.
    Stemmed,
    /// For `words`: the same without stemming, the vocabulary that typos are fixed against.
    Exact,
}

impl Analysis {
    /// The name the analyzer is registered under.
    pub fn name(self) -> &'static str {
        match self {
            Self::Stemmed => "pyqa_stemmed",
            Self::Exact => "pyqa_exact",
        }
    }

    /// A fresh analyzer.
    pub fn analyzer(self) -> TextAnalyzer {
        let exact = TextAnalyzer::builder(CodeTokenizer::default())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter);
        match self {
            Self::Stemmed => exact.filter(EnglishStemmer::default()).build(),
            Self::Exact => exact.build(),
        }
    }
}

/// An analyzer that finds the stemmed terms `wanted` in a text as [`Analysis::Stemmed`] does, and
/// does less for the tokens that cannot be one of them (their text is left unstemmed).
pub fn finding<'a>(wanted: impl IntoIterator<Item = &'a str>) -> TextAnalyzer {
    TextAnalyzer::builder(CodeTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(EnglishStemmer::finding(wanted))
        .build()
}

/// The fields of a question document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The question number: indexed, stored and fast, so hits map back to records.
    pub number: Field,
    pub title: Field,
    pub body: Field,
    /// Title and body words, unstemmed; not scored, only looked up to correct typos.
    pub words: Field,
    /// The topic name as one untokenized term, for `--topic` filters.
    pub topic: Field,
    /// The whole question, postcard-encoded, so user decks need not be loaded to be shown.
    pub record: Field,
}

/// The schema of a question index, and its fields.
pub fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |analysis: Analysis, option: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analysis.name())
                .set_index_option(option),
        )
    };
    let positions = IndexRecordOption::WithFreqsAndPositions;
    let number = builder.add_u64_field("number", INDEXED | STORED | FAST);
    let title = builder.add_text_field("title", text(Analysis::Stemmed, positions));
    let body = builder.add_text_field("body", text(Analysis::Stemmed, positions));
    let words = builder.add_text_field("words", text(Analysis::Exact, IndexRecordOption::Basic));
    let topic = builder.add_text_field("topic", STRING);
    let record = builder.add_bytes_field("record", STORED);
    (
        builder.build(),
        Fields {
            number,
            title,
            body,
            words,
            topic,
            record,
        },
    )
}

/// One stemmed term of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedTerm {
    pub position: usize,
    pub text: String,
    /// Whether the term is a part of a longer term (`flat` of `flat_map`).
    pub part: bool,
}

/// The stemmed terms of `text` in order, without repeats, each marked if it is a part of a
/// longer term. The tokenizer emits a whole identifier before its parts, so a term is a part
/// exactly when an earlier term reaches at least as far.
pub fn analyze(text: &str) -> Vec<AnalyzedTerm> {
    let mut analyzer = Analysis::Stemmed.analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    let mut seen = HashSet::new();
    let mut reach = 0;
    stream.process(&mut |token| {
        let part = reach >= token.offset_to;
        reach = reach.max(token.offset_to);
        if seen.insert(token.text.clone()) {
            terms.push(AnalyzedTerm {
                position: token.position,
                text: token.text.clone(),
                part,
            });
        }
    });
    terms
}

/// Where each stemmed term of `text` occurs, as token positions in order.
pub fn term_positions(text: &str) -> HashMap<String, Vec<usize>> {
    let mut analyzer = Analysis::Stemmed.analyzer();
    let mut positions: HashMap<String, Vec<usize>> = HashMap::new();
    analyzer.token_stream(text).process(&mut |token| {
        positions
            .entry(token.text.clone())
            .or_default()
            .push(token.position);
    });
    positions
}

/// Registers the analyzers on an index; needed before writing to it and before parsing queries.
pub fn register(index: &Index) {
    for analysis in [Analysis::Stemmed, Analysis::Exact] {
        index
            .tokenizers()
            .register(analysis.name(), analysis.analyzer());
    }
}

#[cfg(test)]
mod tests {
    fn analyze(text: &str) -> Vec<super::AnalyzedTerm> {
        super::analyze(text)
    }

    #[test]
    fn parts_of_identifiers_are_marked() {
        let terms: Vec<(String, bool)> = analyze("flat_map")
            .into_iter()
            .map(|t| (t.text, t.part))
            .collect();
        assert_eq!(
            terms,
            [
                ("flat_map".into(), false),
                ("flat".into(), true),
                ("map".into(), true)
            ]
        );
    }

    #[test]
    fn plain_words_are_stemmed_and_whole() {
        let terms: Vec<(String, bool)> = analyze("Retries memoization")
            .into_iter()
            .map(|t| (t.text, t.part))
            .collect();
        assert_eq!(terms, [("retri".into(), false), ("memoiz".into(), false)]);
    }
}
