//! The browser on a large deck: time to the first frame (loading the deck's cached index, the
//! first results and drawing them), and keystroke to redrawn frame (search and render) while a
//! query is typed and erased, median and 99th percentile.
//!
//! Run with `bash bench/browse.sh`, which writes the deck (`bench/gen_deck.py`) and passes its path
//! in `PYQA_BENCH_DECK`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use pyqa::browse::app::App;
use pyqa::browse::view;
use pyqa::library::{Library, deck_cache};

/// How many times the query is typed and erased.
const ROUNDS: usize = 20;
/// What is typed: a word of the deck, a typo of one, and a phrase.
const QUERY: &str = "term1234 retri \"socket server\"";

fn main() {
    let deck = PathBuf::from(
        std::env::var_os("PYQA_BENCH_DECK").expect("PYQA_BENCH_DECK names a deck file"),
    );
    let cache = std::env::temp_dir().join(format!("pyqa-browse-bench-{}", std::process::id()));
    // The first load builds the deck's index; it is not what is measured.
    drop(deck_cache::load_all(
        None,
        std::slice::from_ref(&deck),
        Some(&cache),
    ));

    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let start = Instant::now();
    let library = Library::new(deck_cache::load_all(
        None,
        std::slice::from_ref(&deck),
        Some(&cache),
    ))
    .expect("the library loads");
    let mut app = App::new(&library, "", None, false).expect("the browser starts");
    terminal
        .draw(|frame| {
            view::draw(frame, &app);
        })
        .expect("a frame");
    let first = start.elapsed();

    let mut frames: Vec<Duration> = Vec::new();
    for _ in 0..ROUNDS {
        let keys = QUERY
            .chars()
            .map(KeyCode::Char)
            .chain(QUERY.chars().map(|_| KeyCode::Backspace));
        for code in keys {
            let start = Instant::now();
            app.key(KeyEvent::new(code, KeyModifiers::NONE))
                .expect("a key");
            terminal
                .draw(|frame| {
                    view::draw(frame, &app);
                })
                .expect("a frame");
            frames.push(start.elapsed());
        }
    }
    frames.sort_unstable();
    let at = |share: f64| {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let index = ((frames.len() - 1) as f64 * share).round() as usize;
        frames[index]
    };
    println!("deck: {}", deck.display());
    println!("first frame (load the deck, list, draw): {first:?}");
    println!(
        "keystroke to frame, {} keystrokes: median {:?}, p99 {:?}, max {:?}",
        frames.len(),
        at(0.5),
        at(0.99),
        frames[frames.len() - 1]
    );
    let _ = std::fs::remove_dir_all(&cache);
}
