//! Finds the speaker of each direct quotation: a speech tag right after it ("…," said X /
//! "…," X told Y), a cue before it in the same sentence (X accused Y of "…"; X said: "…"),
//! a passive "by X", or else the speaker of the quote just before it (a quote running on
//! across sentences or paragraphs).

use crate::lexicon::{is_function_word, is_quote_tag_verb, is_two_word_tag, pronoun_gender};
use crate::names::Runs;
use crate::people::Tracker;
use crate::quotes::Quote;
use crate::speakers::{
    clause_break, lw, resolve_np, skip_aux, subject_range, words_outside_parens,
};
use crate::text::{strip_possessive, Doc, Tokens, Word};

/// How a quote's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A tag attached to the quote; the byte span of the tag (not an attribution claim).
    Tag(usize, usize),
    /// A cue earlier in the sentence.
    Cue,
    None,
}

/// Resolves the speaker from the tag after the quote (`after_end` = end of its sentence or
/// the next quote) or a cue before it (`sent_start`). `ws` holds the words of the windows it
/// looks at: the caller keeps one list from quote to quote, so that none is allocated.
pub fn resolve(
    text: &Doc,
    toks: &Tokens,
    q: &Quote,
    sent_start: usize,
    after_end: usize,
    tracker: &mut Tracker,
    ws: &mut Vec<Word>,
) -> (Option<String>, Found) {
    // "….”, according to X." — a comma right after the closing mark: the sentence goes on
    // even where the sentence splitter ended it at the mark.
    let mut after_end = after_end;
    // "….” said X, a …" — a lower-case word right after the closing mark continues the
    // sentence even where the splitter ended it at the mark.
    let next_lower = text[q.end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.as_bytes().first().is_some_and(|c| c.is_ascii_lowercase()));
    // A word after the quote is looked at only where the sentence (as split) ends there.
    let cut_short = after_end <= q.end + 2;
    if text[q.end..].starts_with(',')
        || next_lower
        || (cut_short && name_then_verb(text, toks, q.end))
    {
        // Within the sentence as split, a short reach is enough to see the tag.
        let reach = if cut_short { 300 } else { 150 };
        let hi = crate::text::window_fwd(text, q.end, reach, text.len());
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[q.end..hi]).map_or(hi, |k| q.end + k);
        after_end = after_end.max(line_end);
    }
    if let Some(r) = after_tag(text, toks, q, after_end, tracker, ws) {
        return r;
    }
    if let Some(r) = signature_line(text, toks, q, tracker) {
        return r;
    }
    if sent_start < q.start {
        if let Some(r) = before_cue(text, toks, q, sent_start, after_end, tracker, ws) {
            return r;
        }
    }
    (None, Found::None)
}

/// "….” Sen. Ann Lee said as she …": a name and its speech verb open the text after a
/// quote that ends a sentence, on the same line.
fn name_then_verb(text: &Doc, toks: &Tokens, pos: usize) -> bool {
    let b = text.as_bytes();
    if b.get(pos) != Some(&b' ') || !b.get(pos + 1).is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let hi = crate::text::window_fwd(text, pos, 80, text.len());
    let hi = memchr::memchr(b'\n', &text.as_bytes()[pos..hi]).map_or(hi, |k| pos + k);
    let ws = toks.words(pos, hi);
    // Only the first capitalised run matters: the runs are walked, not listed.
    match Runs::new(text, &ws).next() {
        // Not a pronoun or article opening a new sentence ("He said the plan …").
        Some((0, e)) if e < ws.len() && !clause_break(text, &ws, e) => {
            verb_len(text, &ws, e) > 0
                && !matches!(
                    lw(text, ws[0]).as_str(),
                    "he" | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "there"
                )
        }
        _ => false,
    }
}

