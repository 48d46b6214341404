//! Compiles `data/*.txt` into the blob the binary embeds: a tantivy index plus the parsed deck.
//!
//! The parser, schema and indexer are the binary's own modules, included by path.

#[path = "src/blob.rs"]
mod blob;
#[path = "src/comparison.rs"]
mod comparison;
#[path = "src/indexer.rs"]
#[allow(dead_code)]
mod indexer;
#[path = "src/lines.rs"]
mod lines;
#[path = "src/lookup.rs"]
mod lookup;
#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/parse.rs"]
#[allow(dead_code)]
mod parse;
#[path = "src/related.rs"]
mod related;
#[path = "src/schema.rs"]
#[allow(dead_code)]
mod schema;
#[path = "src/tokenizer.rs"]
mod tokenizer;

use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use blob::{Blob, IndexFile, RelatedLists};
use model::{Deck, Question};

/// The fixed segment id that replaces tantivy's random one, so that builds are reproducible.
const SEGMENT_ID: &str = "00000000000000000000000000000000";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    for module in [
        "blob",
        "indexer",
        "lines",
        "model",
        "parse",
        "schema",
        "tokenizer",
    ] {
        println!("cargo:rerun-if-changed=src/{module}.rs");
    }
    println!("cargo:rerun-if-changed=data");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    let deck = read_data(Path::new("data"))?;

    let index_dir = out_dir.join("index");
    if index_dir.exists() {
        fs::remove_dir_all(&index_dir)?;
    }
    fs::create_dir_all(&index_dir)?;
    let index = indexer::build(
        tantivy::directory::MmapDirectory::open(&index_dir)?,
        &deck.questions,
        indexer::Segments::One,
    )?;
    let segment = match index.searchable_segment_ids()?.as_slice() {
        [one] => one.uuid_string(),
        other => return Err(format!("expected one index segment, found {}", other.len()).into()),
    };
    let related = related_questions(&index, &deck)?;
    let vocabulary = {
        let searcher = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()?
            .searcher();
        vocabulary(&searcher, schema::schema().1)?
    };
    drop(index);

    let files = index_files(&index_dir, &segment)?;
    let blob = Blob {
        files: files
            .iter()
            .map(|(name, bytes)| IndexFile { name, bytes })
            .collect(),
        deck,
        related,
        vocabulary: &vocabulary,
    };
    fs::write(out_dir.join("pyqa.blob"), postcard::to_stdvec(&blob)?)?;
    Ok(())
}

/// How many related questions are kept for each question.
const RELATED_KEPT: usize = 10;

/// Each question's related questions, as `pyqa related` would work them out.
fn related_questions(index: &tantivy::Index, deck: &Deck) -> Result<RelatedLists, Box<dyn Error>> {
    schema::register(index);
    let searcher = index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()?
        .searcher();
    let (_, fields) = schema::schema();
    let mut related = Vec::with_capacity(deck.questions.len());
    for question in &deck.questions {
        related.push((
            question.number,
            related::related(&searcher, fields, question, RELATED_KEPT)?,
        ));
    }
    Ok(related)
}

/// The index's unstemmed words and their document counts as `word\tcount` lines, in order.
fn vocabulary(searcher: &tantivy::Searcher, fields: schema::Fields) -> tantivy::Result<String> {
    let mut words: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
    lookup::each_word(searcher, fields, |word, df| {
        *words.entry(word.to_owned()).or_default() += df;
    })?;
    let mut list = String::new();
    for (word, df) in words {
        list.push_str(&word);
        list.push('\t');
        list.push_str(&df.to_string());
        list.push('\n');
    }
    Ok(list)
}

/// Parses every `*.txt` file in `dir` (in name order) into one deck.
fn read_data(dir: &Path) -> Result<Deck, Box<dyn Error>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.retain(|p| p.extension().is_some_and(|ext| ext == "txt"));
    paths.sort();
    let mut questions: Vec<(String, Question)> = Vec::new();
    for path in &paths {
        let shown = path.display().to_string();
        let text = fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
        let deck = parse::parse(&text).map_err(|e| e.located(&shown))?;
        for question in deck.questions {
            if let Some((first, _)) = questions.iter().find(|(_, q)| q.number == question.number) {
                return Err(format!(
                    "{shown}:{}: question {} is already in {first}",
                    question.line, question.number
                )
                .into());
            }
            questions.push((shown.clone(), question));
        }
    }
    if questions.is_empty() {
        return Err(format!("{}: no questions in any *.txt file", dir.display()).into());
    }
    questions.sort_by_key(|(_, q)| q.number);
    Ok(Deck {
        questions: questions.into_iter().map(|(_, q)| q).collect(),
    })
}

/// A file's name and content.
type NamedFile = (String, Vec<u8>);

/// The files that open the index (`meta.json` and the segment's), renamed to the fixed segment id.
fn index_files(dir: &Path, segment: &str) -> Result<Vec<NamedFile>, Box<dyn Error>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry
            .file_name()
            .into_string()
            .map_err(|n| format!("odd index file name {}", n.display()))?;
        if name.starts_with('.') {
            continue;
        }
        let mut bytes = fs::read(entry.path())?;
        if name == "meta.json" {
            let text = String::from_utf8(bytes)?.replace(&dashed(segment), &dashed(SEGMENT_ID));
            bytes = text.into_bytes();
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
