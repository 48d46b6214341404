//! `pyqa quiz`: practise with spaced repetition, one line of input per prompt.

mod stats;

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use super::Outcome;
use super::show::{SeeAlso, write_answers};
use crate::cli::QuizArgs;
use crate::error::Error;
use crate::library::fsrs::{Fsrs, Rating};
use crate::library::paths::Paths;
use crate::library::progress::{self, DAY, Scheduler};
use crate::library::review_log::ReviewLog;
use crate::library::{Entry, Library, QuestionId};
use crate::output::{self, OutputPlan};
use crate::render;
use crate::render::palette::Role;

/// What the user answered at a prompt.
enum Reply {
    Go,
    Rated(Rating),
    Quit,
}

pub fn run(
    library: &Library,
    args: &QuizArgs,
    plan: &OutputPlan,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    let entries = library.select(args.topic.as_deref(), args.from.as_deref())?;
    let data = Paths::detect()?.data;
    let path = data.join(REVIEW_LOG);
    let now = now();
    let (mut file, warnings) = ReviewLog::open(path.clone(), now)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    for warning in &warnings {
        output::report(warning);
    }
    let scheduler = Scheduler {
        fsrs: Fsrs::default(),
        retention: args.retention,
    };
    migrate(library, &data, &mut file, &scheduler)?;
    if args.stats {
        let rows = stats::rows(&entries, &file, now, card_key);
        let orphaned = orphaned(library, &file)?;
        stats::write(&rows, orphaned, args.json, plan, out)?;
        return Ok(Outcome::Found);
    }
    let session = pick(&entries, &file, now, args.count, args.new);
    if session.is_empty() {
        writeln!(
            out,
            "Nothing to practise now: every question is scheduled for later (see `pyqa quiz --stats`)."
        )?;
        return Ok(Outcome::Found);
    }
    let mut input = io::stdin().lock();
    // How many answers got each rating, again to easy: the review log's words.
    let mut rated = [0_usize; 4];
    for (i, entry) in session.iter().enumerate() {
        if plan.tty {
            // On a terminal each question starts on a clean screen instead of scrolling.
            write!(out, "{CLEAR_SCREEN}")?;
        }
        let number = format!("[{}/{}] {}.", i + 1, session.len(), entry.id());
        writeln!(
            out,
            "{} {}",
            plan.paint(&number, Role::Number),
            entry.question.title
        )?;
        if !matches!(
            ask(&mut input, out, "Enter: show the answer, q: quit> ", false)?,
            Reply::Go
        ) {
            break;
        }
        write_answers(std::slice::from_ref(entry), SeeAlso::Left, plan, out)?;
        let prompt = "How well? [1 again, 2 hard, 3 good, 4 easy; y/n; q] ";
        let Reply::Rated(rating) = ask(&mut input, out, prompt, true)? else {
            break;
        };
        let key = card_key(entry);
        let card = file.record(&key, rating, now, &scheduler).map_err(|e| {
            Error::io(
                format!("cannot save progress to {}", file.path().display()),
                e,
            )
        })?;
        rated[rating as usize - 1] += 1;
        writeln!(out, "{} → {}\n", rating.name(), wait(card.due - now))?;
    }
    writeln!(out, "{}", summary(&rated))?;
    Ok(Outcome::Found)
}

/// `Answered 3: 1 again, 2 good.`: how many answers got each rating.
fn summary(rated: &[usize; 4]) -> String {
    let ratings = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];
    let counts: Vec<String> = ratings
        .iter()
        .zip(rated)
        .filter(|(_, n)| **n > 0)
        .map(|(rating, n)| format!("{n} {}", rating.name()))
        .collect();
    let total: usize = rated.iter().sum();
    if counts.is_empty() {
        format!("Answered {total}.")
    } else {
        format!("Answered {total}: {}.", counts.join(", "))
    }
}

