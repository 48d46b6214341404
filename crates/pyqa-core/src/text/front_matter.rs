//! A Markdown file's front matter: the block of `key: value` lines between `---` lines at its very
//! start (Jekyll, Hugo, Obsidian, static-site notes). It is metadata, never answer text; its
//! `title:` names the file's question when the file holds one.

use std::borrow::Cow;

/// The most lines a front matter is looked for in.
const MAX_LINES: usize = 200;

/// A file's text with its front matter blanked out (each of its lines left empty, so line
/// numbers stay those of the file), and the front matter's `title:` if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub title: Option<String>,
    pub text: Cow<'a, str>,
}

/// `text` split from its front matter; borrowed and without a title when it has none.
pub fn split(text: &str) -> Split<'_> {
    let none = || Split {
        title: None,
        text: Cow::Borrowed(text),
    };
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return none();
    }
    let mut inside: Vec<&str> = Vec::new();
    let closed = lines.take(MAX_LINES).any(|line| {
        let bare = line.trim_end();
        let end = bare == "---" || bare == "...";
        if !end {
            inside.push(bare);
        }
        end
    });
    // A thematic break at the top of a note is not front matter: that holds `key: value` lines.
    let first = inside.iter().find(|line| !line.trim().is_empty());
    if !closed || !first.is_some_and(|line| is_key_line(line)) {
        return none();
    }
    let title = inside
        .iter()
        .find_map(|line| line.strip_prefix("title:"))
        .map(scalar)
        .filter(|title| !title.is_empty());
    let blanked = inside.len() + 2;
    let rest: String = text.split_inclusive('\n').skip(blanked).collect();
    Split {
        title,
        text: Cow::Owned("\n".repeat(blanked) + &rest),
    }
}

/// Whether a line is a top-level `key:` of YAML: a word without spaces before a colon that ends
/// the line or is followed by a space.
fn is_key_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, value)| {
        !key.is_empty()
            && !key.starts_with([' ', '\t', '-', '#'])
            && !key.contains(char::is_whitespace)
            && (value.is_empty() || value.starts_with(' '))
    })
}

/// A YAML scalar as written after its key: quotes taken off (`''` in single quotes is a quote,
/// `\"` in double quotes one), a comment after unquoted text dropped. Block scalars (`|`, `>`)
/// give nothing.
fn scalar(value: &str) -> String {
    let value = value.trim();
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    if value.starts_with(['|', '>']) {
        return String::new();
    }
    value
        .split_once(" #")
        .map_or(value, |(text, _)| text)
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn front_matter_is_blanked_and_its_title_taken() {
        let text =
            "---\ntitle: \"What is a \\\"generator\\\"?\"\ntags: [a, b]\n---\n\nIt yields.\n";
        let split = split(text);
        assert_eq!(split.title.as_deref(), Some("What is a \"generator\"?"));
        assert_eq!(split.text, "\n\n\n\n\nIt yields.\n");
        assert_eq!(split.text.lines().count(), text.lines().count());
    }

    #[test]
    fn quotes_comments_and_other_scripts_in_titles() {
        for (line, title) in [
            ("title: 'It''s a closure'", "It's a closure"),
            ("title: Что такое GIL?  # a note", "Что такое GIL?"),
            ("title: 什么是装饰器？", "什么是装饰器？"),
        ] {
            let text = format!("---\n{line}\n...\nBody.\n");
            assert_eq!(split(&text).title.as_deref(), Some(title), "{line}");
        }
        assert_eq!(split("---\nlayout: post\n---\n# Heading\n").title, None);
    }

    #[test]
    fn a_thematic_break_or_an_unclosed_block_is_not_front_matter() {
        for text in [
            "---\nSome text under a rule.\n---\n",
            "---\ntitle: never closed\n\nText.\n",
            "Text first\n---\ntitle: x\n---\n",
        ] {
            let split = split(text);
            assert_eq!((split.title, split.text.as_ref()), (None, text), "{text:?}");
        }
    }
}
