//! Reviewing: each status change writes exactly one history row, signed by the reviewer in
//! settings; dismissal; undo walks back through the history.

mod common;

use claimdesk_core::inputs::{
    ClaimIdInput, DismissClaimInput, ImportTextInput, ListClaimsInput, SetClaimStatusInput,
};
use claimdesk_core::{Desk, ErrorCode, Settings, Status, UNDO_REASON};
use common::*;

/// A workspace with one imported article; returns the id of its first claim.
fn first_claim(desk: &Desk) -> i64 {
    desk.import_text(ImportTextInput {
        text: ARTICLE_TXT.into(),
        title: None,
    })
    .unwrap();
    desk.list_claims(ListClaimsInput::default()).unwrap()[0].id
}

fn set(
    desk: &Desk,
    claim_id: i64,
    status: Status,
    reason: Option<&str>,
) -> claimdesk_core::Result<claimdesk_core::views::ClaimDetail> {
    desk.set_claim_status(SetClaimStatusInput {
        claim_id,
        status,
        reason: reason.map(str::to_owned),
    })
}

fn name_reviewer(desk: &Desk, name: &str) {
    desk.update_settings(Settings {
        reviewer_name: name.into(),
        ..Settings::default()
    })
    .unwrap();
}

#[test]
fn each_status_change_writes_one_history_row_with_the_reviewer() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    name_reviewer(&desk, "Ada Lovelace");
    let before = desk
        .get_claim(ClaimIdInput { claim_id: claim })
        .unwrap()
        .history
        .len();
    assert_eq!(before, 0, "pending since import: no row yet");

    let detail = set(&desk, claim, Status::Disputed, Some("UN counts 20,000")).unwrap();
    assert_eq!(detail.claim.status, Status::Disputed);
    assert_eq!(
        detail.claim.status_reason.as_deref(),
        Some("UN counts 20,000")
    );
    assert_eq!(detail.history.len(), before + 1);
    let newest = &detail.history[0];
    assert_eq!(newest.from_status, Some(Status::Pending));
    assert_eq!(newest.to_status, Status::Disputed);
    assert_eq!(newest.reviewer, "Ada Lovelace");
    assert_eq!(newest.at, NOW);

    let detail = set(&desk, claim, Status::Verified, None).unwrap();
    assert_eq!(detail.history.len(), before + 2);
    assert_eq!(detail.claim.status_reason, None);
}

#[test]
fn setting_the_same_status_again_is_refused_and_writes_nothing() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    set(&desk, claim, Status::Verified, Some("ok")).unwrap();
    let err = set(&desk, claim, Status::Verified, Some("ok")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidTransition);
    assert_eq!(
        desk.get_claim(ClaimIdInput { claim_id: claim })
            .unwrap()
            .history
            .len(),
        1
    );
    // A new reason for the same status is something new to record.
    let detail = set(
        &desk,
        claim,
        Status::Verified,
        Some("confirmed by a second source"),
    )
    .unwrap();
    assert_eq!(detail.history.len(), 2);
}

#[test]
fn an_unknown_claim_is_not_found() {
    let (_dir, desk) = desk();
    let err = set(&desk, 404, Status::Verified, None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(err.to_string(), "Claim 404 does not exist.");
}

#[test]
fn a_dismissed_claim_is_hidden_but_kept() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    let listed = desk.list_claims(ListClaimsInput::default()).unwrap().len();
    let detail = desk
        .dismiss_claim(DismissClaimInput {
            claim_id: claim,
            reason: Some("not a claim".into()),
        })
        .unwrap();
    assert_eq!(detail.claim.status, Status::Dismissed);
    assert_eq!(detail.history.len(), 1);
    assert_eq!(
        desk.list_claims(ListClaimsInput::default()).unwrap().len(),
        listed - 1
    );
    let all = desk
        .list_claims(ListClaimsInput {
            include_dismissed: Some(true),
            ..Default::default()
        })
        .unwrap();
    assert!(all.iter().any(|c| c.id == claim));
    let again = desk.dismiss_claim(DismissClaimInput {
        claim_id: claim,
        reason: None,
    });
    assert_eq!(again.unwrap_err().code(), ErrorCode::InvalidTransition);
}

#[test]
fn undo_writes_a_new_row_and_walks_back_step_by_step() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    set(&desk, claim, Status::Verified, None).unwrap();
    let changed = set(&desk, claim, Status::Disputed, Some("wrong")).unwrap();
    let disputed_change = changed.history[0].id;

    let undo = |desk: &Desk| desk.undo_status_change(ClaimIdInput { claim_id: claim });
    let detail = undo(&desk).unwrap();
    assert_eq!(detail.claim.status, Status::Verified);
    assert_eq!(detail.history.len(), 3, "history only grows");
    assert_eq!(detail.history[0].reason.as_deref(), Some(UNDO_REASON));
    assert_eq!(detail.history[0].undoes_id, Some(disputed_change));

    let detail = undo(&desk).unwrap();
    assert_eq!(detail.claim.status, Status::Pending);
    assert_eq!(detail.history.len(), 4);

    let err = undo(&desk).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvalidTransition,
        "back to pending since import: nothing more to undo"
    );
    assert_eq!(
        desk.get_claim(ClaimIdInput { claim_id: claim })
            .unwrap()
            .history
            .len(),
        4
    );
}

#[test]
fn undo_after_a_new_change_reverts_that_change() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    set(&desk, claim, Status::Verified, None).unwrap();
    desk.undo_status_change(ClaimIdInput { claim_id: claim })
        .unwrap();
    set(&desk, claim, Status::Disputed, None).unwrap();
    let detail = desk
        .undo_status_change(ClaimIdInput { claim_id: claim })
        .unwrap();
    assert_eq!(detail.claim.status, Status::Pending);
    let err = desk
        .undo_status_change(ClaimIdInput { claim_id: claim })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidTransition);
}

#[test]
fn undo_restores_a_dismissed_claim() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    desk.dismiss_claim(DismissClaimInput {
        claim_id: claim,
        reason: None,
    })
    .unwrap();
    let detail = desk
        .undo_status_change(ClaimIdInput { claim_id: claim })
        .unwrap();
    assert_eq!(detail.claim.status, Status::Pending);
}
