//! The `claims` table: spans of an article body worth checking, extracted or marked by hand.

use claimdesk_extract::{ClaimKind, Qualifier};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::status_changes::{parse_status, HistoryEntry, Status};
use crate::uuids::{new_uuid_bytes, uuid_at};
use crate::{Error, Reader, Result, Writer};

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

/// A claim to store. `text` must be the body between `start` and `end` (it is then not
/// stored again: the body holds it); the context either side is derived from the body.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    pub article_id: i64,
    pub kind: ClaimKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
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

/// The columns of a [`ClaimView`], read by [`claim_from_row`] from [`CLAIM_FROM`].
pub(crate) const CLAIM_COLUMNS: &str =
    "c.id, c.uuid, c.article_id, c.kind, c.tags, c.text, c.start, c.\"end\",
     c.speaker, c.value, c.unit, c.qualifier, c.hedge, c.score, c.origin, c.status,
     c.status_reason, c.edited, coalesce(c.created_at, a.imported_at),
     coalesce(c.updated_at, c.created_at, a.imported_at),
     (SELECT COUNT(*) FROM sources s WHERE s.claim_id = c.id),
     (SELECT COUNT(*) FROM notes n WHERE n.claim_id = c.id)";
pub(crate) const CLAIM_FROM: &str = "claims c JOIN articles a ON a.id = c.article_id";

/// The text columns that need parsing after the row is read.
pub(crate) struct RawEnums {
    kind: String,
    tags: Option<String>,
    /// `None`: the body between the offsets.
    text: Option<String>,
    qualifier: Option<String>,
    origin: String,
    status: String,
}

pub(crate) type RawClaim = (ClaimView, RawEnums);

pub(crate) fn claim_from_row(row: &Row<'_>) -> rusqlite::Result<RawClaim> {
    let offset = |i| row.get::<_, i64>(i).map(|n| n.max(0) as usize);
    Ok((
        ClaimView {
            id: row.get(0)?,
            uuid: uuid_at(row, 1)?,
            article_id: row.get(2)?,
            kind: ClaimKind::Statement,
            tags: Vec::new(),
            text: String::new(),
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
            source_count: offset(20)?,
            note_count: offset(21)?,
        },
        RawEnums {
            kind: row.get(3)?,
            tags: row.get(4)?,
            text: row.get(5)?,
            qualifier: row.get(11)?,
            origin: row.get(14)?,
            status: row.get(15)?,
        },
    ))
}

/// Parses the enums. Returns whether the text is still to be cut from the body.
pub(crate) fn finish_claim((mut claim, raw): RawClaim) -> Result<(ClaimView, bool)> {
    claim.kind = ClaimKind::parse(&raw.kind).ok_or_else(|| Error::bad_value("kind", raw.kind))?;
    claim.tags = match raw.tags {
        None => Vec::new(),
        Some(tags) => serde_json::from_str(&tags).map_err(|_| Error::bad_value("tags", tags))?,
    };
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
    let needs_text = raw.text.is_none();
    claim.text = raw.text.unwrap_or_default();
    Ok((claim, needs_text))
}

/// `body[start..end]`, or an empty string if the span does not fit the body.
pub(crate) fn span_text(body: &str, start: usize, end: usize) -> String {
    body.get(start..end).unwrap_or_default().to_owned()
}

fn tags_json(tags: &[ClaimKind]) -> Option<String> {
    if tags.is_empty() {
        return None;
    }
    serde_json::to_string(tags).ok()
}

/// Everything a claim row holds, for the store's one claim insert.
pub(crate) struct ClaimRecord<'a> {
    pub uuid: [u8; 16],
    pub article_id: i64,
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    /// `None`: the body between `start` and `end`.
    pub text: Option<&'a str>,
    pub fields: &'a ExtractedFields,
    pub origin: Origin,
    pub status: Status,
    pub status_reason: Option<&'a str>,
    pub edited: bool,
    /// `None`: the article's import time.
    pub created_at: Option<&'a str>,
    /// `None`: the same as `created_at`.
    pub updated_at: Option<&'a str>,
    /// The article row's counters already include this claim (a batch import sets them
    /// with the article).
    pub article_counted: bool,
}

