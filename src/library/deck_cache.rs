//! Users' deck files and their indexes in the cache folder.
//!
//! Each version of a deck file gets its own index folder, `decks/<path-key>-<content-hash>/`,
//! built in a temporary folder and renamed into place, so a process never sees half an index,
//! and checked before use against the manifest written with it ([`verified_index`]). A stamp
//! file `decks/<path-key>.stamp` (written atomically, sealed with its own hash) ties the file's
//! identity (length, modification and change times, inode; every file's, for a folder) to its
//! content hash, so an unchanged file is not read again; an identity seen less than
//! [`SETTLE_SECONDS`] before it was stamped is not trusted, since a write in the same clock tick
//! would not change it.
//!
//! Both keys are XXH3-64 hashes (a fixed, published algorithm, the same on every platform and
//! toolchain) of the cache's format tag followed by the file's canonical path or its bytes. The
//! tag names the cache layout, tantivy's index format and pyqa's version, so an upgrade builds
//! each deck's index once, under new names, and never reads an older layout; the stamps of other
//! tags and their folders are removed when a deck is indexed.
//!
//! A damaged index is rebuilt with a note naming the deck; where nothing can be written (a
//! read-only cache, no cache folder) an index that checks out is used as it is, and otherwise
//! the deck is indexed in memory. Temporary folders left by a pyqa that was killed while indexing
//! are removed by the next run, once no pyqa is indexing.

use std::error::Error;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::Xxh3;

use tantivy::directory::{Directory, MmapDirectory, RamDirectory};
use tantivy::{Index, ReloadPolicy, Searcher};

use crate::library::deck::{BUILT_IN, DeckIndex};
use crate::library::deck_file::Identity;
use crate::library::verified_index::{self, Manifest, Owner, Unusable};
use crate::library::{atomic_file, deck_file};
use crate::output;
use pyqa_core::index::indexer;
use pyqa_core::text::encoding;
use pyqa_core::text::folder::{self, FolderFile};
use pyqa_core::text::inert;
use pyqa_core::text::read::{self, DeckReading, FileKind};

/// The cache layout's version: bump it whenever what is stored changes. How a deck file is read
/// is in the format tag by itself: the build hashes the reader's source.
const LAYOUT: u32 = 13;
/// How long after its last change a deck's identity is trusted to tell its content.
const SETTLE_SECONDS: i64 = 2;
/// The largest stamp read; a stamp is a few lines.
const MAX_STAMP_BYTES: u64 = 4096;
/// The file that indexing pyqas hold shared, and a pyqa removing leftovers holds alone.
const BUILD_LOCK: &str = ".build.lock";
/// How the temporary folders of indexing start.
const BUILD_PREFIX: &str = ".build-";

/// The first line of every stamp, and the seed of every hash:
/// `pyqa-deck-cache-13-tantivy-7-0.1.0-reader-0123456789abcdef`.
fn format_tag() -> String {
    format!(
        "pyqa-deck-cache-{LAYOUT}-tantivy-{}-{}-reader-{}",
        tantivy::INDEX_FORMAT_VERSION,
        env!("CARGO_PKG_VERSION"),
        env!("PYQA_READER_HASH")
    )
}

/// Why a deck file cannot be used; shown as a warning beside its name.
#[derive(Debug)]
pub enum DeckError {
    /// The file could not be read.
    Unreadable(io::Error),
    /// The bytes are not text (NUL bytes: a picture, an archive).
    NotText,
    /// No line reads as a question.
    NoQuestions,
    /// Indexing the questions failed.
    Index(tantivy::TantivyError),
    /// The cached index that was built does not check out.
    Unusable { folder: PathBuf, why: String },
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "cannot read it: {e}"),
            Self::NotText => f.write_str("not a text file"),
            Self::NoQuestions => {
                f.write_str("no questions found (`pyqa check` lists every problem)")
            }
            Self::Index(e) => write!(f, "cannot index it: {e}"),
            Self::Unusable { folder, why } => {
                write!(
                    f,
                    "its index in {} does not check out: {why}",
                    folder.display()
                )
            }
        }
    }
}

