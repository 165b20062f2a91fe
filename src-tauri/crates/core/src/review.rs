//! Reviewing a claim: setting its status, dismissing it, undoing the last change. Every
//! change goes through the store's one status function, which writes the history row in the
//! same transaction; the reviewer comes from settings.

use claimdesk_db::{NewSource, Stance, Status, StatusChange, Writer};

use crate::claims::claim_detail;
use crate::error::{Error, Result};
use crate::fields::{checked_link, optional_text};
use crate::inputs::{ClaimIdInput, DismissClaimInput, SetClaimStatusInput};
use crate::views::ClaimDetail;
use crate::{reviewer_name, Desk};

/// A whole review in one go (the CLI's `review`): a status, and optionally a source and a
/// note. Everything is checked before anything is written, and it is written in one
/// transaction, so a bad link changes nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewClaimInput {
    pub claim_id: i64,
    pub status: Status,
    pub reason: Option<String>,
    pub source: Option<ReviewSource>,
    pub note: Option<String>,
}

/// The source part of a [`ReviewClaimInput`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewSource {
    pub url: String,
    pub stance: Stance,
    pub title: Option<String>,
}

/// The reason written on an undo entry.
pub const UNDO_REASON: &str = "undo";

impl Desk {
    /// Sets a claim's status with an optional reason. Setting the status it already has,
    /// with the same reason, is refused (`invalid_transition`): it would record nothing new.
    pub fn set_claim_status(&self, input: SetClaimStatusInput) -> Result<ClaimDetail> {
        let reason = optional_text(input.reason);
        let at = self.now();
        self.db.write(|w| {
            let claim = w.claim(input.claim_id)?;
            if claim.status == input.status && claim.status_reason == reason {
                return Err(Error::InvalidTransition(format!(
                    "Claim {} is already {}.",
                    claim.id,
                    input.status.as_str()
                )));
            }
            let reviewer = reviewer_name(w)?;
            w.change_status(
                claim.id,
                input.status,
                &reviewer,
                reason.as_deref(),
                None,
                &at,
            )?;
            claim_detail(w, claim.id)
        })
    }

    /// Records a status, a source and a note at once (see [`ReviewClaimInput`]). Setting the
    /// status a claim already has is only refused when there is nothing else to record.
    pub fn review_claim(&self, input: ReviewClaimInput) -> Result<ClaimDetail> {
        let reason = optional_text(input.reason);
        let source = match input.source {
            Some(s) => Some(claimdesk_db::SourceFields {
                url: checked_link(&s.url)?,
                title: optional_text(s.title),
                stance: s.stance,
                excerpt: None,
                accessed_at: None,
            }),
            None => None,
        };
        let note = optional_text(input.note);
        let at = self.now();
        self.db.write(|w| {
            let claim = w.claim(input.claim_id)?;
            let reviewer = reviewer_name(w)?;
            let unchanged = claim.status == input.status && claim.status_reason == reason;
            if unchanged && source.is_none() && note.is_none() {
                return Err(Error::InvalidTransition(format!(
                    "Claim {} is already {}.",
                    claim.id,
                    input.status.as_str()
                )));
            }
            if !unchanged {
                w.change_status(
                    claim.id,
                    input.status,
                    &reviewer,
                    reason.as_deref(),
                    None,
                    &at,
                )?;
            }
            if let Some(fields) = source {
                w.add_source(
                    &NewSource {
                        claim_id: claim.id,
                        fields,
                    },
                    &at,
                )?;
            }
            if let Some(body) = note {
                w.add_note(claim.id, &body, &reviewer, &at)?;
            }
            claim_detail(w, claim.id)
        })
    }

    /// Marks a claim as wrongly extracted. It stays in history and is hidden by default.
    pub fn dismiss_claim(&self, input: DismissClaimInput) -> Result<ClaimDetail> {
        let reason = optional_text(input.reason);
        let at = self.now();
        self.db.write(|w| {
            let status = w.claim_status(input.claim_id)?;
            if status == Status::Dismissed {
                return Err(Error::InvalidTransition(format!(
                    "Claim {} is already dismissed.",
                    input.claim_id
                )));
            }
            let reviewer = reviewer_name(w)?;
            w.change_status(
                input.claim_id,
                Status::Dismissed,
                &reviewer,
                reason.as_deref(),
                None,
                &at,
            )?;
            claim_detail(w, input.claim_id)
        })
    }

    /// Reverts the claim's last status change that is still in effect, by writing a new
    /// history entry back to the earlier status (reason "undo"). Repeated undos walk further
    /// back; the entry written at the claim's creation cannot be undone.
    pub fn undo_status_change(&self, input: ClaimIdInput) -> Result<ClaimDetail> {
        let at = self.now();
        self.db.write(|w| {
            let status = w.claim_status(input.claim_id)?;
            let history = w.history_of_claim(input.claim_id)?;
            let target = change_to_undo(&history).ok_or_else(|| {
                Error::InvalidTransition(format!(
                    "Claim {} has no status change to undo.",
                    input.claim_id
                ))
            })?;
            let back_to = target.from_status.unwrap_or(Status::Pending);
            if target.to_status != status {
                return Err(Error::Internal(format!(
                    "The history of claim {} does not end in its current status.",
                    input.claim_id
                )));
            }
            write_undo(w, target, back_to, &at)?;
            claim_detail(w, input.claim_id)
        })
    }
}

/// The newest change that is neither an undo entry nor already undone, if it can be undone.
pub(crate) fn change_to_undo(history_newest_first: &[StatusChange]) -> Option<&StatusChange> {
    let undone: Vec<i64> = history_newest_first
        .iter()
        .filter_map(|c| c.undoes_id)
        .collect();
    history_newest_first
        .iter()
        .find(|c| c.undoes_id.is_none() && !undone.contains(&c.id))
        .filter(|c| c.from_status.is_some())
}

fn write_undo(w: &Writer<'_>, target: &StatusChange, back_to: Status, at: &str) -> Result<()> {
    write_undo_in_batch(w, target, back_to, at, None)
}

/// Writes the entry reverting `target`, as part of `batch` when one undo reverts many.
pub(crate) fn write_undo_in_batch(
    w: &Writer<'_>,
    target: &StatusChange,
    back_to: Status,
    at: &str,
    batch: Option<&str>,
) -> Result<()> {
    let reviewer = reviewer_name(w)?;
    w.change_status_in_batch(
        target.claim_id,
        back_to,
        &reviewer,
        Some(UNDO_REASON),
        Some(target.id),
        at,
        batch,
    )?;
    Ok(())
}
