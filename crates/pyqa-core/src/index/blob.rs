//! The embedded blob: the index files and the deck, serialized with postcard.
//!
//! `build.rs` writes it to `OUT_DIR/pyqa.blob` (see [`compile`](super::compile)); the binary embeds
//! that file and reads it with no copy of the index files (see
//! [`StaticDirectory`](super::static_directory::StaticDirectory)).

use serde::{Deserialize, Serialize};

use crate::text::model::{Question, QuestionNumber};

/// Everything the binary knows about the built-in set.
#[derive(Serialize, Deserialize, Debug)]
pub struct Blob<'a> {
    /// The index files (`meta.json` and one segment's files), borrowed from the blob when read.
    #[serde(borrow)]
    pub files: Vec<IndexFile<'a>>,
    /// What finding and listing each question needs, in number order.
    #[serde(borrow)]
    pub questions: Vec<BlobQuestion<'a>>,
    /// The topic names the questions point to, in order of their first question.
    #[serde(borrow)]
    pub topics: Vec<&'a str>,
    /// The questions themselves, in number order, [`GROUP`] to a group: each group a
    /// postcard-encoded list, deflated ([`deflated`]) and inflated when one of it is first shown.
    /// Their titles and topics are left empty: [`Blob::questions`] holds them.
    #[serde(borrow)]
    pub groups: Vec<&'a [u8]>,
    /// Each question's most related questions, best first, worked out at build time:
    /// [`RELATED_KEPT`] little-endian `u16` numbers a question, in the listing's order (0 where
    /// it has fewer), read in place with [`related_of`].
    #[serde(borrow)]
    pub related: &'a [u8],
    /// The index's unstemmed words with their document counts, `word\tcount` lines, for typo
    /// correction without walking the term dictionary; deflated ([`deflated`]).
    pub vocabulary: &'a [u8],
}

/// How many questions are deflated together: eight took 18 KB less room than two, but `show`
/// inflated all eight; with two, `show 64` starts within 5 % of the 27-question build
/// (docs/PERFORMANCE.md).
pub const GROUP: usize = 2;

/// How many related questions are kept for each question.
pub const RELATED_KEPT: usize = 10;

/// Adds a question's related questions, best first, to the related lists being written (see
/// [`Blob::related`]); why not when a number does not fit.
pub fn push_related(lists: &mut Vec<u8>, related: &[QuestionNumber]) -> Result<(), String> {
    let mut kept = [0_u16; RELATED_KEPT];
    for (slot, number) in kept.iter_mut().zip(related) {
        *slot = u16::try_from(number.0)
            .ok()
            .filter(|&n| n != 0)
            .ok_or_else(|| format!("question {number}: related lists hold numbers 1 to 65535"))?;
    }
    lists.extend(kept.iter().flat_map(|n| n.to_le_bytes()));
    Ok(())
}

/// The related questions of the question at `place` in the listing, best first: nothing when
/// `related` does not reach it.
pub fn related_of(related: &[u8], place: usize) -> Vec<QuestionNumber> {
    let at = place.saturating_mul(2 * RELATED_KEPT);
    related
        .get(at..at.saturating_add(2 * RELATED_KEPT))
        .unwrap_or_default()
        .chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
        .take_while(|&number| number != 0)
        .map(|number| QuestionNumber(u32::from(number)))
        .collect()
}

/// One question of the built-in set: what finding and listing it needs, so that a list of
/// questions or a "See also" decodes none of them.
#[derive(Serialize, Deserialize, Debug, Clone, Copy)]
pub struct BlobQuestion<'a> {
    pub number: QuestionNumber,
    /// The title's UTF-8, checked when it is used: a run shows a few titles of the set, and
    /// checking them all would cost `show` more than decoding its question.
    #[serde(borrow)]
    pub title: &'a [u8],
    /// Its topic's place in [`Blob::topics`].
    pub topic: u16,
}

/// A group of [`Blob::groups`] as its questions; why not when its bytes are damaged.
pub fn group(bytes: &[u8]) -> Result<Vec<Question>, String> {
    postcard::from_bytes(&inflated(bytes)?).map_err(|e| e.to_string())
}

/// The most bytes a deflated part of the blob inflates to: far more than any question or the
/// vocabulary, so that damaged bytes cannot ask for unbounded memory.
const MOST_INFLATED: usize = 16 << 20;

/// `bytes` deflated as compactly as the format allows: done once, at build time.
pub fn deflated(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 10)
}

/// What [`deflated`] made `bytes` of; why not when they are damaged.
pub fn inflated(bytes: &[u8]) -> Result<Vec<u8>, String> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MOST_INFLATED)
        .map_err(|e| format!("{:?}", e.status))
}

/// One file of the index.
#[derive(Serialize, Deserialize, Debug)]
pub struct IndexFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}
