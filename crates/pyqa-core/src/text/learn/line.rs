//! One line of a deck as the learner sees it: whether it can start a question at all (code,
//! decoration and blank lines cannot), and its form — what kind of line it is (heading of a
//! level, quote, `<summary>`, plain), how far it is set in, its list bullet and bold, and the
//! marker it opens with, its digits abstracted (`Q{n}.`, `题目{n}：`, `Pregunta {n}:`, `{n})`).
//! Nothing here names a word: a marker is whatever short label and number a line opens with.

use std::fmt;

/// What a line can be to the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Blank,
    /// Inside a code fence or an HTML comment, a fence line, a rule, an underline or a line of
    /// bare HTML tags: part of an answer (code is content), never the start of a question.
    Inert {
        content: bool,
    },
    /// A line that may start a question.
    Open(Opening),
}

/// What kind of block a line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An ATX (`## …`) or setext heading of this level.
    Heading(u8),
    /// A line in a block quote (`> …`).
    Quote,
    /// The `<summary>` of a `<details>` block.
    Summary,
    /// Anything else: a paragraph's line, a list item's first line.
    Plain,
}

impl Kind {
    /// A heading's level; 7, below every heading, for any other line.
    pub fn level(self) -> u8 {
        match self {
            Self::Heading(level) => level,
            _ => 7,
        }
    }
}

/// How much of a line is bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bold {
    None,
    /// The marker alone (`**Q1:** …`).
    Marker,
    /// The whole line (`**What is …?**`).
    Line,
}

/// A line's form: the parts of it that repeat from question to question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Form {
    pub kind: Kind,
    /// Pairs of columns the line is set in (a tab is four columns).
    pub indent: u16,
    /// The list bullet it opens with (`-`, `*`, `+`).
    pub bullet: Option<char>,
    pub bold: Bold,
    /// The marker with its number abstracted, in lower case; empty when it has none.
    pub marker: String,
}

/// A line that may start a question, read: its form, the number its marker holds, and where its
/// title starts and ends in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub form: Form,
    pub number: Option<u32>,
    pub title: std::ops::Range<usize>,
    /// Where the marker is in the line, as written.
    pub marker: std::ops::Range<usize>,
    /// The column where a list item's content starts after its bullet or number, for answers
    /// set in under it; 0 for lines that are no list items.
    pub content_column: usize,
}

impl Form {
    /// Whether the marker has a word in it (`Q{n}.`, `Ans:`), not a number alone (`{n}.`).
    pub fn is_worded(&self) -> bool {
        self.marker
            .replace("{n}", "")
            .chars()
            .any(char::is_alphabetic)
    }

    /// The same form without its marker: all lines of this kind, level, bullet and bold.
    #[must_use]
    pub fn general(&self) -> Self {
        Self {
            marker: String::new(),
            ..self.clone()
        }
    }

    /// Whether this form is `general` (a form without a marker) once its marker is set aside.
    pub fn is_of(&self, general: &Self) -> bool {
        self.kind == general.kind
            && self.indent == general.indent
            && self.bullet == general.bullet
            && self.bold == general.bold
    }

    /// Whether lines of this form are so common in answers that, without a marker, bullet, bold
    /// or heading, they say nothing about where questions start.
    pub fn is_bare_text(&self) -> bool {
        self.kind == Kind::Plain
            && self.marker.is_empty()
            && self.bullet.is_none()
            && self.bold == Bold::None
            || self.kind == Kind::Quote && self.marker.is_empty() && self.bold == Bold::None
            || self.kind == Kind::Plain && self.bold == Bold::Marker
    }

    /// The fewest lines of the form that make it a candidate: one heading may be a deck's one
    /// question; any other form must come back.
    pub(super) fn fewest(&self) -> usize {
        if matches!(self.kind, Kind::Heading(_)) {
            1
        } else {
            2
        }
    }

    /// Bare list items (`- text`, no marker or bold) are mostly lists in answers: they count
    /// half as evidence of questions (unless their answers are set in under them).
    pub(super) fn weight(&self) -> f64 {
        if self.bullet.is_some() && self.marker.is_empty() && self.bold == Bold::None {
            0.5
        } else {
            1.0
        }
    }

