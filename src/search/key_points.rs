//! Which of an answer's key points a typed answer covers, compared as search compares words: a
//! point's content words (not question words, not generic ones like `python` or `use`) reduced
//! to stems, identifiers whole; the typed answer's stems, identifiers and their parts, and the
//! thesaurus's expressions for what it says. A point is covered when the typed answer holds at
//! least half of its content words. Deterministic and offline.

use std::collections::HashSet;

use pyqa_core::index::schema::analyze;
use pyqa_core::query::words::{self, WordClass};
use pyqa_core::text::model::Answer;

use crate::search::thesaurus;

/// One key point of the model answer, and whether the typed answer covers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub text: String,
    pub covered: bool,
}

/// The key points of an answer with content words, each checked against `typed`.
pub fn check(answer: &Answer, typed: &str) -> Vec<Point> {
    let said = stems_said(typed);
    answer
        .key_points()
        .into_iter()
        .filter_map(|text| {
            let wanted = content_stems(&text);
            if wanted.is_empty() {
                return None;
            }
            let found = wanted.iter().filter(|s| said.contains(*s)).count();
            Some(Point {
                text,
                covered: found * 2 >= wanted.len(),
            })
        })
        .collect()
}

/// The stems of `text`'s content words, whole identifiers only. A point is prose, so Python's
/// keywords in it (`in`, `is`) are words of English.
fn content_stems(text: &str) -> HashSet<String> {
    text.split_whitespace()
        .filter(|w| words::class(w, false) == WordClass::Content)
        .flat_map(|w| analyze(w).into_iter().filter(|t| !t.part))
        .map(|t| t.text)
        .collect()
}

/// Every stem of `typed` (an identifier's parts too), and the stems of what the thesaurus says
/// its expressions also mean.
fn stems_said(typed: &str) -> HashSet<String> {
    let terms = analyze(typed);
    let whole: Vec<&str> = terms
        .iter()
        .filter(|t| !t.part)
        .map(|t| t.text.as_str())
        .collect();
    let mut said: HashSet<String> = terms.iter().map(|t| t.text.clone()).collect();
    for found in thesaurus::find(&whole) {
        for other in thesaurus::expansions(found.expression) {
            said.extend(pyqa_core::query::thesaurus::stems(thesaurus::written(
                other,
            )));
        }
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyqa_core::text::model::Block;

    fn answer(markdown: &str) -> Answer {
        Answer {
            blocks: vec![Block::Markdown(markdown.to_owned())],
        }
    }

    #[test]
    fn a_point_is_covered_by_half_its_content_words_in_any_form() {
        let model = answer(
            "- A decorator wraps a function in another function\n\
             - `functools.wraps` keeps the wrapped function's name\n\
             - Decorators are applied with the @ syntax",
        );
        let points = check(&model, "It wraps functions, and you apply it with @.");
        let covered: Vec<bool> = points.iter().map(|p| p.covered).collect();
        assert_eq!(covered, [true, false, true], "{points:?}");
        let points = check(&model, "no idea");
        assert!(points.iter().all(|p| !p.covered));
    }

    #[test]
    fn the_thesaurus_counts_a_synonym() {
        let model = answer("Use `random.shuffle` to shuffle a list in place.");
        let points = check(&model, "mix up the order of the list");
        assert!(points[0].covered, "{points:?}");
    }
}
