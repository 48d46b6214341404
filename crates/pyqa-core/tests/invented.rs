//! Decks in shapes nobody listed: question markers and answer labels made of random words in
//! Latin, Cyrillic, Greek and CJK letters, numbers written `7`, `07` or `007` (or none), ASCII
//! and full-width punctuation, under random wrappers (headings of any level, bold, list items,
//! nothing), with topic headings, titles that may or may not end in a question mark, answers with
//! lists and code whose lines look like markers, and numbering gaps and repeats; and records
//! (JSON, JSON lines, YAML, TOML, CSV, Markdown tables, lines under labels) whose key names are
//! random words in random order. Every
//! question's title and answer must come back exactly.

use std::fmt::Write as _;

use pyqa_core::text::model::{Answer, Block};
use pyqa_core::text::read::{FileKind, read};

/// A small deterministic random source (xorshift64*), so that a failure names its seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The letters of a script: a range of code points.
#[derive(Clone, Copy)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Cjk,
}

impl Script {
    fn word(self, random: &mut Random) -> String {
        let (first, count, len) = match self {
            Self::Latin => (u32::from('a'), 26, 4 + random.below(5)),
            Self::Cyrillic => (0x0430, 32, 3 + random.below(6)),
            Self::Greek => (0x03B1, 25, 3 + random.below(6)),
            Self::Cjk => (0x4E00, 2000, 1 + random.below(3)),
        };
        (0..len)
            .map(|_| {
                let mut code = first + u32::try_from(random.below(count)).unwrap();
                // Greek's final sigma (ς) only ends a word.
                if code == 0x03C2 {
                    code += 1;
                }
                char::from_u32(code).unwrap()
            })
            .collect()
    }

