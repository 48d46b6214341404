//! Reading a deck file's bytes, bounded: a deck may hold at most [`MAX_DECK_BYTES`], so endless
//! input (`--deck /dev/zero`) ends with an error instead of filling the memory, while a deck read
//! from a pipe (`--deck <(…)`) reads as any file does.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The most a deck file may hold, in bytes (256 MiB): about ten times the largest Q&A collection
/// seen, and a tenth of a small machine's memory.
pub const MAX_DECK_BYTES: u64 = 256 << 20;

/// The bytes of the file at `path`; an error of kind `FileTooLarge` past [`MAX_DECK_BYTES`].
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(MAX_DECK_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_DECK_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!(
                "it holds more than {} MiB, the most a deck may",
                MAX_DECK_BYTES >> 20
            ),
        ));
    }
    Ok(bytes)
}
