//! A Markdown file's top-level blocks with their source ranges: what shape detection looks at.
//! Nothing inside a code block, an HTML block or a nested list is a block of its own here.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The parser options pyqa reads Markdown with.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// One top-level block.
#[derive(Debug, Clone)]
pub struct TopBlock {
    pub kind: Kind,
    /// Where it is in the source.
    pub range: Range<usize>,
}

/// What a top-level block is.
#[derive(Debug, Clone)]
pub enum Kind {
    /// An ATX or setext heading and its text (inline code in backticks).
    Heading { level: u8, text: String },
    /// The first line of a paragraph's text.
    Paragraph { text: String },
    /// A list and its items.
    List { items: Vec<Item> },
    /// An HTML block.
    Html,
    /// A table: its header cells and each row's cells.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Code, a quote, a rule, anything else.
    Other,
}

/// One item of a top-level list.
#[derive(Debug, Clone)]
pub struct Item {
    pub range: Range<usize>,
    /// The text of the item's first line (up to its first line break).
    pub lead: String,
    /// Where that first line is in the source.
    pub lead_range: Range<usize>,
    /// Whether the first line is a heading (`12. ### What…?`).
    pub heading: bool,
}

/// The top-level blocks of `text`, in order.
pub fn outline(text: &str) -> Vec<TopBlock> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut building: Option<Building> = None;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    building = Some(Building::new(&tag, range.clone()));
                } else if let Some(block) = &mut building {
                    block.start(&tag, depth, &range);
                }
                depth += 1;
            }
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    blocks.extend(building.take().map(Building::finish));
                } else if let Some(block) = &mut building {
                    block.end(tag, depth, &range);
                }
            }
            _ if depth == 0 => blocks.push(TopBlock {
                kind: Kind::Other,
                range,
            }),
            other => {
                if let Some(block) = &mut building {
                    block.inline(&other, &range);
                }
            }
        }
    }
    blocks
}

/// A top-level block being read.
struct Building {
    kind: Kind,
    range: Range<usize>,
    text: String,
    /// In a list: whether the current item's first line is still being read.
    in_lead: bool,
    /// In a table: the row being read, and whether it is the header.
    row: Vec<String>,
    cell: String,
}

impl Building {
    fn new(tag: &Tag<'_>, range: Range<usize>) -> Self {
        let kind = match tag {
            Tag::Heading { level, .. } => Kind::Heading {
                level: *level as u8,
                text: String::new(),
            },
            Tag::Paragraph => Kind::Paragraph {
                text: String::new(),
            },
            Tag::List(_) => Kind::List { items: Vec::new() },
            Tag::HtmlBlock => Kind::Html,
            Tag::Table(_) => Kind::Table {
                header: Vec::new(),
                rows: Vec::new(),
            },
            _ => Kind::Other,
        };
        Self {
            kind,
            range,
            text: String::new(),
            in_lead: false,
            row: Vec::new(),
            cell: String::new(),
        }
    }

