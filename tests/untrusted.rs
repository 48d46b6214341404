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
