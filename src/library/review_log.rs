//! Study progress as a log of reviews: every answer is one line appended to
//! `$XDG_DATA_HOME/pyqa/reviews.log` under an exclusive lock and flushed to disk before the quiz
//! goes on. Sessions running at once add whole lines between each other's, so none loses another's
//! answers; a kill leaves at most a torn last line, which the next read skips with a warning. A
//! card's schedule is the state in its last line.
//!
//! A line is `2 TAB time TAB card TAB rating TAB stability TAB difficulty TAB due TAB reviews TAB
//! lapses`: the format's version, seconds since the Unix epoch, the card's key (see
//! `commands::quiz`), `again`, `hard`, `good`, `easy` or `migrated`, and the card's FSRS memory and
//! schedule after the answer.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::library::fsrs::{Memory, Rating};
use crate::library::progress::{Card, Scheduler};

/// The first field of every line this version writes.
const VERSION: &str = "2";
/// The rating of a card carried over from the old `progress.json`.
const MIGRATED: &str = "migrated";

/// The log and every card's state as it last recorded it.
#[derive(Debug)]
pub struct ReviewLog {
    path: PathBuf,
    pub cards: HashMap<String, Card>,
    /// When each card was first reviewed (or carried over).
    pub first_review: HashMap<String, u64>,
    /// For each card, its answers of the last 30 days after its first one: (recalled, all).
    pub recall: HashMap<String, (u32, u32)>,
    /// How many reviews the log holds.
    pub reviews: usize,
}

/// How far back `recall` looks, in seconds.
const RECALL_WINDOW: u64 = 30 * 24 * 60 * 60;

