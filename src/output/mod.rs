//! How output looks, decided once from the command line, the environment and the terminal: colour,
//! width, the pager, the format of answers and how search matches stand out. Every command gets
//! the same [`OutputPlan`].

pub mod pager;

use std::env;
use std::io::{self, IsTerminal, Write};

use crate::cli::{AnswerFormat, Cli, ColorWhen, Command, Format};
use crate::render::highlight::Marks;
use crate::render::palette::Role;
use pyqa_core::text::inert;

/// The width used when neither the terminal nor `COLUMNS` says.
const DEFAULT_WIDTH: usize = 80;
/// The widest output laid out.
const MAX_WIDTH: usize = 10_000;
/// The pager when neither `PYQA_PAGER` nor `PAGER` names one: quit if one screen, keep colours.
const DEFAULT_PAGER: &str = "less -FRX";

/// How output should look.
#[derive(Debug, Clone)]
pub struct OutputPlan {
    /// Whether to write colour and styles.
    pub color: bool,
    /// Whether the browser, drawn on the terminal itself, uses colour: unless `--color never`
    /// or `NO_COLOR`.
    pub screen_color: bool,
    /// Whether stdout is a terminal (rather than a pipe or file).
    pub tty: bool,
    /// Columns to wrap terminal output to.
    pub width: usize,
    /// The width line-mode listings fit to, cut or wrapped: the terminal's or `--width`'s; `None`
    /// into a pipe without `--width`, where every line is written whole.
    pub listing_width: Option<usize>,
    /// The terminal's rows, when stdout is a terminal.
    pub height: Option<usize>,
    /// The pager to send long output through, as program and arguments: only when stdout is a
    /// terminal, paging is wanted and the command does not talk with the user.
    pub pager: Option<Vec<String>>,
    /// How answers are written (`show`, `random`, `quiz`).
    pub answers: Format,
    /// How the words a search matched stand out in excerpts.
    pub marks: Marks,
}

impl OutputPlan {
    /// Reads the command line's `--color`, `--width`, `--no-pager`, `--format` and `--json`, the
    /// variables `NO_COLOR`, `CLICOLOR_FORCE`, `COLUMNS`, `PYQA_PAGER` and `PAGER`, and the terminal.
    pub fn detect(cli: &Cli) -> Self {
        let tty = io::stdout().is_terminal();
        let set = |name: &str| env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
        let color = match cli.common.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => !set("NO_COLOR") && (tty || set("CLICOLOR_FORCE")),
        };
        let screen_color = match cli.common.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => !set("NO_COLOR"),
        };
        let terminal = if tty {
            ratatui::crossterm::terminal::size().ok()
        } else {
            None
        };
        let width = cli
            .common
            .width
            .map_or_else(|| width(terminal.map(|(w, _)| w)), usize::from);
        // The quiz, the browser and the editor talk with the user: never through a pager.
        let interactive = matches!(
            cli.command,
            Command::Quiz(_) | Command::Browse(_) | Command::Pick(_) | Command::Edit(_)
        );
        let pager = if tty && !cli.common.no_pager && !interactive {
            pager_command()
        } else {
            None
        };
        let marks = match (tty, color) {
            (false, _) => Marks::Markdown,
            (true, true) => Marks::Styled,
            (true, false) => Marks::None,
        };
        Self {
            color,
            screen_color,
            tty,
            width,
            listing_width: (tty || cli.common.width.is_some()).then_some(width),
            height: terminal.map(|(_, h)| usize::from(h)),
            pager,
            answers: answer_format(cli, tty || cli.common.color == ColorWhen::Always),
            marks,
        }
    }

    /// `text` in `role`'s style when colour is on.
    pub fn paint(&self, text: &str, role: Role) -> String {
        if self.color {
            role.style(text).to_string()
        } else {
            text.to_owned()
        }
    }
}

