//! Records a text file lays out: sections under a few labels in turn, lines that open with
//! labels, and table rows under a header row, whose fields' roles come from their values
//! ([`crate::text::records::roles`]); and answers under one label, each after its question,
//! whose roles come from where each field is.

use std::collections::HashMap;

use super::line::Kind;
use super::{File, fence_indented_code, strip_tags};
use crate::text::records::Record;

/// How a file lays out records in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Laid {
    /// Sections under headings that are a few labels in turn (`Front`, `Back`).
    Headings,
    /// Lines that open with labels (`Q: …`, `A: …`).
    Lines,
    /// Answers that open with one label, each after its question (`**Respuesta:** …`): the
    /// question is field `1`, the answer field `2`, the question's number (if it has one) `#`.
    Answers,
    /// Rows of tables with a header row.
    Table,
}

/// Sections whose headings are a few labels that come back in turn (`Front`, `Back`, or any
/// words): each run of them is a record, each section's text a field, the heading above the
/// run around it. `None` when no heading level is made of such labels.
pub(super) fn labelled_sections(file: &File<'_>) -> Option<Vec<Record>> {
    let label = |i: usize| {
        file.opening(i).map(|o| {
            strip_tags(&file.lines[i].1[o.title.clone()])
                .trim()
                .trim_end_matches([':', '：'])
                .to_lowercase()
        })
    };
    // The level whose headings are two to six labels, each twice or more, four in all at least.
    let level = (1..=6u8)
        .filter_map(|level| {
            let mut counts: HashMap<String, usize> = HashMap::new();
            for i in (0..file.lines.len()).filter(|&i| file.level[i] == level) {
                *counts.entry(label(i)?).or_default() += 1;
            }
            let total: usize = counts.values().sum();
            ((2..=6).contains(&counts.len()) && counts.values().all(|&n| n >= 2) && total >= 4)
                .then_some((level, total))
        })
        .max_by_key(|&(level, total)| (total, std::cmp::Reverse(level)))?
        .0;
    let mut records = Vec::new();
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut first_line = 0;
    let mut around = String::new();
    let mut i = 0;
    while i < file.lines.len() {
        let here = file.level[i];
        if here < level {
            push_record(&mut records, &mut fields, &around, first_line);
            around = file.topic_at(i);
        } else if here == level {
            let name = label(i).unwrap_or_default();
            if fields.iter().any(|(k, _)| *k == name) {
                push_record(&mut records, &mut fields, &around, first_line);
            }
            if fields.is_empty() {
                first_line = i + 1;
            }
            let end = (i + 1..file.lines.len())
                .find(|&j| file.level[j] <= level)
                .unwrap_or(file.lines.len());
            let body: Vec<&str> = file.lines[i + 1..end].iter().map(|(_, l, _)| *l).collect();
            fields.push((name, fence_indented_code(&body)));
            i = end;
            continue;
        }
        i += 1;
    }
    push_record(&mut records, &mut fields, &around, first_line);
    (records.len() >= 2).then_some(records)
}