fn after_tag(
    text: &Doc,
    toks: &Tokens,
    q: &Quote,
    after_end: usize,
    tracker: &mut Tracker,
    ws: &mut Vec<Word>,
) -> Option<(Option<String>, Found)> {
    if after_end <= q.end {
        return None;
    }
    let hi = crate::text::window_fwd(text, q.end, 600, after_end);
    words_outside_parens(toks, text, q.end, hi, ws);
    let ws = &ws[..ws.len().min(48)];
    let first = *ws.first()?;
    let gap = &text[q.end..first.start];
    if gap.contains(['.', '!', '?']) && !gap.contains(',') {
        return None; // a new sentence, not a tag
    }
    // "…” ― Jane Roe": a dash and a bare name sign the quote.
    if gap.contains(['―', '—', '–']) {
        if let Some((0, e)) = Runs::new(text, ws).next() {
            if e == ws.len() || clause_break(text, ws, e) {
                let sp = resolve_np(text, ws, 0, e, tracker);
                return Some((sp, Found::Tag(q.end, ws[e - 1].end)));
            }
        }
    }
    // "…," according to X: the source named right after the quote.
    if ws.len() > 2
        && !gap.contains(['.', '!', '?'])
        && lw(text, ws[0]).as_str() == "according"
        && lw(text, ws[1]).as_str() == "to"
    {
        if let Some(sp) = np_after_verb(text, ws, 2, tracker) {
            return Some((Some(sp.0), Found::Tag(q.end, sp.1)));
        }
    }
    // A participle is never the tag itself ("“…,” noting the economy"; "“…,” he said,
    // adding …" finds "said" first).
    let v =
        (0..ws.len()).find(|&k| verb_len(text, ws, k) > 0 && !lw(text, ws[k]).ends_with("ing"))?;
    if v == 0 {
        let sp = np_after_verb(text, ws, verb_len(text, ws, 0), tracker)?;
        return Some((Some(sp.0), Found::Tag(q.end, sp.1)));
    }
    // Walk back over auxiliaries to the end of the subject.
    let mut subj_end = v;
    while subj_end > 0 && crate::lexicon::is_aux_or_adverb(&lw(text, ws[subj_end - 1])) {
        subj_end -= 1;
    }
    // "…," Jane Roe, director of a long-named institute, said: the name opens the tag.
    if v > 14 || (v > 0 && clause_break(text, ws, subj_end) && subj_end < ws.len()) {
        if let Some((0, e)) = Runs::new(text, ws).next() {
            if e < subj_end && clause_break(text, ws, e) && clause_break(text, ws, subj_end) {
                let sp = resolve_np(text, ws, 0, e, tracker);
                return Some((sp, Found::Tag(q.end, ws[v].end)));
            }
        }
    }
    if v > 14 {
        return None;
    }
    let (s, e) = subject_range(text, ws, 0, subj_end);
    let verb = lw(text, ws[v]);
    let subject_ok = s == 0 && e > s && {
        let f = lw(text, ws[s]);
        !is_function_word(&f)
            || pronoun_gender(&f).is_some()
            // A capitalised run ("US Senator Ann Lee said"): a name, not "us".
            || (e - s >= 2 && text.as_bytes()[ws[s].start].is_ascii_uppercase())
            || matches!(
                f.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "they"
                    | "my"
                    | "our"
                    | "your"
                    | "their"
                    | "its"
                    | "this"
                    | "these"
                    | "those"
                    | "another"
                    | "one"
                    | "some"
                    | "several"
                    | "many"
            )
    };
    if subject_ok {
        if verb == "quoted" {
            // "the agency quoted X as saying": X is the speaker.
            if let Some(sp) = np_after_verb(text, ws, v + 1, tracker) {
                return Some((Some(sp.0), Found::Tag(q.end, sp.1)));
            }
        }
        let sp = resolve_np(text, ws, s, e, tracker);
        return Some((sp, Found::Tag(q.end, ws[v].end)));
    }
    // "…'' of the plan, Mr. Roe said": a name after a comma, with quoted words before it.
    if e > s && s > 0 && clause_break(text, ws, s) {
        let f = &text[ws[s].start..ws[s].end];
        if crate::text::is_capitalized(f) || pronoun_gender(&crate::text::Lower::new(f)).is_some() {
            if let Some(sp) = resolve_np(text, ws, s, e, tracker) {
                return Some((Some(sp), Found::Tag(q.end, ws[v].end)));
            }
        }
    }
    // "… for the union, said X": the verb comes first.
    if v > 0 && clause_break(text, ws, v) {
        let sp = np_after_verb(text, ws, v + verb_len(text, ws, v), tracker)?;
        return Some((Some(sp.0), Found::Cue));
    }
    None
}

