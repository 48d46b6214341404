//! One deck and its search index: the built-in set (questions and index in the binary, each
//! question decoded when first needed) or a user's file (questions read from the index's store
//! when needed, index in the cache).

use std::cell::OnceCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::collector::TopDocs;
use tantivy::directory::Directory;
use tantivy::query::{AllQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Index, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::error::Error;
use pyqa_core::index::blob::{self, Blob, BlobQuestion, GROUP};
use pyqa_core::index::lookup;
use pyqa_core::index::related;
use pyqa_core::index::schema::{self, Fields};
use pyqa_core::text::model::{Question, QuestionNumber};

/// The built-in deck's name, as in `python:64`.
pub const BUILT_IN: &str = "python";

/// Where a deck's questions are.
enum Questions {
    /// In the binary, in number order, decoded when first needed (the built-in set).
    Embedded(Embedded),
    /// In the index's document store, read on demand (user decks, which may be large).
    Stored,
}

/// The built-in set's questions: listed from the binary's bytes, each group of them inflated and
/// decoded when one of it is first needed.
struct Embedded {
    listed: Vec<BlobQuestion<'static>>,
    topics: Vec<&'static str>,
    groups: Vec<Group>,
    /// Related questions worked out in advance, best first (see [`blob::related_of`]).
    related: &'static [u8],
}

/// A group of the built-in set's questions: deflated in the binary, decoded when first needed.
type Group = (&'static [u8], OnceCell<Vec<Arc<Question>>>);

impl Embedded {
    /// The question at place `i` of the set.
    fn get(&self, i: usize) -> Result<Arc<Question>, Error> {
        let damaged = |why: String| {
            Error::Data(format!(
                "the built-in set is damaged: question {}: {why}",
                self.listed.get(i).map_or(0, |q| q.number.0)
            ))
        };
        let (bytes, decoded) = self
            .groups
            .get(i / GROUP)
            .ok_or_else(|| damaged("its group is missing".into()))?;
        let group = if let Some(group) = decoded.get() {
            group
        } else {
            let first = i - i % GROUP;
            let mut group = blob::group(bytes).map_err(damaged)?;
            for (place, question) in (first..).zip(&mut group) {
                if place >= self.listed.len() {
                    return Err(damaged("its group holds more than the listing".into()));
                }
                self.title(place)?.clone_into(&mut question.title);
                self.topic(place).clone_into(&mut question.topic);
            }
            decoded.get_or_init(|| group.into_iter().map(Arc::new).collect())
        };
        group
            .get(i % GROUP)
            .cloned()
            .ok_or_else(|| damaged("it is missing from its group".into()))
    }

    /// The title of the question at place `i`.
    fn title(&self, i: usize) -> Result<&str, Error> {
        let listed = self.listed.get(i).ok_or_else(|| {
            Error::Data(format!(
                "the built-in set is damaged: no question at place {i}"
            ))
        })?;
        std::str::from_utf8(listed.title).map_err(|e| {
            Error::Data(format!(
                "the built-in set is damaged: question {}: its title: {e}",
                listed.number.0
            ))
        })
    }

    /// The topic of the question at place `i`.
    fn topic(&self, i: usize) -> &str {
        self.topics
            .get(usize::from(self.listed[i].topic))
            .copied()
            .unwrap_or_default()
    }

    /// The place of the question numbered `number`, if the set has it.
    fn place(&self, number: QuestionNumber) -> Option<usize> {
        self.listed.binary_search_by_key(&number, |q| q.number).ok()
    }
}

/// A deck with its search index, opened when first needed.
pub struct DeckIndex {
    name: String,
    questions: Questions,
    /// The index's words with their counts as `word\tcount` lines, when worked out in advance:
    /// deflated, and inflated when first needed.
    vocabulary: Option<(&'static [u8], OnceCell<String>)>,
    /// Where the index is opened from on first use; `None` when it was opened already.
    directory: Option<Box<dyn Directory>>,
    searcher: OnceCell<Searcher>,
    fields: Fields,
    /// The file or folder a user's deck was read from; `None` for the built-in set.
    source: Option<PathBuf>,
}

impl fmt::Debug for DeckIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeckIndex")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// A question number that is not in a deck, with its neighbours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// How the user would write the number (`59`, `notes:3`).
    pub id: String,
    /// The deck's name, when it is not the built-in set.
    pub deck: Option<String>,
    pub below: Option<String>,
    pub above: Option<String>,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.deck {
            None => write!(f, "no question {} in this set", self.id)?,
            Some(deck) => write!(f, "no question {} in deck {deck}", self.id)?,
        }
        let nearest: Vec<&str> = [&self.below, &self.above]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !nearest.is_empty() {
            write!(f, "; nearest: {}", nearest.join(", "))?;
        }
        Ok(())
    }
}

impl DeckIndex {
    /// The built-in set: its questions, related lists and vocabulary from the blob, its index in
    /// `directory`.
    pub fn built_in(blob: Blob<'static>, directory: Box<dyn Directory>) -> Self {
        let questions = Embedded {
            listed: blob.questions,
            topics: blob.topics,
            groups: blob
                .groups
                .into_iter()
                .map(|bytes| (bytes, OnceCell::new()))
                .collect(),
            related: blob.related,
        };
        let vocabulary = blob.vocabulary;
        Self {
            name: BUILT_IN.to_owned(),
            questions: Questions::Embedded(questions),
            vocabulary: Some((vocabulary, OnceCell::new())),
            directory: Some(directory),
            searcher: OnceCell::new(),
            fields: schema::schema().1,
            source: None,
        }
    }

    /// A user's deck, read from `source`, whose index (with each question in its store)
    /// `searcher` has open.
    pub fn stored(name: String, searcher: Searcher, source: PathBuf) -> Self {
        Self {
            name,
            questions: Questions::Stored,
            vocabulary: None,
            directory: None,
            searcher: OnceCell::from(searcher),
            fields: schema::schema().1,
            source: Some(source),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file or folder a user's deck was read from.
    pub fn source(&self) -> Option<&Path> {
        self.source.as_deref()
    }

    /// Whether this is the built-in set, whose questions are addressed by number alone.
    pub fn is_built_in(&self) -> bool {
        self.name == BUILT_IN
    }

    /// How a user writes question `number` of this deck: `64`, `notes:3`.
    pub fn id(&self, number: QuestionNumber) -> String {
        if self.is_built_in() {
            number.to_string()
        } else {
            format!("{}:{number}", self.name)
        }
    }

    /// How a topic of this deck is shown beside the others: `Testing`, `Basics (notes)`.
    pub fn topic_label(&self, topic: &str) -> String {
        if self.is_built_in() {
            topic.to_owned()
        } else {
            format!("{topic} ({})", self.name)
        }
    }

    /// The searcher over the index, opening the index on first use.
    pub fn searcher(&self) -> Result<&Searcher, Error> {
        if let Some(searcher) = self.searcher.get() {
            return Ok(searcher);
        }
        // Only the built-in deck opens lazily, and its index is built by this binary's own code;
        // a user deck's index comes open, checked against the schema (`deck_cache`).
        let directory = self
            .directory
            .as_ref()
            .ok_or_else(|| Error::Data(format!("deck {} has no index", self.name)))?;
        let index = Index::open(directory.box_clone())?;
        schema::register(&index);
        let searcher = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?
            .searcher();
        Ok(self.searcher.get_or_init(|| searcher))
    }

    pub fn fields(&self) -> Fields {
        self.fields
    }

    /// Whether the index comes with a vocabulary list (see [`Self::vocabulary`]).
    pub fn has_vocabulary(&self) -> bool {
        self.vocabulary.is_some()
    }

    /// The index's vocabulary list, when there is one.
    pub fn vocabulary(&self) -> Result<Option<&str>, Error> {
        let Some((deflated, list)) = &self.vocabulary else {
            return Ok(None);
        };
        if let Some(list) = list.get() {
            return Ok(Some(list));
        }
        let damaged =
            |e: String| Error::Data(format!("the built-in set's vocabulary is damaged: {e}"));
        let text = String::from_utf8(blob::inflated(deflated).map_err(damaged)?)
            .map_err(|e| damaged(e.to_string()))?;
        Ok(Some(list.get_or_init(|| text)))
    }

    /// Whether a title or an answer holds the analyzed term.
    pub fn holds_term(&self, term: &str) -> Result<bool, Error> {
        let (searcher, fields) = (self.searcher()?, self.fields);
        for field in [fields.title, fields.body] {
            if searcher.doc_freq(&tantivy::Term::from_field_text(field, term))? > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The rarity of an analyzed term (see [`lookup::idf`]).
    pub fn idf(&self, term: &str) -> Result<f32, Error> {
        Ok(lookup::idf(self.searcher()?, self.fields, term)?)
    }

    /// All questions, in number order.
    pub fn questions(&self) -> Result<Vec<Arc<Question>>, Error> {
        match &self.questions {
            Questions::Embedded(questions) => (0..questions.listed.len())
                .map(|i| questions.get(i))
                .collect(),
            Questions::Stored => {
                let searcher = self.searcher()?;
                let mut questions = Vec::new();
                for (ord, segment) in searcher.segment_readers().iter().enumerate() {
                    for doc in segment.doc_ids_alive() {
                        let segment_ord = u32::try_from(ord)
                            .map_err(|_| Error::Data("too many index segments".into()))?;
                        questions.push(self.stored_question(DocAddress::new(segment_ord, doc))?);
                    }
                }
                questions.sort_by_key(|q| q.number);
                Ok(questions)
            }
        }
    }

    /// Up to `limit` questions of `topic` (every topic when `None`) with the lowest numbers, in
    /// number order; a stored deck reads only those.
    pub fn first_questions(
        &self,
        topic: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Arc<Question>>, Error> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        if let Questions::Embedded(questions) = &self.questions {
            return (0..questions.listed.len())
                .filter(|&i| topic.is_none_or(|t| questions.topic(i) == t))
                .take(limit)
                .map(|i| questions.get(i))
                .collect();
        }
        let searcher = self.searcher()?;
        let query: Box<dyn Query> = match topic {
            Some(topic) => Box::new(TermQuery::new(
                Term::from_field_text(self.fields.topic, topic),
                IndexRecordOption::Basic,
            )),
            None => Box::new(AllQuery),
        };
        let number = searcher.schema().get_field_name(self.fields.number);
        let documents = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
        let top = searcher.search(
            &query,
            &TopDocs::with_limit(limit.min(documents.max(1)))
                .order_by_u64_field(number, Order::Asc),
        )?;
        top.into_iter()
            .map(|(_, address)| self.stored_question(address))
            .collect()
    }

    /// The deck's topic names: in order of appearance for the built-in set, alphabetically for a
    /// stored deck, whose index lists them without reading its questions.
    pub fn topic_names(&self) -> Result<Vec<String>, Error> {
        if let Questions::Embedded(questions) = &self.questions {
            return Ok(questions.topics.iter().map(|t| (*t).to_owned()).collect());
        }
        let mut names = std::collections::BTreeSet::new();
        for segment in self.searcher()?.segment_readers() {
            let index = segment.inverted_index(self.fields.topic)?;
            let mut terms = index.terms().stream()?;
            while terms.advance() {
                if let Ok(name) = std::str::from_utf8(terms.key()) {
                    names.insert(name.to_owned());
                }
            }
        }
        Ok(names.into_iter().collect())
    }

    /// The question with this number, or its neighbours when there is none.
    pub fn question(
        &self,
        number: QuestionNumber,
    ) -> Result<Result<Arc<Question>, Missing>, Error> {
        let found = match &self.questions {
            Questions::Embedded(questions) => questions
                .place(number)
                .map(|i| questions.get(i))
                .transpose()?,
            Questions::Stored => {
                let searcher = self.searcher()?;
                let term = Term::from_field_u64(self.fields.number, u64::from(number.0));
                let query = TermQuery::new(term, IndexRecordOption::Basic);
                match searcher
                    .search(&query, &TopDocs::with_limit(1).order_by_score())?
                    .first()
                {
                    Some(&(_, address)) => Some(self.stored_question(address)?),
                    None => None,
                }
            }
        };
        if let Some(question) = found {
            return Ok(Ok(question));
        }
        let numbers = self.numbers()?;
        let at = numbers.partition_point(|n| *n < number);
        Ok(Err(Missing {
            id: self.id(number),
            deck: (!self.is_built_in()).then(|| self.name.clone()),
            below: at.checked_sub(1).map(|i| self.id(numbers[i])),
            above: numbers.get(at).map(|n| self.id(*n)),
        }))
    }

    /// The question of a document of the index.
    pub fn question_at(&self, address: DocAddress) -> Result<Arc<Question>, Error> {
        match &self.questions {
            Questions::Embedded(questions) => {
                let number = lookup::number_at(self.searcher()?, self.fields, address)?
                    .ok_or_else(|| Error::Data("a document has no question number".into()))?;
                let i = questions.place(number).ok_or_else(|| {
                    Error::Data(format!(
                        "the index names question {number}, which is not in the set"
                    ))
                })?;
                questions.get(i)
            }
            Questions::Stored => self.stored_question(address),
        }
    }

    /// The numbers and titles of up to `limit` other questions most like `question`, best
    /// first: for the built-in set, from its listing, with no question decoded.
    pub fn related_titles(
        &self,
        question: &Question,
        limit: usize,
    ) -> Result<Vec<(QuestionNumber, String)>, Error> {
        let numbers = self.related_numbers(question, limit)?;
        if let Questions::Embedded(questions) = &self.questions {
            return numbers
                .into_iter()
                .filter_map(|n| questions.place(n))
                .map(|i| Ok((questions.listed[i].number, questions.title(i)?.to_owned())))
                .collect();
        }
        Ok(self
            .questions_numbered(numbers)?
            .iter()
            .map(|q| (q.number, q.title.clone()))
            .collect())
    }

    /// Up to `limit` other questions most like `question`, best first.
    pub fn related(&self, question: &Question, limit: usize) -> Result<Vec<Arc<Question>>, Error> {
        let numbers = self.related_numbers(question, limit)?;
        self.questions_numbered(numbers)
    }

    /// The numbers of up to `limit` other questions most like `question`, best first: worked
    /// out in advance where they were, else searched for.
    fn related_numbers(
        &self,
        question: &Question,
        limit: usize,
    ) -> Result<Vec<QuestionNumber>, Error> {
        let kept = match &self.questions {
            Questions::Embedded(questions) => questions
                .place(question.number)
                .map(|place| blob::related_of(questions.related, place))
                .unwrap_or_default(),
            Questions::Stored => Vec::new(),
        };
        Ok(if kept.len() >= limit {
            kept[..limit].to_vec()
        } else {
            related::related(self.searcher()?, self.fields, question, limit)?
        })
    }

    /// The questions of `numbers` the deck has, in that order.
    fn questions_numbered(
        &self,
        numbers: Vec<QuestionNumber>,
    ) -> Result<Vec<Arc<Question>>, Error> {
        let mut found = Vec::with_capacity(numbers.len());
        for number in numbers {
            if let Ok(question) = self.question(number)? {
                found.push(question);
            }
        }
        Ok(found)
    }

    /// Every question number, in order.
    fn numbers(&self) -> Result<Vec<QuestionNumber>, Error> {
        if let Questions::Embedded(questions) = &self.questions {
            return Ok(questions.listed.iter().map(|q| q.number).collect());
        }
        let searcher = self.searcher()?;
        let name = searcher.schema().get_field_name(self.fields.number);
        let mut numbers = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64(name)?;
            for doc in segment.doc_ids_alive() {
                numbers.extend(
                    column
                        .first(doc)
                        .and_then(|v| u32::try_from(v).ok())
                        .map(QuestionNumber),
                );
            }
        }
        numbers.sort_unstable();
        Ok(numbers)
    }

    /// A question read back from the index's document store.
    fn stored_question(&self, address: DocAddress) -> Result<Arc<Question>, Error> {
        let doc: TantivyDocument = self.searcher()?.doc(address)?;
        let bytes = doc
            .get_first(self.fields.record)
            .and_then(|v| v.as_bytes())
            .ok_or_else(|| {
                Error::Data(format!(
                    "deck {}: a document has no stored question",
                    self.name
                ))
            })?;
        postcard::from_bytes(bytes).map(Arc::new).map_err(|e| {
            Error::Data(format!(
                "deck {}: a stored question is damaged: {e}",
                self.name
            ))
        })
    }
}
