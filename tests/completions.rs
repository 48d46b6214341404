//! Shell completions and the man page: the committed copies are current, and they work.

use std::process::Command;

use crate::util::run;

/// Each shell's generated script and its committed file.
const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "pyqa.bash"),
    ("zsh", "_pyqa"),
    ("fish", "pyqa.fish"),
    ("elvish", "pyqa.elv"),
    ("powershell", "_pyqa.ps1"),
];

fn committed(file: &str) -> String {
    let path = format!("{}/completions/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn committed_completion_scripts_are_current() {
    for (shell, file) in SCRIPTS {
        let (generated, _) = run(&["completions", shell], 0);
        assert!(
            generated == committed(file),
            "completions/{file} is stale: run `target/debug/pyqa completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn committed_man_page_is_current() {
    let (generated, _) = run(&["man"], 0);
    assert!(
        generated == committed("pyqa.1"),
        "completions/pyqa.1 is stale: run `target/debug/pyqa man > completions/pyqa.1`"
    );
    // groff reads its input as Latin-1 unless run through preconv: anything else than ASCII
    // makes `groff -man -Tutf8` warn, and shows as mojibake.
    for (i, line) in generated.lines().enumerate() {
        assert!(line.is_ascii(), "pyqa.1:{}: not ASCII: {line}", i + 1);
    }
    // `man` lays the page out 80 columns wide, indented 7: a line kept as it is (the keys) fits.
    let keys = generated
        .split(".SH \"BROWSER KEYS\"")
        .nth(1)
        .unwrap_or_default();
    assert!(
        keys.contains(".TP"),
        "each key is a tagged paragraph: {keys}"
    );
}

/// What bash's completion function offers for the words typed so far.
fn bash_complete(words: &[&str]) -> Vec<String> {
    let script = format!("{}/completions/pyqa.bash", env!("CARGO_MANIFEST_DIR"));
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{script}'; COMP_WORDS=({words}); COMP_CWORD={cword}; _pyqa pyqa '{current}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        words = quoted.join(" "),
        cword = words.len() - 1,
        current = words[words.len() - 1],
        previous = words[words.len() - 2],
    );
    let output = Command::new("bash")
        .args(["--norc", "-c", &program])
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_question_numbers() {
    let offered = bash_complete(&["pyqa", "show", "6"]);
    assert!(offered.contains(&"64".to_owned()), "{offered:?}");
    assert_eq!(offered, ["60", "62", "63", "64", "66"]);
}

#[test]
fn bash_completes_topics_and_formats() {
    let topics = bash_complete(&["pyqa", "list", "--topic", ""]);
    assert_eq!(
        topics,
        [
            "functional-programming",
            "testing",
            "advanced-networking-system-design",
            "python-internals-security"
        ]
    );
    let formats = bash_complete(&["pyqa", "show", "--format", ""]);
    assert_eq!(formats, ["term", "md", "plain", "json"]);
    let colors = bash_complete(&["pyqa", "--color", ""]);
    assert_eq!(colors, ["auto", "always", "never"]);
}

#[test]
fn titles_describe_numbers_where_the_shell_shows_descriptions() {
    let title = "What is the difference between integration tests and unit tests?";
    for file in ["_pyqa", "pyqa.fish", "_pyqa.ps1"] {
        let script = committed(file);
        let line = script
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("{file} has no titles"));
        assert!(line.contains("64"), "{file}: {line}");
    }
}

#[test]
fn topic_slugs_are_accepted_where_completion_offers_them() {
    let (stdout, _) = run(
        &[
            "list",
            "--topic",
            "advanced-networking-system-design",
            "--json",
        ],
        0,
    );
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(entries.len(), 10);
}

#[test]
fn the_man_page_renders_with_exit_codes() {
    let page = format!("{}/completions/pyqa.1", env!("CARGO_MANIFEST_DIR"));
    let output = Command::new("man")
        .args(["-l", &page])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("man runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    for expected in [
        "COMMANDS",
        "EXIT STATUS",
        "Nothing was found",
        "ENVIRONMENT",
        "PYQA_PAGER",
        "FILES",
        "reviews.log",
        "EXAMPLES",
        "pyqa gil",
        "BROWSER KEYS",
        "Ctrl-Y",
    ] {
        assert!(
            text.contains(expected),
            "man page lacks {expected:?}:\n{text}"
        );
    }
    let (help, _) = run(&["--help"], 0);
    for command in [
        "search", "show", "related", "random", "quiz", "list", "topics", "export",
    ] {
        assert!(help.contains(&format!("\n  {command} ")));
        assert!(
            text.contains(&format!("pyqa {command} [OPTIONS]"))
                || text.contains(&format!("pyqa {command}\n")),
            "the man page documents pyqa {command}:\n{text}"
        );
    }
    assert!(
        !text.contains("pyqa-search(1)"),
        "no pages that do not exist"
    );
}
