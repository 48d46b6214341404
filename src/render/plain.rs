//! Answers as plain text: no markup, no escape codes.

use super::{Dialect, label_line, write_blocks};
use pyqa_core::text::markdown::plain::to_plain;
use pyqa_core::text::model::Question;

/// A question and its answer as plain text.
pub fn question(q: &Question) -> String {
    let mut out = format!("{}. {}\nTopic: {}\n", q.number, q.title, q.topic);
    write_blocks(&Plain, &q.answer.blocks, 0, &mut out);
    out
}

struct Plain;

impl Dialect for Plain {
    fn line(&self, text: &str) -> String {
        text.to_owned()
    }

    fn item(&self, number: Option<usize>, text: &str) -> String {
        match number {
            Some(n) => format!("{n}. {text}"),
            None => format!("- {text}"),
        }
    }

    fn code(&self, code: &str) -> String {
        code.lines()
            .map(|l| {
                if l.is_empty() {
                    "\n".to_owned()
                } else {
                    format!("    {l}\n")
                }
            })
            .collect()
    }

    fn label(&self, label: &str, _depth: usize) -> String {
        label_line(label)
    }

    fn indent(&self, depth: usize) -> String {
        "  ".repeat(depth)
    }

    fn markdown(&self, markdown: &str) -> String {
        to_plain(markdown)
    }
}
