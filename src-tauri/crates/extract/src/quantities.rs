//! Checkable figures: one per number in the text, with its value, unit and bound.
//!
//! One regex pass over the whole text finds number tokens; each is then kept or dropped by
//! its neighbours: dates, years, clock times, decades and identifiers ("resolution 1441",
//! "Type 45", "F-16") are dropped, durations and ranks ("third-largest") are kept.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{is_month, is_weekday};
use crate::numbers::{fraction_value, multiplier, ordinal_value, parse_digits, word_value};
use crate::qualifiers::qualifier;
use crate::text::{is_capitalized, Doc, Tokens};
use crate::Qualifier;

mod context;

use context::{
    back, currency_before, currency_word, fwd, is_identifier_noun, is_plural_noun, is_superlative,
    noun_after,
};

/// A figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Byte span of the number itself.
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)\b(?:(?P<d>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>[a-z]{1,3})?",
        r"|(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?",
        r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen",
        r"|sixteen|seventeen|eighteen|nineteen|dozens|hundreds|thousands|millions|billions|scores",
        r"|half|third|quarter|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b"
    ))
    .expect("number pattern")
});
/// The `d` (digits) and `suf` (letters glued after them) groups of a [`NUMBER`] match, or
/// `(None, None)` for a number word. A digit match is digits, commas and full stops followed
/// by ASCII letters only, so the first letter is where `suf` begins.
fn number_parts(m: &str) -> (Option<&str>, Option<&str>) {
    if !m.as_bytes()[0].is_ascii_digit() {
        return (None, None);
    }
    match m.bytes().position(|c| c.is_ascii_alphabetic()) {
        Some(k) => (Some(&m[..k]), Some(&m[k..])),
        None => (Some(m), None),
    }
}

/// Letters glued after digits that name a unit ("5km", "10mph").
fn is_unit_suffix(suf: &str) -> bool {
    matches!(
        suf,
        "km" | "kg"
            | "mph"
            | "mm"
            | "cm"
            | "ft"
            | "lb"
            | "lbs"
            | "mw"
            | "gw"
            | "kw"
            | "ha"
            | "kmh"
            | "mi"
            | "sq"
    )
}

/// Clock-time words after a plain number ("10 am", "9 GMT").
fn is_clock_word(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm"
            | "a.m"
            | "p.m"
            | "gmt"
            | "bst"
            | "est"
            | "edt"
            | "utc"
            | "o'clock"
            | "hrs"
            | "et"
            | "cet"
    )
}

/// Whether [`find`] drops the figure `m` on one of its tests that read only the words after
/// it (and the text right before it), so that the window before it need not be cut: the
/// common years, dates, clock times, "second" without a superlative and the like. Every test
/// in `find` drops a figure outright, so answering some of them early changes nothing; a
/// `false` here leaves the figure to the full tests. `back_lo` is where the window before
/// the number starts; `d` is the number's digits and their value, if it has digits.
#[allow(clippy::too_many_arguments)]
fn dropped_for_what_follows(
    text: &Doc,
    (start, end): (usize, usize),
    back_lo: usize,
    d: Option<(&str, Option<f64>)>,
    suf: Option<&str>,
    after: &[&str],
    next_b: u8,
    prev_b: u8,
) -> bool {
    let a0 = after.first().copied().unwrap_or("");
    if let Some((d, value)) = d {
        if let Some(suf) = suf {
            return multiplier(suf).is_none()
                && matches!(suf, "st" | "nd" | "rd" | "th")
                && !is_superlative(a0);
        }
        if d.contains([',', '.']) {
            return false;
        }
        if is_clock_word(a0) {
            return true;
        }
        let v = value.unwrap_or(0.0);
        if v <= 31.0 && (is_month(a0) || (a0 == "of" && after.get(1).is_some_and(|w| is_month(w))))
        {
            return true;
        }
        // A year, unless it is an amount of money; the word before it can only be "pounds"
        // if the window before it holds that word.
        let year_like = (1000.0..=2100.0).contains(&v) && d.len() == 4;
        if !year_like {
            return false;
        }
        let maybe_money = prev_b == b'$'
            || text[..start].ends_with('£')
            || text[..start].ends_with('€')
            || text.lower(back_lo, start).contains("pounds");
        let counted = is_plural_noun(a0) && a0 != "elections";
        return !maybe_money
            && !counted
            && multiplier(a0).is_none()
            && !a0.starts_with("per")
            && next_b != b'%';
    }
    let w = text.lower(start, end);
    if word_value(w).is_some() {
        // "one in" not followed by a number.
        return w == "one"
            && a0 == "in"
            && !after
                .get(1)
                .is_some_and(|x| word_value(x).is_some() || x.as_bytes()[0].is_ascii_digit());
    }
    if matches!(
        w,
        "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "scores"
    ) {
        return a0 != "of";
    }
    // Fractions depend on the word before them; ordinals need a superlative after them.
    fraction_value(w).is_none() && ordinal_value(w).is_none_or(|_| !is_superlative(a0))
}

