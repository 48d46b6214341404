//! pyqa: Python interview questions and answers, searchable offline.
//!
//! `main` parses the command line, runs it, and turns the result into an exit status:
//! 0 found, 1 nothing found, 2 error.

mod blob;
mod cli;
mod commands;
mod comparison;
mod deck;
mod deck_cache;
mod embedded;
mod error;
mod excerpt;
mod indexer;
mod library;
mod lines;
mod lookup;
mod model;
mod pager;
mod parse;
mod paths;
mod plan;
mod progress;
#[cfg(test)]
mod properties;
mod query;
mod related;
mod render;
mod rerank;
mod schema;
mod search;
mod spelling;
mod tokenizer;
mod ui;

use std::process::ExitCode;

use clap::Parser;

use commands::Outcome;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(&cli) {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::Missed(messages)) => {
            for message in &messages {
                ui::report(message);
            }
            ExitCode::from(1)
        }
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            ui::report(&format!("error: {e}"));
            ExitCode::from(2)
        }
    }
}
