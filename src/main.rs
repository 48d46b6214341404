//! pyqa: Python interview questions and answers, searchable offline.
//!
//! `main` parses the command line, runs it, and turns the result into an exit status:
//! 0 found, 1 nothing found, 2 error.

mod blob;
mod cli;
mod commands;
mod embedded;
mod error;
mod library;
mod model;
// The parser runs in build.rs; the binary compiles it for its unit tests.
#[cfg(test)]
mod lines;
#[cfg(test)]
mod parse;
mod render;
mod schema;
mod search;
mod ui;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use commands::Outcome;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(&cli) {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::Missed(messages)) => {
            for message in &messages {
                report(message);
            }
            ExitCode::from(1)
        }
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            report(&format!("error: {e}"));
            ExitCode::from(2)
        }
    }
}

/// One line on stderr, prefixed with the program's name; a closed stderr is not worth a panic.
fn report(message: &str) {
    let _ = writeln!(io::stderr(), "pyqa: {message}");
}
