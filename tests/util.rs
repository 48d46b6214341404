//! Running the built binary in a predictable environment.

use assert_cmd::Command;

/// `pyqa` with the variables that change its output removed, and its config, cache and data
/// folders in an empty temporary folder, never the real home.
pub fn pyqa() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyqa"));
    for var in [
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "COLUMNS",
        "PAGER",
        "PYQA_PAGER",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(isolated_home());
    cmd
}

/// `XDG_*` variables pointing into a temporary folder of this test run.
pub fn isolated_home() -> [(&'static str, std::path::PathBuf); 3] {
    let root = std::env::temp_dir().join(format!("pyqa-tests-{}", std::process::id()));
    [
        ("XDG_CONFIG_HOME", root.join("config")),
        ("XDG_CACHE_HOME", root.join("cache")),
        ("XDG_DATA_HOME", root.join("data")),
    ]
}

/// Runs `pyqa ARGS`, asserts the exit status, and returns stdout and stderr.
pub fn run(args: &[&str], status: i32) -> (String, String) {
    let output = pyqa().args(args).output().expect("pyqa runs");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert_eq!(
        output.status.code(),
        Some(status),
        "pyqa {args:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    (stdout, stderr)
}

/// The question numbers at the start of each result line (excerpt lines are indented further).
pub fn numbers(stdout: &str) -> Vec<u32> {
    stdout
        .lines()
        .filter(|line| !line.starts_with("     "))
        .filter_map(|line| line.split_whitespace().next()?.parse().ok())
        .collect()
}
