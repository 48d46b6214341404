//! Markdown laid out for a terminal: pulldown-cmark's events become lines wrapped to a width,
//! with list markers and hanging indents, code set in by four columns and never reflowed, quotes
//! marked, tables drawn with box characters, and the palette's looks when colour is on.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use pyqa_core::text::markdown::options;

use super::layout;
use super::palette::Look;
use super::python;
use wrap::{BREAK, Run};

mod wrap;
mod write;

/// `markdown` laid out for a terminal `width` columns wide, painted when `color`. Every line
/// ends in a newline and, at widths of two or more, takes at most `width` columns.
pub fn lay_out(markdown: &str, width: usize, color: bool) -> String {
    in_look(markdown, Look::default(), width, color)
}

/// `markdown` laid out as by [`lay_out`], all of it in `look` too: the title and topic lines.
pub fn in_look(markdown: &str, look: Look, width: usize, color: bool) -> String {
    let mut flow = Flow::new(width, color);
    flow.looks.push(look);
    for event in Parser::new_ext(markdown, options()) {
        flow.event(event);
    }
    flow.end_block();
    flow.out
}

/// Code blocks are set in by this many columns.
const CODE_MARGIN: usize = 4;

/// A table being read: its header and rows as plain text.
#[derive(Debug, Default)]
struct TableText {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    cell: String,
    in_header: bool,
}

#[derive(Debug)]
struct Flow {
    width: usize,
    color: bool,
    out: String,
    /// Whether a blank line goes before the next block.
    gap: bool,
    quotes: usize,
    /// For each open list, the next item's number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    /// For each open item, the width of its marker: its lines are set in by their sum.
    items: Vec<usize>,
    /// The marker not yet written before the current item's first line.
    marker: Option<Run>,
    /// The text of the block being read.
    runs: Vec<Run>,
    /// The looks of the open inline spans (emphasis, strong, headings …).
    looks: Vec<Look>,
    links: Vec<String>,
    code: Option<String>,
    /// The language the open code block is marked with: `python`, or empty when unmarked.
    code_language: String,
    table: Option<TableText>,
}

