//! A deck's bytes as text, whatever they were saved as: UTF-8 with or without a byte-order mark,
//! UTF-16 with one, or legacy single-byte text (Windows-1252, which covers Latin-1). Text that is
//! mostly UTF-8 but for a few stray bytes (a Windows `’` pasted into a UTF-8 file) stays UTF-8,
//! each stray byte becoming `�`: one byte costs that character, never the deck. UTF-16 is
//! decoded by the standard library and Windows-1252 by its table (the Encoding Standard's); the
//! `encoding_rs` crate would bring the decoders of forty encodings, 175 KB of the binary, for
//! these two (docs/DECKS.md).

use std::borrow::Cow;
use std::fmt;

/// How a deck's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Utf8 => "UTF-8",
            Self::Utf16Le => "UTF-16LE",
            Self::Utf16Be => "UTF-16BE",
            Self::Windows1252 => "Windows-1252",
        })
    }
}

/// A deck's text, how it was read, and the lines where a byte could not be read and became `�`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: Encoding,
    /// 1-based, in order, each once.
    pub replaced_lines: Vec<usize>,
}

/// `bytes` as text (see the module's notes). A byte-order mark is taken off.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: Encoding::Utf8,
            replaced_lines: Vec::new(),
        };
    }
    for (bom, encoding) in [
        (b"\xff\xfe", Encoding::Utf16Le),
        (b"\xfe\xff", Encoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = utf16(rest, encoding == Encoding::Utf16Be);
            let replaced_lines = lines_holding(&text, '\u{fffd}');
            return Decoded {
                text: Cow::Owned(text),
                encoding,
                replaced_lines,
            };
        }
    }
    let (valid_multibyte, invalid) = tally(bytes);
    if invalid > 0 && valid_multibyte == 0 {
        // No character of two bytes or more reads as UTF-8, and some bytes do not: the file was
        // saved by an editor of the single-byte kind. Every byte is a character there.
        return Decoded {
            text: Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
            encoding: Encoding::Windows1252,
            replaced_lines: Vec::new(),
        };
    }
    utf8(bytes)
}

/// UTF-16 code units, little- or big-endian, as text; a lone surrogate or an odd last byte
/// becomes `�`.
fn utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks(2).map(|pair| match (pair, big_endian) {
        ([high, low], true) | ([low, high], false) => u16::from_be_bytes([*high, *low]),
        _ => 0xfffd,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// The characters of Windows-1252's bytes 0x80 to 0x9F (the Encoding Standard's index; the five
/// bytes it leaves unassigned are the C1 controls of the same value). Every other byte is the
/// Unicode character of the same number, as in Latin-1.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The character of a Windows-1252 byte.
fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Whether decoded text is no text at all: it holds NUL bytes (a picture, an archive), which no
/// text file does, or its start is more than one part in a hundred control characters other
/// than the ones text uses (tab, line ends, form feed, escape).
pub fn is_binary(text: &str) -> bool {
    if text.contains('\0') {
        return true;
    }
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1b') {
            controls += 1;
        }
    }
    controls >= 4 && controls * 100 > chars
}

/// `bytes` as text, read as [`decode`] reads them; UTF-8 is kept without a copy (a byte-order
/// mark stays, for the reader to take off).
pub fn into_text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => decode(e.as_bytes()).text.into_owned(),
    }
}

/// UTF-8, each byte that does not read becoming `�`.
fn utf8(bytes: &[u8]) -> Decoded<'_> {
    let mut replaced_lines = Vec::new();
    let mut line = 1;
    for chunk in bytes.utf8_chunks() {
        line += chunk.valid().matches('\n').count();
        if !chunk.invalid().is_empty() && replaced_lines.last() != Some(&line) {
            replaced_lines.push(line);
        }
    }
    Decoded {
        text: String::from_utf8_lossy(bytes),
        encoding: Encoding::Utf8,
        replaced_lines,
    }
}

/// How many characters of two bytes or more read as UTF-8, and how many runs of bytes do not.
fn tally(bytes: &[u8]) -> (usize, usize) {
    let mut valid_multibyte = 0;
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (valid_multibyte, invalid)
}

/// The 1-based lines of `text` that hold `c`.
fn lines_holding(text: &str, c: char) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains(c))
        .map(|(i, _)| i + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Encoding, decode};

    #[test]
    fn utf8_with_or_without_a_byte_order_mark_is_read_as_it_is() {
        let text = "1. Что такое GIL?\nБлокировка.\n";
        let plain = decode(text.as_bytes());
        assert_eq!(
            (plain.text.as_ref(), plain.encoding),
            (text, Encoding::Utf8)
        );
        assert!(matches!(plain.text, std::borrow::Cow::Borrowed(_)));
        let mut marked = b"\xef\xbb\xbf".to_vec();
        marked.extend(text.as_bytes());
        assert_eq!(decode(&marked).text, text);
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read() {
        let text = "1. ¿Qué es?\nUna respuesta — sí.\n";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(
            (decode(&le).text.as_ref(), decode(&le).encoding),
            (text, Encoding::Utf16Le)
        );
        assert_eq!(
            (decode(&be).text.as_ref(), decode(&be).encoding),
            (text, Encoding::Utf16Be)
        );
    }

    #[test]
    fn windows_1252_has_the_encoding_standards_characters() {
        // The Encoding Standard's index-windows-1252, bytes 0x80 to 0x9F, as code points.
        let index: [u32; 32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ];
        for (byte, code) in (0x80..=0x9f_u8).zip(index) {
            assert_eq!(u32::from(super::windows_1252(byte)), code, "{byte:#x}");
        }
        assert_eq!(super::windows_1252(0xe9), 'é');
        assert_eq!(super::windows_1252(b'a'), 'a');
    }

    #[test]
    fn a_lone_surrogate_or_an_odd_byte_in_utf16_costs_one_character() {
        let decoded = decode(&[0xff, 0xfe, b'a', 0, 0x00, 0xd8, b'\n', 0, b'b', 0, b'c']);
        assert_eq!(decoded.text, "a\u{fffd}\nb\u{fffd}");
        assert_eq!(decoded.replaced_lines, [1, 2]);
    }

    #[test]
    fn single_byte_text_is_read_as_windows_1252() {
        let bytes = b"1. What\x92s a caf\xe9?\nIt \x93serves\x94 coffee.\n";
        let decoded = decode(bytes);
        assert_eq!(decoded.encoding, Encoding::Windows1252);
        assert_eq!(decoded.text, "1. What’s a café?\nIt “serves” coffee.\n");
        assert!(decoded.replaced_lines.is_empty());
    }

    #[test]
    fn a_stray_byte_in_utf8_text_costs_one_character_and_names_its_line() {
        let bytes = "1. Qu’est-ce que c’est ?\nUne réponse.\n2. Why\u{0}?\n"
            .as_bytes()
            .iter()
            .copied()
            .chain(*b"It\x92s so.\n")
            .collect::<Vec<u8>>();
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, Encoding::Utf8);
        assert!(
            decoded.text.ends_with("It\u{fffd}s so.\n"),
            "{}",
            decoded.text
        );
        assert!(
            decoded
                .text
                .starts_with("1. Qu’est-ce que c’est ?\nUne réponse.\n")
        );
        assert_eq!(decoded.replaced_lines, [4]);
    }
}
