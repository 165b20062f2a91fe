//! Sentence featurisation, a byte-for-byte mirror of `train/features.py`.
//!
//! Everything here is ASCII-driven on purpose (no Unicode tables in the hot
//! path): ASCII letters are lower-cased, digits become `0`, a few typographic
//! marks are folded to ASCII, and every non-ASCII character counts as a word
//! character. N-grams are hashed with CRC-32 (the zlib polynomial).

/// ASCII whitespace as the training script defines it.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Lower-cases ASCII letters, maps every digit to `0` and folds curly quotes,
/// en/em dashes and no-break spaces to ASCII.
pub fn normalise(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    for c in text.chars() {
        out.push(match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '0'..='9' => '0',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{a0}' => ' ',
            _ => c,
        });
    }
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_lowercase() || c == '0' || !c.is_ascii()
}

fn is_punct_token(c: char) -> bool {
    matches!(c, '?' | '!' | '%' | '$' | '"')
}

/// Word tokens of a normalised sentence: runs of word characters (an
/// apostrophe between two word characters stays inside), plus `? ! % $ "`
/// as tokens of their own.
pub fn words<'a>(norm: &'a str, out: &mut Vec<&'a str>) {
    out.clear();
    let mut start: Option<usize> = None;
    let mut iter = norm.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if c == '\'' && start.is_some() {
            if let Some(&(_, next)) = iter.peek() {
                if is_word_char(next) {
                    continue;
                }
            }
        }
        if let Some(s) = start.take() {
            out.push(&norm[s..i]);
        }
        if is_punct_token(c) {
            out.push(&norm[i..i + 1]);
        }
    }
    if let Some(s) = start {
        out.push(&norm[s..]);
    }
}

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

static CRC_TABLE: [u32; 256] = crc_table();

/// Running CRC-32 state (start with [`CRC_INIT`], finish with [`crc_finish`]).
pub const CRC_INIT: u32 = 0xFFFF_FFFF;

/// Feeds `bytes` into a running CRC-32 state.
pub fn crc_update(mut state: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        state = CRC_TABLE[((state ^ u32::from(b)) & 0xFF) as usize] ^ (state >> 8);
    }
    state
}

/// The CRC-32 value of everything fed so far.
pub fn crc_finish(state: u32) -> u32 {
    !state
}

/// Pushes the bucket of every word n-gram (`"w{n} tok tok"`), n = 1..=max_n.
pub fn word_features(toks: &[&str], max_n: usize, mask: u32, out: &mut Vec<u32>) {
    for n in 1..=max_n.min(9) {
        let prefix = [b'w', b'0' + n as u8, b' '];
        for window in toks.windows(n) {
            let mut state = crc_update(CRC_INIT, &prefix);
            for (k, tok) in window.iter().enumerate() {
                if k > 0 {
                    state = crc_update(state, b" ");
                }
                state = crc_update(state, tok.as_bytes());
            }
            out.push(crc_finish(state) & mask);
        }
    }
}

/// Pushes the bucket of every character n-gram (`"c" + chars`), n =
/// min_n..=max_n, taken inside each whitespace-separated chunk padded with a
/// space on both sides.
pub fn char_features(
    norm: &str,
    min_n: usize,
    max_n: usize,
    mask: u32,
    padded: &mut String,
    bounds: &mut Vec<usize>,
    out: &mut Vec<u32>,
) {
    for chunk in norm.split(is_space).filter(|c| !c.is_empty()) {
        padded.clear();
        padded.push(' ');
        padded.push_str(chunk);
        padded.push(' ');
        bounds.clear();
        bounds.extend(padded.char_indices().map(|(i, _)| i));
        bounds.push(padded.len());
        let bytes = padded.as_bytes();
        let chars = bounds.len() - 1;
        for start in 0..chars {
            let mut state = crc_update(CRC_INIT, b"c");
            for n in 1..=max_n.min(chars - start) {
                state = crc_update(state, &bytes[bounds[start + n - 1]..bounds[start + n]]);
                if n >= min_n {
                    out.push(crc_finish(state) & mask);
                }
            }
        }
    }
}

/// Five dense cues on the original sentence: log length, capitalised words
/// after the first, their share, tokens holding a digit, and a question mark
/// at the end.
pub fn hand_features(text: &str) -> [f64; 5] {
    let mut n = 0usize;
    let mut caps = 0usize;
    let mut digits = 0usize;
    let mut in_tok = false;
    let mut has_digit = false;
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b == b'\'' {
            if !in_tok {
                in_tok = true;
                has_digit = false;
                if n > 0 && b.is_ascii_uppercase() {
                    caps += 1;
                }
                n += 1;
            }
            has_digit |= b.is_ascii_digit();
        } else if in_tok {
            in_tok = false;
            digits += usize::from(has_digit);
        }
    }
    if in_tok {
        digits += usize::from(has_digit);
    }
    let question = text.trim_end_matches(is_space).ends_with('?');
    let share = caps as f64 / n.max(1) as f64 * 3.0;
    [
        (n as f64).ln_1p() / 3.0,
        (caps as f64).ln_1p(),
        share.min(1.0),
        (digits as f64).ln_1p(),
        if question { 1.0 } else { 0.0 },
    ]
}
