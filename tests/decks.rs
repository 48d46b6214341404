//! User decks: `pyqa check` lints deck files, `pyqa paths` says where things live.

use std::fmt::Write as _;

use crate::util::{TestEnv, all_succeed, run};

#[test]
fn check_reports_each_problem_with_file_and_line() {
    let env = TestEnv::new();
    let deck = env.file(
        "notes.txt",
        b"# T\n1. What?\nThis.\n1. Again?\n2. Empty?\n3. Next?\nYes\n7. Last?\nNo.\n3. Steps\n",
    );
    let shown = deck.display().to_string();
    let (stdout, stderr) = run(&["check", &shown], 1);
    assert_eq!(
        stdout,
        format!(
            "{shown}: read as numbered lines, 3 questions in 1 topic\n\
             {shown}: why: 3 questions with an answer read this way, as many as lines like \"{{n}}. …\" (\"1. What?\") (the file's kind breaks the tie)\n\
             {shown}:4: \"1.\" after question 1 reads as part of answer 1\n\
             {shown}:5: question 2 has no answer\n\
             {shown}:10: \"3.\" after question 7 reads as part of answer 7\n"
        )
    );
    assert_eq!(stderr, "pyqa: 3 problems found\n");
}

#[test]
fn check_reports_invalid_utf8_text_before_questions_and_empty_files() {
    let env = TestEnv::new();
    // UTF-8 (the `é`) with one stray byte, which costs its character and is named.
    let bad = env.file("bad.txt", ["1. Qué?\nA ".as_bytes(), b"\xff B\n"].concat());
    let preamble = env.file("preamble.txt", b"Hello\n1. Q?\nA.\n");
    let empty = env.file("empty.md", b"# Only a header\n");
    let (stdout, _) = run(
        &[
            "check",
            &bad.display().to_string(),
            &preamble.display().to_string(),
            &empty.display().to_string(),
        ],
        1,
    );
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.contains(": read as ") && !l.contains(": why: "))
        .collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[0].ends_with("bad.txt:2: a byte that is not text, shown as �"),
        "{stdout}"
    );
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
    assert_eq!(
        stdout,
        format!(
            "{data}: read as numbered lines, 27 questions in 4 topics; no problems\n\
             {data}: why: 27 questions with an answer read this way, 24 as lines like \"{{n}}. …\" (\"53.What are partial functions (`functools.partial`)?\")\n"
        )
    );
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
    let output = TestEnv::new()
        .pyqa()
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

const NOTES: &str = "# Basics\n1. What is a list comprehension?\nA compact way to build a list.\n\
nums = [x * 2 for x in range(3)]\n2. What does the quokka operator do?\nIt assigns inside an expression.\n";

#[test]
fn decks_in_the_config_folder_are_searched_beside_the_built_in_set() {
    let home = TestEnv::new();
    home.deck("notes.txt", NOTES);
    let (stdout, stderr) = home.run(&["search", "quokka", "--json"], 0);
    assert!(stderr.is_empty(), "{stderr}");
    let hits: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        (hits[0]["deck"].as_str(), hits[0]["number"].as_u64()),
        (Some("notes"), Some(2))
    );
    let (stdout, _) = home.run(&["search", "gil", "-q"], 0);
    assert_eq!(
        stdout.lines().next(),
        Some("166"),
        "the built-in set is still searched"
    );
    let (stdout, _) = home.run(&["search", "comprehension", "-q"], 0);
    assert!(stdout.lines().any(|l| l == "notes:1"), "{stdout}");
}

#[test]
fn deck_questions_are_addressed_as_deck_colon_number() {
    let home = TestEnv::new();
    home.deck("notes.txt", NOTES);
    let (stdout, _) = home.run(&["show", "notes:2", "--format", "md"], 0);
    assert!(
        stdout.starts_with("## 2. What does the quokka operator do?\n\n*Basics*\n"),
        "{stdout}"
    );
    let (_, stderr) = home.run(&["show", "notes:5"], 1);
    assert_eq!(
        stderr,
        "pyqa: no question notes:5 in deck notes; nearest: notes:2\n"
    );
    let (_, stderr) = home.run(&["show", "other:1"], 2);
    assert_eq!(
        stderr,
        "pyqa: error: no deck named \"other\"; decks: python, notes\n"
    );
    let (stdout, _) = home.run(&["list", "--topic", "basics"], 0);
    assert_eq!(
        stdout,
        "Basics (notes)\n  notes:1  What is a list comprehension?\n  notes:2  What does the quokka operator do?\n"
    );
    let (stdout, _) = home.run(&["topics", "--json"], 0);
    let topics: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    let basics = topics.iter().find(|t| t["deck"] == "notes").unwrap();
    assert_eq!(
        (basics["name"].as_str(), basics["count"].as_u64()),
        (Some("Basics"), Some(2))
    );
}

