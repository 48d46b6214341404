//! Jupyter notebooks (`.ipynb`, nbformat 3 and 4) as Markdown: Markdown cells as written, code
//! cells as fenced code in the notebook's language, their text outputs after them. The
//! Markdown is then read like any Markdown deck, so a heading or bold line in a Markdown cell
//! is a question and the cells after it its answer. Nothing is ever executed.

use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::text::markdown::answer::fenced;
use crate::text::title;

/// A notebook as Markdown, and for each of its lines the line of the notebook's JSON where the
/// cell it came from starts.
#[derive(Debug, Default)]
pub struct AsMarkdown {
    pub text: String,
    /// `lines[i]` is the notebook line of Markdown line `i + 1`.
    pub lines: Vec<usize>,
}

impl AsMarkdown {
    /// The notebook line of Markdown line `line` (1-based).
    pub fn line_of(&self, line: usize) -> usize {
        line.checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .copied()
            .unwrap_or(1)
    }
}

#[derive(Deserialize)]
struct Notebook {
    #[serde(default)]
    cells: Vec<Cell>,
    /// nbformat 3 keeps its cells in worksheets.
    #[serde(default)]
    worksheets: Vec<Worksheet>,
    #[serde(default)]
    metadata: Metadata,
}

/// What a notebook says of its language.
#[derive(Deserialize, Default)]
struct Metadata {
    #[serde(default)]
    language_info: Option<Named>,
    #[serde(default)]
    kernelspec: Option<Named>,
}

#[derive(Deserialize)]
struct Named {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

#[derive(Deserialize)]
struct Worksheet {
    #[serde(default)]
    cells: Vec<Cell>,
}

#[derive(Deserialize)]
struct Cell {
    #[serde(rename = "cell_type")]
    kind: String,
    #[serde(default)]
    source: Text,
    /// nbformat 3's code cells hold their code here.
    #[serde(default)]
    input: Text,
    /// nbformat 3's heading cells.
    #[serde(default)]
    level: Option<u8>,
    #[serde(default)]
    outputs: Vec<Output>,
}

/// A cell's text: one string, or a list of lines (anything else reads as none).
#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Text {
    Lines(Vec<String>),
    One(String),
    Other(IgnoredAny),
    #[default]
    None,
}

impl Text {
    fn joined(&self) -> String {
        match self {
            Self::Lines(lines) => lines.concat(),
            Self::One(text) => text.clone(),
            Self::Other(_) | Self::None => String::new(),
        }
    }
}

#[derive(Deserialize)]
struct Output {
    #[serde(default)]
    #[serde(rename = "output_type")]
    kind: String,
    #[serde(default)]
    text: Text,
    #[serde(default)]
    data: Data,
}

/// An output's data by kind; only its plain text is kept.
#[derive(Deserialize, Default)]
struct Data {
    #[serde(rename = "text/plain", default)]
    plain: Text,
}

/// The most lines of one cell's output kept.
const MAX_OUTPUT_LINES: usize = 40;

/// The notebook `json` as Markdown; why it is not a notebook when it is not.
pub fn to_markdown(json: &str) -> Result<AsMarkdown, String> {
    let notebook: Notebook = serde_json::from_str(json).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Data => "not notebook JSON",
            _ => "invalid JSON",
        };
        format!("{what} at line {}", e.line())
    })?;
    let metadata = &notebook.metadata;
    let language = metadata
        .language_info
        .as_ref()
        .and_then(|info| info.name.clone())
        .or_else(|| metadata.kernelspec.as_ref()?.language.clone())
        .unwrap_or_else(|| "python".to_owned());
    let cell_lines = cell_lines(json);
    let cells: Vec<&Cell> = notebook
        .cells
        .iter()
        .chain(notebook.worksheets.iter().flat_map(|w| w.cells.iter()))
        .collect();
    let asking = Asking::of(&cells);
    let mut out = AsMarkdown::default();
    for (index, cell) in cells.into_iter().enumerate() {
        let at = cell_lines.get(index).copied().unwrap_or(1);
        let block = match cell.kind.as_str() {
            "markdown" => cell.source.joined(),
            "heading" => {
                let hashes = "#".repeat(usize::from(cell.level.unwrap_or(1).clamp(1, 6)));
                format!("{hashes} {}", cell.source.joined().trim())
            }
            "code" => code_block(cell, &language, asking),
            _ => continue,
        };
        if block.trim().is_empty() {
            continue;
        }
        for line in block.trim_end().lines() {
            out.text.push_str(line);
            out.text.push('\n');
            out.lines.push(at);
        }
        out.text.push('\n');
        out.lines.push(at);
    }
    Ok(out)
}

/// Whether the notebook asks its questions in code cells' first comments
/// (`# Question 3: Write a function that…`), and the heading level they get: one below the
/// deepest heading of its Markdown cells, so those stay topics.
#[derive(Clone, Copy)]
struct Asking {
    level: Option<usize>,
}

impl Asking {
    fn of(cells: &[&Cell]) -> Self {
        let asked = cells
            .iter()
            .filter(|c| c.kind == "code" && asked(&c.code()).is_some())
            .count();
        let deepest = cells
            .iter()
            .filter(|c| c.kind == "markdown")
            .flat_map(|c| {
                let text = c.source.joined();
                text.lines()
                    .filter_map(|l| {
                        let hashes = l.len() - l.trim_start_matches('#').len();
                        (hashes > 0 && l[hashes..].starts_with(' ')).then_some(hashes)
                    })
                    .collect::<Vec<_>>()
            })
            .max()
            .unwrap_or(1);
        Self {
            level: (asked >= 2).then_some((deepest + 1).min(6)),
        }
    }
}

