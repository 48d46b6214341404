//! `pyqa edit DECK:N` with a recording editor: the question's file and line, told the way the
//! editor understands; built-in questions refused; the browser's Ctrl-E.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use crate::util::TestEnv;

const NOTES: &str = "# Notes\n\n## What is a list?\n\nAn ordered, mutable sequence.\n\n\
    ## What is a tuple?\n\nAn ordered, immutable sequence.\n";

/// An editor named `name` that writes its arguments, one per line, to `record`.
fn recording_editor(env: &TestEnv, name: &str) -> (PathBuf, PathBuf) {
    let record = env.root().join(format!("{name}.args"));
    let script = env.file(
        &format!("bin/{name}"),
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n",
            record.display()
        ),
    );
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, record)
}

fn recorded(record: &PathBuf) -> Vec<String> {
    std::fs::read_to_string(record)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_editor_opens_the_question_at_its_line() {
    let env = TestEnv::new();
    let deck = env.deck("notes.md", NOTES);
    let (vim, record) = recording_editor(&env, "vim");
    let output = env
        .pyqa()
        .args(["edit", "notes:2"])
        .env("EDITOR", &vim)
        .env_remove("VISUAL")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(
        output.stdout.is_empty() && output.stderr.is_empty(),
        "{output:?}"
    );
    assert_eq!(recorded(&record), ["+7", &deck.display().to_string()]);

    let (code, record) = recording_editor(&env, "code");
    let visual = format!("'{}' --wait", code.display());
    env.pyqa()
        .args(["edit", "notes:1"])
        .env("VISUAL", visual)
        .env("EDITOR", &vim)
        .assert()
        .success();
    assert_eq!(
        recorded(&record),
        ["--wait", "-g", &format!("{}:3", deck.display())],
        "$VISUAL first; VS Code's own way"
    );
}

#[test]
fn a_folder_deck_opens_the_question_s_own_file() {
    let env = TestEnv::new();
    let folder = env.root().join("interview");
    env.file(
        "interview/basics/01 - lists.md",
        "# What is a list?\n\nAn ordered sequence.\n",
    );
    env.file(
        "interview/basics/02 - dicts.md",
        "# What is a dict?\n\nA mapping of keys to values.\n",
    );
    let (vi, record) = recording_editor(&env, "vi");
    env.pyqa()
        .args([
            "--deck",
            &folder.display().to_string(),
            "edit",
            "interview:2",
        ])
        .env("EDITOR", &vi)
        .env_remove("VISUAL")
        .assert()
        .success();
    let file = folder.join("basics/02 - dicts.md");
    assert_eq!(recorded(&record), ["+1", &file.display().to_string()]);
}

#[test]
fn built_in_and_missing_questions_are_not_edited() {
    let env = TestEnv::new();
    env.deck("notes.md", NOTES);
    let (vi, record) = recording_editor(&env, "vi");
    let output = env
        .pyqa()
        .args(["edit", "64"])
        .env("EDITOR", &vi)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "pyqa: error: 64 is a built-in question, which cannot be edited; `pyqa export > python.md` \
         writes the built-in set as a deck of your own\n"
    );
    let output = env
        .pyqa()
        .args(["edit", "notes:9"])
        .env("EDITOR", &vi)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("no question notes:9 in deck notes; nearest: notes:2"),
        "{output:?}"
    );
    assert!(recorded(&record).is_empty(), "no editor ran");
}

#[test]
fn a_failing_editor_is_an_error() {
    let env = TestEnv::new();
    env.deck("notes.md", NOTES);
    let output = env
        .pyqa()
        .args(["edit", "notes:1"])
        .env("EDITOR", "false")
        .env_remove("VISUAL")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("pyqa: error: the editor `false` ended with exit status: 1;"),
        "{stderr}"
    );
}
