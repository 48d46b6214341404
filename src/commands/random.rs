//! `pyqa random`: one question, picked at random, shown as by `pyqa show`.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::io::Write;
use std::time::SystemTime;

use super::Outcome;
use super::show::write_answers;
use crate::cli::RandomArgs;
use crate::error::Error;
use crate::library::Library;
use crate::ui::Ui;

pub fn run(
    library: &Library,
    args: &RandomArgs,
    ui: &Ui,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
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
    let Some(&question) = questions.get(pick(questions.len())) else {
        return Ok(Outcome::Missed(vec!["no questions to pick from".into()]));
    };
    write_answers(library, &[question], &args.output, ui, out)?;
    Ok(Outcome::Found)
}

/// An index below `len`, different from run to run (std's randomly keyed hasher, fed the time).
fn pick(len: usize) -> usize {
    let random = RandomState::new().hash_one(SystemTime::now());
    let len = u64::try_from(len).unwrap_or(u64::MAX).max(1);
    usize::try_from(random % len).unwrap_or(0)
}
