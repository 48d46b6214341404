//! `pyqa topics`: the topics, their sizes and question numbers.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::TopicsArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::OutputPlan;
use crate::render;
use crate::render::json::TopicEntry;
use crate::render::palette::Role;

pub fn run(
    library: &Library,
    args: &TopicsArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let topics = library.topics()?;
    if args.json {
        let entries: Vec<TopicEntry<'_>> = topics.iter().map(TopicEntry::from).collect();
        write_json(out, &entries)?;
        return Ok(Outcome::Found);
    }
    let name_width = topics
        .iter()
        .map(|t| t.deck.topic_label(&t.name).chars().count())
        .max()
        .unwrap_or(0);
    for topic in &topics {
        let name = format!("{:<name_width$}", topic.deck.topic_label(&topic.name));
        let numbers: Vec<String> = topic.numbers.iter().map(|n| topic.deck.id(*n)).collect();
        let n = topic.numbers.len();
        // Singular or plural, the numbers after the count line up.
        let count = format!("{n:>3} {:<9}", render::noun_for(n, "question"));
        writeln!(
            out,
            "{}  {}  {}",
            plan.paint(&name, Role::Heading),
            count,
            plan.paint(&numbers.join(" "), Role::Dim)
        )?;
    }
    Ok(Outcome::Found)
}
