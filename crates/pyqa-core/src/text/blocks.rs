//! Exercise files: blocks between rule lines (`#----------#`, `-----`, `=====`), each with
//! labelled sections over several lines. The labels are learned from the file: words before a
//! colon that come back in two blocks or more (`Question:`, `Hints:`, `Solution:`, in any
//! words). The label that most often opens a block opens the question (or, without it, the
//! block's first paragraph does): its first line the title, the rest the start of the answer;
//! the other sections follow, labelled, code fenced. A block with no answer section (a preamble,
//! a template) is no question.

use std::collections::{HashMap, HashSet};

use crate::text::found::Found;
use crate::text::lines;
use crate::text::markdown::answer;
use crate::text::parse::DEFAULT_TOPIC;
use crate::text::title;

/// The exercises of `text` when it is written as blocks between rule lines: at least two blocks
/// hold a question with an answer section. `None` otherwise.
pub fn read(text: &str) -> Option<Exercises> {
    // Most files have no rules: tell before collecting their lines.
    text.lines().filter(|l| is_rule(l)).nth(1)?;
    let lines: Vec<&str> = text.lines().collect();
    let labels = Labels::learn(&lines)?;
    let mut found = Vec::new();
    let mut start = 0;
    for end in (0..=lines.len()).filter(|&i| i == lines.len() || is_rule(lines[i])) {
        read_block(&lines, start, end, &labels, &mut found);
        start = end + 1;
    }
    (found.len() >= 2).then_some(Exercises {
        found,
        labels: labels.known,
    })
}

/// A file's exercises, and the labels of their sections (in lower case).
#[derive(Debug)]
pub struct Exercises {
    pub found: Vec<Found>,
    pub labels: HashSet<String>,
}

impl Exercises {
    /// Whether a line marked `marker` (a learned form's, `hints:`) opens one of the sections.
    pub fn is_label(&self, marker: &str) -> bool {
        self.labels
            .contains(marker.trim_end_matches([':', ' ', '*', '_']))
    }
}

/// The labels of a file's sections, learned from it: words before a colon (`Question:`,
/// `Hints:`), or alone on their line once the file has used them with one, that come back in
/// two blocks at least. The label that most often opens a block opens its question; the others
/// open parts of its answer.
struct Labels {
    known: HashSet<String>,
    question: String,
}

impl Labels {
    fn learn(lines: &[&str]) -> Option<Self> {
        // Per label: the blocks it is in, and whether it was ever written with a colon.
        let mut seen: HashMap<String, (HashSet<usize>, bool)> = HashMap::new();
        let mut firsts: HashMap<String, usize> = HashMap::new();
        let mut block = 0;
        let mut block_opened = false;
        for line in lines {
            if is_rule(line) {
                block += 1;
                block_opened = false;
                continue;
            }
            if let Some(label) = label(line) {
                let key = label.word.to_lowercase();
                if !block_opened {
                    *firsts.entry(key.clone()).or_default() += 1;
                    block_opened = true;
                }
                let (blocks, colon) = seen.entry(key).or_default();
                blocks.insert(block);
                *colon |= label.colon;
            }
        }
        let keys: Vec<String> = seen.keys().cloned().collect();
        let mut known = HashSet::new();
        for key in &keys {
            // `Hint` and `Hints` are one label.
            let one_more = keys.iter().find(|k| one_letter_more(k, key));
            let (mut blocks, mut colon) = seen[key].clone();
            if let Some(other) = one_more {
                blocks.extend(&seen[other].0);
                colon |= seen[other].1;
            }
            if colon && blocks.len() >= 2 {
                known.insert(key.clone());
                known.extend(one_more.cloned());
            }
        }
        let question = firsts
            .into_iter()
            .filter(|(key, _)| known.contains(key))
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?
            .0;
        (known.len() >= 2).then_some(Self { known, question })
    }

