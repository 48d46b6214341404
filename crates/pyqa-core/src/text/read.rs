//! Reading a deck file in whatever shape it comes: data files as records, spreadsheets and
//! flashcard exports as rows, HTML, Org-mode, reStructuredText and notebooks as the Markdown
//! they stand for, and text by what repeats in it ([`learn`]), as numbered lines (the built-in
//! set's format), or as exercises between rules. The reading that finds the most questions with
//! an answer reads the whole file.

use std::borrow::Cow;
use std::fmt;
use std::path::Path;

use crate::text::blocks;
use crate::text::delimited::{self, Delimited, Separator};
use crate::text::found::{Found, Unread};
use crate::text::learn::{self, Laid, Learned, Pattern};
use crate::text::markdown;
use crate::text::model::{Answer, Block, Deck, Question, QuestionNumber};
use crate::text::notebook::{self, AsMarkdown};
use crate::text::parse::{self, NumberedQuestions, ParseError, ParseErrorKind, Renumbering};
use crate::text::records::{self, Roles};
use crate::text::rst;
use crate::text::{front_matter, inert, labels, title};
use crate::text::{html, literal, org};

/// What kind of file a deck is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.txt` and anything else: numbered lines, unless another shape explains it better.
    Text,
    /// `.md`, `.markdown`: Markdown shapes win ties.
    Markdown,
    /// `.tsv`: tab-separated rows.
    Tsv,
    /// `.csv`: comma-separated rows.
    Csv,
    /// `.ipynb`: a Jupyter notebook, read as the Markdown of its cells.
    Notebook,
    /// `.rst`: reStructuredText, read as the Markdown it stands for.
    Restructured,
    /// `.json`, `.jsonl`, `.ndjson`: records, one object a question.
    Json,
    /// `.yaml`, `.yml`: records.
    Yaml,
    /// `.toml`: records in arrays of tables.
    Toml,
    /// `.py`, `.js`: records written as a literal list of objects.
    Source,
    /// `.org`: Org-mode, read as the Markdown it stands for.
    Org,
    /// `.html`, `.htm`: a page, read as the Markdown it stands for (or the records a script holds).
    Html,
}

/// The extensions of the files read as decks in a folder (source files are read when given by
/// name, not found in a folder of code).
pub const DECK_EXTENSIONS: [&str; 17] = [
    "txt", "md", "markdown", "tsv", "csv", "ipynb", "rst", "rest", "json", "jsonl", "ndjson",
    "yaml", "yml", "toml", "org", "html", "htm",
];

/// Whether the file at `path` is, by its extension, one that decks are written in.
pub fn is_deck_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| DECK_EXTENSIONS.iter().any(|d| e.eq_ignore_ascii_case(d)))
}

impl FileKind {
    /// The kind of the file at `path`, by its extension.
    pub fn of(path: &Path) -> Self {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("md" | "markdown") => Self::Markdown,
            Some("tsv") => Self::Tsv,
            Some("csv") => Self::Csv,
            Some("ipynb") => Self::Notebook,
            Some("rst" | "rest") => Self::Restructured,
            Some("json" | "jsonl" | "ndjson") => Self::Json,
            Some("yaml" | "yml") => Self::Yaml,
            Some("toml") => Self::Toml,
            Some("py" | "js" | "mjs" | "ts") => Self::Source,
            Some("org") => Self::Org,
            Some("html" | "htm" | "xhtml") => Self::Html,
            _ => Self::Text,
        }
    }
}

/// How a file was read, for `pyqa check`: `read as "## Q." headings`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HowRead {
    /// `12. What…` lines, answers below.
    NumberedLines,
    /// The form of line that repeats most usefully in the file.
    Learned(Box<Pattern>),
    /// A spreadsheet or flashcard export.
    Delimited(Delimited),
    /// Exercises between rule lines, with `Question:` / `Solution:` sections.
    Exercises,
    /// A notebook's cells, read in this way.
    Notebook(Box<HowRead>),
    /// reStructuredText, read in this way as Markdown.
    Restructured(Box<HowRead>),
    /// Org-mode, read in this way as Markdown.
    Org(Box<HowRead>),
    /// An HTML page, read in this way as Markdown.
    Html(Box<HowRead>),
    /// Records of a data file, their fields in these roles.
    Records(Container, Box<Roles>),
}

/// What holds a deck's records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Json,
    JsonLines,
    Yaml,
    Toml,
    /// A literal in a source file, a script or not-quite JSON.
    Literal,
    /// Records laid out in a text file.
    Text(Laid),
}

impl fmt::Display for Container {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Json => "JSON records",
            Self::JsonLines => "JSON lines",
            Self::Yaml => "YAML records",
            Self::Toml => "TOML tables",
            Self::Literal => "records of a literal list",
            Self::Text(Laid::Headings) => "sections under repeated labels",
            Self::Text(Laid::Lines) => "lines under labels",
            Self::Text(Laid::Answers) => "answers under a label, each after its question",
            Self::Text(Laid::Table) => "table rows",
        })
    }
}

