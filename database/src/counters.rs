//! Counts kept as the desk changes: each article row holds its claims by status (and, for
//! claims not dismissed, by kind), and `desk_counters` holds the same for the whole desk.
//! Both are written in the transaction that changes a claim, so the list's progress bars
//! and the desk's totals are read, never counted. [`Writer::finish`] also fills the search
//! indexes with what the transaction added, once per transaction.

use std::collections::BTreeSet;

use claimdesk_extract::ClaimKind;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::{Reader, Result, Status, Writer};

/// The article columns counting claims (not dismissed) of each kind.
pub const KIND_COLUMNS: [(ClaimKind, &str); 5] = [
    (ClaimKind::Quantity, "quantities"),
    (ClaimKind::Quote, "quotes"),
    (ClaimKind::Threat, "threats"),
    (ClaimKind::Attribution, "attributions"),
    (ClaimKind::Statement, "statements"),
];

/// Claim counts: by status (every claim) and by kind (claims not dismissed), plus articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub articles: i64,
    /// In the order of [`Status::ALL`].
    pub by_status: [i64; 4],
    /// In the order of [`KIND_COLUMNS`].
    pub by_kind: [i64; 5],
}

fn status_index(status: Status) -> usize {
    Status::ALL.iter().position(|s| *s == status).unwrap_or(0)
}

pub(crate) fn kind_column(kind: ClaimKind) -> &'static str {
    KIND_COLUMNS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("statements", |(_, c)| c)
}

fn kind_index(kind: ClaimKind) -> usize {
    KIND_COLUMNS
        .iter()
        .position(|(k, _)| *k == kind)
        .unwrap_or(4)
}

impl Counts {
    /// Adds (`sign` 1) or removes (`sign` -1) one claim.
    pub fn add_claim(&mut self, kind: ClaimKind, status: Status, sign: i64) {
        self.by_status[status_index(status)] += sign;
        if status != Status::Dismissed {
            self.by_kind[kind_index(kind)] += sign;
        }
    }

    pub fn status(&self, status: Status) -> i64 {
        self.by_status[status_index(status)]
    }

    pub fn kind(&self, kind: ClaimKind) -> i64 {
        self.by_kind[kind_index(kind)]
    }

    /// Claims not dismissed.
    pub fn live_claims(&self) -> i64 {
        self.by_status.iter().sum::<i64>() - self.status(Status::Dismissed)
    }

    fn add(&mut self, other: &Counts, sign: i64) {
        self.articles += sign * other.articles;
        for (a, b) in self.by_status.iter_mut().zip(other.by_status) {
            *a += sign * b;
        }
        for (a, b) in self.by_kind.iter_mut().zip(other.by_kind) {
            *a += sign * b;
        }
    }

    /// `(name, n)` for each counter, as `desk_counters` names them.
    fn named(&self) -> Vec<(&'static str, i64)> {
        let mut out = vec![("articles", self.articles)];
        out.extend(Status::ALL.iter().map(|s| (s.as_str(), self.status(*s))));
        out.extend(KIND_COLUMNS.iter().map(|(k, c)| (*c, self.kind(*k))));
        out
    }
}

/// What a write transaction added, to index and count before it commits.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    first_article: Option<i64>,
    first_claim: Option<i64>,
    delta: Counts,
    /// Articles whose older claims changed outside the status function (an exchange merge).
    resync: BTreeSet<i64>,
}

/// The columns of an article row that hold counters, in [`Counts`] order.
const ARTICLE_COUNTERS: &str = "pending, verified, disputed, dismissed, \
     quantities, quotes, threats, attributions, statements";

