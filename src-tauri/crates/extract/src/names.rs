//! Personal names: runs of capitalised words, title stripping, and the decision whether a
//! run names a person (it follows a title or role, or a speech verb is attached to it).

use crate::lexicon::{is_function_word, is_month, is_title, is_weekday};
use crate::text::{is_capitalized, lw, strip_possessive, Doc, Word};

word_list!(
    /// Lower-case particles that may sit inside a name ("Marit in 't Zand", "Ludwig van
    /// Beethoven").
    NAME_PARTICLES,
    is_name_particle,
    [
        "in", "'t", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos",
        "das", "bin", "ibn", "al", "el", "ter", "ten", "y"
    ]
);

/// Whether a particle may start with byte `c` (every one does: checked below).
const fn particle_may_start(c: u8) -> bool {
    matches!(
        c,
        b'i' | b'\'' | b'v' | b'd' | b'l' | b'b' | b'a' | b'e' | b't' | b'y'
    )
}

// Every particle has at most three bytes and a first byte `particle_may_start` accepts.
const _: () = {
    let mut k = 0;
    while k < NAME_PARTICLES.len() {
        let b = NAME_PARTICLES[k].as_bytes();
        assert!(b.len() <= 3 && particle_may_start(b[0]));
        k += 1;
    }
};

/// [`is_name_particle`] of a word, most words failing on their length or first byte
/// before the text is sliced.
#[inline(always)]
fn particle_at(text: &str, w: Word) -> bool {
    w.end - w.start <= 3
        && text
            .as_bytes()
            .get(w.start)
            .is_some_and(|&c| particle_may_start(c))
        && is_name_particle(&text[w.start..w.end])
}

/// Words that make a capitalised run an organisation or place rather than a person.
#[inline]
pub fn is_org_word(w: &str) -> bool {
    // Most words fail on their first letter and length before the list is searched.
    crate::lexicon::may_be_listed(&ORG_WORD_LENGTHS, w) && is_org_word_listed(w)
}

word_list!(
    /// The words [`is_org_word`] accepts, for its first-letter and length table.
    ORG_WORDS,
    is_org_word_listed,
    [
        "office",
        "council",
        "party",
        "ministry",
        "department",
        "commission",
        "house",
        "parliament",
        "committee",
        "union",
        "nations",
        "states",
        "agency",
        "court",
        "army",
        "force",
        "forces",
        "government",
        "league",
        "movement",
        "front",
        "institute",
        "university",
        "news",
        "post",
        "times",
        "journal",
        "act",
        "bowl",
        "service",
        "services",
        "bank",
        "fund",
        "group",
        "corporation",
        "company",
        "association",
        "organisation",
        "organization",
        "center",
        "centre",
        "foundation",
        "network",
        "press",
        "tv",
        "radio",
        "channel",
        "street",
        "square",
        "city",
        "county",
        "republic",
        "kingdom",
        "administration",
        "senate",
        "congress",
        "assembly",
        "police",
        "guard",
        "navy",
        "airlines",
        "inc",
        "ltd",
        "corp",
        "club",
        "school",
        "college",
        "hospital",
        "church",
        "campaign",
        "coalition",
        "alliance",
        "board",
        "authority",
        "tribunal",
        "unit",
        "bureau",
        "federation",
        "review",
        "magazine",
        "daily",
        "herald",
        "tribune",
        "telegraph",
        "guardian",
        "gazette",
        "examiner",
        "reuters",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "watch",
        "trust",
        "sea",
        "river",
        "island",
        "islands",
        "mountains",
        "valley",
        "coast",
        "airport",
        "region",
        "province",
        "district",
        "east",
        "west",
        "north",
        "south",
        "summit",
        "treaty",
        "convention",
        "conference",
        "forum",
        "games",
        "cup",
        "day",
        "week",
        "election",
        "primary",
        "caucus",
        "debate",
        "show",
        "hall",
        "tower",
        "palace",
        "media",
        "online",
        "today",
        "abc",
        "cnn",
        "bbc",
        "nbc",
        "cbs",
        "fox",
        "msnbc",
        "ap",
        "afp",
        "gop",
        "eu",
        "un",
        "nato",
        "fbi",
        "cia",
        "usa",
        "uk",
        "us",
        "america",
        "europe",
        "africa",
        "asia",
        "internet",
        "facebook",
        "twitter",
        "google"
    ]
);

