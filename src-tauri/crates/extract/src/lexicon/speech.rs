//! Speech and attribution verbs, and the auxiliaries that may sit before them.

/// Verbs that introduce reported speech or a finding (inflected forms included).
#[inline]
pub fn is_speech_verb(w: &str) -> bool {
    // Most words fail on their first letter and length before the list is searched.
    super::may_be_listed(&SPEECH_VERB_LENGTHS, w) && is_speech_verb_listed(w)
}

word_list!(
    /// The words [`is_speech_verb`] accepts, for its first-letter and length table.
    SPEECH_VERBS,
    is_speech_verb_listed,
    [
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "tell",
        "telling",
        "added",
        "adds",
        "claimed",
        "claims",
        "claim",
        "claiming",
        "argued",
        "argues",
        "argue",
        "warned",
        "warns",
        "warn",
        "stated",
        "states",
        "insisted",
        "insists",
        "reported",
        "reports",
        "announced",
        "announces",
        "pledged",
        "pledges",
        "promised",
        "promises",
        "explained",
        "explains",
        "noted",
        "notes",
        "acknowledged",
        "acknowledges",
        "admitted",
        "admits",
        "confirmed",
        "confirms",
        "denied",
        "denies",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "posted",
        "testified",
        "maintained",
        "maintains",
        "contended",
        "contends",
        "asserted",
        "asserts",
        "alleged",
        "alleges",
        "declared",
        "declares",
        "cautioned",
        "cautions",
        "complained",
        "complains",
        "recalled",
        "recalls",
        "stressed",
        "stresses",
        "emphasized",
        "emphasised",
        "emphasizes",
        "emphasises",
        "asked",
        "asks",
        "replied",
        "replies",
        "responded",
        "responds",
        "continued",
        "continues",
        "predicted",
        "predicts",
        "boasted",
        "boasts",
        "vowed",
        "vows",
        "threatened",
        "threatens",
        "conceded",
        "concedes",
        "observed",
        "remarked",
        "quipped",
        "joked",
        "shouted",
        "yelled",
        "declared,",
        "mused",
        "agreed",
        "agrees",
        "suggested",
        "suggests",
        "believes",
        "believed",
        "thinks",
        "thought",
        "estimated",
        "estimates",
        "concluded",
        "concludes",
        "found",
        "finds",
        "showed",
        "shows",
        "show",
        "revealed",
        "reveals",
        "indicated",
        "indicates",
        "disclosed",
        "speculated",
        "charged",
        "countered",
        "retorted",
        "exclaimed",
        "whispered",
        "reiterated",
        "reiterates",
        "urged",
        "accused",
        "described",
        "called",
        "branded",
        "dubbed",
        "labelled",
        "labeled",
        "quoted",
        "wondered",
        "demanded",
        "recounted",
        "pointed",
        "hinted",
        "texted",
        "emailed",
        "stated,",
        "acknowledged,",
        "read",
        "reads"
    ]
);

const SPEECH_VERB_LENGTHS: [u32; 26] = super::first_letter_lengths(SPEECH_VERBS);

/// Speech verbs that may tag a direct quotation ("…," she said). Broader than the
/// attribution cues: "urged", "called" and the like tag a quote but attribute no content.
pub fn is_quote_tag_verb(w: &str) -> bool {
    // Asked of nearly every lower-case word near a quote: most fail on their first letter,
    // length and last letter together, before either list is searched.
    has_listed_shape(&TAG_SHAPES, w.as_bytes())
        && (is_speech_verb_listed(w) || is_tag_verb_listed(w))
}

/// For each first letter a to z and length below 32, a bit per last byte of some word of
/// that shape: one per letter, and one shared by every other byte.
type Shapes = [[u32; 32]; 26];

/// The bit of a word's last byte in a [`Shapes`] table.
#[inline]
const fn last_letter_bit(l: u8) -> u32 {
    if l.is_ascii_lowercase() {
        1 << (l - b'a')
    } else {
        1 << 31
    }
}

/// The [`Shapes`] of the words of `lists`, which must all start with a lower-case ASCII
/// letter.
const fn shapes_of(lists: &[&[&str]]) -> Shapes {
    let mut t = [[0u32; 32]; 26];
    let mut i = 0;
    while i < lists.len() {
        let mut k = 0;
        while k < lists[i].len() {
            let b = lists[i][k].as_bytes();
            assert!(b[0].is_ascii_lowercase() && b.len() < 32);
            t[(b[0] - b'a') as usize][b.len()] |= last_letter_bit(b[b.len() - 1]);
            k += 1;
        }
        i += 1;
    }
    t
}

/// Whether a word of `len` bytes from `first` to `last` has the shape of a word of `table`.
#[inline]
const fn fits_shape(table: &Shapes, first: u8, len: usize, last: u8) -> bool {
    first.is_ascii_lowercase()
        && len < 32
        && table[(first - b'a') as usize][len] & last_letter_bit(last) != 0
}

/// [`fits_shape`] of a whole word; the empty word fits none.
#[inline]
fn has_listed_shape(table: &Shapes, b: &[u8]) -> bool {
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => fits_shape(table, f, b.len(), l),
        _ => false,
    }
}

/// The shapes of the quote-tag verbs (both lists).
const TAG_SHAPES: Shapes = shapes_of(&[SPEECH_VERBS, TAG_VERBS]);

