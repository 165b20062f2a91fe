//! One row per claim for spreadsheets: RFC 4180 (CRLF, fields quoted when they hold a comma,
//! a quote or a line break), written by the `csv` crate, UTF-8 with a byte-order mark so
//! spreadsheet programs do not guess another encoding.

use super::data::ReportData;
use super::text;
use crate::error::{Error, Result};

/// The header row.
pub const CSV_HEADER: [&str; 15] = [
    "article_title",
    "article_url",
    "claim_id",
    "kind",
    "text",
    "speaker",
    "value",
    "unit",
    "qualifier",
    "status",
    "reason",
    "reviewer",
    "last_change",
    "source_urls",
    "note_count",
];

/// The byte-order mark spreadsheets look for to read the file as UTF-8.
const BOM: &str = "\u{feff}";

/// The rows (without header) exactly as they are written.
pub fn csv_rows(data: &ReportData) -> Vec<[String; 15]> {
    data.claims()
        .map(|(a, c)| {
            let v = &c.claim;
            let decision = c.decision();
            [
                cell(&a.article.title),
                cell(a.article.url.as_deref().unwrap_or("")),
                v.id.to_string(),
                v.kind.as_str().to_owned(),
                cell(&v.text),
                cell(v.speaker.as_deref().unwrap_or("")),
                v.value.map(text::number).unwrap_or_default(),
                cell(v.unit.as_deref().unwrap_or("")),
                v.qualifier
                    .map(|q| q.as_str().to_owned())
                    .unwrap_or_default(),
                v.status.as_str().to_owned(),
                cell(v.status_reason.as_deref().unwrap_or("")),
                cell(decision.map_or("", |h| h.reviewer.as_str())),
                c.last_change().map(|h| h.at.clone()).unwrap_or_default(),
                // One link per line inside the cell: a link may contain commas and spaces.
                cell(
                    &c.sources
                        .iter()
                        .map(|s| s.url.as_str())
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                c.notes.len().to_string(),
            ]
        })
        .collect()
}

/// Text from an article or an analyst. A cell starting with `=`, `+`, `-` or `@` would run
/// as a formula in a spreadsheet (a hostile article could make a link that leaks data), so it
/// gets a leading apostrophe, which spreadsheets show as text.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

pub fn render(data: &ReportData) -> Result<String> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(256 + data.claim_count() * 300));
    let failed = |err: csv::Error| Error::Internal(format!("Could not write the CSV: {err}."));
    writer.write_record(CSV_HEADER).map_err(failed)?;
    for row in csv_rows(data) {
        writer.write_record(&row).map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| Error::Internal(format!("Could not write the CSV: {err}.")))?;
    let body = String::from_utf8(bytes)
        .map_err(|err| Error::Internal(format!("The CSV is not UTF-8: {err}.")))?;
    Ok(format!("{BOM}{body}"))
}
