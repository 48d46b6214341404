//! The shorthand of tldr-style tools: `pyqa 64` and `pyqa notes:3` show, `pyqa gil` and
//! `pyqa "load balancer"` search; any first word that is not a command. Options may come before
//! or after the words.

use std::ffi::OsString;
use std::io::{self, IsTerminal};

use clap::Parser;

use crate::cli::{Cli, ColorWhen, Command};
use crate::library::QuestionId;

/// The command line, with a shorthand written out as the command it stands for; exits with a
/// usage error as clap does.
pub fn parse() -> Cli {
    // `pyqa` alone on a terminal browses; elsewhere it prints the help, as before.
    if std::env::args_os().len() == 1 && io::stdin().is_terminal() && io::stdout().is_terminal() {
        return Cli::parse_from(["pyqa", "browse"]);
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Shorthand(ref words) => {
            let words = words.clone();
            expand(cli, words).unwrap_or_else(|e| e.exit())
        }
        _ => cli,
    }
}

/// `words` as `show WORDS` when the first is a question number, else as `search WORDS`, with
/// the options `outer` took before them.
fn expand(outer: Cli, words: Vec<OsString>) -> Result<Cli, clap::Error> {
    let first = words
        .first()
        .map(|w| w.to_string_lossy().into_owned())
        .unwrap_or_default();
    let command = if first.parse::<QuestionId>().is_ok() {
        "show"
    } else {
        "search"
    };
    let mut argv: Vec<OsString> = vec!["pyqa".into(), command.into()];
    argv.extend(words);
    let mut inner = Cli::try_parse_from(argv)?;
    if outer.color != ColorWhen::Auto {
        inner.color = outer.color;
    }
    inner.width = inner.width.or(outer.width);
    inner.no_pager |= outer.no_pager;
    let mut decks = outer.decks;
    decks.append(&mut inner.decks);
    inner.decks = decks;
    Ok(inner)
}
