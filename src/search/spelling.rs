//! Fixing typos in a query against the words the index actually holds.
//!
//! A word that matches nothing is replaced by the closest indexed word: Levenshtein distance 1 for
//! words of 4–7 letters, 2 for longer ones, an adjacent transposition counting as 1. Ties go to
//! the more common word. A word that matches only through its stem, and is no inflection of a
//! word the index holds, is replaced too when another word is closer to it than any word of that
//! stem (`descripter` stems as `description` does, but is one letter from `descriptor`).

use tantivy::Term;

use crate::error::Error;
use crate::library::deck::DeckIndex;
use crate::search::query::{Clause, Presence};
use pyqa_core::index::lookup;
use pyqa_core::index::schema::Analysis;

/// A word of the query that was replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub typed: String,
    pub used: String,
}

/// Replaces the unknown words of `clauses` that have a close known word; returns what changed.
/// Only the clauses marked in `correctable` are looked at.
pub fn correct(
    decks: &[DeckIndex],
    clauses: &mut [Clause],
    correctable: &[bool],
) -> Result<Vec<Correction>, Error> {
    let mut analyzer = Analysis::Exact.analyzer();
    let mut corrections = Vec::new();
    for clause in clauses
        .iter_mut()
        .zip(correctable)
        .filter(|(c, wanted)| **wanted && !c.phrase && c.presence != Presence::MustNot)
        .map(|(c, _)| c)
    {
        let mut tokens = Vec::new();
        let mut stream = analyzer.token_stream(&clause.text);
        while stream.advance() {
            tokens.push(stream.token().text.clone());
        }
        drop(stream);
        let [word] = tokens.as_slice() else { continue };
        let mut known = Known::No;
        for deck in decks {
            known = known.max(is_known(deck, word)?);
        }
        if known == Known::AsWritten || is_plain_english(word) {
            continue;
        }
        // A word known only by its stem is kept unless another word is closer to it than any
        // word of that stem (`descripter` is `descriptor`, not a form of `description`).
        let own_stem = (known == Known::ByStem).then(|| stem(word)).flatten();
        if let Some(best) = closest(decks, word, own_stem.as_deref())? {
            corrections.push(Correction {
                typed: clause.text.clone(),
                used: best.clone(),
            });
            clause.text = best;
        }
    }
    Ok(corrections)
}

/// Plain English words (`data/search/english.txt`), sorted one per line after comment lines.
const ENGLISH: &str = include_str!("../../data/search/english.txt");

/// Whether `word` (lowercase) is a plain English word, as written or inflected (`crashing`,
/// `looked`, `stops`, `stopping`), so no typo: a word of the question that no deck holds.
fn is_plain_english(word: &str) -> bool {
    let listed = |w: &str| {
        ENGLISH
            .lines()
            .filter(|l| !l.starts_with('#'))
            .any(|l| l == w)
    };
    listed(word) || bases(word).iter().any(|b| listed(b))
}

/// The words `word` may be an inflection of (`crashing`: `crash`, `crashe`…; `stopping`: `stop`).
fn bases(word: &str) -> Vec<String> {
    let mut bases: Vec<String> = Vec::new();
    for ending in ["ing", "ed", "es", "s", "ly", "er"] {
        let Some(base) = word.strip_suffix(ending).filter(|b| b.len() >= 2) else {
            continue;
        };
        bases.push(base.to_owned());
        bases.push(format!("{base}e"));
        let mut chars = base.chars().rev();
        if let (Some(a), Some(b)) = (chars.next(), chars.next())
            && a == b
        {
            bases.push(base[..base.len() - a.len_utf8()].to_owned());
        }
    }
    bases
}

/// How a word of a query is known to a deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Known {
    No,
    /// Only its stem is indexed (`cores` is known from `multi-core`).
    ByStem,
    AsWritten,
}

