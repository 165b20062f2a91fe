//! The articles table: insert, read, list with counts, metadata edits, immutable body.

mod common;

use claimdesk_db::{ArticleMeta, ClaimKind, Error, Status};
use common::*;

#[test]
fn an_inserted_article_reads_back() {
    let db = db();
    let id = add_article(&db);
    let article = db.read(|r| r.article(id)).unwrap();
    assert_eq!(article.title, "Troops gather");
    assert_eq!(article.body, BODY);
    assert_eq!(article.uuid.len(), 36);
    assert_eq!(&article.uuid[14..15], "7", "UUID v7");
    let by_hash = db
        .read(|r| r.article_by_hash(&article.content_hash))
        .unwrap();
    assert_eq!(by_hash.map(|a| a.id), Some(id));
    assert!(db.read(|r| r.article_by_hash("nope")).unwrap().is_none());
}

#[test]
fn a_missing_article_is_not_found() {
    let db = db();
    let err = db.read(|r| r.article(42)).unwrap_err();
    assert!(matches!(err, Error::NotFound { id: 42, .. }), "{err}");
}

#[test]
fn the_same_content_cannot_be_stored_twice() {
    let db = db();
    add_article(&db);
    let again = db.write(|w| w.insert_article(&new_article(BODY)));
    assert!(again.is_err());
    assert_eq!(db.read(|r| r.list_articles()).unwrap().len(), 1);
}

#[test]
fn the_list_counts_claims_by_status_without_dismissed_ones() {
    let db = db();
    let (article, first) = article_with_claim(&db);
    db.write(|w| {
        let second = w.insert_claim(&new_claim(article, ClaimKind::Quote, 32, 50), "x", AT)?;
        let third = w.insert_claim(&new_claim(article, ClaimKind::Statement, 0, 32), "x", AT)?;
        w.change_status(first, Status::Verified, "Ada", None, None, AT)?;
        w.change_status(second, Status::Dismissed, "Ada", None, None, AT)?;
        let _ = third;
        Ok::<_, Error>(())
    })
    .unwrap();
    let list = db.read(|r| r.list_articles()).unwrap();
    assert_eq!(list.len(), 1);
    let s = &list[0];
    assert_eq!(
        (s.claim_count, s.verified, s.disputed, s.pending),
        (2, 1, 0, 1)
    );
}

#[test]
fn metadata_can_change_but_the_body_cannot() {
    let db = db();
    let id = add_article(&db);
    let meta = ArticleMeta {
        title: "New title".into(),
        outlet: None,
        url: None,
        author: Some("B. Writer".into()),
        published_at: None,
    };
    db.write(|w| w.update_article_meta(id, &meta)).unwrap();
    let article = db.read(|r| r.article(id)).unwrap();
    assert_eq!(article.title, "New title");
    assert_eq!(article.author.as_deref(), Some("B. Writer"));
    assert_eq!(article.outlet, None);
    assert!(db.write(|w| w.update_article_meta(99, &meta)).is_err());

    // The trigger refuses a changed body even from raw SQL.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sqlite3");
    let file_db = claimdesk_db::Db::open(&path).unwrap();
    let id = add_article(&file_db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let err = conn
        .execute(
            "UPDATE article_bodies SET body = 'changed' WHERE article_id = ?1",
            [id],
        )
        .unwrap_err();
    assert!(err.to_string().contains("immutable"), "{err}");
    let err = conn
        .execute("UPDATE articles SET content_hash = 'x' WHERE id = ?1", [id])
        .unwrap_err();
    assert!(err.to_string().contains("immutable"), "{err}");
    assert_eq!(file_db.read(|r| r.article(id)).unwrap().body, BODY);
}
