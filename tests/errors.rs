//! Exit codes and terminal conventions: usage errors, closed pipes, full disks, colour.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::util::{TestEnv, run};

#[test]
fn usage_errors_exit_2() {
    let (_, stderr) = run(&["show", "abc"], 2);
    assert!(
        stderr.contains("`abc` is not a question number"),
        "{stderr}"
    );
    // A first word that is not a command is a search (`pyqa gil`): nothing found is 1, not 2.
    run(&["frobnicate"], 1);
    run(&["search", "gil", "--limit", "many"], 2);
    run(&["show", "64", "--format", "pdf"], 2);
    run(&["--color", "sometimes", "list"], 2);
    run(&[], 2);
}

#[test]
fn help_and_version_exit_0() {
    let (stdout, _) = run(&["--help"], 0);
    for heading in [
        "Find answers:",
        "Study:",
        "List and export:",
        "Decks and shell:",
        "Options:",
    ] {
        assert!(stdout.contains(heading), "{stdout}");
    }
    for command in [
        "search",
        "show",
        "related",
        "random",
        "list",
        "topics",
        "export",
        "completions",
        "man",
    ] {
        assert!(
            stdout.contains(&format!("\n  {command} ")),
            "--help lists {command}:\n{stdout}"
        );
    }
    assert!(stdout.contains("Exit status: 0 found, 1 nothing found, 2 error."));
    assert!(stdout.lines().count() < 40, "--help stays short:\n{stdout}");
    let (short, _) = run(&["show", "-h"], 0);
    let (long, _) = run(&["help", "show"], 0);
    assert!(
        long.contains("Examples:") && !short.contains("Examples:"),
        "{long}"
    );
    let (stdout, _) = run(&["--version"], 0);
    assert_eq!(stdout, format!("pyqa {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = TestEnv::new();
    let mut child = env
        .command()
        .args([
            "show", "53", "54", "55", "56", "57", "58", "60", "62", "63", "64", "66", "--format",
            "plain",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(stderr.is_empty(), "{stderr}");
}

/// Started with stdout closed (`>&-`), pyqa says so and fails, as GNU tools do, rather than
/// writing nowhere; into `/dev/null` it is no error.
#[test]
fn a_closed_stdout_is_an_error_and_dev_null_is_not() {
    let env = TestEnv::new();
    let run = |redirect: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!(r#"exec "$0" show 64 {redirect}"#))
            .arg(env!("CARGO_BIN_EXE_pyqa"))
            .envs(env.vars())
            .output()
            .unwrap()
    };
    let closed = run(">&-");
    assert_eq!(closed.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&closed.stderr),
        "pyqa: error: standard output: Bad file descriptor (os error 9)\n"
    );
    let null = run(">/dev/null");
    assert_eq!(null.status.code(), Some(0));
    assert!(null.stderr.is_empty(), "{:?}", null.stderr);
}

#[test]
fn list_into_head_prints_one_line_and_nothing_else() {
    let env = TestEnv::new();
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("'{}' list | head -1", env!("CARGO_BIN_EXE_pyqa")))
        .envs(env.vars())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "Language Basics and the Data Model\n"
    );
    assert!(output.stderr.is_empty());
}

/// `/dev/full` is Linux's: every write to it fails with "No space left on device".
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_reported() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("Linux has /dev/full")
    };
    let env = TestEnv::new();
    let output = env.command().arg("list").stdout(full()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("pyqa: error: writing output: No space left on device"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
    // Help and the version are output like any other.
    for args in [
        &["--help"][..],
        &["--version"],
        &["help", "show"],
        &["show", "--help"],
    ] {
        let output = env.command().args(args).stdout(full()).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(
            stderr,
            "pyqa: error: cannot write to standard output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

#[test]
fn a_limit_of_zero_is_a_usage_error() {
    for args in [
        ["search", "gil", "--limit", "0"],
        ["related", "64", "-n", "0"],
    ] {
        let output = TestEnv::new().pyqa().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("must be 1 or more"), "{stderr}");
        assert!(!stderr.contains("no results") && !stderr.contains("no questions like"));
    }
}

#[test]
fn colour_follows_no_color_clicolor_force_and_the_flag() {
    let styled = |cmd: &mut assert_cmd::Command| {
        let output = cmd.output().unwrap();
        String::from_utf8(output.stdout).unwrap().contains('\x1b')
    };
    let env = TestEnv::new();
    let pyqa = || env.pyqa();
    assert!(!styled(pyqa().args(["list"])), "piped: no colour");
    assert!(styled(pyqa().args(["list"]).env("CLICOLOR_FORCE", "1")));
    assert!(!styled(
        pyqa()
            .args(["list"])
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
    ));
    assert!(
        styled(
            pyqa()
                .args(["list", "--color", "always"])
                .env("NO_COLOR", "1")
        ),
        "the flag beats NO_COLOR"
    );
    assert!(!styled(
        pyqa()
            .args(["list", "--color", "never"])
            .env("CLICOLOR_FORCE", "1")
    ));
}

/// With no `HOME` (and no `XDG_*` folders), pyqa says once where it keeps its files.
#[test]
fn with_no_home_pyqa_says_where_it_keeps_its_files() {
    let env = TestEnv::new();
    let output = env
        .command()
        .env_remove("HOME")
        .env_remove("XDG_CACHE_HOME")
        .env("XDG_DATA_HOME", env.root().join("data"))
        .args(["search", "gil", "-q"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("pyqa: note: HOME is not set; pyqa reads decks from "),
        "{stderr}"
    );
    let quiet = env
        .command()
        .env_remove("HOME")
        .args(["search", "gil", "-q"])
        .output()
        .unwrap();
    assert!(quiet.stderr.is_empty(), "every XDG folder given: no note");
}
