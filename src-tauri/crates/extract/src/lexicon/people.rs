//! Titles, roles, pronouns and the gender they reveal.

/// Titles and honorifics that precede a personal name and are not part of it.
#[inline]
pub fn is_title(w: &str) -> bool {
    // Most words fail on their first letter and length before the list is searched.
    super::may_be_listed(&TITLE_LENGTHS, w) && is_title_listed(w)
}

/// [`is_title`] of `w` with a full stop appended ("gen" → "gen."), without building that
/// word unless a title of that spelling with a full stop may exist.
pub fn is_title_with_full_stop(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&f) if f.is_ascii_lowercase() && w.len() + 1 < 32 => {
            FULL_STOP_STEM_LENGTHS[(f - b'a') as usize] & (1 << w.len()) != 0
                && crate::text::with_full_stop(w, is_title)
        }
        _ => false,
    }
}

/// For each first letter, a bit per length of the titles that end in a full stop, counted
/// without it ("gen." → 3): only such a word can become a title by appending one.
const FULL_STOP_STEM_LENGTHS: [u32; 26] = {
    let mut t = [0u32; 26];
    let mut k = 0;
    while k < TITLES.len() {
        let b = TITLES[k].as_bytes();
        if b[b.len() - 1] == b'.' {
            t[(b[0] - b'a') as usize] |= 1 << (b.len() - 1);
        }
        k += 1;
    }
    t
};

word_list!(
    /// The words [`is_title`] accepts, for its first-letter and length table.
    TITLES,
    is_title_listed,
    [
        "president",
        "prime",
        "minister",
        "chancellor",
        "secretary",
        "senator",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "governor",
        "general",
        "gen",
        "gen.",
        "brigadier",
        "colonel",
        "col",
        "col.",
        "lieutenant",
        "lt",
        "lt.",
        "major",
        "captain",
        "capt",
        "capt.",
        "admiral",
        "ambassador",
        "judge",
        "justice",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "ayatollah",
        "supreme",
        "leader",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "director",
        "commissioner",
        "speaker",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "sir",
        "lord",
        "lady",
        "pope",
        "rev",
        "rev.",
        "reverend",
        "vice",
        "deputy",
        "attorney",
        "state",
        "foreign",
        "defence",
        "defense",
        "interior",
        "home",
        "finance",
        "former",
        "premier",
        "sergeant",
        "sgt",
        "congressman",
        "congresswoman",
        "councillor",
        "councilman",
        "officer",
        "inspector",
        "superintendent",
        "constable",
        "detective",
        "professor",
        "prof",
        "prof.",
        "emir",
        "crown",
        "archbishop",
        "bishop",
        "cardinal",
        "rabbi",
        "imam",
        "mp",
        "mep",
        "ceo",
        "founder",
        "executive",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "candidate",
        "nominee",
        "envoy",
        "adviser",
        "advisor",
        "aide",
        "coordinator",
        "head",
        "dame",
        "baroness",
        "baron",
        "representative",
        "delegate",
        "chairperson",
        "strategist",
        "manager"
    ]
);

const TITLE_LENGTHS: [u32; 26] = super::first_letter_lengths(TITLES);

/// Nouns naming a role a person can be referred back to by ("the minister said").
#[inline]
pub fn is_role_noun(w: &str) -> bool {
    // Most words fail on their first letter and length before the lists are searched.
    is_title(w) || (super::may_be_listed(&ROLE_NOUN_LENGTHS, w) && is_role_noun_listed(w))
}

