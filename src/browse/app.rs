//! The browser's state and what each key does to it; no terminal here, so it is tested directly.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::editor::{self, Place};
use crate::error::Error;
use crate::library::{Entry, Library};
use crate::search::{self, SearchRequest};

/// The most results listed for a query: more than a screen holds.
const RESULTS: usize = 40;
/// How many lines PgUp/PgDn and Ctrl-U/Ctrl-D scroll the preview.
const PAGE: u16 = 10;

/// What is on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The query, the results and a preview of the selected one.
    List,
    /// The selected answer, full-screen.
    Full,
    /// The list of keys.
    Help,
}

/// How the browser ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Esc or Ctrl-C.
    Quit,
    /// Enter in `pyqa pick`: the chosen question's address.
    Picked(String),
}

/// A request the state cannot carry out itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Copy this Markdown to the clipboard.
    Copy(String),
    /// Open this question in the user's editor.
    Edit(Place),
}

/// The browser's state.
#[derive(Debug)]
pub struct App<'a> {
    library: &'a Library,
    pub query: String,
    /// `None` for every topic, else the topic's name.
    topics: Vec<Option<String>>,
    topic: usize,
    pub results: Vec<Entry<'a>>,
    pub selected: usize,
    /// Lines of the answer scrolled past: at most `max_scroll`.
    pub scroll: u16,
    /// How far the answer on screen scrolls before its last line reaches the pane's bottom; the
    /// drawing sets it.
    pub max_scroll: u16,
    pub mode: Mode,
    /// Whether Enter picks the selected question rather than opening it.
    pick: bool,
    pub status: String,
    pub exit: Option<Exit>,
    /// Whether the answer is drawn in colour, code highlighted.
    pub color: bool,
}

impl<'a> App<'a> {
    /// The browser over `library`, searching `query` in `topic` (a name as the user gave it).
    pub fn new(
        library: &'a Library,
        query: &str,
        topic: Option<&str>,
        pick: bool,
    ) -> Result<Self, Error> {
        let mut topics: Vec<Option<String>> = vec![None];
        topics.extend(library.topic_names()?.into_iter().map(Some));
        let topic = match topic {
            Some(wanted) => {
                let name = library.resolve_topic(wanted)?;
                topics
                    .iter()
                    .position(|t| t.as_deref() == Some(&name))
                    .unwrap_or(0)
            }
            None => 0,
        };
        let mut app = Self {
            library,
            query: query.to_owned(),
            topics,
            topic,
            results: Vec::new(),
            selected: 0,
            scroll: 0,
            max_scroll: u16::MAX,
            mode: Mode::List,
            pick,
            status: String::new(),
            exit: None,
            color: false,
        };
        app.refresh()?;
        Ok(app)
    }

    /// The topic filter's name, for the status line.
    pub fn topic(&self) -> &str {
        self.topics[self.topic].as_deref().unwrap_or("all topics")
    }

    /// The selected result.
    pub fn selected(&self) -> Option<&Entry<'a>> {
        self.results.get(self.selected)
    }

    /// Runs the query again: every question of the topic when it is empty.
    fn refresh(&mut self) -> Result<(), Error> {
        let topic = self.topics[self.topic].as_deref();
        self.status.clear();
        self.results = if self.query.trim().is_empty() {
            self.library.first_entries(topic, RESULTS)?
        } else {
            let request = SearchRequest {
                text: &self.query,
                limit: RESULTS,
                topic,
                excerpts: false,
            };
            let results = search::search(self.library, &request)?;
            if !results.corrections.is_empty() {
                self.status = format!("showing results for \"{}\"", results.as_searched);
            }
            results.hits.into_iter().map(|hit| hit.entry).collect()
        };
        self.selected = 0;
        self.scroll = 0;
        Ok(())
    }

    /// What `key` does; an effect for the caller to carry out, if any.
    pub fn key(&mut self, key: KeyEvent) -> Result<Option<Effect>, Error> {
        if key.kind == KeyEventKind::Release {
            return Ok(None);
        }
        let control = key.modifiers.contains(KeyModifiers::CONTROL);
        match (key.code, control) {
            (KeyCode::Char('c'), true) => self.exit = Some(Exit::Quit),
            (KeyCode::Esc, _) => match self.mode {
                Mode::List => self.exit = Some(Exit::Quit),
                Mode::Full | Mode::Help => self.mode = Mode::List,
            },
            (KeyCode::Up, _) | (KeyCode::Char('p'), true) => self.select(-1),
            (KeyCode::Down, _) | (KeyCode::Char('n'), true) => self.select(1),
            (KeyCode::PageUp, _) | (KeyCode::Char('u'), true) => {
                self.scroll = self.scroll.saturating_sub(PAGE);
            }
            (KeyCode::PageDown, _) | (KeyCode::Char('d'), true) => {
                self.scroll = self.scroll.saturating_add(PAGE).min(self.max_scroll);
            }
            (KeyCode::Char('y'), true) => return Ok(self.copy()),
            (KeyCode::Char('e'), true) => return Ok(self.edit()),
            (KeyCode::Enter, _) => self.enter(),
            (KeyCode::Tab, _) => {
                self.topic = (self.topic + 1) % self.topics.len();
                self.refresh()?;
            }
            (KeyCode::F(1), _) => self.mode = Mode::Help,
            (KeyCode::Char('?'), false) if self.mode != Mode::Help && self.query.is_empty() => {
                self.mode = Mode::Help;
            }
            (KeyCode::Backspace, _) if self.mode == Mode::List => {
                self.query.pop();
                self.refresh()?;
            }
            (KeyCode::Char(c), false) if self.mode == Mode::List => {
                self.query.push(c);
                self.refresh()?;
            }
            _ => {}
        }
        Ok(None)
    }

    fn select(&mut self, step: isize) {
        if self.results.is_empty() {
            return;
        }
        let last = self.results.len() - 1;
        self.selected = self.selected.saturating_add_signed(step).min(last);
        self.scroll = 0;
    }

    fn enter(&mut self) {
        let Some(entry) = self.selected() else {
            return;
        };
        if self.pick {
            self.exit = Some(Exit::Picked(entry.id()));
        } else {
            self.mode = Mode::Full;
            self.scroll = 0;
        }
    }

    fn copy(&mut self) -> Option<Effect> {
        let entry = self.selected()?;
        let markdown = crate::render::markdown::question(&entry.question);
        self.status = format!(
            "copied {} as Markdown (OSC 52: works over SSH, if the terminal allows it)",
            entry.id()
        );
        Some(Effect::Copy(markdown))
    }

    /// The selected question's place, or on the status line why it cannot be edited.
    fn edit(&mut self) -> Option<Effect> {
        let entry = self.selected()?;
        match editor::place(entry) {
            Ok(place) => Some(Effect::Edit(place)),
            Err(why) => {
                self.status = why.to_string();
                None
            }
        }
    }
}
