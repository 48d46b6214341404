//! `pyqa quiz --stats`: per topic, how many questions there are, how many are new, learning
//! (reviewed, not yet remembered for three weeks), due today and due this week, and the share of
//! the last 30 days' answers that recalled the card.

use std::io::Write;

use serde::Serialize;

use crate::commands::write_json;
use crate::error::Error;
use crate::library::Entry;
use crate::library::progress::DAY;
use crate::library::review_log::ReviewLog;
use crate::output::OutputPlan;
use crate::render::palette::Role;

/// One topic's figures; also the `--json` shape.
#[derive(Debug, Default, Serialize)]
pub struct Row {
    pub topic: String,
    pub deck: String,
    pub questions: usize,
    pub new: usize,
    pub learning: usize,
    pub due_today: usize,
    pub due_this_week: usize,
    /// Recalled answers of the last 30 days over all answers then, `null` when there were none.
    pub retention: Option<f64>,
    #[serde(skip)]
    recall: (u32, u32),
}

/// The figures of `entries`' topics, in order of appearance.
pub fn rows(entries: &[Entry<'_>], file: &ReviewLog, now: u64) -> Vec<Row> {
    let end_of_today = now - now % DAY + DAY;
    let mut rows: Vec<Row> = Vec::new();
    for entry in entries {
        let key = entry.card_key();
        let card = file.cards.get(&key);
        let found = rows
            .iter()
            .position(|r| r.deck == entry.deck.name() && r.topic == entry.question.topic);
        let at = found.unwrap_or_else(|| {
            rows.push(Row {
                topic: entry.question.topic.clone(),
                deck: entry.deck.name().to_owned(),
                ..Row::default()
            });
            rows.len() - 1
        });
        let row = &mut rows[at];
        row.questions += 1;
        row.new += usize::from(card.is_none());
        row.learning += usize::from(card.is_some_and(|c| !c.is_learned()));
        row.due_today += usize::from(card.is_some_and(|c| c.due < end_of_today));
        row.due_this_week += usize::from(card.is_some_and(|c| c.due < end_of_today + 6 * DAY));
        if let Some((recalled, all)) = file.recall.get(&key) {
            row.recall.0 += recalled;
            row.recall.1 += all;
        }
    }
    for row in &mut rows {
        let (recalled, all) = row.recall;
        row.retention = (all > 0).then(|| f64::from(recalled) / f64::from(all));
    }
    rows
}

/// The rows as a table (or JSON), then how many reviewed cards match no question now.
pub fn write(
    rows: &[Row],
    unmatched: usize,
    json: bool,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<(), Error> {
    if json {
        return write_json(out, &rows);
    }
    let label = |row: &Row| {
        if row.deck == crate::library::deck::BUILT_IN {
            row.topic.clone()
        } else {
            format!("{} ({})", row.topic, row.deck)
        }
    };
    let width = rows
        .iter()
        .map(|r| label(r).chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let header = format!(
        "{:<width$}  questions  new  learning  due today  this week  retention",
        "topic"
    );
    writeln!(out, "{}", plan.paint(&header, Role::Heading))?;
    for row in rows {
        let retention = row
            .retention
            .map_or_else(|| "-".to_owned(), |r| format!("{:.0} %", r * 100.0));
        writeln!(
            out,
            "{:<width$}  {:>9}  {:>3}  {:>8}  {:>9}  {:>9}  {retention:>9}",
            label(row),
            row.questions,
            row.new,
            row.learning,
            row.due_today,
            row.due_this_week
        )?;
    }
    if unmatched > 0 {
        let (cards, verb) = if unmatched == 1 {
            ("1 reviewed card".to_owned(), "matches")
        } else {
            (format!("{unmatched} reviewed cards"), "match")
        };
        writeln!(
            out,
            "\n{cards} {verb} no question now: removed, or edited past recognition."
        )?;
    }
    Ok(())
}
