//! `pyqa show`: answers as Markdown, plain text, terminal text and JSON lines.

use serde_json::Value;

use crate::util::{TestEnv, run};

#[test]
fn piped_output_defaults_to_markdown_without_escape_codes() {
    let (stdout, _) = run(&["show", "64"], 0);
    assert!(
        stdout.starts_with(
            "## 64. What is the difference between integration tests and unit tests?\n"
        )
    );
    assert!(!stdout.contains('\x1b'));
    let (explicit, _) = run(&["show", "64", "--format", "md"], 0);
    assert_eq!(stdout, explicit);
}

#[test]
fn markdown_escapes_dunder_names_as_code() {
    let (stdout, _) = run(&["show", "83", "--format", "md"], 0);
    assert!(
        stdout.starts_with("## 83. What is the difference between `__new__` and `__init__`?\n"),
        "{stdout}"
    );
    assert!(stdout.contains("| `__new__` | `__init__` |"), "{stdout}");
    assert!(
        stdout.contains("It's called before `__init__`."),
        "{stdout}"
    );
}

#[test]
fn plain_text_of_an_answer_with_code() {
    let (stdout, _) = run(&["show", "58", "--format", "plain"], 0);
    insta::assert_snapshot!("show_58_plain", stdout);
}

#[test]
fn plain_text_of_a_short_answer() {
    let (stdout, _) = run(&["show", "53", "--format", "plain"], 0);
    insta::assert_snapshot!("show_53_plain", stdout);
}

#[test]
fn terminal_text_without_colour_wraps_to_columns() {
    let output = TestEnv::new()
        .pyqa()
        .args(["show", "73", "--format", "term", "--color", "never"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(!stdout.contains('\x1b'));
    assert!(stdout.lines().all(|l| l.chars().count() <= 60), "{stdout}");
    insta::assert_snapshot!("show_73_term_60", stdout);
}

#[test]
fn colour_always_styles_the_terminal_form_even_when_piped() {
    let (stdout, _) = run(&["show", "64", "--color", "always"], 0);
    assert!(stdout.contains("\x1b["), "{stdout}");
    assert!(stdout.contains("64. What is the difference"));
}

#[test]
fn several_numbers_print_each_answer_in_order() {
    let (stdout, _) = run(&["show", "62", "63", "--format", "md"], 0);
    let headings: Vec<&str> = stdout.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        [
            "## 62. What is mocking in Python testing?",
            "## 63. How do you patch dependencies in unit tests (`unittest.mock`)?"
        ]
    );
}

#[test]
fn json_is_one_object_per_line() {
    let (stdout, _) = run(&["show", "53", "89", "--json"], 0);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["number"], 53);
    assert_eq!(
        lines[1]["title"],
        "How do you optimize Python for multi-core CPUs given the GIL"
    );
    assert_eq!(lines[1]["topic"], "Python Internals & Security");
    let (md, _) = run(&["show", "89", "--format", "md"], 0);
    assert_eq!(lines[1]["markdown"], md.as_str());
    let (same, _) = run(&["show", "53", "89", "--format", "json"], 0);
    assert_eq!(stdout, same);
}

#[test]
fn a_missing_number_names_the_nearest_ones() {
    let (stdout, stderr) = run(&["show", "300"], 1);
    assert!(stdout.is_empty());
    assert_eq!(stderr, "pyqa: no question 300 in this set; nearest: 251\n");
    let (_, stderr) = run(&["show", "0"], 1);
    assert_eq!(stderr, "pyqa: no question 0 in this set; nearest: 1\n");
}

#[test]
fn found_answers_still_print_when_another_is_missing() {
    let (stdout, stderr) = run(&["show", "300", "64"], 1);
    assert!(stdout.starts_with("## 64."));
    assert_eq!(stderr, "pyqa: no question 300 in this set; nearest: 251\n");
}

#[test]
fn python_code_is_highlighted_on_a_colour_terminal_only() {
    let env = crate::util::TestEnv::new();
    let deck = env.file(
        "code.md",
        "# Code\n\n## 1. Marked?\n\n```python\ndef fib(n):\n    return n  # same\n```\n\n\
## 2. Unmarked?\n\n    @cache\n    def f():\n        pass\n\n## 3. Shell?\n\n```\n$ pip install def\n```\n",
    );
    let deck = deck.display().to_string();
    let keyword = "\u{1b}[38;5;111m\u{1b}[1mdef";
    for id in ["code:1", "code:2"] {
        let (styled, _) = env.run(&["--deck", &deck, "show", id, "--color", "always"], 0);
        assert!(styled.contains(keyword), "{id}: {styled:?}");
        let (plain, _) = env.run(
            &[
                "--deck", &deck, "show", id, "--color", "never", "--format", "term",
            ],
            0,
        );
        assert!(!plain.contains('\u{1b}'), "{id}: {plain:?}");
    }
    let (shell, _) = env.run(&["--deck", &deck, "show", "code:3", "--color", "always"], 0);
    assert!(!shell.contains(keyword), "not Python: {shell:?}");
    // Piped, an indented block comes out fenced: it stays code in Markdown.
    let (markdown, _) = env.run(&["--deck", &deck, "show", "code:2"], 0);
    assert!(
        markdown.contains("```\n@cache\ndef f():\n    pass\n```"),
        "{markdown}"
    );
}
