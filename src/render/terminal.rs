//! Answers for the terminal: the answer as Markdown, laid out to the terminal's width by
//! [`flow`](super::flow), with comparisons drawn as tables.

use std::cell::RefCell;
use std::fmt::Write as _;

use super::markdown::{Gfm, escape};
use super::palette::Look;
use super::{Dialect, flow, label_column, label_line, layout, table, write_blocks};
use pyqa_core::text::model::{Comparison, Question};

/// A question and its answer, laid out for a terminal `width` columns wide and painted when
/// `color`.
pub fn question(q: &Question, width: usize, color: bool) -> String {
    if width < MIN_WIDTH {
        return super::plain::question(q)
            .lines()
            .flat_map(|l| hard_wrap(l, width.max(1)))
            .collect();
    }
    let dialect = Terminal {
        width,
        color,
        tables: RefCell::new(Vec::new()),
    };
    let mut answer = String::new();
    write_blocks(&dialect, &q.answer.blocks, 0, &mut answer);
    let laid_out = flow::lay_out(&answer, width, color);
    let tables = dialect.tables.into_inner();
    let line = |text: &str, look| flow::in_look(&Gfm.line(text), look, width, color);
    let mut out = line(&format!("{}. {}", q.number, q.title), Look::TITLE);
    out.push_str(&line(&q.topic, Look::ITALIC));
    out.push('\n');
    for line in laid_out.lines() {
        let table = line
            .trim()
            .strip_prefix(TABLE_PLACEHOLDER)
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| tables.get(i));
        if let Some(table) = table {
            out.push_str(table);
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Stands for a comparison table in the Markdown until the rest is laid out.
const TABLE_PLACEHOLDER: char = '\u{E000}';

/// Below this width the plain form is cut into lines instead: a list's indent and a wide
/// character do not fit into fewer columns.
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

/// The answer's blocks as Markdown (as [`Gfm`] writes them, each line a line and labels ending
/// in a colon), comparisons drawn aside.
struct Terminal {
    width: usize,
    color: bool,
    /// The comparison tables drawn so far, which the markup holds placeholders for.
    tables: RefCell<Vec<String>>,
}

impl Dialect for Terminal {
    fn table(&self, table: &Comparison) -> Option<String> {
        if self.width < MIN_TABLE_WIDTH {
            return None;
        }
        let drawn = table::draw(
            table,
            label_column(table),
            self.width,
            table::MIN_CELL_WIDTH,
            self.color,
        )?;
        let mut tables = self.tables.borrow_mut();
        let mut out = format!("{TABLE_PLACEHOLDER}{}\n", tables.len());
        tables.push(drawn.table);
        for below in drawn.below {
            if let Some(label) = below.label {
                let _ = write!(out, "\n**{}:**\n", escape(&label));
            }
            for (subject, code) in below.code {
                let _ = write!(out, "\n*{}*\n{}", escape(&subject), self.code(&code));
            }
        }
        Some(out)
    }

    fn line(&self, text: &str) -> String {
        // Two spaces end a line without ending the paragraph: each line stays a line.
        format!("{}  ", Gfm.line(text))
    }

    fn item(&self, number: Option<usize>, text: &str) -> String {
        Gfm.item(number, text)
    }

    fn code(&self, code: &str) -> String {
        Gfm.code(code)
    }

    fn label(&self, label: &str, depth: usize) -> String {
        let marks = if depth == 0 { "**" } else { "*" };
        format!("{marks}{}{marks}", escape(&label_line(label)))
    }

    fn markdown(&self, markdown: &str) -> String {
        Gfm.markdown(markdown)
    }
}
