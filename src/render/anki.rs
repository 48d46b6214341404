//! Questions as Anki's plain-text notes, which `File > Import` reads as they are: a header that
//! names the separator, HTML answers and the tags column, then one note a line (fields holding a
//! tab, a quote or a line break are quoted). Each note's last column is its guid, `pyqa/DECK/N`:
//! Anki updates a note it already has on a second import, and pyqa reads the numbers back.
//!
//! Anki runs the HTML it imports, so answers are written as HTML that pyqa made from their
//! Markdown: HTML a deck holds shows as text, and links and images lead only to web addresses.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd, html};
use pyqa_core::text::markdown::options;
use pyqa_core::text::model::Question;

use super::markdown;

/// The header lines that tell Anki how to read the notes.
pub const HEADER: &str = "#separator:tab\n#html:true\n#tags column:3\n#guid column:4\n";

/// One note: the title, the answer as HTML, the topic as a tag and the guid naming the deck and
/// the number; ends in a newline.
pub fn note(deck: &str, question: &Question) -> String {
    let front = html_text(&question.title);
    let back = answer_html(question);
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

/// An answer as HTML that runs nothing: the deck's own HTML becomes text, but for a bare `<br>`
/// (which pyqa writes in table cells), and a link or image that does not lead to a web address
/// gives way to its text.
fn answer_html(question: &Question) -> String {
    let markdown = markdown::answer(question);
    // Whether each link or image open at this point is written; they nest, so a stack.
    let mut kept: Vec<bool> = Vec::new();
    let events = Parser::new_ext(&markdown, options()).filter_map(|event| match event {
        Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
        Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
        Event::Html(html) | Event::InlineHtml(html) => Some(if is_line_break(&html) {
            Event::InlineHtml("<br>".into())
        } else {
            Event::Text(html)
        }),
        Event::Start(
            Tag::Link {
                link_type,
                ref dest_url,
                ..
            }
            | Tag::Image {
                link_type,
                ref dest_url,
                ..
            },
        ) => {
            let web = link_type != LinkType::Email && is_web_address(dest_url);
            kept.push(web);
            web.then_some(event)
        }
        Event::End(TagEnd::Link | TagEnd::Image) => kept.pop().unwrap_or(true).then_some(event),
        event => Some(event),
    });
    let mut html = String::new();
    html::push_html(&mut html, events);
    html
}

/// Whether raw HTML is only a line break, as pyqa writes between lines of code in a table cell.
fn is_line_break(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    ["<br>", "<br/>", "<br />"].contains(&tag.as_str())
}

/// Whether a link may lead to `url`: an http(s) address, or one with no scheme, which stays
/// within the card or the web (`#part`, `img/a.png`, `//host/page`). `javascript:`, `data:` and
/// every other scheme may not.
fn is_web_address(url: &str) -> bool {
    match url.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
        _ => true,
    }
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
    use super::{field, html_text, is_web_address};

    #[test]
    fn titles_become_escaped_html_with_code() {
        assert_eq!(
            html_text("What does `a < b` do?"),
            "What does <code>a &lt; b</code> do?"
        );
    }

    #[test]
    fn only_web_addresses_are_links() {
        for url in [
            "https://a.org/x",
            "HTTP://a.org",
            "#top",
            "img/a.png",
            "//a.org/b?c=d:e",
        ] {
            assert!(is_web_address(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!is_web_address(url), "{url}");
        }
    }

    #[test]
    fn fields_with_separators_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a \"q\"\nb"), "\"a \"\"q\"\"\nb\"");
    }
}
