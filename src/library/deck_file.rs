//! Reading a deck's bytes, bounded: a deck may hold at most [`MAX_DECK_BYTES`], so endless
//! input (`--deck /dev/zero`) ends with an error instead of filling the memory, while a deck read
//! from a pipe (`--deck <(…)`) reads as any file does. A folder deck's files are listed here
//! (bounded in depth and number) and read within the same limit, together.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use pyqa_core::text::folder::{self, FolderFile, Skip};
use pyqa_core::text::read;

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

/// How deep below a folder deck its files are looked for.
const MAX_DEPTH: usize = 8;
/// The most files a folder deck may list; the rest are not looked at.
const MAX_FOLDER_FILES: usize = 100_000;

/// The files of a folder deck, found but not read yet.
#[derive(Debug, Default)]
pub struct Listing {
    /// By path.
    pub files: Vec<Listed>,
}

/// One file of a folder deck.
#[derive(Debug)]
pub struct Listed {
    /// The path below the folder, `/`-separated.
    pub relative: String,
    pub path: PathBuf,
    pub size: u64,
    /// Nanoseconds since the Unix epoch; 0 when the system does not say.
    pub modified: u128,
}

impl Listing {
    /// The files below `dir`, but hidden ones (`.git`) and folders reached by a symbolic link,
    /// down to [`MAX_DEPTH`] folders and at most [`MAX_FOLDER_FILES`] files.
    pub fn of(dir: &Path) -> io::Result<Self> {
        let mut listing = Self::default();
        listing.walk(dir, "", 0)?;
        listing.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Ok(listing)
    }

    fn walk(&mut self, dir: &Path, prefix: &str, depth: usize) -> io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let Ok(entry) = entry else { continue };
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || self.files.len() >= MAX_FOLDER_FILES {
                continue;
            }
            let relative = format!("{prefix}{name}");
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    // A folder that cannot be listed gives no files; its siblings still do.
                    let _ = self.walk(&path, &format!("{relative}/"), depth + 1);
                }
                continue;
            }
            let Ok(metadata) = fs::metadata(&path) else {
                continue;
            };
            if !metadata.is_file() {
                continue;
            }
            self.files.push(Listed {
                relative,
                path,
                size: metadata.len(),
                modified: modified(&metadata),
            });
        }
        Ok(())
    }

    /// The bytes of all files together.
    pub fn size(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }

    /// The files read: deck files (by extension) while the bytes read stay within
    /// [`MAX_DECK_BYTES`]; every other file with the reason it was not read.
    pub fn read(&self) -> Vec<FolderFile> {
        let mut total = 0;
        self.files
            .iter()
            .map(|file| {
                let content =
                    if !read::is_deck_file(&file.path) && !folder::is_read_in_folders(&file.path) {
                        Err(Skip::NotADeckFile)
                    } else if total + file.size > MAX_DECK_BYTES {
                        Err(Skip::TooLarge)
                    } else {
                        match self::read(&file.path) {
                            Ok(bytes) => {
                                total += bytes.len() as u64;
                                Ok(bytes)
                            }
                            Err(_) => Err(Skip::Unreadable),
                        }
                    };
                FolderFile {
                    path: file.relative.clone(),
                    content,
                }
            })
            .collect()
    }
}

/// A file's modification time in nanoseconds since the Unix epoch; 0 when the system does not
/// say.
pub fn modified(metadata: &fs::Metadata) -> u128 {
    metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}