/// A quote that ends its paragraph, signed on the next line: "“…” ¶ - Jane Roe." (fact
/// checks and reader comments).
fn signature_line(
    text: &Doc,
    toks: &Tokens,
    q: &Quote,
    tracker: &mut Tracker,
) -> Option<(Option<String>, Found)> {
    let hi = crate::text::window_fwd(text, q.end, 120, text.len());
    let rest = &text[q.end..hi];
    let body = rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{a0}']);
    let skipped = &rest[..rest.len() - body.len()];
    if !skipped.contains('\n') {
        return None;
    }
    let line = body.split('\n').next()?;
    let after_dash = line.strip_prefix(['-', '—', '―', '–'])?;
    let start = hi - body.len() + (line.len() - after_dash.len());
    let end = start + after_dash.trim_end().trim_end_matches('.').len();
    if end >= hi {
        return None; // the line runs on past the window: not a signature
    }
    let ws = toks.words(start, end);
    if ws.is_empty() || ws.len() > 12 {
        return None;
    }
    let (s, e) = Runs::new(text, &ws).next()?;
    if s != 0 || (e != ws.len() && !text[ws[e - 1].end..ws[e].start].contains(',')) {
        return None;
    }
    let sp = resolve_np(text, &ws, 0, e, tracker)?;
    Some((Some(sp), Found::Tag(q.end, ws[e - 1].end)))
}

/// How many words the quote-tag verb at `ws[k]` takes: 1 ("said"), 2 ("shot back",
/// "put it"), or 0 when there is none. Asked of word after word in the windows around a
/// quote, so it is inlined into those loops.
#[inline(always)]
fn verb_len(text: &Doc, ws: &[Word], k: usize) -> usize {
    let w = ws[k];
    if !text.as_bytes()[w.start].is_ascii_lowercase() {
        return 0;
    }
    let l = lw(text, w);
    let n = if is_quote_tag_verb(&l) {
        1
    } else if k + 1 < ws.len()
        && is_two_word_tag(&l, &lw(text, ws[k + 1]))
        && !clause_break(text, ws, k + 1)
    {
        2
    } else {
        return 0;
    };
    // After a determiner the word is a noun: "the states", "her reports", "a claim".
    if k > 0
        && matches!(
            lw(text, ws[k - 1]).as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "these"
                | "those"
        )
        && !clause_break(text, ws, k)
    {
        return 0;
    }
    n
}

/// The noun phrase right after a verb ("said Marit in 't Zand, a city councillor").
fn np_after_verb(
    text: &Doc,
    ws: &[Word],
    from: usize,
    tracker: &mut Tracker,
) -> Option<(String, usize)> {
    let s = skip_aux(text, ws, from, ws.len());
    if s >= ws.len() || clause_break(text, ws, s) && s > from {
        return None;
    }
    let mut e = s + 1;
    while e < ws.len() && !clause_break(text, ws, e) && e - s < 8 {
        let w = lw(text, ws[e]);
        if is_function_word(&w) && !matches!(w.as_str(), "in" | "of") {
            break;
        }
        if w == "in" || w == "of" {
            // "in" may sit inside a name ("Marit in 't Zand"); "of" inside a role.
            if e + 1 < ws.len()
                && crate::text::is_capitalized(&text[ws[e + 1].start..ws[e + 1].end])
                && w == "in"
            {
                e += 1;
                continue;
            }
            break;
        }
        e += 1;
    }
    let sp = resolve_np(text, ws, s, e, tracker)?;
    Some((sp, ws[e - 1].end))
}

