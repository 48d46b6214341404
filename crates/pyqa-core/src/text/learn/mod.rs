//! Finding a file's questions from what repeats in it, as a person does on opening it: the same
//! form of line comes back again and again, and what lies between two of them is an answer.
//!
//! Every line that may start a question has a form ([`line::Form`]): its kind and level, its
//! indent, bullet and bold, and its marker with the digits abstracted. Each form that repeats is
//! a candidate, and so is each form without its marker (all `##` headings). A candidate is
//! scored by how many of its lines are followed by content before the next one (its answers),
//! how much of the file its questions and answers cover, and how many of its titles differ
//! (labels such as `#### Example` repeat; questions do not). The best reads the file; a marked
//! form wins over the same form unmarked when it keeps two thirds of its answered lines.
//!
//! Some files lay out records instead ([`Laid`]): sections under a few labels in turn, lines
//! that open with labels (`Q:`/`A:` in any words), table rows under a header. These are read
//! as records, their fields' roles found from their values.
//! Nothing here names a word or a language.

mod laid;
pub mod line;

use std::collections::HashMap;
use std::fmt;

pub use laid::Laid;
use line::{Form, Kind, Opening, Role};

use crate::text::found::{Found, Unread};
use crate::text::lines::{columns, strip_columns};
use crate::text::markdown::answer;
use crate::text::records::{Record, asks, ratio};
use crate::text::title;

/// How many of the most frequent forms are weighed (headings without markers always are).
const MAX_CANDIDATES: usize = 48;

