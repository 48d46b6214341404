//! `pyqa quiz`: spaced repetition driven by piped input, progress saved after every answer.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::TestEnv;

/// A test environment, and `pyqa quiz ARGS` in it with `input` on stdin.
struct Session {
    env: TestEnv,
}

impl Session {
    fn new() -> Self {
        Self {
            env: TestEnv::new(),
        }
    }

    fn progress_path(&self) -> PathBuf {
        self.env.root().join("data/pyqa/progress.json")
    }

    fn progress(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(self.progress_path()).unwrap()).unwrap()
    }

    /// `pyqa quiz ARGS` in this session's folders, with piped stdin and stdout.
    fn command(&self, args: &[&str]) -> Command {
        let mut command = self.env.command();
        command
            .arg("quiz")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped());
        command
    }

    fn quiz(&self, args: &[&str], input: &str) -> (String, String) {
        let mut child = self.command(args).stderr(Stdio::piped()).spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }
}

#[test]
fn piped_answers_are_recorded_and_end_of_input_quits_cleanly() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "testing", "--count", "3"], "\ny\n\nn\n");
    assert!(
        stdout.contains("[1/3] 62. What is mocking in Python testing?"),
        "{stdout}"
    );
    assert!(stdout.contains("Next: in 1 day (box 2 of 5)."), "{stdout}");
    assert!(
        stdout.contains("Next: in 10 minutes (box 1 of 5)."),
        "{stdout}"
    );
    assert!(
        stdout.trim_end().ends_with("Answered 2: knew 1, missed 1."),
        "{stdout}"
    );
    let cards = &session.progress()["cards"];
    assert_eq!(cards["python:62"]["box"], 2);
    assert_eq!(
        (
            cards["python:63"]["box"].as_u64(),
            cards["python:63"]["lapses"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert!(
        cards.get("python:64").is_none(),
        "the unanswered question is not recorded"
    );
}

#[test]
fn q_quits_and_keeps_what_was_answered() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "testing"], "\ny\nq\n");
    assert!(
        stdout.trim_end().ends_with("Answered 1: knew 1, missed 0."),
        "{stdout}"
    );
    assert_eq!(session.progress()["cards"].as_object().unwrap().len(), 1);
}

#[test]
fn unclear_replies_are_asked_again() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "testing", "--count", "1"], "\nmaybe\nYES\n");
    assert_eq!(stdout.matches("Knew it? [y/n/q]").count(), 2, "{stdout}");
    assert_eq!(session.progress()["cards"]["python:62"]["box"], 2);
}

#[test]
fn answered_questions_wait_and_new_ones_come_next() {
    let session = Session::new();
    session.quiz(&["--topic", "testing", "--count", "2"], "\ny\n\nn\n");
    let (stdout, _) = session.quiz(&["--topic", "testing", "--count", "2"], "q\n");
    assert!(
        stdout.contains("[1/2] 64."),
        "a missed question comes back in ten minutes, not at once:\n{stdout}"
    );
    let (stdout, _) = session.quiz(&["--stats", "--topic", "testing"], "");
    assert_eq!(
        stdout,
        "topic    questions  reviewed  due  learned\nTesting          4         2    0        0\n"
    );
}

#[test]
fn a_damaged_progress_file_is_moved_aside_with_a_warning() {
    let session = Session::new();
    std::fs::create_dir_all(session.progress_path().parent().unwrap()).unwrap();
    std::fs::write(session.progress_path(), "{ this is not json").unwrap();
    let (_, stderr) = session.quiz(&["--topic", "testing", "--count", "1"], "\nn\n");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("pyqa: warning: ") && stderr.contains("moved it to"),
        "{stderr}"
    );
    let backup = session.progress_path().with_extension("json.bak");
    assert_eq!(
        std::fs::read_to_string(backup).unwrap(),
        "{ this is not json"
    );
    assert_eq!(session.progress()["cards"]["python:62"]["box"], 1);
}

/// Total answers recorded in a progress file, which must parse.
fn recorded_answers(path: &std::path::Path) -> u64 {
    let Ok(text) = std::fs::read_to_string(path) else {
        return 0;
    };
    let progress: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("progress file is damaged ({e}):\n{text}"));
    progress["cards"]
        .as_object()
        .unwrap()
        .values()
        .map(|c| c["reviews"].as_u64().unwrap())
        .sum()
}

#[test]
fn killing_the_quiz_at_any_moment_keeps_every_acknowledged_answer() {
    use std::io::{BufRead, BufReader};
    let session = Session::new();
    let mut text = String::new();
    for n in 1..=400 {
        let _ = writeln!(text, "{n}. Question {n}?\nAnswer {n}.");
    }
    let deck = session.env.file("big.txt", text);
    let mut acknowledged = 0;
    for round in 0..25u64 {
        let deck_path = deck.display().to_string();
        let args = [
            "--from",
            "big",
            "--count",
            "50",
            "--deck",
            deck_path.as_str(),
        ];
        let mut child = session
            .command(&args)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all("\ny\n".repeat(50).as_bytes())
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let stop_after = 1 + round % 7;
        let mut seen = 0;
        for line in stdout.lines() {
            let Ok(line) = line else { break };
            if line.contains("Next: ") {
                seen += 1;
                if seen == stop_after {
                    std::thread::sleep(std::time::Duration::from_micros(round * 137 % 2000));
                    break;
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        acknowledged += seen;
        let recorded = recorded_answers(&session.progress_path());
        assert!(
            recorded >= acknowledged,
            "round {round}: {recorded} recorded, {acknowledged} acknowledged"
        );
    }
    assert!(acknowledged >= 25);
}
