//! `pyqa show`: answers in full, styled on a terminal and as Markdown when piped.

use std::io::Write;

use super::Outcome;
use crate::cli::{Format, ShowArgs};
use crate::error::Error;
use crate::library::{Entry, Library};
use crate::output::OutputPlan;
use crate::render::json::{AnswerEntry, QuestionEntry};
use crate::render::{markdown, plain, terminal};
use pyqa_core::text::model::{Block, Question};

/// How many related questions end an answer.
const SEE_ALSO: usize = 3;

pub fn run(
    library: &Library,
    args: &ShowArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let mut found = Vec::with_capacity(args.numbers.len());
    let mut missed = Vec::new();
    for id in &args.numbers {
        match library.question(id)? {
            Ok(entry) => found.push(entry),
            Err(missing) => missed.push(missing.to_string()),
        }
    }
    write_answers(&found, SeeAlso::Shown, plan, out)?;
    Ok(if missed.is_empty() {
        Outcome::Found
    } else {
        Outcome::Missed(missed)
    })
}

/// Whether an answer ends with its related questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeAlso {
    Shown,
    Left,
}

/// Writes each question in full, in the plan's format for answers, each ending with its related
/// questions when `see_also` says so.
pub fn write_answers(
    entries: &[Entry<'_>],
    see_also: SeeAlso,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<(), Error> {
    let format = plan.answers;
    for (i, entry) in entries.iter().enumerate() {
        let question = &match see_also {
            SeeAlso::Shown => with_see_also(entry)?,
            SeeAlso::Left => Question::clone(&entry.question),
        };
        if i > 0 && format != Format::Json {
            writeln!(out)?;
        }
        match format {
            Format::Term => write!(
                out,
                "{}",
                terminal::question(question, plan.width, plan.color)
            )?,
            Format::Md => write!(out, "{}", markdown::question(question))?,
            Format::Plain => write!(out, "{}", plain::question(question))?,
            Format::Json => {
                let json = AnswerEntry {
                    question: QuestionEntry::new(entry),
                    markdown: markdown::question(question),
                };
                serde_json::to_writer(&mut *out, &json).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// The question with a last group listing its related questions.
fn with_see_also(entry: &Entry<'_>) -> Result<Question, Error> {
    let mut shown = Question::clone(&entry.question);
    let related = entry.deck.related_titles(&entry.question, SEE_ALSO)?;
    if !related.is_empty() {
        let items = related
            .iter()
            .map(|(number, title)| format!("{}. {title}", entry.deck.id(*number)))
            .collect();
        shown.answer.blocks.push(Block::Group {
            label: "See also".into(),
            blocks: vec![Block::List {
                ordered: false,
                items,
            }],
        });
    }
    Ok(shown)
}