/// The form a file's questions were found in, with the first question's line as an example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub form: Form,
    /// The form as the file writes it (`### Q{n}. …`).
    pub shown: String,
    pub example: String,
    /// Lines of the same form without the marker that were not read as questions (topics
    /// aside).
    pub others: usize,
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lines like \"{}\"", self.shown.trim())?;
        if !self.example.is_empty() {
            write!(f, " (\"{}\"", self.example)?;
            if self.others > 0 {
                let (s, are) = if self.others == 1 {
                    ("", "is")
                } else {
                    ("s", "are")
                };
                let why = if self.form.marker.is_empty() {
                    "in no question"
                } else {
                    "without its marker"
                };
                write!(
                    f,
                    "; {} other \"{}\" line{s} {why} {are} no question{s}",
                    self.others,
                    self.form.general().to_string().trim()
                )?;
            }
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// A file read by its learned pattern.
#[derive(Debug, Clone)]
pub struct Learned {
    pub pattern: Pattern,
    pub found: Vec<Found>,
    pub unread: Unread,
    /// Whether numbered lines that repeat were found to be lists inside the answers: a reading
    /// that takes them for questions is wrong, however many it finds.
    pub lists_in_answers: bool,
}

impl Learned {
    /// How many questions have an answer.
    pub fn score(&self) -> usize {
        self.found.iter().filter(|f| !f.answer.is_empty()).count()
    }
}

/// The file's lines, read once.
struct File<'t> {
    lines: Vec<(usize, &'t str, Role)>,
    /// Each line's content bytes: what it adds to an answer.
    content: Vec<usize>,
    /// Each line's heading level, 7 for no heading.
    level: Vec<u8>,
}

impl<'t> File<'t> {
    fn new(text: &'t str) -> Self {
        let lines = line::lines(text);
        let content = lines
            .iter()
            .map(|(_, line, role)| match role {
                Role::Blank | Role::Inert { content: false } => 0,
                _ => line.trim().len(),
            })
            .collect();
        let level = lines
            .iter()
            .map(|(.., role)| match role {
                Role::Open(opening) => opening.form.kind.level(),
                _ => 7,
            })
            .collect();
        Self {
            lines,
            content,
            level,
        }
    }

    fn opening(&self, i: usize) -> Option<&Opening> {
        match &self.lines[i].2 {
            Role::Open(opening) => Some(opening),
            _ => None,
        }
    }

    /// The topic a heading at `i` names (`## 3. Functions` gives `Functions`); empty for a line
    /// that opens nothing.
    fn topic_at(&self, i: usize) -> String {
        self.opening(i)
            .map(|o| title::topic(&self.lines[i].1[o.title.clone()]))
            .unwrap_or_default()
    }

    /// The lines of each form that repeats, and of each such form without its marker.
    fn candidates(&self) -> Vec<(Form, Vec<usize>)> {
        let mut by_form: HashMap<&Form, Vec<usize>> = HashMap::new();
        let mut general: HashMap<Form, Vec<usize>> = HashMap::new();
        for (i, (.., role)) in self.lines.iter().enumerate() {
            let Role::Open(opening) = role else { continue };
            let form = &opening.form;
            if !form.marker.is_empty() {
                by_form.entry(form).or_default().push(i);
                if matches!(form.kind, Kind::Heading(_) | Kind::Summary) {
                    general.entry(form.general()).or_default().push(i);
                }
            } else if !form.is_bare_text() {
                general.entry(form.clone()).or_default().push(i);
            }
        }
        let mut all: Vec<(Form, Vec<usize>)> = by_form
            .into_iter()
            .map(|(form, lines)| (form.clone(), lines))
            .chain(general)
            .filter(|(form, lines)| lines.len() >= form.fewest())
            .collect();
        all.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        let (mut kept, rest): (Vec<_>, Vec<_>) = all
            .into_iter()
            .enumerate()
            .partition(|(rank, _)| *rank < MAX_CANDIDATES);
        kept.extend(
            rest.into_iter()
                .filter(|(_, (form, _))| form.marker.is_empty() && form.kind != Kind::Plain),
        );
        kept.into_iter().map(|(_, c)| c).collect()
    }

    /// The questions `lines` (all of one form) start: each with the line its answer ends
    /// before and whether it has one. A line with no answer is a topic when it is a heading
    /// followed by the next one, part of the answer before when it is no heading.
    fn spans(&self, form: &Form, lines: &[usize]) -> Vec<Span> {
        // A question's answer ends at a heading of its own level or above (any heading, for a
        // question that is no heading).
        let stop = form.kind.level().min(6);
        let heading = matches!(form.kind, Kind::Heading(_));
        let mut spans: Vec<Span> = Vec::with_capacity(lines.len());
        for (k, &start) in lines.iter().enumerate() {
            let next = lines.get(k + 1).copied().unwrap_or(self.lines.len());
            let mut end = next;
            let mut content = 0;
            // A `<details>` block's answer runs to its close, headings in it too.
            let close = (form.kind == Kind::Summary)
                .then(|| (start + 1..next).find(|&j| closes_details(self.lines[j].1)))
                .flatten();
            if let Some(close) = close {
                end = close + 1;
                content = self.content[start + 1..end].iter().sum();
            }
            for j in (start + 1..next).filter(|_| close.is_none()) {
                if self.level[j] <= stop {
                    end = j;
                    break;
                }
                content += self.content[j];
            }
            // A line of the form (no heading) with nothing after it, right after an answer:
            // an item of a list inside that answer.
            if let Some(last) = spans
                .last_mut()
                .filter(|s| content == 0 && !heading && s.answered && s.end == start)
            {
                last.end = end;
                last.content += self.content[start];
                last.absorbed += 1;
            } else {
                // Without an answer, a heading followed by the next line of the form is a topic.
                spans.push(Span {
                    start,
                    end,
                    content,
                    answered: content > 0,
                    absorbed: 0,
                });
            }
        }
        spans
    }

    /// How well the questions `lines` start explain the file.
    fn score(&self, form: &Form, lines: &[usize], total: usize) -> Score {
        let spans = self.spans(form, lines);
        let answered: Vec<&Span> = spans.iter().filter(|s| s.answered).collect();
        let covered: usize = answered
            .iter()
            .map(|s| s.content + self.content[s.start])
            .sum();
        let titles: std::collections::HashSet<u64> =
            answered.iter().map(|s| self.title_key(s.start)).collect();
        let count = answered.len();
        let absorbed: usize = spans.iter().map(|s| s.absorbed).sum();
        // Questions differ from one another; labels (`#### Example`) repeat. Titles may repeat
        // now and then, but when most do, or all of three or more, these are no questions.
        let distinct = if titles.len() == 1 && count > 2 {
            0.0
        } else {
            ratio((titles.len() * 2).min(count), count)
        };
        // A heading with nothing of its own under it, only deeper headings, heads a topic.
        let direct = if matches!(form.kind, Kind::Heading(_)) {
            answered
                .iter()
                .filter(|s| self.has_direct_content(s))
                .count()
        } else {
            count
        };
        let share = ratio(covered, total);
        // Answered questions, times: the square of the share of the file they cover (a form
        // that leaves much unexplained reads it worse than one that explains all), the share of
        // titles that differ, the share of lines of the form that are no items of a list in an
        // answer, and (for headings) how many have content of their own (a quarter when none
        // has: those head topics); and by the form's weight as evidence of questions.
        // Bare bullets with answers set in under them are as good evidence as any form.
        let weight = if form.weight() < 1.0 && self.mostly_set_in(lines) {
            1.0
        } else {
            form.weight()
        };
        let value = weight
            * ratio(count, 1)
            * share
            * share
            * distinct
            * ratio(lines.len() - absorbed, lines.len())
            * ratio(count + 3 * direct, 4 * count);
        let regular = answered
            .windows(2)
            .filter(|w| {
                let number = |s: &Span| self.opening(s.start).and_then(|o| o.number);
                matches!((number(w[0]), number(w[1])), (Some(a), Some(b)) if b == a.saturating_add(1))
            })
            .count();
        Score {
            value: Value(value),
            answered: count,
            regular,
        }
    }

    /// Whether most of `lines` (list items) have content set in under them: answers of their own.
    fn mostly_set_in(&self, lines: &[usize]) -> bool {
        let set_in = lines
            .iter()
            .filter(|&&i| {
                let column = self.opening(i).map_or(0, |o| o.content_column);
                (i + 1..self.lines.len())
                    .find(|&j| self.content[j] > 0)
                    .is_some_and(|j| column > 0 && columns(self.lines[j].1) >= column)
            })
            .count();
        set_in * 2 >= lines.len()
    }

    /// The share of `lines` whose titles ask.
    fn asking_share(&self, lines: impl IntoIterator<Item = usize>) -> f64 {
        let (asking, all) = lines
            .into_iter()
            .fold((0, 0), |(a, n), i| (a + usize::from(self.asks(i)), n + 1));
        ratio(asking, all)
    }

    /// Whether the title of the line at `i` ends in a question mark, in any script.
    fn asks(&self, i: usize) -> bool {
        self.opening(i).is_some_and(|o| {
            asks(
                self.lines[i].1[o.title.clone()]
                    .trim_end()
                    .trim_end_matches(['*', '_', ' ']),
            )
        })
    }

    /// Whether content comes under the question `span` starts before any heading.
    fn has_direct_content(&self, span: &Span) -> bool {
        (span.start + 1..span.end)
            .take_while(|&j| self.level[j] > 6)
            .any(|j| self.content[j] > 0)
    }

    /// A key for the title of the question at line `i`, in any case.
    fn title_key(&self, i: usize) -> u64 {
        let title = self.opening(i).map(|o| &self.lines[i].1[o.title.clone()]);
        title::key(title.unwrap_or_default().trim())
    }
}

/// A question's lines: from `start` to before `end`.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    content: usize,
    answered: bool,
    /// Lines of the form taken into this answer as items of a list in it.
    absorbed: usize,
}