/// Lines that open with a label, numbered or not (`Q: …`, `**Answer:** …`, `Front: …`), as records:
/// each label a field, its text running to the next label. Labels that come back (two at least,
/// each twice or more) open fields, and a label already in a record starts the next one. A file
/// whose labels never come back (`Q:`/`A:`, then `Question:`/`Answer:`) is read in pairs, the
/// fields named by their place. A heading ends a record and names the topic of the next.
pub(super) fn labelled_lines(file: &File<'_>) -> Option<(Laid, Vec<Record>)> {
    // Each line's label, found once.
    let labels: Vec<Option<&str>> = (0..file.lines.len())
        .map(|i| {
            file.opening(i)
                .filter(|o| o.form.is_worded())
                .filter(|o| !matches!(o.form.kind, Kind::Heading(_)))
                .map(|o| o.form.marker.as_str())
        })
        .collect();
    let label = |i: usize| labels[i];
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for key in labels.iter().flatten() {
        *counts.entry(key).or_default() += 1;
    }
    let repeating: Vec<&str> = counts
        .iter()
        .filter(|&(_, &n)| n >= 2)
        .map(|(&key, _)| key)
        .collect();
    // A label that comes back may open answers alone, each question the paragraph before it
    // (a numbered one marks questions: `Q01`).
    let answers = repeating
        .iter()
        .filter(|key| !key.contains("{n}"))
        .filter_map(|&key| labelled_answers(file, |i| label(i) == Some(key)))
        .max_by_key(Vec::len);
    let in_pairs = match repeating.as_slice() {
        [] => counts.len().is_multiple_of(2) && !counts.is_empty(),
        [_] => return answers.map(|a| (Laid::Answers, a)),
        _ => false,
    };
    let opens = |i: usize| label(i).filter(|key| in_pairs || counts[key] >= 2);
    let mut records = Vec::new();
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let mut first_line = 0;
    let mut around = String::new();
    let end_field = |fields: &mut Vec<(String, String)>, body: &mut Vec<&str>| {
        if let Some((_, text)) = fields.last_mut() {
            *text = field_text(body);
        }
        body.clear();
    };
    for i in 0..file.lines.len() {
        let line = file.lines[i].1;
        if file.level[i] < 7 {
            end_field(&mut fields, &mut body);
            push_record(&mut records, &mut fields, &around, first_line);
            around = file.topic_at(i);
        } else if let Some(key) = opens(i) {
            end_field(&mut fields, &mut body);
            let name = if in_pairs {
                (fields.len() % 2 + 1).to_string()
            } else {
                key.to_owned()
            };
            if fields.iter().any(|(k, _)| *k == name) || (in_pairs && name == "1") {
                push_record(&mut records, &mut fields, &around, first_line);
            }
            if fields.is_empty() {
                first_line = i + 1;
            }
            let title = file.opening(i).map_or(0..0, |o| o.title.clone());
            fields.push((name, String::new()));
            body.push(&line[title]);
        } else if !fields.is_empty() {
            body.push(line);
        }
    }
    end_field(&mut fields, &mut body);
    push_record(&mut records, &mut fields, &around, first_line);
    // Records of two fields or more are what a layout explains.
    let whole = |records: &[Record]| {
        records
            .iter()
            .filter(|r| r.fields.iter().filter(|(k, _)| !k.starts_with('^')).count() >= 2)
            .count()
    };
    match answers {
        Some(answers) if whole(&answers) > whole(&records) => Some((Laid::Answers, answers)),
        _ => (!records.is_empty()).then_some((Laid::Lines, records)),
    }
}

/// A field's lines as text, blank lines at its end left out, indented code fenced.
fn field_text(mut lines: &[&str]) -> String {
    while let [rest @ .., last] = lines
        && last.trim().is_empty()
    {
        lines = rest;
    }
    fence_indented_code(lines)
}

/// Answers that open with the one label that comes back (`**Respuesta:**`, `答：`), each after
/// its question: the paragraph right before the label. What lies between an answer's label and
/// the next question is that answer.
fn labelled_answers(file: &File<'_>, is_label: impl Fn(usize) -> bool) -> Option<Vec<Record>> {
    let labels: Vec<usize> = (0..file.lines.len()).filter(|&i| is_label(i)).collect();
    let is_text = |j: usize| file.content[j] > 0 && file.level[j] == 7 && !is_label(j);
    // The question before each label: where it starts and ends, and the label's line.
    let mut questions: Vec<(usize, usize, usize)> = Vec::new();
    let mut floor = 0;
    for &at in &labels {
        let mut end = at;
        while end > floor && file.content[end - 1] == 0 && file.level[end - 1] == 7 {
            end -= 1;
        }
        let mut start = end;
        while start > floor && is_text(start - 1) {
            start -= 1;
        }
        if start == end {
            return None;
        }
        questions.push((start, end, at));
        floor = at + 1;
    }
    let mut records = Vec::new();
    let mut around = String::new();
    let mut heading_at = 0;
    for (k, &(start, end_of_question, at)) in questions.iter().enumerate() {
        // The topic: the last heading before the question.
        if let Some(heading) = (heading_at..start).rev().find(|&j| file.level[j] < 7) {
            around = file.topic_at(heading);
        }
        heading_at = start;
        let next = questions
            .get(k + 1)
            .map_or(file.lines.len(), |&(next, ..)| next);
        let end = (at + 1..next).find(|&j| file.level[j] < 7).unwrap_or(next);
        let mut question: Vec<&str> = file.lines[start..end_of_question]
            .iter()
            .map(|l| l.1.trim())
            .collect();
        // Its number marker (`12.`) numbers it and is no part of it.
        let numbered = file.opening(start).filter(|o| o.number.is_some());
        if let Some(o) = numbered {
            question[0] = file.lines[start].1[o.title.clone()].trim();
        }
        let title = file.opening(at).map_or(0..0, |o| o.title.clone());
        let mut body = vec![&file.lines[at].1[title]];
        body.extend(file.lines[at + 1..end].iter().map(|l| l.1));
        let mut fields = vec![
            ("1".to_owned(), question.join("\n")),
            ("2".to_owned(), field_text(&body)),
        ];
        if let Some(number) = numbered.and_then(|o| o.number) {
            fields.push(("#".to_owned(), number.to_string()));
        }
        if !around.is_empty() {
            fields.push(("^".to_owned(), around.clone()));
        }
        records.push(Record {
            fields,
            line: start + 1,
        });
    }
    (records.len() >= 2).then_some(records)
}

