//! The sources table: add, edit, remove; only web links get in.

mod common;

use claimdesk_db::{NewSource, SourceFields, Stance};
use common::*;

fn fields(url: &str) -> SourceFields {
    SourceFields {
        url: url.into(),
        title: Some("Report".into()),
        stance: Stance::Refutes,
        excerpt: Some("Only 20,000.".into()),
        accessed_at: Some("2026-01-02".into()),
    }
}

#[test]
fn sources_are_added_edited_and_removed() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let new = NewSource {
        claim_id: claim,
        fields: fields("https://example.org/report"),
    };
    let source = db.write(|w| w.add_source(&new, AT)).unwrap();
    assert_eq!(source.claim_id, claim);
    assert_eq!(source.stance, Stance::Refutes);
    assert_eq!(source.created_at, AT);
    assert_eq!(db.read(|r| r.claim(claim)).unwrap().source_count, 1);

    let mut changed = fields("http://example.org/other");
    changed.stance = Stance::Context;
    changed.title = None;
    let updated = db.write(|w| w.update_source(source.id, &changed)).unwrap();
    assert_eq!(updated.url, "http://example.org/other");
    assert_eq!(updated.stance, Stance::Context);
    assert_eq!(updated.title, None);

    db.write(|w| w.remove_source(source.id)).unwrap();
    assert!(db.read(|r| r.sources_of_claim(claim)).unwrap().is_empty());
    assert!(db.write(|w| w.remove_source(source.id)).is_err());
    assert!(db.write(|w| w.update_source(source.id, &changed)).is_err());
}

#[test]
fn the_store_itself_refuses_non_web_links_and_unknown_claims() {
    let db = db();
    let (_, claim) = article_with_claim(&db);
    let bad = NewSource {
        claim_id: claim,
        fields: fields("javascript:alert(1)"),
    };
    assert!(db.write(|w| w.add_source(&bad, AT)).is_err());
    let orphan = NewSource {
        claim_id: claim + 1,
        fields: fields("https://example.org"),
    };
    assert!(db.write(|w| w.add_source(&orphan, AT)).is_err());
    assert!(db.read(|r| r.sources_of_claim(claim)).unwrap().is_empty());
}