/// How well a candidate explains a file.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Score {
    value: Value,
    answered: usize,
    regular: usize,
}

/// A score's value, ordered (never NaN: every divisor is at least one).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Value(f64);

impl Eq for Value {}

impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Value {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// What the learner finds in a file, its lines read once.
#[derive(Debug, Default)]
pub struct Learning {
    /// The file read by the pattern that explains it best; `None` when nothing repeats.
    pub learned: Option<Learned>,
    /// Its records, if it lays some out in one of the ways [`Laid`] names.
    pub sections: Option<(Laid, Vec<crate::text::records::Record>)>,
}

/// Reads `text` by the pattern that explains it best, and finds its labelled sections.
pub fn learn(text: &str) -> Learning {
    let file = File::new(text);
    let learned = best_form(&file).map(|(form, lists_in_answers)| {
        let mut learned = read_form(&file, &form);
        learned.lists_in_answers = lists_in_answers;
        learned
    });
    let sections = [
        laid::labelled_sections(&file).map(|r| (Laid::Headings, r)),
        laid::labelled_lines(&file),
        laid::table_rows(&file)
            .and_then(|rows| outside_answers(learned.as_ref(), rows))
            .map(|r| (Laid::Table, r)),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|(_, records)| records.len());
    // A learned form whose titles are the answers' first lines took the answer label for the
    // questions' marker: the answers under it read the file.
    let took_answers = match (&learned, &sections) {
        (Some(learned), Some((Laid::Answers, records)))
            if !learned.pattern.form.marker.contains("{n}") =>
        {
            let firsts: std::collections::HashSet<&str> = records
                .iter()
                .filter_map(|r| r.fields.iter().find(|(k, _)| k == "2"))
                .map(|(_, v)| v.lines().next().unwrap_or_default().trim())
                .collect();
            let taken = learned
                .found
                .iter()
                .filter(|f| firsts.contains(f.title.trim()))
                .count();
            taken * 2 > learned.found.len()
        }
        _ => false,
    };
    Learning {
        learned: learned.filter(|_| !took_answers),
        sections,
    }
}

/// Table rows but those in the answer of a learned question: one a file marks as such
/// (`## 12. …`, `Q3:`), or one whose answer has text before the table. A heading with nothing
/// but the table under it (`# Containers`) only names the rows' topic.
fn outside_answers(learned: Option<&Learned>, mut rows: Vec<Record>) -> Option<Vec<Record>> {
    if let Some(learned) = learned {
        let marked = !learned.pattern.form.marker.is_empty();
        rows.retain(|row| {
            let asked = learned
                .found
                .iter()
                .take_while(|f| f.line < row.line)
                .last();
            asked.is_none_or(|q| !marked && q.answer.trim_start().starts_with('|'))
        });
    }
    (!rows.is_empty()).then_some(rows)
}

/// Reads `text` by a pattern already learned (from the start of a large file).
pub fn read_with(text: &str, form: &Form) -> Learned {
    read_form(&File::new(text), form)
}

/// The form that explains `file` best, and whether numbered lines were found to be lists inside
/// its answers.
fn best_form(file: &File<'_>) -> Option<(Form, bool)> {
    let total: usize = file.content.iter().sum();
    let scored: Vec<(Form, Vec<usize>, Score)> = file
        .candidates()
        .into_iter()
        .map(|(form, lines)| {
            let score = file.score(&form, &lines, total);
            (form, lines, score)
        })
        .filter(|(form, _, score)| score.answered >= form.fewest())
        .collect();
    let (best, _, best_score) = scored
        .iter()
        .max_by(|a, b| {
            (a.2.value, a.2.regular)
                .cmp(&(b.2.value, b.2.regular))
                .then_with(|| b.0.cmp(&a.0))
        })?
        .clone();
    let chosen = if best.marker.is_empty() {
        refined(file, &scored, best, best_score)
    } else {
        best
    };
    if let Some(heading) = enclosing(file, &scored, &chosen) {
        return Some((heading, true));
    }
    let chosen = follower(file, &scored, &chosen)
        .or_else(|| asking_within(file, &scored, &chosen))
        .unwrap_or(chosen);
    Some((asking_near(file, &scored, &chosen).unwrap_or(chosen), false))
}

/// `form`'s score, its answered spans, and the share of them whose lines ask.
fn answered_of<'s>(
    file: &File<'_>,
    scored: &'s [(Form, Vec<usize>, Score)],
    form: &Form,
) -> Option<(&'s Score, Vec<Span>, f64)> {
    let (_, lines, score) = scored.iter().find(|(f, ..)| f == form)?;
    let answered: Vec<Span> = file
        .spans(form, lines)
        .into_iter()
        .filter(|s| s.answered)
        .collect();
    let asking = file.asking_share(answered.iter().map(|s| s.start));
    Some((score, answered, asking))
}

