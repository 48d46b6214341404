//! Reading Markdown Q&A files by their structure. The file's top-level blocks ([`outline`]) are
//! read in each shape people write (questions as headings, as list items, in `<details>` blocks,
//! as `Q:`/`A:` lines, as table rows); the shape that finds the most questions with an answer
//! reads the file. Code blocks, HTML and nested lists never start a question or a topic.

pub mod answer;
mod choices;
pub mod outline;
pub mod plain;

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use outline::{Kind, TopBlock};

use crate::text::lines::strip_columns;
use crate::text::title;

/// A question as found in the file, before it is numbered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The 1-based line where it starts.
    pub line: usize,
    /// The number the file gives it, if any.
    pub number: Option<u32>,
    pub title: String,
    pub topic: String,
    /// The answer as Markdown; empty when the question has none, or until [`Reading::answers`]
    /// cuts it from the pieces.
    pub answer: String,
    /// Where the answer is in the file, still to be cut and cleaned.
    pub pieces: Vec<Range<usize>>,
}

/// How a file's questions are marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Headings of one level (`## Q. …`, `### 12. …`); `example` is the first one's marker.
    Headings { level: u8, example: String },
    /// Items of top-level lists (`12. **What…?**`), the answer indented beneath.
    ListItems,
    /// `<details><summary>…</summary>…</details>` blocks.
    Details,
    /// `Q:` / `A:` (or `Question:` / `Answer:`) lines.
    Labelled,
    /// Paragraphs that are one bold line (`**12. What…?**`), the answer in the blocks after.
    BoldParagraphs,
    /// Rows of a table with a question and an answer column.
    TableRows,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Headings { level, example } => {
                let hashes = "#".repeat(usize::from(*level));
                if example.is_empty() {
                    write!(f, "\"{hashes}\" headings")
                } else {
                    write!(f, "\"{hashes} {example}\" headings")
                }
            }
            Self::ListItems => f.write_str("list items"),
            Self::Details => f.write_str("<details> blocks"),
            Self::Labelled => f.write_str("Q:/A: lines"),
            Self::BoldParagraphs => f.write_str("bold paragraphs"),
            Self::TableRows => f.write_str("question/answer table rows"),
        }
    }
}

/// A file read in one shape.
#[derive(Debug, Clone)]
pub struct Reading {
    pub shape: Shape,
    pub found: Vec<Found>,
    /// Which shape wins a tie: the lower.
    pub rank: usize,
    /// Content that is in no question (a table of contents and decoration aside).
    pub unread: Unread,
}

/// The content of a file that a reading leaves out of every question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unread {
    /// How many bytes of content.
    pub bytes: usize,
    /// The line where the first of it is.
    pub first_line: Option<usize>,
}

impl Reading {
    /// How many questions have an answer: how well the shape explains the file.
    pub fn score(&self) -> usize {
        self.found
            .iter()
            .filter(|f| !f.answer.is_empty() || !f.pieces.is_empty())
            .count()
    }

    /// The questions with their answers cut from `text` (the text this reading was made of) and
    /// cleaned, on every core for a large file. Only the chosen reading pays for this.
    pub fn answers(mut self, text: &str) -> Vec<Found> {
        let cut = |found: &mut [Found]| {
            for found in found {
                if !found.pieces.is_empty() {
                    let pieces: Vec<Cow<'_, str>> =
                        found.pieces.iter().map(|r| piece_text(text, r)).collect();
                    let pieces: Vec<&str> = pieces.iter().map(AsRef::as_ref).collect();
                    found.answer = answer::clean(&pieces);
                    found.pieces = Vec::new();
                }
            }
        };
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        if cores > 1 && self.found.len() >= 1000 {
            let chunk = self.found.len().div_ceil(cores);
            std::thread::scope(|scope| {
                for part in self.found.chunks_mut(chunk) {
                    scope.spawn(|| cut(part));
                }
            });
        } else {
            cut(&mut self.found);
        }
        self.found
    }
}

/// `text` read in every shape that finds a question; the order is the order of preference.
pub fn readings(text: &str) -> Vec<Reading> {
    let file = File::new(text);
    let mut readings: Vec<Reading> = Vec::new();
    readings.extend(file.details());
    readings.extend(file.labelled());
    readings.extend(file.table_rows());
    for level in 1..=6 {
        readings.extend(file.headings(level));
    }
    readings.extend(file.list_items());
    readings.extend(file.bold_paragraphs());
    for (rank, reading) in readings.iter_mut().enumerate() {
        reading.rank = rank;
    }
    readings
}