/// Due questions first (longest overdue first), then new ones up to `new` a day (counting those
/// already begun today), up to `count` in all.
fn pick<'a>(
    entries: &[Entry<'a>],
    file: &ReviewLog,
    now: u64,
    count: usize,
    new: usize,
) -> Vec<Entry<'a>> {
    let card = |e: &Entry<'_>| file.cards.get(&card_key(e)).copied();
    let today = now - now % DAY;
    let begun_today = file.first_review.values().filter(|&&t| t >= today).count();
    let mut due: Vec<(u64, Entry<'a>)> = entries
        .iter()
        .filter_map(|e| {
            card(e)
                .filter(|c| c.is_due(now))
                .map(|c| (c.due, e.clone()))
        })
        .collect();
    due.sort_by_key(|(when, _)| *when);
    let fresh = entries
        .iter()
        .filter(|e| card(e).is_none())
        .take(new.saturating_sub(begun_today))
        .cloned();
    due.into_iter()
        .map(|(_, e)| e)
        .chain(fresh)
        .take(count)
        .collect()
}

/// Prompts and reads one line; end of input quits.
fn ask(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
    yes_no: bool,
) -> Result<Reply, Error> {
    loop {
        write!(out, "{prompt}")?;
        out.flush()?;
        let mut line = String::new();
        let read = input
            .read_line(&mut line)
            .map_err(|e| Error::io("reading the answer from standard input", e))?;
        if read == 0 {
            writeln!(out)?;
            return Ok(Reply::Quit);
        }
        let reply = line.trim().to_lowercase();
        match (reply.as_str(), yes_no) {
            ("q" | "quit", _) => return Ok(Reply::Quit),
            (_, false) => return Ok(Reply::Go),
            ("y" | "yes", true) => return Ok(Reply::Rated(Rating::Good)),
            ("n" | "no", true) => return Ok(Reply::Rated(Rating::Again)),
            (number, true) => {
                if let Some(rating) = number.parse().ok().and_then(Rating::from_number) {
                    return Ok(Reply::Rated(rating));
                }
            }
        }
    }
}

/// `10 minutes`, `3 days`: how long until a card comes back.
fn wait(seconds: u64) -> String {
    let (count, unit) = match seconds {
        0..3600 => (seconds / 60, "minute"),
        3600..86_400 => (seconds / 3600, "hour"),
        _ => (seconds / 86_400, "day"),
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    render::count(count, unit)
}

/// How many reviewed cards match no question of any deck any more (edited or removed).
fn orphaned(library: &Library, file: &ReviewLog) -> Result<usize, Error> {
    let known: HashSet<String> = library.select(None, None)?.iter().map(card_key).collect();
    Ok(file.cards.keys().filter(|k| !known.contains(*k)).count())
}

/// Moves the cursor home and clears the screen (ANSI).
const CLEAR_SCREEN: &str = "\x1b[H\x1b[2J";

/// The review log's file in the data folder.
const REVIEW_LOG: &str = "reviews.log";
/// The progress file of earlier versions, carried over into the log once.
const OLD_PROGRESS: &str = "progress.json";

/// A question's key in the review log: its deck and a hash (XXH3-64) of its title, lowercased,
/// without markup and with white space collapsed. Renumbering, reordering or moving a question
/// to another topic keeps its progress; editing its title starts it afresh.
pub fn card_key(entry: &Entry<'_>) -> String {
    let title = entry.question.title.to_lowercase();
    let normalised = title
        .split(|c: char| c.is_whitespace() || c == '`' || c == '*')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}:{:016x}",
        entry.deck.name(),
        xxhash_rust::xxh3::xxh3_64(normalised.as_bytes())
    )
}

/// Carries the old `progress.json` (Leitner boxes keyed `DECK:N`) into the log once, as the
/// questions those numbers name now, and keeps it as `progress.json.bak`.
fn migrate(
    library: &Library,
    data: &Path,
    log: &mut ReviewLog,
    scheduler: &Scheduler,
) -> Result<(), Error> {
    let old = data.join(OLD_PROGRESS);
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
            carried.push((card_key(&entry), card.carried_over(&scheduler.fsrs)));
        }
    }
    log.import(&carried).map_err(|e| {
        Error::io(
            format!("cannot save progress to {}", log.path().display()),
            e,
        )
    })?;
    fs::rename(&old, &backup)
        .map_err(|e| Error::io(format!("cannot move {}", old.display()), e))?;
    output::report(&format!(
        "note: carried {} of {} over from {} into {} (the old file is kept as {})",
        render::count(carried.len(), "card"),
        cards.len(),
        old.display(),
        log.path().display(),
        backup.display()
    ));
    Ok(())
}

/// Seconds since the Unix epoch.
fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