/// A form whose lines ask, nearly all inside `form`'s answers, twice as many, where `form`'s do not
/// (`1. ### Basics` items, each holding `<summary>What…?</summary>` blocks): the lines that
/// ask are the questions and `form`'s lines group them, when they answer a quarter as many.
fn asking_within(
    file: &File<'_>,
    scored: &[(Form, Vec<usize>, Score)],
    form: &Form,
) -> Option<Form> {
    let (score, answered, asking) = answered_of(file, scored, form)?;
    scored
        .iter()
        .filter(|(f, their, theirs)| {
            let within = |j: usize| answered.iter().any(|s| s.start < j && j < s.end);
            let inside = their.iter().filter(|&&j| within(j)).count();
            f != form
                && their.len() >= answered.len() * 2
                && theirs.answered * 4 >= score.answered
                && inside * 5 >= their.len() * 4
                && file.asking_share(their.iter().copied()) >= 0.5
                && file.asking_share(their.iter().copied()) >= asking + 0.3
        })
        .max_by(|a, b| a.2.answered.cmp(&b.2.answered).then_with(|| b.0.cmp(&a.0)))
        .map(|(f, ..)| f.clone())
}

/// A form that explains the file nearly as well as `form` (four fifths of its score) and whose
/// lines ask (end in a question mark of any script) where `form`'s do not: a near tie that what
/// asks breaks (`## Basics`, then `- What is a?` items).
fn asking_near(file: &File<'_>, scored: &[(Form, Vec<usize>, Score)], form: &Form) -> Option<Form> {
    let (_, lines, score) = scored.iter().find(|(f, ..)| f == form)?;
    let share = |lines: &[usize]| file.asking_share(lines.iter().copied());
    let own = share(lines);
    scored
        .iter()
        .filter(|(f, their, theirs)| {
            f != form
                && theirs.value.0 * 5.0 >= score.value.0 * 4.0
                && share(their) >= 0.5
                && share(their) >= own + 0.3
        })
        .max_by(|a, b| a.2.value.cmp(&b.2.value).then_with(|| b.0.cmp(&a.0)))
        .map(|(f, ..)| f.clone())
}

/// A heading form whose sections open with content of their own and then hold the lines of
/// `form` (numbered anew from 1 in each, or bare bullets with nothing set in under them): those
/// lines are lists inside the headings' answers (`## Why…`, a paragraph, then `1. **Term:** …`),
/// and the headings are the questions. Sections that hold
/// the lines at once (`## Strings`, then `**What…?**`) are topics, and `form` stays.
fn enclosing(file: &File<'_>, scored: &[(Form, Vec<usize>, Score)], form: &Form) -> Option<Form> {
    // Numbered lines (a list in an answer numbers its items anew in each answer), or bare
    // bullets with nothing set in under them (items with answers of their own are questions).
    let numbered = form.marker.contains("{n}");
    if matches!(form.kind, Kind::Heading(_)) || !(numbered || form.weight() < 1.0) {
        return None;
    }
    let (_, lines, _) = scored.iter().find(|(f, ..)| f == form)?;
    if !numbered && file.mostly_set_in(lines) {
        return None;
    }
    let fewest = if numbered { 2 } else { 1 };
    scored
        .iter()
        .filter(|(f, _, score)| {
            matches!(f.kind, Kind::Heading(_)) && f.marker.is_empty() && score.answered >= fewest
        })
        .filter_map(|(heading, heading_lines, score)| {
            let (mut holding, mut opened, mut inside, mut anew) = (0, 0, 0, 0);
            for span in file
                .spans(heading, heading_lines)
                .iter()
                .filter(|s| s.answered)
            {
                let from = lines.partition_point(|&l| l <= span.start);
                let to = lines.partition_point(|&l| l < span.end);
                if from == to {
                    continue;
                }
                holding += 1;
                inside += to - from;
                let own =
                    (span.start + 1..lines[from]).any(|j| file.content[j] > 0 && file.level[j] > 6);
                opened += usize::from(own);
                anew += usize::from(file.opening(lines[from]).and_then(|o| o.number) == Some(1));
            }
            (holding >= fewest
                && opened * 5 >= holding * 3
                && (!numbered || anew * 5 >= holding * 3)
                && inside * 5 >= lines.len() * 3)
                .then(|| (heading.clone(), (score.answered, score.value)))
        })
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(heading, _)| heading)
}

