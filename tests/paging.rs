//! Paging: long output on a terminal goes through `$PYQA_PAGER`; never when piped or with
//! `--no-pager`. A pseudo-terminal comes from `script` (util-linux).

use std::path::PathBuf;
use std::process::Command;

use crate::util::TestEnv;

/// Runs `pyqa ARGS` on a terminal `rows` high with a pager that copies what it gets into a
/// file; returns what the pager got, if it ran.
fn paged(args: &str, rows: u16) -> Option<String> {
    paged_by(args, rows, "tee", "paged.txt")
}

/// Runs `pyqa ARGS` as [`paged`] does, with the pager `PROGRAM "DIR/FILE"`: the file name is
/// quoted, so it may hold spaces.
fn paged_by(args: &str, rows: u16, program: &str, file: &str) -> Option<String> {
    let env = TestEnv::new();
    let copy: PathBuf = env.root().join(file);
    let command = format!(
        "stty rows {rows} cols 80; '{}' {args}",
        env!("CARGO_BIN_EXE_pyqa")
    );
    let status = Command::new("script")
        .envs(env.vars())
        .args(["-qec", &command, "/dev/null"])
        .env("PYQA_PAGER", format!("{program} \"{}\"", copy.display()))
        .env_remove("NO_COLOR")
        .output()
        .expect("script runs")
        .status;
    assert!(status.success());
    std::fs::read_to_string(&copy).ok()
}

#[test]
fn long_output_on_a_terminal_goes_through_the_pager() {
    let text = paged("show 58 --color never", 20).expect("the pager ran");
    assert!(
        text.starts_with("58. Differences Between map, filter, reduce"),
        "{text}"
    );
}

#[test]
fn a_quoted_pager_argument_stays_whole() {
    let text = paged_by("show 58 --color never", 20, "tee -a", "paged copy.txt")
        .expect("the pager wrote to the file named in quotes");
    assert!(text.starts_with("58. "), "{text}");
}

#[test]
fn output_that_fits_the_screen_is_not_paged() {
    assert_eq!(paged("topics", 50), None);
}

#[test]
fn no_pager_turns_paging_off() {
    assert_eq!(paged("show 58 --no-pager", 20), None);
}

#[test]
fn piped_output_is_never_paged() {
    let env = TestEnv::new();
    let copy = env.root().join("paged.txt");
    let output = env
        .command()
        .args(["show", "58", "64", "66"])
        .env("PYQA_PAGER", format!("tee {}", copy.display()))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(!copy.exists());
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .starts_with("## 58.")
    );
}
