//! reStructuredText (`.rst`) as Markdown: section titles (underlined, or over- and underlined)
//! become headings, their levels in the order the file first uses each adornment; a directive
//! whose argument asks a question (`.. note:: What is…?`) becomes a question heading below the
//! deepest section, its indented body the answer; literal blocks (`::`) and `code-block`
//! directives become fenced code; inline roles, literals and links become Markdown. The
//! Markdown is then read like any Markdown deck.

use crate::text::markdown::answer::fence_for;
use crate::text::notebook::AsMarkdown;
use crate::text::{lines, title};

/// Directives whose body is left out: tables of contents, indexes, settings, includes.
const DROPPED: [&str; 12] = [
    "contents",
    "toctree",
    "index",
    "highlight",
    "only",
    "include",
    "meta",
    "raw",
    "image",
    "figure",
    "currentmodule",
    "module",
];

/// The Markdown of `text`, a reStructuredText file, with each line's source line.
pub fn to_markdown(text: &str) -> AsMarkdown {
    let lines: Vec<&str> = text.lines().collect();
    let mut styles: Vec<(char, bool)> = Vec::new();
    let mut out = Writer::default();
    let deepest = deepest_level(&lines);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        // A title with an overline: `====` / `Title` / `====`.
        if is_adornment(line)
            && let (Some(title), Some(under)) = (lines.get(i + 1), lines.get(i + 2))
            && is_adornment(under)
            && under.trim().starts_with(first_char(line))
            && !title.trim().is_empty()
        {
            let level = level_of(&mut styles, (first_char(line), true));
            out.heading(level, title.trim(), i + 2);
            i += 3;
            continue;
        }
        // A title with an underline at least as long as its text.
        if !line.trim().is_empty()
            && !line.starts_with([' ', '\t'])
            && let Some(under) = lines.get(i + 1)
            && is_adornment(under)
            && under.trim_end().chars().count() + 1 >= line.trim_end().chars().count()
        {
            let level = level_of(&mut styles, (first_char(under), false));
            out.heading(level, line.trim(), i + 1);
            i += 2;
            continue;
        }
        if let Some(rest) = line.strip_prefix("..") {
            i = directive(&lines, i, rest, deepest, &mut out);
            continue;
        }
        // A paragraph that ends in `::` introduces a literal block.
        if line.trim_end().ends_with("::") && !line.trim().is_empty() {
            let lead = line.trim_end().trim_end_matches(':');
            if !lead.trim().is_empty() {
                out.line(&format!("{}:", inline(lead.trim_end())), i + 1);
            }
            let (code, next) = indented(&lines, i + 1);
            out.code(&code, i + 2);
            i = next;
            continue;
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let item = trimmed
            .strip_prefix("#. ")
            .map(|rest| format!("{indent}1. {}", inline(rest)));
        out.line(&item.unwrap_or_else(|| inline(line)), i + 1);
        i += 1;
    }
    out.markdown
}

/// Builds the Markdown and its line map.
#[derive(Default)]
struct Writer {
    markdown: AsMarkdown,
}

impl Writer {
    /// A line of text; a blank line only where one is needed.
    fn line(&mut self, text: &str, source: usize) {
        let written = &self.markdown.text;
        if text.trim().is_empty() && (written.is_empty() || written.ends_with("\n\n")) {
            return;
        }
        self.raw_line(text, source);
    }

    /// A line as it is (of code).
    fn raw_line(&mut self, text: &str, source: usize) {
        self.markdown.text.push_str(text.trim_end());
        self.markdown.text.push('\n');
        self.markdown.lines.push(source);
    }

    fn blank(&mut self, source: usize) {
        if !self.markdown.text.is_empty() && !self.markdown.text.ends_with("\n\n") {
            self.line("", source);
        }
    }

    fn heading(&mut self, level: usize, text: &str, source: usize) {
        self.blank(source);
        self.line(&format!("{} {}", "#".repeat(level), inline(text)), source);
        self.line("", source);
    }

    fn code(&mut self, lines: &[&str], source: usize) {
        if lines.iter().all(|l| l.trim().is_empty()) {
            return;
        }
        let language = if lines.iter().any(|l| lines::is_code(l)) {
            "python"
        } else {
            "text"
        };
        self.code_in(language, lines, source);
    }

