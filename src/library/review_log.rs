//! Study progress as a log of reviews: every answer is one line appended to
//! `$XDG_DATA_HOME/pyqa/reviews.log` under an exclusive lock and flushed to disk before the quiz
//! goes on. Sessions running at once add whole lines between each other's, so none loses another's
//! answers; a kill leaves at most a torn last line, which the next read skips with a warning and
//! the next write removes. A card's schedule is the state in its last line.
//!
//! A line is `4 TAB time TAB card TAB event TAB stability TAB difficulty TAB due TAB reviews TAB
//! lapses TAB title TAB answer`: the format's version, the card's last review in seconds since the
//! Unix epoch, its key (see [`cards`]), the event, the card's FSRS memory and schedule after it,
//! and the question's fingerprint (normalised title, answer hash in hex). The event is a rating
//! (`again`, `hard`, `good`, `easy`), `migrated` (carried over from `progress.json`), `named` (the
//! fingerprint of a card reviewed before fingerprints were kept), `moved` (the card's question
//! was edited into this one; a last field names the card it was) or `unmatched` (its question is
//! gone and no new one looks like it: it is not looked for again). A cram answer, which changes no
//! schedule, is `4 TAB time TAB card TAB cram TAB rating`. The card, the title and the card moved
//! from are written with a backslash before a backslash and as `\t`, `\n`, `\r` for a tab, a
//! newline, a carriage return, so a key from any file name stays one field. Lines of version 3
//! (the same, unescaped) and 2 (without the fingerprint) are read as before. Counts that reach
//! their largest value stay there, with a warning.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::library::cards::{self, Fingerprint, Move};
use crate::library::fsrs::{Memory, Rating};
use crate::library::progress::{Card, Scheduler};

/// The first field of every line this version writes.
const VERSION: &str = "4";
/// The version before escaped fields, still read.
const VERSION_3: &str = "3";
/// The version before fingerprints, still read.
const VERSION_2: &str = "2";
/// The event of a card carried over from the old `progress.json`.
const MIGRATED: &str = "migrated";
/// The event that records a card's fingerprint and nothing else.
const NAMED: &str = "named";
/// The event of a card whose question was edited into another.
const MOVED: &str = "moved";
/// The event of a card whose question is gone and was not found edited.
const UNMATCHED: &str = "unmatched";
/// The event of an answer that changes no schedule.
const CRAM: &str = "cram";

/// The log and every card's state as it last recorded it.
#[derive(Debug)]
pub struct ReviewLog {
    path: PathBuf,
    pub cards: HashMap<String, Card>,
    /// Each card's question as last seen.
    pub fingerprints: HashMap<String, Fingerprint>,
    /// When each card was first reviewed (or carried over).
    pub first_review: HashMap<String, u64>,
    /// For each card, its answers of the last 30 days: (recalled, all).
    pub recall: HashMap<String, (u32, u32)>,
    /// Cards whose question was looked for and not found since their last review.
    pub unmatched: HashSet<String>,
    /// Each card moved to another question's, and where: a later line of the old card (an
    /// answer given in a session that started before the move) goes to the new one.
    moved: HashMap<String, String>,
    /// How many lines the log holds.
    pub lines: usize,
}

/// How far back `recall` looks, in seconds.
const RECALL_WINDOW: u64 = 30 * 24 * 60 * 60;

/// One line to append.
struct Line<'a> {
    card: &'a str,
    event: &'a str,
    state: Card,
    fingerprint: Option<&'a Fingerprint>,
    from: Option<&'a str>,
}

/// What a line of the log says.
#[derive(Debug, Clone)]
enum Parsed<'a> {
    State {
        card: Cow<'a, str>,
        event: &'a str,
        state: Card,
        /// The title and the answer's hash.
        fingerprint: Option<(Cow<'a, str>, u64)>,
        from: Option<Cow<'a, str>>,
    },
    Cram,
}

