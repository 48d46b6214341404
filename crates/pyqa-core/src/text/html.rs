//! An HTML page read as the Markdown it stands for: headings, paragraphs, lists, `<pre>` code,
//! bold and inline code keep their structure, entities are decoded, `<details>`/`<summary>` stay
//! as they are for the learner, and scripts, styles and the page's head are no text.
//!
//! The tokenizer is pyqa's own (tags, text, comments, raw-text elements, numeric entities and
//! the common named ones): a WHATWG tokenizer (`html5gum`) added 0.2 MB to the binary, most of
//! it the table of all 2,231 named entities (docs/DECKS.md).

use crate::text::notebook::AsMarkdown;

/// How deep lists may nest in the Markdown (deeper items are set at this depth).
const MAX_LIST_DEPTH: usize = 8;

/// `html` as Markdown, each Markdown line with the page's line it came from.
pub fn to_markdown(html: &str) -> AsMarkdown {
    let mut out = Markdown::default();
    // Where each token began: the Markdown's length then, and the page's offset.
    let mut marks: Vec<(usize, usize)> = Vec::new();
    let mut tokens = Tokens::new(html);
    loop {
        let at = tokens.at;
        let Some(token) = tokens.next() else { break };
        marks.push((out.out.len(), at));
        match token {
            Token::Start(name) => out.start(&name),
            Token::End(name) => out.end(&name),
            Token::Text(text) => out.text(&decode(text)),
        }
    }
    let text = out.finish();
    let mut lines = Vec::new();
    let (mut mark, mut offset, mut line) = (0, 0, 1);
    let mut start = 0;
    for markdown_line in text.split_inclusive('\n') {
        while mark + 1 < marks.len() && marks[mark + 1].0 <= start {
            mark += 1;
        }
        let source = marks.get(mark).map_or(0, |&(_, at)| at);
        line += html[offset..source.max(offset)].matches('\n').count();
        offset = offset.max(source);
        // The text of a token starts after the white space it opens with.
        let ahead = html[offset..].len() - html[offset..].trim_start().len();
        lines.push(line + html[offset..offset + ahead].matches('\n').count());
        start += markdown_line.len();
    }
    AsMarkdown { text, lines }
}

/// A piece of an HTML page.
#[derive(Debug, PartialEq, Eq)]
enum Token<'h> {
    /// A start tag's name, in lower case.
    Start(String),
    /// An end tag's name, in lower case.
    End(String),
    /// Text, its entities still written.
    Text(&'h str),
}

/// The tokens of a page: tags (their attributes skipped, quotes respected), text, and the
/// content of `<script>`, `<style>`, `<textarea>` and `<title>` as text; comments, doctypes and
/// processing instructions are skipped.
struct Tokens<'h> {
    html: &'h str,
    at: usize,
    /// The raw-text element open, whose end tag alone ends its text.
    raw: Option<String>,
}

impl<'h> Tokens<'h> {
    fn new(html: &'h str) -> Self {
        Self {
            html,
            at: 0,
            raw: None,
        }
    }

    /// The tag at `self.at` (a `<`), or `None` when the `<` opens no tag.
    fn tag(&mut self) -> Option<Token<'h>> {
        let rest = &self.html[self.at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            self.at += 4 + comment.find("-->").map_or(comment.len(), |i| i + 3);
            return Some(Token::Text(""));
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            self.at += rest.find('>').map_or(rest.len(), |i| i + 1);
            return Some(Token::Text(""));
        }
        let closing = rest[1..].starts_with('/');
        let name_start = 1 + usize::from(closing);
        let name_len = rest[name_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .unwrap_or(rest.len() - name_start);
        if name_len == 0 || !rest[name_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        // The tag ends at the first `>` outside quotes.
        let mut quote: Option<char> = None;
        let mut end = rest.len();
        for (i, c) in rest[name_start + name_len..].char_indices() {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => {
                    end = name_start + name_len + i + 1;
                    break;
                }
                _ => {}
            }
        }
        self.at += end;
        Some(if closing {
            Token::End(name)
        } else {
            if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
                self.raw = Some(name.clone());
            }
            Token::Start(name)
        })
    }
}

impl<'h> Iterator for Tokens<'h> {
    type Item = Token<'h>;

    fn next(&mut self) -> Option<Token<'h>> {
        let rest = self.html.get(self.at..).filter(|r| !r.is_empty())?;
        if let Some(raw) = self.raw.take() {
            let close = format!("</{raw}");
            let end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
            self.at += end;
            return Some(Token::Text(&rest[..end]));
        }
        if rest.starts_with('<')
            && let Some(token) = self.tag()
        {
            return Some(token);
        }
        // Text up to the next `<` (a `<` that opens no tag is text).
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..].find('<').map_or(rest.len(), |i| i + first);
        self.at += end;
        Some(Token::Text(&rest[..end]))
    }
}