/// `text` read in one shape, as [`readings`] reads it in that shape.
pub fn reading(text: &str, shape: &Shape) -> Option<Reading> {
    let file = File::new(text);
    match shape {
        Shape::Details => file.details(),
        Shape::Labelled => file.labelled(),
        Shape::TableRows => file.table_rows(),
        Shape::Headings { level, .. } => file.headings(*level),
        Shape::ListItems => file.list_items(),
        Shape::BoldParagraphs => file.bold_paragraphs(),
    }
}

/// A Markdown file with its outline and line starts.
struct File<'a> {
    text: &'a str,
    blocks: Vec<TopBlock>,
    line_starts: Vec<usize>,
    topic_levels: TopicLevels,
}

/// Which heading levels name topics, for each level questions may be at.
#[derive(Debug, Clone, Default)]
struct TopicLevels {
    /// Distinct heading texts per level (index 0 is level 1).
    distinct: [usize; 6],
}

impl TopicLevels {
    fn new(blocks: &[TopBlock]) -> Self {
        let mut texts: [HashSet<&str>; 6] = Default::default();
        for block in blocks {
            if let Kind::Heading { level, text } = &block.kind {
                texts[usize::from(level.clamp(&1, &6) - 1)].insert(text);
            }
        }
        Self {
            distinct: texts.map(|t| t.len()),
        }
    }

    /// The level above `below` with the most distinct headings (the deeper on a tie).
    fn above(&self, below: u8) -> Option<u8> {
        (1..below)
            .filter(|&l| self.distinct[usize::from(l - 1)] > 0)
            .max_by_key(|&l| (self.distinct[usize::from(l - 1)], l))
    }
}

/// Follows the topic through the file: a heading at or above the topic level names it.
struct TopicTracker {
    level: Option<u8>,
    current: String,
}

impl TopicTracker {
    fn new(level: Option<u8>) -> Self {
        Self {
            level,
            current: crate::text::parse::DEFAULT_TOPIC.to_owned(),
        }
    }

    /// Takes note of a heading; whether it named the topic.
    fn heading(&mut self, level: u8, text: &str) -> bool {
        if self.level.is_some_and(|topic| level <= topic) {
            self.name(text);
            return true;
        }
        false
    }

    /// Makes the heading `text` name the topic, unless it names a table of contents.
    fn name(&mut self, text: &str) {
        let name = title::topic(text);
        if !name.is_empty() && !is_contents(&name) && !title::is_bare_marker(&name) {
            self.current = name;
        }
    }
}

/// A question whose answer is still being gathered.
struct Open {
    found: Found,
    pieces: Vec<Range<usize>>,
}

/// One pass over a file's blocks in one shape: the topic, the questions found, the question
/// whose answer is being gathered, and the content left out of every question.
struct Walk<'f> {
    file: &'f File<'f>,
    topics: TopicTracker,
    found: Vec<Found>,
    open: Option<Open>,
    unread: Unread,
}

impl<'f> Walk<'f> {
    fn new(file: &'f File<'f>, topic_level: Option<u8>) -> Self {
        Self {
            file,
            topics: TopicTracker::new(topic_level),
            found: Vec::new(),
            open: None,
            unread: Unread::default(),
        }
    }

    /// A heading that is no question: it ends the open answer and may name the topic.
    fn heading(&mut self, level: u8, text: &str) {
        self.end();
        self.topics.heading(level, text);
    }

    /// A heading that names the topic of the questions after it.
    fn topic(&mut self, text: &str) {
        self.end();
        self.topics.name(text);
    }

    /// Ends the open answer and starts a question at `at`.
    fn start(&mut self, at: usize, number: Option<u32>, text: &str) {
        self.end();
        self.open = Some(self.file.open(at, number, text, &self.topics.current));
    }

    /// Adds a piece of source to the open answer, if there is one.
    fn piece(&mut self, range: Range<usize>) {
        if let Some(open) = &mut self.open {
            open.pieces.push(range);
        }
    }

