//! Property tests: any text parses without panicking, Markdown reads back as the same questions,
//! and terminal output fits any width.

use std::fmt::Write as _;

use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

use crate::render::{anki, markdown, terminal};
use pyqa_core::text::model::{Answer, Block, Deck, Question, QuestionNumber};
use pyqa_core::text::parse::{parse, parse_all};
use pyqa_core::text::read::{FileKind, HowRead, read};

/// A word of a title or answer; some accented and wide characters among them.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        "[A-Z][a-z]{1,8}",
        Just("naïve".to_owned()),
        Just("café".to_owned()),
        Just("函数".to_owned()),
        Just("__init__".to_owned()),
        Just("functools.partial".to_owned()),
        Just("x**2".to_owned()),
    ]
}

fn words(range: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), range).prop_map(|w| w.join(" "))
}

/// One line of an answer: prose, a bullet, a label, or code.
fn answer_line() -> impl Strategy<Value = String> {
    prop_oneof![
        words(1..12).prop_map(|w| format!("{w}.")),
        words(1..8).prop_map(|w| format!("> {w}")),
        words(1..8).prop_map(|w| format!("- {w}")),
        "[A-Z][a-z]{2,8}".prop_map(|l| format!("{l}:")),
        ("[a-z]{1,6}", 0u32..100).prop_map(|(n, v)| format!("{n} = {v}")),
        Just(String::new()),
    ]
}

/// A deck's text: topics over questions numbered 10 upwards, each with a few answer lines.
fn deck_text() -> impl Strategy<Value = String> {
    let question = (words(1..8), prop::collection::vec(answer_line(), 1..8));
    prop::collection::vec(
        (prop::bool::weighted(0.2), "[A-Z][a-z]{2,10}", question),
        1..12,
    )
    .prop_map(|questions| {
        let mut text = String::new();
        for (i, (new_topic, topic, (title, lines))) in questions.into_iter().enumerate() {
            if new_topic || i == 0 {
                let _ = write!(text, "# {topic}\n\n");
            }
            let _ = write!(text, "{}. {title}?\nAnswer.\n", 10 + 3 * i);
            for line in lines {
                text.push_str(&line);
                text.push('\n');
            }
        }
        text
    })
}

/// Markdown escapes (`\*`) read as the characters they stand for.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        out.push(c);
    }
    out.replace('`', "")
}

/// The deck as one Markdown document, the way `pyqa export` writes it.
fn export(deck: &Deck) -> String {
    let mut out = String::new();
    let mut topic: Option<&str> = None;
    for q in &deck.questions {
        if topic != Some(&q.topic) {
            out.push_str(&markdown::topic_heading(&q.topic));
            out.push('\n');
            topic = Some(&q.topic);
        }
        out.push_str(&markdown::section(q));
        out.push('\n');
    }
    out
}

/// One block of a Markdown answer: prose, a list, a task list, code, a table, a quote, a
/// labelled line.
fn answer_block() -> impl Strategy<Value = String> {
    prop_oneof![
        words(2..14).prop_map(|w| format!("{w}.")),
        prop::collection::vec(words(1..6), 2..5).prop_map(|items| list(&items, |_| "-".into())),
        prop::collection::vec(words(1..6), 2..4)
            .prop_map(|items| list(&items, |n| format!("{}.", n + 1))),
        (
            prop::collection::vec(words(1..4), 2..4),
            any::<prop::sample::Index>()
        )
            .prop_map(|(items, right)| {
                let right = right.index(items.len());
                list(&items, |n| {
                    if n == right { "- [x]" } else { "- [ ]" }.into()
                })
            }),
        ("[a-z]{1,6}", 0u32..100)
            .prop_map(|(n, v)| format!("```python\n{n} = {v}\nprint({n})\n```")),
        (words(1..3), words(1..3))
            .prop_map(|(a, b)| format!("| {a} | {b} |\n|---|---|\n| 1 | 2 |")),
        words(2..8).prop_map(|w| format!("> {w}.")),
        ("[A-Z][a-z]{2,8}", words(2..8)).prop_map(|(l, w)| format!("**{l}:** {w}.")),
    ]
}

/// `items` as the lines of a list, each after the marker `mark` gives its place.
fn list(items: &[String], mark: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    for (n, item) in items.iter().enumerate() {
        let _ = writeln!(out, "{} {item}", mark(n));
    }
    out
}

/// A deck of Markdown answers, as any reader might have read one: titles, topics, numbers.
fn markdown_deck() -> impl Strategy<Value = Deck> {
    let question = (
        words(1..8),
        prop::bool::ANY,
        prop::collection::vec(answer_block(), 1..5),
    );
    prop::collection::vec(("[A-Z][a-z]{2,10}", question), 1..10).prop_map(|questions| Deck {
        questions: questions
            .into_iter()
            .enumerate()
            .map(|(i, (topic, (title, asks, blocks)))| Question {
                number: QuestionNumber(u32::try_from(i).unwrap() * 2 + 1),
                title: if asks {
                    format!("What is {title}?")
                } else {
                    format!("Explain {title}")
                },
                topic,
                answer: Answer {
                    blocks: vec![Block::Markdown(blocks.join("\n\n") + "\n")],
                },
                line: 1,
                file: None,
            })
            .collect(),
    })
}