fn before_cue(
    text: &Doc,
    toks: &Tokens,
    q: &Quote,
    sent_start: usize,
    after_end: usize,
    tracker: &mut Tracker,
    ws: &mut Vec<Word>,
) -> Option<(Option<String>, Found)> {
    let lo_b = crate::text::window_back(text, q.start, 400, sent_start);
    words_outside_parens(toks, text, lo_b, q.start, ws);
    let ws = &ws[..];
    if ws.is_empty() {
        return None;
    }
    // The window holds the whole sentence: its first word opens the clause.
    let at_start = lo_b == sent_start;
    let lo = ws.len().saturating_sub(30);
    // "Said X, …" / "Continued X:" may open the sentence with a capital.
    let opening_verb = at_start && is_quote_tag_verb(&lw(text, ws[0])) && ws.len() > 1;
    let v = (lo..ws.len())
        .rev()
        .find(|&k| verb_len(text, ws, k) > 0 || (k == 0 && opening_verb));
    // "According to X, “…”".
    let acc = (lo..ws.len().saturating_sub(2))
        .rev()
        .find(|&k| lw(text, ws[k]).as_str() == "according" && lw(text, ws[k + 1]).as_str() == "to");
    if let Some(a) = acc.filter(|&a| v.is_none_or(|v| a > v)) {
        if let Some(sp) = np_after_verb(text, ws, a + 2, tracker) {
            return Some((Some(sp.0), Found::Cue));
        }
    }
    let Some(v) = v else {
        return colon_intro(text, ws, q, at_start, tracker).map(|sp| (Some(sp), Found::Cue));
    };
    let vl = verb_len(text, ws, v).max(1);
    // Passive: "described as … by X".
    if v > 0
        && matches!(
            lw(text, ws[v - 1]).as_str(),
            "been" | "was" | "were" | "is" | "are" | "be"
        )
    {
        let hi = crate::text::window_fwd(text, q.end, 400, after_end.max(q.end));
        let mut rest = Vec::new();
        words_outside_parens(toks, text, q.end, hi, &mut rest);
        let by = rest.iter().position(|w| &text[w.start..w.end] == "by")?;
        let sp = np_after_verb(text, &rest, by + 1, tracker)?;
        return Some((Some(sp.0), Found::Cue));
    }
    // The verb opens its clause: "…," said X, "…" (the second half of a split quote) or
    // "Said X: “…”". The speaker follows the verb.
    let after_quote = v > 0 && {
        let gap = &text[ws[v - 1].end..ws[v].start];
        gap.contains(['"', '”', '“']) || gap.contains("''")
    };
    if (v == 0 && at_start) || after_quote {
        if let Some(sp) = np_after_verb(text, ws, v + vl, tracker) {
            return Some((Some(sp.0), Found::Cue));
        }
    }
    // A participle or infinitive ("X posted a comment, saying, “…”", "X went on to say
    // “…”") or a second verb ("X said … and added, “…”"): the speaker is the subject of
    // the main clause, not the words just before the verb.
    let verb = lw(text, ws[v]);
    let mut subj_end = v;
    while subj_end > 0 && crate::lexicon::is_aux_or_adverb(&lw(text, ws[subj_end - 1])) {
        subj_end -= 1;
    }
    let before = if subj_end > 0 {
        lw(text, ws[subj_end - 1])
    } else {
        crate::text::Lower::empty()
    };
    // "footage of Jane Roe asking, “…”": a name right before the participle is its subject.
    let name_before = v > 0
        && !clause_break(text, ws, v)
        && crate::text::is_capitalized(&text[ws[v - 1].start..ws[v - 1].end]);
    let dependent = (verb.ends_with("ing") && v > 0 && !name_before)
        || matches!(before.as_str(), "to" | "and" | "but")
        || (verb.ends_with("ing") && clause_break(text, ws, v));
    if dependent {
        if let Some(sp) = main_subject(text, ws, subj_end, at_start, tracker) {
            return Some((Some(sp), Found::Cue));
        }
    }
    let (s, e) = subject_range(text, ws, 0, subj_end);
    if e <= s {
        return None;
    }
    let sp = resolve_np(text, ws, s, e, tracker)?;
    Some((Some(sp), Found::Cue))
}

