//! `pyqa export`: the whole set, or one topic, as one Markdown document or one JSON array.
//!
//! The Markdown reads back as a deck: `# Topic` headings over `## N. Title` questions.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::Error;
use crate::library::Library;
use crate::render::json::AnswerEntry;
use crate::render::markdown;

pub fn run(library: &Library, args: &ExportArgs, out: &mut impl Write) -> Result<Outcome, Error> {
    let topic = args
        .topic
        .as_deref()
        .map(|t| library.resolve_topic(t))
        .transpose()?;
    let questions: Vec<_> = library
        .questions()
        .iter()
        .filter(|q| topic.is_none_or(|t| q.topic == t))
        .collect();
    match args.format {
        ExportFormat::Json => {
            let entries: Vec<AnswerEntry<'_>> =
                questions.iter().map(|q| AnswerEntry::new(q)).collect();
            write_json(out, &entries)?;
        }
        ExportFormat::Md => {
            let mut current: Option<&str> = None;
            for (i, q) in questions.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                if current != Some(q.topic.as_str()) {
                    writeln!(out, "{}", markdown::topic_heading(&q.topic))?;
                    current = Some(&q.topic);
                }
                write!(out, "{}", markdown::section(q))?;
            }
        }
    }
    Ok(Outcome::Found)
}