/// Finds every figure in `text` between `lo` and `hi`. `sentence_start` says where each
/// figure's sentence begins (sentence-initial capitals are not identifiers).
pub fn find(text: &Doc, sentences: &[crate::sentences::Sentence], toks: &Tokens) -> Vec<Figure> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut si = 0;
    let mut skip_until = 0;
    let (mut before_ws, mut after_ws) = (Vec::new(), Vec::new());
    // The window words in lower case, borrowed from the document's lower-case copy.
    let (mut before, mut after): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    // `find_iter` rather than `captures_iter`: resolving groups runs a second, slower
    // engine over each match, and the groups are easy to read off the match itself.
    for m in NUMBER.find_iter(text) {
        if m.start() < skip_until {
            continue;
        }
        while si < sentences.len() && sentences[si].end <= m.start() {
            si += 1;
        }
        let Some(sent) = sentences.get(si).filter(|s| s.start <= m.start()) else {
            continue;
        };
        let (s_lo, s_hi) = (sent.start, sent.end);
        let prev_b = if m.start() > 0 {
            b[m.start() - 1]
        } else {
            b' '
        };
        let prev2 = if m.start() > 1 {
            b[m.start() - 2]
        } else {
            b' '
        };
        let next_b = b.get(m.end()).copied().unwrap_or(b' ');
        let next2 = b.get(m.end() + 1).copied().unwrap_or(b' ');
        // Glued to identifiers, ratios, times and dates: 9/11, 10:30, F-16, 2003/2004.
        if matches!(prev_b, b'/' | b':' | b'#' | b'.' | b'_')
            || (prev_b == b'-' && prev2.is_ascii_alphanumeric())
        {
            continue;
        }
        if (matches!(next_b, b'/' | b':') && next2.is_ascii_digit())
            || (next_b == b'-' && next2.is_ascii_uppercase())
        {
            continue;
        }
        let (d, suf) = number_parts(m.as_str());
        // Letters glued to digits that are neither a multiplier, an ordinal ending nor a
        // unit ("1930s", "3pm", "5G") drop the figure whatever its neighbours: settle that
        // before the look-around windows are cut.
        let suf = suf.map(|s| {
            let at = m.end() - s.len();
            text.lower(at, m.end())
        });
        if let Some(suf) = suf {
            if multiplier(suf).is_none()
                && !matches!(suf, "st" | "nd" | "rd" | "th")
                && !is_unit_suffix(suf)
            {
                continue;
            }
        }
        after_ws.clear();
        toks.window(m.end(), fwd(text, m.end(), s_hi, 64), &mut after_ws);
        after.clear();
        after.extend(after_ws.iter().map(|w| text.lower(w.start, w.end)));
        let a0 = after.first().copied().unwrap_or("");
        let back_lo = back(text, m.start(), s_lo, 48);
        let parsed = d.and_then(parse_digits);
        if dropped_for_what_follows(
            text,
            (m.start(), m.end()),
            back_lo,
            d.map(|d| (d, parsed)),
            suf,
            &after,
            next_b,
            prev_b,
        ) {
            continue;
        }
        before_ws.clear();
        toks.window(back_lo, m.start(), &mut before_ws);
        // Only the last three words before a figure are ever read (for its qualifier).
        before.clear();
        let from = before_ws.len().saturating_sub(3);
        before.extend(before_ws[from..].iter().map(|w| text.lower(w.start, w.end)));
        let prev = before.last().copied().unwrap_or("");
        let mut value: Option<f64>;
        let mut unit: Option<String> = None;
        let mut used_after = 0usize;
        let digits = d.is_some();
        if let Some(d) = d {
            value = parsed;
            let plain_int = !d.contains([',', '.']);
            if let Some(suf) = suf {
                if let Some(mult) = multiplier(suf) {
                    value = value.map(|v| v * mult);
                } else if matches!(suf, "st" | "nd" | "rd" | "th") {
                    if !is_superlative(a0) {
                        continue;
                    }
                    unit = Some("rank".into());
                    used_after = 1;
                } else {
                    // A unit suffix: anything else was dropped before the windows.
                    unit = Some(suf.to_string());
                }
            } else if plain_int {
                let v = value.unwrap_or(0.0);
                let year_like = (1000.0..=2100.0).contains(&v) && d.len() == 4;
                let currency = matches!(prev_b, b'$')
                    || prev == "pounds"
                    || text[..m.start()].ends_with('£')
                    || text[..m.start()].ends_with('€');
                if year_like
                    && !currency
                    && !(is_plural_noun(a0) && a0 != "elections")
                    && multiplier(a0).is_none()
                    && !a0.starts_with("per")
                    && next_b != b'%'
                {
                    continue;
                }
                if v <= 31.0
                    && (is_month(prev)
                        || is_month(a0)
                        || (a0 == "of" && after.get(1).is_some_and(|w| is_month(w))))
                {
                    continue;
                }
                if is_clock_word(a0) {
                    continue;
                }
            }
            // "Type 45", "resolution 1441": an identifier, not a count.
            if let Some(pw) = before_ws.last() {
                let raw = &text[pw.start..pw.end];
                let gap_plain = text[pw.end..m.start()].bytes().all(|c| c == b' ');
                if gap_plain
                    && (is_identifier_noun(prev)
                        || (is_capitalized(raw)
                            && pw.start > s_lo
                            && !is_month(prev)
                            && !is_weekday(prev)
                            && !crate::lexicon::is_function_word(prev)
                            && prev != "pounds"))
                {
                    continue;
                }
            }
        } else {
            let w = text.lower(m.start(), m.end());
            if let Some(v) = word_value(w) {
                if w == "one"
                    && multiplier(a0).is_none()
                    && a0 != "in"
                    && !a0.starts_with("percent")
                    && !matches!(prev, "least" | "than" | "only" | "just")
                {
                    continue;
                }
                if w == "one"
                    && a0 == "in"
                    && !after.get(1).is_some_and(|x| {
                        word_value(x).is_some() || x.as_bytes()[0].is_ascii_digit()
                    })
                {
                    continue;
                }
                value = Some(v);
            } else if matches!(
                w,
                "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "scores"
            ) {
                if a0 != "of" {
                    continue;
                }
                value = None;
            } else if let Some(f) = fraction_value(w).filter(|_| {
                matches!(prev, "a" | "one" | "two" | "three") || (w == "half" && a0 == "of")
            }) {
                value = Some(if prev == "two" {
                    2.0 * f
                } else if prev == "three" {
                    3.0 * f
                } else {
                    f
                });
                unit = Some("fraction".into());
            } else if let Some(v) = ordinal_value(w) {
                if !is_superlative(a0) {
                    continue;
                }
                value = Some(v);
                unit = Some("rank".into());
                used_after = 1;
            } else {
                continue;
            }
        }
        // Multipliers, percentages, currencies and "times" after the number.
        let mut k = used_after;
        while k < after.len() {
            if let Some(mult) =
                multiplier(after[k]).filter(|_| !(after[k] == "m" || after[k] == "b"))
            {
                value = value.map(|v| v * mult);
                k += 1;
            } else {
                break;
            }
        }
        if unit.is_none() {
            if next_b == b'%' {
                unit = Some("percent".into());
            } else if after
                .get(k)
                .is_some_and(|&w| w == "percent" || w == "percentage")
            {
                unit = Some(
                    if after.get(k + 1).is_some_and(|&w| w == "points") {
                        "percentage points"
                    } else {
                        "percent"
                    }
                    .into(),
                );
            } else if after.get(k).is_some_and(|&w| w == "per")
                && after.get(k + 1).is_some_and(|&w| w == "cent")
            {
                unit = Some("percent".into());
            } else if let Some(c) = currency_before(text, m.start(), prev) {
                unit = Some(c.into());
            } else if let Some(c) = after.get(k).and_then(|&w| currency_word(w)) {
                unit = Some(c.into());
            } else if digits || value.is_some() {
                unit = noun_after(&after[k..]);
            } else {
                unit = noun_after(&after[k.min(after.len())..]);
            }
        }
        let q = qualifier(&before);
        // A range: the second number is part of this figure.
        if q == Qualifier::Between
            || matches!(a0, "to" | "and")
                && after
                    .get(1)
                    .is_some_and(|w| w.as_bytes()[0].is_ascii_digit())
                && prev == "between"
        {
            if let Some(w) = after_ws.get(1) {
                skip_until = w.end;
            }
        }
        out.push(Figure {
            start: m.start(),
            end: m.end(),
            value,
            unit,
            qualifier: q,
        });
    }
    out
}
