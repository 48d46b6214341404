//! The one palette: every colour and text style pyqa shows on a terminal.

use termimad::crossterm::style::{Attribute, Color, StyledContent, Stylize};
use termimad::{Alignment, MadSkin};

/// Question numbers, answer headings and bullets.
const ACCENT: Color = Color::Cyan;
/// Words a search matched, and bold text in answers.
const EMPHASIS: Color = Color::Yellow;

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
            Self::Match => text.bold().with(EMPHASIS),
        }
    }
}

/// The termimad skin for answers: the palette's colours when `color`, otherwise plain characters.
pub fn skin(color: bool) -> MadSkin {
    let mut skin = if color {
        let mut skin = MadSkin::default();
        skin.headers[0].set_fg(ACCENT);
        skin.bold.set_fg(EMPHASIS);
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
