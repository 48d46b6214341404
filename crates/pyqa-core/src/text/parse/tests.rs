//! The parser against the real data file and against the irregular forms it must accept.

use super::*;
use crate::text::model::Cell;

const DATA: &str = include_str!("../../../../../data/python.txt");

fn deck() -> Deck {
    parse(DATA).expect("data/python.txt parses")
}

fn question(number: u32) -> Question {
    deck()
        .questions
        .into_iter()
        .find(|q| q.number.0 == number)
        .expect("question exists")
}

/// Question `number`'s answer as groups, before comparisons become tables.
fn grouped(number: u32) -> Vec<Block> {
    let deck = deck();
    let at = deck
        .questions
        .iter()
        .position(|q| q.number.0 == number)
        .expect("question exists");
    let from = deck.questions[at].line;
    let to = deck
        .questions
        .get(at + 1)
        .map_or(usize::MAX, |q| q.line - 1);
    let body: Vec<&str> = DATA
        .lines()
        .enumerate()
        .filter(|(i, l)| *i >= from && *i < to && !l.starts_with("# "))
        .map(|(_, l)| l)
        .collect();
    blocks(&body)
}

/// The topics in order of first appearance.
fn topic_names(deck: &Deck) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for q in &deck.questions {
        if !names.contains(&q.topic.as_str()) {
            names.push(&q.topic);
        }
    }
    names
}

fn group<'a>(blocks: &'a [Block], name: &str) -> &'a [Block] {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::Group { label, blocks } if label == name => Some(blocks.as_slice()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no group {name:?} in {blocks:#?}"))
}

