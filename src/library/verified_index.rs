//! A deck's cached index, checked before anything in it is used.
//!
//! When an index is built, a manifest is written beside its files: the deck it belongs to (the
//! cache's format tag, the key of the deck's path and the hash of its content), what looked
//! wrong in its reading, and for every file its length and the XXH3-64 of each
//! [`BLOCK`]-byte block, sealed with a hash of the whole manifest. Opening the index checks the
//! manifest against the deck and every file's length (a grown or cut file is damage, and is not
//! read), and tantivy then reads the files through [`VerifiedDirectory`], which checks each block
//! the first time any of its bytes are asked for. So a changed byte, a file swapped in from
//! another deck or a folder swapped with another's is found before tantivy parses it, and a
//! search pays only for the blocks it reads.
//!
//! The manifest also keeps what the file system said of each file once it was hashed (its
//! [`Identity`]: length, modification and change times, inode). A file that still has that
//! identity has not been written since, as the change time cannot be set back, so its blocks
//! are not hashed again; that keeps a warm search as fast as without checks. A file written,
//! copied or replaced in any way has another identity, and is checked block by block.
//!
//! Damage found while a command runs (in a block first read then) is recorded with the deck's
//! file, so the command can remove the index and run again ([`take_damaged`]).

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use tantivy::directory::error::OpenReadError;
use tantivy::directory::{Directory, FileHandle, MmapDirectory, OwnedBytes};
use tantivy::{HasLen, Index, ReloadPolicy, Searcher};
use xxhash_rust::xxh3::xxh3_64;

use crate::library::deck_file::Identity;
use pyqa_core::index::read_only::{Files, ReadOnlyDirectory};
use pyqa_core::index::schema;

/// The manifest's file name in an index folder.
pub const MANIFEST: &str = "pyqa-manifest";
/// The bytes each checksum covers: small enough that a look-up hashes little more than it reads.
pub const BLOCK: usize = 16 * 1024;
/// The largest manifest read: one of 16 MiB would describe 32 GiB of index.
const MAX_MANIFEST_BYTES: u64 = 16 << 20;
/// The first bytes of every manifest, naming its layout.
const MAGIC: &[u8; 8] = b"pyqaman2";

/// The deck an index folder must belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Owner {
    /// The cache's format tag.
    pub tag: String,
    /// The hash of the deck's canonical path.
    pub key: u64,
    /// The hash of the deck's content.
    pub content: u64,
}

/// What an index folder holds, as written when it was built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub owner: Owner,
    /// Why the deck's reading looks wrong, if it does.
    pub doubt: Option<String>,
    pub files: Vec<ManifestFile>,
}

/// One file of an index folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub name: String,
    pub len: u64,
    /// What the file system said of the file when it was hashed, where it says enough.
    pub identity: Option<Identity>,
    /// The XXH3-64 of each [`BLOCK`] of the file, in order; stored after the rest (see
    /// [`Manifest::encode`]).
    #[serde(skip)]
    pub blocks: Vec<u64>,
}

/// Why an index folder cannot be used.
#[derive(Debug)]
pub enum Unusable {
    /// There is no index there (never built, or removed).
    Missing,
    /// There is one, and it is damaged or not this deck's.
    Damaged(String),
}

impl fmt::Display for Unusable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => f.write_str("no index"),
            Self::Damaged(what) => f.write_str(what),
        }
    }
}

