//! The schema: migrations are valid, a fresh database has every table, and a database made
//! by the first version upgrades with its data intact.

use claimdesk_db::{migrations, ClaimFilter, Db, SCHEMA_VERSION};
use rusqlite::Connection;

#[test]
fn migrations_are_valid() {
    migrations().validate().unwrap();
}

#[test]
fn a_fresh_database_has_the_whole_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.sqlite3");
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    drop(db);

    let conn = Connection::open(&path).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for expected in [
        "articles",
        "claims",
        "sources",
        "notes",
        "status_changes",
        "settings",
        "articles_fts",
        "claims_fts",
        "notes_fts",
        "articles_body_is_immutable",
        "status_changes_no_update",
        "status_changes_no_delete",
        "claims_by_status",
        "sources_by_url",
    ] {
        assert!(names.iter().any(|n| n == expected), "missing {expected}");
    }
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_version_one_database_upgrades_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    {
        // Build the fixture exactly as Claimdesk's first schema made it.
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 1).unwrap();
        conn.execute_batch(include_str!("fixtures/v1_data.sql"))
            .unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 1);
        let has_v2_index: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'claims_by_status'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(has_v2_index, 0);
    }

    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    db.read(|r| {
        let article = r.article(1)?;
        assert_eq!(article.title, "Old article");
        let claims = r.list_claims(&ClaimFilter::default())?;
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].status, claimdesk_db::Status::Disputed);
        assert_eq!(claims[0].source_count, 1);
        assert_eq!(claims[0].note_count, 1);
        assert_eq!(r.history_of_claim(1)?.len(), 2);
        assert_eq!(r.settings()?.reviewer_name, "Ada");
        // Article, claim and note: the indexes made by version 1 still answer.
        assert_eq!(r.search("fighters")?.len(), 3);
        Ok::<_, claimdesk_db::Error>(())
    })
    .unwrap();
}

#[test]
fn a_database_from_a_newer_claimdesk_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    drop(Db::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    assert!(matches!(
        Db::open(&path),
        Err(claimdesk_db::Error::NewerSchema)
    ));
}