/// The rows of a file's Markdown tables as records, each cell a field named by its column's
/// header (`| Question | Answer |`, in any words), the heading above a table naming the topic.
pub(super) fn table_rows(file: &File<'_>) -> Option<Vec<Record>> {
    let mut records = Vec::new();
    let mut around = String::new();
    let mut header: Option<Vec<String>> = None;
    let mut delimiter_at = usize::MAX;
    for i in 0..file.lines.len() {
        let line = file.lines[i].1.trim();
        if i == delimiter_at {
            continue;
        }
        if file.level[i] < 7 {
            around = file.topic_at(i);
            header = None;
            continue;
        }
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let cells = table_cells(line);
        if let Some(names) = &header {
            let mut fields: Vec<(String, String)> = names
                .iter()
                .cloned()
                .zip(cells.into_iter().map(|c| with_breaks(&c)))
                .filter(|(_, value)| !value.is_empty())
                .collect();
            if !around.is_empty() {
                fields.push(("^".to_owned(), around.clone()));
            }
            records.push(Record {
                fields,
                line: i + 1,
            });
        } else {
            let delimiter = file.lines.get(i + 1).map(|l| table_cells(l.1.trim()));
            let is_delimiter = |cells: &Vec<String>| {
                !cells.is_empty()
                    && cells.iter().all(|c| {
                        let c = c.trim_matches(':');
                        !c.is_empty() && c.chars().all(|ch| ch == '-')
                    })
            };
            if delimiter.as_ref().is_some_and(is_delimiter) {
                delimiter_at = i + 1;
                let mut names: Vec<String> = Vec::new();
                for (n, cell) in cells.iter().enumerate() {
                    let name = crate::text::inert::one_line(cell).to_lowercase();
                    let taken = name.is_empty() || names.contains(&name) || name == "^";
                    names.push(if taken { (n + 1).to_string() } else { name });
                }
                header = Some(names);
            }
        }
    }
    (!records.is_empty()).then_some(records)
}

/// A cell's `<br>` tags as the line breaks they stand for.
fn with_breaks(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let end = tag.find('>').map_or(0, |e| e + 1);
        let name = tag[..end].trim_matches(['<', '>', '/', ' ']);
        if name.eq_ignore_ascii_case("br") {
            out.push_str("  \n");
            rest = tag[end..].trim_start();
        } else {
            out.push('<');
            rest = &tag[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The cells of a table row, trimmed: `|` inside code or escaped divides nothing.
fn table_cells(row: &str) -> Vec<String> {
    let inner = row.trim().strip_prefix('|').unwrap_or(row);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut code, mut escaped) = (false, false);
    for c in inner.chars() {
        match c {
            '|' if !code && !escaped => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            '|' if escaped => {
                cell.pop();
                cell.push('|');
            }
            _ => {
                if c == '`' {
                    code = !code;
                }
                cell.push(c);
            }
        }
        escaped = c == '\\';
    }
    if !cell.trim().is_empty() {
        cells.push(cell.trim().to_owned());
    }
    cells
}

/// Ends the record of `fields`, if it has any.
fn push_record(
    records: &mut Vec<Record>,
    fields: &mut Vec<(String, String)>,
    around: &str,
    line: usize,
) {
    if fields.is_empty() {
        return;
    }
    let mut all = std::mem::take(fields);
    if !around.is_empty() {
        all.push(("^".to_owned(), around.to_owned()));
    }
    records.push(Record { fields: all, line });
}
