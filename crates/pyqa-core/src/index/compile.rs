//! Compiling the built-in set: `data/*.txt` and `data/*.md` read into one deck, indexed into one
//! segment, and written with its related questions and vocabulary as the blob the binary embeds.
//!
//! The blob is reproducible: tantivy's random segment id is replaced by a fixed one, so two builds
//! of the same data give the same bytes.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use tantivy::directory::MmapDirectory;
use tantivy::{Index, ReloadPolicy, Searcher};

use crate::index::blob::{self, Blob, BlobQuestion, GROUP, IndexFile, RELATED_KEPT, deflated};
use crate::index::{indexer, related, schema};
use crate::text::model::{Deck, Question};
use crate::text::parse;
use crate::text::read::{self, FileKind};

/// The fixed segment id that replaces tantivy's random one, so that builds are reproducible.
const SEGMENT_ID: &str = "00000000000000000000000000000000";

/// Why the built-in set could not be compiled: what was being done, and why it failed.
#[derive(Debug)]
pub struct CompileError {
    message: String,
    source: Option<Box<dyn Error + Send + Sync>>,
}

impl CompileError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            source: None,
        }
    }

    /// A function that wraps an error as the reason `doing` failed.
    fn context<E: Error + Send + Sync + 'static>(
        doing: impl Into<String>,
    ) -> impl FnOnce(E) -> Self {
        let message = doing.into();
        move |source| Self {
            message,
            source: Some(Box::new(source)),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Some(source) => write!(f, "{}: {source}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl Error for CompileError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn Error + 'static))
    }
}

/// Reads the built-in set from `data`, indexes it in `work/index`, and writes the blob to `blob`.
pub fn compile(data: &Path, work: &Path, blob: &Path) -> Result<(), CompileError> {
    let deck = read_data(data)?;
    let index_dir = work.join("index");
    if index_dir.exists() {
        fs::remove_dir_all(&index_dir).map_err(CompileError::context(format!(
            "removing {}",
            index_dir.display()
        )))?;
    }
    fs::create_dir_all(&index_dir).map_err(CompileError::context(format!(
        "creating {}",
        index_dir.display()
    )))?;
    let indexing = CompileError::context::<tantivy::TantivyError>("indexing the built-in set");
    let (segment, related, vocabulary) = index_deck(&index_dir, &deck).map_err(indexing)?;
    let files = index_files(&index_dir, &segment)?;
    let mut topics: Vec<&str> = Vec::new();
    let mut questions = Vec::with_capacity(deck.questions.len());
    for question in &deck.questions {
        let topic = topics
            .iter()
            .position(|t| *t == question.topic)
            .unwrap_or_else(|| {
                topics.push(&question.topic);
                topics.len() - 1
            });
        questions.push(BlobQuestion {
            number: question.number,
            title: question.title.as_bytes(),
            topic: u16::try_from(topic)
                .map_err(|_| CompileError::new("more topics than the blob can number"))?,
        });
    }
    // Titles and topics are in the listing: the deflated questions leave them out.
    let bare: Vec<Question> = deck
        .questions
        .iter()
        .map(|q| Question {
            title: String::new(),
            topic: String::new(),
            ..q.clone()
        })
        .collect();
    let groups = bare
        .chunks(GROUP)
        .map(|group| postcard::to_stdvec(group).map(|bytes| deflated(&bytes)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(CompileError::context("serializing the questions"))?;
    let bytes = postcard::to_stdvec(&Blob {
        files: files
            .iter()
            .map(|(name, bytes)| IndexFile { name, bytes })
            .collect(),
        questions,
        topics,
        groups: groups.iter().map(Vec::as_slice).collect(),
        related: &related,
        vocabulary: &deflated(vocabulary.as_bytes()),
    })
    .map_err(CompileError::context("serializing the blob"))?;
    fs::write(blob, bytes).map_err(CompileError::context(format!("writing {}", blob.display())))
}

/// Indexes `deck` into one segment in `dir`; its id, the related questions and the vocabulary.
fn index_deck(dir: &Path, deck: &Deck) -> tantivy::Result<(String, Vec<u8>, String)> {
    let index = indexer::build(
        MmapDirectory::open(dir)?,
        deck.questions.iter().cloned(),
        indexer::DeckSize::of(deck.questions.len()),
        indexer::Segments::One,
        indexer::Holds::Scored,
    )?;
    let segment = match index.searchable_segment_ids()?.as_slice() {
        [one] => one.uuid_string(),
        other => {
            return Err(tantivy::TantivyError::InternalError(format!(
                "expected one index segment, found {}",
                other.len()
            )));
        }
    };
    let searcher = searcher(&index)?;
    let fields = schema::schema().1;
    let mut related_lists = Vec::with_capacity(deck.questions.len() * 2 * RELATED_KEPT);
    for question in &deck.questions {
        let related = related::related(&searcher, fields, question, RELATED_KEPT)?;
        blob::push_related(&mut related_lists, &related)
            .map_err(tantivy::TantivyError::InternalError)?;
    }
    Ok((segment, related_lists, vocabulary(deck)))
}

fn searcher(index: &Index) -> tantivy::Result<Searcher> {
    schema::register(index);
    let reader: tantivy::IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    Ok(reader.searcher())
}

/// The deck's unstemmed words (as the `words` field of a user deck's index holds them) and the
/// number of questions holding each, as `word\tcount` lines, in order.
fn vocabulary(deck: &Deck) -> String {
    let mut analyzer = schema::Analysis::Exact.analyzer();
    let mut words: BTreeMap<String, u32> = BTreeMap::new();
    for question in &deck.questions {
        let mut held = std::collections::BTreeSet::new();
        let body = question.answer.searchable_text();
        for text in [question.title.as_str(), body.as_str()] {
            let mut stream = analyzer.token_stream(text);
            while let Some(token) = stream.next() {
                held.insert(token.text.clone());
            }
        }
        for word in held {
            *words.entry(word).or_default() += 1;
        }
    }
    let mut list = String::new();
    for (word, count) in words {
        list.push_str(&word);
        list.push('\t');
        list.push_str(&count.to_string());
        list.push('\n');
    }
    list
}

/// Reads every `*.txt` and `*.md` file in `dir` (in name order) into one deck: the seed's
/// numbered lines, and Markdown read as a user's deck is. A file that reads with any problem, or
/// a number two files use, stops the build.
fn read_data(dir: &Path) -> Result<Deck, CompileError> {
    let listing = CompileError::context(format!("listing {}", dir.display()));
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .and_then(|entries| entries.map(|entry| entry.map(|e| e.path())).collect())
        .map_err(listing)?;
    paths.retain(|p| p.extension().is_some_and(|ext| ext == "txt" || ext == "md"));
    paths.sort();
    let mut questions: Vec<(String, Question)> = Vec::new();
    for path in &paths {
        let shown = path.display().to_string();
        let text = fs::read_to_string(path).map_err(CompileError::context(shown.clone()))?;
        let deck = if path.extension().is_some_and(|ext| ext == "md") {
            let read = read::read(&text, FileKind::Markdown);
            if let Some(problem) = read.problems.first() {
                return Err(CompileError::new(problem.located(&shown)));
            }
            read.deck
        } else {
            parse::parse(&text).map_err(|e| CompileError::new(e.located(&shown)))?
        };
        for question in deck.questions {
            if let Some((first, _)) = questions.iter().find(|(_, q)| q.number == question.number) {
                return Err(CompileError::new(format!(
                    "{shown}:{}: question {} is already in {first}",
                    question.line, question.number
                )));
            }
            questions.push((shown.clone(), question));
        }
    }
    if questions.is_empty() {
        return Err(CompileError::new(format!(
            "{}: no questions in any *.txt or *.md file",
            dir.display()
        )));
    }
    questions.sort_by_key(|(_, q)| q.number);
    Ok(Deck {
        questions: questions.into_iter().map(|(_, q)| q).collect(),
    })
}

/// A file's name and content.
type NamedFile = (String, Vec<u8>);

/// The files that open the index (`meta.json` and the segment's), renamed to the fixed segment id.
fn index_files(dir: &Path, segment: &str) -> Result<Vec<NamedFile>, CompileError> {
    let reading = |path: &Path| CompileError::context(format!("reading {}", path.display()));
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(reading(dir))? {
        let entry = entry.map_err(reading(dir))?;
        let Ok(name) = entry.file_name().into_string() else {
            return Err(CompileError::new(format!(
                "odd index file name {}",
                entry.path().display()
            )));
        };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let mut bytes = fs::read(&path).map_err(reading(&path))?;
        if name == "meta.json" {
            let text = String::from_utf8(bytes)
                .map_err(CompileError::context(format!("reading {}", path.display())))?;
            bytes = text
                .replace(&dashed(segment), &dashed(SEGMENT_ID))
                .into_bytes();
        }
        files.push((name.replace(segment, SEGMENT_ID), bytes));
    }
    files.sort();
    Ok(files)
}

/// `0123…` as the dashed UUID form that `meta.json` uses.
fn dashed(id: &str) -> String {
    format!(
        "{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..]
    )
}
