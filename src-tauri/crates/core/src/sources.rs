//! Sources an analyst cites on a claim. Only http and https links are accepted.

use claimdesk_db::{NewSource, Source, SourceFields, Stance};

use crate::error::Result;
use crate::fields::{checked_link, optional_date, optional_text};
use crate::inputs::{AddSourceInput, SourceIdInput, UpdateSourceInput};
use crate::Desk;

fn source_fields(
    url: &str,
    title: Option<String>,
    stance: Stance,
    excerpt: Option<String>,
    accessed_at: Option<String>,
) -> Result<SourceFields> {
    Ok(SourceFields {
        url: checked_link(url)?,
        title: optional_text(title),
        stance,
        excerpt: optional_text(excerpt),
        accessed_at: optional_date(accessed_at, "access date")?,
    })
}

impl Desk {
    /// Attaches a source to a claim.
    pub fn add_source(&self, input: AddSourceInput) -> Result<Source> {
        let fields = source_fields(
            &input.url,
            input.title,
            input.stance,
            input.excerpt,
            input.accessed_at,
        )?;
        let at = self.now();
        let new = NewSource {
            claim_id: input.claim_id,
            fields,
        };
        self.db.write(|w| Ok(w.add_source(&new, &at)?))
    }

    /// Replaces a source's link, title, stance, excerpt and access date.
    pub fn update_source(&self, input: UpdateSourceInput) -> Result<Source> {
        let fields = source_fields(
            &input.url,
            input.title,
            input.stance,
            input.excerpt,
            input.accessed_at,
        )?;
        self.db
            .write(|w| Ok(w.update_source(input.source_id, &fields)?))
    }

    /// Removes a source from its claim.
    pub fn remove_source(&self, input: SourceIdInput) -> Result<()> {
        self.db.write(|w| Ok(w.remove_source(input.source_id)?))
    }
}
