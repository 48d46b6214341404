//! `pyqa search`: ranked results with number, title, topic and a highlighted excerpt.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::SearchArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::{self, OutputPlan};
use crate::render::json::{ExplainedEntry, HitEntry, QueryEntry};
use crate::render::palette::Role;
use crate::render::{highlight, layout, listing};
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
        if args.explain {
            let query = QueryEntry::new(&text, &results);
            write_json(
                out,
                &ExplainedEntry {
                    query,
                    hits: entries,
                },
            )?;
        } else {
            write_json(out, &entries)?;
        }
    } else {
        if args.explain {
            write_explanation(&text, &results, plan, out)?;
        }
        write_hits(&results.hits, plan, out)?;
    }
    Ok(if results.hits.is_empty() {
        Outcome::Missed(vec![format!("no results for \"{text}\"")])
    } else {
        Outcome::Found
    })
}

/// What the query became, a line per part that has something, then a blank line.
fn write_explanation(
    typed: &str,
    results: &SearchResults<'_>,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<(), Error> {
    let e = &results.explanation;
    let mut lines: Vec<(&str, String)> = vec![("query", typed.to_owned())];
    let joined = |words: &[String]| words.join(" ");
    if !e.words.is_empty() {
        lines.push(("searched", joined(&e.words)));
    }
    if !e.generic.is_empty() {
        lines.push(("counts less", joined(&e.generic)));
    }
    if !e.left_out.is_empty() {
        lines.push(("left out", joined(&e.left_out)));
    }
    for c in &results.corrections {
        lines.push(("corrected", format!("{} → {}", c.typed, c.used)));
    }
    for x in &e.expansions {
        lines.push(("expanded", format!("{} → {}", x.from, x.to.join(", "))));
    }
    for (label, text) in lines {
        let label = format!("{label:<11}");
        let limit = plan
            .listing_width
            .map_or(usize::MAX, |w| w.saturating_sub(label.len() + 1));
        let text = if layout::width(&text) > limit {
            let cut = layout::split_at_width(&text, limit.saturating_sub(1));
            format!("{}…", &text[..cut])
        } else {
            text
        };
        writeln!(out, "{} {text}", plan.paint(&label, Role::Dim))?;
    }
    writeln!(out)?;
    Ok(())
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

/// Each hit as a line of number, title and topic, then its excerpt with the matches marked, under
/// the title. On a terminal (or with `--width`) both lines fit the width: the topic goes first,
/// then the title and the excerpt are cut with `…` rather than wrapped.
fn write_hits(hits: &[Hit<'_>], plan: &OutputPlan, out: &mut impl Write) -> Result<(), Error> {
    let ids: Vec<String> = hits.iter().map(|h| h.entry.id()).collect();
    // Built-in (` 58`) and deck (`notes:4`) numbers line up, and the excerpts under the titles.
    let number_width = listing::number_width(ids.iter().map(String::as_str));
    let excerpt_indent = " ".repeat(number_width + 2);
    for (hit, id) in hits.iter().zip(&ids) {
        let q = &hit.entry.question;
        let number = format!("{id:>number_width$}");
        let topic = format!("[{}]", q.topic);
        let pieces = [
            (number.as_str(), Some(Role::Number)),
            ("  ", None),
            (q.title.as_str(), None),
            ("  ", None),
            (topic.as_str(), Some(Role::Dim)),
        ];
        let limit = plan.listing_width.unwrap_or(usize::MAX);
        // The topic is shown whole or not at all: a line too long loses it before the title is cut.
        let total: usize = pieces.iter().map(|(text, _)| layout::width(text)).sum();
        let pieces = if total <= limit {
            &pieces[..]
        } else {
            &pieces[..3]
        };
        for (text, role) in layout::fit(pieces, limit) {
            match role {
                Some(role) => write!(out, "{}", plan.paint(&text, role))?,
                None => write!(out, "{text}")?,
            }
        }
        writeln!(out)?;
        if !hit.excerpt.text.is_empty() {
            let excerpt = match plan.listing_width {
                Some(width) => {
                    highlight::fitted(&hit.excerpt, width.saturating_sub(excerpt_indent.len()))
                }
                None => hit.excerpt.clone(),
            };
            writeln!(
                out,
                "{excerpt_indent}{}",
                highlight::excerpt(&excerpt, plan.marks)
            )?;
        }
    }
    Ok(())
}