const ORG_WORD_LENGTHS: [u32; 26] = crate::lexicon::first_letter_lengths(ORG_WORDS);

/// Maximal runs of capitalised words among `words` (particles allowed inside a run).
/// Returns index ranges into `words`.
pub fn runs(text: &Doc, words: &[Word]) -> Vec<(usize, usize)> {
    Runs::new(text, words).collect()
}

/// The runs [`runs`] lists, one at a time, for callers that look at each once (the people
/// tracker reads every sentence this way, so no list is built per sentence).
pub struct Runs<'a> {
    text: &'a str,
    words: &'a [Word],
    i: usize,
}

impl<'a> Runs<'a> {
    pub fn new(text: &'a str, words: &'a [Word]) -> Runs<'a> {
        Runs { text, words, i: 0 }
    }
}

impl Iterator for Runs<'_> {
    type Item = (usize, usize);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        let (text, words) = (self.text, self.words);
        // Most words are not capitalised: skip them with one byte test each.
        let mut i = self.i;
        i += words[i.min(words.len())..]
            .iter()
            .position(|w| capitalized_at(text, *w))
            .unwrap_or(words.len().saturating_sub(i));
        if i >= words.len() {
            self.i = i;
            return None;
        }
        let s = i;
        let mut e = i + 1;
        loop {
            if e >= words.len() || !adjacent(text, words[e - 1], words[e]) {
                break;
            }
            if capitalized_at(text, words[e]) || article_prefixed(text, words[e]) {
                e += 1;
                continue;
            }
            // Particles: keep them only when a capitalised word follows.
            let mut k = e;
            while k < words.len() && particle_at(text, words[k]) {
                k += 1;
            }
            if k > e
                && k < words.len()
                && adjacent(text, words[k - 1], words[k])
                && is_capitalized(&text[words[k].start..words[k].end])
                && !ends_with_possessive(&text[words[e - 1].start..words[e - 1].end])
            {
                e = k + 1;
                continue;
            }
            break;
        }
        self.i = e;
        Some((s, e))
    }
}

/// "al-Amin", "el-Sayed": the Arabic article joined to a capitalised name inside a run.
fn article_prefixed(text: &str, w: Word) -> bool {
    let b = &text.as_bytes()[w.start..w.end];
    b.len() > 4 && (b.starts_with(b"al-") || b.starts_with(b"el-")) && b[3].is_ascii_uppercase()
}

/// [`is_capitalized`] of a word, read from its first byte when that is ASCII.
#[inline(always)]
fn capitalized_at(text: &str, w: Word) -> bool {
    let Some(&c) = text.as_bytes().get(w.start) else {
        return false;
    };
    // Most words are turned away by one table look-up on their first byte.
    MAY_START_CAPITAL[c as usize]
        && w.start < w.end
        && (c.is_ascii_uppercase() || is_capitalized(&text[w.start..w.end]))
}

/// The bytes a capitalised word can start with: ASCII capitals, and any non-ASCII byte
/// (whose character is then decoded).
const MAY_START_CAPITAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_uppercase() || c >= 0x80;
        c += 1;
    }
    t
};

fn ends_with_possessive(w: &str) -> bool {
    possessive_stem(w).len() != w.len()
}

/// [`strip_possessive`], skipped when the last byte cannot end a possessive: every ending
/// ('s ’s ' ’) ends in one of these bytes.
#[inline]
pub(crate) fn possessive_stem(w: &str) -> &str {
    if w.as_bytes().last().is_some_and(|&c| may_end_possessive(c)) {
        strip_possessive(w)
    } else {
        w
    }
}

