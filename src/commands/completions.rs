//! `pyqa completions`: shell completion scripts, generated from
//! the command line definition. Completion knows the content, fixed at build time: question
//! numbers (titles as descriptions) and topics.
//!
//! Titles and topics are written into each script by that shell's quoting rules, so that no
//! quote, backslash, `$`, backtick or line break in them can end a string early or run a
//! command: by pyqa where it adds lines of its own (fish, PowerShell), and otherwise by
//! `clap_complete`, given text it can quote safely (see [`description`]).

use std::fmt::Write as _;
use std::io::Write;
use std::sync::Arc;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_complete::Shell;
use pyqa_core::text::model::Question;

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
    let questions = library
        .deck(None)
        .and_then(DeckIndex::questions)
        .unwrap_or_default();
    let topics: Vec<String> = library
        .topics()
        .unwrap_or_default()
        .into_iter()
        .map(|t| t.name)
        .collect();
    out.write_all(script(args.shell, &questions, &topics).as_bytes())?;
    Ok(Outcome::Found)
}

/// The completion script for `shell` that offers these questions' numbers and these topics.
fn script(shell: Shell, questions: &[Arc<Question>], topics: &[String]) -> String {
    let mut command = with_content(shell, questions, topics);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "pyqa", &mut script);
    with_numbers(shell, &String::from_utf8_lossy(&script), questions)
}

/// Subcommands whose argument is a question number.
const NUMBERED: [&str; 2] = ["show", "related"];

