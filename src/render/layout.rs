//! Fitting a table into a width: column widths and word wrapping, measured in terminal columns
//! (a wide character such as 函 takes two).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The narrowest a column is made while its longest word would still fit.
const MIN_COLUMN: usize = 6;

/// Column widths that add up to at most `available`: each column's natural width when all fit,
/// otherwise at least its longest word (or a share of the space), the rest given out in
/// proportion to what each column still wants.
pub fn column_widths(columns: &[Vec<&str>], available: usize) -> Vec<usize> {
    let natural: Vec<usize> = columns
        .iter()
        .map(|c| c.iter().map(|t| width(t)).max().unwrap_or(0).max(1))
        .collect();
    if natural.iter().sum::<usize>() <= available {
        return natural;
    }
    let count = columns.len().max(1);
    let share = (available / count).max(1);
    let mut widths: Vec<usize> = columns
        .iter()
        .zip(&natural)
        .map(|(cells, &natural)| {
            let longest_word = cells
                .iter()
                .flat_map(|t| t.split_whitespace())
                .map(width)
                .max()
                .unwrap_or(1);
            natural
                .min(longest_word.max(MIN_COLUMN))
                .min(share.max(MIN_COLUMN.min(natural)))
        })
        .collect();
    let used: usize = widths.iter().sum();
    if used > available {
        return vec![share; count];
    }
    let leftover = available - used;
    let wants: Vec<usize> = natural.iter().zip(&widths).map(|(n, w)| n - w).collect();
    let total_want: usize = wants.iter().sum();
    for (w, want) in widths.iter_mut().zip(&wants) {
        let extra = (leftover.min(total_want) * want)
            .checked_div(total_want)
            .unwrap_or(0);
        *w += extra.min(*want);
    }
    // Rounding leaves a few columns over: give them out left to right.
    let mut remaining = available.saturating_sub(widths.iter().sum());
    for (w, &n) in widths.iter_mut().zip(&natural) {
        let extra = remaining.min(n - *w);
        *w += extra;
        remaining -= extra;
    }
    widths
}

/// `text` broken into lines at most `limit` columns wide, at spaces where possible (a character
/// wider than `limit` still gets a line of its own).
pub fn wrap(text: &str, limit: usize) -> Vec<String> {
    let limit = limit.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word;
        while width(word) > limit {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let split = word
                .char_indices()
                .nth(limit)
                .map_or(word.len(), |(i, _)| i);
            lines.push(word[..split].to_owned());
            word = &word[split..];
        }
        if word.is_empty() {
            continue;
        }
        if !line.is_empty() && width(&line) + 1 + width(word) > limit {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Pieces of one line, each with an optional style, cut so the line takes at most `limit`
/// columns: the piece that reaches the limit ends in `…` and the pieces after it are left out.
pub fn fit<'a, S: Copy>(
    pieces: &[(&'a str, S)],
    limit: usize,
) -> Vec<(std::borrow::Cow<'a, str>, S)> {
    let total: usize = pieces.iter().map(|(text, _)| width(text)).sum();
    if total <= limit {
        return pieces
            .iter()
            .map(|&(text, style)| (text.into(), style))
            .collect();
    }
    let mut left = limit.saturating_sub(1);
    let mut out = Vec::new();
    for &(text, style) in pieces {
        let w = width(text);
        if w <= left {
            out.push((text.into(), style));
            left -= w;
            continue;
        }
        let cut = if left == 0 {
            0
        } else {
            split_at_width(text, left)
        };
        out.push((format!("{}…", &text[..cut]).into(), style));
        break;
    }
    out
}

/// The width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// The byte index where `text`'s first `limit` columns end; at least one character.
pub fn split_at_width(text: &str, limit: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += UnicodeWidthChar::width(c).unwrap_or(0);
        if used > limit {
            return if i == 0 { c.len_utf8() } else { i };
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_cut_to_the_width_with_an_ellipsis() {
        let pieces = [
            (" 89", 1),
            ("  ", 0),
            ("A long title", 0),
            ("  ", 0),
            ("[Topic]", 2),
        ];
        let fitted: Vec<(String, i32)> = fit(&pieces, 12)
            .into_iter()
            .map(|(t, s)| (t.into_owned(), s))
            .collect();
        assert_eq!(
            fitted,
            [(" 89".into(), 1), ("  ".into(), 0), ("A long…".into(), 0)]
        );
        assert_eq!(fit(&pieces, 100).len(), 5);
        assert_eq!(fit(&[("函数函数", 0)], 4)[0].0, "函…");
    }

    #[test]
    fn columns_that_fit_keep_their_natural_width() {
        assert_eq!(
            column_widths(&[vec!["abc"], vec!["hello world"]], 40),
            [3, 11]
        );
    }

    #[test]
    fn columns_that_do_not_fit_share_the_space() {
        let long = "word ".repeat(40);
        let widths = column_widths(
            &[vec!["Purpose"], vec![long.as_str()], vec![long.as_str()]],
            60,
        );
        assert!(widths.iter().sum::<usize>() <= 60, "{widths:?}");
        assert_eq!(widths[0], 7, "a short label keeps its width: {widths:?}");
        assert!(widths[1].abs_diff(widths[2]) <= 1, "{widths:?}");
    }

    #[test]
    fn tiny_widths_still_give_every_column_a_character() {
        let widths = column_widths(&[vec!["abcdef"], vec!["ghijkl"], vec!["mnopqr"]], 2);
        assert!(widths.iter().all(|&w| w >= 1));
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_splits_long_words() {
        assert_eq!(
            wrap("Stores results of a function", 12),
            ["Stores", "results of a", "function"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5), [""]);
    }
}
