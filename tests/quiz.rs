//! `pyqa quiz`: spaced repetition driven by piped input, progress saved after every answer.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::util::{TestEnv, all_succeed};

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

    fn log_path(&self) -> PathBuf {
        self.env.root().join("data/pyqa/reviews.log")
    }

    fn old_progress_path(&self) -> PathBuf {
        self.env.root().join("data/pyqa/progress.json")
    }

    /// The review log's lines, which must all be whole reviews.
    fn reviews(&self) -> Vec<Review> {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        text.lines()
            .map(|l| Review::parse(l).unwrap_or_else(|| panic!("{l:?}")))
            .collect()
    }

    /// `pyqa quiz ARGS` started with `input` written to its stdin.
    fn spawn(&self, args: &[&str], input: &[u8], stderr: Stdio) -> std::process::Child {
        let mut child = self.command(args).stderr(stderr).spawn().unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        child
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
        let output = self
            .spawn(args, input.as_bytes(), Stdio::piped())
            .wait_with_output()
            .unwrap();
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

/// One line of the review log.
#[derive(Debug, Clone, PartialEq)]
struct Review {
    card: String,
    rating: String,
    stability: f64,
    lapses: u64,
}

impl Review {
    /// A line of the log's format 4: a review, or a cram answer (`4 TAB time TAB card TAB cram
    /// TAB rating`) with no state.
    fn parse(line: &str) -> Option<Self> {
        let fields: Vec<&str> = line.split('\t').collect();
        if let ["4", time, card, "cram", rating] = fields.as_slice() {
            return (time.parse::<u64>().is_ok()).then(|| Self {
                card: (*card).to_owned(),
                rating: format!("cram {rating}"),
                stability: 0.0,
                lapses: 0,
            });
        }
        if fields.len() != 11 && fields.len() != 12 {
            return None;
        }
        let [
            version,
            time,
            card,
            rating,
            stability,
            difficulty,
            due,
            reviews,
            lapses,
            _title,
            answer,
        ] = fields[..11]
        else {
            return None;
        };
        let whole = version == "4"
            && difficulty.parse::<f64>().is_ok()
            && u64::from_str_radix(answer, 16).is_ok()
            && [time, due, reviews]
                .iter()
                .all(|f| f.parse::<u64>().is_ok())
            && card.contains(':');
        whole.then(|| Self {
            card: card.to_owned(),
            rating: rating.to_owned(),
            stability: stability.parse().unwrap_or(0.0),
            lapses: lapses.parse().unwrap_or(0),
        })
    }
}

#[test]
fn piped_answers_are_recorded_and_end_of_input_quits_cleanly() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "testing", "--count", "3"], "\ny\n\nn\n");
    assert!(
        stdout.contains("[1/3] 61. What is the difference between `unittest` and `pytest`?"),
        "{stdout}"
    );
    assert!(stdout.contains("good → 2 days"), "{stdout}");
    assert!(stdout.contains("again → 10 minutes"), "{stdout}");
    assert!(
        stdout.trim_end().ends_with("Answered 2: 1 again, 1 good."),
        "{stdout}"
    );
    let reviews = session.reviews();
    assert_eq!(
        reviews.len(),
        2,
        "the unanswered question is not recorded: {reviews:?}"
    );
    assert_eq!(reviews[0].rating, "good");
    assert!(
        (reviews[0].stability - 2.3065).abs() < 1e-9,
        "FSRS's first good: {reviews:?}"
    );
    assert_eq!(
        (reviews[1].rating.as_str(), reviews[1].lapses),
        ("again", 1)
    );
    assert_ne!(reviews[0].card, reviews[1].card);
}

#[test]
fn q_quits_and_keeps_what_was_answered() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "testing"], "\ny\nq\n");
    assert!(
        stdout.trim_end().ends_with("Answered 1: 1 good."),
        "{stdout}"
    );
    assert_eq!(session.reviews().len(), 1);
}

#[test]
fn unclear_replies_are_asked_again() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "testing", "--count", "1"], "\nmaybe\nYES\n");
    assert_eq!(
        stdout
            .matches("How well? [1 again, 2 hard, 3 good, 4 easy; y/n; q] \n")
            .count(),
        2,
        "piped, each prompt ends its line: {stdout}"
    );
    assert!(
        stdout.contains("Type 1, 2, 3 or 4 (y for good, n for again), or q to quit."),
        "{stdout}"
    );
    assert!(
        stdout.contains("Enter: show the answer, q: quit> \n## 61. "),
        "the prompt and the answer are apart: {stdout}"
    );
    let reviews = session.reviews();
    assert_eq!((reviews.len(), reviews[0].rating.as_str()), (1, "good"));
}

