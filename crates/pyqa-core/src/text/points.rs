//! An answer's key points, for checking a typed answer: its list items, table rows and the
//! sentences of its prose (each line of a text deck's), from the answer's own structure. Code is
//! left out (it is shown, not said), and so are labels, headings, lead-ins ending in a colon and
//! questions, which name points rather than make them.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::text::markdown::options;
use crate::text::markdown::plain::inline_text;
use crate::text::model::{Answer, Block, Cell};

/// At most this many points are taken from one answer, in its order.
pub const MAX_POINTS: usize = 12;

impl Answer {
    /// The answer's key points as plain text, in order, at most [`MAX_POINTS`].
    pub fn key_points(&self) -> Vec<String> {
        let mut points = Vec::new();
        push_points(&self.blocks, &mut points);
        // A sentence ending in a colon leads in to the points after it; one ending in a question
        // mark asks rather than says.
        points.retain(|p| p.chars().any(char::is_alphanumeric) && !p.ends_with([':', '?']));
        points.truncate(MAX_POINTS);
        points
    }
}

fn push_points(blocks: &[Block], points: &mut Vec<String>) {
    for block in blocks {
        match block {
            // Each line of a text deck is a statement of its own.
            Block::Paragraph(lines) => {
                points.extend(lines.iter().flat_map(|l| sentences(&inline_text(l))));
            }
            Block::List { items, .. } => points.extend(items.iter().map(|i| inline_text(i))),
            Block::Code(_) => {}
            Block::Group { blocks, .. } => push_points(blocks, points),
            Block::Comparison(table) => {
                for row in &table.rows {
                    let cells: Vec<String> = table
                        .subjects
                        .iter()
                        .zip(&row.cells)
                        .filter(|(_, cell)| matches!(cell, Cell::Text(t) if !t.trim().is_empty()))
                        .map(|(subject, cell)| {
                            format!("{subject}: {}", cell.text().trim().trim_end_matches('.'))
                        })
                        .collect();
                    if cells.is_empty() {
                        continue;
                    }
                    let cells = cells.join("; ");
                    points.push(match &row.label {
                        Some(label) => format!("{label}: {cells}"),
                        None => cells,
                    });
                }
            }
            Block::Markdown(text) => markdown_points(text, points),
        }
    }
}

/// What is being collected while a Markdown answer is walked.
#[derive(Default)]
struct Walk {
    /// The text of the innermost paragraph, item or table cell being read.
    text: String,
    /// Inside a code block, a heading or an image: text that is no point.
    skipping: usize,
    /// The cells of the table row being read.
    cells: Vec<String>,
    in_table: bool,
}

/// The points of a Markdown answer: each paragraph's sentences, each list item's own text (its
/// nested items are points of their own), each table body row.
fn markdown_points(markdown: &str, points: &mut Vec<String>) {
    let mut walk = Walk::default();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Heading { .. } | Tag::Image { .. }) => {
                walk.skipping += 1;
            }
            Event::End(TagEnd::CodeBlock | TagEnd::Heading(_) | TagEnd::Image) => {
                walk.skipping = walk.skipping.saturating_sub(1);
                walk.text.clear();
            }
            Event::Start(Tag::Item | Tag::List(_)) | Event::End(TagEnd::Item | TagEnd::List(_)) => {
                flush(&mut walk.text, points);
            }
            Event::End(TagEnd::Paragraph) if !walk.in_table => flush(&mut walk.text, points),
            Event::Start(Tag::Table(_)) => walk.in_table = true,
            Event::End(TagEnd::Table) => walk.in_table = false,
            Event::End(TagEnd::TableCell) => {
                walk.cells.push(walk.text.trim().to_owned());
                walk.text.clear();
            }
            Event::End(TagEnd::TableHead) => walk.cells.clear(),
            Event::End(TagEnd::TableRow) => {
                let cells: Vec<String> = walk.cells.drain(..).filter(|c| !c.is_empty()).collect();
                if !cells.is_empty() {
                    points.push(cells.join("; "));
                }
            }
            Event::Text(text) | Event::Code(text) if walk.skipping == 0 => {
                walk.text.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak if walk.skipping == 0 => walk.text.push(' '),
            _ => {}
        }
    }
    flush(&mut walk.text, points);
}

/// Takes the sentences of `text` as points, and empties it.
fn flush(text: &mut String, points: &mut Vec<String>) {
    points.extend(sentences(text));
    text.clear();
}

/// The sentences of a text: split after `.`, `?` or `!` followed by a space and a capital,
/// a digit or a code quote, so that `e.g. this` and `x.y` stay whole.
fn sentences(text: &str) -> Vec<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in chars.windows(3) {
        let [(_, end), (_, space), (next_at, next)] = [w[0], w[1], w[2]];
        if matches!(end, '.' | '?' | '!')
            && space == ' '
            && (next.is_uppercase() || next.is_ascii_digit() || next == '`')
        {
            out.push(text[start..next_at - 1].trim().to_owned());
            start = next_at;
        }
    }
    out.push(text[start..].trim().to_owned());
    out.retain(|s| !s.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(blocks: Vec<Block>) -> Answer {
        Answer { blocks }
    }

    #[test]
    fn items_rows_and_sentences_are_points_and_code_is_not() {
        let text = "A decorator wraps a function. It runs code before and after each call, \
            e.g. timing.\n\n- `functools.wraps` keeps the name\n- the `@` line applies it\n  \
            - nested items are points too\n\n```python\n@timer\ndef f(): ...\n```\n\n\
            | kind | when |\n|---|---|\n| function | simple cases |\n| class | with state |\n";
        let points = answer(vec![Block::Markdown(text.to_owned())]).key_points();
        assert_eq!(
            points,
            [
                "A decorator wraps a function.",
                "It runs code before and after each call, e.g. timing.",
                "functools.wraps keeps the name",
                "the @ line applies it",
                "nested items are points too",
                "function; simple cases",
                "class; with state",
            ]
        );
    }

    #[test]
    fn text_answers_give_their_items_and_sentences() {
        let blocks = vec![
            Block::Paragraph(vec![
                "Two things to know:".into(),
                "The GIL lets one thread run Python at a time. Threads still help with I/O.".into(),
            ]),
            Block::Code("import threading".into()),
            Block::Group {
                label: "Workarounds:".into(),
                blocks: vec![Block::List {
                    ordered: false,
                    items: vec!["multiprocessing".into(), "C extensions".into()],
                }],
            },
        ];
        assert_eq!(
            answer(blocks).key_points(),
            [
                "The GIL lets one thread run Python at a time.",
                "Threads still help with I/O.",
                "multiprocessing",
                "C extensions",
            ]
        );
    }
}
