//! The subcommands, one file each, and the one place that runs them.

mod check;
mod completions;
mod edit;
mod export;
mod list;
mod man;
mod quiz;
mod random;
mod related;
mod search;
mod show;
mod topics;

use std::io::{self, BufWriter, Write};

use crate::cli::{Cli, Command};
use crate::error::Error;
use crate::library::Library;
use crate::library::deck_cache;
use crate::library::paths::Paths;
use crate::output::OutputPlan;
use crate::output::pager;

/// How a command that ran went, for the exit status.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything asked for was found (exit 0).
    Found,
    /// Something asked for was not; one message each (exit 1).
    Missed(Vec<String>),
}

/// Runs the command line's subcommand, writing to stdout (through a pager when long). When a
/// deck's cached index is found damaged as it is read, the index is removed and the command runs
/// once more, with the deck read again.
pub fn run(cli: &Cli) -> Result<Outcome, Error> {
    let outcome = run_once(cli);
    if deck_cache::remove_damaged() && outcome.is_err() {
        return run_once(cli);
    }
    outcome
}

fn run_once(cli: &Cli) -> Result<Outcome, Error> {
    let plan = OutputPlan::detect(cli);
    let library = Library::new(user_decks(cli))?;
    if plan.pager.is_some() {
        let mut buffer = Vec::new();
        let outcome = dispatch(&cli.command, &library, &plan, &mut buffer)?;
        pager::write(&buffer, &plan)?;
        return Ok(outcome);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let outcome = dispatch(&cli.command, &library, &plan, &mut out)?;
    out.flush()?;
    Ok(outcome)
}

/// The user's decks (config folder and `--deck` files) for commands that use them.
fn user_decks(cli: &Cli) -> Vec<crate::library::deck::DeckIndex> {
    if matches!(
        cli.command,
        Command::Check(_) | Command::Paths(_) | Command::Completions(_) | Command::Man(_)
    ) {
        return Vec::new();
    }
    let paths = Paths::detect().ok();
    deck_cache::load_all(
        paths.as_ref().map(|p| p.decks.as_path()),
        &cli.common.decks,
        paths.as_ref().map(|p| p.cache.as_path()),
    )
}

fn dispatch(
    command: &Command,
    library: &Library,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    match command {
        Command::Search(args) => search::run(library, args, plan, out),
        Command::Show(args) => show::run(library, args, plan, out),
        Command::List(args) => list::run(library, args, plan, out),
        Command::Topics(args) => topics::run(library, args, plan, out),
        Command::Related(args) => related::run(library, args, plan, out),
        Command::Export(args) => export::run(library, args, out),
        Command::Random(args) => random::run(library, args, plan, out),
        Command::Quiz(args) => quiz::run(library, args, plan, out),
        Command::Completions(args) => completions::run(library, args, out),
        Command::Man(_) => man::run(out),
        Command::Browse(args) | Command::Pick(args) => crate::browse::run(
            library,
            &args.query.join(" "),
            args.topic.as_deref(),
            matches!(command, Command::Pick(_)),
            plan.screen_color,
            out,
        ),
        Command::Shorthand(_) => Err(Error::Usage(
            "a shorthand is written out before it runs".into(),
        )),
        Command::Check(args) => check::run(args, out),
        Command::Edit(args) => edit::run(library, args),
        Command::Paths(_) => paths(out),
    }
}

/// `pyqa paths`: where decks, the cache and progress live.
fn paths(out: &mut impl Write) -> Result<Outcome, Error> {
    let paths = Paths::detect()?;
    for (name, path) in [
        ("config", &paths.config),
        ("decks", &paths.decks),
        ("cache", &paths.cache),
        ("data", &paths.data),
    ] {
        writeln!(out, "{name:<7}{}", path.display())?;
    }
    Ok(Outcome::Found)
}

/// Writes `value` as one line of JSON.
pub(crate) fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), Error> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)?;
    Ok(())
}
