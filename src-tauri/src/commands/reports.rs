//! Reports: preview and export of review reports and data files.

use claimdesk_core::export::{ExportOutcome, ExportReportInput, PreviewExportInput};
use claimdesk_core::ErrorPayload;
use tauri::{AppHandle, Emitter, State};

use crate::state::AppState;

#[tauri::command]
pub async fn preview_export(
    state: State<'_, AppState>,
    input: PreviewExportInput,
) -> Result<String, ErrorPayload> {
    state.run(|desk| desk.preview_export(input)).await
}

/// Writes the report, emitting `export-progress` as claims are rendered.
#[tauri::command]
pub async fn export_report(
    app: AppHandle,
    state: State<'_, AppState>,
    input: ExportReportInput,
) -> Result<ExportOutcome, ErrorPayload> {
    state
        .run(move |desk| desk.export_report(input, |p| drop(app.emit("export-progress", p))))
        .await
}