/// Words that open an adverbial before the subject ("Here in Iowa, X …", "On Friday, X …").
fn opens_adverbial(w: &str) -> bool {
    is_function_word(w)
        || crate::lexicon::is_aux_or_adverb(w)
        || crate::lexicon::is_weekday(w)
        || crate::lexicon::is_month(w)
        || w.ends_with("ly")
        || matches!(
            w,
            "during"
                | "after"
                | "before"
                | "despite"
                | "amid"
                | "speaking"
                | "asked"
                | "last"
                | "throughout"
                | "among"
                | "across"
                | "following"
                | "without"
                | "within"
                | "against"
                | "toward"
                | "towards"
                | "unlike"
                | "like"
        )
}

/// The subject of the clause that opens the sentence, before word `end`: a name ("Hillary
/// Clinton immediately posted …") or a short phrase headed by a role or organisation
/// ("The Clinton campaign, in a Q&A, …"). None when the sentence opens otherwise.
fn main_subject(
    text: &Doc,
    ws: &[Word],
    end: usize,
    at_start: bool,
    tracker: &mut Tracker,
) -> Option<String> {
    if !at_start || end == 0 {
        return None;
    }
    let mut k = crate::speakers::strip_leading(text, ws, 0, end);
    // Opening adverbials, each up to its comma: "On Friday, after a long wait, …", "Back in
    // 1999, …", "Appearing before supporters, …".
    for _ in 0..3 {
        if k >= end {
            return None;
        }
        let comma = (k + 1..end.min(k + 14)).find(|&j| clause_break(text, ws, j));
        let first = lw(text, ws[k]);
        let lower = !crate::text::is_capitalized(&text[ws[k].start..ws[k].end]);
        let adverbial = (opens_adverbial(&first) && !is_determiner(&first))
            || (first.ends_with("ing") && comma.is_some())
            || (lower && !is_determiner(&first))
            || comma.is_some_and(|c| {
                c - k <= 5
                    && (k + 1..c).any(|j| {
                        let w = lw(text, ws[j]);
                        crate::speakers::is_preposition(&w) || w.as_bytes()[0].is_ascii_digit()
                    })
            });
        if !adverbial {
            break;
        }
        k = comma?;
    }
    // Not when the sentence opens with a quotation ("“…,” X said, adding “…”").
    let b = text.as_bytes();
    let mut from = ws[0].start.saturating_sub(3);
    if let Some(nl) = memchr::memrchr2(b'\n', b'.', &b[from..ws[0].start]) {
        from += nl + 1;
    }
    if k >= end
        || b[from..ws[k].start].contains(&b'"')
        || memchr::memmem::find(&b[from..ws[k].start], "“".as_bytes()).is_some()
        || memchr::memmem::find(&b[from..ws[k].start], "”".as_bytes()).is_some()
    {
        return None;
    }
    if k >= end {
        return None;
    }
    let e = subject_end(text, ws, k, end)?;
    resolve_np(text, ws, k, e, tracker)
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one" | "another" | "this"
    )
}

