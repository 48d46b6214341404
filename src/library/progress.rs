//! Study progress: a Leitner box per question, saved after every answer.
//!
//! A question you knew moves up a box and comes back later (1, 3, 7, 21 days); one you missed
//! goes back to the first box and comes back in ten minutes. The file is written atomically
//! ([`atomic_file`]), so a kill at any moment leaves either the old or the new progress, never a
//! mix.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::library::atomic_file;

/// Seconds until a question comes back, by the box it is in after the answer.
const INTERVALS: [u64; 5] = [10 * 60, DAY, 3 * DAY, 7 * DAY, 21 * DAY];
const DAY: u64 = 24 * 60 * 60;
/// The box from which a question counts as learned.
pub const LEARNED_BOX: u8 = 4;

/// What is known about one question.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    /// 1 (new or missed) to 5.
    #[serde(rename = "box")]
    pub level: u8,
    /// When it is next due, in seconds since the Unix epoch.
    pub due: u64,
    pub reviews: u32,
    pub lapses: u32,
}

impl Card {
    /// The card after an answer given at `now`.
    pub fn answered(card: Option<Self>, knew: bool, now: u64) -> Self {
        let previous = card.unwrap_or(Self {
            level: 1,
            due: now,
            reviews: 0,
            lapses: 0,
        });
        let level = if knew {
            (previous.level + 1).clamp(1, 5)
        } else {
            1
        };
        Self {
            level,
            due: now + INTERVALS[usize::from(level - 1)],
            reviews: previous.reviews + 1,
            lapses: previous.lapses + u32::from(!knew),
        }
    }

    pub fn is_due(&self, now: u64) -> bool {
        self.due <= now
    }
}

/// Every card, by question id (`python:64`, `notes:3`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    version: u32,
    pub cards: BTreeMap<String, Card>,
}

/// The progress file and what was in it.
#[derive(Debug)]
pub struct ProgressFile {
    path: PathBuf,
    pub progress: Progress,
}

impl ProgressFile {
    /// Reads `path`; a missing file is empty progress, a damaged one is moved aside to
    /// `PATH.bak` (the returned note says so) and progress starts afresh.
    pub fn open(path: PathBuf) -> io::Result<(Self, Option<String>)> {
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok((
                    Self {
                        path,
                        progress: Progress::new(),
                    },
                    None,
                ));
            }
            Err(e) if e.kind() == io::ErrorKind::InvalidData => String::new(),
            Err(e) => return Err(e),
        };
        match serde_json::from_str::<Progress>(&text) {
            Ok(progress) => Ok((Self { path, progress }, None)),
            Err(e) => {
                let backup = path.with_extension("json.bak");
                fs::rename(&path, &backup)?;
                let note = format!(
                    "warning: {} was damaged ({e}); moved it to {} and started afresh",
                    path.display(),
                    backup.display()
                );
                Ok((
                    Self {
                        path,
                        progress: Progress::new(),
                    },
                    Some(note),
                ))
            }
        }
    }

    /// Records an answer and saves the file at once.
    pub fn record(&mut self, id: &str, knew: bool, now: u64) -> io::Result<Card> {
        let card = Card::answered(self.progress.cards.get(id).copied(), knew, now);
        self.progress.cards.insert(id.to_owned(), card);
        self.save()?;
        Ok(card)
    }

    /// Writes the progress atomically (see [`atomic_file`]).
    fn save(&self) -> io::Result<()> {
        let text = serde_json::to_string_pretty(&self.progress).map_err(io::Error::other)?;
        atomic_file::write(&self.path, text.as_bytes())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Progress {
    fn new() -> Self {
        Self {
            version: 1,
            cards: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knowing_moves_a_card_up_and_pushes_it_back() {
        let first = Card::answered(None, true, 1000);
        assert_eq!((first.level, first.due), (2, 1000 + DAY));
        let second = Card::answered(Some(first), true, 2000);
        assert_eq!(
            (second.level, second.due, second.reviews),
            (3, 2000 + 3 * DAY, 2)
        );
        let mut card = second;
        for _ in 0..10 {
            card = Card::answered(Some(card), true, 3000);
        }
        assert_eq!((card.level, card.due), (5, 3000 + 21 * DAY));
    }

    #[test]
    fn missing_sends_a_card_back_to_the_first_box_and_it_returns_sooner() {
        let learned = Card {
            level: 4,
            due: 0,
            reviews: 5,
            lapses: 0,
        };
        let missed = Card::answered(Some(learned), false, 10_000);
        assert_eq!(
            (missed.level, missed.due, missed.lapses),
            (1, 10_000 + 600, 1)
        );
        let knew = Card::answered(Some(learned), true, 10_000);
        assert!(missed.due < knew.due);
        assert!(!missed.is_due(10_000) && missed.is_due(10_600));
    }
}