impl fmt::Display for HowRead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NumberedLines => f.write_str("numbered lines"),
            Self::Learned(pattern) => pattern.fmt(f),
            Self::Delimited(delimited) => delimited.fmt(f),
            Self::Exercises => f.write_str("exercises between rule lines"),
            Self::Notebook(how) => write!(f, "notebook cells, {how}"),
            Self::Restructured(how) => write!(f, "reStructuredText, {how}"),
            Self::Org(how) => write!(f, "Org-mode, {how}"),
            Self::Html(how) => write!(f, "HTML, {how}"),
            Self::Records(container, roles) => write!(f, "{container}, {roles}"),
        }
    }
}

/// A deck file as read: its questions, every problem, and how it was read.
#[derive(Debug, Clone)]
pub struct ReadDeck {
    pub deck: Deck,
    /// Every problem, in line order.
    pub problems: Vec<ParseError>,
    pub how: HowRead,
    /// Why it was read that way, when other ways were weighed.
    pub choice: Option<Choice>,
}

/// Why a file was read the way it was: how many questions with an answer that way found, and
/// the next best way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub answered: usize,
    /// What broke a tie with the runner-up.
    pub tie: &'static str,
    pub runner_up: Option<(HowRead, usize)>,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        write!(
            f,
            "{} question{} with an answer read this way",
            self.answered,
            plural(self.answered)
        )?;
        match &self.runner_up {
            Some((how, n)) if *n == self.answered => {
                write!(f, ", as many as {how} ({})", self.tie)
            }
            Some((how, n)) => write!(f, ", {n} as {how}"),
            None => f.write_str("; no other way reads one"),
        }
    }
}

impl ReadDeck {
    /// How many topics the questions are in.
    pub fn topic_count(&self) -> usize {
        self.deck.topic_count()
    }

    /// Whether this reading left answer labels to be learned from the deck (the learner's and
    /// records'), so that a label the deck does not repeat is still an English one to drop.
    fn learns_labels(&self) -> bool {
        let mut how = &self.how;
        while let HowRead::Org(inner)
        | HowRead::Html(inner)
        | HowRead::Notebook(inner)
        | HowRead::Restructured(inner) = how
        {
            how = inner;
        }
        matches!(how, HowRead::Learned(_) | HowRead::Records(..))
    }

    /// The problem that says the reading looks wrong, if there is one.
    pub fn doubtful(&self) -> Option<&ParseError> {
        self.problems
            .iter()
            .find(|p| matches!(p.kind, ParseErrorKind::FewQuestions { .. }))
    }
}

/// From this size a file's shape is judged on its first [`PREFIX_BYTES`], and only the
/// reading that wins there reads the whole file: a large deck is not held in every reading at
/// once.
const LARGE_FILE_BYTES: usize = 4 << 20;
/// How much of a large file its shape is judged on.
const PREFIX_BYTES: usize = 1 << 20;

/// Reads `text`, a file of `kind`. Control characters are made inert first.
pub fn read(text: &str, kind: FileKind) -> ReadDeck {
    let inert = inert::make_inert(text);
    read_judging(
        &without_front_matter(&inert, kind),
        kind,
        LARGE_FILE_BYTES,
        PREFIX_BYTES,
    )
    .whole()
}

/// A Markdown file's text with its front matter blanked out (metadata, not questions).
fn without_front_matter(text: &str, kind: FileKind) -> Cow<'_, str> {
    if kind == FileKind::Markdown {
        front_matter::split(text).text
    } else {
        Cow::Borrowed(text)
    }
}

/// A deck file's reading, whole or still going.
#[derive(Debug)]
pub enum DeckReading<'a> {
    /// Read whole.
    Whole(ReadDeck),
    /// A large file whose start reads as numbered lines: its questions are read one by one as
    /// they are taken, and nothing in that reading makes it doubtful.
    OneByOne(Box<NumberedQuestions<'a>>),
}

impl DeckReading<'_> {
    /// The whole deck, reading what is left of it.
    pub fn whole(self) -> ReadDeck {
        match self {
            Self::Whole(read) => read,
            Self::OneByOne(mut questions) => {
                let deck = Deck {
                    questions: questions.by_ref().collect(),
                };
                ReadDeck {
                    deck,
                    problems: questions.into_problems(),
                    how: HowRead::NumberedLines,
                    choice: None,
                }
            }
        }
    }
}

/// [`read`] for indexing: a large deck of numbered lines is read question by question as its
/// questions are indexed, so that they are never all held at once. A text with control
/// characters (made inert in a copy) is read whole.
pub fn read_one_by_one(text: &str, kind: FileKind) -> DeckReading<'_> {
    let ready = match inert::make_inert(text) {
        Cow::Borrowed(text) => without_front_matter(text, kind),
        Cow::Owned(text) => Cow::Owned(without_front_matter(&text, kind).into_owned()),
    };
    match ready {
        Cow::Borrowed(text) => read_judging(text, kind, LARGE_FILE_BYTES, PREFIX_BYTES),
        Cow::Owned(text) => {
            DeckReading::Whole(read_judging(&text, kind, LARGE_FILE_BYTES, PREFIX_BYTES).whole())
        }
    }
}

