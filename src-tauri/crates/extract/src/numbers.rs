//! Number parsing: digits with thousands separators and decimals, number words
//! ("twenty-five"), multipliers ("1.7bn", "two million"), fractions ("a third") and ordinals.

/// Value of a cardinal number word, or a hyphenated compound ("twenty-five").
pub fn word_value(w: &str) -> Option<f64> {
    if let Some((a, b)) = w.split_once('-') {
        let tens = word_value(a)?;
        let unit = word_value(b)?;
        if (20.0..=90.0).contains(&tens) && (1.0..=9.0).contains(&unit) {
            return Some(tens + unit);
        }
        return None;
    }
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Multiplier words and suffixes: "million", "bn", "m", "k".
pub fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Value of an ordinal word or numeral ("third", "3rd").
pub fn ordinal_value(w: &str) -> Option<f64> {
    let v = match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if matches!(suffix, "st" | "nd" | "rd" | "th") && !digits.is_empty() {
                return digits.parse().ok();
            }
            return None;
        }
    };
    Some(v)
}

/// Value of a fraction word after "a"/"one"/a number word ("third" gives 1/3).
pub fn fraction_value(w: &str) -> Option<f64> {
    Some(match w {
        "half" => 0.5,
        "third" | "thirds" => 1.0 / 3.0,
        "quarter" | "quarters" => 0.25,
        "fifth" | "fifths" => 0.2,
        "tenth" | "tenths" => 0.1,
        _ => return None,
    })
}

/// Parses "64,000", "2.3", "7.5"; rejects malformed separators ("1,23").
pub fn parse_digits(s: &str) -> Option<f64> {
    if s.contains(',') {
        let (int, frac) = match s.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
            return None;
        }
        if frac.is_none() {
            if let Some(v) = small_int(int.bytes().filter(|&c| c != b',')) {
                return Some(v);
            }
        }
        let mut cleaned: String = int.chars().filter(|c| *c != ',').collect();
        if let Some(f) = frac {
            cleaned.push('.');
            cleaned.push_str(f);
        }
        return cleaned.parse().ok();
    }
    small_int(s.bytes()).or_else(|| s.parse().ok())
}

/// The value of up to 15 ASCII digits (at least one), read without the general float
/// parser: integers that short are exact in an `f64`, so this is what `parse` gives.
fn small_int(digits: impl Iterator<Item = u8>) -> Option<f64> {
    let mut n: u64 = 0;
    let mut len = 0;
    for c in digits {
        if !c.is_ascii_digit() || len == 15 {
            return None;
        }
        n = n * 10 + u64::from(c - b'0');
        len += 1;
    }
    (len > 0).then_some(n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_and_digits() {
        assert_eq!(word_value("twenty-five"), Some(25.0));
        assert_eq!(word_value("nineteen"), Some(19.0));
        assert_eq!(word_value("ten-two"), None);
        assert_eq!(parse_digits("64,000"), Some(64000.0));
        assert_eq!(parse_digits("1,234.5"), Some(1234.5));
        assert_eq!(parse_digits("1,23"), None);
        assert_eq!(parse_digits("007"), Some(7.0));
        assert_eq!(parse_digits("123456789012345"), Some(123456789012345.0));
        assert_eq!(
            parse_digits("12345678901234567890"),
            Some(1.2345678901234567e19)
        );
        assert_eq!(
            parse_digits("1,234,567,890,123,456"),
            Some(1234567890123456.0)
        );
        assert_eq!(multiplier("bn"), Some(1e9));
        assert_eq!(ordinal_value("3rd"), Some(3.0));
        assert!((fraction_value("third").unwrap() - 0.3333).abs() < 1e-3);
    }
}
