//! Markdown to plain text: the words a reader sees, without markup. Raw HTML inside the
//! Markdown is dropped, never interpreted.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

pub struct PlainMarkdown {
    pub body: String,
    /// The text of the first heading, when the document opens with one.
    pub heading: Option<String>,
}

pub fn to_plain_text(markdown: &str) -> PlainMarkdown {
    let mut body = String::new();
    let mut heading: Option<String> = None;
    let mut in_first_heading = false;
    let mut seen_block = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if !seen_block && heading.is_none() && level <= HeadingLevel::H2 {
                    in_first_heading = true;
                    heading = Some(String::new());
                }
                seen_block = true;
            }
            Event::End(TagEnd::Heading(_)) => {
                in_first_heading = false;
                end_block(&mut body);
            }
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_)) => {
                seen_block = true
            }
            Event::Start(Tag::Item) => {
                seen_block = true;
                body.push_str("- ");
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_) | TagEnd::TableRow,
            ) => end_block(&mut body),
            Event::End(TagEnd::Item) if !body.ends_with('\n') => body.push('\n'),
            Event::End(TagEnd::List(_)) => end_block(&mut body),
            Event::Text(text) | Event::Code(text) => {
                if in_first_heading {
                    if let Some(h) = heading.as_mut() {
                        h.push_str(&text);
                    }
                }
                body.push_str(&text);
            }
            Event::SoftBreak => body.push(' '),
            Event::HardBreak => body.push('\n'),
            Event::End(TagEnd::TableCell) => body.push('\t'),
            // Raw HTML, images' markup, rules and footnote markers carry no article text.
            _ => {}
        }
    }
    PlainMarkdown {
        body: body.trim().to_owned(),
        heading: heading
            .map(|h| h.trim().to_owned())
            .filter(|h| !h.is_empty()),
    }
}

/// Paragraphs and other blocks are separated by one blank line.
fn end_block(body: &mut String) {
    while body.ends_with(' ') {
        body.pop();
    }
    if body.is_empty() {
        return;
    }
    while !body.ends_with("\n\n") {
        body.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::to_plain_text;

    #[test]
    fn markup_goes_and_words_stay() {
        let md = "# Big news\n\nThe *army* has [35,000](https://x.test) fighters.\n\n<script>alert(1)</script>\n\n- one\n- two\n";
        let plain = to_plain_text(md);
        assert_eq!(plain.heading.as_deref(), Some("Big news"));
        assert_eq!(
            plain.body,
            "Big news\n\nThe army has 35,000 fighters.\n\n- one\n- two"
        );
    }
}
