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
use crate::claims::ClaimRecord;
use crate::uuids::uuid_bytes;
use crate::{Counts, ExtractedFields, NewArticle, Qualifier, Result, Status, Writer};

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
            let (body, imported_at) = self.anchor_of(article_id)?;
            let mut recached = false;
            for claim in &article.claims {
                recached |=
                    self.merge_claim(article_id, (&body, &imported_at), claim, &mut counts)?;
            }
            if recached {
                // Statuses moved outside the status function: count and index them again.
                self.recount_article(article_id)?;
                self.resync_search(article_id);
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
            params![uuid_bytes(&a.uuid)?.as_slice(), a.content_hash],
        )
    }

    /// The stored body and import time of an article.
    fn anchor_of(&self, article_id: i64) -> Result<(String, String)> {
        let imported_at = self.conn.query_row(
            "SELECT imported_at FROM articles WHERE id = ?1",
            [article_id],
            |r| r.get(0),
        )?;
        Ok((self.body_of(article_id)?, imported_at))
    }

    fn insert_exchange_article(&self, a: &ExchangeArticle) -> Result<i64> {
        let new = NewArticle {
            title: a.title.clone(),
            outlet: a.outlet.clone(),
            url: a.url.clone(),
            author: a.author.clone(),
            published_at: a.published_at.clone(),
            imported_at: a.imported_at.clone(),
            source_format: a.source_format,
            content_hash: a.content_hash.clone(),
            body: a.body.clone(),
        };
        self.insert_article_as(&uuid_bytes(&a.uuid)?, &new, &Counts::default())
    }

    /// Merges one claim; returns whether its status was taken from merged history.
    fn merge_claim(
        &self,
        article_id: i64,
        anchor: (&str, &str),
        c: &ExchangeClaim,
        counts: &mut MergeCounts,
    ) -> Result<bool> {
        let found = self.id_where(
            "SELECT id FROM claims
             WHERE uuid = ?1 OR (article_id = ?2 AND kind = ?3 AND start = ?4 AND \"end\" = ?5)
             ORDER BY uuid != ?1 LIMIT 1",
            params![
                uuid_bytes(&c.uuid)?.as_slice(),
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
                (self.insert_exchange_claim(article_id, anchor, c)?, true)
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
        let recache = !is_new && history_added > 0;
        if recache {
            self.recache_status(claim_id)?;
        }
        Ok(recache)
    }

    fn insert_exchange_claim(
        &self,
        article_id: i64,
        (body, imported_at): (&str, &str),
        c: &ExchangeClaim,
    ) -> Result<i64> {
        let fields = ExtractedFields {
            speaker: c.speaker.clone(),
            value: c.value,
            unit: c.unit.clone(),
            qualifier: c.qualifier,
            hedge: c.hedge.clone(),
            tags: c.tags.clone(),
            score: c.score,
        };
        let text_is_body = body.get(c.start..c.end) == Some(c.text.as_str());
        self.insert_claim_record(&ClaimRecord {
            uuid: uuid_bytes(&c.uuid)?,
            article_id,
            kind: c.kind,
            start: c.start,
            end: c.end,
            text: (!text_is_body).then_some(c.text.as_str()),
            fields: &fields,
            origin: c.origin,
            status: c.status,
            status_reason: c.status_reason.as_deref(),
            edited: c.edited,
            created_at: (c.created_at != imported_at).then_some(c.created_at.as_str()),
            updated_at: (c.updated_at != c.created_at).then_some(c.updated_at.as_str()),
            article_counted: false,
        })
    }

    /// An analyst's correction wins over extraction, and the later correction over the earlier.
    fn take_newer_facts(&self, id: i64, c: &ExchangeClaim) -> Result<()> {
        if !c.edited {
            return Ok(());
        }
        self.conn.execute(
            "UPDATE claims SET speaker = ?2, value = ?3, unit = ?4, qualifier = ?5, edited = 1,
                               updated_at = max(coalesce(updated_at, created_at, ''), ?6)
             WHERE id = ?1 AND (edited = 0 OR coalesce(updated_at, created_at, '') < ?6)",
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
                (SELECT h.to_status, h.reason, max(coalesce(claims.updated_at, claims.created_at, ''), h.at)
                 FROM status_changes h WHERE h.claim_id = claims.id
                 ORDER BY h.at DESC, h.id DESC LIMIT 1)
             WHERE id = ?1",
            [claim_id],
        )?;
        Ok(())
    }
}