impl ReviewLog {
    /// Reads the log at `path` (none yet is an empty log) as of `now`; lines that cannot be read,
    /// such as a last line torn by a kill, are skipped, one warning each.
    pub fn open(path: PathBuf, now: u64) -> io::Result<(Self, Vec<String>)> {
        let text = match fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let mut log = Self {
            path,
            cards: HashMap::new(),
            fingerprints: HashMap::new(),
            first_review: HashMap::new(),
            recall: HashMap::new(),
            unmatched: HashSet::new(),
            moved: HashMap::new(),
            lines: 0,
        };
        let mut warnings = Vec::new();
        let torn = !text.is_empty() && !text.ends_with('\n');
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let last = i + 1 == lines.len();
            match parse(line) {
                Some(parsed) if !(last && torn) => {
                    if let Parsed::State { state, .. } = &parsed
                        && (state.reviews == u32::MAX || state.lapses == u32::MAX)
                    {
                        warnings.push(format!(
                            "warning: {}:{}: a count at its largest ({}); it stays there",
                            log.path.display(),
                            i + 1,
                            u32::MAX
                        ));
                    }
                    log.note(parsed, now);
                }
                _ => warnings.push(format!(
                    "warning: {}:{}: {}; skipped",
                    log.path.display(),
                    i + 1,
                    if last && torn {
                        "the last review was cut short"
                    } else {
                        "not a review"
                    }
                )),
            }
        }
        Ok((log, warnings))
    }

    /// Records an answer rated `rating` at `now` to the question `fingerprint` names, and
    /// appends it to the log at once.
    pub fn record(
        &mut self,
        card: &str,
        fingerprint: &Fingerprint,
        rating: Rating,
        now: u64,
        scheduler: &Scheduler,
    ) -> io::Result<Card> {
        let state = Card::answered(self.cards.get(card).copied(), rating, now, scheduler);
        self.append(&[Line {
            card,
            event: rating.name(),
            state,
            fingerprint: Some(fingerprint),
            from: None,
        }])?;
        Ok(state)
    }

    /// Records a cram answer, which leaves every schedule as it is.
    pub fn record_cram(&mut self, card: &str, rating: Rating, now: u64) -> io::Result<()> {
        let line = format!(
            "{VERSION}\t{now}\t{}\t{CRAM}\t{}\n",
            escape(card),
            rating.name()
        );
        self.write(&line)?;
        self.lines += 1;
        Ok(())
    }

    /// Records the fingerprints of cards the log has none for, in one append.
    pub fn name(&mut self, named: &[(String, Fingerprint)]) -> io::Result<()> {
        let lines: Vec<Line<'_>> = named
            .iter()
            .filter_map(|(card, fingerprint)| {
                Some(Line {
                    card,
                    event: NAMED,
                    state: *self.cards.get(card)?,
                    fingerprint: Some(fingerprint),
                    from: None,
                })
            })
            .collect();
        self.append(&lines)
    }

    /// Moves cards to the questions they were edited into, in one append.
    pub fn move_cards(&mut self, moves: &[Move]) -> io::Result<()> {
        let lines: Vec<Line<'_>> = moves
            .iter()
            .filter_map(|m| {
                Some(Line {
                    card: &m.to,
                    event: MOVED,
                    state: *self.cards.get(&m.from)?,
                    fingerprint: Some(&m.now),
                    from: Some(&m.from),
                })
            })
            .collect();
        self.append(&lines)
    }

    /// Marks cards whose question is gone and was not found edited, in one append.
    pub fn give_up(&mut self, gone: &[&str]) -> io::Result<()> {
        let known: Vec<(&str, Card, Fingerprint)> = gone
            .iter()
            .filter_map(|card| {
                Some((
                    *card,
                    *self.cards.get(*card)?,
                    self.fingerprints.get(*card)?.clone(),
                ))
            })
            .collect();
        self.append(&state_lines(&known, UNMATCHED))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cards of `deck` that the log knows.
    pub fn cards_of<'a>(&'a self, deck: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.cards
            .keys()
            .map(String::as_str)
            .filter(move |k| cards::deck_of(k) == deck)
    }

    /// Appends whole lines, then takes them into the cards.
    fn append(&mut self, entries: &[Line<'_>]) -> io::Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        self.write(&render_lines(entries))?;
        for line in entries {
            self.note(
                Parsed::State {
                    card: Cow::Borrowed(line.card),
                    event: line.event,
                    state: line.state,
                    fingerprint: line
                        .fingerprint
                        .map(|f| (Cow::Borrowed(f.title.as_str()), f.answer)),
                    from: line.from.map(Cow::Borrowed),
                },
                line.state.last_review,
            );
        }
        Ok(())
    }

    /// Whether the log can be written: its folder made and the file opened for appending
    /// (created empty if there is none), so a session finds out before its first answer.
    pub fn check_writable(&self) -> io::Result<()> {
        open_for_appending(&self.path).map(drop)
    }

    /// The log at `path` held against every other pyqa's writes until the hold is dropped: for
    /// what must be done once however many pyqas start at the same moment.
    pub fn hold(path: &Path) -> io::Result<Hold> {
        let file = open_for_appending(path)?;
        file.lock()?;
        Ok(Hold { file })
    }

    /// Appends `text` under an exclusive lock and flushes it to disk.
    fn write(&self, text: &str) -> io::Result<()> {
        let mut hold = Self::hold(&self.path)?;
        let written = write_lines(&mut hold.file, text.as_bytes());
        let unlocked = hold.file.unlock();
        written.and(unlocked)
    }

    /// Where the card `card` was moved to, following moves of moves; `None` when it was not.
    fn moved_to(&self, card: &str) -> Option<&str> {
        let mut to = self.moved.get(card)?;
        // Each step moves to a card moved later; a cycle cannot last past as many steps as moves.
        for _ in 0..self.moved.len() {
            match self.moved.get(to) {
                Some(next) => to = next,
                None => break,
            }
        }
        Some(to)
    }

    /// Takes a line into the cards' states, fingerprints, first reviews and recall. A card's key
    /// is copied only when it is first seen: a log holds many lines for each card.
    fn note(&mut self, parsed: Parsed<'_>, now: u64) {
        self.lines += 1;
        let Parsed::State {
            card,
            event,
            state,
            fingerprint,
            from,
        } = parsed
        else {
            return;
        };
        // A line of a card that was moved (written by a session that started before the move)
        // is the new card's; a card moved back is its own again.
        let redirected = if from.is_none() && !self.moved.is_empty() {
            self.moved_to(&card).map(str::to_owned)
        } else {
            None
        };
        let card: &str = redirected.as_deref().unwrap_or(&card);
        let from = from.as_deref();
        if let Some(from) = from {
            self.moved.insert(from.to_owned(), card.to_owned());
            self.moved.remove(card);
        }
        let fingerprint = fingerprint
            .as_ref()
            .map(|(title, answer)| (&**title, *answer));
        if let Some(from) = from {
            self.cards.remove(from);
            self.fingerprints.remove(from);
            if let Some(first) = self.first_review.remove(from) {
                self.first_review.insert(card.to_owned(), first);
            }
            if let Some(recall) = self.recall.remove(from) {
                self.recall.insert(card.to_owned(), recall);
            }
        }
        if event == UNMATCHED {
            self.unmatched.insert(card.to_owned());
        } else {
            self.unmatched.remove(card);
        }
        let answered = ![MIGRATED, NAMED, MOVED, UNMATCHED].contains(&event);
        if answered && state.last_review + RECALL_WINDOW >= now {
            let recalled = u32::from(event != Rating::Again.name());
            match self.recall.get_mut(card) {
                Some(recall) => {
                    *recall = (
                        recall.0.saturating_add(recalled),
                        recall.1.saturating_add(1),
                    );
                }
                None => {
                    self.recall.insert(card.to_owned(), (recalled, 1));
                }
            }
        }
        if let Some((title, answer)) = fingerprint {
            if let Some(known) = self.fingerprints.get_mut(card) {
                if known.title != title {
                    title.clone_into(&mut known.title);
                }
                known.answer = answer;
            } else {
                let title = title.to_owned();
                self.fingerprints
                    .insert(card.to_owned(), Fingerprint { title, answer });
            }
        }
        if let Some(known) = self.cards.get_mut(card) {
            *known = state;
        } else {
            self.first_review
                .entry(card.to_owned())
                .or_insert(state.last_review);
            self.cards.insert(card.to_owned(), state);
        }
    }
}

