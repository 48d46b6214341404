//! A folder as a deck: one question per file (its heading, or its file name, as the title; the
//! rest as the answer), or, for a file that reads as several questions, all of them. Subfolders
//! name topics. The walk over the folder is the caller's; this reads what it found.

use std::borrow::Cow;
use std::fmt;

use crate::text::markdown::answer;
use crate::text::model::{Answer, Block, Deck, Question, QuestionNumber};
use crate::text::parse::{DEFAULT_TOPIC, ParseError};
use crate::text::read::{self, FileKind, HowRead};
use crate::text::{encoding, front_matter, inert, lines, title};

/// One file of a folder, as its walker found it.
#[derive(Debug, Clone)]
pub struct FolderFile {
    /// The path below the folder, `/`-separated (`basics/12 - Lists.md`).
    pub path: String,
    /// Its bytes, or why the walker did not read them.
    pub content: Result<Vec<u8>, Skip>,
}

impl FolderFile {
    /// A file whose bytes were read.
    pub fn read(path: String, bytes: Vec<u8>) -> Self {
        Self {
            path,
            content: Ok(bytes),
        }
    }
}

/// Why a file of a folder gave no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Empty,
    /// Bytes that are not UTF-8 text, or NUL bytes.
    NotText,
    /// A title and nothing under it.
    NoAnswer,
    /// Not a kind of file decks are written in.
    NotADeckFile,
    /// Past the most a folder deck may hold.
    TooLarge,
    /// The file could not be read.
    Unreadable,
    /// A folder's `README`, `LICENSE` or the like, which says what the folder is.
    AboutTheFolder,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "skipped: the file is empty",
            Self::NotText => "skipped: not a text file",
            Self::NoAnswer => "skipped: a title with no answer under it",
            Self::NotADeckFile => "skipped: not a deck file by its extension",
            Self::TooLarge => "skipped: the folder holds more than a deck may",
            Self::Unreadable => "skipped: it cannot be read",
            Self::AboutTheFolder => "skipped: it is about the folder, not a question",
        })
    }
}

/// Where a one-question file's title came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleFrom {
    /// Its first line, a heading.
    Heading,
    /// Its own question marker (`Q:`, `Question:`).
    Content,
    /// Its file name.
    FileName,
    /// The `title:` of its front matter.
    FrontMatter,
}

/// How one file of a folder was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    /// The file is one question.
    Question(TitleFrom),
    /// The file reads as several questions, in this way.
    Questions {
        how: HowRead,
        count: usize,
    },
    Skipped(Skip),
}

/// One file of a folder as read, with the problems found in it.
#[derive(Debug, Clone)]
pub struct FileRead {
    pub path: String,
    pub outcome: FileOutcome,
    pub problems: Vec<ParseError>,
}

/// A folder read as a deck.
#[derive(Debug, Clone, Default)]
pub struct FolderRead {
    pub deck: Deck,
    /// Every file, in the order read.
    pub files: Vec<FileRead>,
}

/// What one file gave: how it was read, its problems, and its questions with the number its
/// name gives.
struct FileReading {
    outcome: FileOutcome,
    problems: Vec<ParseError>,
    questions: Vec<(Option<u32>, Question)>,
}

impl FileReading {
    fn skipped(skip: Skip) -> Self {
        Self {
            outcome: FileOutcome::Skipped(skip),
            problems: Vec::new(),
            questions: Vec::new(),
        }
    }

    /// The file as one question, numbered by its name.
    fn question(from: TitleFrom, number: Option<u32>, question: Question) -> Self {
        Self {
            outcome: FileOutcome::Question(from),
            problems: Vec::new(),
            questions: vec![(number, question)],
        }
    }
}

/// Reads the files of a folder, each subfolder's files by the number their names give, then in
/// natural order (`2` before `10`).
pub fn read(mut files: Vec<FolderFile>) -> FolderRead {
    files.sort_by_cached_key(|file| {
        let (folder, name) = file.path.rsplit_once('/').unwrap_or(("", &file.path));
        let number = title::from_file_name(stem(name)).0.unwrap_or(u32::MAX);
        (natural_key(folder), number, natural_key(name))
    });
    let mut folder = FolderRead::default();
    let mut numbers: Vec<Option<u32>> = Vec::new();
    for file in files {
        let FileReading {
            outcome,
            problems,
            questions,
        } = read_file(&file);
        for (number, question) in questions {
            numbers.push(number);
            folder.deck.questions.push(Question {
                file: Some(file.path.clone()),
                ..question
            });
        }
        folder.files.push(FileRead {
            path: file.path,
            outcome,
            problems,
        });
    }
    number(&mut folder.deck.questions, &numbers);
    folder
}