    /// `line` as a label this file uses, or as text.
    fn classify<'a>(&self, line: &'a str) -> Line<'a> {
        let label = label(line).map(|label| (label.word.to_lowercase(), label));
        match label {
            Some((key, label)) if self.known.contains(&key) => {
                let question = self.question.as_str();
                let opens_question = key == question
                    || one_letter_more(&key, question)
                    || one_letter_more(question, &key);
                let kind = if opens_question {
                    Kind::Question
                } else {
                    Kind::Answer
                };
                Line::Label(kind, label.word, label.text)
            }
            _ => Line::Text(line),
        }
    }
}

/// Whether label `long` is label `short` and one letter more (`hints`, `hint`): one label.
fn one_letter_more(long: &str, short: &str) -> bool {
    long.starts_with(short) && long.chars().count() == short.chars().count() + 1
}

/// A line that opens with a label.
struct Label<'a> {
    word: &'a str,
    /// Whether a colon (or what a wrong decoding made of one) follows it.
    colon: bool,
    text: &'a str,
}

/// `line` as a label (`Question:`, `**Hints:**`, `Solution`, `Question£º` in a mis-decoded
/// file): one to three words of letters at the start of a line and what follows them on it.
fn label(line: &str) -> Option<Label<'_>> {
    // Code (`else:`, `while True:`) and lines set in are no labels.
    if line.starts_with([' ', '\t']) || lines::is_code(line) {
        return None;
    }
    let bare = line.trim().trim_start_matches('#').trim();
    let bare = bare.trim_start_matches(['*', '_']);
    let word_end = bare
        .find(|c: char| !(c.is_alphabetic() || c == ' '))
        .unwrap_or(bare.len());
    let word = bare[..word_end].trim_end();
    if word.is_empty() || word.split_whitespace().count() > 3 || word.chars().count() > 24 {
        return None;
    }
    let after = &bare[word.len()..];
    let text = after_label(after)?;
    let colon = !after.trim_matches(['*', '_', ' ']).is_empty();
    // A letter alone is a label only before a colon (`Q:`).
    if word.chars().count() == 1 && !after.trim_start().starts_with([':', '：']) {
        return None;
    }
    Some(Label { word, colon, text })
}

/// Whether `line` is a rule between blocks: three or more `-`, `=`, `*`, `_` or `~`, maybe
/// between `#`s or `+`s (`#----#`).
fn is_rule(line: &str) -> bool {
    let text = line.trim().trim_matches(['#', '+']);
    text.len() >= 3
        && ['-', '=', '*', '_', '~']
            .iter()
            .any(|&c| text.chars().all(|t| t == c))
}

/// What a line of a block is.
enum Line<'a> {
    /// `Question:` / `Hints: use range()`: the label's kind, its words, and the text after it.
    Label(Kind, &'a str, &'a str),
    Text(&'a str),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Question,
    Answer,
}

/// The text after a label word, when what follows the word makes it a label: nothing (or a
/// closing `**`), a colon (`:`, `：`), or a few bytes a wrong decoding made of a colon (`£º`).
fn after_label(after: &str) -> Option<&str> {
    let decoration = |c: char| c == '*' || c == '_';
    let rest = after.trim_start_matches(decoration);
    if rest.trim().is_empty() {
        return Some("");
    }
    for colon in [":", "\u{ff1a}"] {
        if let Some(text) = rest.trim_start().strip_prefix(colon) {
            return Some(text.trim_start_matches(decoration).trim());
        }
    }
    // The token is where the text starts (white space, a no-break space too, is no token).
    let rest = rest.trim_start();
    let token = rest.split_whitespace().next().unwrap_or_default();
    let mojibake = rest.starts_with(|c: char| !c.is_ascii() && !c.is_alphanumeric())
        && token.chars().count() <= 3
        && token.chars().all(|c| !c.is_ascii());
    mojibake.then(|| rest[token.len()..].trim())
}

/// One section of a block: its label (none for the lines before the first) and its lines.
struct Section<'a> {
    label: Option<(Kind, &'a str)>,
    /// 0-based line of the label, or of the first line.
    line: usize,
    lines: Vec<&'a str>,
}

