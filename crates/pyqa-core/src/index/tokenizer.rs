//! Splitting text into words so that Python identifiers are found whole and by their parts.
//!
//! `functools.partial` gives the tokens `functools.partial`, `functools`
//! and `partial`; `ProcessPoolExecutor` gives itself and `Process`, `Pool`, `Executor`; `__init__`
//! gives itself and `init`. Lowercasing, folding and stemming are filters applied afterwards.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Words and identifiers, each identifier also split at `.`, `_` and camelCase humps.
///
/// It keeps its buffers between texts: indexing a large deck allocates nothing per token.
#[derive(Debug, Clone, Default)]
pub struct CodeTokenizer {
    spans: Vec<Span>,
    token: Token,
}

/// Where one token is in the text, and its position.
#[derive(Debug, Clone, Copy)]
struct Span {
    from: usize,
    to: usize,
    position: usize,
}

/// The tokens of one text: their spans are found in advance, each token's text is copied into
/// one reused buffer as the stream advances.
#[derive(Debug)]
pub struct CodeTokenStream<'a> {
    text: &'a str,
    spans: &'a [Span],
    next: usize,
    token: &'a mut Token,
}

impl Tokenizer for CodeTokenizer {
    type TokenStream<'a> = CodeTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CodeTokenStream<'a> {
        self.spans.clear();
        push_spans(text, &mut self.spans);
        CodeTokenStream {
            text,
            spans: &self.spans,
            next: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for CodeTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(&Span { from, to, position }) = self.spans.get(self.next) else {
            return false;
        };
        self.next += 1;
        self.token.text.clear();
        self.token.text.push_str(&self.text[from..to]);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = position;
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The spans of all tokens of `text`. A token and the first of its parts share a position; the
/// parts follow one another, so phrases of parts still match.
fn push_spans(text: &str, out: &mut Vec<Span>) {
    let mut position = 0;
    let mut chars = text.char_indices().peekable();
    // Identifier runs: word characters joined by single dots (`http.server`).
    while let Some((from, c)) = chars.next() {
        if !is_word_char(c) {
            if is_operator_char(c) {
                let mut to = from + c.len_utf8();
                while let Some(&(i, c)) = chars.peek().filter(|(_, c)| is_operator_char(*c)) {
                    to = i + c.len_utf8();
                    chars.next();
                }
                position = push_operators(text, from, to, position, out);
            }
            continue;
        }
        let mut to = from + c.len_utf8();
        let mut after_word = true;
        while let Some(&(i, c)) = chars.peek() {
            let joins =
                c == '.' && after_word && text[i + 1..].chars().next().is_some_and(is_word_char);
            if !(is_word_char(c) || joins) {
                break;
            }
            after_word = c != '.';
            to = i + c.len_utf8();
            chars.next();
        }
        position = push_identifier(text, from, to, position, out);
    }
}

/// Python's operators and empty brackets that are searched as tokens of their own, longest
/// first where one starts another.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "//", "**", ":=", "->", "==", "!=", "<=", ">=", "<<", ">>", "+=",
    "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "::", "[]", "()", "{}", "%", "@", "*",
];

fn is_operator_char(c: char) -> bool {
    matches!(
        c,
        '+' | '-'
            | '*'
            | '/'
            | '%'
            | '@'
            | '='
            | '<'
            | '>'
            | '!'
            | ':'
            | '&'
            | '|'
            | '^'
            | '['
            | ']'
            | '('
            | ')'
            | '{'
            | '}'
    )
}

/// Pushes the operators in the run of operator characters `text[from..to]`, one position each;
/// characters that start no operator (a lone `=`, `-` or `(`) are skipped.
fn push_operators(
    text: &str,
    from: usize,
    to: usize,
    position: usize,
    out: &mut Vec<Span>,
) -> usize {
    let mut position = position;
    let mut at = from;
    while at < to {
        let rest = &text[at..to];
        match OPERATORS.iter().find(|op| rest.starts_with(**op)) {
            Some(op) => {
                out.push(Span {
                    from: at,
                    to: at + op.len(),
                    position,
                });
                position += 1;
                at += op.len();
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    position
}

/// Pushes the run `text[from..to]` as tokens starting at `position`; returns the next position.
fn push_identifier(
    text: &str,
    from: usize,
    to: usize,
    position: usize,
    out: &mut Vec<Span>,
) -> usize {
    let mut position = position;
    // Most runs are plain words, not split at dots (nor at underscores, below): splitting costs.
    if !text[from..to].contains('.') {
        push_component(text, from, to, &mut position, out);
        return position;
    }
    if pieces(text, from, to, '.').nth(1).is_some() {
        out.push(Span { from, to, position });
    }
    for (c_from, c_to) in pieces(text, from, to, '.') {
        push_component(text, c_from, c_to, &mut position, out);
    }
    position
}

/// Pushes the dot-free `text[from..to]`: its parts between underscores, each split at its
/// humps, after the whole when there are several parts or underscores around them.
fn push_component(text: &str, from: usize, to: usize, position: &mut usize, out: &mut Vec<Span>) {
    let first = out.len();
    let start = *position;
    let underscored = text[from..to].contains('_');
    if underscored {
        for (p_from, p_to) in pieces(text, from, to, '_') {
            push_humps(text, p_from, p_to, position, out);
        }
    } else {
        push_humps(text, from, to, position, out);
    }
    let parts = out.len() - first;
    let padded = || text[from..to].trim_matches('_').len() != to - from;
    if parts > 1 || (parts == 1 && underscored && padded()) {
        let whole = Span {
            from,
            to,
            position: start,
        };
        out.insert(first, whole);
    }
}

/// The non-empty pieces of `text[from..to]` between `separator`s (an ASCII character).
fn pieces(
    text: &str,
    from: usize,
    to: usize,
    separator: char,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    text[from..to]
        .split(separator)
        .scan(from, move |at, piece| {
            let start = *at;
            *at += piece.len() + separator.len_utf8();
            Some((start, start + piece.len()))
        })
        .filter(|(start, end)| start < end)
}

/// Pushes the camelCase humps of `text[from..to]`, one position each: `ProcessPoolExecutor` →
/// `Process`, `Pool`, `Executor`; `HTTPServer` → `HTTP`, `Server`; `do` and `GET` stay whole.
fn push_humps(text: &str, from: usize, to: usize, position: &mut usize, out: &mut Vec<Span>) {
    let mut push = |start: usize, end: usize| {
        out.push(Span {
            from: start,
            to: end,
            position: *position,
        });
        *position += 1;
    };
    let mut chars = text[from..to].char_indices().peekable();
    let Some((_, mut previous)) = chars.next() else {
        return;
    };
    let mut start = from;
    while let Some((i, here)) = chars.next() {
        let next_lower = chars.peek().is_some_and(|&(_, c)| c.is_lowercase());
        let lower_to_upper = previous.is_lowercase() && here.is_uppercase();
        let acronym_end = previous.is_uppercase() && here.is_uppercase() && next_lower;
        if lower_to_upper || acronym_end {
            push(start, from + i);
            start = from + i;
        }
        previous = here;
    }
    push(start, to);
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

    use super::CodeTokenizer;

    fn tokens(text: &str) -> Vec<Token> {
        let mut tokenizer = CodeTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().clone());
        }
        tokens
    }

    fn texts(text: &str) -> Vec<(String, usize)> {
        tokens(text)
            .into_iter()
            .map(|t| (t.text, t.position))
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn plain_words_are_one_token_each() {
        assert_eq!(
            texts("Run fast, then stop."),
            [
                ("Run".into(), 0),
                ("fast".into(), 1),
                ("then".into(), 2),
                ("stop".into(), 3)
            ]
        );
    }

    #[test]
    fn dotted_names_give_the_whole_and_each_part() {
        assert_eq!(
            words("use functools.partial here"),
            ["use", "functools.partial", "functools", "partial", "here"]
        );
        assert_eq!(
            words("the http.server module."),
            ["the", "http.server", "http", "server", "module"]
        );
    }

    #[test]
    fn underscores_and_humps_split_but_keep_the_whole() {
        assert_eq!(words("__init__"), ["__init__", "init"]);
        assert_eq!(words("do_GET"), ["do_GET", "do", "GET"]);
        assert_eq!(words("flat_map"), ["flat_map", "flat", "map"]);
        assert_eq!(
            words("ProcessPoolExecutor"),
            ["ProcessPoolExecutor", "Process", "Pool", "Executor"]
        );
        assert_eq!(words("HTTPServer"), ["HTTPServer", "HTTP", "Server"]);
    }

    #[test]
    fn nested_identifiers_give_every_level() {
        assert_eq!(
            words("concurrent.futures.ProcessPoolExecutor"),
            [
                "concurrent.futures.ProcessPoolExecutor",
                "concurrent",
                "futures",
                "ProcessPoolExecutor",
                "Process",
                "Pool",
                "Executor"
            ]
        );
    }

    #[test]
    fn parts_follow_one_another_for_phrases() {
        let positions: Vec<usize> = tokens("a flat_map b")
            .into_iter()
            .map(|t| t.position)
            .collect();
        assert_eq!(positions, [0, 1, 1, 2, 3]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "call unittest.mock.patch()";
        for token in tokens(text) {
            assert_eq!(&text[token.offset_from..token.offset_to], token.text);
        }
    }

    #[test]
    fn sentence_dots_and_odd_characters_do_not_join() {
        assert_eq!(words("end. Next"), ["end", "Next"]);
        assert_eq!(words("It’s 1s → 2s"), ["It", "s", "1s", "2s"]);
        assert!(words("..._ __ ").is_empty());
    }

    #[test]
    fn operators_are_tokens_of_their_own() {
        assert_eq!(words("a // b"), ["a", "//", "b"]);
        assert_eq!(words("**kwargs"), ["**", "kwargs"]);
        assert_eq!(words("(x := 5)"), ["x", ":=", "5"]);
        assert_eq!(words("x = [] or {}"), ["x", "[]", "or", "{}"]);
        assert_eq!(words("text[::-1]"), ["text", "::", "1"]);
        assert_eq!(words("@property"), ["@", "property"]);
        assert_eq!(words("f(x) - g(y)"), ["f", "x", "g", "y"]);
    }
}
