//! pyqa: Python interview questions and answers, searchable offline.
//!
//! `main` parses the command line, runs it, and turns the result into an exit status:
//! 0 found, 1 nothing found, 2 error.

use std::process::ExitCode;

use pyqa::commands::{self, Outcome};
use pyqa::{output, shorthand};

fn main() -> ExitCode {
    if let Err(e) = output::check_stdout() {
        output::report(&format!("error: standard output: {e}"));
        return ExitCode::from(2);
    }
    let cli = shorthand::parse();
    let status = match commands::run(&cli) {
        Ok(Outcome::Found) => 0,
        Ok(Outcome::Missed(messages)) => {
            for message in &messages {
                output::report(message);
            }
            1
        }
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            output::report(&format!("error: {e}"));
            2
        }
    };
    ExitCode::from(status)
}