/// An answer's Markdown without the spaces and blank lines that do not change it.
fn normalised(deck: &Deck) -> Vec<(u32, String, String, String)> {
    deck.questions
        .iter()
        .map(|q| {
            let answer = match q.answer.blocks.as_slice() {
                [Block::Markdown(text)] => text
                    .lines()
                    .map(str::trim_end)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n"),
                blocks => format!("{blocks:?}"),
            };
            (q.number.0, unescape(&q.title), q.topic.clone(), answer)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_markdown_deck_exported_reads_back_the_same(deck in markdown_deck()) {
        let exported = export(&deck);
        let again = read(&exported, FileKind::Markdown);
        prop_assert!(matches!(again.how, HowRead::Learned(_)), "{:?}", again.how);
        prop_assert_eq!(normalised(&again.deck), normalised(&deck), "{}", exported);
    }

    #[test]
    fn a_model_answer_covers_its_own_key_points(deck in markdown_deck()) {
        for question in &deck.questions {
            let answer = &question.answer;
            let own = crate::search::key_points::check(answer, &answer.plain_text());
            prop_assert!(own.iter().all(|p| p.covered), "{:?}\n{}", own, answer.plain_text());
            let unrelated = crate::search::key_points::check(answer, "zebra quokka");
            prop_assert!(unrelated.iter().all(|p| !p.covered), "{:?}", unrelated);
        }
    }

    #[test]
    fn any_text_parses_without_panicking(text in "\\PC{0,400}", deck in deck_text()) {
        let _ = parse_all(&text);
        let _ = parse_all(&format!("{deck}{text}"));
    }

    #[test]
    fn markdown_reads_back_as_the_same_questions(text in deck_text()) {
        let deck = parse(&text).expect("generated decks parse");
        let again = parse(&export(&deck)).expect("the export parses");
        let summary = |d: &Deck| -> Vec<(u32, String, String)> {
            d.questions.iter().map(|q| (q.number.0, unescape(&q.title), q.topic.clone())).collect()
        };
        prop_assert_eq!(summary(&again), summary(&deck));
    }

    #[test]
    fn markdown_and_anki_exports_read_back_in_their_shapes(text in deck_text()) {
        let deck = parse(&text).expect("generated decks parse");
        let summary = |d: &Deck| -> Vec<(String, String)> {
            d.questions.iter().map(|q| (unescape(&q.title), q.topic.clone())).collect()
        };
        let markdown = read(&export(&deck), FileKind::Markdown);
        prop_assert!(matches!(markdown.how, HowRead::Learned(_)), "{:?}", markdown.how);
        prop_assert_eq!(summary(&markdown.deck), summary(&deck));
        let numbers = |d: &Deck| -> Vec<u32> { d.questions.iter().map(|q| q.number.0).collect() };
        prop_assert_eq!(numbers(&markdown.deck), numbers(&deck));
        let mut notes = anki::HEADER.to_owned();
        for question in &deck.questions {
            notes.push_str(&anki::note("notes", question));
        }
        let cards = read(&notes, FileKind::Text);
        prop_assert!(matches!(cards.how, HowRead::Delimited(_)), "{:?}", cards.how);
        prop_assert_eq!(summary(&cards.deck), summary(&deck));
        prop_assert_eq!(numbers(&cards.deck), numbers(&deck));
    }

    #[test]
    fn terminal_lines_fit_any_width(text in deck_text(), width in 1usize..=500) {
        let deck = parse(&text).expect("generated decks parse");
        for question in &deck.questions {
            let shown = terminal::question(question, width, false);
            // A character two columns wide still needs two columns, even on a terminal of one.
            for line in shown.lines() {
                prop_assert!(line.width() <= width.max(2), "width {}: {:?} is {} wide", width, line, line.width());
            }
        }
    }
}

#[test]
fn the_built_in_questions_fit_every_width_up_to_500() {
    let deck = parse(include_str!("../data/python.txt")).expect("the data parses");
    for width in 1..=500 {
        for question in &deck.questions {
            for line in terminal::question(question, width, false).lines() {
                assert!(
                    line.width() <= width,
                    "width {width}, question {}: {line:?}",
                    question.number
                );
            }
        }
    }
}

#[test]
fn every_built_in_answer_covers_its_own_key_points() {
    let deck = parse(include_str!("../data/python.txt")).expect("the data parses");
    for question in &deck.questions {
        let answer = &question.answer;
        let points = crate::search::key_points::check(answer, &answer.plain_text());
        assert!(
            !points.is_empty(),
            "question {} has key points",
            question.number
        );
        let missed: Vec<&str> = points
            .iter()
            .filter(|p| !p.covered)
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            missed.is_empty(),
            "question {}: {missed:?}",
            question.number
        );
    }
}
