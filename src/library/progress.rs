//! Study scheduling: a Leitner box per question. A question you knew moves up a box and comes back
//! later (1, 3, 7, 21 days); one you missed goes back to the first box and comes back in ten
//! minutes. Answers are kept in the review log (`review_log`); the `progress.json` of earlier
//! versions is read once, to carry it over.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

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

/// The progress file of earlier versions: every card by `DECK:N`.
#[derive(Deserialize, Debug)]
struct OldProgress {
    cards: BTreeMap<String, Card>,
}

/// The cards of an earlier version's `progress.json` at `path`: `None` when there is none,
/// `Some(Err(why))` when it is damaged.
pub fn read_old(path: &Path) -> io::Result<Option<Result<BTreeMap<String, Card>, String>>> {
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
