//! What one line of a deck is: a question heading, a section header, a bullet, a label, code or prose.
//!
//! Each function looks at one line; the parser decides from the surrounding lines what the line means in context.

/// `53.What…`, ` 53.What…`, `#62.What…`, `57.57. Explain…`, `## 64. What…`: the number and title.
///
/// Any number is returned; the parser only starts a new question when it is larger than the last.
pub fn heading(line: &str) -> Option<(u32, &str)> {
    let rest = strip_hashes(line.trim_start()).trim_start();
    let (number, mut rest) = numbered_prefix(rest)?;
    // `57.57. Explain…`: the number repeated.
    if let Some((again, after)) = numbered_prefix(rest.trim_start())
        && again == number
    {
        rest = after;
    }
    let title = rest.trim();
    let first = title.chars().next()?;
    // `3.14 is pi` is not question 3.
    (!first.is_ascii_digit()).then_some((number, title))
}

/// `# Words` that is not a question: the name of a section (topic).
pub fn section_header(line: &str) -> Option<&str> {
    let line = line.trim_start();
    if !line.starts_with('#') {
        return None;
    }
    let rest = strip_hashes(line);
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let name = rest.trim();
    (!name.is_empty()).then_some(name)
}

/// A bullet item: `>text`, `>> text`, `- text`, `• text`, `* text`; the marker and the text.
pub fn bullet(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let marker_len = if line.starts_with('>') {
        line.len() - line.trim_start_matches('>').len()
    } else {
        let first = line.chars().next()?;
        let spaced = matches!(first, '-' | '*' | '+' | '–');
        let symbol = matches!(first, '•' | '·' | '▪' | '◦' | '➤' | '→');
        if !(symbol || spaced && line[first.len_utf8()..].starts_with(' ')) {
            return None;
        }
        first.len_utf8()
    };
    let text = line[marker_len..].trim();
    (!text.is_empty()).then_some((&line[..marker_len], text))
}

/// `1️⃣ map():`, `2️.filter()`: an emoji keycap item, which names a group; the label.
pub fn keycap_item(line: &str) -> Option<&str> {
    let line = line.trim();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let rest = &line[digits..];
    let after_keycap = rest.trim_start_matches(['\u{FE0F}', '\u{20E3}']);
    if after_keycap.len() == rest.len() {
        return None;
    }
    let label = after_keycap
        .trim_start_matches(['.', ')'])
        .trim()
        .trim_end_matches(':')
        .trim_end();
    (!label.is_empty()).then_some(label)
}

/// `1. text` or `1) text` inside an answer: a numbered item; its text.
pub fn numbered_item(line: &str) -> Option<&str> {
    let line = line.trim();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    if digits == 0 || !rest.starts_with(' ') {
        return None;
    }
    let text = rest.trim();
    (!text.is_empty()).then_some(text)
}

/// `Unit Tests:`, `pytest:`, `__new__:`, `Example:`: a short line that names what follows.
pub fn label(line: &str) -> Option<&str> {
    let text = line.trim().strip_suffix(':')?.trim_end();
    let words = text.split_whitespace().count();
    let plain = !text.contains([':', '.', ',', ';']) || text.ends_with(')');
    (words > 0 && words <= 4 && plain && !is_code(line)).then_some(text)
}

/// Line starts that only code has.
const CODE_STARTS: [&str; 9] = [
    "import ",
    "def ",
    "class ",
    "return ",
    "print(",
    "async def ",
    "await ",
    "yield ",
    "raise ",
];
/// Statements that open an indented block when the line ends in `:`.
const BLOCK_STARTS: [&str; 9] = [
    "for ", "while ", "if ", "elif ", "with ", "try:", "except", "else:", "finally:",
];

/// Whether a line reads as Python code: `nums = [1, 2, 3]`, `print(x)`, `from functools import reduce`.
pub fn is_code(line: &str) -> bool {
    let line = line.trim();

    if CODE_STARTS.iter().any(|s| line.starts_with(s)) {
        return true;
    }
    if line.starts_with("from ") && line.contains(" import ") {
        return true;
    }
    if line.starts_with('@') && line[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return !line.contains(' ');
    }
    if BLOCK_STARTS.iter().any(|s| line.starts_with(s)) && line.ends_with(':') {
        return true;
    }
    is_assignment(line) || is_call(line)
}

/// `a = 1`, `x, y = f()`, `total += n`: names, then an assignment operator, then a value.
fn is_assignment(line: &str) -> bool {
    let Some(eq) = line.find('=') else {
        return false;
    };
    let (target, value) = (&line[..eq], &line[eq + 1..]);
    if value.starts_with('=') || value.trim().is_empty() {
        return false;
    }
    let target = target
        .trim_end_matches(['+', '-', '*', '/', '%', '|', '&'])
        .trim();
    !target.is_empty()
        && target
            .split(',')
            .all(|name| is_dotted_name(name.trim()) || is_subscript(name.trim()))
}

/// `main()`, `print(total)  # 10`, `app.run(debug=True)`: a whole line that is one call.
fn is_call(line: &str) -> bool {
    let code = line.split("  #").next().unwrap_or(line).trim_end();
    let Some(open) = code.find('(') else {
        return false;
    };
    code.ends_with(')') && is_dotted_name(&code[..open]) && !code.contains(" – ")
}

fn is_subscript(text: &str) -> bool {
    text.split_once('[')
        .is_some_and(|(name, rest)| is_dotted_name(name) && rest.ends_with(']'))
}

fn is_dotted_name(text: &str) -> bool {
    !text.is_empty()
        && text.split('.').all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// `line` without the `<br>` (`<br/>`, `<br />`) that ends it, if one does.
pub fn strip_break(line: &str) -> Option<&str> {
    ["<br>", "<br/>", "<br />"]
        .iter()
        .find_map(|tag| line.strip_suffix(tag))
}

fn strip_hashes(line: &str) -> &str {
    line.trim_start_matches('#')
}

/// `53.` at the start of `text`: the number and what follows the dot.
fn numbered_prefix(text: &str) -> Option<(u32, &str)> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let number = text[..digits].parse().ok()?;
    let rest = text[digits..].strip_prefix('.')?;
    Some((number, rest))
}

/// Columns a line is set in (a tab is four).
pub fn columns(line: &str) -> usize {
    line.bytes()
        .map_while(|b| match b {
            b' ' => Some(1),
            b'\t' => Some(4),
            _ => None,
        })
        .sum()
}

/// `line` without up to `n` columns of leading spaces (a tab is four).
pub fn strip_columns(line: &str, n: usize) -> &str {
    let mut used = 0;
    for (i, b) in line.bytes().enumerate() {
        if used >= n {
            return &line[i..];
        }
        match b {
            b' ' => used += 1,
            b'\t' => used += 4,
            _ => return &line[i..],
        }
    }
    ""
}
