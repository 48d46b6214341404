//! Decks in shapes nobody listed: question markers and answer labels made of random words in
//! Latin, Cyrillic, Greek and CJK letters, numbers written `7`, `07` or `007` (or none), ASCII
//! and full-width punctuation, under random wrappers (headings of any level, bold, list items,
//! nothing), with topic headings, titles that may or may not end in a question mark, answers with
//! lists and code whose lines look like markers, and numbering gaps and repeats. Every question's
//! title and answer must come back exactly.

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
