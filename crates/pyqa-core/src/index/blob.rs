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
    /// Each question's most related questions, best first, worked out at build time.
    pub related: RelatedLists,
    /// The index's unstemmed words with their document counts, `word\tcount` lines, for typo
    /// correction without walking the term dictionary; deflated ([`deflated`]).
    pub vocabulary: &'a [u8],
}

/// How many questions are deflated together: eight take a sixth less room than one at a time
/// (docs/PERFORMANCE.md); inflating them costs the first question shown about 0.1 ms.
pub const GROUP: usize = 8;

/// For each question, its most related questions, best first.
pub type RelatedLists = Vec<(QuestionNumber, Vec<QuestionNumber>)>;

/// One question of the built-in set: what finding and listing it needs, so that a list of
/// questions or a "See also" decodes none of them.
#[derive(Serialize, Deserialize, Debug, Clone, Copy)]
pub struct BlobQuestion<'a> {
    pub number: QuestionNumber,
    pub title: &'a str,
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
