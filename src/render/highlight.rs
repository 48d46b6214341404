//! Search excerpts with their matched words marked: styled on a terminal, `**…**` in Markdown.

use crate::render::layout;
use crate::render::palette::Role;
use crate::search::excerpt::Excerpt;

/// How matched words stand out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// Bold, coloured: for a terminal with colour.
    Styled,
    /// `**word**`: for Markdown output.
    Markdown,
    /// Not marked.
    None,
}

/// The excerpt cut to `limit` terminal columns, ending in `…` when it was cut; highlights past
/// the cut are dropped, one the cut runs through is shortened.
pub fn fitted(excerpt: &Excerpt, limit: usize) -> Excerpt {
    if layout::width(&excerpt.text) <= limit {
        return excerpt.clone();
    }
    let cut = if limit <= 1 {
        0
    } else {
        layout::split_at_width(&excerpt.text, limit - 1)
    };
    Excerpt {
        text: format!("{}…", &excerpt.text[..cut]),
        highlights: excerpt
            .highlights
            .iter()
            .filter(|r| r.start < cut)
            .map(|r| r.start..r.end.min(cut))
            .collect(),
    }
}

/// The excerpt's text with its highlights marked.
pub fn excerpt(excerpt: &Excerpt, marks: Marks) -> String {
    let text = &excerpt.text;
    let mut out = String::with_capacity(text.len() + 8 * excerpt.highlights.len());
    let mut done = 0;
    for range in &excerpt.highlights {
        let Some(word) = text.get(range.clone()) else {
            continue;
        };
        out.push_str(&text[done..range.start]);
        match marks {
            Marks::Styled => out.push_str(&Role::Match.style(word).to_string()),
            Marks::Markdown => {
                out.push_str("**");
                out.push_str(word);
                out.push_str("**");
            }
            Marks::None => out.push_str(word),
        }
        done = range.end;
    }
    out.push_str(&text[done..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Excerpt {
        Excerpt {
            text: "bypass the GIL with processes".into(),
            highlights: vec![11..14, 20..29],
        }
    }

    #[test]
    fn markdown_marks_wrap_each_highlight() {
        assert_eq!(
            excerpt(&sample(), Marks::Markdown),
            "bypass the **GIL** with **processes**"
        );
    }

    #[test]
    fn unmarked_text_is_unchanged() {
        assert_eq!(
            excerpt(&sample(), Marks::None),
            "bypass the GIL with processes"
        );
    }

    #[test]
    fn styled_marks_use_escape_codes() {
        let styled = excerpt(&sample(), Marks::Styled);
        assert!(styled.contains("\x1b[") && styled.contains("GIL"));
    }
}
