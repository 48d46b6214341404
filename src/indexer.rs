//! Writing a deck's questions into a tantivy index, merged into one segment.
//!
//! Shared with `build.rs`, which builds the built-in set's index at compile time.

use tantivy::directory::Directory;
use tantivy::{Index, IndexSettings, IndexWriter, TantivyDocument, doc};

use crate::model::Question;
use crate::schema;

/// The indexing heap; tantivy's minimum, ample for one writer thread.
const WRITER_HEAP_BYTES: usize = 15_000_000;

/// Creates an index of `questions` in `directory`, committed and merged into one segment.
pub fn build(
    directory: impl Into<Box<dyn Directory>>,
    questions: &[Question],
) -> tantivy::Result<Index> {
    let (schema, fields) = schema::schema();
    let index = Index::create(directory, schema, IndexSettings::default())?;
    schema::register(&index);
    let mut writer: IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(1, WRITER_HEAP_BYTES)?;
    for question in questions {
        let body = question.answer.plain_text();
        let record = postcard::to_stdvec(question)
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
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(index)
}
