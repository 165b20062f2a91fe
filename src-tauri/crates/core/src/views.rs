//! What use cases return to the window and the CLI, beyond the store's rows.

use claimdesk_db::{Article, ArticleSummary, ClaimView, Note, SearchHit, Source, StatusChange};
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

/// A page of the article list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    /// Articles the filter keeps, on every page.
    pub total: usize,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

/// Claims by status (every claim).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusCounts {
    pub pending: usize,
    pub verified: usize,
    pub disputed: usize,
    pub dismissed: usize,
}

/// Claims not dismissed, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KindCounts {
    pub quantity: usize,
    pub quote: usize,
    pub threat: usize,
    pub attribution: usize,
    pub statement: usize,
}

/// How many articles come from one outlet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutletCount {
    /// `null`: articles with no outlet.
    pub outlet: Option<String>,
    pub articles: usize,
}

/// The desk's counts, within a filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeskCounts {
    pub articles: usize,
    /// Claims not dismissed.
    pub claims: usize,
    pub by_status: StatusCounts,
    pub by_kind: KindCounts,
    pub outlets: Vec<OutletCount>,
}

/// A page of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    /// Matches over all pages (articles, claims not dismissed, notes).
    pub total: usize,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

/// How far a batch import is; sent as files are read and after every committed batch.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportPathsProgress {
    pub files_done: usize,
    pub files_total: usize,
    #[ts(type = "number")]
    pub bytes_done: u64,
    #[ts(type = "number")]
    pub bytes_total: u64,
    /// Articles committed so far.
    pub imported: usize,
    pub duplicates: usize,
    pub refused: usize,
    /// Files in the folders that are not articles (other extensions).
    pub skipped: usize,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
}

/// An article a batch import stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportedFile {
    pub path: String,
    #[ts(type = "number")]
    pub article_id: i64,
    pub title: String,
    pub claims: usize,
}

/// A file whose text was imported before: the article that holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicateFile {
    pub path: String,
    #[ts(type = "number")]
    pub article_id: i64,
    pub title: String,
    /// Claims of that article (not dismissed).
    pub claims: usize,
}

/// A file a batch import refused, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RefusedFile {
    pub path: String,
    pub code: crate::ErrorCode,
    pub reason: String,
}

/// A Claimdesk exchange document merged by a batch import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MergedFile {
    pub path: String,
    pub outcome: crate::export::ExchangeImportOutcome,
}

/// What a batch import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    pub imported: Vec<ImportedFile>,
    pub duplicates: Vec<DuplicateFile>,
    pub refused: Vec<RefusedFile>,
    pub merged: Vec<MergedFile>,
    /// Files in the folders that are not articles.
    pub skipped: usize,
    /// Stopped before the end; everything listed was committed whole.
    pub cancelled: bool,
    pub claims_added: usize,
    #[ts(type = "number")]
    pub bytes: u64,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
}

/// How far a bulk review is, in claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BulkReviewProgress {
    pub done: usize,
    pub total: usize,
}

/// What a bulk review changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BulkReviewOutcome {
    /// Claims now in the new status (one history row each).
    pub changed: usize,
    /// Claims already in it, left alone.
    pub unchanged: usize,
    /// Names the batch for `undo_bulk`.
    pub batch: String,
}

/// What undoing a bulk review did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BulkUndoOutcome {
    /// Claims put back to their earlier status (one history row each).
    pub reverted: usize,
    /// Claims changed again since the batch, left as they are.
    pub skipped: usize,
}

/// A page of claims across the desk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimPage {
    pub items: Vec<ClaimView>,
    /// Pass as `after` for the next page; absent on the last page.
    #[ts(type = "number | null")]
    pub next: Option<i64>,
}
