//! Everything in a scope in five queries (articles, claims, sources, notes, history), so a
//! report of ten thousand claims does not make forty thousand round trips.

use claimdesk_extract::{ClaimKind, Qualifier};
use rusqlite::Row;

use crate::status_changes::parse_status;
use crate::{Article, ClaimView, Error, Note, Origin, Reader, Result, Source, SourceFormat};
use crate::{Stance, Status, StatusChange};

/// Which claims a bulk read covers. All `None`: every claim of every article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScopeFilter {
    pub article_id: Option<i64>,
    pub status: Option<Status>,
    pub kind: Option<ClaimKind>,
    /// Only these claims (the window's current selection).
    pub claim_ids: Option<Vec<i64>>,
}

/// A claim with the text around its span as stored, which re-finds it in re-imported text.
#[derive(Debug, Clone, PartialEq)]
pub struct AnchoredClaim {
    pub claim: ClaimView,
    pub prefix: String,
    pub suffix: String,
}

/// The rows of a scope, each list in a stable order that does not depend on local ids
/// beyond insertion order: articles by import time, the rest by article/claim and position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScopeRows {
    pub articles: Vec<Article>,
    /// Dismissed claims included: callers decide what to show.
    pub claims: Vec<AnchoredClaim>,
    pub sources: Vec<Source>,
    pub notes: Vec<Note>,
    /// Oldest first within each claim.
    pub history: Vec<StatusChange>,
}

/// The claims of the scope; `?1`..`?4` are article, status, kind and a JSON array of ids.
const IN_SCOPE: &str = "SELECT c.id FROM claims c
     WHERE (?1 IS NULL OR c.article_id = ?1)
       AND (?2 IS NULL OR c.status = ?2)
       AND (?3 IS NULL OR c.kind = ?3)
       AND (?4 IS NULL OR c.id IN (SELECT value FROM json_each(?4)))";

impl ScopeFilter {
    /// The values of `?1`..`?4` in [`IN_SCOPE`].
    fn params(&self) -> Result<ScopeParams> {
        let ids = self
            .claim_ids
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .map_err(|err| Error::bad_value("claim_ids", err.to_string()))?;
        Ok((
            self.article_id,
            self.status.map(Status::as_str),
            self.kind.map(ClaimKind::as_str),
            ids,
        ))
    }
}

type ScopeParams = (
    Option<i64>,
    Option<&'static str>,
    Option<&'static str>,
    Option<String>,
);

impl Reader<'_> {
    /// Every article, claim, source, note and history entry in `filter`'s scope.
    pub fn scope_rows(&self, filter: &ScopeFilter) -> Result<ScopeRows> {
        // Articles with no claim in scope still belong to "everything" and to "this
        // article", but not to a narrower selection (status, kind or chosen claims).
        let articles_sql = format!(
            "SELECT {ARTICLE} FROM articles
             WHERE (?1 IS NULL OR id = ?1)
               AND ((?2 IS NULL AND ?3 IS NULL AND ?4 IS NULL)
                    OR id IN (SELECT article_id FROM claims WHERE id IN ({IN_SCOPE})))
             ORDER BY imported_at, id"
        );
        let claims_sql = format!(
            "SELECT {CLAIM} FROM claims c WHERE c.id IN ({IN_SCOPE})
             ORDER BY c.article_id, c.start, c.\"end\" DESC, c.id"
        );
        let sources_sql = format!(
            "SELECT {SOURCE} FROM sources WHERE claim_id IN ({IN_SCOPE}) ORDER BY claim_id, id"
        );
        let notes_sql = format!(
            "SELECT {NOTE} FROM notes WHERE claim_id IN ({IN_SCOPE}) ORDER BY claim_id, id"
        );
        let history_sql = format!(
            "SELECT {CHANGE} FROM status_changes WHERE claim_id IN ({IN_SCOPE}) \
             ORDER BY claim_id, id"
        );
        Ok(ScopeRows {
            articles: self.all(&articles_sql, filter, article_row)?,
            claims: self.all(&claims_sql, filter, claim_row)?,
            sources: self.all(&sources_sql, filter, source_row)?,
            notes: self.all(&notes_sql, filter, note_row)?,
            history: self.all(&history_sql, filter, change_row)?,
        })
    }

    fn all<T>(
        &self,
        sql: &str,
        filter: &ScopeFilter,
        map: fn(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare(sql)?;
        let mut rows = stmt.query(filter.params()?)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(map(row)?);
        }
        Ok(out)
    }
}

