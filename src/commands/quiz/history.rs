//! Keeps the review log's cards with their questions while decks are edited: a card whose
//! question's title changed is moved to the new question it most plausibly became (see
//! [`cards::reattach`]), and the move is recorded in the log.

use std::collections::{HashMap, HashSet};

use crate::error::Error;
use crate::library::cards::{self, Fingerprint};
use crate::library::review_log::ReviewLog;
use crate::library::{Entry, Library};
use pyqa_core::text::model::Question;

/// What following the decks' edits found.
#[derive(Debug, Default)]
pub struct Followed {
    /// One note per card moved: `notes:3 keeps the progress of "what is a decorater?"`.
    pub moved: Vec<String>,
    /// How many reviewed cards of the loaded decks match no question now.
    pub unmatched: usize,
}

/// Records the fingerprints of reviewed cards the log has none for, moves orphaned cards to the
/// questions they became, and marks those that became none, so they are not looked for again.
/// `read` holds every question of each deck with reviewed cards.
pub fn follow_edits(
    library: &Library,
    read: &[Entry<'_>],
    log: &mut ReviewLog,
) -> Result<Followed, Error> {
    let mut followed = Followed::default();
    let (mut named, mut moves, mut gone) = (Vec::new(), Vec::new(), Vec::new());
    for deck in library.decks() {
        let reviewed: Vec<&str> = log.cards_of(deck.name()).collect();
        if reviewed.is_empty() {
            continue;
        }
        let questions: Vec<&Question> = read
            .iter()
            .filter(|e| e.deck.name() == deck.name())
            .map(|e| &*e.question)
            .collect();
        let keys: Vec<String> = questions
            .iter()
            .map(|q| cards::key(deck.name(), q))
            .collect();
        let by_key: HashMap<&str, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        for card in &reviewed {
            if let Some(&i) = by_key.get(card)
                && !log.fingerprints.contains_key(*card)
            {
                named.push(((*card).to_owned(), Fingerprint::of(questions[i])));
            }
        }
        let mut orphans: Vec<(&str, &Fingerprint)> = reviewed
            .iter()
            .filter(|c| !by_key.contains_key(**c) && !log.unmatched.contains(**c))
            .filter_map(|c| Some((*c, log.fingerprints.get(*c)?)))
            .collect();
        orphans.sort_unstable_by_key(|(card, _)| *card);
        let mut reattached = HashSet::new();
        if !orphans.is_empty() {
            let fresh: Vec<(String, Fingerprint)> = keys
                .iter()
                .zip(&questions)
                .filter(|(key, _)| !log.cards.contains_key(*key))
                .map(|(key, q)| (key.clone(), Fingerprint::of(q)))
                .collect();
            for found in cards::reattach(&orphans, &fresh) {
                let question = &questions[by_key[found.to.as_str()]];
                followed.moved.push(format!(
                    "note: {} keeps the progress of \"{}\" (its title was edited)",
                    deck.id(question.number),
                    found.was.title
                ));
                reattached.insert(found.from.clone());
                moves.push(found);
            }
            gone.extend(
                orphans
                    .iter()
                    .filter(|(card, _)| !reattached.contains(*card))
                    .map(|(card, _)| (*card).to_owned()),
            );
        }
        followed.unmatched += reviewed
            .iter()
            .filter(|c| !by_key.contains_key(**c) && !reattached.contains(**c))
            .count();
    }
    let saving = format!("cannot save progress to {}", log.path().display());
    let gone: Vec<&str> = gone.iter().map(String::as_str).collect();
    log.name(&named)
        .and_then(|()| log.move_cards(&moves))
        .and_then(|()| log.give_up(&gone))
        .map_err(|e| Error::io(saving, e))?;
    Ok(followed)
}
