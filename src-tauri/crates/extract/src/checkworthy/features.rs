//! Sentence featurisation, a byte-for-byte mirror of `train/features.py`.
//!
//! Everything here is ASCII-driven on purpose (no Unicode tables in the hot
//! path): ASCII letters are lower-cased, digits become `0`, a few typographic
//! marks are folded to ASCII, and every other non-ASCII character counts as a
//! word character. Normalisation, tokenisation and word hashing happen in one
//! pass over the bytes, without building any string; runs of ASCII letters
//! (most of any text) are classified, lower-cased and hashed eight bytes at
//! a time. Character n-grams of words outside the vocabulary share one
//! running CRC per start position.

/// ASCII whitespace as the training script defines it.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Lower-cases ASCII letters, maps every digit to `0` and folds curly quotes,
/// en/em dashes and no-break spaces to ASCII: the text the training script
/// tokenises (the hot path folds inline instead; tests compare the two).
#[cfg(test)]
pub fn normalise(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    for c in text.chars() {
        out.push(normal_char(c));
    }
}

fn normal_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '0'..='9' => '0',
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        '\u{a0}' => ' ',
        _ => c,
    }
}

/// Class codes of the ASCII table; any larger value is a word byte, already
/// normalised.
const SEP: u8 = 0;
const APOS: u8 = 1;
const PUNCT: u8 = 2;

const fn ascii_table() -> [u8; 128] {
    let mut t = [SEP; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'a'..=b'z' => c,
            b'A'..=b'Z' => c + 32,
            b'0'..=b'9' => b'0',
            b'\'' => APOS,
            b'?' | b'!' | b'%' | b'$' | b'"' => PUNCT,
            _ => SEP,
        };
        b += 1;
    }
    t
}

static ASCII: [u8; 128] = ascii_table();

/// Class of a non-ASCII character after folding: `APOS`, `PUNCT` (the folded
/// byte is `"`), `SEP`, or `u8::MAX` for a word character.
fn wide_class(c: char) -> u8 {
    match c {
        '\u{2018}' | '\u{2019}' => APOS,
        '\u{201c}' | '\u{201d}' => PUNCT,
        '\u{2013}' | '\u{2014}' | '\u{a0}' => SEP,
        _ => u8::MAX,
    }
}

/// Class of the character starting at byte `i` of `text`, and its length.
#[inline]
fn class_at(text: &str, i: usize) -> (u8, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII[b as usize], 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (wide_class(c), c.len_utf8())
    }
}

pub const HASH_SEED: u64 = 0x243F_6A88_85A3_08D3;
pub const HASH_MUL: u64 = 0x9E37_79B9_7F4A_7C15;
pub const PAIR_MUL: u64 = 0xBF58_476D_1CE4_E5B9;

/// The 64-bit finaliser of MurmurHash3.
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B93F_E1A8_5EC3);
    h ^ (h >> 33)
}

/// Incremental word hash: eight bytes (little-endian) per multiply, the last
/// chunk zero-padded, then the length and a finaliser. Never 0.
#[derive(Clone, Copy)]
pub struct WordHasher {
    h: u64,
    /// Bytes of the current chunk, little-endian (the first in the low byte).
    acc: u64,
    fill: u32,
    chunks: u64,
}

impl WordHasher {
    pub const fn new() -> WordHasher {
        WordHasher {
            h: HASH_SEED,
            acc: 0,
            fill: 0,
            chunks: 0,
        }
    }

    #[inline]
    pub fn push(&mut self, b: u8) {
        self.acc |= u64::from(b) << (8 * self.fill);
        self.fill += 1;
        if self.fill == 8 {
            self.h = (self.h ^ self.acc).wrapping_mul(HASH_MUL).rotate_left(31);
            self.acc = 0;
            self.fill = 0;
            self.chunks += 1;
        }
    }

    /// Pushes the first `k` (at most 8) bytes of `x` (little-endian), which
    /// are ASCII letters, lower-cased; the hasher must be at a chunk boundary.
    #[inline]
    fn push_letters(&mut self, x: u64, k: usize) {
        debug_assert!(self.fill == 0 && k <= 8);
        let lower = x | 0x2020_2020_2020_2020;
        if k == 8 {
            self.h = (self.h ^ lower).wrapping_mul(HASH_MUL).rotate_left(31);
            self.chunks += 1;
        } else {
            // The letters only (none when `k` is 0).
            self.acc = lower & !(u64::MAX << (8 * k));
            self.fill = k as u32;
        }
    }

    #[inline]
    pub fn finish(self) -> u64 {
        let mut h = self.h;
        if self.fill > 0 {
            h = (h ^ self.acc).wrapping_mul(HASH_MUL).rotate_left(31);
        }
        fmix(h ^ (8 * self.chunks + u64::from(self.fill))).max(1)
    }
}

