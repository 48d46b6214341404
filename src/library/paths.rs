//! Where pyqa keeps things: user decks (config), deck indexes (cache), study progress (data).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use directories::ProjectDirs;

use crate::error::Error;

/// pyqa's folders, following the platform's conventions (XDG on Linux).
#[derive(Debug, Clone)]
pub struct Paths {
    /// `$XDG_CONFIG_HOME/pyqa`.
    pub config: PathBuf,
    /// Decks found automatically: `*.txt` and `*.md` in `config/decks`.
    pub decks: PathBuf,
    /// `$XDG_CACHE_HOME/pyqa`: indexes of user decks, rebuilt whenever needed.
    pub cache: PathBuf,
    /// `$XDG_DATA_HOME/pyqa`: study progress.
    pub data: PathBuf,
}

impl Paths {
    /// The folders for this user; an error when there is no home folder to put them in.
    pub fn detect() -> Result<Self, Error> {
        let dirs = ProjectDirs::from("", "", "pyqa").ok_or_else(|| {
            Error::Environment(
                "no home folder: set HOME (or XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_DATA_HOME)"
                    .into(),
            )
        })?;
        let config = dirs.config_dir().to_path_buf();
        let paths = Self {
            decks: config.join("decks"),
            config,
            cache: dirs.cache_dir().to_path_buf(),
            data: dirs.data_dir().to_path_buf(),
        };
        let unset = |name: &str| std::env::var_os(name).is_none_or(|value| value.is_empty());
        let xdg = ["XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"];
        if unset("HOME") && xdg.iter().any(|name| unset(name)) {
            paths.say_where_once();
        }
        Ok(paths)
    }

    /// Says, once a run, where pyqa keeps its files when neither `HOME` nor the `XDG_*` variables
    /// said: the home folder came from the user database.
    fn say_where_once(&self) {
        static SAID: AtomicBool = AtomicBool::new(false);
        if !SAID.swap(true, Ordering::Relaxed) {
            crate::output::report(&format!(
                "note: HOME is not set; pyqa reads decks from {}, keeps indexes in {} and progress in {}",
                self.decks.display(),
                self.cache.display(),
                self.data.display()
            ));
        }
    }
}
