//! The claims table: inserts (history only for claims an analyst made), filters,
//! corrections, refreshes.

mod common;

use claimdesk_db::{
    ClaimFacts, ClaimFilter, ClaimKind, Error, ExtractedFields, Origin, Qualifier, Status,
};
use common::*;

#[test]
fn an_extracted_claim_reads_back_pending_since_import_without_history() {
    let db = db();
    let (article, claim) = article_with_claim(&db);
    let view = db.read(|r| r.claim(claim)).unwrap();
    assert_eq!(view.article_id, article);
    assert_eq!(view.text, "35,000 fighters");
    assert_eq!((view.start, view.end), (6, 21));
    assert_eq!(view.status, Status::Pending);
    assert_eq!(view.origin, Origin::Extracted);
    assert!(!view.edited);
    assert_eq!(view.created_at, AT, "the article's import time");
    assert!(db.read(|r| r.history_of_claim(claim)).unwrap().is_empty());
}

#[test]
fn a_manual_claim_records_who_made_it() {
    let db = db();
    let article = add_article(&db);
    let mut manual = new_claim(article, ClaimKind::Quote, 32, 50);
    manual.origin = Origin::Manual;
    let later = "2026-02-03T04:05:06Z";
    let id = db.write(|w| w.insert_claim(&manual, "Ada", later)).unwrap();
    let view = db.read(|r| r.claim(id)).unwrap();
    assert_eq!(view.text, &BODY[32..50]);
    assert_eq!(view.created_at, later);
    let history = db.read(|r| r.history_of_claim(id)).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].from_status, None);
    assert_eq!(history[0].to_status, Status::Pending);
    assert_eq!(history[0].reviewer, "Ada");
    let counts = db.read(|r| r.counter_mismatches()).unwrap();
    assert!(counts.is_empty(), "{counts:?}");
}

#[test]
fn filters_pick_claims_and_hide_dismissed_ones() {
    let db = db();
    let (article, quantity) = article_with_claim(&db);
    let quote = db
        .write(|w| {
            let q = w.insert_claim(&new_claim(article, ClaimKind::Quote, 32, 50), "x", AT)?;
            w.change_status(quantity, Status::Dismissed, "Ada", None, None, AT)?;
            Ok::<_, Error>(q)
        })
        .unwrap();
    let list = |f: ClaimFilter| db.read(|r| r.list_claims(&f)).unwrap();
    let ids = |f: ClaimFilter| list(f).iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids(ClaimFilter::default()), vec![quote]);
    assert_eq!(
        ids(ClaimFilter {
            include_dismissed: Some(true),
            ..Default::default()
        }),
        vec![quantity, quote]
    );
    assert_eq!(
        ids(ClaimFilter {
            status: Some(Status::Dismissed),
            ..Default::default()
        }),
        vec![quantity]
    );
    assert_eq!(
        ids(ClaimFilter {
            kind: Some(ClaimKind::Quote),
            article_id: Some(article),
            ..Default::default()
        }),
        vec![quote]
    );
    assert!(ids(ClaimFilter {
        article_id: Some(article + 1),
        ..Default::default()
    })
    .is_empty());
}

#[test]
fn corrections_mark_the_claim_edited_and_survive_refreshes() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let facts = ClaimFacts {
        speaker: None,
        value: Some(80_000.0),
        unit: Some("fighters".into()),
        qualifier: Some(Qualifier::UpTo),
    };
    db.write(|w| w.update_claim_facts(claim, &facts, AT))
        .unwrap();
    let refreshed = ExtractedFields {
        value: Some(1.0),
        unit: Some("wrong".into()),
        score: 0.1,
        tags: vec![ClaimKind::Threat],
        ..Default::default()
    };
    db.write(|w| w.refresh_extracted_fields(claim, &refreshed, AT))
        .unwrap();
    let view = db.read(|r| r.claim(claim)).unwrap();
    assert!(view.edited);
    assert_eq!(view.value, Some(80_000.0));
    assert_eq!(view.unit.as_deref(), Some("fighters"));
    assert_eq!(view.qualifier, Some(Qualifier::UpTo));
    assert!(db.write(|w| w.update_claim_facts(999, &facts, AT)).is_err());
}

#[test]
fn an_unedited_claim_takes_fresh_extracted_fields() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let fresh = ExtractedFields {
        value: Some(80_000.0),
        unit: Some("fighters".into()),
        qualifier: Some(Qualifier::UpTo),
        tags: vec![ClaimKind::Threat],
        score: 0.75,
        ..Default::default()
    };
    db.write(|w| w.refresh_extracted_fields(claim, &fresh, "2026-02-01T00:00:00Z"))
        .unwrap();
    let view = db.read(|r| r.claim(claim)).unwrap();
    assert_eq!(view.value, Some(80_000.0));
    assert_eq!(view.tags, vec![ClaimKind::Threat]);
    assert_eq!(view.score, 0.75);
    assert_eq!(view.updated_at, "2026-02-01T00:00:00Z");
}

#[test]
fn a_claim_needs_an_existing_article_and_a_real_span() {
    let db = db();
    let article = add_article(&db);
    assert!(db
        .write(|w| w.insert_claim(&new_claim(article + 5, ClaimKind::Quote, 0, 3), "x", AT))
        .is_err());
    let mut empty = new_claim(article, ClaimKind::Quote, 3, 4);
    empty.end = 3;
    assert!(db.write(|w| w.insert_claim(&empty, "x", AT)).is_err());
    // A failed insert leaves no history row behind.
    assert_eq!(db.read(|r| r.count_status_changes()).unwrap(), 0);
}
