//! The pipeline: sentences, quotes, figures and threat cues found once over the whole text,
//! then one visit per sentence, in order, so pronouns and roles resolve to the people named
//! before them.

use crate::attributions::{self, Attribution};
use crate::checkworthy::checkworthiness;
use crate::people::Tracker;
use crate::quote_speakers::{self, Found};
use crate::quotes::{self, Quote};
use crate::sentences::{self, Sentence};
use crate::statements::{self, Facts};
use crate::text::{gallop, is_capitalized, lw, words, Doc, Tokens};
use crate::{qualifiers, quantities, threats, Claim, ClaimKind};

/// Extracts every checkable claim from `text`, ordered by start offset.
pub fn extract(text: &str) -> Vec<Claim> {
    extract_with(text, &checkworthiness)
}

/// Like [`extract`], with `model` scoring the check-worthiness of statement candidates
/// (the bundled model in [`extract`]; a fixed score isolates the rules, e.g. for timing).
pub fn extract_with(text: &str, model: &dyn Fn(&str) -> f32) -> Vec<Claim> {
    let doc = Doc::new(text);
    let text = &doc;
    let sents = sentences::split(text);
    let toks = Tokens::new(text);
    let quotes = quotes::find(text);
    let figures = quantities::find(text, &sents, &toks);
    let cues = threats::cues(text.lower_text());
    // Asked in text order, so the search starts where the last one ended.
    let quote_hint = std::cell::Cell::new(0);
    let in_quote = |pos: usize| {
        let k = gallop(&quotes, quote_hint.get(), |q| q.start <= pos);
        quote_hint.set(k);
        k > 0 && pos < quotes[k - 1].end
    };
    let mut tracker = Tracker::default();
    let mut out = Vec::with_capacity(sents.len() + quotes.len());
    let mut speakers: Vec<(Option<String>, Found)> = vec![(None, Found::None); quotes.len()];
    let mut tag_spans: Vec<(usize, usize)> = Vec::new();
    let (mut qi, mut fi, mut ci) = (0, 0, 0);
    let mut ws = Vec::new();
    // The words of the windows around a quote, kept from quote to quote.
    let mut speaker_ws = Vec::new();
    let mut atts: Vec<Attribution> = Vec::new();
    // Attributions to a named source, (start, source): who an untagged quote after them
    // most likely comes from.
    let mut named_sources: Vec<(usize, String)> = Vec::new();
    // Sentences the model is to score: (sentence, rule score, cited source).
    let mut candidates: Vec<(usize, f32, Option<String>)> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let first_claim = out.len();
        ws.clear();
        toks.window(s.start, s.end, &mut ws);
        tracker.observe(text, &ws, &in_quote);
        while qi < quotes.len() && quotes[qi].end <= s.end {
            let q = &quotes[qi];
            let k0 = sentence_of(&sents[..=si], q.start, si).unwrap_or(si);
            let mut start_sent = sents[k0].start;
            // "The Times reports:" on the line before a quote that opens its sentence.
            if start_sent == q.start
                && k0 > 0
                && text[sents[k0 - 1].start..sents[k0 - 1].end].ends_with(':')
            {
                start_sent = sents[k0 - 1].start;
            }
            let next_q = quotes.get(qi + 1).map_or(usize::MAX, |n| n.start);
            let mut after_end = s.end.min(next_q);
            // "…?” Vitter asked." The tag became a sentence of its own.
            if q.end == s.end {
                if let Some(n) = sents
                    .get(si + 1)
                    .filter(|n| n.para == s.para && n.end <= next_q)
                {
                    if is_bare_tag(text, n) {
                        after_end = n.end;
                    }
                }
            }
            let r = quote_speakers::resolve(
                text,
                &toks,
                q,
                start_sent,
                after_end,
                &mut tracker,
                &mut speaker_ws,
            );
            if let Found::Tag(a, b) = r.1 {
                tag_spans.push((a, b));
            }
            speakers[qi] = r;
            qi += 1;
        }
        let skip = |pos: usize| {
            tag_spans
                .iter()
                .rev()
                .take(8)
                .any(|&(a, b)| a <= pos && pos < b)
        };
        atts.clear();
        attributions::find(text, &ws, &skip, &mut tracker, &mut atts);
        let source = atts.first().and_then(|a| a.speaker.clone());
        for a in atts.iter() {
            if let Some(sp) = a.speaker.as_ref().filter(|sp| is_capitalized(sp)) {
                named_sources.push((a.start, sp.clone()));
            }
            out.push(claim(
                text,
                ClaimKind::Attribution,
                a.start,
                a.end,
                a.speaker.clone(),
            ));
        }
        // Threat cues outside quotes make the sentence a threat (quotes get a tag instead).
        let mut threat = false;
        while ci < cues.len() && cues[ci].0 < s.end {
            if cues[ci].0 >= s.start && !in_quote(cues[ci].0) {
                threat = true;
            }
            ci += 1;
        }
        if threat {
            out.push(claim(
                text,
                ClaimKind::Threat,
                s.start,
                s.end,
                source.clone(),
            ));
        }
        let mut figured = false;
        let mut hedge: Option<Option<String>> = None;
        while fi < figures.len() && figures[fi].start < s.end {
            let f = &figures[fi];
            fi += 1;
            if f.start < s.start {
                continue;
            }
            figured = true;
            let h = hedge
                .get_or_insert_with(|| qualifiers::hedge(text.lower(s.start, s.end)))
                .clone();
            let mut c = claim(text, ClaimKind::Quantity, s.start, s.end, source.clone());
            c.value = f.value;
            c.unit = f.unit.clone();
            c.qualifier = Some(f.qualifier);
            c.hedge = h;
            out.push(c);
        }
        if !figured && !threat {
            let facts = Facts {
                has_attribution: !atts.is_empty(),
                quoted_share: quoted_share(&quotes, s, qi),
            };
            let rule = statements::rule_score(text, &ws, s.start, s.end, &facts);
            if rule > 0.0 {
                candidates.push((si, rule, source));
            }
        }
        // Sentences do not overlap, so with each one's claims in order the list is one ordered
        // run (the statements and the quotes added below are two more) and the final sort
        // only merges them.
        out[first_claim..].sort_by_key(|c| (c.start, c.kind, c.end));
    }
    // The model scores the statement candidates in a pass of its own: a tight loop keeps its
    // code and tables in the cache instead of competing with the rules per sentence.
    for (si, rule, source) in candidates {
        let s = &sents[si];
        let score = statements::combined(rule, model(&text[s.start..s.end]));
        if score >= statements::THRESHOLD {
            let mut c = claim(text, ClaimKind::Statement, s.start, s.end, source);
            c.score = score;
            out.push(c);
        }
    }
    let found = QuoteSpeakers {
        speakers,
        named_sources: &named_sources,
    };
    push_quotes(text, &toks, &sents, &quotes, found, &cues, &mut out);
    sort_claims(&mut out);
    out
}

