//! Users' deck files and their indexes in the cache folder.
//!
//! Each version of a deck file gets its own index folder, `decks/<path-key>-<content-hash>/`,
//! built in a temporary folder and renamed into place, so a process never sees half an index; a
//! stamp file `decks/<path-key>.stamp` (written atomically) records the file's size,
//! modification time and content hash, so an unchanged file is not read again.
//!
//! Both keys are XXH3-64 hashes (a fixed, published algorithm, the same on every platform and
//! toolchain) of the cache's format tag followed by the file's canonical path or its bytes. The
//! tag names the cache layout, tantivy's index format and pyqa's version, so an upgrade builds
//! each deck's index once, under new names, and never reads an older layout; the stamps of other
//! tags and their folders are removed when a deck is indexed.

use std::error::Error;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::Xxh3;

use tantivy::directory::MmapDirectory;
use tantivy::{Index, ReloadPolicy, Searcher};

use crate::library::deck::{BUILT_IN, DeckIndex};
use crate::library::{atomic_file, deck_file};
use crate::output;
use pyqa_core::index::indexer;
use pyqa_core::index::schema;
use pyqa_core::text::folder::{self, FolderFile};
use pyqa_core::text::inert;
use pyqa_core::text::model::Question;
use pyqa_core::text::read::{self, DeckReading, FileKind};

/// The cache layout's version: bump it whenever what is stored, or how a deck file is read,
/// changes.
const LAYOUT: u32 = 7;

/// The first line of every stamp, and the seed of every hash: `pyqa-deck-cache-5-tantivy-7-0.1.0`.
fn format_tag() -> String {
    format!(
        "pyqa-deck-cache-{LAYOUT}-tantivy-{}-{}",
        tantivy::INDEX_FORMAT_VERSION,
        env!("CARGO_PKG_VERSION")
    )
}

/// Why a deck file cannot be used; shown as a warning beside its name.
#[derive(Debug)]
pub enum DeckError {
    /// The file could not be read.
    Unreadable(io::Error),
    /// The bytes are not UTF-8 from this line on.
    InvalidUtf8 { line: usize },
    /// No line reads as a question.
    NoQuestions,
    /// The cache folder (or a folder in it) could not be made.
    Cache { folder: PathBuf, source: io::Error },
    /// Indexing the questions failed.
    Index(tantivy::TantivyError),
    /// The index that was built does not open.
    Open { folder: PathBuf, source: io::Error },
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "cannot read it: {e}"),
            Self::InvalidUtf8 { line } => write!(
                f,
                "line {line}: invalid UTF-8 (`pyqa check` lists every problem)"
            ),
            Self::NoQuestions => {
                f.write_str("no questions found (`pyqa check` lists every problem)")
            }
            Self::Cache { folder, source } => {
                write!(f, "cannot create {}: {source}", folder.display())
            }
            Self::Index(e) => write!(f, "cannot index it: {e}"),
            Self::Open { folder, source } => {
                write!(f, "cannot open its index in {}: {source}", folder.display())
            }
        }
    }
}

impl Error for DeckError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::Unreadable(source) | Self::Cache { source, .. } | Self::Open { source, .. } => {
                Some(source)
            }
            Self::Index(e) => Some(e),
            Self::InvalidUtf8 { .. } | Self::NoQuestions => None,
        }
    }
}