    /// The form as `line` (one of its lines, read as `opening`) writes it, its digits as
    /// `{n}` and `…` for the title: `## Q{n}. …`, `- **…**`, `<summary>…`.
    pub fn shown(&self, line: &str, opening: &Opening) -> String {
        let written = line.get(opening.marker.clone()).unwrap_or_default().trim();
        let mut marker = String::new();
        let mut in_number = false;
        for c in written.chars() {
            if digit(c).is_some() {
                if !in_number {
                    marker.push_str("{n}");
                }
                in_number = true;
            } else {
                in_number = false;
                marker.push(c);
            }
        }
        let marker = marker.trim_end_matches(['*', '_']).trim_end().to_owned();
        let shown = Self {
            marker: if self.marker.is_empty() {
                String::new()
            } else {
                marker
            },
            ..self.clone()
        };
        shown.to_string()
    }
}

impl fmt::Display for Form {
    /// As it is written, with `…` for the title: `## q{n}. …`, `- **…**`, `<summary>…`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for _ in 0..self.indent.min(4) {
            f.write_str("  ")?;
        }
        if let Some(bullet) = self.bullet {
            write!(f, "{bullet} ")?;
        }
        match self.kind {
            Kind::Heading(level) => write!(f, "{} ", "#".repeat(usize::from(level)))?,
            Kind::Quote => f.write_str("> ")?,
            Kind::Summary => f.write_str("<summary>")?,
            Kind::Plain => {}
        }
        // A full-width mark needs no space after it (`题目{n}：…`).
        let full_width = |c: char| matches!(u32::from(c), 0x3000..=0x303F | 0xFF00..=0xFFEF);
        let space = if self.marker.ends_with(full_width) {
            ""
        } else {
            " "
        };
        match self.bold {
            Bold::None if self.marker.is_empty() => f.write_str("…"),
            Bold::None => write!(f, "{}{space}…", self.marker),
            Bold::Marker => write!(f, "**{}**{space}…", self.marker),
            Bold::Line if self.marker.is_empty() => f.write_str("**…**"),
            Bold::Line => write!(f, "**{}{space}…**", self.marker),
        }
    }
}

/// The role of every line of `text`, in order, with where each starts.
pub fn lines(text: &str) -> Vec<(usize, &str, Role)> {
    let raw: Vec<(usize, &str)> = split(text).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut fence: Option<(char, usize)> = None;
    let mut comment = false;
    let mut after_blank = true;
    for (i, &(start, line)) in raw.iter().enumerate() {
        let trimmed = line.trim();
        let role = if let Some(open) = fence {
            if closes_fence(trimmed, open) {
                fence = None;
            }
            Role::Inert { content: true }
        } else if comment {
            comment = !trimmed.contains("-->");
            Role::Inert { content: false }
        } else if trimmed.is_empty() {
            Role::Blank
        } else if let Some(open) = fence_of(trimmed) {
            fence = Some(open);
            Role::Inert { content: true }
        } else if trimmed.starts_with("<!--") {
            comment = !trimmed.contains("-->");
            Role::Inert { content: false }
        } else if is_underline(trimmed)
            || crate::text::markdown::answer::is_rule(trimmed)
            || is_bare_html(trimmed)
        {
            Role::Inert { content: false }
        } else {
            let underline = raw
                .get(i + 1)
                .map(|(_, next)| next.trim())
                .filter(|next| is_underline(next) && after_blank);
            match open(line, underline) {
                Some(opening) => Role::Open(opening),
                None => Role::Inert { content: true },
            }
        };
        after_blank = matches!(role, Role::Blank) || matches!(role, Role::Inert { content: false });
        out.push((start, line, role));
    }
    out
}

/// The lines of `text` without their line breaks, with where each starts.
fn split(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let at = start;
        start += line.len();
        (at, line.trim_end_matches(['\n', '\r']))
    })
}

/// Whether a trimmed line closes the code fence `open` (its character, as many or more, and
/// nothing after).
pub(crate) fn closes_fence(trimmed: &str, (ch, len): (char, usize)) -> bool {
    fence_of(trimmed).is_some_and(|(c, l)| c == ch && l >= len)
        && trimmed.trim_start_matches(ch).trim().is_empty()
}

