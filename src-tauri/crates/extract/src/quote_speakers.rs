//! Finds the speaker of each direct quotation: a speech tag right after it ("…," said X /
//! "…," X told Y), a cue before it in the same sentence (X accused Y of "…"; X said: "…"),
//! a passive "by X", or else the speaker of the quote just before it (a quote running on
//! across sentences or paragraphs).

use crate::lexicon::{is_function_word, is_quote_tag_verb, pronoun_gender};
use crate::names::runs;
use crate::people::Tracker;
use crate::quotes::Quote;
use crate::speakers::{
    clause_break, lw, resolve_np, skip_aux, subject_range, words_outside_parens,
};
use crate::text::{Doc, Tokens, Word};

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
/// the next quote) or a cue before it (`sent_start`).
pub fn resolve(
    text: &Doc,
    toks: &Tokens,
    q: &Quote,
    sent_start: usize,
    after_end: usize,
    tracker: &mut Tracker,
) -> (Option<String>, Found) {
    if let Some(r) = after_tag(text, toks, q, after_end, tracker) {
        return r;
    }
    if sent_start < q.start {
        if let Some(r) = before_cue(text, toks, q, sent_start, after_end, tracker) {
            return r;
        }
    }
    (None, Found::None)
}

fn after_tag(
    text: &Doc,
    toks: &Tokens,
    q: &Quote,
    after_end: usize,
    tracker: &mut Tracker,
) -> Option<(Option<String>, Found)> {
    if after_end <= q.end {
        return None;
    }
    let ws = words_outside_parens(
        toks,
        text,
        q.end,
        crate::text::window_fwd(text, q.end, 600, after_end),
    );
    let ws = &ws[..ws.len().min(48)];
    let first = *ws.first()?;
    let gap = &text[q.end..first.start];
    if gap.contains(['.', '!', '?']) && !gap.contains(',') {
        return None; // a new sentence, not a tag
    }
    // "…” ― Jane Roe": a dash and a bare name sign the quote.
    if gap.contains(['―', '—', '–']) {
        let rs = runs(text, ws);
        if let Some(&(0, e)) = rs.first() {
            if e == ws.len() || clause_break(text, ws, e) {
                let sp = resolve_np(text, ws, 0, e, tracker);
                return Some((sp, Found::Tag(q.end, ws[e - 1].end)));
            }
        }
    }
    let v = (0..ws.len()).find(|&k| is_verb_at(text, ws[k]))?;
    if v == 0 {
        let sp = np_after_verb(text, ws, 1, tracker)?;
        return Some((Some(sp.0), Found::Tag(q.end, sp.1)));
    }
    // Walk back over auxiliaries to the end of the subject.
    let mut subj_end = v;
    while subj_end > 0 && crate::lexicon::is_aux_or_adverb(&lw(text, ws[subj_end - 1])) {
        subj_end -= 1;
    }
    // "…," Jane Roe, director of a long-named institute, said: the name opens the tag.
    if v > 14 || (v > 0 && clause_break(text, ws, subj_end) && subj_end < ws.len()) {
        if let Some(&(0, e)) = runs(text, ws).first() {
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
            || matches!(f.as_str(), "the" | "a" | "an" | "they")
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
    // "… for the EU, said X": the verb comes first.
    if v > 0 && clause_break(text, ws, v) {
        let sp = np_after_verb(text, ws, v + 1, tracker)?;
        return Some((Some(sp.0), Found::Cue));
    }
    None
}

/// A speech verb written in lower case ("States" in "United States" is no verb).
fn is_verb_at(text: &Doc, w: Word) -> bool {
    text.as_bytes()[w.start].is_ascii_lowercase() && is_quote_tag_verb(&lw(text, w))
}

/// The noun phrase right after a verb ("said Sophie in 't Veld, a Dutch liberal").
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
            // "in" may sit inside a name ("Sophie in 't Veld"); "of" inside a role.
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
) -> Option<(Option<String>, Found)> {
    let ws = words_outside_parens(
        toks,
        text,
        crate::text::window_back(text, q.start, 400, sent_start),
        q.start,
    );
    if ws.is_empty() {
        return None;
    }
    let lo = ws.len().saturating_sub(30);
    let v = (lo..ws.len()).rev().find(|&k| is_verb_at(text, ws[k]))?;
    // Passive: "described as … by X".
    if v > 0
        && matches!(
            lw(text, ws[v - 1]).as_str(),
            "been" | "was" | "were" | "is" | "are" | "be"
        )
    {
        let rest = words_outside_parens(
            toks,
            text,
            q.end,
            crate::text::window_fwd(text, q.end, 400, after_end.max(q.end)),
        );
        let by = rest.iter().position(|w| &text[w.start..w.end] == "by")?;
        let sp = np_after_verb(text, &rest, by + 1, tracker)?;
        return Some((Some(sp.0), Found::Cue));
    }
    let mut subj_end = v;
    while subj_end > 0 && crate::lexicon::is_aux_or_adverb(&lw(text, ws[subj_end - 1])) {
        subj_end -= 1;
    }
    let (s, e) = subject_range(text, &ws, 0, subj_end);
    if e <= s {
        return None;
    }
    let sp = resolve_np(text, &ws, s, e, tracker)?;
    Some((Some(sp), Found::Cue))
}
