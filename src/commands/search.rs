//! `pyqa search`: ranked results with number, title, topic and a highlighted excerpt.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::SearchArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::{self, OutputPlan};
use crate::render::json::HitEntry;
use crate::render::palette::Role;
use crate::render::{highlight, layout};
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
            excerpts: true,
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

/// The indent of an excerpt line under its hit.
const EXCERPT_INDENT: &str = "     ";

/// Each hit as a line of number, title and topic, then its excerpt with the matches marked. On a
/// terminal both lines are cut to its width with `…` rather than wrapped.
fn write_hits(hits: &[Hit<'_>], plan: &OutputPlan, out: &mut impl Write) -> Result<(), Error> {
    for hit in hits {
        let q = &hit.entry.question;
        let number = format!("{:>3}", hit.entry.id());
        let topic = format!("[{}]", q.topic);
        let pieces = [
            (number.as_str(), Some(Role::Number)),
            ("  ", None),
            (q.title.as_str(), None),
            ("  ", None),
            (topic.as_str(), Some(Role::Dim)),
        ];
        let limit = if plan.tty { plan.width } else { usize::MAX };
        for (text, role) in layout::fit(&pieces, limit) {
            match role {
                Some(role) => write!(out, "{}", plan.paint(&text, role))?,
                None => write!(out, "{text}")?,
            }
        }
        writeln!(out)?;
        if !hit.excerpt.text.is_empty() {
            let excerpt = if plan.tty {
                highlight::fitted(
                    &hit.excerpt,
                    plan.width.saturating_sub(EXCERPT_INDENT.len()),
                )
            } else {
                hit.excerpt.clone()
            };
            writeln!(
                out,
                "{EXCERPT_INDENT}{}",
                highlight::excerpt(&excerpt, plan.marks)
            )?;
        }
    }
    Ok(())
}
