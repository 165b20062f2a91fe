//! The bound a text puts on a figure ("at least", "up to", "some") and hedges that weaken
//! it ("believed to", "an estimated").

use std::sync::LazyLock;

use regex::Regex;

use crate::Qualifier;

/// Qualifier from the (lower-cased) words just before a figure, nearest last.
pub fn qualifier<S: AsRef<str>>(before: &[S]) -> Qualifier {
    let n = before.len();
    let last = |k: usize| -> &str {
        if k <= n && k > 0 {
            before[n - k].as_ref()
        } else {
            ""
        }
    };
    match (last(3), last(2), last(1)) {
        ("no", "fewer" | "less", "than") => return Qualifier::AtLeast,
        ("no", "more", "than") | ("as", "many" | "much", "as") | ("a", "maximum", "of") => {
            return Qualifier::UpTo
        }
        ("in", "excess", "of") => return Qualifier::MoreThan,
        ("an", "average", "of") => return Qualifier::About,
        _ => {}
    }
    match (last(2), last(1)) {
        ("at", "least") | ("a", "minimum") => return Qualifier::AtLeast,
        ("more" | "greater" | "higher", "than") | ("upwards", "of") => return Qualifier::MoreThan,
        ("up", "to") | ("at", "most") => return Qualifier::UpTo,
        ("fewer" | "less" | "lower", "than") | ("just", "under") => return Qualifier::FewerThan,
        ("close", "to") | ("an", "estimated") => return Qualifier::About,
        _ => {}
    }
    match last(1) {
        "over" | "above" | "exceeding" | "topping" => Qualifier::MoreThan,
        "under" | "below" => Qualifier::FewerThan,
        "about" | "around" | "some" | "roughly" | "approximately" | "approx" | "nearly"
        | "almost" | "estimated" | "circa" | "c." | "nigh" => Qualifier::About,
        "between" => Qualifier::Between,
        _ => Qualifier::Exact,
    }
}

/// Case-sensitive, for the lower-case copy of the text: without case variants of its
/// phrases the regex engine can skip ahead to their first letters.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u)\b(?:believed to|thought to|said to be|estimated|an estimate of|reportedly|allegedly|feared|suspected|expected to|projected|likely to|could|may|might|possibly|perhaps|unconfirmed)\b",
    )
    .expect("hedge pattern")
});

/// The first hedge phrase in a sentence given in ASCII lower case.
pub fn hedge(sentence_lower: &str) -> Option<String> {
    HEDGE.find(sentence_lower).map(|m| m.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Qualifier {
        let v: Vec<String> = s.split_whitespace().map(str::to_string).collect();
        qualifier(&v)
    }

    #[test]
    fn bounds() {
        assert_eq!(q("injured at least"), Qualifier::AtLeast);
        assert_eq!(q("hold up to"), Qualifier::UpTo);
        assert_eq!(q("cost as much as"), Qualifier::UpTo);
        assert_eq!(q("among some"), Qualifier::About);
        assert_eq!(q("sold more than"), Qualifier::MoreThan);
        assert_eq!(q("fallen below"), Qualifier::FewerThan);
        assert_eq!(q("killed"), Qualifier::Exact);
    }

    #[test]
    fn hedges() {
        let lower = |s: &str| s.to_ascii_lowercase();
        assert_eq!(
            hedge(&lower("The fund is Believed to hold")).as_deref(),
            Some("believed to")
        );
        assert_eq!(hedge(&lower("They made 3 cakes.")), None);
    }
}
