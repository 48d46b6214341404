//! A folder as a deck: one question per file, files of several questions, subfolders as topics,
//! and the files that give no question, reported by `pyqa check` (fixture:
//! `tests/fixtures/folders/study-notes`, written for these tests).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::TestEnv;

const FOLDER: &str = "tests/fixtures/folders/study-notes";

/// The questions of every deck but the built-in set, as `(deck:number, title, topic)`.
fn listed(env: &TestEnv, args: &[&str]) -> Vec<(String, String, String)> {
    let mut all = args.to_vec();
    all.extend(["list", "--json"]);
    let (stdout, stderr) = env.run(&all, 0);
    assert!(stderr.is_empty(), "{stderr}");
    let entries: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    entries
        .iter()
        .filter(|e| e["deck"] != "python")
        .map(|e| {
            (
                format!("{}:{}", e["deck"].as_str().unwrap(), e["number"]),
                e["title"].as_str().unwrap().to_owned(),
                e["topic"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER)
}

/// Copies the fixture folder to `to`.
fn copy_fixture(to: &Path) {
    for entry in walk(&fixture()) {
        let relative = entry.strip_prefix(fixture()).unwrap();
        let target = to.join(relative);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, target).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

const EXPECTED: [(&str, &str, &str); 6] = [
    ("study-notes:1", "Why do we write unit tests?", "Testing"),
    ("study-notes:2", "What is a mock", "Testing"),
    ("study-notes:3", "How do pytest fixtures work?", "Testing"),
    (
        "study-notes:4",
        "Write a function that turns a list of pairs into a dict.",
        "Web",
    ),
    ("study-notes:5", "What is WSGI?", "Web"),
    ("study-notes:6", "What does ASGI add?", "Web"),
];

fn expected() -> Vec<(String, String, String)> {
    EXPECTED
        .iter()
        .map(|(n, t, topic)| ((*n).to_owned(), (*t).to_owned(), (*topic).to_owned()))
        .collect()
}

#[test]
fn a_folder_given_with_deck_is_a_deck_named_after_it() {
    let env = TestEnv::new();
    let folder = fixture();
    assert_eq!(
        listed(&env, &["--deck", folder.to_str().unwrap()]),
        expected()
    );
    let (shown, _) = env.run(
        &[
            "--deck",
            folder.to_str().unwrap(),
            "show",
            "study-notes:1",
            "study-notes:4",
            "--format",
            "md",
        ],
        0,
    );
    insta::assert_snapshot!("folder_show", shown);
}

#[test]
fn check_says_how_a_folder_was_read_and_what_it_skipped() {
    let output = TestEnv::new()
        .pyqa()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", FOLDER])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("folder_check", String::from_utf8(output.stdout).unwrap());
}

#[test]
fn a_folder_in_the_decks_folder_is_a_deck_and_is_read_again_when_a_file_changes() {
    let env = TestEnv::new();
    let folder = env.root().join("config/pyqa/decks/study-notes");
    copy_fixture(&folder);
    assert_eq!(listed(&env, &[]), expected());
    std::fs::write(
        folder.join("testing/02 - what-is-a-mock.md"),
        "# What does a mock record?\r\n\r\nEvery call made to it.\r\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("web/draft.md"),
        "How a request reaches a view.\n",
    )
    .unwrap();
    let titles: Vec<String> = listed(&env, &[]).into_iter().map(|(_, t, _)| t).collect();
    assert!(
        titles.contains(&"What does a mock record?".to_owned()),
        "{titles:?}"
    );
    assert!(titles.contains(&"Draft".to_owned()), "{titles:?}");
    assert_eq!(titles.len(), 7);
}

#[test]
fn a_folder_with_no_questions_is_skipped_with_a_warning() {
    let env = TestEnv::new();
    let folder = env.root().join("empty-notes");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("picture.png"), [0x89, b'P', b'N', b'G']).unwrap();
    let (_, stderr) = env.run(&["--deck", folder.to_str().unwrap(), "topics"], 0);
    assert_eq!(
        stderr,
        format!(
            "pyqa: warning: {}: no questions found (`pyqa check` lists every problem); skipped\n",
            folder.display()
        )
    );
    let (checked, _) = env.run(&["check", folder.to_str().unwrap()], 1);
    assert!(
        checked.ends_with("empty-notes/: no questions found\n"),
        "{checked}"
    );
}

/// Links are followed only to files inside the folder; every other link and special file is
/// passed over, and `check` says which and why.
#[test]
fn links_lead_only_inside_the_folder_and_check_names_what_was_passed_over() {
    use std::os::unix::fs::symlink;
    let env = TestEnv::new();
    let folder = env.root().join("notes");
    env.file("notes/inside.md", "What is inside?\n\nThe answer inside.\n");
    env.file(
        "elsewhere/secret.md",
        "What is secret?\n\nroot:x:0:0 secret text.\n",
    );
    symlink(folder.join("inside.md"), folder.join("again.md")).unwrap();
    symlink(
        env.root().join("elsewhere/secret.md"),
        folder.join("secret.md"),
    )
    .unwrap();
    symlink(env.root().join("nowhere.md"), folder.join("dangling.md")).unwrap();
    symlink(env.root().join("elsewhere"), folder.join("linked")).unwrap();
    let shown = folder.display().to_string();
    let (exported, stderr) = env.run(&["--deck", &shown, "export", "--from", "notes"], 0);
    assert!(stderr.is_empty(), "{stderr}");
    assert!(!exported.contains("secret"), "{exported}");
    assert_eq!(
        exported.matches("The answer inside.").count(),
        2,
        "{exported}"
    );
    let (checked, _) = env.run(&["check", &shown], 0);
    for line in [
        "/dangling.md: skipped: a link that leads nowhere",
        "/linked: skipped: a link to a folder",
        "/secret.md: skipped: a link to a file outside the deck's folder",
    ] {
        assert!(
            checked.contains(&format!("{shown}{line}")),
            "{line}\n{checked}"
        );
    }
}

/// Past the most files a folder deck may hold, the first by name are read, and both `check`
/// and loading say so.
#[test]
fn a_folder_of_too_many_files_is_cut_in_name_order_and_says_so() {
    let env = TestEnv::new();
    let folder = env.root().join("many");
    env.file("many/aaa.md", "What comes first?\n\nThe first answer.\n");
    env.file("many/zzz.md", "What comes last?\n\nThe last answer.\n");
    for n in 0..100_000 {
        std::fs::write(folder.join(format!("m{n:06}.txt")), "").unwrap();
    }
    let shown = folder.display().to_string();
    let (listed, stderr) = env.run(&["--deck", &shown, "list"], 0);
    assert!(listed.contains("many:1  Aaa"), "{listed}");
    assert!(!listed.contains("Zzz"), "{listed}");
    assert!(
        stderr.contains("more than 100000 files; only the first 100000 by name are read"),
        "{stderr}"
    );
    let (checked, _) = env.run(&["check", &shown], 1);
    assert!(
        checked.contains("more than 100000 files; only the first 100000 by name are read"),
        "{checked}"
    );
}

/// A file's front matter is metadata: its `title:` is the question of a one-question file, and
/// none of it is answer text or text before the first question.
#[test]
fn front_matter_titles_a_file_and_is_never_answer_text() {
    let env = TestEnv::new();
    env.file(
        "notes/generators.md",
        "---\ntitle: \"What is a generator?\"\ntags: [python, iteration]\n---\n\nA function that yields values one at a time.\n",
    );
    env.file(
        "notes/decorators.md",
        "---\nlayout: post\n---\n\n# Decorators\n\nA decorator wraps a function.\n",
    );
    env.file(
        "notes/closures.md",
        "---\ntitle: 'Qu''est-ce qu''une fermeture ?'\n---\n\nUne fonction qui garde sa portée.\n",
    );
    let folder = env.root().join("notes").display().to_string();
    let mut titles: Vec<String> = listed(&env, &["--deck", &folder])
        .into_iter()
        .map(|(_, title, _)| title)
        .collect();
    titles.sort();
    assert_eq!(
        titles,
        [
            "Decorators",
            "Qu'est-ce qu'une fermeture ?",
            "What is a generator?"
        ]
    );
    let (shown, _) = env.run(&["--deck", &folder, "export", "--from", "notes"], 0);
    assert!(
        !shown.contains("tags:") && !shown.contains("layout:"),
        "{shown}"
    );
    let single = env
        .file(
            "single.md",
            "---\ntitle: My notes\n---\n\n1. What is a list?\nA sequence.\n\n2. What is a tuple?\nAn immutable sequence.\n",
        )
        .display()
        .to_string();
    let (checked, _) = env.run(&["check", &single], 0);
    assert!(
        checked.contains("2 questions in 1 topic; no problems"),
        "{checked}"
    );
}