/// The fence character and length a trimmed line opens a code fence with (```` ``` ```` or
/// `~~~`).
pub(crate) fn fence_of(trimmed: &str) -> Option<(char, usize)> {
    let ch = trimmed.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let len = trimmed.chars().take_while(|&c| c == ch).count();
    (len >= 3 && !(ch == '`' && trimmed[len..].contains('`'))).then_some((ch, len))
}

/// `===` or `---` alone: a setext underline (a rule when nothing is above it).
fn is_underline(trimmed: &str) -> bool {
    trimmed.len() >= 2 && (trimmed.bytes().all(|b| b == b'=') || trimmed.bytes().all(|b| b == b'-'))
}

/// A line of HTML tags and nothing else (`<details>`, `</p>`, `<br/>`), `<summary>` aside.
fn is_bare_html(trimmed: &str) -> bool {
    if !trimmed.starts_with('<') || !trimmed.ends_with('>') {
        return false;
    }
    if trimmed.to_ascii_lowercase().contains("<summary") {
        return false;
    }
    let mut inside = false;
    trimmed.chars().all(|c| {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside && !c.is_whitespace() => return false,
            _ => {}
        }
        true
    })
}

/// Reads a line that may open a question; `underline` is the setext underline below it, if any.
pub fn open(line: &str, underline: Option<&str>) -> Option<Opening> {
    let indent_bytes = line.len() - line.trim_start_matches([' ', '\t']).len();
    let indent: usize = line[..indent_bytes]
        .bytes()
        .map(|b| if b == b'\t' { 4 } else { 1 })
        .sum();
    let mut at = indent_bytes;
    let mut kind = Kind::Plain;
    let mut bullet = None;
    let rest = &line[at..];
    if let Some(after) = rest.strip_prefix('>') {
        kind = Kind::Quote;
        at += 1 + (after.len() - after.trim_start().len());
    }
    let rest = &line[at..];
    if let Some(c) = rest.chars().next()
        && matches!(c, '-' | '*' | '+')
        && rest[1..].starts_with([' ', '\t'])
    {
        bullet = Some(c);
        at += 1 + (rest.len() - 1 - rest[1..].trim_start().len());
        // A task list's box (`- [ ]`, `- [x]`) is Markdown's, no marker.
        let rest = &line[at..];
        if ["[ ] ", "[x] ", "[X] "].iter().any(|b| rest.starts_with(b)) {
            at += 4;
        }
    }
    let rest = &line[at..];
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes)
        && (rest.len() == hashes || rest[hashes..].starts_with([' ', '\t']))
    {
        kind = Kind::Heading(u8::try_from(hashes).unwrap_or(6));
        at += hashes + (rest.len() - hashes - rest[hashes..].trim_start().len());
    } else if kind == Kind::Plain
        && bullet.is_none()
        && let Some(under) = underline
    {
        kind = Kind::Heading(if under.starts_with('=') { 1 } else { 2 });
    }
    let mut end = line.trim_end().len();
    if matches!(kind, Kind::Heading(_)) {
        // A closing run of `#` after a space (`## Title ##`).
        let unhashed = line[..end].trim_end_matches('#');
        if unhashed.len() < end && unhashed.ends_with([' ', '\t']) {
            end = unhashed.trim_end().len();
        }
    }
    // A heading of nothing (`## `, `## ##`) ends where its marks do.
    let end = end.max(at);
    let mut end = end;
    if let Some((start, stop)) = summary(line, at, end) {
        kind = Kind::Summary;
        (at, end) = (start, stop);
    }
    let content_column = indent + line[indent_bytes..at].chars().count();
    let (bold, start, close) = bold_of(&line[at..end]);
    let at_marker = at + start;
    let end_text = at + close;
    let marker = marker(&line[at_marker..end_text]);
    let (shape, number, marker_len, bold) = match marker {
        Some(m) => {
            let mut used = m.len;
            let mut bold = bold;
            // `**Q1:** What…`: the bold closes right after the marker.
            if bold == Bold::None
                && start > 0
                && let Some(after) = line[at_marker + used..].strip_prefix(&line[at..at + start])
            {
                used = line[at_marker..].len() - after.trim_start().len();
                bold = Bold::Marker;
            }
            (m.shape, m.number, used, bold)
        }
        None => (String::new(), None, 0, bold),
    };
    let content_column = if bullet.is_some() {
        content_column
    } else if number.is_some() && kind == Kind::Plain {
        // An ordered item: its content starts after the number.
        indent + line[indent_bytes..at_marker + marker_len].chars().count()
    } else {
        // No list item: nothing is set in under it.
        0
    };
    let title_end = if bold == Bold::Marker { end } else { end_text };
    let title_start = (at_marker + marker_len).min(title_end);
    Some(Opening {
        form: Form {
            kind,
            // One space more or less is no other form (` 53.` beside `54.`); two are a level.
            // HTML is indented as its author likes: a summary has no level by its indent.
            indent: if kind == Kind::Summary {
                0
            } else {
                u16::try_from(indent / 2).unwrap_or(u16::MAX)
            },
            bullet,
            bold,
            marker: shape,
        },
        number,
        title: title_start..title_end,
        marker: at_marker..at_marker + marker_len,
        content_column,
    })
}

