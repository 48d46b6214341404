//! Reading what people type into a search: words, `"phrases"`, `-excluded` and `+required` parts.
//!
//! Nothing here is a syntax error: unbalanced quotes end at the end of the input, `AND`/`OR` are
//! ignored (every word counts, the best matches rank first), punctuation is left to the analyzer.

use std::fmt;

/// Whether a part of the query must, may or must not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// A plain word: matching it ranks a question higher.
    Should,
    /// `+word`: every result must contain it.
    Must,
    /// `-word`, `-"a phrase"` or `NOT word`: questions containing it are left out.
    MustNot,
}

/// One part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub text: String,
    /// Whether the words must appear next to each other (`"load balancer"`).
    pub phrase: bool,
    pub presence: Presence,
}

/// Splits a query into clauses.
pub fn parse(input: &str) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut negate_next = false;
    let mut rest = input.trim_start();
    while !rest.is_empty() {
        let mut presence = Presence::Should;
        if let Some(after) = rest
            .strip_prefix(['-', '+'])
            .filter(|a| !a.starts_with(char::is_whitespace) && !a.is_empty())
        {
            presence = if rest.starts_with('-') {
                Presence::MustNot
            } else {
                Presence::Must
            };
            rest = after;
        }
        let (text, phrase, after) = if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            (&quoted[..end], true, quoted.get(end + 1..).unwrap_or(""))
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (&rest[..end], false, &rest[end..])
        };
        rest = after.trim_start();
        match text {
            "AND" | "OR" | "&&" | "||" if !phrase => continue,
            "NOT" if !phrase => {
                negate_next = true;
                continue;
            }
            _ => {}
        }
        if negate_next {
            presence = Presence::MustNot;
            negate_next = false;
        }
        if !text.trim().is_empty() {
            clauses.push(Clause {
                text: text.to_owned(),
                phrase,
                presence,
            });
        }
    }
    clauses
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.presence {
            Presence::Should => {}
            Presence::Must => f.write_str("+")?,
            Presence::MustNot => f.write_str("-")?,
        }
        if self.phrase {
            write!(f, "\"{}\"", self.text)
        } else {
            f.write_str(&self.text)
        }
    }
}

/// The clauses written back as a query string.
pub fn to_string(clauses: &[Clause]) -> String {
    clauses
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(text: &str, phrase: bool, presence: Presence) -> Clause {
        Clause {
            text: text.into(),
            phrase,
            presence,
        }
    }

    #[test]
    fn words_phrases_and_signs() {
        assert_eq!(
            parse(r#"load "load balancer" -nginx +redis"#),
            [
                clause("load", false, Presence::Should),
                clause("load balancer", true, Presence::Should),
                clause("nginx", false, Presence::MustNot),
                clause("redis", false, Presence::Must),
            ]
        );
    }

    #[test]
    fn operators_are_read_leniently() {
        assert_eq!(
            parse("gil AND threads OR NOT asyncio"),
            [
                clause("gil", false, Presence::Should),
                clause("threads", false, Presence::Should),
                clause("asyncio", false, Presence::MustNot),
            ]
        );
        assert_eq!(
            parse("\"unclosed phrase"),
            [clause("unclosed phrase", true, Presence::Should)]
        );
        assert_eq!(
            parse("a - b"),
            [
                clause("a", false, Presence::Should),
                clause("-", false, Presence::Should),
                clause("b", false, Presence::Should)
            ]
        );
        assert!(parse("  \"\"  ").is_empty());
    }

    #[test]
    fn clauses_print_back_as_typed() {
        let text = r#"celery -"task queue" +redis"#;
        assert_eq!(to_string(&parse(text)), text);
    }
}
