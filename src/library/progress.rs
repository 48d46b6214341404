//! A card's schedule: its FSRS memory, when it is due, and its counts. An answer rated again
//! brings the card back in ten minutes; hard, good or easy after the interval at which recall
//! falls to the desired retention. Answers are kept in the review log (`review_log`); the
//! `progress.json` of earlier versions (Leitner boxes) is read once, to carry it over.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use serde::Deserialize;

use crate::library::fsrs::{DEFAULT_RETENTION, Fsrs, Memory, Rating};

/// Seconds in a day.
pub const DAY: u64 = 24 * 60 * 60;
/// When a forgotten card comes back, in seconds.
const RELEARN: u64 = 10 * 60;
/// From this stability, in days, a card counts as learned (Anki calls such cards mature).
pub const LEARNED_DAYS: f64 = 21.0;

/// How cards are scheduled: FSRS and the share of cards one wants to recall when they come due.
#[derive(Debug, Clone)]
pub struct Scheduler {
    pub fsrs: Fsrs,
    pub retention: f64,
}

impl Default for Scheduler {
    /// FSRS's default parameters and retention.
    fn default() -> Self {
        Self {
            fsrs: Fsrs::default(),
            retention: DEFAULT_RETENTION,
        }
    }
}

/// What is known about one card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Card {
    pub memory: Memory,
    /// When it is next due, in seconds since the Unix epoch.
    pub due: u64,
    /// When it was last reviewed.
    pub last_review: u64,
    pub reviews: u32,
    pub lapses: u32,
}

impl Card {
    /// The card after an answer rated `rating` at `now`.
    pub fn answered(card: Option<Self>, rating: Rating, now: u64, scheduler: &Scheduler) -> Self {
        // FSRS counts whole days since the last review; the same day is 0.
        #[allow(clippy::cast_precision_loss)] // days since the epoch
        let days = card.map_or(0.0, |c| (now.saturating_sub(c.last_review) / DAY) as f64);
        let memory = scheduler.fsrs.review(card.map(|c| c.memory), days, rating);
        let wait = if rating == Rating::Again {
            RELEARN
        } else {
            scheduler
                .fsrs
                .interval_days(memory.stability, scheduler.retention)
                * DAY
        };
        Self {
            memory,
            due: now + wait,
            last_review: now,
            reviews: card.map_or(0, |c| c.reviews).saturating_add(1),
            lapses: card
                .map_or(0, |c| c.lapses)
                .saturating_add(u32::from(rating == Rating::Again)),
        }
    }

    pub fn is_due(&self, now: u64) -> bool {
        self.due <= now
    }

    /// Whether it is remembered for three weeks or more.
    pub fn is_learned(&self) -> bool {
        self.memory.stability >= LEARNED_DAYS
    }
}

/// A card of an earlier version's `progress.json`: a Leitner box (1 to 5).
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct OldCard {
    #[serde(rename = "box")]
    pub level: u8,
    pub due: u64,
    pub reviews: u32,
    pub lapses: u32,
}

impl OldCard {
    /// The card as FSRS sees it: the box's interval as its stability, the difficulty of a first
    /// answer rated good, the same due time and counts.
    pub fn carried_over(self, fsrs: &Fsrs) -> Card {
        let days = match self.level {
            0 | 1 => 0.5,
            2 => 1.0,
            3 => 3.0,
            4 => 7.0,
            _ => 21.0,
        };
        let difficulty = fsrs.review(None, 0.0, Rating::Good).difficulty;
        // The box's interval, in seconds, before the due time.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let interval = (days * 86_400.0) as u64;
        Card {
            memory: Memory {
                stability: days,
                difficulty,
            },
            due: self.due,
            last_review: self.due.saturating_sub(interval),
            reviews: self.reviews,
            lapses: self.lapses,
        }
    }
}

/// The progress file of earlier versions: every card by `DECK:N`.
#[derive(Deserialize, Debug)]
struct OldProgress {
    cards: BTreeMap<String, OldCard>,
}

/// The cards of an earlier version's `progress.json` at `path`: `None` when there is none,
/// `Some(Err(why))` when it is damaged.
pub fn read_old(path: &Path) -> io::Result<Option<Result<BTreeMap<String, OldCard>, String>>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(Some(
        serde_json::from_slice::<OldProgress>(&bytes)
            .map(|old| old.cards)
            .map_err(|e| e.to_string()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_answers_push_a_card_further_each_time() {
        let scheduler = Scheduler::default();
        let first = Card::answered(None, Rating::Good, 0, &scheduler);
        assert_eq!(
            first.due,
            2 * DAY,
            "a first good answer: the initial stability, 2.3 days"
        );
        let second = Card::answered(Some(first), Rating::Good, first.due, &scheduler);
        assert!(second.due - first.due > 2 * DAY, "{second:?}");
        assert_eq!((second.reviews, second.lapses), (2, 0));
    }

    #[test]
    fn again_brings_a_card_back_in_ten_minutes_and_counts_a_lapse() {
        let scheduler = Scheduler::default();
        let known = Card::answered(None, Rating::Easy, 0, &scheduler);
        let missed = Card::answered(Some(known), Rating::Again, known.due, &scheduler);
        assert_eq!(missed.due, known.due + 600);
        assert_eq!(missed.lapses, 1);
        assert!(missed.memory.stability < known.memory.stability);
        assert!(!missed.is_due(known.due) && missed.is_due(known.due + 600));
    }

    #[test]
    fn old_boxes_become_stabilities() {
        let old = OldCard {
            level: 4,
            due: 100 * DAY,
            reviews: 3,
            lapses: 1,
        };
        let card = old.carried_over(&Fsrs::default());
        assert!((card.memory.stability - 7.0).abs() < 1e-9);
        assert_eq!((card.due, card.last_review), (100 * DAY, 93 * DAY));
        assert_eq!((card.reviews, card.lapses), (3, 1));
    }
}