/// Log lines for `entries`, each ending in a newline.
fn render_lines(entries: &[Line<'_>]) -> String {
    let mut text = String::new();
    for line in entries {
        let state = line.state;
        let _ = write!(
            text,
            "{VERSION}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            state.last_review,
            escape(line.card),
            line.event,
            state.memory.stability,
            state.memory.difficulty,
            state.due,
            state.reviews,
            state.lapses
        );
        if let Some(fingerprint) = line.fingerprint {
            let _ = write!(
                text,
                "\t{}\t{:016x}",
                escape(&fingerprint.title),
                fingerprint.answer
            );
        }
        if let Some(from) = line.from {
            let _ = write!(text, "\t{}", escape(from));
        }
        text.push('\n');
    }
    text
}

/// The review log held against every other pyqa's writes (see [`ReviewLog::hold`]); the lock
/// goes with the file when this is dropped.
#[derive(Debug)]
pub struct Hold {
    file: File,
}

impl Hold {
    /// Adds cards carried over from elsewhere, in one append, under the hold.
    pub fn import(&mut self, cards: &[(String, Card, Fingerprint)]) -> io::Result<()> {
        if cards.is_empty() {
            return Ok(());
        }
        write_lines(
            &mut self.file,
            render_lines(&state_lines(cards, MIGRATED)).as_bytes(),
        )
    }
}

/// Lines of `event` for cards with their states and fingerprints.
fn state_lines<'a, K: AsRef<str>>(
    cards: &'a [(K, Card, Fingerprint)],
    event: &'a str,
) -> Vec<Line<'a>> {
    cards
        .iter()
        .map(|(card, state, fingerprint)| Line {
            card: card.as_ref(),
            event,
            state: *state,
            fingerprint: Some(fingerprint),
            from: None,
        })
        .collect()
}

