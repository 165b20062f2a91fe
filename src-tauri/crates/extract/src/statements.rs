//! Check-worthy statements: narrated or reported factual sentences that are not already a
//! figure, a quote or a threat. A rule-based score (named entities, reported speech, dates,
//! factual verbs; opinion, first person and questions count against) is blended with the
//! check-worthiness model, and sentences scoring under the threshold are dropped.

use crate::lexicon::{
    is_function_word, is_month, is_weekday, may_be_listed, MONTH_LENGTHS, WEEKDAY_LENGTHS,
};
use crate::text::{is_capitalized, Doc, Word};

/// Sentences scoring below this are not claims.
pub const THRESHOLD: f32 = 0.5;

/// What the extractor already knows about a sentence.
pub struct Facts {
    pub has_attribution: bool,
    /// Share of the sentence's bytes inside direct quotes.
    pub quoted_share: f32,
}

/// Rule-based check-worthiness of a sentence in [0, 1].
pub fn rule_score(text: &Doc, words: &[Word], start: usize, end: usize, facts: &Facts) -> f32 {
    let n = words.len();
    if !(8..=80).contains(&n) || facts.quoted_share > 0.5 {
        return 0.0;
    }
    let sentence = &text[start..end];
    if sentence.ends_with('?') || sentence.ends_with(':') {
        return 0.0;
    }
    let mut score: f32 = 0.25;
    let mut entities = 0;
    let mut dated = false;
    let mut factual_verb = false;
    let mut personal = false;
    let mut opinion = false;
    let bytes = text.as_bytes();
    let lower = text.lower_text();
    for (i, w) in words.iter().enumerate() {
        let (s, e) = (w.start, w.end);
        if e - s > 16 || s == e {
            // In no list (their words are short), so such a word only counts as a name.
            if i > 0 && entities < 4 && is_capitalized(&text[s..e]) {
                entities += 1;
            }
            continue;
        }
        // The capital is read off the first byte, without cutting out the word, unless that
        // byte starts a non-ASCII letter.
        let capitalized = if bytes[s].is_ascii() {
            bytes[s].is_ascii_uppercase()
        } else {
            is_capitalized(&text[s..e])
        };
        let l = &lower[s..e];
        if i > 0 && entities < 4 && capitalized && !is_function_word(l) {
            entities += 1;
        }
        // Most words fail on their first letter and length for every list at once.
        if may_be_listed(&LOOKED_UP_LENGTHS, l) {
            match signal(l) {
                Signal::Dated => dated = true,
                Signal::FactualVerb => factual_verb = true,
                Signal::Personal => personal = true,
                Signal::Opinion => opinion = true,
                Signal::None => {}
            }
            // The calendar look-ups only until one date word is found.
            dated = dated || is_weekday(l) || is_month(l);
        }
        factual_verb = factual_verb || l.ends_with("ed") && l.len() > 4;
    }
    score += (entities.min(4) as f32) * 0.07;
    if facts.has_attribution {
        score += 0.15;
    }
    if dated {
        score += 0.05;
    }
    if factual_verb {
        score += 0.1;
    }
    if personal {
        score -= 0.3;
    }
    if opinion {
        score -= 0.25;
    }
    score.clamp(0.0, 1.0)
}

/// What a listed word says about its sentence.
#[derive(PartialEq, Eq)]
enum Signal {
    /// A time reference: the sentence reports something dated.
    Dated,
    /// A verb of narrated fact.
    FactualVerb,
    /// First or second person: the writer or a speaker talking.
    Personal,
    /// Opinion or speculation.
    Opinion,
    None,
}

/// The signal of a lower-case word, from the lists below (weekdays, months and "-ed" verbs
/// are tested apart). Most words fail on their first letter and length, and a word that
/// passes is searched for only in the lists that hold a word of its shape.
fn signal(l: &str) -> Signal {
    let b = l.as_bytes();
    let (Some(&f), true) = (b.first(), b.len() < 32) else {
        return Signal::None;
    };
    if !f.is_ascii_lowercase() {
        return Signal::None;
    }
    let (row, bit) = ((f - b'a') as usize, 1u32 << b.len());
    if SIGNAL_LENGTHS[row] & bit == 0 {
        Signal::None
    } else if DATED_LENGTHS[row] & bit != 0 && is_dated_word(l) {
        Signal::Dated
    } else if FACTUAL_LENGTHS[row] & bit != 0 && is_factual_verb(l) {
        Signal::FactualVerb
    } else if PERSONAL_LENGTHS[row] & bit != 0 && is_personal_word(l) {
        Signal::Personal
    } else if OPINION_LENGTHS[row] & bit != 0 && is_opinion_word(l) {
        Signal::Opinion
    } else {
        Signal::None
    }
}

word_list!(
    /// Time references: the sentence reports something dated.
    DATED_WORDS,
    is_dated_word,
    ["yesterday", "today", "year", "years", "week", "month", "decades", "since"]
);

word_list!(
    /// Verbs of narrated fact.
    FACTUAL_VERBS,
    is_factual_verb,
    [
        "has", "have", "had", "was", "were", "began", "met", "came", "took", "left", "won",
        "lost", "is", "are"
    ]
);

word_list!(
    /// First and second person.
    PERSONAL_WORDS,
    is_personal_word,
    ["i", "we", "you", "my", "our", "your", "me", "us"]
);

word_list!(
    /// Opinion and speculation.
    OPINION_WORDS,
    is_opinion_word,
    [
        "should",
        "must",
        "ought",
        "perhaps",
        "seems",
        "hopefully",
        "admire",
        "sees",
        "symbolic",
        "already",
        "lighter",
        "wished",
        "fun",
        "impression"
    ]
);

/// First letters and lengths of the words of each signal list, and of all four.
const DATED_LENGTHS: [u32; 26] = crate::lexicon::first_letter_lengths(DATED_WORDS);
const FACTUAL_LENGTHS: [u32; 26] = crate::lexicon::first_letter_lengths(FACTUAL_VERBS);
const PERSONAL_LENGTHS: [u32; 26] = crate::lexicon::first_letter_lengths(PERSONAL_WORDS);
const OPINION_LENGTHS: [u32; 26] = crate::lexicon::first_letter_lengths(OPINION_WORDS);
const SIGNAL_LENGTHS: [u32; 26] = {
    let mut all = [0u32; 26];
    let mut k = 0;
    while k < 26 {
        all[k] = DATED_LENGTHS[k] | FACTUAL_LENGTHS[k] | PERSONAL_LENGTHS[k] | OPINION_LENGTHS[k];
        k += 1;
    }
    all
};

/// First letters and lengths of every word [`rule_score`] looks up: the signal lists, the
/// months and the weekdays.
const LOOKED_UP_LENGTHS: [u32; 26] = {
    let mut all = [0u32; 26];
    let mut k = 0;
    while k < 26 {
        all[k] = SIGNAL_LENGTHS[k] | MONTH_LENGTHS[k] | WEEKDAY_LENGTHS[k];
        k += 1;
    }
    all
};

/// Combines the rule score with the model's. A model that gives exactly 0 for every input
/// is not trained yet, so the rules decide alone.
pub fn combined(rule: f32, model: f32) -> f32 {
    if model <= 0.0 {
        rule
    } else {
        0.5 * rule + 0.5 * model
    }
}
