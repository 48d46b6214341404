//! Writing what has been read: wrapped blocks, code, tables, with their prefixes.

use std::ops::Range;

use pyqa_core::text::model::{Cell, Comparison, Row};

use super::wrap::{BREAK, Run, cut_verbatim, wrap};
use super::{CODE_MARGIN, Flow, TableText};
use crate::render::layout;
use crate::render::palette::Look;
use crate::render::python::{self, Token};
use crate::render::table;

impl Flow {
    /// The columns the quote marks and list indents take before a line's text, or `None` when
    /// too few would be left: the text then keeps its columns and loses its indent.
    fn indent(&self) -> Option<usize> {
        let used = 2 * self.quotes + self.items.iter().sum::<usize>();
        (used + 2 <= self.width).then_some(used)
    }

    /// The first line's prefix, the other lines' prefix, and the columns left after them.
    pub(super) fn prefixes(&mut self) -> (Vec<Run>, Vec<Run>, usize) {
        let Some(used) = self.indent() else {
            self.marker = None;
            return (Vec::new(), Vec::new(), self.width);
        };
        let quote = Run {
            text: "│ ".repeat(self.quotes),
            look: Look::DIM,
        };
        let indent = used - 2 * self.quotes;
        let rest = vec![quote.clone(), spaces(indent)];
        let first = match self.marker.take() {
            Some(marker) => {
                let before = indent - layout::width(&marker.text);
                vec![quote, spaces(before), marker]
            }
            None => rest.clone(),
        };
        (first, rest, self.width - used)
    }

    /// Owes a blank line before what is written next, when a block came before it.
    pub(super) fn start_lines(&mut self) {
        if self.gap && !self.out.is_empty() {
            let quote = Run {
                text: "│".repeat(self.quotes.min(1)),
                look: Look::DIM,
            };
            self.line(&[quote], &[]);
        }
        self.gap = false;
    }

    /// Writes the text read so far as a wrapped block.
    pub(super) fn end_block(&mut self) {
        if self.runs.is_empty() {
            return;
        }
        let runs = std::mem::take(&mut self.runs);
        self.start_lines();
        let (first, rest, available) = self.prefixes();
        for (i, line) in wrap(&runs, available).iter().enumerate() {
            self.line(if i == 0 { &first } else { &rest }, line);
        }
    }

    /// Writes a code block: each line set in, cut at a space where it is too wide; its tokens
    /// coloured when it is `python`.
    pub(super) fn code_block(&mut self, code: &str, python: bool) {
        self.end_block();
        self.start_lines();
        let (first, rest, available) = self.prefixes();
        let margin = if available >= CODE_MARGIN + 2 {
            CODE_MARGIN
        } else {
            0
        };
        let available = available - margin;
        // A tab takes as many columns as the terminal likes; four spaces take four.
        let code = code.trim_end_matches('\n').replace('\t', "    ");
        let pieces: Vec<&str> = code
            .lines()
            .flat_map(|line| cut_verbatim(line, available))
            .collect();
        let box_width = pieces.iter().map(|p| layout::width(p)).max().unwrap_or(0);
        let tokens = if python {
            python::tokens(&code)
        } else {
            Vec::new()
        };
        for (i, piece) in pieces.iter().enumerate() {
            let padding = if self.color {
                box_width - layout::width(piece)
            } else {
                0
            };
            let mut prefix = if i == 0 { first.clone() } else { rest.clone() };
            prefix.push(spaces(margin));
            // Every piece is a slice of `code`: where it starts places the tokens in it.
            let start = piece.as_ptr() as usize - code.as_ptr() as usize;
            let mut runs = coloured(piece, start, &tokens);
            runs.push(Run {
                text: " ".repeat(padding),
                look: Look::CODE,
            });
            self.line(&prefix, &runs);
        }
    }

    /// Writes a table from a Markdown answer, drawn like a comparison; on a terminal too narrow
    /// for it, each row becomes a paragraph of `header: cell` lines.
    pub(super) fn table_block(&mut self, table: &TableText) {
        let comparison = Comparison {
            subjects: table.header.clone(),
            rows: table
                .rows
                .iter()
                .map(|cells| Row {
                    label: None,
                    cells: cells.iter().cloned().map(Cell::Text).collect(),
                })
                .collect(),
        };
        self.start_lines();
        let available = self.width - self.indent().unwrap_or(0);
        if let Some(drawn) = table::draw(
            &comparison,
            false,
            available,
            table::MIN_CELL_WIDTH,
            self.color,
        ) {
            let (first, rest, _) = self.prefixes();
            for (i, line) in drawn.table.lines().enumerate() {
                let mut prefix = if i == 0 { first.clone() } else { rest.clone() };
                prefix.push(Run {
                    text: line.to_owned(),
                    look: Look::default(),
                });
                self.line(&prefix, &[]);
            }
            return;
        }
        for row in &table.rows {
            for (header, cell) in table.header.iter().zip(row) {
                let text = if header.is_empty() {
                    cell.clone()
                } else {
                    format!("{header}: {cell}")
                };
                self.runs.push(Run {
                    text,
                    look: Look::default(),
                });
                self.runs.push(Run {
                    text: BREAK.to_owned(),
                    look: Look::default(),
                });
            }
            self.end_block();
            self.gap = true;
        }
    }

    /// Writes a rule across the columns left.
    pub(super) fn rule(&mut self) {
        self.start_lines();
        let (prefix, _, available) = self.prefixes();
        let rule = Run {
            text: "─".repeat(available),
            look: Look::DIM,
        };
        self.line(&prefix, &[rule]);
    }

    /// Writes one line: its prefix and its runs, painted when colour is on.
    pub(super) fn line(&mut self, prefix: &[Run], runs: &[Run]) {
        let mut line = String::new();
        for run in prefix.iter().chain(runs) {
            if self.color {
                line.push_str(&run.look.paint(&run.text));
            } else {
                line.push_str(&run.text);
            }
        }
        self.out.push_str(line.trim_end_matches(' '));
        self.out.push('\n');
    }
}

fn spaces(n: usize) -> Run {
    Run {
        text: " ".repeat(n),
        look: Look::default(),
    }
}

/// `piece` of code (at byte `start` of the code `tokens` were found in) as runs, each token in
/// its colour, the rest in code's look.
fn coloured(piece: &str, start: usize, tokens: &[(Range<usize>, Token)]) -> Vec<Run> {
    let end = start + piece.len();
    let mut runs = Vec::new();
    let mut done = start;
    for (range, token) in tokens
        .iter()
        .filter(|(r, _)| r.end > start && r.start < end)
    {
        let (from, to) = (range.start.max(start), range.end.min(end));
        if from > done {
            runs.push(Run {
                text: piece[done - start..from - start].to_owned(),
                look: Look::CODE,
            });
        }
        runs.push(Run {
            text: piece[from - start..to - start].to_owned(),
            look: Look::code_token(*token),
        });
        done = to;
    }
    if done < end || runs.is_empty() {
        runs.push(Run {
            text: piece[done - start..].to_owned(),
            look: Look::CODE,
        });
    }
    runs
}