impl Reader<'_> {
    /// The claims of one query (`?`-parameters in `params`), with their texts cut from the
    /// article bodies, each body read once.
    pub(crate) fn query_claims(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<ClaimView>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, claim_from_row)?;
        let mut claims = Vec::new();
        let mut missing = Vec::new();
        for row in rows {
            let (claim, needs_text) = finish_claim(row?)?;
            if needs_text {
                missing.push(claims.len());
            }
            claims.push(claim);
        }
        let mut body: Option<(i64, String)> = None;
        for i in missing {
            let article_id = claims[i].article_id;
            if body.as_ref().is_none_or(|(id, _)| *id != article_id) {
                body = Some((article_id, self.body_of(article_id)?));
            }
            if let Some((_, text)) = &body {
                claims[i].text = span_text(text, claims[i].start, claims[i].end);
            }
        }
        Ok(claims)
    }

    /// The claim with this id.
    pub fn claim(&self, id: i64) -> Result<ClaimView> {
        let sql = format!("SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM} WHERE c.id = ?1");
        self.query_claims(&sql, [id])?.pop().ok_or(Error::NotFound {
            entity: "Claim",
            id,
        })
    }

    /// A claim's current status; `NotFound` if there is no such claim.
    pub fn claim_status(&self, id: i64) -> Result<Status> {
        Ok(self.claim_state(id)?.1)
    }

    /// A claim's article, status and kind: what a status change needs to know.
    pub(crate) fn claim_state(&self, id: i64) -> Result<(i64, Status, ClaimKind)> {
        let found: Option<(i64, String, String)> = self
            .conn
            .prepare_cached("SELECT article_id, status, kind FROM claims WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((article_id, status, kind)) = found else {
            return Err(Error::NotFound {
                entity: "Claim",
                id,
            });
        };
        let kind = ClaimKind::parse(&kind).ok_or_else(|| Error::bad_value("kind", kind))?;
        Ok((article_id, parse_status("status", status)?, kind))
    }

    /// Claims matching `filter`, in reading order (article, then position).
    pub fn list_claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimView>> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM}
             WHERE (?1 IS NULL OR c.article_id = ?1)
               AND (?2 IS NULL OR c.status = ?2)
               AND (?3 IS NULL OR c.kind = ?3)
               AND (?4 OR ?2 = 'dismissed' OR c.status != 'dismissed')
             ORDER BY c.article_id, c.start, c.\"end\" DESC, c.id"
        );
        self.query_claims(
            &sql,
            params![
                filter.article_id,
                filter.status.map(Status::as_str),
                filter.kind.map(ClaimKind::as_str),
                filter.include_dismissed.unwrap_or(false),
            ],
        )
    }
}

impl Reader<'_> {
    /// A page of claims across the desk, in id order after `after_id`: one status (a review
    /// queue) or every claim not dismissed. Served by the `(status, id)` index.
    pub fn claims_page(
        &self,
        status: Option<Status>,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<ClaimView>> {
        let sql = match status {
            Some(_) => format!(
                "SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM}
                 WHERE c.status = ?1 AND c.id > ?2 ORDER BY c.id LIMIT ?3"
            ),
            None => format!(
                "SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM}
                 WHERE ?1 IS NULL AND c.status != 'dismissed' AND c.id > ?2 ORDER BY c.id LIMIT ?3"
            ),
        };
        self.query_claims(
            &sql,
            params![status.map(Status::as_str), after_id, limit as i64],
        )
    }
}

impl Writer<'_> {
    /// Stores a claim as pending. Extraction's claims get no history row (a claim without
    /// history is pending since its article was imported); a claim an analyst makes gets
    /// its first row (from `null`), recording who made it.
    pub fn insert_claim(&self, new: &NewClaim, reviewer: &str, at: &str) -> Result<i64> {
        let (body, imported_at): (String, String) = self
            .conn
            .prepare_cached(
                "SELECT b.body, a.imported_at FROM articles a
                 JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?1",
            )?
            .query_row([new.article_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(Error::NotFound {
                entity: "Article",
                id: new.article_id,
            })?;
        let text_is_body = body.get(new.start..new.end) == Some(new.text.as_str());
        let id = self.insert_claim_record(&ClaimRecord {
            uuid: new_uuid_bytes(),
            article_id: new.article_id,
            kind: new.kind,
            start: new.start,
            end: new.end,
            text: (!text_is_body).then_some(new.text.as_str()),
            fields: &new.fields,
            origin: new.origin,
            status: Status::Pending,
            status_reason: None,
            edited: false,
            created_at: (at != imported_at).then_some(at),
            updated_at: None,
            article_counted: false,
        })?;
        if new.origin == Origin::Manual {
            self.append_history(&HistoryEntry {
                claim_id: id,
                from: None,
                to: Status::Pending,
                reviewer,
                reason: None,
                undoes_id: None,
                at,
                batch: None,
            })?;
        }
        Ok(id)
    }

    /// The one claim insert: the row, the article's and the desk's counters, and (at the
    /// end of the transaction) its search entry.
    pub(crate) fn insert_claim_record(&self, r: &ClaimRecord<'_>) -> Result<i64> {
        let f = r.fields;
        self.conn
            .prepare_cached(
                "INSERT INTO claims (uuid, article_id, kind, tags, start, \"end\", text, speaker,
                                     value, unit, qualifier, hedge, score, origin, status,
                                     status_reason, edited, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18, ?19)",
            )?
            .execute(params![
                r.uuid.as_slice(),
                r.article_id,
                r.kind.as_str(),
                tags_json(&f.tags),
                r.start as i64,
                r.end as i64,
                r.text,
                f.speaker,
                f.value,
                f.unit,
                f.qualifier.map(Qualifier::as_str),
                f.hedge,
                f64::from(f.score),
                r.origin.as_str(),
                r.status.as_str(),
                r.status_reason,
                r.edited,
                r.created_at,
                r.updated_at,
            ])?;
        let id = self.conn.last_insert_rowid();
        if !r.article_counted {
            self.count_new_claim_in_article(r.article_id, r.kind, r.status)?;
        }
        self.note_new_claim(id, r.kind, r.status);
        Ok(id)
    }

    fn count_new_claim_in_article(
        &self,
        article_id: i64,
        kind: ClaimKind,
        status: Status,
    ) -> Result<()> {
        let s = status.as_str();
        let sql = if status == Status::Dismissed {
            format!("UPDATE articles SET {s} = {s} + 1 WHERE id = ?1")
        } else {
            let k = crate::counters::kind_column(kind);
            format!("UPDATE articles SET {s} = {s} + 1, {k} = {k} + 1 WHERE id = ?1")
        };
        self.conn.prepare_cached(&sql)?.execute([article_id])?;
        Ok(())
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