word_list!(
    /// The words besides titles that [`is_role_noun`] accepts, for its first-letter and
    /// length table.
    ROLE_NOUNS,
    is_role_noun_listed,
    [
        "official",
        "officials",
        "mp",
        "spokesman",
        "spokeswoman",
        "minister",
        "source",
        "sources",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "lawmaker",
        "lawmakers",
        "politician",
        "diplomat",
        "diplomats",
        "adviser",
        "aide",
        "campaign",
        "businessman",
        "businesswoman",
        "billionaire",
        "woman",
        "man",
        "leader",
        "leaders",
        "nominee",
        "candidate",
        "frontrunner",
        "front-runner",
        "democrat",
        "republican",
        "senator",
        "governor",
        "president",
        "congressman",
        "author",
        "economist",
        "researcher",
        "professor",
        "lawyer",
        "attorney",
        "witness",
        "resident",
        "residents",
        "worker",
        "workers",
        "officer",
        "officers",
        "commander",
        "police",
        "statement",
        "report",
        "agency",
        "group",
        "ministry",
        "government",
        "white",
        "pollster",
        "voter",
        "voters",
        "supporters",
        "supporter",
        "critics",
        "critic",
        "activist",
        "activists",
        "organizer",
        "surrogate",
        "surrogates",
        "chairman",
        "secretary",
        "mogul",
        "veteran",
        "strategist",
        "operative",
        "member",
        "members",
        "counsel"
    ]
);

const ROLE_NOUN_LENGTHS: [u32; 26] = super::first_letter_lengths(ROLE_NOUNS);

/// Personal pronouns that can stand for a speaker.
pub fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

/// A person's grammatical gender, as far as the text reveals it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Honorifics that reveal gender.
#[inline]
pub fn honorific_gender(w: &str) -> Option<Gender> {
    // Most words fail on their first letter and length before the list is searched.
    if !super::may_be_listed(&HONORIFIC_LENGTHS, w) {
        return None;
    }
    honorific_listed(w)
}

/// Declares the honorifics once: `HONORIFICS`, every word (for the prefilter table), and
/// `honorific_listed`, the gender each reveals.
macro_rules! honorifics {
    (male: [$($m:literal),+ $(,)?], female: [$($f:literal),+ $(,)?]) => {
        const HONORIFICS: &[&str] = &[$($m),+, $($f),+];
        fn honorific_listed(w: &str) -> Option<Gender> {
            match w {
                $($m)|+ => Some(Gender::Male),
                $($f)|+ => Some(Gender::Female),
                _ => None,
            }
        }
    };
}

honorifics!(
    male: [
        "mr",
        "mr.",
        "sir",
        "lord",
        "king",
        "prince",
        "congressman",
        "spokesman",
        "chairman",
        "baron",
        "businessman",
    ],
    female: [
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "lady",
        "queen",
        "princess",
        "dame",
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "baroness",
        "businesswoman",
    ]
);

const HONORIFIC_LENGTHS: [u32; 26] = super::first_letter_lengths(HONORIFICS);

/// Nouns for texts and media that can be the source of a quotation ("the memo said", "the
/// ad asks", "Hoff's letter makes the case: …").
pub fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "letter"
            | "memo"
            | "ad"
            | "advert"
            | "advertisement"
            | "commercial"
            | "video"
            | "report"
            | "statement"
            | "piece"
            | "article"
            | "editorial"
            | "column"
            | "email"
            | "tweet"
            | "post"
            | "headline"
            | "sign"
            | "message"
            | "book"
            | "study"
            | "poll"
            | "survey"
            | "transcript"
            | "release"
            | "opinion"
            | "ruling"
            | "filing"
            | "complaint"
            | "lawsuit"
            | "document"
            | "footnote"
            | "website"
            | "blog"
            | "newspaper"
            | "magazine"
            | "paper"
            | "platform"
            | "resolution"
            | "bill"
            | "manifesto"
            | "petition"
    )
}

#[cfg(test)]
mod is_title_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in TITLES {
            assert!(is_title(w), "{w}");
        }
    }
}

#[cfg(test)]
mod role_noun_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in ROLE_NOUNS {
            assert!(is_role_noun(w), "{w}");
        }
    }
}

#[cfg(test)]
mod honorific_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in HONORIFICS {
            assert!(honorific_gender(w).is_some(), "{w}");
        }
    }
}

#[cfg(test)]
mod full_stop_tests {
    use super::*;

    #[test]
    fn titles_with_a_full_stop() {
        for w in TITLES {
            if let Some(stem) = w.strip_suffix('.') {
                assert!(is_title_with_full_stop(stem), "{w}");
            }
        }
        assert!(!is_title_with_full_stop(""));
    }
}
