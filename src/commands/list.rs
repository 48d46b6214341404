//! `pyqa list`: every question, under its topic (and deck, for your own decks).

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::ListArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::OutputPlan;
use crate::render::json::QuestionEntry;
use crate::render::palette::Role;

pub fn run(
    library: &Library,
    args: &ListArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let entries = library.select(args.topic.as_deref(), None)?;
    if args.json {
        let json: Vec<QuestionEntry<'_>> = entries.iter().map(QuestionEntry::new).collect();
        write_json(out, &json)?;
        return Ok(Outcome::Found);
    }
    let mut current: Option<(&str, &str)> = None;
    for entry in &entries {
        let heading = (entry.deck.name(), entry.question.topic.as_str());
        if current != Some(heading) {
            if current.is_some() {
                writeln!(out)?;
            }
            let title = entry.deck.topic_label(heading.1);
            writeln!(out, "{}", plan.paint(&title, Role::Heading))?;
            current = Some(heading);
        }
        let number = format!("{:>3}", entry.id());
        writeln!(
            out,
            "  {}  {}",
            plan.paint(&number, Role::Number),
            entry.question.title
        )?;
    }
    Ok(Outcome::Found)
}
