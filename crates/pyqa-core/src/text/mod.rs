//! Decks as text: the question model, what one line is, the parser, and the comparisons in
//! answers that become tables. Depends on std and serde only.

pub mod comparison;
pub mod lines;
pub mod model;
pub mod parse;
