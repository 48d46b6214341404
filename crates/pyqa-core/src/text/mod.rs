//! Decks as text: the question model, what one line is, the parser, the comparisons in answers
//! that become tables, and making control characters inert. Depends on std, serde and `serde_json` (for notebooks) only.

pub mod blocks;
pub mod comparison;
pub mod delimited;
pub mod encoding;
pub mod folder;
pub mod front_matter;
pub mod inert;
pub mod labels;
pub mod lines;
pub mod markdown;
pub mod model;
pub mod notebook;
pub mod parse;
pub mod points;
pub mod read;
pub mod rst;
pub mod title;