/// The file names' own numbers when every question has a distinct one, in increasing order;
/// otherwise 1…N in order.
fn number(questions: &mut [Question], numbers: &[Option<u32>]) {
    let own = numbers.iter().all(Option::is_some) && numbers.windows(2).all(|w| w[0] < w[1]);
    for (place, question) in questions.iter_mut().enumerate() {
        let by_place = u32::try_from(place + 1).unwrap_or(u32::MAX);
        let number = if own { numbers[place] } else { None };
        question.number = QuestionNumber(number.unwrap_or(by_place));
    }
}

/// A file's outcome, its problems, and its questions with the number its name gives.
fn read_file(file: &FolderFile) -> FileReading {
    let skipped = FileReading::skipped;
    let (folder, name) = file.path.rsplit_once('/').unwrap_or(("", &file.path));
    let kind = FileKind::of(std::path::Path::new(name));
    if !read::is_deck_file(std::path::Path::new(name)) && !is_python(name) {
        return skipped(Skip::NotADeckFile);
    }
    let bytes = match &file.content {
        Ok(bytes) => bytes,
        Err(skip) => return skipped(*skip),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return skipped(Skip::Empty);
    }
    let decoded = encoding::decode(bytes);
    if encoding::is_binary(&decoded.text) {
        return skipped(Skip::NotText);
    }
    let inert = inert::make_inert(&decoded.text);
    let front = if kind == FileKind::Markdown {
        front_matter::split(&inert)
    } else {
        front_matter::Split {
            title: None,
            text: Cow::Borrowed(&inert),
        }
    };
    let text = front.text;
    let folder_topic = topic_of_folder(folder);
    let (name_number, name_title) = title::from_file_name(stem(name));
    if is_python(name) {
        return python_file(&text, name_number, name_title, folder_topic);
    }
    let whole = read::read(&text, kind);
    let structured = matches!(kind, FileKind::Csv | FileKind::Tsv);
    if whole.deck.questions.len() >= 2 || (structured && !whole.deck.questions.is_empty()) {
        let count = whole.deck.questions.len();
        let topic = if folder_topic.is_empty() {
            name_title
        } else {
            folder_topic
        };
        let questions = whole
            .deck
            .questions
            .into_iter()
            .map(|mut q| {
                if q.topic == DEFAULT_TOPIC {
                    q.topic.clone_from(&topic);
                }
                (None, q)
            })
            .collect();
        return FileReading {
            outcome: FileOutcome::Questions {
                how: whole.how,
                count,
            },
            problems: whole.problems,
            questions,
        };
    }
    if is_about_the_folder(stem(name)) {
        return skipped(Skip::AboutTheFolder);
    }
    let topic = if folder_topic.is_empty() {
        DEFAULT_TOPIC.to_owned()
    } else {
        folder_topic
    };
    let (from, title, body, line) = if let Some(title) = front.title {
        (TitleFrom::FrontMatter, title, &text[..], 1)
    } else if let Some((line, heading, rest)) = first_heading(&text) {
        (TitleFrom::Heading, title::question(heading).1, rest, line)
    } else if let Some(q) = whole.deck.questions.into_iter().next()
        && first_line(&text) == Some(q.line)
    {
        let question = Question { topic, ..q };
        return FileReading::question(TitleFrom::Content, name_number, question);
    } else {
        (TitleFrom::FileName, name_title, &text[..], 1)
    };
    let answer = answer::clean(&[body]);
    if answer.trim().is_empty() || title.is_empty() {
        return skipped(Skip::NoAnswer);
    }
    let question = Question {
        number: QuestionNumber(0),
        title,
        topic,
        answer: Answer {
            blocks: vec![Block::Markdown(answer)],
        },
        line,
        file: None,
    };
    FileReading::question(from, name_number, question)
}

/// Whether a file is a Python script, which a folder reads as one question with a solution.
fn is_python(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, extension)| extension.eq_ignore_ascii_case("py"))
}

