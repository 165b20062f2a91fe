//! Merging an exchange document into this database. Rows keep the UUIDs they were made with,
//! so importing the same document twice changes nothing, and two analysts' work on the same
//! article meets in one place instead of being duplicated.
//!
//! Identity: an article is the same if its UUID or its body hash matches (the same text
//! imported on two machines); a claim if its UUID matches, or its article, kind and span do
//! (the same extraction run twice); a source if its UUID or link on that claim matches; a note
//! if its UUID or text on that claim matches; a history entry by UUID.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{ExchangeArticle, ExchangeChange, ExchangeClaim, ExchangeNote, ExchangeSource};
use crate::{Qualifier, Result, Status, Writer};

/// What a merge added and what it found already there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeCounts {
    pub articles_added: usize,
    pub articles_matched: usize,
    pub claims_added: usize,
    pub claims_matched: usize,
    pub sources_added: usize,
    pub notes_added: usize,
    pub history_added: usize,
}

impl Writer<'_> {
    /// Merges `articles` in. The caller has checked the document (spans inside bodies, links
    /// http or https); the schema's checks are the backstop and fail the whole merge.
    pub fn merge_exchange(&self, articles: &[ExchangeArticle]) -> Result<MergeCounts> {
        let mut counts = MergeCounts::default();
        for article in articles {
            let article_id = match self.find_article(article)? {
                Some(id) => {
                    counts.articles_matched += 1;
                    id
                }
                None => {
                    counts.articles_added += 1;
                    self.insert_exchange_article(article)?
                }
            };
            for claim in &article.claims {
                self.merge_claim(article_id, claim, &mut counts)?;
            }
        }
        Ok(counts)
    }

    fn id_where(&self, sql: &str, params: impl rusqlite::Params) -> Result<Option<i64>> {
        Ok(self.conn.query_row(sql, params, |r| r.get(0)).optional()?)
    }

    fn find_article(&self, a: &ExchangeArticle) -> Result<Option<i64>> {
        self.id_where(
            "SELECT id FROM articles WHERE uuid = ?1 OR content_hash = ?2 ORDER BY uuid != ?1",
            params![a.uuid, a.content_hash],
        )
    }

    fn insert_exchange_article(&self, a: &ExchangeArticle) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO articles (uuid, title, outlet, url, author, published_at, imported_at,
                                   source_format, content_hash, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                a.uuid,
                a.title,
                a.outlet,
                a.url,
                a.author,
                a.published_at,
                a.imported_at,
                a.source_format.as_str(),
                a.content_hash,
                a.body
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    fn merge_claim(
        &self,
        article_id: i64,
        c: &ExchangeClaim,
        counts: &mut MergeCounts,
    ) -> Result<()> {
        let found = self.id_where(
            "SELECT id FROM claims
             WHERE uuid = ?1 OR (article_id = ?2 AND kind = ?3 AND start = ?4 AND \"end\" = ?5)
             ORDER BY uuid != ?1 LIMIT 1",
            params![
                c.uuid,
                article_id,
                c.kind.as_str(),
                c.start as i64,
                c.end as i64
            ],
        )?;
        let (claim_id, is_new) = match found {
            Some(id) => {
                counts.claims_matched += 1;
                self.take_newer_facts(id, c)?;
                (id, false)
            }
            None => {
                counts.claims_added += 1;
                (self.insert_exchange_claim(article_id, c)?, true)
            }
        };
        for source in &c.sources {
            counts.sources_added += usize::from(self.merge_source(claim_id, source)?);
        }
        for note in &c.notes {
            counts.notes_added += usize::from(self.merge_note(claim_id, note)?);
        }
        let mut history_added = 0;
        for change in &c.history {
            history_added += usize::from(self.merge_change(claim_id, change, is_new)?);
        }
        counts.history_added += history_added;
        if !is_new && history_added > 0 {
            self.recache_status(claim_id)?;
        }
        Ok(())
    }

    fn insert_exchange_claim(&self, article_id: i64, c: &ExchangeClaim) -> Result<i64> {
        let tags = serde_json::to_string(&c.tags).unwrap_or_else(|_| "[]".to_owned());
        self.conn.execute(
            "INSERT INTO claims (uuid, article_id, kind, tags, text, start, \"end\", prefix, suffix,
                                 speaker, value, unit, qualifier, hedge, score, origin, status,
                                 status_reason, edited, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18, ?19, ?20, ?21)",
            params![
                c.uuid,
                article_id,
                c.kind.as_str(),
                tags,
                c.text,
                c.start as i64,
                c.end as i64,
                c.prefix,
                c.suffix,
                c.speaker,
                c.value,
                c.unit,
                c.qualifier.map(Qualifier::as_str),
                c.hedge,
                f64::from(c.score),
                c.origin.as_str(),
                c.status.as_str(),
                c.status_reason,
                c.edited,
                c.created_at,
                c.updated_at
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// An analyst's correction wins over extraction, and the later correction over the earlier.
    fn take_newer_facts(&self, id: i64, c: &ExchangeClaim) -> Result<()> {
        if !c.edited {
            return Ok(());
        }
        self.conn.execute(
            "UPDATE claims SET speaker = ?2, value = ?3, unit = ?4, qualifier = ?5, edited = 1,
                               updated_at = max(updated_at, ?6)
             WHERE id = ?1 AND (edited = 0 OR updated_at < ?6)",
            params![
                id,
                c.speaker,
                c.value,
                c.unit,
                c.qualifier.map(Qualifier::as_str),
                c.updated_at
            ],
        )?;
        Ok(())
    }

    fn merge_source(&self, claim_id: i64, s: &ExchangeSource) -> Result<bool> {
        let known = self.id_where(
            "SELECT id FROM sources WHERE uuid = ?1 OR (claim_id = ?2 AND url = ?3)",
            params![s.uuid, claim_id, s.url],
        )?;
        if known.is_some() {
            return Ok(false);
        }
        self.conn.execute(
            "INSERT INTO sources (uuid, claim_id, url, title, stance, excerpt, accessed_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                s.uuid,
                claim_id,
                s.url,
                s.title,
                s.stance.as_str(),
                s.excerpt,
                s.accessed_at,
                s.created_at
            ],
        )?;
        Ok(true)
    }

    /// A note edited on both sides keeps the later text.
    fn merge_note(&self, claim_id: i64, n: &ExchangeNote) -> Result<bool> {
        let by_uuid = self.id_where("SELECT id FROM notes WHERE uuid = ?1", [&n.uuid])?;
        if let Some(id) = by_uuid {
            self.conn.execute(
                "UPDATE notes SET body = ?2, updated_at = ?3 WHERE id = ?1 AND updated_at < ?3",
                params![id, n.body, n.updated_at],
            )?;
            return Ok(false);
        }
        let same_text = self.id_where(
            "SELECT id FROM notes WHERE claim_id = ?1 AND body = ?2",
            params![claim_id, n.body],
        )?;
        if same_text.is_some() {
            return Ok(false);
        }
        self.conn.execute(
            "INSERT INTO notes (uuid, claim_id, body, author, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                n.uuid,
                claim_id,
                n.body,
                n.author,
                n.created_at,
                n.updated_at
            ],
        )?;
        Ok(true)
    }

    /// Appends an entry not seen yet. A claim found on both sides was created on both, so
    /// the other side's creation entry (from `null`) would only repeat ours.
    fn merge_change(&self, claim_id: i64, h: &ExchangeChange, claim_is_new: bool) -> Result<bool> {
        if self
            .id_where("SELECT id FROM status_changes WHERE uuid = ?1", [&h.uuid])?
            .is_some()
            || (!claim_is_new && h.from_status.is_none())
        {
            return Ok(false);
        }
        let undoes_id = match &h.undoes {
            Some(uuid) => self.id_where("SELECT id FROM status_changes WHERE uuid = ?1", [uuid])?,
            None => None,
        };
        self.conn.execute(
            "INSERT INTO status_changes (uuid, claim_id, from_status, to_status, reviewer, reason,
                                         undoes_id, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                h.uuid,
                claim_id,
                h.from_status.map(Status::as_str),
                h.to_status.as_str(),
                h.reviewer,
                h.reason,
                undoes_id,
                h.at
            ],
        )?;
        Ok(true)
    }

    /// A claim's status is a cache of its newest history entry; after entries from another
    /// database join the history, the newest by time may be one of theirs.
    fn recache_status(&self, claim_id: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE claims SET (status, status_reason, updated_at) =
                (SELECT h.to_status, h.reason, max(claims.updated_at, h.at)
                 FROM status_changes h WHERE h.claim_id = claims.id
                 ORDER BY h.at DESC, h.id DESC LIMIT 1)
             WHERE id = ?1",
            [claim_id],
        )?;
        Ok(())
    }
}
