//! Check-worthiness model: scores how worth checking a sentence is, in [0, 1].
//!
//! A linear model trained offline by `train/train.py` (ClaimBuster 2.5xNCS
//! debates; word vectors learnt from unlabelled news). Its quantised weights
//! (`model/checkworthy.bin`, `model/vocab.txt`) are embedded in the binary and
//! parsed once. Features, mirrored exactly from the Python featuriser:
//! TF-IDF over hashed word 1-3-grams and character 1-5-grams, mean and max of
//! word vectors, and five hand cues (length, names, figures, question).

mod features;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

static MODEL_BYTES: &[u8] = include_bytes!("../model/checkworthy.bin");
static VOCAB: &str = include_str!("../model/vocab.txt");

/// Number of hand cues at the end of the dense weights.
const HAND: usize = 5;

/// One TF-IDF block (word or character n-grams) over `1 << bits` buckets:
/// per bucket its idf (0 = bucket unseen in training) and weight, side by
/// side so a lookup touches one cache line.
struct Block {
    entries: Vec<[f32; 2]>,
}

impl Block {
    fn new(idf: &[u8], idf_step: f64, weights: &[i16], weight_scale: f64) -> Block {
        let entries = idf
            .iter()
            .zip(weights)
            .map(|(&i, &w)| {
                [
                    (f64::from(i) * idf_step) as f32,
                    (f64::from(w) * weight_scale) as f32,
                ]
            })
            .collect();
        Block { entries }
    }

    /// Logit contribution of the l2-normalised, sublinear TF-IDF vector of
    /// `buckets`; `counts` is an all-zero scratch table as long as the block
    /// and is left all-zero again.
    fn logit(&self, buckets: &[u32], counts: &mut [u16], distinct: &mut Vec<u32>) -> f64 {
        distinct.clear();
        for &b in buckets {
            let c = &mut counts[b as usize];
            if *c == 0 {
                distinct.push(b);
            }
            *c = c.saturating_add(1);
        }
        let (mut dot, mut norm2) = (0.0f64, 0.0f64);
        for &b in distinct.iter() {
            let n = std::mem::take(&mut counts[b as usize]);
            let [idf, w] = self.entries[b as usize];
            if idf > 0.0 {
                let tf = if n == 1 { 1.0 } else { 1.0 + f64::from(n).ln() };
                let v = tf * f64::from(idf);
                dot += v * f64::from(w);
                norm2 += v * v;
            }
        }
        if norm2 > 0.0 {
            dot / norm2.sqrt()
        } else {
            0.0
        }
    }
}

/// The parsed model.
struct Model {
    word_max_n: usize,
    word_mask: u32,
    char_min_n: usize,
    char_max_n: usize,
    char_mask: u32,
    words: Block,
    chars: Block,
    dense: Vec<f32>,
    bias: f64,
    dim: usize,
    index: HashMap<&'static str, u32>,
    /// Dequantised word vectors, `dim` per row.
    emb: Vec<f32>,
    /// Each row's dot product with the mean-pooling weights.
    mean_dot: Vec<f64>,
}

/// Little-endian reader over the embedded model file.
struct Reader {
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> &'static [u8] {
        let s = &MODEL_BYTES[self.at..self.at + n];
        self.at += n;
        s
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take(4).try_into().expect("4 bytes"))
    }
    fn f32(&mut self) -> f32 {
        f32::from_le_bytes(self.take(4).try_into().expect("4 bytes"))
    }
    fn f32s(&mut self, n: usize) -> Vec<f32> {
        let raw = self.take(4 * n);
        raw.chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect()
    }
    fn i16s(&mut self, n: usize) -> Vec<i16> {
        let raw = self.take(2 * n);
        raw.chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect()
    }
}

