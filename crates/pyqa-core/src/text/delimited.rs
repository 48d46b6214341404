//! Spreadsheet and flashcard exports: `.tsv` and `.csv` files with a front and a back column, and
//! Anki's plain-text export with its `#separator:`, `#html:` and `#tags column:` header lines.
//! Fields may be quoted (`"a ""quoted"" field, with a comma"`), and quoted fields may span lines.

use std::fmt;

use crate::text::markdown::Found;
use crate::text::{parse, title};

/// How the fields of a row are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    Tab,
    Comma,
    Semicolon,
    Pipe,
}

impl Separator {
    fn char(self) -> char {
        match self {
            Self::Tab => '\t',
            Self::Comma => ',',
            Self::Semicolon => ';',
            Self::Pipe => '|',
        }
    }
}

/// How a delimited file was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delimited {
    pub separator: Separator,
    /// Whether it had Anki's header lines.
    pub anki: bool,
}

impl fmt::Display for Delimited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = match self.separator {
            Separator::Tab => "tab-separated rows",
            Separator::Comma => "comma-separated rows",
            Separator::Semicolon => "semicolon-separated rows",
            Separator::Pipe => "pipe-separated rows",
        };
        if self.anki {
            write!(f, "Anki notes ({rows})")
        } else {
            f.write_str(rows)
        }
    }
}

/// Whether `text` starts with Anki's export header (`#separator:`, `#html:` …).
pub fn is_anki(text: &str) -> bool {
    text.lines().next().is_some_and(|l| header(l).is_some())
}

/// `#key:value`: one line of Anki's export header.
fn header(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.strip_prefix('#')?.split_once(':')?;
    let known = [
        "separator",
        "html",
        "tags column",
        "deck column",
        "notetype column",
        "guid column",
        "columns",
    ];
    known
        .contains(&key.trim())
        .then(|| (key.trim(), value.trim()))
}

/// The questions of a delimited file: the first column is the question, the second the answer
/// (or the columns a header row names), the tags column the topic.
pub fn read(text: &str, default: Separator) -> (Delimited, Vec<Found>) {
    let mut separator = default;
    let (mut html, mut anki, mut tags_column) = (false, false, None);
    let mut body_start = 0;
    let mut line_no = 0;
    for line in text.split_inclusive('\n') {
        let Some((key, value)) = header(line.trim_end()) else {
            break;
        };
        anki = true;
        match key {
            "separator" => separator = separator_named(value).unwrap_or(separator),
            "html" => html = value.eq_ignore_ascii_case("true"),
            "tags column" => {
                tags_column = value.parse::<usize>().ok().and_then(|c| c.checked_sub(1));
            }
            _ => {}
        }
        body_start += line.len();
        line_no += 1;
    }
    let rows = rows(&text[body_start..], separator.char());
    let (mut question, mut answer) = (0, 1);
    let mut found = Vec::new();
    for (i, (line, fields)) in rows.iter().enumerate() {
        if i == 0
            && let Some((q, a)) = header_row(fields)
        {
            (question, answer) = (q, a);
            continue;
        }
        let (Some(front), Some(back)) = (fields.get(question), fields.get(answer)) else {
            continue;
        };
        let (front, back) = if html {
            (from_html(front), from_html(back))
        } else {
            (front.clone(), back.replace('\n', "  \n"))
        };
        let (number, title) = title::question(&front.replace('\n', " "));
        if title.is_empty() {
            continue;
        }
        let topic = tags_column
            .and_then(|c| fields.get(c))
            .and_then(|tags| tags.split_whitespace().next())
            .map_or_else(
                || parse::DEFAULT_TOPIC.to_owned(),
                |tag| tag.rsplit("::").next().unwrap_or(tag).replace('_', " "),
            );
        found.push(Found {
            line: line_no + line,
            number,
            title,
            topic,
            answer: crate::text::markdown::answer::clean(&[back.as_str()]),
            pieces: Vec::new(),
        });
    }
    (Delimited { separator, anki }, found)
}

fn separator_named(name: &str) -> Option<Separator> {
    match name.to_ascii_lowercase().as_str() {
        "tab" | "\\t" => Some(Separator::Tab),
        "comma" | "," => Some(Separator::Comma),
        "semicolon" | ";" => Some(Separator::Semicolon),
        "pipe" | "|" => Some(Separator::Pipe),
        _ => None,
    }
}

/// A first row that names its columns (`Front`, `Back`; `Question`, `Answer`): their positions.
fn header_row(fields: &[String]) -> Option<(usize, usize)> {
    let find = |names: &[&str]| {
        fields
            .iter()
            .position(|f| names.contains(&f.trim().to_ascii_lowercase().as_str()))
    };
    let question = find(&["front", "question", "q", "term", "prompt"])?;
    let answer = find(&["back", "answer", "a", "definition", "response"])?;
    Some((question, answer))
}

/// The rows of `text`, each with its 1-based first line; quoted fields may hold separators,
/// doubled quotes and line breaks.
fn rows(text: &str, separator: char) -> Vec<(usize, Vec<String>)> {
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let (mut line, mut row_line) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => quoted = true,
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '\n' if quoted => {
                line += 1;
                field.push('\n');
            }
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                if fields.iter().any(|f| !f.trim().is_empty()) {
                    rows.push((row_line, std::mem::take(&mut fields)));
                }
                fields.clear();
                line += 1;
                row_line = line;
                at_field_start = true;
                continue;
            }
            c if c == separator && !quoted => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
                continue;
            }
            c => field.push(c),
        }
        at_field_start = false;
    }
    fields.push(field);
    if fields.iter().any(|f| !f.trim().is_empty()) {
        rows.push((row_line, fields));
    }
    rows
}

/// An HTML field as Markdown text: line breaks kept, other tags dropped, entities decoded.
fn from_html(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        if tag.starts_with("br") || tag == "/div" || tag == "/p" || tag == "/li" {
            out.push_str("  \n");
        } else if tag == "code" || tag == "/code" {
            out.push('`');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_separated_rows_are_front_and_back() {
        let (how, found) = read(
            "What is a set?\tAn unordered collection.\n\nWhy tuples?\tThey are immutable.\n",
            Separator::Tab,
        );
        assert_eq!(how.separator, Separator::Tab);
        let titles: Vec<&str> = found.iter().map(|f| f.title.as_str()).collect();
        assert_eq!(titles, ["What is a set?", "Why tuples?"]);
        assert_eq!(found[1].answer, "They are immutable.\n");
        assert_eq!(found[1].line, 3);
    }

    #[test]
    fn csv_quotes_hold_commas_quotes_and_lines() {
        let text = "Question,Answer\n\"What is \"\"GIL\"\"?\",\"A lock, global.\nOne at a time.\"\nNext?,Yes\n";
        let (_, found) = read(text, Separator::Comma);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].title, "What is \"GIL\"?");
        assert_eq!(found[0].answer, "A lock, global.  \nOne at a time.\n");
        assert_eq!(found[1].line, 4);
    }

    #[test]
    fn anki_headers_set_separator_html_and_tags() {
        let text = "#separator:tab\n#html:true\n#tags column:3\nWhat is <b>pip</b>?\tThe installer.<br>Use it.\tpython::tools\n";
        assert!(is_anki(text));
        let (how, found) = read(text, Separator::Comma);
        assert!(how.anki && how.separator == Separator::Tab);
        assert_eq!(found[0].title, "What is pip?");
        assert_eq!(found[0].answer, "The installer.  \nUse it.\n");
        assert_eq!(found[0].topic, "tools");
        assert_eq!(found[0].line, 4);
    }
}
