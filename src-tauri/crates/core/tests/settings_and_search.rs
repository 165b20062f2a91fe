//! Settings and full-text search through the use cases.

mod common;

use claimdesk_core::inputs::{AddNoteInput, ImportTextInput, ListClaimsInput, SearchInput};
use claimdesk_core::{ErrorCode, SearchMatch, Settings};
use common::*;

#[test]
fn settings_are_trimmed_checked_and_kept() {
    let (dir, desk) = desk();
    assert_eq!(desk.get_settings().unwrap(), Settings::default());
    let saved = desk
        .update_settings(Settings {
            reviewer_name: " Ada ".into(),
            organisation_name: "Desk Check".into(),
            claimreview_base_url: "https://example.org/reviews".into(),
        })
        .unwrap();
    assert_eq!(saved.reviewer_name, "Ada");
    let bad = desk.update_settings(Settings {
        claimreview_base_url: "javascript:alert(1)".into(),
        ..saved.clone()
    });
    assert_eq!(bad.unwrap_err().code(), ErrorCode::InvalidInput);
    drop(desk);
    // Reopening the same file finds them.
    let reopened = claimdesk_core::Desk::open(db_path(&dir), claimdesk_core::SystemClock).unwrap();
    assert_eq!(reopened.get_settings().unwrap(), saved);
}

#[test]
fn search_finds_articles_claims_and_notes() {
    let (_dir, desk) = desk();
    let outcome = desk
        .import_text(ImportTextInput {
            text: ARTICLE_TXT.into(),
            title: None,
        })
        .unwrap();
    let claim = desk.list_claims(ListClaimsInput::default()).unwrap()[0].id;
    desk.add_note(AddNoteInput {
        claim_id: claim,
        body: "Cross-checked with satellite imagery.".into(),
    })
    .unwrap();
    let search = |q: &str| desk.search(SearchInput { query: q.into() }).unwrap();
    let hits = search("frontier");
    assert!(hits
        .iter()
        .any(|h| h.matched == SearchMatch::Article && h.article_id == outcome.article_id));
    let notes = search("satellite");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].claim_id, Some(claim));
    assert!(search("").is_empty());
    assert!(search("\"unbalanced AND (").is_empty());
    assert!(search("nothing-like-this-anywhere").is_empty());
}
