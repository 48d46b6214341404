//! Looking things up in an open question index: term rarity and document numbers.

use tantivy::{DocAddress, Searcher, Term};

use crate::index::schema::Fields;
use crate::text::model::QuestionNumber;

/// The inverse document frequency of an analyzed term over titles and answers (BM25's form);
/// 0 for a term no question holds.
#[allow(clippy::cast_precision_loss)] // document counts stay far below 2^24
pub fn idf(searcher: &Searcher, fields: Fields, term: &str) -> tantivy::Result<f32> {
    let mut df = 0;
    for field in [fields.title, fields.body] {
        df = df.max(searcher.doc_freq(&Term::from_field_text(field, term))?);
    }
    if df == 0 {
        return Ok(0.0);
    }
    let (docs, df) = (searcher.num_docs() as f32, df as f32);
    Ok((1.0 + (docs - df + 0.5) / (df + 0.5)).ln())
}

/// The question number of a document, if it has a valid one.
pub fn number_at(
    searcher: &Searcher,
    fields: Fields,
    address: DocAddress,
) -> tantivy::Result<Option<QuestionNumber>> {
    let segment = searcher.segment_reader(address.segment_ord);
    let name = searcher.schema().get_field_name(fields.number);
    let value = segment.fast_fields().u64(name)?.first(address.doc_id);
    Ok(value
        .and_then(|v| u32::try_from(v).ok())
        .map(QuestionNumber))
}

/// Calls `f` with every word of the unstemmed `words` field and the number of questions holding
/// it (per segment: a word in several segments comes once from each).
pub fn each_word(
    searcher: &Searcher,
    fields: Fields,
    f: impl FnMut(&str, u32),
) -> tantivy::Result<()> {
    each_word_in(searcher, fields, None, f)
}

/// Like [`each_word`], for the words that start with `first` only: a short walk of the term
/// dictionary.
pub fn each_word_starting_with(
    searcher: &Searcher,
    fields: Fields,
    first: char,
    f: impl FnMut(&str, u32),
) -> tantivy::Result<()> {
    each_word_in(searcher, fields, Some(first), f)
}

fn each_word_in(
    searcher: &Searcher,
    fields: Fields,
    first: Option<char>,
    mut f: impl FnMut(&str, u32),
) -> tantivy::Result<()> {
    // Words starting with `first` lie between its UTF-8 bytes and the same bytes with the last
    // one raised by one (which no UTF-8 byte sequence of it reaches).
    let bounds = first.map(|c| {
        let mut bytes = [0u8; 4];
        let low = c.encode_utf8(&mut bytes).as_bytes().to_vec();
        let mut high = low.clone();
        if let Some(last) = high.last_mut() {
            *last += 1;
        }
        (low, high)
    });
    for segment in searcher.segment_readers() {
        let index = segment.inverted_index(fields.words)?;
        let mut terms = match &bounds {
            Some((low, high)) => index.terms().range().ge(low).lt(high).into_stream()?,
            None => index.terms().stream()?,
        };
        while terms.advance() {
            if let Ok(word) = std::str::from_utf8(terms.key()) {
                f(word, terms.value().doc_freq);
            }
        }
    }
    Ok(())
}
