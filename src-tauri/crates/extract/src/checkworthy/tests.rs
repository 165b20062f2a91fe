//! Tests of the embedded check-worthiness model.

use super::checkworthiness;
use super::features::{
    char_grams, crc_finish, crc_update, normalise, pair_bucket, tokens, word_hash, CRC_INIT,
};

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
fn hashes_match_the_training_script() {
    // Values printed by train/features.py.
    assert_eq!(word_hash("claim"), 0x7a05_3ff4_8577_8e6e);
    assert_eq!(word_hash("don't"), 0x414f_b930_cac5_a975);
    assert_eq!(word_hash("internationalisation"), 0xa5c7_05aa_22d2_444c);
    assert_eq!(
        pair_bucket(word_hash("<s>"), word_hash("claim"), 18),
        209_528
    );
    let mut grams = Vec::new();
    char_grams("AB", 1, 5, (1 << 18) - 1, |g| grams.push(g));
    grams.sort_unstable();
    assert_eq!(
        grams,
        [31573, 39811, 76527, 99718, 121095, 187716, 194297, 199251, 199251, 200459]
    );
}

/// The character n-grams as the training script lists them: for each end
/// position and length, the CRC-32 of `"c"` + the gram, computed afresh.
fn char_grams_by_definition(raw: &str, min_n: usize, max_n: usize, mask: u32) -> Vec<usize> {
    let mut norm = String::new();
    normalise(raw, &mut norm);
    let padded: Vec<char> = format!(" {norm} ").chars().collect();
    let mut out = Vec::new();
    for n in min_n..=max_n {
        for gram in padded.windows(n) {
            let key: String = std::iter::once('c').chain(gram.iter().copied()).collect();
            out.push((crc_finish(crc_update(CRC_INIT, key.as_bytes())) & mask) as usize);
        }
    }
    out.sort_unstable();
    out
}

#[test]
fn char_grams_are_those_of_the_definition() {
    let long = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    for raw in [
        "",
        "a",
        "AB",
        "x0",
        "Don't",
        "zorblaxian",
        "ZÜRICH",
        "café",
        "naïve2019",
        "\u{1F600}",
        "abcdefghijklmnopqrstuvwxyz0123",
        "abcdefghijklmnopqrstuvwxyz01234",
        long,
    ] {
        for (min_n, max_n) in [(1, 5), (2, 4), (3, 3), (1, 8), (5, 5)] {
            let mut got = Vec::new();
            char_grams(raw, min_n, max_n, (1 << 18) - 1, |g| got.push(g));
            got.sort_unstable();
            assert_eq!(
                got,
                char_grams_by_definition(raw, min_n, max_n, (1 << 18) - 1),
                "{raw:?} {min_n}..={max_n}"
            );
        }
    }
}

/// Normalised tokens of `text`, each checked against its hash.
fn toks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    tokens(text, |t| {
        let mut norm = String::new();
        normalise(&text[t.start..t.end], &mut norm);
        assert_eq!(t.hash, word_hash(&norm), "hash of {norm:?}");
        assert_eq!(t.digit, norm.contains('0'), "digit flag of {norm:?}");
        assert_eq!(
            t.upper,
            t.word && text.as_bytes()[t.start].is_ascii_uppercase(),
            "capital flag of {norm:?}"
        );
        assert_eq!(
            t.word,
            norm.len() > 1 || !"?!%$\"".contains(&norm),
            "{norm:?}"
        );
        out.push(norm);
    });
    out
}

#[test]
fn tokeniser_keeps_inner_apostrophes_and_marks() {
    assert_eq!(
        toks("Don’t pay 45% — “now”? ’Tis 2019's"),
        ["don't", "pay", "00", "%", "\"", "now", "\"", "?", "tis", "0000's"]
    );
    assert_eq!(toks("Café ZÜRICH x'"), ["café", "zÜrich", "x"]);
    assert_eq!(toks("rock'n'roll ''"), ["rock'n'roll"]);
    assert_eq!(toks("a\u{a0}b\u{2013}c"), ["a", "b", "c"]);
    assert!(toks("  ... ").is_empty());
    // Words of every length around the eight-byte chunks, whole or broken
    // by digits, apostrophes, non-ASCII letters and marks at every offset.
    let letters = "AbcdefghIJKLMNOPqrstuvwXYZabcdefghij";
    for len in 1..letters.len() {
        let w = &letters[..len];
        for text in [
            w.to_string(),
            format!("{w} {w}"),
            format!("{w}1{w}"),
            format!("{w}'{w}"),
            format!("{w}’{w}."),
            format!("{w}é{w}"),
            format!("{w}?{w}!"),
            format!("{w}@{w}[{w}`{w}{{"),
            format!("x {w}' {w}''"),
        ] {
            toks(&text);
        }
    }
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
fn unknown_words_fall_back_to_their_character_grams() {
    // Made-up words are outside the vocabulary; their character n-grams still
    // carry weight, so two different ones change the score differently.
    let a = checkworthiness("The zorblaxian budget grew by 40 percent.");
    let b = checkworthiness("The qwfpgjluy budget grew by 40 percent.");
    assert!(a != b, "{a} == {b}");
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
        "'",
        "x\u{2019}",
        &long,
    ] {
        let p = checkworthiness(s);
        assert!((0.0..=1.0).contains(&p) && p.is_finite(), "{s:?} -> {p}");
    }
}
