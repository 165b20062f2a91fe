//! Speaker resolution: turns the noun phrase of a speech tag ("the local MP", "he",
//! "the network's Ann Lee, who covers the courts") into a name, using the
//! people tracker for pronouns and definite roles.

use crate::lexicon::{
    is_abbreviation, is_aux_or_adverb, is_function_word, is_role_noun, is_title, pronoun_gender,
};
use crate::names::{clean_name, runs, span_looks_like_org, Runs};
use crate::people::Tracker;
pub use crate::text::lw;
use crate::text::{strip_possessive, Doc, Tokens, Word};

/// True when punctuation that ends a clause (comma, colon, semicolon, dash, bracket or quote
/// mark) separates word `k - 1` from word `k`.
#[inline]
pub fn clause_break(text: &Doc, words: &[Word], k: usize) -> bool {
    if k == 0 {
        return true;
    }
    let (a, z) = (words[k - 1].end, words[k].start);
    // The usual gap, one space, is no break: told from the bytes, in the caller (this part is
    // inlined), before the gap is cut out as a `str` (which checks both ends for character
    // boundaries).
    if z == a + 1 && text.as_bytes()[a] == b' ' {
        return false;
    }
    gap_breaks_clause(text, words, k)
}

/// [`clause_break`] for a gap other than one space between word `k - 1` and word `k`.
#[inline(never)]
fn gap_breaks_clause(text: &Doc, words: &[Word], k: usize) -> bool {
    let (a, z) = (words[k - 1].end, words[k].start);
    let gap = &text[a..z];
    // A full stop after an abbreviation or initial ("Mr. Burman", "Charles B. Rangel").
    let prev = &text[words[k - 1].start..words[k - 1].end];
    let abbrev = gap.starts_with('.')
        && gap[1..].bytes().all(|c| c == b' ')
        && (is_abbreviation(&crate::text::Lower::new(prev))
            || (prev.len() == 1 && prev.as_bytes()[0].is_ascii_uppercase()));
    let gap = if abbrev { &gap[1..] } else { gap };
    gap.bytes().any(|c| {
        matches!(
            c,
            b',' | b';' | b':' | b'(' | b')' | b'"' | b'.' | b'!' | b'?'
        )
    }) || gap.contains("''")
        || gap.contains('—')
        || gap.contains('–')
        || gap.contains('―')
        || gap.contains('“')
        || gap.contains('”')
}

/// Words of `text[start..end]` leaving out parentheticals ("Rep. Ann Lee (D-Md.) said"), in
/// `ws` (cleared first, so that callers can reuse one list).
pub fn words_outside_parens(
    toks: &Tokens,
    text: &Doc,
    start: usize,
    end: usize,
    ws: &mut Vec<Word>,
) {
    ws.clear();
    toks.window(start, end, ws);
    if memchr::memchr(b'(', &text.as_bytes()[start..end]).is_none() {
        return;
    }
    let b = text.as_bytes();
    let mut depth = 0i32;
    let mut i = start;
    ws.retain(|w| {
        while i < w.start {
            match b[i] {
                b'(' => depth += 1,
                b')' => depth = (depth - 1).max(0),
                _ => {}
            }
            i += 1;
        }
        depth == 0
    });
}

/// Word range of the subject noun phrase that ends just before word `end` (auxiliaries and
/// adverbs already skipped by the caller), not going below `floor`. Skips back over an
/// appositive ("X, leader of Y, said" gives X).
pub fn subject_range(text: &Doc, words: &[Word], floor: usize, end: usize) -> (usize, usize) {
    let seg_start = segment_start(text, words, floor, end);
    // An appositive sits between commas right before the verb: "X, leader of Y, said".
    let comma_before_verb = end < words.len() && clause_break(text, words, end);
    if seg_start > floor && seg_start < end && comma_before_verb {
        let first = lw(text, words[seg_start]);
        // "X, founded in 1990, said": a past participle opens a short appositive too.
        let appositive = first.ends_with("ing")
            || (first.ends_with("ed") && end - seg_start <= 5)
            || first.as_bytes()[0].is_ascii_digit()
            || matches!(first.as_str(), "who" | "a" | "an" | "the" | "whose")
            || is_preposition(&first)
            || words[seg_start..end].iter().any(|w| {
                let l = lw(text, *w);
                is_title(strip_possessive(&l)) && !l.ends_with('s')
            });
        if appositive {
            let prev = segment_start(text, words, floor, seg_start);
            let n = seg_start - prev;
            let capped = (prev..seg_start)
                .any(|k| crate::text::is_capitalized(&text[words[k].start..words[k].end]));
            if n <= 6 && capped {
                return (strip_leading(text, words, prev, seg_start), seg_start);
            }
        }
    }
    (strip_leading(text, words, seg_start, end), end)
}

