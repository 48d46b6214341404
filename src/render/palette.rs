//! The one palette: every colour and text style pyqa shows on a terminal. It reads on dark and
//! light backgrounds alike: one of the terminal's own base colours (which its theme adapts) and
//! otherwise bold, underline and dim, never the bright yellow and cyan that vanish on white.

use ratatui::crossterm::style::{Attribute, Color, ContentStyle, StyledContent, Stylize};

use super::python::Token;

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

/// How a piece of an answer looks: a set of styles, combined with [`Look::with`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Look(u16);

impl Look {
    /// In the accent colour: bullets and list numbers.
    pub const ACCENT: Self = Self(1);
    /// Strong text and headings inside answers.
    pub const BOLD: Self = Self(1 << 1);
    /// Emphasis and the topic line: italic and dimmed.
    pub const ITALIC: Self = Self(1 << 2);
    /// Code: light grey on a dark grey box, which reads on dark and light backgrounds alike.
    pub const CODE: Self = Self(1 << 3);
    /// Struck-through text.
    pub const STRUCK: Self = Self(1 << 4);
    /// Quote marks and rules.
    pub const DIM: Self = Self(1 << 5);
    /// The question's title.
    pub const TITLE: Self = Self(Self::ACCENT.0 | Self::BOLD.0);
    /// Where a code token's kind is kept: three bits above the styles.
    const TOKEN_SHIFT: u16 = 6;

    /// Code, coloured as a token of `token`'s kind: light colours on the code's dark grey box,
    /// which read on dark and light terminals alike.
    pub fn code_token(token: Token) -> Self {
        let kind = match token {
            Token::Keyword => 1,
            Token::Builtin => 2,
            Token::Str => 3,
            Token::Comment => 4,
            Token::Number => 5,
            Token::Definition => 6,
            Token::Decorator => 7,
        };
        Self(Self::CODE.0 | (kind << Self::TOKEN_SHIFT))
    }

    /// The colour (ANSI 256) of the code token this look holds, if any, and whether it is bold.
    fn token_colour(self) -> Option<(u8, bool)> {
        match self.0 >> Self::TOKEN_SHIFT {
            1 => Some((111, true)),
            2 => Some((116, false)),
            3 => Some((150, false)),
            4 => Some((246, false)),
            5 => Some((216, false)),
            6 => Some((222, true)),
            7 => Some((182, false)),
            _ => None,
        }
    }

    /// This look and `other`'s, both in effect.
    #[must_use]
    pub fn with(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// Whether every style of `other` is in this look.
    pub fn has(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// `text` with this look's escape sequences around it.
    pub fn paint(self, text: &str) -> String {
        if self == Self::default() || text.is_empty() {
            return text.to_owned();
        }
        let mut style = ContentStyle::new();
        if self.has(Self::ACCENT) {
            style.foreground_color = Some(ACCENT);
        }
        if self.has(Self::CODE) {
            let (colour, bold) = self.token_colour().unwrap_or((249, false));
            style.foreground_color = Some(Color::AnsiValue(colour));
            style.background_color = Some(Color::AnsiValue(235));
            if bold {
                style.attributes.set(Attribute::Bold);
            }
        }
        for (on, attribute) in [
            (self.has(Self::BOLD), Attribute::Bold),
            (self.has(Self::ITALIC), Attribute::Italic),
            (
                self.has(Self::ITALIC) || self.has(Self::DIM),
                Attribute::Dim,
            ),
            (self.has(Self::STRUCK), Attribute::CrossedOut),
        ] {
            if on {
                style.attributes.set(attribute);
            }
        }
        style.apply(text).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{Look, Role};
    use crate::render::python::Token;

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
        let looks = [
            Look::TITLE,
            Look::BOLD
                .with(Look::ITALIC)
                .with(Look::STRUCK)
                .with(Look::DIM),
            Look::CODE,
        ];
        let answer: String = looks.iter().map(|look| look.paint("x")).collect();
        // Code has a grey box: light text on its own dark background reads anywhere.
        let code = ["48;5;235", "38;5;249", "49"];
        for parameter in parameters(&answer) {
            let bright = (parameter.starts_with("38;5;") && parameter != "38;5;6")
                || (parameter.len() == 2 && parameter.starts_with('9'));
            assert!(
                code.contains(&parameter.as_str()) || !bright,
                "{parameter} in {answer:?}"
            );
        }
        // Python's tokens: light colours (ANSI 256 from 110 up), only ever on that box.
        let tokens = [
            Token::Keyword,
            Token::Builtin,
            Token::Str,
            Token::Comment,
            Token::Number,
            Token::Definition,
            Token::Decorator,
        ];
        for token in tokens {
            let painted = Look::code_token(token).paint("x");
            let params = parameters(&painted);
            assert!(
                params.contains(&"48;5;235".to_owned()),
                "{token:?}: {painted:?}"
            );
            for colour in params.iter().filter_map(|p| p.strip_prefix("38;5;")) {
                assert!(colour.parse::<u8>().unwrap() >= 110, "{token:?}: {colour}");
            }
        }
    }
}
