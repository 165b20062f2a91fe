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

/// What a byte means to the word scanner.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII punctuation, space and control bytes.
    Separator,
    /// Part of a word: ASCII letters and digits, `-`, `'` and every non-ASCII byte (so that
    /// names such as "Libération" or "Velayati’s" are not cut in the middle of a character)…
    Word,
    /// …except 0xE2 and 0xC2, which start curly quotes, dashes and the no-break space as
    /// well as letters: look closer.
    Ambiguous,
}

const CLASS: [Class; 256] = {
    let mut t = [Class::Separator; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c == 0xE2 || c == 0xC2 {
            t[i] = Class::Ambiguous;
        } else if c.is_ascii_alphanumeric() || c >= 0x80 || c == b'-' || c == b'\'' {
            t[i] = Class::Word;
        }
        i += 1;
    }
    t
};

/// Words of `text[start..end]`, with offsets into `text`. Apostrophes and hyphens at the
/// edges and curly apostrophes at the end ("Iran’s" keeps its ’s) stay with the word only
/// when letters follow them.
pub fn words(text: &str, start: usize, end: usize) -> Vec<Word> {
    let mut out = Vec::new();
    words_into(text, start, end, &mut out);
    out
}

/// Like [`words`], appending to `out` (so callers can reuse one buffer).
pub fn words_into(text: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    scan_words(text.as_bytes(), start, end, end, |start, end| {
        out.push(Word { start, end })
    });
}

/// Calls `found(start, end)` for each word of `b[start..end]`, in order: the scanner behind
/// [`words_into`] and [`Tokens::new`]. Stops early at the first word boundary at or after
/// `stop`, returning it (scanning again from there goes on exactly where this stopped).
#[inline(always)]
fn scan_words(
    b: &[u8],
    start: usize,
    end: usize,
    stop: usize,
    mut found: impl FnMut(usize, usize),
) -> usize {
    let end = end.min(b.len());
    let mut i = start;
    while i < end {
        if i >= stop {
            return i;
        }
        // Skip separators: ASCII punctuation and space, and curly quotes and dashes.
        i += b[i..end]
            .iter()
            .position(|&c| CLASS[c as usize] != Class::Separator)
            .unwrap_or(end - i);
        if i >= end {
            break;
        }
        // Only bytes from 0x80 up can start a curly quote, dash or no-break space.
        if b[i] >= 0x80 {
            if b[i] == 0xE2 && is_quote_at(b, i) {
                i += 3;
                continue;
            }
            if b[i] == 0xC2 && is_nbsp_at(b, i) {
                i += 2;
                continue;
            }
        }
        let s = i;
        i = word_run_end(b, i + 1, end);
        // Of the word bytes, only `-` and `'` lie below b'0'; the bytes of a word's run are
        // word bytes or from 0x80 up.
        if b[s].min(b[i - 1]) >= b'0' {
            found(s, i); // the usual word: nothing to trim
            continue;
        }
        trim_edges(b, s, i, &mut found);
    }
    end
}

/// Reports the word `b[s..e]` without the apostrophes and hyphens at its edges, if
/// anything is left.
#[inline]
fn trim_edges(b: &[u8], s: usize, e: usize, found: &mut impl FnMut(usize, usize)) {
    let is_edge = |c: u8| c == b'-' || c == b'\'';
    let mut e = e;
    while e > s && is_edge(b[e - 1]) {
        e -= 1;
    }
    let mut s2 = s;
    while s2 < e && is_edge(b[s2]) {
        s2 += 1;
    }
    if s2 < e {
        found(s2, e);
    }
}