/// Reads the inert `text`, a file of `kind`, judging a file of `large` bytes or more on its
/// first `prefix` bytes.
fn read_judging(text: &str, kind: FileKind, large: usize, prefix: usize) -> DeckReading<'_> {
    match read_shape(text, kind, large, prefix) {
        DeckReading::Whole(mut read) => {
            let learned = labels::drop_learned(&mut read.deck.questions);
            if !learned && read.learns_labels() {
                for question in &mut read.deck.questions {
                    if let [Block::Markdown(text)] = question.answer.blocks.as_mut_slice() {
                        let rest = markdown::answer::without_english_label(text);
                        // A label that is the whole answer stays.
                        if !rest.trim().is_empty() {
                            *text = rest;
                        }
                    }
                }
            }
            DeckReading::Whole(read)
        }
        reading @ DeckReading::OneByOne(_) => reading,
    }
}

/// [`read_judging`] in the shape the file is written in, answers as that shape cut them.
fn read_shape(text: &str, kind: FileKind, large: usize, prefix: usize) -> DeckReading<'_> {
    match kind {
        FileKind::Notebook => return DeckReading::Whole(read_notebook(text)),
        FileKind::Json | FileKind::Yaml | FileKind::Toml | FileKind::Source => {
            return DeckReading::Whole(read_data(text, kind));
        }
        FileKind::Org => {
            let markdown = org::to_markdown(text);
            let mut read = read_structure(&inert::make_inert(&markdown), FileKind::Markdown);
            read.how = HowRead::Org(Box::new(read.how));
            return DeckReading::Whole(read);
        }
        FileKind::Html => return DeckReading::Whole(read_html(text)),
        FileKind::Restructured => {
            return DeckReading::Whole(read_translated(
                &rst::to_markdown(text),
                HowRead::Restructured,
            ));
        }
        _ => {}
    }
    if matches!(kind, FileKind::Tsv | FileKind::Csv) || delimited::is_anki(text) {
        let separator = if kind == FileKind::Csv {
            Separator::Comma
        } else {
            Separator::Tab
        };
        let (how, found) = delimited::read(text, separator);
        return DeckReading::Whole(finish(found, HowRead::Delimited(how), 0));
    }
    if text.len() >= large
        && let Some(read) = read_as_its_start(text, kind, prefix)
    {
        return read;
    }
    DeckReading::Whole(read_structure(text, kind))
}

/// A data file's records (or, for JSON that is none, what it holds as text).
fn read_data(text: &str, kind: FileKind) -> ReadDeck {
    let (container, tree) = match kind {
        FileKind::Json => json_tree(text),
        FileKind::Yaml => (Container::Yaml, records::yaml_tree(text)),
        FileKind::Toml => (Container::Toml, records::toml_tree(text)),
        _ => (Container::Literal, literal::largest(text)),
    };
    match tree.and_then(|tree| read_records(&tree, text, container)) {
        Some(read) => read,
        // A source file without records may hold questions in its comments.
        None if kind == FileKind::Source => read_structure(&uncommented(text), FileKind::Text),
        None => finish(
            Vec::new(),
            HowRead::Records(container, Box::new(Roles::none())),
            0,
        ),
    }
}

