//! Writing a deck's questions into a tantivy index.
//!
//! `build.rs` builds the built-in set's index with it at compile time; user decks are indexed
//! with it into the cache.

use tantivy::directory::Directory;
use tantivy::{Index, IndexSettings, IndexWriter, TantivyDocument, doc};

use crate::index::schema;
use crate::text::model::Question;

/// The indexing heap of a small deck; tantivy's minimum, ample for one writer thread.
const SMALL_HEAP_BYTES: usize = 15_000_000;
/// The indexing heap per thread for a large deck: a segment is written out when its thread has
/// used this much. More did not index faster (100,000 questions: 2.3 s at 128 MB and at 40 MB)
/// and only raised the peak memory (by 15-20 MiB).
const LARGE_HEAP_BYTES: usize = 40_000_000;
/// From this many questions a deck is indexed with several threads.
const LARGE_DECK: usize = 5_000;

/// How the finished index is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segments {
    /// Merged into one segment (the built-in set, for a reproducible blob).
    One,
    /// As the writer threads left it (faster to build; search is the same).
    Any,
}

/// Creates an index of `questions` in `directory` and commits it. Each question is dropped once
/// it is handed to the writer, so a large deck is not held twice.
pub fn build(
    directory: impl Into<Box<dyn Directory>>,
    questions: Vec<Question>,
    segments: Segments,
) -> tantivy::Result<Index> {
    let (schema, fields) = schema::schema();
    let index = Index::create(directory, schema, IndexSettings::default())?;
    schema::register(&index);
    let (threads, heap) = if questions.len() >= LARGE_DECK {
        let cores = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 4);
        (cores, LARGE_HEAP_BYTES * cores)
    } else {
        (1, SMALL_HEAP_BYTES)
    };
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(threads, heap)?;
    for question in questions {
        let body = question.answer.searchable_text();
        let record = postcard::to_stdvec(&question)
            .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
        writer.add_document(doc!(
            fields.number => u64::from(question.number.0),
            fields.title => question.title.as_str(),
            fields.body => body.as_str(),
            fields.words => question.title.as_str(),
            fields.words => body,
            fields.topic => question.topic.as_str(),
            fields.record => record,
        ))?;
    }
    writer.commit()?;
    let ids = index.searchable_segment_ids()?;
    if segments == Segments::One && ids.len() > 1 {
        writer.merge(&ids).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(index)
}