/// End of a subject starting at `ws[k]`: a capitalised run, or a determiner and up to four
/// words ending in a role or organisation noun.
fn subject_end(text: &Doc, ws: &[Word], k: usize, end: usize) -> Option<usize> {
    let first = lw(text, ws[k]);
    if is_determiner(&first) || first.ends_with("’s") || first.ends_with("'s") {
        let j = (k + 1..end.min(k + 5)).find(|&j| {
            let w = lw(text, ws[j]);
            let w = strip_possessive(&w);
            crate::lexicon::is_role_noun(w)
                || crate::names::is_org_word(w)
                || crate::lexicon::is_document_noun(w)
        })?;
        if (k + 1..=j).any(|i| clause_break(text, ws, i)) {
            return None;
        }
        return Some(j + 1);
    }
    let raw = &text[ws[k].start..ws[k].end];
    if !crate::text::is_capitalized(raw) || is_function_word(&first) {
        return None;
    }
    let (_, e) = Runs::new(text, &ws[k..end]).next()?;
    // The run must be followed by a verb-like lower-case word or a comma, not be part of a
    // longer phrase ("Trump supporters").
    Some(name_after_role(text, ws, k + e, end).unwrap_or(k + e))
}

/// "Green Party chief whip Ann Lee said": an affiliation, a role and then the person's name.
/// Given the end of the affiliation's run, the end of the name's run when up to four
/// lower-case words ending in a role noun or title lead to it, with no clause break between.
pub fn name_after_role(text: &Doc, ws: &[Word], from: usize, end: usize) -> Option<usize> {
    let mut j = from;
    while j < end && j - from < 4 && !clause_break(text, ws, j) {
        let raw = &text[ws[j].start..ws[j].end];
        if crate::text::is_capitalized(raw) {
            break;
        }
        j += 1;
    }
    let role = j > from && crate::lexicon::is_role_noun(strip_possessive(&lw(text, ws[j - 1])));
    if !role || j >= end || clause_break(text, ws, j) {
        return None;
    }
    let (s, e) = Runs::new(text, &ws[j..end]).next()?;
    (s == 0).then_some(j + e)
}

/// "Name: “…”", "HEADLINE - Name: “…”" or "X verb …: “…”" when no speech verb is
/// near: the words before a colon that introduces the quote.
fn colon_intro(
    text: &Doc,
    ws: &[Word],
    q: &Quote,
    at_start: bool,
    tracker: &mut Tracker,
) -> Option<String> {
    let last = *ws.last()?;
    let gap = text[last.end..q.start].trim_end();
    let statement =
        gap.ends_with(',') && crate::lexicon::is_document_noun(strip_possessive(&lw(text, last)));
    if !gap.ends_with(':') && !statement {
        return None;
    }
    let n = ws.len();
    // A bare name right before the colon, opening its line or following a dash.
    if let Some((s, e)) = Runs::new(text, ws).last() {
        let opens = if s == 0 {
            at_start
        } else {
            let gap = &text[ws[s - 1].end..ws[s].start];
            gap.contains(" - ") || gap.contains(['—', '–', '\n'])
        };
        if e == n && n - s <= 6 && opens {
            if let Some(sp) = resolve_np(text, ws, s, e, tracker) {
                return Some(sp);
            }
        }
    }
    let sp = main_subject(text, ws, n, at_start, tracker)?;
    Some(sp)
}

#[cfg(test)]
mod tests {
    use crate::{extract, ClaimKind};

