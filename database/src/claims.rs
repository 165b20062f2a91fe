//! The `claims` table: spans of an article body worth checking, extracted or marked by hand.

use claimdesk_extract::{ClaimKind, Qualifier};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::status_changes::{parse_status, HistoryEntry, Status};
use crate::{new_uuid, Error, Reader, Result, Writer};

/// Whether extraction found the claim or an analyst marked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Extracted,
    Manual,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Extracted => "extracted",
            Origin::Manual => "manual",
        }
    }
}

/// A claim as the window shows it: its span, facts, review state and counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimView {
    #[ts(type = "number")]
    pub id: i64,
    pub uuid: String,
    #[ts(type = "number")]
    pub article_id: i64,
    pub kind: ClaimKind,
    /// Other kinds the claim also counts as.
    pub tags: Vec<ClaimKind>,
    pub text: String,
    /// UTF-8 byte offsets into the article body.
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub hedge: Option<String>,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    pub origin: Origin,
    pub status: Status,
    pub status_reason: Option<String>,
    /// An analyst corrected speaker/value/unit/qualifier; extraction keeps its hands off.
    pub edited: bool,
    pub source_count: usize,
    pub note_count: usize,
    pub created_at: String,
    pub updated_at: String,
}

/// A claim to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    pub article_id: i64,
    pub kind: ClaimKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub prefix: String,
    pub suffix: String,
    pub fields: ExtractedFields,
    pub origin: Origin,
}

/// What extraction says about a span beyond its position; refreshed on a re-run unless the
/// claim was edited.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExtractedFields {
    pub speaker: Option<String>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub hedge: Option<String>,
    pub tags: Vec<ClaimKind>,
    pub score: f32,
}

/// An analyst's correction of a claim's facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimFacts {
    pub speaker: Option<String>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
}

/// Which claims to list. Empty filter: every claim that is not dismissed (asking for
/// status `dismissed` lists the dismissed ones).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimFilter {
    pub article_id: Option<i64>,
    pub status: Option<Status>,
    pub kind: Option<ClaimKind>,
    pub include_dismissed: Option<bool>,
}

const CLAIM_COLUMNS: &str =
    "c.id, c.uuid, c.article_id, c.kind, c.tags, c.text, c.start, c.\"end\",
     c.speaker, c.value, c.unit, c.qualifier, c.hedge, c.score, c.origin, c.status,
     c.status_reason, c.edited, c.created_at, c.updated_at,
     (SELECT COUNT(*) FROM sources s WHERE s.claim_id = c.id),
     (SELECT COUNT(*) FROM notes n WHERE n.claim_id = c.id)";

/// The text columns that need parsing after the row is read.
struct RawEnums {
    kind: String,
    tags: String,
    qualifier: Option<String>,
    origin: String,
    status: String,
}

fn claim_from_row(row: &Row<'_>) -> rusqlite::Result<(ClaimView, RawEnums)> {
    let offset = |i| row.get::<_, i64>(i).map(|n| n as usize);
    let count = |i| row.get::<_, i64>(i).map(|n| n as usize);
    Ok((
        ClaimView {
            id: row.get(0)?,
            uuid: row.get(1)?,
            article_id: row.get(2)?,
            kind: ClaimKind::Statement,
            tags: Vec::new(),
            text: row.get(5)?,
            start: offset(6)?,
            end: offset(7)?,
            speaker: row.get(8)?,
            value: row.get(9)?,
            unit: row.get(10)?,
            qualifier: None,
            hedge: row.get(12)?,
            score: row.get::<_, f64>(13)? as f32,
            origin: Origin::Extracted,
            status: Status::Pending,
            status_reason: row.get(16)?,
            edited: row.get(17)?,
            created_at: row.get(18)?,
            updated_at: row.get(19)?,
            source_count: count(20)?,
            note_count: count(21)?,
        },
        RawEnums {
            kind: row.get(3)?,
            tags: row.get(4)?,
            qualifier: row.get(11)?,
            origin: row.get(14)?,
            status: row.get(15)?,
        },
    ))
}

fn finish_claim((mut claim, raw): (ClaimView, RawEnums)) -> Result<ClaimView> {
    claim.kind = ClaimKind::parse(&raw.kind).ok_or_else(|| Error::bad_value("kind", raw.kind))?;
    claim.tags = serde_json::from_str(&raw.tags).map_err(|_| Error::bad_value("tags", raw.tags))?;
    claim.qualifier = raw
        .qualifier
        .map(|q| Qualifier::parse(&q).ok_or_else(|| Error::bad_value("qualifier", q)))
        .transpose()?;
    claim.origin = match raw.origin.as_str() {
        "extracted" => Origin::Extracted,
        "manual" => Origin::Manual,
        _ => return Err(Error::bad_value("origin", raw.origin)),
    };
    claim.status = parse_status("status", raw.status)?;
    Ok(claim)
}

