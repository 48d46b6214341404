//! User decks: `pyqa check` lints deck files, `pyqa paths` says where things live.

use std::path::PathBuf;

use crate::util::{pyqa, run};

/// A file in a fresh temporary folder for one test.
fn temp_file(test: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyqa-test-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn check_reports_each_problem_with_file_and_line() {
    let deck = temp_file(
        "check",
        "notes.txt",
        b"# T\n1. What?\nThis.\n1. Again?\n2. Empty?\n3. Next?\nYes\n7. Last?\nNo.\n3. Steps\n",
    );
    let shown = deck.display().to_string();
    let (stdout, stderr) = run(&["check", &shown], 1);
    assert_eq!(
        stdout,
        format!(
            "{shown}:4: \"1.\" after question 1 reads as part of answer 1\n\
             {shown}:5: question 2 has no answer\n\
             {shown}:10: \"3.\" after question 7 reads as part of answer 7\n"
        )
    );
    assert_eq!(stderr, "pyqa: 3 problem(s) found\n");
}

#[test]
fn check_reports_invalid_utf8_text_before_questions_and_empty_files() {
    let bad = temp_file("utf8", "bad.txt", b"1. Q?\nA \xff B\n");
    let preamble = temp_file("utf8", "preamble.txt", b"Hello\n1. Q?\nA.\n");
    let empty = temp_file("utf8", "empty.md", b"# Only a header\n");
    let (stdout, _) = run(
        &[
            "check",
            &bad.display().to_string(),
            &preamble.display().to_string(),
            &empty.display().to_string(),
        ],
        1,
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].ends_with("bad.txt:2: invalid UTF-8"), "{stdout}");
    assert!(lines[1].ends_with("preamble.txt:1: text before the first question (a question starts like `1. What is …?`)"), "{stdout}");
    assert!(
        lines[2]
            .ends_with("empty.md:1: no questions found (a question starts like `1. What is …?`)"),
        "{stdout}"
    );
}

#[test]
fn check_passes_the_built_in_data() {
    let data = format!("{}/data/python.txt", env!("CARGO_MANIFEST_DIR"));
    let (stdout, _) = run(&["check", &data], 0);
    assert_eq!(stdout, format!("{data}: 27 questions, no problems\n"));
}

#[test]
fn check_of_a_missing_file_is_an_error() {
    let (_, stderr) = run(&["check", "/nonexistent/deck.txt"], 2);
    assert!(
        stderr.starts_with("pyqa: error: cannot read /nonexistent/deck.txt: "),
        "{stderr}"
    );
}

#[test]
fn paths_follow_the_xdg_variables() {
    let output = pyqa()
        .arg("paths")
        .env("XDG_CONFIG_HOME", "/tmp/pyqa-xdg/config")
        .env("XDG_CACHE_HOME", "/tmp/pyqa-xdg/cache")
        .env("XDG_DATA_HOME", "/tmp/pyqa-xdg/data")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "config /tmp/pyqa-xdg/config/pyqa\ndecks  /tmp/pyqa-xdg/config/pyqa/decks\ncache  /tmp/pyqa-xdg/cache/pyqa\ndata   /tmp/pyqa-xdg/data/pyqa\n"
    );
}