    /// Adds `block` to the open answer, or counts it as unread when none is open.
    fn gather(&mut self, block: &TopBlock) {
        match &mut self.open {
            Some(open) => open.pieces.push(block.range.clone()),
            None => self.file.note_unread(block, &mut self.unread),
        }
    }

    /// Closes the open answer.
    fn end(&mut self) {
        self.file.close(self.open.take(), &mut self.found);
    }

    /// The reading, when it found a question.
    fn finish(mut self, shape: Shape) -> Option<Reading> {
        self.end();
        (!self.found.is_empty()).then_some(Reading {
            shape,
            found: self.found,
            rank: 0,
            unread: self.unread,
        })
    }
}

impl<'a> File<'a> {
    fn new(text: &'a str) -> Self {
        let blocks = outline::outline(text);
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let topic_levels = TopicLevels::new(&blocks);
        Self {
            text,
            blocks,
            line_starts,
            topic_levels,
        }
    }

    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn open(&self, at: usize, number: Option<u32>, text: &str, topic: &str) -> Open {
        let (marked, title) = title::question(text);
        Open {
            found: Found {
                line: self.line(at),
                number: marked.or(number),
                title,
                topic: topic.to_owned(),
                answer: String::new(),
                pieces: Vec::new(),
            },
            pieces: Vec::new(),
        }
    }

    fn close(&self, open: Option<Open>, into: &mut Vec<Found>) {
        if let Some(Open { mut found, pieces }) = open {
            // Blank pieces hold no answer; the rest are cut and cleaned if this reading is chosen.
            found.pieces = pieces
                .into_iter()
                .filter(|r| !self.text[r.clone()].trim().is_empty())
                .collect();
            into.push(found);
        }
    }

    /// Questions as headings of `level`: those that read as questions, in the forms (`Q.`,
    /// `N.`, `# N.`) whose headings mostly have an answer. Another heading of this level that
    /// is followed by questions names their topic.
    fn headings(&self, level: u8) -> Option<Reading> {
        let candidate = |block: &TopBlock| match &block.kind {
            Kind::Heading { level: l, text } if *l == level && title::looks_like_question(text) => {
                Some(marker_class(text))
            }
            _ => None,
        };
        let forms: Vec<Option<String>> = self.blocks.iter().map(candidate).collect();
        let first = forms.iter().position(Option::is_some)?;
        let rejected = self.unanswered_forms(level, &forms);
        let mut question: Vec<bool> = forms
            .iter()
            .map(|f| f.as_ref().is_some_and(|f| !rejected.contains(f)))
            .collect();
        self.take_the_rest_of_a_level(level, &mut question);
        self.take_questions_among_topics(level, &mut question);
        let mut walk = Walk::new(self, self.topic_levels.above(level));
        for (i, (block, &is_question)) in self.blocks.iter().zip(&question).enumerate() {
            match &block.kind {
                Kind::Heading { text, .. } if is_question => {
                    walk.start(block.range.start, None, text);
                }
                Kind::Heading { level: l, text }
                    if *l == level && self.leads(i, level, &question) =>
                {
                    walk.topic(text);
                }
                Kind::Heading { level: l, text } if *l <= level => walk.heading(*l, text),
                _ => walk.gather(block),
            }
        }
        let first = question.iter().position(|&q| q).unwrap_or(first);
        let example = match &self.blocks[first].kind {
            Kind::Heading { text, .. } => marker_of(text),
            _ => String::new(),
        };
        walk.finish(Shape::Headings { level, example })
    }

    /// When nearly all headings of `level` are questions (four in five, four at least), the
    /// others that have an answer are questions too (`About the GIL`).
    fn take_the_rest_of_a_level(&self, level: u8, question: &mut [bool]) {
        let at_level: Vec<usize> = (0..self.blocks.len())
            .filter(
                |&i| matches!(&self.blocks[i].kind, Kind::Heading { level: l, .. } if *l == level),
            )
            .collect();
        let asking = at_level.iter().filter(|&&i| question[i]).count();
        if asking < 4 || asking * 5 < at_level.len() * 4 {
            return;
        }
        for &i in &at_level {
            let Kind::Heading { text, .. } = &self.blocks[i].kind else {
                continue;
            };
            // One with an answer of its own is a question even when a question follows
            // (`Task results aren't returning`, then its answer); a topic at this level has
            // none, only its questions.
            if !question[i] && !is_contents(&title::topic(text)) && self.has_content_after(i, level)
            {
                question[i] = true;
            }
        }
    }

