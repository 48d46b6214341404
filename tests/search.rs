//! `pyqa search`: ranking, filters, JSON, lenient queries.

use serde_json::Value;

use crate::util::{numbers, run};

#[test]
fn gil_finds_the_gil_question_first() {
    let (stdout, stderr) = run(&["search", "gil"], 0);
    assert_eq!(numbers(&stdout).first(), Some(&166));
    assert!(stdout.contains("What is the GIL, and what does it actually protect?"));
    assert!(stdout.contains("Concurrency and Parallelism"));
    assert!(
        numbers(&stdout).contains(&89),
        "the seed's GIL question too"
    );
    assert!(stderr.is_empty());
}

#[test]
fn words_of_a_title_rank_that_question_first() {
    for (query, expected) in [
        ("memoization caching", 54),
        ("monads", 60),
        ("integration tests", 64),
        ("websockets", 72),
        ("uvicorn gunicorn", 79),
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
fn a_topic_narrows_the_results_and_never_adds_any() {
    let (stdout, stderr) = run(&["search", "xyzzy", "--topic", "network", "-q"], 1);
    assert_eq!(stdout, "", "no question of the topic is listed");
    assert_eq!(stderr, "pyqa: no results for \"xyzzy\"\n");
    let (everywhere, _) = run(&["search", "mock", "-q"], 0);
    let (stdout, _) = run(&["search", "mock", "--topic", "testing", "--json"], 0);
    let hits: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert!(!hits.is_empty());
    for hit in &hits {
        assert!(
            hit["score"].as_f64().unwrap() > 0.0,
            "every hit matches the words: {hit}"
        );
        assert!(
            everywhere
                .lines()
                .any(|n| hit["number"] == n.parse::<u64>().unwrap()),
            "a hit of the topic is a hit without it: {hit}"
        );
    }
}

#[test]
fn json_hits_have_number_title_topic_and_score() {
    let (stdout, _) = run(&["search", "gil", "--json"], 0);
    let hits: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    let first = hits[0].as_object().unwrap();
    let mut keys: Vec<&str> = first.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["deck", "number", "score", "snippet", "title", "topic"]
    );
    assert!(first["snippet"].as_str().unwrap().contains("GIL"));
    assert_eq!(first["number"], 166);
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
    let env = crate::util::TestEnv::new();
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
        let output = env.pyqa().args(["search", query]).output().unwrap();
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
    assert_eq!(numbers(&stdout).first(), Some(&166));
}

#[test]
fn an_empty_query_is_a_usage_error() {
    let (_, stderr) = run(&["search", "  "], 2);
    assert_eq!(stderr, "pyqa: error: the query is empty\n");
}

#[test]
fn a_typo_is_corrected_and_said_so() {
    let (stdout, stderr) = run(&["search", "celry"], 0);
    assert_eq!(
        stderr,
        "pyqa: showing results for \"celery\" (no match for \"celry\")\n"
    );
    assert_eq!(numbers(&stdout).first(), Some(&76));
    let (stdout, stderr) = run(&["search", "gunicron", "workers"], 0);
    assert_eq!(
        stderr,
        "pyqa: showing results for \"gunicorn workers\" (no match for \"gunicron\")\n"
    );
    assert_eq!(numbers(&stdout).first(), Some(&79));
}

#[test]
fn known_words_and_their_inflections_are_not_corrected() {
    let (_, stderr) = run(&["search", "cores"], 0);
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn a_phrase_matches_only_words_in_order() {
    let (stdout, _) = run(&["search", "\"load balancers\""], 0);
    assert_eq!(numbers(&stdout).first(), Some(&74));
    run(&["search", "\"balancers load\""], 1);
}

#[test]
fn excluded_words_leave_questions_out() {
    let (with, _) = run(&["search", "processes", "--limit", "30"], 0);
    assert!(numbers(&with).contains(&89));
    let (without, _) = run(&["search", "processes -gil", "--limit", "30"], 0);
    assert!(!numbers(&without).contains(&89));
    assert!(!numbers(&without).is_empty());
}

#[test]
fn excerpts_mark_matched_words_in_markdown_when_piped() {
    let (stdout, _) = run(&["search", "gil"], 0);
    let excerpt = stdout.lines().nth(1).unwrap();
    assert!(excerpt.starts_with("     "), "{stdout}");
    assert!(excerpt.contains("**GIL**"), "{excerpt}");
    let (json, _) = run(&["search", "gil", "--json"], 0);
    let hits: Vec<Value> = serde_json::from_str(&json).unwrap();
    let snippet = hits[0]["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("GIL") && !snippet.contains("**"),
        "{snippet}"
    );
}

#[test]
fn identifiers_are_found_whole_and_by_parts() {
    for (query, expected) in [
        ("do_GET", 71),
        ("do_POST", 71),
        ("ProcessPoolExecutor", 171),
        ("executor", 171),
        ("__new__", 83),
    ] {
        let (stdout, _) = run(&["search", "--", query], 0);
        assert_eq!(
            numbers(&stdout).first(),
            Some(&expected),
            "query {query:?}:\n{stdout}"
        );
    }
}

#[test]
fn quiet_prints_only_numbers_to_feed_other_commands() {
    let (stdout, _) = run(&["search", "monads", "-q"], 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l.parse::<u32>().is_ok()), "{stdout}");
    assert_eq!(lines[0], "60");
}

#[test]
fn on_a_terminal_result_lines_are_cut_to_its_width() {
    let env = crate::util::TestEnv::new();
    let command = format!(
        "stty cols 40; '{}' search multi-core --color never --no-pager --limit 3",
        env!("CARGO_BIN_EXE_pyqa")
    );
    let output = std::process::Command::new("script")
        .envs(env.vars())
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("script runs");
    assert!(output.status.success());
    let screen = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = screen.lines().map(|l| l.trim_end_matches('\r')).collect();
    assert!(lines.len() >= 2, "{screen:?}");
    for line in &lines {
        assert!(
            unicode_width::UnicodeWidthStr::width(*line) <= 40,
            "{line:?} is wider than 40"
        );
    }
    assert!(
        lines[0].starts_with(" 89  How do you") && lines[0].ends_with('…'),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("     ") && lines[1].ends_with('…'),
        "{lines:?}"
    );
    let (piped, _) = crate::util::run(&["search", "multi-core", "--limit", "1"], 0);
    assert!(
        piped
            .lines()
            .next()
            .unwrap()
            .ends_with("[Python Internals & Security]")
    );
}

#[test]
fn a_first_word_that_is_not_a_command_shows_or_searches() {
    let (shown, _) = crate::util::run(&["64", "--format", "md"], 0);
    assert!(shown.starts_with("## 64. "), "{shown}");
    let (found, _) = crate::util::run(&["--color", "never", "gil", "-q"], 0);
    assert_eq!(found.lines().next(), Some("166"));
    let (phrase, _) = crate::util::run(&["load", "balancer", "--quiet", "--limit", "1"], 0);
    assert_eq!(phrase, "74\n");
    let (_, stderr) = crate::util::run(&["300"], 1);
    assert_eq!(stderr, "pyqa: no question 300 in this set; nearest: 251\n");
}

#[test]
fn excerpts_are_text_and_numbers_line_up_across_decks() {
    let env = crate::util::TestEnv::new();
    let deck = env.file(
        "notes.md",
        "# Basics\n\n## 1. Lists or tuples?\n\n- **Lists** are mutable.\n- Tuples are `hashable`, and can be dict keys\n- both hold partial results\n\n\
## 2. Generators vs lists?\n\n| | **generator** | **list** |\n|---|---|---|\n| evaluation | lazy | eager |\n| partial use | yes | no |\n",
    );
    let deck = deck.display().to_string();
    let first_of_notes = |json: &str| -> serde_json::Value {
        let hits: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
        hits.into_iter().find(|h| h["deck"] == "notes").unwrap()
    };
    let (json, _) = env.run(&["--deck", &deck, "search", "mutable", "--json"], 0);
    assert_eq!(
        first_of_notes(&json)["snippet"],
        "Lists are mutable. Tuples are hashable, and can be dict keys; both hold partial results"
    );
    let (json, _) = env.run(&["--deck", &deck, "search", "lazy", "--json"], 0);
    assert_eq!(
        first_of_notes(&json)["snippet"],
        "generator, list; evaluation, lazy, eager; partial use, yes, no"
    );
    let (shown, _) = env.run(&["--deck", &deck, "search", "partial"], 0);
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines.iter().any(|l| l.starts_with("     53  ")), "{shown}");
    assert!(lines.iter().any(|l| l.starts_with("notes:1  ")), "{shown}");
    // The excerpt under each title starts where the titles do.
    for pair in lines.chunks(2) {
        let indent = pair[1].len() - pair[1].trim_start().len();
        assert_eq!(indent, "notes:1  ".len(), "{shown}");
    }
}

