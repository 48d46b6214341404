//! Deck text is data, never terminal commands: control characters other than newline and tab are
//! made visible when a deck is read, so no escape sequence in a file (a clipboard write, a title
//! change, a screen clear, colours) ever reaches a terminal or a Markdown file; nor does a
//! bidirectional control, which would reorder what a line appears to say.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with its control characters made inert: C0 controls (but tab, and carriage return
/// before a newline) and DEL become their Unicode control pictures (`ESC` shows as `␛`), C1
/// controls become `�`, bidirectional embeddings, overrides and isolates become `<U+202E>`, and a
/// byte-order mark at the start is dropped.
pub fn make_inert(text: &str) -> Cow<'_, str> {
    filter(text, Lines::Kept)
}

/// `text` made inert as [`make_inert`] does, and as one line: newlines and tabs too become
/// control pictures. For names and messages, which a line break could make look like two.
pub fn one_line(text: &str) -> Cow<'_, str> {
    filter(text, Lines::Shown)
}

/// Whether line breaks and tabs are kept or shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    Kept,
    Shown,
}

fn filter(text: &str, lines: Lines) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut chars = text.char_indices().peekable();
    let mut out: Option<String> = None;
    while let Some((i, c)) = chars.next() {
        if is_bidi_control(c) {
            let out = out.get_or_insert_with(|| text[..i].to_owned());
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
            continue;
        }
        let keep = !c.is_control()
            || lines == Lines::Kept
                && (c == '\n'
                    || c == '\t'
                    || (c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n')));
        match (&mut out, keep) {
            (Some(out), true) => out.push(c),
            (None, true) => {}
            (out, false) => out
                .get_or_insert_with(|| text[..i].to_owned())
                .push(visible(c)),
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// How a control character is shown.
fn visible(c: char) -> char {
    match u32::from(c) {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

#[cfg(test)]
mod tests {
    use super::{make_inert, one_line};

    #[test]
    fn escape_sequences_become_visible_characters() {
        let osc52 = "copy \u{1b}]52;c;ZWNobyBoaQ==\u{7} me";
        assert_eq!(make_inert(osc52), "copy ␛]52;c;ZWNobyBoaQ==␇ me");
        assert_eq!(make_inert("\u{1b}[2J\u{1b}[31mred"), "␛[2J␛[31mred");
        assert_eq!(make_inert("c1 \u{9b}31m csi"), "c1 \u{fffd}31m csi");
        assert_eq!(make_inert("del\u{7f}"), "del␡");
    }

    #[test]
    fn one_line_shows_line_breaks_and_tabs() {
        assert_eq!(one_line("a\nb\tc\r\n\u{1b}["), "a␊b␉c␍␊␛[");
        assert!(matches!(
            one_line("plain name"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn bidirectional_controls_become_visible() {
        assert_eq!(
            make_inert("ok \u{202e}gnp.exe\u{202c} \u{2066}x\u{2069}"),
            "ok <U+202E>gnp.exe<U+202C> <U+2066>x<U+2069>"
        );
        assert!(matches!(
            make_inert("שלום עולם"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn plain_text_lines_and_tabs_are_kept_without_a_copy() {
        let text = "1. What?\r\n\tAnswer.\n";
        assert!(matches!(make_inert(text), std::borrow::Cow::Borrowed(t) if t == text));
        assert_eq!(make_inert("a\rb"), "a␍b");
        assert_eq!(make_inert("\u{feff}1. Q?\nA.\n"), "1. Q?\nA.\n");
    }
}