    fn code_in(&mut self, language: &str, lines: &[&str], source: usize) {
        let body = dedent(lines);
        let fence = fence_for(&body.join("\n"));
        self.blank(source);
        self.line(&format!("{fence}{language}"), source);
        for (k, line) in body.iter().enumerate() {
            self.raw_line(line, source + k);
        }
        self.line(&fence, source + body.len());
        self.line("", source + body.len());
    }
}

/// Reads the directive or comment at line `at` (`rest` is what follows its `..`) and returns
/// the line after it.
fn directive(lines: &[&str], at: usize, rest: &str, deepest: usize, out: &mut Writer) -> usize {
    let (body, next) = indented(lines, at + 1);
    let Some((name, argument)) = rest.trim().split_once("::") else {
        // A comment, a link target (`.. _name:`) or a substitution: none is shown.
        return next;
    };
    let name = name.trim().to_ascii_lowercase();
    let argument = argument.trim();
    // Options (`:linenos:`) open a directive's body.
    let body: Vec<&str> = body
        .iter()
        .skip_while(|l| l.trim_start().starts_with(':') && l.trim_end().len() > 1)
        .copied()
        .collect();
    if DROPPED.contains(&name.as_str()) {
        return next;
    }
    if matches!(name.as_str(), "code-block" | "code" | "sourcecode") {
        let language = if argument.is_empty() {
            "python"
        } else {
            argument
        };
        out.code_in(language, &body, at + 2);
        return next;
    }
    // A directive with a title of its own and text under it is a titled section
    // (`.. note:: What is a generator?`).
    if !argument.is_empty() && body.iter().any(|l| !l.trim().is_empty()) {
        out.heading((deepest + 1).min(6), argument, at + 1);
        push_body(&body, at + 2, out);
        return next;
    }
    out.blank(at + 1);
    let label = if argument.is_empty() {
        title::capitalised(&name)
    } else {
        argument.to_owned()
    };
    out.line(&format!("**{}:**", inline(&label)), at + 1);
    out.line("", at + 1);
    push_body(&body, at + 2, out);
    next
}

/// A directive's body, dedented, its literal blocks fenced.
fn push_body(body: &[&str], source: usize, out: &mut Writer) {
    let body = dedent(body);
    let mut k = 0;
    while k < body.len() {
        let line = body[k];
        if line.trim_end().ends_with("::") {
            let lead = line.trim_end().trim_end_matches(':');
            if !lead.trim().is_empty() {
                out.line(&format!("{}:", inline(lead)), source + k);
            }
            let (code, next) = indented(&body, k + 1);
            out.code(&code, source + k + 1);
            k = next;
            continue;
        }
        out.line(&inline(line), source + k);
        k += 1;
    }
    out.blank(source + body.len());
}

/// The indented lines from `start` (blank lines among them kept), and the line after them.
fn indented<'a>(lines: &[&'a str], start: usize) -> (Vec<&'a str>, usize) {
    let mut end = start;
    let mut last = start;
    while end < lines.len() {
        let line = lines[end];
        if line.trim().is_empty() {
            end += 1;
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            break;
        }
        end += 1;
        last = end;
    }
    (lines[start..last].to_vec(), last)
}

/// `lines` without the indentation their non-blank lines share, blank lines at either end
/// dropped.
fn dedent<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or_else(|| l.trim_start()))
        .collect();
    while out.first().is_some_and(|l| l.trim().is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out
}

/// The heading level of an adornment style: its place among the styles seen so far.
fn level_of(styles: &mut Vec<(char, bool)>, style: (char, bool)) -> usize {
    let place = styles.iter().position(|&s| s == style).unwrap_or_else(|| {
        styles.push(style);
        styles.len() - 1
    });
    (place + 1).min(6)
}

/// How many title styles the file uses: the level below them is where directive questions go.
fn deepest_level(lines: &[&str]) -> usize {
    let mut styles: Vec<(char, bool)> = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        let over = i > 0 && is_adornment(lines[i - 1]);
        if !pair[0].trim().is_empty() && !is_adornment(pair[0]) && is_adornment(pair[1]) {
            let style = (first_char(pair[1]), over);
            if !styles.contains(&style) {
                styles.push(style);
            }
        }
    }
    styles.len().min(5)
}

/// Whether `line` is a title adornment: three or more of one punctuation character.
fn is_adornment(line: &str) -> bool {
    let line = line.trim_end();
    let first = first_char(line);
    line.len() >= 3 && "=-~^\"'`#*+_:.<>".contains(first) && line.chars().all(|c| c == first)
}