impl Manifest {
    /// The manifest of the files in `folder` (all of them: `folder` holds just the index that
    /// was built there).
    pub fn of_folder(folder: &Path, owner: Owner, doubt: Option<String>) -> io::Result<Self> {
        let mut files = Vec::new();
        for entry in fs::read_dir(folder)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == MANIFEST || !entry.file_type()?.is_file() {
                continue;
            }
            let bytes = fs::read(entry.path())?;
            let identity = Identity::of(&fs::metadata(entry.path())?)
                .filter(|identity| identity.size() == bytes.len() as u64);
            files.push(ManifestFile {
                name,
                len: bytes.len() as u64,
                identity,
                blocks: bytes.chunks(BLOCK).map(xxh3_64).collect(),
            });
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Self {
            owner,
            doubt,
            files,
        })
    }

    /// The manifest as stored: a tag, the length of its postcard encoding (but the block
    /// hashes) and the encoding, then every block hash as 8 little-endian bytes, file after file,
    /// and the XXH3-64 of all that. The hashes stay raw bytes, read only for the blocks checked.
    pub fn encode(&self) -> Vec<u8> {
        let header = postcard::to_stdvec(self).unwrap_or_default();
        let mut bytes = MAGIC.to_vec();
        bytes.extend(
            u32::try_from(header.len())
                .unwrap_or(u32::MAX)
                .to_le_bytes(),
        );
        bytes.extend(header);
        for file in &self.files {
            for hash in &file.blocks {
                bytes.extend(hash.to_le_bytes());
            }
        }
        let seal = xxh3_64(&bytes);
        bytes.extend(seal.to_le_bytes());
        bytes
    }

    /// A stored manifest, if it is whole.
    pub fn decode(bytes: &[u8]) -> Result<Self, Unusable> {
        let damaged = |what: &str| Unusable::Damaged(format!("its manifest {what}"));
        let (body, seal) = bytes
            .split_last_chunk::<8>()
            .ok_or_else(|| damaged("is cut short"))?;
        if xxh3_64(body) != u64::from_le_bytes(*seal) {
            return Err(damaged("does not match its checksum"));
        }
        let rest = body
            .strip_prefix(MAGIC)
            .ok_or_else(|| damaged("is of another layout"))?;
        let (length, rest) = rest
            .split_first_chunk::<4>()
            .ok_or_else(|| damaged("is cut short"))?;
        let length = usize::try_from(u32::from_le_bytes(*length)).unwrap_or(usize::MAX);
        if length > rest.len() {
            return Err(damaged("is cut short"));
        }
        let (header, mut hashes) = rest.split_at(length);
        let mut manifest: Self =
            postcard::from_bytes(header).map_err(|e| damaged(&format!("does not read: {e}")))?;
        for file in &mut manifest.files {
            let count = usize::try_from(file.len.div_ceil(BLOCK as u64))
                .ok()
                .filter(|&count| count <= hashes.len() / 8)
                .ok_or_else(|| damaged(&format!("lists {} wrongly", file.name)))?;
            let (own, later) = hashes.split_at(count * 8);
            file.blocks = own
                .chunks_exact(8)
                .map(|hash| u64::from_le_bytes(hash.try_into().unwrap_or_default()))
                .collect();
            hashes = later;
        }
        if !hashes.is_empty() {
            return Err(damaged("holds more hashes than files"));
        }
        Ok(manifest)
    }

    /// Reads the manifest in `folder`; a larger file than any manifest is damage, not read.
    fn read(folder: &Path) -> Result<Self, Unusable> {
        let path = folder.join(MANIFEST);
        let file = match File::open(&path) {
            Ok(file) => file,
            Err(e) if folder.join("meta.json").exists() => {
                return Err(Unusable::Damaged(format!("its manifest: {e}")));
            }
            Err(_) => return Err(Unusable::Missing),
        };
        let mut bytes = Vec::new();
        file.take(MAX_MANIFEST_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Unusable::Damaged(format!("its manifest: {e}")))?;
        if bytes.len() as u64 > MAX_MANIFEST_BYTES {
            return Err(Unusable::Damaged("its manifest is far too large".into()));
        }
        Self::decode(&bytes)
    }
}

/// An index that was checked, open for search.
#[derive(Debug)]
pub struct Verified {
    pub searcher: Searcher,
    pub doubt: Option<String>,
}

