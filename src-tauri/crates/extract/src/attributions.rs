//! Attributions: the source of reported (not directly quoted) content plus its cue:
//! "according to the health ministry", "doctors and nurses said", "Data released on Monday
//! showed", "X told the BBC", "the agency quoted him as saying".
//! Speech tags attached to a direct quote are not attributions; the quote carries them.

use crate::lexicon::{
    is_attribution_cue, is_function_word, may_open_attribution, pronoun_gender, ACCORDING,
};
use crate::people::Tracker;
use crate::speakers::{clause_break, lw, resolve_np, subject_range};
use crate::text::{Doc, Word};

/// An attribution phrase and its resolved source.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
}

/// Nouns for documents and data that "show" or "find" things.
fn is_data_noun(w: &str) -> bool {
    matches!(
        w,
        "figures"
            | "statistics"
            | "data"
            | "report"
            | "reports"
            | "survey"
            | "study"
            | "studies"
            | "poll"
            | "polls"
            | "research"
            | "inquiry"
            | "analysis"
            | "review"
            | "investigation"
            | "census"
            | "audit"
            | "records"
            | "documents"
            | "document"
            | "memo"
            | "letter"
            | "statement"
            | "numbers"
            | "estimates"
            | "findings"
            | "evidence"
            | "results"
            | "assessment"
            | "probe"
            | "paper"
            | "filing"
            | "filings"
            | "emails"
            | "polling"
    )
}

/// Finds attributions among one sentence's `words`. `skip` tells whether a byte offset lies in
/// a quote tag (those belong to their quote).
pub fn find(
    text: &Doc,
    words: &[Word],
    skip: &dyn Fn(usize) -> bool,
    tracker: &mut Tracker,
    out: &mut Vec<Attribution>,
) {
    let n = words.len();
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < n {
        let Word { start, end } = words[k];
        // Cues are short lower-case words, so most words are skipped on their length, first
        // and last bytes, before the word is even cut out as a `str`. A capital later in the
        // word needs no scan: it cannot equal any (lower-case) cue below.
        let len = end - start;
        if !(1..=10).contains(&len) || !may_open_attribution(bytes[start], len, bytes[end - 1]) {
            k += 1;
            continue;
        }
        let w = &text[start..end];
        if w == ACCORDING && k + 2 < n && lw(text, words[k + 1]) == "to" {
            let s = k + 2;
            let mut e = s;
            while e < n && (e == s || !clause_break(text, words, e)) && e - s < 10 {
                let x = lw(text, words[e]);
                if e > s && is_function_word(&x) && !matches!(x.as_str(), "of" | "and") {
                    break;
                }
                e += 1;
            }
            let speaker = resolve_np(text, words, s, e, tracker);
            out.push(Attribution {
                start: words[k].start,
                end: words[e - 1].end,
                speaker,
            });
            k = e;
            continue;
        }
        if !is_attribution_cue(w)
            || skip(words[k].start)
            || !text.as_bytes()[words[k].start].is_ascii_lowercase()
        {
            k += 1;
            continue;
        }
        if let Some(a) = at_cue(text, words, k, w, tracker) {
            out.push(a);
        }
        k += 1;
    }
}

fn at_cue(
    text: &Doc,
    words: &[Word],
    v: usize,
    verb: &str,
    tracker: &mut Tracker,
) -> Option<Attribution> {
    let n = words.len();
    let next = if v + 1 < n {
        lw(text, words[v + 1])
    } else {
        crate::text::Lower::empty()
    };
    if next == "to"
        && matches!(
            verb,
            "said" | "says" | "believed" | "estimated" | "reported" | "thought"
        )
    {
        return None; // "is said to be": a hedge
    }
    let mut subj_end = v;
    while subj_end > 0
        && crate::lexicon::is_aux_or_adverb(&lw(text, words[subj_end - 1]))
        && !clause_break(text, words, subj_end)
    {
        subj_end -= 1;
    }
    let aux = &words[subj_end..v];
    let passive = aux.iter().any(|w| {
        matches!(
            lw(text, *w).as_str(),
            "been" | "was" | "were" | "is" | "are" | "be"
        )
    }) && !matches!(verb, "saying" | "telling" | "arguing" | "insisting");
    if passive {
        return None;
    }
    if matches!(verb, "saying" | "telling" | "arguing" | "insisting") && aux.is_empty() {
        return None; // a participle ("…, saying that") has its subject elsewhere
    }
    if subj_end > 0 && !clause_break(text, words, subj_end) {
        let (s, e) = subject_range(text, words, 0, subj_end);
        if e > s && subject_ok(text, words, s, e, verb) {
            let end = object_end(text, words, v, verb);
            let speaker = resolve_np(text, words, s, e, tracker);
            return Some(Attribution {
                start: words[s].start,
                end,
                speaker,
            });
        }
    }
    // "X, a spokesman for Y, said": the subject's name before an appositive.
    if subj_end > 0 && clause_break(text, words, subj_end) {
        let (s, e) = subject_range(text, words, 0, subj_end);
        if e > s && e < subj_end && subject_ok(text, words, s, e, verb) {
            let speaker = resolve_np(text, words, s, e, tracker);
            return Some(Attribution {
                start: words[s].start,
                end: object_end(text, words, v, verb),
                speaker,
            });
        }
    }
    // ", said X" after reported content.
    if matches!(
        verb,
        "said" | "says" | "added" | "told" | "wrote" | "argued" | "claimed"
    ) && v > 0
        && clause_break(text, words, v)
        && v + 1 < n
    {
        let first = &text[words[v + 1].start..words[v + 1].end];
        if crate::text::is_capitalized(first) || matches!(next.as_str(), "the" | "a" | "an") {
            let mut e = v + 2;
            while e < n
                && !clause_break(text, words, e)
                && e - v < 7
                && !is_function_word(&lw(text, words[e]))
            {
                e += 1;
            }
            let speaker = resolve_np(text, words, v + 1, e, tracker);
            return Some(Attribution {
                start: words[v].start,
                end: words[e - 1].end,
                speaker,
            });
        }
    }
    None
}

