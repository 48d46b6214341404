//! Which card a question is. A card is keyed by its deck and its normalised title, so renumbering,
//! reordering or moving a question keeps its progress; each review also records the question's
//! [`Fingerprint`] (its title and a hash of its answer's words), so that a card whose title was
//! edited can be found again: [`reattach`] pairs each orphaned card with the new question of its
//! deck it most plausibly became.

use std::collections::HashSet;

use pyqa_core::text::model::Question;

/// The longest title a fingerprint keeps, in characters.
const TITLE_LIMIT: usize = 200;
/// Words shorter than this are left out of an answer's hash: they are mostly grammar.
const SHORTEST_WORD: usize = 4;

/// A question's title, lowercased, without markup and with white space collapsed: what its card
/// key hashes.
pub fn normalised_title(title: &str) -> String {
    title
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '`' || c == '*')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A card's key in the review log: `DECK:` and the XXH3-64 of the normalised title, in hex.
pub fn key(deck: &str, question: &Question) -> String {
    let title = normalised_title(&question.title);
    format!(
        "{deck}:{:016x}",
        xxhash_rust::xxh3::xxh3_64(title.as_bytes())
    )
}

/// The deck part of a card key.
pub fn deck_of(key: &str) -> &str {
    key.rsplit_once(':').map_or(key, |(deck, _)| deck)
}

/// What a reviewed question looked like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// The normalised title, at most [`TITLE_LIMIT`] characters.
    pub title: String,
    /// A 64-bit `SimHash` of the answer's distinct words: answers that share most of their words
    /// differ in few bits.
    pub answer: u64,
}

impl Fingerprint {
    pub fn of(question: &Question) -> Self {
        let title: String = normalised_title(&question.title)
            .chars()
            .take(TITLE_LIMIT)
            .collect();
        Self {
            title,
            answer: simhash(&question.answer.searchable_text()),
        }
    }

    /// How alike two fingerprints are, each part from 0 (nothing shared) to 1 (the same).
    pub fn likeness(&self, other: &Self) -> Likeness {
        likeness(
            (self, &char_pairs(&self.title)),
            (other, &char_pairs(&other.title)),
        )
    }
}

/// A title's set of neighbouring characters, which [`dice`] compares.
type CharPairs = HashSet<(char, char)>;

/// How alike two fingerprints are, given their titles' character pairs.
fn likeness(a: (&Fingerprint, &CharPairs), b: (&Fingerprint, &CharPairs)) -> Likeness {
    let differing = (a.0.answer ^ b.0.answer).count_ones();
    let title = if a.1.is_empty() && b.1.is_empty() {
        f64::from(u8::from(a.0.title == b.0.title))
    } else {
        dice(a.1, b.1)
    };
    Likeness {
        title,
        // Unrelated answers differ in about half of the 64 bits.
        answer: (1.0 - f64::from(differing) / 32.0).max(0.0),
    }
}

/// How alike two questions are, by title and by answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Likeness {
    pub title: f64,
    pub answer: f64,
}

impl Likeness {
    /// Whether one plausibly became the other: alike on average, and either the answers share
    /// most words or the titles are all but the same. So a fixed typo or an added "in Python"
    /// keeps a card, as does a reworded title over the same answer; a neighbouring question
    /// (`list` for `dict` comprehensions) does not take another's history.
    pub fn is_same_question(self) -> bool {
        self.title.midpoint(self.answer) >= 0.6 && (self.answer >= 0.5 || self.title >= 0.9)
    }

    fn score(self) -> f64 {
        self.title + self.answer
    }
}

/// A card whose question is gone, and the question it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub from: String,
    pub to: String,
    /// The question's fingerprint before the edit, and after.
    pub was: Fingerprint,
    pub now: Fingerprint,
}

