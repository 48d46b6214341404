//! Opening the embedded index and running one search: the zero-copy `StaticDirectory` against
//! copying the same files into tantivy's `RamDirectory`, alternated in one run.
//!
//! Run with `cargo bench --bench open_index`.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use tantivy::collector::TopDocs;
use tantivy::directory::{Directory, RamDirectory};
use tantivy::query::QueryParser;
use tantivy::{Index, ReloadPolicy};

use pyqa::library::built_in::BLOB;
use pyqa_core::index::blob::Blob;
use pyqa_core::index::schema;
use pyqa_core::index::static_directory::StaticDirectory;

const ROUNDS: usize = 2000;

fn open_and_search(directory: impl Into<Box<dyn Directory>>) -> usize {
    let index = Index::open(directory).expect("index opens");
    schema::register(&index);
    let (_, fields) = schema::schema();
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .expect("reader");
    let query = QueryParser::for_index(&index, vec![fields.title, fields.body])
        .parse_query_lenient("gil")
        .0;
    reader
        .searcher()
        .search(&query, &TopDocs::with_limit(10).order_by_score())
        .expect("search")
        .len()
}

fn zero_copy() -> usize {
    let (_, directory) = StaticDirectory::load(BLOB).expect("blob loads");
    open_and_search(directory)
}

fn ram_copy() -> usize {
    let blob: Blob<'static> = postcard::from_bytes(BLOB).expect("blob loads");
    let ram = RamDirectory::create();
    for file in &blob.files {
        ram.atomic_write(Path::new(file.name), file.bytes)
            .expect("file writes");
    }
    open_and_search(ram)
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn main() {
    let (mut zero, mut ram) = (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS));
    for _ in 0..ROUNDS {
        let start = Instant::now();
        black_box(zero_copy());
        zero.push(start.elapsed());
        let start = Instant::now();
        black_box(ram_copy());
        ram.push(start.elapsed());
    }
    let (zero, ram) = (median(&mut zero), median(&mut ram));
    println!("open + search \"gil\", median of {ROUNDS} alternated rounds");
    println!("  StaticDirectory (zero-copy): {zero:?}");
    println!("  RamDirectory (copied):       {ram:?}");
    println!(
        "  RamDirectory / StaticDirectory = {:.2}",
        ram.as_secs_f64() / zero.as_secs_f64()
    );
}
