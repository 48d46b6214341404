//! Org-mode read as the Markdown it stands for, line for line (so every line keeps its number):
//! `*` headings by level, `#+BEGIN_SRC` blocks as fenced code, quote blocks as quotes, drawers
//! and keywords blanked, `=code=`/`~code~` as code, `*bold*` as bold, links as their text. A
//! heading loses what Org adds to its title: its TODO keyword (`TODO`, `DONE`, or those the file
//! declares in `#+TODO:`), priority (`[#A]`), progress cookie (`[2/5]`, `[40%]`) and tags.

/// `text`, an Org file, as Markdown with the same lines.
pub fn to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut in_code = false;
    let mut in_quote = false;
    let mut in_drawer = false;
    let keywords = todo_keywords(text);
    for line in text.lines() {
        let trimmed = line.trim();
        let lower = trimmed.to_ascii_lowercase();
        if in_code {
            if lower.starts_with("#+end_src") || lower.starts_with("#+end_example") {
                in_code = false;
                out.push_str("```");
            } else {
                out.push_str(line);
            }
        } else if lower.starts_with("#+begin_src") || lower.starts_with("#+begin_example") {
            in_code = true;
            let language = if lower.starts_with("#+begin_src") {
                trimmed
                    .split_whitespace()
                    .nth(1)
                    .filter(|l| !l.starts_with(':'))
                    .unwrap_or_default()
            } else {
                ""
            };
            out.push_str("```");
            out.push_str(language);
        } else if lower.starts_with("#+begin_quote") {
            in_quote = true;
        } else if lower.starts_with("#+end_quote") {
            in_quote = false;
        } else if in_drawer {
            in_drawer = !lower.eq_ignore_ascii_case(":end:");
        } else if is_drawer_start(trimmed) {
            in_drawer = true;
        } else if lower.starts_with("#+") || trimmed == "#" || trimmed.starts_with("# ") {
            // Keywords (`#+TITLE:`) and comments are no text.
        } else if let Some(level) = heading_level(line) {
            out.push_str(&"#".repeat(level.min(6)));
            out.push(' ');
            out.push_str(&inline(&title(
                without_tags(line[level..].trim()),
                &keywords,
            )));
        } else if in_quote {
            out.push_str("> ");
            out.push_str(&inline(trimmed));
        } else {
            out.push_str(&inline(line));
        }
        out.push('\n');
    }
    out
}

/// The TODO keywords of a file: Org's own, and those its `#+TODO:` lines declare (`#+TODO:
/// TODO(t) WAIT | DONE(d) CANCELED`).
fn todo_keywords(text: &str) -> Vec<String> {
    let mut keywords = vec!["TODO".to_owned(), "DONE".to_owned()];
    for line in text.lines() {
        let trimmed = line.trim_start();
        let Some((key, value)) = trimmed.strip_prefix("#+").and_then(|r| r.split_once(':')) else {
            continue;
        };
        if ["todo", "seq_todo", "typ_todo"].contains(&key.to_ascii_lowercase().as_str()) {
            keywords.extend(
                value
                    .split_whitespace()
                    .filter(|w| *w != "|")
                    .map(|w| w.split('(').next().unwrap_or(w).to_owned()),
            );
        }
    }
    keywords
}

/// A heading's title without its TODO keyword, priority and progress cookies.
fn title(text: &str, keywords: &[String]) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| keywords.iter().any(|k| k == w))
    {
        words.remove(0);
    }
    let is_priority = |w: &str| w.len() == 4 && w.starts_with("[#") && w.ends_with(']');
    if words.first().is_some_and(|w| is_priority(w)) {
        words.remove(0);
    }
    without_cookies(&words.join(" "))
}

/// `text` without progress cookies (`[2/5]`, `[40%]`, `[/]`), wherever they are.
fn without_cookies(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let inner_len = after
            .find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '%'))
            .unwrap_or(after.len());
        let inner = &after[..inner_len];
        if after[inner_len..].starts_with(']') && (inner.contains('/') || inner.ends_with('%')) {
            rest = &after[inner_len + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The level of an Org heading (`** Title`): its stars, followed by a space.
fn heading_level(line: &str) -> Option<usize> {
    let stars = line.bytes().take_while(|&b| b == b'*').count();
    (stars > 0 && line[stars..].starts_with([' ', '\t'])).then_some(stars)
}

/// `:PROPERTIES:`, `:LOGBOOK:` and other drawers, up to `:END:`.
fn is_drawer_start(trimmed: &str) -> bool {
    trimmed.len() > 2
        && trimmed.starts_with(':')
        && trimmed.ends_with(':')
        && trimmed[1..trimmed.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !trimmed.eq_ignore_ascii_case(":end:")
}

/// A heading's text without its closing tags (`Title  :tag:other:`).
fn without_tags(text: &str) -> &str {
    match text.rsplit_once(char::is_whitespace) {
        Some((head, tags))
            if tags.len() > 2
                && tags.starts_with(':')
                && tags.ends_with(':')
                && !tags.contains(' ') =>
        {
            head.trim_end()
        }
        _ => text,
    }
}

/// Org's inline marks as Markdown's: `=code=` and `~code~` as code, `*bold*` as bold,
/// `[[target][text]]` and `[[target]]` as their text.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(['=', '~', '*', '[']) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let mark = from.as_bytes()[0];
        if mark == b'[' && from.starts_with("[[") {
            if let Some(end) = from.find("]]") {
                let inside = &from[2..end];
                let text = inside.split_once("][").map_or(inside, |(_, text)| text);
                out.push_str(text);
                rest = &from[end + 2..];
                continue;
            }
        } else if mark != b'['
            && starts_word(&out)
            && let Some(end) = from[1..].find(char::from(mark))
            && end > 0
            && !from[1..=end].starts_with(' ')
            && !from[1..=end].ends_with(' ')
            && ends_word(&from[end + 2..])
        {
            let inner = &from[1..=end];
            let wrap = if mark == b'*' { "**" } else { "`" };
            out.push_str(wrap);
            out.push_str(inner);
            out.push_str(wrap);
            rest = &from[end + 2..];
            continue;
        }
        out.push(char::from(mark));
        rest = &from[1..];
    }
    out.push_str(rest);
    out
}

/// Whether a mark after `before` may open emphasis: at the start or after a space or opening.
fn starts_word(before: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "({\"'".contains(c))
}

/// Whether a mark before `after` may close emphasis: at the end or before a space or closing.
fn ends_word(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || ".,;:!?)}\"'".contains(c))
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn org_reads_as_markdown_line_for_line() {
        let org = "#+TITLE: Notes\n* Basics :python:\n** What is =len=?\n:PROPERTIES:\n:ID: 1\n:END:\nIt counts *items*, see [[https://docs.python.org][the docs]].\n#+BEGIN_SRC python\nlen([1, 2])  # *not bold*\n#+END_SRC\n";
        let markdown = to_markdown(org);
        assert_eq!(
            markdown,
            "\n# Basics\n## What is `len`?\n\n\n\nIt counts **items**, see the docs.\n```python\nlen([1, 2])  # *not bold*\n```\n"
        );
        assert_eq!(markdown.lines().count(), org.lines().count());
    }
}
