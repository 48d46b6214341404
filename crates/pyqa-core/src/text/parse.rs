//! Parsing a deck's text into questions, topics and answer blocks.
//!
//! The text is read as people wrote it:
//! irregular headings, emoji keycaps, `>` bullets and code without fences.

use std::collections::HashMap;
use std::fmt;

use crate::text::model::{Answer, Block, Deck, Question, QuestionNumber};
use crate::text::{comparison, inert, lines};

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
    /// The file's numbers cannot be kept, so questions are numbered by position.
    Renumbered { reason: Renumbering, count: usize },
    /// The same title as the question at another line.
    DuplicateTitle { first: usize },
    /// Many lines that look like questions, few of them read as one.
    FewQuestions { found: usize, candidates: usize },
    /// A large part of the file is in no question.
    Unread { percent: usize },
    /// A notebook that is not valid notebook JSON.
    InvalidNotebook(String),
}

/// Why a file's own question numbers are not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renumbering {
    /// Some questions have no number.
    Missing,
    /// The numbers start again at 1 (in each section).
    Restart,
    /// A number is the same as the one before.
    Repeat,
    /// A number is below the one before.
    Backwards,
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
            Self::InvalidUtf8 => f.write_str("a byte that is not text, shown as �"),
            Self::OutOfOrder { number, after } => {
                write!(
                    f,
                    "\"{number}.\" after question {after} reads as part of answer {after}"
                )
            }
            Self::Renumbered { reason, count } => {
                let why = match reason {
                    Renumbering::Missing => "some questions have no number",
                    Renumbering::Restart => "numbers restart in each section",
                    Renumbering::Repeat => "numbers repeat",
                    Renumbering::Backwards => "numbers go backwards",
                };
                write!(f, "{why}; questions are numbered 1–{count} in file order")
            }
            Self::DuplicateTitle { first } => {
                write!(f, "the same question as line {first}")
            }
            Self::InvalidNotebook(why) => write!(f, "not a Jupyter notebook: {why}"),
            Self::Unread { percent } => write!(
                f,
                "{percent} % of the file is in no question (the first of it is here)"
            ),
            Self::FewQuestions { found, candidates } => write!(
                f,
                "{candidates} lines look like questions but {found} were read as questions"
            ),
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
        !matches!(
            self.kind,
            ParseErrorKind::OutOfOrder { .. }
                | ParseErrorKind::Renumbered { .. }
                | ParseErrorKind::DuplicateTitle { .. }
                | ParseErrorKind::FewQuestions { .. }
                | ParseErrorKind::Unread { .. }
        )
    }

    /// The error as `FILE:LINE: message`, the form compilers and `pyqa check` use.
    pub fn located(&self, file: &str) -> String {
        format!("{file}:{}: {}", self.line, self.kind)
    }
}

/// Parses a deck's text. Questions must have increasing numbers; a smaller number starts no
/// question, so numbered items inside an answer stay in that answer.
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

/// Parses as much of `text` as reads as questions, noting every problem on the way. Control
/// characters are made inert first (see [`inert`]).
pub fn parse_all(text: &str) -> Parsed {
    parse_inert(&inert::make_inert(text))
}

/// [`parse_all`] of a text whose control characters are inert already.
pub(crate) fn parse_inert(text: &str) -> Parsed {
    let mut questions = NumberedQuestions::new(text);
    let mut deck = Deck {
        questions: questions.by_ref().collect(),
    };
    let disorder = questions.splitter.disorder;
    let mut problems = questions.into_problems();
    if let Some((line, reason)) = disorder {
        // Numbers that repeat or go backwards cannot name questions: they are numbered by place.
        for (place, question) in (1..).zip(&mut deck.questions) {
            question.number = QuestionNumber(place);
        }
        problems.push(ParseError {
            line,
            kind: ParseErrorKind::Renumbered {
                reason,
                count: deck.questions.len(),
            },
        });
        problems.sort_by_key(|p| p.line);
    }
    Parsed { deck, problems }
}

/// Whether a text of numbered lines (inert) has questions whose numbers repeat or go
/// backwards, so that they are to be numbered by place: a pass that keeps no answer.
pub(crate) fn is_disordered(text: &str) -> bool {
    let mut splitter = Splitter {
        dry: true,
        ..Splitter::default()
    };
    for (index, line) in text.lines().enumerate() {
        splitter.line(index + 1, line);
        if splitter.disorder.is_some() {
            return true;
        }
    }
    false
}

/// The questions of a text of numbered lines whose control characters are inert already, read
/// one by one: each is made when the next heading, or the end of the text, is reached, so that
/// a caller can index a large deck without holding all of its questions.
#[derive(Debug)]
pub struct NumberedQuestions<'a> {
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
    splitter: Splitter<'a>,
}