impl Cell {
    /// A code cell's code, in either format.
    fn code(&self) -> String {
        let code = self.source.joined();
        if code.trim().is_empty() {
            self.input.joined()
        } else {
            code
        }
    }
}

/// The question a code cell's first line asks as a comment (`# Q2. How do I…`), and the code
/// after it.
fn asked(code: &str) -> Option<(&str, &str)> {
    let code = code.trim_start();
    let (first, rest) = code.split_once('\n').unwrap_or((code, ""));
    let comment = first.strip_prefix('#')?.trim();
    let (number, title) = title::question(comment);
    let marked = number.is_some() || title.len() < comment.len();
    (marked && !title.is_empty()).then_some((comment, rest))
}

/// A code cell as fenced code (after the question its first comment asks, when the notebook
/// asks that way), and its text outputs as a fenced `text` block.
fn code_block(cell: &Cell, language: &str, asking: Asking) -> String {
    let code = cell.code();
    if code.trim().is_empty() {
        return String::new();
    }
    let mut block = String::new();
    let mut code = code.as_str();
    if let Some(level) = asking.level
        && let Some((question, rest)) = asked(code)
    {
        block = format!("{} {question}\n\n", "#".repeat(level));
        code = rest;
    }
    // A question alone in its cell: its answer is in the cells after.
    if code.trim().is_empty() {
        return block;
    }
    block.push_str(&fenced(language, code.trim_matches('\n').trim_end()));
    let output: String = cell
        .outputs
        .iter()
        .filter_map(|o| match o.kind.as_str() {
            "stream" | "pyout" => Some(o.text.joined()),
            "execute_result" | "display_data" => Some(o.data.plain.joined()),
            _ => None,
        })
        .collect();
    let output: Vec<&str> = output.trim_end().lines().take(MAX_OUTPUT_LINES).collect();
    if !output.is_empty() {
        block.push('\n');
        block.push_str(&fenced("text", &output.join("\n")));
    }
    block
}

/// The 1-based line where each cell starts in the notebook's JSON: the lines of its
/// `"cell_type"` keys, in order (a string value cannot hold the key unescaped).
fn cell_lines(json: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut rest = json;
    while let Some(at) = rest.find("\"cell_type\"") {
        line += rest[..at].matches('\n').count();
        lines.push(line);
        rest = &rest[at + 1..];
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn cells_become_markdown_with_code_fenced_and_lines_kept() {
        let json = r###"{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## What does `zip` do?\n"]},
  {"cell_type": "code", "metadata": {}, "execution_count": 1,
   "source": ["list(zip([1, 2], 'ab'))"],
   "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["[(1, 'a'), (2, 'b')]"]}}]},
  {"cell_type": "raw", "source": "ignored"},
  {"cell_type": "markdown", "source": "It pairs items by position."}
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4
}"###;
        let read = to_markdown(json).unwrap();
        assert_eq!(
            read.text,
            "## What does `zip` do?\n\n```python\nlist(zip([1, 2], 'ab'))\n```\n\n```text\n[(1, 'a'), (2, 'b')]\n```\n\nIt pairs items by position.\n\n"
        );
        assert_eq!(read.line_of(1), 3);
        assert_eq!(read.line_of(3), 4);
        assert_eq!(read.line_of(11), 8);
    }

    #[test]
    fn questions_asked_in_code_comments_become_headings() {
        let cell = |code: &str| {
            format!(
                r#"{{"cell_type": "code", "source": {}, "outputs": []}}"#,
                serde_json::to_string(code).unwrap()
            )
        };
        let json = format!(
            r###"{{"cells": [{{"cell_type": "markdown", "source": "## Strings"}}, {}, {}], "metadata": {{}}}}"###,
            cell("# Question 1: Reverse a string.\nprint('abc'[::-1])"),
            cell("# Q2. How do you count words?\nprint(len('a b'.split()))"),
        );
        let alone = format!(
            r#"{{"cells": [{}, {}, {}], "metadata": {{}}}}"#,
            cell("# 1. Sum a list"),
            cell("sum([1, 2])"),
            cell("#2. Sort a list\nsorted([2, 1])"),
        );
        assert_eq!(
            to_markdown(&alone).unwrap().text,
            "## 1. Sum a list\n\n```python\nsum([1, 2])\n```\n\n## 2. Sort a list\n\n```python\nsorted([2, 1])\n```\n\n",
            "a question alone in its cell is answered by the cells after it"
        );
        let read = to_markdown(&json).unwrap();
        assert_eq!(
            read.text,
            "## Strings\n\n### Question 1: Reverse a string.\n\n```python\nprint('abc'[::-1])\n```\n\n### Q2. How do you count words?\n\n```python\nprint(len('a b'.split()))\n```\n\n"
        );
    }

    #[test]
    fn what_is_not_a_notebook_says_where() {
        assert_eq!(
            to_markdown("{\n \"cells\": [\n  {\"cell_type\": 3}\n ]\n}").unwrap_err(),
            "not notebook JSON at line 3"
        );
        assert_eq!(
            to_markdown("{\n\"cells\": [").unwrap_err(),
            "invalid JSON at line 2"
        );
    }
}