/// The named entities decoded; others stay as written.
const ENTITIES: [(&str, &str); 40] = [
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("hellip", "…"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("middot", "·"),
    ("bull", "•"),
    ("times", "×"),
    ("divide", "÷"),
    ("deg", "°"),
    ("plusmn", "±"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("sect", "§"),
    ("para", "¶"),
    ("larr", "←"),
    ("rarr", "→"),
    ("uarr", "↑"),
    ("darr", "↓"),
    ("harr", "↔"),
    ("le", "≤"),
    ("ge", "≥"),
    ("ne", "≠"),
    ("shy", ""),
    ("zwj", "\u{200d}"),
];

/// `text` with its character references decoded: `&#169;`, `&#xA9;` and the [`ENTITIES`].
fn decode(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let reference = after
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| (&after[..end], end));
        let decoded = reference.and_then(|(name, end)| {
            let value = if let Some(number) = name.strip_prefix('#') {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse().ok(),
                }?;
                // NUL and what is no character come out as the replacement character.
                char::from_u32(code)
                    .filter(|&c| c != '\0')
                    .unwrap_or('\u{FFFD}')
                    .to_string()
            } else {
                ENTITIES
                    .iter()
                    .find(|(entity, _)| *entity == name)
                    .map(|(_, value)| (*value).to_owned())?
            };
            Some((value, end))
        });
        if let Some((value, end)) = decoded {
            out.push_str(&value);
            rest = &after[end + 1..];
        } else {
            out.push('&');
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The Markdown being written.
#[derive(Default)]
struct Markdown {
    out: String,
    /// Inside `<pre>`: text is kept as it is.
    pre: usize,
    /// Inside `<script>`, `<style>`, `<head>`, `<template>`: no text.
    hidden: usize,
    /// Open lists: whether each is ordered.
    lists: Vec<bool>,
    /// Inside inline `<code>`.
    code: bool,
}

impl Markdown {
    fn start(&mut self, name: &str) {
        match name {
            "script" | "style" | "head" | "template" | "noscript" => self.hidden += 1,
            _ if self.hidden > 0 => {}
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.block();
                self.out.push_str(&"#".repeat(level));
                self.out.push(' ');
            }
            "p" | "div" | "section" | "article" | "table" | "blockquote" | "dl" | "main"
            | "header" | "footer" | "aside" | "nav" | "figure" => self.block(),
            "br" | "tr" | "dd" => self.line(),
            "dt" => {
                self.block();
                self.out.push_str("**");
            }
            "td" | "th" => self.out.push_str(" | "),
            "ul" | "ol" => {
                self.line();
                if self.lists.len() < MAX_LIST_DEPTH {
                    self.lists.push(name == "ol");
                }
            }
            "li" => {
                self.line();
                let depth = self.lists.len().saturating_sub(1);
                self.out.push_str(&"  ".repeat(depth));
                self.out.push_str(if self.lists.last() == Some(&true) {
                    "1. "
                } else {
                    "- "
                });
            }
            "pre" => {
                self.block();
                self.out.push_str("```\n");
                self.pre += 1;
            }
            "code" if self.pre == 0 => {
                self.out.push('`');
                self.code = true;
            }
            "b" | "strong" if self.pre == 0 && !self.code => self.out.push_str("**"),
            "details" => {
                self.block();
                self.out.push_str("<details>\n");
            }
            "summary" => self.out.push_str("<summary>"),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "script" | "style" | "head" | "template" | "noscript" => {
                self.hidden = self.hidden.saturating_sub(1);
            }
            _ if self.hidden > 0 => {}
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "div" | "section" | "article"
            | "table" | "blockquote" | "dl" | "main" | "header" | "footer" | "aside" | "nav"
            | "figure" => self.block(),
            "dt" => {
                self.out.push_str("**");
                self.line();
            }
            "ul" | "ol" => {
                self.lists.pop();
                self.block();
            }
            "pre" if self.pre > 0 => {
                self.pre -= 1;
                self.line();
                self.out.push_str("```");
                self.block();
            }
            "code" if self.pre == 0 && self.code => {
                self.out.push('`');
                self.code = false;
            }
            "b" | "strong" if self.pre == 0 && !self.code => self.out.push_str("**"),
            "summary" => {
                self.out.push_str("</summary>");
                self.block();
            }
            "details" => {
                self.block();
                self.out.push_str("</details>");
                self.block();
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.hidden > 0 {
            return;
        }
        if self.pre > 0 {
            self.out.push_str(text);
            return;
        }
        // White space runs are one space; a line's start takes none.
        let mut words = text.split_whitespace().peekable();
        if text.starts_with(char::is_whitespace) && !self.at_line_start() {
            self.out.push(' ');
        }
        while let Some(word) = words.next() {
            self.out.push_str(word);
            if words.peek().is_some() {
                self.out.push(' ');
            }
        }
        if text.ends_with(char::is_whitespace)
            && text.trim().len() < text.len()
            && !text.trim().is_empty()
        {
            self.out.push(' ');
        }
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n') || self.out.ends_with(' ')
    }

    /// Ends the line, if one is open.
    fn line(&mut self) {
        while self.out.ends_with(' ') {
            self.out.pop();
        }
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Ends the block with a blank line.
    fn block(&mut self) {
        self.line();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn finish(mut self) -> String {
        self.line();
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn html_keeps_its_structure_as_markdown() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body>\
<h2>Qué es una &lt;lista&gt;?</h2><p>Una <b>secuencia</b> con <code>append</code>.</p>\
<ul><li>uno</li><li>dos</li></ul><pre>x = [1,\n     2]</pre>\
<script>var a = '<h2>no</h2>';</script><!-- <h1>gone</h1> --><p a='>'>&#169; &amp;c &unknown; 1 < 2 é<é</p></body></html>";
        assert_eq!(
            to_markdown(html).text,
            "## Qué es una <lista>?\n\nUna **secuencia** con `append`.\n\n- uno\n- dos\n\n```\nx = [1,\n     2]\n```\n\n© &c &unknown; 1 < 2 é<é\n"
        );
    }
}
