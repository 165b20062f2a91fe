//! Claimdesk's store: the only crate that speaks SQL.
//!
//! [`Db`] opens a SQLite file (or memory), sets the pragmas, applies the embedded migrations
//! and hands out two kinds of access: a [`Reader`] for queries and a [`Writer`] for changes.
//! A `Writer` only exists inside an immediate transaction, so every change a closure makes
//! commits together or not at all. Each table has its own module adding methods to them.

mod article_list;
mod articles;
mod bulk;
mod claims;
mod counters;
mod error;
mod exchange;
mod migrations;
mod notes;
mod search;
mod settings;
mod sources;
mod status_changes;
mod uuids;

use std::cell::RefCell;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use article_list::{ArticleCursor, ArticleListFilter, ArticlePageQuery, ArticleSort};
pub use articles::{Article, ArticleMeta, ArticleSummary, NewArticle, SourceFormat};
pub use bulk::context_of;
pub use claimdesk_extract::{ClaimKind, Qualifier};
pub use claims::{ClaimFacts, ClaimFilter, ClaimView, ExtractedFields, NewClaim, Origin};
pub use counters::{Counts, KIND_COLUMNS};
pub use error::{Error, Result};
pub use exchange::{
    AnchoredClaim, ExchangeArticle, ExchangeChange, ExchangeClaim, ExchangeNote, ExchangeSource,
    MergeCounts, ScopeFilter, ScopeRows,
};
pub use migrations::{migrations, SCHEMA_VERSION};
pub use notes::Note;
pub use search::{fts_query, SampleWords, SearchCursor, SearchHit, SearchMatch, SearchPageRows};
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
    /// The file, so a batch import can open a connection of its own; `None` in memory.
    path: Option<PathBuf>,
}

impl Db {
    /// Opens (creating if needed) the database file at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Db> {
        let path = path.as_ref();
        let mut conn = Db::connect(path)?;
        // Migrations rebuild tables; with foreign keys on, dropping the old ones would
        // cascade. Each migration checks the keys itself before it commits.
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        migrations()
            .to_latest(&mut conn)
            .map_err(Error::from_migration)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Db {
            conn: Mutex::new(conn),
            path: Some(path.to_owned()),
        })
    }

    fn connect(path: &Path) -> Result<Connection> {
        let conn = Connection::open(path)?;
        // WAL lets the window read while the CLI writes; NORMAL is durable enough under WAL.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(conn)
    }

    /// A private database that vanishes when dropped; for tests and previews.
    pub fn open_in_memory() -> Result<Db> {
        let mut conn = Connection::open_in_memory()?;
        migrations()
            .to_latest(&mut conn)
            .map_err(Error::from_migration)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Db {
            conn: Mutex::new(conn),
            path: None,
        })
    }

    /// A second connection to the same file, for a long batch import: it writes through its
    /// own connection so the window's reads never wait behind it (WAL). `None` for a database
    /// in memory, which has only the one connection.
    pub fn open_another(&self) -> Result<Option<Db>> {
        let Some(path) = &self.path else {
            return Ok(None);
        };
        let conn = Db::connect(path)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Some(Db {
            conn: Mutex::new(conn),
            path: Some(path.clone()),
        }))
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
        let writer = Writer {
            reader: Reader { conn: &tx },
            pending: RefCell::default(),
        };
        let out = f(&writer)?;
        writer.finish()?;
        tx.commit().map_err(Error::from)?;
        Ok(out)
    }

    /// `PRAGMA integrity_check`: "ok", or what is wrong.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// `PRAGMA optimize`, worth running after a large import.
    pub fn optimize(&self) -> Result<()> {
        self.connection().execute_batch("PRAGMA optimize")?;
        Ok(())
    }
}

/// Read access inside a transaction. Table modules add the queries.
pub struct Reader<'a> {
    conn: &'a Connection,
}

/// Write access inside an immediate transaction; it can read too. What the transaction
/// added is indexed for search and counted in [`Writer::finish`], once, before it commits.
pub struct Writer<'a> {
    reader: Reader<'a>,
    pending: RefCell<counters::Pending>,
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

/// The database's file, for messages and tools.
impl Db {
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
