//! The question set pyqa answers from: the parsed questions and their search index.

use std::fmt;

use tantivy::{Index, ReloadPolicy, Searcher, Term};

use crate::embedded;
use crate::error::Error;
use crate::model::{Deck, Question, QuestionNumber};
use crate::schema::{self, Fields};

/// Questions with an open index over them.
pub struct Library {
    deck: Deck,
    searcher: Searcher,
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
        let (deck, directory) = embedded::load()
            .map_err(|e| Error::Data(format!("the built-in set is damaged: {e}")))?;
        let index = Index::open(directory)?;
        Self::new(deck, &index)
    }

    fn new(deck: Deck, index: &Index) -> Result<Self, Error> {
        schema::register(index);
        let (schema, fields) = schema::schema();
        if index.schema() != schema {
            return Err(Error::Data(
                "the search index does not have the expected fields".into(),
            ));
        }
        let searcher = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?
            .searcher();
        Ok(Self {
            deck,
            searcher,
            fields,
        })
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

    /// The topic a user means by `wanted`: its name in any case, or a part of only one name.
    pub fn resolve_topic(&self, wanted: &str) -> Result<&str, Error> {
        let names = self.deck.topic_names();
        let lower = wanted.trim().to_lowercase();
        if let Some(exact) = names.iter().find(|n| n.to_lowercase() == lower) {
            return Ok(exact);
        }
        let matching: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| n.to_lowercase().contains(&lower))
            .collect();
        match matching.as_slice() {
            [one] if !lower.is_empty() => Ok(one),
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

    /// The inverse document frequency of an analyzed term over titles and answers (BM25's form);
    /// 0 for a term no question holds.
    #[allow(clippy::cast_precision_loss)] // document counts stay far below 2^24
    pub fn idf(&self, term: &str) -> Result<f32, Error> {
        let mut df = 0;
        for field in [self.fields.title, self.fields.body] {
            df = df.max(
                self.searcher
                    .doc_freq(&Term::from_field_text(field, term))?,
            );
        }
        if df == 0 {
            return Ok(0.0);
        }
        let (docs, df) = (self.searcher.num_docs() as f32, df as f32);
        Ok((1.0 + (docs - df + 0.5) / (df + 0.5)).ln())
    }

    pub(crate) fn searcher(&self) -> &Searcher {
        &self.searcher
    }

    pub(crate) fn fields(&self) -> Fields {
        self.fields
    }
}