/// A source file's text with its line comments as text (`# Q. …`, `#Ans: …`, `// …`), line for
/// line; code stays as it is.
fn uncommented(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim_start();
        let comment = trimmed.strip_prefix("//").or_else(|| {
            trimmed
                .strip_prefix('#')
                .filter(|_| !trimmed.starts_with("#!"))
        });
        match comment {
            Some(rest) => out.push_str(rest.strip_prefix(' ').unwrap_or(rest)),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// A JSON file's tree: one value, JSON lines, or a literal that is not quite JSON.
fn json_tree(text: &str) -> (Container, Option<serde_json::Value>) {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        return (Container::Json, Some(value));
    }
    let lines: Result<Vec<serde_json::Value>, _> = serde_json::Deserializer::from_str(text)
        .into_iter::<serde_json::Value>()
        .collect();
    match lines {
        Ok(values) if values.len() > 1 => {
            (Container::JsonLines, Some(serde_json::Value::Array(values)))
        }
        _ => (Container::Literal, literal::largest(text)),
    }
}

/// The deck of `tree`'s records, when their fields have roles.
fn read_records(tree: &serde_json::Value, text: &str, container: Container) -> Option<ReadDeck> {
    let (records, roles) = records::read(tree, text)?;
    Some(deck_of_records(&records, roles, container))
}

/// The deck of `records` found some other way, when their fields have roles.
fn read_records_of(records: &[records::Record], container: Container) -> Option<ReadDeck> {
    let roles = records::roles(records)?;
    Some(deck_of_records(records, roles, container))
}

/// The roles of answers laid out under a label ([`Laid::Answers`]): known from where each field
/// is, not guessed from its values.
fn answers_roles(records: &[records::Record]) -> Roles {
    let any = |key: &str| {
        records
            .iter()
            .any(|r| r.fields.iter().any(|(k, _)| k == key))
            .then(|| key.to_owned())
    };
    Roles {
        question: "1".to_owned(),
        answer: "2".to_owned(),
        topic: any("^"),
        number: any("#"),
    }
}

/// The deck of `records` read by `roles`.
fn deck_of_records(records: &[records::Record], roles: Roles, container: Container) -> ReadDeck {
    let found = records::found(records, &roles);
    finish(found, HowRead::Records(container, Box::new(roles)), 0)
}

/// An HTML page: the records a script of it holds, or its text read as Markdown, whichever has
/// more questions.
fn read_html(text: &str) -> ReadDeck {
    let read = read_translated(&html::to_markdown(text), HowRead::Html);
    let scripted = literal::largest(text)
        .and_then(|tree| read_records(&tree, text, Container::Literal))
        .filter(|r| r.deck.questions.len() > read.deck.questions.len());
    scripted.unwrap_or(read)
}

/// A notebook read as the Markdown of its cells, every line given as the notebook's own.
fn read_notebook(json: &str) -> ReadDeck {
    let markdown = match notebook::to_markdown(json) {
        Ok(markdown) => markdown,
        Err(why) => {
            return ReadDeck {
                deck: Deck::default(),
                problems: vec![ParseError {
                    line: 1,
                    kind: ParseErrorKind::InvalidNotebook(why),
                }],
                how: HowRead::Notebook(Box::new(HowRead::NumberedLines)),
                choice: None,
            };
        }
    };
    read_translated(&markdown, HowRead::Notebook)
}

/// A file translated to `markdown`, read as Markdown, every line given as the file's own;
/// `how` names the translation. Control characters are made inert again: a notebook's JSON
/// escapes (`\u001b`) become them only in the translation.
fn read_translated(markdown: &AsMarkdown, how: fn(Box<HowRead>) -> HowRead) -> ReadDeck {
    let mut read = read_structure(&inert::make_inert(&markdown.text), FileKind::Markdown);
    for question in &mut read.deck.questions {
        question.line = markdown.line_of(question.line);
    }
    for problem in &mut read.problems {
        problem.line = markdown.line_of(problem.line);
        if let ParseErrorKind::DuplicateTitle { first } = &mut problem.kind {
            *first = markdown.line_of(*first);
        }
    }
    read.problems.sort_by_key(|p| p.line);
    read.how = how(Box::new(read.how));
    read
}

/// A large file read in the one way its first `prefix` bytes are best read, when that reading
/// finds questions there and nothing doubtful; `None` when the whole file is to be judged.
fn read_as_its_start(text: &str, kind: FileKind, prefix: usize) -> Option<DeckReading<'_>> {
    let mut end = prefix.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[..end].rfind('\n').map_or(end, |newline| newline + 1);
    let start = read_structure(&text[..end], kind);
    if start.deck.questions.is_empty() || start.doubtful().is_some() {
        return None;
    }
    match start.how {
        // Questions numbered out of order are numbered by place, which needs them all first.
        HowRead::NumberedLines if parse::is_disordered(text) => None,
        HowRead::NumberedLines => Some(DeckReading::OneByOne(Box::new(NumberedQuestions::new(
            text,
        )))),
        HowRead::Learned(pattern) => Some(DeckReading::Whole(read_learned(
            text,
            learn::read_with(text, &pattern.form),
        ))),
        HowRead::Delimited(_)
        | HowRead::Org(_)
        | HowRead::Html(_)
        | HowRead::Records(..)
        | HowRead::Exercises
        | HowRead::Notebook(_)
        | HowRead::Restructured(_) => None,
    }
}

