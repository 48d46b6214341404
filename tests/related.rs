//! `pyqa related` and the "See also" that ends `pyqa show`.

use serde_json::Value;

use crate::util::{numbers, run};

#[test]
fn related_lists_three_other_questions_by_default() {
    let (stdout, _) = run(&["related", "64"], 0);
    let listed = numbers(&stdout);
    assert_eq!(listed.len(), 3);
    assert!(!listed.contains(&64));
    assert!(
        listed.iter().all(|n| crate::browse::TESTING.contains(n)),
        "testing questions go together: {listed:?}"
    );
    let (again, _) = run(&["related", "64"], 0);
    assert_eq!(stdout, again, "the same every time");
}

#[test]
fn related_json_and_limit() {
    let (stdout, _) = run(&["related", "72", "--limit", "2", "--json"], 0);
    let entries: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(entries.len(), 2);
    assert!(
        entries
            .iter()
            .all(|e| e["number"].is_u64() && e["title"].is_string() && e["topic"].is_string())
    );
}

#[test]
fn related_to_a_missing_question_exits_1() {
    let (_, stderr) = run(&["related", "300"], 1);
    assert_eq!(stderr, "pyqa: no question 300 in this set; nearest: 251\n");
}

#[test]
fn show_ends_with_the_related_questions() {
    let (related, _) = run(&["related", "62"], 0);
    let (shown, _) = run(&["show", "62", "--format", "plain"], 0);
    let see_also: Vec<u32> = shown
        .split("See also:")
        .nth(1)
        .expect("a See also section")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- ")?.split('.').next()?.parse().ok())
        .collect();
    assert_eq!(see_also, numbers(&related));
}

#[test]
fn related_worked_out_at_build_time_matches_the_run_time_search() {
    let (built, _) = run(&["related", "86", "--limit", "10"], 0);
    let (searched, _) = run(&["related", "86", "--limit", "26"], 0);
    let built = numbers(&built);
    assert_eq!(built, numbers(&searched)[..built.len()]);
}
