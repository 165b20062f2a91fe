//! Shared fixtures for the store tests: a fresh in-memory database with one article.

#![allow(dead_code)]

use claimdesk_db::{ClaimKind, Db, ExtractedFields, NewArticle, NewClaim, Origin, SourceFormat};

pub const AT: &str = "2026-01-02T03:04:05Z";
pub const BODY: &str = "Up to 35,000 fighters gathered. \u{201c}We will act,\u{201d} he said.";

pub fn db() -> Db {
    Db::open_in_memory().expect("in-memory db")
}

pub fn new_article(body: &str) -> NewArticle {
    NewArticle {
        title: "Troops gather".into(),
        outlet: Some("Wire".into()),
        url: Some("https://example.org/a".into()),
        author: None,
        published_at: Some("2026-01-01".into()),
        imported_at: AT.into(),
        source_format: SourceFormat::Txt,
        content_hash: format!("hash-of-{body}"),
        body: body.into(),
    }
}

pub fn add_article(db: &Db) -> i64 {
    db.write(|w| w.insert_article(&new_article(BODY))).unwrap()
}

pub fn new_claim(article_id: i64, kind: ClaimKind, start: usize, end: usize) -> NewClaim {
    NewClaim {
        article_id,
        kind,
        text: BODY[start..end].into(),
        start,
        end,
        fields: ExtractedFields {
            score: 0.5,
            ..ExtractedFields::default()
        },
        origin: Origin::Extracted,
    }
}

/// An article with one quantity claim over "35,000 fighters"; returns (article, claim).
pub fn article_with_claim(db: &Db) -> (i64, i64) {
    let article = add_article(db);
    let claim = db
        .write(|w| {
            w.insert_claim(
                &new_claim(article, ClaimKind::Quantity, 6, 21),
                "extraction",
                AT,
            )
        })
        .unwrap();
    (article, claim)
}