/// Orders claims by (start, kind, end), keeping the order they were made in among equal keys
/// (several figures of one sentence share their sentence's span). Claims are large, so the
/// small keys are sorted with their positions and the claims swapped into place, without a
/// second list of claims.
fn sort_claims(out: &mut [Claim]) {
    let mut keys: Vec<(usize, ClaimKind, usize, usize)> = out
        .iter()
        .enumerate()
        .map(|(i, c)| (c.start, c.kind, c.end, i))
        .collect();
    if keys.is_sorted() {
        return;
    }
    // The position makes every key distinct, so any sort gives the stable order; the stable
    // sort is the one that merges the runs already in order (sentences, statements, quotes).
    keys.sort();
    // `from[p]` is where the claim that belongs at `p` is now; each cycle of that
    // permutation is walked once, and a finished slot points at itself.
    let mut from: Vec<usize> = keys.iter().map(|k| k.3).collect();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != at {
            let src = std::mem::replace(&mut from[at], at);
            if src == start {
                break;
            }
            out.swap(at, src);
            at = src;
        }
    }
}

/// A short sentence of the form "Name said." / "he added." right after a quote.
fn is_bare_tag(text: &Doc, s: &Sentence) -> bool {
    let ws = words(text, s.start, s.end);
    ws.len() <= 8
        && ws
            .iter()
            .take(5)
            .any(|&w| crate::lexicon::is_quote_tag_verb(&lw(text, w)))
}

fn claim(text: &Doc, kind: ClaimKind, start: usize, end: usize, speaker: Option<String>) -> Claim {
    Claim {
        kind,
        text: text[start..end].to_string(),
        start,
        end,
        speaker,
        value: None,
        unit: None,
        qualifier: None,
        hedge: None,
        tags: Vec::new(),
        score: 1.0,
    }
}

/// What the sentence pass learnt about who speaks: each quote's speaker and how it was found,
/// and the attributions to named sources.
struct QuoteSpeakers<'a> {
    speakers: Vec<(Option<String>, Found)>,
    named_sources: &'a [(usize, String)],
}