/// The format asked for with `--format` or `--json`; otherwise styled for a terminal (on one, or
/// with `--color always`), else Markdown.
fn answer_format(cli: &Cli, styled: bool) -> Format {
    let asked = match &cli.command {
        Command::Show(args) => Some(&args.output),
        Command::Random(args) => Some(&args.output),
        _ => None,
    };
    match asked {
        Some(AnswerFormat { json: true, .. }) => Format::Json,
        Some(AnswerFormat {
            format: Some(format),
            ..
        }) => *format,
        _ if styled => Format::Term,
        _ => Format::Md,
    }
}

/// The terminal's width, else `COLUMNS` when it is a sensible number, else 80; at most 10000.
fn width(terminal: Option<u16>) -> usize {
    let columns = || {
        env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
    };
    let width = terminal
        .map(usize::from)
        .filter(|&w| w > 0)
        .or_else(columns)
        .filter(|&w| w > 0);
    width.unwrap_or(DEFAULT_WIDTH).min(MAX_WIDTH)
}

/// `PYQA_PAGER`, else `PAGER`, else `less -FRX`, split into words as a shell would
/// (`less -R "-P x y"` keeps its quoted argument whole); an empty value, `cat`, or a value that
/// does not split (an open quote) means no pager.
fn pager_command() -> Option<Vec<String>> {
    let chosen = env::var("PYQA_PAGER")
        .or_else(|_| env::var("PAGER"))
        .unwrap_or_else(|_| DEFAULT_PAGER.to_owned());
    pager_words(&chosen)
}

/// A pager command's program and arguments; `None` for no pager.
fn pager_words(command: &str) -> Option<Vec<String>> {
    let words = shell_words::split(command).ok()?;
    match words.first().map(String::as_str) {
        None | Some("cat") if words.len() <= 1 => None,
        _ => Some(words),
    }
}

/// Whether standard output was open when pyqa started. Rust's runtime puts `/dev/null` in
/// place of a closed one (`pyqa list >&-`), opened for reading and writing, where a shell's
/// `> /dev/null` opens it for writing only; so that is told apart, and reported as GNU tools do,
/// instead of every write vanishing. Linux only: it asks `/proc`.
#[cfg(target_os = "linux")]
pub fn check_stdout() -> io::Result<()> {
    let closed = std::fs::read_link("/proc/self/fd/1").is_ok_and(|target| {
        target == std::path::Path::new("/dev/null")
            && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
                info.lines()
                    .find_map(|line| line.strip_prefix("flags:"))
                    .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
                    .is_some_and(|flags| flags & 0o3 == 0o2)
            })
    });
    if closed {
        // EBADF, as a write to the closed descriptor would have said.
        Err(io::Error::from_raw_os_error(9))
    } else {
        Ok(())
    }
}

#[cfg(not(target_os = "linux"))]
pub fn check_stdout() -> io::Result<()> {
    Ok(())
}

/// One line on stderr, prefixed with the program's name, made inert as deck text is (a path, a
/// name or a query in it may hold escape sequences or line breaks); a closed stderr is not worth
/// a panic.
pub fn report(message: &str) {
    let _ = writeln!(io::stderr(), "pyqa: {}", inert::one_line(message));
}

#[cfg(test)]
mod tests {
    use super::pager_words;

    #[test]
    fn a_pager_command_splits_as_a_shell_would() {
        assert_eq!(
            pager_words(r#"less -R "-P x y""#).unwrap(),
            ["less", "-R", "-P x y"]
        );
        assert_eq!(pager_words("most").unwrap(), ["most"]);
    }

    #[test]
    fn empty_cat_or_unsplittable_commands_mean_no_pager() {
        for command in ["", "  ", "cat", " cat ", "less 'unclosed"] {
            assert_eq!(pager_words(command), None, "{command:?}");
        }
        assert_eq!(pager_words("cat -n").unwrap(), ["cat", "-n"]);
    }
}
