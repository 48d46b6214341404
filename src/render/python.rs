//! Python code as tokens to colour: keywords, strings, comments, numbers, the names `def` and
//! `class` define, and decorators. A lexer, not a parser: it only has to find where each token
//! starts and ends, so it needs no grammar, no regex and nothing at start-up (docs/RENDERING.md
//! says why no highlighting crate is used).

use std::ops::Range;

/// What a token of Python code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Keyword,
    /// A built-in name: `print`, `len`, `self`.
    Builtin,
    Str,
    Comment,
    Number,
    /// The name after `def` or `class`.
    Definition,
    /// `@name`, and its dots.
    Decorator,
}

/// Python's keywords, soft keywords included.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

/// The built-in names most answers call.
const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "bytes",
    "callable",
    "cls",
    "dict",
    "dir",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "getattr",
    "hasattr",
    "hash",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "object",
    "open",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "self",
    "set",
    "setattr",
    "sorted",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// The tokens of `code` to colour, as byte ranges in order; what lies between them is plain.
pub fn tokens(code: &str) -> Vec<(Range<usize>, Token)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    let mut defining = false;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        if b == b'#' {
            i = line_end(code, i);
            found.push((start..i, Token::Comment));
        } else if let Some(end) = string_end(code, i) {
            i = end;
            found.push((start..i, Token::Str));
            defining = false;
        } else if b.is_ascii_digit()
            || (b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i = number_end(bytes, i);
            found.push((start..i, Token::Number));
        } else if b == b'@' && at_line_start(code, i) {
            i += 1;
            while i < bytes.len() && (is_name_byte(bytes[i]) || bytes[i] == b'.') {
                i += 1;
            }
            found.push((start..i, Token::Decorator));
        } else if is_name_start(code, i) {
            i = name_end(code, i);
            let word = &code[start..i];
            let token = if defining {
                Some(Token::Definition)
            } else if KEYWORDS.contains(&word) {
                Some(Token::Keyword)
            } else if BUILTINS.contains(&word) {
                Some(Token::Builtin)
            } else {
                None
            };
            defining = matches!(word, "def" | "class");
            if let Some(token) = token {
                found.push((start..i, token));
            }
        } else {
            i += code[i..].chars().next().map_or(1, char::len_utf8);
            if !b.is_ascii_whitespace() {
                defining = false;
            }
        }
    }
    found
}

