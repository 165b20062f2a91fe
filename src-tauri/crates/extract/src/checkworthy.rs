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

/// One TF-IDF block (word or character n-grams) over `1 << bits` buckets.
struct Block {
    idf: &'static [u8],
    idf_step: f64,
    weights: Vec<i16>,
    weight_scale: f64,
}

impl Block {
    /// Logit contribution of the l2-normalised, sublinear TF-IDF vector of
    /// `buckets` (sorted in place to count repeats).
    fn logit(&self, buckets: &mut [u32]) -> f64 {
        buckets.sort_unstable();
        let (mut dot, mut norm2) = (0.0f64, 0.0f64);
        let mut i = 0;
        while i < buckets.len() {
            let b = buckets[i];
            let mut j = i + 1;
            while j < buckets.len() && buckets[j] == b {
                j += 1;
            }
            let idf = f64::from(self.idf[b as usize]) * self.idf_step;
            if idf > 0.0 {
                let v = (1.0 + ((j - i) as f64).ln()) * idf;
                dot += v * f64::from(self.weights[b as usize]) * self.weight_scale;
                norm2 += v * v;
            }
            i = j;
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
    emb_scale: Vec<f32>,
    emb: Vec<i8>,
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
    let words = Block {
        idf: r.take(word_len),
        idf_step: word_step,
        weights: r.i16s(word_len),
        weight_scale: word_scale,
    };
    let chars = Block {
        idf: r.take(char_len),
        idf_step: char_step,
        weights: r.i16s(char_len),
        weight_scale: char_scale,
    };
    let dense = r.f32s(2 * dim + HAND);
    let emb_scale = r.f32s(vocab_len);
    let emb = r
        .take(vocab_len * dim)
        .iter()
        .map(|&b| b as i8)
        .collect::<Vec<_>>();
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
        emb_scale,
        emb,
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
    sum: Vec<f64>,
    max: Vec<f64>,
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
            sum,
            max,
        } = s;
        features::normalise(sentence, norm);
        let mut toks = Vec::new();
        features::words(norm, &mut toks);

        buckets.clear();
        features::word_features(&toks, self.word_max_n, self.word_mask, buckets);
        let mut z = self.bias + self.words.logit(buckets);

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
        z += self.chars.logit(buckets);

        let dim = self.dim;
        sum.clear();
        sum.resize(dim, 0.0);
        max.clear();
        max.resize(dim, f64::NEG_INFINITY);
        let mut known = 0usize;
        for tok in &toks {
            let Some(&row) = self.index.get(tok) else {
                continue;
            };
            known += 1;
            let row = row as usize;
            let scale = f64::from(self.emb_scale[row]);
            let q = &self.emb[row * dim..(row + 1) * dim];
            for ((s, m), &v) in sum.iter_mut().zip(max.iter_mut()).zip(q) {
                let x = f64::from(v) * scale;
                *s += x;
                if x > *m {
                    *m = x;
                }
            }
        }
        if known > 0 {
            let (mean_w, rest) = self.dense.split_at(dim);
            let max_w = &rest[..dim];
            for k in 0..dim {
                z += sum[k] / known as f64 * f64::from(mean_w[k]);
                z += max[k] * 0.5 * f64::from(max_w[k]);
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
