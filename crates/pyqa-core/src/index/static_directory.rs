//! A read-only tantivy directory over files that live for the whole program: the index files
//! embedded in the binary are served straight from its bytes, so opening the index copies nothing.

use std::path::Path;
use std::sync::Arc;

use tantivy::directory::FileHandle;
use tantivy::directory::error::OpenReadError;

use crate::index::blob::Blob;
use crate::index::read_only::{Files, ReadOnlyDirectory};

/// The index files of the binary's blob, by name.
#[derive(Debug, Clone)]
pub struct StaticFiles {
    files: Arc<Vec<(&'static Path, &'static [u8])>>,
}

impl StaticFiles {
    fn file(&self, path: &Path) -> Option<&'static [u8]> {
        self.files
            .iter()
            .find(|(name, _)| *name == path)
            .map(|(_, bytes)| *bytes)
    }
}

impl Files for StaticFiles {
    fn open(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let bytes = self
            .file(path)
            .ok_or_else(|| OpenReadError::FileDoesNotExist(path.to_owned()))?;
        Ok(Arc::new(bytes))
    }

    fn holds(&self, path: &Path) -> bool {
        self.file(path).is_some()
    }
}

/// A read-only directory of files that live for the whole program.
pub type StaticDirectory = ReadOnlyDirectory<StaticFiles>;

impl StaticDirectory {
    /// Reads the blob in `bytes`; returns it with its index files moved into a directory.
    pub fn load(bytes: &'static [u8]) -> Result<(Blob<'static>, Self), postcard::Error> {
        let mut blob: Blob<'static> = postcard::from_bytes(bytes)?;
        let files = std::mem::take(&mut blob.files)
            .into_iter()
            .map(|f| (Path::new(f.name), f.bytes))
            .collect();
        Ok((
            blob,
            Self {
                files: StaticFiles {
                    files: Arc::new(files),
                },
            },
        ))
    }
}
