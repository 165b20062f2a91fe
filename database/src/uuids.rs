//! UUIDs as they are stored: 16-byte blobs for articles and claims (the tables of a large
//! desk), text for the smaller tables. Everything above the store sees the hyphenated text.

use rusqlite::types::ValueRef;
use rusqlite::Row;

use crate::{Error, Result};

/// A fresh UUID v7 as the 16 bytes stored for an article or a claim.
pub(crate) fn new_uuid_bytes() -> [u8; 16] {
    uuid::Uuid::now_v7().into_bytes()
}

/// The stored bytes of a UUID given as text (from an exchange document).
pub(crate) fn uuid_bytes(text: &str) -> Result<[u8; 16]> {
    uuid::Uuid::parse_str(text)
        .map(uuid::Uuid::into_bytes)
        .map_err(|_| Error::bad_value("uuid", text))
}

/// Column `idx` of `row` as hyphenated text, whether it is stored as a blob or as text.
pub(crate) fn uuid_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<String> {
    match row.get_ref(idx)? {
        ValueRef::Blob(bytes) => uuid::Uuid::from_slice(bytes)
            .map(|u| u.to_string())
            .map_err(|err| {
                rusqlite::Error::FromSqlConversionFailure(
                    idx,
                    ValueRef::Blob(bytes).data_type(),
                    Box::new(err),
                )
            }),
        _ => row.get(idx),
    }
}
