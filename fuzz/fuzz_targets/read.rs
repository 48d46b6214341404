//! Arbitrary bytes as a deck of any kind, through the whole deck reader: a file of each kind
//! (text, Markdown, spreadsheets, notebooks, reStructuredText, JSON, YAML, TOML, source
//! literals, Org, HTML), or a folder of files (split at NUL bytes). It never panics, every
//! question it keeps has a title and an answer, a file's problems come in line order, and each
//! answer's key points (what `quiz --type` checks) are whole, non-empty texts.
//!
//! `PYQA_FUZZ_KIND=N` reads every input as kind N of [`KINDS`] (`12` as a folder), so that
//! each container can be fuzzed on its own for as long as it needs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyqa_core::text::folder::{self, FolderFile};
use pyqa_core::text::model::{Block, Question};
use pyqa_core::text::read::{self, FileKind};

/// File names a folder's files get, in turn: every kind a folder reads.
const NAMES: [&str; 13] = [
    "1 - notes.md",
    "Question 2.txt",
    "cards.csv",
    "cards.tsv",
    "book.ipynb",
    "faq.rst",
    "solution.py",
    "picture.png",
    "deck.json",
    "faq.yaml",
    "cards.toml",
    "notes.org",
    "page.html",
];

/// Every kind a file is read as, by the fuzzer's first byte.
const KINDS: [FileKind; 12] = [
    FileKind::Text,
    FileKind::Markdown,
    FileKind::Csv,
    FileKind::Tsv,
    FileKind::Notebook,
    FileKind::Restructured,
    FileKind::Json,
    FileKind::Yaml,
    FileKind::Toml,
    FileKind::Source,
    FileKind::Org,
    FileKind::Html,
];

/// The kind every input is read as, when one is pinned.
static PINNED: std::sync::LazyLock<Option<u8>> = std::sync::LazyLock::new(|| {
    std::env::var("PYQA_FUZZ_KIND")
        .ok()
        .and_then(|n| n.parse().ok())
});

fuzz_target!(|data: &[u8]| {
    let (selector, bytes) = match *PINNED {
        Some(kind) => (kind, data),
        None => match data.split_first() {
            Some((&selector, bytes)) => (selector, bytes),
            None => return,
        },
    };
    let kind = match KINDS.get(usize::from(selector) % (KINDS.len() + 1)) {
        Some(&kind) => kind,
        None => {
            let files = bytes
                .split(|&b| b == 0)
                .enumerate()
                .map(|(i, part)| {
                    let name = format!("{}/{}", i % 3, NAMES[i % NAMES.len()]);
                    FolderFile::read(name, part.to_vec())
                })
                .collect();
            let read = folder::read(files);
            read.deck.questions.iter().for_each(check_question);
            for file in &read.files {
                assert!(file.problems.windows(2).all(|w| w[0].line <= w[1].line));
            }
            return;
        }
    };
    let text = String::from_utf8_lossy(bytes);
    let deck = read::read(&text, kind);
    deck.deck.questions.iter().for_each(check_question);
    assert!(deck.problems.windows(2).all(|w| w[0].line <= w[1].line));
});

fn check_question(question: &Question) {
    assert!(!question.title.trim().is_empty(), "a title: {question:?}");
    let empty = question.answer.blocks.iter().all(|b| match b {
        Block::Markdown(text) => text.trim().is_empty(),
        _ => false,
    });
    assert!(!empty, "an answer: {question:?}");
    let points = question.answer.key_points();
    assert!(points.len() <= pyqa_core::text::points::MAX_POINTS);
    assert!(points.iter().all(|p| !p.trim().is_empty()), "{points:?}");
}
