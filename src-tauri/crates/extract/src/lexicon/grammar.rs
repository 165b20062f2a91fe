//! Function words, calendar words and abbreviations.

/// Function words that never start or belong to a name even when capitalised at the start
/// of a sentence.
#[inline]
pub fn is_function_word(w: &str) -> bool {
    // Most words fail on their first letter and length before the list is searched.
    super::may_be_listed(&FUNCTION_WORD_LENGTHS, w) && is_function_word_listed(w)
}

word_list!(
    /// The words [`is_function_word`] accepts, for its first-letter and length table.
    FUNCTION_WORDS,
    is_function_word_listed,
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "in",
        "on",
        "at",
        "of",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "there",
        "here",
        "when",
        "while",
        "after",
        "before",
        "since",
        "because",
        "although",
        "though",
        "so",
        "yet",
        "not",
        "no",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "who",
        "what",
        "which",
        "where",
        "why",
        "how",
        "all",
        "some",
        "many",
        "most",
        "more",
        "much",
        "any",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "one",
        "other",
        "another",
        "such",
        "than",
        "then",
        "also",
        "only",
        "just",
        "even",
        "still",
        "already",
        "now",
        "later",
        "earlier",
        "last",
        "next",
        "during",
        "into",
        "over",
        "under",
        "about",
        "against",
        "between",
        "through",
        "without",
        "within",
        "among",
        "per",
        "via",
        "like",
        "unlike",
        "despite",
        "instead",
        "however",
        "meanwhile",
        "according",
        "said",
        "says",
        "him",
        "them",
        "us",
        "me",
        "up",
        "out",
        "off",
        "down",
        "upon",
        "onto",
        "toward",
        "towards",
        "until",
        "whether",
        "whose",
        "whom",
        "whatever",
        "whoever"
    ]
);

const FUNCTION_WORD_LENGTHS: [u32; 26] = super::first_letter_lengths(FUNCTION_WORDS);

/// Month names and their common abbreviations (dates are not figures).
#[inline]
pub fn is_month(w: &str) -> bool {
    // Most words fail on their first letter and length before the list is searched.
    super::may_be_listed(&MONTH_LENGTHS, w) && is_month_listed(w)
}

word_list!(
    /// The words [`is_month`] accepts, for its first-letter and length table.
    MONTHS,
    is_month_listed,
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec"
    ]
);

/// First letters and lengths of the months, for callers that test many words at once.
pub(crate) const MONTH_LENGTHS: [u32; 26] = super::first_letter_lengths(MONTHS);

/// Weekday names (they open many news sentences and are never names of people).
#[inline]
pub fn is_weekday(w: &str) -> bool {
    // Most words fail on their first letter and length before the list is searched.
    super::may_be_listed(&WEEKDAY_LENGTHS, w) && is_weekday_listed(w)
}

word_list!(
    /// The words [`is_weekday`] accepts, for its first-letter and length table.
    WEEKDAYS,
    is_weekday_listed,
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday"
    ]
);

/// First letters and lengths of the weekdays, for callers that test many words at once.
pub(crate) const WEEKDAY_LENGTHS: [u32; 26] = super::first_letter_lengths(WEEKDAYS);

/// Abbreviations whose full stop does not end a sentence.
pub fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "st"
            | "jr"
            | "sr"
            | "gen"
            | "sen"
            | "rep"
            | "gov"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "cmdr"
            | "adm"
            | "prof"
            | "rev"
            | "hon"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "no"
            | "vs"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "ft"
            | "mt"
            | "approx"
            | "est"
            | "dept"
            | "univ"
            | "fig"
            | "vol"
            | "pp"
            | "gov't"
            | "govt"
            | "maj"
            | "e.g"
            | "i.e"
            | "u.s"
            | "u.k"
            | "u.n"
            | "a.m"
            | "p.m"
            | "d.c"
            | "al"
            | "etc"
            | "ave"
            | "blvd"
            | "rd"
    )
}

#[cfg(test)]
mod is_function_word_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in FUNCTION_WORDS {
            assert!(is_function_word(w), "{w}");
        }
    }
}

#[cfg(test)]
mod is_month_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in MONTHS {
            assert!(is_month(w), "{w}");
        }
    }
}

#[cfg(test)]
mod is_weekday_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in WEEKDAYS {
            assert!(is_weekday(w), "{w}");
        }
    }
}