/// Whether `words[s..e]` can be the source of the cue.
fn subject_ok(text: &Doc, words: &[Word], s: usize, e: usize, verb: &str) -> bool {
    if e - s > 18 {
        return false;
    }
    let first = lw(text, words[s]);
    let last = lw(text, words[e - 1]);
    if matches!(
        first.as_str(),
        "which" | "who" | "that" | "what" | "this" | "there" | "i" | "you"
    ) && e - s == 1
    {
        return false;
    }
    // "It said": an organisation speaking, but "it shows" / "it found" is a document's.
    if first == "it" && e - s == 1 && !is_speech_cue(verb) {
        return false;
    }
    // "the claims", "media reports": the cue word is a noun here.
    if matches!(
        last.as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "these"
            | "those"
            | "of"
            | "to"
            | "in"
            | "for"
            | "with"
            | "and"
            | "or"
            | "that"
    ) {
        return false;
    }
    if is_function_word(&first)
        && !matches!(
            first.as_str(),
            "the"
                | "a"
                | "an"
                | "some"
                | "many"
                | "most"
                | "both"
                | "all"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "one"
                | "other"
                | "another"
                | "such"
                | "last"
        )
        && pronoun_gender(&first).is_none()
    {
        return false;
    }
    if matches!(
        verb,
        "found"
            | "finds"
            | "showed"
            | "shows"
            | "show"
            | "revealed"
            | "reveals"
            | "indicated"
            | "indicates"
            | "suggests"
            | "suggest"
            | "suggested"
            | "concluded"
            | "estimated"
            | "estimates"
    ) {
        return words[s..e].iter().any(|w| is_data_noun(&lw(text, *w)));
    }
    true
}

/// Cues that only a speaker (a person or organisation, not a document) can be the subject of.
fn is_speech_cue(verb: &str) -> bool {
    matches!(
        verb,
        "said" | "says" | "added" | "warned" | "announced" | "stated" | "insisted" | "claimed"
    )
}

/// End of the attribution span: the cue, plus the addressee of "told" ("told the BBC") and
/// the second source of "quoted X as saying".
fn object_end(text: &Doc, words: &[Word], v: usize, verb: &str) -> usize {
    let n = words.len();
    if verb == "told" || verb == "tells" || verb == "quoted" {
        let mut e = v + 1;
        while e < n && !clause_break(text, words, e) && e - v < 8 {
            let x = lw(text, words[e]);
            if matches!(
                x.as_str(),
                "that" | "on" | "in" | "at" | "after" | "before" | "when" | "during" | "about"
            ) {
                break;
            }
            e += 1;
        }
        if e > v + 1 {
            return words[e - 1].end;
        }
    }
    words[v].end
}

#[cfg(test)]
mod tests {
    use crate::{extract, ClaimKind};

    /// (text, source) of every attribution claim.
    fn attributions(t: &str) -> Vec<(String, Option<String>)> {
        extract(t)
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Attribution)
            .map(|c| (c.text, c.speaker))
            .collect()
    }

    #[test]
    fn a_name_before_an_appositive_is_the_source() {
        let got = attributions("Ann Lee, the union's lawyer, said the strike would go on.");
        assert_eq!(
            got,
            vec![(
                "Ann Lee, the union's lawyer, said".to_string(),
                Some("Ann Lee".to_string())
            )]
        );
    }

    #[test]
    fn a_participle_appositive_is_skipped() {
        let got = attributions("Bright Water, founded in 1990, said the river was clean.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Bright Water"));
    }

    #[test]
    fn a_long_name_with_particles_is_kept_whole() {
        let got = attributions("Omar al-Amin bin Tariq, a teacher, said the school was shut.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Omar al-Amin bin Tariq"));
    }

    #[test]
    fn an_organisation_speaks_as_it_but_a_document_does_not() {
        let t =
            "The Harbour Board met on Monday. On Tuesday, it said the ferries would keep running.";
        let got = attributions(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "it said");
        let t = "The audit ran for a year. It found the ferries were late most days.";
        assert!(attributions(t).is_empty(), "{:?}", attributions(t));
    }
}
