//! Question titles and topic names as clean text: the markers people number and label them with
//! (`Q.`, `Q12:`, `12-`, `12.`, `#`), bold and `<br>` are removed; inline code keeps its backticks.

use crate::text::inert;

/// The number and the clean title of a question's text: `Q12: What is a closure?` gives
/// `(Some(12), "What is a closure?")`; `Q. What…` gives `(None, "What…")`.
pub fn question(text: &str) -> (Option<u32>, String) {
    let text = clean(text);
    let (number, rest) = marker(&text);
    (number, clean(rest))
}

/// A topic's name from its heading: `# 3. Functions` and `**3. Functions**` give `Functions`.
pub fn topic(text: &str) -> String {
    let text = clean(text);
    let (_, rest) = number_marker(&text).unwrap_or((None, &text));
    clean(rest)
}

/// Whether `line`, right after a question's first line `title`, ends a title that was cut
/// short (`…static methods in` / `Python?`): the title has no closing punctuation, and the line
/// is short, closes with `?` or `.`, and starts in lower case or has three words at most.
pub fn continues(title: &str, line: &str) -> bool {
    let line = line.trim();
    let title = clean(title);
    !title.ends_with(['?', '.', ':', '!'])
        && line.ends_with(['?', '.'])
        && line.len() <= 80
        && !line.contains(':')
        && (line.starts_with(char::is_lowercase) || line.split_whitespace().count() <= 3)
}

/// Whether a heading's text is only a question's marker (`Question 12`, `Q3.`): it numbers
/// the question that follows and names no topic.
pub fn is_bare_marker(text: &str) -> bool {
    // Most headings start with another letter: no cleaning needed to tell.
    let start = text.trim_start_matches(['#', '*', '_', ' ', '\t']);
    if !QUESTION_LABELS.iter().any(|label| {
        start
            .get(..1)
            .is_some_and(|c| c.eq_ignore_ascii_case(&label[..1]))
    }) {
        return false;
    }
    let text = clean(text).to_ascii_lowercase();
    QUESTION_LABELS.iter().any(|label| {
        text.strip_prefix(label).is_some_and(|rest| {
            rest.trim()
                .trim_end_matches(['.', ':', ')'])
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '#')
        })
    })
}

/// The number and title a file's name gives (its extension already off): `Question 12 - Why
/// use a set` gives `(Some(12), "Why use a set")`; a slug (`what-is-a-list`, `flask_routes`)
/// gets its spaces back and a capital first letter. A name is text like any other: its control
/// characters come out visible ([`inert::one_line`]).
pub fn from_file_name(stem: &str) -> (Option<u32>, String) {
    let text = inert::one_line(stem).replace('_', " ");
    let mut rest = text.trim();
    for label in QUESTION_LABELS {
        if let Some(head) = rest.get(..label.len())
            && head.eq_ignore_ascii_case(label)
            && rest[label.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            rest = rest[label.len()..].trim_start();
            break;
        }
    }
    let digits = leading_digits(rest);
    let number = digits.parse().ok();
    let after = rest[digits.len()..].trim_start_matches([' ', '.', '-', '–', ')', ':']);
    // A name that is only a number (`12.md`) keeps it as its title.
    // A name that is a number and a word like `question` is titled by both: `Question 1`.
    let bare = ["question", "exercise", "problem", "q"]
        .iter()
        .any(|word| after.trim().eq_ignore_ascii_case(word));
    if bare && !digits.is_empty() {
        return (number, format!("Question {digits}"));
    }
    let title = if after.is_empty() { rest } else { after };
    let title = if title.contains(' ') {
        clean(title)
    } else {
        clean(&title.replace('-', " "))
    };
    (
        if digits.is_empty() { None } else { number },
        capitalised(&title),
    )
}

/// A key for `title` in any case: equal for titles that differ only in case.
pub fn key(title: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    title
        .chars()
        .flat_map(char::to_lowercase)
        .for_each(|c| c.hash(&mut hasher));
    hasher.finish()
}

/// `text` with a capital first letter.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A question written as one long text, split into a title and the rest: the first sentence when
/// the first line is longer than any title should be (250 bytes), else the first line.
pub fn split_title(text: &str) -> (String, String) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = first.trim();
    if first.len() > 250
        && let Some(end) = first.find(". ")
        && end >= 10
    {
        let more = format!("{}\n{rest}", &first[end + 2..]);
        return (first[..=end].to_owned(), more.trim().to_owned());
    }
    (clean(first), rest.trim().to_owned())
}

/// The words that label a question (`Question 12:`, `Problem 3.`, `Q1`), longest first.
const QUESTION_LABELS: [&str; 6] = ["question", "ques", "problem", "exercise", "task", "q"];