/// Pairs orphaned cards with new questions of the same deck, one to one, most alike first.
/// `orphans` are cards of the log that no question has now, with their last fingerprints;
/// `fresh` the questions without a card, as (key, fingerprint).
pub fn reattach(orphans: &[(&str, &Fingerprint)], fresh: &[(String, Fingerprint)]) -> Vec<Move> {
    let orphan_titles: Vec<CharPairs> = orphans.iter().map(|(_, f)| char_pairs(&f.title)).collect();
    let fresh_titles: Vec<CharPairs> = fresh.iter().map(|(_, f)| char_pairs(&f.title)).collect();
    let mut pairs = Vec::new();
    for (o, (from, was)) in orphans.iter().enumerate() {
        for (f, (to, now)) in fresh.iter().enumerate() {
            if deck_of(from) != deck_of(to) {
                continue;
            }
            let likeness = likeness((was, &orphan_titles[o]), (now, &fresh_titles[f]));
            if likeness.is_same_question() {
                pairs.push((likeness.score(), o, f));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let (mut taken_orphans, mut taken_fresh) = (HashSet::new(), HashSet::new());
    let mut moves = Vec::new();
    for (_, o, f) in pairs {
        if taken_orphans.contains(&o) || taken_fresh.contains(&f) {
            continue;
        }
        taken_orphans.insert(o);
        taken_fresh.insert(f);
        moves.push(Move {
            from: orphans[o].0.to_owned(),
            to: fresh[f].0.clone(),
            was: orphans[o].1.clone(),
            now: fresh[f].1.clone(),
        });
    }
    moves.sort_by(|a, b| a.to.cmp(&b.to));
    moves
}

/// The pairs of neighbouring characters of `text`.
fn char_pairs(text: &str) -> CharPairs {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Dice's coefficient over two texts' sets of character pairs (not both empty): 1 for the same
/// text, high for a typo or a word added, low for different words.
fn dice(x: &CharPairs, y: &CharPairs) -> f64 {
    let shared = x.intersection(y).count();
    #[allow(clippy::cast_precision_loss)] // counts of character pairs in a title
    let likeness = 2.0 * shared as f64 / (x.len() + y.len()) as f64;
    likeness
}

/// The `SimHash` of `text`'s distinct words of [`SHORTEST_WORD`] letters or more, lowercased: each
/// bit is set when most words' XXH3 hashes set it.
fn simhash(text: &str) -> u64 {
    let words: HashSet<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| w.chars().count() >= SHORTEST_WORD)
        .map(str::to_lowercase)
        .collect();
    let mut votes = [0i32; 64];
    for word in &words {
        let hash = xxhash_rust::xxh3::xxh3_64(word.as_bytes());
        for (bit, vote) in votes.iter_mut().enumerate() {
            *vote += if hash >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    votes
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .fold(0, |hash, (bit, _)| hash | 1 << bit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fingerprint(title: &str, answer: &str) -> Fingerprint {
        Fingerprint {
            title: normalised_title(title),
            answer: simhash(answer),
        }
    }

    const DECORATOR: &str = "A decorator wraps a function in another function that adds \
        behaviour before or after each call, written with the @ syntax above the definition; \
        functools.wraps keeps the wrapped function's name and docstring.";
    const COMPREHENSION: &str = "A list comprehension builds a list from an iterable in one \
        expression, with an optional condition that filters the items.";
    const DICT_COMPREHENSION: &str = "A dict comprehension builds a dictionary from an iterable \
        in one expression, keys and values computed from each item.";

    #[test]
    fn a_fixed_typo_or_an_added_phrase_is_the_same_question() {
        let before = fingerprint("What is a decorater?", DECORATOR);
        for after in [
            "What is a decorator?",
            "What is a decorator in Python?",
            "what is a `decorator`?",
        ] {
            let likeness = before.likeness(&fingerprint(after, DECORATOR));
            assert!(likeness.is_same_question(), "{after}: {likeness:?}");
        }
        let reworded = before.likeness(&fingerprint("How do decorators work?", DECORATOR));
        assert!(reworded.is_same_question(), "{reworded:?}");
    }

    #[test]
    fn a_neighbouring_or_unrelated_question_is_not() {
        let list = fingerprint("What is a list comprehension?", COMPREHENSION);
        let dict = fingerprint("What is a dict comprehension?", DICT_COMPREHENSION);
        assert!(
            !list.likeness(&dict).is_same_question(),
            "{:?}",
            list.likeness(&dict)
        );
        let other = fingerprint("What is a decorator?", DECORATOR);
        assert!(!list.likeness(&other).is_same_question());
    }

    #[test]
    fn orphans_go_one_to_one_to_the_most_alike_question_of_their_deck() {
        let was = fingerprint("What is a decorater?", DECORATOR);
        let orphans = [("notes:1", &was), ("other:1", &was)];
        let fresh = vec![
            (
                "notes:2".to_owned(),
                fingerprint("What is a decorator in Python?", DECORATOR),
            ),
            (
                "notes:3".to_owned(),
                fingerprint("What is a decorator?", DECORATOR),
            ),
            (
                "notes:4".to_owned(),
                fingerprint("What is a list comprehension?", COMPREHENSION),
            ),
        ];
        let moves = reattach(&orphans, &fresh);
        assert_eq!(
            moves.len(),
            1,
            "one to one, and only within a deck: {moves:?}"
        );
        assert_eq!(
            (moves[0].from.as_str(), moves[0].to.as_str()),
            ("notes:1", "notes:3")
        );
    }
}
