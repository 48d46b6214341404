//! The deck cache never shows a wrong answer and never aborts: every damage to a cached index
//! (a changed byte anywhere, a cut or grown file, a file or folder from another deck) ends in the
//! right answer, rebuilt with a note, or in one clear line.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::util::TestEnv;

/// A deck of sixty questions, each with a word of its own.
fn deck_text(answer_word: &str) -> String {
    let mut text = String::from("# Places\n\n");
    for n in 1..=60 {
        let _ = write!(
            text,
            "{n}. What is fact number {n} about place{n}?\nThe answer to fact {n} is {answer_word}{n}x.\n\n"
        );
    }
    text
}

/// The one index folder of the deck cache.
fn index_folder(home: &TestEnv) -> PathBuf {
    let folders: Vec<PathBuf> = fs::read_dir(home.cache())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    assert_eq!(folders.len(), 1, "{folders:?}");
    folders.into_iter().next().unwrap()
}

/// The document store of the index in `folder`.
fn store_of(folder: &Path) -> PathBuf {
    fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap()
}

/// Flips a bit of the byte in the middle of the file at `path`, in place.
fn flip_a_bit_in_the_middle(path: &Path) {
    let mut bytes = fs::read(path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    fs::write(path, bytes).unwrap();
}

fn copy_folder(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// How one run ended.
#[derive(Debug, Default)]
struct Tally {
    right: usize,
    error: usize,
    wrong: Vec<String>,
}

impl Tally {
    /// Runs `pyqa ARGS` and sorts the outcome: the `expected` text on exit 0 is right; exit 2
    /// with one line on stderr is a clear error; anything else (another text, an abort, a
    /// control character on stdout) is wrong.
    fn run(&mut self, home: &TestEnv, case: &str, args: &[&str], expected: &str) {
        let output = home.pyqa().args(args).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        match output.status.code() {
            Some(0) if stdout.contains(expected) && !stdout.contains('\u{1b}') => self.right += 1,
            Some(2) if stderr.lines().count() <= 2 && !stderr.contains("panicked") => {
                self.error += 1;
            }
            status => self.wrong.push(format!(
                "{case}: pyqa {args:?} exited {status:?}\nstdout: {stdout}\nstderr: {stderr}"
            )),
        }
    }
}

/// What is done to one file of the index in one case.
#[derive(Debug, Clone, Copy)]
enum Damage {
    /// A bit flipped at this offset.
    Flip(usize),
    CutInHalf,
    Emptied,
    Grown,
}

impl Damage {
    /// Every damage of a file of `len` bytes: a flip at a dozen offsets spread over it (its
    /// start, its end and its footer among them), and a cut, an emptied and a grown file.
    fn all(len: usize) -> Vec<Self> {
        let mut offsets: Vec<usize> = Vec::new();
        if len > 0 {
            offsets.extend((0..9).map(|i| i * len / 9));
            offsets.extend([len - 1, len.saturating_sub(8), len.saturating_sub(20)]);
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut all: Vec<Self> = offsets.into_iter().map(Self::Flip).collect();
        all.extend([Self::CutInHalf, Self::Emptied, Self::Grown]);
        all
    }

    fn apply(self, bytes: &mut Vec<u8>) {
        match self {
            Self::Flip(at) => bytes[at] ^= 0x04,
            Self::CutInHalf => bytes.truncate(bytes.len() / 2),
            Self::Emptied => bytes.clear(),
            Self::Grown => bytes.extend(std::iter::repeat_n(b'x', 3000)),
        }
    }
}

#[test]
fn every_damage_to_a_cached_index_ends_in_the_right_answer_or_a_clear_error() {
    let home = TestEnv::new();
    home.deck("places.md", deck_text("token"));
    home.run(&["show", "places:7"], 0);
    let folder = index_folder(&home);
    let pristine = home.root().join("pristine");
    copy_folder(&folder, &pristine);
    let mut names: Vec<String> = fs::read_dir(&pristine)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 6, "{names:?}");
    let mut tally = Tally::default();
    for name in &names {
        let original = fs::read(pristine.join(name)).unwrap();
        for damage in Damage::all(original.len()) {
            // Each case starts from the index as it was built.
            let _ = fs::remove_dir_all(&folder);
            copy_folder(&pristine, &folder);
            let mut bytes = original.clone();
            damage.apply(&mut bytes);
            fs::write(folder.join(name), &bytes).unwrap();
            let case = format!("{name}: {damage:?}");
            tally.run(&home, &case, &["show", "places:7"], "fact 7 is token7x.");
            tally.run(&home, &case, &["search", "token7x", "-q"], "places:7");
        }
    }
    assert!(tally.wrong.is_empty(), "{}", tally.wrong.join("\n\n"));
    assert_eq!(tally.error, 0, "every damage is rebuilt from the deck");
    assert!(tally.right > 200, "{tally:?}");
}

#[test]
fn a_damaged_cache_is_rebuilt_once_with_a_note_naming_the_deck() {
    let home = TestEnv::new();
    home.deck("places.md", deck_text("token"));
    home.run(&["show", "places:7"], 0);
    let folder = index_folder(&home);
    flip_a_bit_in_the_middle(&store_of(&folder));
    let (stdout, stderr) = home.run(&["show", "places:7"], 0);
    assert!(stdout.contains("fact 7 is token7x."), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("pyqa: note: the cached index of ")
            && stderr.contains("places.md is damaged")
            && stderr.trim_end().ends_with("rebuilding it"),
        "{stderr}"
    );
    let (_, stderr) = home.run(&["show", "places:7"], 0);
    assert_eq!(stderr, "", "rebuilt once");
}

#[test]
fn an_index_file_or_folder_from_another_deck_is_never_used() {
    let home = TestEnv::new();
    let paris = home.deck("paris.md", deck_text("paris"));
    let rome = home.deck("rome.md", deck_text("rome"));
    home.run(&["show", "paris:7", "rome:7"], 0);
    let folders: Vec<PathBuf> = fs::read_dir(home.cache())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    assert_eq!(folders.len(), 2);
    // One file of one deck's index over the other's.
    fs::copy(store_of(&folders[1]), store_of(&folders[0])).unwrap();
    let (stdout, _) = home.run(&["show", "paris:7", "rome:7"], 0);
    assert!(stdout.contains("fact 7 is paris7x.") && stdout.contains("fact 7 is rome7x."));
    // The folders swapped whole.
    let aside = home.root().join("aside");
    fs::rename(&folders[0], &aside).unwrap();
    fs::rename(&folders[1], &folders[0]).unwrap();
    fs::rename(&aside, &folders[1]).unwrap();
    let (stdout, stderr) = home.run(&["show", "paris:7", "rome:7"], 0);
    assert!(
        stdout.contains("fact 7 is paris7x.") && stdout.contains("fact 7 is rome7x."),
        "{stdout}"
    );
    assert_eq!(stderr.lines().count(), 2, "a note for each deck: {stderr}");
    drop((paris, rome));
}

#[test]
fn an_edit_of_the_same_size_that_keeps_the_modification_time_is_read() {
    let home = TestEnv::new();
    let deck = home.deck("places.md", deck_text("token"));
    let modified = fs::metadata(&deck).unwrap().modified().unwrap();
    // Settled: the stamp trusts what the file system says of the file from now on.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    home.run(&["show", "places:7"], 0);
    home.run(&["show", "places:7"], 0);
    let edited = deck_text("token").replace("token7x", "tok3n7");
    assert_eq!(edited.len(), deck_text("token").len() - 1);
    fs::write(&deck, edited + "\n").unwrap();
    let file = fs::File::options().write(true).open(&deck).unwrap();
    file.set_modified(modified).unwrap();
    drop(file);
    assert_eq!(fs::metadata(&deck).unwrap().modified().unwrap(), modified);
    let (stdout, _) = home.run(&["show", "places:7"], 0);
    assert!(stdout.contains("fact 7 is tok3n7."), "{stdout}");
}

#[test]
fn an_oversized_cache_file_is_damage_and_is_not_read() {
    let home = TestEnv::new();
    home.deck("places.md", deck_text("token"));
    home.run(&["show", "places:7"], 0);
    let folder = index_folder(&home);
    for name in ["meta.json", "pyqa-manifest"] {
        let file = fs::File::options()
            .write(true)
            .open(folder.join(name))
            .unwrap();
        // Sparse: 3 GiB that take no room, and would take seconds to read.
        file.set_len(3 << 30).unwrap();
        drop(file);
        let (stdout, stderr) = home.run(&["show", "places:7"], 0);
        assert!(stdout.contains("fact 7 is token7x."), "{stdout}");
        assert!(stderr.contains("is damaged"), "{name}: {stderr}");
    }
}

#[test]
fn a_deck_is_read_without_a_cache_when_there_can_be_none() {
    let home = TestEnv::new();
    let deck = home.file("places.md", deck_text("token"));
    let not_a_folder = home.file("cache-is-a-file", "");
    let output = home
        .pyqa()
        .env("XDG_CACHE_HOME", &not_a_folder)
        .args(["--deck", &deck.display().to_string(), "show", "places:7"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("fact 7 is token7x."), "{stdout}");
    assert!(stderr.contains("reading it without one"), "{stderr}");
}

#[test]
fn leftovers_of_a_killed_indexing_are_removed_unless_a_pyqa_is_indexing() {
    let home = TestEnv::new();
    home.deck("places.md", deck_text("token"));
    home.run(&["show", "places:7"], 0);
    let leftover = home.cache().join(".build-4000000-abc");
    fs::create_dir_all(&leftover).unwrap();
    fs::write(leftover.join("x.store"), "half an index").unwrap();
    // Another pyqa indexing holds the lock shared: nothing is removed under it.
    let lock = fs::File::open(home.cache().join(".build.lock")).unwrap();
    lock.lock_shared().unwrap();
    home.run(&["show", "places:7"], 0);
    assert!(leftover.exists(), "kept while a pyqa is indexing");
    drop(lock);
    home.run(&["show", "places:7"], 0);
    assert!(!leftover.exists(), "removed by the next run");
}

#[test]
fn a_pyqa_killed_while_indexing_leaves_nothing_after_the_next_run() {
    let home = TestEnv::new();
    let mut text = String::new();
    for n in 1..=40_000 {
        let _ = writeln!(text, "{n}. What is item {n}?\nItem {n} is a thing.");
    }
    let big = home.file("big.txt", text).display().to_string();
    let small = home
        .file("small.md", deck_text("token"))
        .display()
        .to_string();
    let mut child = home
        .command()
        .args(["--deck", &big, "search", "thing", "-q"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let building = || {
        fs::read_dir(home.cache()).is_ok_and(|entries| {
            entries
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().starts_with(".build-"))
        })
    };
    let started = std::time::Instant::now();
    while !building() && started.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(building(), "indexing started");
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(building(), "the kill left its temporary folder");
    home.run(&["--deck", &small, "show", "small:7"], 0);
    assert!(!building(), "removed by the next run");
}

/// A cache folder that cannot be written (here: another user's) is used as it is when its index
/// checks out; a damaged one is not used, and the deck is read without a cache. Needs root, to
/// run pyqa as `nobody` with `setpriv`; skipped otherwise.
#[test]
fn a_read_only_cache_is_used_when_it_checks_out_and_passed_over_when_damaged() {
    use std::os::unix::fs::PermissionsExt;
    let root_user = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n");
    let setpriv = std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok();
    if !root_user || !setpriv {
        eprintln!("skipped: needs root and setpriv to run pyqa as another user");
        return;
    }
    let home = TestEnv::new();
    let deck = home.file("places.md", deck_text("token"));
    let binary = home.root().join("pyqa");
    fs::copy(env!("CARGO_BIN_EXE_pyqa"), &binary).unwrap();
    let deck = deck.display().to_string();
    home.run(&["--deck", &deck, "show", "places:7"], 0);
    let set_mode = |path: &Path, mode: u32| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    };
    let lock_down = || {
        for entry in walk(&home.root().join("cache")) {
            set_mode(&entry, if entry.is_dir() { 0o555 } else { 0o444 });
        }
    };
    set_mode(home.root(), 0o755);
    set_mode(Path::new(&deck), 0o644);
    lock_down();
    let as_nobody = || {
        let output = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary)
            .args(["--deck", &deck, "show", "places:7"])
            .envs(home.vars())
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (status, stdout, stderr) = as_nobody();
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stdout.contains("fact 7 is token7x."), "{stdout}");
    assert_eq!(stderr, "", "used as it is");
    let folder = index_folder(&home);
    set_mode(&folder, 0o755);
    let store = store_of(&folder);
    set_mode(&store, 0o644);
    flip_a_bit_in_the_middle(&store);
    lock_down();
    let (status, stdout, stderr) = as_nobody();
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stdout.contains("fact 7 is token7x."), "{stdout}");
    assert!(stderr.contains("reading it without one"), "{stderr}");
    for entry in walk(&home.root().join("cache")) {
        set_mode(&entry, if entry.is_dir() { 0o755 } else { 0o644 });
    }
}

/// Every file and folder below `dir`, `dir` first.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut all = vec![dir.to_path_buf()];
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                all.extend(walk(&path));
            } else {
                all.push(path);
            }
        }
    }
    all
}