/// Reads `text` by what repeats in it, as numbered lines, and as exercises between rules, and
/// keeps the reading that finds the most questions with an answer.
fn read_structure(text: &str, kind: FileKind) -> ReadDeck {
    // The readings are independent: on a large file, they run on the cores there are.
    let (legacy, learning) = std::thread::scope(|scope| {
        let learning = scope.spawn(|| learn::learn(text));
        let legacy = parse::parse_inert(text);
        (legacy, learning.join().unwrap_or_default())
    });
    let learn::Learning { learned, sections } = learning;
    let numbered = legacy.deck.questions.len();
    // Every way of reading the file, with how many questions with an answer it finds.
    let mut weighed: Vec<(HowRead, usize)> = vec![(HowRead::NumberedLines, numbered)];
    let learned_score = learned.as_ref().map_or(0, Learned::score);
    if let Some(learned) = &learned {
        weighed.push((
            HowRead::Learned(Box::new(learned.pattern.clone())),
            learned_score,
        ));
    }
    let exercises = blocks::read(text);
    let exercises_answered = exercises.as_ref().map_or(0, |exercises| {
        exercises
            .found
            .iter()
            .filter(|f| !f.answer.trim().is_empty())
            .count()
    });
    if exercises.is_some() {
        weighed.push((HowRead::Exercises, exercises_answered));
    }
    // Exercises win a tie with a learned form that is one of their own section labels.
    let learned_a_label = exercises
        .as_ref()
        .zip(learned.as_ref())
        .is_some_and(|(e, l)| e.is_label(&l.pattern.form.marker));
    let exercises_win = exercises_answered > numbered
        && (exercises_answered > learned_score
            || (exercises_answered == learned_score && learned_a_label));
    // The learned pattern reads the file when it explains as much of it, unless numbered lines
    // read a text file (they read plain-text answers, code without fences, and large files one
    // question at a time).
    let learned_wins = !exercises_win
        && learned_score > 0
        && learned.as_ref().is_some_and(|l| {
            l.lists_in_answers
                || learned_score > numbered
                || (learned_score == numbered && kind == FileKind::Markdown)
        });
    let mut read = match (learned, exercises) {
        (Some(learned), _) if learned_wins => read_learned(text, learned),
        (_, Some(exercises)) if exercises_win => finish(exercises.found, HowRead::Exercises, 0),
        _ => {
            let mut problems = legacy.problems;
            if let Some(doubt) = doubt(numbered, learned_score) {
                problems.insert(0, doubt);
            }
            ReadDeck {
                deck: legacy.deck,
                problems,
                how: HowRead::NumberedLines,
                choice: None,
            }
        }
    };
    // Records the text lays out (labelled sections, label lines, answers under a label, table
    // rows) read the file when they give more questions, or as many that explain more of it.
    if let Some(sections) = sections.and_then(|(laid, records)| match laid {
        // Which field is what is known from where it is.
        Laid::Answers => Some(deck_of_records(
            &records,
            answers_roles(&records),
            Container::Text(laid),
        )),
        _ => read_records_of(&records, Container::Text(laid)),
    }) {
        let answered = sections.deck.questions.len();
        weighed.push((sections.how.clone(), answered));
        let asking = |read: &ReadDeck| {
            let questions = &read.deck.questions;
            records::ratio(
                questions.iter().filter(|q| records::asks(&q.title)).count(),
                questions.len(),
            )
        };
        // On a tie, records win when they ask more, or when fields of their own also number
        // the questions or name their topics: they explain more of the file.
        // (Answers under a label number their questions as the questions' own lines do.)
        let more_roles = matches!(&sections.how, HowRead::Records(container, roles)
            if *container != Container::Text(Laid::Answers)
                && (roles.topic.as_ref().is_some_and(|t| !t.starts_with('^'))
                    || roles.number.is_some()));
        let here = read.deck.questions.len();
        if answered > here
            || (answered == here && (asking(&sections) > asking(&read) || more_roles))
        {
            read = sections;
        }
    }
    // What the chosen way read, empty answers (`<p></p>`) left out.
    let answered = read.deck.questions.len();
    let runner_up = weighed
        .into_iter()
        .filter(|(how, n)| *how != read.how && *n > 0)
        .max_by_key(|&(_, n)| n);
    let tie = match read.how {
        HowRead::Learned(_) => "what repeats in the file reads it",
        HowRead::Records(..) => "sections under labels read it",
        _ => "the file's kind breaks the tie",
    };
    read.choice = (answered > 0).then_some(Choice {
        answered,
        tie,
        runner_up,
    });
    read
}

/// Notes the content in no question of a file of `len` bytes when it is a quarter of the file
/// and more than a few lines: worth a look.
fn note_unread(read: &mut ReadDeck, unread: &Unread, len: usize) {
    if unread.bytes * 4 > len
        && unread.bytes > 1000
        && let Some(line) = unread.first_line
    {
        read.problems.push(ParseError {
            line,
            kind: ParseErrorKind::Unread {
                percent: unread.bytes * 100 / len.max(1),
            },
        });
        read.problems.sort_by_key(|p| p.line);
    }
}

/// The deck of a learned reading, doubtful when many more lines of its form were not read as
/// questions than were.
fn read_learned(text: &str, learned: Learned) -> ReadDeck {
    let candidates = learned.found.len() + learned.pattern.others;
    let mut read = finish(
        learned.found,
        HowRead::Learned(Box::new(learned.pattern)),
        candidates,
    );
    note_unread(&mut read, &learned.unread, text.len());
    read
}

/// A problem when far fewer questions were read than lines that look like questions.
fn doubt(found: usize, candidates: usize) -> Option<ParseError> {
    (found > 0 && candidates >= found * 2 && candidates - found >= 5).then_some(ParseError {
        line: 1,
        kind: ParseErrorKind::FewQuestions { found, candidates },
    })
}

/// Numbers the questions found, drops those without an answer, and notes every problem.
fn finish(found: Vec<Found>, how: HowRead, candidates: usize) -> ReadDeck {
    let mut problems = Vec::new();
    let answered: Vec<Found> = found
        .into_iter()
        // A block with no words for a title (a table row's empty cell) asks nothing.
        .filter(|f| !f.title.trim().is_empty())
        .enumerate()
        .filter_map(|(i, f)| {
            if f.answer.trim().is_empty() || is_only_tags(&f.answer) {
                let number = f.number.unwrap_or(u32::try_from(i + 1).unwrap_or(u32::MAX));
                problems.push(ParseError {
                    line: f.line,
                    kind: ParseErrorKind::EmptyAnswer(QuestionNumber(number)),
                });
                None
            } else {
                Some(f)
            }
        })
        .collect();
    let numbers = numbers(&answered, &mut problems);
    duplicates(&answered, &mut problems);
    if answered.is_empty() {
        problems.push(ParseError {
            line: 1,
            kind: ParseErrorKind::NoQuestions,
        });
    }
    problems.extend(doubt(answered.len(), candidates));
    let questions = answered
        .into_iter()
        .zip(numbers)
        .map(|(f, number)| Question {
            number,
            title: f.title,
            topic: f.topic,
            answer: Answer {
                blocks: vec![Block::Markdown(f.answer)],
            },
            line: f.line,
            file: None,
        })
        .collect();
    problems.sort_by_key(|p| p.line);
    ReadDeck {
        deck: Deck { questions },
        problems,
        how,
        choice: None,
    }
}