/// Where the text of a `<summary>` in `line[at..end]` starts and ends, if it has one (the
/// summary's closing tag may be on a later line).
fn summary(line: &str, at: usize, end: usize) -> Option<(usize, usize)> {
    let tag = b"<summary";
    let open = line.as_bytes()[at..end]
        .windows(tag.len())
        .position(|w| w.eq_ignore_ascii_case(tag))?;
    let lower = line[at..end].to_ascii_lowercase();
    let tag_end = lower[open..].find('>')? + open + 1;
    let close = lower[tag_end..]
        .find("</summary>")
        .map_or(end, |i| at + tag_end + i);
    let start = at + tag_end;
    let stop = close.max(start);
    Some((stop - line[start..stop].trim_start().len(), stop))
}

/// How `text` is bold: the whole of it (`**…**`), its start only (`**Q1:** …`, reported as
/// [`Bold::None`] until the marker is read), or not; and the range of the text inside.
fn bold_of(text: &str) -> (Bold, usize, usize) {
    for mark in ["**", "__"] {
        if let Some(inner) = text.strip_prefix(mark) {
            if mark == "__" && inner.starts_with(|c: char| c.is_ascii_alphanumeric()) && {
                let word: &str = inner
                    .split(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                word.contains("__")
            } {
                // A dunder name (`__init__`), not bold.
                return (Bold::None, 0, text.len());
            }
            if let Some(body) = inner.strip_suffix(mark)
                && !body.contains(mark)
                && !body.trim().is_empty()
            {
                return (Bold::Line, mark.len(), text.len() - mark.len());
            }
            return (Bold::None, mark.len(), text.len());
        }
    }
    (Bold::None, 0, text.len())
}

/// A marker at the start of a line's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Its shape, in lower case, digits as `{n}`.
    pub shape: String,
    pub number: Option<u32>,
    /// Its length in bytes with the spaces after it.
    pub len: usize,
}

/// The longest label, in characters, and the most words it has.
const MAX_LABEL_CHARS: usize = 24;
const MAX_LABEL_WORDS: usize = 3;

/// What closes a marker: `.`, `:`, `)`, a dash and their full-width forms, `、`.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | ':' | ')' | ']' | '-' | '–' | '—' | '：' | '、' | '．' | '）' | '」' | '】'
    )
}

/// Where the label that starts at `pos` of `text` ends (words of letters in any script, single
/// spaces between), and how many words it has; `None` when it is too long to be a label.
fn label_words(text: &str, pos: usize) -> Option<(usize, usize)> {
    let mut end = pos;
    let mut words = 0;
    let mut chars = 0;
    let mut at = pos;
    loop {
        let word: usize = text[at..]
            .chars()
            .take(MAX_LABEL_CHARS + 1)
            .take_while(|&c| c.is_alphabetic() && digit(c).is_none())
            .map(|c| {
                chars += 1;
                c.len_utf8()
            })
            .sum();
        if word == 0 {
            break;
        }
        words += 1;
        end = at + word;
        if words == MAX_LABEL_WORDS || chars > MAX_LABEL_CHARS {
            break;
        }
        // A space, then another word.
        match text[end..].strip_prefix(' ') {
            Some(next) if next.starts_with(|c: char| c.is_alphabetic()) => {
                chars += 1;
                at = end + 1;
            }
            _ => break,
        }
    }
    (chars <= MAX_LABEL_CHARS).then_some((end, words))
}

