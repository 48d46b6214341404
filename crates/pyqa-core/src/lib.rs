//! What pyqa's build script, binary, fuzz targets and benches share.
//!
//! Data flows one way: [`text`] reads a deck's text into questions, [`index`] turns questions into
//! a tantivy index (and, at build time, into the blob the binary embeds).

#![forbid(unsafe_code)]

pub mod index;
pub mod query;
pub mod text;