/// The question form when another comes right after every line of `form`, one to one, and its
/// lines ask more often (end in a question mark of any script): `## Strings` then
/// `**What is an f-string?**` is a topic and its question, where `Q1. What…?` then `Ans: …` is
/// a question and its answer. What asks only breaks this tie of structure.
fn follower(file: &File<'_>, scored: &[(Form, Vec<usize>, Score)], form: &Form) -> Option<Form> {
    let (score, answered, asking) = answered_of(file, scored, form)?;
    scored
        .iter()
        .filter(|(f, ..)| f != form)
        .filter(|(_, their, theirs)| {
            theirs.answered * 5 >= score.answered * 4
                && answered
                    .iter()
                    .filter(|s| {
                        (s.start + 1..s.end)
                            .find(|&j| file.content[j] > 0)
                            .is_some_and(|j| their.binary_search(&j).is_ok())
                    })
                    .count()
                    * 5
                    >= answered.len() * 4
        })
        .find(|(_, their, _)| file.asking_share(their.iter().copied()) > asking)
        .map(|(f, ..)| f.clone())
}

/// `best`, a form without a marker, or the marked form of it that reads the file.
fn refined(
    file: &File<'_>,
    scored: &[(Form, Vec<usize>, Score)],
    best: Form,
    best_score: Score,
) -> Form {
    // A marked form of the best one that keeps two thirds of its answered lines reads the file:
    // the rest are sections of another kind (an introduction, a summary, the contents).
    let Some((marked, marked_lines, _)) = scored
        .iter()
        .filter(|(form, ..)| !form.marker.is_empty() && form.general() == best)
        .filter(|(.., score)| {
            score.answered * 3 >= best_score.answered * 2 && score.value > Value(0.0)
        })
        .max_by(|a, b| {
            (a.2.answered, a.2.regular, a.2.value)
                .cmp(&(b.2.answered, b.2.regular, b.2.value))
                .then_with(|| b.0.cmp(&a.0))
        })
    else {
        return best;
    };
    // Unless the others ask as the marked ones do (both end in a question mark of any script,
    // mostly): then they are questions the file did not number.
    let others: Vec<usize> = lines_of(file, &best)
        .into_iter()
        .filter(|i| marked_lines.binary_search(i).is_err())
        .collect();
    let marked_asks = file.asking_share(marked_lines.iter().copied());
    if !others.is_empty() && marked_asks >= 0.5 && file.asking_share(others) >= marked_asks {
        return best;
    }
    marked.clone()
}

/// The lines of `file` in `form`, or in its marked forms when `form` has no marker.
fn lines_of(file: &File<'_>, form: &Form) -> Vec<usize> {
    // A labelled number (`Q{n}:`) on a line written without the form's wrapper (bold forgotten)
    // still asks the next question when it carries the next number.
    let labelled = form.marker.contains("{n}") && form.is_worded();
    let mut last: Option<u32> = None;
    let mut lines = Vec::new();
    for i in 0..file.lines.len() {
        let Some(o) = file.opening(i) else { continue };
        let of_form = if form.marker.is_empty() {
            o.form.is_of(form)
        } else {
            o.form == *form
        };
        let unwrapped = labelled
            && o.form.marker == form.marker
            && o.form.kind == Kind::Plain
            && o.form.indent == form.indent
            && last.is_some_and(|n| o.number == n.checked_add(1));
        if of_form || unwrapped {
            lines.push(i);
            last = o.number;
        }
    }
    lines
}

/// Reads `file`'s questions as the lines of `form`.
fn read_form(file: &File<'_>, form: &Form) -> Learned {
    let lines = lines_of(file, form);
    let spans = file.spans(form, &lines);
    let q_level = form.kind.level();
    let topics = Topics::new(file, q_level, &spans);
    // A marker no other question has (`RBAC in Kubernetes —`, `EC2`) is part of its title.
    // So is a word with a number that numbers nothing (`EC2` in two of many questions).
    let mut labels: HashMap<&str, (usize, std::collections::HashSet<u32>)> = HashMap::new();
    for &i in &lines {
        if let Some(o) = file.opening(i) {
            let (count, numbers) = labels.entry(o.form.marker.as_str()).or_default();
            *count += 1;
            numbers.extend(o.number);
        }
    }
    let own_label = |i: usize| {
        lines.len() > 1
            && file.opening(i).is_some_and(|o| {
                !o.form.marker.is_empty()
                    && labels
                        .get(o.form.marker.as_str())
                        .is_none_or(|(count, numbers)| {
                            let worded = o.form.is_worded();
                            (*count == 1 && (o.number.is_none() || worded))
                                || (o.number.is_some()
                                    && numbers.len() == 1
                                    && *count < lines.len()
                                    && worded)
                        })
            })
    };
    let mut found = Vec::with_capacity(spans.len());
    let mut unread = Unread::default();
    let mut covered = vec![false; file.lines.len()];
    let mut topic = crate::text::parse::DEFAULT_TOPIC.to_owned();
    let mut next_span = spans.iter().peekable();
    let mut i = 0;
    while i < file.lines.len() {
        // A line of the question form is a question unless it names the topic of the next.
        if let Some(span) = next_span.next_if(|s| s.start == i)
            && (span.answered || !topics.is_topic(span.start))
        {
            found.push(question(file, span, &topic, own_label(span.start)));
            covered[span.start..span.end].fill(true);
            i = span.end.max(i + 1);
            continue;
        }
        if let Some(span) = asking_section(file, i, q_level, next_span.peek().map(|s| s.start)) {
            found.push(question(file, &span, &topic, own_label(span.start)));
            covered[span.start..span.end].fill(true);
            i = span.end;
            continue;
        }
        if let Some(name) = topics.name_at(file, i) {
            topic = name;
            covered[i] = true;
        }
        i += 1;
    }
    let mut others = 0;
    let general = form.general();
    for (i, (_, line, _)) in file.lines.iter().enumerate() {
        if covered[i] || file.content[i] == 0 || Topics::is_link_line(file.lines[i].1) {
            continue;
        }
        // Lines of the same kind (a heading of the level, a bold line), not bare text.
        if !general.is_bare_text() && file.opening(i).is_some_and(|o| o.form.is_of(&general)) {
            others += 1;
        }
        unread.bytes += line.trim().len();
        unread.first_line.get_or_insert(i + 1);
    }
    drop_repeated_first_lines(&mut found);
    let first = lines.first().copied();
    let example = first
        .map(|i| crate::text::inert::one_line(&truncate(file.lines[i].1.trim(), 60)).into_owned())
        .unwrap_or_default();
    let shown = first
        .and_then(|i| Some(form.shown(file.lines[i].1, file.opening(i)?)))
        .unwrap_or_else(|| form.to_string());
    Learned {
        pattern: Pattern {
            form: form.clone(),
            shown: crate::text::inert::one_line(&shown).into_owned(),
            example,
            others,
        },
        found,
        unread,
        lists_in_answers: false,
    }
}