/// Opens the index in `folder`, checked to belong to `owner` and to be whole as far as its
/// manifest, file lengths and the blocks read to open it go; the rest of its blocks are checked
/// as they are read.
pub fn open(folder: &Path, owner: &Owner, deck: &Path) -> Result<Verified, Unusable> {
    let manifest = Manifest::read(folder)?;
    if manifest.owner != *owner {
        return Err(Unusable::Damaged(
            "its manifest names another deck or version".into(),
        ));
    }
    let mut untouched = Vec::with_capacity(manifest.files.len());
    for file in &manifest.files {
        let metadata = fs::metadata(folder.join(&file.name))
            .map_err(|e| Unusable::Damaged(format!("{}: {e}", file.name)))?;
        if metadata.len() != file.len {
            return Err(Unusable::Damaged(format!(
                "{} holds {} bytes, not {}",
                file.name,
                metadata.len(),
                file.len
            )));
        }
        untouched.push(file.identity.is_some() && file.identity == Identity::of(&metadata));
    }
    let doubt = manifest.doubt.clone();
    let directory = verified_directory(folder, deck, manifest, &untouched)
        .map_err(|e| Unusable::Damaged(format!("cannot open it: {e}")))?;
    // Damage found in a block read while opening is told as that, not as tantivy's error, and
    // is dealt with here rather than after the command.
    let damaged = |e: tantivy::TantivyError| {
        Unusable::Damaged(take_damage_of(folder).unwrap_or_else(|| e.to_string()))
    };
    let index = Index::open(directory).map_err(damaged)?;
    schema::register(&index);
    let reader: tantivy::IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(damaged)?;
    let searcher = reader.searcher();
    if index.schema() != schema::schema().0 || searcher.num_docs() == 0 {
        return Err(Unusable::Damaged("it is not a deck index".into()));
    }
    Ok(Verified { searcher, doubt })
}

/// The index folders found damaged since the last call, while their blocks were read, each
/// with its deck's file or folder.
pub fn take_damaged() -> Vec<(PathBuf, PathBuf)> {
    DAMAGED
        .lock()
        .map(|mut found| std::mem::take(&mut *found))
        .unwrap_or_default()
        .into_iter()
        .map(|damage| (damage.folder, damage.deck))
        .collect()
}

/// A folder in which a block was found damaged.
struct Damage {
    folder: PathBuf,
    deck: PathBuf,
    what: String,
}

/// Index folders in which a block was found damaged while a command ran.
static DAMAGED: Mutex<Vec<Damage>> = Mutex::new(Vec::new());

fn record_damage(folder: &Path, deck: &Path, what: String) {
    if let Ok(mut found) = DAMAGED.lock()
        && !found.iter().any(|damage| damage.folder == folder)
    {
        found.push(Damage {
            folder: folder.to_path_buf(),
            deck: deck.to_path_buf(),
            what,
        });
    }
}

/// What was found damaged in `folder`, taken out of the record.
fn take_damage_of(folder: &Path) -> Option<String> {
    let mut found = DAMAGED.lock().ok()?;
    let at = found.iter().position(|damage| damage.folder == folder)?;
    Some(found.remove(at).what)
}

/// A read-only directory over an index folder that serves only the files its manifest lists and
/// checks each block of them before its bytes are handed out.
pub type VerifiedDirectory = ReadOnlyDirectory<VerifiedFiles>;

/// The files of a checked index folder.
#[derive(Debug, Clone)]
pub struct VerifiedFiles {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    folder: PathBuf,
    deck: PathBuf,
    inner: MmapDirectory,
    files: Vec<Checked>,
}

/// A file of the manifest, and which of its blocks were found whole.
#[derive(Debug)]
struct Checked {
    listed: ManifestFile,
    whole: Vec<AtomicBool>,
}

/// The directory of `folder` (deck `deck`'s index), holding `manifest`'s files; those
/// `untouched` since they were hashed are taken as whole.
fn verified_directory(
    folder: &Path,
    deck: &Path,
    manifest: Manifest,
    untouched: &[bool],
) -> Result<VerifiedDirectory, tantivy::directory::error::OpenDirectoryError> {
    let inner = MmapDirectory::open(folder)?;
    let files = manifest
        .files
        .into_iter()
        .zip(untouched)
        .map(|(listed, &untouched)| Checked {
            whole: listed
                .blocks
                .iter()
                .map(|_| AtomicBool::new(untouched))
                .collect(),
            listed,
        })
        .collect();
    Ok(ReadOnlyDirectory {
        files: VerifiedFiles {
            shared: Arc::new(Shared {
                folder: folder.to_path_buf(),
                deck: deck.to_path_buf(),
                inner,
                files,
            }),
        },
    })
}

impl VerifiedFiles {
    fn position(&self, path: &Path) -> Option<usize> {
        let name = path.to_str()?;
        self.shared
            .files
            .binary_search_by(|f| f.listed.name.as_str().cmp(name))
            .ok()
    }
}