/// What a marker holds before its closing mark.
struct Closed {
    number: bool,
    words: usize,
    /// How many letters the label has.
    label_chars: usize,
    /// Whether the number had a `#` or `№` before it.
    sign: bool,
}

impl Closed {
    /// What follows the marker's closing mark in `rest` (its shape gets the mark), or `None`
    /// when `rest` does not close a marker.
    fn after<'r>(&self, rest: &'r str, shape: &mut String) -> Option<&'r str> {
        // Bold may close before the mark (`**Ans**: yes`).
        let rest = match rest.strip_prefix("**").or_else(|| rest.strip_prefix("__")) {
            Some(unbolded) if unbolded.starts_with(is_closing) => unbolded,
            _ => rest,
        };
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        let Some(c) = rest[gap..].chars().next().filter(|&c| is_closing(c)) else {
            // `Q1 What…`, and `Question 12` alone on its line, numbering the question below.
            let one_word_label = self.words == 1 && self.label_chars <= 10;
            let numbered = self.number && (one_word_label || self.sign);
            return (numbered && (rest.is_empty() || rest.starts_with(' '))).then_some(rest);
        };
        let after = &rest[gap + c.len_utf8()..];
        // A dash must stand apart, or it is a hyphenated word; a dot after words is the end of a
        // sentence (after one word it may close a marker: what repeats will tell).
        if matches!(c, '-' | '–' | '—') && !after.is_empty() && !after.starts_with(' ') && gap == 0
        {
            return None;
        }
        if c == '.' && !self.number && self.words > 1 {
            return None;
        }
        // A label closed by an ASCII mark stands apart from what follows (`Ans: yes`), or it is
        // a name (`functools.partial`, `http://`); a label of one or two letters need not
        // (`Q.What…`), nor do CJK marks.
        let short_label = self.words == 1 && self.label_chars <= 2;
        // Bold closing right after the mark (`**Ans:** yes`) stands apart too.
        let unbolded = after
            .strip_prefix("**")
            .or_else(|| after.strip_prefix("__"))
            .unwrap_or(after);
        if !self.number
            && !short_label
            && c.is_ascii()
            && !unbolded.is_empty()
            && !unbolded.starts_with([' ', '\t'])
        {
            return None;
        }
        if gap > 0 {
            shape.push(' ');
        }
        // A full-width mark is the same mark (`题目1:` beside `题目2：`).
        shape.push(match c {
            '：' => ':',
            '．' => '.',
            '）' => ')',
            other => other,
        });
        Some(after)
    }
}

/// The value of a decimal digit in any script (`7`, `７`, `٧`).
fn digit(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| {
        let code = u32::from(c);
        // The blocks of ten decimal digits that scripts write numbers in.
        [
            0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0x17E0,
        ]
        .into_iter()
        .find(|&zero| (zero..zero + 10).contains(&code))
        .map(|zero| code - zero)
    })
}

