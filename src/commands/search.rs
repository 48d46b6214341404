//! `pyqa search`: ranked results with number, title, topic and a highlighted excerpt.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::SearchArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::{self, OutputPlan};
use crate::render::highlight;
use crate::render::json::HitEntry;
use crate::render::palette::Role;
use crate::search::{self, Hit, SearchRequest, SearchResults};

pub fn run(
    library: &Library,
    args: &SearchArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let text = args.query.join(" ");
    let topic = args
        .topic
        .as_deref()
        .map(|t| library.resolve_topic(t))
        .transpose()?;
    let results = search::search(
        library,
        &SearchRequest {
            text: &text,
            limit: args.limit,
            topic: topic.as_deref(),
        },
    )?;
    report_corrections(&results);
    if args.quiet {
        for hit in &results.hits {
            writeln!(out, "{}", hit.entry.id())?;
        }
    } else if args.json {
        let entries: Vec<HitEntry<'_>> = results.hits.iter().map(HitEntry::from).collect();
        write_json(out, &entries)?;
    } else {
        write_hits(&results.hits, plan, out)?;
    }
    Ok(if results.hits.is_empty() {
        Outcome::Missed(vec![format!("no results for \"{text}\"")])
    } else {
        Outcome::Found
    })
}

/// One line on stderr naming the words that were replaced, when there were any.
fn report_corrections(results: &SearchResults<'_>) {
    if results.corrections.is_empty() {
        return;
    }
    let typed: Vec<String> = results
        .corrections
        .iter()
        .map(|c| format!("\"{}\"", c.typed))
        .collect();
    output::report(&format!(
        "showing results for \"{}\" (no match for {})",
        results.as_searched,
        typed.join(", ")
    ));
}

/// Each hit as a line of number, title and topic, then its excerpt with the matches marked.
fn write_hits(hits: &[Hit<'_>], plan: &OutputPlan, out: &mut impl Write) -> Result<(), Error> {
    for hit in hits {
        let q = &hit.entry.question;
        let number = format!("{:>3}", hit.entry.id());
        let topic = format!("[{}]", q.topic);
        writeln!(
            out,
            "{}  {}  {}",
            plan.paint(&number, Role::Number),
            q.title,
            plan.paint(&topic, Role::Dim)
        )?;
        if !hit.excerpt.text.is_empty() {
            writeln!(out, "     {}", highlight::excerpt(&hit.excerpt, plan.marks))?;
        }
    }
    Ok(())
}
