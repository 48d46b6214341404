//! The question set pyqa answers from: the parsed questions and their search index.

use std::fmt;

use std::cell::OnceCell;

use tantivy::{Index, ReloadPolicy, Searcher};

use crate::blob::RelatedLists;
use crate::embedded::{self, StaticDirectory};
use crate::error::Error;
use crate::model::{Deck, Question, QuestionNumber};
use crate::schema::{self, Fields};
use crate::{lookup, related};

/// Questions and a search index over them, opened when first needed.
pub struct Library {
    deck: Deck,
    /// Related questions worked out in advance, best first.
    related: RelatedLists,
    /// The index's words with their counts as `word\tcount` lines, when worked out in advance.
    vocabulary: Option<&'static str>,
    directory: StaticDirectory,
    searcher: OnceCell<Searcher>,
    fields: Fields,
}

impl fmt::Debug for Library {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Library")
            .field("questions", &self.deck.questions.len())
            .finish_non_exhaustive()
    }
}

/// A topic and the numbers of its questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic<'a> {
    pub name: &'a str,
    pub numbers: Vec<QuestionNumber>,
}

/// A question number that is not in the set, with its neighbours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub number: QuestionNumber,
    pub below: Option<QuestionNumber>,
    pub above: Option<QuestionNumber>,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no question {} in this set", self.number)?;
        let nearest: Vec<String> = [self.below, self.above]
            .iter()
            .flatten()
            .map(ToString::to_string)
            .collect();
        if !nearest.is_empty() {
            write!(f, "; nearest: {}", nearest.join(", "))?;
        }
        Ok(())
    }
}

impl Library {
    /// The built-in set compiled into the binary.
    pub fn embedded() -> Result<Self, Error> {
        let (blob, directory) = embedded::load()
            .map_err(|e| Error::Data(format!("the built-in set is damaged: {e}")))?;
        let (_, fields) = schema::schema();
        Ok(Self {
            deck: blob.deck,
            related: blob.related,
            vocabulary: Some(blob.vocabulary),
            directory,
            searcher: OnceCell::new(),
            fields,
        })
    }

    /// The searcher over the index, opening the index on first use.
    pub(crate) fn searcher(&self) -> Result<&Searcher, Error> {
        if let Some(searcher) = self.searcher.get() {
            return Ok(searcher);
        }
        let index = Index::open(self.directory.clone())?;
        schema::register(&index);
        if index.schema() != schema::schema().0 {
            return Err(Error::Data(
                "the search index does not have the expected fields".into(),
            ));
        }
        let searcher = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?
            .searcher();
        Ok(self.searcher.get_or_init(|| searcher))
    }

    /// Up to `limit` other questions most like `question`, best first.
    pub fn related(&self, question: &Question, limit: usize) -> Result<Vec<&Question>, Error> {
        let numbers = match self.related.iter().find(|(n, _)| *n == question.number) {
            Some((_, kept)) if kept.len() >= limit => kept[..limit].to_vec(),
            _ => related::related(self.searcher()?, self.fields, question, limit)?,
        };
        numbers.into_iter().map(|n| self.indexed(n)).collect()
    }

    /// The question of a number the index gave.
    pub(crate) fn indexed(&self, number: QuestionNumber) -> Result<&Question, Error> {
        self.question(number).map_err(|missing| {
            Error::Data(format!(
                "the index names a question not in the set: {missing}"
            ))
        })
    }

    /// The index's vocabulary list, when there is one.
    pub(crate) fn vocabulary(&self) -> Option<&str> {
        self.vocabulary
    }

    /// The rarity of an analyzed term (see [`lookup::idf`]).
    pub fn idf(&self, term: &str) -> Result<f32, Error> {
        Ok(lookup::idf(self.searcher()?, self.fields, term)?)
    }

    /// All questions, in number order.
    pub fn questions(&self) -> &[Question] {
        &self.deck.questions
    }

    /// The question with this number, or its neighbours when there is none.
    pub fn question(&self, number: QuestionNumber) -> Result<&Question, Missing> {
        let questions = &self.deck.questions;
        match questions.binary_search_by_key(&number, |q| q.number) {
            Ok(i) => Ok(&questions[i]),
            Err(i) => Err(Missing {
                number,
                below: i.checked_sub(1).map(|j| questions[j].number),
                above: questions.get(i).map(|q| q.number),
            }),
        }
    }

    /// The topics in order of appearance, each with its question numbers.
    pub fn topics(&self) -> Vec<Topic<'_>> {
        self.deck
            .topic_names()
            .into_iter()
            .map(|name| Topic {
                name,
                numbers: self
                    .deck
                    .questions
                    .iter()
                    .filter(|q| q.topic == name)
                    .map(|q| q.number)
                    .collect(),
            })
            .collect()
    }

    /// The topic a user means by `wanted`: its name in any case or as a slug
    /// (`advanced-networking-system-design`), or a part of only one name (`network`).
    pub fn resolve_topic(&self, wanted: &str) -> Result<&str, Error> {
        let names = self.deck.topic_names();
        let wanted_slug = slug(wanted);
        if let Some(exact) = names.iter().find(|n| slug(n) == wanted_slug) {
            return Ok(exact);
        }
        let matching: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| slug(n).contains(&wanted_slug))
            .collect();
        match matching.as_slice() {
            [one] if !wanted_slug.is_empty() => Ok(one),
            [] | [_] => Err(Error::Usage(format!(
                "no topic matches \"{wanted}\"; topics: {}",
                names.join(", ")
            ))),
            many => Err(Error::Usage(format!(
                "\"{wanted}\" matches several topics: {}",
                many.join(", ")
            ))),
        }
    }

    pub(crate) fn fields(&self) -> Fields {
        self.fields
    }
}

/// A topic name as a shell-friendly word: `Advanced Networking & System Design` gives
/// `advanced-networking-system-design`.
pub fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}
