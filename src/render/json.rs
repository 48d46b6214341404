//! The JSON shapes of `--json` output; field names and types are a stable interface.

use serde::Serialize;

use crate::library::Topic;
use crate::model::Question;
use crate::search::Hit;

/// A question in `list --json` and `related --json`: `{"number","title","topic"}`.
#[derive(Debug, Serialize)]
pub struct QuestionEntry<'a> {
    pub number: u32,
    pub title: &'a str,
    pub topic: &'a str,
}

impl<'a> QuestionEntry<'a> {
    pub fn new(q: &'a Question) -> Self {
        Self {
            number: q.number.0,
            title: &q.title,
            topic: &q.topic,
        }
    }
}

/// A hit in `search --json`: `{"number","title","topic","score","snippet"}`.
#[derive(Debug, Serialize)]
pub struct HitEntry<'a> {
    #[serde(flatten)]
    pub question: QuestionEntry<'a>,
    /// BM25; higher is better.
    pub score: f32,
    /// A one-line excerpt of the answer, without marks.
    pub snippet: &'a str,
}

impl<'a> From<&'a Hit<'a>> for HitEntry<'a> {
    fn from(hit: &'a Hit<'a>) -> Self {
        Self {
            question: QuestionEntry::new(hit.question),
            score: hit.score,
            snippet: &hit.excerpt.text,
        }
    }
}

/// A topic in `topics --json`: `{"name","count","numbers"}`.
#[derive(Debug, Serialize)]
pub struct TopicEntry<'a> {
    pub name: &'a str,
    pub count: usize,
    pub numbers: Vec<u32>,
}

impl<'a> From<&Topic<'a>> for TopicEntry<'a> {
    fn from(topic: &Topic<'a>) -> Self {
        Self {
            name: topic.name,
            count: topic.numbers.len(),
            numbers: topic.numbers.iter().map(|n| n.0).collect(),
        }
    }
}

/// An answer in `show --json`, one object per line: `{"number","title","topic","markdown"}`.
#[derive(Debug, Serialize)]
pub struct AnswerEntry<'a> {
    pub number: u32,
    pub title: &'a str,
    pub topic: &'a str,
    /// The answer rendered as by `--format md`.
    pub markdown: String,
}

impl<'a> AnswerEntry<'a> {
    pub fn new(q: &'a Question) -> Self {
        Self {
            number: q.number.0,
            title: &q.title,
            topic: &q.topic,
            markdown: super::markdown::question(q),
        }
    }
}
