//! Rendering every question: snapshots of the seed's questions in Markdown and terminal text,
//! valid Markdown for every question, and terminal output that fits any width.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::util::{SEED, TestEnv, question_numbers, run};

/// Questions whose answers compare things and must show as tables.
const COMPARISONS: [u32; 8] = [54, 58, 64, 66, 77, 79, 83, 86];

fn show(args: &[&str]) -> String {
    let mut all = vec!["show"];
    all.extend_from_slice(args);
    run(&all, 0).0
}

#[test]
fn every_seed_question_in_markdown() {
    for n in SEED {
        insta::assert_snapshot!(format!("md_{n}"), show(&[&n.to_string(), "--format", "md"]));
    }
}

#[test]
fn every_question_is_one_valid_markdown_section() {
    for n in question_numbers() {
        let md = show(&[&n.to_string(), "--format", "md"]);
        let outline = outline(&md);
        assert_eq!((outline.h1, outline.h2), (0, 1), "question {n}:\n{md}");
        assert!(
            outline.html.iter().all(|h| h == "<br>"),
            "question {n}: {:?}",
            outline.html
        );
    }
}

/// Question `n` as a terminal `width` columns wide shows it, without colour.
fn terminal(n: u32, width: u32) -> String {
    show(&[
        &n.to_string(),
        "--format",
        "term",
        "--color",
        "never",
        "--width",
        &width.to_string(),
    ])
}

#[test]
fn every_seed_question_on_an_80_column_terminal() {
    for n in SEED {
        insta::assert_snapshot!(format!("term80_{n}"), terminal(n, 80));
    }
}

#[test]
fn every_seed_question_on_a_40_column_terminal() {
    for n in SEED {
        insta::assert_snapshot!(format!("term40_{n}"), terminal(n, 40));
    }
}

/// Counts of what a Markdown document holds.
#[derive(Debug, Default)]
struct Outline {
    h1: usize,
    h2: usize,
    tables: usize,
    code_blocks: usize,
    html: Vec<String>,
}

fn outline(markdown: &str) -> Outline {
    let mut outline = Outline::default();
    for event in Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => outline.h1 += 1,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => outline.h2 += 1,
            Event::Start(Tag::Table(_)) => outline.tables += 1,
            Event::End(TagEnd::CodeBlock) => outline.code_blocks += 1,
            Event::Html(html) | Event::InlineHtml(html) => outline.html.push(html.to_string()),
            _ => {}
        }
    }
    outline
}

#[test]
fn comparisons_are_tables_in_both_forms() {
    for n in COMPARISONS {
        let md = show(&[&n.to_string(), "--format", "md"]);
        assert_eq!(outline(&md).tables, 1, "question {n} in Markdown:\n{md}");
        let term = terminal(n, 100);
        assert!(
            term.contains('┌') && term.contains('┘'),
            "question {n} on a terminal:\n{term}"
        );
    }
    for n in [53, 57, 73, 89] {
        assert_eq!(
            outline(&show(&[&n.to_string(), "--format", "md"])).tables,
            0,
            "question {n}"
        );
    }
}

#[test]
fn notes_from_several_answers_are_one_valid_document() {
    let md = show(&["62", "63", "64", "--format", "md"]);
    let outline = outline(&md);
    assert_eq!((outline.h1, outline.h2, outline.tables), (0, 3, 1), "{md}");
    assert!(outline.html.is_empty(), "{:?}", outline.html);
}

#[test]
fn export_is_one_document_of_topics_and_questions() {
    let (md, _) = run(&["export"], 0);
    let outline = outline(&md);
    let (topics, _) = run(&["topics", "--json"], 0);
    let topics: Vec<serde_json::Value> = serde_json::from_str(&topics).unwrap();
    // In number order: a topic whose numbers come back after another's is headed again.
    assert_eq!(outline.h2, question_numbers().len(), "{md}");
    assert!(outline.h1 >= topics.len(), "{md}");
    let mut in_h1 = false;
    for event in Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => in_h1 = true,
            Event::End(TagEnd::Heading(HeadingLevel::H1)) => in_h1 = false,
            Event::Text(heading) if in_h1 => assert!(
                topics.iter().any(|t| t["name"] == *heading),
                "{heading:?} is a topic"
            ),
            _ => {}
        }
    }
    assert!(outline.tables >= COMPARISONS.len(), "{md}");
    assert!(
        outline.html.iter().all(|h| h == "<br>"),
        "only line breaks in code cells: {:?}",
        outline.html
    );
    assert!(!md.contains("See also"), "export holds the set itself");
    let (testing, _) = run(&["export", "--topic", "testing"], 0);
    let outline = self::outline(&testing);
    assert_eq!((outline.h1, outline.h2), (1, 14));
}

