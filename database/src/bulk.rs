//! Storing a freshly imported article with all its claims in one go: the batch import's
//! write path. The article row is written with its counters already set, and its claims
//! get no history rows (pending since import) and no copy of their text (the body has it).

use crate::claims::ClaimRecord;
use crate::uuids::new_uuid_bytes;
use crate::{Counts, NewArticle, NewClaim, Result, Status, Writer};

/// How much text either side of a span is kept as its context.
const CONTEXT_BYTES: usize = 40;

/// The text just before and just after `body[start..end]` (up to 40 bytes each, cut on
/// character boundaries), which re-finds a span in re-imported text.
pub fn context_of(body: &str, start: usize, end: usize) -> (&str, &str) {
    let (start, end) = (start.min(body.len()), end.min(body.len()));
    let mut before = start.saturating_sub(CONTEXT_BYTES);
    while !body.is_char_boundary(before) {
        before += 1;
    }
    let mut after = (end + CONTEXT_BYTES).min(body.len());
    while !body.is_char_boundary(after) {
        after -= 1;
    }
    let prefix = body.get(before..start).unwrap_or_default();
    let suffix = body.get(end..after.max(end)).unwrap_or_default();
    (prefix, suffix)
}

impl Writer<'_> {
    /// Stores an article and the claims extraction found in it (their `article_id` is
    /// ignored), all pending; returns the article's id. The caller checks for duplicates.
    pub fn insert_imported_article(&self, new: &NewArticle, claims: &[NewClaim]) -> Result<i64> {
        let mut counts = Counts::default();
        for claim in claims {
            counts.add_claim(claim.kind, Status::Pending, 1);
        }
        let article_id = self.insert_article_as(&new_uuid_bytes(), new, &counts)?;
        for claim in claims {
            let text_is_body = new.body.get(claim.start..claim.end) == Some(claim.text.as_str());
            self.insert_claim_record(&ClaimRecord {
                uuid: new_uuid_bytes(),
                article_id,
                kind: claim.kind,
                start: claim.start,
                end: claim.end,
                text: (!text_is_body).then_some(claim.text.as_str()),
                fields: &claim.fields,
                origin: claim.origin,
                status: Status::Pending,
                status_reason: None,
                edited: false,
                created_at: None,
                updated_at: None,
                article_counted: true,
            })?;
        }
        Ok(article_id)
    }
}
