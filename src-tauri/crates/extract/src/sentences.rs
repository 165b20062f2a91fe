//! Sentence and paragraph splitting over byte offsets.
//!
//! A line break always ends a paragraph (news bodies put one paragraph per line). Inside a
//! paragraph a sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets) when
//! whitespace and a capital, digit or opening quote follow, unless the full stop belongs to
//! an abbreviation or an initial.

use crate::lexicon::is_abbreviation;

/// One sentence: trimmed byte span and the index of its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub para: usize,
}

/// Splits `text` into sentences, in order. Empty lines produce nothing.
pub fn split(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 100);
    let mut para = 0usize;
    let mut line_start = 0usize;
    for i in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        if split_paragraph(text, line_start, i, para, &mut out) {
            para += 1;
        }
        line_start = i + 1;
    }
    out
}

/// Splits one paragraph; returns whether it held any sentence.
fn split_paragraph(
    text: &str,
    start: usize,
    end: usize,
    para: usize,
    out: &mut Vec<Sentence>,
) -> bool {
    let b = text.as_bytes();
    let before = out.len();
    let mut s = start;
    let mut i = start;
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &b[i..end]) {
        let term = i + k;
        let mut j = term;
        while j < end && matches!(b[j], b'.' | b'!' | b'?') {
            j += 1;
        }
        j = skip_closers(b, j, end);
        if is_boundary(text, s, term, j, end) {
            push(text, s, j, para, out);
            s = j;
        }
        i = j.max(term + 1);
        if i >= end {
            break;
        }
    }
    push(text, s, end, para, out);
    out.len() > before
}

/// Longest sentence kept whole. Real sentences are far shorter; text without terminators
/// (lists, tables, garbage) is cut into pieces so that figure claims, whose span is their
/// sentence, stay small.
const MAX_SENTENCE: usize = 2000;

fn push(text: &str, s: usize, e: usize, para: usize, out: &mut Vec<Sentence>) {
    let (mut s, e) = crate::text::trim_span(text, s, e);
    while e - s > MAX_SENTENCE {
        let limit = crate::text::window_fwd(text, s, MAX_SENTENCE, e);
        let cut = text[s..limit].rfind(' ').map_or(limit, |k| s + k + 1);
        let cut = if cut <= s { limit.max(s + 1) } else { cut };
        let mut cut = cut;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        let (a, b) = crate::text::trim_span(text, s, cut);
        if b > a {
            out.push(Sentence {
                start: a,
                end: b,
                para,
            });
        }
        s = cut;
    }
    let (s, e) = crate::text::trim_span(text, s, e);
    if e > s {
        out.push(Sentence {
            start: s,
            end: e,
            para,
        });
    }
}

/// Skips closing quotes and brackets after a terminator.
fn skip_closers(b: &[u8], mut j: usize, end: usize) -> usize {
    loop {
        if j < end && matches!(b[j], b'"' | b'\'' | b')' | b']') {
            j += 1;
        } else if j + 2 < end + 1
            && j + 2 < b.len()
            && b[j] == 0xE2
            && b[j + 1] == 0x80
            && (b[j + 2] == 0x9D || b[j + 2] == 0x99)
        {
            j += 3;
        } else {
            return j;
        }
    }
}

/// Decides whether the terminator at `term` (closers end at `j`) ends a sentence.
fn is_boundary(text: &str, sent_start: usize, term: usize, j: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if j >= end {
        return false; // the paragraph end closes it anyway
    }
    // "Tala.The": a full stop glued to a capitalised word after a lower-case word.
    if !b[j].is_ascii_whitespace() {
        return b[term] == b'.'
            && j == term + 1
            && term > sent_start
            && b[term - 1].is_ascii_lowercase()
            && term >= 2
            && b[term - 2].is_ascii_lowercase()
            && b[j].is_ascii_uppercase()
            && j + 1 < end
            && b[j + 1].is_ascii_lowercase();
    }
    let mut k = j;
    while k < end && b[k].is_ascii_whitespace() {
        k += 1;
    }
    if k >= end {
        return false;
    }
    let next = b[k];
    let next_ok = next.is_ascii_uppercase()
        || next.is_ascii_digit()
        || matches!(next, b'"' | b'\'' | b'(' | b'[')
        || (next >= 0x80 && starts_upper_or_opener(&text[k..]));
    if !next_ok {
        return false;
    }
    if b[term] == b'.' && j == term + 1 {
        // The word before the full stop: abbreviation or initial?
        let mut w = term;
        while w > sent_start && (b[w - 1].is_ascii_alphabetic() || b[w - 1] == b'.') {
            w -= 1;
        }
        let word = &text[w..term];
        if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
            return false; // an initial: "Mary J. Blige"
        }
        if !word.is_empty() && is_abbreviation(&crate::text::Lower::new(word)) {
            return false;
        }
        if word.contains('.') && word.len() <= 5 {
            return false; // "U.S." style
        }
    }
    true
}

fn starts_upper_or_opener(s: &str) -> bool {
    match s.chars().next() {
        Some(c) => c.is_uppercase() || matches!(c, '“' | '‘' | '«'),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminators_and_lines() {
        let t = "Mr. Smith went home. He slept!\n\n“It rained,” he said. “Yes.” Then 3 left.";
        assert_eq!(
            texts(t),
            vec![
                "Mr. Smith went home.",
                "He slept!",
                "“It rained,” he said.",
                "“Yes.”",
                "Then 3 left."
            ]
        );
    }

    #[test]
    fn keeps_initials_and_decimals() {
        let t = "Anna K. Berg spent 2.5 weeks in the U.K. port city. Done.";
        assert_eq!(
            texts(t),
            vec![
                "Anna K. Berg spent 2.5 weeks in the U.K. port city.",
                "Done."
            ]
        );
    }

    #[test]
    fn splits_glued_full_stop() {
        assert_eq!(
            texts("The city of Tala.The army left."),
            vec!["The city of Tala.", "The army left."]
        );
    }

    #[test]
    fn very_long_runs_are_cut() {
        let t = "word ".repeat(2000);
        let s = split(&t);
        assert!(s.iter().all(|s| s.end - s.start <= MAX_SENTENCE));
        // The pieces follow each other and, between them, keep every word.
        assert!(s.windows(2).all(|p| p[0].end <= p[1].start));
        let kept: usize = s
            .iter()
            .map(|s| t[s.start..s.end].matches("word").count())
            .sum();
        assert_eq!(kept, 2000);
    }

    #[test]
    fn paragraphs_are_numbered() {
        let s = split("One.\n\nTwo. Three.\nFour");
        assert_eq!(
            s.iter().map(|s| s.para).collect::<Vec<_>>(),
            vec![0, 1, 1, 2]
        );
    }
}
