//! Finding comparisons in answers: blocks that set two or more named things side by side become
//! a table with one column per thing.
//!
//! Two shapes are recognised:
//! - two or more labelled groups in a row (`Unit Tests:` / `Integration Tests:`, `1️⃣ map():` …):
//!   rows are aligned by their label where the lines have one (`Purpose: …`, a nested `Example:`)
//!   and by position otherwise;
//! - a bullet list whose items name 2 to 4 things (`gunicorn – A WSGI server…`,
//!   `eval() evaluates…`): one row, the other items stay below as a list.

use crate::text::model::{Block, Cell, Comparison, Row};

/// The most things a named-item list may compare; longer lists are catalogues, not contrasts.
const MAX_NAMED_ITEMS: usize = 4;

/// Rewrites `blocks` with the comparisons they contain turned into tables.
pub fn tabulate(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut rest = blocks.into_iter().peekable();
    while let Some(block) = rest.next() {
        if is_subject_group(&block) {
            let mut run = vec![block];
            while let Some(next) = rest.next_if(is_subject_group) {
                run.push(next);
            }
            if run.len() >= 2 {
                out.push(Block::Comparison(from_groups(&run)));
            } else {
                out.extend(run);
            }
            continue;
        }
        if let Block::List {
            ordered: false,
            items,
        } = &block
            && let Some((table, others)) = from_named_items(items)
        {
            out.push(Block::Comparison(table));
            if !others.is_empty() {
                out.push(Block::List {
                    ordered: false,
                    items: others,
                });
            }
            continue;
        }
        out.push(block);
    }
    out
}

/// A group that can be a column: named (not a question such as `Why is it important?`), with
/// prose, lists, code or labelled sub-groups under it.
fn is_subject_group(block: &Block) -> bool {
    let Block::Group { label, blocks } = block else {
        return false;
    };
    let simple = |b: &Block| matches!(b, Block::Paragraph(_) | Block::List { .. } | Block::Code(_));
    !label.ends_with('?')
        && !blocks.is_empty()
        && blocks.iter().all(|b| match b {
            Block::Group { blocks: inner, .. } => inner.iter().all(simple),
            other => simple(other),
        })
}

/// One line of a group: aligned by position, or by its label.
enum Entry {
    Plain(Cell),
    Labelled(String, Cell),
}

fn from_groups(groups: &[Block]) -> Comparison {
    let mut subjects = Vec::with_capacity(groups.len());
    let mut columns: Vec<Vec<Entry>> = Vec::with_capacity(groups.len());
    for group in groups {
        if let Block::Group { label, blocks } = group {
            subjects.push(label.clone());
            columns.push(entries(blocks));
        }
    }
    let positional = columns
        .iter()
        .map(|c| c.iter().filter(|e| matches!(e, Entry::Plain(_))).count())
        .max()
        .unwrap_or(0);
    let mut labels: Vec<&str> = Vec::new();
    for entry in columns.iter().flatten() {
        if let Entry::Labelled(label, _) = entry
            && !labels.iter().any(|l| l.eq_ignore_ascii_case(label))
        {
            labels.push(label);
        }
    }
    let mut rows: Vec<Row> = (0..positional)
        .map(|i| Row {
            label: None,
            cells: columns.iter().map(|c| nth_plain(c, i)).collect(),
        })
        .collect();
    rows.extend(labels.iter().map(|&label| Row {
        label: Some(label.to_owned()),
        cells: columns.iter().map(|c| labelled(c, label)).collect(),
    }));
    Comparison { subjects, rows }
}

fn nth_plain(column: &[Entry], n: usize) -> Cell {
    column
        .iter()
        .filter_map(|e| match e {
            Entry::Plain(cell) => Some(cell.clone()),
            Entry::Labelled(..) => None,
        })
        .nth(n)
        .unwrap_or_else(|| Cell::Text(String::new()))
}

fn labelled(column: &[Entry], label: &str) -> Cell {
    column
        .iter()
        .find_map(|e| match e {
            Entry::Labelled(l, cell) if l.eq_ignore_ascii_case(label) => Some(cell.clone()),
            _ => None,
        })
        .unwrap_or_else(|| Cell::Text(String::new()))
}

/// The lines of a group, each a cell; `Label: text` lines and sub-groups are labelled.
fn entries(blocks: &[Block]) -> Vec<Entry> {
    let mut entries = Vec::new();
    let line = |text: &str| match field(text) {
        Some((label, value)) => Entry::Labelled(label.to_owned(), Cell::Text(value.to_owned())),
        None => Entry::Plain(Cell::Text(text.to_owned())),
    };
    for block in blocks {
        match block {
            Block::Paragraph(lines) => entries.extend(lines.iter().map(|l| line(l))),
            Block::List { items, .. } => entries.extend(items.iter().map(|i| line(i))),
            Block::Code(code) => entries.push(Entry::Plain(Cell::Code(code.clone()))),
            Block::Group { label, blocks } => {
                entries.push(Entry::Labelled(label.clone(), merged(blocks)));
            }
            Block::Comparison(_) | Block::Markdown(_) => {}
        }
    }
    entries
}

/// The blocks of a sub-group as one cell: code if that is all it holds, otherwise its text.
fn merged(blocks: &[Block]) -> Cell {
    if let [Block::Code(code)] = blocks {
        return Cell::Code(code.clone());
    }
    let mut parts: Vec<&str> = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(lines) => parts.extend(lines.iter().map(String::as_str)),
            Block::List { items, .. } => parts.extend(items.iter().map(String::as_str)),
            Block::Code(code) => parts.push(code),
            Block::Group { .. } | Block::Comparison(_) | Block::Markdown(_) => {}
        }
    }
    Cell::Text(parts.join(" "))
}