#[test]
fn a_topic_that_does_not_fit_is_left_out_before_the_title_is_cut() {
    let (stdout, _) = crate::util::run(
        &["search", "multi-core", "--limit", "1", "--width", "80"],
        0,
    );
    assert_eq!(
        stdout.lines().next(),
        Some(" 89  How do you optimize Python for multi-core CPUs given the GIL"),
        "{stdout}"
    );
    let (wide, _) = crate::util::run(
        &["search", "multi-core", "--limit", "1", "--width", "100"],
        0,
    );
    assert!(
        wide.lines()
            .next()
            .unwrap()
            .ends_with("given the GIL  [Python Internals & Security]"),
        "{wide}"
    );
}

#[test]
fn explain_tells_what_the_query_became() {
    let (stdout, _) = run(
        &[
            "search",
            "--explain",
            "--json",
            "how",
            "do",
            "I",
            "mix",
            "up",
            "memoizaton",
        ],
        0,
    );
    let value: Value = serde_json::from_str(&stdout).unwrap();
    let query = &value["query"];
    assert_eq!(query["words"], serde_json::json!(["mix", "memoization"]));
    assert_eq!(
        query["left_out"],
        serde_json::json!(["how", "do", "I", "up"])
    );
    assert_eq!(
        query["corrections"],
        serde_json::json!([{"typed": "memoizaton", "used": "memoization"}])
    );
    let expansions = query["expansions"].as_array().unwrap();
    assert!(
        expansions
            .iter()
            .any(|e| e["from"] == "mix up"
                && e["to"].as_array().unwrap().iter().any(|t| t == "shuffle")),
        "{expansions:?}"
    );
    assert_eq!(value["hits"][0]["number"], 54);
}

#[test]
fn operators_and_paraphrases_find_their_answer_in_a_deck() {
    let env = crate::util::TestEnv::new();
    let deck = env.file(
        "ops.md",
        "# Numbers\n\n## 1. What does floor division do?\n\n`7 // 2` is 3: it rounds down.\n\n\
         ## 2. How do you shuffle a list?\n\n`random.shuffle(items)` reorders it in place.\n\n\
         ## 3. What is a list?\n\nA mutable sequence.\n",
    );
    let deck = deck.display().to_string();
    for (query, expected) in [("a // b", "ops:1"), ("how do I mix up a list", "ops:2")] {
        let (stdout, _) = env.run(&["--deck", &deck, "search", "-q", "--", query], 0);
        assert_eq!(stdout.lines().next(), Some(expected), "{query}: {stdout}");
    }
    let (_, stderr) = env.run(&["--deck", &deck, "search", "look", "up", "floor", "-q"], 0);
    assert!(
        !stderr.contains("lock"),
        "a plain English word is no typo: {stderr}"
    );
}
