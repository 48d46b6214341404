//! What a deck is made of: questions, their numbers and topics, and answers as blocks.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::text::markdown::plain::{RunOn, strip_markup, to_plain};

/// A question's number as written in the text (`64.`); unique and increasing within a deck.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(transparent)]
pub struct QuestionNumber(pub u32);

impl fmt::Display for QuestionNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One question with its answer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub number: QuestionNumber,
    /// The heading without its number or `#` (`57.57. Explain…` gives `Explain…`).
    pub title: String,
    /// The name of the `# Section` the question stands under.
    pub topic: String,
    pub answer: Answer,
    /// The 1-based line of the heading in its file.
    pub line: usize,
    /// In a folder deck, the file it was read from, below the folder and `/`-separated.
    pub file: Option<String>,
}

/// An answer, kept as the blocks it was written in.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub blocks: Vec<Block>,
}

/// One piece of an answer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Consecutive lines of prose; each line is kept as written.
    Paragraph(Vec<String>),
    /// Bullet items (`>`, `-`, `•` …) or numbered items (`1.`), without their markers.
    List { ordered: bool, items: Vec<String> },
    /// Lines of Python code, indentation kept.
    Code(String),
    /// A labelled group (`Unit Tests:`, `1️⃣ map():`) and the blocks under it.
    Group { label: String, blocks: Vec<Block> },
    /// Two or more named things set side by side, found when the text is compiled.
    Comparison(Comparison),
    /// A Markdown answer as its file wrote it (paragraphs, lists, code with its language,
    /// tables, emphasis, links), cleaned of labels and decorations.
    Markdown(String),
}

/// A table with one column per thing compared (`Unit Tests`, `Integration Tests`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The things compared, one per column.
    pub subjects: Vec<String>,
    pub rows: Vec<Row>,
}

/// One row of a comparison: what each thing says on one point.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The point (`Purpose`, `Example`), or none for rows aligned by position.
    pub label: Option<String>,
    /// One cell per subject, in the subjects' order.
    pub cells: Vec<Cell>,
}

/// A table cell.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Prose; empty when a thing says nothing on that point.
    Text(String),
    /// Lines of code.
    Code(String),
}

impl Cell {
    /// The cell's text, prose or code.
    pub fn text(&self) -> &str {
        match self {
            Self::Text(text) | Self::Code(text) => text,
        }
    }
}

/// The questions of one text file, in order.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Deck {
    pub questions: Vec<Question>,
}

impl Deck {
    /// How many topics the questions are in.
    pub fn topic_count(&self) -> usize {
        let mut topics: Vec<&str> = self.questions.iter().map(|q| q.topic.as_str()).collect();
        topics.sort_unstable();
        topics.dedup();
        topics.len()
    }
}

impl Answer {
    /// The answer's words as plain text, one line per source line: what is indexed and excerpted.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        push_plain(&self.blocks, &mut out, to_plain);
        out
    }

    /// The answer's words as one line, for an excerpt: no Markdown marks, list items and table
    /// cells separated as clauses (`a; b`), a comparison's cells after their subject
    /// (`gunicorn: A WSGI server …`).
    pub fn excerpt_text(&self) -> String {
        let mut line = RunOn::default();
        push_run_on(&self.blocks, &mut line);
        line.finish()
    }

    /// The answer's words for indexing and matching: the plain text, except that Markdown is
    /// not parsed but stripped of link addresses, tags and fence lines (markup characters are
    /// not words to the tokenizer anyway). Much cheaper on large decks.
    pub fn searchable_text(&self) -> String {
        let mut out = String::new();
        push_plain(&self.blocks, &mut out, strip_markup);
        out
    }
}

fn push_plain(blocks: &[Block], out: &mut String, markdown: fn(&str) -> String) {
    for block in blocks {
        match block {
            Block::Paragraph(lines) => lines.iter().for_each(|l| push_line(out, l)),
            Block::List { items, .. } => items.iter().for_each(|i| push_line(out, i)),
            Block::Code(code) => push_line(out, code),
            Block::Markdown(text) => out.push_str(&markdown(text)),
            Block::Group { label, blocks } => {
                push_line(out, label);
                push_plain(blocks, out, markdown);
            }
            Block::Comparison(table) => {
                for (i, subject) in table.subjects.iter().enumerate() {
                    push_line(out, subject);
                    for row in &table.rows {
                        let cell = row.cells.get(i).map_or("", Cell::text);
                        match &row.label {
                            Some(label) if !cell.is_empty() => {
                                push_line(out, &format!("{label}: {cell}"));
                            }
                            _ if !cell.is_empty() => push_line(out, cell),
                            _ => {}
                        }
                    }
                }
            }
        }
    }
}

fn push_run_on(blocks: &[Block], line: &mut RunOn) {
    for block in blocks {
        match block {
            Block::Paragraph(lines) => {
                for (i, text) in lines.iter().enumerate() {
                    line.push(text, if i == 0 { "; " } else { " " });
                }
            }
            Block::List { items, .. } => items.iter().for_each(|i| line.push(i, "; ")),
            Block::Code(code) => line.push_text(code, "; "),
            Block::Markdown(text) => line.push_markdown(text),
            Block::Group { label, blocks } => {
                line.push(label, "; ");
                let mut inner = RunOn::default();
                push_run_on(blocks, &mut inner);
                line.push_text(&inner.finish(), ": ");
            }
            Block::Comparison(table) => {
                for (i, subject) in table.subjects.iter().enumerate() {
                    line.push(subject, ". ");
                    let mut first = true;
                    for row in &table.rows {
                        let Some(cell) = row.cells.get(i).filter(|c| !c.text().trim().is_empty())
                        else {
                            continue;
                        };
                        let separator = if first { ": " } else { "; " };
                        let separator = match &row.label {
                            Some(label) => {
                                line.push(label, separator);
                                ": "
                            }
                            None => separator,
                        };
                        match cell {
                            Cell::Text(text) => line.push(text, separator),
                            Cell::Code(code) => line.push_text(code, separator),
                        }
                        first = false;
                    }
                }
            }
        }
    }
}

fn push_line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}
