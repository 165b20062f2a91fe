//! Running the extractor over an article body and storing what it finds, at import and on
//! a later re-run that must never lose an analyst's work.

use std::collections::HashSet;

use claimdesk_db::{ClaimFilter, ClaimKind, ClaimView, ExtractedFields, NewClaim, Origin, Status};

use crate::error::Result;
use crate::inputs::ArticleIdInput;
use crate::views::RerunOutcome;
use crate::{Desk, EXTRACTION_REVIEWER};

/// What the extractor finds in `body`, ready to store for `article_id`. Runs outside any
/// transaction: extraction can take a while and must not hold the database.
pub(crate) fn extract_claims(article_id: i64, body: &str) -> Vec<NewClaim> {
    claimdesk_extract::extract(body)
        .into_iter()
        .filter(|c| {
            c.start < c.end
                && c.end <= body.len()
                && body.is_char_boundary(c.start)
                && body.is_char_boundary(c.end)
        })
        .map(|c| {
            let fields = ExtractedFields {
                speaker: c.speaker,
                value: c.value.filter(|v| v.is_finite()),
                unit: c.unit,
                qualifier: c.qualifier,
                hedge: c.hedge,
                tags: c.tags,
                score: c.score,
            };
            new_claim(
                article_id,
                body,
                c.kind,
                c.start,
                c.end,
                fields,
                Origin::Extracted,
            )
        })
        .collect()
}

/// A claim over `body[start..end]`. The span must lie on char boundaries.
pub(crate) fn new_claim(
    article_id: i64,
    body: &str,
    kind: ClaimKind,
    start: usize,
    end: usize,
    fields: ExtractedFields,
    origin: Origin,
) -> NewClaim {
    NewClaim {
        article_id,
        kind,
        text: body[start..end].to_owned(),
        start,
        end,
        fields,
        origin,
    }
}

/// The analyst has touched this claim: reviewed it, corrected it, made it, or attached work.
fn is_worked_on(c: &ClaimView) -> bool {
    c.status != Status::Pending
        || c.edited
        || c.origin == Origin::Manual
        || c.source_count > 0
        || c.note_count > 0
}

impl Desk {
    /// Extracts the article again with today's rules. New claims are added; every claim an
    /// analyst worked on is kept exactly as it is (status, sources, notes, corrections), and
    /// a new claim overlapping one of those with the same kind is skipped as a duplicate.
    /// Untouched claims found again get fresh facts; those not found again are dismissed
    /// with a history row, never deleted.
    pub fn rerun_extraction(&self, input: ArticleIdInput) -> Result<RerunOutcome> {
        let body = self
            .db
            .read(|r| Ok::<_, crate::Error>(r.article(input.article_id)?.body))?;
        let found = extract_claims(input.article_id, &body);
        let at = self.now();
        self.db.write(|w| {
            let existing = w.list_claims(&ClaimFilter {
                article_id: Some(input.article_id),
                include_dismissed: Some(true),
                ..ClaimFilter::default()
            })?;
            let mut outcome = RerunOutcome {
                added: 0,
                kept: 0,
                retired: 0,
            };
            let mut matched: HashSet<i64> = HashSet::new();
            for new in &found {
                let same_span = existing
                    .iter()
                    .find(|c| c.kind == new.kind && c.start == new.start && c.end == new.end);
                if let Some(old) = same_span {
                    if matched.insert(old.id) && !is_worked_on(old) {
                        w.refresh_extracted_fields(old.id, &new.fields, &at)?;
                    }
                    continue;
                }
                let overlaps_worked_on = existing.iter().any(|c| {
                    is_worked_on(c) && c.kind == new.kind && c.start < new.end && new.start < c.end
                });
                if !overlaps_worked_on {
                    w.insert_claim(new, EXTRACTION_REVIEWER, &at)?;
                    outcome.added += 1;
                }
            }
            for old in &existing {
                let lost = old.status == Status::Pending
                    && !is_worked_on(old)
                    && !matched.contains(&old.id);
                if lost {
                    w.change_status(
                        old.id,
                        Status::Dismissed,
                        EXTRACTION_REVIEWER,
                        Some("No longer found by extraction"),
                        None,
                        &at,
                    )?;
                    outcome.retired += 1;
                } else if old.status != Status::Dismissed || is_worked_on(old) {
                    outcome.kept += 1;
                }
            }
            Ok(outcome)
        })
    }
}