/// Whether `answer` holds empty HTML and nothing else (`</br><p></p>`, `<div> </div>`): no answer.
/// A tag that shows something (`<img>`, `<iframe>`) is an answer.
fn is_only_tags(answer: &str) -> bool {
    let mut rest = answer.trim();
    if !rest.starts_with('<') {
        return false;
    }
    while !rest.is_empty() {
        let Some(tag) = rest.strip_prefix('<').and_then(|r| r.split_once('>')) else {
            return false;
        };
        let name = tag
            .0
            .trim()
            .trim_start_matches('/')
            .trim_end_matches('/')
            .trim();
        if !matches!(
            name.to_ascii_lowercase().as_str(),
            "p" | "br" | "div" | "span" | "hr"
        ) {
            return false;
        }
        rest = tag.1.trim_start();
    }
    true
}

/// The file's own numbers when every question has one and they increase; otherwise 1…N in file
/// order, with a problem at the first question that breaks the rule (none when the file numbers
/// no question at all).
fn numbers(found: &[Found], problems: &mut Vec<ParseError>) -> Vec<QuestionNumber> {
    let by_position = || {
        (1..=found.len())
            .map(|n| QuestionNumber(u32::try_from(n).unwrap_or(u32::MAX)))
            .collect()
    };
    if found.iter().all(|f| f.number.is_none()) {
        return by_position();
    }
    let mut last: Option<u32> = None;
    for f in found {
        let reason = match (f.number, last) {
            (None, _) => Some(Renumbering::Missing),
            (Some(1), Some(_)) => Some(Renumbering::Restart),
            (Some(n), Some(l)) if n == l => Some(Renumbering::Repeat),
            (Some(n), Some(l)) if n < l => Some(Renumbering::Backwards),
            _ => None,
        };
        if let Some(reason) = reason {
            problems.push(ParseError {
                line: f.line,
                kind: ParseErrorKind::Renumbered {
                    reason,
                    count: found.len(),
                },
            });
            return by_position();
        }
        last = f.number;
    }
    found
        .iter()
        .map(|f| QuestionNumber(f.number.unwrap_or_default()))
        .collect()
}