/// Reads the block `lines[start..end]`, adding the exercises it holds to `found` (usually one;
/// two when a rule between them is missing).
fn read_block(lines: &[&str], start: usize, end: usize, labels: &Labels, found: &mut Vec<Found>) {
    let mut sections: Vec<Section<'_>> = vec![Section {
        label: None,
        line: start,
        lines: Vec::new(),
    }];
    for (index, &line) in lines.iter().enumerate().take(end).skip(start) {
        match labels.classify(line) {
            Line::Label(kind, word, text) => {
                let mut section = Section {
                    label: Some((kind, word)),
                    line: index,
                    lines: Vec::new(),
                };
                if !text.is_empty() {
                    section.lines.push(text);
                }
                sections.push(section);
            }
            Line::Text(text) => sections
                .last_mut()
                .expect("a block has a first section")
                .lines
                .push(text),
        }
    }
    // A question label after an answer section starts the next exercise.
    let mut exercise: Vec<Section<'_>> = Vec::new();
    for section in sections {
        let asks = matches!(section.label, Some((Kind::Question, _)));
        if asks
            && exercise
                .iter()
                .any(|s| matches!(s.label, Some((Kind::Answer, _))))
        {
            let mut header = Vec::new();
            if let Some(last) = exercise.last_mut() {
                while last
                    .lines
                    .last()
                    .is_some_and(|l| l.trim().is_empty() || is_header_line(l))
                {
                    header.push(last.lines.pop().unwrap_or_default());
                }
            }
            header.reverse();
            found.extend(exercise_of(&exercise));
            exercise = vec![Section {
                label: None,
                line: section.line.saturating_sub(header.len()),
                lines: header,
            }];
        }
        exercise.push(section);
    }
    found.extend(exercise_of(&exercise));
}

/// Whether a line before an exercise's question is a header (`Question 17`, `Level 1`, `7.2`)
/// rather than text.
fn is_header_line(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    !line.is_empty()
        && words <= 3
        && line.len() <= 30
        && !line.ends_with(['.', ':', '?', ')'])
        && (line.chars().any(|c| c.is_ascii_digit()) || title::is_bare_marker(line))
}

/// The exercise of `sections`, when it has a question and an answer.
fn exercise_of(sections: &[Section<'_>]) -> Option<Found> {
    let labelled = sections
        .iter()
        .position(|s| matches!(s.label, Some((Kind::Question, _))));
    let first_answer = sections
        .iter()
        .position(|s| matches!(s.label, Some((Kind::Answer, _))))?;
    // The header lines (`Question 3`, `Level 1`) before the question, and the question's lines.
    let head = &sections[0];
    let (header, question, line): (Vec<&str>, Vec<&str>, usize) = match labelled {
        Some(at) if at < first_answer => (
            head.lines.clone(),
            sections[at..first_answer]
                .iter()
                .flat_map(|s| s.lines.iter().copied())
                .collect(),
            sections[at].line,
        ),
        // No label: the first paragraph that is not a header is the question.
        _ => {
            let text: Vec<&str> = head.lines.clone();
            let begin = text
                .iter()
                .position(|l| !l.trim().is_empty() && !is_header_line(l))?;
            (
                text[..begin].to_vec(),
                text[begin..].to_vec(),
                head.line + 1 + begin,
            )
        }
    };
    let question = trim_blank(&question);
    let (first, mut rest) = question.split_first()?;
    let (mut title, more) = title::split_title(first);
    // A title cut over two lines (`…a multiple of 3` / `but not of 9.`) is joined.
    if more.is_empty()
        && let Some((next, after)) = rest.split_first()
        && title::continues(&title, next)
    {
        title = format!("{title} {}", next.trim());
        rest = after;
    }
    if title.is_empty() {
        return None;
    }
    let number = header
        .iter()
        .find(|l| title::is_bare_marker(l))
        .and_then(|l| {
            l.chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        });
    let mut answer = String::new();
    let more: Vec<&str> = std::iter::once(more.as_str())
        .filter(|m| !m.is_empty())
        .chain(rest.iter().copied())
        .collect();
    push_lines(&mut answer, &more);
    for section in &sections[first_answer..] {
        let Some((_, label)) = section.label else {
            continue;
        };
        let body = trim_blank(&section.lines);
        if body.is_empty() {
            continue;
        }
        push_blank(&mut answer);
        answer.extend(["**", label, ":**\n\n"]);
        if is_code(body) {
            let code: Vec<String> = body.iter().map(|l| l.replace('\t', "    ")).collect();
            answer.push_str(&answer::fenced("python", &code.join("\n")));
        } else {
            push_lines(&mut answer, body);
        }
    }
    if answer.trim().is_empty() {
        return None;
    }
    Some(Found {
        line: line + 1,
        number,
        title,
        topic: DEFAULT_TOPIC.to_owned(),
        answer,
    })
}

/// Lines as Markdown paragraphs: each line kept, a hard break between lines of one paragraph.
fn push_lines(out: &mut String, lines: &[&str]) {
    let lines = trim_blank(lines);
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim();
        out.push_str(line);
        let next_in_paragraph = lines.get(i + 1).is_some_and(|l| !l.trim().is_empty());
        if !line.is_empty() && next_in_paragraph {
            out.push_str("  ");
        }
        out.push('\n');
    }
}

