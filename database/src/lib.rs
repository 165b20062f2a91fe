//! Claimdesk's store: the only crate that speaks SQL.
//!
//! [`Db`] opens a SQLite file (or memory), sets the pragmas, applies the embedded migrations
//! and hands out two kinds of access: a [`Reader`] for queries and a [`Writer`] for changes.
//! A `Writer` only exists inside an immediate transaction, so every change a closure makes
//! commits together or not at all. Each table has its own module adding methods to them.

mod articles;
mod claims;
mod error;
mod exchange;
mod migrations;
mod notes;
mod search;
mod settings;
mod sources;
mod status_changes;

use std::ops::Deref;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use articles::{Article, ArticleMeta, ArticleSummary, NewArticle, SourceFormat};
pub use claimdesk_extract::{ClaimKind, Qualifier};
pub use claims::{ClaimFacts, ClaimFilter, ClaimView, ExtractedFields, NewClaim, Origin};
pub use error::{Error, Result};
pub use exchange::{
    AnchoredClaim, ExchangeArticle, ExchangeChange, ExchangeClaim, ExchangeNote, ExchangeSource,
    MergeCounts, ScopeFilter, ScopeRows,
};
pub use migrations::{migrations, SCHEMA_VERSION};
pub use notes::Note;
pub use search::{fts_query, SearchHit, SearchMatch};
pub use settings::Settings;
pub use sources::{NewSource, Source, SourceFields, Stance};
pub use status_changes::{Status, StatusChange};

/// How long a writer waits for another process (the CLI beside the window) to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open Claimdesk database. It can be shared between threads: each read or write takes the
/// connection for the length of its transaction only, so nothing else (file reading,
/// extraction) ever runs while the database is held.
pub struct Db {
    conn: Mutex<Connection>,
}

impl Db {
    /// Opens (creating if needed) the database file at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Db> {
        let conn = Connection::open(path)?;
        // WAL lets the window read while the CLI writes; NORMAL is durable enough under WAL.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Db::prepare(conn)
    }

    /// A private database that vanishes when dropped; for tests and previews.
    pub fn open_in_memory() -> Result<Db> {
        Db::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Db> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        migrations()
            .to_latest(&mut conn)
            .map_err(Error::from_migration)?;
        Ok(Db {
            conn: Mutex::new(conn),
        })
    }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .connection()
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// The connection, held until the guard drops. A panic inside an earlier transaction
    /// poisons the lock, but SQLite rolled that transaction back, so the connection is sound.
    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` against one consistent snapshot of the database.
    pub fn read<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&Reader<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let conn = self.connection();
        let tx = conn.unchecked_transaction().map_err(Error::from)?;
        let out = f(&Reader { conn: &tx })?;
        tx.finish().map_err(Error::from)?;
        Ok(out)
    }

    /// Runs `f` in one immediate transaction: it commits if `f` returns `Ok`, and nothing is
    /// written if `f` fails. Immediate, so a second process waits instead of failing midway.
    pub fn write<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&Writer<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let conn = self.connection();
        let tx = Transaction::new_unchecked(&conn, TransactionBehavior::Immediate)
            .map_err(Error::from)?;
        let out = f(&Writer {
            reader: Reader { conn: &tx },
        })?;
        tx.commit().map_err(Error::from)?;
        Ok(out)
    }
}

/// Read access inside a transaction. Table modules add the queries.
pub struct Reader<'a> {
    conn: &'a Connection,
}

/// Write access inside an immediate transaction; it can read too.
pub struct Writer<'a> {
    reader: Reader<'a>,
}

impl<'a> Deref for Writer<'a> {
    type Target = Reader<'a>;

    fn deref(&self) -> &Reader<'a> {
        &self.reader
    }
}

/// A fresh UUID v7 for a new row: time-ordered, so rows made on different machines merge in order.
fn new_uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}