/// The log at `path` opened to append to (and to read its last line), its folder made first.
fn open_for_appending(path: &Path) -> io::Result<File> {
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder)?;
    }
    OpenOptions::new()
        .read(true)
        .create(true)
        .append(true)
        .open(path)
}

/// How far back from the end a torn last line is looked for.
const TAIL_BYTES: u64 = 64 * 1024;

/// Writes `bytes` at the end of the file and flushes them to disk. A torn last line (a write cut
/// short by a kill, never acknowledged) is removed first, so no damaged line is left between
/// whole ones; a last line that is whole but for its newline (written by hand) is finished.
fn write_lines(file: &mut File, bytes: &[u8]) -> io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let length = file.metadata()?.len();
    if length > 0 {
        let start = length.saturating_sub(TAIL_BYTES);
        let mut tail = Vec::new();
        file.seek(SeekFrom::Start(start))?;
        Read::by_ref(file).take(TAIL_BYTES).read_to_end(&mut tail)?;
        if tail.last() != Some(&b'\n') {
            let line_start = tail.iter().rposition(|&b| b == b'\n').map(|at| at + 1);
            let whole = |line: &[u8]| std::str::from_utf8(line).ok().and_then(parse).is_some();
            match line_start {
                Some(at) if !whole(&tail[at..]) => file.set_len(start + at as u64)?,
                None if start == 0 && !whole(&tail) => file.set_len(0)?,
                _ => file.write_all(b"\n")?,
            }
        }
    }
    file.write_all(bytes)?;
    file.sync_data()
}

/// `field` with a backslash before each backslash, and tabs and line breaks as `\t`, `\n`, `\r`.
fn escape(field: &str) -> Cow<'_, str> {
    if !field.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(field);
    }
    let mut escaped = String::with_capacity(field.len() + 4);
    for c in field.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '\t' => escaped.push_str("\\t"),
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            c => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

/// A field as [`escape`] wrote it; `None` for an escape it never writes.
fn unescape(field: &str) -> Option<Cow<'_, str>> {
    if !field.contains('\\') {
        return Some(Cow::Borrowed(field));
    }
    let mut plain = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        plain.push(if c == '\\' {
            match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            }
        } else {
            c
        });
    }
    Some(Cow::Owned(plain))
}

