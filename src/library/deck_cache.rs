//! Users' deck files and their indexes in the cache folder.
//!
//! Each version of a deck file gets its own index folder, `decks/<path-key>-<content-hash>/`,
//! built in a temporary folder and renamed into place, so a process never sees half an index; a
//! stamp file `decks/<path-key>.stamp` (written to a temporary file and renamed) records the
//! file's size, modification time and content hash, so an unchanged file is not read again.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use tantivy::directory::MmapDirectory;
use tantivy::{Index, ReloadPolicy, Searcher};

use crate::library::deck::{BUILT_IN, DeckIndex};
use crate::output;
use pyqa_core::index::indexer;
use pyqa_core::index::schema;
use pyqa_core::text::parse;

/// Changes whenever the cached format does, so that older caches are rebuilt.
const FORMAT: &str = concat!("pyqa-deck-cache-1-", env!("CARGO_PKG_VERSION"));

/// The decks in `decks_dir` (`*.txt`, `*.md`) and the `extra` files, with their indexes. A file
/// that cannot be used is left out with a one-line warning naming it.
pub fn load_all(
    decks_dir: Option<&Path>,
    extra: &[PathBuf],
    cache: Option<&Path>,
) -> Vec<DeckIndex> {
    let mut files = decks_dir.map(deck_files).unwrap_or_default();
    files.extend(extra.iter().cloned());
    let mut decks: Vec<DeckIndex> = Vec::new();
    for file in files {
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == BUILT_IN || decks.iter().any(|d| d.name() == name) {
            output::report(&format!(
                "warning: {}: a deck named \"{name}\" is already loaded; skipped",
                file.display()
            ));
            continue;
        }
        let Some(cache) = cache else {
            output::report(&format!(
                "warning: {}: no cache folder to index it in; skipped",
                file.display()
            ));
            continue;
        };
        match open(&cache.join("decks"), &file) {
            Ok(searcher) => decks.push(DeckIndex::stored(name, searcher)),
            Err(message) => {
                output::report(&format!("warning: {}: {message}; skipped", file.display()));
            }
        }
    }
    decks
}

/// `*.txt` and `*.md` files in `dir`, by name; none when it does not exist.
fn deck_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md") && p.is_file())
        .collect();
    files.sort();
    files
}

/// What a stamp records about a deck file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    size: u64,
    modified: u128,
    hash: u64,
}

impl Stamp {
    fn parse(text: &str) -> Option<Self> {
        let mut lines = text.lines();
        if lines.next()? != FORMAT {
            return None;
        }
        Some(Self {
            size: lines.next()?.parse().ok()?,
            modified: lines.next()?.parse().ok()?,
            hash: lines.next()?.parse().ok()?,
        })
    }

    fn render(&self) -> String {
        format!(
            "{FORMAT}\n{}\n{}\n{}\n",
            self.size, self.modified, self.hash
        )
    }
}

/// The index folder of deck file `source`, built if there is none for its current content.
fn open(cache: &Path, source: &Path) -> Result<Searcher, String> {
    let metadata = fs::metadata(source).map_err(|e| format!("cannot read it: {e}"))?;
    if metadata.is_dir() {
        return Err("it is a folder, not a file".into());
    }
    let modified = metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let canonical = fs::canonicalize(source).unwrap_or_else(|_| source.to_path_buf());
    let key = format!("{:016x}", hash_of(canonical.as_os_str().as_encoded_bytes()));
    let stamp_path = cache.join(format!("{key}.stamp"));
    let recorded = fs::read_to_string(&stamp_path)
        .ok()
        .and_then(|t| Stamp::parse(&t));
    let folder = |hash: u64| cache.join(format!("{key}-{hash:016x}"));

    if let Some(stamp) = &recorded
        && stamp.size == metadata.len()
        && stamp.modified == modified
        && let Ok(searcher) = open_index(&folder(stamp.hash))
    {
        return Ok(searcher);
    }
    let bytes = fs::read(source).map_err(|e| format!("cannot read it: {e}"))?;
    let stamp = Stamp {
        size: metadata.len(),
        modified,
        hash: hash_of(&bytes),
    };
    let target = folder(stamp.hash);
    let searcher = if let Ok(searcher) = open_index(&target) {
        searcher
    } else {
        if target.exists() {
            output::report(&format!(
                "note: the cached index of {} was damaged; rebuilding it",
                source.display()
            ));
            let _ = fs::remove_dir_all(&target);
        }
        build(cache, &target, &bytes)?
    };
    if recorded.as_ref() != Some(&stamp) {
        // A stamp that cannot be written only costs a re-read next time.
        let _ = write_atomically(&stamp_path, stamp.render().as_bytes());
        remove_stale(cache, &key, &target);
    }
    Ok(searcher)
}

/// Parses `bytes` and builds its index in a temporary folder renamed to `target`.
fn build(cache: &Path, target: &Path, bytes: &[u8]) -> Result<Searcher, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].split(|&b| b == b'\n').count();
        format!("line {line}: invalid UTF-8 (`pyqa check` lists every problem)")
    })?;
    let parsed = parse::parse_all(text);
    if parsed.deck.questions.is_empty() {
        return Err("no questions found (`pyqa check` lists every problem)".into());
    }
    fs::create_dir_all(cache)
        .map_err(|e| format!("cannot create the cache folder {}: {e}", cache.display()))?;
    let temporary = cache.join(format!(
        ".build-{}-{:x}",
        std::process::id(),
        hash_of(target.as_os_str().as_encoded_bytes())
    ));
    let _ = fs::remove_dir_all(&temporary);
    fs::create_dir_all(&temporary)
        .map_err(|e| format!("cannot create {}: {e}", temporary.display()))?;
    let built = MmapDirectory::open(&temporary)
        .map_err(|e| e.to_string())
        .and_then(|directory| {
            indexer::build(directory, &parsed.deck.questions, indexer::Segments::Any)
                .map_err(|e| e.to_string())
        });
    if let Err(e) = built {
        let _ = fs::remove_dir_all(&temporary);
        return Err(format!("cannot index it: {e}"));
    }
    if fs::rename(&temporary, target).is_err() {
        // Another pyqa built the same version first: use that one.
        let _ = fs::remove_dir_all(&temporary);
    }
    open_index(target).map_err(|e| format!("cannot open its index in {}: {e}", target.display()))
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

/// Writes `bytes` to a temporary file beside `path` and renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    fs::write(&temporary, bytes)?;
    fs::rename(&temporary, path).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })
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

fn hash_of(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    FORMAT.hash(&mut hasher);
    bytes.hash(&mut hasher);
    hasher.finish()
}
