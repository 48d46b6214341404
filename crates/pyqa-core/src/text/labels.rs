//! Answer labels learned from the deck itself: when most answers open with the same short label
//! (`Ans:`, `Answer -`, `**Respuesta:**`, `答：`, or a word nobody listed), the label is how the
//! file marks an answer, not part of it, and it is taken off every answer that opens with it.
//! Nothing here names a word: the label is whatever repeats.

use std::collections::HashMap;

use crate::text::model::{Block, Question};

/// The fewest answers a label must open before it is taken for the file's answer label.
const MIN_LABELLED: usize = 2;
/// The longest label, in characters.
const MAX_LABEL_CHARS: usize = 24;

/// Takes the deck's answer label, if its answers have one, off every answer that opens with it;
/// whether they had one.
pub fn drop_learned(questions: &mut [Question]) -> bool {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for question in questions.iter() {
        if let Some((key, _)) = first_line(question).and_then(label) {
            *counts.entry(key).or_default() += 1;
        }
    }
    // The most frequent; of equally frequent ones, the first in order, whatever the hashing.
    let Some((key, count)) = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
    else {
        return false;
    };
    if count < MIN_LABELLED || count * 5 < questions.len() * 3 {
        return false;
    }
    for question in questions {
        // A label that is the whole answer stays: it is all the answer there is.
        let mut stripped = question.clone();
        strip(&mut stripped, &key);
        if !stripped.answer.blocks.is_empty() {
            *question = stripped;
        }
    }
    true
}

/// The first line of an answer's first block, when it is prose.
fn first_line(question: &Question) -> Option<&str> {
    match question.answer.blocks.first()? {
        Block::Paragraph(lines) => lines.first().map(String::as_str),
        Block::Markdown(text) => text.lines().next(),
        _ => None,
    }
}

/// A label at the start of `line`: its key (the label's words in lower case),
/// and where the text after it starts. A label is one to three words of letters in any script,
/// perhaps bold, then a colon, a full-width colon or a dash; `**Answer:**` and `**Answer**:` both.
fn label(line: &str) -> Option<(String, usize)> {
    let start = line.len() - line.trim_start().len();
    let mut rest = &line[start..];
    let wrap = ["**", "__", "*", "_"]
        .into_iter()
        .find(|w| rest.starts_with(w))
        .unwrap_or("");
    rest = &rest[wrap.len()..];
    let words_end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == ' ' || c == '\''))
        .map_or(rest.len(), |(i, _)| i);
    let words = rest[..words_end].trim_end();
    let word_count = words.split_whitespace().count();
    if words.is_empty() || words.chars().count() > MAX_LABEL_CHARS || !(1..=3).contains(&word_count)
    {
        return None;
    }
    let mut after = rest[words.len()..].trim_start();
    let mut closed = false;
    if !wrap.is_empty()
        && let Some(inner) = after.strip_prefix(wrap)
    {
        after = inner.trim_start();
        closed = true;
    }
    let separator = [':', '：', '-', '–', '—']
        .into_iter()
        .find(|&c| after.starts_with(c))?;
    after = &after[separator.len_utf8()..];
    if !wrap.is_empty() && !closed {
        after = after.strip_prefix(wrap)?;
    }
    // A dash must stand apart, or it is a hyphenated word.
    if matches!(separator, '-' | '–' | '—') && !after.is_empty() && !after.starts_with(' ') {
        return None;
    }
    // The words alone: `Ans:`, `Ans :` and `Ans -` are one label spelt three ways.
    let key = words.to_lowercase();
    Some((key, line.len() - after.len()))
}

/// Takes the label of `key` off the start of `question`'s answer, when it opens with it.
fn strip(question: &mut Question, key: &str) {
    let Some(first) = question.answer.blocks.first_mut() else {
        return;
    };
    match first {
        Block::Paragraph(lines) => {
            if let Some(line) = lines.first_mut()
                && let Some((found, end)) = label(line)
                && found == key
            {
                let rest = line[end..].trim_start().to_owned();
                if rest.is_empty() {
                    lines.remove(0);
                } else {
                    *line = rest;
                }
            }
            if lines.is_empty() {
                question.answer.blocks.remove(0);
            }
        }
        Block::Markdown(text) => {
            let line_end = text.find('\n').unwrap_or(text.len());
            if let Some((found, end)) = label(&text[..line_end])
                && found == key
            {
                let rest = text[end..line_end].trim_start();
                let tail = text[line_end..].trim_start_matches('\n');
                *text = if rest.is_empty() {
                    tail.to_owned()
                } else {
                    format!("{rest}{}", &text[line_end..])
                };
            }
            if text.trim().is_empty() {
                question.answer.blocks.remove(0);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{drop_learned, label};
    use crate::text::model::{Answer, Block, Question, QuestionNumber};

    fn question(n: u32, first: &str) -> Question {
        Question {
            number: QuestionNumber(n),
            title: format!("Q{n}"),
            topic: String::new(),
            answer: Answer {
                blocks: vec![Block::Markdown(format!("{first}\n\nMore text {n}.\n"))],
            },
            line: 1,
            file: None,
        }
    }

    fn markdown(question: &Question) -> &str {
        match &question.answer.blocks[0] {
            Block::Markdown(text) => text,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn labels_in_any_words_and_scripts_are_found() {
        for (line, key, rest) in [
            ("Ans: A list.", "ans", "A list."),
            ("**Respuesta:** Una lista.", "respuesta", "Una lista."),
            ("**Antwort**: Eine Liste.", "antwort", "Eine Liste."),
            ("答：列表。", "答", "列表。"),
            ("Відповідь - список.", "відповідь", "список."),
            ("Zorblat quux — it grows.", "zorblat quux", "it grows."),
        ] {
            let (found, end) = label(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (found.as_str(), line[end..].trim_start()),
                (key, rest),
                "{line}"
            );
        }
        for line in [
            "A well-known list.",
            "x = 1: y",
            "1. First",
            "Use `map`: it maps.",
        ] {
            assert!(label(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_label_most_answers_open_with_is_taken_off_and_others_stay() {
        let mut questions: Vec<Question> = (1..=4)
            .map(|n| question(n, &format!("Vastaus: answer {n}.")))
            .collect();
        questions.push(question(5, "Note: not the label."));
        drop_learned(&mut questions);
        assert_eq!(markdown(&questions[0]), "answer 1.\n\nMore text 1.\n");
        assert_eq!(
            markdown(&questions[4]),
            "Note: not the label.\n\nMore text 5.\n"
        );
    }

    #[test]
    fn a_label_alone_on_its_line_goes_with_its_line() {
        let mut questions: Vec<Question> = (1..=3).map(|n| question(n, "**Réponse :**")).collect();
        drop_learned(&mut questions);
        assert_eq!(markdown(&questions[1]), "More text 2.\n");
    }

    #[test]
    fn a_few_answers_opening_alike_are_no_label() {
        let mut questions: Vec<Question> = (1..=6)
            .map(|n| question(n, if n <= 2 { "Note: this." } else { "Plain." }))
            .collect();
        drop_learned(&mut questions);
        assert_eq!(markdown(&questions[0]), "Note: this.\n\nMore text 1.\n");
    }
}
