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

    /// Rust source for static tables of the thesaurus, for `include!`, without pointers (so
    /// small and relocation-free): every text in one `TEXT`, and tables of `u16` offsets into it
    /// and into each other.
    ///
    /// - `STEMS: &[(u16, u8)]`: each distinct stem's place in `TEXT`.
    /// - `EXPRESSIONS: &[(u16, u8, u16, u8)]`: the written form's place in `TEXT`, and the
    ///   expression's stems as a run of `IDS` (stem numbers).
    /// - `GROUPS: &[(u16, u16, u16, u16)]`: the triggers and the expansions, runs of `IDS`.
    /// - `STARTS: &[(u16, u16, u16)]`: a first stem (sorted by its text), and the expressions
    ///   starting with it as a run of `IDS`.
    /// - `TRIGGERS: &[(u16, u16)]`: for each expression, the groups it triggers, a run of `IDS`.
    ///
    /// # Panics
    /// When the thesaurus outgrows `u16` offsets.
    pub fn to_rust(&self) -> String {
        let mut tables = Tables::default();
        let stems: Vec<Vec<usize>> = self
            .expressions
            .iter()
            .map(|e| e.stems.iter().map(|s| tables.stem(s)).collect())
            .collect();
        let expressions: Vec<String> = self
            .expressions
            .iter()
            .zip(&stems)
            .map(|(e, ids)| {
                let (at, len) = tables.text(&e.written);
                let (first, count) = tables.run(ids);
                format!("({at}, {len}, {first}, {count})")
            })
            .collect();
        let groups: Vec<String> = self
            .groups
            .iter()
            .map(|g| {
                let (t, tn) = tables.run(&g.triggers);
                let (x, xn) = tables.run(&g.expansions);
                format!("({t}, {tn}, {x}, {xn})")
            })
            .collect();
        let mut starts = std::collections::BTreeMap::<&str, Vec<usize>>::new();
        for (i, e) in self.expressions.iter().enumerate() {
            starts.entry(e.stems[0].as_str()).or_default().push(i);
        }
        let starts: Vec<String> = starts
            .iter()
            .map(|(stem, ids)| {
                let (first, count) = tables.run(ids);
                format!("({}, {first}, {count})", tables.stem(stem))
            })
            .collect();
        let triggers: Vec<String> = (0..self.expressions.len())
            .map(|i| {
                let groups: Vec<usize> = (0..self.groups.len())
                    .filter(|&g| self.groups[g].triggers.contains(&i))
                    .collect();
                let (first, count) = tables.run(&groups);
                format!("({first}, {count})")
            })
            .collect();
        assert!(
            u16::try_from(tables.text.len()).is_ok() && u16::try_from(tables.ids.len()).is_ok(),
            "the thesaurus outgrows its u16 tables"
        );
        let mut out = String::new();
        let _ = writeln!(out, "static TEXT: &str = {:?};", tables.text);
        let table = |out: &mut String, name: &str, kind: &str, rows: &[String]| {
            let _ = writeln!(out, "static {name}: &[{kind}] = &[{}];", rows.join(", "));
        };
        let stem_rows: Vec<String> = tables
            .stems
            .iter()
            .map(|(at, len)| format!("({at}, {len})"))
            .collect();
        table(&mut out, "STEMS", "(u16, u8)", &stem_rows);
        table(&mut out, "EXPRESSIONS", "(u16, u8, u16, u8)", &expressions);
        table(&mut out, "GROUPS", "(u16, u16, u16, u16)", &groups);
        table(&mut out, "STARTS", "(u16, u16, u16)", &starts);
        table(&mut out, "TRIGGERS", "(u16, u16)", &triggers);
        let ids: Vec<String> = tables.ids.iter().map(ToString::to_string).collect();
        table(&mut out, "IDS", "u16", &ids);
        out
    }
}

/// The tables `to_rust` writes, while they are built.
#[derive(Default)]
struct Tables {
    text: String,
    /// Each stem's place in `text`.
    stems: Vec<(usize, usize)>,
    stem_ids: std::collections::HashMap<String, usize>,
    ids: Vec<usize>,
}

impl Tables {
    /// Appends `text`, returning its start and length (at most 255 bytes).
    fn text(&mut self, text: &str) -> (usize, usize) {
        assert!(u8::try_from(text.len()).is_ok(), "{text:?} is too long");
        let at = self.text.len();
        self.text.push_str(text);
        (at, text.len())
    }

    /// The number of a stem, added once.
    fn stem(&mut self, stem: &str) -> usize {
        if let Some(&id) = self.stem_ids.get(stem) {
            return id;
        }
        let place = self.text(stem);
        self.stems.push(place);
        self.stem_ids.insert(stem.to_owned(), self.stems.len() - 1);
        self.stems.len() - 1
    }

    /// Appends a run of numbers to `ids`, returning its start and length.
    fn run(&mut self, ids: &[usize]) -> (usize, usize) {
        let at = self.ids.len();
        self.ids.extend_from_slice(ids);
        (at, ids.len())
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
