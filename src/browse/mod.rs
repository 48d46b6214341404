//! `pyqa browse` and `pyqa pick`: a full-screen browser that searches as you type, with a preview
//! of the selected answer. The terminal is restored however the browser ends: on quit, on an
//! error, on SIGTERM or SIGHUP, and on a panic (the hook restores it before the process aborts).

pub mod app;
pub mod view;

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use base64::Engine;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::{cursor, execute, terminal};

use crate::commands::Outcome;
use crate::editor;
use crate::error::Error;
use crate::library::Library;
use app::{App, Effect, Exit};

/// Runs the browser on the terminal until it is quit. In `pick` mode it draws on `/dev/tty`, so
/// stdout can be captured, and Enter writes the chosen question's address to `out`; answers are in
/// colour when `color`.
pub fn run(
    library: &Library,
    query: &str,
    topic: Option<&str>,
    pick: bool,
    color: bool,
    out: &mut impl Write,
) -> Result<Outcome, Error> {
    if !pick && !io::stdout().is_terminal() {
        return Err(Error::Usage(
            "pyqa browse needs a terminal: `pyqa search` prints results, `pyqa pick` prints a choice"
                .into(),
        ));
    }
    let mut app = App::new(library, query, topic, pick)?;
    app.color = color;
    let screen: Box<dyn Write> = if pick {
        let tty = File::options()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .map_err(|e| Error::io("opening the terminal (/dev/tty)", e))?;
        Box::new(tty)
    } else {
        Box::new(io::stdout())
    };
    let stop = stop_on_signals();
    let mut terminal = Screen::enter(screen)?;
    let result = event_loop(&mut terminal.terminal, &mut app, &stop);
    drop(terminal);
    result?;
    if stop.load(Ordering::Relaxed) {
        return Ok(Outcome::Missed(vec!["stopped by a signal".into()]));
    }
    match app.exit {
        Some(Exit::Picked(id)) => {
            writeln!(out, "{id}")?;
            Ok(Outcome::Found)
        }
        // Silent, as fzf is: a key binding that runs `pyqa pick` prints nothing on Esc.
        _ if pick => Ok(Outcome::Missed(Vec::new())),
        _ => Ok(Outcome::Found),
    }
}

type Backend = CrosstermBackend<Box<dyn Write>>;

/// How often the loop looks for a stop signal while it waits for a key.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// A flag that SIGTERM and SIGHUP set, so the browser can restore the terminal and end.
fn stop_on_signals() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        // Without the handler a signal still ends pyqa, only without restoring the terminal.
        let _ = signal_hook::flag::register(signal, Arc::clone(&flag));
    }
    flag
}

/// Draws, waits for a key or a resize, and carries out what the key asks, until the app exits
/// or `stop` is set.
fn event_loop(
    terminal: &mut Terminal<Backend>,
    app: &mut App<'_>,
    stop: &AtomicBool,
) -> Result<(), Error> {
    let failed = |e| Error::io("drawing the browser", e);
    let keyboard = |e| Error::io("reading the keyboard", e);
    let mut redraw = true;
    while app.exit.is_none() && !stop.load(Ordering::Relaxed) {
        if redraw {
            let mut max_scroll = 0;
            terminal
                .draw(|frame| max_scroll = view::draw(frame, app))
                .map_err(failed)?;
            app.max_scroll = max_scroll;
        }
        redraw = event::poll(SIGNAL_CHECK).map_err(keyboard)?;
        if !redraw {
            continue;
        }
        match event::read().map_err(keyboard)? {
            Event::Key(key) => match app.key(key)? {
                Some(Effect::Copy(markdown)) => {
                    copy(terminal.backend_mut(), &markdown).map_err(failed)?;
                }
                Some(Effect::Edit(place)) => {
                    app.status = match suspended(terminal, || editor::open(&place, true))? {
                        Ok(()) => format!(
                            "edited {}; pyqa reads it again when it next starts",
                            place.file.display()
                        ),
                        Err(why) => why.to_string(),
                    };
                }
                None => {}
            },
            Event::Resize(..) => terminal.autoresize().map_err(failed)?,
            _ => {}
        }
    }
    Ok(())
}

/// Runs `task` on the terminal as the shell left it (cooked mode, the main screen), then takes
/// the screen back and redraws it whole.
fn suspended<T>(terminal: &mut Terminal<Backend>, task: impl FnOnce() -> T) -> Result<T, Error> {
    let failed = |e| Error::io("setting up the terminal", e);
    leave(terminal).map_err(failed)?;
    let done = task();
    // The screen is blanked and drawn blank, so that the next frame is drawn whole (ratatui's
    // own `clear` asks the terminal where its cursor is, which not every terminal answers).
    terminal::enable_raw_mode()
        .and_then(|()| {
            execute!(
                terminal.backend_mut(),
                terminal::EnterAlternateScreen,
                terminal::Clear(terminal::ClearType::All)
            )
        })
        .and_then(|()| {
            terminal
                .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))
                .map(|_| ())
        })
        .map_err(failed)?;
    Ok(done)
}

/// Asks the terminal to put `text` on the clipboard (OSC 52), which works over SSH too.
fn copy(backend: &mut Backend, text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    write!(backend, "\x1b]52;c;{encoded}\x07")?;
    backend.flush()
}

/// The terminal in raw mode on the alternate screen; restored when dropped.
struct Screen {
    terminal: Terminal<Backend>,
}

impl Screen {
    fn enter(mut writer: Box<dyn Write>) -> Result<Self, Error> {
        let failed = |e| Error::io("setting up the terminal", e);
        terminal::enable_raw_mode().map_err(failed)?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        let entered = execute!(writer, terminal::EnterAlternateScreen, cursor::Show)
            .and_then(|()| Terminal::new(CrosstermBackend::new(writer)));
        match entered {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                // Nothing to draw on: leave the terminal as it was found.
                restore();
                Err(failed(e))
            }
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = leave(&mut self.terminal);
    }
}

/// Leaves the alternate screen and raw mode: the terminal as the shell had it.
fn leave(terminal: &mut Terminal<Backend>) -> io::Result<()> {
    let left = execute!(
        terminal.backend_mut(),
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let cooked = terminal::disable_raw_mode();
    left.and(cooked)
}

/// Leaves raw mode and the alternate screen, as far as a panicking process can.
fn restore() {
    let _ = terminal::disable_raw_mode();
    if let Ok(mut tty) = File::options().write(true).open("/dev/tty") {
        let _ = execute!(tty, terminal::LeaveAlternateScreen, cursor::Show);
    }
}