/// The first word index after the last clause break before `end`.
fn segment_start(text: &Doc, words: &[Word], floor: usize, end: usize) -> usize {
    let mut k = end;
    while k > floor {
        // The word at `end` opens no segment of its own: its break is not looked at.
        if k < end && clause_break(text, words, k) {
            return k;
        }
        if matches!(
            lower_bytes(text, words[k - 1]),
            b"that"
                | b"after"
                | b"before"
                | b"because"
                | b"when"
                | b"while"
                | b"since"
                | b"although"
                | b"if"
                | b"but"
                | b"where"
                | b"which"
                | b"as"
                | b"than"
                | b"whether"
        ) {
            return k;
        }
        k -= 1;
    }
    floor
}

/// Drops leading conjunctions and time adverbials ("But", "Later", "On Friday").
pub fn strip_leading(text: &Doc, words: &[Word], mut s: usize, end: usize) -> usize {
    while s < end {
        if matches!(
            lower_bytes(text, words[s]),
            b"but"
                | b"and"
                | b"so"
                | b"yet"
                | b"meanwhile"
                | b"however"
                | b"later"
                | b"earlier"
                | b"now"
                | b"still"
                | b"also"
        ) {
            s += 1;
        } else {
            break;
        }
    }
    s
}

/// A word's lower-case bytes, for matching against a few words in a loop: cut from the bytes,
/// which (unlike cutting a `str`) checks neither end for a character boundary.
#[inline]
fn lower_bytes<'a>(text: &'a Doc, w: Word) -> &'a [u8] {
    &text.lower_text().as_bytes()[w.start..w.end]
}

/// Index of the first word at or after `from` that is not an auxiliary or adverb.
pub fn skip_aux(text: &Doc, words: &[Word], from: usize, limit: usize) -> usize {
    let mut k = from;
    while k < limit && is_aux_or_adverb(&lw(text, words[k])) {
        k += 1;
    }
    k
}