/// Whether `word` is indexed as written, or as its stem: as an inflection of a word indexed as
/// written (`caching` of `cache`) it counts as written.
fn is_known(deck: &DeckIndex, word: &str) -> Result<Known, Error> {
    let (searcher, fields) = (deck.searcher()?, deck.fields());
    let indexed = |forms: &[String]| -> Result<bool, Error> {
        if let Some(list) = deck.vocabulary()? {
            return Ok(list.lines().any(|line| {
                let entry = line.split('\t').next().unwrap_or_default();
                forms.iter().any(|f| f == entry)
            }));
        }
        let mut any = false;
        for form in forms {
            any = any || searcher.doc_freq(&Term::from_field_text(fields.words, form))? > 0;
        }
        Ok(any)
    };
    if indexed(&[word.to_owned()])? {
        return Ok(Known::AsWritten);
    }
    let Some(stem) = stem(word) else {
        return Ok(Known::No);
    };
    Ok(if !deck.holds_term(&stem)? {
        Known::No
    } else if indexed(&bases(word))? {
        Known::AsWritten
    } else {
        Known::ByStem
    })
}

/// The stem of `word`.
fn stem(word: &str) -> Option<String> {
    let mut stemmer = Analysis::Stemmed.analyzer();
    let mut stream = stemmer.token_stream(word);
    stream.next().map(|t| t.text.clone())
}

/// The largest edit distance allowed for a word of `len` characters.
fn allowed_distance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The indexed word closest to `word`, if one is close enough; ties go to the more common word,
/// then to the alphabetically first. With `own_stem`, a word of that stem is `word` itself,
/// inflected: none is returned when one of them is closest (or as close as the closest).
fn closest(
    decks: &[DeckIndex],
    word: &str,
    own_stem: Option<&str>,
) -> Result<Option<String>, Error> {
    let typed: Vec<char> = word.chars().collect();
    let limit = allowed_distance(typed.len());
    if limit == 0 {
        return Ok(None);
    }
    let mut best: Option<(usize, bool, std::cmp::Reverse<u32>, String)> = None;
    let mut rows = Default::default();
    let typed_bag = Bag::of(&typed);
    let mut candidate: Vec<char> = Vec::new();
    let found = std::cell::Cell::new(false);
    let mut consider = |text: &str, doc_freq: u32| {
        // A word has at most as many characters as bytes, and at least a quarter as many.
        if text.len() + limit < typed.len() || text.len() > 4 * (typed.len() + limit) {
            return;
        }
        candidate.clear();
        candidate.extend(text.chars());
        if candidate.len().abs_diff(typed.len()) > limit
            || bag_distance(&typed_bag, &candidate) > limit
        {
            return;
        }
        let Some(distance) = distance_within(&typed, &candidate, limit, &mut rows) else {
            return;
        };
        let other_stem = own_stem.is_some_and(|own| stem(text).as_deref() != Some(own));
        let key = (distance, other_stem, std::cmp::Reverse(doc_freq), text);
        if best
            .as_ref()
            .is_none_or(|b| key < (b.0, b.1, b.2, b.3.as_str()))
        {
            best = Some((distance, other_stem, key.2, text.to_owned()));
            found.set(true);
        }
    };
    // A deck without a vocabulary list (a user's, possibly large) is looked through for words
    // with the same first letter first, and wholly only when no deck has a close word.
    let first = typed.first().copied().unwrap_or_default();
    for deck in decks {
        match deck.vocabulary()? {
            Some(list) => list
                .lines()
                .filter_map(vocabulary_entry)
                .for_each(|(w, df)| consider(w, df)),
            None => {
                lookup::each_word_starting_with(
                    deck.searcher()?,
                    deck.fields(),
                    first,
                    &mut consider,
                )?;
            }
        }
    }
    for deck in decks.iter().filter(|d| !d.has_vocabulary()) {
        if found.get() {
            break;
        }
        lookup::each_word(deck.searcher()?, deck.fields(), &mut consider)?;
    }
    Ok(best
        .filter(|b| own_stem.is_none() || b.1)
        .map(|(_, _, _, word)| word))
}