word_list!(
    /// Quote tags beyond the speech verbs: colourful verbs ("barked", "quipped") and
    /// participles ("…, adding, “…”", "…, tweeting, “…”").
    TAG_VERBS,
    is_tag_verb_listed,
    [
        "barked",
        "snapped",
        "answered",
        "answers",
        "interjected",
        "interrupted",
        "echoed",
        "cracked",
        "proclaimed",
        "sang",
        "sings",
        "chanted",
        "scoffed",
        "sniped",
        "laughed",
        "gushed",
        "raved",
        "lamented",
        "opined",
        "fumed",
        "boomed",
        "thundered",
        "roared",
        "screamed",
        "cried",
        "sighed",
        "muttered",
        "murmured",
        "deadpanned",
        "teased",
        "needled",
        "taunted",
        "pressed",
        "commented",
        "comments",
        "elaborated",
        "clarified",
        "objected",
        "protested",
        "pleaded",
        "implored",
        "inquired",
        "reasoned",
        "ventured",
        "volunteered",
        "confided",
        "confessed",
        "affirmed",
        "swore",
        "assured",
        "mentioned",
        "repeated",
        "blasted",
        "retorts",
        "quips",
        "jokes",
        "exclaims",
        "counters",
        "concluded",
        "marveled",
        "marvelled",
        "rejoined",
        "stated",
        "posts",
        "emails",
        "written",
        "adding",
        "tweeting",
        "writing",
        "asking",
        "noting",
        "arguing",
        "declaring",
        "insisting",
        "explaining",
        "warning",
        "claiming",
        "stating",
        "chanting",
        "shouting",
        "singing",
        "yelling",
        "quipping",
        "joking",
        "remarking",
        "responding",
        "replying",
        "answering",
        "posting",
        "texting",
        "emailing",
        "proclaiming",
        "recalling",
        "vowing",
        "promising",
        "concluding",
        "continuing",
        "reading",
    ]
);

/// A quote tag of two words whose first word alone says nothing: "shot back", "fired
/// back", "went on", "chimed in", "put it" (`w` the first word, `next` the second).
pub fn is_two_word_tag(w: &str, next: &str) -> bool {
    matches!(
        (w, next),
        (
            "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" | "wrote" | "writes",
            "back"
        ) | ("went" | "goes", "on")
            | ("chimed" | "chimes", "in")
            | ("put" | "puts", "it")
            | ("summed" | "sums", "up")
            | ("pointed" | "points", "out")
    )
}

/// Cues that attribute reported (non-quoted) content to a source. Excludes verbs that
/// attribute no content ("urged", "accused", "cited", "called").
#[inline]
pub fn is_attribution_cue(w: &str) -> bool {
    // Most words fail on their shape (a table built from the list below), before the list
    // itself is searched.
    has_listed_shape(&CUE_SHAPES, w.as_bytes()) && is_cue_listed(w)
}

/// The word of "according to X", which opens an attribution though it is no cue.
pub(crate) const ACCORDING: &str = "according";

/// Whether a word of `len` bytes from `first` to `last` may be an attribution cue or
/// [`ACCORDING`]: lets a caller reject most words on bytes it has at hand, before cutting the
/// word out of its text.
#[inline]
pub(crate) const fn may_open_attribution(first: u8, len: usize, last: u8) -> bool {
    fits_shape(&OPENER_SHAPES, first, len, last)
}

word_list!(
    /// The words [`is_attribution_cue`] accepts, for its prefilter tables.
    CUES,
    is_cue_listed,
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "claimed",
        "claims",
        "claim",
        "argued",
        "argues",
        "argue",
        "warned",
        "warns",
        "stated",
        "insisted",
        "insists",
        "reported",
        "reports",
        "announced",
        "announces",
        "pledged",
        "promised",
        "explained",
        "noted",
        "acknowledged",
        "admitted",
        "confirmed",
        "denied",
        "maintained",
        "maintains",
        "contended",
        "asserted",
        "alleged",
        "alleges",
        "declared",
        "cautioned",
        "stressed",
        "predicted",
        "suggested",
        "suggests",
        "suggest",
        "concluded",
        "found",
        "finds",
        "showed",
        "shows",
        "show",
        "revealed",
        "reveals",
        "indicated",
        "indicates",
        "estimated",
        "estimates",
        "believe",
        "believes",
        "reckons",
        "testified",
        "wrote",
        "writes",
        "tweeted",
        "saying",
        "telling",
        "agreed",
        "emphasised",
        "emphasized",
        "reiterated",
        "conceded",
        "vowed",
        "insisting",
        "arguing"
    ]
);

/// The shapes of the attribution cues.
const CUE_SHAPES: Shapes = shapes_of(&[CUES]);

/// The shapes of the words [`may_open_attribution`] lets through.
const OPENER_SHAPES: Shapes = shapes_of(&[CUES, &[ACCORDING]]);

/// Words that may sit between a subject and its speech verb ("has often said").
pub fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "repeatedly"
            | "later"
            | "earlier"
            | "previously"
            | "often"
            | "again"
            | "once"
            | "already"
            | "then"
            | "been"
            | "now"
            | "publicly"
            | "privately"
            | "separately"
            | "recently"
            | "reportedly"
            | "flatly"
            | "firmly"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "not"
            | "never"
            | "long"
            | "frequently"
            | "just"
            | "still"
            | "further"
            | "consistently"
            | "openly"
            | "specifically"
            | "told"
    )
}

#[cfg(test)]
mod cue_tests {
    use super::*;

    #[test]
    fn every_cue_passes_the_prefilter() {
        for w in CUES {
            assert!(is_attribution_cue(w), "{w}");
        }
        assert!(!is_attribution_cue("sad"));
        assert!(!is_attribution_cue("Said"));
        assert!(!is_attribution_cue(""));
    }
}

#[cfg(test)]
mod is_speech_verb_table_tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_table() {
        for w in SPEECH_VERBS {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in TAG_VERBS {
            assert!(is_quote_tag_verb(w), "{w}");
        }
        assert!(!is_quote_tag_verb("Said") && !is_quote_tag_verb("") && !is_quote_tag_verb("sad"));
    }
}
