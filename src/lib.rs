//! pyqa: Python interview questions and answers, searchable offline.
//!
//! The binary (`main.rs`) only parses the command line and maps the outcome to an exit status;
//! everything else is here, in layers that data flows through one way:
//! [`library`] (the built-in set and the user's decks) → [`search`] → [`render`] → stdout, with
//! [`output`] deciding once how output looks and [`commands`] holding one file per subcommand.
//! The text model, parser and index code shared with `build.rs` live in the `pyqa_core` crate.

#![forbid(unsafe_code)]

pub mod browse;
pub mod cli;
pub mod commands;
pub mod editor;
pub mod error;
pub mod library;
pub mod output;
pub mod render;
pub mod search;
pub mod shorthand;

#[cfg(test)]
mod properties;
