//! Word lists: speech verbs, titles, roles, pronouns, function words. Pure look-ups on
//! lower-case words so every detector agrees on what counts as a cue.

/// Declares a word list once: `$words`, a constant array from which prefilter tables are
/// built, and `$test`, a `matches!` over the same words (compiled to a switch on length).
macro_rules! word_list {
    ($(#[$doc:meta])* $words:ident, $test:ident, [$($w:literal),+ $(,)?]) => {
        $(#[$doc])*
        const $words: &[&str] = &[$($w),+];
        fn $test(w: &str) -> bool {
            matches!(w, $($w)|+)
        }
    };
}

mod grammar;
mod people;
mod speech;

pub use grammar::{is_abbreviation, is_function_word, is_month, is_weekday};
pub use people::{
    honorific_gender, is_document_noun, is_role_noun, is_title, is_title_with_full_stop,
    pronoun_gender, Gender,
};
pub use speech::{
    is_attribution_cue, is_aux_or_adverb, is_quote_tag_verb, is_speech_verb, is_two_word_tag,
};

/// For each first letter a to z, a bit per length (< 32) of some word in `words`, which must
/// all start with a lower-case ASCII letter.
pub(crate) const fn first_letter_lengths(words: &[&str]) -> [u32; 26] {
    let mut t = [0u32; 26];
    let mut k = 0;
    while k < words.len() {
        let b = words[k].as_bytes();
        assert!(b[0].is_ascii_lowercase() && b.len() < 32);
        t[(b[0] - b'a') as usize] |= 1 << b.len();
        k += 1;
    }
    t
}

/// Whether `w` starts with a lower-case ASCII letter and has a length `table` marks for it.
#[inline]
pub(crate) fn may_be_listed(table: &[u32; 26], w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&f) if f.is_ascii_lowercase() && w.len() < 32 => {
            table[(f - b'a') as usize] & (1 << w.len()) != 0
        }
        _ => false,
    }
}
