//! `pyqa search`: ranking, filters, JSON, lenient queries.

use serde_json::Value;

use crate::util::{numbers, run};

#[test]
fn gil_finds_the_multi_core_question_first() {
    let (stdout, stderr) = run(&["search", "gil"], 0);
    assert_eq!(numbers(&stdout).first(), Some(&89));
    assert!(stdout.contains("How do you optimize Python for multi-core CPUs given the GIL"));
    assert!(stdout.contains("Python Internals & Security"));
    assert!(stderr.is_empty());
}

#[test]
fn words_of_a_title_rank_that_question_first() {
    for (query, expected) in [
        ("memoization caching", 54),
        ("monads", 60),
        ("mocking", 62),
        ("wsgi", 73),
        ("rate limiting", 80),
        ("sandbox untrusted code", 87),
        ("tox pytest", 66),
    ] {
        let (stdout, _) = run(&["search", query], 0);
        assert_eq!(
            numbers(&stdout).first(),
            Some(&expected),
            "query {query:?}:\n{stdout}"
        );
    }
}

#[test]
fn several_arguments_form_one_query() {
    let (joined, _) = run(&["search", "message queues"], 0);
    let (split, _) = run(&["search", "message", "queues"], 0);
    assert_eq!(joined, split);
    assert_eq!(numbers(&joined).first(), Some(&75));
}

#[test]
fn limit_caps_the_results() {
    let (stdout, _) = run(&["search", "python", "--limit", "3"], 0);
    assert_eq!(numbers(&stdout).len(), 3);
    let (stdout, _) = run(&["search", "python"], 0);
    assert_eq!(numbers(&stdout).len(), 10, "the default limit is 10");
}

#[test]
fn topic_filter_keeps_only_that_topic() {
    let (stdout, _) = run(&["search", "python", "--topic", "testing", "--json"], 0);
    let hits: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["topic"] == "Testing"), "{stdout}");
}

#[test]
fn json_hits_have_number_title_topic_and_score() {
    let (stdout, _) = run(&["search", "gil", "--json"], 0);
    let hits: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    let first = hits[0].as_object().unwrap();
    let mut keys: Vec<&str> = first.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["number", "score", "snippet", "title", "topic"]);
    assert!(first["snippet"].as_str().unwrap().contains("GIL"));
    assert_eq!(first["number"], 89);
    assert!(first["score"].as_f64().unwrap() > 0.0);
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
}

#[test]
fn no_match_exits_1_with_a_message() {
    let (stdout, stderr) = run(&["search", "xyzzyplugh"], 1);
    assert!(stdout.is_empty());
    assert_eq!(stderr, "pyqa: no results for \"xyzzyplugh\"\n");
    let (stdout, _) = run(&["search", "xyzzyplugh", "--json"], 1);
    assert_eq!(stdout.trim(), "[]");
}

#[test]
fn broken_query_syntax_is_searched_leniently() {
    for query in [
        "(((",
        "gil AND (",
        "\"unclosed gil",
        "AND",
        "*",
        "title:",
        "gil)",
        "-",
        "^2",
        "[1 TO",
        "a:b:c",
        "~",
    ] {
        let output = crate::util::pyqa()
            .args(["search", query])
            .output()
            .unwrap();
        let code = output.status.code();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            code == Some(0) || code == Some(1),
            "query {query:?} exited {code:?}: {stderr}"
        );
        assert!(
            !stderr.contains("panicked") && !stderr.contains("error"),
            "query {query:?}: {stderr}"
        );
    }
    let (stdout, _) = run(&["search", "gil AND ("], 0);
    assert_eq!(numbers(&stdout).first(), Some(&89));
}

#[test]
fn an_empty_query_is_a_usage_error() {
    let (_, stderr) = run(&["search", "  "], 2);
    assert_eq!(stderr, "pyqa: error: the query is empty\n");
}
