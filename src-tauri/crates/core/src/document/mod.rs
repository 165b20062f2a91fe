//! Turning a file or pasted text into an article: its plain-text body and what metadata the
//! input carries. Nothing here touches the database, so a refused input writes nothing.

mod checks;
mod html;
mod markdown;
mod title;

use std::path::Path;

use claimdesk_db::SourceFormat;

pub use checks::{read_text_file, MAX_IMPORT_BYTES};

use crate::error::{Error, Result};

/// An article as read from its input, before it is stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub title: String,
    pub body: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Option<String>,
}

/// The kind of text a file holds, from its extension (then a peek for HTML without one).
pub fn format_of(path: &Path, text: &str) -> SourceFormat {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown") => SourceFormat::Md,
        Some("html" | "htm" | "xhtml") => SourceFormat::Html,
        Some("txt" | "text") => SourceFormat::Txt,
        _ if looks_like_html(text) => SourceFormat::Html,
        _ => SourceFormat::Txt,
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The plain text of a file as extraction sees it: the file's own text for plain text (so
/// offsets match the file byte for byte), the readable text for Markdown and HTML.
pub fn plain_text_of_file(path: &Path) -> Result<String> {
    let text = read_text_file(path)?;
    Ok(match format_of(path, &text) {
        SourceFormat::Md => markdown::to_plain_text(&text).body,
        SourceFormat::Html => html::to_document(&text, &display_name(path))?.body,
        _ => text,
    })
}

/// Reads and converts a file for import.
pub fn document_from_file(path: &Path) -> Result<(Document, SourceFormat)> {
    let text = read_text_file(path)?;
    let name = display_name(path);
    let format = format_of(path, &text);
    let mut doc = match format {
        SourceFormat::Md => {
            let md = markdown::to_plain_text(&text);
            let body = normalise_body(&md.body);
            Document {
                title: md.heading.unwrap_or_else(|| title::title_of(&body, None)),
                body,
                ..Document::default()
            }
        }
        SourceFormat::Html => html::to_document(&text, &name)?,
        _ => text_document(&text, None),
    };
    if doc.body.trim().is_empty() {
        return Err(Error::invalid(format!("{name} has no readable text.")));
    }
    if doc.title.is_empty() {
        doc.title = file_stem(path);
    }
    Ok((doc, format))
}

/// A document from pasted (or bundled) text.
pub fn document_from_text(text: &str, title: Option<&str>) -> Result<Document> {
    if text.trim().is_empty() {
        return Err(Error::invalid("The text to import is empty."));
    }
    if text.len() as u64 > MAX_IMPORT_BYTES {
        return Err(Error::invalid(
            "The text is larger than 20 MB, the most Claimdesk imports.",
        ));
    }
    if text.contains('\0') {
        return Err(Error::invalid(
            "The text contains NUL characters; it looks like binary data, not text.",
        ));
    }
    Ok(text_document(text, title))
}

fn text_document(text: &str, title: Option<&str>) -> Document {
    let body = normalise_body(text);
    let title = match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(given) => given.to_owned(),
        None => title::title_of(&body, None),
    };
    Document {
        title,
        body,
        ..Document::default()
    }
}

/// The stored body: no byte-order mark, `\n` line ends, no trailing blank space. Kept
/// otherwise as written, since claim spans point into it.
fn normalise_body(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.trim_end().to_owned()
}

pub(crate) fn display_name(path: &Path) -> String {
    path.display().to_string()
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Untitled article".to_owned())
}
