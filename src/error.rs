//! The errors pyqa reports. Every one stops a command with exit status 2; each says what pyqa
//! was doing and keeps its source.

use std::fmt;
use std::io;

/// Something that stops a command (exit status 2).
#[derive(Debug)]
pub enum Error {
    /// The command line asks for something that cannot be done.
    Usage(String),
    /// Something pyqa needs from its surroundings is missing (a home folder).
    Environment(String),
    /// Reading or writing a file or stream other than standard output failed.
    Io {
        /// What pyqa was doing, and on which path: `cannot read notes.txt`.
        context: String,
        source: io::Error,
    },
    /// Writing to standard output (or the pager) failed.
    Output(io::Error),
    /// The search index failed.
    Index(tantivy::TantivyError),
    /// The question data is not what it should be.
    Data(String),
}

impl Error {
    /// An I/O error with what pyqa was doing when it happened.
    pub fn io(context: impl Into<String>, source: io::Error) -> Self {
        Self::Io {
            context: context.into(),
            source,
        }
    }

    /// Whether the reader of our output went away (`pyqa list | head -1`): not an error to report.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Self::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(message) | Self::Environment(message) | Self::Data(message) => {
                f.write_str(message)
            }
            Self::Io { context, source } => write!(f, "{context}: {source}"),
            Self::Output(e) => write!(f, "writing output: {e}"),
            Self::Index(e) => write!(f, "search index: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } | Self::Output(source) => Some(source),
            Self::Index(e) => Some(e),
            Self::Usage(_) | Self::Environment(_) | Self::Data(_) => None,
        }
    }
}

/// Commands write their output with `?`: a bare I/O error there is a failed write to stdout. Any
/// other I/O (files, stdin) is wrapped with [`Error::io`] where it happens.
impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Self::Output(e)
    }
}

impl From<tantivy::TantivyError> for Error {
    fn from(e: tantivy::TantivyError) -> Self {
        Self::Index(e)
    }
}
