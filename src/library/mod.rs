//! Every deck pyqa answers from, the built-in set and the user's own, and what pyqa keeps on
//! disk for them: where its folders are ([`paths`]), the indexes of the user's deck files
//! ([`deck_cache`]), study scheduling ([`progress`]), the log of answers ([`review_log`]) and
//! which card a question is ([`cards`]); whole files are written through [`atomic_file`].

pub mod atomic_file;
pub mod built_in;
pub mod cards;
pub mod deck;
pub mod deck_cache;
pub mod deck_file;
pub mod fsrs;
pub mod paths;
pub mod progress;
pub mod review_log;
pub mod verified_index;

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use crate::error::Error;
use crate::library::deck::{BUILT_IN, DeckIndex, Missing};
use pyqa_core::text::model::{Question, QuestionNumber};

/// The decks, the built-in set first.
#[derive(Debug)]
pub struct Library {
    decks: Vec<DeckIndex>,
}

/// A question and the deck it is in.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub deck: &'a DeckIndex,
    pub question: Arc<Question>,
}

impl Entry<'_> {
    /// How a user writes this question's number: `64`, `notes:3`.
    pub fn id(&self) -> String {
        self.deck.id(self.question.number)
    }

    /// Its card's key in the review log (see [`cards::key`]).
    pub fn card_key(&self) -> String {
        cards::key(self.deck.name(), &self.question)
    }
}

/// A topic and a deck chosen on the command line; `None` for every one.
#[derive(Debug)]
pub struct Choice<'a> {
    topic: Option<String>,
    deck: Option<&'a DeckIndex>,
}

impl Choice<'_> {
    /// Whether questions of `deck` may be chosen.
    pub fn takes(&self, deck: &DeckIndex) -> bool {
        self.deck.is_none_or(|d| d.name() == deck.name())
    }

    /// Whether `entry` is chosen.
    pub fn holds(&self, entry: &Entry<'_>) -> bool {
        self.takes(entry.deck)
            && self
                .topic
                .as_deref()
                .is_none_or(|t| entry.question.topic == t)
    }
}

/// A question as the user names it: `64` (the built-in set) or `notes:3`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionId {
    pub deck: Option<String>,
    pub number: QuestionNumber,
}

impl FromStr for QuestionId {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (deck, number) = match text.rsplit_once(':') {
            Some((deck, number)) => (Some(deck.to_owned()), number),
            None => (None, text),
        };
        let number = number
            .trim()
            .trim_end_matches('.')
            .parse()
            .map(QuestionNumber);
        match number {
            Ok(number) if deck.as_deref().is_none_or(|d| !d.is_empty()) => {
                Ok(Self { deck, number })
            }
            _ => Err(format!(
                "`{text}` is not a question number (try `pyqa list`)"
            )),
        }
    }
}

/// A topic of one deck and the numbers of its questions.
#[derive(Debug, Clone)]
pub struct Topic<'a> {
    pub deck: &'a DeckIndex,
    pub name: String,
    pub numbers: Vec<QuestionNumber>,
}

impl Library {
    /// The built-in set compiled into the binary and the given user decks.
    pub fn new(user_decks: Vec<DeckIndex>) -> Result<Self, Error> {
        let mut decks = vec![built_in::deck()?];
        decks.extend(user_decks);
        Ok(Self::with_decks(decks))
    }

    /// A library of just these decks.
    pub fn with_decks(decks: Vec<DeckIndex>) -> Self {
        Self { decks }
    }

    /// The decks, the built-in set first.
    pub fn decks(&self) -> &[DeckIndex] {
        &self.decks
    }

    /// The deck called `name`, or the built-in set.
    pub fn deck(&self, name: Option<&str>) -> Result<&DeckIndex, Error> {
        let name = name.unwrap_or(BUILT_IN);
        self.decks.iter().find(|d| d.name() == name).ok_or_else(|| {
            let names: Vec<&str> = self.decks.iter().map(DeckIndex::name).collect();
            Error::Usage(format!(
                "no deck named \"{name}\"; decks: {}",
                names.join(", ")
            ))
        })
    }

