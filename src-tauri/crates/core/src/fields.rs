//! Cleaning and checking what an analyst typed: links, dates and optional text.

use url::Url;

use crate::error::{Error, Result};

/// Optional text: trimmed, and empty means absent.
pub fn optional_text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A link an analyst adds: only http and https, so nothing like `javascript:` or `file:`
/// can ever be opened from Claimdesk.
pub fn checked_link(raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    let refused = || Error::invalid("Only http and https links can be added.");
    let url = Url::parse(trimmed).map_err(|_| refused())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(refused());
    }
    Ok(url.to_string())
}

/// An optional link: empty means absent, anything else must be http or https.
pub fn optional_link(raw: Option<String>) -> Result<Option<String>> {
    optional_text(raw).map(|url| checked_link(&url)).transpose()
}

/// An optional calendar date, "YYYY-MM-DD".
pub fn optional_date(raw: Option<String>, what: &str) -> Result<Option<String>> {
    let Some(date) = optional_text(raw) else {
        return Ok(None);
    };
    match chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d") {
        Ok(parsed) => Ok(Some(parsed.format("%Y-%m-%d").to_string())),
        Err(_) => Err(Error::invalid(format!(
            "The {what} must be a date written YYYY-MM-DD, such as 2024-03-01."
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_pass() {
        assert_eq!(
            checked_link(" https://example.org/a?b=1 ").unwrap(),
            "https://example.org/a?b=1"
        );
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "example.org",
            "",
            "http://",
        ] {
            let err = checked_link(bad).unwrap_err();
            assert_eq!(
                err.to_string(),
                "Only http and https links can be added.",
                "{bad}"
            );
        }
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(
            optional_date(Some("2024-03-01".into()), "date").unwrap(),
            Some("2024-03-01".into())
        );
        assert_eq!(optional_date(Some("  ".into()), "date").unwrap(), None);
        assert!(optional_date(Some("01/03/2024".into()), "date").is_err());
    }
}