/// Number of ASCII letters (either case) at the start of the eight bytes
/// of `x` (little-endian), found for all eight at once: the high bit of a
/// byte plus `0x80 - c` is set exactly when the byte (below 0x80) is `>= c`.
#[inline]
fn leading_letters(x: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Lower-cased, which maps no non-letter onto a letter. A letter byte
    // never carries into the next byte in the additions below; a byte that
    // does carry is no letter itself, and only bytes above it (which do not
    // count) can be misjudged.
    let t = x | 0x2020_2020_2020_2020;
    let from_a = t.wrapping_add(ONES * u64::from(0x80 - b'a'));
    let past_z = t.wrapping_add(ONES * u64::from(0x80 - b'z' - 1));
    let others = (!from_a | past_z | x) & HIGH;
    others.trailing_zeros() as usize / 8
}

/// The hash of a whole (normalised) token.
pub fn word_hash(tok: &str) -> u64 {
    let mut h = WordHasher::new();
    tok.bytes().for_each(|b| h.push(b));
    h.finish()
}

/// Bucket (top `bits` bits) of the word bigram of hashes `a`, `b`.
#[inline]
pub fn pair_bucket(a: u64, b: u64, bits: u32) -> usize {
    let mut x = a.wrapping_mul(HASH_MUL).wrapping_add(b);
    x ^= x >> 29;
    x = x.wrapping_mul(PAIR_MUL);
    (x >> (64 - bits)) as usize
}

/// A token of a sentence.
#[derive(Clone, Copy, Default)]
pub struct Token {
    /// [`word_hash`] of the normalised token.
    pub hash: u64,
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
    /// A word (not one of the marks `? ! % $ "`).
    pub word: bool,
    /// The word holds a digit.
    pub digit: bool,
    /// The word starts with an ASCII capital.
    pub upper: bool,
}

/// Calls `f` for every token of `text`: runs of word characters (an
/// apostrophe between two word characters stays inside), plus `? ! % $ "`
/// as tokens of their own.
#[inline]
pub fn tokens(text: &str, mut f: impl FnMut(Token)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // Plain ASCII letters, the bulk of most words, go eight at a time
        // from the start of the word (a chunk boundary of the hash). Most
        // tokens start on a letter (the separator after a word is consumed
        // with it), so the chunk is read first and the byte classified only
        // when it is no letter.
        let mut x = chunk_at(bytes, i);
        let mut k = leading_letters(x);
        if k == 0 {
            let b = bytes[i];
            let (class, len) = if b < 0x80 {
                (ASCII[b as usize], 1)
            } else {
                class_at(text, i)
            };
            if class <= PUNCT {
                if class == PUNCT {
                    f(mark(if len == 1 { b } else { b'"' }, i, i + len));
                }
                i += len;
                continue;
            }
        }
        let start = i;
        let upper = x as u8 & 0xE0 == 0x40 && k > 0;
        let mut h = WordHasher::new();
        let mut digit = false;
        h.push_letters(x, k);
        i += k;
        while k == 8 {
            x = chunk_at(bytes, i);
            k = leading_letters(x);
            h.push_letters(x, k);
            i += k;
        }
        // The byte after the letters is the chunk's next one (0 at the end
        // of the text). `sep` is the length of a separator found right after
        // the word, consumed with it.
        let next = (x >> (8 * k)) as u8;
        let mut sep = 0;
        if next < 0x80 && ASCII[next as usize] == SEP {
            sep = usize::from(i < n);
        } else {
            // The rest of the word character by character.
            while i < n {
                let b = bytes[i];
                let (class, len) = if b < 0x80 {
                    (ASCII[b as usize], 1)
                } else {
                    class_at(text, i)
                };
                if class > PUNCT {
                    if len == 1 {
                        h.push(class);
                        digit |= class == b'0';
                    } else {
                        bytes[i..i + len].iter().for_each(|&b| h.push(b));
                    }
                    i += len;
                    continue;
                }
                if class == APOS && i + len < n && class_at(text, i + len).0 > PUNCT {
                    h.push(b'\'');
                    i += len;
                    continue;
                }
                if class != PUNCT {
                    sep = len;
                }
                break;
            }
        }
        f(Token {
            hash: h.finish(),
            start,
            end: i,
            word: true,
            digit,
            upper,
        });
        i += sep;
    }
}

/// Eight bytes of `bytes` from `i` as a little-endian chunk, the bytes past
/// the end read as 0 (which is no letter).
#[inline]
fn chunk_at(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..i + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("8 bytes")),
        None => tail_chunk(&bytes[i..]),
    }
}

