//! Answers as GitHub-flavoured Markdown: clean enough to append to notes.

use pyqa_core::text::markdown::answer::fence_for;
use std::fmt::Write as _;

use super::{Dialect, label_column, write_blocks};
use pyqa_core::text::model::{Cell, Comparison, Question};

/// A question and its answer as a Markdown section starting `## N. Title`, with its topic.
pub fn question(q: &Question) -> String {
    let mut out = format!(
        "## {}. {}\n\n*{}*\n",
        q.number,
        escape(&q.title),
        escape(&q.topic)
    );
    write_blocks(&Gfm, &q.answer.blocks, 0, &mut out);
    out
}

/// A question's answer alone, as Markdown.
pub fn answer(q: &Question) -> String {
    let mut out = String::new();
    write_blocks(&Gfm, &q.answer.blocks, 0, &mut out);
    out
}

/// A question as a section of a document whose `# Topic` headings say the topic.
pub fn section(q: &Question) -> String {
    let mut out = format!("## {}. {}\n", q.number, escape(&q.title));
    write_blocks(&Gfm, &q.answer.blocks, 0, &mut out);
    out
}

/// A topic's heading in a document.
pub fn topic_heading(topic: &str) -> String {
    format!("# {}\n", escape(topic))
}

/// Answers as GitHub-flavoured Markdown; the terminal's dialect writes most blocks as this does.
pub(super) struct Gfm;

impl Dialect for Gfm {
    fn line(&self, text: &str) -> String {
        escape_line_start(&escape(text))
    }

    fn item(&self, number: Option<usize>, text: &str) -> String {
        match number {
            Some(n) => format!("{n}. {}", escape_line_start(&escape(text))),
            None => format!("- {}", escape_line_start(&escape(text))),
        }
    }

    fn code(&self, code: &str) -> String {
        let fence = fence_for(code);
        format!("{fence}python\n{code}\n{fence}\n")
    }

    fn table(&self, table: &Comparison) -> Option<String> {
        let labelled = label_column(table);
        let mut header: Vec<String> = table.subjects.iter().map(|s| escape(s)).collect();
        if labelled {
            header.insert(0, String::new());
        }
        let mut out = table_row(&header);
        out.push_str(&table_row(&vec!["---".to_owned(); header.len()]));
        for row in &table.rows {
            let label = row.label.as_deref().map(|l| format!("**{}**", escape(l)));
            let mut cells: Vec<String> = row
                .cells
                .iter()
                .map(|c| match (&label, labelled) {
                    (Some(label), false) if !c.text().is_empty() => format!("{label}: {}", cell(c)),
                    _ => cell(c),
                })
                .collect();
            if labelled {
                cells.insert(0, label.unwrap_or_default());
            }
            out.push_str(&table_row(&cells));
        }
        Some(out)
    }

    fn label(&self, label: &str, depth: usize) -> String {
        let marks = if depth == 0 { "**" } else { "*" };
        format!("{marks}{}{marks}", escape(label))
    }

    fn markdown(&self, markdown: &str) -> String {
        markdown.to_owned()
    }
}

/// `| a | b |` and a newline.
fn table_row(cells: &[String]) -> String {
    let mut row = String::from("|");
    for cell in cells {
        let _ = write!(row, " {cell} |");
    }
    row.push('\n');
    row
}

/// A table cell: escaped prose, or code as one code span per line.
fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => escape(text),
        Cell::Code(code) => code
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let line = line.replace('|', "\\|");
                if line.contains('`') {
                    format!("`` {line} ``")
                } else {
                    format!("`{line}`")
                }
            })
            .collect::<Vec<_>>()
            .join("<br>"),
    }
}

/// A code fence longer than any run of backticks in the code.
/// Escapes what Markdown would read as markup, leaving `code spans` as they are; dunder names
/// (`__init__`) become code spans rather than bold text.
pub fn escape(text: &str) -> String {
    // Most lines hold nothing to escape, nor an underscore that could start a dunder name.
    if !text.contains(['\\', '*', '[', ']', '<', '`', '|', '~', '_']) {
        return text.to_owned();
    }
    let balanced_ticks = text.matches('`').count().is_multiple_of(2);
    let chars: Vec<char> = text.chars().collect();
    let is_word = |j: usize| {
        chars
            .get(j)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
    };
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' && balanced_ticks {
            in_code = !in_code;
        } else if !in_code {
            let after_word = i > 0 && is_word(i - 1);
            if c == '_' && !after_word {
                let end = (i..chars.len())
                    .find(|&j| !is_word(j))
                    .unwrap_or(chars.len());
                let name: String = chars[i..end].iter().collect();
                if name.len() > 4 && name.starts_with("__") && name.ends_with("__") {
                    let call = chars.get(end..end + 2) == Some(&['(', ')']);
                    let _ = write!(out, "`{name}{}`", if call { "()" } else { "" });
                    i = end + if call { 2 } else { 0 };
                    continue;
                }
            }
            let needs = match c {
                '\\' | '*' | '[' | ']' | '<' | '`' | '|' => true,
                '~' => chars.get(i + 1) == Some(&'~') || (i > 0 && chars[i - 1] == '~'),
                '_' => !(after_word && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())),
                _ => false,
            };
            if needs {
                out.push('\\');
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Escapes a line start that Markdown would read as a heading, list, quote or rule.
fn escape_line_start(line: &str) -> String {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let numbered = digits > 0 && line[digits..].starts_with(['.', ')']);
    if numbered {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else if line.starts_with(['#', '>', '-', '+', '=']) {
        format!("\\{line}")
    } else {
        line.to_owned()
    }
}
