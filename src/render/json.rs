//! The JSON shapes of `--json` output; field names and types are a stable interface.

use serde::Serialize;

use crate::library::{Entry, Topic};
use crate::search::{Hit, SearchResults};

/// A question in `list --json` and `related --json`: `{"number","title","topic","deck"}`.
#[derive(Debug, Serialize)]
pub struct QuestionEntry<'a> {
    pub number: u32,
    pub title: &'a str,
    pub topic: &'a str,
    /// `python` for the built-in set, else the deck file's stem.
    pub deck: &'a str,
}

impl<'a> QuestionEntry<'a> {
    pub fn new(entry: &'a Entry<'a>) -> Self {
        let q = &entry.question;
        Self {
            number: q.number.0,
            title: &q.title,
            topic: &q.topic,
            deck: entry.deck.name(),
        }
    }
}

/// A hit in `search --json`: `{"number","title","topic","deck","score","snippet"}`.
#[derive(Debug, Serialize)]
pub struct HitEntry<'a> {
    #[serde(flatten)]
    pub question: QuestionEntry<'a>,
    /// BM25 scaled by the share of the query the question covers; higher is better.
    pub score: f32,
    /// A one-line excerpt of the answer, without marks.
    pub snippet: &'a str,
}

impl<'a> From<&'a Hit<'a>> for HitEntry<'a> {
    fn from(hit: &'a Hit<'a>) -> Self {
        Self {
            question: QuestionEntry::new(&hit.entry),
            score: hit.score,
            snippet: &hit.excerpt.text,
        }
    }
}

/// `search --explain --json`: `{"query": {…}, "hits": [HitEntry…]}`.
#[derive(Debug, Serialize)]
pub struct ExplainedEntry<'a> {
    pub query: QueryEntry<'a>,
    pub hits: Vec<HitEntry<'a>>,
}

/// What a query became: `{"typed","searched","words","generic","left_out","expansions",
/// "corrections"}`; `expansions` are `{"from","to":[…]}`, `corrections` `{"typed","used"}`.
#[derive(Debug, Serialize)]
pub struct QueryEntry<'a> {
    pub typed: &'a str,
    /// The query after corrections.
    pub searched: &'a str,
    /// Searched with their full weight.
    pub words: &'a [String],
    /// Searched with a low weight.
    pub generic: &'a [String],
    pub left_out: &'a [String],
    pub expansions: Vec<ExpansionEntry<'a>>,
    pub corrections: Vec<CorrectionEntry<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ExpansionEntry<'a> {
    pub from: &'a str,
    pub to: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct CorrectionEntry<'a> {
    pub typed: &'a str,
    pub used: &'a str,
}

impl<'a> QueryEntry<'a> {
    pub fn new(typed: &'a str, results: &'a SearchResults<'a>) -> Self {
        let e = &results.explanation;
        Self {
            typed,
            searched: &results.as_searched,
            words: &e.words,
            generic: &e.generic,
            left_out: &e.left_out,
            expansions: e
                .expansions
                .iter()
                .map(|x| ExpansionEntry {
                    from: &x.from,
                    to: &x.to,
                })
                .collect(),
            corrections: results
                .corrections
                .iter()
                .map(|c| CorrectionEntry {
                    typed: &c.typed,
                    used: &c.used,
                })
                .collect(),
        }
    }
}

/// A topic in `topics --json`: `{"name","count","numbers","deck"}`.
#[derive(Debug, Serialize)]
pub struct TopicEntry<'a> {
    pub name: &'a str,
    pub count: usize,
    pub numbers: Vec<u32>,
    pub deck: &'a str,
}

impl<'a> From<&'a Topic<'a>> for TopicEntry<'a> {
    fn from(topic: &'a Topic<'a>) -> Self {
        Self {
            name: &topic.name,
            count: topic.numbers.len(),
            numbers: topic.numbers.iter().map(|n| n.0).collect(),
            deck: topic.deck.name(),
        }
    }
}

/// An answer in `show --json`, one object per line: `{"number","title","topic","deck","markdown"}`.
#[derive(Debug, Serialize)]
pub struct AnswerEntry<'a> {
    #[serde(flatten)]
    pub question: QuestionEntry<'a>,
    /// The answer as `--format md` prints it.
    pub markdown: String,
}
