//! One-line excerpts of answers around the words a search matched.

use std::ops::Range;

use tantivy::snippet::SnippetGenerator;

use pyqa_core::text::model::Question;

/// The longest excerpt, in characters.
pub const EXCERPT_CHARS: usize = 160;

/// A short piece of an answer with the matched words marked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Excerpt {
    /// One line of text; `…` marks where it was cut from the answer.
    pub text: String,
    /// Byte ranges of `text` that matched, sorted and disjoint.
    pub highlights: Vec<Range<usize>>,
}

/// The best excerpt of `question`'s answer for the query behind `snippets`, or its opening words
/// when the answer holds none of the query's words.
pub fn excerpt(snippets: &SnippetGenerator, question: &Question) -> Excerpt {
    let text = question.answer.excerpt_text();
    let text = text.trim_end();
    let snippet = snippets.snippet(text);
    if snippet.fragment().is_empty() {
        let end = text
            .char_indices()
            .nth(EXCERPT_CHARS)
            .map_or(text.len(), |(i, _)| i);
        let cut = if end < text.len() {
            text[..end].rfind(' ').unwrap_or(end)
        } else {
            end
        };
        let after = if cut < text.len() { "…" } else { "" };
        return Excerpt {
            text: format!("{}{after}", text[..cut].trim_end()),
            highlights: Vec::new(),
        };
    }
    let range = snippet.fragment_range();
    let has_words = |rest: &str| rest.chars().any(char::is_alphanumeric);
    let before = if has_words(&text[..range.start]) {
        "…"
    } else {
        ""
    };
    let after = if has_words(&text[range.end..]) {
        "…"
    } else {
        ""
    };
    let tail = if after.is_empty() {
        &text[range.end..]
    } else {
        after
    };
    let mut ranges = snippet.highlighted().to_vec();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut highlights: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        let range = range.start + before.len()..range.end + before.len();
        match highlights.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => highlights.push(range),
        }
    }
    Excerpt {
        text: format!("{before}{}{tail}", snippet.fragment()),
        highlights,
    }
}