/// A heading above the questions' level that holds text of its own and no question before the
/// next heading as high, and asks (`## Why is 0.1 + 0.2 not 0.3?` among `## Basics` topics): a
/// question written at the topics' level. `next` is the next question's line.
fn asking_section(file: &File<'_>, i: usize, q_level: u8, next: Option<usize>) -> Option<Span> {
    let level = file.level[i];
    if level >= q_level.min(7) {
        return None;
    }
    let opening = file.opening(i)?;
    if !asks(&file.lines[i].1[opening.title.clone()]) {
        return None;
    }
    let end = (i + 1..file.lines.len())
        .find(|&j| file.level[j] <= level)
        .unwrap_or(file.lines.len());
    let own_end = (i + 1..end).find(|&j| file.level[j] < 7).unwrap_or(end);
    let content: usize = file.content[i + 1..own_end].iter().sum();
    (content > 0 && next.is_none_or(|n| n >= end)).then_some(Span {
        start: i,
        end,
        content,
        answered: true,
        absorbed: 0,
    })
}

/// `text` cut to `max` characters, with `…` when cut.
fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The question `span` starts, its answer cut from the lines it spans; `own_label` keeps the
/// line's label in its title.
fn question(file: &File<'_>, span: &Span, topic: &str, own_label: bool) -> Found {
    let (_, line, _) = file.lines[span.start];
    let opening = file.opening(span.start).cloned();
    let (number, raw_title, content_column, kind) = match &opening {
        Some(o) => (
            o.number.filter(|_| !own_label),
            if own_label {
                &line[o.marker.start..o.title.end]
            } else {
                &line[o.title.clone()]
            },
            o.content_column,
            o.form.kind,
        ),
        None => (None, line, 0, Kind::Plain),
    };
    let mut title = clean_title(raw_title);
    let mut first = span.start + 1;
    // A marker alone (`### Question 12`) numbers the question on the next line.
    if title.is_empty() || title::is_bare_marker(&title) {
        if let Some(next) = (first..span.end).find(|&j| file.content[j] > 0) {
            title = clean_title(file.lines[next].1);
            first = next + 1;
        }
    } else if !matches!(kind, Kind::Heading(_))
        && let Some(next) = (first..span.end).next()
        && file.content[next] > 0
        && title::continues(&title, file.lines[next].1)
    {
        // A title cut short by a line break.
        title = format!("{title} {}", file.lines[next].1.trim());
        first = next + 1;
    }
    let mut lines: Vec<&str> = Vec::new();
    let mut under_item = content_column > 0;
    for j in first..span.end {
        let (_, text, role) = &file.lines[j];
        let mut text: &str = text;
        if under_item && !text.trim().is_empty() {
            let indent = columns(text);
            if indent < content_column {
                under_item = false;
            } else {
                text = strip_columns(text, content_column);
            }
        }
        if kind == Kind::Quote {
            let trimmed = text.trim_start();
            if let Some(rest) = trimmed.strip_prefix('>') {
                text = rest.strip_prefix(' ').unwrap_or(rest);
            }
        }
        if matches!(role, Role::Inert { content: false }) && is_details_tag(text) {
            continue;
        }
        lines.push(text);
    }
    let body = fence_indented_code(&lines);
    let answer = if body.trim().is_empty() {
        String::new()
    } else {
        answer::tidy(&[body.as_str()])
    };
    Found {
        line: span.start + 1,
        number,
        title,
        topic: topic.to_owned(),
        answer,
    }
}

