//! An HTML page read as the Markdown it stands for: headings, paragraphs, lists, `<pre>` code,
//! bold and inline code keep their structure, entities are decoded (by `html5gum`, a WHATWG
//! tokenizer), `<details>`/`<summary>` stay as they are for the learner, and scripts, styles and
//! the page's head are no text.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// How deep lists may nest in the Markdown (deeper items are set at this depth).
const MAX_LIST_DEPTH: usize = 8;

/// `html` as Markdown.
pub fn to_markdown(html: &str) -> String {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = Markdown::default();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                out.start(&String::from_utf8_lossy(&tag.name).to_ascii_lowercase());
            }
            Token::EndTag(tag) => out.end(&String::from_utf8_lossy(&tag.name).to_ascii_lowercase()),
            Token::String(text) => out.text(&String::from_utf8_lossy(&text)),
            _ => {}
        }
    }
    out.finish()
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
<script>var a = '<h2>no</h2>';</script></body></html>";
        assert_eq!(
            to_markdown(html),
            "## Qué es una <lista>?\n\nUna **secuencia** con `append`.\n\n- uno\n- dos\n\n```\nx = [1,\n     2]\n```\n"
        );
    }
}
