//! A read-only tantivy directory over any set of files: what it serves is given by a [`Files`];
//! writing, deleting and watching are refused or do nothing, and every lock is granted without a
//! lock file (nothing can write, and a read-only folder still opens).

use std::fmt;
use std::io;
use std::path::Path;
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, WatchCallback, WatchHandle, WritePtr,
};

/// The files a read-only directory serves.
pub trait Files: Clone + fmt::Debug + Send + Sync + 'static {
    /// The file at `path`; [`OpenReadError::FileDoesNotExist`] when there is none.
    fn open(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError>;
    /// Whether there is a file at `path`.
    fn holds(&self, path: &Path) -> bool;
}

/// A directory that serves `F`'s files and writes nothing.
#[derive(Debug, Clone)]
pub struct ReadOnlyDirectory<F> {
    pub files: F,
}

fn read_only(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!("{} is in a read-only directory", path.display()),
    )
}

impl<F: Files> Directory for ReadOnlyDirectory<F> {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.files.open(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        Err(DeleteError::IoError {
            io_error: Arc::new(read_only(path)),
            filepath: path.to_owned(),
        })
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        Ok(self.files.holds(path))
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        Err(OpenWriteError::IoError {
            io_error: Arc::new(read_only(path)),
            filepath: path.to_owned(),
        })
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        let handle = self.files.open(path)?;
        handle
            .read_bytes(0..handle.len())
            .map(|bytes| bytes.as_slice().to_vec())
            .map_err(|e| OpenReadError::IoError {
                io_error: Arc::new(e),
                filepath: path.to_owned(),
            })
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
