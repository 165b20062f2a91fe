//! One test group per claim kind, on invented sentences.

use claimdesk_extract::{extract, extract_with, Claim, ClaimKind, Qualifier};

fn of_kind(claims: &[Claim], kind: ClaimKind) -> Vec<&Claim> {
    claims
        .iter()
        .filter(|c| c.kind == kind || c.tags.contains(&kind))
        .collect()
}

#[test]
fn quantity_values_units_and_bounds() {
    let t = "The charity is thought to have up to 12,500 volunteers near the coast. \
             The ministry said at least 39 people died. Prices rose 4.5% last year. \
             The council spent pounds 1.7bn on roads. Fewer than a quarter of members voted.";
    let c = extract(t);
    let q = of_kind(&c, ClaimKind::Quantity);
    let vals: Vec<Option<f64>> = q.iter().map(|c| c.value).collect();
    assert_eq!(q.len(), 5, "{q:#?}");
    assert_eq!(vals[0], Some(12500.0));
    assert_eq!(q[0].unit.as_deref(), Some("volunteers"));
    assert_eq!(q[0].qualifier, Some(Qualifier::UpTo));
    assert_eq!(q[0].hedge.as_deref(), Some("thought to"));
    assert_eq!(vals[1], Some(39.0));
    assert_eq!(q[1].qualifier, Some(Qualifier::AtLeast));
    assert_eq!(q[2].unit.as_deref(), Some("percent"));
    assert_eq!(vals[3], Some(1.7e9));
    assert_eq!(q[3].unit.as_deref(), Some("GBP"));
    assert_eq!(vals[4], Some(0.25));
    // The span of a figure is its whole sentence.
    assert_eq!(q[1].text, "The ministry said at least 39 people died.");
}

#[test]
fn dates_years_times_and_identifiers_are_not_figures() {
    let t = "On March 26, 2015, at 10:30 the assembly passed resolution 1441 and bought Type 45 ships in the 1990s.";
    let c = extract(t);
    assert!(of_kind(&c, ClaimKind::Quantity).is_empty(), "{c:#?}");
}

#[test]
fn durations_ranks_and_word_numbers_are_figures() {
    let t =
        "The siege lasted six days and made it the third-largest operation in a 13-year conflict.";
    let c = extract(t);
    let vals: Vec<Option<f64>> = of_kind(&c, ClaimKind::Quantity)
        .iter()
        .map(|c| c.value)
        .collect();
    assert_eq!(vals, vec![Some(6.0), Some(3.0), Some(13.0)]);
}

#[test]
fn quotes_with_speakers_pronouns_and_roles() {
    let t = "Mayor Lena Ortiz visited the port on Monday.\n\
             “We will rebuild every pier,” said Lena Ortiz. “It will take time.”\n\
             \"The money is there,\" she told reporters.\n\
             \"Nobody should doubt it,\" the mayor added.";
    let c = extract(t);
    let q = of_kind(&c, ClaimKind::Quote);
    assert_eq!(q.len(), 4, "{q:#?}");
    assert_eq!(q[0].text, "“We will rebuild every pier,”");
    for quote in &q {
        assert_eq!(quote.speaker.as_deref(), Some("Lena Ortiz"), "{quote:#?}");
    }
}

#[test]
fn split_and_unclosed_quotes() {
    let t = "\"The budget is late,\" Ivo Brandt said, \"and the schools will pay.\"\n\
             \"We warned them twice.\n\
             \"Nobody listened,\" he said.";
    let c = extract(t);
    let q = of_kind(&c, ClaimKind::Quote);
    let texts: Vec<&str> = q.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "\"The budget is late,\"",
            "\"and the schools will pay.\"",
            "\"We warned them twice.",
            "\"Nobody listened,\""
        ]
    );
    assert!(
        q.iter().all(|c| c.speaker.as_deref() == Some("Ivo Brandt")),
        "{q:#?}"
    );
}

#[test]
fn scare_quotes_are_not_quotes() {
    let c = extract("Voters backed the \"Remain\" campaign in large numbers across the region.");
    assert!(of_kind(&c, ClaimKind::Quote).is_empty(), "{c:#?}");
}

#[test]
fn threats_reported_and_quoted() {
    let t = "Northland warned on Monday that it would close the border. \
             “If they cross the line, we will retaliate,” the general said.";
    let c = extract(t);
    let th = of_kind(&c, ClaimKind::Threat);
    assert_eq!(th.len(), 2, "{th:#?}");
    assert_eq!(th[0].kind, ClaimKind::Threat);
    assert_eq!(th[1].kind, ClaimKind::Quote);
}

#[test]
fn attributions_name_their_source() {
    let t = "The river flooded three villages, according to the regional water authority. \
             Farmers in the valley said the harvest was lost. \
             A survey for the union suggests wages fell.";
    let c = extract(t);
    let a = of_kind(&c, ClaimKind::Attribution);
    let texts: Vec<&str> = a.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "according to the regional water authority",
            "Farmers in the valley said",
            "A survey for the union suggests"
        ]
    );
    assert_eq!(
        a[0].speaker.as_deref(),
        Some("the regional water authority")
    );
}

#[test]
fn quote_tags_are_not_attributions() {
    let c = extract("\"The bridge is safe,\" the engineer said on Tuesday.");
    assert!(of_kind(&c, ClaimKind::Attribution).is_empty(), "{c:#?}");
}

#[test]
fn statements_are_scored_sentences() {
    let t =
        "The Eastland parliament approved the new constitution in February after weeks of debate. \
             I think that is nice.";
    let c = extract(t);
    let s = of_kind(&c, ClaimKind::Statement);
    assert_eq!(s.len(), 1, "{c:#?}");
    assert!(s[0].text.starts_with("The Eastland parliament"));
}

#[test]
fn statement_score_is_the_rule_score_blended_with_the_model() {
    let t =
        "The Eastland parliament approved the new constitution in February after weeks of debate.";
    let score = |model: &dyn Fn(&str) -> f32| {
        let c = extract_with(t, model);
        let s = of_kind(&c, ClaimKind::Statement);
        assert_eq!(s.len(), 1, "{c:#?}");
        s[0].score
    };
    // Rules alone: 0.25, two names 0.14, a month 0.05, an "-ed" verb 0.10.
    assert!((score(&|_| 0.0) - 0.54).abs() < 1e-6);
    // A trained model's score is averaged with the rules'.
    assert!((score(&|_| 0.9) - 0.72).abs() < 1e-6);
}

#[test]
fn empty_and_blank_inputs() {
    assert!(extract("").is_empty());
    assert!(extract("   \n\n  ").is_empty());
}
