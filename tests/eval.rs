//! Search quality: the committed evaluation set must rank the expected question first for at least
//! 95 % of queries, and within the top three for all of them.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::util::TestEnv;

const QUERIES: &str = include_str!("eval/queries.tsv");

struct Case<'a> {
    kind: &'a str,
    query: &'a str,
    expected: u64,
}

fn cases() -> Vec<Case<'static>> {
    QUERIES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "bad eval line {line:?}");
            Case {
                kind: fields[0],
                query: fields[1],
                expected: fields[2].parse().expect("a question number"),
            }
        })
        .collect()
}

fn top3(env: &TestEnv, query: &str) -> Vec<u64> {
    let output = env
        .pyqa()
        .args(["search", "--json", "--limit", "3", "--", query])
        .output()
        .expect("pyqa runs");
    let hits: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap_or_default();
    hits.iter().filter_map(|h| h["number"].as_u64()).collect()
}

#[test]
fn eval_set_ranks_the_expected_question_first() {
    let cases = cases();
    let kinds: Vec<&str> = cases
        .iter()
        .map(|c| c.kind)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        kinds,
        ["identifier", "inflected", "keyword", "natural", "typo"]
    );
    assert!(cases.len() >= 50);

    let mut by_kind: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    let env = TestEnv::new();
    for case in &cases {
        let top = top3(&env, case.query);
        let entry = by_kind.entry(case.kind).or_default();
        entry.0 += 1;
        if top.first() == Some(&case.expected) {
            entry.1 += 1;
        } else {
            misses.push(format!(
                "{} {:?}: expected {}, got {top:?}",
                case.kind, case.query, case.expected
            ));
        }
        if top.contains(&case.expected) {
            entry.2 += 1;
        }
    }
    let (total, top1, top3) = by_kind
        .values()
        .fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
    println!(
        "{:<12} {:>7} {:>7} {:>7}",
        "kind", "queries", "top-1", "top-3"
    );
    for (kind, (n, t1, t3)) in &by_kind {
        println!("{kind:<12} {n:>7} {t1:>7} {t3:>7}");
    }
    println!("{:<12} {total:>7} {top1:>7} {top3:>7}", "all");
    for miss in &misses {
        println!("miss: {miss}");
    }
    assert!(
        top1 * 100 >= total * 95,
        "top-1 {top1}/{total} is below 95 %:\n{}",
        misses.join("\n")
    );
    assert_eq!(
        top3,
        total,
        "every query must find its question in the top 3:\n{}",
        misses.join("\n")
    );
}