impl Error for DeckError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::Unreadable(source) => Some(source),
            Self::Index(e) => Some(e),
            Self::NotText | Self::NoQuestions | Self::Unusable { .. } => None,
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
    let cache = cache.map(|cache| cache.join("decks"));
    if let Some(cache) = &cache {
        remove_leftovers(cache);
    }
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
        match open(cache.as_deref(), &file) {
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

/// Removes the index folders found damaged while this run read them, with a note naming each
/// deck, so the next load builds them again; whether there were any.
pub fn remove_damaged() -> bool {
    let damaged = verified_index::take_damaged();
    for (folder, deck) in &damaged {
        output::report(&format!(
            "note: the cached index of {} is damaged; rebuilding it",
            deck.display()
        ));
        let _ = fs::remove_dir_all(folder);
    }
    !damaged.is_empty()
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
    name.map(|s| inert::one_line(&s.to_string_lossy()).into_owned())
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
    /// The content of deck file or folder `source`.
    fn read(source: &Path, listing: Option<&deck_file::Listing>) -> Result<Self, DeckError> {
        Ok(match listing {
            Some(listing) => Self::Folder(listing.read()),
            None => Self::File(deck_file::read(source).map_err(DeckError::Unreadable)?),
        })
    }

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

/// What the file system says of a deck: a hash of its file's identity, or of every file's in a
/// folder, and when it last changed; `None` where it cannot tell a change (see [`Identity`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Observed {
    identity: u64,
    newest: i64,
}

impl Observed {
    fn of(metadata: &fs::Metadata, listing: Option<&deck_file::Listing>) -> Option<Self> {
        let mut hasher = Xxh3::new();
        let newest = if let Some(listing) = listing {
            let mut newest = i64::MIN;
            for file in &listing.files {
                let identity = file.identity?;
                hasher.update(file.relative.as_bytes());
                hasher.update(&[0]);
                identity.hash_into(&mut hasher);
                newest = newest.max(identity.newest());
            }
            newest
        } else {
            if !metadata.is_file() {
                // A pipe or a device has no identity that tells its content.
                return None;
            }
            let identity = Identity::of(metadata)?;
            identity.hash_into(&mut hasher);
            identity.newest()
        };
        Some(Self {
            identity: hasher.digest(),
            newest,
        })
    }

    /// Whether the deck last changed long enough ago that a change in the same clock tick as
    /// its reading would have shown by now.
    fn settled(&self) -> bool {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        now.saturating_sub(self.newest) >= SETTLE_SECONDS
    }
}

/// What a stamp records about a deck: the key of its path, its identity when that was settled,
/// and the hash of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    key: u64,
    identity: Option<u64>,
    content: u64,
}

impl Stamp {
    /// The stamp at `path`, if it is whole and of this format.
    fn read(path: &Path, tag: &str) -> Option<Self> {
        let mut text = String::new();
        fs::File::open(path)
            .ok()?
            .take(MAX_STAMP_BYTES)
            .read_to_string(&mut text)
            .ok()?;
        let (body, seal) = text.trim_end_matches('\n').rsplit_once('\n')?;
        if u64::from_str_radix(seal, 16).ok()? != hash_of(body, b"") {
            return None;
        }
        let mut lines = body.lines();
        if lines.next()? != tag {
            return None;
        }
        let hex = |line: Option<&str>| line.and_then(|l| u64::from_str_radix(l, 16).ok());
        let key = hex(lines.next())?;
        let identity = match lines.next()? {
            "unsettled" => None,
            line => Some(hex(Some(line))?),
        };
        let content = hex(lines.next())?;
        lines.next().is_none().then_some(Self {
            key,
            identity,
            content,
        })
    }

    fn render(&self, tag: &str) -> String {
        let identity = self
            .identity
            .map_or_else(|| "unsettled".to_owned(), |i| format!("{i:016x}"));
        let body = format!(
            "{tag}\n{:016x}\n{identity}\n{:016x}",
            self.key, self.content
        );
        format!("{body}\n{:016x}\n", hash_of(&body, b""))
    }
}

/// A deck's open index, and what looked wrong when its file was read.
struct Opened {
    searcher: Searcher,
    doubt: Option<String>,
    /// Whether the deck was read this time: its first use, or after a change.
    read: bool,
}

