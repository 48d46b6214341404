//! Reading a deck's bytes, bounded: a deck may hold at most [`MAX_DECK_BYTES`], so endless
//! input (`--deck /dev/zero`) ends with an error instead of filling the memory, while a deck read
//! from a pipe (`--deck <(…)`) reads as any file does. A folder deck's files are listed here
//! (bounded in depth and number) and read within the same limit, together.

use std::fmt;

use serde::{Deserialize, Serialize};
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

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
/// The most files a folder deck may list; past it, the rest in name order are not looked at.
pub const MAX_FOLDER_FILES: usize = 100_000;

/// The files of a folder deck, found but not read yet.
#[derive(Debug, Default)]
pub struct Listing {
    /// By path.
    pub files: Vec<Listed>,
    /// What was passed over, and why: links, special files.
    pub passed: Vec<Passed>,
    /// Whether files were left out past [`MAX_FOLDER_FILES`].
    pub truncated: bool,
}

/// One file of a folder deck.
#[derive(Debug)]
pub struct Listed {
    /// The path below the folder, `/`-separated.
    pub relative: String,
    pub path: PathBuf,
    pub size: u64,
    /// What the file system says of it that changes when its content does.
    pub identity: Option<Identity>,
}

/// An entry of a folder deck that is not read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    /// The path below the folder, `/`-separated.
    pub relative: String,
    pub why: PassedBy,
}

/// Why an entry of a folder deck is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassedBy {
    /// A symbolic link to a file outside the folder.
    LinkOutside,
    /// A symbolic link that leads nowhere.
    DanglingLink,
    /// A symbolic link to a folder (followed, it could lead anywhere or loop).
    LinkedFolder,
    /// A pipe, socket or device.
    Special,
}

impl fmt::Display for PassedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::LinkOutside => "skipped: a link to a file outside the deck's folder",
            Self::DanglingLink => "skipped: a link that leads nowhere",
            Self::LinkedFolder => "skipped: a link to a folder",
            Self::Special => "skipped: not a regular file",
        })
    }
}

impl Listing {
    /// The files below `dir`, but hidden ones (`.git`), down to [`MAX_DEPTH`] folders and at
    /// most [`MAX_FOLDER_FILES`] files, taken in name order. A symbolic link is read when it
    /// leads to a file inside the folder; other links and special files are passed over.
    pub fn of(dir: &Path) -> io::Result<Self> {
        let mut listing = Self::default();
        let root = fs::canonicalize(dir)?;
        listing.walk(&root, dir, "", 0)?;
        listing.files.sort_by(|a, b| a.relative.cmp(&b.relative));
        Ok(listing)
    }

    fn walk(&mut self, root: &Path, dir: &Path, prefix: &str, depth: usize) -> io::Result<()> {
        let mut entries: Vec<fs::DirEntry> = fs::read_dir(dir)?.filter_map(Result::ok).collect();
        entries.sort_by_key(fs::DirEntry::file_name);
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if self.files.len() >= MAX_FOLDER_FILES {
                self.truncated = true;
                return Ok(());
            }
            let relative = format!("{prefix}{name}");
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    // A folder that cannot be listed gives no files; its siblings still do.
                    let _ = self.walk(root, &path, &format!("{relative}/"), depth + 1);
                }
                continue;
            }
            let passed = |why| Passed {
                relative: relative.clone(),
                why,
            };
            if kind.is_symlink() {
                let target = fs::canonicalize(&path);
                let why = match &target {
                    Err(_) => Some(PassedBy::DanglingLink),
                    Ok(target) if target.is_dir() => Some(PassedBy::LinkedFolder),
                    Ok(target) if !target.starts_with(root) => Some(PassedBy::LinkOutside),
                    Ok(_) => None,
                };
                if let Some(why) = why {
                    self.passed.push(passed(why));
                    continue;
                }
            }
            let Ok(metadata) = fs::metadata(&path) else {
                continue;
            };
            if !metadata.is_file() {
                self.passed.push(passed(PassedBy::Special));
                continue;
            }
            self.files.push(Listed {
                relative,
                path,
                size: metadata.len(),
                identity: Identity::of(&metadata),
            });
        }
        Ok(())
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

/// What the file system says of a file that changes whenever its content is written: its
/// length, modification and change times, inode and device. The change time cannot be set back
/// by the user, so an edit that keeps the length and restores the modification time still shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    fields: [i64; 7],
}

impl Identity {
    /// The identity of a file; `None` where the system keeps no change time (not Unix): there a
    /// deck's content is hashed on every run.
    #[cfg(unix)]
    pub fn of(metadata: &fs::Metadata) -> Option<Self> {
        use std::os::unix::fs::MetadataExt;
        Some(Self {
            fields: [
                i64::try_from(metadata.len()).unwrap_or(i64::MAX),
                metadata.mtime(),
                metadata.mtime_nsec(),
                metadata.ctime(),
                metadata.ctime_nsec(),
                i64::from_le_bytes(metadata.ino().to_le_bytes()),
                i64::from_le_bytes(metadata.dev().to_le_bytes()),
            ],
        })
    }

    #[cfg(not(unix))]
    pub fn of(_metadata: &fs::Metadata) -> Option<Self> {
        None
    }

    /// The file's length.
    pub fn size(&self) -> u64 {
        u64::try_from(self.fields[0]).unwrap_or(0)
    }

    /// The later of its modification and change times, in seconds since the Unix epoch.
    pub fn newest(&self) -> i64 {
        self.fields[1].max(self.fields[3])
    }

    /// Feeds the identity to a hash.
    pub fn hash_into(&self, hasher: &mut xxhash_rust::xxh3::Xxh3) {
        for field in self.fields {
            hasher.update(&field.to_le_bytes());
        }
    }
}