/// Keeps real quotations (drops scare quotes), fills in speakers of quotes that continue an
/// earlier or later one, and tags threatening quotes.
fn push_quotes(
    text: &Doc,
    toks: &Tokens,
    sents: &[Sentence],
    quotes: &[Quote],
    found: QuoteSpeakers,
    cues: &[(usize, usize)],
    out: &mut Vec<Claim>,
) {
    let QuoteSpeakers {
        speakers,
        named_sources,
    } = found;
    // Asked about quotes in text order and their neighbours, so each search starts from the
    // sentence the last one found.
    let near = std::cell::Cell::new(0);
    let para = |pos: usize| {
        let k = sentence_of(sents, pos, near.get());
        near.set(k.unwrap_or(0));
        k.map_or(0, |k| sents[k].para)
    };
    let mut keep: Vec<(usize, Option<String>, bool)> = Vec::new(); // (quote index, speaker, tagged)
    let mut ws = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let (sp, found) = &speakers[i];
        ws.clear();
        toks.window(q.inner_start, q.inner_end, &mut ws);
        let n_words = ws.len();
        if *found == Found::None && n_words <= 3 {
            continue; // a scare quote or a title
        }
        if n_words <= 2 && is_modifier(text, q.end) {
            continue; // the "Brexit" referendum
        }
        keep.push((i, sp.clone(), *found != Found::None));
    }
    // Untagged quotes continue the previous speaker's (same or previous paragraph): the
    // speaker of the last quote, or a named source reported after it ("X said he was
    // surprised. ¶ “We will appeal.”"). Else they take the speaker of the next quote in the
    // same paragraph.
    for k in 0..keep.len() {
        if keep[k].1.is_some() || keep[k].2 {
            continue;
        }
        let q = &quotes[keep[k].0];
        let p = para(q.start);
        let prev = (0..k).rev().find(|&j| keep[j].1.is_some());
        let after = prev.map_or(0, |j| quotes[keep[j].0].end);
        let n = named_sources.partition_point(|&(a, _)| a < q.start);
        let reported = n
            .checked_sub(1)
            .map(|i| &named_sources[i])
            .filter(|&&(a, _)| a >= after && para(a) + 1 >= p);
        if let Some((_, sp)) = reported {
            keep[k].1 = Some(sp.clone());
            continue;
        }
        if let Some(j) = prev.filter(|&j| para(quotes[keep[j].0].start) + 1 >= p) {
            keep[k].1 = keep[j].1.clone();
            continue;
        }
        if let Some(j) = (k + 1..keep.len()).find(|&j| keep[j].1.is_some()) {
            if para(quotes[keep[j].0].start) == p {
                keep[k].1 = keep[j].1.clone();
            }
        }
    }
    for (i, sp, _) in keep {
        let q = &quotes[i];
        let mut c = claim(text, ClaimKind::Quote, q.start, q.end, sp);
        let k = cues.partition_point(|&(a, _)| a < q.inner_start);
        if cues.get(k).is_some_and(|&(a, _)| a < q.inner_end) {
            c.tags.push(ClaimKind::Threat);
        }
        out.push(c);
    }
}

/// A lower-case content word right after a short quote: the quote modifies a noun.
fn is_modifier(text: &Doc, end: usize) -> bool {
    let rest = &text[end..];
    if !rest.starts_with(' ') {
        return false;
    }
    let w: String = rest
        .trim_start()
        .chars()
        .take(30)
        .take_while(|c| c.is_alphabetic())
        .collect();
    !w.is_empty()
        && !is_capitalized(&w)
        && !crate::lexicon::is_function_word(&crate::text::Lower::new(&w))
}

/// The sentence that `pos` falls in (the last one starting at or before it), searched
/// outward from sentence `near`: callers ask about places close to one they know.
fn sentence_of(sents: &[Sentence], pos: usize, near: usize) -> Option<usize> {
    let k = gallop(sents, near, |s| s.start <= pos);
    if k == 0 {
        None
    } else {
        Some(k - 1)
    }
}

/// Share of sentence `s`'s bytes inside direct quotes; the search for the first quote that
/// may overlap it starts from quote `near`.
fn quoted_share(quotes: &[Quote], s: &Sentence, near: usize) -> f32 {
    let k = gallop(quotes, near, |q| q.end <= s.start);
    let mut covered = 0usize;
    for q in &quotes[k..] {
        if q.start >= s.end {
            break;
        }
        covered += q.end.min(s.end) - q.start.max(s.start);
    }
    covered as f32 / (s.end - s.start).max(1) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(kind: ClaimKind, start: usize, end: usize, unit: &str) -> Claim {
        let mut c = claim(&Doc::new("x"), kind, 0, 0, None);
        (c.start, c.end, c.unit) = (start, end, Some(unit.to_string()));
        c
    }

    #[test]
    fn claims_sort_by_span_and_keep_their_order_among_equal_spans() {
        let mut out = vec![
            at(ClaimKind::Quantity, 50, 90, "first"),
            at(ClaimKind::Quote, 0, 10, "quote"),
            at(ClaimKind::Quantity, 50, 90, "second"),
            at(ClaimKind::Attribution, 20, 30, "att"),
            at(ClaimKind::Quantity, 0, 40, "early"),
            at(ClaimKind::Quantity, 50, 90, "third"),
        ];
        sort_claims(&mut out);
        let got: Vec<(usize, &str)> = out
            .iter()
            .map(|c| (c.start, c.unit.as_deref().unwrap_or("")))
            .collect();
        // Same start: figures before quotes (the kinds' order).
        let want = vec![
            (0, "early"),
            (0, "quote"),
            (20, "att"),
            (50, "first"),
            (50, "second"),
            (50, "third"),
        ];
        assert_eq!(got, want);
    }
}
