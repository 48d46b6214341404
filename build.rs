//! Compiles `data/*.txt` into the blob the binary embeds (a tantivy index plus the parsed deck),
//! and `data/search/thesaurus.txt` into the tables of `src/search/thesaurus.rs`.
//!
//! The work is `pyqa_core`'s; Cargo reruns this script when that crate or `data/` changes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=data");
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