/// The index of deck file or folder `source`, from the cache folder `cache` when it holds one
/// for the deck's current content that checks out; else built there, or in memory when there is
/// no cache folder or it cannot be written.
fn open(cache: Option<&Path>, source: &Path) -> Result<Opened, DeckError> {
    let metadata = fs::metadata(source).map_err(DeckError::Unreadable)?;
    let listing = if metadata.is_dir() {
        Some(deck_file::Listing::of(source).map_err(DeckError::Unreadable)?)
    } else {
        None
    };
    if let Some(listing) = &listing
        && listing.truncated
    {
        output::report(&format!(
            "warning: {}: more than {} files; only the first {} by name are read",
            source.display(),
            deck_file::MAX_FOLDER_FILES,
            deck_file::MAX_FOLDER_FILES
        ));
    }
    let observed = Observed::of(&metadata, listing.as_ref());
    let Some(cache) = cache else {
        let content = Content::read(source, listing.as_ref())?;
        return in_memory(content, source);
    };
    let tag = format_tag();
    let canonical = fs::canonicalize(source).unwrap_or_else(|_| source.to_path_buf());
    let key = hash_of(&tag, canonical.as_os_str().as_encoded_bytes());
    let stamp_path = cache.join(format!("{key:016x}.stamp"));
    let recorded = Stamp::read(&stamp_path, &tag).filter(|stamp| stamp.key == key);
    let folder = |content: u64| cache.join(format!("{key:016x}-{content:016x}"));
    let owner = |content: u64| Owner {
        tag: tag.clone(),
        key,
        content,
    };

    let mut damaged = None;
    if let Some(stamp) = &recorded
        && stamp.identity.is_some()
        && stamp.identity == observed.map(|o| o.identity)
    {
        match verified_index::open(&folder(stamp.content), &owner(stamp.content), source) {
            Ok(verified) => {
                return Ok(Opened {
                    searcher: verified.searcher,
                    doubt: verified.doubt,
                    read: false,
                });
            }
            Err(Unusable::Missing) => {}
            Err(Unusable::Damaged(why)) => damaged = Some((stamp.content, why)),
        }
    }
    let content = Content::read(source, listing.as_ref())?;
    let hash = content.hash(&tag);
    let target = folder(hash);
    let read = recorded.as_ref().is_none_or(|stamp| stamp.content != hash);
    let stamp = Stamp {
        key,
        identity: observed.filter(Observed::settled).map(|o| o.identity),
        content: hash,
    };
    let keep = || write_stamp(cache, &stamp_path, &tag, recorded.as_ref(), &stamp, &target);
    let damage = match damaged {
        Some((content, why)) if content == hash => Some(why),
        _ => match verified_index::open(&target, &owner(hash), source) {
            Ok(verified) => {
                keep();
                return Ok(Opened {
                    searcher: verified.searcher,
                    doubt: verified.doubt,
                    read,
                });
            }
            Err(Unusable::Missing) => None,
            Err(Unusable::Damaged(why)) => Some(why),
        },
    };
    if let Some(why) = damage {
        output::report(&format!(
            "note: the cached index of {} is damaged ({why}); rebuilding it",
            source.display()
        ));
        let _ = fs::remove_dir_all(&target);
    }
    match build(cache, &target, content, source, &owner(hash)) {
        Ok((searcher, doubt)) => {
            keep();
            Ok(Opened {
                searcher,
                doubt,
                read,
            })
        }
        Err(Build::Deck(error)) => Err(error),
        Err(Build::Cache(why)) => {
            output::report(&format!(
                "note: {}: cannot keep its index in the cache ({why}); reading it without one",
                source.display()
            ));
            in_memory(Content::read(source, listing.as_ref())?, source)
        }
    }
}

/// Writes `stamp` (its deck's index is `target`) when it differs from the one `recorded`, and
/// then removes older versions' folders and other formats' stamps (best effort: a stamp that
/// cannot be written only costs a reading next time).
fn write_stamp(
    cache: &Path,
    stamp_path: &Path,
    tag: &str,
    recorded: Option<&Stamp>,
    stamp: &Stamp,
    target: &Path,
) {
    if recorded == Some(stamp) {
        return;
    }
    let _ = atomic_file::write(stamp_path, stamp.render(tag).as_bytes());
    remove_stale(cache, &format!("{:016x}", stamp.key), target);
    remove_other_formats(cache, tag);
}

/// Why an index could not be built: the deck gives none, or the cache cannot hold it.
enum Build {
    Deck(DeckError),
    Cache(String),
}

/// Indexes `content` (that of `source`) in memory.
fn in_memory(content: Content, source: &Path) -> Result<Opened, DeckError> {
    let (index, doubt) = index_content(RamDirectory::create(), content, source)?;
    let reader: tantivy::IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(DeckError::Index)?;
    Ok(Opened {
        searcher: reader.searcher(),
        doubt,
        read: true,
    })
}