    /// The question the user named, or its neighbours when there is none.
    pub fn question(&self, id: &QuestionId) -> Result<Result<Entry<'_>, Missing>, Error> {
        let deck = self.deck(id.deck.as_deref())?;
        Ok(deck
            .question(id.number)?
            .map(|question| Entry { deck, question }))
    }

    /// The questions a command works on: of every deck, or only of deck `from`; of the topic the
    /// user means by `topic` (see [`Library::resolve_topic`]), or of every topic.
    pub fn select(&self, topic: Option<&str>, from: Option<&str>) -> Result<Vec<Entry<'_>>, Error> {
        let choice = self.choose(topic, from)?;
        let mut entries = self.entries_of(|deck| choice.takes(deck))?;
        entries.retain(|e| choice.holds(e));
        Ok(entries)
    }

    /// The topic and the deck that `topic` and `from` name, resolved (an error when either names
    /// none).
    pub fn choose(&self, topic: Option<&str>, from: Option<&str>) -> Result<Choice<'_>, Error> {
        Ok(Choice {
            topic: topic.map(|t| self.resolve_topic(t)).transpose()?,
            deck: from.map(|name| self.deck(Some(name))).transpose()?,
        })
    }

    /// Every question of the decks `wanted` takes, deck by deck; the others are not read.
    pub fn entries_of(&self, wanted: impl Fn(&DeckIndex) -> bool) -> Result<Vec<Entry<'_>>, Error> {
        let mut entries = Vec::new();
        for deck in self.decks.iter().filter(|d| wanted(d)) {
            for question in deck.questions()? {
                entries.push(Entry { deck, question });
            }
        }
        Ok(entries)
    }

    /// The topics of every deck in order of appearance, each with its question numbers.
    pub fn topics(&self) -> Result<Vec<Topic<'_>>, Error> {
        let mut topics: Vec<Topic<'_>> = Vec::new();
        for entry in self.select(None, None)? {
            let deck = entry.deck;
            match topics
                .iter_mut()
                .find(|t| t.deck.name() == deck.name() && t.name == entry.question.topic)
            {
                Some(topic) => topic.numbers.push(entry.question.number),
                None => topics.push(Topic {
                    deck,
                    name: entry.question.topic.clone(),
                    numbers: vec![entry.question.number],
                }),
            }
        }
        Ok(topics)
    }

    /// Every topic name of every deck, the built-in set's first, without repeats; the questions
    /// of stored decks are not read.
    pub fn topic_names(&self) -> Result<Vec<String>, Error> {
        let mut names: Vec<String> = Vec::new();
        for deck in &self.decks {
            for name in deck.topic_names()? {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        Ok(names)
    }

    /// Up to `limit` questions of `topic` (every topic when `None`), deck by deck, each deck's in
    /// number order.
    pub fn first_entries(
        &self,
        topic: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Entry<'_>>, Error> {
        let mut entries = Vec::new();
        for deck in &self.decks {
            let wanted = limit.saturating_sub(entries.len());
            for question in deck.first_questions(topic, wanted)? {
                entries.push(Entry { deck, question });
            }
        }
        Ok(entries)
    }

    /// The topic a user means by `wanted`: its name in any case or as a slug
    /// (`advanced-networking-system-design`), or a part of only one name (`network`).
    pub fn resolve_topic(&self, wanted: &str) -> Result<String, Error> {
        let names = self.topic_names()?;
        let wanted_slug = slug(wanted);
        if let Some(exact) = names.iter().find(|n| slug(n) == wanted_slug) {
            return Ok(exact.clone());
        }
        let matching: Vec<&String> = names
            .iter()
            .filter(|n| slug(n).contains(&wanted_slug))
            .collect();
        match matching.as_slice() {
            [one] if !wanted_slug.is_empty() => Ok((*one).clone()),
            [] | [_] => Err(Error::Usage(format!(
                "no topic matches \"{wanted}\"; topics: {}",
                names.join(", ")
            ))),
            many => {
                let many: Vec<&str> = many.iter().map(|n| n.as_str()).collect();
                Err(Error::Usage(format!(
                    "\"{wanted}\" matches several topics: {}",
                    many.join(", ")
                )))
            }
        }
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.deck {
            Some(deck) => write!(f, "{deck}:{}", self.number),
            None => write!(f, "{}", self.number),
        }
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
