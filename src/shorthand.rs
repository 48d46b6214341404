//! The shorthand of tldr-style tools: `pyqa 64` and `pyqa notes:3` show, `pyqa gil` and
//! `pyqa "load balancer"` search; any first word that is not a command. Options may come before
//! or after the words.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::library::QuestionId;
use pyqa_core::text::inert;

/// The command line, with a shorthand written out as the command it stands for; exits with a
/// usage error as clap does.
pub fn parse() -> Cli {
    // `pyqa` alone on a terminal browses; elsewhere it prints the help, as before.
    if std::env::args_os().len() == 1 && io::stdin().is_terminal() && io::stdout().is_terminal() {
        return merged(Cli::parse_from(["pyqa", "browse"]));
    }
    let cli = merged(Cli::try_parse().unwrap_or_else(|e| exit(&e)));
    match cli.command {
        Command::Shorthand(ref words) => {
            let words = words.clone();
            expand(cli, words).unwrap_or_else(|e| exit(&e))
        }
        _ => cli,
    }
}

/// Ends the process as clap would for `error`, except that a usage error starts `pyqa: error:`
/// as pyqa's other errors do, and help or a version that cannot be written
/// (`pyqa --help > /dev/full`) is an error too, exit status 2; into a closed pipe, it ends
/// quietly.
fn exit(error: &clap::Error) -> ! {
    if error.use_stderr() {
        // The message quotes the command line, which may hold escape sequences.
        let message = error.render().to_string();
        let _ = write!(io::stderr(), "pyqa: {}", inert::make_inert(&message));
        std::process::exit(error.exit_code());
    }
    let text = if io::stdout().is_terminal() {
        error.render().ansi().to_string()
    } else {
        error.render().to_string()
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => std::process::exit(0),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            crate::output::report(&format!("error: cannot write to standard output: {e}"));
            std::process::exit(2)
        }
    }
}

/// `cli` with the common options given after the subcommand's name added to those before it.
fn merged(mut cli: Cli) -> Cli {
    if let Some(later) = cli.command.common_mut() {
        cli.common.absorb(later);
    }
    cli
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
    let mut inner = merged(Cli::try_parse_from(argv)?);
    let mut common = outer.common;
    common.absorb(&mut inner.common);
    inner.common = common;
    Ok(inner)
}