    /// A heading above `level`, among the topics, that ends with a question mark and has prose
    /// right under it (no heading first) is a question too: `What GUI toolkits exist?` written
    /// at the level of its topic.
    fn take_questions_among_topics(&self, level: u8, question: &mut [bool]) {
        if question.iter().filter(|&&q| q).count() < 2 {
            return;
        }
        for (i, block) in self.blocks.iter().enumerate() {
            let Kind::Heading { level: l, text } = &block.kind else {
                continue;
            };
            let prose_under = self.blocks.get(i + 1).is_some_and(|b| {
                matches!(
                    b.kind,
                    Kind::Paragraph { .. } | Kind::List { .. } | Kind::Other
                )
            });
            if *l < level
                && prose_under
                && title::question(text)
                    .1
                    .trim_end_matches(['*', '_'])
                    .ends_with('?')
                && !is_contents(&title::topic(text))
            {
                question[i] = true;
            }
        }
    }

    /// The forms of question-like headings of `level` that are no questions: those whose
    /// headings mostly have no answer, when the best form's mostly have one.
    fn unanswered_forms(&self, level: u8, forms: &[Option<String>]) -> Vec<String> {
        // Per form: how many headings, how many of them answered.
        let mut tally: Vec<(&str, usize, usize)> = Vec::new();
        for (i, form) in forms.iter().enumerate() {
            let Some(form) = form else { continue };
            let answered = usize::from(self.has_content_after(i, level));
            match tally.iter_mut().find(|(f, ..)| f == form) {
                Some((_, count, yes)) => {
                    *count += 1;
                    *yes += answered;
                }
                None => tally.push((form, 1, answered)),
            }
        }
        let mostly = |count: usize, yes: usize| yes * 2 > count;
        let Some(&(best, count, yes)) = tally.iter().max_by_key(|(_, _, yes)| *yes) else {
            return Vec::new();
        };
        if !mostly(count, yes) {
            return Vec::new();
        }
        tally
            .iter()
            .filter(|(form, count, yes)| *form != best && !mostly(*count, *yes))
            .map(|(form, ..)| (*form).to_owned())
            .collect()
    }

    /// Whether content other than HTML and rules comes after block `i` before the next heading
    /// of `level` or above.
    fn has_content_after(&self, i: usize, level: u8) -> bool {
        self.blocks[i + 1..]
            .iter()
            .take_while(|b| !matches!(&b.kind, Kind::Heading { level: l, .. } if *l <= level))
            .any(|b| match &b.kind {
                Kind::Html => false,
                Kind::Other => !answer::is_rule(self.text[b.range.clone()].trim()),
                _ => true,
            })
    }