/// Whether a file that is no deck on its own is read as a question in a folder: a Python script.
pub fn is_read_in_folders(path: &std::path::Path) -> bool {
    path.file_name()
        .is_some_and(|name| is_python(&name.to_string_lossy()))
}

/// A Python script as one question: its module docstring's text (a `Question:` label dropped)
/// as the question, or else the file name; the code as the answer.
fn python_file(text: &str, number: Option<u32>, name_title: String, topic: String) -> FileReading {
    let (docstring, code) = docstring(text);
    let asked = docstring.map(|d| {
        let d = d.trim();
        let d = ["Question:", "Question", "Q:"]
            .iter()
            .find_map(|label| d.strip_prefix(label))
            .unwrap_or(d);
        title::split_title(d.trim())
    });
    let (from, title, more) = match asked {
        Some((title, more)) if !title.is_empty() => (TitleFrom::Content, title, more),
        _ => (TitleFrom::FileName, name_title, String::new()),
    };
    let code = code.trim_matches('\n');
    if code.trim().is_empty() {
        return FileReading::skipped(Skip::NoAnswer);
    }
    let mut answer = String::new();
    if !more.is_empty() {
        answer.push_str(&more);
        answer.push_str("\n\n");
    }
    answer.push_str(&answer::fenced("python", code));
    let question = Question {
        number: QuestionNumber(0),
        title,
        topic: if topic.is_empty() {
            DEFAULT_TOPIC.to_owned()
        } else {
            topic
        },
        answer: Answer {
            blocks: vec![Block::Markdown(answer)],
        },
        line: 1,
        file: None,
    };
    FileReading::question(from, number, question)
}

/// A script's module docstring (`"""…"""` or `'''…'''` before any code), and the code after it.
fn docstring(text: &str) -> (Option<&str>, &str) {
    let start = text.trim_start();
    for quote in ["\"\"\"", "'''"] {
        if let Some(body) = start.strip_prefix(quote)
            && let Some(end) = body.find(quote)
        {
            return (Some(&body[..end]), &body[end + quote.len()..]);
        }
    }
    (None, text)
}

/// The 1-based line of the first line of `text` that is not blank.
fn first_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| !l.trim().is_empty())
        .map(|i| i + 1)
}

/// The first line of `text` when it is an ATX heading (`# Title`): its 1-based line, its text,
/// and the text after it.
fn first_heading(text: &str) -> Option<(usize, &str, &str)> {
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if line.trim().is_empty() {
            offset += line.len();
            continue;
        }
        let heading = lines::section_header(line)?;
        return Some((index + 1, heading, &text[offset + line.len()..]));
    }
    None
}

/// Whether a file named `stem` says what its folder is (`README`, `LICENSE`, `CHANGELOG`):
/// such a file is a question only when it holds several.
fn is_about_the_folder(stem: &str) -> bool {
    [
        "readme",
        "license",
        "licence",
        "changelog",
        "contributing",
        "index",
        "summary",
    ]
    .iter()
    .any(|name| stem.eq_ignore_ascii_case(name))
}

