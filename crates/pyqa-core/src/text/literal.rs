//! Lists of records written as literals in source files — a Python module's list of dicts, a
//! JavaScript array of objects (also inside an HTML page's `<script>`), JSON that is not quite
//! valid (trailing commas, comments, single quotes, bare keys) — read into a JSON tree. Every
//! `[` or `{` that follows `=`, `:`, `(` or the start of the file is tried; the literal holding
//! the most objects is kept.

use serde_json::{Map, Value};

/// How deep literals may nest before reading stops (no stack is risked on hostile input).
const MAX_DEPTH: usize = 64;

/// The literal in `text` that holds the most objects, if one holds any.
pub fn largest(text: &str) -> Option<Value> {
    let bytes = text.as_bytes();
    let mut best: Option<(usize, Value)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (b == b'[' || b == b'{') && opens_literal(bytes, i) {
            let mut reader = Reader { text, at: i };
            if let Some(value) = reader.value(0) {
                let objects = count_objects(&value);
                if objects > best.as_ref().map_or(0, |(n, _)| *n) {
                    best = Some((objects, value));
                }
                // A literal read is not searched again for smaller ones inside it.
                i = reader.at.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    best.map(|(_, value)| value)
}

/// Whether the bracket at `at` starts a literal: the file's first thing, or after `=`, `:`,
/// `(` or `,`.
fn opens_literal(bytes: &[u8], at: usize) -> bool {
    let before = bytes[..at]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .copied();
    matches!(before, None | Some(b'=' | b':' | b'(' | b'>'))
}

/// How many objects `value` holds, itself included.
fn count_objects(value: &Value) -> usize {
    match value {
        Value::Object(map) => 1 + map.values().map(count_objects).sum::<usize>(),
        Value::Array(items) => items.iter().map(count_objects).sum(),
        _ => 0,
    }
}

/// A reader of one literal.
struct Reader<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Reader<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Skips white space and comments (`//`, `/* */`, `#`).
    fn skip(&mut self) {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.at += rest.len() - trimmed.len();
            let rest = self.rest();
            if rest.starts_with("//") || rest.starts_with('#') {
                self.at += rest.find('\n').unwrap_or(rest.len());
            } else if rest.starts_with("/*") {
                self.at += rest.find("*/").map_or(rest.len(), |i| i + 2);
            } else {
                return;
            }
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip();
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip();
        let value = match self.peek()? {
            '{' => self.object(depth)?,
            '[' => self.list(']', depth)?,
            '(' => self.list(')', depth)?,
            '"' | '\'' | '`' => Value::String(self.strings()?),
            c if c == '-' || c == '+' || c.is_ascii_digit() => self.number(),
            c if c.is_alphabetic() || c == '_' => self.word(depth)?,
            _ => return None,
        };
        Some(value)
    }

    /// `{key: value, …}`, keys quoted, bare or numbers; a trailing comma is fine.
    fn object(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let mut map = Map::new();
        loop {
            if self.eat('}') {
                return Some(Value::Object(map));
            }
            self.skip();
            let key = match self.peek()? {
                '"' | '\'' | '`' => self.strings()?,
                _ => self.name()?,
            };
            if !self.eat(':') {
                return None;
            }
            let value = self.value(depth + 1)?;
            map.insert(key, value);
            if !self.eat(',') {
                return self.eat('}').then_some(Value::Object(map));
            }
        }
    }

    /// `[a, b]` or a Python tuple `(a, b)`.
    fn list(&mut self, close: char, depth: usize) -> Option<Value> {
        self.at += 1;
        let mut items = Vec::new();
        loop {
            if self.eat(close) {
                return Some(Value::Array(items));
            }
            items.push(self.value(depth + 1)?);
            if !self.eat(',') {
                return self.eat(close).then_some(Value::Array(items));
            }
        }
    }

    /// One string, or several joined (`"a" "b"`, `"a" + "b"`), Python prefixes allowed.
    fn strings(&mut self) -> Option<String> {
        let mut out = self.string()?;
        loop {
            let save = self.at;
            self.skip();
            let _ = self.eat('+');
            self.skip();
            if let Some('"' | '\'' | '`') = self.peek() {
                out.push_str(&self.string()?);
            } else {
                self.at = save;
                return Some(out);
            }
        }
    }

    /// A quoted string: `'…'`, `"…"`, `` `…` ``, `'''…'''` or `"""…"""`, with escapes.
    fn string(&mut self) -> Option<String> {
        self.string_raw(false)
    }

    fn string_raw(&mut self, raw: bool) -> Option<String> {
        let quote = self.peek()?;
        let triple: String = std::iter::repeat_n(quote, 3).collect();
        let (close, width) = if self.rest().starts_with(&triple) {
            (triple.clone(), 3)
        } else {
            (quote.to_string(), 1)
        };
        self.at += width;
        let mut out = String::new();
        loop {
            let rest = self.rest();
            if rest.starts_with(&close) {
                self.at += close.len();
                return Some(out);
            }
            let mut chars = rest.chars();
            let c = chars.next()?;
            if c == '\n' && width == 1 && quote != '`' {
                return None;
            }
            if c == '\\' && !raw {
                let e = chars.next()?;
                self.at += 1 + e.len_utf8();
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' | '\n' => {}
                    'u' => {
                        let hex = self.text.get(self.at..self.at + 4)?;
                        let code = u32::from_str_radix(hex, 16).ok()?;
                        out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        self.at += 4;
                    }
                    other => out.push(other),
                }
                continue;
            }
            out.push(c);
            self.at += c.len_utf8();
        }
    }

    fn number(&mut self) -> Value {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_')))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        self.at += len;
        let value = word
            .replace('_', "")
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| Value::String(word.to_owned()), Value::Number);
        match value {
            Value::Number(n)
                if n.as_f64()
                    .is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e15) =>
            {
                #[allow(clippy::cast_possible_truncation)]
                let int = n.as_f64().map_or(0, |f| f as i64);
                Value::from(int)
            }
            other => other,
        }
    }

    /// A bare name (a key).
    fn name(&mut self) -> Option<String> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(rest.len());
        (len > 0).then(|| {
            self.at += len;
            rest[..len].to_owned()
        })
    }

    /// `true`, `None` and the like; a string prefix (`r"…"`, `f'…'`); or a call (`dict(q=…)`,
    /// `Card("…", "…")`) read as the object or list of its arguments.
    fn word(&mut self, depth: usize) -> Option<Value> {
        let name = self.name()?;
        if let Some(quote) = self.peek().filter(|c| matches!(c, '"' | '\''))
            && name.len() <= 2
            && name.chars().all(|c| "rRuUfFbB".contains(c))
        {
            let _ = quote;
            let raw = name.contains(['r', 'R']);
            return self.string_raw(raw).map(Value::String);
        }
        match name.as_str() {
            "true" | "True" => return Some(Value::Bool(true)),
            "false" | "False" => return Some(Value::Bool(false)),
            "null" | "None" | "undefined" => return Some(Value::Null),
            _ => {}
        }
        if !self.eat('(') {
            return None;
        }
        let mut map = Map::new();
        let mut items = Vec::new();
        loop {
            if self.eat(')') {
                break;
            }
            self.skip();
            let save = self.at;
            if let Some(key) = self.name()
                && self.eat('=')
            {
                map.insert(key, self.value(depth + 1)?);
            } else {
                self.at = save;
                items.push(self.value(depth + 1)?);
            }
            if !self.eat(',') {
                if !self.eat(')') {
                    return None;
                }
                break;
            }
        }
        Some(if map.is_empty() {
            Value::Array(items)
        } else {
            for (i, item) in items.into_iter().enumerate() {
                map.insert(i.to_string(), item);
            }
            Value::Object(map)
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::largest;

    #[test]
    fn python_and_javascript_literals_read_as_json() {
        let python = r#"
# questions
QUESTIONS = [
    {"q": 'What is a list?', 'a': """A mutable
sequence."""},  # first
    dict(q="What is a tuple?", a='An immutable ' 'sequence.'),
]
OTHER = {"x": 1}
"#;
        assert_eq!(
            largest(python),
            Some(json!([
                {"q": "What is a list?", "a": "A mutable\nsequence."},
                {"q": "What is a tuple?", "a": "An immutable sequence."},
            ]))
        );
        let script = "<script>\nconst cards = [\n  {front: `Что такое GIL?`, back: \"Блокировка\", n: 1,},\n  {front: 'Что такое PEP 8?', back: 'Стиль', n: 2},\n];\n</script>";
        assert_eq!(
            largest(script),
            Some(json!([
                {"front": "Что такое GIL?", "back": "Блокировка", "n": 1},
                {"front": "Что такое PEP 8?", "back": "Стиль", "n": 2},
            ]))
        );
    }

    #[test]
    fn hostile_nesting_stops_without_overflowing() {
        let deep = "[".repeat(100_000);
        assert_eq!(largest(&deep), None);
        assert_eq!(largest("x = [{\"a\": \"\\u12"), None);
    }
}
