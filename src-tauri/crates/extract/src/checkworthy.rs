//! Check-worthiness model: scores how worth checking a sentence is, in [0, 1].
//!
//! A linear model trained offline by `train/train.py` (ClaimBuster 2.5xNCS
//! debates; word vectors learnt from unlabelled news) whose every feature
//! decomposes over words: per word its exact unigram weight, the weights of
//! its character 1-5-grams and its word-vector dot product are precomputed
//! into one 16-byte vocabulary entry, and word bigrams are hashed into a small
//! table. Scoring a sentence is one pass over its bytes, one hash-table probe
//! per word and one per bigram; only words outside the vocabulary compute
//! their character n-grams on the fly. The weights (`model/checkworthy.bin`)
//! are embedded in the binary and read in place: loading parses a header and
//! copies nothing.

mod features;

use std::sync::OnceLock;

use features::{char_grams, pair_bucket, tokens, word_hash, HandCounts};

/// The model file, aligned so that its tables start on cache lines.
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

static MODEL_FILE: &Aligned<[u8]> = &Aligned(*include_bytes!("../model/checkworthy.bin"));

/// Number of hand cues (the dense weights).
const HAND: usize = 5;
/// Bytes per vocabulary entry: u32 key, i32 and u32 character n-gram sums,
/// i16 unigram weight, u8 unigram idf, i8 word-vector dot (see `train/export.py`).
const ENTRY: usize = 16;
/// The word-vector byte of a word without a vector.
const NO_VECTOR: i8 = -128;

/// The model, borrowing its tables from the embedded file.
struct Model {
    bias: f64,
    hand: [f64; HAND],
    char_min_n: usize,
    char_max_n: usize,
    char_mask: u32,
    char_scale: f64,
    bigram_bits: u32,
    bigram_scale: f64,
    unigram_scale: f64,
    vector_scale: f64,
    idf_step2: f64,
    vocab_mask: usize,
    /// Open-addressed (linear probing) table of `ENTRY`-byte entries.
    vocab: &'static [[u8; ENTRY]],
    /// Per character n-gram bucket: i16 weight (times idf), u8 idf, a pad byte.
    chars: &'static [[u8; 4]],
    /// Per bigram bucket: i8 weight (times idf), u8 idf.
    bigrams: &'static [[u8; 2]],
    start: u64,
    end: u64,
    ln1p: [f64; features::LN1P_SMALL],
}

/// Little-endian reader over the embedded model file.
struct Reader {
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> &'static [u8] {
        let s = &MODEL_FILE.0[self.at..self.at + n];
        self.at += n;
        s
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take(4).try_into().expect("4 bytes"))
    }
    fn f32(&mut self) -> f64 {
        f64::from(f32::from_le_bytes(
            self.take(4).try_into().expect("4 bytes"),
        ))
    }
    /// The next `n` records of `N` bytes each.
    fn records<const N: usize>(&mut self, n: usize) -> &'static [[u8; N]] {
        self.take(N * n).as_chunks().0
    }
    fn align(&mut self) {
        self.at = self.at.next_multiple_of(64);
    }
}

#[inline]
fn u32_at(e: &[u8; ENTRY], at: usize) -> u32 {
    u32::from_le_bytes([e[at], e[at + 1], e[at + 2], e[at + 3]])
}

fn parse() -> Model {
    let mut r = Reader { at: 0 };
    assert_eq!(r.take(4), b"CWM4", "check-worthiness model: bad magic");
    let vocab_bits = r.u32();
    let char_bits = r.u32();
    let char_min_n = r.u32() as usize;
    let char_max_n = r.u32() as usize;
    let bigram_bits = r.u32();
    let hand_len = r.u32() as usize;
    assert_eq!(hand_len, HAND, "check-worthiness model: hand cue count");
    assert!(
        (1..=char_max_n).contains(&char_min_n) && char_max_n <= 8,
        "check-worthiness model: character n-gram range"
    );
    let bias = r.f32();
    let char_scale = r.f32();
    let bigram_scale = r.f32();
    let idf_step = r.f32();
    let unigram_scale = r.f32();
    let vector_scale = r.f32();
    let mut hand = [0.0; HAND];
    for h in &mut hand {
        *h = r.f32();
    }
    r.align();
    let vocab = r.records(1 << vocab_bits);
    let chars = r.records(1 << char_bits);
    let bigrams = r.records(1 << bigram_bits);
    assert_eq!(
        r.at,
        MODEL_FILE.0.len(),
        "check-worthiness model: trailing bytes"
    );
    Model {
        bias,
        hand,
        char_min_n,
        char_max_n,
        char_mask: (1u32 << char_bits) - 1,
        char_scale,
        bigram_bits,
        bigram_scale,
        unigram_scale,
        vector_scale,
        idf_step2: idf_step * idf_step,
        vocab_mask: (1usize << vocab_bits) - 1,
        vocab,
        chars,
        bigrams,
        start: word_hash("<s>"),
        end: word_hash("</s>"),
        ln1p: features::ln1p_table(),
    }
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(parse)
}

