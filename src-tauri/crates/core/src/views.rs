//! What use cases return to the window and the CLI, beyond the store's rows.

use claimdesk_db::{Article, ClaimView, Note, Source, StatusChange};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ErrorPayload;

/// A piece of an article body between two claim boundaries. The window renders `text` as
/// text and highlights it for `claim_ids`; it never computes offsets itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Segment {
    /// UTF-8 byte offsets into the body.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The (not dismissed) claims covering this piece, outermost first.
    #[ts(type = "number[]")]
    pub claim_ids: Vec<i64>,
}

/// An article ready to read: body cut into segments, and its claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ArticleView {
    pub article: Article,
    pub segments: Vec<Segment>,
    /// Claims not dismissed, in reading order.
    pub claims: Vec<ClaimView>,
}

/// A claim with everything the claim panel shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimDetail {
    pub claim: ClaimView,
    pub sources: Vec<Source>,
    pub notes: Vec<Note>,
    /// Newest first.
    pub history: Vec<StatusChange>,
}

/// The result of importing one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportOutcome {
    #[ts(type = "number")]
    pub article_id: i64,
    pub title: String,
    /// Claims of the article (not dismissed).
    pub claims: usize,
    /// The same text was imported before; `article_id` is that article.
    pub already_imported: bool,
}

/// One file of a batch import: either an outcome or an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportFileResult {
    pub path: String,
    pub outcome: Option<ImportOutcome>,
    pub error: Option<ErrorPayload>,
}

/// Progress of a batch import, sent after each file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
    /// The file just handled.
    pub current: String,
}

/// What a new extraction run did to an article's claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RerunOutcome {
    /// New claims found.
    pub added: usize,
    /// Existing claims kept (every reviewed, edited or manual one among them).
    pub kept: usize,
    /// Unreviewed claims the new run no longer finds, now dismissed (with history).
    pub retired: usize,
}