impl Files for VerifiedFiles {
    fn open(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let file = self
            .position(path)
            .ok_or_else(|| OpenReadError::FileDoesNotExist(path.to_owned()))?;
        let inner = self.shared.inner.get_file_handle(path)?;
        let handle = VerifiedHandle {
            shared: Arc::clone(&self.shared),
            file,
            inner,
        };
        if handle.len() as u64 != self.shared.files[file].listed.len {
            return Err(OpenReadError::IoError {
                io_error: Arc::new(handle.damage("its length changed")),
                filepath: path.to_owned(),
            });
        }
        Ok(Arc::new(handle))
    }

    fn holds(&self, path: &Path) -> bool {
        self.position(path).is_some()
    }
}

/// A file handle that checks the blocks under each range before handing the bytes out.
#[derive(Debug)]
struct VerifiedHandle {
    shared: Arc<Shared>,
    file: usize,
    inner: Arc<dyn FileHandle>,
}

impl VerifiedHandle {
    fn damage(&self, what: &str) -> io::Error {
        let name = &self.shared.files[self.file].listed.name;
        let what = format!("{name}: {what}");
        record_damage(&self.shared.folder, &self.shared.deck, what.clone());
        io::Error::new(io::ErrorKind::InvalidData, what)
    }
}

impl HasLen for VerifiedHandle {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl FileHandle for VerifiedHandle {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        let checked = &self.shared.files[self.file];
        let len = self.inner.len();
        if range.start > range.end || range.end > len {
            return Err(self.damage(&format!("no bytes {range:?} in {len}")));
        }
        if range.start < range.end {
            for block in range.start / BLOCK..=(range.end - 1) / BLOCK {
                let whole = &checked.whole[block];
                if whole.load(Ordering::Acquire) {
                    continue;
                }
                let start = block * BLOCK;
                let bytes = self.inner.read_bytes(start..len.min(start + BLOCK))?;
                if xxh3_64(bytes.as_slice()) != checked.listed.blocks[block] {
                    return Err(self.damage(&format!("block {block} does not match its checksum")));
                }
                whole.store(true, Ordering::Release);
            }
        }
        self.inner.read_bytes(range)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use xxhash_rust::xxh3::xxh3_64;

    use super::{MAGIC, Manifest, ManifestFile, Owner, Unusable};

    fn manifest() -> Manifest {
        Manifest {
            owner: Owner {
                tag: "pyqa-deck-cache-test".into(),
                key: 1,
                content: 2,
            },
            doubt: None,
            files: vec![ManifestFile {
                name: "meta.json".into(),
                len: 3,
                identity: None,
                blocks: vec![7],
            }],
        }
    }

    #[test]
    fn a_manifest_reads_back_and_any_changed_byte_is_found() {
        let bytes = manifest().encode();
        assert_eq!(Manifest::decode(&bytes).unwrap(), manifest());
        for at in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[at] ^= 0x20;
            assert!(matches!(
                Manifest::decode(&changed),
                Err(Unusable::Damaged(_))
            ));
        }
        for len in 0..bytes.len() {
            assert!(Manifest::decode(&bytes[..len]).is_err());
        }
    }

    proptest! {
        /// Any header and hash bytes, framed and sealed as a manifest is so they get past the
        /// seal, decode or are damage: never a panic, and never a file listed with the wrong
        /// number of blocks.
        #[test]
        fn any_sealed_bytes_decode_or_are_damage(
            header in proptest::collection::vec(any::<u8>(), 0..300),
            hashes in proptest::collection::vec(any::<u8>(), 0..80),
        ) {
            let mut bytes = MAGIC.to_vec();
            bytes.extend(u32::try_from(header.len()).unwrap().to_le_bytes());
            bytes.extend(header);
            bytes.extend(hashes);
            let seal = xxh3_64(&bytes);
            bytes.extend(seal.to_le_bytes());
            if let Ok(manifest) = Manifest::decode(&bytes) {
                for file in &manifest.files {
                    prop_assert_eq!(file.blocks.len() as u64, file.len.div_ceil(super::BLOCK as u64));
                }
            }
        }
    }
}