fn counts_from_row(row: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Counts> {
    let mut counts = Counts::default();
    for i in 0..4 {
        counts.by_status[i] = row.get(first + i)?;
    }
    for i in 0..5 {
        counts.by_kind[i] = row.get(first + 4 + i)?;
    }
    Ok(counts)
}

impl Reader<'_> {
    /// The desk's counters as kept.
    pub fn desk_counters(&self) -> Result<Counts> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, n FROM desk_counters")?;
        let kept: Vec<(String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut counts = Counts::default();
        for (name, n) in kept {
            if name == "articles" {
                counts.articles = n;
            } else if let Some(s) = Status::parse(&name) {
                counts.by_status[status_index(s)] = n;
            } else if let Some(i) = KIND_COLUMNS.iter().position(|(_, c)| *c == name) {
                counts.by_kind[i] = n;
            }
        }
        Ok(counts)
    }

    /// One article's counters as kept.
    pub fn article_counters(&self, article_id: i64) -> Result<Counts> {
        let sql = format!("SELECT {ARTICLE_COUNTERS} FROM articles WHERE id = ?1");
        let mut counts = self
            .conn
            .query_row(&sql, [article_id], |r| counts_from_row(r, 0))?;
        counts.articles = 1;
        Ok(counts)
    }

    /// The counts of one article (or, with `None`, of the whole desk) counted from the
    /// claims themselves: what the kept counters must always equal.
    pub fn recount(&self, article_id: Option<i64>) -> Result<Counts> {
        let mut counts = Counts {
            articles: self.conn.query_row(
                "SELECT COUNT(*) FROM articles WHERE ?1 IS NULL OR id = ?1",
                [article_id],
                |r| r.get(0),
            )?,
            ..Counts::default()
        };
        let mut stmt = self.conn.prepare(
            "SELECT kind, status, COUNT(*) FROM claims WHERE ?1 IS NULL OR article_id = ?1
             GROUP BY kind, status",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
        })?;
        for row in rows {
            let (kind, status, n): (String, String, i64) = row?;
            let (Some(kind), Some(status)) = (ClaimKind::parse(&kind), Status::parse(&status))
            else {
                continue;
            };
            counts.add_claim(kind, status, n);
        }
        Ok(counts)
    }
}

impl Reader<'_> {
    /// Where the kept counters differ from a count of the claims, in words; empty when
    /// they agree. Reads every claim: for checks and tests, not for the window.
    pub fn counter_mismatches(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let (kept, counted) = (self.desk_counters()?, self.recount(None)?);
        if kept != counted {
            out.push(format!("desk: kept {kept:?}, counted {counted:?}"));
        }
        let ids: Vec<i64> = self
            .conn
            .prepare("SELECT id FROM articles ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            let (kept, counted) = (self.article_counters(id)?, self.recount(Some(id))?);
            if kept != counted {
                out.push(format!("article {id}: kept {kept:?}, counted {counted:?}"));
            }
        }
        let searchable: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM claims WHERE status != 'dismissed'",
            [],
            |r| r.get(0),
        )?;
        let indexed: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM claims_fts", [], |r| r.get(0))?;
        if searchable != indexed {
            out.push(format!(
                "search: {searchable} claims not dismissed, {indexed} in the index"
            ));
        }
        Ok(out)
    }
}