impl<'a> NumberedQuestions<'a> {
    /// Reads `text`, which must be inert (see [`inert`]).
    pub(crate) fn new(text: &'a str) -> Self {
        Self {
            lines: text.lines().enumerate(),
            splitter: Splitter {
                topic: DEFAULT_TOPIC.to_owned(),
                ..Splitter::default()
            },
        }
    }

    /// Every problem of the text, in line order, once all its questions are read.
    pub fn into_problems(self) -> Vec<ParseError> {
        let mut problems = self.splitter.problems;
        if self.splitter.last_number.is_none() {
            problems.push(ParseError {
                line: 1,
                kind: ParseErrorKind::NoQuestions,
            });
        }
        problems.sort_by_key(|p| p.line);
        problems
    }
}

impl Iterator for NumberedQuestions<'_> {
    type Item = Question;

    fn next(&mut self) -> Option<Question> {
        loop {
            let finished = match self.lines.next() {
                Some((index, line)) => self.splitter.line(index + 1, line),
                None => Some(self.splitter.current.take()?),
            };
            if let Some(question) = finished.and_then(|raw| raw.finish(&mut self.splitter.problems))
            {
                return Some(question);
            }
        }
    }
}

/// Reads a text line by line into question headings, each with the lines of its answer.
#[derive(Debug, Default)]
struct Splitter<'a> {
    /// The topic of the questions that follow.
    topic: String,
    /// The question whose answer is being read.
    current: Option<RawQuestion<'a>>,
    /// The number of the last question started.
    last_number: Option<u32>,
    problems: Vec<ParseError>,
    previous: &'a str,
    /// Inside a fenced code block (```` ``` ```` or `~~~`), where nothing starts a question or a
    /// topic.
    in_fence: bool,
    /// How many questions were started in each form.
    forms: Vec<(LineForm, usize)>,
    /// The last number of a numbered list (from 1) inside the current answer.
    list_run: Option<u32>,
    /// Where a question first started with a number not above the one before, and how.
    disorder: Option<(usize, Renumbering)>,
    /// Whether answers are left out (a pass that only follows the questions).
    dry: bool,
    /// Whether every question so far is a Markdown heading (`## 12. …`): then a numbered list
    /// item that does not ask (`2. Call it`) is a step of an answer, whatever its number.
    all_headings: Option<bool>,
}

/// Whether `line` is a Markdown heading: `#` to `######` and a space.
fn is_markdown_heading(line: &str) -> bool {
    let line = line.trim_start();
    let hashes = line.len() - line.trim_start_matches('#').len();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}

/// How a question line is written, apart from its number and words: what makes a line look
/// exactly like the other questions of its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LineForm {
    /// `#12.…`, `## 12. …`.
    hashed: bool,
    /// Indented by a tab, by spaces, or not at all.
    indent: Option<char>,
    /// Ended by `<br>`.
    broken: bool,
}

impl LineForm {
    fn of(line: &str) -> Self {
        let unindented = line.trim_start();
        Self {
            hashed: unindented.starts_with('#'),
            indent: line.chars().next().filter(|c| c.is_whitespace()),
            broken: lines::strip_break(line.trim_end()).is_some(),
        }
    }
}