    /// Whether the next heading of `level` or above after block `i` is a question.
    fn leads(&self, i: usize, level: u8, question: &[bool]) -> bool {
        self.blocks
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, b)| matches!(&b.kind, Kind::Heading { level: l, .. } if *l <= level))
            .is_some_and(|(j, _)| question[j])
    }

    /// Questions as list items whose first line reads as a question (bold, a heading, or a
    /// question mark), the answer indented beneath and in the blocks that follow.
    fn list_items(&self) -> Option<Reading> {
        let mut walk = Walk::new(self, self.topic_levels.above(7));
        for block in &self.blocks {
            match &block.kind {
                Kind::Heading { level, text } => walk.heading(*level, text),
                Kind::List { items } if items.iter().any(|i| self.is_question_item(i)) => {
                    // When most items of a list read as questions, its other items are written
                    // just like them: they are questions too (`Explain…` beside `What…?`).
                    let asking = items.iter().filter(|i| self.is_question_item(i)).count();
                    let all = asking * 2 > items.len();
                    for item in items {
                        if !(self.is_question_item(item) || all && self.is_item_like_question(item))
                        {
                            walk.piece(item.range.clone());
                            continue;
                        }
                        let number = list_number(&self.text[item.range.clone()]);
                        let mut rest = after_line(self.text, &item.lead_range);
                        let lead = match self.title_end(&item.lead, rest, item.range.end) {
                            Some((end, line)) => {
                                rest = end;
                                format!("{} {line}", item.lead.trim_end())
                            }
                            None => item.lead.clone(),
                        };
                        walk.start(item.range.start, number, &lead);
                        if rest < item.range.end {
                            // The answer is the item's content, not a top-level block: the piece
                            // keeps the line break before it, so lines set in under the item's
                            // first line are not taken for an indented code block.
                            let from = if self.text[..rest].ends_with('\n') {
                                rest - 1
                            } else {
                                rest
                            };
                            walk.piece(from..item.range.end);
                        }
                    }
                }
                _ => walk.gather(block),
            }
        }
        walk.finish(Shape::ListItems)
    }

    /// Counts a block that is in no question as unread, unless it is a table of contents (a list
    /// of links), HTML or a rule.
    fn note_unread(&self, block: &TopBlock, unread: &mut Unread) {
        let source = self.text[block.range.clone()].trim();
        let counted = match &block.kind {
            Kind::List { items } => !items.iter().all(|item| {
                let lead = self.text[item.lead_range.clone()].trim();
                lead.is_empty() || (lead.starts_with('[') && lead.contains("]("))
            }),
            Kind::Html => false,
            Kind::Other => !answer::is_rule(source),
            Kind::Heading { .. } | Kind::Paragraph { .. } | Kind::Table { .. } => true,
        };
        if counted && !source.is_empty() {
            unread.bytes += source.len();
            unread
                .first_line
                .get_or_insert_with(|| self.line(block.range.start));
        }
    }

    /// The line that ends a title cut short (see [`title::continues`]): that line, at `at`
    /// and before `end`, and where the next one starts.
    fn title_end(&self, lead: &str, at: usize, end: usize) -> Option<(usize, &'a str)> {
        if at >= end {
            return None;
        }
        let next = next_line(self.text, at).min(end);
        let line = self.text[at..next].trim();
        title::continues(lead, line).then_some((next, line))
    }

    /// Whether an item could be a question by its look: it has a first line that is no link.
    fn is_item_like_question(&self, item: &outline::Item) -> bool {
        let source = self.text[item.lead_range.clone()].trim();
        let link_only = source.starts_with('[') && source.ends_with(')') && source.contains("](");
        !link_only && !item.lead.trim().is_empty()
    }

    fn is_question_item(&self, item: &outline::Item) -> bool {
        let source = self.text[item.lead_range.clone()].trim();
        let link_only = source.starts_with('[') && source.ends_with(')') && source.contains("](");
        let bold = (source.starts_with("**") && source.ends_with("**"))
            || (source.starts_with("__") && source.ends_with("__") && !is_dunders(source));
        !link_only
            && !item.lead.trim().is_empty()
            && (bold || item.heading || item.lead.trim_end().ends_with('?'))
    }

    /// Questions in `<details>` blocks: the summary is the question, the rest the answer.
    fn details(&self) -> Option<Reading> {
        let lower = self.text.to_ascii_lowercase();
        let mut walk = Walk::new(self, self.topic_levels.above(7));
        let mut done = 0;
        for block in &self.blocks {
            match &block.kind {
                Kind::Heading { level, text } => walk.heading(*level, text),
                Kind::Html if block.range.start >= done => {
                    let Some(open) = lower[block.range.clone()].find("<details") else {
                        continue;
                    };
                    let start = block.range.start + open;
                    let Some((summary, body)) = summary_and_body(self.text, &lower, start) else {
                        continue;
                    };
                    done = body.end;
                    walk.start(start, None, &summary);
                    walk.piece(body);
                    walk.end();
                }
                _ => {}
            }
        }
        walk.finish(Shape::Details)
    }

    /// Questions as paragraphs labelled `Q:` or `Question:`; the answer follows its `A:` label.
    fn labelled(&self) -> Option<Reading> {
        let mut walk = Walk::new(self, self.topic_levels.above(7));
        for block in &self.blocks {
            match &block.kind {
                Kind::Heading { level, text } => walk.heading(*level, text),
                Kind::Paragraph { text } if question_label(text).is_some() => {
                    let first = text.lines().next().unwrap_or_default();
                    walk.start(
                        block.range.start,
                        None,
                        question_label(first).unwrap_or(first),
                    );
                    let rest = next_line(self.text, block.range.start);
                    if rest < block.range.end {
                        walk.piece(rest..block.range.end);
                    }
                }
                _ => walk.gather(block),
            }
        }
        walk.finish(Shape::Labelled)
    }

    /// Questions as paragraphs of one bold line that reads as a question (`**3. Why…?**`); a
    /// bold label (`**Example:**`) is none. The answer is in the blocks up to the next question
    /// or heading.
    fn bold_paragraphs(&self) -> Option<Reading> {
        let mut walk = Walk::new(self, self.topic_levels.above(7));
        for block in &self.blocks {
            match &block.kind {
                Kind::Heading { level, text } => walk.heading(*level, text),
                Kind::Paragraph { .. } => match bold_line(&self.text[block.range.clone()]) {
                    Some(text) if title::looks_like_question(text) => {
                        walk.start(block.range.start, None, text);
                    }
                    _ => walk.gather(block),
                },
                _ => walk.gather(block),
            }
        }
        walk.finish(Shape::BoldParagraphs)
    }

    /// Questions as rows of tables whose header names a question and an answer column.
    fn table_rows(&self) -> Option<Reading> {
        let mut topics = TopicTracker::new(self.topic_levels.above(7));
        let mut found = Vec::new();
        for block in &self.blocks {
            match &block.kind {
                Kind::Heading { level, text } => {
                    topics.heading(*level, text);
                }
                Kind::Table { header, rows } => {
                    let column = |word: &str| {
                        header
                            .iter()
                            .position(|h| h.to_ascii_lowercase().contains(word))
                    };
                    let (Some(q), Some(a)) = (column("question"), column("answer")) else {
                        continue;
                    };
                    let numbered = header.iter().position(|h| {
                        matches!(
                            h.trim().to_ascii_lowercase().as_str(),
                            "#" | "no" | "no." | "n" | "number"
                        )
                    });
                    for row in rows {
                        let (Some(question), Some(answer)) = (row.get(q), row.get(a)) else {
                            continue;
                        };
                        let (marked, title) = title::question(question);
                        let number = marked.or_else(|| {
                            numbered
                                .and_then(|n| row.get(n))
                                .and_then(|n| n.trim().parse().ok())
                        });
                        found.push(Found {
                            line: self.line(block.range.start),
                            number,
                            title,
                            topic: topics.current.clone(),
                            answer: answer::clean(&[answer.replace('\n', "  \n").as_str()]),
                            pieces: Vec::new(),
                        });
                    }
                }
                _ => {}
            }
        }
        (!found.is_empty()).then_some(Reading {
            shape: Shape::TableRows,
            found,
            rank: 0,
            unread: Unread::default(),
        })
    }
}

