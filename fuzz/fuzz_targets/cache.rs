//! Arbitrary damage to a deck's cached index: the input is a list of edits (which file, what to
//! do, where, with which byte) applied to a copy of a freshly built index, which is then opened
//! as pyqa opens it and every question read back. Each must be the question the deck holds, or
//! an error after which the damaged index is removed and the deck read again gives the right one;
//! never another answer, never a panic.
#![no_main]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pyqa::library::deck::DeckIndex;
use pyqa::library::deck_cache;
use pyqa_core::text::model::QuestionNumber;

/// Questions in the deck.
const QUESTIONS: u32 = 12;

/// The deck file, its cache folder and its one index folder as first built, kept aside.
struct Built {
    deck: PathBuf,
    cache: PathBuf,
    pristine: PathBuf,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("pyqa-fuzz-cache-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).unwrap();
        let deck = root.join("places.md");
        let mut text = String::from("# Places\n\n");
        for n in 1..=QUESTIONS {
            text.push_str(&format!("{n}. What is place {n}?\nPlace {n} is answer{n}x.\n\n"));
        }
        fs::write(&deck, text).unwrap();
        let cache = root.join("cache");
        assert_eq!(deck_cache::load_all(None, &[deck.clone()], Some(&cache)).len(), 1);
        let index = index_folder(&cache.join("decks"));
        let pristine = root.join("pristine");
        copy(&index, &pristine);
        Built {
            deck,
            cache,
            pristine,
        }
    })
}

fn index_folder(decks: &Path) -> PathBuf {
    fs::read_dir(decks)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .expect("an index folder")
}

fn copy(from: &Path, to: &Path) {
    let _ = fs::remove_dir_all(to);
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// Whether every question of `deck` reads back as written; `None` when one fails to read.
fn reads_right(deck: &DeckIndex) -> Option<bool> {
    for n in 1..=QUESTIONS {
        let question = deck.question(QuestionNumber(n)).ok()?;
        let Ok(question) = question else {
            return Some(false);
        };
        let answer = question.answer.searchable_text();
        if question.title != format!("What is place {n}?")
            || answer.trim() != format!("Place {n} is answer{n}x.")
        {
            return Some(false);
        }
    }
    Some(true)
}

fuzz_target!(|data: &[u8]| {
    let built = built();
    let decks = built.cache.join("decks");
    let index = index_folder(&decks).to_path_buf();
    copy(&built.pristine, &index);
    let mut names: Vec<PathBuf> = fs::read_dir(&index).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for edit in data.chunks_exact(6) {
        let file = &names[usize::from(edit[0]) % names.len()];
        let mut bytes = fs::read(file).unwrap();
        let at = usize::from(u16::from_le_bytes([edit[2], edit[3]]));
        match edit[1] % 4 {
            0 if !bytes.is_empty() => {
                let at = at % bytes.len();
                bytes[at] ^= edit[4] | 1;
            }
            1 => bytes.truncate(at % (bytes.len() + 1)),
            2 => bytes.extend(std::iter::repeat_n(edit[4], usize::from(edit[5]) + 1)),
            _ => {
                let at = at % (bytes.len() + 1);
                bytes.insert(at, edit[4]);
            }
        }
        fs::write(file, bytes).unwrap();
    }
    let load = || deck_cache::load_all(None, &[built.deck.clone()], Some(&built.cache));
    let decks_loaded = load();
    let first = decks_loaded.first().map(reads_right);
    drop(decks_loaded);
    match first {
        Some(Some(right)) => assert!(right, "a damaged index gave another answer"),
        _ => {
            // Damage found while reading: removed, and the deck read again.
            deck_cache::remove_damaged();
            let again = load();
            assert_eq!(again.first().map(reads_right), Some(Some(true)));
        }
    }
    deck_cache::remove_damaged();
    // The next input starts from the pristine index again, whatever was rebuilt.
    let rebuilt = index_folder(&decks);
    if rebuilt != index {
        let _ = fs::remove_dir_all(&rebuilt);
    }
});