/// The decks in `decks_dir` (deck files and folders) and the `extra` files and folders, with
/// their indexes. A deck that cannot be used is left out with a one-line warning naming it.
pub fn load_all(
    decks_dir: Option<&Path>,
    extra: &[PathBuf],
    cache: Option<&Path>,
) -> Vec<DeckIndex> {
    let mut files = decks_dir.map(deck_files).unwrap_or_default();
    files.extend(extra.iter().cloned());
    let mut decks: Vec<DeckIndex> = Vec::new();
    for file in files {
        let wanted = deck_name(&file);
        let taken = |name: &str| name == BUILT_IN || decks.iter().any(|d| d.name() == name);
        let mut name = wanted.clone();
        for n in 2.. {
            if !taken(&name) {
                break;
            }
            name = format!("{wanted}-{n}");
        }
        let Some(cache) = cache else {
            output::report(&format!(
                "warning: {}: no cache folder to index it in; skipped",
                file.display()
            ));
            continue;
        };
        match open(&cache.join("decks"), &file) {
            Ok(Opened {
                searcher,
                doubt,
                read,
            }) => {
                if read && name != wanted {
                    output::report(&format!(
                        "note: {}: a deck named \"{wanted}\" is already loaded; this one is \"{name}\"",
                        file.display()
                    ));
                }
                if let Some(doubt) = doubt {
                    output::report(&format!(
                        "warning: {}: {doubt} (`pyqa check {}` says how it was read)",
                        file.display(),
                        file.display()
                    ));
                }
                decks.push(DeckIndex::stored(name, searcher, file));
            }
            Err(error) => {
                output::report(&format!("warning: {}: {error}; skipped", file.display()));
            }
        }
    }
    decks
}

/// A deck's name: its file's stem (`notes` for `notes.md`), or its folder's name.
pub fn deck_name(path: &Path) -> String {
    let name = if path.is_dir() {
        fs::canonicalize(path)
            .ok()
            .and_then(|p| p.file_name().map(ToOwned::to_owned))
    } else {
        path.file_stem().map(ToOwned::to_owned)
    };
    name.map(|s| inert::make_inert(&s.to_string_lossy()).into_owned())
        .unwrap_or_default()
}

/// The decks in `dir`, by name: deck files (see [`read::is_deck_file`]) and folders that are
/// not hidden; none when it does not exist.
fn deck_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .filter(|p| (read::is_deck_file(p) && p.is_file()) || p.is_dir())
        .collect();
    files.sort();
    files
}

/// What a deck is read from: a file's bytes, or a folder's files.
enum Content {
    File(Vec<u8>),
    Folder(Vec<FolderFile>),
}

impl Content {
    /// The XXH3-64 of `tag` and the content: a folder's as each file's path and bytes.
    fn hash(&self, tag: &str) -> u64 {
        let mut hasher = Xxh3::new();
        hasher.update(tag.as_bytes());
        match self {
            Self::File(bytes) => hasher.update(bytes),
            Self::Folder(files) => {
                for file in files {
                    hasher.update(file.path.as_bytes());
                    hasher.update(&[0]);
                    if let Ok(bytes) = &file.content {
                        hasher.update(&(bytes.len() as u64).to_le_bytes());
                        hasher.update(bytes);
                    }
                }
            }
        }
        hasher.digest()
    }
}

/// What a stamp records about a deck file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    size: u64,
    modified: u128,
    hash: u64,
}

impl Stamp {
    fn parse(text: &str, tag: &str) -> Option<Self> {
        let mut lines = text.lines();
        if lines.next()? != tag {
            return None;
        }
        Some(Self {
            size: lines.next()?.parse().ok()?,
            modified: lines.next()?.parse().ok()?,
            hash: lines.next()?.parse().ok()?,
        })
    }

    fn render(&self, tag: &str) -> String {
        format!("{tag}\n{}\n{}\n{}\n", self.size, self.modified, self.hash)
    }
}

/// A deck's open index, and what looked wrong when its file was read.
struct Opened {
    searcher: Searcher,
    doubt: Option<String>,
    /// Whether the deck was read this time: its first use, or after a change.
    read: bool,
}

/// The file in an index folder that says why the file's reading looks wrong.
const DOUBT_FILE: &str = "pyqa-doubt.txt";

