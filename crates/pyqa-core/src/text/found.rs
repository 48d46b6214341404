//! A question as a reader finds it in a file, before the deck numbers it.

/// A question as found in the file, before it is numbered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The 1-based line where it starts.
    pub line: usize,
    /// The number the file gives it, if any.
    pub number: Option<u32>,
    pub title: String,
    pub topic: String,
    /// The answer as Markdown; empty when the question has none.
    pub answer: String,
}

/// The content of a file that a reading leaves out of every question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unread {
    /// How many bytes of content.
    pub bytes: usize,
    /// The line where the first of it is.
    pub first_line: Option<usize>,
}
