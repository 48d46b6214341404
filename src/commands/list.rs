//! `pyqa list`: every question, under its topic (and deck, for your own decks).

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::ListArgs;
use crate::error::Error;
use crate::library::{Entry, Library};
use crate::output::OutputPlan;
use crate::render::json::QuestionEntry;
use crate::render::listing;
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
    let ids: Vec<String> = entries.iter().map(Entry::id).collect();
    // The numbers of one deck line up, the built-in set's as ` 58`, a deck's as `notes:4`.
    let mut widths: Vec<(&str, usize)> = Vec::new();
    for (entry, id) in entries.iter().zip(&ids) {
        let width = listing::number_width([id.as_str()]);
        match widths
            .iter_mut()
            .find(|(deck, _)| *deck == entry.deck.name())
        {
            Some((_, w)) => *w = (*w).max(width),
            None => widths.push((entry.deck.name(), width)),
        }
    }
    let mut current: Option<(&str, &str)> = None;
    for (entry, id) in entries.iter().zip(&ids) {
        let heading = (entry.deck.name(), entry.question.topic.as_str());
        if current != Some(heading) {
            if current.is_some() {
                writeln!(out)?;
            }
            let title = entry.deck.topic_label(heading.1);
            for line in listing::hanging(&title, 2, plan.listing_width) {
                writeln!(out, "{}", plan.paint(&line, Role::Heading))?;
            }
            current = Some(heading);
        }
        let width = widths
            .iter()
            .find(|(deck, _)| *deck == heading.0)
            .map_or(3, |(_, w)| *w);
        listing::write_row(out, plan, "  ", id, width, &entry.question.title)?;
    }
    Ok(Outcome::Found)
}