/// The spans of all words of `b`: [`scan_words`] over the whole text, 64 bytes at a time.
/// Most blocks of English text hold no byte that starts a curly quote, dash or no-break
/// space (0xE2, 0xC2), and in such a block the words are exactly the runs of word bytes:
/// they are read off a bit mask of the block instead of byte by byte. Other blocks, and
/// words that run on past a block's end, go through [`scan_words`].
fn scan_all_words(b: &[u8], spans: &mut Vec<(u32, u32)>) {
    let mut push = |s: usize, e: usize| spans.push((s as u32, e as u32));
    let mut i = 0;
    while i < b.len() {
        let base = i / 64 * 64;
        let (word_bytes, ambiguous) = classify_block(b, base);
        let from_i = !0u64 << (i - base);
        if ambiguous & from_i != 0 {
            i = scan_words(b, i, b.len(), base + 64, &mut push);
            continue;
        }
        let mut rest = word_bytes & from_i;
        i = base + 64;
        while rest != 0 {
            let s = rest.trailing_zeros();
            let len = (!(rest >> s)).trailing_zeros();
            if s + len == 64 {
                // The word may go on into the next block.
                i = scan_words(b, base + s as usize, b.len(), base + 64, &mut push);
                break;
            }
            let (start, end) = (base + s as usize, base + (s + len) as usize);
            rest &= !0u64 << (s + len);
            if b[start].min(b[end - 1]) >= b'0' {
                push(start, end); // the usual word: nothing to trim
            } else {
                trim_edges(b, start, end, &mut push);
            }
        }
    }
}

/// Bit masks of the 64 bytes of `b` from `at` (bytes past the end count as spaces): the
/// bytes that may be part of a word (ASCII letters and digits, `-`, `'`, every byte from
/// 0x80 up), and those of them that are 0xE2 or 0xC2, which also start curly quotes,
/// dashes and the no-break space. The bytes are first given a flag byte each, branch-free
/// so that the compiler compares sixteen at a time; a multiplication then gathers eight
/// flag bytes into eight bits.
#[inline]
fn classify_block(b: &[u8], at: usize) -> (u64, u64) {
    let mut block = [b' '; 64];
    let n = (b.len() - at).min(64);
    block[..n].copy_from_slice(&b[at..at + n]);
    let mut flags = [0u8; 64];
    for (flag, &c) in flags.iter_mut().zip(&block) {
        // Setting bit 5 maps upper-case letters onto lower case and no other byte onto one.
        let word = ((c | 0x20).wrapping_sub(b'a') < 26)
            | (c.wrapping_sub(b'0') < 10)
            | (c == b'-')
            | (c == b'\'')
            | (c >= 0x80);
        *flag = u8::from(word) | u8::from(c & 0xDF == 0xC2) << 1;
    }
    // Multiplying eight bytes that are 0 or 1 by this constant adds byte k's bit into bit
    // 56 + k, and no two products land on the same bit.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    const LOW_BITS: u64 = 0x0101_0101_0101_0101;
    let (mut word_bytes, mut ambiguous) = (0u64, 0u64);
    for (group, eight) in flags.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        word_bytes |= ((x & LOW_BITS).wrapping_mul(GATHER) >> 56) << (8 * group);
        ambiguous |= (((x >> 1) & LOW_BITS).wrapping_mul(GATHER) >> 56) << (8 * group);
    }
    (word_bytes, ambiguous)
}

/// End of a word whose first byte is before `i`: the run of word bytes from `i`, going on
/// through non-ASCII letters that start with 0xE2 or 0xC2 and through a curly apostrophe
/// followed by a letter (Iran’s).
#[inline(always)]
fn word_run_end(b: &[u8], i: usize, end: usize) -> usize {
    let mut i = run_end(b, i, end);
    // `run_end` stops at `end`, at an ASCII separator or at a curly quote, dash or no-break
    // space (all of which start with a byte from 0x80 up).
    while i + 3 < end
        && b[i] >= 0x80
        && &b[i..i + 3] == "’".as_bytes()
        && b[i + 3].is_ascii_alphabetic()
    {
        i = run_end(b, i + 3, end);
    }
    i
}

/// End of the run of word bytes starting at `i` (not past `end`).
#[inline]
fn run_end(b: &[u8], mut i: usize, end: usize) -> usize {
    let end = end.min(b.len());
    loop {
        // `position` over a slice compiles to a tight loop without a bounds check per byte.
        i += b[i.min(end)..end]
            .iter()
            .position(|&c| CLASS[c as usize] != Class::Word)
            .unwrap_or(end.saturating_sub(i));
        // 0xE2 and 0xC2 start curly quotes, dashes and the no-break space, which end the
        // word, but also letters.
        // Past the run every byte from 0x80 up is 0xE2 or 0xC2 (all others are word bytes).
        if i < end && b[i] >= 0x80 && !is_separator_at(b, i) {
            i += 1;
        } else {
            return i;
        }
    }
}

