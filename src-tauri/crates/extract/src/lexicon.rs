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

/// A set of words as an open-addressed table built at compile time and probed with a hash
/// of the word's bytes. A look-up hashes the word and compares it with one or two
/// candidates, in a few dozen instructions of shared code, where a `match` over hundreds of
/// words compiles to long chains of comparisons that crowd the instruction cache.
pub(crate) struct WordSet<const SLOTS: usize> {
    words: &'static [&'static str],
    slots: [Slot; SLOTS],
}

/// A slot of a [`WordSet`]: the key of the word stored there and its index in the word
/// array. An empty slot has length 0 (listed words are never empty).
#[derive(Clone, Copy)]
struct Slot {
    key: WordKey,
    index: u16,
}

/// A word's length and two (possibly overlapping) chunks of its bytes that together cover
/// words of up to 16 bytes: equal keys mean equal words up to that length, so a probe
/// compares a few integers instead of calling a byte compare.
#[derive(Clone, Copy, PartialEq, Eq)]
struct WordKey {
    len: usize,
    head: u64,
    tail: u64,
}

/// Longest word a [`WordKey`] identifies; longer words are compared in full.
const KEYED_LEN: usize = 16;

impl WordKey {
    const EMPTY: WordKey = WordKey {
        len: 0,
        head: 0,
        tail: 0,
    };

    #[inline]
    const fn of(b: &[u8]) -> WordKey {
        let len = b.len();
        let (head, tail) = if len >= 8 {
            (
                u64::from_le_bytes(*b.first_chunk::<8>().unwrap()),
                u64::from_le_bytes(*b.last_chunk::<8>().unwrap()),
            )
        } else if len >= 4 {
            (
                u32::from_le_bytes(*b.first_chunk::<4>().unwrap()) as u64,
                u32::from_le_bytes(*b.last_chunk::<4>().unwrap()) as u64,
            )
        } else if len > 0 {
            (
                (b[0] as u64) | (b[len / 2] as u64) << 8 | (b[len - 1] as u64) << 16,
                0,
            )
        } else {
            (0, 0)
        };
        WordKey { len, head, tail }
    }

    /// Slot index of the key in a table of `slots` (a power of two) entries: the top bits of
    /// a multiplicative hash, which mix all the key's bits.
    #[inline]
    const fn home(&self, slots: usize) -> usize {
        let mixed = (self.head ^ self.tail.rotate_left(32)).wrapping_add(self.len as u64);
        let h = mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - slots.trailing_zeros())) as usize
    }
}

/// Table size for `n` words: a power of two at least twice `n`, so probe runs stay short.
pub(crate) const fn slots_for(n: usize) -> usize {
    (2 * n).next_power_of_two()
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
        assert!(
            SLOTS.is_power_of_two()
                && SLOTS > 1
                && words.len() < SLOTS
                && words.len() <= u16::MAX as usize
        );
        let empty = Slot {
            key: WordKey::EMPTY,
            index: 0,
        };
        let mut slots = [empty; SLOTS];
        let mut k = 0;
        while k < words.len() {
            let b = words[k].as_bytes();
            assert!(!b.is_empty());
            let key = WordKey::of(b);
            let mut i = key.home(SLOTS);
            loop {
                if slots[i].key.len == 0 {
                    slots[i] = Slot {
                        key,
                        index: k as u16,
                    };
                    break;
                }
                // A word listed twice keeps its first slot.
                if same_bytes(words[slots[i].index as usize].as_bytes(), b) {
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
        let key = WordKey::of(w.as_bytes());
        let mut i = key.home(SLOTS);
        loop {
            let slot = &self.slots[i];
            if slot.key.len == 0 {
                return false;
            }
            if slot.key == key && (key.len <= KEYED_LEN || self.words[slot.index as usize] == w) {
                return true;
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }
}

mod grammar;
mod people;
mod speech;

pub use grammar::{is_abbreviation, is_function_word, is_month, is_weekday};
pub(crate) use grammar::{MONTH_LENGTHS, WEEKDAY_LENGTHS};
pub use people::{
    honorific_gender, is_document_noun, is_role_noun, is_title, is_title_with_full_stop,
    pronoun_gender, Gender,
};
pub use speech::{
    is_attribution_cue, is_aux_or_adverb, is_quote_tag_verb, is_speech_verb, is_two_word_tag,
};
pub(crate) use speech::{may_open_attribution, ACCORDING};

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

    const WORDS: &[&str] = &[
        "said",
        "says",
        "a",
        "to",
        "two",
        "told",
        "according",
        "said",
        "internationalisation",
        "internationalization",
    ];
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
            "tw",
            "t",
            "too",
            "internationalisatiob",
            "internationalixation",
            "internationalisations",
        ] {
            assert!(!SET.contains(w), "{w}");
        }
    }
}