    /// (quote text, speaker) of every quote claim.
    fn quotes(t: &str) -> Vec<(String, Option<String>)> {
        extract(t)
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quote)
            .map(|c| (c.text, c.speaker))
            .collect()
    }

    fn speaker_of(t: &str, quote_start: &str) -> Option<String> {
        quotes(t)
            .into_iter()
            .find(|(q, _)| q.starts_with(quote_start))
            .unwrap_or_else(|| panic!("no quote {quote_start:?} in {:?}", quotes(t)))
            .1
    }

    #[test]
    fn second_half_of_a_split_quote_takes_the_inverted_tag() {
        let t = "Ann Lee spoke first.\n\n\"It is hard,\" said Bob Stone, \"because the two rights conflict with each other.\"\n";
        assert_eq!(speaker_of(t, "\"because").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn sentence_opening_verb_names_the_speaker() {
        let t = "The museum opened.\n\nSaid Dora Poyle, who grew up nearby, “We were all so proud of him.”\n";
        assert_eq!(speaker_of(t, "“We were").as_deref(), Some("Dora Poyle"));
    }

    #[test]
    fn participle_takes_the_main_subject() {
        let t = "Jane Roe immediately posted a Twitter comment of her own, saying, “We are so excited to meet them!”\n";
        assert_eq!(speaker_of(t, "“We are").as_deref(), Some("Jane Roe"));
        let t = "Here in Columbia, Sam Ford stepped up his emphasis on justice, saying, “We have got to act now on this.”\n";
        assert_eq!(speaker_of(t, "“We have").as_deref(), Some("Sam Ford"));
    }

    #[test]
    fn colon_after_a_bare_name_or_a_subject() {
        let t = "Kim Dole: ‘You Find Me Wrong Because I Disagree’\n\nMore text here.\n";
        assert_eq!(speaker_of(t, "‘You Find").as_deref(), Some("Kim Dole"));
        let t = "After the flood, President Ted Marsh put out a short message:\n\n“We stand with every family who lost a home.”\n";
        assert_eq!(speaker_of(t, "“We stand").as_deref(), Some("Ted Marsh"));
    }

    #[test]
    fn according_to_before_or_after_the_quote() {
        let t = "Ann Lee spoke.\n\nAccording to the Daily Planet, “the mayor had already gone home by then.”\n";
        assert_eq!(speaker_of(t, "“the mayor").as_deref(), Some("Daily Planet"));
        let t =
            "Ann Lee spoke.\n\n“We are still winning hearts and minds,” according to Bob Stone.\n";
        assert_eq!(speaker_of(t, "“We are").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn a_speech_verb_after_a_determiner_is_a_noun() {
        let t = "The rule faces a test.\n\n“It is an invasion of the state domain,” Ann Lee, the attorney general of one of the states suing the agency, said at an event.\n";
        assert_eq!(speaker_of(t, "“It is").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn possessive_subject_after_the_quote() {
        let t = "Ann Lee spoke.\n\n\"We live in a world of trouble,\" my father often said.\n";
        assert_eq!(speaker_of(t, "\"We live").as_deref(), Some("my father"));
        let t = "Ann Lee spoke.\n\n\"We are not going anywhere soon,\" one senior Democrat said.\n";
        assert_eq!(
            speaker_of(t, "\"We are").as_deref(),
            Some("one senior Democrat")
        );
    }

    #[test]
    fn a_subject_after_a_quoted_paragraph_introduces_the_next_quote() {
        let t = "Title\n\nThe FBI reviewed the case. \"But was it criminal?\"\n\nAnn Lee has since apologized for what happened: \"Yes, I should have used two accounts.\"\n\nBob Stone issued a statement, \"Last night, our nation was attacked.\"\n";
        assert_eq!(speaker_of(t, "\"Yes").as_deref(), Some("Ann Lee"));
        assert_eq!(speaker_of(t, "\"Last night").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn signature_on_the_next_line() {
        let t = "Ann Lee spoke.\n\n\"The idea that we should cut taxes again is absurd.\"\n\n- Bob Stone.\n\nStone exaggerates.\n";
        assert_eq!(speaker_of(t, "\"The idea").as_deref(), Some("Bob Stone"));
        let t = "Ann Lee spoke.\n\n\"Great speech, very strong and clear.\"\n\n-President Bob Stone, tweeting after the speech.\n";
        assert_eq!(speaker_of(t, "\"Great").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn several_opening_adverbials_are_skipped() {
        let t = "Title\n\nOn Thursday, after remaining neutral throughout the process, Ann Lee appeared on television and endorsed Bob Stone, saying, “I think he is exactly what this country needs.”\n";
        assert_eq!(speaker_of(t, "“I think").as_deref(), Some("Ann Lee"));
        let t = "Title\n\nIn a wide-ranging, in-prison interview last year, Bob Stone said he welcomed the trial and added, \"I'll plead guilty, no problem.\"\n";
        assert_eq!(speaker_of(t, "\"I'll").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn participles_of_speech_verbs_are_tags() {
        let t = "Title\n\nAnn Lee, a former party chairman, poked at Bob Stone's habits during the debate, tweeting, “Notice him sniffing all the time.”\n";
        assert_eq!(speaker_of(t, "“Notice").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_participle_after_a_quote_is_no_tag() {
        let t = "Title\n\nLater, Ann Lee conceded that the bridge was still \"a long way from finished,\" citing delays in steel deliveries.\n";
        assert_eq!(speaker_of(t, "\"a long way").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_long_tag_after_a_full_stop_inside_the_quote() {
        let t = "Title\n\n“The reality is that the firewall could be snuffed out.” said Bob Stone, a Democratic congressman and civil rights leader from the south.\n";
        assert_eq!(speaker_of(t, "“The reality").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn a_name_and_verb_after_a_full_stop_inside_the_quote() {
        let t = "Title\n\n“The great state of Alabama is proud to cast its votes.” US Senator Bob Stone said as he launched the process.\n";
        assert_eq!(speaker_of(t, "“The great").as_deref(), Some("Bob Stone"));
        let t = "Title\n\nAnn Lee called the plan weak, to which Bob Stone replied: \"That is plainly wrong.\" He said Ann Lee had not read it.\n";
        assert_eq!(speaker_of(t, "\"That is").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn dependent_verbs_take_the_main_subject() {
        let t = "Ann Lee spoke.\n\nBob Stone said the move was made by Ann Lee and said, “Who are you going to blame for this?”\n";
        assert_eq!(speaker_of(t, "“Who are").as_deref(), Some("Bob Stone"));
        let t = "Ann Lee spoke.\n\nBack in 1999, Bob Stone praised her skills, telling a reporter: “I wish I could do that as well as she does.”\n";
        assert_eq!(speaker_of(t, "“I wish").as_deref(), Some("Bob Stone"));
        let t = "Ann Lee spoke.\n\nBob Stone's letter makes a simple case: “Followers of the plan have nothing to fear from it.”\n";
        assert_eq!(speaker_of(t, "“Followers").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn according_to_after_a_full_stop_inside_the_quote() {
        let t = "Ann Lee spoke.\n\n“I think one has to ask whether this is right.”, according to the Daily Planet.\n";
        assert_eq!(speaker_of(t, "“I think").as_deref(), Some("Daily Planet"));
    }

    #[test]
    fn an_affiliation_and_role_before_a_name_give_the_name() {
        let t = "Title\n\nHarbour Party deputy leader Ann Lee praised the vote and said the result was \"a fine day for the town\".\n";
        assert_eq!(speaker_of(t, "\"a fine").as_deref(), Some("Ann Lee"));
        let t = "Title\n\nNorthland opposition leader Bob Stone issued a statement:\n\n“We will not give up.”\n";
        assert_eq!(speaker_of(t, "“We will").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn an_untagged_quote_takes_the_source_reported_before_it() {
        let t = "Title\n\n“The ruling is wrong,” Ann Lee said.\n\nBob Stone, the council's lawyer, said the verdict came as no shock.\n\n“We will appeal and we expect to win.”\n";
        assert_eq!(speaker_of(t, "“The ruling").as_deref(), Some("Ann Lee"));
        assert_eq!(speaker_of(t, "“We will").as_deref(), Some("Bob Stone"));
    }

    #[test]
    fn two_word_and_colourful_tags() {
        let t = "Ann Lee asked a question.\n\n“Go back to your seat,” Bob Stone shot back.\n\n“Sit down now,” Lee barked.\n";
        assert_eq!(speaker_of(t, "“Go back").as_deref(), Some("Bob Stone"));
        assert_eq!(speaker_of(t, "“Sit down").as_deref(), Some("Ann Lee"));
    }
}
