//! Study progress as a log of reviews: every answer is one line appended to
//! `$XDG_DATA_HOME/pyqa/reviews.log` under an exclusive lock and flushed to disk before the quiz
//! goes on. Sessions running at once add whole lines between each other's, so none loses another's
//! answers; a kill leaves at most a torn last line, which the next read skips with a warning. A
//! card's schedule is the state in its last line.
//!
//! A line is `1 TAB time TAB card TAB rating TAB box TAB due TAB reviews TAB lapses`: the format's
//! version, seconds since the Unix epoch, the card's key (see `commands::quiz`), `knew`, `missed`
//! or `migrated`, and the Leitner state after the answer.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::library::progress::Card;

/// The first field of every line this version writes.
const VERSION: &str = "1";

/// How an answer went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Knew,
    Missed,
    /// Carried over from the old `progress.json`.
    Migrated,
}

impl Rating {
    fn as_str(self) -> &'static str {
        match self {
            Self::Knew => "knew",
            Self::Missed => "missed",
            Self::Migrated => "migrated",
        }
    }
}

/// The log and every card's state as it last recorded it.
#[derive(Debug)]
pub struct ReviewLog {
    path: PathBuf,
    pub cards: HashMap<String, Card>,
    /// How many reviews the log holds.
    pub reviews: usize,
}

impl ReviewLog {
    /// Reads the log at `path` (none yet is an empty log); lines that cannot be read, such as a
    /// last line torn by a kill, are skipped, one warning each.
    pub fn open(path: PathBuf) -> io::Result<(Self, Vec<String>)> {
        let text = match fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let mut log = Self {
            path,
            cards: HashMap::new(),
            reviews: 0,
        };
        let mut warnings = Vec::new();
        let torn = !text.is_empty() && !text.ends_with('\n');
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let last = i + 1 == lines.len();
            match parse(line) {
                Some((card, state)) if !(last && torn) => {
                    log.cards.insert(card.to_owned(), state);
                    log.reviews += 1;
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

    /// Records an answer given at `now` and appends it to the log at once.
    pub fn record(&mut self, card: &str, knew: bool, now: u64) -> io::Result<Card> {
        let state = Card::answered(self.cards.get(card).copied(), knew, now);
        let rating = if knew { Rating::Knew } else { Rating::Missed };
        self.append(&[(card, rating, state)], now)?;
        Ok(state)
    }

    /// Adds cards carried over from elsewhere, in one append.
    pub fn import(&mut self, cards: &[(String, Card)], now: u64) -> io::Result<()> {
        let lines: Vec<(&str, Rating, Card)> = cards
            .iter()
            .map(|(key, card)| (key.as_str(), Rating::Migrated, *card))
            .collect();
        self.append(&lines, now)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends whole lines under an exclusive lock, flushes them to disk, then updates the cards.
    fn append(&mut self, entries: &[(&str, Rating, Card)], now: u64) -> io::Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut lines = String::new();
        for (card, rating, state) in entries {
            let _ = writeln!(
                lines,
                "{VERSION}\t{now}\t{card}\t{}\t{}\t{}\t{}\t{}",
                rating.as_str(),
                state.level,
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
        for (card, _, state) in entries {
            self.cards.insert((*card).to_owned(), *state);
            self.reviews += 1;
        }
        Ok(())
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

/// A line's card and state, if it is a review of this format.
fn parse(line: &str) -> Option<(&str, Card)> {
    let mut fields = line.split('\t');
    if fields.next()? != VERSION {
        return None;
    }
    let _time: u64 = fields.next()?.parse().ok()?;
    let card = fields.next()?;
    let _rating = fields.next()?;
    let state = Card {
        level: fields.next()?.parse().ok()?,
        due: fields.next()?.parse().ok()?,
        reviews: fields.next()?.parse().ok()?,
        lapses: fields.next()?.parse().ok()?,
    };
    (!card.is_empty() && fields.next().is_none() && (1..=5).contains(&state.level))
        .then_some((card, state))
}

#[cfg(test)]
mod tests {
    use super::ReviewLog;

    #[test]
    fn answers_are_appended_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, warnings) = ReviewLog::open(path.clone()).unwrap();
        assert!(warnings.is_empty() && log.cards.is_empty());
        log.record("python:abc", true, 1000).unwrap();
        log.record("python:abc", true, 2000).unwrap();
        log.record("notes:def", false, 3000).unwrap();
        let (again, warnings) = ReviewLog::open(path).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(again.reviews, 3);
        assert_eq!(again.cards["python:abc"].level, 3);
        assert_eq!(again.cards["notes:def"].lapses, 1);
    }

    #[test]
    fn a_torn_last_line_is_skipped_with_a_warning_and_later_lines_stay_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let (mut log, _) = ReviewLog::open(path.clone()).unwrap();
        log.record("python:abc", true, 1000).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(b"1\t2000\tpython:ab");
        std::fs::write(&path, bytes).unwrap();
        let (mut log, warnings) = ReviewLog::open(path.clone()).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains(":2: the last review was cut short"),
            "{warnings:?}"
        );
        assert_eq!(log.reviews, 1);
        log.record("python:abc", false, 3000).unwrap();
        let (again, warnings) = ReviewLog::open(path).unwrap();
        assert_eq!(warnings.len(), 1, "only the torn line: {warnings:?}");
        assert!(warnings[0].contains(":2: not a review"), "{warnings:?}");
        assert_eq!((again.reviews, again.cards["python:abc"].level), (2, 1));
    }
}
