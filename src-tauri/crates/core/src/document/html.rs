//! HTML to an article: the main text (dom_smoothie's readability), without scripts, styles
//! or markup, plus the title, author, site and date the page declares.

use dom_smoothie::{Config, Readability, TextMode};

use super::{normalise_body, title, Document};
use crate::error::{Error, Result};

pub fn to_document(html: &str, name: &str) -> Result<Document> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let unreadable = || Error::invalid(format!("{name} has no readable article text."));
    let mut reader = Readability::new(html, None, Some(cfg)).map_err(|_| unreadable())?;
    let article = reader.parse().map_err(|_| unreadable())?;
    let body = tidy_lines(&normalise_body(&article.text_content));
    let declared = article.title.trim();
    let title = if declared.is_empty() {
        title::title_of(&body, None)
    } else {
        declared.to_owned()
    };
    Ok(Document {
        title,
        body,
        outlet: non_empty(article.site_name),
        url: article
            .url
            .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        author: non_empty(article.byline),
        published_at: article.published_time.as_deref().and_then(date_part),
    })
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// "2024-03-01T10:00:00Z" → "2024-03-01"; anything not starting with a date is dropped.
fn date_part(value: &str) -> Option<String> {
    let date = value.trim().get(..10)?;
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(date.to_owned())
}

#[cfg(test)]
mod tests {
    use super::to_document;

    #[test]
    fn scripts_and_markup_are_dropped() {
        let html = r#"<!doctype html><html><head><title>Talks fail</title>
            <meta name="author" content="A. Writer"><script>alert("x")</script></head>
            <body><nav>Home | World</nav><article><h1>Talks fail</h1>
            <p>The minister said <b>35,000</b> fighters had gathered at the frontier by Friday, officials told reporters in the capital.</p>
            <p>Another paragraph with enough words to look like the main text of a news article, so the readability pass keeps it.</p>
            <script>document.write("evil")</script></article></body></html>"#;
        let doc = to_document(html, "page.html").unwrap();
        assert_eq!(doc.title, "Talks fail");
        assert!(doc.body.contains("35,000 fighters"), "{}", doc.body);
        assert!(!doc.body.contains("alert"), "{}", doc.body);
        assert!(!doc.body.contains("evil"), "{}", doc.body);
        assert!(!doc.body.contains('<'), "{}", doc.body);
    }
}
