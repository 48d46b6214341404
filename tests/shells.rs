//! Running the shells that completion scripts are written for: shared by the tests of the real
//! binary (`tests/completions.rs`) and the unit tests of `src/commands/completions.rs`, which
//! include this file by its path.

use std::process::{Command, Output};

/// Runs `program ARGS`, or gives `None` with a note when the shell is not installed; under CI,
/// which installs the shells (`.ci/run`), a missing shell fails the test.
pub fn shell(program: &str, args: &[&str]) -> Option<Output> {
    match Command::new(program).args(args).output() {
        Ok(output) => Some(output),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{program} is not installed: .ci/run installs it"
            );
            eprintln!("note: {program} is not installed; its completion script is not checked");
            None
        }
        Err(e) => panic!("{program}: {e}"),
    }
}

/// The output of `program ARGS`, asserting it succeeded without a word on stderr; `None` when
/// the shell is missing (see [`shell`]).
pub fn quiet_success(program: &str, args: &[&str]) -> Option<String> {
    let output = shell(program, args)?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stderr.is_empty(),
        "{program} {args:?}: {}\n{stderr}",
        output.status
    );
    Some(String::from_utf8(output.stdout).unwrap())
}