impl Flow {
    fn new(width: usize, color: bool) -> Self {
        Self {
            width: width.max(2),
            color,
            out: String::new(),
            gap: false,
            quotes: 0,
            lists: Vec::new(),
            items: Vec::new(),
            marker: None,
            runs: Vec::new(),
            looks: Vec::new(),
            links: Vec::new(),
            code: None,
            code_language: String::new(),
            table: None,
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(code) => self.push(&code, Look::CODE),
            Event::InlineHtml(html) | Event::Html(html)
                if html.trim().to_ascii_lowercase().starts_with("<br") =>
            {
                self.push(BREAK, Look::default());
            }
            Event::SoftBreak => self.push(" ", Look::default()),
            Event::HardBreak => self.push(BREAK, Look::default()),
            Event::Rule => {
                self.end_block();
                self.rule();
                self.gap = true;
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::Table(_) => self.end_block(),
            Tag::BlockQuote(_) => {
                // The blank line before a quote is outside it: no quote mark.
                self.end_block();
                self.start_lines();
            }
            Tag::CodeBlock(kind) => {
                self.end_block();
                self.code = Some(String::new());
                self.code_language = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split([' ', ',', '{'])
                        .next()
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    CodeBlockKind::Indented => String::new(),
                };
            }
            Tag::List(start) => {
                self.end_block();
                self.lists.push(*start);
            }
            Tag::Item => {
                self.end_block();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_owned(),
                };
                self.items.push(layout::width(&marker));
                self.marker = Some(Run {
                    text: marker,
                    look: Look::ACCENT,
                });
            }
            Tag::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_header = true;
                }
            }
            Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.rows.push(Vec::new());
                }
            }
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            Tag::Image { .. } => self.push("[image: ", Look::default()),
            _ => {}
        }
        match tag {
            Tag::Heading { .. } | Tag::Strong => self.looks.push(Look::BOLD),
            Tag::Emphasis => self.looks.push(Look::ITALIC),
            Tag::Strikethrough => self.looks.push(Look::STRUCK),
            Tag::BlockQuote(_) => self.quotes += 1,
            Tag::Table(_) => self.table = Some(TableText::default()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) => {
                self.end_block();
                self.gap = true;
            }
            TagEnd::BlockQuote(_) => {
                self.end_block();
                self.quotes = self.quotes.saturating_sub(1);
                self.gap = true;
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                // Marked as Python, or unmarked and reading as Python: highlighted.
                let python = match self.code_language.as_str() {
                    "python" | "py" | "python3" | "py3" | "pycon" | "ipython" => true,
                    "" => self.color && python::looks_like_python(&code),
                    _ => false,
                };
                self.code_block(&code, python && self.color);
                self.gap = true;
            }
            TagEnd::List(_) => {
                self.end_block();
                self.lists.pop();
                self.gap |= self.lists.is_empty();
            }
            TagEnd::Item => {
                self.end_block();
                if let Some(marker) = self.marker.take() {
                    self.runs.push(marker);
                    self.end_block();
                }
                self.items.pop();
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_header = false;
                }
            }
            TagEnd::TableCell => {
                if let Some(table) = &mut self.table {
                    let cell = std::mem::take(&mut table.cell).trim().to_owned();
                    match table.rows.last_mut() {
                        Some(row) if !table.in_header => row.push(cell),
                        _ => table.header.push(cell),
                    }
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.table_block(&table);
                    self.gap = true;
                }
            }
            TagEnd::Link => {
                if let Some(url) = self.links.pop()
                    && !url.starts_with('#')
                    && !url.is_empty()
                {
                    self.push(&format!(" ({url})"), Look::default());
                }
            }
            TagEnd::Image => self.push("]", Look::default()),
            _ => {}
        }
        if matches!(
            tag,
            TagEnd::Heading(_) | TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough
        ) {
            self.looks.pop();
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(code) = &mut self.code {
            code.push_str(text);
        } else {
            self.push(text, Look::default());
        }
    }

    /// Adds inline text in `look` and the looks of the spans it is in.
    fn push(&mut self, text: &str, look: Look) {
        if let Some(table) = &mut self.table {
            table.cell.push_str(if text == BREAK { " " } else { text });
            return;
        }
        let look = self.looks.iter().fold(look, |all, l| all.with(*l));
        self.runs.push(Run {
            text: text.to_owned(),
            look,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::lay_out;

    #[test]
    fn paragraphs_wrap_at_spaces_and_keep_a_blank_line_between_them() {
        assert_eq!(
            lay_out("one two three four\n\nfive", 9, false),
            "one two\nthree\nfour\n\nfive\n"
        );
    }

    #[test]
    fn list_items_hang_under_their_text_and_nested_lists_step_in() {
        assert_eq!(
            lay_out(
                "- alpha beta gamma\n  - delta\n- epsilon\n\n3. zeta",
                14,
                false
            ),
            "• alpha beta\n  gamma\n  • delta\n• epsilon\n\n3. zeta\n"
        );
    }

    #[test]
    fn code_is_set_in_keeps_its_spaces_and_is_cut_only_when_too_wide() {
        assert_eq!(
            lay_out(
                "```python\nx  = 1   # one\nprint(alpha, beta)\n```\n",
                20,
                false
            ),
            "    x  = 1   # one\n    print(alpha,\n    beta)\n"
        );
    }

    #[test]
    fn tabs_in_code_become_four_spaces() {
        assert_eq!(
            lay_out("```\nif x:\n\treturn 1\n```\n", 40, false),
            "    if x:\n        return 1\n"
        );
    }

    #[test]
    fn links_show_their_address_and_quotes_are_marked() {
        assert_eq!(
            lay_out(
                "> see [the docs](https://d.io) and [above](#top)",
                80,
                false
            ),
            "│ see the docs (https://d.io) and above\n"
        );
        assert_eq!(
            lay_out("one\n\n> two\n>\n> three", 80, false),
            "one\n\n│ two\n│\n│ three\n"
        );
    }

    #[test]
    fn tables_are_drawn_and_become_lines_when_too_narrow() {
        let table = "| Kind | Speed |\n|---|---|\n| list | fast |\n";
        assert!(lay_out(table, 40, false).starts_with("┌──"));
        assert_eq!(lay_out(table, 12, false), "Kind: list\nSpeed: fast\n");
    }

    #[test]
    fn a_table_too_narrow_to_draw_in_a_list_item_keeps_the_items_marker() {
        let item = "- | Kind | Speed |\n  |---|---|\n  | list | fast |\n";
        assert_eq!(lay_out(item, 14, false), "• Kind: list\n  Speed: fast\n");
    }

    #[test]
    fn colour_paints_code_emphasis_and_bullets() {
        let shown = lay_out("- *it* and `code`", 40, true);
        assert!(shown.contains("\u{1b}[38;5;6m• "), "{shown:?}");
        assert!(shown.contains("\u{1b}[3m"), "{shown:?}");
        assert!(shown.contains("\u{1b}[48;5;235m"), "{shown:?}");
        assert!(!lay_out("- *it* and `code`", 40, false).contains('\u{1b}'));
    }

    #[test]
    fn a_long_word_is_cut_to_the_width() {
        assert_eq!(lay_out("abcdefghij", 4, false), "abcd\nefgh\nij\n");
    }
}
