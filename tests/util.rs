//! Running the built binary in a predictable environment: every test gets its own [`TestEnv`].

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Variables that change pyqa's output; removed from every command.
const SCRUBBED: [&str; 5] = [
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "PAGER",
    "PYQA_PAGER",
];

/// A fresh temporary folder for one test, removed when it is dropped. pyqa's config (with its
/// `decks`), cache and data folders are in it, never the real home, and so are the files the
/// test writes.
pub struct TestEnv {
    root: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> Self {
        let root = tempfile::Builder::new()
            .prefix("pyqa-test-")
            .tempdir()
            .expect("a temporary folder");
        Self { root }
    }

    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// The `XDG_*` variables that put pyqa's folders in this environment.
    pub fn vars(&self) -> [(&'static str, PathBuf); 3] {
        [
            ("XDG_CONFIG_HOME", self.root().join("config")),
            ("XDG_CACHE_HOME", self.root().join("cache")),
            ("XDG_DATA_HOME", self.root().join("data")),
        ]
    }

    /// Writes `bytes` to `relative` (creating its folders) and returns the file's path.
    pub fn file(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(relative);
        std::fs::create_dir_all(path.parent().expect("a file in a folder")).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// A deck file in the config folder's `decks`, where pyqa finds it by itself.
    pub fn deck(&self, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
        self.file(&format!("config/pyqa/decks/{name}"), text)
    }

    /// The deck cache folder.
    pub fn cache(&self) -> PathBuf {
        self.root().join("cache/pyqa/decks")
    }

    /// The names in the deck cache folder, sorted, but the lock file that indexing pyqas share.
    pub fn cache_entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.cache())
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| name != ".build.lock")
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// `pyqa` as a standard command (to spawn, pipe or kill), in this environment.
    pub fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pyqa"));
        for var in SCRUBBED {
            command.env_remove(var);
        }
        command.envs(self.vars());
        command
    }

    /// `pyqa` as an `assert_cmd` command, in this environment.
    pub fn pyqa(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.command())
    }

    /// Runs `pyqa ARGS`, asserts the exit status, and returns stdout and stderr.
    pub fn run(&self, args: &[&str], status: i32) -> (String, String) {
        let output = self.pyqa().args(args).output().expect("pyqa runs");
        let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
        let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
        assert_eq!(
            output.status.code(),
            Some(status),
            "pyqa {args:?}\nstdout: {stdout}\nstderr: {stderr}"
        );
        (stdout, stderr)
    }
}

/// Waits for every child, which must all have succeeded; their stdouts, in order.
pub fn all_succeed(children: Vec<std::process::Child>) -> Vec<String> {
    children
        .into_iter()
        .map(|child| {
            let output = child.wait_with_output().expect("pyqa runs");
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            String::from_utf8(output.stdout).expect("stdout is UTF-8")
        })
        .collect()
}

/// Runs `pyqa ARGS` in a fresh [`TestEnv`]; for tests that need no files of their own.
pub fn run(args: &[&str], status: i32) -> (String, String) {
    TestEnv::new().run(args, status)
}

/// The numbers of the seed's 27 questions (`data/python.txt`), whose rendering is snapshotted.
pub const SEED: [u32; 27] = [
    53, 54, 55, 56, 57, 58, 60, 62, 63, 64, 66, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 83, 86,
    87, 88, 89,
];

/// The built-in set's question numbers, as `pyqa list --json` gives them.
pub fn question_numbers() -> Vec<u32> {
    let (stdout, _) = run(&["list", "--json"], 0);
    let entries: Vec<Value> = serde_json::from_str(&stdout).expect("list --json is JSON");
    entries
        .iter()
        .map(|e| u32::try_from(e["number"].as_u64().expect("a number")).expect("a small number"))
        .collect()
}

/// The question numbers at the start of each result line (excerpt lines are indented further).
pub fn numbers(stdout: &str) -> Vec<u32> {
    stdout
        .lines()
        .filter(|line| !line.starts_with("     "))
        .filter_map(|line| line.split_whitespace().next()?.parse().ok())
        .collect()
}
