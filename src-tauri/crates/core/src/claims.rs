//! Claims as the analyst sees and shapes them: lists, the claim panel, fact corrections and
//! claims made by hand from a selection.

use claimdesk_db::{ClaimFacts, ClaimFilter, ClaimView, ExtractedFields, Origin, Reader};

use crate::error::{Error, Result};
use crate::extraction::new_claim;
use crate::fields::optional_text;
use crate::inputs::{ClaimIdInput, CreateManualClaimInput, ListClaimsInput, UpdateClaimFactsInput};
use crate::views::ClaimDetail;
use crate::{reviewer_name, Desk};

/// Everything the claim panel shows about one claim.
pub(crate) fn claim_detail(r: &Reader<'_>, claim_id: i64) -> Result<ClaimDetail> {
    Ok(ClaimDetail {
        claim: r.claim(claim_id)?,
        sources: r.sources_of_claim(claim_id)?,
        notes: r.notes_of_claim(claim_id)?,
        history: r.history_of_claim(claim_id)?,
    })
}

/// Where the selected `needle` is in `body`. `near` is where the selection's segment starts,
/// so the selection begins at or after it: the first occurrence from `near` on wins, and
/// only when there is none the last one before it.
fn nearest_occurrence(body: &str, needle: &str, near: usize) -> Option<usize> {
    let mut before = None;
    for (at, _) in body.match_indices(needle) {
        if at >= near {
            return Some(at);
        }
        before = Some(at);
    }
    before
}

impl Desk {
    /// Claims matching the filter, in reading order.
    pub fn list_claims(&self, input: ListClaimsInput) -> Result<Vec<ClaimView>> {
        let filter = ClaimFilter {
            article_id: input.article_id,
            status: input.status,
            kind: input.kind,
            include_dismissed: input.include_dismissed,
        };
        self.db.read(|r| Ok(r.list_claims(&filter)?))
    }

    /// A claim with its sources, notes and history (newest first).
    pub fn get_claim(&self, input: ClaimIdInput) -> Result<ClaimDetail> {
        self.db.read(|r| claim_detail(r, input.claim_id))
    }

    /// Records an analyst's correction of speaker, value, unit or qualifier. The claim is
    /// marked edited, and later extraction runs leave it alone.
    pub fn update_claim_facts(&self, input: UpdateClaimFactsInput) -> Result<ClaimDetail> {
        if input.value.is_some_and(|v| !v.is_finite()) {
            return Err(Error::invalid("The value must be a finite number."));
        }
        let facts = ClaimFacts {
            speaker: optional_text(input.speaker),
            value: input.value,
            unit: optional_text(input.unit),
            qualifier: input.qualifier,
        };
        let at = self.now();
        self.db.write(|w| {
            w.update_claim_facts(input.claim_id, &facts, &at)?;
            claim_detail(w, input.claim_id)
        })
    }

    /// Makes a claim from text the analyst selected. The text is looked up in the body from
    /// `near` (the start of the segment the selection begins in), so the claim anchors where
    /// the selection was even when the same words occur elsewhere.
    pub fn create_manual_claim(&self, input: CreateManualClaimInput) -> Result<ClaimDetail> {
        let text = input.text.trim();
        if text.is_empty() {
            return Err(Error::invalid("Select some text of the article first."));
        }
        let at = self.now();
        self.db.write(|w| {
            let article = w.article(input.article_id)?;
            let start = nearest_occurrence(&article.body, text, input.near)
                .ok_or_else(|| Error::invalid("The selected text was not found in the article."))?;
            let end = start + text.len();
            let existing = w.list_claims(&ClaimFilter {
                article_id: Some(article.id),
                kind: Some(input.kind),
                ..ClaimFilter::default()
            })?;
            if existing.iter().any(|c| c.start == start && c.end == end) {
                return Err(Error::Conflict(format!(
                    "That text is already a {} claim.",
                    input.kind.as_str()
                )));
            }
            let fields = ExtractedFields {
                // An analyst chose it: as check-worthy as it gets.
                score: 1.0,
                ..ExtractedFields::default()
            };
            let claim = new_claim(
                article.id,
                &article.body,
                input.kind,
                start,
                end,
                fields,
                Origin::Manual,
            );
            let id = w.insert_claim(&claim, &reviewer_name(w)?, &at)?;
            claim_detail(w, id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::nearest_occurrence;

    #[test]
    fn picks_the_occurrence_where_the_selection_starts() {
        let body = "war here. war there. war everywhere.";
        assert_eq!(nearest_occurrence(body, "war", 0), Some(0));
        assert_eq!(nearest_occurrence(body, "war", 10), Some(10));
        assert_eq!(nearest_occurrence(body, "war", 12), Some(21));
        assert_eq!(nearest_occurrence(body, "war", 100), Some(21));
        assert_eq!(nearest_occurrence(body, "peace", 0), None);
    }
}
