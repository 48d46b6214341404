//! `pyqa show`: answers in full, styled on a terminal and as Markdown when piped.

use std::io::Write;

use super::Outcome;
use crate::cli::{Format, ShowArgs};
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
    let format = match (args.json, args.format) {
        (true, _) => Format::Json,
        (false, Some(format)) => format,
        (false, None) if ui.tty || ui.color_forced => Format::Term,
        (false, None) => Format::Md,
    };
    let skin = terminal::skin(ui.color);
    let mut missed = Vec::new();
    let mut first = true;
    for &number in &args.numbers {
        let question = match library.question(number) {
            Ok(q) => with_see_also(q, &library.related(q, SEE_ALSO)?),
            Err(missing) => {
                missed.push(missing.to_string());
                continue;
            }
        };
        let question = &question;
        if !first && format != Format::Json {
            writeln!(out)?;
        }
        first = false;
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
    Ok(if missed.is_empty() {
        Outcome::Found
    } else {
        Outcome::Missed(missed)
    })
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
