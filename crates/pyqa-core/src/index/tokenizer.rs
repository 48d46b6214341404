//! Splitting text into words so that Python identifiers are found whole and by their parts.
//!
//! `functools.partial` gives the tokens `functools.partial`, `functools`
//! and `partial`; `ProcessPoolExecutor` gives itself and `Process`, `Pool`, `Executor`; `__init__`
//! gives itself and `init`. Lowercasing, folding and stemming are filters applied afterwards.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Words and identifiers, each identifier also split at `.`, `_` and camelCase humps.
#[derive(Debug, Clone, Default)]
pub struct CodeTokenizer;

/// The tokens of one text, produced in advance (answers are short).
#[derive(Debug)]
pub struct CodeTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for CodeTokenizer {
    type TokenStream<'a> = CodeTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CodeTokenStream {
        CodeTokenStream {
            tokens: tokens(text),
            next: 0,
        }
    }
}

impl TokenStream for CodeTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// All tokens of `text`. A token and the first of its parts share a position; the parts follow
/// one another, so phrases of parts still match.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut position = 0;
    for (from, to) in runs(text) {
        position = push_identifier(text, from, to, position, &mut out);
    }
    out
}

/// Byte ranges of identifier runs: word characters joined by single dots (`http.server`).
fn runs(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() {
            let joins = chars[i].1 == '.'
                && i > start
                && is_word_char(chars[i - 1].1)
                && chars
                    .get(i + 1)
                    .is_some_and(|&(_, c)| c.is_alphanumeric() || c == '_');
            if !(is_word_char(chars[i].1) || joins) {
                break;
            }
            i += 1;
        }
        let end = chars.get(i).map_or(text.len(), |&(offset, _)| offset);
        runs.push((chars[start].0, end));
    }
    runs
}

/// Pushes the run `text[from..to]` as tokens starting at `position`; returns the next position.
fn push_identifier(
    text: &str,
    from: usize,
    to: usize,
    position: usize,
    out: &mut Vec<Token>,
) -> usize {
    let components = split_keeping_offsets(text, from, to, |c| c == '.');
    if components.len() > 1 {
        push_token(text, from, to, position, out);
    }
    let mut position = position;
    for (c_from, c_to) in components {
        let parts: Vec<(usize, usize)> = split_keeping_offsets(text, c_from, c_to, |c| c == '_')
            .into_iter()
            .flat_map(|(p_from, p_to)| humps(text, p_from, p_to))
            .collect();
        if parts.is_empty() {
            continue;
        }
        let trimmed = text[c_from..c_to].trim_matches('_');
        if parts.len() > 1 || trimmed.len() != c_to - c_from {
            push_token(text, c_from, c_to, position, out);
        }
        for (p_from, p_to) in parts {
            push_token(text, p_from, p_to, position, out);
            position += 1;
        }
    }
    position
}

fn push_token(text: &str, from: usize, to: usize, position: usize, out: &mut Vec<Token>) {
    out.push(Token {
        offset_from: from,
        offset_to: to,
        position,
        text: text[from..to].to_owned(),
        position_length: 1,
    });
}

/// The non-empty pieces of `text[from..to]` between separator characters.
fn split_keeping_offsets(
    text: &str,
    from: usize,
    to: usize,
    sep: fn(char) -> bool,
) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut start = from;
    for (i, c) in text[from..to].char_indices() {
        if sep(c) {
            if start < from + i {
                pieces.push((start, from + i));
            }
            start = from + i + c.len_utf8();
        }
    }
    if start < to {
        pieces.push((start, to));
    }
    pieces
}

/// camelCase humps: `ProcessPoolExecutor` → `Process`, `Pool`, `Executor`; `HTTPServer` →
/// `HTTP`, `Server`; `do` and `GET` stay whole.
fn humps(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text[from..to].char_indices().collect();
    let mut humps = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (prev, here) = (chars[i - 1].1, chars[i].1);
        let next_lower = chars.get(i + 1).is_some_and(|&(_, c)| c.is_lowercase());
        let lower_to_upper = prev.is_lowercase() && here.is_uppercase();
        let acronym_end = prev.is_uppercase() && here.is_uppercase() && next_lower;
        if lower_to_upper || acronym_end {
            humps.push((from + chars[start].0, from + chars[i].0));
            start = i;
        }
    }
    if let Some(&(offset, _)) = chars.get(start) {
        humps.push((from + offset, to));
    }
    humps
}

#[cfg(test)]
mod tests {
    use super::tokens;

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
}
