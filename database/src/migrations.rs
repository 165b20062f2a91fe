//! The schema's history. Migrations only ever get appended: a landed file is never edited.

use rusqlite_migration::{Migrations, M};

/// The schema version a database has once every migration below is applied.
pub const SCHEMA_VERSION: i64 = 3;

const STEPS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_review_indexes.sql"),
    include_str!("../migrations/0003_lean_desk.sql"),
];

/// Every migration, in order. Applied at open (with foreign keys off, so a migration can
/// rebuild a table; each checks the keys before it commits); the version lives in
/// `PRAGMA user_version`.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(
        STEPS
            .iter()
            .map(|sql| M::up(sql).foreign_key_check())
            .collect(),
    )
}
