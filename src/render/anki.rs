//! Questions as Anki's plain-text notes, which `File > Import` reads as they are: a header that
//! names the separator, HTML answers and the tags column, then one note a line (fields holding a
//! tab, a quote or a line break are quoted). Each note's last column is its guid, `pyqa/DECK/N`:
//! Anki updates a note it already has on a second import, and pyqa reads the numbers back.

use pulldown_cmark::{Parser, html};
use pyqa_core::text::markdown::outline::options;
use pyqa_core::text::model::Question;

use super::markdown;

/// The header lines that tell Anki how to read the notes.
pub const HEADER: &str = "#separator:tab\n#html:true\n#tags column:3\n#guid column:4\n";

/// One note: the title, the answer as HTML, the topic as a tag and the guid naming the deck and
/// the number; ends in a newline.
pub fn note(deck: &str, question: &Question) -> String {
    let front = html_text(&question.title);
    let mut back = String::new();
    html::push_html(
        &mut back,
        Parser::new_ext(&markdown::answer(question), options()),
    );
    let tag: String = question
        .topic
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_");
    let guid = format!("pyqa/{deck}/{}", question.number);
    format!(
        "{}\t{}\t{}\t{}\n",
        field(&front),
        field(back.trim_end()),
        field(&tag),
        field(&guid)
    )
}

/// A title as HTML: escaped, its `code spans` in `<code>`.
fn html_text(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let mut out = String::new();
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 && escaped.matches('`').count().is_multiple_of(2) {
            out.push_str("<code>");
            out.push_str(part);
            out.push_str("</code>");
        } else {
            if i > 0 && escaped.matches('`').count() % 2 == 1 {
                out.push('`');
            }
            out.push_str(part);
        }
    }
    out
}

/// A field as Anki reads it: quoted, with doubled quotes, when it holds a tab, a quote or a
/// line break.
fn field(text: &str) -> String {
    if text.contains(['\t', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{field, html_text};

    #[test]
    fn titles_become_escaped_html_with_code() {
        assert_eq!(
            html_text("What does `a < b` do?"),
            "What does <code>a &lt; b</code> do?"
        );
    }

    #[test]
    fn fields_with_separators_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a \"q\"\nb"), "\"a \"\"q\"\"\nb\"");
    }
}