/// Seconds since midnight, UTC: the quiz's days are UTC days.
fn seconds_into_the_day() -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970");
    now.as_secs() % 86_400
}

#[test]
fn answered_questions_wait_and_new_ones_come_next() {
    let session = Session::new();
    let answered = seconds_into_the_day();
    session.quiz(&["--topic", "testing", "--count", "2"], "\ny\n\nn\n");
    let (stdout, _) = session.quiz(&["--topic", "testing", "--count", "2"], "q\n");
    assert!(
        stdout.contains("[1/2] 63."),
        "a missed question comes back in ten minutes, not at once:\n{stdout}"
    );
    let (stdout, _) = session.quiz(&["--stats", "--topic", "testing"], "");
    let asked = seconds_into_the_day();
    // The missed question is due ten minutes after it was answered: today, unless that is past
    // midnight; either count when midnight came while the test ran.
    let due_today = |t: u64| u8::from(t + 600 < 86_400);
    let counts = if asked >= answered && due_today(answered) == due_today(asked) {
        vec![due_today(asked)]
    } else {
        vec![0, 1]
    };
    let expected: Vec<String> = counts
        .iter()
        .map(|due| {
            format!(
                "topic    questions  new  learning  due today  this week  retention\n\
                 Testing         14   12         2          {due}          2       50 %\n"
            )
        })
        .collect();
    assert!(expected.contains(&stdout), "{stdout}");
}

#[test]
fn a_damaged_old_progress_file_is_moved_aside_with_a_warning() {
    let session = Session::new();
    std::fs::create_dir_all(session.old_progress_path().parent().unwrap()).unwrap();
    std::fs::write(session.old_progress_path(), "{ this is not json").unwrap();
    let (_, stderr) = session.quiz(&["--topic", "testing", "--count", "1"], "\nn\n");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("pyqa: warning: ") && stderr.contains("moved it to"),
        "{stderr}"
    );
    let backup = session.old_progress_path().with_extension("json.bak");
    assert_eq!(
        std::fs::read_to_string(backup).unwrap(),
        "{ this is not json"
    );
    assert_eq!(session.reviews()[0].rating, "again");
}

#[test]
fn the_old_progress_file_is_carried_over_once_and_kept_as_bak() {
    let session = Session::new();
    std::fs::create_dir_all(session.old_progress_path().parent().unwrap()).unwrap();
    let old = r#"{"version":1,"cards":{
        "python:62":{"box":3,"due":4102444800,"reviews":2,"lapses":0},
        "python:63":{"box":1,"due":0,"reviews":1,"lapses":1},
        "python:300":{"box":2,"due":0,"reviews":1,"lapses":0}}}"#;
    std::fs::write(session.old_progress_path(), old).unwrap();
    let (stdout, stderr) = session.quiz(&["--stats", "--topic", "testing"], "");
    assert!(
        stderr.starts_with("pyqa: note: carried 2 cards of 3 over from "),
        "{stderr}"
    );
    assert_eq!(
        stdout,
        "topic    questions  new  learning  due today  this week  retention\n\
         Testing         14   12         2          1          1          -\n"
    );
    assert!(!session.old_progress_path().exists());
    assert!(
        session
            .old_progress_path()
            .with_extension("json.bak")
            .exists()
    );
    let (_, stderr) = session.quiz(&["--stats", "--topic", "testing"], "");
    assert!(stderr.is_empty(), "carried over once: {stderr}");
    let reviews = session.reviews();
    assert_eq!(reviews.len(), 2);
    assert!(reviews.iter().all(|r| r.rating == "migrated"));
}