/// The text being read and its ASCII lower case, made once so that word look-ups compare
/// slices instead of lower-casing each word again. Dereferences to the text itself.
pub struct Doc<'t> {
    text: &'t str,
    lower: String,
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str) -> Doc<'t> {
        Doc {
            text,
            lower: text.to_ascii_lowercase(),
        }
    }

    /// `text[start..end]` in ASCII lower case (same offsets).
    #[inline]
    pub fn lower(&self, start: usize, end: usize) -> &str {
        &self.lower[start..end]
    }

    /// The whole text in ASCII lower case (same offsets).
    pub fn lower_text(&self) -> &str {
        &self.lower
    }
}

impl std::ops::Deref for Doc<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.text
    }
}

/// Every word of a text, found once; the word lists of sentences and look-around windows
/// are cut from it instead of scanning the bytes again. Offsets are stored as `u32` to halve
/// the memory (texts of 4 GiB or more are scanned window by window instead).
pub struct Tokens<'t> {
    text: &'t str,
    spans: Vec<(u32, u32)>,
    whole: bool,
    /// Where the last window began in `spans`. Windows are asked for roughly in text order,
    /// so searching outward from here touches a few nearby entries instead of binary
    /// searching (and missing the cache across) the whole list every time.
    hint: std::cell::Cell<usize>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Tokens<'t> {
        let whole = u32::try_from(text.len()).is_ok();
        let mut spans = Vec::new();
        if whole {
            // About one word per six bytes of English text; the slack left by growth is
            // handed back, since a long article's token list is the extractor's largest table.
            spans.reserve(text.len() / 6);
            scan_all_words(text.as_bytes(), &mut spans);
            spans.shrink_to_fit();
        }
        Tokens {
            text,
            spans,
            whole,
            hint: std::cell::Cell::new(0),
        }
    }

    /// Appends the words of `text[lo..hi]` to `out`: exactly what [`words`] gives for that
    /// range (words cut by the window edges are rescanned at the edges).
    pub fn window(&self, lo: usize, hi: usize, out: &mut Vec<Word>) {
        if lo >= hi {
            return;
        }
        if !self.whole {
            words_into(self.text, lo, hi, out);
            return;
        }
        let a = gallop(&self.spans, self.hint.get(), |w| (w.0 as usize) < lo);
        self.hint.set(a);
        let c = a + gallop(&self.spans[a..], 0, |w| (w.1 as usize) <= hi);
        if c == a {
            words_into(self.text, lo, hi, out);
            return;
        }
        words_into(self.text, lo, self.spans[a].0 as usize, out);
        out.extend(self.spans[a..c].iter().map(|&(s, e)| Word {
            start: s as usize,
            end: e as usize,
        }));
        words_into(self.text, self.spans[c - 1].1 as usize, hi, out);
    }

    /// The words of `text[lo..hi]` as a new list.
    pub fn words(&self, lo: usize, hi: usize) -> Vec<Word> {
        let mut out = Vec::new();
        self.window(lo, hi, &mut out);
        out
    }
}

/// `items.partition_point(pred)` (`pred` true on a prefix, false after), found by probing
/// outward from `guess` at doubling distances and then binary searching the bracket, so the
/// cost grows with the distance from the guess rather than with the length of `items`.
pub fn gallop<T>(items: &[T], guess: usize, pred: impl Fn(&T) -> bool) -> usize {
    let n = items.len();
    let guess = guess.min(n);
    let (mut lo, mut hi);
    if guess < n && pred(&items[guess]) {
        // The answer lies after `guess`.
        lo = guess + 1;
        hi = n;
        let mut step = 1;
        while guess + step < n {
            if pred(&items[guess + step]) {
                lo = guess + step + 1;
                step *= 2;
            } else {
                hi = guess + step;
                break;
            }
        }
    } else {
        // The answer is `guess` or before it.
        lo = 0;
        hi = guess;
        let mut step = 1;
        while step <= guess {
            if pred(&items[guess - step]) {
                lo = guess - step + 1;
                break;
            }
            hi = guess - step;
            step *= 2;
        }
    }
    lo + items[lo..hi].partition_point(pred)
}

