//! ClaimReview JSON-LD: its snapshot, the schema.org fields every review carries (context,
//! type, url, author, dates, rating, the claim and where it appeared), and the shortening of
//! `claimReviewed`.

mod export_fixture;

use claimdesk_core::export::{render, shorten, ExportFormat};
use export_fixture::{everything, fixture};
use serde_json::Value;

fn reviews() -> Vec<Value> {
    let fx = fixture();
    let text = render(
        ExportFormat::ClaimReview,
        &everything(&fx, ExportFormat::ClaimReview),
        &mut |_| {},
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn claimreview_matches_snapshot() {
    insta::assert_json_snapshot!(reviews());
}

#[test]
fn one_review_per_decided_claim_with_every_field() {
    let reviews = reviews();
    assert_eq!(
        reviews.len(),
        3,
        "two verified and one disputed; pending and dismissed have none"
    );
    for r in &reviews {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        let url = r["url"].as_str().unwrap();
        assert!(
            url.starts_with("https://checks.example.org/reviews/border#claim-"),
            "{url}"
        );
        let reviewed = r["claimReviewed"].as_str().unwrap();
        assert!(!reviewed.is_empty() && reviewed.chars().count() <= 75);
        assert_eq!(r["author"]["@type"], "Organization");
        assert_eq!(r["author"]["name"], "Ledger Checks");
        assert_eq!(r["datePublished"].as_str().unwrap().len(), 10);
        let rating = &r["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert!(matches!(
            rating["alternateName"].as_str(),
            Some("Verified" | "Disputed")
        ));
        for key in ["ratingValue", "bestRating", "worstRating"] {
            assert!(rating[key].is_number(), "{key}");
        }
        let item = &r["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert!(item["appearance"].is_object());
    }
    let disputed = reviews
        .iter()
        .find(|r| r["reviewRating"]["alternateName"] == "Disputed")
        .unwrap();
    assert_eq!(disputed["reviewRating"]["ratingValue"], 1);
    assert_eq!(disputed["datePublished"], "2026-03-01");
    assert_eq!(
        disputed["itemReviewed"]["appearance"]["url"],
        "https://news.example.org/border?a=1&b=2"
    );
    assert_eq!(disputed["itemReviewed"]["datePublished"], "2026-02-27");
    let quote = reviews
        .iter()
        .find(|r| r["itemReviewed"]["author"].is_object())
        .unwrap();
    assert_eq!(quote["itemReviewed"]["author"]["name"], "Gen. Ama Okafor");
    // An article without link or date: the claim still appears, without what is unknown.
    let evacuation = reviews
        .iter()
        .find(|r| r["claimReviewed"] == "3,000 people")
        .unwrap();
    assert!(evacuation["itemReviewed"]["appearance"]
        .get("url")
        .is_none());
    assert!(evacuation["itemReviewed"].get("datePublished").is_none());
}

#[test]
fn claim_reviewed_is_cut_at_a_word_boundary() {
    let long = "Officials said that up to eighty thousand troops are now massed along the northern border tonight";
    let short = shorten(long, 75);
    assert!(short.chars().count() <= 75, "{short}");
    assert_eq!(
        short,
        "Officials said that up to eighty thousand troops are now massed along the…"
    );
    assert!(long.starts_with(short.trim_end_matches('…')));
    assert_eq!(shorten("Short claim.", 75), "Short claim.");
    assert_eq!(shorten("a\n  spaced   claim", 75), "a spaced claim");
    let word = "x".repeat(100);
    assert_eq!(shorten(&word, 75).chars().count(), 75);
    let exact = "y".repeat(75);
    assert_eq!(shorten(&exact, 75), exact);
}
