//! What the terminal is like: colour, width, whether stdout is a terminal. Decided once, in `main`.

pub mod pager;

use std::env;
use std::io::{self, IsTerminal, Write};

use termimad::crossterm::style::{StyledContent, Stylize};

use crate::cli::{Cli, ColorWhen};

/// The width used when neither the terminal nor `COLUMNS` says.
const DEFAULT_WIDTH: usize = 80;
/// The widest output laid out.
const MAX_WIDTH: usize = 10_000;
/// The pager when neither `PYQA_PAGER` nor `PAGER` names one: quit if one screen, keep colours.
const DEFAULT_PAGER: &str = "less -FRX";

/// How output should look.
#[derive(Debug, Clone)]
pub struct Ui {
    /// Whether to write colour and styles.
    pub color: bool,
    /// Whether `--color always` asked for colour even when piped.
    pub color_forced: bool,
    /// Whether stdout is a terminal (rather than a pipe or file).
    pub tty: bool,
    /// Columns to wrap terminal output to.
    pub width: usize,
    /// The terminal's rows, when stdout is a terminal.
    pub height: Option<usize>,
    /// The pager to send long output through, when stdout is a terminal and paging is wanted.
    pub pager: Option<String>,
}

impl Ui {
    /// Reads the command line's `--color`, `--width` and `--no-pager`, the variables `NO_COLOR`,
    /// `CLICOLOR_FORCE`, `COLUMNS`, `PYQA_PAGER` and `PAGER`, and the terminal.
    pub fn detect(cli: &Cli) -> Self {
        let tty = io::stdout().is_terminal();
        let set = |name: &str| env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
        let color = match cli.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => !set("NO_COLOR") && (tty || set("CLICOLOR_FORCE")),
        };
        let terminal = if tty {
            termimad::crossterm::terminal::size().ok()
        } else {
            None
        };
        let width = cli
            .width
            .map_or_else(|| width(terminal.map(|(w, _)| w)), usize::from);
        let pager = if tty && !cli.no_pager {
            pager_command()
        } else {
            None
        };
        let height = terminal.map(|(_, h)| usize::from(h));
        Self {
            color,
            color_forced: cli.color == ColorWhen::Always,
            tty,
            width,
            height,
            pager,
        }
    }

    /// `text` in `style` when colour is on.
    pub fn paint<'a>(&self, text: &'a str, style: fn(&'a str) -> StyledContent<&'a str>) -> String {
        if self.color {
            style(text).to_string()
        } else {
            text.to_owned()
        }
    }
}

/// Styles for [`Ui::paint`].
pub mod styles {
    use super::{StyledContent, Stylize};

    pub fn number(text: &str) -> StyledContent<&str> {
        text.cyan().bold()
    }

    pub fn heading(text: &str) -> StyledContent<&str> {
        text.bold()
    }

    pub fn dim(text: &str) -> StyledContent<&str> {
        text.dim()
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

/// `PYQA_PAGER`, else `PAGER`, else `less -FRX`; an empty value means no pager.
fn pager_command() -> Option<String> {
    let chosen = env::var("PYQA_PAGER")
        .or_else(|_| env::var("PAGER"))
        .unwrap_or_else(|_| DEFAULT_PAGER.to_owned());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_owned())
}

/// One line on stderr, prefixed with the program's name; a closed stderr is not worth a panic.
pub fn report(message: &str) {
    let _ = writeln!(io::stderr(), "pyqa: {message}");
}