/// `Q.`, `Q:`, `Q12:`, `Question 12.`, then `12.`, `12-`, `12)`, `12:` at the start of `text`:
/// the number, if any, and what follows the marker.
fn marker(text: &str) -> (Option<u32>, &str) {
    for label in QUESTION_LABELS {
        let Some(head) = text.get(..label.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(label) {
            continue;
        }
        let rest = &text[label.len()..];
        let after_space = rest.trim_start();
        let digits = leading_digits(after_space);
        let after_digits = &after_space[digits.len()..];
        let punctuated = after_digits.starts_with(['.', ':', ')', '-', '–']);
        if !digits.is_empty() || punctuated {
            let title = after_digits
                .trim_start_matches(['.', ':', ')', '-', '–'])
                .trim_start();
            if !title.is_empty() {
                return (digits.parse().ok(), title);
            }
        }
    }
    number_marker(text).unwrap_or((None, text))
}

/// `12.`, `12-`, `12)` or `12:` followed by text that does not start with a digit (`3.14` is no
/// marker).
fn number_marker(text: &str) -> Option<(Option<u32>, &str)> {
    let digits = leading_digits(text);
    if digits.is_empty() {
        return None;
    }
    let rest = text[digits.len()..].strip_prefix(['.', '-', ')', ':', '–'])?;
    let title = rest.trim_start();
    (!title.is_empty() && !title.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| (digits.parse().ok(), title))
}

fn leading_digits(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    &text[..end]
}

/// Trims, drops leading and closing `#`s, `**`/`__` wrappers and `<br>`, and collapses white
/// space.
fn clean(text: &str) -> String {
    let unbroken;
    let text = if text.contains('<') {
        unbroken = text
            .replace("<br>", " ")
            .replace("<br/>", " ")
            .replace("<br />", " ");
        unbroken.as_str()
    } else {
        text
    };
    let mut text = text.trim().trim_start_matches('#').trim();
    // A closing run of `#` after a space, as in `## Title ##` (not the `#` of `C#`).
    let unhashed = text.trim_end_matches('#');
    if unhashed.len() < text.len() && unhashed.ends_with(char::is_whitespace) {
        text = unhashed.trim_end();
    }
    loop {
        let inner = ["**", "__"].iter().find_map(|mark| {
            text.strip_prefix(mark)
                .and_then(|t| t.strip_suffix(mark))
                .map(str::trim)
        });
        match inner {
            Some(inner) => text = inner,
            None => break,
        }
    }
    let single_spaced = !text
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
        && !text.contains(['\n', '\t', '\r']);
    if single_spaced {
        text.to_owned()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_markers_and_numbers_are_taken_off() {
        for (text, number, title) in [
            ("Q. What is a closure?", None, "What is a closure?"),
            ("Q12: What is a closure?", Some(12), "What is a closure?"),
            ("12- What is a closure?", Some(12), "What is a closure?"),
            ("12. What is a closure?", Some(12), "What is a closure?"),
            ("Question 3: Why?", Some(3), "Why?"),
            (
                "Problem 4: Sum the differences",
                Some(4),
                "Sum the differences",
            ),
            ("Exercise 2. Reverse a list", Some(2), "Reverse a list"),
            ("What is a closure?", None, "What is a closure?"),
            ("**What is a closure?**", None, "What is a closure?"),
            ("12. What is a closure?<br>", Some(12), "What is a closure?"),
            ("Queue vs stack?", None, "Queue vs stack?"),
            ("3.14 is pi?", None, "3.14 is pi?"),
            ("Explain `*args` ##", None, "Explain `*args`"),
            ("What is C#", None, "What is C#"),
        ] {
            assert_eq!(question(text), (number, title.to_owned()), "{text:?}");
        }
    }

    #[test]
    fn topics_lose_numbering_and_markup() {
        assert_eq!(topic("# 3. Functions"), "Functions");
        assert_eq!(topic("**3. Functions**"), "Functions");
        assert_eq!(
            topic("1. Python Basics & Core Concepts"),
            "Python Basics & Core Concepts"
        );
        assert_eq!(topic("Data Structures"), "Data Structures");
    }

    #[test]
    fn bare_markers_are_told_from_titles() {
        assert!(is_bare_marker("Question 12"));
        assert!(is_bare_marker("**Q3.**"));
        assert!(!is_bare_marker("Questions about files"));
    }

    #[test]
    fn file_names_give_titles() {
        for (stem, number, title) in [
            ("Question 12 - Why use a set", Some(12), "Why use a set"),
            ("Q3. What is a tuple?", Some(3), "What is a tuple?"),
            ("07_what_is_a_closure", Some(7), "What is a closure"),
            ("what-is-a-list", None, "What is a list"),
            ("Queue vs stack", None, "Queue vs stack"),
            ("2-way binding - notes", Some(2), "Way binding - notes"),
            ("12", Some(12), "12"),
            ("1-question", Some(1), "Question 1"),
        ] {
            assert_eq!(from_file_name(stem), (number, title.to_owned()), "{stem:?}");
        }
    }
}
