//! Deck files in every shape people write, read as a person reads them: each fixture (in
//! `tests/fixtures/shapes/`, written for these tests) pins its questions' titles and topics, how
//! `pyqa check` reads it, and where every answer ends (the export snapshot).

use std::fmt::Write as _;

use serde_json::Value;

use crate::util::TestEnv;

const FIXTURES: &str = "tests/fixtures/shapes";

/// `pyqa check` on a fixture, from the package folder so the path in the output is relative.
fn check(file: &str) -> (i32, String) {
    let output = TestEnv::new()
        .pyqa()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", &format!("{FIXTURES}/{file}")])
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// The fixture's questions as `(number, title, topic)`, and its export as Markdown.
fn questions(file: &str) -> (Vec<(u64, String, String)>, String) {
    let env = TestEnv::new();
    let path = format!("{}/{FIXTURES}/{file}", env!("CARGO_MANIFEST_DIR"));
    let deck = file.split('.').next().unwrap();
    let (listed, stderr) = env.run(&["--deck", &path, "list", "--json"], 0);
    assert!(stderr.is_empty(), "{file}: {stderr}");
    let entries: Vec<Value> = serde_json::from_str(&listed).unwrap();
    let questions = entries
        .iter()
        .filter(|e| e["deck"] == deck)
        .map(|e| {
            (
                e["number"].as_u64().unwrap(),
                e["title"].as_str().unwrap().to_owned(),
                e["topic"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let (export, _) = env.run(&["--deck", &path, "export", "--from", deck], 0);
    (questions, export)
}

fn titles(questions: &[(u64, String, String)]) -> Vec<&str> {
    questions.iter().map(|(_, t, _)| t.as_str()).collect()
}

/// Checks a fixture's titles and `check` summary, and snapshots its check and export.
fn read_as(file: &str, summary: &str, expected: &[&str]) -> Vec<(u64, String, String)> {
    let (questions, export) = questions(file);
    assert_eq!(titles(&questions), expected, "{file}");
    let (status, checked) = check(file);
    assert!(
        checked.starts_with(&format!("{FIXTURES}/{file}: read as {summary}")),
        "{checked}"
    );
    let problems = checked
        .lines()
        .filter(|l| l.starts_with(&format!("{FIXTURES}/{file}:")) && !l.contains(": why: "))
        .filter(|l| !l.contains(": read as "))
        .count();
    assert_eq!(status, i32::from(problems > 0), "{checked}");
    assert_eq!(
        checked.lines().filter(|l| l.contains(": why: ")).count(),
        // Spreadsheets and data files are read by the file's kind, not weighed against other
        // ways.
        usize::from(
            !checked.contains("-separated rows")
                && !["json", "jsonl", "yaml", "toml", "py", "js"]
                    .iter()
                    .any(|e| file.ends_with(&format!(".{e}"))),
        ),
        "one line says why the file was read so: {checked}"
    );
    let name = file.replace(['.', '-'], "_");
    insta::assert_snapshot!(format!("shape_{name}_check"), checked);
    insta::assert_snapshot!(format!("shape_{name}_export"), export);
    questions
}

#[test]
fn markdown_headings_with_a_table_of_contents_and_code() {
    let questions = read_as(
        "headings.md",
        "lines like \"### Q. …\" (\"### Q. What is a closure?\"), 3 questions in 2 topics; no problems",
        &[
            "What is a closure?",
            "Why use a generator?",
            "How do decorators work?",
        ],
    );
    let topics: Vec<&str> = questions.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(topics, ["Functions", "Functions", "Decorators"]);
}

#[test]
fn list_items_whose_numbering_restarts_in_each_section() {
    let questions = read_as(
        "list-items.md",
        "lines like \"{n}. …\" (\"1. **What is the difference between a list and a tuple?**\"), 4 questions in 2 topics",
        &[
            "What is the difference between a list and a tuple?",
            "How do you remove duplicates from a list?",
            "How do you reverse a string?",
            "Why are strings immutable?",
        ],
    );
    let numbers: Vec<u64> = questions.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(numbers, [1, 2, 3, 4], "numbered by position");
    let (_, checked) = check("list-items.md");
    assert!(checked.contains(
        "list-items.md:18: numbers restart in each section; questions are numbered 1–4 in file order"
    ));
}

#[test]
fn details_blocks() {
    read_as(
        "details.md",
        "lines like \"<summary>…\" (\"<summary>What does <code>pass</code> do?</summary>\"), 2 questions in 1 topic; no problems",
        &["What does `pass` do?", "What is `__init__`?"],
    );
}

#[test]
fn question_and_answer_labels() {
    read_as(
        "labelled.md",
        "lines under labels, \"1\" as the question, \"2\" as the answer, the heading above as the topic, 2 questions in 1 topic; no problems",
        &["What is PEP 8?", "What does `is` compare?"],
    );
    let questions = read_as(
        "br-ans.md",
        "lines like \"{n}. …\" (\"12. What is a lambda?<br>\"), 2 questions in 1 topic; no problems",
        &["What is a lambda?", "What does `zip` do?"],
    );
    let numbers: Vec<u64> = questions.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(numbers, [12, 13], "the file's own numbers are kept");
}

#[test]
fn answers_under_one_label_each_after_its_question() {
    let questions = read_as(
        "answers-after-questions.md",
        "answers under a label, each after its question, \"1\" as the question, \"2\" as the answer, the heading above as the topic, 4 questions in 2 topics",
        &[
            "Was gibt `len([])` zurück?",
            "Welcher Typ entsteht bei `3 / 2`?",
            "Warum ist ein Tupel als Schlüssel eines Wörterbuchs erlaubt, eine Liste aber nicht?",
            "Was macht `functools.wraps`?",
        ],
    );
    let topics: Vec<&str> = questions.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(
        topics,
        ["Grundlagen", "Grundlagen", "Grundlagen", "Funktionen"]
    );
}

#[test]
fn two_column_tables() {
    read_as(
        "table.md",
        "table rows, \"question\" as the question, \"answer\" as the answer, the heading above as the topic, 2 questions in 1 topic; no problems",
        &["What is a list?", "What is a dict?"],
    );
}

#[test]
fn spreadsheet_and_flashcard_exports() {
    read_as(
        "cards.tsv",
        "tab-separated rows, 2 questions in 1 topic; no problems",
        &["What is a virtual environment?", "What is pip?"],
    );
    read_as(
        "cards.csv",
        "comma-separated rows, 2 questions in 1 topic; no problems",
        &["What is a set?", "What is a frozenset?"],
    );
    let questions = read_as(
        "anki.txt",
        "Anki notes (tab-separated rows), 2 questions in 1 topic; no problems",
        &["What does `len()` return?", "What does sorted return?"],
    );
    assert_eq!(questions[0].2, "builtins", "the tag is the topic");
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark() {
    read_as(
        "crlf-bom.md",
        "lines like \"## …\" (\"## What is a path separator?\"), 2 questions in 1 topic; no problems",
        &["What is a path separator?", "What is CRLF?"],
    );
}

#[test]
fn numbered_lines_with_fenced_code() {
    read_as(
        "numbered.txt",
        "numbered lines, 2 questions in 1 topic; no problems",
        &["What does enumerate give you?", "What does break do?"],
    );
}

/// The topics of `questions`, in order, each once.
fn topics(questions: &[(u64, String, String)]) -> Vec<&str> {
    let mut topics: Vec<&str> = questions.iter().map(|(_, _, t)| t.as_str()).collect();
    topics.dedup();
    topics
}

#[test]
fn a_line_written_like_the_questions_is_one_whatever_its_number() {
    let expected = [
        "What is a tuple?",
        "What is a set?",
        "What does `len` return?",
        "How do you copy a list?",
        "What is a docstring?",
        "What is `None`?",
        "How are exceptions caught?",
        "What does `pass` do?",
    ];
    let questions = read_as(
        "br-ans-disorder.md",
        "lines like \"{n}. …\" (\"1. What is a tuple?<br>\"), 8 questions in 1 topic",
        &expected,
    );
    let numbers: Vec<u64> = questions.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<_>>(), "numbered by place");
    let (_, checked) = check("br-ans-disorder.md");
    assert!(checked.contains(":12: numbers repeat;"), "{checked}");
    // The same lines in a text file are read line by line, the same way.
    let env = TestEnv::new();
    let source = format!(
        "{}/{FIXTURES}/br-ans-disorder.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = env.file("disorder.txt", std::fs::read(source).unwrap());
    let (listed, _) = env.run(&["--deck", text.to_str().unwrap(), "list", "--json"], 0);
    let entries: Vec<Value> = serde_json::from_str(&listed).unwrap();
    let read: Vec<&str> = entries
        .iter()
        .filter(|e| e["deck"] == "disorder")
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(read, expected);
}

#[test]
fn topics_written_at_the_questions_own_heading_level() {
    let questions = read_as(
        "topics-same-level.md",
        "lines like \"## Q. …\" (\"## Q. What is Python?\"; 1 other \"## …\" line without its marker is no question), 4 questions in 2 topics; no problems",
        &[
            "What is Python?",
            "What is PEP 8?",
            "Which built-in types are immutable?",
            "What is the difference between a list and a tuple?",
        ],
    );
    assert_eq!(topics(&questions), ["Introduction", "Data types"]);
}

#[test]
fn bold_question_paragraphs_with_bold_labels_in_the_answers() {
    read_as(
        "bold-paragraphs.md",
        "lines like \"**{n}. …**\" (\"**1. What is a list?**\"), 4 questions in 1 topic; no problems",
        &[
            "What is a list?",
            "What is a dictionary?",
            "Why are strings immutable?",
            "Explain list comprehensions.",
        ],
    );
}

#[test]
fn exercises_between_rule_lines_with_labelled_sections() {
    // A preamble with a template block, doubled rules, a missing rule between two exercises,
    // a label garbled by a wrong decoding, labels without a colon, one exercise with no label.
    read_as(
        "exercises.txt",
        "exercises between rule lines, 4 questions in 1 topic",
        &[
            "Write a program that prints every number from 1 to 50 that is a multiple of 3 but not of 9, on one line, separated by spaces.",
            "Write a function that counts the vowels in a word.",
            "Write a program that reads lines until an empty one and prints them in capitals.",
            "Define a class Stack with push and pop methods that keep their items in a list.",
        ],
    );
}

#[test]
fn multiple_choice_rows_with_the_right_options_checked() {
    // Letters in either case, in brackets, two right options, quoted fields with commas and a
    // line break, options with Markdown's marks, a row with no category.
    let questions = read_as(
        "quiz.csv",
        "comma-separated rows, 5 questions in 5 topics; no problems",
        &[
            "Which call turns \"42\" into a number?",
            "What does [1] * 3 give?",
            "Which of these are immutable?",
            "What is the value of 7 // 2?",
            "Which module reads CSV files?",
        ],
    );
    let topics: Vec<&str> = questions.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(
        topics,
        ["Conversions", "Lists", "Types", "Operators", "General"]
    );
}

#[test]
fn notebook_cells_with_questions_in_markdown_and_answers_in_code() {
    // Topic headings, answers over Markdown and code cells, text and image outputs, a raw cell,
    // and a last question with no answer (its line is the notebook's).
    let questions = read_as(
        "notebook.ipynb",
        "notebook cells, lines like \"### Q{n}. …\" (\"### Q1. How do you count the items of a list?\"), 3 questions in 2 topics",
        &[
            "How do you count the items of a list?",
            "Why is a tuple hashable and a list not?",
            "What does `plt.show()` do?",
        ],
    );
    let topics: Vec<&str> = questions.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(topics, ["Collections", "Collections", "Plotting"]);
    let (_, checked) = check("notebook.ipynb");
    assert!(
        checked.contains("notebook.ipynb:123: question 4 has no answer"),
        "{checked}"
    );
}

#[test]
fn restructured_text_sections_and_directives() {
    // An overlined title, a table of contents, a comment, a question at its topic's level, a
    // statement among the questions,
    // literal blocks, a code-block directive with an option, a warning, inline roles and links.
    let questions = read_as(
        "faq.rst",
        "reStructuredText, lines like \"### …\" (\"### What does a decorator receive?\"), 6 questions in 2 topics; no problems",
        &[
            "Why does `0.1 + 0.2 == 0.3` give `False`?",
            "What does a decorator receive?",
            "How are default arguments evaluated?",
            // A statement, not a question, but written and answered as the questions are.
            "A closure sees the last value of a loop variable",
            "What does `functools.wraps` keep?",
            "When does `*args` help?",
        ],
    );
    let topics: Vec<&str> = questions.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(
        topics,
        [
            "Basics",
            "Functions",
            "Functions",
            "Functions",
            "Functions",
            "Functions"
        ]
    );
    read_as(
        "directives.rst",
        "reStructuredText, lines like \"## …\" (\"## What is a generator?\"), 3 questions in 1 topic; no problems",
        &[
            "What is a generator?",
            "When is `__slots__` worth it?",
            "Explain the GIL in one sentence.",
        ],
    );
}

#[test]
fn tab_indented_lines_with_unanswered_questions_and_a_footer() {
    read_as(
        "tab-numbered.txt",
        "numbered lines, 3 questions in 1 topic",
        &[
            "What is a decorator?",
            "What is a context manager?",
            "What is the difference between is and ==?",
        ],
    );
    let (_, checked) = check("tab-numbered.txt");
    for unanswered in [3, 4, 6] {
        assert!(
            checked.contains(&format!("question {unanswered} has no answer")),
            "{checked}"
        );
    }
}

#[test]
fn markdown_answers_render_in_every_format() {
    let env = TestEnv::new();
    let path = format!("{}/{FIXTURES}/headings.md", env!("CARGO_MANIFEST_DIR"));
    for (format, name) in [("term", "term"), ("plain", "plain"), ("md", "md")] {
        let (shown, _) = env.run(
            &[
                "--deck",
                &path,
                "show",
                "headings:1",
                "headings:3",
                "--format",
                format,
                "--width",
                "60",
                "--color",
                "never",
            ],
            0,
        );
        for literal in ["**Answer:**", "```", "<br>", "Back to Top", "<div"] {
            let allowed = format == "md" && literal == "```";
            assert!(
                allowed || !shown.contains(literal),
                "{format}: {literal} in {shown}"
            );
        }
        insta::assert_snapshot!(format!("shape_headings_show_{name}"), shown);
    }
    let (json, _) = env.run(&["--deck", &path, "show", "headings:2", "--json"], 0);
    let entry: Value = serde_json::from_str(json.trim()).unwrap();
    assert!(
        entry["markdown"]
            .as_str()
            .unwrap()
            .contains("It yields values one at a time, so a long sequence never sits in *memory*.")
    );
}

#[test]
fn anki_export_reads_back_as_the_same_questions() {
    let env = TestEnv::new();
    let (notes, _) = env.run(&["export", "--format", "anki"], 0);
    assert!(notes.starts_with("#separator:tab\n#html:true\n#tags column:3\n#guid column:4\n"));
    let file = env.file("cards.txt", &notes);
    let (listed, _) = env.run(
        &["--deck", &file.display().to_string(), "list", "--json"],
        0,
    );
    let entries: Vec<Value> = serde_json::from_str(&listed).unwrap();
    let summary = |deck: &str| -> Vec<(String, String, String)> {
        entries
            .iter()
            .filter(|e| e["deck"] == deck)
            .map(|e| {
                let number = e["number"].to_string();
                (number, e["title"].to_string(), e["topic"].to_string())
            })
            .collect()
    };
    assert_eq!(summary("cards").len(), summary("python").len());
    assert_eq!(summary("cards")[0].0, "1", "the numbers come back");
    assert_eq!(summary("cards"), summary("python"));
}

#[test]
fn a_reading_that_looks_wrong_warns_on_load_and_in_check() {
    let env = TestEnv::new();
    let mut text = String::from("# Drafts\n\n");
    for n in 1..=8 {
        let _ = write!(text, "### Q{n}: Draft question {n}?\n\n");
    }
    text.push_str("### Q9: What is a zorble?\n\nThis one.\n\n### Q10: And this?\n\nYes.\n");
    let deck = env.deck("drafts.md", &text);
    let (stdout, stderr) = env.run(&["search", "zorble", "-q"], 0);
    assert_eq!(stdout, "drafts:9\n");
    let shown = deck.display().to_string();
    assert_eq!(
        stderr,
        format!(
            "pyqa: warning: {shown}: 10 lines look like questions but 2 were read as questions \
             (`pyqa check {shown}` says how it was read)\n"
        )
    );
    let (checked, _) = env.run(&["check", &shown], 1);
    assert!(
        checked.contains(":1: 10 lines look like questions but 2 were read as questions"),
        "{checked}"
    );
}

#[test]
fn a_large_part_in_no_question_is_a_problem() {
    let env = TestEnv::new();
    let mut text =
        String::from("# Notes\n\n## Q1: What is kept?\n\nThis answer.\n\n## Reading list\n\n");
    for n in 1..=30 {
        let _ = write!(
            text,
            "Paragraph {n} of notes that belong to no question at all.\n\n"
        );
    }
    text.push_str("## Q2: And this?\n\nYes.\n");
    let deck = env.file("notes.md", &text);
    let (checked, _) = env.run(&["check", &deck.display().to_string()], 1);
    assert!(
        checked
            .contains("notes.md:7: 92 % of the file is in no question (the first of it is here)"),
        "{checked}"
    );
}

#[test]
fn headings_without_markers_or_question_marks_are_questions_when_they_repeat() {
    read_as(
        "notes-headings.md",
        "lines like \"## …\"",
        &["What is the GIL?", "Decorators", "deepcopy vs copy"],
    );
}

#[test]
fn markers_and_answer_labels_in_words_nobody_listed() {
    let questions = read_as(
        "invented-markers.md",
        "lines like \"### Zorp {n} — …\"",
        &["Mikä on lista?", "Mikä on sanakirja?", "Mitä `yield` tekee"],
    );
    assert_eq!(topics(&questions), ["Osa yksi", "Osa kaksi"]);
    let numbers: Vec<u64> = questions.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(numbers, [1, 2, 3]);
    read_as(
        "numbered-cjk.md",
        "lines like \"#### 题目{n}：…\"",
        &[
            "怎样交换两个变量的值？",
            "怎样读取一个文本文件的所有行？",
            "列表推导式是什么？",
        ],
    );
    read_as(
        "ans-lines.txt",
        "lines like \"Q{n}. …\"",
        &[
            "What is a list?",
            "What does `len` return?",
            "Explain slicing",
            "What is PEP 8?",
        ],
    );
}

#[test]
fn records_get_their_roles_from_their_values() {
    let questions = read_as(
        "records.json",
        "JSON records, \"enunciado\" as the question, \"solucion\" as the answer",
        &[
            "¿Qué diferencia hay entre una lista y una tupla?",
            "¿Cómo se quitan los duplicados de una lista?",
            "¿Qué hace `*args` en una definición?",
        ],
    );
    assert_eq!(topics(&questions), ["Colecciones", "Funciones"]);
    let questions = read_as(
        "cards.jsonl",
        "JSON lines, \"front\" as the question, \"back\" as the answer, \"deck\" as the topic",
        &[
            "What does `enumerate` yield?",
            "What does `zip` do with iterables of different lengths?",
            "When is a `finally` block run?",
            "What does `raise ... from None` hide?",
        ],
    );
    assert_eq!(topics(&questions), ["Builtins", "Errors"]);
    let questions = read_as(
        "faq.yaml",
        "YAML records, \"frage\" as the question, \"antwort\" as the answer",
        &[
            "Was ist ein Generator?",
            "Was unterscheidet `is` von `==`?",
            "Wozu dient eine virtuelle Umgebung?",
        ],
    );
    assert_eq!(topics(&questions), ["Grundlagen", "Werkzeuge"]);
    let questions = read_as(
        "deck.toml",
        "TOML tables, \"ask\" as the question, \"tell\" as the answer",
        &[
            "What file describes a modern Python package?",
            "What does `pip install -e .` do?",
            "What is a wheel?",
        ],
    );
    let numbers: Vec<u64> = questions.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(numbers, [1, 2, 3]);
}

#[test]
fn records_written_as_literals_in_source_files() {
    read_as(
        "quiz.py",
        "records of a literal list, \"pergunta\" as the question, \"resposta\" as the answer",
        &[
            "Qual palavra-chave define uma função?",
            "Qual tipo é imutável?",
            "Que função devolve o tamanho de uma sequência?",
        ],
    );
    read_as(
        "cards.js",
        "records of a literal list, \"q\" as the question, \"a\" as the answer",
        &[
            "Что возвращает range(3)?",
            "Чем отличается append от extend?",
            "Что делает with?",
        ],
    );
}

#[test]
fn org_mode_and_html_pages_read_as_the_markdown_they_stand_for() {
    let questions = read_as(
        "notes.org",
        "Org-mode, lines like \"## …\"",
        &[
            "What does `str.join` expect?",
            "How do you reverse a string?",
            "Why open files in a `with` block?",
        ],
    );
    assert_eq!(topics(&questions), ["Strings", "Files"]);
    let questions = read_as(
        "page.html",
        "HTML, ",
        &[
            "What is the difference between `list.sort()` and `sorted()`?",
            "How do you copy a dictionary?",
            "What does `else` after `try` do?",
        ],
    );
    assert_eq!(topics(&questions), ["Basics", "Errors"]);
}
