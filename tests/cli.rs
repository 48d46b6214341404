//! Integration tests of the real `pyqa` binary: output, exit codes and terminal conventions.

mod bad_input;
mod browse;
mod browser;
mod cache;
mod completions;
mod decks;
mod edit;
mod errors;
mod eval;
mod examples;
mod folders;
mod linking;
mod paging;
mod quiz;
mod readme;
mod related;
mod render;
mod search;
mod shapes;
mod shells;
mod show;
mod untrusted;
mod util;
