//! Decks from the internet are data, never terminal commands: escape sequences in a deck's titles
//! and answers reach no output of any command; pyqa's own styling is the only escape it writes.

use crate::util::TestEnv;

/// A title that changes the window title; an answer that writes the clipboard (OSC 52), clears
/// the screen, colours text, rings the bell and opens a C1 control sequence.
const TRICKS: &str = "# Tricks\n\
1. What does \u{1b}]0;owned\u{7} print?\n\
It copies \u{1b}]52;c;ZWNobyBoaQ==\u{7} then \u{1b}[2J clears and \u{1b}[31mpaints\u{1b}[0m, \u{9b}31m too.\n\
2. Is this plain?\n\
Yes, plain text.\n";

fn has_control(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
}

#[test]
fn escape_sequences_in_a_deck_reach_no_command_output() {
    let env = TestEnv::new();
    let deck = env.deck("tricks.txt", TRICKS);
    let deck = deck.display().to_string();
    let commands: [&[&str]; 14] = [
        &["show", "tricks:1", "--format", "md"],
        &["show", "tricks:1", "--format", "term"],
        &["show", "tricks:1", "--format", "plain"],
        &["show", "tricks:1", "--json"],
        &["search", "clears"],
        &["search", "clears", "--json"],
        &["list"],
        &["list", "--json"],
        &["topics"],
        &["export", "--from", "tricks"],
        &["export", "--from", "tricks", "--format", "json"],
        &["related", "tricks:2"],
        &["random", "--topic", "tricks"],
        &["check", &deck],
    ];
    for args in commands {
        let output = env.pyqa().args(args).arg("--color=never").output().unwrap();
        let (stdout, stderr) = (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        );
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{args:?}: {stderr}"
        );
        assert!(
            !has_control(&stdout),
            "{args:?} wrote a control character: {stdout:?}"
        );
        assert!(
            !has_control(&stderr),
            "{args:?} wrote a control character: {stderr:?}"
        );
    }
    let (shown, _) = env.run(&["show", "tricks:1", "--format", "md"], 0);
    assert!(shown.contains("␛\\]0;owned␇"), "shown visibly: {shown}");
    let (styled, _) = env.run(
        &["show", "tricks:1", "--format", "term", "--color", "always"],
        0,
    );
    assert!(
        !styled.contains("\u{1b}]") && !styled.contains("\u{1b}[2J"),
        "{styled:?}"
    );
}

#[test]
fn a_topic_of_one_question_says_question() {
    let env = TestEnv::new();
    env.deck("one.txt", "# Solo\n1. Only one?\nYes.\n");
    let (stdout, _) = env.run(&["topics"], 0);
    let solo = stdout.lines().find(|l| l.starts_with("Solo")).unwrap();
    assert!(solo.contains("  1 question   one:1"), "{solo:?}");
    let (stdout, _) = env.run(
        &[
            "check",
            &env.root()
                .join("config/pyqa/decks/one.txt")
                .display()
                .to_string(),
        ],
        0,
    );
    assert!(
        stdout
            .lines()
            .next()
            .unwrap()
            .ends_with(": read as numbered lines, 1 question in 1 topic; no problems"),
        "{stdout}"
    );
}

/// Whether `text` holds a control character other than a line break or a tab, or a
/// bidirectional control that reorders what a line appears to say.
fn has_control_or_bidi(text: &str) -> bool {
    has_control(text)
        || text
            .chars()
            .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
}

#[test]
fn names_of_files_and_folders_reach_no_output_raw() {
    let env = TestEnv::new();
    // A folder deck whose folder, subfolder and file names hold a clipboard write, a screen
    // clear, a right-to-left override, a tab and a line break; and a deck file named so too.
    let folder = "\u{1b}]52;c;aGk=\u{7}fold\u{202e}";
    env.file(
        &format!("{folder}/\u{1b}[2Jtopic\u{2066}/\u{1b}[2Jq\tone\nname.md"),
        "What is x?\n\nIt is y.\n",
    );
    env.file(&format!("{folder}/plain.md"), "Other?\n\nAnswer two.\n");
    let file = env.file(
        "tab\tand\nbreak\u{1b}[31m.md",
        "1. Why?\nBecause.\n2. How?\nSo.\n",
    );
    let folder = env.root().join(folder).display().to_string();
    let file = file.display().to_string();
    let decks = ["--deck", &folder, "--deck", &file];
    let (listed, _) = env.run(&[&decks[..], &["list", "--json"]].concat(), 0);
    let names: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&listed)
        .unwrap()
        .iter()
        .filter_map(|entry| entry["deck"].as_str().map(str::to_owned))
        .filter(|deck| deck != "python")
        .collect();
    assert!(names.len() >= 4, "{names:?}");
    let (fold, tabbed) = (names[0].clone(), names[names.len() - 1].clone());
    let commands: [&[&str]; 12] = [
        &["topics"],
        &["list"],
        &["search", "because"],
        &["search", "\u{1b}]52;c;aGk=\u{7}"],
        &["show", &format!("{fold}:1"), &format!("{tabbed}:1")],
        &["export", "--from", &fold, "--format", "anki"],
        &["export", "--from", &tabbed],
        &["random", "--from", &fold],
        &["check", &folder, &file],
        &["quiz", "--from", &tabbed, "--count", "2"],
        &["quiz", "--stats"],
        &["show", "\u{1b}]52;c;aGk=\u{7}:1"],
    ];
    for args in commands {
        let output = env
            .pyqa()
            .args(decks)
            .args(args)
            .arg("--color=never")
            .write_stdin("\n3\n\n3\n")
            .output()
            .unwrap();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        assert!(
            matches!(output.status.code(), Some(0..=2)),
            "{args:?}: {stderr}"
        );
        assert!(!has_control_or_bidi(&stdout), "{args:?} wrote {stdout:?}");
        assert!(!has_control_or_bidi(&stderr), "{args:?} wrote {stderr:?}");
    }
}
