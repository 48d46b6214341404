//! `pyqa show`: answers in full, styled on a terminal and as Markdown when piped.

use std::io::Write;

use super::Outcome;
use crate::cli::{AnswerFormat, Format, ShowArgs};
use crate::error::Error;
use crate::library::Library;
use crate::model::{Block, Question};
use crate::render::{json::AnswerEntry, markdown, plain, terminal};
use crate::ui::Ui;

/// How many related questions end an answer.
const SEE_ALSO: usize = 3;

pub fn run(
    library: &Library,
    args: &ShowArgs,
    ui: &Ui,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let mut found = Vec::with_capacity(args.numbers.len());
    let mut missed = Vec::new();
    for &number in &args.numbers {
        match library.question(number) {
            Ok(question) => found.push(question),
            Err(missing) => missed.push(missing.to_string()),
        }
    }
    write_answers(library, &found, &args.output, ui, out)?;
    Ok(if missed.is_empty() {
        Outcome::Found
    } else {
        Outcome::Missed(missed)
    })
}

/// Writes each question in full, in the chosen format (by default styled on a terminal and
/// Markdown when piped), each ending with its related questions.
pub fn write_answers(
    library: &Library,
    questions: &[&Question],
    output: &AnswerFormat,
    ui: &Ui,
    out: &mut impl Write,
) -> Result<(), Error> {
    let format = match (output.json, output.format) {
        (true, _) => Format::Json,
        (false, Some(format)) => format,
        (false, None) if ui.tty || ui.color_forced => Format::Term,
        (false, None) => Format::Md,
    };
    let skin = terminal::skin(ui.color);
    for (i, question) in questions.iter().enumerate() {
        let question = &with_see_also(question, &library.related(question, SEE_ALSO)?);
        if i > 0 && format != Format::Json {
            writeln!(out)?;
        }
        match format {
            Format::Term => write!(out, "{}", terminal::question(question, &skin, ui.width))?,
            Format::Md => write!(out, "{}", markdown::question(question))?,
            Format::Plain => write!(out, "{}", plain::question(question))?,
            Format::Json => {
                serde_json::to_writer(&mut *out, &AnswerEntry::new(question))
                    .map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// The question with a last group listing `related` questions.
fn with_see_also(question: &Question, related: &[&Question]) -> Question {
    let mut shown = question.clone();
    if !related.is_empty() {
        let items = related
            .iter()
            .map(|q| format!("{}. {}", q.number, q.title))
            .collect();
        shown.answer.blocks.push(Block::Group {
            label: "See also".into(),
            blocks: vec![Block::List {
                ordered: false,
                items,
            }],
        });
    }
    shown
}