/// The index folder of deck file or folder `source`, built if there is none for its current
/// content. A folder's stamp records its files' total size and, as its time, a hash of every
/// file's path, size and time.
fn open(cache: &Path, source: &Path) -> Result<Opened, DeckError> {
    let metadata = fs::metadata(source).map_err(DeckError::Unreadable)?;
    let listing = if metadata.is_dir() {
        Some(deck_file::Listing::of(source).map_err(DeckError::Unreadable)?)
    } else {
        None
    };
    let (size, modified) = match &listing {
        Some(listing) => {
            let mut hasher = Xxh3::new();
            for file in &listing.files {
                hasher.update(file.relative.as_bytes());
                hasher.update(&[0]);
                hasher.update(&file.size.to_le_bytes());
                hasher.update(&file.modified.to_le_bytes());
            }
            (listing.size(), u128::from(hasher.digest()))
        }
        None => (metadata.len(), deck_file::modified(&metadata)),
    };
    let tag = format_tag();
    let canonical = fs::canonicalize(source).unwrap_or_else(|_| source.to_path_buf());
    let key = format!(
        "{:016x}",
        hash_of(&tag, canonical.as_os_str().as_encoded_bytes())
    );
    let stamp_path = cache.join(format!("{key}.stamp"));
    let recorded = fs::read_to_string(&stamp_path)
        .ok()
        .and_then(|t| Stamp::parse(&t, &tag));
    let folder = |hash: u64| cache.join(format!("{key}-{hash:016x}"));

    // A pipe or a device has no size or time that tells its content: it is read every time.
    let regular = metadata.is_file() || listing.is_some();
    if regular
        && let Some(stamp) = &recorded
        && stamp.size == size
        && stamp.modified == modified
        && let Ok(searcher) = open_index(&folder(stamp.hash))
    {
        return Ok(Opened {
            searcher,
            doubt: doubt(&folder(stamp.hash)),
            read: false,
        });
    }
    let content = match &listing {
        Some(listing) => Content::Folder(listing.read()),
        None => Content::File(deck_file::read(source).map_err(DeckError::Unreadable)?),
    };
    let stamp = Stamp {
        size,
        modified,
        hash: content.hash(&tag),
    };
    let target = folder(stamp.hash);
    let searcher = match open_index(&target) {
        Ok(searcher) => searcher,
        Err(_) => rebuild(cache, &target, content, source)?,
    };
    if regular && recorded.as_ref() != Some(&stamp) {
        // A stamp that cannot be written only costs a re-read next time.
        let _ = atomic_file::write(&stamp_path, stamp.render(&tag).as_bytes());
        remove_stale(cache, &key, &target);
        remove_other_formats(cache, &tag);
    }
    Ok(Opened {
        searcher,
        doubt: doubt(&target),
        read: true,
    })
}

/// Why the reading of the file indexed in `folder` looks wrong, if it does.
fn doubt(folder: &Path) -> Option<String> {
    fs::read_to_string(folder.join(DOUBT_FILE)).ok()
}

/// Builds the index of `content` (that of `source`) at `target`, first removing a damaged
/// index found there, with a note.
fn rebuild(
    cache: &Path,
    target: &Path,
    content: Content,
    source: &Path,
) -> Result<Searcher, DeckError> {
    if target.exists() {
        output::report(&format!(
            "note: the cached index of {} was damaged; rebuilding it",
            source.display()
        ));
        let _ = fs::remove_dir_all(target);
    }
    build(cache, target, content, source)
}

/// Reads `content` (that of `source`) and builds its index in a temporary folder renamed to
/// `target`; a note of what looks wrong in the reading goes with it.
fn build(
    cache: &Path,
    target: &Path,
    content: Content,
    source: &Path,
) -> Result<Searcher, DeckError> {
    let (temporary, doubt) = match content {
        Content::File(bytes) => index_file(cache, target, bytes, source)?,
        Content::Folder(files) => {
            let questions = folder::read(files).deck.questions;
            if questions.is_empty() {
                return Err(DeckError::NoQuestions);
            }
            let size = indexer::DeckSize::of(questions.len());
            (index_in(cache, target, questions, size)?, None)
        }
    };
    if let Some(doubt) = doubt
        && let Err(source) = fs::write(temporary.join(DOUBT_FILE), doubt)
    {
        let _ = fs::remove_dir_all(&temporary);
        return Err(DeckError::Cache {
            folder: temporary,
            source,
        });
    }
    if fs::rename(&temporary, target).is_err() {
        // Another pyqa built the same version first: use that one.
        let _ = fs::remove_dir_all(&temporary);
    }
    open_index(target).map_err(|source| DeckError::Open {
        folder: target.to_path_buf(),
        source,
    })
}

