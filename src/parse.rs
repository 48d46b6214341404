//! Parsing a deck's text into questions, topics and answer blocks.
//!
//! Shared with `build.rs`; depends on std and serde only. The text is read as people wrote it:
//! irregular headings, emoji keycaps, `>` bullets and code without fences.

use std::collections::HashMap;
use std::fmt;

use crate::model::{Answer, Block, Deck, Question, QuestionNumber};
use crate::{comparison, lines};

/// The topic of questions that come before any `# Section` header.
pub const DEFAULT_TOPIC: &str = "General";

/// Why a text is not a deck, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    pub kind: ParseErrorKind,
}

/// The ways a text can fail to be a deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// No line reads as a question heading.
    NoQuestions,
    /// Prose before the first question heading.
    TextBeforeFirstQuestion,
    /// A heading directly followed by the next heading or the end of the text.
    EmptyAnswer(QuestionNumber),
    /// Bytes that are not UTF-8 (found by whoever read the file).
    InvalidUtf8,
    /// A numbered line that is not above the question before it, so it reads as part of that
    /// answer (not an error: numbered items in answers look like this).
    OutOfOrder {
        number: QuestionNumber,
        after: QuestionNumber,
    },
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoQuestions => {
                f.write_str("no questions found (a question starts like `1. What is …?`)")
            }
            Self::TextBeforeFirstQuestion => f.write_str(
                "text before the first question (a question starts like `1. What is …?`)",
            ),
            Self::EmptyAnswer(n) => write!(f, "question {n} has no answer"),
            Self::InvalidUtf8 => f.write_str("invalid UTF-8"),
            Self::OutOfOrder { number, after } => {
                write!(
                    f,
                    "\"{number}.\" after question {after} reads as part of answer {after}"
                )
            }
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// Whether the text cannot be used as a deck as it is (everything but numbering out of order).
    pub fn is_fatal(&self) -> bool {
        !matches!(self.kind, ParseErrorKind::OutOfOrder { .. })
    }

    /// The error as `FILE:LINE: message`, the form compilers and `pyqa check` use.
    pub fn located(&self, file: &str) -> String {
        format!("{file}:{}: {}", self.line, self.kind)
    }
}

/// Parses a deck's text. Questions must have increasing numbers; a smaller number starts no
/// question, so numbered items inside an answer stay in that answer.
#[cfg_attr(not(test), allow(dead_code))] // build.rs's strict reading; the binary reads leniently
pub fn parse(text: &str) -> Result<Deck, ParseError> {
    let Parsed { deck, problems } = parse_all(text);
    match problems.into_iter().find(ParseError::is_fatal) {
        Some(error) => Err(error),
        None => Ok(deck),
    }
}

/// A deck read leniently, and everything questionable about its text.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The questions that have an answer.
    pub deck: Deck,
    /// Every problem, in line order; see [`ParseError::is_fatal`].
    pub problems: Vec<ParseError>,
}

