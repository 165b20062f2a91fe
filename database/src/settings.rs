//! The `settings` table: a few key/value preferences, read and written as one [`Settings`].

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Reader, Result, Writer};

/// The analyst's preferences. Empty strings mean "not set".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// Recorded on every status change and note.
    pub reviewer_name: String,
    /// The author of published ClaimReview records.
    pub organisation_name: String,
    /// Where published reviews live; a claim's review URL is this plus `#claim-ID`.
    pub claimreview_base_url: String,
}

const REVIEWER_NAME: &str = "reviewer_name";
const ORGANISATION_NAME: &str = "organisation_name";
const CLAIMREVIEW_BASE_URL: &str = "claimreview_base_url";

impl Reader<'_> {
    fn setting(&self, key: &str) -> Result<String> {
        let value: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(value.unwrap_or_default())
    }

    /// The current settings (defaults for any never saved).
    pub fn settings(&self) -> Result<Settings> {
        Ok(Settings {
            reviewer_name: self.setting(REVIEWER_NAME)?,
            organisation_name: self.setting(ORGANISATION_NAME)?,
            claimreview_base_url: self.setting(CLAIMREVIEW_BASE_URL)?,
        })
    }
}

impl Writer<'_> {
    /// Saves every setting.
    pub fn save_settings(&self, settings: &Settings) -> Result<()> {
        for (key, value) in [
            (REVIEWER_NAME, &settings.reviewer_name),
            (ORGANISATION_NAME, &settings.organisation_name),
            (CLAIMREVIEW_BASE_URL, &settings.claimreview_base_url),
        ] {
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
        }
        Ok(())
    }
}
