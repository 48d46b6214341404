//! The built-in set, compiled into the binary by `build.rs` (see `pyqa_core::index::compile`).

use pyqa_core::index::static_directory::StaticDirectory;

use crate::error::Error;
use crate::library::deck::DeckIndex;

/// The blob `build.rs` wrote: the index files, the parsed questions, related lists and vocabulary.
pub static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pyqa.blob"));

/// The built-in deck, its index served from the binary's own bytes.
pub fn deck() -> Result<DeckIndex, Error> {
    let (blob, directory) = StaticDirectory::load(BLOB)
        .map_err(|e| Error::Data(format!("the built-in set is damaged: {e}")))?;
    Ok(DeckIndex::built_in(blob, Box::new(directory)))
}