/// Parses as much of `text` as reads as questions, noting every problem on the way.
pub fn parse_all(text: &str) -> Parsed {
    let mut topic = DEFAULT_TOPIC.to_owned();
    let mut raw: Vec<RawQuestion> = Vec::new();
    let mut problems = Vec::new();
    let mut previous = "";
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let last_number = raw.last().map(|q| q.number);
        match lines::heading(line) {
            Some((number, title)) if last_number.is_none_or(|last| number > last) => {
                raw.push(RawQuestion {
                    number,
                    title: title.to_owned(),
                    topic: topic.clone(),
                    line: line_no,
                    body: Vec::new(),
                });
                previous = line;
                continue;
            }
            Some((number, _)) => {
                let after = QuestionNumber(last_number.unwrap_or_default());
                let kind = ParseErrorKind::OutOfOrder {
                    number: QuestionNumber(number),
                    after,
                };
                problems.push(ParseError {
                    line: line_no,
                    kind,
                });
            }
            None => {}
        }
        let comment_in_code = !raw.is_empty() && lines::is_code(previous);
        if let Some(name) = lines::section_header(line).filter(|_| !comment_in_code) {
            name.clone_into(&mut topic);
        } else if let Some(question) = raw.last_mut() {
            question.body.push(line);
        } else if !line.trim().is_empty() && problems.is_empty() {
            problems.push(ParseError {
                line: line_no,
                kind: ParseErrorKind::TextBeforeFirstQuestion,
            });
        }
        previous = line;
    }
    if raw.is_empty() {
        problems.push(ParseError {
            line: 1,
            kind: ParseErrorKind::NoQuestions,
        });
    }
    let mut questions = Vec::with_capacity(raw.len());
    for q in raw {
        let answer = Answer {
            blocks: comparison::tabulate(blocks(&q.body)),
        };
        if answer.blocks.is_empty() {
            problems.push(ParseError {
                line: q.line,
                kind: ParseErrorKind::EmptyAnswer(QuestionNumber(q.number)),
            });
            continue;
        }
        questions.push(Question {
            number: QuestionNumber(q.number),
            title: q.title,
            topic: q.topic,
            answer,
            line: q.line,
        });
    }
    problems.sort_by_key(|p| p.line);
    Parsed {
        deck: Deck { questions },
        problems,
    }
}

struct RawQuestion<'a> {
    number: u32,
    title: String,
    topic: String,
    line: usize,
    body: Vec<&'a str>,
}

/// What one answer line is, once its neighbours are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind<'a> {
    Blank,
    Text(&'a str),
    Bullet { marker: &'a str, text: &'a str },
    Numbered(&'a str),
    Code(&'a str),
    Label { text: &'a str, keycap: bool },
}

fn classify<'a>(body: &[&'a str]) -> Vec<Kind<'a>> {
    let mut kinds: Vec<Kind<'a>> = Vec::with_capacity(body.len());
    for &line in body {
        let after_code = matches!(kinds.last(), Some(Kind::Code(_)));
        let continues_code = after_code
            && (line.starts_with([' ', '\t', '#', ')', ']', '}']) && !line.trim().is_empty());
        let kind = if line.trim().is_empty() {
            Kind::Blank
        } else if let Some(text) = lines::keycap_item(line) {
            Kind::Label { text, keycap: true }
        } else if let Some((marker, text)) = lines::bullet(line) {
            Kind::Bullet { marker, text }
        } else if let Some(text) = lines::numbered_item(line) {
            Kind::Numbered(text)
        } else if continues_code || lines::is_code(line) {
            Kind::Code(line.trim_end())
        } else if let Some(text) = lines::label(line) {
            Kind::Label {
                text,
                keycap: false,
            }
        } else {
            Kind::Text(line.trim())
        };
        kinds.push(kind);
    }
    promote_bullet_labels(&mut kinds);
    kinds
}