#[test]
fn a_deck_option_adds_a_file_named_after_its_stem() {
    let home = TestEnv::new();
    let file = home.file("elsewhere/extra.md", NOTES);
    let (stdout, _) = home.run(
        &[
            "show",
            "extra:1",
            "--deck",
            &file.display().to_string(),
            "--format",
            "plain",
        ],
        0,
    );
    assert!(
        stdout.starts_with("1. What is a list comprehension?"),
        "{stdout}"
    );
}

#[test]
fn an_exported_set_loads_back_under_a_name_of_its_own() {
    let home = TestEnv::new();
    let (export, _) = home.run(&["export"], 0);
    let file = home.file("python.md", &export);
    let shown = file.display().to_string();
    let (listed, stderr) = home.run(&["--deck", &shown, "search", "trampoline", "-q"], 0);
    assert_eq!(
        stderr,
        format!(
            "pyqa: note: {shown}: a deck named \"python\" is already loaded; this one is \"python-2\"\n"
        )
    );
    let mut listed: Vec<&str> = listed.lines().collect();
    listed.sort_unstable();
    assert_eq!(
        listed,
        ["56", "python-2:56"],
        "the same question in both, in either order"
    );
    let (again, stderr) = home.run(&["--deck", &shown, "show", "python-2:64"], 0);
    assert_eq!(stderr, "", "said once, when the deck is first read");
    assert!(
        again.starts_with("## 64. What is the difference"),
        "{again}"
    );
}

#[test]
fn an_unchanged_deck_keeps_its_index_and_an_edited_one_is_reindexed() {
    let home = TestEnv::new();
    let deck = home.deck("notes.txt", NOTES);
    home.run(&["search", "quokka", "-q"], 0);
    let first = home.cache_entries();
    assert_eq!(first.len(), 2, "one index folder and its stamp: {first:?}");
    home.run(&["search", "quokka", "-q"], 0);
    assert_eq!(home.cache_entries(), first, "unchanged file, same index");
    std::fs::write(&deck, NOTES.replace("quokka operator", "pattern matching")).unwrap();
    home.run(&["search", "\"quokka operator\"", "-q"], 1);
    let (stdout, _) = home.run(&["search", "\"pattern matching\"", "-q"], 0);
    assert_eq!(stdout.lines().next(), Some("notes:2"));
    let second = home.cache_entries();
    assert_eq!(second.len(), 2, "the old index is gone: {second:?}");
    assert_ne!(second, first);
}

#[test]
fn a_damaged_cache_is_rebuilt_with_a_note() {
    let home = TestEnv::new();
    home.deck("notes.txt", NOTES);
    home.run(&["search", "quokka", "-q"], 0);
    let folder = home
        .cache_entries()
        .into_iter()
        .find(|n| {
            std::path::Path::new(n)
                .extension()
                .is_none_or(|e| e != "stamp")
        })
        .unwrap();
    std::fs::write(home.cache().join(&folder).join("meta.json"), "{ not json").unwrap();
    let (stdout, stderr) = home.run(&["search", "quokka", "-q"], 0);
    assert_eq!(stdout, "notes:2\n");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("pyqa: note: the cached index of "),
        "{stderr}"
    );
    let (_, stderr) = home.run(&["search", "quokka", "-q"], 0);
    assert!(stderr.is_empty(), "rebuilt once: {stderr}");
}

#[test]
fn a_deck_that_cannot_be_used_warns_once_and_the_rest_works() {
    let home = TestEnv::new();
    home.deck("empty.txt", "# Nothing here\n");
    home.deck("notes.txt", NOTES);
    home.deck(
        "binary.txt",
        [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0],
    );
    let (stdout, stderr) = home.run(&["search", "quokka", "-q"], 0);
    assert_eq!(stdout, "notes:2\n");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with("pyqa: warning: ") && lines[0].contains("binary.txt: not a text file"),
        "{stderr}"
    );
    assert!(
        lines[1].contains("empty.txt: no questions found"),
        "{stderr}"
    );
    let dir = home.root().join("somewhere");
    std::fs::create_dir_all(&dir).unwrap();
    let (_, stderr) = home.run(&["list", "--deck", &dir.display().to_string()], 0);
    assert!(
        stderr.contains("somewhere: no questions found"),
        "a folder is a deck of its files, and this one has none: {stderr}"
    );
}