/// A problem for every question whose title an earlier one has already (in any case).
fn duplicates(found: &[Found], problems: &mut Vec<ParseError>) {
    let mut seen: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    for f in found {
        let key = title::key(&f.title);
        match seen.get(&key) {
            Some(&first) => problems.push(ParseError {
                line: f.line,
                kind: ParseErrorKind::DuplicateTitle { first },
            }),
            None => {
                seen.insert(key, f.line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use super::{Block, FileKind, read};

    /// The numbers questions got and the first problem's line and message.
    fn numbering(text: &str) -> (Vec<u32>, Option<(usize, String)>) {
        let read = read(text, FileKind::Markdown);
        let numbers = read.deck.questions.iter().map(|q| q.number.0).collect();
        let first = read.problems.first().map(|p| (p.line, p.kind.to_string()));
        (numbers, first)
    }

    #[test]
    fn blocks_with_nothing_to_ask_are_no_questions() {
        // Found by fuzzing: a table row whose question cell is empty, a number and a break.
        for text in [
            "# Containers\n\n| # | Question | Answer |\n|---|---|---|\n| 1 | What is a list? | A sequence\n|.| | What is a list? | A sequence that can2 | What is a dict? | A mapping. |\n",
            "4. What is a tuple?<br>\nAns: A sequence.\n\n5. <br>\nAns: With `try`.\n",
        ] {
            for kind in [FileKind::Markdown, FileKind::Text] {
                let read = read(text, kind);
                assert!(!read.deck.questions.is_empty(), "{text:?}");
                assert!(
                    read.deck
                        .questions
                        .iter()
                        .all(|q| !q.title.trim().is_empty()),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn an_html_page_is_read_with_its_own_line_numbers() {
        let html = "<html>\n<body>\n<h3>What is a?</h3>\n<p>A.</p>\n\n\n<h3>What is b?</h3>\n<p>B.</p>\n<h3>What is a?</h3>\n<p>\nA again.\n</p>\n</body></html>\n";
        let read = read(html, FileKind::Html);
        let lines: Vec<usize> = read.deck.questions.iter().map(|q| q.line).collect();
        assert_eq!(lines, [3, 7, 9]);
        assert_eq!(
            read.problems
                .iter()
                .map(|p| (p.line, p.kind.to_string()))
                .collect::<Vec<_>>(),
            [(9, "the same question as line 3".to_owned())]
        );
    }

    #[test]
    fn a_label_that_is_the_whole_answer_stays() {
        // Found by fuzzing: answers that are only the label the deck repeats.
        let text = "'\nO-\n--\n\nO-\n\n\nO-\n\n\nO-\n--\n\n--\n\nO-\n--\n\nO-{[";
        for kind in [FileKind::Markdown, FileKind::Text] {
            let read = read(text, kind);
            for question in &read.deck.questions {
                assert!(!question.answer.blocks.is_empty(), "{question:?}");
            }
        }
    }

    #[test]
    fn an_answer_set_in_under_its_list_item_is_markdown_not_code() {
        // The answer follows the item's first line at once, indented four columns under a
        // marker of three (`9. `) or four (`10. `): the item's content, never an indented block.
        let mut text = String::from("# Qs\n\n");
        for n in 8..12 {
            let _ = write!(
                text,
                "{n}. **What is thing {n}?**\n    Thing {n} is a *thing*.\n    ```python\n    x = {n}\n    ```\n    - point one\n\n"
            );
        }
        let read = read(&text, FileKind::Markdown);
        assert_eq!(read.deck.questions.len(), 4);
        for question in &read.deck.questions {
            let n = question.number.0;
            assert_eq!(
                question.answer.blocks,
                [Block::Markdown(format!(
                    "Thing {n} is a *thing*.\n```python\nx = {n}\n```\n- point one\n"
                ))],
                "{n}"
            );
        }
    }

    #[test]
    fn multi_byte_characters_beside_markers_read_without_panicking() {
        // Found by fuzzing: a question's first line that ends the file inside a wide character.
        for text in [
            "- ### Whé",
            "- **Whaté**",
            "1. **Où?**\n   ü",
            "Q: é\nA: ü",
            "- ### é\n  ü",
            "#### \n#### \n",
            "## ##\nx\n## ##\ny\n",
            "**Q: ü**",
        ] {
            for kind in [FileKind::Markdown, FileKind::Text] {
                let read = read(text, kind);
                assert!(read.deck.questions.len() <= 1, "{text:?}");
            }
        }
    }

    /// The titles and topics `text` reads as, as a file of `kind`.
    fn read_titles(text: &str, kind: FileKind) -> Vec<(String, String)> {
        read(text, kind)
            .deck
            .questions
            .into_iter()
            .map(|q| (q.title, q.topic))
            .collect()
    }

    #[test]
    fn a_list_of_questions_inside_an_answer_stays_in_it() {
        let text = "5. What should a code review ask?\nThree things:\n1. Is it tested?\n2. Is it clear?\n3. Is it needed?\n6. What is a linter?\nA tool that flags suspect code.\n7. What is a formatter?\nA tool that rewrites layout.\n";
        let titles = read_titles(text, FileKind::Text);
        assert_eq!(titles.len(), 3, "{titles:?}");
        let read = read(text, FileKind::Text);
        assert_eq!(read.deck.questions[0].number.0, 5);
    }

    #[test]
    fn repeated_numbers_in_numbered_lines_number_by_place() {
        let text = "1. What is a?\nx\n2. What is b?\ny\n2. What is c?\nz\n3. What is d?\nw\n";
        let read = read(text, FileKind::Text);
        let numbers: Vec<u32> = read.deck.questions.iter().map(|q| q.number.0).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert!(
            read.problems[0]
                .kind
                .to_string()
                .starts_with("numbers repeat"),
            "{:?}",
            read.problems
        );
    }

    #[test]
    fn plain_headings_at_the_question_level_name_topics() {
        let text = "## Basics\n\n## 1. What is a list?\n\nMutable.\n\n## 2. What is a tuple?\n\nImmutable.\n\n## Functions\n\n## 3. What is a lambda?\n\nAn anonymous function.\n\n## Summary\n\nThat is all.\n";
        let titles = read_titles(text, FileKind::Markdown);
        let topics: Vec<&str> = titles.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(topics, ["Basics", "Basics", "Functions"], "{titles:?}");
    }

    #[test]
    fn bold_questions_under_topic_headings() {
        let text = "# Notes\n\n## Strings\n\n__What is an f-string?__\n\nA literal with `{}` fields.\n\n__Example:__\n\n    f\"{x}\"\n\n## Files\n\n__How do you read a file?__\n\nWith `open` in a `with` block.\n";
        let titles = read_titles(text, FileKind::Markdown);
        assert_eq!(
            titles,
            [
                ("What is an f-string?".to_owned(), "Strings".to_owned()),
                ("How do you read a file?".to_owned(), "Files".to_owned()),
            ]
        );
    }

    #[test]
    fn increasing_numbers_are_kept() {
        let (numbers, problem) = numbering("## 3. A?\nx\n## 7. B?\ny\n");
        assert_eq!((numbers, problem), (vec![3, 7], None));
    }

    #[test]
    fn numbers_that_repeat_go_backwards_or_are_missing_become_positions() {
        for (text, line, why) in [
            ("## 2. A?\nx\n## 2. B?\ny\n", 3, "numbers repeat"),
            ("## 5. A?\nx\n## 4. B?\ny\n", 3, "numbers go backwards"),
            (
                "## 1. A?\nx\n## B?\ny\n",
                3,
                "some questions have no number",
            ),
            (
                "## 1. A?\nx\n## 2. B?\ny\n## 1. C?\nz\n",
                5,
                "numbers restart in each section",
            ),
        ] {
            let (numbers, problem) = numbering(text);
            let count = numbers.len();
            assert_eq!(
                numbers,
                (1..=u32::try_from(count).unwrap()).collect::<Vec<_>>()
            );
            assert_eq!(
                problem,
                Some((
                    line,
                    format!("{why}; questions are numbered 1–{count} in file order")
                )),
                "{text:?}"
            );
        }
    }

    #[test]
    fn files_that_number_nothing_are_numbered_quietly() {
        let (numbers, problem) = numbering("## A?\nx\n## B?\ny\n");
        assert_eq!((numbers, problem), (vec![1, 2], None));
    }

    /// A deck of `count` questions in topics of ten, each question written by `question`.
    fn generated(count: u32, question: impl Fn(u32) -> String) -> String {
        let mut text = String::new();
        for n in 1..=count {
            if n % 10 == 1 {
                let _ = write!(text, "# Topic {}\n\n", n / 10 + 1);
            }
            text.push_str(&question(n));
        }
        text
    }

    #[test]
    fn a_large_file_judged_on_its_start_reads_as_the_whole_file_would() {
        let answer = |n: u32| {
            format!(
                "The answer to {n} has `code_{n}` and\na second line.\n\n```python\nx = {n}\n```\n\n"
            )
        };
        let decks = [
            (
                FileKind::Text,
                generated(300, |n| format!("{n}. What is item {n}?\n{}", answer(n))),
            ),
            (
                FileKind::Markdown,
                generated(300, |n| {
                    format!("## {n}. What is item {n}?\n\n{}", answer(n))
                }),
            ),
            (
                FileKind::Markdown,
                generated(300, |n| format!("Q: What is item {n}?\nA: {}", answer(n))),
            ),
            (
                FileKind::Markdown,
                generated(300, |n| {
                    format!(
                        "<details><summary>What is item {n}?</summary>\n\n{}</details>\n\n",
                        answer(n)
                    )
                }),
            ),
        ];
        for (kind, text) in decks {
            let whole = super::read_judging(&text, kind, usize::MAX, 0).whole();
            let judged = super::read_judging(&text, kind, 1000, text.len() / 10).whole();
            assert_eq!(whole.deck.questions.len(), 300, "{}", whole.how);
            assert_eq!(judged.how, whole.how);
            assert_eq!(judged.problems, whole.problems, "{}", whole.how);
            assert_eq!(judged.deck, whole.deck, "{}", whole.how);
        }
    }

    #[test]
    fn a_large_file_whose_start_is_doubtful_is_judged_whole() {
        // Eight draft questions without answers, then answered ones: the start reads doubtfully.
        let mut text = String::from("# Drafts\n\n");
        for n in 1..=8 {
            let _ = write!(text, "### Q{n}: Draft question {n}?\n\n");
        }
        for n in 9..=200 {
            let _ = write!(text, "### Q{n}: What is answered {n}?\n\nThis one.\n\n");
        }
        let start = super::read_structure(&text[..300], FileKind::Markdown);
        assert!(start.doubtful().is_some(), "{:?}", start.problems);
        assert!(super::read_as_its_start(&text, FileKind::Markdown, 300).is_none());
    }

    #[test]
    fn a_large_file_without_questions_at_its_start_is_judged_whole() {
        let mut text = "A long preface, with no question in it.\n\n".repeat(30);
        text.push_str(&generated(200, |n| {
            format!("## Heading question {n}?\n\nIt is {n}.\n\n")
        }));
        let whole = super::read_structure(&text, FileKind::Markdown);
        let judged = super::read_judging(&text, FileKind::Markdown, 1000, 500).whole();
        assert_eq!(judged.deck.questions.len(), 200);
        assert_eq!(judged.how, whole.how);
        assert_eq!(judged.deck, whole.deck);
    }

    #[test]
    fn a_large_file_is_read_in_the_shape_of_its_start() {
        // The start's form reads the whole file; headings that ask, with answers of their own,
        // are questions too.
        let mut text = generated(20, |n| format!("{n}. What is item {n}?\nIt is {n}.\n\n"));
        text.push_str(&generated(200, |n| {
            format!("## Heading question {n}?\n\nIt is {n}.\n\n")
        }));
        let judged = super::read_judging(&text, FileKind::Text, 1000, 700).whole();
        let start = super::read_structure(&text[..700], FileKind::Text);
        assert_eq!(judged.how, start.how);
        assert_eq!(judged.deck.questions.len(), 220);
    }

    #[test]
    fn a_large_file_of_numbered_lines_is_read_one_question_at_a_time() {
        let text = generated(300, |n| {
            format!("{n}. What is item {n}?\nIt is {n}.\n\n- one\n- two\n\n")
        });
        let super::DeckReading::OneByOne(mut questions) =
            super::read_judging(&text, FileKind::Text, 1000, text.len() / 10)
        else {
            panic!("read whole");
        };
        let first = questions.next().expect("a first question");
        assert_eq!(first.title, "What is item 1?");
        let rest: Vec<_> = questions.by_ref().collect();
        let whole = super::read_structure(&text, FileKind::Text);
        assert_eq!(rest.len(), 299);
        assert_eq!(whole.deck.questions[0], first);
        assert_eq!(whole.deck.questions[1..], rest[..]);
        assert_eq!(questions.into_problems(), whole.problems);
    }
}
