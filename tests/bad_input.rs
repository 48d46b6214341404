//! The bad-input matrix: every case gives a clear message and its documented exit status, and
//! none panics or prints a backtrace.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::util::TestEnv;

/// Runs `pyqa` with `args` (and `env`), checks the exit status and that stderr is at most one
/// clear line with no panic; returns stderr.
fn check(args: &[&OsStr], env: &[(&str, &str)], status: i32) -> String {
    let home = TestEnv::new();
    let mut cmd = home.pyqa();
    cmd.args(args);
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd.timeout(std::time::Duration::from_secs(60));
    let output = cmd.output().expect("pyqa runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(status),
        "pyqa {args:?} {env:?}\nstderr: {stderr}"
    );
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        assert!(!stderr.contains(bad), "pyqa {args:?}: {stderr}");
    }
    stderr
}

fn os(args: &[&str]) -> Vec<&'static OsStr> {
    args.iter()
        .map(|a| OsStr::new(Box::leak(a.to_string().into_boxed_str())))
        .collect()
}

#[test]
fn queries_of_any_shape_are_searched_or_reported() {
    let odd = [
        "(((", "*", "-", "+", "NOT", "a:b:c", "\\", "~2", "[1 TO", "\"\"\"", "title:",
    ];
    let env = TestEnv::new();
    for query in odd {
        let output = env.pyqa().args(["search", query]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{query:?}: {stderr}"
        );
        assert!(
            stderr.is_empty() || stderr.starts_with("pyqa: no results for "),
            "{query:?}: {stderr}"
        );
    }
    check(&os(&["search", "gil AND ("]), &[], 0);
    let stderr = check(&os(&["search", ""]), &[], 2);
    assert_eq!(stderr, "pyqa: error: the query is empty\n");
    let long = "gil ".repeat(25_000);
    check(&os(&["search", &long]), &[], 0);
    let garbage: String = (0..100_000u32)
        .map(|i| char::from(b'a' + u8::try_from(i % 26).unwrap()))
        .collect();
    check(&os(&["search", &garbage]), &[], 1);
}

#[test]
fn arguments_that_are_not_utf8_are_a_usage_error() {
    let bad = OsStr::from_bytes(b"g\xffil");
    let stderr = check(&[OsStr::new("search"), bad], &[], 2);
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
    check(&[OsStr::new("show"), bad], &[], 2);
}

#[test]
fn question_numbers_of_every_odd_shape() {
    assert_eq!(
        check(&os(&["show", "0"]), &[], 1),
        "pyqa: no question 0 in this set; nearest: 1\n"
    );
    check(&os(&["show", "-1"]), &[], 2);
    let stderr = check(&os(&["show", "64.5"]), &[], 2);
    assert!(
        stderr.contains("`64.5` is not a question number"),
        "{stderr}"
    );
    let stderr = check(&os(&["show", "123456789012345678901234567890"]), &[], 2);
    assert!(stderr.contains("is not a question number"), "{stderr}");
    check(&os(&["show", "python:"]), &[], 2);
    check(&os(&["show", ":3"]), &[], 2);
    assert_eq!(check(&os(&["show", "64."]), &[], 0), "");
}

#[test]
fn unknown_subcommands_and_flag_values_are_usage_errors() {
    for args in [
        &["search"][..],
        &["show"],
        &["search", "gil", "--limit", "-3"],
        &["show", "64", "--format", "pdf"],
        &["list", "--color", "blue"],
        &["list", "--width", "0"],
        &["list", "--width", "10001"],
        &["completions", "tcsh"],
        &["quiz", "--count", "many"],
    ] {
        let stderr = check(&os(args), &[], 2);
        assert!(stderr.starts_with("pyqa: error: "), "{args:?}: {stderr}");
    }
}

#[test]
fn odd_columns_values_fall_back_or_are_capped() {
    for columns in ["0", "1", "abc", "100000", "-5", ""] {
        let stderr = check(
            &os(&["show", "64", "--format", "term", "--color", "never"]),
            &[("COLUMNS", columns)],
            0,
        );
        assert!(stderr.is_empty(), "COLUMNS={columns}: {stderr}");
    }
}

#[test]
fn unreadable_and_odd_deck_files_are_warned_about_and_skipped() {
    let env = TestEnv::new();
    let binary = env.file(
        "garbage.txt",
        (0..4096u32)
            .map(|i| (i * 7919 % 251) as u8)
            .collect::<Vec<u8>>(),
    );
    // Bytes with no NUL among them, as a compressed or encrypted file may be.
    let noise = env.file(
        "noise.txt",
        (0..4096u32)
            .map(|i| u8::try_from(i * 7919 % 251 + 1).unwrap())
            .collect::<Vec<u8>>(),
    );
    let missing = env.root().join("missing.txt");
    let folder = env.root().join("folder.txt");
    std::fs::create_dir_all(&folder).unwrap();
    // A file that opens but cannot be read, even by root: the reading process's own memory at
    // address 0, which is never mapped.
    let unreadable = env.root().join("secret.txt");
    std::os::unix::fs::symlink("/proc/self/mem", &unreadable).unwrap();
    for (path, message) in [
        (&binary, "not a text file"),
        (&noise, "not a text file"),
        (&missing, "cannot read it"),
        // A folder is a deck of its files; this one has none.
        (&folder, "no questions found"),
        (&unreadable, "cannot read it: Input/output error"),
    ] {
        let stderr = check(
            &os(&["search", "gil", "-q", "--deck", &path.display().to_string()]),
            &[],
            0,
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with("pyqa: warning: ") && stderr.contains(message),
            "{stderr}"
        );
    }
    for path in [&missing, &unreadable] {
        let shown = path.display().to_string();
        let stderr = check(&os(&["check", &shown]), &[], 2);
        assert!(
            stderr.starts_with(&format!("pyqa: error: cannot read {shown}: ")),
            "{stderr}"
        );
    }
}

#[test]
fn a_50_mb_single_line_file_is_checked_and_skipped_quickly() {
    let env = TestEnv::new();
    let path = env.file("oneline.txt", "x".repeat(50 * 1024 * 1024));
    let shown = path.display().to_string();
    let output = env
        .pyqa()
        .args(["check", &shown])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!(
            "{shown}: read as numbered lines, 0 questions in 0 topics\n{shown}:1: text before the first question (a question starts like `1. What is …?`)\n{shown}:1: no questions found (a question starts like `1. What is …?`)\n"
        )
    );
    let stderr = check(&os(&["search", "gil", "-q", "--deck", &shown]), &[], 0);
    assert!(stderr.contains("no questions found"), "{stderr}");
}

/// A number on the command line is a limit, never a size to reserve: the largest counts give
/// every result, at once.
#[test]
fn the_largest_limits_and_counts_are_limits() {
    let env = TestEnv::new();
    for huge in ["2000000000", "18446744073709551615"] {
        let (stdout, stderr) = env.run(&["search", "functions", "--limit", huge, "-q"], 0);
        assert!(
            stdout.lines().count() >= 5 && stderr.is_empty(),
            "{stdout}{stderr}"
        );
        let (stdout, _) = env.run(&["related", "64", "--limit", huge], 0);
        assert!(stdout.lines().count() >= 2, "{stdout}");
        let (stdout, _) = env.run(&["quiz", "--stats", "--count", huge, "--new", huge], 0);
        assert!(!stdout.is_empty());
    }
}
