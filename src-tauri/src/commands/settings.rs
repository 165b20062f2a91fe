//! Settings: the reviewer's name and the report publisher's details.

use claimdesk_core::{ErrorPayload, Settings};
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, ErrorPayload> {
    state.run(|desk| desk.get_settings()).await
}

#[tauri::command]
pub async fn update_settings(
    state: State<'_, AppState>,
    input: Settings,
) -> Result<Settings, ErrorPayload> {
    state.run(|desk| desk.update_settings(input)).await
}
