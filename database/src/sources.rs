//! The `sources` table: links an analyst cites for or against a claim.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{new_uuid, Error, Reader, Result, Writer};

/// How a source bears on the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Supports,
    Refutes,
    Context,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Refutes => "refutes",
            Stance::Context => "context",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        [Stance::Supports, Stance::Refutes, Stance::Context]
            .into_iter()
            .find(|st| st.as_str() == s)
    }
}

/// A cited link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Source {
    #[ts(type = "number")]
    pub id: i64,
    pub uuid: String,
    #[ts(type = "number")]
    pub claim_id: i64,
    pub url: String,
    pub title: Option<String>,
    pub stance: Stance,
    pub excerpt: Option<String>,
    /// "YYYY-MM-DD" when known.
    pub accessed_at: Option<String>,
    pub created_at: String,
}

/// The editable fields of a source. The URL must already be checked (http or https).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFields {
    pub url: String,
    pub title: Option<String>,
    pub stance: Stance,
    pub excerpt: Option<String>,
    pub accessed_at: Option<String>,
}

/// A source to attach to a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSource {
    pub claim_id: i64,
    pub fields: SourceFields,
}

const SOURCE_COLUMNS: &str =
    "id, uuid, claim_id, url, title, stance, excerpt, accessed_at, created_at";

fn source_from_row(row: &Row<'_>) -> rusqlite::Result<(Source, String)> {
    Ok((
        Source {
            id: row.get(0)?,
            uuid: row.get(1)?,
            claim_id: row.get(2)?,
            url: row.get(3)?,
            title: row.get(4)?,
            stance: Stance::Context,
            excerpt: row.get(6)?,
            accessed_at: row.get(7)?,
            created_at: row.get(8)?,
        },
        row.get(5)?,
    ))
}

fn finish_source((mut source, stance): (Source, String)) -> Result<Source> {
    source.stance = Stance::parse(&stance).ok_or_else(|| Error::bad_value("stance", stance))?;
    Ok(source)
}

impl Reader<'_> {
    /// The source with this id.
    pub fn source(&self, id: i64) -> Result<Source> {
        let sql = format!("SELECT {SOURCE_COLUMNS} FROM sources WHERE id = ?1");
        match self
            .conn
            .query_row(&sql, [id], source_from_row)
            .optional()?
        {
            Some(row) => finish_source(row),
            None => Err(Error::NotFound {
                entity: "Source",
                id,
            }),
        }
    }

    /// A claim's sources, in the order they were added.
    pub fn sources_of_claim(&self, claim_id: i64) -> Result<Vec<Source>> {
        let sql = format!("SELECT {SOURCE_COLUMNS} FROM sources WHERE claim_id = ?1 ORDER BY id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([claim_id], source_from_row)?;
        rows.map(|row| finish_source(row?)).collect()
    }
}

impl Writer<'_> {
    /// Attaches a source to a claim.
    pub fn add_source(&self, new: &NewSource, at: &str) -> Result<Source> {
        self.claim_status(new.claim_id)?;
        let f = &new.fields;
        self.conn.execute(
            "INSERT INTO sources (uuid, claim_id, url, title, stance, excerpt, accessed_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                new_uuid(),
                new.claim_id,
                f.url,
                f.title,
                f.stance.as_str(),
                f.excerpt,
                f.accessed_at,
                at
            ],
        )?;
        self.source(self.conn.last_insert_rowid())
    }

    /// Replaces a source's fields.
    pub fn update_source(&self, id: i64, f: &SourceFields) -> Result<Source> {
        let changed = self.conn.execute(
            "UPDATE sources SET url = ?2, title = ?3, stance = ?4, excerpt = ?5, accessed_at = ?6
             WHERE id = ?1",
            params![
                id,
                f.url,
                f.title,
                f.stance.as_str(),
                f.excerpt,
                f.accessed_at
            ],
        )?;
        if changed == 0 {
            return Err(Error::NotFound {
                entity: "Source",
                id,
            });
        }
        self.source(id)
    }

    /// Removes a source.
    pub fn remove_source(&self, id: i64) -> Result<()> {
        let changed = self
            .conn
            .execute("DELETE FROM sources WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(Error::NotFound {
                entity: "Source",
                id,
            });
        }
        Ok(())
    }
}