/// What a subject noun phrase `words[s..e]` at byte `pos` refers to: a name, an
/// organisation, a resolved pronoun or role, or the phrase itself.
pub fn resolve_np(
    text: &Doc,
    words: &[Word],
    s: usize,
    e: usize,
    tracker: &mut Tracker,
) -> Option<String> {
    if s >= e {
        return None;
    }
    let pos = words[s].start;
    if e - s == 1 {
        let w = lw(text, words[s]);
        if let Some(g) = pronoun_gender(&w) {
            let id = tracker.resolve_pronoun(pos, g)?;
            tracker.learn_gender(id, g);
            tracker.mention(pos, id);
            return Some(tracker.name(id).to_string());
        }
        if matches!(
            w.as_str(),
            "they" | "we" | "i" | "you" | "it" | "this" | "that" | "who" | "which"
        ) {
            return None;
        }
        let raw = &text[words[s].start..words[s].end];
        if is_function_word(&w)
            || crate::lexicon::is_weekday(&w)
            || crate::lexicon::is_month(&w)
            || (raw.contains(['\'', '’']) && !is_irish_style_name(raw))
            || (!crate::text::is_capitalized(raw) && !is_role_noun(strip_possessive(&w)))
        {
            return None;
        }
    }
    let first = lw(text, words[s]);
    if is_preposition(&first) {
        return None; // "at a press conference", "in a statement"
    }
    // Words hold no full stop, so trimming one rarely cuts anything.
    let head = strip_possessive(text.lower(words[e - 1].start, words[e - 1].end));
    let head = if head.ends_with('.') {
        head.trim_end_matches('.')
    } else {
        head
    };
    let last_raw = &text[words[e - 1].start..words[e - 1].end];
    // The capital is tested first: it turns most names away before the word lists are searched.
    let role_like = (!crate::text::is_capitalized(last_raw)
        || matches!(head, "mp" | "mep" | "democrat" | "republican"))
        && is_role_noun(head);
    if role_like {
        let definite = matches!(first.as_str(), "the" | "this" | "that")
            || (e - s <= 3 && first.ends_with("’s"));
        let phrase = &text[words[s].start..words[e - 1].end];
        if definite && e - s <= 4 && !head.ends_with('s') {
            if let Some(id) = tracker.resolve_role(pos, head) {
                tracker.mention(pos, id);
                return Some(tracker.name(id).to_string());
            }
            let id = tracker.register_role(phrase, head);
            tracker.mention(pos, id);
            return Some(phrase.to_string());
        }
        if !head.ends_with('s') {
            let id = tracker.register_role(phrase, head);
            tracker.mention(pos, id);
        }
        return Some(phrase.to_string());
    }
    // A name: the last capitalised run of the phrase. A phrase has few runs: they are
    // gathered on the stack, and listed anew only for a phrase with more.
    let mut few = [(0, 0); 8];
    let mut n = 0;
    let mut all = Runs::new(text, &words[s..e]);
    for r in all.by_ref().take(few.len()) {
        few[n] = r;
        n += 1;
    }
    let many;
    let rs: &[(usize, usize)] = if all.next().is_none() {
        &few[..n]
    } else {
        many = runs(text, &words[s..e]);
        &many
    };
    for &(rs_, re_) in rs.iter().rev() {
        if rs_ > 0 && is_preposition(&lw(text, words[s + rs_ - 1])) {
            continue; // "on Apple Music", "of the Sierra Club"
        }
        if let Some(n) = clean_name(text, &words[s..e], rs_, re_) {
            let (ns, ne) = (n.start, n.end);
            let name = &text[ns..ne];
            if is_function_word(text.lower(ns, ne)) {
                continue;
            }
            let id = match tracker.lookup_span(text, ns, ne) {
                Some(id) => id,
                None => tracker.register(
                    name,
                    crate::lexicon::Gender::Unknown,
                    name.contains(' ') && !span_looks_like_org(text, ns, ne),
                ),
            };
            tracker.mention(ns, id);
            return Some(tracker.name(id).to_string());
        }
    }
    if e - s <= 8 {
        return Some(text[words[s].start..words[e - 1].end].to_string());
    }
    None
}

/// "O'Neill", "D’Souza": a capital, an apostrophe, then a capitalised rest.
fn is_irish_style_name(raw: &str) -> bool {
    let b = raw.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_uppercase() {
        return false;
    }
    let rest = if raw[1..].starts_with('\'') {
        &raw[2..]
    } else if raw[1..].starts_with('’') {
        &raw[1 + '’'.len_utf8()..]
    } else {
        return false;
    };
    rest.len() > 1 && crate::text::is_capitalized(rest)
}

pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "on"
            | "to"
            | "as"
            | "from"
            | "with"
            | "by"
            | "for"
            | "during"
            | "after"
            | "before"
            | "into"
            | "of"
            | "about"
            | "via"
            | "through"
            | "under"
            | "over"
            | "since"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn np(t: &str) -> Option<String> {
        let ws = words(t, 0, t.len());
        let t = &Doc::new(t);
        let mut tr = Tracker::default();
        tr.observe(t, &ws, &|_| false);
        let (s, e) = subject_range(t, &ws, 0, ws.len() - 1);
        resolve_np(t, &ws, s, e, &mut tr)
    }

    #[test]
    fn names_from_subjects() {
        assert_eq!(
            np("Kai Berg, a senior adviser to the mayor, said").as_deref(),
            Some("Kai Berg")
        );
        assert_eq!(
            np("the Daily Planet's Lois Lane said").as_deref(),
            Some("Lois Lane")
        );
        assert_eq!(
            np("an Eastland official said").as_deref(),
            Some("an Eastland official")
        );
        assert_eq!(
            np("Democratic nominee Ann Lee, at a later press gaggle, said").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(np("O'Neill said").as_deref(), Some("O'Neill"));
        assert_eq!(np("D’Souza said").as_deref(), Some("D’Souza"));
        assert_eq!(np("It's said"), None);
    }
}
