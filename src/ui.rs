//! What the terminal is like: colour, width, whether stdout is a terminal. Decided once, in `main`.

use std::env;
use std::io::{self, IsTerminal, Write};

use termimad::crossterm::style::{StyledContent, Stylize};

use crate::cli::ColorWhen;

/// The width used when neither the terminal nor `COLUMNS` says.
const DEFAULT_WIDTH: usize = 80;

/// How output should look.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    /// Whether to write colour and styles.
    pub color: bool,
    /// Whether `--color always` asked for colour even when piped.
    pub color_forced: bool,
    /// Whether stdout is a terminal (rather than a pipe or file).
    pub tty: bool,
    /// Columns to wrap terminal output to.
    pub width: usize,
}

impl Ui {
    /// Reads `--color`, `NO_COLOR`, `CLICOLOR_FORCE`, `COLUMNS` and the terminal.
    pub fn detect(when: ColorWhen) -> Self {
        let tty = io::stdout().is_terminal();
        let set = |name: &str| env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
        let color = match when {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => !set("NO_COLOR") && (tty || set("CLICOLOR_FORCE")),
        };
        Self {
            color,
            color_forced: when == ColorWhen::Always,
            tty,
            width: width(tty),
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

fn width(tty: bool) -> usize {
    let terminal = tty
        .then(termimad::crossterm::terminal::size)
        .and_then(Result::ok)
        .map(|(w, _)| usize::from(w));
    let columns = || env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok());
    terminal
        .filter(|&w| w > 0)
        .or_else(columns)
        .filter(|&w| w > 0)
        .unwrap_or(DEFAULT_WIDTH)
}

/// One line on stderr, prefixed with the program's name; a closed stderr is not worth a panic.
pub fn report(message: &str) {
    let _ = writeln!(io::stderr(), "pyqa: {message}");
}
