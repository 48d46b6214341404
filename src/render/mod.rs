//! Turning questions into text: terminal, Markdown, plain text and JSON.
//!
//! The text renderers share one walk over an answer's blocks; each supplies its own [`Dialect`].

pub mod excerpt;
pub mod json;
pub mod markdown;
pub mod plain;
pub mod terminal;

use crate::model::Block;

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
        }
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