impl Writer<'_> {
    pub(crate) fn note_new_article(&self, id: i64) {
        let mut p = self.pending.borrow_mut();
        p.first_article.get_or_insert(id);
        p.delta.articles += 1;
    }

    pub(crate) fn note_new_claim(&self, id: i64, kind: ClaimKind, status: Status) {
        let mut p = self.pending.borrow_mut();
        p.first_claim.get_or_insert(id);
        p.delta.add_claim(kind, status, 1);
    }

    /// Whether the claim was added in this transaction (and so is indexed at its end).
    pub(crate) fn is_new_claim(&self, id: i64) -> bool {
        self.pending
            .borrow()
            .first_claim
            .is_some_and(|first| id >= first)
    }

    /// Moves one claim between statuses in its article's counters and the desk's.
    pub(crate) fn count_status_change(
        &self,
        article_id: i64,
        kind: ClaimKind,
        from: Status,
        to: Status,
    ) -> Result<()> {
        let (f, t) = (from.as_str(), to.as_str());
        let k = kind_column(kind);
        let kind_change = match (from == Status::Dismissed, to == Status::Dismissed) {
            (false, true) => format!(", {k} = {k} - 1"),
            (true, false) => format!(", {k} = {k} + 1"),
            _ => String::new(),
        };
        let sql =
            format!("UPDATE articles SET {f} = {f} - 1, {t} = {t} + 1{kind_change} WHERE id = ?1");
        self.conn.prepare_cached(&sql)?.execute([article_id])?;
        let mut p = self.pending.borrow_mut();
        p.delta.add_claim(kind, from, -1);
        p.delta.add_claim(kind, to, 1);
        Ok(())
    }

    /// Counts an article's claims again and puts the result in its counters and the
    /// desk's; for changes made outside the status function (an exchange merge).
    pub(crate) fn recount_article(&self, article_id: i64) -> Result<()> {
        let kept = self.article_counters(article_id)?;
        let actual = self.recount(Some(article_id))?;
        if kept == actual {
            return Ok(());
        }
        let sets: Vec<String> = ARTICLE_COUNTERS
            .split(", ")
            .enumerate()
            .map(|(i, col)| format!("{col} = ?{}", i + 2))
            .collect();
        let sql = format!("UPDATE articles SET {} WHERE id = ?1", sets.join(", "));
        let s = actual.by_status;
        let k = actual.by_kind;
        self.conn.execute(
            &sql,
            params![article_id, s[0], s[1], s[2], s[3], k[0], k[1], k[2], k[3], k[4]],
        )?;
        let mut p = self.pending.borrow_mut();
        let mut change = actual;
        change.add(&kept, -1);
        change.articles = 0;
        p.delta.add(&change, 1);
        p.resync.insert(article_id);
        Ok(())
    }

    /// Marks an article whose existing claims' search entries must be rebuilt at the end.
    pub(crate) fn resync_search(&self, article_id: i64) {
        self.pending.borrow_mut().resync.insert(article_id);
    }

    /// Indexes what this transaction added and adds its counts to the desk's; called once,
    /// right before the commit.
    pub(crate) fn finish(&self) -> Result<()> {
        let p = std::mem::take(&mut *self.pending.borrow_mut());
        for article_id in &p.resync {
            self.resync_claims_search(*article_id, p.first_claim)?;
        }
        if let Some(first) = p.first_article {
            self.conn
                .prepare_cached(
                    "INSERT INTO articles_fts(rowid, title, body)
                     SELECT id, title, body FROM article_texts WHERE id >= ?1",
                )?
                .execute([first])?;
        }
        if let Some(first) = p.first_claim {
            self.conn
                .prepare_cached(
                    "INSERT INTO claims_fts(rowid, text)
                     SELECT id, text FROM claim_texts WHERE id >= ?1 AND status != 'dismissed'",
                )?
                .execute([first])?;
        }
        if p.delta != Counts::default() {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO desk_counters(name, n) VALUES (?1, ?2)
                 ON CONFLICT(name) DO UPDATE SET n = n + excluded.n",
            )?;
            for (name, n) in p.delta.named() {
                if n != 0 {
                    stmt.execute(params![name, n])?;
                }
            }
        }
        Ok(())
    }

    /// Rebuilds the search entries of an article's claims older than `first_new`.
    fn resync_claims_search(&self, article_id: i64, first_new: Option<i64>) -> Result<()> {
        let below = first_new.unwrap_or(i64::MAX);
        self.conn.execute(
            "DELETE FROM claims_fts WHERE rowid IN
                (SELECT id FROM claims WHERE article_id = ?1 AND id < ?2)",
            params![article_id, below],
        )?;
        self.conn.execute(
            "INSERT INTO claims_fts(rowid, text)
             SELECT id, text FROM claim_texts
             WHERE article_id = ?1 AND id < ?2 AND status != 'dismissed'",
            params![article_id, below],
        )?;
        Ok(())
    }

    /// Takes a claim out of search (dismissed) or puts it back (no longer dismissed).
    pub(crate) fn search_membership(&self, claim_id: i64, searchable: bool) -> Result<()> {
        if self.is_new_claim(claim_id) {
            return Ok(());
        }
        if searchable {
            self.conn
                .prepare_cached(
                    "INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claim_texts WHERE id = ?1",
                )?
                .execute([claim_id])?;
        } else {
            self.conn
                .prepare_cached("DELETE FROM claims_fts WHERE rowid = ?1")?
                .execute([claim_id])?;
        }
        Ok(())
    }
}