/// Reads `content` (that of `source`) and builds its index in a temporary folder, with its
/// manifest, renamed to `target`; opens it, checked.
fn build(
    cache: &Path,
    target: &Path,
    content: Content,
    source: &Path,
    owner: &Owner,
) -> Result<(Searcher, Option<String>), Build> {
    let cache_error = |what: &str, folder: &Path, e: &dyn fmt::Display| {
        Build::Cache(format!("{what} {}: {e}", folder.display()))
    };
    fs::create_dir_all(cache).map_err(|e| cache_error("cannot create", cache, &e))?;
    let lock = fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(cache.join(BUILD_LOCK))
        .map_err(|e| cache_error("cannot write in", cache, &e))?;
    // Held until the folder is renamed: no other pyqa takes this one for a leftover.
    lock.lock_shared()
        .map_err(|e| cache_error("cannot lock", cache, &e))?;
    let temporary = cache.join(format!(
        "{BUILD_PREFIX}{}-{:x}",
        std::process::id(),
        hash_of("", target.as_os_str().as_encoded_bytes())
    ));
    let _ = fs::remove_dir_all(&temporary);
    fs::create_dir_all(&temporary).map_err(|e| cache_error("cannot create", &temporary, &e))?;
    let built = MmapDirectory::open(&temporary)
        .map_err(|e| cache_error("cannot open", &temporary, &e))
        .and_then(|directory| {
            index_content(directory, content, source).map_err(|e| match e {
                DeckError::Index(e) => cache_error("cannot index in", &temporary, &e),
                other => Build::Deck(other),
            })
        })
        .and_then(|(index, doubt)| {
            drop(index);
            let manifest = Manifest::of_folder(&temporary, owner.clone(), doubt)
                .map_err(|e| cache_error("cannot read back", &temporary, &e))?;
            fs::write(temporary.join(verified_index::MANIFEST), manifest.encode())
                .map_err(|e| cache_error("cannot write in", &temporary, &e))
        });
    if let Err(e) = built {
        let _ = fs::remove_dir_all(&temporary);
        return Err(e);
    }
    if fs::rename(&temporary, target).is_err() {
        // Another pyqa built the same version first: use that one.
        let _ = fs::remove_dir_all(&temporary);
    }
    drop(lock);
    verified_index::open(target, owner, source)
        .map(|verified| (verified.searcher, verified.doubt))
        .map_err(|why| {
            Build::Deck(DeckError::Unusable {
                folder: target.to_path_buf(),
                why: why.to_string(),
            })
        })
}

/// Reads `content` (that of `source`) and indexes it in `directory`; the index, and what looks
/// wrong in the reading. A deck read whole lets its text go before it is indexed, and each
/// question once indexed; a large deck of numbered lines is read question by question as it is
/// indexed. Either way a large deck is never held twice.
fn index_content(
    directory: impl Directory,
    content: Content,
    source: &Path,
) -> Result<(Index, Option<String>), DeckError> {
    let directory: Box<dyn Directory> = Box::new(directory);
    let bytes = match content {
        Content::File(bytes) => bytes,
        Content::Folder(files) => {
            let questions = folder::read(files).deck.questions;
            if questions.is_empty() {
                return Err(DeckError::NoQuestions);
            }
            let size = indexer::DeckSize::of(questions.len());
            let index = indexer::build(
                directory,
                questions,
                size,
                indexer::Segments::Any,
                indexer::Holds::Everything,
            )
            .map_err(DeckError::Index)?;
            return Ok((index, None));
        }
    };
    // Any encoding a deck may be saved in; a byte that does not read costs its character.
    let text = encoding::into_text(bytes);
    if encoding::is_binary(&text) {
        return Err(DeckError::NotText);
    }
    let segments = indexer::Segments::Any;
    match read::read_one_by_one(&text, FileKind::of(source)) {
        DeckReading::Whole(read) => {
            // The questions hold all the deck says: its text goes before they are indexed.
            drop(text);
            if read.deck.questions.is_empty() {
                return Err(DeckError::NoQuestions);
            }
            let doubt = read.doubtful().map(|doubt| doubt.kind.to_string());
            let size = indexer::DeckSize::of(read.deck.questions.len());
            let index = indexer::build(
                directory,
                read.deck.questions,
                size,
                segments,
                indexer::Holds::Everything,
            )
            .map_err(DeckError::Index)?;
            Ok((index, doubt))
        }
        DeckReading::OneByOne(questions) => {
            let index = indexer::build(
                directory,
                questions,
                indexer::DeckSize::Large,
                segments,
                indexer::Holds::Everything,
            )
            .map_err(DeckError::Index)?;
            Ok((index, None))
        }
    }
}

/// Removes what killed pyqas left while indexing (temporary folders and stamp files), when no
/// pyqa is indexing now; best effort.
fn remove_leftovers(cache: &Path) {
    let Ok(entries) = fs::read_dir(cache) else {
        return;
    };
    let leftovers: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with(BUILD_PREFIX) || (name.starts_with(".pyqa-") && name.ends_with(".tmp"))
        })
        .map(|entry| entry.path())
        .collect();
    if leftovers.is_empty() {
        return;
    }
    let Ok(lock) = fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(cache.join(BUILD_LOCK))
    else {
        return;
    };
    if lock.try_lock().is_err() {
        return;
    }
    for path in leftovers {
        if path.is_dir() {
            let _ = fs::remove_dir_all(&path);
        } else {
            let _ = fs::remove_file(&path);
        }
    }
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
        let mut first = String::new();
        let current = fs::File::open(&path)
            .and_then(|file| file.take(MAX_STAMP_BYTES).read_to_string(&mut first))
            .is_ok_and(|_| first.lines().next() == Some(tag));
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