/// `Purpose: Applies a function…`: a short label (up to three words) and its text.
fn field(line: &str) -> Option<(&str, &str)> {
    let (label, value) = line.split_once(": ")?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    let plain = label
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '_' || c == '-');
    (words > 0 && words <= 3 && plain && !value.trim().is_empty()).then_some((label, value.trim()))
}

/// A list whose items name the things compared; the table and the items that name nothing.
fn from_named_items(items: &[String]) -> Option<(Comparison, Vec<String>)> {
    let mut subjects = Vec::new();
    let mut cells = Vec::new();
    let mut others = Vec::new();
    for item in items {
        match named(item) {
            Some((name, text))
                if !subjects
                    .iter()
                    .any(|s: &String| s.eq_ignore_ascii_case(name)) =>
            {
                subjects.push(name.to_owned());
                cells.push(Cell::Text(text.to_owned()));
            }
            _ => others.push(item.clone()),
        }
    }
    if !(2..=MAX_NAMED_ITEMS).contains(&subjects.len()) {
        return None;
    }
    Some((
        Comparison {
            subjects,
            rows: vec![Row { label: None, cells }],
        },
        others,
    ))
}

/// `gunicorn – A WSGI server…` or `eval() evaluates…`: the thing named and what is said of it.
fn named(item: &str) -> Option<(&str, &str)> {
    for dash in [" – ", " — ", " - "] {
        if let Some((name, text)) = item.split_once(dash) {
            let words = name.split_whitespace().count();
            return (words > 0 && words <= 4 && !text.trim().is_empty())
                .then(|| (name.trim(), text.trim()));
        }
    }
    let (first, text) = item.split_once(' ')?;
    let call = first.strip_suffix("()")?;
    let identifier = !call.is_empty()
        && call
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    identifier.then(|| (first, text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn named_items_become_one_row_and_the_rest_stays_a_list() {
        let blocks = vec![Block::List {
            ordered: false,
            items: vec![
                "gunicorn – WSGI server.".into(),
                "uvicorn – ASGI server.".into(),
                "Combine them.".into(),
            ],
        }];
        assert_eq!(
            tabulate(blocks),
            [
                Block::Comparison(Comparison {
                    subjects: vec!["gunicorn".into(), "uvicorn".into()],
                    rows: vec![Row {
                        label: None,
                        cells: vec![text("WSGI server."), text("ASGI server.")]
                    }],
                }),
                Block::List {
                    ordered: false,
                    items: vec!["Combine them.".into()]
                },
            ]
        );
    }

    #[test]
    fn calls_name_things_too() {
        assert_eq!(
            named("eval() evaluates an expression."),
            Some(("eval()", "evaluates an expression."))
        );
        assert_eq!(named("Avoid eval() and exec()."), None);
    }

    #[test]
    fn long_catalogues_and_single_names_are_not_comparisons() {
        let catalogue: Vec<String> = (1..=6)
            .map(|i| format!("Tool{i} – does thing {i}."))
            .collect();
        assert!(from_named_items(&catalogue).is_none());
        assert!(from_named_items(&["Only – one.".to_owned(), "plain item".to_owned()]).is_none());
    }

    #[test]
    fn groups_align_by_label_then_position() {
        let group = |label: &str, lines: &[&str], example: &str| Block::Group {
            label: label.into(),
            blocks: vec![
                Block::Paragraph(lines.iter().map(|l| (*l).to_owned()).collect()),
                Block::Group {
                    label: "Example".into(),
                    blocks: vec![Block::Code(example.into())],
                },
            ],
        };
        let table = tabulate(vec![
            group(
                "map()",
                &["Purpose: transform.", "Returns: a map."],
                "map(f, xs)",
            ),
            group(
                "filter()",
                &["Returns: a filter.", "Purpose: select.", "Lazy."],
                "filter(p, xs)",
            ),
        ]);
        let [Block::Comparison(table)] = table.as_slice() else {
            panic!("{table:?}")
        };
        assert_eq!(table.subjects, ["map()", "filter()"]);
        let labels: Vec<Option<&str>> = table.rows.iter().map(|r| r.label.as_deref()).collect();
        assert_eq!(
            labels,
            [None, Some("Purpose"), Some("Returns"), Some("Example")]
        );
        assert_eq!(table.rows[0].cells, [text(""), text("Lazy.")]);
        assert_eq!(table.rows[1].cells, [text("transform."), text("select.")]);
        assert_eq!(
            table.rows[3].cells,
            [
                Cell::Code("map(f, xs)".into()),
                Cell::Code("filter(p, xs)".into())
            ]
        );
    }

    #[test]
    fn a_lone_group_or_a_question_label_stays_a_group() {
        let lone = vec![Block::Group {
            label: "Key Points".into(),
            blocks: vec![Block::Paragraph(vec!["x".into()])],
        }];
        assert_eq!(tabulate(lone.clone()), lone);
        let asked = vec![
            Block::Group {
                label: "Why?".into(),
                blocks: vec![Block::Paragraph(vec!["x".into()])],
            },
            Block::Group {
                label: "How?".into(),
                blocks: vec![Block::Paragraph(vec!["y".into()])],
            },
        ];
        assert_eq!(tabulate(asked.clone()), asked);
    }
}
