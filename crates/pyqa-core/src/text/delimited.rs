//! Spreadsheet and flashcard exports: `.tsv` and `.csv` files with a front and a back column, and
//! Anki's plain-text export with its `#separator:`, `#html:`, `#tags column:` and `#guid column:`
//! header lines.
//! Fields may be quoted (`"a ""quoted"" field, with a comma"`), and quoted fields may span lines.

use std::fmt;

use crate::text::found::Found;
use crate::text::{parse, records, title};

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
    let (mut html, mut anki, mut tags_column, mut guid_column) = (false, false, None, None);
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
            "tags column" => tags_column = column(value),
            "guid column" => guid_column = column(value),
            _ => {}
        }
        body_start += line.len();
        line_no += 1;
    }
    // A `.csv` written with semicolons, as spreadsheets in many languages save it.
    if !anki
        && separator == Separator::Comma
        && let Some(first) = text.lines().next()
        && first.matches(';').count() > first.matches(',').count()
    {
        separator = Separator::Semicolon;
    }
    let rows = rows(&text[body_start..], separator.char());
    // A first row that names the columns, in any words: what each column holds is decided by
    // the values below it.
    let header = !anki && is_header(&rows);
    let (columns, skip) = match Columns::multiple_choice(&rows[usize::from(header)..]) {
        Some(columns) => (columns, usize::from(header)),
        None => match header.then(|| Columns::by_values(&rows)).flatten() {
            Some(columns) => (columns, 1),
            None => (Columns::FRONT_BACK, 0),
        },
    };
    let numbers = guid_column.and_then(|c| guid_numbers(&rows[skip..], c));
    let mut found = Vec::new();
    for (row, (line, fields)) in rows.iter().enumerate().skip(skip) {
        let (Some(front), Some(back)) = (fields.get(columns.question), fields.get(columns.answer))
        else {
            continue;
        };
        let field = |text: &str| {
            if html {
                from_html(text)
            } else {
                text.replace('\n', "  \n")
            }
        };
        let front = if html {
            from_html(front)
        } else {
            front.clone()
        };
        let mut back = if columns.options.is_empty() {
            field(back)
        } else {
            let options: Vec<String> = columns
                .options
                .iter()
                .map(|&c| fields.get(c).map(|o| field(o)).unwrap_or_default())
                .collect();
            choices(&options, &field(back))
        };
        if let Some(more) = columns.explanation.and_then(|c| fields.get(c))
            && !more.trim().is_empty()
        {
            back = format!("{back}\n\n{}", field(more));
        }

        let (number, title) = title::question(&front.replace('\n', " "));
        let number = number.or_else(|| numbers.as_ref().map(|n| n[row - skip]));
        if title.is_empty() {
            continue;
        }
        let topic = match (columns.topic, tags_column.and_then(|c| fields.get(c))) {
            (Some(c), _) => fields.get(c).map(|t| t.trim().to_owned()),
            (None, Some(tags)) => tags
                .split_whitespace()
                .next()
                .map(|tag| tag.rsplit("::").next().unwrap_or(tag).replace('_', " ")),
            (None, None) => None,
        }
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| parse::DEFAULT_TOPIC.to_owned());
        found.push(Found {
            line: line_no + line,
            number,
            title,
            topic,
            answer: crate::text::markdown::answer::clean(&[back.as_str()]),
        });
    }
    (Delimited { separator, anki }, found)
}

/// A 1-based column number of a header line, 0-based.
fn column(value: &str) -> Option<usize> {
    value.parse::<usize>().ok()?.checked_sub(1)
}

