//! `pyqa check`: how each deck file is read, then every problem as `FILE:LINE: message`.

use std::io::Write;
use std::path::Path;

use super::Outcome;
use crate::cli::CheckArgs;
use crate::error::Error;
use crate::library::deck_file;
use crate::render;
use pyqa_core::text::parse::{ParseError, ParseErrorKind};
use pyqa_core::text::read::{self, FileKind, ReadDeck};

pub fn run(args: &CheckArgs, out: &mut impl Write) -> Result<Outcome, Error> {
    let mut problems = 0;
    for path in &args.files {
        let shown = path.display().to_string();
        let bytes =
            deck_file::read(path).map_err(|e| Error::io(format!("cannot read {shown}"), e))?;
        let (read, found) = check(&bytes, path);
        let summary = format!(
            "{shown}: read as {}, {} in {}",
            read.how,
            render::count(read.deck.questions.len(), "question"),
            render::count(read.topic_count(), "topic")
        );
        if found.is_empty() {
            writeln!(out, "{summary}; no problems")?;
        } else {
            writeln!(out, "{summary}")?;
        }
        for problem in &found {
            writeln!(out, "{}", problem.located(&shown))?;
        }
        problems += found.len();
    }
    Ok(if problems == 0 {
        Outcome::Found
    } else {
        Outcome::Missed(vec![format!(
            "{} found",
            render::count(problems, "problem")
        )])
    })
}

/// The file read as a deck, and every problem in line order (bytes that are not UTF-8 too).
fn check(bytes: &[u8], path: &Path) -> (ReadDeck, Vec<ParseError>) {
    let mut problems = Vec::new();
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()].split(|&b| b == b'\n').count();
        problems.push(ParseError {
            line,
            kind: ParseErrorKind::InvalidUtf8,
        });
    }
    let read = read::read(&String::from_utf8_lossy(bytes), FileKind::of(path));
    problems.extend(read.problems.iter().cloned());
    problems.sort_by_key(|p| p.line);
    (read, problems)
}
