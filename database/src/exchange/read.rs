//! Everything in a scope in five queries (articles, claims, sources, notes, history), so a
//! report of ten thousand claims does not make forty thousand round trips.

use std::collections::HashMap;

use claimdesk_extract::ClaimKind;
use rusqlite::Row;

use crate::articles::{article_from_row, with_format};
use crate::bulk::context_of;
use crate::claims::{claim_from_row, finish_claim, span_text, CLAIM_COLUMNS, CLAIM_FROM};
use crate::status_changes::parse_status;
use crate::uuids::uuid_at;
use crate::{Article, ClaimView, Error, Note, Reader, Result, Source};
use crate::{Stance, Status, StatusChange};

const ARTICLE_COLUMNS: &str = "a.id, a.uuid, a.title, a.outlet, a.url, a.author, a.published_at, \
     a.imported_at, a.source_format, a.content_hash, b.body";

/// Which claims a bulk read covers. All `None`: every claim of every article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScopeFilter {
    pub article_id: Option<i64>,
    pub status: Option<Status>,
    pub kind: Option<ClaimKind>,
    /// Only these claims (the window's current selection).
    pub claim_ids: Option<Vec<i64>>,
}

/// A claim with the text around its span (derived from the body), which re-finds it in
/// re-imported text.
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
            "SELECT {ARTICLE_COLUMNS} FROM articles a JOIN article_bodies b ON b.article_id = a.id
             WHERE (?1 IS NULL OR a.id = ?1)
               AND ((?2 IS NULL AND ?3 IS NULL AND ?4 IS NULL)
                    OR a.id IN (SELECT article_id FROM claims WHERE id IN ({IN_SCOPE})))
             ORDER BY a.imported_at, a.id"
        );
        let claims_sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM} WHERE c.id IN ({IN_SCOPE})
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
        let articles = self.all(&articles_sql, filter, |row| {
            with_format(article_from_row(row)?)
        })?;
        let claims = self.all(&claims_sql, filter, |row| {
            finish_claim(claim_from_row(row)?)
        })?;
        Ok(ScopeRows {
            claims: anchor_claims(&articles, claims),
            articles,
            sources: self.all(&sources_sql, filter, source_row)?,
            notes: self.all(&notes_sql, filter, note_row)?,
            history: self.all(&history_sql, filter, change_row)?,
        })
    }

    fn all<T>(
        &self,
        sql: &str,
        filter: &ScopeFilter,
        map: impl Fn(&Row<'_>) -> Result<T>,
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

/// Each claim with its text cut from its article's body (when not stored) and the
/// context either side of its span.
fn anchor_claims(articles: &[Article], claims: Vec<(ClaimView, bool)>) -> Vec<AnchoredClaim> {
    let bodies: HashMap<i64, &str> = articles.iter().map(|a| (a.id, a.body.as_str())).collect();
    claims
        .into_iter()
        .map(|(mut claim, needs_text)| {
            let body = bodies.get(&claim.article_id).copied().unwrap_or_default();
            if needs_text {
                claim.text = span_text(body, claim.start, claim.end);
            }
            let (prefix, suffix) = context_of(body, claim.start, claim.end);
            AnchoredClaim {
                claim,
                prefix: prefix.to_owned(),
                suffix: suffix.to_owned(),
            }
        })
        .collect()
}

const SOURCE: &str = "id, uuid, claim_id, url, title, stance, excerpt, accessed_at, created_at";

fn source_row(row: &Row<'_>) -> Result<Source> {
    let stance: String = row.get(5)?;
    Ok(Source {
        id: row.get(0)?,
        uuid: uuid_at(row, 1)?,
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
        uuid: uuid_at(row, 1)?,
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
        uuid: uuid_at(row, 1)?,
        claim_id: row.get(2)?,
        from_status: from.map(|s| parse_status("from_status", s)).transpose()?,
        to_status: parse_status("to_status", row.get(4)?)?,
        reviewer: row.get(5)?,
        reason: row.get(6)?,
        undoes_id: row.get(7)?,
        at: row.get(8)?,
    })
}
