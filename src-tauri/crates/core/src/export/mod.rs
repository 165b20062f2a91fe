//! Reports and exchange files: what an analyst hands on. An editor reads the HTML or
//! Markdown report, a spreadsheet takes the CSV, a colleague's Claimdesk imports the JSON
//! exchange document, and fact-check aggregators read the ClaimReview JSON-LD.
//!
//! Every renderer is a pure function of a [`ReportData`] (rows already read from the store),
//! so each format is tested on fixed data and benchmarked without a disk; [`desk`] reads the
//! scope and writes files.

mod claimreview;
mod csv;
mod data;
mod desk;
mod html;
mod json;
mod markdown;
mod scope;
mod text;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use claimdesk_db::{ClaimKind, Status};

use crate::error::Result;

pub use self::csv::{csv_rows, CSV_HEADER};
pub use claimreview::shorten;
pub use data::{ArticleReport, ClaimReport, ReportData};
pub use json::EXCHANGE_FORMAT;
pub use json::EXCHANGE_VERSION;
pub use json::{looks_like_exchange, parse_exchange, ExchangeDocument, ExchangeImportOutcome};

/// The formats Claimdesk writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// A self-contained review report to read or print.
    Html,
    /// The same report as Markdown.
    Md,
    /// One row per claim, for spreadsheets.
    Csv,
    /// The full data of the scope, for another Claimdesk (`claimdesk-export`, version 1).
    Json,
    /// schema.org ClaimReview JSON-LD for each reviewed claim.
    ClaimReview,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Html,
        ExportFormat::Md,
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::ClaimReview,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Md => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::ClaimReview => "claimreview",
        }
    }

    pub fn parse(s: &str) -> Option<ExportFormat> {
        ExportFormat::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Whether the format is a report for people, which leaves dismissed claims (wrongly
    /// extracted) out unless they were asked for.
    fn is_for_people(self) -> bool {
        matches!(
            self,
            ExportFormat::Html | ExportFormat::Md | ExportFormat::Csv
        )
    }
}

/// Which claims an export covers. All fields empty: everything.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ExportScope {
    #[serde(default)]
    #[ts(optional, type = "number | null")]
    pub article_id: Option<i64>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<Status>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<ClaimKind>,
    /// Exactly these claims (the window's current selection or filter).
    #[serde(default)]
    #[ts(optional, type = "number[] | null")]
    pub claim_ids: Option<Vec<i64>>,
}

/// `preview_export`'s input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PreviewExportInput {
    pub format: ExportFormat,
    #[serde(default)]
    pub scope: ExportScope,
}

/// `export_report`'s input: what to write, and the file to write it to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExportReportInput {
    pub format: ExportFormat,
    #[serde(default)]
    pub scope: ExportScope,
    pub path: String,
}

/// A written export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportOutcome {
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// How far an export is, in claims rendered (`done == total` once the file is in place).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportProgress {
    pub done: usize,
    pub total: usize,
}

/// Renders `data` in `format`, calling `on_article` with the number of claims rendered so
/// far after each article.
pub fn render(
    format: ExportFormat,
    data: &ReportData,
    on_article: &mut dyn FnMut(usize),
) -> Result<String> {
    match format {
        ExportFormat::Html => Ok(html::render(data, on_article)),
        ExportFormat::Md => Ok(markdown::render(data, on_article)),
        ExportFormat::Csv => self::csv::render(data),
        ExportFormat::Json => json::render(data),
        ExportFormat::ClaimReview => claimreview::render(data),
    }
}