/// Whether `code` reads as Python: it has lines only Python writes (`def f(`, `import x`,
/// `from x import y`, `class A:`, a `>>>` prompt, a block opened by a colon and indented) and
/// none of another language's marks (`;` ending lines, lone braces, `function`, `#include`).
pub fn looks_like_python(code: &str) -> bool {
    let mut python = 0;
    let mut other = 0;
    let mut opened = false;
    for line in code.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if opened && indented {
            python += 1;
        }
        opened = trimmed.ends_with(':') && !trimmed.starts_with('#');
        let first = trimmed.split([' ', '(']).next().unwrap_or_default();
        if trimmed.starts_with(">>> ")
            || trimmed.starts_with('@')
            || (matches!(
                first,
                "def" | "class" | "import" | "async" | "elif" | "lambda"
            ) && trimmed.len() > first.len())
            || (first == "from" && trimmed.contains(" import "))
            || (matches!(first, "print" | "return" | "yield" | "raise") && trimmed.len() > 5)
        {
            python += 1;
        }
        if trimmed.ends_with(';')
            || matches!(trimmed, "{" | "}" | "};")
            || matches!(
                first,
                "function" | "const" | "let" | "var" | "#include" | "$" | "SELECT"
            )
            || trimmed.starts_with("//")
        {
            other += 1;
        }
    }
    python > 0 && other == 0
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether a name starts at `i`: a letter or `_`, not in the middle of another word.
fn is_name_start(code: &str, i: usize) -> bool {
    let c = code[i..].chars().next().unwrap_or(' ');
    (c.is_alphabetic() || c == '_')
        && !code[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

fn name_end(code: &str, i: usize) -> usize {
    code[i..]
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map_or(code.len(), |(at, _)| i + at)
}

fn line_end(code: &str, i: usize) -> usize {
    code[i..].find('\n').map_or(code.len(), |at| i + at)
}

fn at_line_start(code: &str, i: usize) -> bool {
    code[..i]
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.trim().is_empty())
}

/// Where a number that starts at `i` ends: digits, `_`, a point, an exponent, a base prefix,
/// hex digits, `j`.
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let b = bytes[i];
        let sign = matches!(b, b'+' | b'-') && matches!(bytes[i - 1], b'e' | b'E');
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Where a string literal that starts at `i` ends (after its closing quote, or at the end of its
/// line when unclosed), with its prefix (`f`, `rb`); `None` when none starts there.
fn string_end(code: &str, i: usize) -> Option<usize> {
    let bytes = code.as_bytes();
    let prefix = bytes[i..]
        .iter()
        .take(3)
        .take_while(|b| matches!(b.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f'))
        .count();
    if prefix > 0
        && code[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    {
        return None;
    }
    let open = i + prefix;
    let quote = *bytes.get(open).filter(|q| matches!(q, b'\'' | b'"'))?;
    let raw = bytes[i..open].iter().any(|b| b.eq_ignore_ascii_case(&b'r'));
    let triple = bytes.get(open..open + 3) == Some(&[quote; 3][..]);
    let mut j = open + if triple { 3 } else { 1 };
    while j < bytes.len() {
        match bytes[j] {
            b'\\' if !raw => j += 2,
            b'\n' if !triple => return Some(j),
            q if q == quote && !triple => return Some(j + 1),
            q if q == quote && bytes.get(j..j + 3) == Some(&[quote; 3][..]) => return Some(j + 3),
            _ => j += 1,
        }
    }
    Some(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::{Token, looks_like_python, tokens};

    fn spans(code: &str) -> Vec<(&str, Token)> {
        tokens(code)
            .into_iter()
            .map(|(range, token)| (&code[range], token))
            .collect()
    }

    #[test]
    fn keywords_strings_comments_numbers_and_definitions() {
        let code = "@cache\ndef fib(n: int) -> int:  # memoised\n    return n if n < 2 else fib(n - 1) + 1.5e-3\nprint(f\"{x!r}\", 'it''s', r'\\d')\n";
        assert_eq!(
            spans(code),
            [
                ("@cache", Token::Decorator),
                ("def", Token::Keyword),
                ("fib", Token::Definition),
                ("int", Token::Builtin),
                ("int", Token::Builtin),
                ("# memoised", Token::Comment),
                ("return", Token::Keyword),
                ("if", Token::Keyword),
                ("2", Token::Number),
                ("else", Token::Keyword),
                ("1", Token::Number),
                ("1.5e-3", Token::Number),
                ("print", Token::Builtin),
                ("f\"{x!r}\"", Token::Str),
                ("'it'", Token::Str),
                ("'s'", Token::Str),
                ("r'\\d'", Token::Str),
            ]
        );
    }

    #[test]
    fn triple_quoted_strings_span_lines_and_words_keep_their_letters() {
        let code = "doc = \"\"\"one\n# not a comment\n\"\"\"\nbuffer = 1\n";
        assert_eq!(
            spans(code),
            [
                ("\"\"\"one\n# not a comment\n\"\"\"", Token::Str),
                ("1", Token::Number)
            ]
        );
        assert!(spans("unclosed = 'no end\nx = 2").contains(&("'no end", Token::Str)));
    }

    #[test]
    fn python_is_told_from_other_code_and_prose() {
        for python in [
            "def f(x):\n    return x\n",
            "from functools import partial\nint2 = partial(int, base=2)\n",
            ">>> 1 + 1\n2\n",
            "for i in range(3):\n    print(i)\n",
        ] {
            assert!(looks_like_python(python), "{python}");
        }
        for other in [
            "const x = 1;\n",
            "function f() {\n  return 1;\n}\n",
            "$ pip install requests\n",
            "SELECT * FROM t;\n",
            "GET /index.html HTTP/1.1\n",
        ] {
            assert!(!looks_like_python(other), "{other}");
        }
    }
}
