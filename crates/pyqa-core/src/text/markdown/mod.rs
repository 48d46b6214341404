//! Markdown as pyqa reads and writes it: answers cleaned of a file's decoration ([`answer`]),
//! options marked the way each file marks them (`choices`), and Markdown as plain text
//! ([`plain`]).

pub mod answer;
mod choices;
pub mod plain;

use pulldown_cmark::Options;

/// The parser options pyqa reads Markdown with.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}