/// A word in ASCII lower case without a heap allocation: borrowed when it has no ASCII
/// capital, copied inline when it is up to 30 bytes long (every word the lexicon knows is
/// shorter). Non-ASCII bytes are kept as they are.
#[derive(Clone)]
pub enum Lower<'a> {
    Borrowed(&'a str),
    Inline { buf: [u8; 30], len: u8 },
    Heap(String),
}

impl<'a> Lower<'a> {
    /// The ASCII lower case of `s`.
    #[inline]
    pub fn new(s: &'a str) -> Lower<'a> {
        if !s.bytes().any(|c| c.is_ascii_uppercase()) {
            Lower::Borrowed(s)
        } else if s.len() <= 30 {
            let mut buf = [0u8; 30];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            buf[..s.len()].make_ascii_lowercase();
            Lower::Inline {
                buf,
                len: s.len() as u8,
            }
        } else {
            Lower::Heap(s.to_ascii_lowercase())
        }
    }

    /// Full Unicode lower case (for keys of non-ASCII names).
    pub fn unicode(s: &'a str) -> Lower<'a> {
        if s.is_ascii() {
            Lower::new(s)
        } else {
            Lower::Heap(s.to_lowercase())
        }
    }

    pub fn empty() -> Lower<'static> {
        Lower::Borrowed("")
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // ASCII lower-casing keeps valid UTF-8 valid, so this never falls back.
            Lower::Inline { buf, len } => std::str::from_utf8(&buf[..*len as usize]).unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// The lower-cased text of a word.
#[inline]
pub fn lw<'a>(text: &'a Doc, w: Word) -> Lower<'a> {
    Lower::Borrowed(text.lower(w.start, w.end))
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

/// True when a multi-byte separator (curly quote, dash, no-break space) starts at `i`.
#[inline]
fn is_separator_at(b: &[u8], i: usize) -> bool {
    is_quote_at(b, i) || is_nbsp_at(b, i)
}

/// True when a no-break space (U+00A0) starts at `i`: a space, not a letter.
#[inline]
fn is_nbsp_at(b: &[u8], i: usize) -> bool {
    b[i] == 0xC2 && b.get(i + 1) == Some(&0xA0)
}

/// True when the word starts with an uppercase letter (ASCII, or a non-ASCII uppercase).
#[inline]
pub fn is_capitalized(w: &str) -> bool {
    match w.as_bytes().first() {
        // Most words start with an ASCII byte: no need to decode a character.
        Some(&c) if c.is_ascii() => c.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// `text[start..end]` with ASCII and Unicode whitespace trimmed, as offsets.
pub fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    // Usually both ends are ASCII non-space already (`char::is_whitespace` on ASCII is space
    // and \t to \r): no need to decode characters.
    let solid = |c: u8| c.is_ascii() && !matches!(c, b' ' | b'\t'..=b'\r');
    let b = text.as_bytes();
    if start < end && solid(b[start]) && solid(b[end - 1]) {
        return (start, end);
    }
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

/// Calls `f` with `w` followed by a full stop ("gen" gives "gen."), built in a reused
/// per-thread buffer, so that per-word look-ups neither allocate nor re-validate UTF-8.
pub fn with_full_stop<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            buf.push_str(w);
            buf.push('.');
            f(&buf)
        }
        // Only if `f` itself asks for a word with a full stop.
        Err(_) => f(&format!("{w}.")),
    })
}

