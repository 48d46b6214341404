//! An answer's Markdown as it is kept: cut from the file, its common indentation removed, its
//! label (`**Answer:**`, `Ans:`, `A:`) and decorations ("back to top" links, `<div>` wrappers,
//! HTML comments, separator rules) dropped.

/// The answer Markdown of `pieces` of source (each dedented on its own), joined by blank lines.
pub fn clean(pieces: &[&str]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for piece in pieces {
        let dedented = dedent(piece);
        if dedented.trim().is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(dedented.lines().map(str::to_owned));
    }
    lines.retain(|line| !is_decoration(line));
    drop_label(&mut lines);
    while lines
        .last()
        .is_some_and(|l| l.trim().is_empty() || is_rule(l))
    {
        lines.pop();
    }
    while lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    let mut out = lines.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// `text` with the indentation its non-blank lines share removed, trailing spaces kept (two of
/// them are a line break in Markdown).
fn dedent(text: &str) -> String {
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    text.lines()
        .map(|l| {
            if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Removes an answer label: a first line that is only `**Answer:**`, `Answer:`, `Ans:`, `A:`
/// (bold or not), or such a label in front of the first line's text.
fn drop_label(lines: &mut Vec<String>) {
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return;
    };
    let Some(rest) = after_label(&lines[first]) else {
        return;
    };
    if rest.trim().is_empty() {
        lines.remove(first);
    } else {
        lines[first] = rest.trim_start().to_owned();
    }
}

/// What follows an answer label at the start of `line`.
fn after_label(line: &str) -> Option<&str> {
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
    let lower = text.to_ascii_lowercase();
    let bare = text.trim_matches(|c| c == '*' || c == '_').trim();
    let anchor_link = bare.starts_with('[') && bare.ends_with(')') && bare.contains("](#");
    (anchor_link
        && (lower.contains("top")
            || lower.contains('⬆')
            || lower.contains('↑')
            || lower.contains("back")))
        || (lower.starts_with("<div") && lower.ends_with('>'))
        || lower == "</div>"
        || (lower.starts_with("<!--") && lower.ends_with("-->"))
        || lower == "<br>"
        || lower == "<br/>"
        || lower == "<br />"
}

/// `---`, `***`, `___`: a thematic break.
fn is_rule(line: &str) -> bool {
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
    }

    #[test]
    fn words_that_start_like_labels_stay() {
        assert_eq!(clean(&["Answers vary.\n"]), "Answers vary.\n");
        assert_eq!(clean(&["A list is mutable.\n"]), "A list is mutable.\n");
    }
}