/// `> Async frameworks (…):` or `>> Why is WSGI important?` followed by anything but more of the
/// same bullets names the lines after it: it is a label, not an item.
fn promote_bullet_labels(kinds: &mut [Kind<'_>]) {
    for i in 0..kinds.len() {
        let Kind::Bullet { marker, text } = kinds[i] else {
            continue;
        };
        if !text.ends_with([':', '?']) {
            continue;
        }
        let next = kinds[i + 1..].iter().find(|k| **k != Kind::Blank);
        let same_list = matches!(next, Some(Kind::Bullet { marker: m, .. }) if *m == marker);
        if !same_list {
            let text = text.strip_suffix(':').unwrap_or(text).trim_end();
            kinds[i] = Kind::Label {
                text,
                keycap: false,
            };
        }
    }
}

/// Turns an answer's lines into blocks. Labels that occur once start a group that runs to the
/// next such label; labels that recur (`Example:` under each of several groups) start a group
/// nested inside the current one.
fn blocks(body: &[&str]) -> Vec<Block> {
    let kinds = classify(body);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for kind in &kinds {
        if let Kind::Label {
            text,
            keycap: false,
        } = kind
        {
            *counts.entry(text.to_lowercase()).or_default() += 1;
        }
    }
    let mut builder = Builder::default();
    for kind in kinds {
        match kind {
            Kind::Blank => builder.blank(),
            Kind::Text(text) => builder.line(Pending::Paragraph(vec![text.to_owned()])),
            Kind::Bullet { text, .. } => builder.line(Pending::List(false, vec![text.to_owned()])),
            Kind::Numbered(text) => builder.line(Pending::List(true, vec![text.to_owned()])),
            Kind::Code(text) => builder.line(Pending::Code(vec![text.to_owned()])),
            Kind::Label { text, keycap } => {
                let recurring = !keycap && counts.get(&text.to_lowercase()).is_some_and(|&n| n > 1);
                builder.label(text, recurring);
            }
        }
    }
    builder.finish()
}

/// Lines of the block being gathered.
#[derive(Debug)]
enum Pending {
    Paragraph(Vec<String>),
    List(bool, Vec<String>),
    Code(Vec<String>),
}

impl Pending {
    /// Adds `next` to this block if it continues it; otherwise gives `next` back.
    fn absorb(&mut self, next: Self) -> Option<Self> {
        match (self, next) {
            (Self::Paragraph(lines), Self::Paragraph(more))
            | (Self::Code(lines), Self::Code(more)) => lines.extend(more),
            (Self::List(ordered, items), Self::List(more_ordered, more))
                if *ordered == more_ordered =>
            {
                items.extend(more);
            }
            (_, next) => return Some(next),
        }
        None
    }

    fn into_block(self) -> Block {
        match self {
            Self::Paragraph(lines) => Block::Paragraph(lines),
            Self::List(ordered, items) => Block::List { ordered, items },
            Self::Code(mut lines) => {
                while lines.last().is_some_and(String::is_empty) {
                    lines.pop();
                }
                Block::Code(lines.join("\n"))
            }
        }
    }
}

#[derive(Debug, Default)]
struct Builder {
    top: Vec<Block>,
    group: Option<(String, Vec<Block>)>,
    nested: Option<(String, Vec<Block>)>,
    pending: Option<Pending>,
}

impl Builder {
    fn line(&mut self, next: Pending) {
        let rest = match &mut self.pending {
            Some(pending) => pending.absorb(next),
            None => Some(next),
        };
        if let Some(next) = rest {
            self.flush();
            self.pending = Some(next);
        }
    }

    /// A blank line ends a paragraph or list; code may go on after it.
    fn blank(&mut self) {
        match &mut self.pending {
            Some(Pending::Code(lines)) => lines.push(String::new()),
            _ => self.flush(),
        }
    }

    fn label(&mut self, text: &str, nested: bool) {
        self.flush();
        self.close_nested();
        if nested && self.group.is_some() {
            self.nested = Some((text.to_owned(), Vec::new()));
        } else {
            self.close_group();
            self.group = Some((text.to_owned(), Vec::new()));
        }
    }

    fn flush(&mut self) {
        if let Some(pending) = self.pending.take() {
            let block = pending.into_block();
            let target = match (&mut self.nested, &mut self.group) {
                (Some((_, blocks)), _) | (None, Some((_, blocks))) => blocks,
                (None, None) => &mut self.top,
            };
            target.push(block);
        }
    }

    fn close_nested(&mut self) {
        if let Some((label, blocks)) = self.nested.take() {
            let group = self
                .group
                .as_mut()
                .map_or(&mut self.top, |(_, blocks)| blocks);
            group.push(Block::Group { label, blocks });
        }
    }

    fn close_group(&mut self) {
        if let Some((label, blocks)) = self.group.take() {
            self.top.push(Block::Group { label, blocks });
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.close_nested();
        self.close_group();
        self.top
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
