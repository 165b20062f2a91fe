//! schema.org ClaimReview JSON-LD: one review per claim an analyst decided (verified or
//! disputed), the form fact-check aggregators and search engines read.
//!
//! Rating scale: 1 (Disputed) to 5 (Verified), with `alternateName` saying it in words.

use serde_json::{json, Map, Value};

use claimdesk_db::Status;

use super::data::{ArticleReport, ClaimReport, ReportData};
use super::text;
use crate::error::{Error, Result};

/// The longest `claimReviewed`, in characters.
pub const CLAIM_REVIEWED_MAX: usize = 75;
const BEST: u8 = 5;
const WORST: u8 = 1;

/// `text` on one line, at most `max` characters: cut at the last word boundary that fits,
/// with "…" (counted in `max`); a single over-long word is cut inside.
pub fn shorten(text: &str, max: usize) -> String {
    let flat = text::one_line(text);
    if flat.chars().count() <= max || max == 0 {
        return flat;
    }
    let room: String = flat.chars().take(max - 1).collect();
    // The cut falls inside a word unless the next character is a space.
    let next_is_space = flat.chars().nth(max - 1) == Some(' ');
    let kept = if next_is_space {
        room.trim_end()
    } else {
        match room.rfind(' ') {
            Some(at) if at > 0 => room[..at].trim_end(),
            _ => room.as_str(),
        }
    };
    let kept = kept.trim_end_matches([',', ';', ':', '-', '—']);
    format!("{kept}…")
}

/// The reviews as a JSON array, each with its own `@context`.
pub fn render(data: &ReportData) -> Result<String> {
    let reviews: Vec<Value> = data
        .claims()
        .filter_map(|(a, c)| review(data, a, c))
        .collect();
    let text = serde_json::to_string_pretty(&reviews)
        .map_err(|err| Error::Internal(format!("Could not write the JSON-LD: {err}.")))?;
    Ok(text + "\n")
}

/// One ClaimReview, or `None` for a claim not (or no longer) decided.
pub fn review(data: &ReportData, a: &ArticleReport, c: &ClaimReport) -> Option<Value> {
    let (rating, name) = match c.claim.status {
        Status::Verified => (BEST, "Verified"),
        Status::Disputed => (WORST, "Disputed"),
        Status::Pending | Status::Dismissed => return None,
    };
    let decided_at = c
        .decision()
        .map_or(c.claim.updated_at.as_str(), |h| h.at.as_str());
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    if let Some(speaker) = c.claim.speaker.as_deref().filter(|s| !s.trim().is_empty()) {
        item.insert(
            "author".into(),
            json!({ "@type": "Person", "name": speaker }),
        );
    }
    let mut appearance = Map::new();
    appearance.insert("@type".into(), json!("CreativeWork"));
    appearance.insert("headline".into(), json!(a.article.title));
    if let Some(url) = a.article.url.as_deref().and_then(text::web_link) {
        appearance.insert("url".into(), json!(url));
    }
    item.insert("appearance".into(), Value::Object(appearance));
    if let Some(date) = &a.article.published_at {
        item.insert("datePublished".into(), json!(date));
    }
    let mut rating_value = json!({
        "@type": "Rating",
        "ratingValue": rating,
        "bestRating": BEST,
        "worstRating": WORST,
        "alternateName": name,
    });
    if let Some(reason) = c.claim.status_reason.as_deref().filter(|r| !r.is_empty()) {
        rating_value["ratingExplanation"] = json!(reason);
    }
    let base = data.settings.claimreview_base_url.trim();
    Some(json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": format!("{base}#claim-{}", c.claim.id),
        "claimReviewed": shorten(&c.claim.text, CLAIM_REVIEWED_MAX),
        "datePublished": text::date_of(decided_at),
        "author": { "@type": "Organization", "name": data.settings.organisation_name },
        "reviewRating": rating_value,
        "itemReviewed": Value::Object(item),
    }))
}
