//! Arbitrary bytes as a deck file of any kind, through the whole deck reader: it never panics,
//! every question it keeps has a title and an answer, and problems come in line order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyqa_core::text::model::Block;
use pyqa_core::text::read::{self, FileKind};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let kind = match selector % 4 {
        0 => FileKind::Text,
        1 => FileKind::Markdown,
        2 => FileKind::Csv,
        _ => FileKind::Tsv,
    };
    let text = String::from_utf8_lossy(bytes);
    let deck = read::read(&text, kind);
    for question in &deck.deck.questions {
        assert!(!question.title.trim().is_empty(), "a title: {question:?}");
        let empty = question.answer.blocks.iter().all(|b| match b {
            Block::Markdown(text) => text.trim().is_empty(),
            _ => false,
        });
        assert!(!empty, "an answer: {question:?}");
    }
    assert!(deck.problems.windows(2).all(|w| w[0].line <= w[1].line));
});