/// What a line says, if it is a line of this format or one before.
fn parse<'a>(line: &'a str) -> Option<Parsed<'a>> {
    let mut fields = line.split('\t');
    let version = fields.next()?;
    if ![VERSION, VERSION_3, VERSION_2].contains(&version) {
        return None;
    }
    // Version 4 escapes the fields that hold names; earlier ones wrote them as they were.
    let text = |field: &'a str| -> Option<Cow<'a, str>> {
        if version == VERSION {
            unescape(field)
        } else {
            Some(Cow::Borrowed(field))
        }
    };
    let time: u64 = fields.next()?.parse().ok()?;
    let card = text(fields.next()?)?;
    let event = fields.next()?;
    if card.is_empty() {
        return None;
    }
    if version != VERSION_2 && event == CRAM {
        let rating = fields.next()?;
        let known = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy]
            .iter()
            .any(|r| r.name() == rating);
        return (known && fields.next().is_none()).then_some(Parsed::Cram);
    }
    let memory = Memory {
        stability: fields.next()?.parse().ok()?,
        difficulty: fields.next()?.parse().ok()?,
    };
    let state = Card {
        memory,
        due: fields.next()?.parse().ok()?,
        last_review: time,
        reviews: fields.next()?.parse().ok()?,
        lapses: fields.next()?.parse().ok()?,
    };
    let sane = memory.stability.is_finite()
        && memory.stability > 0.0
        && (1.0..=10.0).contains(&memory.difficulty);
    if !sane {
        return None;
    }
    let (fingerprint, from) = if version == VERSION_2 {
        (None, None)
    } else {
        let title = text(fields.next()?)?;
        let answer = u64::from_str_radix(fields.next()?, 16).ok()?;
        let from = if event == MOVED {
            Some(text(fields.next().filter(|f| !f.is_empty())?)?)
        } else {
            None
        };
        (Some((title, answer)), from)
    };
    fields.next().is_none().then_some(Parsed::State {
        card,
        event,
        state,
        fingerprint,
        from,
    })
}

#[cfg(test)]
mod tests {
    use super::ReviewLog;
    use crate::library::cards::{Fingerprint, Move};
    use crate::library::fsrs::Rating;
    use crate::library::progress::Scheduler;

    fn about(title: &str) -> Fingerprint {
        Fingerprint {
            title: title.to_owned(),
            answer: 0x0123_4567_89ab_cdef,
        }
    }

