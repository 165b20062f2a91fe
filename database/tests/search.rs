//! Full-text search: indexes follow inserts, edits and deletes; user text is never syntax.

mod common;

use claimdesk_db::{fts_query, ArticleMeta, SearchMatch};
use common::*;

#[test]
fn articles_claims_and_notes_are_found() {
    let db = db();
    let (article, claim) = article_with_claim(&db);
    db.write(|w| w.add_note(claim, "Satellite images disagree.", "Ada", AT))
        .unwrap();
    let hits = db.read(|r| r.search("fighters")).unwrap();
    let kinds: Vec<_> = hits.iter().map(|h| h.matched).collect();
    assert_eq!(kinds, vec![SearchMatch::Article, SearchMatch::Claim]);
    assert!(hits.iter().all(|h| h.article_id == article));
    assert_eq!(hits[1].claim_id, Some(claim));
    assert!(hits[1].snippet.contains("fighters"));

    let notes = db.read(|r| r.search("satell")).unwrap();
    assert_eq!(notes.len(), 1, "prefix match on the last word");
    assert_eq!(notes[0].matched, SearchMatch::Note);
    assert_eq!(notes[0].claim_id, Some(claim));
}

#[test]
fn the_index_follows_edits_and_deletes() {
    let db = db();
    let (article, claim) = article_with_claim(&db);
    let note = db.write(|w| w.add_note(claim, "alpha", "Ada", AT)).unwrap();
    assert_eq!(db.read(|r| r.search("alpha")).unwrap().len(), 1);
    db.write(|w| w.update_note(note.id, "omega", AT)).unwrap();
    assert!(db.read(|r| r.search("alpha")).unwrap().is_empty());
    assert_eq!(db.read(|r| r.search("omega")).unwrap().len(), 1);
    db.write(|w| w.delete_note(note.id)).unwrap();
    assert!(db.read(|r| r.search("omega")).unwrap().is_empty());

    assert_eq!(
        db.read(|r| r.search("troops")).unwrap().len(),
        1,
        "the title"
    );
    let meta = ArticleMeta {
        title: "Renamed headline".into(),
        outlet: None,
        url: None,
        author: None,
        published_at: None,
    };
    db.write(|w| w.update_article_meta(article, &meta)).unwrap();
    assert_eq!(db.read(|r| r.search("renamed")).unwrap().len(), 1);
    assert!(db.read(|r| r.search("troops")).unwrap().is_empty());
}

#[test]
fn search_syntax_typed_by_the_user_is_just_text() {
    let db = db();
    article_with_claim(&db);
    for query in [
        "\"",
        "fighters\"",
        "AND",
        "NEAR(",
        "-fighters",
        "*",
        "fighters OR",
        "title:x",
        "'); DROP",
    ] {
        assert!(db.read(|r| r.search(query)).is_ok(), "{query}");
    }
    assert!(db.read(|r| r.search("   ")).unwrap().is_empty());
    assert_eq!(
        fts_query("up to 35,000"),
        Some("\"up\" \"to\" \"35\" \"000\"*".into())
    );
    assert_eq!(fts_query("\"\" --"), None);
}
