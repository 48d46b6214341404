//! The documentation stays true: the architecture notes' tree names paths that exist (and every
//! source folder), the README's command table lists every subcommand, its console examples print
//! what they show, and the README stays short.

use std::path::{Path, PathBuf};

use clap::CommandFactory;

const README: &str = include_str!("../README.md");
const ARCHITECTURE: &str = include_str!("../docs/ARCHITECTURE.md");

/// The paths in the first column of the development tree; an indented entry is inside the last
/// unindented folder.
fn tree_paths() -> Vec<PathBuf> {
    let section = ARCHITECTURE
        .split("## Where things are")
        .nth(1)
        .expect("a \"Where things are\" section");
    let tree = section.split("```").nth(1).expect("a tree in a code block");
    let mut paths = Vec::new();
    let mut parent = PathBuf::new();
    for line in tree.lines().filter(|l| !l.trim().is_empty()) {
        let indented = line.starts_with(' ');
        let column = line.trim_start().split("  ").next().unwrap_or_default();
        for name in column.split_whitespace() {
            let path = if indented {
                parent.join(name)
            } else {
                PathBuf::from(name)
            };
            if !indented && name.ends_with('/') {
                parent.clone_from(&path);
            }
            paths.push(path);
        }
    }
    paths
}

/// The folders below `dir`, relative to the workspace root.
fn folders_below(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut pending = vec![root.join(dir)];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                found.push(path.strip_prefix(root).unwrap().to_path_buf());
                pending.push(path);
            }
        }
    }
    found
}

#[test]
fn every_path_in_the_development_tree_exists() {
    let paths = tree_paths();
    assert!(paths.len() >= 15, "{paths:?}");
    for path in &paths {
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(path).exists(),
            "docs/ARCHITECTURE.md names {}, which does not exist",
            path.display()
        );
    }
}

#[test]
fn every_source_folder_is_in_the_development_tree() {
    let named: Vec<PathBuf> = tree_paths()
        .iter()
        .map(|p| PathBuf::from(p.to_string_lossy().trim_end_matches('/')))
        .collect();
    for folder in folders_below("src")
        .into_iter()
        .chain(folders_below("crates/pyqa-core/src"))
    {
        // A module's own folder of submodules (`text/parse/` for its tests) goes with the module.
        let module = folder.with_extension("rs");
        assert!(
            named.contains(&folder)
                || Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(&module)
                    .is_file(),
            "docs/ARCHITECTURE.md's tree does not name {}",
            folder.display()
        );
    }
}

#[test]
fn the_command_table_lists_every_subcommand() {
    let section = README.split("## Use").nth(1).expect("a Use section");
    let table = section.split("\n\n").nth(1).expect("the command table");
    for command in pyqa::cli::Cli::command().get_subcommands() {
        let name = command.get_name();
        assert!(
            table.contains(&format!("| `pyqa {name}")),
            "the README's command table lacks `pyqa {name}`"
        );
    }
}

#[test]
fn the_readme_is_for_users_and_short() {
    assert!(
        README.len() <= 20_000,
        "the README is {} bytes; design notes and figures go in docs/",
        README.len()
    );
    for link in README.split("](docs/").skip(1) {
        let target = link.split(')').next().unwrap_or_default();
        let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs")
            .join(path);
        assert!(
            file.is_file(),
            "the README links docs/{path}, which does not exist"
        );
        if !anchor.is_empty() {
            let text = std::fs::read_to_string(&file).unwrap();
            let slugs: Vec<String> = text
                .lines()
                .filter_map(|l| l.strip_prefix('#'))
                .map(|h| {
                    h.trim_start_matches('#')
                        .trim()
                        .to_lowercase()
                        .replace(' ', "-")
                })
                .collect();
            assert!(
                slugs.iter().any(|s| s == anchor),
                "the README links docs/{target}, but {path} has no such heading"
            );
        }
    }
}

/// One `$ pyqa …` line of a console block and the lines shown under it.
#[derive(Debug)]
struct Example {
    command: String,
    shown: Vec<String>,
}

/// The examples of every console block (fenced as `console`) of the README, in order.
fn console_examples() -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    for block in README.split("```console\n").skip(1) {
        let block = block.split("\n```").next().unwrap_or_default();
        for line in block.lines() {
            match (line.strip_prefix("$ "), examples.last_mut()) {
                (Some(command), _) => examples.push(Example {
                    command: command.to_owned(),
                    shown: Vec::new(),
                }),
                (None, Some(example)) => example.shown.push(line.to_owned()),
                (None, None) => panic!("a console block starts with {line:?}, not a command"),
            }
        }
        if let Some(example) = examples.last_mut() {
            example.shown.push(String::new());
        }
    }
    for example in &mut examples {
        while example.shown.last().is_some_and(String::is_empty) {
            example.shown.pop();
        }
    }
    examples
}

/// Whether `printed` are the lines `shown`, where a line of only `…` stands for any lines.
fn matches(shown: &[String], printed: &[&str]) -> bool {
    match shown.split_first() {
        None => printed.is_empty(),
        Some((first, rest)) if first == "…" => {
            (0..=printed.len()).any(|skip| matches(rest, &printed[skip..]))
        }
        Some((first, rest)) => printed
            .split_first()
            .is_some_and(|(line, more)| line == first && matches(rest, more)),
    }
}

#[test]
fn every_console_example_prints_what_the_readme_shows() {
    let examples = console_examples();
    assert!(examples.len() >= 5, "{examples:?}");
    let env = crate::util::TestEnv::new();
    for example in &examples {
        let words = shell_words::split(&example.command).expect("a shell command line");
        let (program, args) = words.split_first().expect("a command");
        assert_eq!(program, "pyqa", "{}", example.command);
        let output = env.pyqa().args(args).output().expect("pyqa runs");
        // What a terminal shows of a run into a pipe: its messages, then its output.
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stderr),
            String::from_utf8_lossy(&output.stdout)
        );
        let printed: Vec<&str> = printed.lines().collect();
        assert!(
            matches(&example.shown, &printed),
            "the README shows `$ {}` printing\n{}\nbut it prints\n{}",
            example.command,
            example.shown.join("\n"),
            printed.join("\n")
        );
    }
}

#[test]
fn an_ellipsis_line_stands_for_any_lines_and_nothing_else_does() {
    let shown: Vec<String> = ["a", "…", "d"].map(String::from).to_vec();
    assert!(matches(&shown, &["a", "d"]));
    assert!(matches(&shown, &["a", "b", "c", "d"]));
    assert!(!matches(&shown, &["a", "b"]));
    assert!(!matches(&shown, &["a", "d", "e"]));
}

#[test]
fn the_readme_counts_the_built_in_set_as_it_is() {
    let (topics, _) = crate::util::run(&["topics", "--json"], 0);
    let topics: Vec<serde_json::Value> = serde_json::from_str(&topics).unwrap();
    let said = format!(
        "The built-in set holds {} questions in {} topics",
        crate::util::question_numbers().len(),
        topics.len()
    );
    assert!(
        README.replace('\n', " ").contains(&said),
        "the README should say {said:?}"
    );
}