/// The marker of a question heading as written (`Q.`, `Q12:`, `12-`), for describing the shape.
fn marker_of(text: &str) -> String {
    // A marker starts with a number or a label's letter (`Q.`, `Question 3`, `Problem 2:`):
    // other headings have none, and need no cleaning to tell.
    let start = text.trim_start_matches(['#', '*', '_', ' ', '\t']);
    if !start.starts_with(|c: char| c.is_ascii_digit() || "qQpPeEtT".contains(c)) {
        return String::new();
    }
    let (_, title) = title::question(text);
    let text = text.trim();
    let marker = text
        .strip_suffix(title.as_str())
        .map_or("", str::trim)
        .to_owned();
    // Numbers vary from question to question: show the first one as N.
    let digits: String = marker.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        marker
    } else {
        marker.replacen(&digits, "N", 1)
    }
}

/// The form of a question heading's marker, for telling questions from topics that look
/// alike: `Q.`, `N.`, `# N.`, or empty (a question by its question mark alone).
fn marker_class(text: &str) -> String {
    let marker = marker_of(text);
    marker
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_'))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether a topic's name is that of a table of contents, which is never a topic. (`Index` and
/// `TOC` can name real topics: databases' indexes, a deck exported with such a topic.)
fn is_contents(name: &str) -> bool {
    let name = name.trim_end_matches(':').trim().to_ascii_lowercase();
    matches!(
        name.as_str(),
        "table of contents" | "contents" | "table of content"
    )
}

/// The text of a paragraph that is one line, all of it bold (`**…**` or `__…__`), unless it
/// is a label (its text ends with `:`).
fn bold_line(source: &str) -> Option<&str> {
    let line = source.trim();
    if line.contains('\n') || is_dunders(line) {
        return None;
    }
    let inner = ["**", "__"]
        .iter()
        .find_map(|mark| line.strip_prefix(mark)?.strip_suffix(mark))?
        .trim();
    let label = inner.trim_end_matches(['*', '_']).trim_end().ends_with(':');
    (!inner.is_empty() && !label && !inner.contains("**")).then_some(inner)
}

/// The text of an answer's piece. A piece whose first line is set in four columns or more is an
/// indented code block (a top-level block can be nothing else): it is fenced, so that taking away
/// the indent the answer's lines share keeps it code.
fn piece_text<'t>(text: &'t str, range: &Range<usize>) -> Cow<'t, str> {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let columns = text[line_start..range.end]
        .bytes()
        .map_while(|b| match b {
            b' ' => Some(1),
            b'\t' => Some(4),
            _ => None,
        })
        .sum::<usize>();
    let blank_before = text[line_start..range.start].trim().is_empty();
    if columns < 4 || !blank_before || text[range.clone()].trim().is_empty() {
        return Cow::Borrowed(&text[range.clone()]);
    }
    let code: Vec<&str> = text[line_start..range.end]
        .trim_end()
        .lines()
        .map(|line| strip_columns(line, 4))
        .collect();
    Cow::Owned(answer::fenced("", &code.join("\n")))
}

