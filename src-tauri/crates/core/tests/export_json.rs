//! The exchange document: its snapshot, the round trip through an empty database, merging
//! instead of duplicating, and refusing damaged documents before writing anything.

mod export_fixture;

use claimdesk_core::export::{ExportFormat, ExportScope, PreviewExportInput};
use claimdesk_core::inputs::ImportTextInput;
use claimdesk_core::{Desk, ErrorCode};
use export_fixture::{empty_desk, fixture, redact_uuids, FORMULA_BODY, HOSTILE_BODY};
use serde_json::Value;

fn json_of(desk: &Desk) -> String {
    desk.export_text(PreviewExportInput {
        format: ExportFormat::Json,
        scope: ExportScope::default(),
    })
    .unwrap()
}

#[test]
fn document_matches_snapshot() {
    let fx = fixture();
    insta::assert_snapshot!(redact_uuids(&json_of(&fx.desk)));
}

#[test]
fn document_names_its_format_and_keeps_local_ids_out() {
    let fx = fixture();
    let doc: Value = serde_json::from_str(&json_of(&fx.desk)).unwrap();
    assert_eq!(doc["format"], "claimdesk-export");
    assert_eq!(doc["version"], 1);
    assert_eq!(
        doc["articles"].as_array().unwrap().len(),
        3,
        "the article without claims too"
    );
    let claims = doc["articles"][0]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 5, "dismissed claims travel too");
    assert_eq!(doc["articles"][0]["body"], HOSTILE_BODY);
    let text = json_of(&fx.desk);
    for local in ["\"id\"", "\"article_id\"", "\"claim_id\"", "\"undoes_id\""] {
        assert!(!text.contains(local), "{local} in the document");
    }
    // The undo entry points at the entry it reverts by UUID.
    let threat = &claims[4]["history"];
    assert_eq!(threat[1]["undoes"], threat[0]["uuid"]);
}

#[test]
fn round_trip_through_an_empty_database_gives_the_same_document() {
    let fx = fixture();
    let first = json_of(&fx.desk);
    let (_dir, empty) = empty_desk();
    let outcome = empty.import_exchange(&first).unwrap();
    assert_eq!((outcome.articles_added, outcome.claims_added), (3, 6));
    assert_eq!((outcome.sources_added, outcome.notes_added), (2, 2));
    let second = json_of(&empty);
    assert_eq!(first, second);
}

#[test]
fn importing_twice_merges_instead_of_duplicating() {
    let fx = fixture();
    let doc = json_of(&fx.desk);
    let (_dir, desk) = empty_desk();
    desk.import_exchange(&doc).unwrap();
    let again = desk.import_exchange(&doc).unwrap();
    assert_eq!(
        again.articles_added + again.claims_added + again.sources_added,
        0
    );
    assert_eq!(again.notes_added + again.history_added, 0);
    assert_eq!((again.articles_matched, again.claims_matched), (3, 6));
    assert_eq!(json_of(&desk), doc);
}

#[test]
fn the_same_text_imported_elsewhere_is_merged_into() {
    let fx = fixture();
    let doc = json_of(&fx.desk);
    let (_dir, desk) = empty_desk();
    // A colleague imported the same article text on their own: other UUIDs, same hash.
    let own = desk
        .import_text(ImportTextInput {
            text: FORMULA_BODY.to_owned(),
            title: None,
        })
        .unwrap();
    let outcome = desk.import_exchange(&doc).unwrap();
    assert_eq!((outcome.articles_added, outcome.articles_matched), (2, 1));
    let list = desk.list_articles().unwrap();
    assert_eq!(list.len(), 3, "no second copy of the text");
    let merged = list.iter().find(|a| a.id == own.article_id).unwrap();
    assert!(
        merged.verified >= 1,
        "the colleague's decision arrived: {merged:?}"
    );
}

#[test]
fn a_damaged_document_is_refused_and_writes_nothing() {
    let fx = fixture();
    let good: Value = serde_json::from_str(&json_of(&fx.desk)).unwrap();
    let cases: Vec<(Value, ErrorCode)> = vec![
        (
            serde_json::json!({"format": "other", "version": 1, "articles": []}),
            ErrorCode::InvalidInput,
        ),
        (
            with(&good, |d| d["version"] = 2.into()),
            ErrorCode::Conflict,
        ),
        (
            with(&good, |d| {
                d["articles"][0]["claims"][0]["end"] = 100_000.into()
            }),
            ErrorCode::InvalidInput,
        ),
        (
            with(&good, |d| {
                d["articles"][0]["claims"][0]["sources"][0]["url"] = "javascript:alert(1)".into()
            }),
            ErrorCode::InvalidInput,
        ),
        (
            with(&good, |d| {
                d["articles"][0]["claims"][0]["status"] = "maybe".into()
            }),
            ErrorCode::InvalidInput,
        ),
    ];
    let (_dir, desk) = empty_desk();
    for (doc, code) in cases {
        let err = desk.import_exchange(&doc.to_string()).unwrap_err();
        assert_eq!(err.code(), code, "{err}");
        assert!(
            desk.list_articles().unwrap().is_empty(),
            "nothing written after: {err}"
        );
    }
    let err = desk.import_exchange("not json at all").unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

fn with(doc: &Value, change: impl FnOnce(&mut Value)) -> Value {
    let mut copy = doc.clone();
    change(&mut copy);
    copy
}
