//! `pyqa quiz`: practise with spaced repetition, one line of input per prompt.

mod history;
mod pick;
mod prompt;
mod stats;

use std::fs;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use super::Outcome;
use super::show::{SeeAlso, write_answers};
use crate::cli::QuizArgs;
use crate::error::Error;
use crate::library::cards::Fingerprint;
use crate::library::fsrs::{Fsrs, Rating};
use crate::library::paths::Paths;
use crate::library::progress::{self, Scheduler};
use crate::library::review_log::ReviewLog;
use crate::library::{Entry, Library, QuestionId};
use crate::output::{self, OutputPlan};
use crate::render;
use crate::render::layout;
use crate::render::palette::Role;
use crate::search::key_points;
use prompt::Prompter;

pub fn run(
    library: &Library,
    args: &QuizArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let choice = library.choose(args.topic.as_deref(), args.from.as_deref())?;
    let data = Paths::detect()?.data;
    let path = data.join(REVIEW_LOG);
    let scheduler = Scheduler {
        fsrs: Fsrs::default(),
        retention: args.retention,
    };
    migrate(library, &data, &path, &scheduler)?;
    let now = now_seconds();
    let (mut file, warnings) = ReviewLog::open(path.clone(), now)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    for warning in &warnings {
        output::report(warning);
    }
    // Each deck is read once: the chosen ones, and those with reviewed cards, whose edits are
    // followed.
    let read = library
        .entries_of(|deck| choice.takes(deck) || file.cards_of(deck.name()).next().is_some())?;
    let entries: Vec<Entry<'_>> = read.iter().filter(|e| choice.holds(e)).cloned().collect();
    let followed = history::follow_edits(library, &read, &mut file)?;
    for note in &followed.moved {
        output::report(note);
    }
    if args.stats {
        let rows = stats::rows(&entries, &file, now);
        stats::write(&rows, followed.unmatched, args.json, plan, out)?;
        return Ok(Outcome::Found);
    }
    let session = if args.cram {
        pick::cram(&entries, &file, now, args.count, &scheduler.fsrs)
    } else {
        let limits = pick::Limits {
            count: args.count,
            new: args.new,
        };
        pick::due(&entries, &file, now, limits)
    };
    if session.is_empty() {
        writeln!(out, "{}", pick::nothing_due(&entries, &file, now, args.new))?;
        return Ok(Outcome::Found);
    }
    let mut prompter = Prompter {
        input: io::stdin().lock(),
        out,
        tty: plan.tty,
    };
    let saving = format!("cannot save progress to {}", file.path().display());
    // Found out now, not after the first answer, which would be lost.
    file.check_writable()
        .map_err(|e| Error::io(saving.clone(), e))?;
    // How many answers got each rating, again to easy: the review log's words.
    let mut rated = [0_usize; 4];
    for (i, entry) in session.iter().enumerate() {
        let number = format!("[{}/{}] {}.", i + 1, session.len(), entry.id());
        let Some(rating) = ask(entry, &number, args.type_answer, plan, &mut prompter)? else {
            break;
        };
        let key = entry.card_key();
        let at = now_seconds();
        let feedback = if args.cram {
            file.record_cram(&key, rating, at)
                .map_err(|e| Error::io(saving.clone(), e))?;
            format!("{} (cramming: the schedule is unchanged)", rating.name())
        } else {
            let fingerprint = Fingerprint::of(&entry.question);
            let card = file
                .record(&key, &fingerprint, rating, at, &scheduler)
                .map_err(|e| Error::io(saving.clone(), e))?;
            format!("{} → {}", rating.name(), wait(card.due - at))
        };
        rated[rating as usize - 1] += 1;
        writeln!(prompter.out, "{feedback}")?;
        let last = i + 1 == session.len();
        if plan.tty && !last {
            if !prompter.next_question()? {
                break;
            }
        } else {
            writeln!(prompter.out)?;
        }
    }
    writeln!(prompter.out, "{}", summary(&rated, args.cram))?;
    Ok(Outcome::Found)
}

/// Asks one question: its title, the user's answer (typed, or just Enter), the model answer with
/// the key points a typed answer covered, and how well it went; `None` when the user quits.
fn ask<R: BufRead, W: Write>(
    entry: &Entry<'_>,
    number: &str,
    typed: bool,
    plan: &OutputPlan,
    prompter: &mut Prompter<'_, R, W>,
) -> Result<Option<Rating>, Error> {
    if plan.tty {
        // On a terminal each question starts on a clean screen instead of scrolling.
        write!(prompter.out, "{CLEAR_SCREEN}")?;
    }
    writeln!(
        prompter.out,
        "{} {}",
        plan.paint(number, Role::Number),
        entry.question.title
    )?;
    let typed = if typed {
        let Some(typed) = prompter.typed_answer()? else {
            return Ok(None);
        };
        Some(typed)
    } else if prompter.show_answer()? {
        None
    } else {
        return Ok(None);
    };
    write_answers(
        std::slice::from_ref(entry),
        SeeAlso::Left,
        plan,
        prompter.out,
    )?;
    let suggested = match typed {
        Some(typed) => {
            let points = key_points::check(&entry.question.answer, &typed);
            write_key_points(&points, plan, prompter.out)?;
            Some(suggest(&points))
        }
        None => None,
    };
    prompter.rating(suggested)
}