/// An answer's lines joined, its indented code blocks (set in four columns after a blank line,
/// outside a list) fenced, so that taking away the indent its lines share keeps them code.
fn fence_indented_code(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut fence: Option<(char, usize)> = None;
    let mut blank_before = true;
    let mut in_list = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if let Some(open) = fence {
            if line::closes_fence(trimmed, open) {
                fence = None;
            }
        } else if trimmed.is_empty() {
            blank_before = true;
        } else if columns(line) >= 4 && blank_before && !in_list {
            let mut end = i;
            let mut last = i;
            while end < lines.len() && (lines[end].trim().is_empty() || columns(lines[end]) >= 4) {
                if !lines[end].trim().is_empty() {
                    last = end;
                }
                end += 1;
            }
            let code: Vec<&str> = lines[i..=last]
                .iter()
                .map(|l| strip_columns(l, 4))
                .collect();
            // HTML set in (`    <div>` inside a `<details>` block) stays HTML.
            let tags = code.iter().all(|l| {
                let l = l.trim();
                l.is_empty() || (l.starts_with('<') && l.ends_with('>'))
            });
            if tags {
                out.extend(lines[i..=last].iter().flat_map(|l| [l.trim(), "\n"]));
                i = last + 1;
                blank_before = false;
                continue;
            }
            out.push_str(&answer::fenced("", &code.join("\n")));
            if !out.ends_with('\n') {
                out.push('\n');
            }
            i = last + 1;
            blank_before = false;
            continue;
        } else {
            fence = line::fence_of(trimmed);
            let item = line::marker(trimmed).is_some_and(|m| m.number.is_some())
                || trimmed.starts_with(['-', '*', '+']) && trimmed[1..].starts_with(' ');
            in_list = item || (in_list && columns(line) > 0);
            blank_before = false;
        }
        out.push_str(line);
        out.push('\n');
        i += 1;
    }
    out
}

/// A title's text without bold, `<br>` and tags around it.
fn clean_title(text: &str) -> String {
    let text = strip_tags(text);
    let (_, title) = title::question(&text);
    if title.is_empty() {
        text.trim().to_owned()
    } else {
        title
    }
}

