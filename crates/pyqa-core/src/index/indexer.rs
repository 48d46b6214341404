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
/// used this much. 100,000 questions, two threads, in one run: 2.9 s and 134 MiB at 20 MB (12
/// segments), 2.9 s and 159 MiB at 40 MB (4 segments); a search is as fast either way.
const LARGE_HEAP_BYTES: usize = 20_000_000;
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

/// What the index holds besides what search scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// Also each question, postcard-encoded, in the document store (read back when shown) and its
    /// words unstemmed (looked up to correct typos): a user deck's index is all there is of it.
    Everything,
    /// Only what search scores: the built-in set keeps its questions and vocabulary in its blob.
    Scored,
}

/// How many questions are to be indexed, which sets the writer threads and their memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckSize {
    /// Indexed by one thread.
    Small,
    /// Indexed by a thread per core (up to four).
    Large,
}

impl DeckSize {
    /// The size of a deck of `questions`.
    pub fn of(questions: usize) -> Self {
        if questions >= LARGE_DECK {
            Self::Large
        } else {
            Self::Small
        }
    }
}

/// Creates an index of `questions` in `directory` and commits it. Each question is dropped once
/// it is handed to the writer, so a large deck is not held twice; they can be read as they are
/// taken.
pub fn build(
    directory: impl Into<Box<dyn Directory>>,
    questions: impl IntoIterator<Item = Question>,
    size: DeckSize,
    segments: Segments,
    holds: Holds,
) -> tantivy::Result<Index> {
    let (schema, fields) = schema::schema();
    let index = Index::create(directory, schema, IndexSettings::default())?;
    schema::register(&index);
    let (threads, heap) = match size {
        DeckSize::Large => {
            let cores = std::thread::available_parallelism()
                .map_or(1, std::num::NonZero::get)
                .clamp(1, 4);
            (cores, LARGE_HEAP_BYTES * cores)
        }
        DeckSize::Small => (1, SMALL_HEAP_BYTES),
    };
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(threads, heap)?;
    if segments == Segments::Any {
        // Merging while indexing reads the written segments back: time and memory for nothing.
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    }
    for question in questions {
        let body = question.answer.searchable_text();
        let mut document = doc!(
            fields.number => u64::from(question.number.0),
            fields.title => question.title.as_str(),
            fields.body => body.as_str(),
            fields.topic => question.topic.as_str(),
        );
        if holds == Holds::Everything {
            let record = postcard::to_stdvec(&question)
                .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
            document.add_text(fields.words, question.title.as_str());
            document.add_text(fields.words, body);
            document.add_bytes(fields.record, &record);
        }
        writer.add_document(document)?;
    }
    writer.commit()?;
    let ids = index.searchable_segment_ids()?;
    if segments == Segments::One && ids.len() > 1 {
        writer.merge(&ids).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(index)
}
