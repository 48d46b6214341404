//! Shell completions and the man page: the committed copies are current, and they work.

use std::process::Command;

use crate::shells::quiet_success;
use crate::util::{TestEnv, run};

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
    assert_eq!(
        offered,
        [
            "6", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69"
        ]
    );
}

#[test]
fn bash_completes_topics_and_formats() {
    let topics = bash_complete(&["pyqa", "list", "--topic", ""]);
    assert_eq!(
        topics,
        [
            "language-basics-and-the-data-model",
            "built-in-types-mutability-and-hashing",
            "strings-and-bytes",
            "lists-tuples-dicts-sets-and-comprehensions",
            "functions-arguments-scope-and-closures",
            "functional-programming",
            "testing",
            "advanced-networking-system-design",
            "python-internals-security",
            "security",
            "decorators",
            "iterators-and-generators",
            "classes-and-object-oriented-programming",
            "exceptions-and-context-managers",
            "modules-packages-imports-and-packaging",
            "type-hints-and-typing",
            "memory-management",
            "concurrency-and-parallelism",
            "performance-and-profiling",
            "the-standard-library",
            "databases-and-orms",
            "web-development",
            "newer-language-features",
            "coding-exercises"
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

/// A deck whose titles and topics hold what each shell takes as quoting or as a command.
const AWKWARD: &str = r#"# It’s ‘odd’ 'quoted' "twice" \ $(echo run) `echo run`; echo run

## 1. What’s a ‘quote’, 'this' or "that" \ $(echo run) `echo run`; echo run?

Something.
"#;

/// The characters PowerShell takes as single quotes, and as double quotes.
const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];
const DOUBLE_QUOTES: [char; 4] = ['"', '\u{201C}', '\u{201D}', '\u{201E}'];

/// A line of PowerShell read by its quoting rules: the code outside strings, each string shown
/// as `S`, and the strings' values. A string ends at a quote character of its kind that is not
/// doubled; in double quotes a backtick escapes the next character; `#` after a space starts a
/// comment. An error when a string does not end on its line.
fn powershell_line(line: &str) -> Result<(String, Vec<String>), String> {
    let mut code = String::new();
    let mut strings = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let quotes: &[char] = if SINGLE_QUOTES.contains(&c) {
            &SINGLE_QUOTES
        } else if DOUBLE_QUOTES.contains(&c) {
            &DOUBLE_QUOTES
        } else if c == '#' && code.chars().last().is_none_or(char::is_whitespace) {
            break;
        } else {
            code.push(c);
            continue;
        };
        let mut value = String::new();
        loop {
            match chars.next() {
                None => return Err(format!("a string does not end: {line}")),
                Some('`') if quotes == DOUBLE_QUOTES => value.extend(chars.next()),
                Some(q) if quotes.contains(&q) => match chars.next_if(|n| quotes.contains(n)) {
                    Some(doubled) => value.push(doubled),
                    None => break,
                },
                Some(other) => value.push(other),
            }
        }
        code.push('S');
        strings.push(value);
    }
    Ok((code, strings))
}

#[test]
fn powershell_lines_are_read_by_its_quoting_rules() {
    assert_eq!(
        powershell_line("f('it’’s', \"a `\" b\") # 'x"),
        Ok((
            "f(S, S) ".to_owned(),
            vec!["it’s".to_owned(), "a \" b".to_owned()]
        ))
    );
    assert!(powershell_line("f('it’s')").is_err());
}

/// The candidates elvish's completer in `script` offers for `words`, with a stand-in for the
/// `edit:` module, which elvish has only when interactive.
fn elvish_candidates(script: &str, words: &str) -> Option<String> {
    let program = format!(
        "var edit = (ns [&completion:=(ns [&arg-completer=[&]]) &complex-candidate~={{|text &display=''| put $text }}])
        eval (slurp < {script})\"\\n$edit:completion:arg-completer[pyqa] {words}\" &ns=(ns [&edit:=$edit])"
    );
    quiet_success("elvish", &["-norc", "-c", &program])
}

/// Checks that every line of a PowerShell script ends the strings it starts, that each
/// completion is three strings and a type, and that each number's description is its title.
fn check_powershell(script: &str, title_of: impl Fn(&str) -> Option<String>) {
    for line in script.lines() {
        let (code, strings) = powershell_line(line).unwrap_or_else(|e| panic!("_pyqa.ps1: {e}"));
        let code = code.trim();
        if code.starts_with("[CompletionResult]::new(") {
            assert!(
                code.starts_with("[CompletionResult]::new(S, S, [CompletionResultType]::")
                    && code.ends_with(", S)")
                    && strings.len() == 3,
                "_pyqa.ps1: {line}"
            );
            if code.contains("::ParameterValue") && strings[0].parse::<u32>().is_ok() {
                assert_eq!(Some(&strings[2]), title_of(&strings[0]).as_ref(), "{line}");
            }
        }
    }
}

#[test]
fn every_script_parses_in_its_shell() {
    let env = TestEnv::new();
    env.deck("awkward.md", AWKWARD);
    let (list, _) = env.run(&["list", "--json"], 0);
    let questions: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let title_of = |number: &str| {
        let number: u64 = number.parse().ok()?;
        let question = questions
            .iter()
            .find(|q| q["deck"] == "python" && q["number"] == number)?;
        question["title"].as_str().map(str::to_owned)
    };
    for (name, file) in SCRIPTS {
        let (script, _) = env.run(&["completions", name], 0);
        assert!(
            script == committed(file),
            "{name}: the script holds the built-in set, whatever the user's decks hold"
        );
        let path = env.file(file, &script).display().to_string();
        match name {
            "bash" | "zsh" => _ = quiet_success(name, &["-n", &path]),
            "fish" => _ = quiet_success("fish", &["--no-execute", &path]),
            "elvish" => {
                let offered = elvish_candidates(&path, "pyqa show ''");
                assert!(
                    offered.as_ref().is_none_or(|o| o.contains("▶ --format\n")),
                    "{offered:?}"
                );
            }
            _ => check_powershell(&script, title_of),
        }
    }
}

#[test]
fn fish_describes_numbers_by_their_titles() {
    let script = format!("{}/completions/pyqa.fish", env!("CARGO_MANIFEST_DIR"));
    let program = format!("source {script}; complete -C 'pyqa show 5'");
    if let Some(offered) = quiet_success("fish", &["--no-config", "-c", &program]) {
        let line = "56\tHow do you implement tail recursion optimization (since Python doesn’t have it natively)?";
        assert!(offered.lines().any(|l| l == line), "{offered}");
    }
}
