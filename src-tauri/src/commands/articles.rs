//! Articles: list, open, import, edit metadata, re-run extraction.

use std::ops::ControlFlow;
use std::sync::atomic::Ordering;

use claimdesk_core::inputs::{
    ArticleIdInput, ImportFilesInput, ImportTextInput, UpdateArticleInput,
};
use claimdesk_core::views::{ArticleView, ImportFileResult, ImportOutcome, RerunOutcome};
use claimdesk_core::{Article, ArticleSummary, ErrorPayload};
use tauri::{AppHandle, Emitter, State};

use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub async fn list_articles(state: State<'_, AppState>) -> Reply<Vec<ArticleSummary>> {
    state.run(|desk| desk.list_articles()).await
}

#[tauri::command]
pub async fn get_article(state: State<'_, AppState>, input: ArticleIdInput) -> Reply<ArticleView> {
    state.run(|desk| desk.get_article(input)).await
}

/// Imports several files, emitting `import-progress` after each one; `cancel_import` stops it
/// after the file in hand.
#[tauri::command]
pub async fn import_files(
    app: AppHandle,
    state: State<'_, AppState>,
    input: ImportFilesInput,
) -> Reply<Vec<ImportFileResult>> {
    let cancelled = state.start_import();
    let on_progress = move |p| {
        let _ = app.emit("import-progress", p);
        if cancelled.load(Ordering::SeqCst) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    state
        .run(move |desk| desk.import_files(input, on_progress))
        .await
}

#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.cancel_import();
}

#[tauri::command]
pub async fn import_text(
    state: State<'_, AppState>,
    input: ImportTextInput,
) -> Reply<ImportOutcome> {
    state.run(|desk| desk.import_text(input)).await
}

#[tauri::command]
pub async fn import_sample(state: State<'_, AppState>) -> Reply<ImportOutcome> {
    state.run(|desk| desk.import_sample()).await
}

#[tauri::command]
pub async fn update_article(
    state: State<'_, AppState>,
    input: UpdateArticleInput,
) -> Reply<Article> {
    state.run(|desk| desk.update_article(input)).await
}

#[tauri::command]
pub async fn rerun_extraction(
    state: State<'_, AppState>,
    input: ArticleIdInput,
) -> Reply<RerunOutcome> {
    state.run(|desk| desk.rerun_extraction(input)).await
}
