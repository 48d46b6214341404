//! The full-screen browser on a real pseudo-terminal (`script`, from util-linux): typing finds,
//! Esc and Ctrl-C quit and leave the terminal in cooked mode, `pyqa pick` prints the choice.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::TestEnv;

/// Runs `command` on a pseudo-terminal 100 × 30, typing each input after a pause; returns what
/// the terminal showed and whether the command succeeded.
fn on_a_terminal(env: &TestEnv, command: &str, inputs: &[&[u8]]) -> (String, bool) {
    let command = format!("stty rows 30 cols 100; {command}");
    let mut child = Command::new("script")
        .envs(env.vars())
        .env("TERM", "xterm")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script runs");
    let mut stdin = child.stdin.take().unwrap();
    for input in inputs {
        std::thread::sleep(Duration::from_millis(400));
        stdin.write_all(input).unwrap();
        stdin.flush().unwrap();
    }
    std::thread::sleep(Duration::from_millis(400));
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.success(),
    )
}

fn pyqa() -> String {
    format!("'{}'", env!("CARGO_BIN_EXE_pyqa"))
}

#[test]
fn typing_finds_and_esc_quits_leaving_the_terminal_cooked() {
    let env = TestEnv::new();
    let (screen, ok) = on_a_terminal(
        &env,
        &format!("{} browse; stty -a", pyqa()),
        &[b"gil", b"\x1b"],
    );
    assert!(ok, "{screen}");
    assert!(screen.contains("What is the GIL"), "{screen}");
    let settings = screen.rsplit("speed").next().unwrap_or_default();
    assert!(
        settings.contains(" icanon") && settings.contains(" echo"),
        "cooked mode after quitting: {settings}"
    );
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let env = TestEnv::new();
    let (screen, ok) = on_a_terminal(&env, &format!("{}; stty -a", pyqa()), &[b"\x03"]);
    assert!(ok, "{screen}");
    assert!(
        screen.contains("\u{1b}[?1049h"),
        "pyqa alone opens the browser: {screen:?}"
    );
    let settings = screen.rsplit("speed").next().unwrap_or_default();
    assert!(!settings.contains("-icanon"), "{settings}");
}

#[test]
fn pick_prints_the_chosen_number_while_drawing_on_the_terminal() {
    let env = TestEnv::new();
    let chosen = env.root().join("chosen.txt");
    let (screen, ok) = on_a_terminal(
        &env,
        &format!("{} pick > '{}'", pyqa(), chosen.display()),
        &[b"monads", b"\r"],
    );
    assert!(ok, "{screen}");
    assert_eq!(std::fs::read_to_string(&chosen).unwrap(), "60\n");
}

/// The README's bash key binding, with this build's binary for `pyqa`.
fn readme_binding() -> String {
    let readme = include_str!("../README.md");
    let line = readme
        .lines()
        .find_map(|l| l.strip_prefix("bind -x '\"\\C-g\": "))
        .expect("the README has a bash binding");
    line.trim_end_matches('\'')
        .replace("pyqa ", &format!("{} ", pyqa()))
}

#[test]
fn the_readme_binding_shows_a_pick_and_does_nothing_on_esc() {
    let env = TestEnv::new();
    let binding = readme_binding();
    let (screen, _) = on_a_terminal(&env, &format!("{binding}; echo status=$?"), &[b"\x1b"]);
    let after = screen.rsplit("\u{1b}[?1049l").next().unwrap_or_default();
    let after = after.trim_start_matches("\u{1b}[?25h");
    assert_eq!(after.trim(), "status=1", "{screen:?}");
    let (screen, ok) = on_a_terminal(&env, &binding, &[b"monads", b"\r"]);
    let after = screen.rsplit("\u{1b}[?1049l").next().unwrap_or_default();
    assert!(ok && after.contains("60. "), "{after:?}");
}

#[test]
fn sigterm_restores_the_terminal() {
    let env = TestEnv::new();
    let (screen, _) = on_a_terminal(
        &env,
        &format!("timeout --foreground -s TERM 1 {} browse; stty -a", pyqa()),
        &[],
    );
    assert!(
        screen.contains("\u{1b}[?1049l"),
        "left the alternate screen: {screen:?}"
    );
    let settings = screen.rsplit("speed").next().unwrap_or_default();
    assert!(!settings.contains("-icanon"), "{settings}");
}

#[test]
fn browse_into_a_pipe_is_a_usage_error() {
    let (stdout, stderr) = crate::util::run(&["browse", "gil"], 2);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        "pyqa: error: pyqa browse needs a terminal: `pyqa search` prints results, `pyqa pick` prints a choice\n"
    );
}

#[test]
fn ctrl_e_edits_the_selected_question_and_comes_back() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let deck = env.deck(
        "notes.md",
        "# Notes\n\n## What is a list?\n\nAn ordered, mutable sequence.\n\n\
         ## What is a zorble?\n\nAn immutable quokka.\n",
    );
    let record = env.root().join("editor.args");
    let editor = env.file(
        "bin/vi",
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n",
            record.display()
        ),
    );
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (screen, ok) = on_a_terminal(
        &env,
        &format!("EDITOR='{}' {} browse; stty -a", editor.display(), pyqa()),
        &[b"zorble", b"\x05", b"\x1b"],
    );
    assert!(ok, "{screen}");
    let args = std::fs::read_to_string(&record).unwrap_or_default();
    assert_eq!(args, format!("+7\n{}\n", deck.display()), "{screen}");
    assert!(
        screen.contains("edited "),
        "the status line says so: {screen}"
    );
    let settings = screen.rsplit("speed").next().unwrap_or_default();
    assert!(
        settings.contains(" icanon"),
        "cooked mode after quitting: {settings}"
    );
}
