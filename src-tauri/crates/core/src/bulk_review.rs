//! Reviewing many claims at once: one status (and reason) for a selection, a filter or a
//! search result. Each claim gets its own history row through the store's one status
//! function, all in one transaction and tagged with one batch, so one undo reverts them all.

use std::ops::ControlFlow;

use claimdesk_db::Status;

use crate::error::{Error, Result};
use crate::fields::optional_text;
use crate::inputs::{BatchInput, BulkReviewInput};
use crate::review::{change_to_undo, write_undo_in_batch};
use crate::views::{BulkReviewOutcome, BulkReviewProgress, BulkUndoOutcome};
use crate::{reviewer_name, Desk};

/// The most claims one bulk review takes.
pub const MAX_BULK_CLAIMS: usize = 1_000_000;

/// How often (in claims) a bulk review reports progress.
const PROGRESS_EVERY: usize = 500;

impl Desk {
    /// Sets `status` (and `reason`) on every claim in `claim_ids`; claims already there
    /// are left alone. `on_progress` may answer `Break` to cancel, and then
    /// nothing at all is changed. Unknown ids refuse the whole batch.
    pub fn review_claims_bulk(
        &self,
        input: BulkReviewInput,
        mut on_progress: impl FnMut(BulkReviewProgress) -> ControlFlow<()>,
    ) -> Result<BulkReviewOutcome> {
        if input.claim_ids.is_empty() {
            return Err(Error::invalid("Choose at least one claim to review."));
        }
        if input.claim_ids.len() > MAX_BULK_CLAIMS {
            return Err(Error::invalid("Review at most a million claims at once."));
        }
        let mut ids = input.claim_ids;
        ids.sort_unstable();
        ids.dedup();
        let reason = optional_text(input.reason);
        let batch = uuid::Uuid::now_v7().to_string();
        let at = self.now();
        let total = ids.len();
        self.db.write(|w| {
            let reviewer = reviewer_name(w)?;
            let mut outcome = BulkReviewOutcome {
                changed: 0,
                unchanged: 0,
                batch: batch.clone(),
            };
            for (done, id) in ids.iter().enumerate() {
                let claim = w.claim(*id)?;
                if claim.status == input.status && claim.status_reason == reason {
                    outcome.unchanged += 1;
                } else {
                    w.change_status_in_batch(
                        *id,
                        input.status,
                        &reviewer,
                        reason.as_deref(),
                        None,
                        &at,
                        Some(&batch),
                    )?;
                    outcome.changed += 1;
                }
                let report = (done + 1) % PROGRESS_EVERY == 0 || done + 1 == total;
                let progress = BulkReviewProgress {
                    done: done + 1,
                    total,
                };
                if report && on_progress(progress).is_break() {
                    return Err(Error::Conflict(
                        "The bulk review was cancelled; no claim was changed.".into(),
                    ));
                }
            }
            Ok(outcome)
        })
    }

    /// Undoes a bulk review: every claim of the batch whose latest change is still the
    /// batch's goes back to its earlier status (one history row each, reason "undo");
    /// claims changed again since are left as they are.
    pub fn undo_bulk(&self, input: BatchInput) -> Result<BulkUndoOutcome> {
        let at = self.now();
        let undo_batch = uuid::Uuid::now_v7().to_string();
        self.db.write(|w| {
            let changes = w.changes_in_batch(&input.batch)?;
            if changes.is_empty() {
                return Err(Error::NotFound(format!(
                    "No bulk review {} to undo.",
                    input.batch
                )));
            }
            let mut outcome = BulkUndoOutcome {
                reverted: 0,
                skipped: 0,
            };
            for change in &changes {
                let history = w.history_of_claim(change.claim_id)?;
                let current = w.claim_status(change.claim_id)?;
                let still_in_effect = change_to_undo(&history).is_some_and(|c| c.id == change.id);
                if !still_in_effect || current != change.to_status {
                    outcome.skipped += 1;
                    continue;
                }
                let back_to = change.from_status.unwrap_or(Status::Pending);
                write_undo_in_batch(w, change, back_to, &at, Some(&undo_batch))?;
                outcome.reverted += 1;
            }
            Ok(outcome)
        })
    }
}
