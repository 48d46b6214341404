//! `pyqa related`: the questions most like one question.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::RelatedArgs;
use crate::error::Error;
use crate::library::{Entry, Library};
use crate::output::OutputPlan;
use crate::render::json::QuestionEntry;
use crate::render::listing;

pub fn run(
    library: &Library,
    args: &RelatedArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let entry = match library.question(&args.number)? {
        Ok(entry) => entry,
        Err(missing) => return Ok(Outcome::Missed(vec![missing.to_string()])),
    };
    let related: Vec<Entry<'_>> = entry
        .deck
        .related(&entry.question, args.limit)?
        .into_iter()
        .map(|question| Entry {
            deck: entry.deck,
            question,
        })
        .collect();
    if args.json {
        let entries: Vec<QuestionEntry<'_>> = related.iter().map(QuestionEntry::new).collect();
        write_json(out, &entries)?;
    } else {
        let ids: Vec<String> = related.iter().map(Entry::id).collect();
        let width = listing::number_width(ids.iter().map(String::as_str));
        for (other, id) in related.iter().zip(&ids) {
            listing::write_row(out, plan, "", id, width, &other.question.title)?;
        }
    }
    Ok(if related.is_empty() {
        Outcome::Missed(vec![format!("no questions like {}", entry.id())])
    } else {
        Outcome::Found
    })
}