    fn start(&mut self, tag: &Tag<'_>, depth: usize, range: &Range<usize>) {
        let Kind::List { items } = &mut self.kind else {
            return;
        };
        match (tag, depth) {
            (Tag::Item, 1) => {
                items.push(Item {
                    range: range.clone(),
                    lead: String::new(),
                    lead_range: range.start..range.start,
                    heading: false,
                });
                self.in_lead = true;
            }
            (Tag::Heading { .. }, 2) => {
                if let Some(item) = items.last_mut()
                    && self.in_lead
                    && item.lead.is_empty()
                {
                    item.heading = true;
                    item.lead_range = range.clone();
                }
            }
            (Tag::Paragraph | Tag::CodeBlock(_) | Tag::List(_) | Tag::BlockQuote(_), 2) => {
                if let Some(item) = items.last_mut()
                    && !item.lead.is_empty()
                {
                    self.in_lead = false;
                }
            }
            (Tag::Strong | Tag::Emphasis | Tag::Link { .. }, _) => {
                if let Some(item) = items.last_mut()
                    && self.in_lead
                    && item.lead.is_empty()
                    && !item.heading
                {
                    item.lead_range = range.clone();
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, depth: usize, range: &Range<usize>) {
        match &mut self.kind {
            Kind::List { items } => {
                if matches!(tag, TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link)
                    && let Some(item) = items.last_mut()
                    && self.in_lead
                {
                    item.lead_range.end = item.lead_range.end.max(range.end);
                }
                if depth == 2
                    && matches!(tag, TagEnd::Paragraph | TagEnd::Heading(_))
                    && let Some(item) = items.last_mut()
                    && self.in_lead
                {
                    item.lead_range.end = item.lead_range.end.max(range.end);
                    self.in_lead = false;
                }
                if depth == 1
                    && let Some(item) = items.last_mut()
                {
                    item.range.end = range.end;
                    self.in_lead = false;
                }
            }
            Kind::Table { header, rows } => match tag {
                TagEnd::TableCell => self.row.push(std::mem::take(&mut self.cell)),
                TagEnd::TableHead => *header = std::mem::take(&mut self.row),
                TagEnd::TableRow => rows.push(std::mem::take(&mut self.row)),
                _ => {}
            },
            _ => {}
        }
    }

    /// Whether the text of inline events is kept: a heading's, a table cell's, a paragraph's first
    /// line and a list item's first line.
    fn wants_text(&self) -> bool {
        match &self.kind {
            Kind::Heading { .. } | Kind::Table { .. } => true,
            Kind::Paragraph { .. } => !self.text.contains('\n'),
            Kind::List { .. } => self.in_lead,
            Kind::Html | Kind::Other => false,
        }
    }

    fn inline(&mut self, event: &Event<'_>, range: &Range<usize>) {
        if !self.wants_text() {
            return;
        }
        let code;
        let piece = match event {
            Event::Text(text) => text.as_ref(),
            Event::Code(text) => {
                code = format!("`{text}`");
                code.as_str()
            }
            Event::SoftBreak | Event::HardBreak => "\n",
            Event::InlineHtml(html) if is_break(html) => "\n",
            _ => return,
        };
        match &mut self.kind {
            Kind::List { items } => {
                let Some(item) = items.last_mut() else { return };
                if !self.in_lead {
                    return;
                }
                if piece == "\n" {
                    if !item.lead.trim().is_empty() {
                        self.in_lead = false;
                    }
                    return;
                }
                if item.lead.is_empty() && !item.heading && item.lead_range.is_empty() {
                    item.lead_range.start = range.start;
                }
                item.lead.push_str(piece);
                item.lead_range.end = item.lead_range.end.max(range.end);
            }
            Kind::Table { .. } => self.cell.push_str(piece),
            _ => self.text.push_str(piece),
        }
    }

    fn finish(mut self) -> TopBlock {
        match &mut self.kind {
            Kind::Heading { text, .. } | Kind::Paragraph { text } => {
                *text = std::mem::take(&mut self.text);
            }
            _ => {}
        }
        TopBlock {
            kind: self.kind,
            range: self.range,
        }
    }
}

/// `<br>`, `<br/>`, `<br />`.
fn is_break(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    tag == "<br>" || tag == "<br/>" || tag == "<br />"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_blocks_hide_their_hash_and_number_lines() {
        let text = "## Q1: First?\n\n```python\n# 1. not a heading\n1. not an item\n```\n\n## Q2: Second?\nYes.\n";
        let headings: Vec<String> = outline(text)
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Heading { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        assert_eq!(headings, ["Q1: First?", "Q2: Second?"]);
    }

    #[test]
    fn list_items_know_their_first_line() {
        let text = "1. **What is a closure?**  \n   A function with its scope.\n\n   ```python\n   f()\n   ```\n2. ### Why?\n   Because.\n";
        let blocks = outline(text);
        let Kind::List { items } = &blocks[0].kind else {
            panic!("{blocks:?}")
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].lead, "What is a closure?");
        assert_eq!(&text[items[0].lead_range.clone()], "**What is a closure?**");
        assert!(!items[0].heading && items[1].heading);
        assert_eq!(items[1].lead, "Why?");
    }
}
