//! Small byte-level helpers shared by the detectors: word spans, case tests, trimming.
//!
//! Everything works on byte offsets and only ever cuts at ASCII bytes or at offsets that
//! came from `char_indices`, so every span stays on a character boundary.

/// A word: a run of ASCII letters, digits, apostrophes inside the word, hyphens and any
/// non-ASCII letter. Returned as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// True for bytes that can be part of a word (non-ASCII bytes count so that names such as
/// "Libération" or "Velayati’s" are not cut in the middle of a character).
#[inline]
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-' || b == b'\''
}

/// Words of `text[start..end]`, with offsets into `text`. Apostrophes and hyphens at the
/// edges and curly apostrophes at the end ("Iran’s" keeps its ’s) stay with the word only
/// when letters follow them.
pub fn words(text: &str, start: usize, end: usize) -> Vec<Word> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        if is_word_byte(b[i]) && !is_quote_at(b, i) {
            let s = i;
            while i < end && is_word_byte(b[i]) && !is_quote_at(b, i) {
                i += 1;
            }
            // A curly apostrophe followed by a letter belongs to the word (Iran’s).
            while i + 3 < end && &b[i..i + 3] == "’".as_bytes() && b[i + 3].is_ascii_alphabetic()
            {
                i += 3;
                while i < end && is_word_byte(b[i]) && !is_quote_at(b, i) {
                    i += 1;
                }
            }
            let mut e = i;
            while e > s && matches!(b[e - 1], b'-' | b'\'') {
                e -= 1;
            }
            let mut s2 = s;
            while s2 < e && matches!(b[s2], b'-' | b'\'') {
                s2 += 1;
            }
            if s2 < e {
                out.push(Word { start: s2, end: e });
            }
        } else if is_quote_at(b, i) {
            i += 3;
        } else {
            i += 1;
        }
    }
    out
}

/// True when a curly quotation mark or dash starts at `i` (these are non-ASCII but are
/// punctuation, not letters).
#[inline]
pub fn is_quote_at(b: &[u8], i: usize) -> bool {
    if b[i] != 0xE2 || i + 2 >= b.len() || b[i + 1] != 0x80 {
        return false;
    }
    // ‘ ’ “ ” – — … and the ellipsis/dash family: U+2010..U+2027.
    (0x90..=0xA7).contains(&b[i + 2])
}

/// True when the word starts with an uppercase letter (ASCII, or a non-ASCII uppercase).
pub fn is_capitalized(w: &str) -> bool {
    match w.chars().next() {
        Some(c) => c.is_uppercase(),
        None => false,
    }
}

/// `text[start..end]` with ASCII and Unicode whitespace trimmed, as offsets.
pub fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead >= s.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}

/// `pos - n` (not below `lo`), moved forward to a character boundary: bounds look-back
/// windows so long sentences stay linear.
pub fn window_back(text: &str, pos: usize, n: usize, lo: usize) -> usize {
    let mut i = pos.saturating_sub(n).max(lo);
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `pos + n` (not above `hi`), moved back to a character boundary.
pub fn window_fwd(text: &str, pos: usize, n: usize, hi: usize) -> usize {
    let mut i = (pos + n).min(hi).max(pos);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Strips a possessive ending ("’s", "'s", "s'") from a word.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_curly_possessive_and_hyphens() {
        let t = "Iran’s anti-war “plan” 'quoted' -x-";
        let ws: Vec<&str> = words(t, 0, t.len())
            .iter()
            .map(|w| &t[w.start..w.end])
            .collect();
        assert_eq!(ws, vec!["Iran’s", "anti-war", "plan", "quoted", "x"]);
    }

    #[test]
    fn trim_handles_all_space() {
        assert_eq!(trim_span("   ", 0, 3), (0, 0));
        assert_eq!(trim_span(" ab ", 0, 4), (1, 3));
    }
}
