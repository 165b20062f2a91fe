//! Claims: list, open, correct their facts, create one from a selection, search.

use claimdesk_core::inputs::{
    ClaimIdInput, CreateManualClaimInput, ListClaimsInput, SearchInput, UpdateClaimFactsInput,
};
use claimdesk_core::views::ClaimDetail;
use claimdesk_core::{ClaimView, ErrorPayload, SearchHit};
use tauri::State;

use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub async fn list_claims(
    state: State<'_, AppState>,
    input: ListClaimsInput,
) -> Reply<Vec<ClaimView>> {
    state.run(|desk| desk.list_claims(input)).await
}

#[tauri::command]
pub async fn get_claim(state: State<'_, AppState>, input: ClaimIdInput) -> Reply<ClaimDetail> {
    state.run(|desk| desk.get_claim(input)).await
}

#[tauri::command]
pub async fn update_claim_facts(
    state: State<'_, AppState>,
    input: UpdateClaimFactsInput,
) -> Reply<ClaimDetail> {
    state.run(|desk| desk.update_claim_facts(input)).await
}

#[tauri::command]
pub async fn create_manual_claim(
    state: State<'_, AppState>,
    input: CreateManualClaimInput,
) -> Reply<ClaimDetail> {
    state.run(|desk| desk.create_manual_claim(input)).await
}

#[tauri::command]
pub async fn search(state: State<'_, AppState>, input: SearchInput) -> Reply<Vec<SearchHit>> {
    state.run(|desk| desk.search(input)).await
}
