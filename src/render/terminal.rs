//! Answers styled for the terminal with termimad, wrapped to the terminal's width.

use termimad::MadSkin;

use std::cell::RefCell;
use std::fmt::Write as _;

use super::{Dialect, label_column, label_line, layout, table, termimad_markup, write_blocks};
use pyqa_core::text::model::{Comparison, Question};

/// A question and its answer, laid out for a terminal `width` columns wide; `color` says whether
/// the skin is styled (comparison tables are drawn here, not by termimad).
pub fn question(q: &Question, skin: &MadSkin, width: usize, color: bool) -> String {
    if width < MIN_WIDTH {
        return super::plain::question(q)
            .lines()
            .flat_map(|l| hard_wrap(l, width.max(1)))
            .collect();
    }
    let dialect = Termimad {
        width,
        color,
        tables: RefCell::new(Vec::new()),
    };
    let markup = markup(q, &dialect);
    let text = skin.text(&markup, Some(width)).to_string();
    let tables = dialect.tables.into_inner();
    // termimad pads code lines to the block's width; unstyled, that is only trailing blanks.
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let table = line
            .trim()
            .strip_prefix(TABLE_PLACEHOLDER)
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| tables.get(i));
        if let Some(table) = table {
            out.push_str(table);
        } else {
            out.push_str(line.trim_end_matches(' '));
            out.push('\n');
        }
    }
    out
}

/// Stands for a comparison table in the markup until termimad has laid out the rest.
const TABLE_PLACEHOLDER: char = '\u{E000}';

/// The question in termimad's Markdown dialect.
fn markup(q: &Question, dialect: &Termimad) -> String {
    let mut out = format!(
        "# {}. {}\n*{}*\n",
        q.number,
        escape(&q.title),
        escape(&q.topic)
    );
    write_blocks(dialect, &q.answer.blocks, 0, &mut out);
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
    color: bool,
    /// The comparison tables drawn so far, which the markup holds placeholders for.
    tables: RefCell<Vec<String>>,
}

impl Dialect for Termimad {
    fn table(&self, table: &Comparison) -> Option<String> {
        if self.width < MIN_TABLE_WIDTH {
            return None;
        }
        let drawn = table::draw(
            table,
            label_column(table),
            self.width,
            MIN_CELL_WIDTH,
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
                let _ = write!(out, "\n*{}*\n```\n{code}\n```\n", escape(&subject));
            }
        }
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