/// The key points of the answer, each marked `+` covered or `-` missed and wrapped with a
/// hanging indent, then `key points: K/N`.
fn write_key_points(
    points: &[key_points::Point],
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<(), Error> {
    if points.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", plan.paint("Key points", Role::Heading))?;
    for point in points {
        let (mark, role) = if point.covered {
            ("+", Role::Match)
        } else {
            ("-", Role::Dim)
        };
        let lines = layout::wrap(&point.text, plan.width.saturating_sub(4).max(20));
        for (n, line) in lines.iter().enumerate() {
            if n == 0 {
                writeln!(out, "  {} {line}", plan.paint(mark, role))?;
            } else {
                writeln!(out, "    {line}")?;
            }
        }
    }
    let covered = points.iter().filter(|p| p.covered).count();
    writeln!(out, "key points: {covered}/{}", points.len())?;
    Ok(())
}

/// The rating a typed answer suggests: again when it covers no key point, hard when under half,
/// good otherwise (easy is the user's to say).
fn suggest(points: &[key_points::Point]) -> Rating {
    let covered = points.iter().filter(|p| p.covered).count();
    if covered == 0 {
        Rating::Again
    } else if covered * 2 < points.len() {
        Rating::Hard
    } else {
        Rating::Good
    }
}

/// `Answered 3: 1 again, 2 good.`: how many answers got each rating.
fn summary(rated: &[usize; 4], cram: bool) -> String {
    let ratings = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];
    let counts: Vec<String> = ratings
        .iter()
        .zip(rated)
        .filter(|(_, n)| **n > 0)
        .map(|(rating, n)| format!("{n} {}", rating.name()))
        .collect();
    let total: usize = rated.iter().sum();
    let done = if cram { "Crammed" } else { "Answered" };
    if counts.is_empty() {
        format!("{done} {total}.")
    } else {
        format!("{done} {total}: {}.", counts.join(", "))
    }
}

/// `10 minutes`, `3 days`: how long until a card comes back.
pub(super) fn wait(seconds: u64) -> String {
    let (count, unit) = match seconds {
        0..3600 => (seconds / 60, "minute"),
        3600..86_400 => (seconds / 3600, "hour"),
        _ => (seconds / 86_400, "day"),
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    render::count(count, unit)
}

/// Moves the cursor home and clears the screen (ANSI).
const CLEAR_SCREEN: &str = "\x1b[H\x1b[2J";

/// The review log's file in the data folder.
const REVIEW_LOG: &str = "reviews.log";
/// The progress file of earlier versions, carried over into the log once.
const OLD_PROGRESS: &str = "progress.json";

/// Carries the old `progress.json` (Leitner boxes keyed `DECK:N`) into the log at `log` once, as
/// the questions those numbers name now, and keeps it as `progress.json.bak`. It is done holding
/// the log, so of several pyqas started at once one carries it over and the others find it gone.
fn migrate(library: &Library, data: &Path, log: &Path, scheduler: &Scheduler) -> Result<(), Error> {
    let old = data.join(OLD_PROGRESS);
    if !old.exists() {
        return Ok(());
    }
    let saving = || format!("cannot save progress to {}", log.display());
    let mut hold = ReviewLog::hold(log).map_err(|e| Error::io(saving(), e))?;
    let Some(outcome) = progress::read_old(&old)
        .map_err(|e| Error::io(format!("cannot read {}", old.display()), e))?
    else {
        return Ok(());
    };
    let backup = old.with_extension("json.bak");
    let cards = match outcome {
        Ok(cards) => cards,
        Err(damage) => {
            fs::rename(&old, &backup)
                .map_err(|e| Error::io(format!("cannot move {}", old.display()), e))?;
            output::report(&format!(
                "warning: {} was damaged ({damage}); moved it to {} and started afresh",
                old.display(),
                backup.display()
            ));
            return Ok(());
        }
    };
    let mut carried = Vec::new();
    for (id, card) in &cards {
        let Ok(id) = id.parse::<QuestionId>() else {
            continue;
        };
        if let Ok(Ok(entry)) = library.question(&id) {
            carried.push((
                entry.card_key(),
                card.carried_over(&scheduler.fsrs),
                Fingerprint::of(&entry.question),
            ));
        }
    }
    hold.import(&carried).map_err(|e| Error::io(saving(), e))?;
    fs::rename(&old, &backup)
        .map_err(|e| Error::io(format!("cannot move {}", old.display()), e))?;
    drop(hold);
    output::report(&format!(
        "note: carried {} of {} over from {} into {} (the old file is kept as {})",
        render::count(carried.len(), "card"),
        cards.len(),
        old.display(),
        log.display(),
        backup.display()
    ));
    Ok(())
}

/// Seconds since the Unix epoch.
fn now_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