fn first_char(line: &str) -> char {
    line.trim().chars().next().unwrap_or(' ')
}

/// Inline markup as Markdown: double-backquoted literals as code, roles (`:func:`, `:ref:`)
/// as their text, in code or plain, hyperlinks with an address as Markdown links, named
/// references as their text.
fn inline(line: &str) -> String {
    if !line.contains('`') {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        let before = &rest[..open];
        // A role right before the backquote: `:func:`.
        let (kept, role) = match before.rfind(|c: char| c.is_whitespace() || c == '(') {
            _ if !before.ends_with(':') => (before, None),
            Some(space) => {
                // The space may be more than one byte (a no-break space).
                let end = space + before[space..].chars().next().map_or(1, char::len_utf8);
                (&before[..end], Some(&before[end..]))
            }
            None => ("", Some(before)),
        };
        out.push_str(kept);
        let after = &rest[open..];
        if let Some(literal) = after.strip_prefix("``")
            && let Some(close) = literal.find("``")
        {
            out.extend(["`", &literal[..close], "`"]);
            rest = unescaped(&literal[close + 2..]);
            continue;
        }
        let inner = &after[1..];
        let Some(close) = inner.find('`') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let content = &inner[..close];
        let mut tail = &inner[close + 1..];
        let (text, target) = match content.rsplit_once('<') {
            Some((text, target)) if target.ends_with('>') && !text.trim().is_empty() => {
                (text.trim(), Some(&target[..target.len() - 1]))
            }
            _ => (content.trim_start_matches(['!', '~']), None),
        };
        let linked = tail.starts_with('_');
        if linked {
            tail = tail.trim_start_matches('_');
        }
        match (role, target) {
            (None, Some(url)) if linked => out.extend(["[", text, "](", url, ")"]),
            (None, _) if linked => out.push_str(text),
            (Some(":ref:" | ":doc:" | ":term:"), _) => out.push_str(text),
            _ => out.extend(["`", text, "`"]),
        }
        rest = unescaped(tail);
    }
    out.push_str(rest);
    out
}

/// What follows inline markup, without the backslash that joins a word to it (``yield``\s)
/// or the escaped space that ends it.
fn unescaped(rest: &str) -> &str {
    rest.strip_prefix("\\ ")
        .or_else(|| {
            rest.strip_prefix('\\')
                .filter(|r| r.starts_with(char::is_alphanumeric))
        })
        .unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_role_after_a_no_break_space_reads_without_panicking() {
        // Found by fuzzing a folder: `\u{a0}:` before a backquote.
        assert_eq!(super::inline("a\u{a0}:x:`y`"), "a\u{a0}`y`");
        let _ = super::to_markdown("\t\u{a0}:`\n\t\u{a0}\n");
    }

    use super::{inline, to_markdown};

    #[test]
    fn sections_directives_and_literal_blocks() {
        let text = "=========\nStudy FAQ\n=========\n\n.. contents::\n\nBasics\n======\n\nWhat is a list?\n---------------\n\nA sequence you can change, for example::\n\n    items = [1, 2]\n    items.append(3)\n\n.. note:: How do I copy a list?\n\n   Slice it: ``items[:]``, or call :func:`copy.copy`.\n\n.. warning::\n\n   Copies are shallow.\n";
        let markdown = to_markdown(text);
        assert_eq!(
            markdown.text,
            "# Study FAQ\n\n## Basics\n\n### What is a list?\n\nA sequence you can change, for example:\n\n```python\nitems = [1, 2]\nitems.append(3)\n```\n\n#### How do I copy a list?\n\nSlice it: `items[:]`, or call `copy.copy`.\n\n**Warning:**\n\nCopies are shallow.\n\n"
        );
        assert_eq!(markdown.line_of(5), 10);
        let note = markdown
            .text
            .lines()
            .position(|l| l.starts_with("####"))
            .unwrap();
        assert_eq!(markdown.line_of(note + 1), 18, "the directive's line");
    }

    #[test]
    fn inline_markup_becomes_markdown() {
        assert_eq!(
            inline("see :ref:`the tutorial <tut>` and `Python <https://python.org>`_, `PEP 8`_."),
            "see the tutorial and [Python](https://python.org), PEP 8."
        );
        assert_eq!(
            inline("call :meth:`!str.join` on ``sep``"),
            "call `str.join` on `sep`"
        );
        assert_eq!(inline("it ``yield``\\s them"), "it `yield`s them");
    }
}
