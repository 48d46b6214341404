//! A read-only tantivy directory over files that live for the whole program: the index files
//! embedded in the binary are served straight from its bytes, so opening the index copies nothing.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, WatchCallback, WatchHandle, WritePtr,
};

use crate::index::blob::Blob;

/// A read-only directory of files that live for the whole program.
#[derive(Debug, Clone)]
pub struct StaticDirectory {
    files: Arc<Vec<(&'static Path, &'static [u8])>>,
}

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
                files: Arc::new(files),
            },
        ))
    }

    fn file(&self, path: &Path) -> Option<&'static [u8]> {
        self.files
            .iter()
            .find(|(name, _)| *name == path)
            .map(|(_, bytes)| *bytes)
    }
}

fn read_only(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!("{} is in a read-only directory", path.display()),
    )
}

impl Directory for StaticDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let bytes = self
            .file(path)
            .ok_or_else(|| OpenReadError::FileDoesNotExist(path.to_owned()))?;
        Ok(Arc::new(bytes))
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        Err(DeleteError::IoError {
            io_error: Arc::new(read_only(path)),
            filepath: path.to_owned(),
        })
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        Ok(self.file(path).is_some())
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        Err(OpenWriteError::IoError {
            io_error: Arc::new(read_only(path)),
            filepath: PathBuf::from(path),
        })
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.file(path)
            .map(<[u8]>::to_vec)
            .ok_or_else(|| OpenReadError::FileDoesNotExist(path.to_owned()))
    }

    fn atomic_write(&self, path: &Path, _data: &[u8]) -> io::Result<()> {
        Err(read_only(path))
    }

    fn sync_directory(&self) -> io::Result<()> {
        Ok(())
    }

    /// Nothing can write here, so every lock is granted without a lock file.
    fn acquire_lock(&self, _lock: &Lock) -> Result<DirectoryLock, LockError> {
        Ok(DirectoryLock::from(Box::new(())))
    }

    fn watch(&self, _callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        Ok(WatchHandle::empty())
    }
}
