//! Which questions a session asks: those due, then new ones within the day's limit; or, to cram,
//! the chosen questions weakest first. And what to say when there is nothing to ask.

use std::fmt::Write as _;

use crate::library::Entry;
use crate::library::fsrs::Fsrs;
use crate::library::progress::DAY;
use crate::library::review_log::ReviewLog;
use crate::render;

/// What a session draws from.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Questions in the session.
    pub count: usize,
    /// New questions a day.
    pub new: usize,
}

/// Due questions first (longest overdue first), then new ones up to `limits.new` a day
/// (counting those already begun today), up to `limits.count` in all.
pub fn due<'a>(entries: &[Entry<'a>], log: &ReviewLog, now: u64, limits: Limits) -> Vec<Entry<'a>> {
    let new_left = new_left(log, now, limits.new);
    let mut due: Vec<(u64, Entry<'a>)> = Vec::new();
    let mut fresh = Vec::new();
    for entry in entries {
        match log.cards.get(&entry.card_key()) {
            Some(card) if card.is_due(now) => due.push((card.due, entry.clone())),
            None if fresh.len() < new_left => fresh.push(entry.clone()),
            _ => {}
        }
    }
    due.sort_by_key(|(when, _)| *when);
    due.into_iter()
        .map(|(_, e)| e)
        .chain(fresh)
        .take(limits.count)
        .collect()
}

/// The questions to cram, weakest first: those reviewed by their chance of recall now, lowest
/// first (the less stable first where it is the same, as just after an answer), then those never
/// answered, in order; up to `count`.
pub fn cram<'a>(
    entries: &[Entry<'a>],
    log: &ReviewLog,
    now: u64,
    count: usize,
    fsrs: &Fsrs,
) -> Vec<Entry<'a>> {
    let mut reviewed: Vec<(f64, f64, Entry<'a>)> = Vec::new();
    let mut fresh = Vec::new();
    for entry in entries {
        match log.cards.get(&entry.card_key()) {
            Some(card) => {
                #[allow(clippy::cast_precision_loss)] // seconds since a review, as days
                let days = now.saturating_sub(card.last_review) as f64 / DAY as f64;
                let recall = fsrs.retrievability(card.memory, days);
                reviewed.push((recall, card.memory.stability, entry.clone()));
            }
            None => fresh.push(entry.clone()),
        }
    }
    reviewed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    reviewed
        .into_iter()
        .map(|(_, _, e)| e)
        .chain(fresh)
        .take(count)
        .collect()
}

/// Why a session has nothing to ask, and what to do: when the next question is due, whether
/// new questions are held back by `--new`, and that `--cram` practises now.
pub fn nothing_due(entries: &[Entry<'_>], log: &ReviewLog, now: u64, new: usize) -> String {
    let known: Vec<u64> = entries
        .iter()
        .filter_map(|e| log.cards.get(&e.card_key()))
        .map(|c| c.due)
        .collect();
    let unseen = entries.len() - known.len();
    let next = known.into_iter().min();
    let mut text = String::from("Nothing is due now");
    if unseen > 0 && new == 0 {
        let _ = write!(
            text,
            ", and --new 0 leaves out the {}",
            render::count(unseen, "new question")
        );
    } else if unseen > 0 {
        let _ = match new {
            1 => write!(text, ", and today's new question is done"),
            n => write!(text, ", and today's {n} new questions are done"),
        };
        text.push_str(" (--new sets how many a day)");
    }
    text.push('.');
    if let Some(next) = next {
        let _ = write!(
            text,
            " The next question is due in {}.",
            super::wait(next.saturating_sub(now))
        );
    }
    text.push_str(" `pyqa quiz --cram` practises now without changing the schedule.");
    text
}

/// How many new questions may still be begun today.
fn new_left(log: &ReviewLog, now: u64, new: usize) -> usize {
    let today = now - now % DAY;
    let begun_today = log.first_review.values().filter(|&&t| t >= today).count();
    new.saturating_sub(begun_today)
}
