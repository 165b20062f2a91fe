//! Word lists: speech verbs, titles, roles, pronouns, function words. Pure look-ups on
//! lower-case words so every detector agrees on what counts as a cue.

/// Declares a word list once: `$words`, a constant array from which prefilter tables are
/// built, and `$test`, a look-up in a [`WordSet`] of the same words built at compile time.
macro_rules! word_list {
    ($(#[$doc:meta])* $words:ident, $test:ident, [$($w:literal),+ $(,)?]) => {
        $(#[$doc])*
        const $words: &[&str] = &[$($w),+];
        fn $test(w: &str) -> bool {
            static SET: $crate::lexicon::WordSet<{ $crate::lexicon::slots_for($words.len()) }> =
                $crate::lexicon::WordSet::new($words);
            SET.contains(w)
        }
    };
}

/// A set of words as an open-addressed table of indices into the word array, built at
/// compile time and probed with a hash of the word's bytes. A look-up hashes the word and
/// compares it with one or two candidates, in a few dozen instructions of shared code, where
/// a `match` over hundreds of words compiles to long chains of comparisons that crowd the
/// instruction cache.
pub(crate) struct WordSet<const SLOTS: usize> {
    words: &'static [&'static str],
    /// Index into `words` plus one; 0 marks an empty slot.
    slots: [u16; SLOTS],
}

/// Table size for `n` words: a power of two at least twice `n`, so probe runs stay short.
pub(crate) const fn slots_for(n: usize) -> usize {
    (2 * n).next_power_of_two()
}

/// A hash of the word's length and its first two and last two bytes: constant work per
/// word, and words of one list rarely agree on all five. Empty words hash like any other.
#[inline]
const fn word_hash(b: &[u8]) -> u64 {
    let n = b.len();
    if n == 0 {
        return 0;
    }
    let key = (n as u64)
        | (b[0] as u64) << 8
        | (b[if n > 1 { 1 } else { 0 }] as u64) << 16
        | (b[n - 1] as u64) << 24
        | (b[n.saturating_sub(2)] as u64) << 32;
    let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// Whether two byte strings are equal (`==` on slices is not usable in constants).
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<const SLOTS: usize> WordSet<SLOTS> {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet<SLOTS> {
        assert!(SLOTS.is_power_of_two() && words.len() < SLOTS && words.len() < u16::MAX as usize);
        let mut slots = [0u16; SLOTS];
        let mut k = 0;
        while k < words.len() {
            let b = words[k].as_bytes();
            let mut i = word_hash(b) as usize & (SLOTS - 1);
            loop {
                if slots[i] == 0 {
                    slots[i] = k as u16 + 1;
                    break;
                }
                // A word listed twice keeps its first slot.
                if same_bytes(words[slots[i] as usize - 1].as_bytes(), b) {
                    break;
                }
                i = (i + 1) & (SLOTS - 1);
            }
            k += 1;
        }
        WordSet { words, slots }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let mut i = word_hash(w.as_bytes()) as usize & (SLOTS - 1);
        loop {
            match self.slots[i] {
                0 => return false,
                k if self.words[k as usize - 1] == w => return true,
                _ => i = (i + 1) & (SLOTS - 1),
            }
        }
    }
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

#[cfg(test)]
mod word_set_tests {
    use super::*;

    const WORDS: &[&str] = &["said", "says", "a", "told", "according", "said"];
    static SET: WordSet<{ slots_for(WORDS.len()) }> = WordSet::new(WORDS);

    #[test]
    fn finds_exactly_the_listed_words() {
        for w in WORDS {
            assert!(SET.contains(w), "{w}");
        }
        for w in [
            "",
            "sai",
            "saids",
            "Said",
            "sadi",
            "b",
            "accordingly",
            "tolds",
        ] {
            assert!(!SET.contains(w), "{w}");
        }
    }
}
