//! The one palette: every colour and text style pyqa shows on a terminal. It reads on dark and
//! light backgrounds alike: one of the terminal's own base colours (which its theme adapts) and
//! otherwise bold, underline and dim, never the bright yellow and cyan that vanish on white.

use termimad::crossterm::style::{Attribute, Color, StyledContent, Stylize};
use termimad::{Alignment, MadSkin};

/// Question numbers, answer headings and bullets: the terminal's base cyan (ANSI 6).
const ACCENT: Color = Color::DarkCyan;

/// What a piece of text is, which decides how it is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A question number (`64`, `notes:3`).
    Number,
    /// A topic name or a table header in a listing.
    Heading,
    /// Secondary text: the topic after a title, lists of numbers.
    Dim,
    /// A word a search matched, in an excerpt.
    Match,
}

impl Role {
    /// `text` in this role's style.
    pub fn style(self, text: &str) -> StyledContent<&str> {
        match self {
            Self::Number => text.with(ACCENT).bold(),
            Self::Heading => text.bold(),
            Self::Dim => text.dim(),
            Self::Match => text.bold().underlined(),
        }
    }
}

/// The termimad skin for answers: the palette's colours when `color`, otherwise plain characters.
pub fn skin(color: bool) -> MadSkin {
    let mut skin = if color {
        let mut skin = MadSkin::default();
        skin.headers[0].set_fg(ACCENT);
        skin.italic.add_attr(Attribute::Dim);
        skin.bullet.set_fg(ACCENT);
        skin
    } else {
        MadSkin::no_style()
    };
    skin.headers[0].align = Alignment::Left;
    skin.code_block.left_margin = 4;
    skin
}

#[cfg(test)]
mod tests {
    use super::{Role, skin};

    /// The SGR parameters of every escape sequence in `styled`.
    fn parameters(styled: &str) -> Vec<String> {
        styled
            .split('\u{1b}')
            .filter_map(|part| part.strip_prefix('['))
            .filter_map(|part| part.split_once('m').map(|(p, _)| p.to_owned()))
            .collect()
    }

    #[test]
    fn styles_use_base_colours_bold_underline_and_dim_only() {
        let allowed = ["1", "2", "4", "22", "24", "39", "0", "38;5;6", ""];
        for role in [Role::Number, Role::Heading, Role::Dim, Role::Match] {
            for parameter in parameters(&role.style("x").to_string()) {
                assert!(
                    allowed.contains(&parameter.as_str()),
                    "{role:?}: {parameter}"
                );
            }
        }
        let answer = skin(true)
            .term_text("# Title\n**bold** *it* `code`\n* item")
            .to_string();
        // Code keeps termimad's grey box: light text on its own dark background reads anywhere.
        let code = ["48;5;235", "38;5;249", "49"];
        for parameter in parameters(&answer) {
            let bright = parameter.starts_with("38;5;") && parameter != "38;5;6";
            let fine =
                code.contains(&parameter.as_str()) || !(bright || parameter.starts_with('9'));
            assert!(fine, "{parameter} in {answer:?}");
        }
    }
}
