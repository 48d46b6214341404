//! What a query asks for: the words that only shape the question are left out, words common to
//! every question count less, and each subject word or phrase found in the thesaurus also
//! searches for what else it is called, below the words typed.

use crate::search::plan::{ClauseRole, PlannedClause};
use crate::search::query::{Clause, Presence};
use crate::search::thesaurus;
use pyqa_core::index::schema::analyze;
use pyqa_core::query::thesaurus::stems;
use pyqa_core::query::words::{self, WordClass};

/// The weight of a word common to nearly every question (`python`, `use`).
const GENERIC_WEIGHT: f32 = 0.3;
/// The weight of what a word is expanded to, beside the 1 of a word typed.
const WORD_EXPANSION_WEIGHT: f32 = 0.5;
/// The weight of what words no deck holds are expanded to: all that stands for them.
const UNKNOWN_EXPANSION_WEIGHT: f32 = 0.9;
/// The weight of what a phrase (`trade places`) is expanded to: a phrase says more.
const PHRASE_EXPANSION_WEIGHT: f32 = 0.7;

/// A query, read.
#[derive(Debug, Clone, Default)]
pub struct Understood {
    /// What is searched: the typed clauses first, then the expansions.
    pub clauses: Vec<PlannedClause>,
    pub explanation: Explanation,
}

/// What the query became, for `--explain`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Explanation {
    /// The words searched with their full weight.
    pub words: Vec<String>,
    /// The words searched with a low weight.
    pub generic: Vec<String>,
    /// The words left out.
    pub left_out: Vec<String>,
    pub expansions: Vec<Expansion>,
}

/// A word or phrase of the query and what else it searched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub from: String,
    pub to: Vec<String>,
}

/// Whether the query is written as code (`a // b`, `dict.get()`), so that Python's keywords in it
/// are subjects and one-letter names are placeholders.
pub fn as_code(parsed: &[Clause]) -> bool {
    parsed.iter().any(|c| words::looks_like_code(&c.text))
}

/// How a plain word of the query counts.
fn class_of(clause: &Clause, as_code: bool) -> WordClass {
    if clause.phrase || clause.presence != Presence::Should {
        return WordClass::Content;
    }
    let placeholder =
        as_code && clause.text.chars().count() == 1 && clause.text.chars().all(char::is_alphabetic);
    if placeholder {
        return WordClass::Function;
    }
    words::class(&clause.text, as_code)
}

/// Whether a word may be corrected as a typo: a subject word the thesaurus does not know.
pub fn may_correct(clause: &Clause, as_code: bool) -> bool {
    class_of(clause, as_code) == WordClass::Content
        && !stems(&clause.text).iter().any(|s| thesaurus::knows(s))
}

/// Reads `parsed`: which clauses are searched, with which weights, and their expansions;
/// `indexed` tells whether a stem is in any deck.
pub fn understand(parsed: &[Clause], indexed: &dyn Fn(&str) -> bool) -> Understood {
    let code = as_code(parsed);
    let mut classes: Vec<WordClass> = parsed.iter().map(|c| class_of(c, code)).collect();
    // A query of nothing but question words is searched as typed.
    if classes.iter().all(|c| *c == WordClass::Function) {
        classes.fill(WordClass::Content);
    }
    let mut understood = Understood::default();
    // The stems the thesaurus is matched on, each with the searched clause it came from (none
    // for a word left out).
    let mut stemmed: Vec<(Option<usize>, String)> = Vec::new();
    let plain = |c: &Clause| !c.phrase && c.presence != Presence::MustNot;
    for (clause, class) in parsed.iter().zip(&classes) {
        let weight = match class {
            WordClass::Function => {
                understood.explanation.left_out.push(clause.text.clone());
                if plain(clause) && !words::is_filler(&clause.text) {
                    stemmed.extend(stems(&clause.text).into_iter().map(|s| (None, s)));
                }
                continue;
            }
            WordClass::Generic => {
                understood.explanation.generic.push(clause.to_string());
                GENERIC_WEIGHT
            }
            WordClass::Content => {
                understood.explanation.words.push(clause.to_string());
                1.0
            }
        };
        let terms = analyze(&clause.text);
        if terms.is_empty() {
            continue;
        }
        let index = understood.clauses.len();
        if plain(clause) {
            stemmed.extend(stems(&clause.text).into_iter().map(|s| (Some(index), s)));
        }
        understood.clauses.push(PlannedClause {
            presence: clause.presence,
            phrase: clause.phrase,
            terms,
            weight,
            role: ClauseRole::Typed,
        });
    }
    expand(&mut understood, &stemmed, indexed, code);
    understood
}

