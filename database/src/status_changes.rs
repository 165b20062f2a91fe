//! The `status_changes` table: the append-only review history, and the one function that
//! changes a claim's status (history row and status cache in the same transaction).

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
            uuid: row.get(1)?,
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
    /// A claim's history, newest first.
    pub fn history_of_claim(&self, claim_id: i64) -> Result<Vec<StatusChange>> {
        let sql = format!(
            "SELECT {CHANGE_COLUMNS} FROM status_changes WHERE claim_id = ?1 ORDER BY id DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([claim_id], change_from_row)?;
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
}

impl Writer<'_> {
    /// Appends one history row. Private to the store: status only moves through
    /// [`Writer::change_status`] and claim creation.
    pub(crate) fn append_history(&self, entry: &HistoryEntry<'_>) -> Result<StatusChange> {
        self.conn.execute(
            "INSERT INTO status_changes (uuid, claim_id, from_status, to_status, reviewer, reason,
                                         undoes_id, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                new_uuid(),
                entry.claim_id,
                entry.from.map(Status::as_str),
                entry.to.as_str(),
                entry.reviewer,
                entry.reason,
                entry.undoes_id,
                entry.at,
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        let sql = format!("SELECT {CHANGE_COLUMNS} FROM status_changes WHERE id = ?1");
        finish_change(self.conn.query_row(&sql, [id], change_from_row)?)
    }

    /// Moves a claim to `to`: updates the status cache on the claim and appends exactly one
    /// history row, both inside this writer's transaction. `undoes_id` marks an undo entry.
    pub fn change_status(
        &self,
        claim_id: i64,
        to: Status,
        reviewer: &str,
        reason: Option<&str>,
        undoes_id: Option<i64>,
        at: &str,
    ) -> Result<StatusChange> {
        let from = self.claim_status(claim_id)?;
        self.conn.execute(
            "UPDATE claims SET status = ?2, status_reason = ?3, updated_at = ?4 WHERE id = ?1",
            params![claim_id, to.as_str(), reason, at],
        )?;
        self.append_history(&HistoryEntry {
            claim_id,
            from: Some(from),
            to,
            reviewer,
            reason,
            undoes_id,
            at,
        })
    }
}
