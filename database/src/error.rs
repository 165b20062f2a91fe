//! Store errors. Core maps them onto the codes the window and the CLI show.

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No row of that kind has that id.
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: i64 },
    /// The database file was written by a newer Claimdesk than this one.
    #[error("this database was made by a newer version of Claimdesk")]
    NewerSchema,
    /// A stored value does not parse back (a corrupt or hand-edited file).
    #[error("unexpected value {value:?} in column {column}")]
    BadValue { column: &'static str, value: String },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(rusqlite_migration::Error),
}

impl Error {
    pub(crate) fn from_migration(err: rusqlite_migration::Error) -> Error {
        use rusqlite_migration::{Error as M, MigrationDefinitionError as D};
        match err {
            M::MigrationDefinition(D::DatabaseTooFarAhead) => Error::NewerSchema,
            other => Error::Migration(other),
        }
    }

    pub(crate) fn bad_value(column: &'static str, value: impl Into<String>) -> Error {
        Error::BadValue {
            column,
            value: value.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