#[test]
fn sessions_running_at_once_lose_no_answer() {
    for sessions in [2, 8] {
        let session = Session::new();
        let mut text = String::new();
        for n in 1..=40 {
            let _ = writeln!(text, "{n}. Question {n}?\nAnswer {n}.");
        }
        let deck = session.env.file("big.txt", text).display().to_string();
        // All start before any is waited for; each answers two questions (the same two, when
        // they start together, as in two terminals).
        let children: Vec<std::process::Child> = (0..sessions)
            .map(|_| {
                let args = [
                    "--from", "big", "--count", "2", "--new", "100", "--deck", &deck,
                ];
                session.spawn(&args, b"\ny\n\ny\n", Stdio::piped())
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(output.status.success());
            let stdout = String::from_utf8(output.stdout).unwrap();
            assert!(stdout.contains("Answered 2: 2 good."), "{stdout}");
        }
        let reviews = session.reviews();
        assert_eq!(
            reviews.len(),
            2 * sessions,
            "{sessions} sessions answered 2 each: {reviews:?}"
        );
    }
}

/// Whole reviews in the log; a torn last line (a kill while writing) does not count, and any
/// other line must be whole.
fn recorded_answers(path: &std::path::Path) -> u64 {
    let Ok(text) = std::fs::read_to_string(path) else {
        return 0;
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut whole = 0;
    for (i, line) in lines.iter().enumerate() {
        match Review::parse(line) {
            Some(_) => whole += 1,
            None if i + 1 == lines.len() && !text.ends_with('\n') => {}
            None => panic!("line {} of the log is damaged: {line:?}", i + 1),
        }
    }
    whole
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
            "--new",
            "1000",
            "--deck",
            deck_path.as_str(),
        ];
        let mut child = session.spawn(&args, "\ny\n".repeat(50).as_bytes(), Stdio::null());
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let stop_after = 1 + round % 7;
        let mut seen = 0;
        for line in stdout.lines() {
            let Ok(line) = line else { break };
            if line.contains(" → ") {
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
        let recorded = recorded_answers(&session.log_path());
        assert!(
            recorded >= acknowledged,
            "round {round}: {recorded} recorded, {acknowledged} acknowledged"
        );
    }
    assert!(acknowledged >= 25);
}

#[test]
fn new_questions_are_limited_per_day() {
    let session = Session::new();
    let (stdout, _) = session.quiz(&["--topic", "functional", "--new", "2"], "\ny\n\ny\n\ny\n");
    assert!(stdout.contains("Answered 2: 2 good."), "{stdout}");
    let (stdout, _) = session.quiz(&["--topic", "functional", "--new", "2"], "");
    assert!(
        stdout.starts_with(
            "Nothing is due now, and today's 2 new questions are done (--new sets how many a day). \
             The next question is due in 2 days. `pyqa quiz --cram` practises now"
        ),
        "{stdout}"
    );
    let (stdout, _) = session.quiz(&["--topic", "functional", "--new", "0"], "");
    assert!(
        stdout.starts_with("Nothing is due now, and --new 0 leaves out the 5 new questions."),
        "{stdout}"
    );
    let (stdout, _) = session.quiz(&["--stats", "--json", "--topic", "functional"], "");
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows[0]["questions"], 7);
    assert_eq!(rows[0]["new"], 5);
    assert_eq!(rows[0]["learning"], 2);
    assert_eq!(rows[0]["retention"], 1.0, "two answers, both recalled");
}

#[test]
fn on_a_terminal_each_question_starts_on_a_clean_screen_without_see_also() {
    let session = Session::new();
    let command = format!(
        "printf '\\ny\\n\\n\\nn\\n' | '{}' quiz --topic testing --count 2 --color never",
        env!("CARGO_BIN_EXE_pyqa")
    );
    let output = Command::new("script")
        .envs(session.env.vars())
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("script runs");
    assert!(output.status.success());
    let screen = String::from_utf8_lossy(&output.stdout);
    assert_eq!(screen.matches("\u{1b}[H\u{1b}[2J").count(), 2, "{screen:?}");
    let rated = screen.find("good → 2 days").expect("the rating is shown");
    let next = screen
        .find("Enter: next question, q: quit> ")
        .expect("a key moves on");
    let second = screen.rfind("\u{1b}[H\u{1b}[2J").unwrap();
    assert!(
        rated < next && next < second,
        "the rating stays in view until a key: {screen:?}"
    );
    assert!(!screen.contains("See also"), "{screen}");
    assert_eq!(session.reviews().len(), 2);
    let (piped, _) = session.quiz(&["--topic", "testing", "--count", "1"], "\ny\n");
    assert!(
        !piped.contains('\u{1b}'),
        "piped: no escape codes: {piped:?}"
    );
}

/// A deck of the user's: three questions, the first with a typo in its title.
const NOTES: &str = "# Notes

## What is a decoratr?

- A decorator wraps a function in another function
- `functools.wraps` keeps the wrapped function's name
- It is applied with the `@` line above the definition

## What does the GIL do?

The GIL lets one thread run Python bytecode at a time. Threads still help while waiting on I/O.

## How do you swap two variables?

Assign a tuple: `a, b = b, a` swaps them without a temporary name.
";

/// The stats of deck `notes` as JSON, and stderr.
fn notes_stats(session: &Session) -> (serde_json::Value, String) {
    let (stdout, stderr) = session.quiz(&["--stats", "--json", "--from", "notes"], "");
    (serde_json::from_str(&stdout).unwrap(), stderr)
}

#[test]
fn an_edited_title_keeps_its_progress_through_a_reordered_deck() {
    let session = Session::new();
    session.env.deck("notes.md", NOTES);
    session.quiz(&["--from", "notes"], "\ny\n\ny\n\nn\n");
    assert_eq!(session.reviews().len(), 3);
    // The typo fixed and "in Python" added, the questions reordered, one question added.
    let edited = NOTES
        .replace("What is a decoratr?", "What is a decorator in Python?")
        .replace("## What does the GIL do?", "## What does the GIL do? ")
        .replace(
            "# Notes\n",
            "# Notes\n\n## What is a generator?\n\nA function that yields its values one at a time.\n",
        );
    session.env.deck("notes.md", edited);
    let (rows, stderr) = notes_stats(&session);
    assert_eq!(
        stderr.trim(),
        "pyqa: note: notes:2 keeps the progress of \"what is a decoratr?\" (its title was edited)"
    );
    assert_eq!(
        (&rows[0]["questions"], &rows[0]["new"], &rows[0]["learning"]),
        (&4.into(), &1.into(), &3.into()),
        "only the added question is new: {rows}"
    );
    let moved: Vec<Review> = session
        .reviews()
        .into_iter()
        .filter(|r| r.rating == "moved")
        .collect();
    assert_eq!(moved.len(), 1, "the move is in the log");
    let (again, stderr) = notes_stats(&session);
    assert_eq!((again, stderr.as_str()), (rows, ""), "moved once");
    let (stdout, _) = session.quiz(&["--stats", "--from", "notes"], "");
    assert!(!stdout.contains("match"), "{stdout}");

    let removed = NOTES.split("## How do you swap").next().unwrap();
    session.env.deck("notes.md", removed);
    let (stdout, _) = session.quiz(&["--stats", "--from", "notes"], "");
    assert!(
        stdout.ends_with(
            "\n1 reviewed card matches no question now: removed, or edited past recognition.\n"
        ),
        "{stdout}"
    );
}

#[test]
fn cram_practises_the_weakest_first_and_leaves_the_schedule_as_it_was() {
    let session = Session::new();
    session.quiz(&["--topic", "testing", "--count", "2"], "\ny\n\nn\n");
    let (stdout, _) = session.quiz(&["--topic", "testing", "--new", "0"], "");
    assert!(
        stdout.contains("`pyqa quiz --cram` practises now"),
        "{stdout}"
    );
    let before = session.quiz(&["--stats", "--json"], "").0;
    let lines_before = session.reviews();
    let (stdout, _) = session.quiz(
        &["--cram", "--topic", "testing", "--count", "3"],
        "\n1\n\n3\n\n4\n",
    );
    let asked: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with('['))
        .map(|l| l.split(' ').nth(1).unwrap())
        .collect();
    assert_eq!(
        asked,
        ["62.", "61.", "63."],
        "the missed one, the known one, then a new one: {stdout}"
    );
    assert!(
        stdout.contains("again (cramming: the schedule is unchanged)"),
        "{stdout}"
    );
    assert!(
        stdout
            .trim_end()
            .ends_with("Crammed 3: 1 again, 1 good, 1 easy."),
        "{stdout}"
    );
    assert_eq!(session.quiz(&["--stats", "--json"], "").0, before);
    let lines = session.reviews();
    assert_eq!(lines[..lines_before.len()], lines_before[..]);
    let crams: Vec<&str> = lines[lines_before.len()..]
        .iter()
        .map(|r| r.rating.as_str())
        .collect();
    assert_eq!(crams, ["cram again", "cram good", "cram easy"]);
}