fn parse() -> Model {
    let mut r = Reader { at: 0 };
    assert_eq!(r.take(4), b"CWM1", "check-worthiness model: bad magic");
    let word_bits = r.u32();
    let word_max_n = r.u32() as usize;
    let char_bits = r.u32();
    let char_min_n = r.u32() as usize;
    let char_max_n = r.u32() as usize;
    let vocab_len = r.u32() as usize;
    let dim = r.u32() as usize;
    let hand = r.u32() as usize;
    assert_eq!(hand, HAND, "check-worthiness model: hand cue count");
    let bias = f64::from(r.f32());
    let word_step = f64::from(r.f32());
    let word_scale = f64::from(r.f32());
    let char_step = f64::from(r.f32());
    let char_scale = f64::from(r.f32());
    let word_len = 1usize << word_bits;
    let char_len = 1usize << char_bits;
    let word_idf = r.take(word_len);
    let words = Block::new(word_idf, word_step, &r.i16s(word_len), word_scale);
    let char_idf = r.take(char_len);
    let chars = Block::new(char_idf, char_step, &r.i16s(char_len), char_scale);
    let dense = r.f32s(2 * dim + HAND);
    let emb_scale = r.f32s(vocab_len);
    let quantised = r.take(vocab_len * dim);
    let mut emb = Vec::with_capacity(vocab_len * dim);
    let mut mean_dot = Vec::with_capacity(vocab_len);
    for (row, &scale) in quantised.chunks_exact(dim.max(1)).zip(&emb_scale) {
        let mut dot = 0.0f64;
        for (&q, &w) in row.iter().zip(&dense[..dim]) {
            let x = f64::from(q as i8) * f64::from(scale);
            dot += x * f64::from(w);
            emb.push(x as f32);
        }
        mean_dot.push(dot);
    }
    assert_eq!(
        r.at,
        MODEL_BYTES.len(),
        "check-worthiness model: trailing bytes"
    );
    let index: HashMap<&'static str, u32> = VOCAB
        .lines()
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, w)| (w, i as u32))
        .collect();
    assert_eq!(
        index.len(),
        vocab_len,
        "check-worthiness model: vocabulary size"
    );
    Model {
        word_max_n,
        word_mask: (word_len - 1) as u32,
        char_min_n,
        char_max_n,
        char_mask: (char_len - 1) as u32,
        words,
        chars,
        dense,
        bias,
        dim,
        index,
        emb,
        mean_dot,
    }
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(parse)
}

/// Reusable per-thread buffers, so scoring a sentence does not allocate.
#[derive(Default)]
struct Scratch {
    norm: String,
    padded: String,
    bounds: Vec<usize>,
    buckets: Vec<u32>,
    distinct: Vec<u32>,
    word_counts: Vec<u16>,
    char_counts: Vec<u16>,
    max: Vec<f32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Model {
    fn logit(&self, sentence: &str, s: &mut Scratch) -> f64 {
        let Scratch {
            norm,
            padded,
            bounds,
            buckets,
            distinct,
            word_counts,
            char_counts,
            max,
        } = s;
        word_counts.resize(self.words.entries.len(), 0);
        char_counts.resize(self.chars.entries.len(), 0);
        features::normalise(sentence, norm);
        let mut toks = Vec::new();
        features::words(norm, &mut toks);

        buckets.clear();
        features::word_features(&toks, self.word_max_n, self.word_mask, buckets);
        let mut z = self.bias + self.words.logit(buckets, word_counts, distinct);

        buckets.clear();
        features::char_features(
            norm,
            self.char_min_n,
            self.char_max_n,
            self.char_mask,
            padded,
            bounds,
            buckets,
        );
        z += self.chars.logit(buckets, char_counts, distinct);

        let dim = self.dim;
        max.clear();
        max.resize(dim, f32::NEG_INFINITY);
        let (mut known, mut mean) = (0usize, 0.0f64);
        for tok in &toks {
            let Some(&row) = self.index.get(tok) else {
                continue;
            };
            known += 1;
            let row = row as usize;
            mean += self.mean_dot[row];
            for (m, &x) in max.iter_mut().zip(&self.emb[row * dim..(row + 1) * dim]) {
                *m = m.max(x);
            }
        }
        if known > 0 {
            z += mean / known as f64;
            let max_w = &self.dense[dim..2 * dim];
            for (&m, &w) in max.iter().zip(max_w) {
                z += f64::from(m) * 0.5 * f64::from(w);
            }
        }
        let hand_w = &self.dense[2 * dim..];
        for (x, &w) in features::hand_features(sentence).iter().zip(hand_w) {
            z += x * f64::from(w);
        }
        z
    }
}

/// Probability that `sentence` is a check-worthy factual claim.
pub fn checkworthiness(sentence: &str) -> f32 {
    let m = model();
    let z = SCRATCH.with(|s| m.logit(sentence, &mut s.borrow_mut()));
    (1.0 / (1.0 + (-z).exp())) as f32
}

#[cfg(test)]
mod tests;
