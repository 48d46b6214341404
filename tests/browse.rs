//! `pyqa list` and `pyqa topics`.

use std::fmt::Write as _;

use serde_json::Value;

use crate::util::{numbers, question_numbers, run};

/// The questions of the topic `Testing`: the seed's four and the ten added beside them.
pub const TESTING: [u32; 14] = [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 199, 200, 201, 202];

#[test]
fn list_shows_every_question_under_its_topic() {
    let (stdout, _) = run(&["list"], 0);
    assert_eq!(numbers(&stdout), question_numbers());
    insta::assert_snapshot!("list", stdout);
}

#[test]
fn list_json_has_number_title_topic() {
    let (stdout, _) = run(&["list", "--json"], 0);
    let entries: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    let listed: Vec<u64> = entries
        .iter()
        .map(|e| e["number"].as_u64().unwrap())
        .collect();
    assert!(listed.len() >= 227, "the built-in set: {}", listed.len());
    assert!(listed.windows(2).all(|w| w[0] < w[1]), "in number order");
    assert_eq!(
        entries[0]["title"],
        "What is Python, and is it interpreted or compiled?"
    );
    assert_eq!(entries[0]["topic"], "Language Basics and the Data Model");
    assert_eq!(entries[0]["deck"], "python");
    assert_eq!(entries[0].as_object().unwrap().len(), 4);
}

#[test]
fn list_topic_accepts_any_case_and_a_unique_part() {
    let (exact, _) = run(&["list", "--topic", "Testing"], 0);
    let (lower, _) = run(&["list", "--topic", "testing"], 0);
    let (part, _) = run(&["list", "--topic", "test"], 0);
    assert_eq!(numbers(&exact), TESTING);
    assert_eq!(exact, lower);
    assert_eq!(exact, part);
}

#[test]
fn an_unknown_topic_is_an_error_naming_the_topics() {
    let (stdout, stderr) = run(&["list", "--topic", "cooking"], 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with(
            "pyqa: error: no topic matches \"cooking\"; topics: Language Basics and the Data \
             Model, Built-in Types, Mutability and Hashing, "
        ) && stderr.ends_with(", Coding Exercises\n"),
        "{stderr}"
    );
    let (_, stderr) = run(&["search", "x", "--topic", "ing"], 2);
    assert!(
        stderr.starts_with("pyqa: error: \"ing\" matches several topics: "),
        "{stderr}"
    );
}

#[test]
fn topics_counts_cover_every_question_once() {
    let (stdout, _) = run(&["topics", "--json"], 0);
    let topics: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    let names: Vec<&str> = topics.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Language Basics and the Data Model",
            "Built-in Types, Mutability and Hashing",
            "Strings and Bytes",
            "Lists, Tuples, Dicts, Sets and Comprehensions",
            "Functions, Arguments, Scope and Closures",
            "Functional Programming",
            "Testing",
            "Advanced Networking & System Design",
            "Python Internals & Security",
            "Security",
            "Decorators",
            "Iterators and Generators",
            "Classes and Object-Oriented Programming",
            "Exceptions and Context Managers",
            "Modules, Packages, Imports and Packaging",
            "Type Hints and Typing",
            "Memory Management",
            "Concurrency and Parallelism",
            "Performance and Profiling",
            "The Standard Library",
            "Databases and ORMs",
            "Web Development",
            "Newer Language Features",
            "Coding Exercises",
        ]
    );
    let mut all: Vec<u64> = topics
        .iter()
        .flat_map(|t| {
            t["numbers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_u64().unwrap())
        })
        .collect();
    all.sort_unstable();
    let listed: Vec<u64> = question_numbers().into_iter().map(u64::from).collect();
    assert_eq!(all, listed);
    for topic in &topics {
        assert_eq!(
            topic["count"].as_u64(),
            topic["numbers"].as_array().map(|n| n.len() as u64)
        );
    }
    let (text, _) = run(&["topics"], 0);
    insta::assert_snapshot!("topics", text);
}

#[test]
fn random_shows_one_question_of_the_set() {
    let all = question_numbers();
    for _ in 0..5 {
        let (stdout, _) = run(&["random"], 0);
        let number: u32 = stdout
            .strip_prefix("## ")
            .and_then(|s| s.split('.').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert!(all.contains(&number), "{stdout}");
        assert_eq!(stdout.matches("\n## ").count(), 0, "one question only");
    }
}

#[test]
fn random_keeps_to_the_topic() {
    for _ in 0..5 {
        let (stdout, _) = run(&["random", "--topic", "testing", "--json"], 0);
        let entry: Value = serde_json::from_str(stdout.trim()).unwrap();
        assert_eq!(entry["topic"], "Testing");
        let number = u32::try_from(entry["number"].as_u64().unwrap()).unwrap();
        assert!(TESTING.contains(&number), "{entry}");
    }
}

/// A deck of `n` questions in one topic, with long titles.
fn long_deck(env: &crate::util::TestEnv, n: u32) -> String {
    let mut text = String::from("# Learning\n\n");
    for i in 1..=n {
        let _ = write!(
            text,
            "{i}. How does question number {i} of this rather long deck wrap at a word boundary?\nIt does.\n"
        );
    }
    env.file("learning.txt", text).display().to_string()
}

#[test]
fn listings_fit_the_width_and_number_runs_are_ranges() {
    let env = crate::util::TestEnv::new();
    let deck = long_deck(&env, 341);
    for width in ["80", "50"] {
        for command in ["topics", "list"] {
            let (shown, _) = env.run(&["--deck", &deck, command, "--width", width], 0);
            let limit: usize = width.parse().unwrap();
            for line in shown.lines() {
                assert!(
                    line.chars().count() <= limit,
                    "{command} at {width}: {line:?} is {} wide",
                    line.chars().count()
                );
            }
        }
    }
    let (topics, _) = env.run(&["--deck", &deck, "topics", "--width", "80"], 0);
    assert!(topics.contains("learning:1–341"), "{topics}");
    assert!(topics.contains("53–58 60"), "{topics}");
    // A title is broken between words, its later lines under its first.
    let (list, _) = env.run(&["--deck", &deck, "list", "--width", "50"], 0);
    let rows: Vec<&str> = list
        .lines()
        .skip_while(|l| !l.contains("learning:1 "))
        .collect();
    // The numbers of a deck are right-aligned to its widest, `learning:341`.
    assert_eq!(
        rows[0],
        "    learning:1  How does question number 1 of this"
    );
    assert_eq!(rows[1], "                rather long deck wrap at a word");
    // Piped without a width, every line is whole.
    let (piped, _) = env.run(&["--deck", &deck, "list"], 0);
    assert!(
        piped.contains(
            "    learning:1  How does question number 1 of this rather long deck wrap at a word boundary?\n"
        ),
        "{piped}"
    );
}

#[test]
fn related_rows_line_up_and_wrap() {
    let (shown, _) = run(&["related", "64", "--width", "40", "--limit", "6"], 0);
    // Where each row's number ends: the same column for every row.
    let mut ends = Vec::new();
    for line in shown.lines() {
        assert!(line.chars().count() <= 40, "{line:?}");
        let number_end = line.len()
            - line
                .trim_start_matches([' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                .len();
        if line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            ends.push(line[..number_end].trim_end().len());
        } else {
            assert!(
                line.starts_with("     "),
                "a wrapped title is indented: {line:?}"
            );
        }
    }
    assert_eq!(ends.len(), 6, "{shown}");
    assert!(
        ends.windows(2).all(|w| w[0] == w[1]),
        "numbers right-aligned: {shown}"
    );
}
