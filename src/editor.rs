//! Opening a question of the user's decks in their editor, at the question's line: `$VISUAL`,
//! else `$EDITOR`, else `vi`. Most editors take `+LINE FILE` (vi, vim, neovim, nano, micro,
//! emacs, kakoune); VS Code and its builds take `-g FILE:LINE`; Helix, Sublime Text and Zed take
//! `FILE:LINE`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::Error;
use crate::library::Entry;

/// Where a question is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: PathBuf,
    /// 1-based.
    pub line: usize,
}

/// The file and line of `entry`, or why it cannot be edited.
pub fn place(entry: &Entry<'_>) -> Result<Place, Error> {
    let id = entry.id();
    let Some(source) = entry.deck.source() else {
        return Err(Error::Usage(format!(
            "{id} is a built-in question, which cannot be edited; `pyqa export > python.md` \
             writes the built-in set as a deck of your own"
        )));
    };
    let file = match &entry.question.file {
        Some(below) if source.is_dir() => source.join(below),
        _ => source.to_path_buf(),
    };
    if !file.is_file() {
        return Err(Error::Usage(format!(
            "{id} was read from {}, which is not a file to edit",
            file.display()
        )));
    }
    Ok(Place {
        file,
        line: entry.question.line.max(1),
    })
}

/// Runs the editor on `place` and waits for it; with `on_tty`, its input and output are the
/// terminal (`/dev/tty`) rather than pyqa's own, which may be a pipe.
pub fn open(place: &Place, on_tty: bool) -> Result<(), Error> {
    let (words, from) = editor()?;
    let (program, options) = words
        .split_first()
        .ok_or_else(|| Error::Usage(format!("{from} is empty")))?;
    let mut command = Command::new(program);
    command.args(options).args(arguments(program, place));
    if on_tty {
        command
            .stdin(terminal()?)
            .stdout(terminal()?)
            .stderr(terminal()?);
    }
    let status = command.status().map_err(|e| {
        Error::io(
            format!("cannot start the editor `{program}` (from {from})"),
            e,
        )
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::Environment(format!(
            "the editor `{program}` ended with {status}; {} is as it left it",
            place.file.display()
        )))
    }
}

/// The terminal, as an editor's input or output.
fn terminal() -> Result<Stdio, Error> {
    File::options()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .map(Stdio::from)
        .map_err(|e| Error::io("opening the terminal (/dev/tty)", e))
}

/// The editor's command words and the variable they came from.
fn editor() -> Result<(Vec<String>, &'static str), Error> {
    for name in ["VISUAL", "EDITOR"] {
        if let Some(value) = std::env::var_os(name).filter(|v| !v.is_empty()) {
            let value = value.to_string_lossy();
            let words = shell_words::split(&value)
                .map_err(|e| Error::Usage(format!("cannot read ${name} (`{value}`): {e}")))?;
            return Ok((
                words,
                if name == "VISUAL" {
                    "$VISUAL"
                } else {
                    "$EDITOR"
                },
            ));
        }
    }
    Ok((vec!["vi".to_owned()], "the default, vi"))
}

/// How `program` is told the file and line.
fn arguments(program: &str, place: &Place) -> Vec<String> {
    let name = Path::new(program)
        .file_stem()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let file = place.file.display().to_string();
    let at = format!("{file}:{}", place.line);
    match name.as_str() {
        "code" | "code-insiders" | "codium" | "vscodium" => vec!["-g".to_owned(), at],
        "hx" | "helix" | "subl" | "sublime_text" | "zed" | "zeditor" => vec![at],
        _ => vec![format!("+{}", place.line), file],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_editor_is_told_the_line_its_way() {
        let place = Place {
            file: PathBuf::from("/d/notes.md"),
            line: 12,
        };
        assert_eq!(arguments("vim", &place), ["+12", "/d/notes.md"]);
        assert_eq!(arguments("/usr/bin/nano", &place), ["+12", "/d/notes.md"]);
        assert_eq!(arguments("emacsclient", &place), ["+12", "/d/notes.md"]);
        assert_eq!(arguments("code", &place), ["-g", "/d/notes.md:12"]);
        assert_eq!(arguments("codium", &place), ["-g", "/d/notes.md:12"]);
        assert_eq!(arguments("hx", &place), ["/d/notes.md:12"]);
    }
}