#[test]
fn concurrent_first_runs_build_one_index_and_all_answer() {
    let home = TestEnv::new();
    home.deck("notes.txt", NOTES);
    // All eight start before any is waited for.
    let children: Vec<std::process::Child> = (0..8)
        .map(|_| {
            home.command()
                .args(["search", "quokka", "-q"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for stdout in all_succeed(children) {
        assert_eq!(stdout, "notes:2\n");
    }
    assert_eq!(home.cache_entries().len(), 2);
}

#[test]
fn an_older_cache_layout_is_replaced_and_removed() {
    let home = TestEnv::new();
    home.deck("notes.txt", NOTES);
    home.file(
        "cache/pyqa/decks/00000000000000aa.stamp",
        "pyqa-deck-cache-1-0.1.0\n1\n2\n3\n",
    );
    home.file(
        "cache/pyqa/decks/00000000000000aa-0000000000000003/meta.json",
        "{}",
    );
    let (stdout, stderr) = home.run(&["search", "quokka", "-q"], 0);
    assert_eq!(stdout, "notes:2\n");
    assert!(stderr.is_empty(), "{stderr}");
    let entries = home.cache_entries();
    assert_eq!(entries.len(), 2, "the new index and its stamp: {entries:?}");
    assert!(
        !entries.iter().any(|e| e.starts_with("00000000000000aa")),
        "{entries:?}"
    );
    let stamp = entries
        .iter()
        .find(|e| {
            std::path::Path::new(e)
                .extension()
                .is_some_and(|x| x == "stamp")
        })
        .unwrap();
    let text = std::fs::read_to_string(home.cache().join(stamp)).unwrap();
    assert!(
        text.starts_with("pyqa-deck-cache-") && text.lines().next().unwrap().contains("-tantivy-"),
        "the stamp names the layout and the index format: {text}"
    );
}

#[test]
fn typos_are_corrected_against_a_deck_whatever_letter_they_start_with() {
    let home = TestEnv::new();
    home.deck("notes.txt", NOTES);
    let (stdout, stderr) = home.run(&["search", "quokak", "-q"], 0);
    assert_eq!(stdout, "notes:2\n");
    assert!(
        stderr.contains("showing results for \"quokka\""),
        "{stderr}"
    );
    let (stdout, stderr) = home.run(&["search", "wuokka", "-q"], 0);
    assert_eq!(
        stdout, "notes:2\n",
        "a first letter typed wrong is still found"
    );
    assert!(stderr.contains("(no match for \"wuokka\")"), "{stderr}");
}

/// A deck of 4 MiB or more in numbered lines is indexed as it is read, question by question.
#[test]
fn a_large_deck_of_numbered_lines_is_indexed_whole() {
    use std::fmt::Write;
    let mut text = String::new();
    for n in 1..=8_500 {
        if n % 500 == 1 {
            let _ = write!(text, "# Part {}\n\n", n / 500 + 1);
        }
        let _ = write!(
            text,
            "{n}. What does switch{n} change?\nIt turns setting{n} on for the whole run, which \
             every later step reads before it starts its own work.\nSteps that began before it \
             was set keep the value they saw, so a long run can mix both.\nNothing is written \
             back to the file the setting came from.\n\n> It can be set twice.\n\
             > The last value wins, as with any flag.\n> Leaving it out keeps the default.\n\
             > A typo in its name is an error, not a silent default.\n\n```python\n\
             run(switch{n}=True)\nrun(switch{n}=False)\n```\n\n"
        );
    }
    assert!(text.len() >= 4 << 20, "{} bytes", text.len());
    let home = TestEnv::new();
    let deck = home.deck("big.txt", &text);
    let (stdout, _) = home.run(&["check", &deck.display().to_string()], 0);
    assert!(stdout.contains("numbered lines"), "{stdout}");
    let (stdout, _) = home.run(&["search", "switch8499", "-q"], 0);
    assert_eq!(stdout.lines().next(), Some("big:8499"));
    let (stdout, _) = home.run(&["show", "big:8500", "--format", "plain"], 0);
    assert!(
        stdout.starts_with("8500. What does switch8500 change?"),
        "{stdout}"
    );
    assert!(stdout.contains("run(switch8500=True)"), "{stdout}");
    let (stdout, _) = home.run(&["topics"], 0);
    assert!(stdout.contains("Part 17"), "{stdout}");
}

/// Decks saved as Windows-1252, as UTF-16 with a byte-order mark, or as UTF-8 with one stray byte
/// all read whole; `check` says how each was read and names the stray byte's line.
#[test]
fn decks_in_any_common_encoding_read_whole() {
    let home = TestEnv::new();
    let text = "# Café\n\n1. What’s a “closure”?\nA function that keeps its scope.\n\n2. ¿Qué es?\nUna respuesta.\n";
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let windows = b"# Caf\xe9\n\n1. What\x92s a \x93closure\x94?\nA function that keeps its scope.\n\n2. \xbfQu\xe9 es?\nUna respuesta.\n";
    let stray = [text.as_bytes(), b"\n3. One more?\nIt\x92s here.\n"].concat();
    for (name, bytes) in [
        ("utf16.md", utf16),
        ("windows.md", windows.to_vec()),
        ("stray.md", stray),
    ] {
        let path = home.file(name, bytes).display().to_string();
        let stem = name.trim_end_matches(".md");
        let (shown, stderr) = home.run(
            &[
                "--deck",
                &path,
                "show",
                &format!("{stem}:1"),
                "--format",
                "md",
            ],
            0,
        );
        assert_eq!(stderr, "", "{name}");
        assert!(
            shown.contains("## 1. What’s a “closure”?\n\n*Café*"),
            "{name}: {shown}"
        );
        let (second, _) = home.run(&["--deck", &path, "show", &format!("{stem}:2")], 0);
        assert!(second.contains("¿Qué es?"), "{name}: {second}");
        let (checked, _) = home.run(&["check", &path], i32::from(name == "stray.md"));
        let expected = match name {
            "utf16.md" => " from UTF-16LE, 2 questions in 1 topic; no problems",
            "windows.md" => " from Windows-1252, 2 questions in 1 topic; no problems",
            _ => "stray.md:10: a byte that is not text, shown as �",
        };
        assert!(checked.contains(expected), "{name}: {checked}");
    }
}

/// An empty file and a binary one are no deck at all: `check` says so and exits 2.
#[test]
fn check_says_an_empty_or_binary_file_is_not_a_deck() {
    let home = TestEnv::new();
    let empty = home.file("empty.txt", " \n\n").display().to_string();
    let binary = home
        .file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        .display()
        .to_string();
    let (_, stderr) = home.run(&["check", &empty], 2);
    assert_eq!(
        stderr,
        format!("pyqa: error: {empty}: not a deck: the file is empty\n")
    );
    let (_, stderr) = home.run(&["check", &binary], 2);
    assert_eq!(
        stderr,
        format!("pyqa: error: {binary}: not a deck: not a text file\n")
    );
}

/// An answer label the file repeats is taken off its answers, in whatever words and script:
/// nothing lists `Відповідь` or `Zorblat`.
#[test]
fn answer_labels_are_learned_from_what_repeats() {
    let home = TestEnv::new();
    let mut ukrainian = String::new();
    let mut invented = String::new();
    for n in 1..=4 {
        let _ = write!(
            ukrainian,
            "{n}. Що таке річ {n}?\nВідповідь: річ {n} — це предмет.\n\n"
        );
        let _ = write!(
            invented,
            "## {n}. Blorp {n}?\n\n**Zorblat quux —**\n\nBlorp {n} is a blorp.\n\n"
        );
    }
    for (name, text, answer) in [
        ("uk.txt", ukrainian, "річ 2 — це предмет."),
        ("invented.md", invented, "Blorp 2 is a blorp."),
    ] {
        let path = home.file(name, text).display().to_string();
        let stem = name.split('.').next().unwrap();
        let (shown, _) = home.run(
            &["--deck", &path, "show", &format!("{stem}:2"), "--json"],
            0,
        );
        let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
        let markdown = shown["markdown"].as_str().unwrap();
        assert!(
            markdown.contains(&format!("\n\n{answer}\n")),
            "{name}: {markdown}"
        );
        assert!(
            !markdown.contains("Відповідь") && !markdown.contains("Zorblat"),
            "{markdown}"
        );
    }
}
