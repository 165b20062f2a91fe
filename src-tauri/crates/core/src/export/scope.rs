//! What an export covers: the window's scope turned into a store filter, a sentence for the
//! report's header, and which claims each format keeps.

use claimdesk_db::{ClaimView, Reader, ScopeFilter, Status};

use super::text::{kind_label, status_label};
use super::{ExportFormat, ExportScope};
use crate::error::{Error, Result};

impl ExportScope {
    pub fn is_everything(&self) -> bool {
        *self == ExportScope::default()
    }

    pub(crate) fn filter(&self) -> ScopeFilter {
        ScopeFilter {
            article_id: self.article_id,
            status: self.status,
            kind: self.kind,
            claim_ids: self.claim_ids.clone(),
        }
    }

    /// The scope in words, e.g. "Article “Troops gather” · disputed · 3 chosen claims".
    pub(crate) fn describe(&self, r: &Reader<'_>) -> Result<String> {
        let mut parts = Vec::new();
        if let Some(id) = self.article_id {
            let article = r.article(id)?;
            parts.push(format!("Article “{}”", article.title));
        }
        if let Some(status) = self.status {
            parts.push(format!("{} claims", status_label(status)));
        }
        if let Some(kind) = self.kind {
            parts.push(format!("{} claims", kind_label(kind)));
        }
        if let Some(ids) = &self.claim_ids {
            let n = ids.len();
            parts.push(format!("{n} chosen claim{}", if n == 1 { "" } else { "s" }));
        }
        Ok(if parts.is_empty() {
            "Everything".to_owned()
        } else {
            parts.join(" · ")
        })
    }

    /// Checks what can be checked before reading: a chosen article must exist.
    pub(crate) fn check(&self, r: &Reader<'_>) -> Result<()> {
        if let Some(id) = self.article_id {
            r.article(id)?;
        }
        if self
            .claim_ids
            .as_ref()
            .is_some_and(|ids| ids.len() > 1_000_000)
        {
            return Err(Error::invalid("Choose fewer claims to export."));
        }
        Ok(())
    }

    /// Whether `format` keeps `claim`. Reports for people leave dismissed (wrongly extracted)
    /// claims out unless the scope asks for them by status or by id; the exchange document
    /// keeps everything so nothing is lost on the way to a colleague.
    pub(crate) fn keeps(&self, format: ExportFormat, claim: &ClaimView) -> bool {
        if claim.status != Status::Dismissed || !format.is_for_people() {
            return true;
        }
        self.status == Some(Status::Dismissed) || self.claim_ids.is_some()
    }
}
