//! Sources (web links only) and notes on a claim.

mod common;

use claimdesk_core::inputs::{
    AddNoteInput, AddSourceInput, ClaimIdInput, ImportTextInput, ListClaimsInput, NoteIdInput,
    SourceIdInput, UpdateNoteInput, UpdateSourceInput,
};
use claimdesk_core::{Desk, ErrorCode, Settings, Stance};
use common::*;

fn first_claim(desk: &Desk) -> i64 {
    desk.import_text(ImportTextInput {
        text: ARTICLE_TXT.into(),
        title: None,
    })
    .unwrap();
    desk.list_claims(ListClaimsInput::default()).unwrap()[0].id
}

fn source(claim_id: i64, url: &str) -> AddSourceInput {
    AddSourceInput {
        claim_id,
        url: url.into(),
        title: Some("UN report".into()),
        stance: Stance::Refutes,
        excerpt: Some("  about 20,000  ".into()),
        accessed_at: Some("2026-03-01".into()),
    }
}

#[test]
fn sources_are_added_edited_and_removed() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    let added = desk
        .add_source(source(claim, "https://example.org/un"))
        .unwrap();
    assert_eq!(added.stance, Stance::Refutes);
    assert_eq!(added.excerpt.as_deref(), Some("about 20,000"));
    assert_eq!(added.created_at, NOW);

    let updated = desk
        .update_source(UpdateSourceInput {
            source_id: added.id,
            url: "http://example.org/other".into(),
            title: None,
            stance: Stance::Supports,
            excerpt: None,
            accessed_at: None,
        })
        .unwrap();
    assert_eq!(updated.url, "http://example.org/other");
    assert_eq!(updated.stance, Stance::Supports);

    let detail = desk.get_claim(ClaimIdInput { claim_id: claim }).unwrap();
    assert_eq!(detail.sources, vec![updated.clone()]);
    assert_eq!(detail.claim.source_count, 1);

    desk.remove_source(SourceIdInput {
        source_id: added.id,
    })
    .unwrap();
    assert!(desk
        .get_claim(ClaimIdInput { claim_id: claim })
        .unwrap()
        .sources
        .is_empty());
    let gone = desk.remove_source(SourceIdInput {
        source_id: added.id,
    });
    assert_eq!(gone.unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn only_http_and_https_links_are_accepted() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>x</script>",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "example.org",
        "",
    ] {
        let err = desk.add_source(source(claim, url)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{url}");
        assert_eq!(err.to_string(), "Only http and https links can be added.");
    }
    let good = desk
        .add_source(source(claim, "https://example.org"))
        .unwrap();
    let err = desk
        .update_source(UpdateSourceInput {
            source_id: good.id,
            url: "javascript:alert(1)".into(),
            title: None,
            stance: Stance::Context,
            excerpt: None,
            accessed_at: None,
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let detail = desk.get_claim(ClaimIdInput { claim_id: claim }).unwrap();
    assert_eq!(detail.sources, vec![good], "nothing else written");
}

#[test]
fn a_source_needs_a_real_claim_and_date() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    let err = desk
        .add_source(source(claim + 100, "https://example.org"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    let mut bad_date = source(claim, "https://example.org");
    bad_date.accessed_at = Some("yesterday".into());
    assert_eq!(
        desk.add_source(bad_date).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
}

#[test]
fn notes_are_signed_edited_and_deleted() {
    let (_dir, desk) = desk();
    let claim = first_claim(&desk);
    desk.update_settings(Settings {
        reviewer_name: "Ada".into(),
        ..Settings::default()
    })
    .unwrap();
    let note = desk
        .add_note(AddNoteInput {
            claim_id: claim,
            body: "Satellite images show fewer.".into(),
        })
        .unwrap();
    assert_eq!(note.author, "Ada");
    let edited = desk
        .update_note(UpdateNoteInput {
            note_id: note.id,
            body: "Satellite images show about 20,000.".into(),
        })
        .unwrap();
    assert_eq!(edited.body, "Satellite images show about 20,000.");
    assert_eq!(
        desk.get_claim(ClaimIdInput { claim_id: claim })
            .unwrap()
            .notes,
        vec![edited]
    );
    let empty = desk.update_note(UpdateNoteInput {
        note_id: note.id,
        body: "  ".into(),
    });
    assert_eq!(empty.unwrap_err().code(), ErrorCode::InvalidInput);
    desk.delete_note(NoteIdInput { note_id: note.id }).unwrap();
    let detail = desk.get_claim(ClaimIdInput { claim_id: claim }).unwrap();
    assert!(detail.notes.is_empty());
    assert_eq!(detail.claim.note_count, 0);
    let missing = desk.add_note(AddNoteInput {
        claim_id: 9999,
        body: "x".into(),
    });
    assert_eq!(missing.unwrap_err().code(), ErrorCode::NotFound);
}