/// The script with question numbers added where `clap_complete` offers no positional values
/// (fish and PowerShell), titles as their descriptions.
fn with_numbers(shell: Shell, script: &str, questions: &[Arc<Question>]) -> String {
    match shell {
        Shell::Fish => {
            let mut script = script.to_owned();
            for command in NUMBERED {
                for q in questions {
                    let _ = writeln!(
                        script,
                        "complete -c pyqa -n \"__fish_pyqa_using_subcommand {command}\" -f -a {} -d {}",
                        q.number,
                        fish_quoted(&q.title)
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
                    for q in questions {
                        let _ = writeln!(
                            lines,
                            "            [CompletionResult]::new('{n}', '{n}', [CompletionResultType]::ParameterValue, {})",
                            powershell_quoted(&q.title),
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

/// The command line with these question numbers and topics as the values to complete,
/// described for `shell`. A topic whose name has no letter or digit has no word to complete and
/// is left out, as is a second topic of the same word.
fn with_content(shell: Shell, questions: &[Arc<Question>], topics: &[String]) -> clap::Command {
    let numbers: Vec<PossibleValue> = questions
        .iter()
        .map(|q| PossibleValue::new(q.number.to_string()).help(description(shell, &q.title)))
        .collect();
    let mut words: Vec<String> = Vec::new();
    let mut values: Vec<PossibleValue> = Vec::new();
    for topic in topics {
        let word = slug(topic);
        if !word.is_empty() && !words.contains(&word) {
            values.push(PossibleValue::new(word.clone()).help(description(shell, topic)));
            words.push(word);
        }
    }
    let numbers =
        move |arg: clap::Arg| arg.value_parser(PossibleValuesParser::new(numbers.clone()));
    let topics = move |arg: clap::Arg| arg.value_parser(PossibleValuesParser::new(values.clone()));
    let mut command = Cli::full_command()
        .mut_subcommand("show", |c| c.mut_arg("numbers", numbers.clone()))
        .mut_subcommand("related", |c| c.mut_arg("number", numbers));
    for name in ["search", "random", "list", "export"] {
        command = command.mut_subcommand(name, |c| c.mut_arg("topic", topics.clone()));
    }
    command
}

/// A title or topic on one line: control characters (line breaks, NUL) become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Text as a fish string in single quotes, where only `\` and `'` need a backslash.
fn fish_quoted(text: &str) -> String {
    let text = one_line(text).replace('\\', "\\\\").replace('\'', "\\'");
    format!("'{text}'")
}

/// The characters PowerShell takes as single quotes: `'` and the typographic ‘ ’ ‚ ‛.
const POWERSHELL_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// Text as a PowerShell string in single quotes, where each quote character is doubled.
fn powershell_quoted(text: &str) -> String {
    let mut quoted = String::from("'");
    for c in one_line(text).chars() {
        if POWERSHELL_QUOTES.contains(&c) {
            quoted.push(c);
        }
        quoted.push(c);
    }
    quoted.push('\'');
    quoted
}

/// A title or topic as `clap_complete` is given it to describe a value in `shell`'s script: on
/// one line, and in a form it quotes safely. zsh and fish write these descriptions inside double
/// quotes, where `clap_complete` escapes backslashes and single quotes but not `"`, nor, for
/// fish, `$` (which starts a substitution there); those become `'` and the full-width `＄`, and
/// fish's backslashes are doubled, as fish reads them twice. The other shells show no
/// descriptions of values.
fn description(shell: Shell, text: &str) -> String {
    let text = one_line(text);
    match shell {
        Shell::Zsh => text.replace('"', "'"),
        Shell::Fish => text
            .replace('\\', "\\\\")
            .replace('"', "'")
            .replace('$', "\u{FF04}"),
        _ => text,
    }
}

/// The helpers that run the shells, shared with the tests of the real binary.
#[cfg(test)]
#[path = "../../tests/shells.rs"]
mod shells;

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use clap_complete::Shell;
    use pyqa_core::text::model::{Answer, Question, QuestionNumber};

    use super::shells::quiet_success;
    use super::{description, fish_quoted, powershell_quoted, script};
    use crate::library::slug;

    /// A question numbered `number` with this title, under this topic.
    fn question(number: u32, title: &str, topic: &str) -> Arc<Question> {
        Arc::new(Question {
            number: QuestionNumber(number),
            title: title.to_owned(),
            topic: topic.to_owned(),
            answer: Answer::default(),
            line: 1,
            file: None,
        })
    }

    #[test]
    fn each_shell_quotes_by_its_own_rules() {
        assert_eq!(fish_quoted(r"it's a \ and $x"), r"'it\'s a \\ and $x'");
        assert_eq!(
            powershell_quoted("it’s ‘a’ ‚b‛ 'c' \"d\" `e`"),
            "'it’’s ‘‘a’’ ‚‚b‛‛ ''c'' \"d\" `e`'"
        );
        assert_eq!(powershell_quoted("a\nb\0c"), "'a b c'");
        assert_eq!(description(Shell::Zsh, "say \"hi\"\n$x"), "say 'hi' $x");
        assert_eq!(
            description(Shell::Fish, r#"say "hi" \ $x"#),
            r"say 'hi' \\ ＄x"
        );
        assert_eq!(description(Shell::Bash, "say \"hi\" $x"), "say \"hi\" $x");
    }

    /// The candidates elvish's completer offers for `words`, run from `script` with a stand-in
    /// for the `edit:` module, which elvish has only when interactive.
    fn elvish_candidates(script: &str, words: &str) -> Option<String> {
        let program = format!(
            "var edit = (ns [&completion:=(ns [&arg-completer=[&]]) &complex-candidate~={{|text &display=''| put $text }}])
            eval (slurp < {script})\"\n$edit:completion:arg-completer[pyqa] {words}\" &ns=(ns [&edit:=$edit])"
        );
        quiet_success("elvish", &["-norc", "-c", &program])
    }

    /// Writes `shell`'s script for these questions and topics to `folder` and returns its path.
    fn script_file(
        folder: &Path,
        shell: Shell,
        questions: &[Arc<Question>],
        topics: &[String],
    ) -> String {
        let path = folder.join(format!("pyqa.{shell}"));
        std::fs::write(&path, script(shell, questions, topics)).unwrap();
        path.display().to_string()
    }

    #[test]
    fn titles_and_topics_cannot_break_out_of_their_quotes() {
        let folder = tempfile::tempdir().unwrap();
        let marker = folder.path().join("ran");
        let run = format!("$(touch {m}) `touch {m}`; touch {m}", m = marker.display());
        let title = format!("What’s ‘this’, ‚that‛, 'that' and \"those\" \\ {run} \\");
        let topic = format!("It’s \"{run}\" $HOME");
        let topics = vec![topic.clone(), "’‘‚‛".to_owned(), "line\nbreak\0".to_owned()];
        let questions = vec![
            question(1, &title, &topic),
            question(2, "line\nbreak\0", "x"),
        ];

        let bash = script_file(folder.path(), Shell::Bash, &questions, &topics);
        quiet_success("bash", &["-n", &bash]);
        let complete = r#"source "$1"; COMP_WORDS=(pyqa list --topic ''); COMP_CWORD=3
            _pyqa pyqa '' --topic; printf '%s\n' "${COMPREPLY[@]}""#;
        if let Some(offered) = quiet_success("bash", &["--norc", "-c", complete, "bash", &bash]) {
            assert_eq!(offered, format!("{}\nline-break\n", slug(&topic)));
        }

        let zsh = script_file(folder.path(), Shell::Zsh, &questions, &topics);
        quiet_success("zsh", &["-n", &zsh]);
        // zsh's `_arguments` evaluates each `((value\:"description" …))` action as this one does;
        // it prints the `value:description` pairs for `pyqa list` and `pyqa show`.
        let actions = r#"
            compdef() { : }
            _arguments() {
                local spec action ws
                for spec in "$@"; do
                    [[ $spec == *:\(\(*\)\) ]] || continue
                    action="((${spec#*:\(\(}"
                    eval ws\=\( "${action[3,-3]}" \)
                    print -rl -- $ws
                done
                state=pyqa
                line=($subcommand)
            }
            source "$1"
            for subcommand in list show; do _pyqa; done
        "#;
        if let Some(described) = quiet_success("zsh", &["-f", "-c", actions, "zsh", &zsh]) {
            for item in [
                format!("{}:It’s '{run}' $HOME", slug(&topic)),
                format!("1:What’s ‘this’, ‚that‛, 'that' and 'those' \\ {run} \\"),
                "2:line break ".to_owned(),
            ] {
                assert!(described.lines().any(|l| l == item), "{item}\n{described}");
            }
        }

        let fish = script_file(folder.path(), Shell::Fish, &questions, &topics);
        quiet_success("fish", &["--no-execute", &fish]);
        let complete =
            format!("source {fish}; complete -C 'pyqa list --topic '; complete -C 'pyqa show '");
        if let Some(described) = quiet_success("fish", &["--no-config", "-c", &complete]) {
            assert_eq!(
                described,
                format!(
                    "{}\tIt’s '{}' ＄HOME\nline-break\tline break \n1\t{title}\n2\tline break \n",
                    slug(&topic),
                    run.replace('$', "＄")
                )
            );
        }

        let elvish = script_file(folder.path(), Shell::Elvish, &questions, &topics);
        let offered = elvish_candidates(&elvish, "pyqa show ''");
        assert!(
            offered.as_ref().is_none_or(|o| o.contains("▶ --format\n")),
            "{offered:?}"
        );

        let powershell = script(Shell::PowerShell, &questions, &topics);
        let line = format!(
            "[CompletionResult]::new('1', '1', [CompletionResultType]::ParameterValue, 'What’’s ‘‘this’’, ‚‚that‛‛, ''that'' and \"those\" \\ {run} \\')"
        );
        assert!(
            powershell.lines().any(|l| l.trim() == line),
            "{line}\n{powershell}"
        );

        assert!(!marker.exists(), "a title or topic ran a command");
    }
}
