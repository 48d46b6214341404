//! `pyqa completions`: shell completion scripts, generated from
//! the command line definition. Completion knows the content, fixed at build time: question
//! numbers (titles as descriptions) and topics.

use std::fmt::Write as _;
use std::io::Write;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_complete::Shell;

use super::Outcome;
use crate::cli::{Cli, CompletionsArgs};
use crate::error::Error;
use crate::library::deck::DeckIndex;
use crate::library::{Library, slug};

pub fn run(
    library: &Library,
    args: &CompletionsArgs,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let mut command = with_content(library);
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "pyqa", &mut script);
    let script = String::from_utf8_lossy(&script);
    out.write_all(with_numbers(args.shell, &script, library).as_bytes())?;
    Ok(Outcome::Found)
}

/// Subcommands whose argument is a question number.
const NUMBERED: [&str; 2] = ["show", "related"];

/// The script with question numbers added where `clap_complete` offers no positional values
/// (fish and PowerShell), titles as their descriptions.
fn with_numbers(shell: Shell, script: &str, library: &Library) -> String {
    let Ok(questions) = library.deck(None).and_then(DeckIndex::questions) else {
        return script.to_owned();
    };
    match shell {
        Shell::Fish => {
            let mut script = script.to_owned();
            for command in NUMBERED {
                for q in &questions {
                    let title = q.title.replace('\\', "\\\\").replace('\'', "\\'");
                    let _ = writeln!(
                        script,
                        "complete -c pyqa -n \"__fish_pyqa_using_subcommand {command}\" -f -a {} -d '{title}'",
                        q.number
                    );
                }
            }
            script
        }
        Shell::PowerShell => {
            let mut lines = String::with_capacity(script.len());
            for line in script.lines() {
                lines.push_str(line);
                lines.push('\n');
                if NUMBERED
                    .iter()
                    .any(|c| line.trim() == format!("'pyqa;{c}' {{"))
                {
                    for q in &questions {
                        let title = q.title.replace('\'', "''");
                        let _ = writeln!(
                            lines,
                            "            [CompletionResult]::new('{n}', '{n}', [CompletionResultType]::ParameterValue, '{title}')",
                            n = q.number
                        );
                    }
                }
            }
            lines
        }
        _ => script.to_owned(),
    }
}

/// The command line with the set's question numbers and topics as the values to complete.
fn with_content(library: &Library) -> clap::Command {
    let questions = library
        .deck(None)
        .and_then(DeckIndex::questions)
        .unwrap_or_default();
    let topics = library.topics().unwrap_or_default();
    let numbers: Vec<PossibleValue> = questions
        .iter()
        .map(|q| PossibleValue::new(q.number.to_string()).help(q.title.clone()))
        .collect();
    let topics: Vec<PossibleValue> = topics
        .iter()
        .map(|t| PossibleValue::new(slug(&t.name)).help(t.name.clone()))
        .collect();
    let numbers =
        move |arg: clap::Arg| arg.value_parser(PossibleValuesParser::new(numbers.clone()));
    let topics = move |arg: clap::Arg| arg.value_parser(PossibleValuesParser::new(topics.clone()));
    let mut command = Cli::full_command()
        .mut_subcommand("show", |c| c.mut_arg("numbers", numbers.clone()))
        .mut_subcommand("related", |c| c.mut_arg("number", numbers));
    for name in ["search", "random", "list", "export"] {
        command = command.mut_subcommand(name, |c| c.mut_arg("topic", topics.clone()));
    }
    command
}