/// `word\tdoc_freq`: one line of a vocabulary list.
fn vocabulary_entry(line: &str) -> Option<(&str, u32)> {
    let (word, df) = line.split_once('\t')?;
    Some((word, df.parse().ok()?))
}

/// How many times each character occurs, for a quick lower bound on the edit distance.
struct Bag([u8; 64]);

impl Bag {
    fn slot(c: char) -> usize {
        match c {
            'a'..='z' => c as usize - 'a' as usize,
            '0'..='9' => 26 + c as usize - '0' as usize,
            '_' => 36,
            '.' => 37,
            _ => 38 + (c as usize % 26),
        }
    }

    fn of(word: &[char]) -> Self {
        let mut bag = [0u8; 64];
        for &c in word {
            let slot = &mut bag[Self::slot(c)];
            *slot = slot.saturating_add(1);
        }
        Self(bag)
    }
}

/// The bag distance: characters one word has more of than the other, the larger side. No edit
/// sequence (a swap included) is shorter, so a larger bag distance rules a candidate out.
fn bag_distance(typed: &Bag, candidate: &[char]) -> usize {
    let other = Bag::of(candidate);
    let (mut extra, mut missing) = (0usize, 0usize);
    for (a, b) in typed.0.iter().zip(other.0.iter()) {
        if a > b {
            extra += usize::from(a - b);
        } else {
            missing += usize::from(b - a);
        }
    }
    extra.max(missing)
}

/// Optimal-string-alignment distance between `a` and `b`, or `None` when it exceeds `limit`.
/// Keeps three rows of the table; `rows` is scratch space reused between calls.
fn distance_within(
    a: &[char],
    b: &[char],
    limit: usize,
    rows: &mut [Vec<usize>; 3],
) -> Option<usize> {
    for row in rows.iter_mut() {
        row.clear();
        row.resize(b.len() + 1, 0);
    }
    rows[2]
        .iter_mut()
        .enumerate()
        .for_each(|(j, cell)| *cell = j);
    for i in 1..=a.len() {
        rows.rotate_left(1);
        let [before, previous, current] = rows;
        current[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
    }
    Some(rows[2][b.len()]).filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::distance_within;

    fn distance(a: &str, b: &str) -> Option<usize> {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        distance_within(&a, &b, 2, &mut Default::default())
    }

    #[test]
    fn transpositions_insertions_and_substitutions_cost_one() {
        assert_eq!(distance("gunicron", "gunicorn"), Some(1));
        assert_eq!(distance("memoizaton", "memoization"), Some(1));
        assert_eq!(distance("celry", "celery"), Some(1));
        assert_eq!(distance("wsig", "wsgi"), Some(1));
        assert_eq!(distance("pytset", "pytest"), Some(1));
        assert_eq!(distance("kafka", "kafka"), Some(0));
    }

    #[test]
    fn the_bag_distance_never_exceeds_the_edit_distance() {
        for (a, b) in [
            ("gunicron", "gunicorn"),
            ("celry", "celery"),
            ("kafka", "kakfa"),
            ("abc", "xyz"),
            ("memoizaton", "memoization"),
        ] {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let edit = distance_within(&a, &b, 10, &mut Default::default()).unwrap();
            assert!(
                super::bag_distance(&super::Bag::of(&a), &b) <= edit,
                "{a:?} {b:?}"
            );
        }
    }

    #[test]
    fn plain_english_words_and_their_inflections_are_no_typos() {
        for word in ["look", "crashing", "looked", "stops", "stopping", "moved"] {
            assert!(super::is_plain_english(word), "{word}");
        }
        for typo in ["evnt", "memoizaton", "celry"] {
            assert!(!super::is_plain_english(typo), "{typo}");
        }
        let words: Vec<&str> = super::ENGLISH
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn distances_beyond_the_limit_are_none() {
        assert_eq!(distance("abcdef", "uvwxyz"), None);
        assert_eq!(distance("cat", "catalog"), None);
    }
}
