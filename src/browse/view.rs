//! Drawing the browser: the query line, the results, a preview of the selected answer rendered as
//! `pyqa show` renders it for a terminal, and a status line.

use ansi_to_tui::IntoText as _;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use super::app::{App, Mode};
use crate::render::{self, layout, terminal};

/// The keys, for F1 (or `?`) and the man page: a column of keys, then what they do; at most 76
/// columns, so the panel fits an 80-column terminal.
pub const KEYS: &str = "\
type                      search as you type (every deck, typos corrected)
Up Down, Ctrl-P Ctrl-N    move through the results
PgUp PgDn, Ctrl-U Ctrl-D  scroll the answer
Enter                     open the answer full-screen (pyqa pick: choose it)
Tab                       next topic filter
Ctrl-Y                    copy the answer as Markdown (OSC 52, over SSH too)
Ctrl-E                    edit the question in $VISUAL or $EDITOR (your decks)
F1, or ? on no query      these keys
Esc                       back from the answer or these keys, else quit
Ctrl-C                    quit";

/// From this width the preview stands beside the results rather than below them.
const SIDE_BY_SIDE: u16 = 100;

/// Draws `app` into the frame; returns how far its answer can scroll (see [`App::max_scroll`]).
pub fn draw(frame: &mut Frame<'_>, app: &App<'_>) -> u16 {
    let [top, body, bottom] = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(frame.area());
    let query = Line::from(vec![
        Span::styled("> ", Style::new().add_modifier(Modifier::BOLD)),
        Span::raw(app.query.as_str()),
    ]);
    frame.render_widget(Paragraph::new(query), top);
    let max_scroll = match app.mode {
        Mode::List => {
            let direction = if body.width >= SIDE_BY_SIDE {
                Direction::Horizontal
            } else {
                Direction::Vertical
            };
            let [list, preview] = Layout::default()
                .direction(direction)
                .constraints([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(body);
            draw_results(frame, app, list);
            draw_answer(frame, app, preview, Borders::TOP | Borders::LEFT)
        }
        Mode::Full => draw_answer(frame, app, body, Borders::NONE),
        Mode::Help => {
            frame.render_widget(
                Paragraph::new(KEYS).block(Block::new().title(" keys ").borders(Borders::ALL)),
                body,
            );
            0
        }
    };
    let status = if !app.status.is_empty() {
        app.status.clone()
    } else if app.mode != Mode::List {
        "Esc: back  PgUp PgDn: scroll  Ctrl-C: quit".to_owned()
    } else {
        let count = if app.query.is_empty() {
            render::count(app.results.len(), "question")
        } else {
            format!("{} found", app.results.len())
        };
        format!("{count}  Tab: {}  F1: keys  Esc: quit", app.topic())
    };
    frame.render_widget(
        Paragraph::new(status).style(Style::new().add_modifier(Modifier::DIM)),
        bottom,
    );
    frame.set_cursor_position((
        top.x + 2 + u16::try_from(app.query.chars().count()).unwrap_or(0),
        top.y,
    ));
    max_scroll
}

/// One line per result: number, title, topic, cut with `…` at the area's width; the selected one
/// reversed.
fn draw_results(frame: &mut Frame<'_>, app: &App<'_>, area: Rect) {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let dim = Style::new().add_modifier(Modifier::DIM);
    let items: Vec<ListItem<'_>> = app
        .results
        .iter()
        .map(|entry| {
            let number = format!("{:>4}  ", entry.id());
            let topic = format!("  [{}]", entry.deck.topic_label(&entry.question.topic));
            let pieces = [
                (number.as_str(), bold),
                (entry.question.title.as_str(), Style::new()),
                (topic.as_str(), dim),
            ];
            let spans: Vec<Span<'_>> = layout::fit(&pieces, usize::from(area.width))
                .into_iter()
                .map(|(text, style)| Span::styled(text.into_owned(), style))
                .collect();
            ListItem::new(Line::from(spans))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.selected));
    let list = List::new(items).highlight_style(Style::new().add_modifier(Modifier::REVERSED));
    frame.render_stateful_widget(list, area, &mut state);
}

/// The selected answer as `pyqa show` lays it out for a terminal of the area's width, scrolled;
/// returns how far it can scroll.
fn draw_answer(frame: &mut Frame<'_>, app: &App<'_>, area: Rect, borders: Borders) -> u16 {
    let block = Block::new().borders(borders);
    let inner = block.inner(area);
    let width = usize::from(inner.width.max(1));
    // Laid out and painted as `pyqa show` paints a terminal (code highlighted too), then read
    // back into ratatui's styles; ours are the only escape sequences in it.
    let painted = app.selected().map_or_else(
        || "No question matches.".to_owned(),
        |entry| terminal::question(&entry.question, width, app.color),
    );
    let text = painted
        .into_text()
        .unwrap_or_else(|_| Text::raw(painted.clone()));
    // The answer is laid out to the pane's width, so each of its lines is one line on screen.
    let lines = u16::try_from(text.lines.len()).unwrap_or(u16::MAX);
    let max_scroll = lines.saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((app.scroll.min(max_scroll), 0)),
        area,
    );
    max_scroll
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::draw;
    use crate::browse::app::{App, Exit, Mode};
    use crate::library::Library;

    /// The screen `app` draws on a terminal `width` × `height`, as text.
    fn screen(app: &App<'_>, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| {
                draw(frame, app);
            })
            .unwrap();
        let buffer = terminal.backend().buffer();
        let mut text = String::new();
        for y in 0..height {
            let line: String = (0..width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect();
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn a_query_lists_its_results_with_a_preview_of_the_first() {
        let library = Library::new(Vec::new()).unwrap();
        let app = App::new(&library, "gil", None, false).unwrap();
        assert_eq!(app.selected().unwrap().id(), "166");
        let small = screen(&app, 80, 24);
        assert!(small.contains("What is the GIL"), "{small}");
        insta::assert_snapshot!("browse_gil_80x24", small);
        insta::assert_snapshot!("browse_gil_120x40", screen(&app, 120, 40));
    }

    #[test]
    fn typing_moving_opening_and_quitting() {
        let library = Library::new(Vec::new()).unwrap();
        let mut app = App::new(&library, "", None, false).unwrap();
        assert_eq!(
            app.results.len(),
            40,
            "an empty query lists the first forty questions"
        );
        for c in "monads".chars() {
            app.key(key(KeyCode::Char(c))).unwrap();
        }
        assert_eq!(app.selected().unwrap().id(), "60");
        app.key(key(KeyCode::Down)).unwrap();
        assert_eq!(app.selected, 1);
        app.key(key(KeyCode::Enter)).unwrap();
        assert_eq!(app.mode, Mode::Full);
        app.key(key(KeyCode::Esc)).unwrap();
        assert_eq!((app.mode, app.exit.clone()), (Mode::List, None));
        app.key(key(KeyCode::Tab)).unwrap();
        assert_eq!(app.topic(), "Language Basics and the Data Model");
        app.key(key(KeyCode::Esc)).unwrap();
        assert_eq!(app.exit, Some(Exit::Quit));
    }

    #[test]
    fn picking_gives_the_selected_address() {
        let library = Library::new(Vec::new()).unwrap();
        let mut app = App::new(&library, "monads", None, true).unwrap();
        app.key(key(KeyCode::Enter)).unwrap();
        assert_eq!(app.exit, Some(Exit::Picked("60".into())));
    }

    #[test]
    fn the_footer_says_what_esc_does_and_f1_shows_the_keys_whatever_the_query() {
        let library = Library::new(Vec::new()).unwrap();
        let mut app = App::new(&library, "gil", None, false).unwrap();
        app.key(key(KeyCode::Enter)).unwrap();
        let full = screen(&app, 80, 24);
        assert!(
            full.trim_end()
                .ends_with("Esc: back  PgUp PgDn: scroll  Ctrl-C: quit"),
            "{full}"
        );
        app.key(key(KeyCode::Esc)).unwrap();
        app.key(key(KeyCode::Char('?'))).unwrap();
        assert_eq!(
            (app.mode, app.query.as_str()),
            (Mode::List, "gil?"),
            "typed"
        );
        app.key(key(KeyCode::F(1))).unwrap();
        assert_eq!(app.mode, Mode::Help);
        let keys = screen(&app, 80, 24);
        assert!(keys.contains("F1, or ? on no query"), "{keys}");
        assert!(keys.lines().all(|l| l.chars().count() <= 80), "{keys}");
    }

    #[test]
    fn a_corrected_typo_is_named_and_a_short_answer_does_not_scroll_away() {
        let library = Library::new(Vec::new()).unwrap();
        let mut app = App::new(&library, "", None, false).unwrap();
        for c in "gunicron".chars() {
            app.key(key(KeyCode::Char(c))).unwrap();
        }
        let shown = screen(&app, 80, 24);
        assert!(
            shown.contains("showing results for \"gunicorn\""),
            "{shown}"
        );
        app.key(key(KeyCode::Enter)).unwrap();
        let before = screen(&app, 120, 60);
        // What the event loop does after each frame.
        let mut terminal = Terminal::new(TestBackend::new(120, 60)).unwrap();
        let mut max_scroll = u16::MAX;
        terminal
            .draw(|frame| max_scroll = draw(frame, &app))
            .unwrap();
        app.max_scroll = max_scroll;
        for _ in 0..5 {
            app.key(key(KeyCode::PageDown)).unwrap();
        }
        assert_eq!(app.scroll, 0, "the whole answer fits: nothing to scroll");
        assert_eq!(screen(&app, 120, 60), before);
    }

    #[test]
    fn titles_cut_in_the_list_end_in_an_ellipsis() {
        let library = Library::new(Vec::new()).unwrap();
        let app = App::new(&library, "", None, false).unwrap();
        let shown = screen(&app, 80, 24);
        let cut: Vec<&str> = shown.lines().filter(|l| l.contains('…')).collect();
        assert!(!cut.is_empty(), "{shown}");
        assert!(!shown.contains("[Advanced Ne\n"), "{shown}");
    }

    #[test]
    fn python_in_the_preview_is_highlighted_when_colour_is_on() {
        let dir = tempfile::tempdir().unwrap();
        let deck = dir.path().join("code.md");
        std::fs::write(
            &deck,
            "# Code\n\n## 1. Cached?\n\n```python\ndef fib(n):\n    return n\n```\n\n## 2. Other?\n\nYes.\n",
        )
        .unwrap();
        let decks = crate::library::deck_cache::load_all(None, &[deck], Some(dir.path()));
        let library = Library::with_decks(decks);
        let mut app = App::new(&library, "fib", None, false).unwrap();
        let colour_of = |app: &App<'_>, word: &str| {
            let mut terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
            terminal
                .draw(|frame| {
                    draw(frame, app);
                })
                .unwrap();
            let buffer = terminal.backend().buffer().clone();
            let (width, height) = (buffer.area.width, buffer.area.height);
            (0..height)
                .flat_map(|y| (0..width).map(move |x| (x, y)))
                .find(|&(x, y)| {
                    let line: String = (x..width)
                        .take(word.len())
                        .map(|x| buffer[(x, y)].symbol().to_owned())
                        .collect();
                    line == word && x > 50
                })
                .map(|(x, y)| buffer[(x, y)].fg)
        };
        assert_eq!(colour_of(&app, "def"), Some(ratatui::style::Color::Reset));
        app.color = true;
        assert_eq!(
            colour_of(&app, "def"),
            Some(ratatui::style::Color::Indexed(111))
        );
    }
}
