//! The errors pyqa reports, and how each maps to an exit status.

use std::fmt;
use std::io;

/// Something that stops a command (exit status 2).
#[derive(Debug)]
pub enum Error {
    /// The command line asks for something that cannot be done.
    Usage(String),
    /// Reading or writing failed.
    Io(io::Error),
    /// The search index failed.
    Index(tantivy::TantivyError),
    /// The question data is not what it should be.
    Data(String),
}

impl Error {
    /// Whether the reader of our output went away (`pyqa list | head -1`): not an error to report.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Self::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(message) | Self::Data(message) => f.write_str(message),
            Self::Io(e) => write!(f, "writing output: {e}"),
            Self::Index(e) => write!(f, "search index: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Self::Io(e)
    }
}

impl From<tantivy::TantivyError> for Error {
    fn from(e: tantivy::TantivyError) -> Self {
        Self::Index(e)
    }
}
