//! `pyqa random`: one question, picked at random, shown as by `pyqa show`.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::io::Write;
use std::time::SystemTime;

use super::Outcome;
use super::show::{SeeAlso, write_answers};
use crate::cli::RandomArgs;
use crate::error::Error;
use crate::library::Library;
use crate::output::OutputPlan;

pub fn run(
    library: &Library,
    args: &RandomArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let mut entries = library.select(args.topic.as_deref(), None)?;
    if entries.is_empty() {
        return Ok(Outcome::Missed(vec!["no questions to pick from".into()]));
    }
    let entry = entries.swap_remove(pick(entries.len()));
    write_answers(&[entry], SeeAlso::Shown, plan, out)?;
    Ok(Outcome::Found)
}

/// An index below `len`, different from run to run (std's randomly keyed hasher, fed the time).
fn pick(len: usize) -> usize {
    let random = RandomState::new().hash_one(SystemTime::now());
    let len = u64::try_from(len).unwrap_or(u64::MAX).max(1);
    usize::try_from(random % len).unwrap_or(0)
}