/// Whether `text` starts or ends with a Python dunder name written bare (`__init__`,
/// `__init__ and __new__`): Markdown makes the text between their underscores bold, but their
/// writer meant the names.
fn is_dunders(text: &str) -> bool {
    let trimmed = |w: &str| is_dunder(w.trim_end_matches([',', ';', ':', '.']));
    let mut words = text.split_whitespace();
    words.next().is_some_and(trimmed) || words.next_back().is_some_and(trimmed)
}

fn is_dunder(text: &str) -> bool {
    text.strip_prefix("__")
        .and_then(|t| t.strip_suffix("__"))
        .is_some_and(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// The number of an ordered list item's marker (`12.` or `12)`).
fn list_number(source: &str) -> Option<u32> {
    let digits: String = source
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The offset where the line after the last one of `range` starts; `range` may end with its
/// newline or before it.
fn after_line(text: &str, range: &Range<usize>) -> usize {
    if range.end > range.start && text[..range.end].ends_with('\n') {
        range.end
    } else {
        next_line(text, range.end)
    }
}

/// The offset where the line after the one holding `offset` starts.
fn next_line(text: &str, offset: usize) -> usize {
    text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

/// `Q: What…`, `**Q1:** What…`, `Question: What…`: the text after the label.
fn question_label(text: &str) -> Option<&str> {
    let line = text.trim_start();
    for wrap in ["**", "__", ""] {
        let Some(inner) = line.strip_prefix(wrap) else {
            continue;
        };
        for label in ["question", "q"] {
            let Some(head) = inner.get(..label.len()) else {
                continue;
            };
            if !head.eq_ignore_ascii_case(label) {
                continue;
            }
            let after =
                inner[label.len()..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            let rest = after
                .strip_prefix(':')
                .and_then(|r| r.strip_prefix(wrap))
                .or_else(|| after.strip_prefix(&format!("{wrap}:")));
            if let Some(rest) = rest.map(str::trim).filter(|r| !r.is_empty()) {
                return Some(rest);
            }
        }
    }
    None
}

/// The summary's text and the body's range of the `<details>` block opening at `start`.
fn summary_and_body(text: &str, lower: &str, start: usize) -> Option<(String, Range<usize>)> {
    let open = start + lower[start..].find("<summary")?;
    let open_end = open + lower[open..].find('>')? + 1;
    let close = open_end + lower[open_end..].find("</summary>")?;
    let body_start = close + "</summary>".len();
    let body_end = lower[body_start..]
        .find("</details>")
        .map_or(text.len(), |i| body_start + i);
    let summary = strip_tags(&text[open_end..close]);
    Some((summary, body_start..body_end))
}

/// Text without its HTML tags; `<code>` spans become backticks.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(name), '>') => {
                let name = name.trim().to_ascii_lowercase();
                if name == "code" || name == "/code" {
                    out.push('`');
                }
                tag = None;
            }
            (Some(name), c) => name.push(c),
            (None, c) => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
