//! The desk at scale: the article list and search results a page at a time, the desk's
//! counts, batch import of files and folders, and bulk review. Long jobs report progress as
//! events at a pace the window can draw.

use std::ops::ControlFlow;
use std::sync::atomic::Ordering;

use claimdesk_core::inputs::{
    ArticleListFilter, ArticlePageInput, BatchInput, BulkReviewInput, ImportPathsInput,
    SearchPageInput,
};
use claimdesk_core::views::{
    ArticlePage, BulkReviewOutcome, BulkReviewProgress, BulkUndoOutcome, DeskCounts,
    ImportPathsProgress, ImportSummary, SearchPage,
};
use claimdesk_core::ErrorPayload;
use tauri::{AppHandle, Emitter, State};

use crate::pace::{Pace, PROGRESS_EVERY};
use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub async fn list_articles_page(
    state: State<'_, AppState>,
    input: ArticlePageInput,
) -> Reply<ArticlePage> {
    state.run(|desk| desk.list_articles_page(input)).await
}

#[tauri::command]
pub async fn desk_counts(
    state: State<'_, AppState>,
    input: ArticleListFilter,
) -> Reply<DeskCounts> {
    state.run(|desk| desk.desk_counts(input)).await
}

#[tauri::command]
pub async fn search_page(state: State<'_, AppState>, input: SearchPageInput) -> Reply<SearchPage> {
    state.run(|desk| desk.search_page(input)).await
}

/// Imports files and folders through the batch pipeline, emitting `import-paths-progress`;
/// `cancel_import` stops it after the batch in hand, keeping every finished article.
#[tauri::command]
pub async fn import_paths(
    app: AppHandle,
    state: State<'_, AppState>,
    input: ImportPathsInput,
) -> Reply<ImportSummary> {
    let cancelled = state.start_import();
    let mut pace = Pace::new(PROGRESS_EVERY);
    let on_progress = move |p: &ImportPathsProgress| {
        if pace.due(p.files_done == p.files_total) {
            let _ = app.emit("import-paths-progress", p);
        }
        if cancelled.load(Ordering::SeqCst) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    state
        .run(move |desk| desk.import_paths(input, on_progress))
        .await
}

/// Sets one status on many claims as one batch, emitting `bulk-review-progress`.
#[tauri::command]
pub async fn review_claims_bulk(
    app: AppHandle,
    state: State<'_, AppState>,
    input: BulkReviewInput,
) -> Reply<BulkReviewOutcome> {
    let mut pace = Pace::new(PROGRESS_EVERY);
    let on_progress = move |p: BulkReviewProgress| {
        if pace.due(p.done == p.total) {
            let _ = app.emit("bulk-review-progress", p);
        }
        ControlFlow::Continue(())
    };
    state
        .run(move |desk| desk.review_claims_bulk(input, on_progress))
        .await
}

#[tauri::command]
pub async fn undo_bulk(state: State<'_, AppState>, input: BatchInput) -> Reply<BulkUndoOutcome> {
    state.run(|desk| desk.undo_bulk(input)).await
}
