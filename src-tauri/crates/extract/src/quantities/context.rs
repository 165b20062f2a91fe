//! The words around a number: identifier nouns ("resolution 1441"), superlatives for ranks,
//! currencies, plural nouns and the counted noun after a figure.

use crate::lexicon::is_function_word;
use crate::text::Doc;

/// Words that precede an identifier number rather than a count.
pub fn is_identifier_noun(w: &str) -> bool {
    matches!(
        w,
        "resolution"
            | "article"
            | "section"
            | "clause"
            | "chapter"
            | "flight"
            | "route"
            | "type"
            | "number"
            | "no"
            | "level"
            | "phase"
            | "stage"
            | "act"
            | "room"
            | "page"
            | "paragraph"
            | "amendment"
            | "item"
            | "category"
            | "class"
            | "grade"
            | "version"
            | "model"
            | "channel"
            | "gate"
            | "terminal"
            | "platform"
            | "bus"
            | "line"
            | "rule"
            | "title"
            | "precinct"
            | "ward"
            | "code"
            | "tier"
            | "zone"
            | "highway"
            | "interstate"
            | "proposition"
            | "prop"
            | "bill"
            | "exhibit"
            | "figure"
            | "table"
            | "episode"
            | "season"
            | "vol"
            | "volume"
            | "issue"
            | "district"
            | "unit"
            | "apartment"
            | "suite"
            | "box"
            | "station"
            | "lot"
            | "block"
            | "sector"
            | "week"
            | "day"
            | "game"
            | "round"
            | "pp"
            | "p"
            | "squad"
            | "battalion"
            | "brigade"
            | "division"
            | "regiment"
    )
}

pub fn is_superlative(w: &str) -> bool {
    let w = w.trim_start_matches('-');
    w.ends_with("est") || matches!(w, "most" | "least" | "largest" | "biggest" | "highest")
}

pub fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "pounds" | "pound" | "sterling" => "GBP",
        "dollars" | "dollar" | "usd" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupees" => "INR",
        "roubles" | "rubles" => "RUB",
        _ => return None,
    })
}

pub fn is_plural_noun(w: &str) -> bool {
    (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("'s")
        && !w.ends_with("’s"))
        || matches!(
            w,
            "people"
                | "men"
                | "women"
                | "children"
                | "police"
                | "staff"
                | "personnel"
                | "troops"
                | "cattle"
        )
}

pub fn currency_before(text: &Doc, start: usize, prev: &str) -> Option<&'static str> {
    let head = text[..start].trim_end();
    if head.ends_with("US$") || head.ends_with('$') {
        Some("USD")
    } else if head.ends_with('£') || prev == "pounds" {
        Some("GBP")
    } else if head.ends_with('€') || prev == "euros" {
        Some("EUR")
    } else {
        None
    }
}

/// The counted noun after a number: up to three words, stopping at a function word or after
/// a plural ("40 young nurses", "2,300 homes", "12-member panel" gives "member panel").
pub fn noun_after(after: &[&str]) -> Option<String> {
    let mut i = 0;
    if after.first() == Some(&"of") {
        i = 1; // "hundreds of volunteers"
        if after.get(1) == Some(&"the") {
            i = 2;
        }
    }
    // The kept words are one run of `after`, so they are joined straight into the result
    // instead of being collected first.
    let mut out = String::new();
    let mut kept = 0;
    while i < after.len() && kept < 3 {
        let w = after[i];
        if is_function_word(w) || w.as_bytes()[0].is_ascii_digit() {
            break;
        }
        if !(kept == 0 && matches!(w, "other" | "more" | "additional" | "new" | "extra")) {
            if kept > 0 {
                out.push(' ');
            }
            out.push_str(w);
            kept += 1;
        }
        if is_plural_noun(w) {
            break;
        }
        i += 1;
    }
    (kept > 0).then_some(out)
}

pub fn back(text: &Doc, from: usize, lo: usize, n: usize) -> usize {
    let mut i = from.saturating_sub(n).max(lo);
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

pub fn fwd(text: &Doc, from: usize, hi: usize, n: usize) -> usize {
    let mut i = (from + n).min(hi).max(from);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