fn push_blank(out: &mut String) {
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// `lines` without blank lines at either end.
fn trim_blank<'a, 'b>(lines: &'b [&'a str]) -> &'b [&'a str] {
    let start = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(start, |e| e + 1);
    &lines[start..end]
}

/// Whether a section is code: most of its lines read as Python, or are indented under one that
/// does.
fn is_code(lines: &[&str]) -> bool {
    let text: Vec<&&str> = lines.iter().filter(|l| !l.trim().is_empty()).collect();
    let code = text
        .iter()
        .filter(|l| lines::is_code(l) || l.starts_with([' ', '\t']) || l.trim_end().ends_with(':'))
        .count();
    code * 2 > text.len()
}

#[cfg(test)]
mod tests {
    use super::{after_label, read};

    #[test]
    fn a_label_followed_by_a_no_break_space_reads_without_panicking() {
        // Found by fuzzing: white space that is not ASCII before a garbled colon.
        assert_eq!(after_label("\u{a0}\u{a0}\u{201a} x"), Some("x"));
        assert_eq!(after_label(" \u{a0}\u{201a}"), Some(""));
    }

    const EXERCISES: &str = "Practice problems\n\nLevels: easy, hard.\n\n#-----#\nQuestion\nHints\nSolution\n#-----#\n\n#-----#\nQuestion 1\nLevel 1\n\nQuestion:\nWrite a program that prints the squares of 1 to 5.\nPrint them on one line.\n\nHints:\nUse range().\n\nSolution:\nfor i in range(1, 6):\n\tprint(i * i)\n#-----#\n\n#-----#\n4.1\n\nDefine a class named Point with an x and a y.\n\nHint: use __init__.\n\nSolution\nclass Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n\nQuestion 3\n\nQuestion\u{a3}\u{ba}\nWrite a function that reverses a string.\n\nSolutions:\ndef reverse(s):\n    return s[::-1]\n#-----#\n";

    #[test]
    fn exercises_between_rules_with_labelled_sections() {
        let found = read(EXERCISES).expect("read as exercises").found;
        let read: Vec<(Option<u32>, &str)> =
            found.iter().map(|f| (f.number, f.title.as_str())).collect();
        assert_eq!(
            read,
            [
                (
                    Some(1),
                    "Write a program that prints the squares of 1 to 5."
                ),
                (None, "Define a class named Point with an x and a y."),
                (Some(3), "Write a function that reverses a string."),
            ]
        );
        assert_eq!(
            found[0].answer,
            "Print them on one line.\n\n**Hints:**\n\nUse range().\n\n**Solution:**\n\n```python\nfor i in range(1, 6):\n    print(i * i)\n```\n"
        );
        assert!(
            found[1].answer.starts_with("**Hint:**\n\nuse __init__."),
            "{}",
            found[1].answer
        );
        assert!(
            !found[1].answer.contains("Question 3"),
            "{}",
            found[1].answer
        );
    }

    #[test]
    fn rules_alone_do_not_make_exercises() {
        assert!(read("# Notes\n\n---\n\nSome text.\n\n---\n\nMore text.\n").is_none());
        assert!(read("Q1\n-----\nWhat is a list?\n=====\n").is_none());
    }
}