/// Strips a possessive ending ("’s", "'s", "s'") from a word.
pub fn strip_possessive(w: &str) -> &str {
    // Told apart by the last byte, so most words are let through after one test.
    let b = w.as_bytes();
    let cut = match b.last() {
        Some(b's') if b.ends_with("’s".as_bytes()) => 4,
        Some(b's') if b.ends_with(b"'s") => 2,
        Some(b'\'') => 1,
        Some(0x99) if b.ends_with("’".as_bytes()) => 3,
        _ => 0,
    };
    &w[..w.len() - cut]
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
    fn no_break_space_separates_words() {
        let t = "Trump told\u{a0}the Post,\u{a0}― Jo";
        let ws: Vec<&str> = words(t, 0, t.len())
            .iter()
            .map(|w| &t[w.start..w.end])
            .collect();
        assert_eq!(ws, vec!["Trump", "told", "the", "Post", "Jo"]);
    }

    #[test]
    fn windows_match_a_fresh_scan() {
        let t = "Iran’s anti-war “plan” 'quoted' -x- ''twice'' don't--stop.\n“Yes,” said O'Neil—then 1.7bn.";
        let toks = Tokens::new(t);
        let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &lo in &cuts {
            for &hi in &cuts {
                let mut got = Vec::new();
                toks.window(lo, hi, &mut got);
                let want = if lo < hi {
                    words(t, lo, hi)
                } else {
                    Vec::new()
                };
                assert_eq!(got, want, "window {lo}..{hi}");
            }
        }
    }

    #[test]
    fn block_masks_agree_with_the_byte_classes() {
        // Every byte value at every position of a block, and past the end of a short text.
        for value in 0..=255u8 {
            for at in 0..64 {
                let mut bytes = vec![b'x'; 64];
                bytes[at] = value;
                let (word_bytes, ambiguous) = classify_block(&bytes, 0);
                let class = CLASS[value as usize];
                assert_eq!(
                    word_bytes >> at & 1 == 1,
                    class != Class::Separator,
                    "{value:#x}"
                );
                assert_eq!(
                    ambiguous >> at & 1 == 1,
                    class == Class::Ambiguous,
                    "{value:#x}"
                );
            }
        }
        let (word_bytes, ambiguous) = classify_block(b"ab", 0);
        assert_eq!((word_bytes, ambiguous), (0b11, 0));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The whole-text scan, block by block, finds exactly the words of a byte-by-byte scan,
        /// whatever falls on the block edges.
        #[test]
        fn whole_text_scan_matches_the_byte_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Word", " ", "  ", "-", "'", "’", "“", "”", "—", "\u{a0}", "é", "€", "9",
                    "1,000", ".", "\n", "anti-war", "Iran’s", "don't", "--", "''", "’s",
                    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
                ]),
                0..120,
            )
        ) {
            let t: String = parts.concat();
            let toks = Tokens::new(&t);
            let got: Vec<Word> = toks
                .spans
                .iter()
                .map(|&(s, e)| Word { start: s as usize, end: e as usize })
                .collect();
            proptest::prop_assert_eq!(got, words(&t, 0, t.len()));
        }
    }

    #[test]
    fn gallop_matches_partition_point() {
        let items: Vec<usize> = (0..200).map(|i| i * 3).collect();
        for cut in 0..610 {
            let want = items.partition_point(|&x| x < cut);
            for guess in [0, 1, 2, 7, 50, 199, 200, 500] {
                assert_eq!(
                    gallop(&items, guess, |&x| x < cut),
                    want,
                    "cut {cut} guess {guess}"
                );
            }
        }
        assert_eq!(gallop(&[] as &[usize], 3, |_| true), 0);
    }

    #[test]
    fn possessives_are_stripped() {
        for (w, want) in [
            ("Iran’s", "Iran"),
            ("Iran's", "Iran"),
            ("states'", "states"),
            ("states’", "states"),
            ("news", "news"),
            ("’s", ""),
            ("s", "s"),
            ("", ""),
            ("™", "™"),
        ] {
            assert_eq!(strip_possessive(w), want, "{w}");
        }
    }

    #[test]
    fn trim_handles_all_space() {
        assert_eq!(trim_span("   ", 0, 3), (0, 0));
        assert_eq!(trim_span(" ab ", 0, 4), (1, 3));
        assert_eq!(trim_span("ab", 0, 2), (0, 2));
        assert_eq!(trim_span("a\x0b", 0, 2), (0, 1));
        assert_eq!(trim_span("\u{a0}a b\u{2003}", 0, 8), (2, 5));
    }
}
