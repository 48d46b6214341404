//! Markdown answers in termimad's dialect: emphasis, inline code, code blocks, lists, quotes and
//! tables as termimad draws them; headings inside an answer in bold; links as their text and
//! address. All text is escaped, so nothing in an answer reads as termimad markup by accident.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use pyqa_core::text::markdown::outline::options;
use pyqa_core::text::markdown::plain::{end_block, end_line};

use super::terminal::escape;

/// `markdown` in termimad's dialect.
pub fn from_markdown(markdown: &str) -> String {
    let mut writer = Writer::default();
    for event in Parser::new_ext(markdown, options()) {
        writer.event(event);
    }
    writer.out.trim_end().to_owned() + "\n"
}

#[derive(Default)]
struct Writer {
    out: String,
    /// For each open list, the next item's number (`None` for bullets).
    lists: Vec<Option<u64>>,
    quote: usize,
    in_code: bool,
    links: Vec<String>,
    /// The cells of the table row being read, and whether the header has been written.
    row: Vec<String>,
    cell: String,
    in_cell: bool,
    header_done: bool,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.in_code => {
                for line in text.lines() {
                    self.out.push_str(line);
                    self.out.push('\n');
                }
            }
            Event::Text(text) => self.push(&escape(&text)),
            Event::Code(code) => self.push(&format!("`{code}`")),
            Event::InlineHtml(html) | Event::Html(html)
                if html.trim().to_ascii_lowercase().starts_with("<br") =>
            {
                self.line_break();
            }
            Event::SoftBreak => self.push(" "),
            Event::HardBreak => self.line_break(),
            Event::Rule => {
                self.block_break();
                self.out.push_str("---\n");
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph if self.lists.is_empty() => self.block_break(),
            Tag::Heading { .. } => {
                self.block_break();
                self.push("**");
            }
            Tag::BlockQuote(_) => {
                self.block_break();
                self.quote += 1;
            }
            Tag::CodeBlock(_) => {
                self.block_break();
                self.out.push_str("```\n");
                self.in_code = true;
            }
            Tag::List(start) => {
                if self.lists.is_empty() {
                    self.block_break();
                }
                self.lists.push(start);
            }
            Tag::Item => {
                self.new_line();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "* ".to_owned(),
                };
                self.push(&format!("{}{marker}", "  ".repeat(depth)));
            }
            Tag::Table(_) => {
                self.block_break();
                self.header_done = false;
            }
            Tag::TableCell => self.in_cell = true,
            Tag::Emphasis => self.push("*"),
            Tag::Strong => self.push("**"),
            Tag::Strikethrough => self.push("~~"),
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            Tag::Image { .. } => self.push("[image: "),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::BlockQuote(_) => self.quote = self.quote.saturating_sub(1),
            TagEnd::CodeBlock => {
                self.out.push_str("```\n");
                self.in_code = false;
            }
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Emphasis => self.push("*"),
            TagEnd::Strong | TagEnd::Heading(_) => self.push("**"),
            TagEnd::Strikethrough => self.push("~~"),
            TagEnd::Link => {
                if let Some(url) = self.links.pop()
                    && !url.starts_with('#')
                    && !url.is_empty()
                {
                    self.push(&format!(" ({})", escape(&url)));
                }
            }
            TagEnd::Image => self.push("]"),
            TagEnd::TableCell => {
                self.in_cell = false;
                let cell = std::mem::take(&mut self.cell);
                self.row.push(cell.trim().to_owned());
            }
            TagEnd::TableHead | TagEnd::TableRow => self.table_row(),
            TagEnd::Table => self.out.push_str("|-\n"),
            _ => {}
        }
    }

    /// Writes the row read, the header with termimad's alignment and rule lines around it.
    fn table_row(&mut self) {
        let cells = std::mem::take(&mut self.row);
        let line = |cells: &[String]| format!("|{}|\n", cells.join("|"));
        if self.header_done {
            self.out.push_str(&line(&cells));
            return;
        }
        self.out
            .push_str(&line(&vec![":-".to_owned(); cells.len()]));
        let bold: Vec<String> = cells
            .iter()
            .map(|c| {
                if c.is_empty() {
                    String::new()
                } else {
                    format!("**{c}**")
                }
            })
            .collect();
        self.out.push_str(&line(&bold));
        self.out.push_str(&line(&vec!["-".to_owned(); cells.len()]));
        self.header_done = true;
    }

    fn push(&mut self, text: &str) {
        if self.in_cell {
            self.cell.push_str(text);
            return;
        }
        if self.quote > 0 && (self.out.is_empty() || self.out.ends_with('\n')) {
            self.out.push_str(&"> ".repeat(self.quote));
        }
        self.out.push_str(text);
    }

    fn line_break(&mut self) {
        if self.in_cell {
            self.cell.push(' ');
        } else {
            self.new_line();
        }
    }

    fn new_line(&mut self) {
        end_line(&mut self.out);
    }

    fn block_break(&mut self) {
        end_block(&mut self.out);
    }
}

#[cfg(test)]
mod tests {
    use super::from_markdown;

    #[test]
    fn emphasis_code_lists_and_links_become_termimad_markup() {
        let markup = from_markdown(
            "A **closure** keeps `x` (see [docs](https://d.io)).\n\n- one\n  - two\n\n```python\nf(*a)\n```\n",
        );
        assert_eq!(
            markup,
            "A **closure** keeps `x` (see docs (https://d.io)).\n\n* one\n  * two\n\n```\nf(*a)\n```\n"
        );
    }

    #[test]
    fn stars_and_pipes_in_text_are_escaped() {
        assert_eq!(from_markdown("2 \\* 3 | 4\n"), "2 \\* 3 \\| 4\n");
    }
}
