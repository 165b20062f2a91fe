//! One input struct per command, so the window passes a single `input` whose field names
//! are exactly these.

use claimdesk_db::{ClaimKind, Qualifier, Stance, Status};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ArticleIdInput {
    #[ts(type = "number")]
    pub article_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimIdInput {
    #[ts(type = "number")]
    pub claim_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportFilesInput {
    pub paths: Vec<String>,
}

/// Pasted text; without a title the first line is used when it looks like one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportTextInput {
    pub text: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub title: Option<String>,
}

/// An article's editable metadata. Empty strings count as "not set".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UpdateArticleInput {
    #[ts(type = "number")]
    pub article_id: i64,
    pub title: String,
    #[serde(default)]
    pub outlet: Option<String>,
    /// http or https.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    /// "YYYY-MM-DD".
    #[serde(default)]
    pub published_at: Option<String>,
}

/// Which claims to list. Empty: every claim not dismissed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ListClaimsInput {
    #[serde(default)]
    #[ts(optional, type = "number | null")]
    pub article_id: Option<i64>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<Status>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind: Option<ClaimKind>,
    #[serde(default)]
    #[ts(optional)]
    pub include_dismissed: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SetClaimStatusInput {
    #[ts(type = "number")]
    pub claim_id: i64,
    pub status: Status,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DismissClaimInput {
    #[ts(type = "number")]
    pub claim_id: i64,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub reason: Option<String>,
}

/// An analyst's correction of a claim's facts; kept through later extraction runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UpdateClaimFactsInput {
    #[ts(type = "number")]
    pub claim_id: i64,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
}

/// A claim marked by hand from a text selection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CreateManualClaimInput {
    #[ts(type = "number")]
    pub article_id: i64,
    /// The selected text, exactly as it appears in the body.
    pub text: String,
    /// The start (byte offset) of the segment the selection begins in: the first occurrence
    /// of `text` from there on is taken, so repeated words anchor where they were selected.
    pub near: usize,
    pub kind: ClaimKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AddSourceInput {
    #[ts(type = "number")]
    pub claim_id: i64,
    /// http or https only.
    pub url: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub title: Option<String>,
    pub stance: Stance,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub excerpt: Option<String>,
    /// "YYYY-MM-DD".
    #[serde(default)]
    #[ts(optional = nullable)]
    pub accessed_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UpdateSourceInput {
    #[ts(type = "number")]
    pub source_id: i64,
    pub url: String,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub title: Option<String>,
    pub stance: Stance,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub excerpt: Option<String>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub accessed_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SourceIdInput {
    #[ts(type = "number")]
    pub source_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AddNoteInput {
    #[ts(type = "number")]
    pub claim_id: i64,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UpdateNoteInput {
    #[ts(type = "number")]
    pub note_id: i64,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NoteIdInput {
    #[ts(type = "number")]
    pub note_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchInput {
    pub query: String,
}

pub use claimdesk_db::{ArticleListFilter, ArticleSort};

/// A page of the article list: a sort, a filter, and where to start (a cursor from the
/// previous page, or an offset to jump to when there is none).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ArticlePageInput {
    #[serde(default)]
    pub sort: ArticleSort,
    #[serde(default)]
    pub filter: ArticleListFilter,
    /// The `next` of the previous page.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub after: Option<String>,
    /// Articles to skip when `after` is absent (a jump in a virtualised list); pages then
    /// go on by cursor.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub offset: Option<usize>,
    /// 1 to 500; 100 when absent.
    #[serde(default = "default_limit")]
    pub limit: usize,
}

fn default_limit() -> usize {
    100
}

/// A page of search results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchPageInput {
    pub query: String,
    /// The `next` of the previous page.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub after: Option<String>,
    /// 1 to 500; 100 when absent.
    #[serde(default = "default_limit")]
    pub limit: usize,
    /// The last word also matches longer words (for results while typing).
    #[serde(default)]
    #[ts(optional)]
    pub prefix: Option<bool>,
}

/// Files and folders to import; folders are read recursively.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportPathsInput {
    pub paths: Vec<String>,
}

/// The same status (and reason) for many claims at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BulkReviewInput {
    #[ts(type = "number[]")]
    pub claim_ids: Vec<i64>,
    pub status: Status,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub reason: Option<String>,
}

/// A bulk review, by the `batch` its outcome named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BatchInput {
    pub batch: String,
}

/// A page of claims across the desk (a review queue), in id order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimPageInput {
    /// One status; absent: every claim not dismissed.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<Status>,
    /// The `next` of the previous page.
    #[serde(default)]
    #[ts(optional, type = "number | null")]
    pub after: Option<i64>,
    /// 1 to 500; 100 when absent.
    #[serde(default = "default_limit")]
    pub limit: usize,
}
