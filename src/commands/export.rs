//! `pyqa export`: the whole set, or one topic, as one Markdown document or one JSON array.
//!
//! The Markdown reads back as a deck: `# Topic` headings over `## N. Title` questions.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::Error;
use crate::library::Library;
use crate::library::deck::BUILT_IN;
use crate::render::json::{AnswerEntry, QuestionEntry};
use crate::render::{anki, markdown};

pub fn run(library: &Library, args: &ExportArgs, out: &mut impl Write) -> Result<Outcome, Error> {
    let from = args.from.as_deref().unwrap_or(BUILT_IN);
    let questions = library.select(args.topic.as_deref(), Some(from))?;
    match args.format {
        ExportFormat::Json => {
            let entries: Vec<AnswerEntry<'_>> = questions
                .iter()
                .map(|e| AnswerEntry {
                    question: QuestionEntry::new(e),
                    markdown: markdown::question(&e.question),
                })
                .collect();
            write_json(out, &entries)?;
        }
        ExportFormat::Anki => {
            out.write_all(anki::HEADER.as_bytes())?;
            for entry in &questions {
                out.write_all(anki::note(entry.deck.name(), &entry.question).as_bytes())?;
            }
        }
        ExportFormat::Md => {
            let mut current: Option<&str> = None;
            for (i, entry) in questions.iter().enumerate() {
                let q = &entry.question;
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
