//! `pyqa check`: how each deck file is read, then every problem as `FILE:LINE: message`.

use std::io::Write;
use std::path::Path;

use super::Outcome;
use crate::cli::CheckArgs;
use crate::error::Error;
use crate::library::deck_file;
use crate::render;
use pyqa_core::text::encoding::{self, Decoded, Encoding};
use pyqa_core::text::folder::{self, FileOutcome, Skip};
use pyqa_core::text::inert;
use pyqa_core::text::parse::{ParseError, ParseErrorKind};
use pyqa_core::text::read::{self, FileKind, ReadDeck};

pub fn run(args: &CheckArgs, out: &mut impl Write) -> Result<Outcome, Error> {
    let mut problems = 0;
    for path in &args.files {
        let shown = inert::one_line(&path.display().to_string()).into_owned();
        if path.is_dir() {
            problems += check_folder(path, &shown, out)?;
            continue;
        }
        let bytes =
            deck_file::read(path).map_err(|e| Error::io(format!("cannot read {shown}"), e))?;
        let decoded = encoding::decode(&bytes);
        if let Some(why) = not_a_deck(&bytes, &decoded) {
            return Err(Error::Data(format!("{shown}: not a deck: {why}")));
        }
        let (read, encoding, found) = check(&decoded, path);
        let from = match encoding {
            Encoding::Utf8 => String::new(),
            other => format!(" from {other}"),
        };
        let summary = format!(
            "{shown}: read as {}{from}, {} in {}",
            read.how,
            render::count(read.deck.questions.len(), "question"),
            render::count(read.topic_count(), "topic")
        );
        if found.is_empty() {
            writeln!(out, "{summary}; no problems")?;
        } else {
            writeln!(out, "{summary}")?;
        }
        if let Some(choice) = &read.choice {
            writeln!(out, "{shown}: why: {choice}")?;
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

/// Checks the folder deck at `path`, shown as `shown`: a line of how it was read, then a line
/// for each skipped file and each problem in a file. How many problems there were.
fn check_folder(path: &Path, shown: &str, out: &mut impl Write) -> Result<usize, Error> {
    let listing = deck_file::Listing::of(path)
        .map_err(|e| Error::io(format!("cannot read the folder {shown}"), e))?;
    let read = folder::read(listing.read());
    let deck = &read.deck;
    // Notes and problems, in the files' order; only problems count.
    let mut lines: Vec<String> = Vec::new();
    let mut problems = 0;
    let (mut single, mut several, mut skipped) = (0, 0, 0);
    let shown = shown.trim_end_matches('/');
    for file in &read.files {
        let at = format!("{shown}/{}", inert::one_line(&file.path));
        match &file.outcome {
            FileOutcome::Question(_) => single += 1,
            FileOutcome::Questions { how, count } => {
                several += 1;
                lines.push(format!(
                    "{at}: read as {how}, {}",
                    render::count(*count, "question")
                ));
            }
            FileOutcome::Skipped(skip) => {
                skipped += 1;
                lines.push(format!("{at}: {skip}"));
                problems += usize::from(!matches!(skip, Skip::NotADeckFile | Skip::AboutTheFolder));
            }
        }
        lines.extend(file.problems.iter().map(|p| p.located(&at)));
        problems += file.problems.len();
    }
    for passed in &listing.passed {
        skipped += 1;
        lines.push(format!(
            "{shown}/{}: {}",
            inert::one_line(&passed.relative),
            passed.why
        ));
    }
    if listing.truncated {
        lines.push(format!(
            "{shown}/: more than {} files; only the first {} by name are read",
            deck_file::MAX_FOLDER_FILES,
            deck_file::MAX_FOLDER_FILES
        ));
        problems += 1;
    }
    let mut parts = Vec::new();
    if single > 0 {
        let each = if single == 1 { "" } else { " each" };
        parts.push(format!(
            "{} of one question{each}",
            render::count(single, "file")
        ));
    }
    if several > 0 {
        parts.push(format!("{} of several", render::count(several, "file")));
    }
    if skipped > 0 {
        parts.push(format!("{} skipped", render::count(skipped, "file")));
    }
    if deck.questions.is_empty() {
        lines.push(format!("{shown}/: no questions found"));
        problems += 1;
    }
    let mut summary = format!(
        "{shown}/: read as a folder, {} in {}",
        render::count(deck.questions.len(), "question"),
        render::count(deck.topic_count(), "topic"),
    );
    if !parts.is_empty() {
        summary.extend([" (", &parts.join(", "), ")"]);
    }
    if problems == 0 {
        summary.push_str("; no problems");
    }
    writeln!(out, "{summary}")?;
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    Ok(problems)
}

/// Why a file's bytes are no deck at all, if they are not: nothing but white space, or not text.
fn not_a_deck(bytes: &[u8], decoded: &Decoded<'_>) -> Option<&'static str> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        Some("the file is empty")
    } else if encoding::is_binary(&decoded.text) {
        Some("not a text file")
    } else {
        None
    }
}

/// The file read as a deck, how its bytes were read, and every problem in line order (each line
/// where a byte could not be read too).
fn check(decoded: &Decoded<'_>, path: &Path) -> (ReadDeck, Encoding, Vec<ParseError>) {
    let mut problems: Vec<ParseError> = decoded
        .replaced_lines
        .iter()
        .map(|&line| ParseError {
            line,
            kind: ParseErrorKind::InvalidUtf8,
        })
        .collect();
    let read = read::read(&decoded.text, FileKind::of(path));
    problems.extend(read.problems.iter().cloned());
    problems.sort_by_key(|p| p.line);
    (read, decoded.encoding, problems)
}
