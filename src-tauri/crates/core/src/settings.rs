//! The analyst's settings: reviewer name, organisation, ClaimReview base URL.

use claimdesk_db::Settings;

use crate::error::Result;
use crate::fields::optional_link;
use crate::Desk;

impl Desk {
    /// The current settings.
    pub fn get_settings(&self) -> Result<Settings> {
        self.db.read(|r| Ok(r.settings()?))
    }

    /// Saves the settings (trimmed; the base URL, when given, must be http or https).
    pub fn update_settings(&self, input: Settings) -> Result<Settings> {
        let base_url = Some(input.claimreview_base_url).filter(|u| !u.trim().is_empty());
        let settings = Settings {
            reviewer_name: input.reviewer_name.trim().to_owned(),
            organisation_name: input.organisation_name.trim().to_owned(),
            claimreview_base_url: optional_link(base_url)?.unwrap_or_default(),
        };
        self.db.write(|w| {
            w.save_settings(&settings)?;
            Ok(w.settings()?)
        })
    }
}