const ARTICLE: &str = "id, uuid, title, outlet, url, author, published_at, imported_at, \
     source_format, content_hash, body";

fn article_row(row: &Row<'_>) -> Result<Article> {
    let format: String = row.get(8)?;
    Ok(Article {
        id: row.get(0)?,
        uuid: row.get(1)?,
        title: row.get(2)?,
        outlet: row.get(3)?,
        url: row.get(4)?,
        author: row.get(5)?,
        published_at: row.get(6)?,
        imported_at: row.get(7)?,
        source_format: SourceFormat::parse(&format)
            .ok_or_else(|| Error::bad_value("source_format", format))?,
        content_hash: row.get(9)?,
        body: row.get(10)?,
    })
}

const CLAIM: &str = "c.id, c.uuid, c.article_id, c.kind, c.tags, c.text, c.start, c.\"end\",
     c.speaker, c.value, c.unit, c.qualifier, c.hedge, c.score, c.origin, c.status,
     c.status_reason, c.edited, c.created_at, c.updated_at,
     (SELECT COUNT(*) FROM sources s WHERE s.claim_id = c.id),
     (SELECT COUNT(*) FROM notes n WHERE n.claim_id = c.id),
     c.prefix, c.suffix";

fn claim_row(row: &Row<'_>) -> Result<AnchoredClaim> {
    let number = |i| -> Result<usize> { Ok(row.get::<_, i64>(i)?.max(0) as usize) };
    let kind: String = row.get(3)?;
    let tags: String = row.get(4)?;
    let qualifier: Option<String> = row.get(11)?;
    let origin: String = row.get(14)?;
    let claim = ClaimView {
        id: row.get(0)?,
        uuid: row.get(1)?,
        article_id: row.get(2)?,
        kind: ClaimKind::parse(&kind).ok_or_else(|| Error::bad_value("kind", kind))?,
        tags: serde_json::from_str(&tags).map_err(|_| Error::bad_value("tags", tags))?,
        text: row.get(5)?,
        start: number(6)?,
        end: number(7)?,
        speaker: row.get(8)?,
        value: row.get(9)?,
        unit: row.get(10)?,
        qualifier: qualifier
            .map(|q| Qualifier::parse(&q).ok_or_else(|| Error::bad_value("qualifier", q)))
            .transpose()?,
        hedge: row.get(12)?,
        score: row.get::<_, f64>(13)? as f32,
        origin: match origin.as_str() {
            "extracted" => Origin::Extracted,
            "manual" => Origin::Manual,
            _ => return Err(Error::bad_value("origin", origin)),
        },
        status: parse_status("status", row.get(15)?)?,
        status_reason: row.get(16)?,
        edited: row.get(17)?,
        created_at: row.get(18)?,
        updated_at: row.get(19)?,
        source_count: number(20)?,
        note_count: number(21)?,
    };
    Ok(AnchoredClaim {
        claim,
        prefix: row.get(22)?,
        suffix: row.get(23)?,
    })
}

const SOURCE: &str = "id, uuid, claim_id, url, title, stance, excerpt, accessed_at, created_at";

fn source_row(row: &Row<'_>) -> Result<Source> {
    let stance: String = row.get(5)?;
    Ok(Source {
        id: row.get(0)?,
        uuid: row.get(1)?,
        claim_id: row.get(2)?,
        url: row.get(3)?,
        title: row.get(4)?,
        stance: Stance::parse(&stance).ok_or_else(|| Error::bad_value("stance", stance))?,
        excerpt: row.get(6)?,
        accessed_at: row.get(7)?,
        created_at: row.get(8)?,
    })
}

const NOTE: &str = "id, uuid, claim_id, body, author, created_at, updated_at";

fn note_row(row: &Row<'_>) -> Result<Note> {
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

const CHANGE: &str = "id, uuid, claim_id, from_status, to_status, reviewer, reason, undoes_id, at";

fn change_row(row: &Row<'_>) -> Result<StatusChange> {
    let from: Option<String> = row.get(3)?;
    Ok(StatusChange {
        id: row.get(0)?,
        uuid: row.get(1)?,
        claim_id: row.get(2)?,
        from_status: from.map(|s| parse_status("from_status", s)).transpose()?,
        to_status: parse_status("to_status", row.get(4)?)?,
        reviewer: row.get(5)?,
        reason: row.get(6)?,
        undoes_id: row.get(7)?,
        at: row.get(8)?,
    })
}