/// Reads the marker a line's text opens with: an optional opening (`(`, `[`, `#`, `№`), a label
/// of one to three words in any script, a number in any script's digits, and a closing
/// punctuation mark. A number needs the closing mark unless a one-word label is before it
/// (`Q1 What…`); a label needs it (`Ans:`), and a one- or two-letter label may close with a dot
/// (`Q.`). What follows must be text that is no number (`3.14` is no marker).
pub fn marker(text: &str) -> Option<Marker> {
    let mut shape = String::new();
    let opening = text
        .chars()
        .next()
        .filter(|c| matches!(c, '(' | '[' | '#' | '№' | '（' | '【'));
    let mut pos = opening.map_or(0, char::len_utf8);
    shape.extend(opening);
    let (label_end, words) = label_words(text, pos)?;
    let label = &text[pos..label_end];
    pos = label_end;
    let mut rest = &text[pos..];
    // The number, perhaps after a space or `#`/`№`.
    let spaced = rest.len() - rest.trim_start_matches(' ').len();
    let numbered_rest = rest[spaced..].trim_start_matches(['#', '№']);
    let sign = rest.len() - spaced - numbered_rest.len();
    let digits_len: usize = numbered_rest
        .chars()
        .take_while(|&c| digit(c).is_some())
        .map(char::len_utf8)
        .sum();
    shape.push_str(&label.to_lowercase());
    let number = if digits_len > 0 && (label.is_empty() || spaced <= 1) {
        let value = numbered_rest[..digits_len]
            .chars()
            .filter_map(digit)
            .try_fold(0u32, |n, d| n.checked_mul(10)?.checked_add(d));
        shape.push_str(&rest[..spaced + sign]);
        shape.push_str("{n}");
        pos += spaced + sign + digits_len;
        rest = &text[pos..];
        Some(value.unwrap_or(u32::MAX))
    } else {
        None
    };
    if label.is_empty() && number.is_none() {
        return None;
    }
    let closed = Closed {
        number: number.is_some(),
        words,
        label_chars: label.chars().count(),
        sign: sign > 0,
    };
    let mut after = closed.after(rest, &mut shape)?;
    // `1.2` and `3.14` number sections and values, not questions.
    if after.starts_with(|c: char| digit(c).is_some()) {
        return None;
    }
    if shape.starts_with(['(', '[', '（', '【']) {
        after = after.trim_start_matches([')', ']', '）', '】']);
    }
    let trimmed = after.trim_start();
    let len = text.len() - trimmed.len();
    Some(Marker { shape, number, len })
}

#[cfg(test)]
mod tests {
    use super::{Bold, Kind, marker, open};

    fn shape(text: &str) -> Option<(String, Option<u32>, &str)> {
        marker(text).map(|m| (m.shape, m.number, &text[m.len..]))
    }

    #[test]
    fn markers_in_any_words_and_scripts() {
        for (text, want, number, title) in [
            ("Q1. What is it?", "q{n}.", Some(1), "What is it?"),
            ("12) Why", "{n})", Some(12), "Why"),
            ("题目001：打印", "题目{n}:", Some(1), "打印"),
            ("Pregunta 3: ¿Qué?", "pregunta {n}:", Some(3), "¿Qué?"),
            ("Ans: yes", "ans:", None, "yes"),
            ("Ans - yes", "ans -", None, "yes"),
            ("Вопрос №5. Что", "вопрос №{n}.", Some(5), "Что"),
            ("Q. What", "q.", None, "What"),
            ("Zorbl 007 fnord", "zorbl {n}", Some(7), "fnord"),
            ("１２．なに", "{n}.", Some(12), "なに"),
            ("(3) Why", "({n})", Some(3), "Why"),
        ] {
            assert_eq!(
                shape(text),
                Some((want.to_owned(), number, title)),
                "{text}"
            );
        }
        for text in [
            "3.14 is pi",
            "Python is great",
            "Yes it is. It is",
            "well-known",
            "1.2 Sub",
            "2021 was",
            "functools.partial",
            "http://example.com",
        ] {
            assert_eq!(shape(text), None, "{text}");
        }
    }

    #[test]
    fn forms_of_lines() {
        let form = |line: &str| open(line, None).map(|o| (o.form, line[o.title].to_owned()));
        let (f, title) = form("## Q3. What?").unwrap();
        assert_eq!(
            (f.kind, f.marker.as_str(), title.as_str()),
            (Kind::Heading(2), "q{n}.", "What?")
        );
        let (f, title) = form("- **What is x?**").unwrap();
        assert_eq!(
            (f.bullet, f.bold, title.as_str()),
            (Some('-'), Bold::Line, "What is x?")
        );
        let (f, title) = form("**Q1:** What is y?").unwrap();
        assert_eq!((f.bold, title.as_str()), (Bold::Marker, "What is y?"));
        let (f, title) = form("<details><summary>Why z?</summary>").unwrap();
        assert_eq!((f.kind, title.as_str()), (Kind::Summary, "Why z?"));
        let (f, _) = form("Decorators").unwrap();
        assert!(f.is_bare_text());
        let setext = open("Decorators", Some("-----")).unwrap();
        assert_eq!(setext.form.kind, Kind::Heading(2));
    }
}
