//! Answers styled for the terminal with termimad, wrapped to the terminal's width.

use termimad::crossterm::style::{Attribute, Color};
use termimad::{Alignment, MadSkin};

use super::{Dialect, label_line, write_blocks};
use crate::model::Question;

/// The termimad skin: styled when `color`, otherwise plain characters only.
pub fn skin(color: bool) -> MadSkin {
    let mut skin = if color {
        let mut skin = MadSkin::default();
        skin.headers[0].set_fg(Color::Cyan);
        skin.bold.set_fg(Color::Yellow);
        skin.italic.add_attr(Attribute::Dim);
        skin.bullet.set_fg(Color::Cyan);
        skin
    } else {
        MadSkin::no_style()
    };
    skin.headers[0].align = Alignment::Left;
    skin.code_block.left_margin = 4;
    skin
}

/// A question and its answer, laid out for a terminal `width` columns wide.
pub fn question(q: &Question, skin: &MadSkin, width: usize) -> String {
    let markup = markup(q);
    let text = skin.text(&markup, Some(width.max(2))).to_string();
    // termimad pads code lines to the block's width; unstyled, that is only trailing blanks.
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line.trim_end_matches(' '));
        out.push('\n');
    }
    out
}

/// The question in termimad's Markdown dialect.
fn markup(q: &Question) -> String {
    let mut out = format!(
        "# {}. {}\n*{}*\n",
        q.number,
        escape(&q.title),
        escape(&q.topic)
    );
    write_blocks(&Termimad, &q.answer.blocks, 0, &mut out);
    out
}

struct Termimad;

impl Dialect for Termimad {
    fn line(&self, text: &str) -> String {
        escape(text)
    }

    fn item(&self, number: Option<usize>, text: &str) -> String {
        match number {
            Some(n) => format!("{n}. {}", escape(text)),
            None => format!("* {}", escape(text)),
        }
    }

    fn code(&self, code: &str) -> String {
        format!("```\n{code}\n```\n")
    }

    fn label(&self, label: &str, depth: usize) -> String {
        let marks = if depth == 0 { "**" } else { "*" };
        format!("{marks}{}{marks}", escape(&label_line(label)))
    }
}

/// Escapes the characters termimad reads as markup; balanced backticks stay code spans.
fn escape(text: &str) -> String {
    let keep_ticks = text.matches('`').count().is_multiple_of(2);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '~' | '|' | '\\') || (c == '`' && !keep_ticks) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