    /// A word with a capital, where the script has them.
    fn capital_word(self, random: &mut Random) -> String {
        let word = self.word(random);
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// `least` words and up to `more` more.
    fn words(self, random: &mut Random, least: usize, more: usize) -> String {
        let count = least + random.below(more + 1);
        let mut words: Vec<String> = (0..count).map(|_| self.word(random)).collect();
        words[0] = self.capital_word(random);
        let space = if matches!(self, Self::Cjk) { "" } else { " " };
        words.join(space)
    }
}

const SCRIPTS: [Script; 4] = [Script::Latin, Script::Cyrillic, Script::Greek, Script::Cjk];

/// How question lines are wrapped.
#[derive(Clone, Copy, Debug)]
enum Wrapper {
    Heading(usize),
    Bold,
    Item,
    None,
}

/// A generated deck: its text, and each question's title and answer as they must read.
struct Deck {
    text: String,
    questions: Vec<(String, String)>,
}

fn deck(seed: u64) -> Deck {
    let mut random = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let script = *random.pick(&SCRIPTS);
    let wrapper = match random.below(4) {
        0 => Wrapper::Heading(1 + random.below(6)),
        1 => Wrapper::Bold,
        2 => Wrapper::Item,
        _ => Wrapper::None,
    };
    let label = random.chance(70).then(|| script.capital_word(&mut random));
    let numbered = label.is_none() || random.chance(60);
    let width = 1 + random.below(3);
    let closing = *random.pick(&[".", ":", ")", "：", "．", " -"]);
    let answer_label = random.chance(40).then(|| {
        let word = script.capital_word(&mut random);
        let colon = random.pick(&[":", "："]);
        if random.chance(30) {
            format!("**{word}{colon}**")
        } else {
            format!("{word}{colon}")
        }
    });
    // Whether a blank line parts a question from its answer (headings always have one).
    let tight = !matches!(wrapper, Wrapper::Heading(_)) && random.chance(40);
    let topics = random.chance(50);
    let count = 3 + random.below(10);
    let mut number = 1 + random.below(20);
    let mut text = String::new();
    let mut questions = Vec::new();
    let topic_hashes = match wrapper {
        Wrapper::Heading(level) if level > 1 => Some("#".repeat(level - 1)),
        Wrapper::Heading(_) => None,
        _ => Some("#".repeat(1 + random.below(3))),
    };
    for n in 0..count {
        if topics
            && n % 4 == 0
            && let Some(hashes) = &topic_hashes
        {
            let _ = write!(text, "{hashes} {}\n\n", script.words(&mut random, 2, 0));
        }
        let mut marker = label.clone().unwrap_or_default();
        if numbered {
            if label.is_some() {
                marker.push(' ');
            }
            let _ = write!(marker, "{number:0width$}");
        }
        marker.push_str(closing);
        // Mostly counting up; sometimes a gap or a repeat.
        number += match random.below(10) {
            0 => 0,
            1 => 3,
            _ => 1,
        };
        let mut title = script.words(&mut random, 2, 3);
        if random.chance(50) {
            title.push(*random.pick(&['?', '？']));
        }
        let line = match wrapper {
            Wrapper::Heading(level) => format!("{} {marker} {title}", "#".repeat(level)),
            Wrapper::Bold => format!("**{marker} {title}**"),
            Wrapper::Item => format!("- {marker} {title}"),
            Wrapper::None => format!("{marker} {title}"),
        };
        let answer = answer(&mut random, script, &line);
        let indent = if matches!(wrapper, Wrapper::Item) {
            "  "
        } else {
            ""
        };
        text.push_str(&line);
        text.push_str(if tight { "\n" } else { "\n\n" });
        let mut written = String::new();
        if let Some(label) = &answer_label {
            let _ = write!(written, "{label} ");
        }
        written.push_str(&answer);
        for line in written.lines() {
            if !line.is_empty() {
                text.push_str(indent);
            }
            text.push_str(line);
            text.push('\n');
        }
        text.push('\n');
        questions.push((title, format!("{answer}\n")));
    }
    Deck { text, questions }
}

/// An answer: paragraphs, perhaps a list, perhaps code holding a line like a question's.
fn answer(random: &mut Random, script: Script, question_line: &str) -> String {
    let mut parts = vec![script.words(random, 3, 7)];
    if random.chance(40) {
        let items: Vec<String> = (0..2 + random.below(3))
            .map(|_| format!("- {}", script.words(random, 2, 2)))
            .collect();
        parts.push(items.join("\n"));
    }
    if random.chance(40) {
        parts.push(format!(
            "```\n{question_line}\nx = {}\n```",
            random.below(100)
        ));
    }
    if random.chance(30) {
        parts.push(script.words(random, 2, 5));
    }
    parts.join("\n\n")
}

/// The answer the deck's question titled `title` was written with.
fn want_answer(deck: &Deck, title: &str) -> String {
    deck.questions
        .iter()
        .find(|(t, _)| t == title)
        .map(|(_, a)| a.clone())
        .unwrap_or_default()
}

#[test]
fn decks_in_invented_shapes_read_exactly() {
    let mut failures = Vec::new();
    let seeds = 1000;
    for seed in 1..=seeds {
        let deck = deck(seed);
        let read = read(&deck.text, FileKind::Markdown);
        let got: Vec<(String, String)> = read
            .deck
            .questions
            .iter()
            .map(|q| {
                // Numbered lines keep an answer as blocks: its text line by line must be the
                // text of the answer written.
                let answer = if let [Block::Markdown(text)] = q.answer.blocks.as_slice() {
                    text.clone()
                } else {
                    let want = want_answer(&deck, q.title.as_str());
                    let written = Answer {
                        blocks: vec![Block::Markdown(want.clone())],
                    };
                    if written.plain_text() == q.answer.plain_text() {
                        want
                    } else {
                        format!("{:?}", q.answer.blocks)
                    }
                };
                (q.title.clone(), answer)
            })
            .collect();
        if got != deck.questions {
            failures.push((seed, read.how.to_string(), deck, got));
        }
    }
    if let Some((seed, how, deck, got)) = failures.first() {
        let first_difference = deck
            .questions
            .iter()
            .zip(got)
            .find(|(want, got)| want != got);
        panic!(
            "{} of {seeds} decks read wrong; seed {seed}, read as {how}: {} questions of {}\nfirst difference: {first_difference:?}\n---\n{}",
            failures.len(),
            got.len(),
            deck.questions.len(),
            deck.text
        );
    }
}

/// A generated data file: its text, its kind, and each record's question and answer.
struct DataDeck {
    text: String,
    kind: FileKind,
    questions: Vec<(String, String)>,
}

/// Records under random key names in a random container: JSON (an array, or an object holding
/// one), JSON lines, YAML (a list, or a mapping holding one) or TOML (an array of tables).
fn data_deck(seed: u64) -> DataDeck {
    let mut random = Random(seed.wrapping_mul(0xD134_2543_DE82_EF95) | 1);
    let script = *random.pick(&SCRIPTS);
    let mut keys: Vec<String> = Vec::new();
    while keys.len() < 4 {
        let key = script.word(&mut random);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let (question_key, answer_key, topic_key, number_key) =
        (&keys[0], &keys[1], &keys[2], &keys[3]);
    let topics = [
        script.words(&mut random, 1, 1),
        script.words(&mut random, 1, 1),
    ];
    let asks = random.chance(70);
    let count = 3 + random.below(8);
    let mut records = Vec::new();
    for n in 0..count {
        let mut question = script.words(&mut random, 2, 4);
        if asks {
            question.push(*random.pick(&['?', '？']));
        }
        let answer = script.words(&mut random, 10, 10);
        let topic = topics[n * 2 / count].clone();
        records.push((n + 1, question, answer, topic));
    }
    // Fields in a random order: names never say which is which.
    let mut order = [0, 1, 2, 3];
    for i in (1..4).rev() {
        order.swap(i, random.below(i + 1));
    }
    let fields = |record: &(usize, String, String, String)| -> Vec<(String, String, bool)> {
        order
            .iter()
            .map(|&f| match f {
                0 => (question_key.clone(), record.1.clone(), true),
                1 => (answer_key.clone(), record.2.clone(), true),
                2 => (topic_key.clone(), record.3.clone(), true),
                _ => (number_key.clone(), record.0.to_string(), false),
            })
            .collect()
    };
    let rows: Vec<Vec<(String, String, bool)>> = records.iter().map(fields).collect();
    let holder = script.word(&mut random);
    let (text, kind) = write_data(&mut random, &holder, &rows);
    let questions = records
        .into_iter()
        .map(|(_, question, answer, _)| (question, format!("{answer}\n")))
        .collect();
    DataDeck {
        text,
        kind,
        questions,
    }
}

/// Rows of `(key, value, is text)` written in a random container, under `holder` where the
/// container holds its list in a field.
fn write_data(
    random: &mut Random,
    holder: &str,
    rows: &[Vec<(String, String, bool)>],
) -> (String, FileKind) {
    let json_object = |row: &Vec<(String, String, bool)>| {
        let parts: Vec<String> = row
            .iter()
            .map(|(k, v, text)| {
                if *text {
                    format!("\"{k}\": \"{v}\"")
                } else {
                    format!("\"{k}\": {v}")
                }
            })
            .collect();
        format!("{{{}}}", parts.join(", "))
    };
    let items: Vec<String> = rows.iter().map(json_object).collect();
    match random.below(9) {
        0 => (format!("[\n{}\n]\n", items.join(",\n")), FileKind::Json),
        6 => {
            // A Markdown table under a heading, a header row naming the columns.
            let mut out = format!("# {holder}\n\n|");
            for (k, ..) in &rows[0] {
                let _ = write!(out, " {k} |");
            }
            out.push_str("\n|");
            out.push_str(&" --- |".repeat(rows[0].len()));
            out.push('\n');
            for row in rows {
                out.push('|');
                for (_, v, _) in row {
                    let _ = write!(out, " {v} |");
                }
                out.push('\n');
            }
            (out, FileKind::Markdown)
        }
        8 => {
            // Comma-separated rows under a header row naming the columns.
            let header: Vec<&str> = rows[0].iter().map(|(k, ..)| k.as_str()).collect();
            let mut out = format!("{}\n", header.join(","));
            for row in rows {
                let values: Vec<&str> = row.iter().map(|(_, v, _)| v.as_str()).collect();
                let _ = writeln!(out, "{}", values.join(","));
            }
            (out, FileKind::Csv)
        }
        7 => {
            // Lines that open with the field's name, a record a paragraph.
            let colon = if random.chance(50) { ":" } else { "：" };
            let mut out = String::new();
            for row in rows {
                for (k, v, _) in row {
                    let _ = writeln!(out, "{k}{colon} {v}");
                }
                out.push('\n');
            }
            (out, FileKind::Markdown)
        }
        1 => (
            format!("{{\"{holder}\": [\n{}\n]}}\n", items.join(",\n")),
            FileKind::Json,
        ),
        2 => (format!("{}\n", items.join("\n")), FileKind::Json),
        3 | 4 => {
            let nested = random.chance(50);
            let indent = if nested { "  " } else { "" };
            let mut out = if nested {
                format!("{holder}:\n")
            } else {
                String::new()
            };
            for row in rows {
                for (i, (k, v, _)) in row.iter().enumerate() {
                    let lead = if i == 0 { "- " } else { "  " };
                    let _ = writeln!(out, "{indent}{lead}{k}: \"{v}\"");
                }
            }
            (out, FileKind::Yaml)
        }
        _ => {
            let mut out = String::new();
            for row in rows {
                let _ = writeln!(out, "[[\"{holder}\"]]");
                for (k, v, text) in row {
                    if *text {
                        let _ = writeln!(out, "\"{k}\" = \"{v}\"");
                    } else {
                        let _ = writeln!(out, "\"{k}\" = {v}");
                    }
                }
                out.push('\n');
            }
            (out, FileKind::Toml)
        }
    }
}

/// Each question's title and answer as read.
fn titles_and_answers(read: &pyqa_core::text::read::ReadDeck) -> Vec<(String, String)> {
    read.deck
        .questions
        .iter()
        .map(|q| match q.answer.blocks.as_slice() {
            [Block::Markdown(text)] => (q.title.clone(), text.clone()),
            other => (q.title.clone(), format!("{other:?}")),
        })
        .collect()
}

#[test]
fn records_under_invented_key_names_read_exactly() {
    let seeds = 300;
    let mut failures = Vec::new();
    for seed in 1..=seeds {
        let deck = data_deck(seed);
        let read = read(&deck.text, deck.kind);
        let got = titles_and_answers(&read);
        if got != deck.questions {
            failures.push((seed, read.how.to_string(), deck, got));
        }
    }
    if let Some((seed, how, deck, got)) = failures.first() {
        panic!(
            "{} of {seeds} data files read wrong; seed {seed}, read as {how}: {got:?}\n---\n{}",
            failures.len(),
            deck.text
        );
    }
}

/// Exercises between rule lines whose section labels are random words: the first label opens
/// the question, the others parts of the answer.
fn exercises(seed: u64) -> (String, Vec<(String, Vec<String>)>) {
    let mut random = Random(seed.wrapping_mul(0xA076_1D64_78BD_642F) | 1);
    let script = *random.pick(&SCRIPTS);
    let labels: Vec<String> = (0..2 + random.below(2))
        .map(|_| script.capital_word(&mut random))
        .collect();
    let colon = *random.pick(&[":", "："]);
    let rule = *random.pick(&["#----------#", "----------", "=========="]);
    let mut text = format!("{}\n\n", script.words(&mut random, 3, 3));
    let mut want = Vec::new();
    for _ in 0..2 + random.below(6) {
        let _ = writeln!(text, "{rule}");
        let title = script.words(&mut random, 3, 5);
        let _ = writeln!(text, "{}{colon}\n{title}\n", labels[0]);
        let mut bodies = Vec::new();
        for label in &labels[1..] {
            let body = script.words(&mut random, 4, 6);
            let _ = writeln!(text, "{label}{colon}\n{body}\n");
            bodies.push(body);
        }
        want.push((title, bodies));
    }
    let _ = writeln!(text, "{rule}");
    (text, want)
}

#[test]
fn exercises_under_invented_labels_read_exactly() {
    for seed in 1..=200 {
        let (text, want) = exercises(seed);
        let read = read(&text, FileKind::Text);
        let got = titles_and_answers(&read);
        let titles: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        let want_titles: Vec<&str> = want.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            titles, want_titles,
            "seed {seed}, read as {}\n{text}",
            read.how
        );
        for ((_, answer), (_, bodies)) in got.iter().zip(&want) {
            for body in bodies {
                assert!(
                    answer.contains(body.as_str()),
                    "seed {seed}: {answer:?}\n{text}"
                );
            }
        }
    }
}

/// Questions written as plain paragraphs, each answer opening with a label nobody listed
/// (`Vastaus:`, `答：`), maybe under topic headings: questions with or without a question mark.
fn labelled_answers(seed: u64) -> Deck {
    let mut random = Random(seed.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) | 1);
    let script = *random.pick(&SCRIPTS);
    let label = script.capital_word(&mut random);
    let colon = *random.pick(&[":", "："]);
    let bold = random.chance(50);
    let mut text = String::new();
    let mut questions = Vec::new();
    for n in 0..2 + random.below(8) {
        if n % 3 == 0 && random.chance(50) {
            let _ = write!(text, "## {}\n\n", script.words(&mut random, 1, 2));
        }
        let mut title = script.words(&mut random, 3, 6);
        if random.chance(60) {
            title.push(*random.pick(&['?', '？']));
        }
        let first = script.words(&mut random, 3, 8);
        let more = random.chance(40).then(|| script.words(&mut random, 5, 8));
        let opening = if bold {
            format!("**{label}{colon}**")
        } else {
            format!("{label}{colon}")
        };
        let _ = write!(text, "{title}\n\n{opening} {first}\n\n");
        let mut answer = format!("{first}\n");
        if let Some(more) = more {
            let _ = write!(text, "{more}\n\n");
            let _ = write!(answer, "\n{more}\n");
        }
        questions.push((title, answer));
    }
    Deck { text, questions }
}

#[test]
fn answers_under_an_invented_label_read_exactly() {
    for seed in 1..=300 {
        let deck = labelled_answers(seed);
        let read = read(&deck.text, FileKind::Markdown);
        let got = titles_and_answers(&read);
        assert_eq!(
            got, deck.questions,
            "seed {seed}, read as {}\n{}",
            read.how, deck.text
        );
    }
}
