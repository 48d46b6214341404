//! Every Python example of the built-in set runs and prints what its answer says it prints: the
//! set is exported as the binary holds it and `tests/examples/run.py` checks each block (see
//! docs/CONTENT.md for what a block may say).
//!
//! The examples are written for `CPython` 3.13: the interpreter is `$PYQA_PYTHON`, else `python3`.

use std::process::Command;

use crate::util::TestEnv;

/// The oldest Python the examples are written for.
const OLDEST: (u32, u32) = (3, 13);

#[test]
fn every_python_block_of_the_built_in_set_runs_or_compiles() {
    let python = std::env::var("PYQA_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let version = Command::new(&python)
        .args(["-c", "import sys; print(*sys.version_info[:2])"])
        .output()
        .unwrap_or_else(|e| panic!("running {python}: {e} (set PYQA_PYTHON to a Python 3.13)"));
    let printed = String::from_utf8_lossy(&version.stdout);
    let mut parts = printed
        .split_whitespace()
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let found = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    assert!(
        found >= OLDEST,
        "{python} is Python {}.{}; the examples need {}.{} or later (set PYQA_PYTHON)",
        found.0,
        found.1,
        OLDEST.0,
        OLDEST.1
    );

    let env = TestEnv::new();
    let (markdown, _) = env.run(&["export", "--format", "md"], 0);
    let exported = env.file("built-in.md", markdown);
    let runner = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/examples/run.py");
    let run = Command::new(&python)
        .arg(runner)
        .arg(&exported)
        .output()
        .expect("running tests/examples/run.py");
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "{}{report}",
        String::from_utf8_lossy(&run.stdout)
    );
    // Every question with code has it checked: the report counts the blocks it checked.
    let checked: usize = report
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(checked > 0, "no Python block was checked: {report}");
}
