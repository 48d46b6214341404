//! Turning questions into text: terminal, Markdown, plain text and JSON.
//!
//! The text renderers share one walk over an answer's blocks; each supplies its own [`Dialect`].

pub mod anki;
mod flow;
pub mod highlight;
pub mod json;
pub mod layout;
pub mod listing;
pub mod markdown;
pub mod palette;
pub mod plain;
pub mod python;
mod table;
pub mod terminal;

use pyqa_core::text::model::{Block, Cell, Comparison};

/// How one output format spells each kind of block.
trait Dialect {
    /// A line of prose.
    fn line(&self, text: &str) -> String;
    /// A list item; `number` is set for ordered lists.
    fn item(&self, number: Option<usize>, text: &str) -> String;
    /// A whole code block, ending in a newline.
    fn code(&self, code: &str) -> String;
    /// A group's label; `depth` is 0 for a top-level group.
    fn label(&self, label: &str, depth: usize) -> String;
    /// What goes before every line of a group `depth` levels deep.
    fn indent(&self, _depth: usize) -> String {
        String::new()
    }
    /// A comparison as a table, or `None` to show it as one group per thing.
    fn table(&self, _table: &Comparison) -> Option<String> {
        None
    }
    /// A Markdown answer as its file wrote it, ending in a newline.
    fn markdown(&self, markdown: &str) -> String;
}

/// `1 question`, `2 questions`: a count and its noun, singular or plural as English has it.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {}", noun_for(n, noun))
}

/// `question` for one, `questions` for any other count.
pub fn noun_for(n: usize, noun: &str) -> String {
    if n == 1 {
        noun.to_owned()
    } else {
        format!("{noun}s")
    }
}

/// A label as a line of its own: `Unit Tests:`, `Why is WSGI important?`.
fn label_line(label: &str) -> String {
    if label.ends_with(['?', '!', '.', ':']) {
        label.to_owned()
    } else {
        format!("{label}:")
    }
}

/// Writes `blocks` in `dialect`, each block preceded by a blank line.
fn write_blocks(dialect: &impl Dialect, blocks: &[Block], depth: usize, out: &mut String) {
    let indent = dialect.indent(depth);
    for block in blocks {
        let table = match block {
            Block::Comparison(comparison) => {
                if let Some(table) = dialect.table(comparison) {
                    Some(table)
                } else {
                    write_blocks(dialect, &as_groups(comparison), depth, out);
                    continue;
                }
            }
            _ => None,
        };
        out.push('\n');
        match block {
            Block::Paragraph(lines) => lines
                .iter()
                .for_each(|l| push_lines(out, &indent, &dialect.line(l))),
            Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    push_lines(out, &indent, &dialect.item(ordered.then_some(i + 1), item));
                }
            }
            Block::Code(code) => push_lines(out, &indent, &dialect.code(code)),
            Block::Group {
                label,
                blocks: inner,
            } => {
                push_lines(out, &indent, &dialect.label(label, depth));
                write_blocks(dialect, inner, depth + 1, out);
            }
            Block::Comparison(_) => push_lines(out, &indent, table.as_deref().unwrap_or_default()),
            Block::Markdown(markdown) => push_lines(out, &indent, &dialect.markdown(markdown)),
        }
    }
}

/// Whether a comparison gets a first column of row labels: only when every row has a label.
/// Otherwise the few labelled rows (`Example` under positional rows) carry the label in each cell.
fn label_column(table: &Comparison) -> bool {
    !table.rows.is_empty() && table.rows.iter().all(|r| r.label.is_some())
}

/// A comparison as one group per thing, for forms without tables (and narrow terminals).
fn as_groups(table: &Comparison) -> Vec<Block> {
    table
        .subjects
        .iter()
        .enumerate()
        .map(|(i, subject)| {
            let mut blocks: Vec<Block> = Vec::new();
            for row in &table.rows {
                match (row.cells.get(i), &row.label) {
                    (Some(Cell::Text(text)), _) if text.is_empty() => {}
                    (Some(Cell::Text(text)), Some(label)) => {
                        push_line(&mut blocks, format!("{label}: {text}"));
                    }
                    (Some(Cell::Text(text)), None) => push_line(&mut blocks, text.clone()),
                    (Some(Cell::Code(code)), Some(label)) => blocks.push(Block::Group {
                        label: label.clone(),
                        blocks: vec![Block::Code(code.clone())],
                    }),
                    (Some(Cell::Code(code)), None) => blocks.push(Block::Code(code.clone())),
                    (None, _) => {}
                }
            }
            Block::Group {
                label: subject.clone(),
                blocks,
            }
        })
        .collect()
}

/// Adds a line to the paragraph at the end of `blocks`, or starts one.
fn push_line(blocks: &mut Vec<Block>, line: String) {
    match blocks.last_mut() {
        Some(Block::Paragraph(lines)) => lines.push(line),
        _ => blocks.push(Block::Paragraph(vec![line])),
    }
}

/// Appends each line of `text` with `indent` before it (blank lines stay empty).
fn push_lines(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str(indent);
        }
        out.push_str(line);
        out.push('\n');
    }
}