/// A file name without its extension.
fn stem(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

/// The topic a subfolder names (`basics/data types` gives `basics / data types`); empty for the
/// folder itself.
fn topic_of_folder(folder: &str) -> String {
    folder
        .split('/')
        .filter(|part| !part.is_empty())
        .map(|part| title::from_file_name(part).1)
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A sort key that orders runs of digits by their value: `Q2` before `Q10`.
fn natural_key(path: &str) -> Vec<(u64, String)> {
    let mut key = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let (value, after) = if digits > 0 {
            (rest[..digits].parse().unwrap_or(u64::MAX), &rest[digits..])
        } else {
            (u64::MAX, rest)
        };
        let words = after.len()
            - after
                .trim_start_matches(|c: char| !c.is_ascii_digit())
                .len();
        key.push((value, after[..words].to_lowercase()));
        rest = &after[words..];
    }
    key
}

#[cfg(test)]
mod tests {
    use super::{FileOutcome, FolderFile, Skip, TitleFrom, read};
    use crate::text::model::Block;

    fn file(path: &str, text: &str) -> FolderFile {
        FolderFile::read(path.to_owned(), text.as_bytes().to_vec())
    }

    #[test]
    fn each_file_is_a_question_titled_by_its_heading_or_its_name() {
        let folder = read(vec![
            file("10 - Why use a set.md", "Sets drop duplicates.\r\n"),
            file(
                "2 - tuples.md",
                "# What is a tuple?\r\n\r\nAn immutable sequence.\r\n",
            ),
            file("Question 1 - what-is-a-list.txt", "A mutable sequence.\n"),
            file("empty.md", " \n"),
            file("picture.md", "\u{0}\u{1}binary"),
        ]);
        let read: Vec<(u32, &str, &str)> = folder
            .deck
            .questions
            .iter()
            .map(|q| (q.number.0, q.title.as_str(), q.topic.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                (1, "What is a list", "General"),
                (2, "What is a tuple?", "General"),
                (10, "Why use a set", "General"),
            ]
        );
        assert!(
            folder.deck.questions[1]
                .answer
                .plain_text()
                .starts_with("An immutable sequence.")
        );
        let outcomes: Vec<&FileOutcome> = folder.files.iter().map(|f| &f.outcome).collect();
        assert_eq!(
            outcomes,
            [
                &FileOutcome::Question(TitleFrom::FileName),
                &FileOutcome::Question(TitleFrom::Heading),
                &FileOutcome::Question(TitleFrom::FileName),
                &FileOutcome::Skipped(Skip::Empty),
                &FileOutcome::Skipped(Skip::NotText),
            ]
        );
    }

    #[test]
    fn a_file_of_many_questions_and_subfolders_name_topics() {
        let folder = read(vec![
            file(
                "lists.md",
                "## What is a list?\n\nA sequence.\n\n## How do I sort one?\n\nsorted().\n",
            ),
            file("web/flask_routes.md", "Routes map addresses to views.\n"),
            file("web/only-a-title.md", "# What is WSGI?\n"),
            file("README.md", "# My notes\n\nOne answer per file.\n"),
        ]);
        let read: Vec<(&str, &str)> = folder
            .deck
            .questions
            .iter()
            .map(|q| (q.title.as_str(), q.topic.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                ("What is a list?", "Lists"),
                ("How do I sort one?", "Lists"),
                ("Flask routes", "Web"),
            ]
        );
        let skipped: Vec<(&str, &FileOutcome)> = folder
            .files
            .iter()
            .filter(|f| matches!(f.outcome, FileOutcome::Skipped(_)))
            .map(|f| (f.path.as_str(), &f.outcome))
            .collect();
        assert_eq!(
            skipped,
            [
                ("README.md", &FileOutcome::Skipped(Skip::AboutTheFolder)),
                ("web/only-a-title.md", &FileOutcome::Skipped(Skip::NoAnswer)),
            ]
        );
        let read = folder
            .files
            .iter()
            .filter(|f| !matches!(f.outcome, FileOutcome::Skipped(_)))
            .count();
        assert_eq!(read, 2);
    }

    #[test]
    fn a_script_is_a_question_with_its_code_as_the_answer() {
        let folder = read(vec![
            file("1-question.py", "print(sum(range(10)))\n"),
            file(
                "2-question.py",
                "\"\"\"\nQuestion: Write a function that doubles a number. Print what it gives for 4, for 40 and for the numbers one to ten, each on its own line, with the number it was given before it and an equals sign between the two, and finish with the sum of all the doubled numbers.\n\"\"\"\n\ndef double(n):\n    return 2 * n\n",
            ),
        ]);
        let read: Vec<(u32, &str)> = folder
            .deck
            .questions
            .iter()
            .map(|q| (q.number.0, q.title.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                (1, "Question 1"),
                (2, "Write a function that doubles a number.")
            ]
        );
        let Block::Markdown(answer) = &folder.deck.questions[1].answer.blocks[0] else {
            panic!("an answer in Markdown");
        };
        assert_eq!(
            answer,
            "Print what it gives for 4, for 40 and for the numbers one to ten, each on its own line, with the number it was given before it and an equals sign between the two, and finish with the sum of all the doubled numbers.\n\n```python\ndef double(n):\n    return 2 * n\n```\n"
        );
    }

    #[test]
    fn a_file_with_its_own_question_label_keeps_it() {
        let folder = read(vec![file(
            "closures.txt",
            "Question: What is a closure?\nAnswer: A function that keeps its scope.\n",
        )]);
        assert_eq!(folder.deck.questions[0].title, "What is a closure?");
        assert_eq!(
            folder.files[0].outcome,
            FileOutcome::Question(TitleFrom::Content)
        );
    }
}
