//! The thesaurus: groups of expressions that mean the same thing, read from
//! `data/search/thesaurus.txt` by `build.rs` and compiled into static tables the binary looks
//! words up in without reading anything at run time.
//!
//! An expression is matched on its stems: the words of a query and of an expression are both
//! reduced by [`stems`], so `mixing up` matches `mix up` and `initialising` matches `initialise`.

use std::fmt::{self, Write as _};

use crate::index::schema::analyze;
use crate::query::words;

/// The stems an expression or a query word is matched on: its words' analyzed terms, whole
/// identifiers only, without articles and possessives (unless it is nothing else).
pub fn stems(text: &str) -> Vec<String> {
    let kept: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !words::is_filler(w))
        .collect();
    let kept = if kept.is_empty() {
        text.split_whitespace().collect()
    } else {
        kept
    };
    kept.iter()
        .flat_map(|word| analyze(word).into_iter().filter(|t| !t.part))
        .map(|t| t.text)
        .collect()
}

/// One expression of the thesaurus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expression {
    /// As written in the thesaurus, searched as a phrase when it has several words.
    pub written: String,
    pub stems: Vec<String>,
}

/// A line of the thesaurus: any trigger in a query also searches for the expansions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub triggers: Vec<usize>,
    pub expansions: Vec<usize>,
}

/// The whole thesaurus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Thesaurus {
    pub expressions: Vec<Expression>,
    pub groups: Vec<Group>,
}

/// A line of the thesaurus that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThesaurusError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ThesaurusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ThesaurusError {}

impl Thesaurus {
    /// Reads the thesaurus text: `a | b | c` groups and `x | y => a | b` one-way lines; `#`
    /// starts a comment line.
    pub fn parse(text: &str) -> Result<Self, ThesaurusError> {
        let mut thesaurus = Self::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: &str| ThesaurusError {
                line: n + 1,
                message: message.into(),
            };
            let (left, right) = match line.split_once("=>") {
                Some((left, right)) => (left, Some(right)),
                None => (line, None),
            };
            let triggers = thesaurus.add(left).map_err(|m| error(&m))?;
            let expansions = match right {
                Some(right) => thesaurus.add(right).map_err(|m| error(&m))?,
                None => triggers.clone(),
            };
            if right.is_none() && triggers.len() < 2 {
                return Err(error("a line needs at least two expressions"));
            }
            thesaurus.groups.push(Group {
                triggers,
                expansions,
            });
        }
        Ok(thesaurus)
    }

    /// Adds the `|`-separated expressions of `side`, returning their indices.
    fn add(&mut self, side: &str) -> Result<Vec<usize>, String> {
        let mut added = Vec::new();
        for written in side.split('|').map(str::trim) {
            let stems = stems(written);
            if stems.is_empty() {
                return Err(format!("{written:?} has no searchable word"));
            }
            let index = if let Some(index) = self.expressions.iter().position(|e| e.stems == stems)
            {
                index
            } else {
                self.expressions.push(Expression {
                    written: written.to_owned(),
                    stems,
                });
                self.expressions.len() - 1
            };
            if !added.contains(&index) {
                added.push(index);
            }
        }
        Ok(added)
    }

    /// Rust source for static tables of the thesaurus, for `include!`:
    /// `EXPRESSIONS: &[(&str, &[&str])]` (written, stems), `GROUPS: &[(&[u16], &[u16])]`
    /// (triggers, expansions), `STARTS: &[(&str, &[u16])]` (a first stem, sorted, and the
    /// expressions starting with it), and `TRIGGERS: &[&[u16]]` (the groups each expression
    /// triggers).
    pub fn to_rust(&self) -> String {
        let mut out = String::new();
        let list = |ids: &[usize]| {
            let items: Vec<String> = ids.iter().map(ToString::to_string).collect();
            format!("&[{}]", items.join(", "))
        };
        out.push_str("static EXPRESSIONS: &[(&str, &[&str])] = &[\n");
        for e in &self.expressions {
            let _ = writeln!(out, "    ({:?}, &{:?}),", e.written, e.stems);
        }
        out.push_str("];\nstatic GROUPS: &[(&[u16], &[u16])] = &[\n");
        for g in &self.groups {
            let _ = writeln!(out, "    ({}, {}),", list(&g.triggers), list(&g.expansions));
        }
        let mut starts = std::collections::BTreeMap::<&str, Vec<usize>>::new();
        for (i, e) in self.expressions.iter().enumerate() {
            starts.entry(e.stems[0].as_str()).or_default().push(i);
        }
        out.push_str("];\nstatic STARTS: &[(&str, &[u16])] = &[\n");
        for (stem, ids) in &starts {
            let _ = writeln!(out, "    ({stem:?}, {}),", list(ids));
        }
        out.push_str("];\nstatic TRIGGERS: &[&[u16]] = &[\n");
        for i in 0..self.expressions.len() {
            let groups: Vec<usize> = (0..self.groups.len())
                .filter(|&g| self.groups[g].triggers.contains(&i))
                .collect();
            let _ = writeln!(out, "    {},", list(&groups));
        }
        out.push_str("];\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_are_matched_on_their_stems() {
        assert_eq!(stems("mixing up the order"), ["mix", "up", "order"]);
        assert_eq!(stems("is"), ["is"]);
        assert_eq!(stems("dict.get()"), ["dict.get", "()"]);
        assert_eq!(stems("//"), ["//"]);
    }

    #[test]
    fn groups_and_one_way_lines() {
        let t =
            Thesaurus::parse("# c\nswap | trade places\nmix up => shuffle | randomize\n").unwrap();
        assert_eq!(t.expressions.len(), 5);
        assert_eq!(t.groups[0].triggers, t.groups[0].expansions);
        assert_eq!(t.groups[1].triggers, [2]);
        assert_eq!(t.groups[1].expansions, [3, 4]);
        assert_eq!(
            Thesaurus::parse("alone\n").unwrap_err().to_string(),
            "line 1: a line needs at least two expressions"
        );
    }

    #[test]
    fn the_thesaurus_reads() {
        let text = include_str!("../../../../data/search/thesaurus.txt");
        let t = Thesaurus::parse(text).unwrap();
        assert!(t.groups.len() > 150);
        assert!(t.expressions.len() < usize::from(u16::MAX));
    }
}
