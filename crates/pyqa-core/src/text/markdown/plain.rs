//! Markdown as plain text: what is indexed and excerpted, and what `--format plain` shows.
//! Paragraphs are separated by blank lines, list items keep a `-` or their number (nested ones
//! indented), code is indented four spaces, table cells are joined by ` | `, a link is its text
//! followed by its address.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::text::markdown::options;

/// `markdown` as plain text, ending in a newline unless empty.
pub fn to_plain(markdown: &str) -> String {
    let mut writer = Writer::default();
    for event in Parser::new_ext(markdown, options()) {
        writer.event(event);
    }
    writer.finish()
}

/// `markdown`'s words without parsing it: fence lines, link addresses (`](…)`) and HTML tags
/// are dropped, everything else is kept as it is.
pub fn strip_markup(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find(['<', ']']) {
            out.push_str(&rest[..at]);
            let tail = &rest[at..];
            let skip = if tail.starts_with("](") {
                tail.find(')').map(|end| end + 1)
            } else if tail.starts_with('<') {
                tail.find('>').map(|end| end + 1)
            } else {
                None
            };
            if let Some(skip) = skip {
                rest = &tail[skip..];
            } else {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// Text run on into one line, for an excerpt: each piece is inline Markdown whose marks are
/// dropped, joined to what came before by a separator unless that already ends a clause.
#[derive(Debug, Default)]
pub struct RunOn {
    line: String,
}

impl RunOn {
    /// Adds `markdown`'s words, after `separator` (`"; "`, `": "`) or a space.
    pub fn push(&mut self, markdown: &str, separator: &str) {
        self.push_text(&inline_text(markdown), separator);
    }

    /// Adds text that holds no Markdown (code), its spaces and line breaks as single spaces.
    pub fn push_text(&mut self, text: &str, separator: &str) {
        let mut words = text.split_whitespace();
        let Some(first) = words.next() else {
            return;
        };
        if !self.line.is_empty() {
            if self.line.ends_with(['.', '!', '?', ':', ';', ',', '…']) {
                self.line.push(' ');
            } else {
                self.line.push_str(separator);
            }
        }
        self.line.push_str(first);
        for word in words {
            self.line.push(' ');
            self.line.push_str(word);
        }
    }

    /// Adds a whole Markdown text: paragraphs, items and headings as clauses (`; `), a table's
    /// cells as `a, b; c, d`.
    pub fn push_markdown(&mut self, markdown: &str) {
        let mut piece = String::new();
        let mut cell = 0;
        for event in Parser::new_ext(markdown, options()) {
            match event {
                Event::Text(text) | Event::Code(text) => piece.push_str(&text),
                Event::SoftBreak | Event::HardBreak => piece.push(' '),
                Event::Start(Tag::TableRow | Tag::TableHead) => cell = 0,
                Event::End(TagEnd::TableCell) => {
                    self.push_text(&piece, if cell == 0 { "; " } else { ", " });
                    piece.clear();
                    cell += 1;
                }
                Event::Start(Tag::Item | Tag::CodeBlock(_))
                | Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Item
                    | TagEnd::Heading(_)
                    | TagEnd::CodeBlock
                    | TagEnd::BlockQuote(_),
                ) => {
                    self.push_text(&piece, "; ");
                    piece.clear();
                }
                _ => {}
            }
        }
        self.push_text(&piece, "; ");
    }

    /// The line.
    pub fn finish(self) -> String {
        self.line
    }
}

/// The words of a line of inline Markdown, without its marks: ``**Lists** are `mutable` `` gives
/// `Lists are mutable`; a leading list or heading mark goes too.
pub fn inline_text(markdown: &str) -> String {
    if !markdown.contains([
        '*', '_', '`', '[', '<', '\\', '#', '-', '+', '>', '&', '~', '!', '.',
    ]) {
        return markdown.to_owned();
    }
    let mut out = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Ends the line being written, if one is.
pub fn end_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Ends the block being written with a blank line, if one is.
pub fn end_block(out: &mut String) {
    end_line(out);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

#[derive(Default)]
struct Writer {
    out: String,
    /// For each open list, the next item's number (`None` for bullets).
    lists: Vec<Option<u64>>,
    in_code: bool,
    /// Addresses of the open links, shown after their text.
    links: Vec<String>,
    /// Whether the cell just closed is not the first of its row.
    cells: usize,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.in_code => {
                for line in text.lines() {
                    self.out.push_str("    ");
                    self.out.push_str(line);
                    self.out.push('\n');
                }
            }
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::InlineHtml(html) | Event::Html(html) => {
                let tag = html.trim().to_ascii_lowercase();
                if tag.starts_with("<br") {
                    self.newline();
                }
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.newline(),
            Event::Rule => self.block_break(),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_) | Tag::Table(_)
                if self.lists.is_empty() =>
            {
                self.block_break();
            }
            Tag::CodeBlock(_) => {
                self.block_break();
                self.in_code = true;
            }
            Tag::List(start) => {
                if self.lists.is_empty() {
                    self.block_break();
                } else {
                    self.newline();
                }
                self.lists.push(start);
            }
            Tag::Item => {
                self.newline();
                let depth = self.lists.len().saturating_sub(1);
                self.out.push_str(&"  ".repeat(depth));
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_owned(),
                };
                self.out.push_str(&marker);
            }
            Tag::TableRow | Tag::TableHead => {
                self.newline();
                self.cells = 0;
            }
            Tag::TableCell => {
                if self.cells > 0 {
                    self.out.push_str(" | ");
                }
                self.cells += 1;
            }
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            Tag::Image { dest_url, .. } => {
                self.text("[image: ");
                self.links.push(format!("]{dest_url}"));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::CodeBlock => self.in_code = false,
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Link => {
                if let Some(url) = self.links.pop()
                    && !url.starts_with('#')
                    && !url.is_empty()
                    && !self.out.ends_with(url.as_str())
                {
                    self.out.push_str(" (");
                    self.out.push_str(&url);
                    self.out.push(')');
                }
            }
            TagEnd::Image => {
                self.links.pop();
                self.out.push(']');
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn newline(&mut self) {
        end_line(&mut self.out);
    }

    fn block_break(&mut self) {
        end_block(&mut self.out);
    }

    fn finish(mut self) -> String {
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::{RunOn, strip_markup, to_plain};

    #[test]
    fn stripping_keeps_words_and_drops_addresses_tags_and_fences() {
        assert_eq!(
            strip_markup(
                "See [the docs](https://x.io/a_b) and a<br>b, 2 < 3.\n```python\nf(x)\n```\n"
            ),
            "See [the docs and ab, 2 < 3.\nf(x)\n"
        );
    }

    #[test]
    fn run_on_text_drops_marks_and_separates_clauses_items_and_cells() {
        let mut line = RunOn::default();
        line.push("**Lists** are `mutable`", "; ");
        line.push("- tuples are not", "; ");
        line.push_markdown(
            "Both hold items.\n\n| kind | mutable |\n|---|---|\n| list | yes |\n\n- one\n- two\n",
        );
        assert_eq!(
            line.finish(),
            "Lists are mutable; tuples are not; Both hold items. kind, mutable; list, yes; one; two"
        );
    }

    #[test]
    fn markup_goes_and_structure_stays() {
        let markdown = "A **closure** keeps `x`; see [docs](https://docs.python.org).\n\n- one\n- two\n  1. nested\n\n```python\ndef f():\n    pass\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assert_eq!(
            to_plain(markdown),
            "A closure keeps x; see docs (https://docs.python.org).\n\n- one\n- two\n  1. nested\n\n    def f():\n        pass\n\na | b\n1 | 2\n"
        );
    }
}