impl<'a> Splitter<'a> {
    /// Reads one line; the question before it, all read, when the line starts another or a
    /// section header ends it.
    fn line(&mut self, line_no: usize, line: &'a str) -> Option<RawQuestion<'a>> {
        let fence = line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~");
        let mut finished = None;
        if self.in_fence || fence {
            self.push(line);
            self.in_fence ^= fence;
        } else if let Some(started) = self.heading(line_no, line) {
            finished = self.current.replace(started);
        } else if !self.dry {
            finished = self.body(line_no, line);
        }
        self.previous = line;
        finished
    }

    /// Adds `line` to the current answer.
    fn push(&mut self, line: &'a str) {
        if let Some(question) = &mut self.current
            && !self.dry
        {
            question.body.push(line);
        }
    }

    /// The question `line` starts: a heading numbered above the last one, or one written
    /// exactly like the questions before it (whatever its number) that is no item of a list in
    /// the answer. Notes a heading that starts none (it stays in the answer above).
    fn heading(&mut self, line_no: usize, line: &'a str) -> Option<RawQuestion<'a>> {
        let (number, title) = lines::heading(line)?;
        let title = lines::strip_break(title).unwrap_or(title).trim_end();
        // `5. <br>`: a number and nothing to ask.
        if title.is_empty() {
            return None;
        }
        let form = LineForm::of(line);
        let heading = is_markdown_heading(line);
        if self.all_headings == Some(true) && !heading && !title.ends_with('?') {
            return None;
        }
        let last = self.last_number;
        let in_order = last.is_none_or(|last| number > last);
        if !in_order {
            // `1.`, `2.`, … under a question are the items of a list in its answer.
            let in_list = number == 1 || self.list_run.is_some_and(|run| number == run + 1);
            if in_list {
                self.list_run = Some(number);
            }
            if in_list || !self.is_question_form(form, title) {
                self.problems.push(ParseError {
                    line: line_no,
                    kind: ParseErrorKind::OutOfOrder {
                        number: QuestionNumber(number),
                        after: QuestionNumber(last.unwrap_or_default()),
                    },
                });
                return None;
            }
            let reason = if last == Some(number) {
                Renumbering::Repeat
            } else {
                Renumbering::Backwards
            };
            self.disorder.get_or_insert((line_no, reason));
        }
        self.last_number = Some(number);
        self.list_run = None;
        self.all_headings = Some(self.all_headings.unwrap_or(true) && heading);
        match self.forms.iter_mut().find(|(f, _)| *f == form) {
            Some((_, count)) => *count += 1,
            None => self.forms.push((form, 1)),
        }
        Some(RawQuestion {
            number,
            title: title.to_owned(),
            topic: self.topic.clone(),
            line: line_no,
            body: Vec::new(),
        })
    }

    /// Whether a line of `form` with `title` reads as a question: it asks (a `?` or a `<br>`
    /// break) and is written as most questions so far are.
    fn is_question_form(&self, form: LineForm, title: &str) -> bool {
        let asks = form.broken || title.ends_with('?');
        let usual = self
            .forms
            .iter()
            .max_by_key(|(_, count)| *count)
            .is_some_and(|(usual, count)| *usual == form && *count >= 2);
        asks && usual
    }

    /// A section header (unless it is a comment in code), which ends the answer above; a line
    /// of the current answer; or text before the first question.
    fn body(&mut self, line_no: usize, line: &'a str) -> Option<RawQuestion<'a>> {
        // Whether the line before is code is asked only of a line that could be a header.
        let header = lines::section_header(line)
            .filter(|_| self.current.is_none() || !lines::is_code(self.previous));
        if let Some(name) = header {
            name.clone_into(&mut self.topic);
            return self.current.take();
        }
        if let Some(question) = &mut self.current
            && question.continues_title(line)
        {
            question.title.push(' ');
            question.title.push_str(line.trim());
        } else if self.current.is_some() {
            self.push(line);
        } else if !line.trim().is_empty() && self.problems.is_empty() && self.last_number.is_none()
        {
            self.problems.push(ParseError {
                line: line_no,
                kind: ParseErrorKind::TextBeforeFirstQuestion,
            });
        }
        None
    }
}

/// A question heading and the lines of its answer, before they are read as blocks.
#[derive(Debug)]
struct RawQuestion<'a> {
    number: u32,
    title: String,
    topic: String,
    line: usize,
    body: Vec<&'a str>,
}

impl RawQuestion<'_> {
    /// Whether `line`, right after a title cut short, ends it (see [`crate::text::title::continues`]).
    fn continues_title(&self, line: &str) -> bool {
        self.body.is_empty() && crate::text::title::continues(&self.title, line)
    }

    /// The question with its answer as blocks; `None` (and a problem) when it has no answer.
    fn finish(mut self, problems: &mut Vec<ParseError>) -> Option<Question> {
        // `Ans: …` or `**Answer:**` opening the answer is no part of it.
        if let Some(first) = self.body.iter_mut().find(|l| !l.trim().is_empty())
            && let Some(rest) = crate::text::markdown::answer::after_label(first)
        {
            *first = rest.trim_start();
        }
        let answer = Answer {
            blocks: comparison::tabulate(blocks(&self.body)),
        };
        if answer.blocks.is_empty() {
            problems.push(ParseError {
                line: self.line,
                kind: ParseErrorKind::EmptyAnswer(QuestionNumber(self.number)),
            });
            return None;
        }
        Some(Question {
            number: QuestionNumber(self.number),
            title: self.title,
            topic: self.topic,
            answer,
            line: self.line,
            file: None,
        })
    }
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
    let mut in_fence = false;
    for &line in body {
        // A fenced block is code whatever its lines look like; the fences themselves go.
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
            kinds.push(Kind::Blank);
            continue;
        }
        if in_fence {
            kinds.push(Kind::Code(line.trim_end()));
            continue;
        }
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
mod tests;
