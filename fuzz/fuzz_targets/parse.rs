//! Arbitrary bytes as a deck file: parsing, checking and table-finding never panic, and the
//! questions kept have increasing numbers and non-empty answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyqa_core::text::parse;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = parse::parse_all(&text);
    let numbers: Vec<u32> = parsed.deck.questions.iter().map(|q| q.number.0).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "numbers increase: {numbers:?}");
    assert!(parsed.deck.questions.iter().all(|q| !q.answer.blocks.is_empty()));
    assert!(parsed.problems.windows(2).all(|w| w[0].line <= w[1].line));
    let _ = parse::parse(&text);
});
