//! Lines of styled text cut to a width: prose at spaces, code only where it must be.

use unicode_width::UnicodeWidthChar;

use crate::render::layout::{self, split_at_width};
use crate::render::palette::Look;

/// A line break inside a block's text.
pub(super) const BREAK: &str = "\n";

/// A piece of text in one look.
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub(super) text: String,
    pub(super) look: Look,
}

/// `runs` broken into lines at most `limit` columns wide, at spaces where possible; a word wider
/// than `limit` is cut. Spaces at the start and end of a line are dropped, and runs of spaces
/// become one.
pub(super) fn wrap(runs: &[Run], limit: usize) -> Vec<Vec<Run>> {
    let mut lines = Vec::new();
    let mut line = Line::default();
    let mut word = Line::default();
    let mut space = Look::default();
    for run in runs {
        if run.text == BREAK {
            line.place(std::mem::take(&mut word), space, limit, &mut lines);
            lines.push(std::mem::take(&mut line).runs);
            continue;
        }
        for c in run.text.chars() {
            if c.is_whitespace() {
                line.place(std::mem::take(&mut word), space, limit, &mut lines);
                space = run.look;
            } else {
                word.push(c, run.look);
            }
        }
    }
    line.place(word, space, limit, &mut lines);
    if !line.runs.is_empty() || lines.is_empty() {
        lines.push(line.runs);
    }
    lines
}

/// Runs and the columns they take.
#[derive(Debug, Default)]
struct Line {
    runs: Vec<Run>,
    width: usize,
}

impl Line {
    fn push(&mut self, c: char, look: Look) {
        match self.runs.last_mut() {
            Some(run) if run.look == look => run.text.push(c),
            _ => self.runs.push(Run {
                text: c.to_string(),
                look,
            }),
        }
        self.width += c.width().unwrap_or(0);
    }

    /// Adds `word` after a space in the space's look, starting a new line in `lines` first when
    /// it would not fit; a word wider than `limit` is cut wherever a line is full.
    fn place(&mut self, word: Line, space: Look, limit: usize, lines: &mut Vec<Vec<Run>>) {
        if word.runs.is_empty() {
            return;
        }
        if self.width > 0 && self.width + 1 + word.width > limit {
            lines.push(std::mem::take(self).runs);
        }
        if self.width > 0 {
            self.push(' ', space);
        }
        for run in word.runs {
            for c in run.text.chars() {
                let w = c.width().unwrap_or(0);
                if self.width > 0 && self.width + w > limit {
                    lines.push(std::mem::take(self).runs);
                }
                self.push(c, run.look);
            }
        }
    }
}

/// A line of code cut into pieces of at most `limit` columns, at a space where one is found; the
/// spaces inside each piece are kept as written.
pub(super) fn cut_verbatim(mut line: &str, limit: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    while layout::width(line) > limit {
        let cut = split_at_width(line, limit);
        let at_space = line[cut..].starts_with(' ');
        let split = match line[..cut].rfind(' ') {
            _ if at_space => cut,
            Some(space) if !line[..space].trim().is_empty() => space,
            _ => cut,
        };
        pieces.push(line[..split].trim_end());
        line = line[split..].trim_start();
    }
    pieces.push(line);
    pieces
}

#[cfg(test)]
mod tests {
    use super::cut_verbatim;

    #[test]
    fn code_is_cut_at_a_space_and_keeps_the_spaces_inside_pieces() {
        assert_eq!(cut_verbatim("x  = f(a, b)", 8), ["x  =", "f(a, b)"]);
        assert_eq!(cut_verbatim("abcdef", 4), ["abcd", "ef"]);
    }
}
