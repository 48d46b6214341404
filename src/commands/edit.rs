//! `pyqa edit DECK:N`: the question's file in the user's editor, at its line (see [`editor`]).

use super::Outcome;
use crate::cli::EditArgs;
use crate::editor;
use crate::error::Error;
use crate::library::Library;

pub fn run(library: &Library, args: &EditArgs) -> Result<Outcome, Error> {
    let entry = match library.question(&args.question)? {
        Ok(entry) => entry,
        Err(missing) => return Ok(Outcome::Missed(vec![missing.to_string()])),
    };
    editor::open(&editor::place(&entry)?, false)?;
    Ok(Outcome::Found)
}