/// Whether a word ending in byte `c` may end in a possessive ('s ’s ' ’).
#[inline(always)]
fn may_end_possessive(c: u8) -> bool {
    matches!(c, b's' | b'\'' | 0x99)
}

/// Two words are adjacent in a name when only spaces separate them, or the full stop of an
/// honorific or initial ("Mr. King", "Charles B. Rangel").
#[inline(always)]
fn adjacent(text: &str, a: Word, b: Word) -> bool {
    // The usual gap, a single space, decided without slicing the text.
    if b.start == a.end + 1 && text.as_bytes()[a.end] == b' ' {
        return true;
    }
    adjacent_gap(text, a, b)
}

/// [`adjacent`] for gaps other than a single space.
#[inline(never)]
fn adjacent_gap(text: &str, a: Word, b: Word) -> bool {
    let gap = &text[a.end..b.start];
    if gap.bytes().all(|c| c == b' ') && !gap.is_empty() {
        return true;
    }
    let prev = &text[a.start..a.end];
    gap.starts_with(". ")
        && gap[1..].bytes().all(|c| c == b' ')
        && (crate::lexicon::is_abbreviation(&crate::text::Lower::new(prev))
            || (prev.len() == 1 && prev.as_bytes()[0].is_ascii_uppercase()))
}

/// A personal name found by [`clean_name`]: byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    /// Where the name's last word (its surname) starts.
    pub last: usize,
    /// A title was dropped from the front ("Sen. Ann Lee").
    pub titled: bool,
}

/// `w` without trailing full stops (words never hold one, so this is nearly always `w`).
#[inline]
fn trim_full_stops(w: &str) -> &str {
    if w.as_bytes().last() == Some(&b'.') {
        w.trim_end_matches('.')
    } else {
        w
    }
}

/// Cleans a capitalised run into a personal name: keeps what follows the last possessive
/// ("the network's Ann Lee" → "Ann Lee"), drops leading titles, function
/// words and weekdays. Returns the name, or None when nothing name-like is left.
#[inline]
pub fn clean_name(text: &Doc, words: &[Word], s: usize, e: usize) -> Option<Name> {
    // Most runs are one word: their test is inlined where the runs are read.
    if e == s + 1 {
        clean_one_word(text, words[s])
    } else {
        clean_run(text, words, s, e)
    }
}

/// [`clean_name`] of a run of two or more words.
#[inline(never)]
fn clean_run(text: &Doc, words: &[Word], s: usize, e: usize) -> Option<Name> {
    let first = s;
    let mut s = s;
    // A possessive on any word but the last starts the name after it.
    let but_last = words.get(first..e.saturating_sub(1)).unwrap_or(&[]);
    for (k, w) in but_last.iter().enumerate() {
        // Only a word ending in a possessive's last byte is cut out of the text.
        if w.end > w.start
            && may_end_possessive(text.as_bytes()[w.end - 1])
            && ends_with_possessive(&text[w.start..w.end])
        {
            s = first + k + 1;
        }
    }
    let mut titled = false;
    // Whether the loop below found word `s` not to be a function word.
    let mut first_not_function = false;
    while s < e {
        let lower = text.lower(words[s].start, words[s].end);
        let w = trim_full_stops(lower);
        if is_title(w) || crate::lexicon::is_title_with_full_stop(w) {
            titled = true;
            s += 1;
        } else if is_function_word(w)
            || is_weekday(w)
            || is_month(w)
            || is_demonym_before_title(text, words, s, e)
        {
            s += 1;
        } else {
            first_not_function = w.len() == lower.len();
            break;
        }
    }
    let mut e2 = e;
    // A trailing possessive word names the owner: "Obama's" → "Obama".
    if s >= e2 {
        return None;
    }
    // Trailing function words are dropped (a one-word name was tested above already).
    while e2 > s
        && !(e2 - 1 == s && first_not_function)
        && is_function_word(text.lower(words[e2 - 1].start, words[e2 - 1].end))
    {
        e2 -= 1;
    }
    if s >= e2 {
        return None;
    }
    let last = words[e2 - 1];
    Some(Name {
        start: words[s].start,
        end: last.start + possessive_stem(&text[last.start..last.end]).len(),
        last: last.start,
        titled,
    })
}