#[test]
fn export_json_is_one_array() {
    let (json, _) = run(&["export", "--format", "json"], 0);
    let entries: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(entries.len(), question_numbers().len());
    assert!(
        entries
            .iter()
            .all(|e| e["markdown"].as_str().is_some_and(|m| m.starts_with("## ")))
    );
}

#[test]
fn terminal_output_fits_any_width() {
    let numbers: Vec<String> = question_numbers().iter().map(ToString::to_string).collect();
    let widths = (1..=100).chain([120, 200, 500, 10_000]);
    for width in widths {
        let mut args: Vec<&str> = numbers.iter().map(String::as_str).collect();
        let width_text = width.to_string();
        args.extend([
            "--format",
            "term",
            "--color",
            "never",
            "--width",
            &width_text,
        ]);
        let text = show(&args);
        for line in text.lines() {
            assert!(line.chars().count() <= width, "width {width}: {line:?}");
        }
    }
}

#[test]
fn narrow_terminals_show_comparisons_as_groups() {
    let text = terminal(64, 15);
    assert!(!text.contains('┌'), "{text}");
    assert!(text.contains("Unit Tests:"), "{text}");
}

/// A deck whose answers try to run code inside Anki, beside ordinary Markdown.
const TRICKS: &str = r#"# Tricks

## 1. Script?

Run <script>alert(1)</script> now.

<script>alert(2)</script>

## 2. Image?

<img src=x onerror=alert(3)>

Look: ![a dot](data:image/png;base64,iVBORw0KGgo=) and ![a logo](https://example.com/logo.png).

## 3. Frame?

<iframe src="https://example.com/frame"></iframe>

## 4. Links?

See [x](javascript:alert(4)) and <javascript:alert(5)> and [the docs](https://docs.python.org/3/).

<a href="javascript:alert(6)" onclick="alert(7)">click</a>

## 5. Markdown?

Some *emphasis* and `a < b`:

- one
- two

```python
print("<b>")
```
"#;

#[test]
fn anki_export_holds_no_html_that_runs() {
    let env = TestEnv::new();
    env.deck("tricks.md", TRICKS);
    let (notes, _) = env.run(&["export", "--from", "tricks", "--format", "anki"], 0);
    // Text is escaped, so every `<` left starts a tag pyqa wrote.
    for tag in notes
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(t))
    {
        let tag = tag.to_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        assert!(
            ["p", "a", "img", "em", "code", "pre", "ul", "li"].contains(&name.as_str()),
            "<{tag}> in\n{notes}"
        );
        assert!(
            !tag.split_whitespace()
                .any(|word| word.starts_with("on") && word.contains('=')),
            "an event handler: <{tag}> in\n{notes}"
        );
        for scheme in ["javascript:", "data:", "vbscript:"] {
            assert!(!tag.contains(scheme), "<{tag}> in\n{notes}");
        }
    }
    // The tricks still read as text.
    for text in [
        "Run &lt;script&gt;alert(1)&lt;/script&gt; now.",
        "&lt;img src=x onerror=alert(3)&gt;",
        "&lt;iframe src=",
        "See x and javascript:alert(5) and",
        "Look: a dot and",
        "&lt;a href=",
    ] {
        assert!(notes.contains(text), "{text:?} in\n{notes}");
    }
    // Ordinary Markdown is still HTML.
    for html in [
        "<em>emphasis</em>",
        "<code>a &lt; b</code>",
        "<li>one</li>",
        r#"<a href=""https://docs.python.org/3/"">the docs</a>"#,
        r#"<img src=""https://example.com/logo.png"" alt=""a logo"" />"#,
        r#"<pre><code class=""language-python"">print(""&lt;b&gt;"")"#,
    ] {
        assert!(notes.contains(html), "{html:?} in\n{notes}");
    }
}
