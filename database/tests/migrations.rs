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

#[test]
fn a_version_two_database_upgrades_to_the_lean_schema_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 2).unwrap();
        conn.execute_batch(include_str!("fixtures/v1_data.sql"))
            .unwrap();
        // A second article with an untouched claim, as version 2 stored it.
        conn.execute_batch(
            "INSERT INTO articles (id, uuid, title, imported_at, body, content_hash, source_format)
             VALUES (2, '0190f0a0-0000-7000-8000-0000000000a1', 'Second', '2025-06-01T08:00:00Z',
                     'Police said 300 cars were stopped.', 'bbbb', 'txt');
             INSERT INTO claims (id, uuid, article_id, kind, text, start, \"end\", origin,
                                 created_at, updated_at)
             VALUES (2, '0190f0a0-0000-7000-8000-0000000000a2', 2, 'quantity', '300 cars', 12, 20,
                     'extracted', '2025-06-01T08:00:00Z', '2025-06-01T08:00:00Z');
             INSERT INTO status_changes (uuid, claim_id, from_status, to_status, reviewer, at)
             VALUES ('0190f0a0-0000-7000-8000-0000000000a3', 2, NULL, 'pending', 'extraction',
                     '2025-06-01T08:00:00Z');",
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), 3);
    db.read(|r| {
        let article = r.article(1)?;
        assert_eq!(article.uuid, "0190f0a0-0000-7000-8000-000000000001");
        assert_eq!(
            article.body,
            "Up to 35,000 fighters gathered at the border."
        );
        let claim = r.claim(1)?;
        assert_eq!(claim.uuid, "0190f0a0-0000-7000-8000-000000000002");
        assert_eq!(claim.text, "Up to 35,000 fighters");
        assert_eq!(claim.status, claimdesk_db::Status::Disputed);
        assert_eq!(claim.created_at, "2025-05-02T10:00:00Z");
        assert_eq!(claim.updated_at, "2025-05-02T11:00:00Z");
        let second = r.claim(2)?;
        assert_eq!(second.text, "300 cars");
        assert_eq!(second.created_at, "2025-06-01T08:00:00Z");
        // History rows already stored stay, creation rows included.
        assert_eq!(r.history_of_claim(1)?.len(), 2);
        assert_eq!(r.history_of_claim(2)?.len(), 1);
        let scope = r.scope_rows(&claimdesk_db::ScopeFilter::default())?;
        assert_eq!(scope.claims.len(), 2);
        assert_eq!(scope.claims[0].suffix, " gathered at the border.");
        assert_eq!(scope.history.len(), 3);
        assert!(
            r.counter_mismatches()?.is_empty(),
            "{:?}",
            r.counter_mismatches()?
        );
        let counts = r.desk_counters()?;
        assert_eq!(counts.articles, 2);
        assert_eq!(counts.status(claimdesk_db::Status::Disputed), 1);
        assert_eq!(counts.status(claimdesk_db::Status::Pending), 1);
        assert_eq!(r.search("cars")?.len(), 2, "article and claim");
        assert_eq!(r.search("fighters")?.len(), 3, "article, claim and note");
        Ok::<_, claimdesk_db::Error>(())
    })
    .unwrap();
    assert_eq!(db.integrity_check().unwrap(), "ok");
}
