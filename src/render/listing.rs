//! Line-mode listings (`list`, `related`, `topics`, `search`): rows of a number column and text
//! that fit the terminal's width, and runs of question numbers written as ranges.

use pyqa_core::text::model::QuestionNumber;

use std::io::Write;

use super::layout;
use super::palette::Role;
use crate::error::Error;
use crate::library::deck::DeckIndex;
use crate::output::OutputPlan;

/// `numbers` with every run of three or more consecutive numbers as a range, each a question id
/// of `deck`: `53–58 60`, `notes:1–341`.
pub fn ranges(deck: &DeckIndex, numbers: &[QuestionNumber]) -> String {
    let mut sorted: Vec<u32> = numbers.iter().map(|n| n.0).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut words = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let first = sorted[i];
        let mut last = i;
        while last + 1 < sorted.len() && sorted[last + 1] == sorted[last] + 1 {
            last += 1;
        }
        if last - i >= 2 {
            words.push(format!(
                "{}–{}",
                deck.id(QuestionNumber(first)),
                sorted[last]
            ));
            i = last + 1;
        } else {
            words.push(deck.id(QuestionNumber(first)));
            i += 1;
        }
    }
    words.join(" ")
}

/// `text` as the lines of a row whose text starts `indent` columns in, in `width` columns: broken
/// at spaces, every line after the first indented to line up under the first (a hanging indent).
/// Returns one line, whole, when `width` is `None` (output into a pipe).
pub fn hanging(text: &str, indent: usize, width: Option<usize>) -> Vec<String> {
    let Some(width) = width else {
        return vec![text.to_owned()];
    };
    // A row too narrow for its text to start so far in starts it on the next line instead.
    let room = width.saturating_sub(indent);
    if room < MIN_ROOM {
        let mut lines = vec![String::new()];
        lines.extend(
            layout::wrap(text, width.saturating_sub(2))
                .into_iter()
                .map(|line| format!("  {line}")),
        );
        return lines;
    }
    layout::wrap(text, room)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                line
            } else {
                format!("{}{line}", " ".repeat(indent))
            }
        })
        .collect()
}

/// A row of a listing, `LEAD NUM  Title`, the number right-aligned in `number_width` columns and
/// the title wrapped under itself to fit the listing width.
pub fn write_row(
    out: &mut impl Write,
    plan: &OutputPlan,
    lead: &str,
    id: &str,
    number_width: usize,
    title: &str,
) -> Result<(), Error> {
    let number = format!("{id:>number_width$}");
    let indent = layout::width(lead) + layout::width(&number) + 2;
    for (i, line) in hanging(title, indent, plan.listing_width)
        .iter()
        .enumerate()
    {
        if i == 0 {
            let row = format!("{lead}{}  {line}", plan.paint(&number, Role::Number));
            writeln!(out, "{}", row.trim_end())?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The fewest columns a hanging indent leaves for the text.
pub const MIN_ROOM: usize = 16;

/// The width of a number column wide enough for every one of `ids`, at least three.
pub fn number_width<'a>(ids: impl IntoIterator<Item = &'a str>) -> usize {
    ids.into_iter().map(layout::width).max().unwrap_or(0).max(3)
}

#[cfg(test)]
mod tests {
    use super::hanging;

    #[test]
    fn rows_wrap_at_words_under_their_first_line() {
        assert_eq!(
            hanging("What does a decorator do to a function?", 6, Some(27)),
            ["What does a decorator", "      do to a function?"]
        );
        assert_eq!(hanging("All of it, piped", 6, None), ["All of it, piped"]);
    }

    #[test]
    fn a_row_with_no_room_wraps_from_its_start() {
        let lines = hanging("one two three four five six", 20, Some(14));
        assert_eq!(lines, ["", "  one two", "  three four", "  five six"]);
    }
}
