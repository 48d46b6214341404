//! An answer's Markdown as it is kept: cut from the file, its common indentation removed, its
//! label (`**Answer:**`, `Ans:`, `A:`) and decorations ("back to top" links, `<div>` wrappers,
//! HTML comments, separator rules) dropped.

use std::borrow::Cow;

/// The answer Markdown of `pieces` of source (each dedented on its own), joined by blank lines,
/// an English answer label (`**Answer:**`, `Ans:`, `A:`) dropped.
pub fn clean(pieces: &[&str]) -> String {
    cleaned(pieces, true)
}

/// [`clean`], every label kept: for readings that learn the file's label from what repeats.
pub fn tidy(pieces: &[&str]) -> String {
    cleaned(pieces, false)
}

fn cleaned(pieces: &[&str], drop_english_label: bool) -> String {
    let mut lines: Vec<Cow<'_, str>> = Vec::new();
    for piece in pieces {
        let first = lines.len();
        for line in dedent(piece) {
            if !is_decoration(line) {
                lines.push(Cow::Borrowed(line));
            }
        }
        if lines[first..].iter().all(|l| l.trim().is_empty()) {
            lines.truncate(first);
        } else if first > 0 {
            lines.insert(first, Cow::Borrowed(""));
        }
    }
    if drop_english_label {
        drop_label(&mut lines);
    }
    while lines
        .last()
        .is_some_and(|l| l.trim().is_empty() || is_rule(l))
    {
        lines.pop();
    }
    let start = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for line in &lines[start..] {
        out.push_str(line);
        out.push('\n');
    }
    match super::choices::mark(&out) {
        Cow::Borrowed(_) => out,
        Cow::Owned(marked) => marked,
    }
}

/// The lines of `text` with the indentation its non-blank lines share removed, trailing spaces
/// kept (two of them are a line break in Markdown).
fn dedent(text: &str) -> impl Iterator<Item = &str> {
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    text.lines().map(move |l| {
        if l.len() >= indent && l.is_char_boundary(indent) {
            &l[indent..]
        } else {
            l.trim_start()
        }
    })
}

/// `text` without an English answer label (see `drop_label`): what a reading that learns
/// labels from repetition falls back on when the file repeats none.
pub fn without_english_label(text: &str) -> String {
    let mut lines: Vec<Cow<'_, str>> = text.lines().map(Cow::Borrowed).collect();
    drop_label(&mut lines);
    let mut out = String::with_capacity(text.len());
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Removes an answer label: a first line that is only `**Answer:**`, `Answer:`, `Ans:`, `A:`
/// (bold or not), or such a label in front of the first line's text.
fn drop_label(lines: &mut Vec<Cow<'_, str>>) {
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return;
    };
    let Some(rest) = after_label(&lines[first]) else {
        return;
    };
    if rest.trim().is_empty() {
        lines.remove(first);
    } else {
        lines[first] = Cow::Owned(rest.trim_start().to_owned());
    }
}

/// What follows an answer label (`**Answer:**`, `Ans:`, `A:`) at the start of `line`.
pub(crate) fn after_label(line: &str) -> Option<&str> {
    let line = line.trim_start();
    for wrap in ["**", "__", "*", "_", ""] {
        let Some(inner) = line.strip_prefix(wrap) else {
            continue;
        };
        for label in ["answer", "ans", "a"] {
            let Some(head) = inner.get(..label.len()) else {
                continue;
            };
            if !head.eq_ignore_ascii_case(label) {
                continue;
            }
            let after = inner[label.len()..].trim_start();
            let rest = after
                .strip_prefix(':')
                .and_then(|r| r.strip_prefix(wrap))
                .or_else(|| after.strip_prefix(&format!("{wrap}:")));
            if let Some(rest) = rest {
                return Some(rest);
            }
        }
    }
    None
}

/// A line that is decoration, not content: a link back up the page, a `<div>` wrapper, an HTML
/// comment or a lone `<br>`.
fn is_decoration(line: &str) -> bool {
    let text = line.trim();
    // Every decoration starts with a link, emphasis or a tag: most lines are ruled out here.
    if !text.starts_with(['[', '*', '_', '<']) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let bare = text.trim_matches(|c| c == '*' || c == '_').trim();
    let anchor_link = bare.starts_with('[') && bare.ends_with(')') && bare.contains("](#");
    (anchor_link
        && (lower.contains("top")
            || lower.contains('⬆')
            || lower.contains('↑')
            || lower.contains("back")))
        || (lower.starts_with('<') && is_top_link_text(&lower))
        || (lower.starts_with("<div") && lower.ends_with('>'))
        || lower == "</div>"
        || (lower.starts_with("<!--") && lower.ends_with("-->"))
        || lower == "<br>"
        || lower == "<br/>"
        || lower == "<br />"
}

/// Whether an HTML line's text, its tags left out, is a link back up the page
/// (`<b><a href="#">↥ back to top</a></b>`).
fn is_top_link_text(html: &str) -> bool {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let words = text.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        words,
        "back to top" | "top" | "go to top" | "to top" | "return to top"
    )
}

/// A code fence longer than any run of backticks in `code`, so that none of them closes it.
pub fn fence_for(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// `code` fenced as `language`, ending in a newline.
pub fn fenced(language: &str, code: &str) -> String {
    let fence = fence_for(code);
    format!("{fence}{language}\n{code}\n{fence}\n")
}

/// `---`, `***`, `___`: a thematic break.
pub fn is_rule(line: &str) -> bool {
    // Most lines start with another character: no copy needed to tell.
    if !line.trim_start().starts_with(['-', '*', '_']) {
        return false;
    }
    let text: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    text.len() >= 3
        && (text.chars().all(|c| c == '-')
            || text.chars().all(|c| c == '*')
            || text.chars().all(|c| c == '_'))
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn labels_decorations_and_indentation_go() {
        let piece = "   **Answer:**\n   A closure keeps its scope.\n\n   ```python\n   def f():\n       pass\n   ```\n";
        let tail = "[⬆ Back to Top](#table-of-contents)\n\n---\n";
        assert_eq!(
            clean(&[piece, tail]),
            "A closure keeps its scope.\n\n```python\ndef f():\n    pass\n```\n"
        );
        assert_eq!(clean(&["Ans: It depends.\n"]), "It depends.\n");
        assert_eq!(clean(&["A: Yes.\n"]), "Yes.\n");
        assert_eq!(
            clean(&["<div align=\"center\">\n\nText.\n\n</div>\n"]),
            "Text.\n"
        );
        assert_eq!(
            clean(&[
                "Text.\n\n<div align=\"right\">\n    <b><a href=\"#\">↥ back to top</a></b>\n</div>\n"
            ]),
            "Text.\n"
        );
    }

    #[test]
    fn words_that_start_like_labels_stay() {
        assert_eq!(clean(&["Answers vary.\n"]), "Answers vary.\n");
        assert_eq!(clean(&["A list is mutable.\n"]), "A list is mutable.\n");
    }
}
