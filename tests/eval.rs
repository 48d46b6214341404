//! Search quality over three committed evaluation sets, by kind of query: `eval/queries.tsv` (the
//! seed's questions) and `eval/grown.tsv` (the questions added to it) over the built-in set,
//! `eval/library.tsv` over the built-in set and the decks in `eval/decks` together.
//! Each kind has a floor for top-1 and hit@3 (`GATES`); the table is printed on every run.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::util::TestEnv;

/// Which questions are searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Set {
    BuiltIn,
    Grown,
    Library,
}

/// The lowest share (in percent) of queries of a kind whose question must be first, and within
/// the first three.
///
/// Issue 33 grew the built-in set from 27 questions to 251. The floors marked below hold what was
/// measured then (the seed's natural queries were at 90 % and 100 %, the library's identifiers at
/// 85 % and 100 %, its natural queries at 85 % and 90 %), raised where re-ranking lifted them (how
/// close together an answer says the query's words, and whether its first words say them); the
/// seed's natural queries are to come back to where they were.
const GATES: &[(Set, &str, usize, usize)] = &[
    (Set::BuiltIn, "identifier", 100, 100),
    (Set::BuiltIn, "inflected", 100, 100),
    (Set::BuiltIn, "keyword", 100, 100),
    (Set::BuiltIn, "natural", 86, 96), // measured, issue 33
    (Set::BuiltIn, "typo", 100, 100),
    (Set::Grown, "identifier", 96, 100), // measured, issue 33
    (Set::Grown, "inflected", 93, 93),   // measured, issue 33
    (Set::Grown, "keyword", 93, 100),    // measured, issue 33
    (Set::Grown, "natural", 72, 90),     // measured, issue 33
    (Set::Grown, "typo", 100, 100),
    (Set::Library, "identifier", 80, 86), // measured, issue 33
    (Set::Library, "keyword", 100, 100),
    (Set::Library, "natural", 84, 95), // measured, issue 33
    (Set::Library, "typo", 100, 100),
];

struct Case {
    set: Set,
    kind: String,
    query: String,
    /// The questions that answer it: `N` for a built-in question, `DECK:N` for a deck's,
    /// written `|`-separated (`language:1|26`) where the built-in set answers a deck's question
    /// as well.
    expected: Vec<String>,
}

fn cases(set: Set, text: &str) -> Vec<Case> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "bad eval line {line:?}");
            Case {
                set,
                kind: fields[0].to_owned(),
                query: fields[1].to_owned(),
                expected: fields[2].split('|').map(str::to_owned).collect(),
            }
        })
        .collect()
}

fn decks() -> Vec<String> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/eval/decks");
    let mut args = Vec::new();
    for name in ["language.md", "backend.txt"] {
        args.push("--deck".to_owned());
        args.push(folder.join(name).display().to_string());
    }
    args
}

/// The first three hits as `N` (built-in) or `DECK:N`.
fn top3(env: &TestEnv, case: &Case) -> Vec<String> {
    let mut command = env.pyqa();
    if case.set == Set::Library {
        command.args(decks());
    }
    let output = command
        .args(["search", "--json", "--limit", "3", "--", &case.query])
        .output()
        .expect("pyqa runs");
    let hits: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap_or_default();
    hits.iter()
        .map(|h| match h["deck"].as_str() {
            Some("python") | None => h["number"].to_string(),
            Some(deck) => format!("{deck}:{}", h["number"]),
        })
        .collect()
}

#[test]
fn each_kind_of_query_finds_its_question() {
    let mut all = cases(Set::BuiltIn, include_str!("eval/queries.tsv"));
    all.extend(cases(Set::Grown, include_str!("eval/grown.tsv")));
    all.extend(cases(Set::Library, include_str!("eval/library.tsv")));
    assert!(all.iter().filter(|c| c.kind == "natural").count() >= 80);

    let env = TestEnv::new();
    let mut tally: BTreeMap<(Set, &str), (usize, usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in &all {
        let top = top3(&env, case);
        let entry = tally.entry((case.set, case.kind.as_str())).or_default();
        entry.0 += 1;
        if top
            .first()
            .is_some_and(|first| case.expected.contains(first))
        {
            entry.1 += 1;
        } else {
            misses.push(format!(
                "{:?} {} {:?}: expected {}, got {top:?}",
                case.set,
                case.kind,
                case.query,
                case.expected.join(" or ")
            ));
        }
        if top.iter().any(|hit| case.expected.contains(hit)) {
            entry.2 += 1;
        }
    }
    println!("set      kind        queries  top-1  hit@3");
    for ((set, kind), (n, t1, t3)) in &tally {
        println!(
            "{:<8} {kind:<11} {n:>7} {t1:>6} {t3:>6}",
            format!("{set:?}")
        );
    }
    for miss in &misses {
        println!("miss: {miss}");
    }
    let kinds: Vec<(Set, &str)> = GATES.iter().map(|g| (g.0, g.1)).collect();
    assert_eq!(
        tally.keys().copied().collect::<Vec<_>>(),
        kinds,
        "every kind has a gate"
    );
    let mut failed = Vec::new();
    for &(set, kind, top1_floor, hit3_floor) in GATES {
        let (n, t1, t3) = tally[&(set, kind)];
        if t1 * 100 < n * top1_floor || t3 * 100 < n * hit3_floor {
            failed.push(format!(
                "{set:?} {kind}: top-1 {t1}/{n}, hit@3 {t3}/{n}; the floor is {top1_floor} % and {hit3_floor} %"
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{}\n{}",
        failed.join("\n"),
        misses.join("\n")
    );
}
