//! `pyqa related`: the questions most like one question.

use std::io::Write;

use super::{Outcome, write_json};
use crate::cli::RelatedArgs;
use crate::error::Error;
use crate::library::Library;
use crate::render::json::QuestionEntry;
use crate::ui::{Ui, styles};

pub fn run(
    library: &Library,
    args: &RelatedArgs,
    ui: &Ui,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let question = match library.question(args.number) {
        Ok(q) => q,
        Err(missing) => return Ok(Outcome::Missed(vec![missing.to_string()])),
    };
    let related = library.related(question, args.limit)?;
    if args.json {
        let entries: Vec<QuestionEntry<'_>> =
            related.iter().map(|q| QuestionEntry::new(q)).collect();
        write_json(out, &entries)?;
    } else {
        for q in &related {
            let number = format!("{:>3}", q.number);
            writeln!(out, "{}  {}", ui.paint(&number, styles::number), q.title)?;
        }
    }
    Ok(if related.is_empty() {
        Outcome::Missed(vec![format!("no questions like {}", question.number)])
    } else {
        Outcome::Found
    })
}