/// Reads deck file `source`'s `bytes` and indexes them in a temporary folder for `target`; the
/// folder, and what looks wrong in the reading. A deck read whole lets its text go before it is
/// indexed, and each question once indexed; a large deck of numbered lines is read question by
/// question as it is indexed. Either way a large deck is never held twice.
fn index_file(
    cache: &Path,
    target: &Path,
    bytes: Vec<u8>,
    source: &Path,
) -> Result<(PathBuf, Option<String>), DeckError> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        DeckError::InvalidUtf8 {
            line: bytes[..e.utf8_error().valid_up_to()]
                .split(|&b| b == b'\n')
                .count(),
        }
    })?;
    Ok(match read::read_one_by_one(&text, FileKind::of(source)) {
        DeckReading::Whole(read) => {
            drop(text);
            if read.deck.questions.is_empty() {
                return Err(DeckError::NoQuestions);
            }
            let doubt = read.doubtful().map(|doubt| doubt.kind.to_string());
            let size = indexer::DeckSize::of(read.deck.questions.len());
            (index_in(cache, target, read.deck.questions, size)?, doubt)
        }
        DeckReading::OneByOne(questions) => (
            index_in(cache, target, questions, indexer::DeckSize::Large)?,
            None,
        ),
    })
}

/// Indexes `questions` into a new temporary folder of `cache` for `target`; the folder, or
/// nothing left behind.
fn index_in(
    cache: &Path,
    target: &Path,
    questions: impl IntoIterator<Item = Question>,
    size: indexer::DeckSize,
) -> Result<PathBuf, DeckError> {
    let temporary = cache.join(format!(
        ".build-{}-{:x}",
        std::process::id(),
        hash_of("", target.as_os_str().as_encoded_bytes())
    ));
    let _ = fs::remove_dir_all(&temporary);
    fs::create_dir_all(&temporary).map_err(|source| DeckError::Cache {
        folder: temporary.clone(),
        source,
    })?;
    let built = MmapDirectory::open(&temporary)
        .map_err(|e| DeckError::Index(e.into()))
        .and_then(|directory| {
            indexer::build(directory, questions, size, indexer::Segments::Any)
                .map_err(DeckError::Index)
        });
    match built {
        Ok(_) => Ok(temporary),
        Err(e) => {
            let _ = fs::remove_dir_all(&temporary);
            Err(e)
        }
    }
}

/// A searcher over the index in `folder`, when it holds a deck index that opens.
fn open_index(folder: &Path) -> io::Result<Searcher> {
    if !folder.join("meta.json").is_file() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no index"));
    }
    let directory = MmapDirectory::open(folder).map_err(io::Error::other)?;
    let index = Index::open(directory).map_err(io::Error::other)?;
    schema::register(&index);
    let reader: tantivy::IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(io::Error::other)?;
    let searcher = reader.searcher();
    if index.schema() != schema::schema().0 || searcher.num_docs() == 0 {
        return Err(io::Error::other("not a deck index"));
    }
    Ok(searcher)
}

/// Removes index folders of earlier versions of the same deck file (best effort).
fn remove_stale(cache: &Path, key: &str, current: &Path) {
    let Ok(entries) = fs::read_dir(cache) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&format!("{key}-")) && path != current {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// Removes the stamps written under another format tag, and their index folders (best effort):
/// what an older pyqa left behind.
fn remove_other_formats(cache: &Path, tag: &str) {
    let Ok(entries) = fs::read_dir(cache) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Some(key) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".stamp"))
        else {
            continue;
        };
        let current = fs::read_to_string(&path).is_ok_and(|text| text.lines().next() == Some(tag));
        if !current {
            remove_stale(cache, key, &path);
            let _ = fs::remove_file(&path);
        }
    }
}

/// XXH3-64 of `tag` followed by `bytes`.
fn hash_of(tag: &str, bytes: &[u8]) -> u64 {
    let mut hasher = Xxh3::new();
    hasher.update(tag.as_bytes());
    hasher.update(bytes);
    hasher.digest()
}
