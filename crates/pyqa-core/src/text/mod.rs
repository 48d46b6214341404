//! Decks as text: the question model, what one line is, the parser, the learner, the containers
//! (Markdown, text, notebooks, reStructuredText, Org, HTML, data files), the comparisons in
//! answers that become tables, and making control characters inert.

pub mod blocks;
pub mod comparison;
pub mod delimited;
pub mod encoding;
pub mod folder;
pub mod found;
pub mod front_matter;
pub mod html;
pub mod inert;
pub mod labels;
pub mod learn;
pub mod lines;
pub mod literal;
pub mod markdown;
pub mod model;
pub mod notebook;
pub mod org;
pub mod parse;
pub mod points;
pub mod read;
pub mod records;
pub mod rst;
pub mod title;
