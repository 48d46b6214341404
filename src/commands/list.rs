//! `pyqa list`: every question, under its topic (and deck, for your own decks).

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::ListArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::{Ui, styles};
use crate::render::json::QuestionEntry;

pub fn run(
    library: &Library,
    args: &ListArgs,
    ui: &Ui,
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
            writeln!(out, "{}", ui.paint(&title, styles::heading))?;
            current = Some(heading);
        }
        let number = format!("{:>3}", entry.id());
        writeln!(
            out,
            "  {}  {}",
            ui.paint(&number, styles::number),
            entry.question.title
        )?;
    }
    Ok(Outcome::Found)
}