/// Words tokenised before their tables are probed.
const BATCH: usize = 32;

/// What the table probes need of a token.
#[derive(Clone, Copy, Default)]
struct Word {
    hash: u64,
    start: usize,
    end: usize,
}

/// Running integer sums (in table units) over the words of a sentence.
#[derive(Clone, Copy, Default)]
struct Sums {
    unigram_w: i64,
    unigram_idf2: u64,
    char_w: i64,
    char_idf2: u64,
    bigram_w: i64,
    bigram_idf2: u64,
    vector: i64,
    known: u32,
}

impl Model {
    /// The entry of word hash `h`, if the word is in the vocabulary.
    #[inline]
    fn entry(&self, h: u64) -> Option<&'static [u8; ENTRY]> {
        let key = (h >> 32) as u32 | 1;
        let mut i = h as usize & self.vocab_mask;
        loop {
            let e = &self.vocab[i];
            let k = u32_at(e, 0);
            if k == key {
                return Some(e);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.vocab_mask;
        }
    }

    #[inline]
    fn bigram(&self, a: u64, b: u64, s: &mut Sums) {
        let i = pair_bucket(a, b, self.bigram_bits);
        let e = &self.bigrams[i];
        s.bigram_w += i64::from(e[0] as i8);
        s.bigram_idf2 += u64::from(u32::from(e[1]) * u32::from(e[1]));
    }

    /// Adds the vocabulary values (or, outside it, the character n-grams) of
    /// each word of `words` and its bigram with the word before.
    #[inline]
    fn add_words(&self, sentence: &str, words: &[Word], prev: &mut u64, sums: &mut Sums) {
        // Tokenising first and probing afterwards in tight loops lets the CPU
        // keep many independent table loads in flight; the bigram loop has no
        // branch at all. The sums live in a local copy so that they can stay
        // in registers (nothing else can see them until the end).
        let mut local = *sums;
        let s = &mut local;
        let mut a = *prev;
        for w in words {
            self.bigram(a, w.hash, s);
            a = w.hash;
        }
        *prev = a;
        for w in words {
            match self.entry(w.hash) {
                Some(e) => {
                    s.char_w += i64::from(u32_at(e, 4) as i32);
                    s.char_idf2 += u64::from(u32_at(e, 8));
                    s.unigram_w += i64::from(i16::from_le_bytes([e[12], e[13]]));
                    s.unigram_idf2 += u64::from(u32::from(e[14]) * u32::from(e[14]));
                    let v = e[15] as i8;
                    if v != NO_VECTOR {
                        s.vector += i64::from(v);
                        s.known += 1;
                    }
                }
                None => char_grams(
                    &sentence[w.start..w.end],
                    self.char_min_n,
                    self.char_max_n,
                    self.char_mask,
                    |g| {
                        let e = self.chars[g];
                        let idf = u32::from(e[2]);
                        s.char_w += i64::from(i16::from_le_bytes([e[0], e[1]]));
                        s.char_idf2 += u64::from(idf * idf);
                    },
                ),
            }
        }
        *sums = local;
    }

    fn logit(&self, sentence: &str) -> f64 {
        let mut s = Sums::default();
        let mut prev = self.start;
        let mut batch = [Word::default(); BATCH];
        let mut n = 0;
        let mut hand = HandCounts::default();
        tokens(sentence, |t| {
            hand.add(&t);
            batch[n] = Word {
                hash: t.hash,
                start: t.start,
                end: t.end,
            };
            n += 1;
            if n == BATCH {
                self.add_words(sentence, &batch, &mut prev, &mut s);
                n = 0;
            }
        });
        self.add_words(sentence, &batch[..n], &mut prev, &mut s);
        self.bigram(prev, self.end, &mut s);

        let mut z = self.bias;
        for (w, idf2, scale) in [
            (s.unigram_w, s.unigram_idf2, self.unigram_scale),
            (s.char_w, s.char_idf2, self.char_scale),
            (s.bigram_w, s.bigram_idf2, self.bigram_scale),
        ] {
            if idf2 > 0 {
                z += w as f64 * scale / (idf2 as f64 * self.idf_step2).sqrt();
            }
        }
        if s.known > 0 {
            z += s.vector as f64 * self.vector_scale / f64::from(s.known);
        }
        for (x, w) in hand.features(sentence, &self.ln1p).iter().zip(self.hand) {
            z += x * w;
        }
        z
    }
}

/// Probability that `sentence` is a check-worthy factual claim.
pub fn checkworthiness(sentence: &str) -> f32 {
    let z = model().logit(sentence);
    (1.0 / (1.0 + (-z).exp())) as f32
}

#[cfg(test)]
mod tests;
