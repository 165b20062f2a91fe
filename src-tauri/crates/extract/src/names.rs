//! Personal names: runs of capitalised words, title stripping, and the decision whether a
//! run names a person (it follows a title or role, or a speech verb is attached to it).

use crate::lexicon::{is_function_word, is_month, is_title, is_weekday};
use crate::text::{is_capitalized, lw, strip_possessive, Doc, Word};

/// Lower-case particles that may sit inside a name ("Sophie in 't Veld", "Ludwig van Beethoven").
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "in" | "'t"
            | "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "del"
            | "dos"
            | "das"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "ter"
            | "ten"
            | "y"
    )
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
    let mut out = Vec::with_capacity(8);
    let mut i = 0;
    while i < words.len() {
        if !capitalized_at(text, words[i]) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i + 1;
        loop {
            if e >= words.len() || !adjacent(text, words[e - 1], words[e]) {
                break;
            }
            if capitalized_at(text, words[e]) {
                e += 1;
                continue;
            }
            // Particles: keep them only when a capitalised word follows.
            let mut k = e;
            while k < words.len() && is_name_particle(&text[words[k].start..words[k].end]) {
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
        out.push((s, e));
        i = e;
    }
    out
}

/// [`is_capitalized`] of a word, read from its first byte when that is ASCII.
#[inline]
fn capitalized_at(text: &Doc, w: Word) -> bool {
    match text.as_bytes().get(w.start) {
        Some(&c) if c.is_ascii() && w.start < w.end => c.is_ascii_uppercase(),
        _ => w.start < w.end && is_capitalized(&text[w.start..w.end]),
    }
}

fn ends_with_possessive(w: &str) -> bool {
    possessive_stem(w).len() != w.len()
}

/// [`strip_possessive`], skipped when the last byte cannot end a possessive: every ending
/// ('s ’s ' ’) ends in one of these bytes.
#[inline]
fn possessive_stem(w: &str) -> &str {
    if matches!(w.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        strip_possessive(w)
    } else {
        w
    }
}

/// Two words are adjacent in a name when only spaces separate them, or the full stop of an
/// honorific or initial ("Mr. King", "Charles B. Rangel").
fn adjacent(text: &Doc, a: Word, b: Word) -> bool {
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

/// Cleans a capitalised run into a personal name: keeps what follows the last possessive
/// ("Al Jazeera's Gabriel Elizondo" → "Gabriel Elizondo"), drops leading titles, function
/// words and weekdays. Returns the name's byte span, or None when nothing name-like is left.
pub fn clean_name(text: &Doc, words: &[Word], s: usize, e: usize) -> Option<(usize, usize, bool)> {
    let first = s;
    let mut s = s;
    for k in first..e {
        let w = &text[words[k].start..words[k].end];
        if ends_with_possessive(w) && k + 1 < e {
            s = k + 1;
        }
    }
    let mut titled = false;
    while s < e {
        let w = lw(text, words[s]);
        let w = w.trim_end_matches('.');
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
            break;
        }
    }
    let mut e2 = e;
    // A trailing possessive word names the owner: "Obama's" → "Obama".
    if s >= e2 {
        return None;
    }
    while e2 > s {
        let w = lw(text, words[e2 - 1]);
        if is_function_word(&w) {
            e2 -= 1;
        } else {
            break;
        }
    }
    if s >= e2 {
        return None;
    }
    let start = words[s].start;
    let last = &text[words[e2 - 1].start..words[e2 - 1].end];
    let end = words[e2 - 1].start + possessive_stem(last).len();
    Some((start, end, titled))
}

/// "French Prime Minister …": a capitalised adjective right before a title is not a name.
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
    let mut from = 0;
    for (i, &c) in l.as_bytes().iter().enumerate() {
        if c == b' ' || c == b'-' {
            if is_org_word(&l[from..i]) {
                return true;
            }
            from = i + 1;
        }
    }
    is_org_word(&l[from..])
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
            .map(|(s, e, _)| t[s..e].to_string())
            .collect()
    }

    #[test]
    fn strips_titles_and_possessors() {
        assert_eq!(
            cleaned("French Prime Minister Jean Dupont spoke"),
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
    }

    #[test]
    fn orgs_are_recognised() {
        assert!(looks_like_org("Home Office"));
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