/// The last (fewer than eight) bytes of a text as a little-endian chunk,
/// zero-padded.
#[cold]
fn tail_chunk(bytes: &[u8]) -> u64 {
    let mut chunk = [0u8; 8];
    chunk[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(chunk)
}

/// The token of the mark `b` (one of `? ! % $ "`) at `start..end`.
#[cold]
fn mark(b: u8, start: usize, end: usize) -> Token {
    let mut h = WordHasher::new();
    h.push(b);
    Token {
        hash: h.finish(),
        start,
        end,
        word: false,
        digit: false,
        upper: false,
    }
}

/// Calls `f(bucket)` for every character n-gram (`"c"` + chars, CRC-32,
/// n = `min_n..=max_n`, `min_n >= 1`, `max_n <= 8`) of the normalised token
/// `raw` (a byte range of the original text) padded with a space each side.
///
/// The grams are enumerated by start position, so the grams of every length
/// that start at one character share one running CRC (one table step per
/// character instead of one per character per gram). The order differs from
/// the training script's, which does not matter: callers only add up the
/// buckets' integer weights.
pub fn char_grams(raw: &str, min_n: usize, max_n: usize, mask: u32, mut f: impl FnMut(usize)) {
    /// Longest padded token taken by the ASCII path (a stack buffer).
    const FAST: usize = 32;
    if raw.len() + 2 <= FAST && raw.is_ascii() {
        // ASCII: one normalised byte per character, all precomputed once.
        let mut buf = [b' '; FAST];
        for (d, &b) in buf[1..].iter_mut().zip(raw.as_bytes()) {
            *d = normal_byte(b);
        }
        let len = raw.len() + 2;
        let padded = &buf[..len];
        for start in 0..len {
            let mut state = C_STATE;
            for (k, &b) in padded[start..len.min(start + max_n)].iter().enumerate() {
                state = crc_byte(state, b);
                if k + 1 >= min_n {
                    f((crc_finish(state) & mask) as usize);
                }
            }
        }
        return;
    }
    // Anything else, character by character, each start restarting a clone
    // of the character iterator.
    let mut at = std::iter::once(' ')
        .chain(raw.chars().map(normal_char))
        .chain(std::iter::once(' '));
    loop {
        let mut state = C_STATE;
        let mut buf = [0u8; 4];
        for (k, c) in at.clone().take(max_n).enumerate() {
            state = crc_update(state, c.encode_utf8(&mut buf).as_bytes());
            if k + 1 >= min_n {
                f((crc_finish(state) & mask) as usize);
            }
        }
        if at.next().is_none() {
            break;
        }
    }
}

/// [`normal_char`] of an ASCII byte.
#[inline]
fn normal_byte(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b + 32,
        b'0'..=b'9' => b'0',
        _ => b,
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

/// CRC-32 state after the `"c"` every character n-gram starts with.
const C_STATE: u32 = crc_byte(CRC_INIT, b'c');

/// Feeds one byte into a running CRC-32 state.
#[inline]
const fn crc_byte(state: u32, b: u8) -> u32 {
    CRC_TABLE[((state ^ b as u32) & 0xFF) as usize] ^ (state >> 8)
}

/// Feeds `bytes` into a running CRC-32 state.
#[inline]
pub fn crc_update(mut state: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        state = crc_byte(state, b);
    }
    state
}

/// The CRC-32 value of everything fed so far.
#[inline]
pub fn crc_finish(state: u32) -> u32 {
    !state
}
/// Running counts behind the hand cues, fed token by token.
#[derive(Default)]
pub struct HandCounts {
    words: usize,
    caps: usize,
    digits: usize,
}

impl HandCounts {
    #[inline]
    pub fn add(&mut self, t: &Token) {
        if t.word {
            if self.words > 0 && t.upper {
                self.caps += 1;
            }
            self.words += 1;
            self.digits += usize::from(t.digit);
        }
    }

    /// Five dense cues: log word count, capitalised words after the first,
    /// their share, words holding a digit, and a question mark at the end.
    pub fn features(&self, text: &str, ln1p_small: &[f64; LN1P_SMALL]) -> [f64; 5] {
        let (n, caps) = (self.words, self.caps);
        let question = text.trim_end_matches(is_space).ends_with('?');
        let share = caps as f64 / n.max(1) as f64 * 3.0;
        [
            ln1p(n, ln1p_small) / 3.0,
            ln1p(caps, ln1p_small),
            share.min(1.0),
            ln1p(self.digits, ln1p_small),
            if question { 1.0 } else { 0.0 },
        ]
    }
}

/// Counts below this have their `ln_1p` precomputed.
pub const LN1P_SMALL: usize = 64;

/// The table behind [`ln1p`].
pub fn ln1p_table() -> [f64; LN1P_SMALL] {
    std::array::from_fn(|n| (n as f64).ln_1p())
}

#[inline]
fn ln1p(n: usize, table: &[f64; LN1P_SMALL]) -> f64 {
    table.get(n).copied().unwrap_or_else(|| (n as f64).ln_1p())
}
