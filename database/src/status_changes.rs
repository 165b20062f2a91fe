//! The `status_changes` table: the append-only review history, and the one function that
//! changes a claim's status (history row and status cache in the same transaction).

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::uuids::uuid_at;
use crate::{new_uuid, Error, Reader, Result, Writer};

/// Where a claim stands in review. `Dismissed` means it was wrongly extracted; it stays in
/// history and is hidden by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    Verified,
    Disputed,
    Dismissed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Pending,
        Status::Verified,
        Status::Disputed,
        Status::Dismissed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Verified => "verified",
            Status::Disputed => "disputed",
            Status::Dismissed => "dismissed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// One entry of a claim's review history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    #[ts(type = "number")]
    pub id: i64,
    pub uuid: String,
    #[ts(type = "number")]
    pub claim_id: i64,
    /// `null` on the entry written when the claim was created.
    pub from_status: Option<Status>,
    pub to_status: Status,
    pub reviewer: String,
    pub reason: Option<String>,
    /// On an undo entry: the entry it reverts.
    #[ts(type = "number | null")]
    pub undoes_id: Option<i64>,
    /// RFC 3339, UTC.
    pub at: String,
}

pub(crate) fn parse_status(column: &'static str, value: String) -> Result<Status> {
    Status::parse(&value).ok_or_else(|| Error::bad_value(column, value))
}

type RawChange = (StatusChange, Option<String>, String);

fn change_from_row(row: &Row<'_>) -> rusqlite::Result<RawChange> {
    Ok((
        StatusChange {
            id: row.get(0)?,
            uuid: uuid_at(row, 1)?,
            claim_id: row.get(2)?,
            from_status: None,
            to_status: Status::Pending,
            reviewer: row.get(5)?,
            reason: row.get(6)?,
            undoes_id: row.get(7)?,
            at: row.get(8)?,
        },
        row.get(3)?,
        row.get(4)?,
    ))
}

fn finish_change((mut change, from, to): RawChange) -> Result<StatusChange> {
    change.from_status = from.map(|s| parse_status("from_status", s)).transpose()?;
    change.to_status = parse_status("to_status", to)?;
    Ok(change)
}

const CHANGE_COLUMNS: &str =
    "id, uuid, claim_id, from_status, to_status, reviewer, reason, undoes_id, at";

impl Reader<'_> {
    /// A claim's history, newest first. A claim extraction found and nobody reviewed has
    /// none: it is pending since its article was imported.
    pub fn history_of_claim(&self, claim_id: i64) -> Result<Vec<StatusChange>> {
        let sql = format!(
            "SELECT {CHANGE_COLUMNS} FROM status_changes WHERE claim_id = ?1 ORDER BY id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([claim_id], change_from_row)?;
        rows.map(|row| finish_change(row?)).collect()
    }

    /// The history entries of one bulk review, oldest first.
    pub fn changes_in_batch(&self, batch: &str) -> Result<Vec<StatusChange>> {
        let sql =
            format!("SELECT {CHANGE_COLUMNS} FROM status_changes WHERE batch = ?1 ORDER BY id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([batch], change_from_row)?;
        rows.map(|row| finish_change(row?)).collect()
    }

    /// How many history entries exist in the whole database.
    pub fn count_status_changes(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM status_changes", [], |r| r.get(0))?;
        Ok(n as usize)
    }
}

/// A status change to record.
pub(crate) struct HistoryEntry<'e> {
    pub claim_id: i64,
    pub from: Option<Status>,
    pub to: Status,
    pub reviewer: &'e str,
    pub reason: Option<&'e str>,
    pub undoes_id: Option<i64>,
    pub at: &'e str,
    /// The bulk review the change belongs to.
    pub batch: Option<&'e str>,
}

impl Writer<'_> {
    /// Appends one history row. Private to the store: status only moves through
    /// [`Writer::change_status`] and claim creation.
    pub(crate) fn append_history(&self, entry: &HistoryEntry<'_>) -> Result<StatusChange> {
        self.conn
            .prepare_cached(
                "INSERT INTO status_changes (uuid, claim_id, from_status, to_status, reviewer,
                                             reason, undoes_id, at, batch)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                new_uuid(),
                entry.claim_id,
                entry.from.map(Status::as_str),
                entry.to.as_str(),
                entry.reviewer,
                entry.reason,
                entry.undoes_id,
                entry.at,
                entry.batch,
            ])?;
        let id = self.conn.last_insert_rowid();
        let sql = format!("SELECT {CHANGE_COLUMNS} FROM status_changes WHERE id = ?1");
        finish_change(
            self.conn
                .prepare_cached(&sql)?
                .query_row([id], change_from_row)?,
        )
    }

    /// Moves a claim to `to`: updates the status cache on the claim, the counters and the
    /// claim's place in search, and appends exactly one history row, all inside this
    /// writer's transaction. `undoes_id` marks an undo entry.
    pub fn change_status(
        &self,
        claim_id: i64,
        to: Status,
        reviewer: &str,
        reason: Option<&str>,
        undoes_id: Option<i64>,
        at: &str,
    ) -> Result<StatusChange> {
        self.change_status_in_batch(claim_id, to, reviewer, reason, undoes_id, at, None)
    }

    /// [`Writer::change_status`] as part of a bulk review named `batch`.
    #[allow(clippy::too_many_arguments)]
    pub fn change_status_in_batch(
        &self,
        claim_id: i64,
        to: Status,
        reviewer: &str,
        reason: Option<&str>,
        undoes_id: Option<i64>,
        at: &str,
        batch: Option<&str>,
    ) -> Result<StatusChange> {
        let (article_id, from, kind) = self.claim_state(claim_id)?;
        self.conn
            .prepare_cached(
                "UPDATE claims SET status = ?2, status_reason = ?3, updated_at = ?4 WHERE id = ?1",
            )?
            .execute(params![claim_id, to.as_str(), reason, at])?;
        if from != to {
            self.count_status_change(article_id, kind, from, to)?;
            if (from == Status::Dismissed) != (to == Status::Dismissed) {
                self.search_membership(claim_id, to != Status::Dismissed)?;
            }
        }
        self.append_history(&HistoryEntry {
            claim_id,
            from: Some(from),
            to,
            reviewer,
            reason,
            undoes_id,
            at,
            batch,
        })
    }
}
