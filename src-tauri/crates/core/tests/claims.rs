//! The reader view and the claims an analyst shapes: segments, manual claims, corrections.

mod common;

use claimdesk_core::inputs::{
    ArticleIdInput, ClaimIdInput, CreateManualClaimInput, ImportTextInput, ListClaimsInput,
    UpdateArticleInput, UpdateClaimFactsInput,
};
use claimdesk_core::{ClaimKind, Desk, ErrorCode, Origin, Qualifier};
use common::*;

fn import(desk: &Desk, text: &str) -> i64 {
    desk.import_text(ImportTextInput {
        text: text.into(),
        title: None,
    })
    .unwrap()
    .article_id
}

#[test]
fn segments_cover_the_body_and_each_claim_exactly() {
    let (_dir, desk) = desk();
    let article_id = import(&desk, SAMPLE);
    let view = desk.get_article(ArticleIdInput { article_id }).unwrap();
    let body = &view.article.body;
    let joined: String = view.segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(&joined, body);
    let mut at = 0;
    for s in &view.segments {
        assert_eq!(s.start, at);
        assert_eq!(&body[s.start..s.end], s.text);
        at = s.end;
    }
    assert!(!view.claims.is_empty());
    for claim in &view.claims {
        let covered: String = view
            .segments
            .iter()
            .filter(|s| s.claim_ids.contains(&claim.id))
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(covered, claim.text, "claim {}", claim.id);
        assert_eq!(&body[claim.start..claim.end], claim.text);
    }
}

const SAMPLE: &str = claimdesk_core::SAMPLE_TEXT;

#[test]
fn a_manual_claim_anchors_where_the_selection_starts() {
    let (_dir, desk) = desk();
    let text = "Repeat: the army moved.\nLater, again: the army moved.\nEnd of the story here.";
    let article_id = import(&desk, text);
    let second = text.rfind("the army moved").unwrap();
    let detail = desk
        .create_manual_claim(CreateManualClaimInput {
            article_id,
            text: "the army moved".into(),
            near: second - 5,
            kind: ClaimKind::Statement,
        })
        .unwrap();
    assert_eq!(detail.claim.start, second);
    assert_eq!(detail.claim.end, second + "the army moved".len());
    assert_eq!(detail.claim.origin, Origin::Manual);
    assert_eq!(detail.history.len(), 1);
    assert_eq!(detail.history[0].from_status, None);

    let again = desk.create_manual_claim(CreateManualClaimInput {
        article_id,
        text: "the army moved".into(),
        near: second,
        kind: ClaimKind::Statement,
    });
    assert_eq!(again.unwrap_err().code(), ErrorCode::Conflict);
}

#[test]
fn a_manual_claim_needs_text_from_the_article() {
    let (_dir, desk) = desk();
    let article_id = import(&desk, ARTICLE_TXT);
    let before = desk.list_claims(ListClaimsInput::default()).unwrap().len();
    for (text, code) in [
        ("   ", ErrorCode::InvalidInput),
        ("words that are not there", ErrorCode::InvalidInput),
    ] {
        let err = desk
            .create_manual_claim(CreateManualClaimInput {
                article_id,
                text: text.into(),
                near: 0,
                kind: ClaimKind::Quote,
            })
            .unwrap_err();
        assert_eq!(err.code(), code);
    }
    let missing_article = desk.create_manual_claim(CreateManualClaimInput {
        article_id: 999,
        text: "Army".into(),
        near: 0,
        kind: ClaimKind::Quote,
    });
    assert_eq!(missing_article.unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(
        desk.list_claims(ListClaimsInput::default()).unwrap().len(),
        before
    );
}

#[test]
fn corrected_facts_are_kept_and_marked_edited() {
    let (_dir, desk) = desk();
    import(&desk, ARTICLE_TXT);
    let claim = desk.list_claims(ListClaimsInput::default()).unwrap()[0].id;
    let detail = desk
        .update_claim_facts(UpdateClaimFactsInput {
            claim_id: claim,
            speaker: Some(" General Ann Smith ".into()),
            value: Some(80_000.0),
            unit: Some("fighters".into()),
            qualifier: Some(Qualifier::UpTo),
        })
        .unwrap();
    assert!(detail.claim.edited);
    assert_eq!(detail.claim.speaker.as_deref(), Some("General Ann Smith"));
    assert_eq!(detail.claim.qualifier, Some(Qualifier::UpTo));
    let bad = desk.update_claim_facts(UpdateClaimFactsInput {
        claim_id: claim,
        speaker: None,
        value: Some(f64::INFINITY),
        unit: None,
        qualifier: None,
    });
    assert_eq!(bad.unwrap_err().code(), ErrorCode::InvalidInput);
    let detail = desk.get_claim(ClaimIdInput { claim_id: claim }).unwrap();
    assert_eq!(detail.claim.value, Some(80_000.0));
}

#[test]
fn list_filters_by_kind_and_article() {
    let (_dir, desk) = desk();
    let a = import(&desk, ARTICLE_TXT);
    let b = import(&desk, SAMPLE);
    let only_a = desk
        .list_claims(ListClaimsInput {
            article_id: Some(a),
            ..Default::default()
        })
        .unwrap();
    assert!(!only_a.is_empty() && only_a.iter().all(|c| c.article_id == a));
    let quotes = desk
        .list_claims(ListClaimsInput {
            kind: Some(ClaimKind::Quote),
            ..Default::default()
        })
        .unwrap();
    assert!(quotes.iter().all(|c| c.kind == ClaimKind::Quote));
    let summaries = desk.list_articles().unwrap();
    assert_eq!(summaries.len(), 2);
    assert_eq!(
        summaries.iter().find(|s| s.id == a).unwrap().claim_count,
        only_a.len()
    );
    assert!(summaries.iter().any(|s| s.id == b));
}

#[test]
fn article_metadata_is_editable_and_checked() {
    let (_dir, desk) = desk();
    let article_id = import(&desk, ARTICLE_TXT);
    let input = |url: &str, date: &str| UpdateArticleInput {
        article_id,
        title: "Edited title".into(),
        outlet: Some("The Wire".into()),
        url: Some(url.into()),
        author: Some("".into()),
        published_at: Some(date.into()),
    };
    let article = desk
        .update_article(input("https://example.org/story", "2026-03-01"))
        .unwrap();
    assert_eq!(article.title, "Edited title");
    assert_eq!(article.author, None);
    assert_eq!(article.published_at.as_deref(), Some("2026-03-01"));
    let bad_link = desk.update_article(input("javascript:alert(1)", "2026-03-01"));
    assert_eq!(
        bad_link.unwrap_err().to_string(),
        "Only http and https links can be added."
    );
    let bad_date = desk.update_article(input("https://example.org", "March 1"));
    assert_eq!(bad_date.unwrap_err().code(), ErrorCode::InvalidInput);
    let mut empty_title = input("https://example.org", "");
    empty_title.title = " ".into();
    assert_eq!(
        desk.update_article(empty_title).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    let view = desk.get_article(ArticleIdInput { article_id }).unwrap();
    assert_eq!(
        view.article.url.as_deref(),
        Some("https://example.org/story")
    );
}