/// Adds the thesaurus's expansions of the stems' words and phrases, each once, as optional
/// clauses of a low weight; an expression the query holds already is not added again. A phrase
/// may take in words left out (`mix up`), but not only them. A query in prose is not expanded
/// to a lone question word (`is` for `same object`): every answer's grammar holds it.
fn expand(
    understood: &mut Understood,
    stemmed: &[(Option<usize>, String)],
    indexed: &dyn Fn(&str) -> bool,
    code: bool,
) {
    let stems: Vec<&str> = stemmed.iter().map(|(_, s)| s.as_str()).collect();
    let found = thesaurus::find(&stems);
    let typed: Vec<u16> = found.iter().map(|f| f.expression).collect();
    let mut added: Vec<(u16, usize)> = Vec::new();
    for f in &found {
        let mut of: Vec<usize> = stemmed[f.from..f.to]
            .iter()
            .filter_map(|(i, _)| *i)
            .collect();
        of.dedup();
        // A phrase of question words alone (`is` of `what is`) stands for nothing searched.
        if of.is_empty() {
            continue;
        }
        // Words no deck holds count only through what they expand to.
        let unknown = stemmed[f.from..f.to]
            .iter()
            .all(|(i, stem)| i.is_none() || !indexed(stem));
        let weight = if unknown {
            UNKNOWN_EXPANSION_WEIGHT
        } else if thesaurus::written(f.expression).contains(' ') {
            PHRASE_EXPANSION_WEIGHT
        } else {
            WORD_EXPANSION_WEIGHT
        };
        let mut to = Vec::new();
        for expression in thesaurus::expansions(f.expression) {
            if typed.contains(&expression) {
                continue;
            }
            if let Some(&(_, at)) = added.iter().find(|(e, _)| *e == expression) {
                if let ClauseRole::Expansion { of: old } = &mut understood.clauses[at].role {
                    old.extend(of.iter().filter(|i| !old.contains(i)).collect::<Vec<_>>());
                }
                continue;
            }
            let written = thesaurus::written(expression);
            if !code
                && !written.contains(' ')
                && words::class(written, false) == WordClass::Function
            {
                continue;
            }
            let terms = analyze(written);
            if terms.is_empty() {
                continue;
            }
            added.push((expression, understood.clauses.len()));
            understood.clauses.push(PlannedClause {
                presence: Presence::Should,
                phrase: written.contains(' '),
                terms,
                weight,
                role: ClauseRole::Expansion { of: of.clone() },
            });
            to.push(written.to_owned());
        }
        if !to.is_empty() {
            let from = thesaurus::written(f.expression).to_owned();
            understood
                .explanation
                .expansions
                .push(Expansion { from, to });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    fn read(text: &str) -> Understood {
        understand(&parse(text), &|_| true)
    }

    #[test]
    fn question_words_are_left_out_and_generic_words_weigh_less() {
        let u = read("how do I shuffle a list in python");
        assert_eq!(u.explanation.words, ["shuffle", "list"]);
        assert_eq!(u.explanation.generic, ["python"]);
        assert_eq!(u.explanation.left_out, ["how", "do", "I", "a", "in"]);
    }

    #[test]
    fn phrases_expand_below_the_words_typed() {
        let u = read("mix up the order");
        let shuffle = u
            .clauses
            .iter()
            .find(|c| c.terms.iter().any(|t| t.text == "shuffl"))
            .expect("shuffle is searched");
        assert!(shuffle.weight < 1.0);
        assert!(matches!(&shuffle.role, ClauseRole::Expansion { of } if of == &[0]));
    }

    #[test]
    fn prose_is_not_expanded_to_a_question_word() {
        let expanded = |text: &str| -> Vec<String> {
            read(text)
                .explanation
                .expansions
                .into_iter()
                .flat_map(|e| e.to)
                .collect()
        };
        let prose = expanded("do both names point to the same object");
        assert!(prose.contains(&"identity".to_owned()), "{prose:?}");
        assert!(!prose.contains(&"is".to_owned()), "{prose:?}");
        let code = expanded("same object ==");
        assert!(code.contains(&"is".to_owned()), "{code:?}");
    }

    #[test]
    fn code_keeps_its_keywords_and_drops_placeholders() {
        let u = read("a // b");
        assert_eq!(u.explanation.words, ["//"]);
        assert_eq!(u.explanation.left_out, ["a", "b"]);
        let u = read("is vs ==");
        assert_eq!(u.explanation.words, ["is", "vs", "=="]);
        let u = read("what is it");
        assert_eq!(u.explanation.words, ["what", "is", "it"]);
    }
}