/// `quiz --type` on the decorator question with `typed` as the answer, Enter accepting the
/// suggested rating: stdout and the rating logged.
fn typed_session(typed: &str) -> (String, String) {
    let session = Session::new();
    session.env.deck("notes.md", NOTES);
    let (stdout, _) = session.quiz(
        &["--from", "notes", "--type", "--count", "1"],
        &format!("{typed}\n\n\n"),
    );
    let rating = session.reviews()[0].rating.clone();
    (stdout, rating)
}

#[test]
fn a_typed_answer_is_checked_against_the_key_points() {
    let (good, rating) = typed_session(
        "It wraps a function inside another function.\n\
         functools.wraps keeps the name of the wrapped function.\n\
         You apply it with an @ line above the def.",
    );
    assert!(
        good.contains("Your answer (an empty line or Ctrl-D ends it; q quits):"),
        "{good}"
    );
    assert!(good.contains("key points: 3/3"), "{good}");
    assert!(good.contains("Enter: 3 good"), "{good}");
    assert_eq!(rating, "good");
    let (poor, rating) = typed_session("It makes the code faster.");
    assert!(poor.contains("key points: 0/3"), "{poor}");
    assert!(
        poor.contains("  - functools.wraps keeps the wrapped function's name"),
        "missed points are listed: {poor}"
    );
    assert_eq!(rating, "again");
}

