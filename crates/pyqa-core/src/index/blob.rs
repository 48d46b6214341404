//! The embedded blob: the index files and the deck, serialized with postcard.
//!
//! `build.rs` writes it to `OUT_DIR/pyqa.blob` (see [`compile`](super::compile)); the binary embeds
//! that file and reads it with no copy of the index files (see
//! [`StaticDirectory`](super::static_directory::StaticDirectory)).

use serde::{Deserialize, Serialize};

use crate::text::model::QuestionNumber;

/// Everything the binary knows about the built-in set.
#[derive(Serialize, Deserialize, Debug)]
pub struct Blob<'a> {
    /// The index files (`meta.json` and one segment's files), borrowed from the blob when read.
    #[serde(borrow)]
    pub files: Vec<IndexFile<'a>>,
    /// The questions as parsed, in number order, each decoded only when it is shown.
    #[serde(borrow)]
    pub questions: Vec<BlobQuestion<'a>>,
    /// Each question's most related questions, best first, worked out at build time.
    pub related: RelatedLists,
    /// The index's unstemmed words with their document counts, `word\tcount` lines, for typo
    /// correction without walking the term dictionary.
    pub vocabulary: &'a str,
}

/// For each question, its most related questions, best first.
pub type RelatedLists = Vec<(QuestionNumber, Vec<QuestionNumber>)>;

/// One question of the built-in set: what finding and listing it needs, and the whole of it
/// postcard-encoded.
#[derive(Serialize, Deserialize, Debug, Clone, Copy)]
pub struct BlobQuestion<'a> {
    pub number: QuestionNumber,
    pub topic: &'a str,
    /// The [`Question`](crate::text::model::Question), postcard-encoded.
    pub encoded: &'a [u8],
}

/// One file of the index.
#[derive(Serialize, Deserialize, Debug)]
pub struct IndexFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}
