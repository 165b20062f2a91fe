//! Review: status changes (with history), undo, dismissal, sources and notes.

use claimdesk_core::inputs::{
    AddNoteInput, AddSourceInput, ClaimIdInput, DismissClaimInput, NoteIdInput,
    SetClaimStatusInput, SourceIdInput, UpdateNoteInput, UpdateSourceInput,
};
use claimdesk_core::views::ClaimDetail;
use claimdesk_core::{ErrorPayload, Note, Source};
use tauri::State;

use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub async fn set_claim_status(
    state: State<'_, AppState>,
    input: SetClaimStatusInput,
) -> Reply<ClaimDetail> {
    state.run(|desk| desk.set_claim_status(input)).await
}

#[tauri::command]
pub async fn undo_status_change(
    state: State<'_, AppState>,
    input: ClaimIdInput,
) -> Reply<ClaimDetail> {
    state.run(|desk| desk.undo_status_change(input)).await
}

#[tauri::command]
pub async fn dismiss_claim(
    state: State<'_, AppState>,
    input: DismissClaimInput,
) -> Reply<ClaimDetail> {
    state.run(|desk| desk.dismiss_claim(input)).await
}

#[tauri::command]
pub async fn add_source(state: State<'_, AppState>, input: AddSourceInput) -> Reply<Source> {
    state.run(|desk| desk.add_source(input)).await
}

#[tauri::command]
pub async fn update_source(state: State<'_, AppState>, input: UpdateSourceInput) -> Reply<Source> {
    state.run(|desk| desk.update_source(input)).await
}

#[tauri::command]
pub async fn remove_source(state: State<'_, AppState>, input: SourceIdInput) -> Reply<()> {
    state.run(|desk| desk.remove_source(input)).await
}

#[tauri::command]
pub async fn add_note(state: State<'_, AppState>, input: AddNoteInput) -> Reply<Note> {
    state.run(|desk| desk.add_note(input)).await
}

#[tauri::command]
pub async fn update_note(state: State<'_, AppState>, input: UpdateNoteInput) -> Reply<Note> {
    state.run(|desk| desk.update_note(input)).await
}

#[tauri::command]
pub async fn delete_note(state: State<'_, AppState>, input: NoteIdInput) -> Reply<()> {
    state.run(|desk| desk.delete_note(input)).await
}
