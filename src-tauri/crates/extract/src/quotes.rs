//! Direct quotations: spans from the opening mark to the closing mark, both included.
//!
//! Curly and straight double quotes are treated alike (copy-edited text often mixes them);
//! a straight mark's direction comes from its neighbours. A new opening mark while a quote is
//! open closes the old one without a closing mark ("…the last bus. "Nobody…"), and a
//! quote still open at the end of a paragraph ends there: by convention the next paragraph
//! reopens it. Single curly quotes count only outside double quotes and only as a pair.

/// A direct quotation found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset just past the closing mark, or the end of the quoted text if unclosed.
    pub end: usize,
    /// Offsets of the quoted words (inside the marks).
    pub inner_start: usize,
    pub inner_end: usize,
    /// Whether the closing mark was missing.
    pub unclosed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

/// Finds every direct quotation in `text`, in order.
pub fn find(text: &str) -> Vec<Quote> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start)
    let mut single: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < b.len() {
        // Jump to the next byte that can start a mark; a line break before it still closes
        // an open quote and forgets a pending single opener.
        let next = memchr::memchr3(b'"', b'\'', 0xE2, &b[i..]).map_or(b.len(), |k| i + k);
        if open.is_some() || single.is_some() {
            if let Some(k) = memchr::memchr(b'\n', &b[i..next]) {
                let nl = i + k;
                if let Some((s, is)) = open.take() {
                    push_unclosed(text, s, is, nl, &mut out);
                }
                single = None;
                i = nl + 1;
                continue;
            }
        }
        if next >= b.len() {
            break;
        }
        i = next;
        let c = b[i];
        let (mark, len) = if c == b'"' {
            (Some(straight_direction(b, i, 1)), 1)
        } else if c == b'\'' && i + 1 < b.len() && b[i + 1] == b'\'' {
            // Some archives write double quotes as two apostrophes: ''like this''.
            (Some(straight_direction(b, i, 2)), 2)
        } else if c == 0xE2 && i + 2 < b.len() && b[i + 1] == 0x80 {
            match b[i + 2] {
                0x9C => (Some(Mark::Open), 3),
                0x9D => (Some(Mark::Close), 3),
                0x98 if open.is_none() => {
                    if single.is_none() && opens_single(b, i) {
                        single = Some((i, i + 3));
                    }
                    i += 3;
                    continue;
                }
                0x99 if open.is_none() => {
                    if let Some((s, is)) = single {
                        if closes_single(b, i + 3) && i > is {
                            out.push(Quote {
                                start: s,
                                end: i + 3,
                                inner_start: is,
                                inner_end: i,
                                unclosed: false,
                            });
                            single = None;
                        }
                    }
                    i += 3;
                    continue;
                }
                _ => (None, 3),
            }
        } else {
            (None, 1)
        };
        match (mark, open) {
            (Some(Mark::Open), Some((s, is))) => {
                push_unclosed(text, s, is, i, &mut out);
                open = Some((i, i + len));
            }
            (Some(Mark::Open), None) => {
                open = Some((i, i + len));
                single = None;
            }
            (Some(Mark::Close | Mark::Either), Some((s, is))) => {
                if i > is {
                    out.push(Quote {
                        start: s,
                        end: i + len,
                        inner_start: is,
                        inner_end: i,
                        unclosed: false,
                    });
                }
                open = None;
            }
            (Some(Mark::Either), None) => {
                open = Some((i, i + len));
                single = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some((s, is)) = open {
        push_unclosed(text, s, is, b.len(), &mut out);
    }
    out.retain(|q| has_letter(&text[q.inner_start..q.inner_end]));
    out.sort_by_key(|q| q.start);
    out
}

fn has_letter(s: &str) -> bool {
    s.bytes().any(|c| c.is_ascii_alphabetic() || c >= 0x80)
}

fn push_unclosed(text: &str, s: usize, is: usize, end: usize, out: &mut Vec<Quote>) {
    let (_, e) = crate::text::trim_span(text, is, end);
    if e > is {
        out.push(Quote {
            start: s,
            end: e,
            inner_start: is,
            inner_end: e,
            unclosed: true,
        });
    }
}

/// Direction of a straight double quote from the characters around it.
fn straight_direction(b: &[u8], i: usize, len: usize) -> Mark {
    let prev = if i == 0 { b' ' } else { b[i - 1] };
    let next = if i + len >= b.len() { b' ' } else { b[i + len] };
    let opener_ctx = prev.is_ascii_whitespace()
        || matches!(prev, b'(' | b'[' | b'{' | b'-' | b'/')
        || (prev >= 0x80 && i >= 3 && is_dash_or_opener(&b[i - 3..i]));
    let closer_ctx = next.is_ascii_whitespace()
        || matches!(
            next,
            b',' | b'.' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'-' | b'\''
        )
        || (next >= 0x80 && i + len + 3 <= b.len() && is_dash_or_closer(&b[i + len..i + len + 3]));
    match (opener_ctx, closer_ctx) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ => Mark::Either,
    }
}

fn is_dash_or_opener(s: &[u8]) -> bool {
    s == "—".as_bytes() || s == "–".as_bytes() || s == "“".as_bytes() || s == "‘".as_bytes()
}

fn is_dash_or_closer(s: &[u8]) -> bool {
    s == "—".as_bytes()
        || s == "–".as_bytes()
        || s == "”".as_bytes()
        || s == "’".as_bytes()
        || s == "…".as_bytes()
}

/// A ‘ opens a single-quoted passage when it follows a space or the line start.
fn opens_single(b: &[u8], i: usize) -> bool {
    i == 0 || b[i - 1].is_ascii_whitespace() || matches!(b[i - 1], b'(' | b'[')
}

/// A ’ closes it when no letter follows (otherwise it is an apostrophe: Iran’s).
fn closes_single(b: &[u8], after: usize) -> bool {
    after >= b.len() || !(b[after].is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        find(t).iter().map(|q| &t[q.start..q.end]).collect()
    }

    #[test]
    fn curly_and_straight_mixed() {
        let t = "“Rain is coming,\" she said. \"Bring coats.” Then she left.";
        assert_eq!(spans(t), vec!["“Rain is coming,\"", "\"Bring coats.”"]);
    }

    #[test]
    fn new_opener_closes_unclosed_quote() {
        let t = "\"We lost the vote. \"It is over.\" He left.";
        assert_eq!(spans(t), vec!["\"We lost the vote.", "\"It is over.\""]);
    }

    #[test]
    fn paragraph_end_closes_quote() {
        let t = "“We will win the seat.\n“And then the next one,” he said.";
        let q = find(t);
        assert_eq!(q.len(), 2);
        assert!(q[0].unclosed);
        assert_eq!(&t[q[0].start..q[0].end], "“We will win the seat.");
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "Iran’s army ‘will stay’ in Syria’s south.";
        assert_eq!(spans(t), vec!["‘will stay’"]);
    }

    #[test]
    fn doubled_apostrophes_are_quote_marks() {
        let t = "''It is over,'' said Ann. ''We're done.''";
        assert_eq!(spans(t), vec!["''It is over,''", "''We're done.''"]);
    }

    #[test]
    fn nested_single_inside_double() {
        let t = "\"They keep asking 'where is the money?'\" he said.";
        assert_eq!(spans(t), vec!["\"They keep asking 'where is the money?'\""]);
    }
}
