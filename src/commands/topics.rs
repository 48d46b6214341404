//! `pyqa topics`: the topics, their sizes and question numbers.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::TopicsArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::OutputPlan;
use crate::render::json::TopicEntry;
use crate::render::palette::Role;
use crate::render::{self, layout, listing};

/// The columns of `  7 questions`.
const COUNT_WIDTH: usize = 13;
/// The fewest columns a topic's name is cut to.
const MIN_NAME: usize = 8;

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
    let longest = topics
        .iter()
        .map(|t| layout::width(&t.deck.topic_label(&t.name)))
        .max()
        .unwrap_or(0);
    // On a narrow terminal long names are cut, so the numbers keep some room.
    let count_width = 2 + COUNT_WIDTH + 2;
    let name_width = plan.listing_width.map_or(longest, |w| {
        longest.min(
            w.saturating_sub(count_width + listing::MIN_ROOM)
                .max(MIN_NAME),
        )
    });
    for topic in &topics {
        let label = topic.deck.topic_label(&topic.name);
        let cut = layout::fit(&[(label.as_str(), ())], name_width);
        let name: String = cut.iter().map(|(text, ())| text.as_ref()).collect();
        let pad = " ".repeat(name_width.saturating_sub(layout::width(&name)));
        let n = topic.numbers.len();
        // Singular or plural, the numbers after the count line up.
        let count = format!("{n:>3} {:<9}", render::noun_for(n, "question"));
        let indent = name_width + count_width;
        let numbers = listing::ranges(topic.deck, &topic.numbers);
        let lines = listing::hanging(&numbers, indent, plan.listing_width);
        for (i, line) in lines.iter().enumerate() {
            let numbers = plan.paint(line.trim_start(), Role::Dim);
            if i == 0 {
                let name = plan.paint(&name, Role::Heading);
                let row = format!("{name}{pad}  {count}  {numbers}");
                writeln!(out, "{}", row.trim_end())?;
            } else {
                let indent = &line[..line.len() - line.trim_start().len()];
                writeln!(out, "{indent}{numbers}")?;
            }
        }
    }
    Ok(Outcome::Found)
}