fn tags_json(tags: &[ClaimKind]) -> String {
    serde_json::to_string(tags).unwrap_or_else(|_| "[]".to_owned())
}

impl Reader<'_> {
    /// The claim with this id.
    pub fn claim(&self, id: i64) -> Result<ClaimView> {
        let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id = ?1");
        match self.conn.query_row(&sql, [id], claim_from_row).optional()? {
            Some(row) => finish_claim(row),
            None => Err(Error::NotFound {
                entity: "Claim",
                id,
            }),
        }
    }

    /// A claim's current status; `NotFound` if there is no such claim.
    pub fn claim_status(&self, id: i64) -> Result<Status> {
        let status: Option<String> = self
            .conn
            .query_row("SELECT status FROM claims WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match status {
            Some(s) => parse_status("status", s),
            None => Err(Error::NotFound {
                entity: "Claim",
                id,
            }),
        }
    }

    /// Claims matching `filter`, in reading order (article, then position).
    pub fn list_claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimView>> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM claims c
             WHERE (?1 IS NULL OR c.article_id = ?1)
               AND (?2 IS NULL OR c.status = ?2)
               AND (?3 IS NULL OR c.kind = ?3)
               AND (?4 OR ?2 = 'dismissed' OR c.status != 'dismissed')
             ORDER BY c.article_id, c.start, c.\"end\" DESC, c.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![
                filter.article_id,
                filter.status.map(Status::as_str),
                filter.kind.map(ClaimKind::as_str),
                filter.include_dismissed.unwrap_or(false),
            ],
            claim_from_row,
        )?;
        rows.map(|row| finish_claim(row?)).collect()
    }
}

impl Writer<'_> {
    /// Stores a claim as pending and writes its first history row (from `null`), recording
    /// who made it: the extraction or the analyst.
    pub fn insert_claim(&self, new: &NewClaim, reviewer: &str, at: &str) -> Result<i64> {
        let f = &new.fields;
        self.conn.execute(
            "INSERT INTO claims (uuid, article_id, kind, tags, text, start, \"end\", prefix, suffix,
                                 speaker, value, unit, qualifier, hedge, score, origin, status,
                                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     'pending', ?17, ?17)",
            params![
                new_uuid(),
                new.article_id,
                new.kind.as_str(),
                tags_json(&f.tags),
                new.text,
                new.start as i64,
                new.end as i64,
                new.prefix,
                new.suffix,
                f.speaker,
                f.value,
                f.unit,
                f.qualifier.map(Qualifier::as_str),
                f.hedge,
                f64::from(f.score),
                new.origin.as_str(),
                at,
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.append_history(&HistoryEntry {
            claim_id: id,
            from: None,
            to: Status::Pending,
            reviewer,
            reason: None,
            undoes_id: None,
            at,
        })?;
        Ok(id)
    }

    /// Records an analyst's correction and marks the claim edited.
    pub fn update_claim_facts(&self, id: i64, facts: &ClaimFacts, at: &str) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE claims SET speaker = ?2, value = ?3, unit = ?4, qualifier = ?5, edited = 1,
                               updated_at = ?6
             WHERE id = ?1",
            params![
                id,
                facts.speaker,
                facts.value,
                facts.unit,
                facts.qualifier.map(Qualifier::as_str),
                at
            ],
        )?;
        if changed == 0 {
            return Err(Error::NotFound {
                entity: "Claim",
                id,
            });
        }
        Ok(())
    }

    /// Refreshes what a newer extraction says about an unedited claim; an edited claim is
    /// left exactly as the analyst made it.
    pub fn refresh_extracted_fields(&self, id: i64, f: &ExtractedFields, at: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE claims SET speaker = ?2, value = ?3, unit = ?4, qualifier = ?5, hedge = ?6,
                               tags = ?7, score = ?8, updated_at = ?9
             WHERE id = ?1 AND edited = 0
               AND (speaker IS NOT ?2 OR value IS NOT ?3 OR unit IS NOT ?4
                    OR qualifier IS NOT ?5 OR hedge IS NOT ?6 OR tags IS NOT ?7 OR score IS NOT ?8)",
            params![
                id,
                f.speaker,
                f.value,
                f.unit,
                f.qualifier.map(Qualifier::as_str),
                f.hedge,
                tags_json(&f.tags),
                f64::from(f.score),
                at
            ],
        )?;
        Ok(())
    }
}