/// [`clean_name`] of a one-word run (most runs are one word): the same tests without the
/// bookkeeping for longer runs.
#[inline]
fn clean_one_word(text: &Doc, w: Word) -> Option<Name> {
    let lower = text.lower(w.start, w.end);
    let t = trim_full_stops(lower);
    // All of these reject the word; a function word (a sentence's capitalised first word)
    // is the usual reason, so it is tested first.
    if is_function_word(t)
        || is_title(t)
        || crate::lexicon::is_title_with_full_stop(t)
        || is_weekday(t)
        || is_month(t)
        // The trailing function word test, when a full stop was trimmed above.
        || (t.len() != lower.len() && is_function_word(lower))
    {
        return None;
    }
    Some(Name {
        start: w.start,
        end: w.start + possessive_stem(&text[w.start..w.end]).len(),
        last: w.start,
        titled: false,
    })
}

/// "Spanish Finance Minister …": a capitalised adjective right before a title is not a name.
fn is_demonym_before_title(text: &Doc, words: &[Word], s: usize, e: usize) -> bool {
    if s + 1 >= e {
        return false;
    }
    let next = lw(text, words[s + 1]);
    is_title(&next)
}

/// True when any word of the span looks like an organisation or place.
#[cfg(test)]
pub fn looks_like_org(name: &str) -> bool {
    name.split([' ', '-'])
        .any(|w| is_org_word(&crate::text::Lower::new(w)))
}

/// [`looks_like_org`] of `text[start..end]`, read from the document's lower-case copy.
pub fn span_looks_like_org(text: &Doc, start: usize, end: usize) -> bool {
    // The words between spaces and hyphens (both ASCII, so every piece is a `str`).
    let l = text.lower(start, end);
    let b = l.as_bytes();
    // Most pieces fail on their first letter and length, told from the bytes before the
    // piece is cut out of the text.
    let org = |from: usize, to: usize| {
        from < to
            && to - from < 32
            && b[from].is_ascii_lowercase()
            && ORG_WORD_LENGTHS[(b[from] - b'a') as usize] & (1 << (to - from)) != 0
            && is_org_word_listed(&l[from..to])
    };
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == b' ' || c == b'-' {
            if org(from, i) {
                return true;
            }
            from = i + 1;
        }
    }
    org(from, b.len())
}

/// The last word of a name, possessive stripped: the key for later surname-only mentions.
pub fn surname(name: &str) -> &str {
    possessive_stem(name.rfind(' ').map_or(name, |k| &name[k + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{words, Doc};

    fn cleaned(t: &str) -> Vec<String> {
        let ws = words(t, 0, t.len());
        let t = &Doc::new(t);
        runs(t, &ws)
            .into_iter()
            .filter_map(|(s, e)| clean_name(t, &ws, s, e))
            .map(|n| t[n.start..n.end].to_string())
            .collect()
    }

    #[test]
    fn strips_titles_and_possessors() {
        assert_eq!(
            cleaned("Spanish Finance Minister Jean Dupont spoke"),
            vec!["Jean Dupont"]
        );
        assert_eq!(
            cleaned("the Daily Planet's Lois Lane wrote"),
            vec!["Lois Lane"]
        );
        assert_eq!(
            cleaned("said Anna van der Berg today"),
            vec!["Anna van der Berg"]
        );
        assert_eq!(
            cleaned("said Omar al-Amin bin Tariq today"),
            vec!["Omar al-Amin bin Tariq"]
        );
    }

    #[test]
    fn orgs_are_recognised() {
        assert!(looks_like_org("Patent Office"));
        assert!(!looks_like_org("Jean Dupont"));
        assert_eq!(surname("Jean Dupont’s"), "Dupont");
    }
}

#[cfg(test)]
mod is_org_word_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in ORG_WORDS {
            assert!(is_org_word(w), "{w}");
        }
    }
}