fn labels(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Group { label, .. } => Some(label.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn data_file_has_exactly_the_expected_question_numbers() {
    let numbers: Vec<u32> = deck().questions.iter().map(|q| q.number.0).collect();
    assert_eq!(
        numbers,
        [
            53, 54, 55, 56, 57, 58, 60, 62, 63, 64, 66, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
            83, 86, 87, 88, 89
        ]
    );
}

#[test]
fn titles_lose_number_hash_and_repeated_number() {
    assert_eq!(
        question(53).title,
        "What are partial functions (`functools.partial`)?"
    );
    assert_eq!(
        question(57).title,
        "Explain higher-order functions with real-world use cases."
    );
    assert_eq!(question(62).title, "What is mocking in Python testing?");
    assert_eq!(
        question(71).title,
        "How do you implement a simple REST API in Python without Flask/Django?"
    );
    assert_eq!(
        question(79).title,
        "What is the role of uvicorn and gunicorn in Python web apps?"
    );
    assert_eq!(
        question(89).title,
        "How do you optimize Python for multi-core CPUs given the GIL"
    );
}

#[test]
fn every_question_has_one_of_four_topics() {
    let deck = deck();
    let topic_of = |n: u32| {
        deck.questions
            .iter()
            .find(|q| q.number.0 == n)
            .unwrap()
            .topic
            .clone()
    };
    assert_eq!(
        topic_names(&deck),
        [
            "Functional Programming",
            "Testing",
            "Advanced Networking & System Design",
            "Python Internals & Security"
        ]
    );
    assert_eq!(topic_of(53), "Functional Programming");
    assert_eq!(topic_of(60), "Functional Programming");
    assert_eq!(topic_of(62), "Testing");
    assert_eq!(topic_of(66), "Testing");
    assert_eq!(topic_of(71), "Advanced Networking & System Design");
    assert_eq!(topic_of(80), "Advanced Networking & System Design");
    assert_eq!(topic_of(81), "Python Internals & Security");
    assert_eq!(topic_of(89), "Python Internals & Security");
}

#[test]
fn heading_lines_are_recorded() {
    assert_eq!(question(53).line, 3);
    assert_eq!(
        DATA.lines()
            .nth(question(60).line - 1)
            .unwrap()
            .trim_start()
            .get(..3),
        Some("60.")
    );
}

#[test]
fn keycap_items_in_58_are_groups_with_their_code() {
    let q = grouped(58);
    assert_eq!(
        labels(&q),
        [
            "map()",
            "filter()",
            "reduce()",
            "Comprehensions (list/set/dict)"
        ]
    );
    let reduce = group(&q, "reduce()");
    assert_eq!(
        reduce[0],
        Block::Paragraph(vec![
            "Purpose: Performs a cumulative operation on iterable elements to produce a single value.".into(),
            "Returns: A single value.".into(),
            "Use case: Sum, multiply, or combine items.".into(),
        ])
    );
    let example = group(reduce, "Example");
    assert_eq!(
        example,
        [Block::Code(
            "from functools import reduce\nnums = [1, 2, 3, 4]\ntotal = reduce(lambda x, y: x + y, nums)\nprint(total)  # 10"
                .into()
        )]
    );
}

#[test]
fn question_60_starts_right_after_58s_code_without_a_blank_line() {
    let q = grouped(58);
    let comprehensions = group(&q, "Comprehensions (list/set/dict)");
    let code = group(comprehensions, "Example");
    assert_eq!(
        code,
        [Block::Code(
            "nums = [1, 2, 3, 4, 5]\nsquared_evens = [x**2 for x in nums if x % 2 == 0]\nprint(squared_evens)  # [4, 16]"
                .into()
        )]
    );
    assert_eq!(
        question(60).title,
        "What are monads in functional programming, and can they be represented in Python?"
    );
}

#[test]
fn labelled_groups_hold_their_bullets() {
    let q = grouped(54);
    assert_eq!(labels(&q), ["Memoization", "Caching"]);
    assert_eq!(
        group(&q, "Caching"),
        [Block::List {
            ordered: false,
            items: vec![
                "Stores data to reuse later.".into(),
                "Used for functions, files, web pages, etc.".into(),
                "Helps speed up access or reduce resource use.".into(),
                "Can be global or across systems.".into(),
            ]
        }]
    );
    let q = grouped(64);
    assert_eq!(labels(&q), ["Unit Tests", "Integration Tests"]);
    assert!(matches!(&group(&q, "Unit Tests")[0], Block::List { items, .. } if items.len() == 6));
}

#[test]
fn a_label_that_recurs_nests_inside_the_group_before_it() {
    let q = grouped(66);
    assert_eq!(labels(&q), ["pytest", "tox"]);
    let pytest = group(&q, "pytest");
    assert_eq!(labels(pytest), ["Example"]);
    assert!(matches!(&pytest[0], Block::Paragraph(lines) if lines.len() == 4));
}

#[test]
fn bullets_ending_in_a_colon_label_the_lines_below() {
    let q = grouped(77);
    assert_eq!(
        labels(&q),
        [
            "Sync frameworks (like Django, Flask)",
            "Async frameworks (like FastAPI, Starlette, Sanic)"
        ]
    );
    let q = grouped(73);
    assert_eq!(labels(&q), ["Why is WSGI Important?"]);
}

#[test]
fn dunder_labels_and_text_after_a_comparison() {
    let q = grouped(83);
    assert_eq!(labels(&q), ["__new__", "__init__"]);
    let q = grouped(86);
    assert!(matches!(&q[0], Block::List { items, .. } if items.len() == 2));
    assert_eq!(labels(&q), ["Dangerous because"]);
}

#[test]
fn plain_answers_stay_paragraphs_and_lists() {
    let q = question(53).answer.blocks;
    assert_eq!(
        q,
        [Block::Paragraph(vec![
            "partial functions are functions where some arguments are fixed or preset.".into(),
            "The functools.partial function allows you to create a new version of an existing function with one or more arguments already filled in.".into(),
        ])]
    );
    let q = question(89).answer.blocks;
    assert!(matches!(&q[..], [Block::List { ordered: false, items }] if items.len() == 4));
}

#[test]
fn smaller_numbers_inside_an_answer_stay_in_it() {
    let deck = parse("5. Steps?\n1. first\n2. second\n6. Next?\nyes\n").unwrap();
    assert_eq!(deck.questions.len(), 2);
    assert_eq!(
        deck.questions[0].answer.blocks,
        [Block::List {
            ordered: true,
            items: vec!["first".into(), "second".into()]
        }]
    );
}

#[test]
fn a_comment_after_code_is_not_a_section_header() {
    let deck =
        parse("# Basics\n1. Loop?\nfor x in xs:\n# skip odd ones\n    pass\n2. Next?\nyes\n")
            .unwrap();
    assert_eq!(deck.questions[1].topic, "Basics");
    assert_eq!(
        deck.questions[0].answer.blocks,
        [Block::Code(
            "for x in xs:\n# skip odd ones\n    pass".into()
        )]
    );
}

#[test]
fn questions_before_any_header_are_general() {
    let deck = parse("1. Why?\nBecause.\n").unwrap();
    assert_eq!(deck.questions[0].topic, DEFAULT_TOPIC);
}

#[test]
fn errors_carry_the_line() {
    assert_eq!(
        parse("\nHello there\n1. Why?\nBecause.").unwrap_err(),
        ParseError {
            line: 2,
            kind: ParseErrorKind::TextBeforeFirstQuestion
        }
    );
    assert_eq!(
        parse("# A\n1. Why?\n\n2. How?\nLike so.").unwrap_err(),
        ParseError {
            line: 2,
            kind: ParseErrorKind::EmptyAnswer(QuestionNumber(1))
        }
    );
    assert_eq!(
        parse("# Only a header\n").unwrap_err().kind,
        ParseErrorKind::NoQuestions
    );
    assert_eq!(
        parse("x\n").unwrap_err().located("data/x.txt"),
        "data/x.txt:1: text before the first question (a question starts like `1. What is …?`)"
    );
}

#[test]
fn heading_forms() {
    use crate::text::lines::heading;
    assert_eq!(heading(" 53.What?"), Some((53, "What?")));
    assert_eq!(heading("#62.What?"), Some((62, "What?")));
    assert_eq!(heading("57.57. Explain."), Some((57, "Explain.")));
    assert_eq!(heading("## 64. What?"), Some((64, "What?")));
    assert_eq!(heading("3.14 is pi"), None);
    assert_eq!(heading("2\u{fe0f}.filter()"), None);
    assert_eq!(heading("# Testing"), None);
}

/// The comparison tables of question `number`.
fn tables(number: u32) -> Vec<crate::text::model::Comparison> {
    question(number)
        .answer
        .blocks
        .into_iter()
        .filter_map(|b| match b {
            Block::Comparison(table) => Some(table),
            _ => None,
        })
        .collect()
}

fn shape(number: u32) -> (Vec<String>, Vec<Option<String>>) {
    let tables = tables(number);
    assert_eq!(tables.len(), 1, "question {number} has one table");
    let table = &tables[0];
    assert!(
        table
            .rows
            .iter()
            .all(|r| r.cells.len() == table.subjects.len())
    );
    (
        table.subjects.clone(),
        table.rows.iter().map(|r| r.label.clone()).collect(),
    )
}

#[test]
fn comparisons_in_the_data_become_tables() {
    let (subjects, rows) = shape(54);
    assert_eq!(
        (subjects, rows.len()),
        (vec!["Memoization".into(), "Caching".into()], 4)
    );
    let (subjects, rows) = shape(58);
    assert_eq!(
        subjects,
        [
            "map()",
            "filter()",
            "reduce()",
            "Comprehensions (list/set/dict)"
        ]
    );
    assert_eq!(
        rows,
        [
            Some("Purpose".into()),
            Some("Returns".into()),
            Some("Use case".into()),
            Some("Example".into())
        ]
    );
    let (subjects, rows) = shape(64);
    assert_eq!(
        (subjects, rows.len()),
        (vec!["Unit Tests".into(), "Integration Tests".into()], 6)
    );
    let (subjects, rows) = shape(66);
    assert_eq!(subjects, ["pytest", "tox"]);
    assert_eq!(rows, [None, None, None, None, Some("Example".into())]);
    let (subjects, rows) = shape(77);
    assert_eq!(
        (subjects, rows.len()),
        (
            vec![
                "Sync frameworks (like Django, Flask)".into(),
                "Async frameworks (like FastAPI, Starlette, Sanic)".into()
            ],
            2
        )
    );
    let (subjects, rows) = shape(79);
    assert_eq!(
        (subjects, rows.len()),
        (vec!["gunicorn".into(), "uvicorn".into()], 1)
    );
    let (subjects, rows) = shape(83);
    assert_eq!(
        (subjects, rows.len()),
        (vec!["__new__".into(), "__init__".into()], 3)
    );
    let (subjects, rows) = shape(86);
    assert_eq!(
        (subjects, rows.len()),
        (vec!["eval()".into(), "exec()".into()], 1)
    );
}

#[test]
fn cells_hold_the_lines_side_by_side() {
    let table = &tables(64)[0];
    assert_eq!(
        table.rows[0].cells,
        [
            Cell::Text("Test a single function or class in isolation.".into()),
            Cell::Text("Test how multiple components work together.".into())
        ]
    );
    let table = &tables(58)[0];
    let example = table.rows.last().unwrap();
    assert_eq!(
        example.cells[2],
        Cell::Code("from functools import reduce\nnums = [1, 2, 3, 4]\ntotal = reduce(lambda x, y: x + y, nums)\nprint(total)  # 10".into())
    );
    let table = &tables(83)[0];
    assert_eq!(
        table.rows[2].cells,
        [
            Cell::Text("Used to control instance creation.".into()),
            Cell::Text(String::new())
        ]
    );
}

#[test]
fn text_outside_the_contrast_stays_below_the_table() {
    let blocks = question(86).answer.blocks;
    assert!(matches!(&blocks[0], Block::Comparison(_)));
    assert_eq!(labels(&blocks), ["Dangerous because"]);
    let blocks = question(79).answer.blocks;
    assert!(matches!(&blocks[1], Block::List { items, .. } if items.len() == 2));
}

#[test]
fn answers_that_compare_nothing_have_no_table() {
    for number in [
        53, 55, 56, 57, 60, 62, 63, 71, 72, 73, 74, 75, 76, 78, 80, 81, 87, 88, 89,
    ] {
        assert!(
            tables(number).is_empty(),
            "question {number} should have no table"
        );
    }
}
