//! `pyqa list`: every question, under its topic.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::ListArgs;
use crate::error::Error;
use crate::library::Library;
use crate::render::json::QuestionEntry;
use crate::ui::{Ui, styles};

pub fn run(
    library: &Library,
    args: &ListArgs,
    ui: &Ui,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let topic = args
        .topic
        .as_deref()
        .map(|t| library.resolve_topic(t))
        .transpose()?;
    let questions: Vec<_> = library
        .questions()
        .iter()
        .filter(|q| topic.is_none_or(|t| q.topic == t))
        .collect();
    if args.json {
        let entries: Vec<QuestionEntry<'_>> =
            questions.iter().map(|q| QuestionEntry::new(q)).collect();
        write_json(out, &entries)?;
        return Ok(Outcome::Found);
    }
    let mut current: Option<&str> = None;
    for q in questions {
        if current != Some(q.topic.as_str()) {
            if current.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}", ui.paint(&q.topic, styles::heading))?;
            current = Some(&q.topic);
        }
        let number = format!("{:>3}", q.number);
        writeln!(out, "  {}  {}", ui.paint(&number, styles::number), q.title)?;
    }
    Ok(Outcome::Found)
}
