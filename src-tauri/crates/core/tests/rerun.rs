//! Re-running extraction keeps every claim an analyst worked on, with its status, sources,
//! notes and corrections, and never deletes history.

mod common;

use claimdesk_core::inputs::{
    AddNoteInput, AddSourceInput, ArticleIdInput, ClaimIdInput, CreateManualClaimInput,
    ImportTextInput, ListClaimsInput, SetClaimStatusInput, UpdateClaimFactsInput,
};
use claimdesk_core::{ClaimKind, Stance, Status};
use claimdesk_db::{Db, ExtractedFields, NewClaim, Origin};
use common::*;

#[test]
fn a_rerun_keeps_reviewed_edited_and_manual_claims() {
    let (_dir, desk) = desk();
    let article_id = desk
        .import_text(ImportTextInput {
            text: SAMPLE.into(),
            title: None,
        })
        .unwrap()
        .article_id;
    let claims = desk.list_claims(ListClaimsInput::default()).unwrap();
    assert!(claims.len() >= 2, "the sample has claims");
    let (reviewed, edited) = (claims[0].id, claims[1].id);
    desk.set_claim_status(SetClaimStatusInput {
        claim_id: reviewed,
        status: Status::Disputed,
        reason: Some("wrong".into()),
    })
    .unwrap();
    desk.add_source(AddSourceInput {
        claim_id: reviewed,
        url: "https://example.org/r".into(),
        title: None,
        stance: Stance::Refutes,
        excerpt: None,
        accessed_at: None,
    })
    .unwrap();
    desk.add_note(AddNoteInput {
        claim_id: reviewed,
        body: "checked".into(),
    })
    .unwrap();
    desk.update_claim_facts(UpdateClaimFactsInput {
        claim_id: edited,
        speaker: Some("Somebody Else".into()),
        value: None,
        unit: None,
        qualifier: None,
    })
    .unwrap();
    let manual = desk
        .create_manual_claim(CreateManualClaimInput {
            article_id,
            // The sample's first three words, selected as an analyst would.
            text: SAMPLE
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" "),
            near: 0,
            kind: ClaimKind::Statement,
        })
        .unwrap()
        .claim
        .id;
    let before_reviewed = desk.get_claim(ClaimIdInput { claim_id: reviewed }).unwrap();
    let count_before = desk.list_claims(ListClaimsInput::default()).unwrap().len();

    let outcome = desk
        .rerun_extraction(ArticleIdInput { article_id })
        .unwrap();
    assert_eq!(outcome.added, 0, "same rules, nothing new");
    assert_eq!(outcome.retired, 0);
    assert_eq!(outcome.kept, count_before);

    assert_eq!(
        desk.get_claim(ClaimIdInput { claim_id: reviewed }).unwrap(),
        before_reviewed
    );
    let edited = desk
        .get_claim(ClaimIdInput { claim_id: edited })
        .unwrap()
        .claim;
    assert_eq!(edited.speaker.as_deref(), Some("Somebody Else"));
    assert!(edited.edited);
    let manual = desk
        .get_claim(ClaimIdInput { claim_id: manual })
        .unwrap()
        .claim;
    assert_eq!(
        (manual.origin, manual.status),
        (Origin::Manual, Status::Pending)
    );
    assert_eq!(
        desk.list_claims(ListClaimsInput::default()).unwrap().len(),
        count_before
    );
}

const SAMPLE: &str = claimdesk_core::SAMPLE_TEXT;

#[test]
fn a_rerun_adds_what_is_missing_and_retires_what_is_gone() {
    let (dir, desk) = desk();
    let article_id = desk
        .import_text(ImportTextInput {
            text: SAMPLE.into(),
            title: None,
        })
        .unwrap()
        .article_id;
    let original = desk.list_claims(ListClaimsInput::default()).unwrap();

    // Simulate an older extractor: one claim it found that today's rules do not, one today's
    // rules find that it missed, and one reviewed claim of the old rules.
    let db = Db::open(db_path(&dir)).unwrap();
    let stale = |start: usize, end: usize| NewClaim {
        article_id,
        kind: ClaimKind::Threat,
        text: SAMPLE[start..end].into(),
        start,
        end,
        fields: ExtractedFields::default(),
        origin: Origin::Extracted,
    };
    let (gone, reviewed_gone) = db
        .write(|w| {
            let gone = w.insert_claim(&stale(0, 3), "extraction", NOW)?;
            let reviewed = w.insert_claim(&stale(4, 8), "extraction", NOW)?;
            w.change_status(reviewed, Status::Verified, "Ada", None, None, NOW)?;
            Ok::<_, claimdesk_db::Error>((gone, reviewed))
        })
        .unwrap();
    drop(db);

    let outcome = desk
        .rerun_extraction(ArticleIdInput { article_id })
        .unwrap();
    assert_eq!(outcome.added, 0);
    assert_eq!(outcome.retired, 1);
    assert_eq!(outcome.kept, original.len() + 1);
    let gone = desk.get_claim(ClaimIdInput { claim_id: gone }).unwrap();
    assert_eq!(gone.claim.status, Status::Dismissed);
    assert_eq!(
        gone.history.len(),
        1,
        "retired with a history row, not deleted"
    );
    let reviewed = desk
        .get_claim(ClaimIdInput {
            claim_id: reviewed_gone,
        })
        .unwrap();
    assert_eq!(reviewed.claim.status, Status::Verified);
}

#[test]
fn a_rerun_restores_claims_lost_from_an_article() {
    let (dir, desk) = desk();
    // An article stored with no claims at all, as if imported before extraction found any.
    let db = Db::open(db_path(&dir)).unwrap();
    let article_id = db
        .write(|w| {
            w.insert_article(&claimdesk_db::NewArticle {
                title: "t".into(),
                outlet: None,
                url: None,
                author: None,
                published_at: None,
                imported_at: NOW.into(),
                source_format: claimdesk_core::SourceFormat::Txt,
                content_hash: claimdesk_core::content_hash(SAMPLE),
                body: SAMPLE.into(),
            })
        })
        .unwrap();
    drop(db);
    let outcome = desk
        .rerun_extraction(ArticleIdInput { article_id })
        .unwrap();
    assert!(outcome.added > 0);
    assert_eq!(outcome.kept, 0);
    let again = desk
        .rerun_extraction(ArticleIdInput { article_id })
        .unwrap();
    assert_eq!((again.added, again.kept), (0, outcome.added));
}
