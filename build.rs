//! Compiles `data/*.txt` and `data/*.md` into the blob the binary embeds (a tantivy index plus
//! the parsed deck), and `data/search/thesaurus.txt` into the tables of `src/search/thesaurus.rs`.
//!
//! The work is `pyqa_core`'s; Cargo reruns this script when that crate or `data/` changes.
//! It also names the reader's version (a hash of `pyqa_core`'s source) for the deck cache, so
//! that a deck read by an older reader is read again, with no number to remember to bump.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=crates/pyqa-core/src");
    match source_hash(Path::new("crates/pyqa-core/src")) {
        Ok(hash) => println!("cargo:rustc-env=PYQA_READER_HASH={hash:016x}"),
        Err(e) => {
            eprintln!("crates/pyqa-core/src: {e}");
            return ExitCode::FAILURE;
        }
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        eprintln!("OUT_DIR is not set");
        return ExitCode::FAILURE;
    };
    let thesaurus = Path::new("data/search/thesaurus.txt");
    let tables = std::fs::read_to_string(thesaurus)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            pyqa_core::query::thesaurus::Thesaurus::parse(&text).map_err(|e| e.to_string())
        })
        .and_then(|t| {
            std::fs::write(out_dir.join("thesaurus.rs"), t.to_rust()).map_err(|e| e.to_string())
        });
    if let Err(e) = tables {
        eprintln!("{}: {e}", thesaurus.display());
        return ExitCode::FAILURE;
    }
    match pyqa_core::index::compile::compile(
        Path::new("data"),
        &out_dir,
        &out_dir.join("pyqa.blob"),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// A hash of every file under `dir`, by path and content, in path order.
fn source_hash(dir: &Path) -> std::io::Result<u64> {
    use std::hash::{Hash, Hasher};
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut hasher = std::hash::DefaultHasher::new();
    for file in files {
        file.hash(&mut hasher);
        std::fs::read(&file)?.hash(&mut hasher);
    }
    Ok(hasher.finish())
}
