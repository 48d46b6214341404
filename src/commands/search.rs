//! `pyqa search`: ranked results with number, title and topic.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::SearchArgs;
use crate::error::Error;
use crate::library::Library;
use crate::render::json::QuestionEntry;
use crate::search::SearchRequest;
use crate::ui::{Ui, styles};

pub fn run(
    library: &Library,
    args: &SearchArgs,
    ui: &Ui,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let text = args.query.join(" ");
    let topic = args
        .topic
        .as_deref()
        .map(|t| library.resolve_topic(t))
        .transpose()?;
    let hits = library.search(&SearchRequest {
        text: &text,
        limit: args.limit,
        topic,
    })?;
    if args.json {
        let entries: Vec<QuestionEntry<'_>> = hits
            .iter()
            .map(|h| QuestionEntry::new(h.question, Some(h.score)))
            .collect();
        write_json(out, &entries)?;
    } else {
        for hit in &hits {
            let q = hit.question;
            let number = format!("{:>3}", q.number);
            let topic = format!("[{}]", q.topic);
            writeln!(
                out,
                "{}  {}  {}",
                ui.paint(&number, styles::number),
                q.title,
                ui.paint(&topic, styles::dim)
            )?;
        }
    }
    Ok(if hits.is_empty() {
        Outcome::Missed(vec![format!("no results for \"{text}\"")])
    } else {
        Outcome::Found
    })
}