    #[test]
    fn answers_are_appended_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, warnings) = ReviewLog::open(path.clone(), 0).unwrap();
        assert!(warnings.is_empty() && log.cards.is_empty());
        let s = Scheduler::default();
        let a = about("what is a decorator?");
        log.record("python:abc", &a, Rating::Good, 1000, &s)
            .unwrap();
        let second = log
            .record("python:abc", &a, Rating::Easy, 2000, &s)
            .unwrap();
        log.record("notes:def", &about("x"), Rating::Again, 3000, &s)
            .unwrap();
        let (again, warnings) = ReviewLog::open(path, 3000).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(again.lines, 3);
        assert_eq!(again.cards["python:abc"], second, "read back exactly");
        assert_eq!(again.fingerprints["python:abc"], a);
        assert_eq!(again.cards["notes:def"].lapses, 1);
        assert_eq!(
            again.recall["python:abc"],
            (2, 2),
            "first answers count too"
        );
        assert_eq!(again.recall["notes:def"], (0, 1));
    }

    #[test]
    fn lines_of_version_2_are_read_without_fingerprints() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        std::fs::write(&path, "2\t1000\tpython:abc\tgood\t2.3\t5.1\t173800\t1\t0\n").unwrap();
        let (log, warnings) = ReviewLog::open(path, 1000).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(log.cards["python:abc"].due, 173_800);
        assert!(log.fingerprints.is_empty());
    }

    #[test]
    fn a_moved_card_keeps_its_history_and_cram_answers_change_no_schedule() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, _) = ReviewLog::open(path.clone(), 0).unwrap();
        let s = Scheduler::default();
        let card = log
            .record(
                "notes:old",
                &about("what is a decorater?"),
                Rating::Good,
                1000,
                &s,
            )
            .unwrap();
        log.record_cram("notes:old", Rating::Again, 2000).unwrap();
        log.move_cards(&[Move {
            from: "notes:old".to_owned(),
            to: "notes:new".to_owned(),
            was: about("what is a decorater?"),
            now: about("what is a decorator?"),
        }])
        .unwrap();
        for log in [log, ReviewLog::open(path, 2000).unwrap().0] {
            assert_eq!(log.cards.len(), 1, "{:?}", log.cards);
            assert_eq!(log.cards["notes:new"], card);
            assert_eq!(log.first_review["notes:new"], 1000);
            assert_eq!(
                log.recall["notes:new"],
                (1, 1),
                "the cram answer is not counted"
            );
            assert_eq!(log.fingerprints["notes:new"].title, "what is a decorator?");
            assert_eq!(log.lines, 3);
        }
    }

    #[test]
    fn a_torn_last_line_is_skipped_with_a_warning_and_removed_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, _) = ReviewLog::open(path.clone(), 0).unwrap();
        let s = Scheduler::default();
        let a = about("t");
        log.record("python:abc", &a, Rating::Good, 1000, &s)
            .unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(b"3\t2000\tpython:ab");
        std::fs::write(&path, bytes).unwrap();
        let (mut log, warnings) = ReviewLog::open(path.clone(), 0).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains(":2: the last review was cut short"),
            "{warnings:?}"
        );
        assert_eq!(log.lines, 1);
        log.record("python:abc", &a, Rating::Again, 3000, &s)
            .unwrap();
        let (again, warnings) = ReviewLog::open(path.clone(), 0).unwrap();
        assert!(warnings.is_empty(), "the torn line is gone: {warnings:?}");
        assert_eq!((again.lines, again.cards["python:abc"].lapses), (2, 1));
        // A whole line that lacks only its newline (written by hand) is kept and finished.
        let mut bytes = std::fs::read(&path).unwrap();
        let last = String::from_utf8(bytes.clone())
            .unwrap()
            .lines()
            .last()
            .unwrap()
            .to_owned();
        bytes.extend_from_slice(last.replace("python:abc", "python:def").as_bytes());
        std::fs::write(&path, bytes).unwrap();
        log.record("python:abc", &a, Rating::Good, 4000, &s)
            .unwrap();
        let (last, warnings) = ReviewLog::open(path, 0).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(last.lines, 4);
        assert!(last.cards.contains_key("python:def"));
    }

    #[test]
    fn keys_and_titles_with_tabs_and_line_breaks_are_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, _) = ReviewLog::open(path.clone(), 0).unwrap();
        let s = Scheduler::default();
        let key = "a\tdeck\nname\\x\r:abc";
        log.record(key, &about("tab\there"), Rating::Good, 1000, &s)
            .unwrap();
        log.record_cram(key, Rating::Hard, 1500).unwrap();
        log.move_cards(&[Move {
            from: key.to_owned(),
            to: "plain:def".to_owned(),
            was: about("tab\there"),
            now: about("moved"),
        }])
        .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 3, "{text}");
        let (again, warnings) = ReviewLog::open(path, 2000).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(again.lines, 3);
        assert!(again.cards.contains_key("plain:def") && !again.cards.contains_key(key));
    }

    #[test]
    fn a_count_at_its_largest_stays_there_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let line = format!(
            "3\t1000\tpython:abc\tgood\t2.3\t5.1\t173800\t{max}\t{max}\tt\t00\n",
            max = u32::MAX
        );
        std::fs::write(&path, line).unwrap();
        let (mut log, warnings) = ReviewLog::open(path, 1000).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains(":1: a count at its largest"),
            "{warnings:?}"
        );
        let card = log
            .record(
                "python:abc",
                &about("t"),
                Rating::Again,
                2000,
                &Scheduler::default(),
            )
            .unwrap();
        assert_eq!((card.reviews, card.lapses), (u32::MAX, u32::MAX));
    }

    #[test]
    fn a_later_answer_to_a_moved_card_follows_it_and_a_card_moved_back_is_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, _) = ReviewLog::open(path.clone(), 0).unwrap();
        let s = Scheduler::default();
        log.record("notes:old", &about("old"), Rating::Good, 1000, &s)
            .unwrap();
        let moved = |from: &str, to: &str| Move {
            from: from.to_owned(),
            to: to.to_owned(),
            was: about(from),
            now: about(to),
        };
        // Another session, started before the move, answers under the old card.
        let (mut other, _) = ReviewLog::open(path.clone(), 1000).unwrap();
        log.move_cards(&[moved("notes:old", "notes:new")]).unwrap();
        other
            .record("notes:old", &about("old"), Rating::Good, 2000, &s)
            .unwrap();
        let (again, _) = ReviewLog::open(path.clone(), 2000).unwrap();
        assert_eq!(again.cards.len(), 1, "{:?}", again.cards);
        assert_eq!(again.cards["notes:new"].reviews, 2);
        let (mut back, _) = ReviewLog::open(path.clone(), 2000).unwrap();
        back.move_cards(&[moved("notes:new", "notes:old")]).unwrap();
        back.record("notes:old", &about("old"), Rating::Good, 3000, &s)
            .unwrap();
        let (last, _) = ReviewLog::open(path, 3000).unwrap();
        assert_eq!(last.cards.len(), 1, "{:?}", last.cards);
        assert_eq!(last.cards["notes:old"].reviews, 3);
    }
}