/// The question numbers that notes' guids end in (`pyqa/notes/12`, `deck:12`), when every row's
/// does and no two are the same; Anki's own random guids give none.
fn guid_numbers(rows: &[(usize, Vec<String>)], column: usize) -> Option<Vec<u32>> {
    let numbers: Vec<u32> = rows
        .iter()
        .map(|(_, fields)| {
            let guid = fields.get(column)?.trim();
            let digits = guid.bytes().rev().take_while(u8::is_ascii_digit).count();
            let (head, tail) = guid.split_at(guid.len() - digits);
            if head.ends_with(['/', ':', '#']) {
                tail.parse().ok()
            } else {
                None
            }
        })
        .collect::<Option<_>>()?;
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    sorted.dedup();
    (sorted.len() == numbers.len()).then_some(numbers)
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

/// What each column of a delimited file holds.
#[derive(Debug, PartialEq, Eq)]
struct Columns {
    question: usize,
    /// The answer, or for a multiple-choice row which options are right (`b`, `2`, `b,d`, or
    /// an option's text).
    answer: usize,
    /// The options of a multiple-choice row, in order.
    options: Vec<usize>,
    topic: Option<usize>,
    explanation: Option<usize>,
}

impl Columns {
    /// A file with no header row: the question, then the answer.
    const FRONT_BACK: Self = Self {
        question: 0,
        answer: 1,
        options: Vec::new(),
        topic: None,
        explanation: None,
    };

    /// The columns a header row names, whatever its words (`Front`, `Pergunta`, `Categoria`):
    /// which column is what is decided by the values, as for records.
    fn by_values(rows: &[(usize, Vec<String>)]) -> Option<Self> {
        let ((_, header), data) = rows.split_first()?;
        let names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
        let records: Vec<crate::text::records::Record> = data
            .iter()
            .map(|(line, fields)| crate::text::records::Record {
                fields: names.iter().cloned().zip(fields.iter().cloned()).collect(),
                line: *line,
            })
            .collect();
        let roles = crate::text::records::roles(&records)?;
        let column = |key: &str| names.iter().position(|n| n == key);
        Some(Self {
            question: column(&roles.question)?,
            answer: column(&roles.answer)?,
            options: Vec::new(),
            topic: roles.topic.as_deref().and_then(column),
            explanation: None,
        })
    }

    /// Multiple-choice columns, known by their values, wherever they start: a question, then two
    /// to six options
    /// shorter than it that ask no more, then a short answer that names one of them (by letter, number or text) in half the rows
    /// or more; after it, a column of sentences, mostly distinct, explains the answer, and one of
    /// a word or two is the topic.
    fn multiple_choice(rows: &[(usize, Vec<String>)]) -> Option<Self> {
        let width = rows.iter().map(|(_, f)| f.len()).min()?;
        let column = |c: usize| rows.iter().map(move |(_, fields)| fields[c].trim());
        let chars = |c: usize| column(c).map(|v| v.chars().count()).sum::<usize>();
        let asking = |c: usize| column(c).filter(|v| crate::text::records::asks(v)).count();
        // The question may follow other columns (an id, a type): any column can open the run.
        let (question, answer) = (0..width)
            .flat_map(|q| (q + 3..width.min(q + 8)).map(move |a| (q, a)))
            .find(|&(q, answer)| {
                let options = q + 1..answer;
                let named = rows
                    .iter()
                    .filter(|(_, f)| !right_options(&f[options.clone()], &f[answer]).is_empty())
                    .count();
                let short = rows.iter().all(|(_, fields)| {
                    let value = fields[answer].trim();
                    value.chars().count() <= 5
                        || fields[options.clone()].iter().any(|o| o.trim() == value)
                });
                // Options are shorter than the question they answer, and ask no more than it.
                let options_shorter = options
                    .clone()
                    .all(|c| chars(c) < chars(q) && asking(c) <= asking(q));
                rows.len() >= 2 && short && options_shorter && named > 0 && named * 2 >= rows.len()
            })?;
        let distinct = |c: usize| column(c).collect::<std::collections::HashSet<_>>().len();
        let words = |c: usize| {
            column(c)
                .map(|v| v.split_whitespace().count())
                .sum::<usize>()
        };
        let rest = answer + 1..width;
        let explanation = rest
            .clone()
            .find(|&c| words(c) >= 3 * rows.len() && distinct(c) * 2 > rows.len());
        let topic = rest.clone().find(|&c| {
            Some(c) != explanation
                && words(c) < 3 * rows.len()
                && column(c).any(|v| v.parse::<f64>().is_err())
        });
        Some(Self {
            question,
            answer,
            options: (question + 1..answer).collect(),
            topic,
            explanation,
        })
    }
}

/// Whether the first of `rows` names the columns: short names that differ, ask nothing, and
/// never come back in their columns.
fn is_header(rows: &[(usize, Vec<String>)]) -> bool {
    let Some(((_, header), data)) = rows.split_first() else {
        return false;
    };
    let names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let distinct: std::collections::HashSet<&String> = names.iter().collect();
    data.len() >= 2
        && names.len() >= 2
        && distinct.len() == names.len()
        && names
            .iter()
            .all(|n| !n.is_empty() && n.chars().count() <= 40 && !crate::text::records::asks(n))
        && data.iter().all(|(_, fields)| {
            fields
                .iter()
                .zip(&names)
                .all(|(value, name)| value.trim().to_lowercase() != *name)
        })
}

/// Which of `options` an answer field names: letters (`b`, `B)`, `a, c`), 1-based numbers, or
/// an option's own text.
fn right_options(options: &[String], answer: &str) -> Vec<usize> {
    let answer = answer.trim();
    let lower = answer.to_lowercase();
    let bare = ["option", "choice", "answer"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    let marks: Vec<&str> = bare
        .split([',', ';', ' ', '/', '&'])
        .map(|m| m.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|m| !m.is_empty())
        .collect();
    let by_mark: Option<Vec<usize>> = marks
        .iter()
        .map(|m| records::pointer(m, options.len(), false))
        .collect();
    match by_mark {
        Some(right) if !right.is_empty() => right,
        _ => options
            .iter()
            .position(|o| o.trim().eq_ignore_ascii_case(answer) && !answer.is_empty())
            .into_iter()
            .collect(),
    }
}

/// A multiple-choice answer as a task list, the right options checked (`- [x]`) as in
/// Markdown quizzes; an answer that names no option follows the list.
fn choices(options: &[String], answer: &str) -> String {
    let right = right_options(options, answer);
    let mut out = String::new();
    for (i, option) in options.iter().enumerate() {
        let mut option = option.split_whitespace().collect::<Vec<_>>().join(" ");
        if option.is_empty() {
            continue;
        }
        // Text, not Markdown: an option with Markdown's marks in it (`[1] * 3`) is code.
        if option.contains(['*', '_', '[', ']', '<', '>', '\\', '|', '#']) && !option.contains('`')
        {
            option = format!("`{option}`");
        }
        out.extend([
            "- [",
            if right.contains(&i) { "x" } else { " " },
            "] ",
            &option,
            "\n",
        ]);
    }
    if right.is_empty() && !answer.trim().is_empty() {
        out.extend(["\n**Answer:** ", answer.trim(), "\n"]);
    }
    out
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
    fn multiple_choice_rows_show_their_options_with_the_right_one_checked() {
        let named = "question,a,b,c,d,answer,category\nWhich keyword defines a function?,func,def,lambda,fn,b,Basics\nWhich are mutable?,list,tuple,dict,str,\"a, c\",Types\n";
        let unnamed = "Which keyword defines a function?;func;def;lambda;fn;B;Basics\nWhat does len([]) give?;0;1;None;an error;A;Basics\n";
        for (text, separator) in [(named, Separator::Comma), (unnamed, Separator::Comma)] {
            let (_, found) = read(text, separator);
            assert_eq!(found[0].title, "Which keyword defines a function?");
            assert_eq!(found[0].topic, "Basics");
            assert_eq!(
                found[0].answer, "- [ ] func\n- [x] def\n- [ ] lambda\n- [ ] fn\n",
                "{text}"
            );
        }
        let (_, found) = read(named, Separator::Comma);
        assert!(found[1].answer.starts_with("- [x] list"));
        assert!(found[1].answer.contains("- [x] dict"));
        let (_, found) = read(
            "Question,Option 1,Option 2,Correct Answer,Explanation\nIs 0 falsy?,Yes,No,Yes,Every zero is.\nWhat is 2**3?,6,8,9,Three twos multiplied.\n",
            Separator::Comma,
        );
        assert!(
            found[0].answer.starts_with("- [x] Yes"),
            "{}",
            found[0].answer
        );
        assert!(found[0].answer.contains("Every zero is."));
        assert!(
            found[1].answer.contains("**Answer:** 9"),
            "{}",
            found[1].answer
        );
    }

    #[test]
    fn multiple_choice_columns_may_follow_an_id_and_a_type() {
        let text = "nummer;soort;vraag;keuze_a;keuze_b;keuze_c;goed\n\
                    1;mc;Welke functie geeft de lengte van een lijst?;len;size;count;a\n\
                    2;mc;Welk woord begint een functie?;func;def;fn;b\n\
                    3;mc;Welk type kan niet veranderen?;list;dict;tuple;c\n";
        let (_, found) = read(text, Separator::Semicolon);
        let answers: Vec<&str> = found.iter().map(|f| f.answer.as_str()).collect();
        assert_eq!(
            answers,
            [
                "- [x] len\n- [ ] size\n- [ ] count\n",
                "- [ ] func\n- [x] def\n- [ ] fn\n",
                "- [ ] list\n- [ ] dict\n- [x] tuple\n",
            ]
        );
        assert_eq!(found[1].title, "Welk woord begint een functie?");
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

    #[test]
    fn numbers_come_from_guids_that_end_in_distinct_numbers() {
        let head = "#separator:tab\n#guid column:3\n";
        let text = format!("{head}First?\tOne.\tpyqa/notes/53\nSecond?\tTwo.\tpyqa/notes/58\n");
        let numbers: Vec<_> = read(&text, Separator::Tab)
            .1
            .iter()
            .map(|f| f.number)
            .collect();
        assert_eq!(numbers, [Some(53), Some(58)]);
        for guids in [["Ab3x/9", "Ab3x/9"], ["f#Kq2", "p9z"], ["é7", "notes/é"]] {
            let text = format!(
                "{head}First?\tOne.\t{}\nSecond?\tTwo.\t{}\n",
                guids[0], guids[1]
            );
            let numbers: Vec<_> = read(&text, Separator::Tab)
                .1
                .iter()
                .map(|f| f.number)
                .collect();
            assert_eq!(numbers, [None, None], "{guids:?}");
        }
    }
}
