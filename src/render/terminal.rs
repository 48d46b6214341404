//! Answers styled for the terminal with termimad, wrapped to the terminal's width.

use termimad::MadSkin;

use super::{Dialect, label_column, label_line, layout, termimad_markup, write_blocks};
use pyqa_core::text::model::{Cell, Comparison, Question};

/// A question and its answer, laid out for a terminal `width` columns wide.
pub fn question(q: &Question, skin: &MadSkin, width: usize) -> String {
    if width < MIN_WIDTH {
        return super::plain::question(q)
            .lines()
            .flat_map(|l| hard_wrap(l, width.max(1)))
            .collect();
    }
    let markup = markup(q, width);
    let text = skin.text(&markup, Some(width)).to_string();
    // termimad pads code lines to the block's width; unstyled, that is only trailing blanks.
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line.trim_end_matches(' '));
        out.push('\n');
    }
    out
}

/// The question in termimad's Markdown dialect.
fn markup(q: &Question, width: usize) -> String {
    let mut out = format!(
        "# {}. {}\n*{}*\n",
        q.number,
        escape(&q.title),
        escape(&q.topic)
    );
    write_blocks(&Termimad { width }, &q.answer.blocks, 0, &mut out);
    out
}

/// Below this width the plain form is cut into lines instead: termimad cannot fit a list's indent
/// and a wide character into fewer columns.
const MIN_WIDTH: usize = 8;

/// `line` cut every `width` columns, each piece ending in a newline.
fn hard_wrap(mut line: &str, width: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    loop {
        let split = layout::split_at_width(line, width);
        pieces.push(format!("{}\n", &line[..split]));
        line = &line[split..];
        if line.is_empty() {
            return pieces;
        }
    }
}

/// Below this width, comparisons are shown as one group per thing rather than a table.
const MIN_TABLE_WIDTH: usize = 20;
/// Nor are they tables when a column would be narrower than this.
const MIN_CELL_WIDTH: usize = 8;

struct Termimad {
    width: usize,
}

impl Dialect for Termimad {
    fn table(&self, table: &Comparison) -> Option<String> {
        let labelled = label_column(table);
        let count = table.subjects.len() + usize::from(labelled);
        if self.width < MIN_TABLE_WIDTH
            || self.width.saturating_sub(count + 1) / count.max(1) < MIN_CELL_WIDTH
        {
            return None;
        }
        let mut columns: Vec<Vec<CellLines>> = Vec::new();
        if labelled {
            columns.push(
                std::iter::once(CellLines::text(""))
                    .chain(
                        table
                            .rows
                            .iter()
                            .map(|r| CellLines::text(r.label.as_deref().unwrap_or(""))),
                    )
                    .collect(),
            );
        }
        for (i, subject) in table.subjects.iter().enumerate() {
            let mut column = vec![CellLines::text(subject)];
            for row in &table.rows {
                let label = if labelled { None } else { row.label.as_deref() };
                column.push(CellLines::of(row.cells.get(i), label));
            }
            columns.push(column);
        }
        let texts: Vec<Vec<&str>> = columns
            .iter()
            .map(|c| {
                c.iter()
                    .flat_map(|cell| cell.0.iter().map(String::as_str))
                    .collect()
            })
            .collect();
        // Borders take one column before each cell and one at the end.
        let widths = layout::column_widths(&texts, self.width.saturating_sub(columns.len() + 1));
        let mut out = table_row(&vec![":-".to_owned(); columns.len()]);
        for row in 0..=table.rows.len() {
            let wrapped: Vec<Vec<String>> = columns
                .iter()
                .zip(&widths)
                .map(|(c, &w)| c[row].wrapped(w))
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            for line in 0..height {
                let cells: Vec<String> = wrapped
                    .iter()
                    .enumerate()
                    .map(|(c, lines)| {
                        let text = lines.get(line).map_or(String::new(), |l| escape(l));
                        let emphasis = if row == 0 {
                            "**"
                        } else if labelled && c == 0 {
                            "*"
                        } else {
                            ""
                        };
                        if text.is_empty() {
                            text
                        } else {
                            format!("{emphasis}{text}{emphasis}")
                        }
                    })
                    .collect();
                out.push_str(&table_row(&cells));
            }
            if row == 0 {
                out.push_str(&table_row(&vec!["-".to_owned(); columns.len()]));
            }
        }
        out.push_str("|-\n");
        Some(out)
    }

    fn line(&self, text: &str) -> String {
        escape(text)
    }

    fn item(&self, number: Option<usize>, text: &str) -> String {
        match number {
            Some(n) => format!("{n}. {}", escape(text)),
            None => format!("* {}", escape(text)),
        }
    }

    fn code(&self, code: &str) -> String {
        format!("```\n{code}\n```\n")
    }

    fn label(&self, label: &str, depth: usize) -> String {
        let marks = if depth == 0 { "**" } else { "*" };
        format!("{marks}{}{marks}", escape(&label_line(label)))
    }

    fn markdown(&self, markdown: &str) -> String {
        termimad_markup::from_markdown(markdown)
    }
}

/// `|a|b|` and a newline.
fn table_row(cells: &[String]) -> String {
    let mut row = String::from("|");
    for cell in cells {
        row.push_str(cell);
        row.push('|');
    }
    row.push('\n');
    row
}

/// The lines of one table cell before wrapping: prose as one line, code line by line.
struct CellLines(Vec<String>);

impl CellLines {
    fn text(text: &str) -> Self {
        Self(vec![text.to_owned()])
    }

    /// A row's cell, its label in front when the table has no label column.
    fn of(cell: Option<&Cell>, label: Option<&str>) -> Self {
        let mut lines = Vec::new();
        match (cell, label) {
            (Some(Cell::Text(text)), Some(label)) if !text.is_empty() => {
                lines.push(format!("{label}: {text}"));
            }
            (Some(Cell::Text(text)), _) => lines.push(text.clone()),
            (Some(Cell::Code(code)), label) => {
                lines.extend(label.map(|l| format!("{l}:")));
                lines.extend(
                    code.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(str::to_owned),
                );
            }
            (None, _) => {}
        }
        Self(lines)
    }

    fn wrapped(&self, width: usize) -> Vec<String> {
        self.0
            .iter()
            .flat_map(|line| layout::wrap(line, width))
            .collect()
    }
}

/// Escapes the characters termimad reads as markup; balanced backticks stay code spans.
pub(super) fn escape(text: &str) -> String {
    let keep_ticks = text.matches('`').count().is_multiple_of(2);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '~' | '|' | '\\') || (c == '`' && !keep_ticks) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