/// `text` without HTML tags (`<code>` as backticks), when it has any.
fn strip_tags(text: &str) -> String {
    if !text.contains('<') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let is_tag = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || " =\"'/-:.#_".contains(c));
        if !is_tag {
            out.push('<');
            rest = &rest[open + 1..];
            continue;
        }
        if name == "code" {
            out.push('`');
        } else if name.starts_with("br") {
            out.push(' ');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether a line closes a `<details>` block.
fn closes_details(line: &str) -> bool {
    line.trim_start()
        .get(..10)
        .is_some_and(|t| t.eq_ignore_ascii_case("</details>"))
}

/// Whether a line of bare tags opens or closes a `<details>` block or its summary.
fn is_details_tag(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    lower.contains("details") || lower.contains("summary")
}

/// The headings that name topics for questions at `q_level` (7 for questions that are no
/// headings): those of the level above with the most distinct texts and any above it, and
/// headings of the question level with nothing under them but the next question.
struct Topics {
    level: Option<u8>,
    /// Lines of the question form that name topics (they have no answer).
    named: Vec<usize>,
}

impl Topics {
    fn new(file: &File<'_>, q_level: u8, spans: &[Span]) -> Self {
        let mut distinct: [std::collections::HashSet<u64>; 6] = Default::default();
        for i in 0..file.lines.len() {
            let level = file.level[i];
            if level < q_level && level <= 6 && !Self::is_contents(file, i) {
                distinct[usize::from(level - 1)].insert(file.title_key(i));
            }
        }
        let level = (1..q_level.min(7))
            .filter(|&l| !distinct[usize::from(l - 1)].is_empty())
            .max_by_key(|&l| (distinct[usize::from(l - 1)].len(), l));
        // A heading with nothing under it but a question names that question's topic, whatever
        // its level, unless it is marked as the question is (`### Q8:` left unanswered).
        let starts: std::collections::HashSet<usize> = spans
            .iter()
            .filter(|s| s.answered)
            .map(|s| s.start)
            .collect();
        let marked_alike = |i: usize, j: usize| {
            file.opening(i)
                .zip(file.opening(j))
                .is_some_and(|(a, b)| !a.form.marker.is_empty() && a.form == b.form)
        };
        // Under topics of a level above, a heading of the questions' own level names a topic
        // only when it is numbered in a way the question is not (`## # 2. Data types`).
        let numbered_otherwise = |i: usize, j: usize| {
            file.opening(i).zip(file.opening(j)).is_some_and(|(a, b)| {
                a.form.marker.contains("{n}") && a.form.marker != b.form.marker
            })
        };
        let named = (0..file.lines.len())
            .filter(|&i| file.level[i] <= 6 && !starts.contains(&i))
            .filter(|&i| {
                (i + 1..file.lines.len())
                    .find(|&j| file.content[j] > 0)
                    .is_some_and(|j| {
                        starts.contains(&j)
                            && !marked_alike(i, j)
                            && (level.is_none()
                                || file.level[i] < q_level
                                || numbered_otherwise(i, j))
                    })
            })
            .collect();
        Self { level, named }
    }

    fn is_topic(&self, line: usize) -> bool {
        self.named.binary_search(&line).is_ok()
    }

    /// The topic the line at `i` names, if it names one.
    fn name_at(&self, file: &File<'_>, i: usize) -> Option<String> {
        let level = file.level[i];
        let names = self.is_topic(i) || self.level.is_some_and(|t| level <= t);
        if !names || level > 6 || Self::is_contents(file, i) {
            return None;
        }
        let opening = file.opening(i)?;
        let name = title::topic(&strip_tags(&file.lines[i].1[opening.title.clone()]));
        (!name.is_empty()).then_some(name)
    }

    /// Whether the heading at `i` heads a table of contents: everything under it, up to the next
    /// heading, is links.
    fn is_contents(file: &File<'_>, i: usize) -> bool {
        let mut any = false;
        for j in i + 1..file.lines.len() {
            if file.level[j] <= 6 {
                break;
            }
            if file.content[j] == 0 {
                continue;
            }
            if !Self::is_link_line(file.lines[j].1) {
                return false;
            }
            any = true;
        }
        any
    }

    /// Whether a line is a link in a list (of contents, of navigation) or a badge.
    fn is_link_line(line: &str) -> bool {
        let text = line
            .trim()
            .trim_start_matches(['-', '*', '+', ' '])
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(['.', ')', ' ']);
        let bare = text.trim_matches(['*', '_']);
        (bare.starts_with('[') && bare.ends_with(')') && bare.contains("]("))
            || bare.starts_with("[![")
            || bare.starts_with("![")
    }
}

/// When most answers open with the same line (`### Answer`, `<summary>Answer</summary>`,
/// `Solution`), that line marks the answer and is taken off it.
fn drop_repeated_first_lines(found: &mut [Found]) {
    let key = |answer: &str| -> Option<String> {
        let first = answer.lines().next()?;
        let text = strip_tags(first);
        let text = text
            .trim()
            .trim_start_matches(['#', '>', ' '])
            .trim_matches(['*', '_', ':', '：', ' '])
            .to_lowercase();
        // A label is words: letters and spaces, nothing of code, a list or a table.
        let words = text.chars().all(|c| c.is_alphabetic() || c == ' ');
        (words && !text.is_empty() && text.chars().count() <= 24).then_some(text)
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for f in found.iter() {
        if let Some(k) = key(&f.answer) {
            *counts.entry(k).or_default() += 1;
        }
    }
    let Some((label, count)) = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
    else {
        return;
    };
    if count < 3 || count * 5 < found.len() * 3 {
        return;
    }
    for f in found {
        if key(&f.answer).as_deref() == Some(label.as_str()) {
            let rest = f.answer.split_once('\n').map_or("", |(_, rest)| rest);
            f.answer = answer::tidy(&[rest]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::learn;

    fn titles(text: &str) -> Vec<String> {
        learn(text)
            .learned
            .map(|l| l.found.into_iter().map(|f| f.title).collect())
            .unwrap_or_default()
    }

    #[test]
    fn unnumbered_lines_that_ask_as_the_numbered_do_are_questions_too() {
        let text = "### Q1. Why a?\n\nA.\n\n### Q2. Why b?\n\nB.\n\n### Q3. Why c?\n\nC.\n\n### Why d?\n\nD.\n";
        assert_eq!(titles(text), ["Why a?", "Why b?", "Why c?", "Why d?"]);
        let text = "### Q1. Why a?\n\nA.\n\n### Q2. Why b?\n\nB.\n\n### Q3. Why c?\n\nC.\n\n### Sources\n\nBooks.\n";
        assert_eq!(titles(text), ["Why a?", "Why b?", "Why c?"]);
    }

    #[test]
    fn numbered_lists_inside_answers_under_headings_are_no_questions() {
        let text = "## Why tests?\n\nThey catch regressions:\n\n1. **Unit:** one function.\n   Fast.\n2. **Integration:** several parts.\n   Slower.\n\n## Why types?\n\nThey document intent:\n\n1. **Hints:** for readers.\n   Cheap.\n2. **Checkers:** for tools.\n   Strict.\n\n## Why lint?\n\nIt finds slips.\n\n1. **Style:** layout.\n   Minor.\n";
        assert_eq!(titles(text), ["Why tests?", "Why types?", "Why lint?"]);
        // Sections that hold the numbered lines at once are topics of those questions.
        let text = "## Basics\n\n1. What is a?\n   A.\n2. What is b?\n   B.\n\n## More\n\n1. What is c?\n   C.\n2. What is d?\n   D.\n";
        assert_eq!(
            titles(text),
            ["What is a?", "What is b?", "What is c?", "What is d?"]
        );
    }

    #[test]
    fn bullets_under_a_heading_that_opens_with_text_are_its_answer() {
        let text = "## 10. Why lint?\n\nIt finds slips.\n\n- style\n\nThe layout.\n\n- names\n\nThe words.\n";
        assert_eq!(titles(text), ["Why lint?"]);
        // Bullets with their answers set in under them are questions.
        let text = "## Basics\n\nA start.\n\n- What is a?\n  It is a.\n- What is b?\n  It is b.\n";
        assert_eq!(titles(text), ["What is a?", "What is b?"]);
    }

    #[test]
    fn a_list_inside_an_answer_is_no_run_of_questions() {
        let text = "## 1. Which checks?\n\nThese:\n\n- tests\n- types\n\n- lint\n- format\n";
        assert_eq!(titles(text), ["Which checks?"]);
    }
}
