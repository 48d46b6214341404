//! `pyqa man`: one man page that documents every command inline (`clap_mangen` renders the title,
//! synopsis, description and options), with EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES sections.

use std::fmt::Write as _;
use std::io::Write;

use clap::CommandFactory;

use super::Outcome;
use crate::cli::Cli;
use crate::error::Error;

/// What the exit status means.
const EXIT_STATUS: [(&str, &str); 3] = [
    ("0", "Something was found."),
    ("1", "Nothing was found; a line on stderr says what."),
    ("2", "A usage or runtime error; a line on stderr says what."),
];

/// The variables pyqa reads.
const ENVIRONMENT: [(&str, &str); 7] = [
    ("NO_COLOR", "No colour when --color is auto."),
    (
        "CLICOLOR_FORCE",
        "Colour even when piped, when --color is auto.",
    ),
    ("COLUMNS", "The width when stdout is not a terminal."),
    (
        "PYQA_PAGER",
        "The pager for long output on a terminal; empty or cat for none.",
    ),
    ("PAGER", "The pager when PYQA_PAGER is not set."),
    (
        "XDG_CONFIG_HOME",
        "Where the decks folder is (default ~/.config).",
    ),
    (
        "XDG_CACHE_HOME, XDG_DATA_HOME",
        "Where deck indexes and the review log are (default ~/.cache, ~/.local/share).",
    ),
];

/// The files pyqa reads and writes.
const FILES: [(&str, &str); 3] = [
    (
        "$XDG_CONFIG_HOME/pyqa/decks/",
        "Your decks: *.txt, *.md, *.markdown, *.tsv and *.csv files, each named after its file stem.",
    ),
    (
        "$XDG_CACHE_HOME/pyqa/decks/",
        "The search indexes of your decks, rebuilt whenever needed.",
    ),
    (
        "$XDG_DATA_HOME/pyqa/reviews.log",
        "The review log of pyqa quiz: one line per answer.",
    ),
];

/// Examples, each a command and what it does.
const EXAMPLES: [(&str, &str); 9] = [
    ("pyqa search gil", "Search, best match first."),
    (
        "pyqa gil",
        "The same: a first word that is not a command searches.",
    ),
    ("pyqa 64", "Show question 64 (pyqa show 64)."),
    (
        "pyqa show 62 63 --format md >> notes.md",
        "Append answers to notes as Markdown.",
    ),
    (
        "pyqa search mock -q | xargs pyqa show",
        "Show every hit in full.",
    ),
    (
        "pyqa check notes.md",
        "See how a deck file is read, and its problems.",
    ),
    (
        "pyqa quiz --topic testing",
        "Practise one topic with spaced repetition.",
    ),
    (
        "pyqa export --format anki > cards.txt",
        "Write notes for Anki's File > Import.",
    ),
    (
        "pyqa completions bash > ~/.local/share/bash-completion/completions/pyqa",
        "Install completions.",
    ),
];

pub fn run(out: &mut impl Write) -> Result<Outcome, Error> {
    let command = Cli::command();
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    writeln!(page, ".SH COMMANDS")?;
    // The options every command takes (`cli::CommonArgs`) are pyqa's own.
    let common: Vec<&clap::Id> = command.get_arguments().map(clap::Arg::get_id).collect();
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        commands_entry(sub, &common, &mut page)?;
    }
    for (title, entries) in [
        ("EXIT STATUS", &EXIT_STATUS[..]),
        ("ENVIRONMENT", &ENVIRONMENT[..]),
        ("FILES", &FILES[..]),
        ("EXAMPLES", &EXAMPLES[..]),
    ] {
        writeln!(page, ".SH \"{title}\"")?;
        for (term, meaning) in entries {
            writeln!(page, ".TP\n\\fB{}\\fR\n{}", escape(term), escape(meaning))?;
        }
    }
    writeln!(page, ".SH \"BROWSER KEYS\"")?;
    for line in crate::browse::view::KEYS.lines() {
        let (keys, meaning) = line.split_once("  ").unwrap_or((line, ""));
        writeln!(
            page,
            ".TP\n\\fB{}\\fR\n{}",
            escape(keys),
            escape(meaning.trim())
        )?;
    }
    man.render_version_section(&mut page)?;
    out.write_all(&page)?;
    Ok(Outcome::Found)
}

/// One command: its name and arguments, what it does, and its options but those in `common`,
/// which pyqa's own options document once.
fn commands_entry(
    sub: &clap::Command,
    common: &[&clap::Id],
    page: &mut Vec<u8>,
) -> Result<(), Error> {
    let name = format!("pyqa {}", sub.get_name());
    let mut sub = sub.clone().name(name.clone());
    let usage = sub.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim();
    writeln!(page, ".SS \"{}\"\n\\fB{}\\fR", escape(&name), escape(usage))?;
    if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
        writeln!(page, ".PP\n{}", escape(&about.to_string()))?;
    }
    for &id in common {
        if sub.get_arguments().any(|arg| arg.get_id() == id) {
            sub = sub.mut_arg(id, |arg| arg.hide(true));
        }
    }
    let mut options = Vec::new();
    clap_mangen::Man::new(sub).render_options_section(&mut options)?;
    let options = String::from_utf8_lossy(&options).replace(".SH OPTIONS\n", "");
    page.write_all(options.as_bytes())?;
    Ok(())
}

/// Text as roff reads it literally: backslashes and dashes escaped, no line starting a request.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\e"),
            '-' => escaped.push_str("\\-"),
            // groff reads ASCII; any other character is named by its code point (`\[u2013]`).
            c if !c.is_ascii() => {
                let _ = write!(escaped, "\\[u{:04X}]", u32::from(c));
            }
            c => escaped.push(c),
        }
    }
    escaped
        .lines()
        .map(|line| {
            if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