impl ReviewLog {
    /// Reads the log at `path` (none yet is an empty log) as of `now`; lines that cannot be read,
    /// such as a last line torn by a kill, are skipped, one warning each.
    pub fn open(path: PathBuf, now: u64) -> io::Result<(Self, Vec<String>)> {
        let text = match fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let mut log = Self {
            path,
            cards: HashMap::new(),
            first_review: HashMap::new(),
            recall: HashMap::new(),
            reviews: 0,
        };
        let mut warnings = Vec::new();
        let torn = !text.is_empty() && !text.ends_with('\n');
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let last = i + 1 == lines.len();
            match parse(line) {
                Some((card, rating, state)) if !(last && torn) => {
                    log.note(card, rating, state, now);
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

    /// Records an answer rated `rating` at `now` and appends it to the log at once.
    pub fn record(
        &mut self,
        card: &str,
        rating: Rating,
        now: u64,
        scheduler: &Scheduler,
    ) -> io::Result<Card> {
        let state = Card::answered(self.cards.get(card).copied(), rating, now, scheduler);
        self.append(&[(card, rating.name(), state)])?;
        Ok(state)
    }

    /// Adds cards carried over from elsewhere, in one append.
    pub fn import(&mut self, cards: &[(String, Card)]) -> io::Result<()> {
        let lines: Vec<(&str, &str, Card)> = cards
            .iter()
            .map(|(key, card)| (key.as_str(), MIGRATED, *card))
            .collect();
        self.append(&lines)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends whole lines under an exclusive lock, flushes them to disk, then updates the cards.
    fn append(&mut self, entries: &[(&str, &str, Card)]) -> io::Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut lines = String::new();
        for (card, rating, state) in entries {
            let _ = writeln!(
                lines,
                "{VERSION}\t{}\t{card}\t{rating}\t{}\t{}\t{}\t{}\t{}",
                state.last_review,
                state.memory.stability,
                state.memory.difficulty,
                state.due,
                state.reviews,
                state.lapses
            );
        }
        if let Some(folder) = self.path.parent() {
            fs::create_dir_all(folder)?;
        }
        let mut file = OpenOptions::new()
            .read(true)
            .create(true)
            .append(true)
            .open(&self.path)?;
        file.lock()?;
        let written = write_lines(&mut file, lines.as_bytes());
        let unlocked = file.unlock();
        written.and(unlocked)?;
        for (card, rating, state) in entries {
            self.note(card, rating, *state, state.last_review);
        }
        Ok(())
    }

    /// Takes a review into the cards' states, first reviews and recall.
    fn note(&mut self, card: &str, rating: &str, state: Card, now: u64) {
        let seen = self.cards.contains_key(card);
        if seen && rating != MIGRATED && state.last_review + RECALL_WINDOW >= now {
            let recall = self.recall.entry(card.to_owned()).or_default();
            recall.0 += u32::from(rating != Rating::Again.name());
            recall.1 += 1;
        }
        if !seen {
            self.first_review.insert(card.to_owned(), state.last_review);
        }
        self.cards.insert(card.to_owned(), state);
        self.reviews += 1;
    }
}

/// Writes `bytes` at the end of the file, first finishing a torn last line so the new ones stay
/// whole, and flushes them to disk.
fn write_lines(file: &mut File, bytes: &[u8]) -> io::Result<()> {
    let length = file.metadata()?.len();
    let mut torn = false;
    if length > 0 {
        use std::io::{Read, Seek, SeekFrom};
        let mut last = [0u8; 1];
        file.seek(SeekFrom::Start(length - 1))?;
        file.read_exact(&mut last)?;
        torn = last[0] != b'\n';
    }
    if torn {
        file.write_all(b"\n")?;
    }
    file.write_all(bytes)?;
    file.sync_data()
}

/// A line's card, rating and state, if it is a review of this format.
fn parse(line: &str) -> Option<(&str, &str, Card)> {
    let mut fields = line.split('\t');
    if fields.next()? != VERSION {
        return None;
    }
    let last_review: u64 = fields.next()?.parse().ok()?;
    let card = fields.next()?;
    let rating = fields.next()?;
    let memory = Memory {
        stability: fields.next()?.parse().ok()?,
        difficulty: fields.next()?.parse().ok()?,
    };
    let state = Card {
        memory,
        due: fields.next()?.parse().ok()?,
        last_review,
        reviews: fields.next()?.parse().ok()?,
        lapses: fields.next()?.parse().ok()?,
    };
    let sane = memory.stability.is_finite()
        && memory.stability > 0.0
        && (1.0..=10.0).contains(&memory.difficulty);
    (!card.is_empty() && fields.next().is_none() && sane).then_some((card, rating, state))
}

#[cfg(test)]
mod tests {
    use super::ReviewLog;
    use crate::library::fsrs::Rating;
    use crate::library::progress::Scheduler;

    #[test]
    fn answers_are_appended_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, warnings) = ReviewLog::open(path.clone(), 0).unwrap();
        assert!(warnings.is_empty() && log.cards.is_empty());
        let s = Scheduler::default();
        log.record("python:abc", Rating::Good, 1000, &s).unwrap();
        let second = log.record("python:abc", Rating::Easy, 2000, &s).unwrap();
        log.record("notes:def", Rating::Again, 3000, &s).unwrap();
        let (again, warnings) = ReviewLog::open(path, 0).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(again.reviews, 3);
        assert_eq!(again.cards["python:abc"], second, "read back exactly");
        assert_eq!(again.cards["notes:def"].lapses, 1);
    }

    #[test]
    fn a_torn_last_line_is_skipped_with_a_warning_and_later_lines_stay_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, _) = ReviewLog::open(path.clone(), 0).unwrap();
        let s = Scheduler::default();
        log.record("python:abc", Rating::Good, 1000, &s).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(b"2\t2000\tpython:ab");
        std::fs::write(&path, bytes).unwrap();
        let (mut log, warnings) = ReviewLog::open(path.clone(), 0).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains(":2: the last review was cut short"),
            "{warnings:?}"
        );
        assert_eq!(log.reviews, 1);
        log.record("python:abc", Rating::Again, 3000, &s).unwrap();
        let (again, warnings) = ReviewLog::open(path, 0).unwrap();
        assert_eq!(warnings.len(), 1, "only the torn line: {warnings:?}");
        assert!(warnings[0].contains(":2: not a review"), "{warnings:?}");
        assert_eq!((again.reviews, again.cards["python:abc"].lapses), (2, 1));
    }
}