#[test]
fn quiz_starts_at_the_same_moment_carry_the_old_progress_over_once() {
    let session = Session::new();
    std::fs::create_dir_all(session.old_progress_path().parent().unwrap()).unwrap();
    std::fs::write(
        session.old_progress_path(),
        r#"{"version":1,"cards":{"python:62":{"box":3,"due":4102444800,"reviews":2,"lapses":0}}}"#,
    )
    .unwrap();
    let children: Vec<std::process::Child> = (0..8)
        .map(|_| session.spawn(&["--stats", "--topic", "testing"], b"", Stdio::piped()))
        .collect();
    all_succeed(children);
    let migrated: Vec<Review> = session
        .reviews()
        .into_iter()
        .filter(|r| r.rating == "migrated")
        .collect();
    assert_eq!(migrated.len(), 1, "carried over once");
    assert!(!session.old_progress_path().exists());
}

#[test]
fn a_review_log_that_cannot_be_written_stops_the_quiz_before_its_first_question() {
    let session = Session::new();
    let not_a_folder = session.env.file("data-is-a-file", "");
    let output = session
        .command(&["--topic", "testing"])
        .env("XDG_DATA_HOME", &not_a_folder)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(!stdout.contains("[1/"), "no question shown: {stdout}");
    assert!(stderr.starts_with("pyqa: error: cannot "), "{stderr}");
}

/// Session A shows a card; meanwhile its title is edited and another pyqa moves the card's
/// progress to the edited question; A's answer, saved under the old card, follows the move.
#[test]
fn an_answer_given_while_another_pyqa_moves_the_card_follows_the_move() {
    use std::io::{BufRead, BufReader};
    let session = Session::new();
    session.env.deck("notes.md", NOTES);
    session.quiz(&["--from", "notes", "--count", "1"], "\ny\n");
    // The card is due again at once: its due time set back in the log.
    let log = std::fs::read_to_string(session.log_path()).unwrap();
    let mut fields: Vec<&str> = log.trim_end().split('\t').collect();
    fields[6] = "1";
    std::fs::write(session.log_path(), fields.join("\t") + "\n").unwrap();
    let mut a = session
        .command(&["--from", "notes", "--count", "1", "--new", "0"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut shown = String::new();
    BufReader::new(a.stdout.as_mut().unwrap())
        .read_line(&mut shown)
        .unwrap();
    assert!(
        shown.starts_with("[1/1] notes:1. What is a decoratr?"),
        "{shown}"
    );
    session.env.deck(
        "notes.md",
        NOTES.replace("What is a decoratr?", "What is a decorator?"),
    );
    let (_, stderr) = notes_stats(&session);
    assert!(stderr.contains("keeps the progress"), "{stderr}");
    a.stdin.take().unwrap().write_all(b"\ny\n").unwrap();
    assert!(a.wait_with_output().unwrap().status.success());
    let (rows, stderr) = notes_stats(&session);
    assert_eq!(stderr, "", "nothing lost or unmatched");
    assert_eq!(rows[0]["due_today"], 0, "answered, not due again: {rows}");
    let (stdout, _) = session.quiz(&["--stats", "--from", "notes"], "");
    assert!(!stdout.contains("matches no question"), "{stdout}");
}

/// A deck whose file name holds a tab and a line break keeps its progress: the card's key is
/// escaped in the log.
#[test]
fn a_deck_named_with_a_tab_and_a_line_break_keeps_its_progress() {
    let session = Session::new();
    let deck = session
        .env
        .file(
            "odd\tname\nhere.md",
            "1. What is odd?\nA name.\n2. Why?\nBecause.\n",
        )
        .display()
        .to_string();
    let name = "odd␉name␊here";
    let args = ["--deck", deck.as_str(), "--from", name];
    session.quiz(&[&args[..], &["--count", "1"]].concat(), "\ny\n");
    let (stdout, stderr) = session.quiz(&[&args[..], &["--stats", "--json"]].concat(), "");
    assert_eq!(stderr, "", "nothing unmatched or unread");
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(rows[0]["learning"], 1, "{rows}");
    assert_eq!(session.reviews().len(), 1);
}
