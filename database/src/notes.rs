//! The `notes` table: an analyst's verification notes on a claim.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{new_uuid, Error, Reader, Result, Writer};

/// A verification note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Note {
    #[ts(type = "number")]
    pub id: i64,
    pub uuid: String,
    #[ts(type = "number")]
    pub claim_id: i64,
    pub body: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
}

const NOTE_COLUMNS: &str = "id, uuid, claim_id, body, author, created_at, updated_at";

fn note_from_row(row: &Row<'_>) -> rusqlite::Result<Note> {
    Ok(Note {
        id: row.get(0)?,
        uuid: row.get(1)?,
        claim_id: row.get(2)?,
        body: row.get(3)?,
        author: row.get(4)?,
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
    })
}

fn not_found(id: i64) -> Error {
    Error::NotFound { entity: "Note", id }
}

impl Reader<'_> {
    /// The note with this id.
    pub fn note(&self, id: i64) -> Result<Note> {
        let sql = format!("SELECT {NOTE_COLUMNS} FROM notes WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], note_from_row)
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    /// A claim's notes, oldest first.
    pub fn notes_of_claim(&self, claim_id: i64) -> Result<Vec<Note>> {
        let sql = format!("SELECT {NOTE_COLUMNS} FROM notes WHERE claim_id = ?1 ORDER BY id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([claim_id], note_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Writer<'_> {
    /// Adds a note to a claim.
    pub fn add_note(&self, claim_id: i64, body: &str, author: &str, at: &str) -> Result<Note> {
        self.claim_status(claim_id)?;
        self.conn.execute(
            "INSERT INTO notes (uuid, claim_id, body, author, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![new_uuid(), claim_id, body, author, at],
        )?;
        self.note(self.conn.last_insert_rowid())
    }

    /// Replaces a note's text.
    pub fn update_note(&self, id: i64, body: &str, at: &str) -> Result<Note> {
        let changed = self.conn.execute(
            "UPDATE notes SET body = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, body, at],
        )?;
        if changed == 0 {
            return Err(not_found(id));
        }
        self.note(id)
    }

    /// Deletes a note.
    pub fn delete_note(&self, id: i64) -> Result<()> {
        if self.conn.execute("DELETE FROM notes WHERE id = ?1", [id])? == 0 {
            return Err(not_found(id));
        }
        Ok(())
    }
}
