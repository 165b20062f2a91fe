//! Tests of the embedded check-worthiness model.

use super::checkworthiness;
use super::features::{crc_finish, crc_update, normalise, words, CRC_INIT};

static GOLDEN: &str = include_str!("../../model/golden.tsv");

#[test]
fn matches_the_training_script_scores() {
    let mut n = 0;
    for line in GOLDEN.lines() {
        let (expected, sentence) = line.split_once('\t').expect("score<TAB>sentence");
        let expected: f32 = expected.parse().expect("score");
        let got = checkworthiness(sentence);
        assert!(
            (got - expected).abs() < 1e-4,
            "{sentence:?}: rust {got} python {expected}"
        );
        n += 1;
    }
    assert!(n >= 20, "golden file has only {n} sentences");
}

#[test]
fn crc32_is_the_zlib_one() {
    let crc = |s: &str| crc_finish(crc_update(CRC_INIT, s.as_bytes()));
    assert_eq!(crc(""), 0);
    assert_eq!(crc("123456789"), 0xCBF4_3926);
}

#[test]
fn tokeniser_keeps_inner_apostrophes_and_marks() {
    let mut norm = String::new();
    normalise("Don’t pay 45% — “now”? ’Tis 2019's", &mut norm);
    let mut toks = Vec::new();
    words(&norm, &mut toks);
    assert_eq!(
        toks,
        ["don't", "pay", "00", "%", "-", "\"", "now", "\"", "?", "tis", "0000's"]
            .iter()
            .filter(|t| **t != "-")
            .copied()
            .collect::<Vec<_>>()
    );
}

#[test]
fn figures_score_higher_than_opinions_and_greetings() {
    let factual = [
        "The unemployment rate fell to 4.1 percent in 2017, the lowest in 17 years.",
        "Federal spending rose by $400 billion over the last four years.",
        "More than 30,000 people were killed in road accidents last year.",
    ];
    let chatter = [
        "Good evening and welcome, everyone.",
        "I think that's a wonderful idea.",
        "Thank you very much.",
        "What do you say to that?",
    ];
    let lowest_fact = factual
        .iter()
        .map(|s| checkworthiness(s))
        .fold(1.0, f32::min);
    let highest_chat = chatter
        .iter()
        .map(|s| checkworthiness(s))
        .fold(0.0, f32::max);
    assert!(
        lowest_fact > highest_chat,
        "facts {lowest_fact} <= chatter {highest_chat}"
    );
    assert!(lowest_fact > 0.5, "a factual figure scores {lowest_fact}");
    assert!(highest_chat < 0.5, "chatter scores {highest_chat}");
}

#[test]
fn any_input_gives_a_probability() {
    let long = "1,000,000 ".repeat(20_000);
    for s in [
        "",
        " ",
        "\u{0}",
        "???",
        "ééé ‘’ “”",
        "\u{1F600}\u{1F600}",
        &long,
    ] {
        let p = checkworthiness(s);
        assert!((0.0..=1.0).contains(&p) && p.is_finite(), "{s:?} -> {p}");
    }
}
