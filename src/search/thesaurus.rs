//! Looking words up in the thesaurus, whose tables `build.rs` compiles from
//! `data/search/thesaurus.txt` (see [`pyqa_core::query::thesaurus`]).

include!(concat!(env!("OUT_DIR"), "/thesaurus.rs"));

/// An expression of the thesaurus found in a query, over the query's stems `from..to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub expression: u16,
    pub from: usize,
    pub to: usize,
}

/// How many words of a query may come between the words of a phrase (`save a dictionary to a
/// file` holds `save to a file`).
const GAPS: usize = 3;

/// Every expression whose stems appear in order in `stems`, at most `GAPS` words apart in all;
/// an expression inside the span of a longer one found is left out (`how many times` is no
/// `time`).
pub fn find(stems: &[&str]) -> Vec<Found> {
    let mut found = Vec::new();
    for from in 0..stems.len() {
        let Ok(at) = STARTS.binary_search_by(|&(first, _, _)| stem(first).cmp(stems[from])) else {
            continue;
        };
        let (_, first, count) = STARTS[at];
        for &expression in run(first, count) {
            let (_, _, stems_at, stems_count) = EXPRESSIONS[usize::from(expression)];
            let wanted: Vec<&str> = run(stems_at, u16::from(stems_count))
                .iter()
                .map(|&s| stem(s))
                .collect();
            if let Some(to) = span(&stems[from..], &wanted) {
                found.push(Found {
                    expression,
                    from,
                    to: from + to,
                });
            }
        }
    }
    found.sort_by_key(|f| (std::cmp::Reverse(f.to - f.from), f.from));
    let mut kept: Vec<Found> = Vec::new();
    for f in found {
        let inside = kept
            .iter()
            .any(|k| k.from <= f.from && f.to <= k.to && (k.to - k.from) > (f.to - f.from));
        if !inside {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| (f.from, f.to));
    kept
}

/// The length of the shortest start of `stems` that holds `wanted` in order, with at most
/// `GAPS` other stems between; `wanted[0]` is `stems[0]`.
fn span(stems: &[&str], wanted: &[&str]) -> Option<usize> {
    let mut at = 1;
    let mut gaps = 0;
    for want in &wanted[1..] {
        let skip = stems
            .get(at..)?
            .iter()
            .take(GAPS - gaps + 1)
            .position(|s| s == want)?;
        gaps += skip;
        at += skip + 1;
    }
    Some(at)
}

/// The expressions a query holding `expression` also searches for.
pub fn expansions(expression: u16) -> impl Iterator<Item = u16> {
    let (first, count) = TRIGGERS[usize::from(expression)];
    run(first, count)
        .iter()
        .flat_map(|&group| {
            let (_, _, first, count) = GROUPS[usize::from(group)];
            run(first, count).iter().copied()
        })
        .filter(move |&e| e != expression)
}

/// An expression as the thesaurus writes it.
pub fn written(expression: u16) -> &'static str {
    let (at, len, _, _) = EXPRESSIONS[usize::from(expression)];
    text(at, len)
}

/// Whether the stem is a word of some expression, so that it is no typo.
pub fn knows(wanted: &str) -> bool {
    STEMS.iter().any(|&(at, len)| text(at, len) == wanted)
}

/// A stem by its number.
fn stem(id: u16) -> &'static str {
    let (at, len) = STEMS[usize::from(id)];
    text(at, len)
}

/// A piece of `TEXT`.
fn text(at: u16, len: u8) -> &'static str {
    let at = usize::from(at);
    &TEXT[at..at + usize::from(len)]
}

/// A run of `IDS`.
fn run(first: u16, count: u16) -> &'static [u16] {
    let first = usize::from(first);
    &IDS[first..first + usize::from(count)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_on_stems_and_expand_to_their_group() {
        let found = find(&["mix", "up", "order"]);
        let mix = found
            .iter()
            .find(|f| written(f.expression) == "mix up")
            .unwrap();
        assert_eq!((mix.from, mix.to), (0, 2));
        let to: Vec<&str> = expansions(mix.expression).map(written).collect();
        assert!(to.contains(&"shuffle"), "{to:?}");
        assert!(knows("shuffl"));
        assert!(!knows("zebra"));
    }

    #[test]
    fn phrases_may_have_words_between_and_the_longest_wins() {
        let found = find(&["save", "dictionari", "to", "file"]);
        assert!(
            found
                .iter()
                .any(|f| written(f.expression) == "save to a file")
        );
        let found = find(&["how", "mani", "time", "word"]);
        let names: Vec<&str> = found.iter().map(|f| written(f.expression)).collect();
        assert!(names.contains(&"how many times"), "{names:?}");
        assert!(!names.contains(&"time"), "{names:?}");
        assert!(
            find(&["save", "a", "b", "c", "d", "to", "file"])
                .iter()
                .all(|f| written(f.expression) != "save to a file")
        );
    }

    #[test]
    fn the_first_stems_are_sorted_for_binary_search() {
        assert!(STARTS.windows(2).all(|w| stem(w[0].0) < stem(w[1].0)));
    }
}
