//! Compiles `data/*.txt` into the blob the binary embeds: a tantivy index plus the parsed deck.
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
