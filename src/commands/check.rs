//! `pyqa check`: lint deck files, every problem as `FILE:LINE: message`.

use std::io::Write;

use super::Outcome;
use crate::cli::CheckArgs;
use crate::error::Error;
use crate::render;
use pyqa_core::text::parse::{self, ParseError, ParseErrorKind};

pub fn run(args: &CheckArgs, out: &mut impl Write) -> Result<Outcome, Error> {
    let mut problems = 0;
    for path in &args.files {
        let shown = path.display().to_string();
        let bytes =
            std::fs::read(path).map_err(|e| Error::io(format!("cannot read {shown}"), e))?;
        let (questions, found) = check(&bytes);
        for problem in &found {
            writeln!(out, "{}", problem.located(&shown))?;
        }
        if found.is_empty() {
            writeln!(
                out,
                "{shown}: {}, no problems",
                render::count(questions, "question")
            )?;
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

/// How many questions a deck file holds, and every problem, in line order.
fn check(bytes: &[u8]) -> (usize, Vec<ParseError>) {
    let mut problems = Vec::new();
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()].split(|&b| b == b'\n').count();
        problems.push(ParseError {
            line,
            kind: ParseErrorKind::InvalidUtf8,
        });
    }
    let parsed = parse::parse_all(&String::from_utf8_lossy(bytes));
    problems.extend(parsed.problems);
    problems.sort_by_key(|p| p.line);
    (parsed.deck.questions.len(), problems)
}
