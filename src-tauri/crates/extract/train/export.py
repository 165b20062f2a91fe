"""Export of the folded model into `model/checkworthy.bin`, and a reference
scorer that reads the exported tables exactly as the Rust inference does.

File layout (little-endian), every table starting at a multiple of 64 bytes:

    header   "CWM4", u32 vocab_bits, char_bits, char_min_n, char_max_n,
             bigram_bits, hand count; f32 bias, char_scale, bigram_scale,
             idf_step, unigram_scale, vector_scale; f32 hand-cue weights;
             zero padding to 64
    vocab    2^vocab_bits entries of 16 bytes, linear probing from the word
             hash & mask: u32 key (hash >> 32 | 1; 0 = empty slot), i32 and u32
             sums over the word's character n-grams of their weight and
             idf^2 units (as in chars), i16 unigram weight units
             (unigram_scale), u8 unigram idf units, i8 word-vector dot units
             (vector_scale; -128 = no vector)
    chars    2^char_bits buckets of 4 bytes: i16 weight*idf / char_scale,
             u8 idf / idf_step, a zero byte
    bigrams  2^bigram_bits buckets of 2 bytes: i8 weight*idf / bigram_scale,
             u8 idf / idf_step
"""

import math
import struct

import numpy as np

import features as F
import model as M

HAND = 5
ENTRY = np.dtype(
    [
        ("key", "<u4"),
        ("char_w", "<i4"),
        ("char_q2", "<u4"),
        ("uni_w", "<i2"),
        ("uni_idf", "u1"),
        ("emb", "i1"),
    ]
)
NO_VECTOR = -128


def quantise_block(idf, wi):
    """(i16 weight units, u8 idf units, scale) of a hashed block; wi = w*idf."""
    idf_q = np.clip(np.round(idf / M.IDF_STEP), 0, 255).astype(np.uint8)
    wi = np.where(idf_q == 0, 0.0, wi)
    scale = float(np.float32(np.abs(wi).max() / 32767.0)) or 1.0
    w_q = np.clip(np.round(wi / scale), -32767, 32767).astype(np.int16)
    return w_q, idf_q, scale


def quantise_block8(idf, wi):
    """(i8 weight units, u8 idf units, scale) of a hashed block; the scale
    keeps the 99.9th percentile of the weights in range and clips beyond."""
    idf_q = np.clip(np.round(idf / M.IDF_STEP), 0, 255).astype(np.uint8)
    wi = np.where(idf_q == 0, 0.0, wi)
    used = np.abs(wi[idf_q > 0])
    top = np.percentile(used, 99.9) if len(used) else 1.0
    scale = float(np.float32(top / 127.0)) or 1.0
    w_q = np.clip(np.round(wi / scale), -127, 127).astype(np.int8)
    return w_q, idf_q, scale


def block_bytes8(w_q, idf_q):
    out = np.zeros((len(w_q), 2), dtype=np.uint8)
    out[:, 0] = w_q.view(np.uint8)
    out[:, 1] = idf_q
    return out.tobytes()


def block_bytes(w_q, idf_q):
    out = np.zeros((len(w_q), 4), dtype=np.uint8)
    out[:, :2] = w_q.astype("<i2").view(np.uint8).reshape(-1, 2)
    out[:, 2] = idf_q
    return out.tobytes()


def slot_key(h):
    """The 32-bit key stored for word hash h (never 0, the empty mark)."""
    return (h >> 32) | 1


class Exported:
    """The shipped model: what the Rust code reads, and the same arithmetic."""

    def __init__(self, linear, fz, words, emb_index, emb_table):
        tok_idf, char_idf, big_idf = linear.idfs
        tok_w, char_w, big_w = linear.weights
        dim = emb_table.shape[1]
        self.hand = np.asarray(linear.dense_w[dim:], dtype=np.float32)
        assert len(self.hand) == HAND
        self.bias = float(np.float32(linear.bias))
        self.char_q, self.char_idf_q, self.char_scale = quantise_block(char_idf, char_w * char_idf)
        self.big_q, self.big_idf_q, self.big_scale = quantise_block8(big_idf, big_w * big_idf)
        self.idf_step = float(np.float32(M.IDF_STEP))
        self.start, self.end = F.START, F.END
        uni_q, uni_idf_q, self.uni_scale = quantise_block(tok_idf, tok_w * tok_idf)
        emb_dot = emb_table @ linear.dense_w[:dim]
        self.emb_scale = float(np.float32(np.abs(emb_dot).max() / 127.0)) or 1.0
        emb_q = np.clip(np.round(emb_dot / self.emb_scale), -127, 127).astype(np.int8)
        # Vocabulary: every word with a unigram weight or a vector, plus the
        # frequent words of the unlabelled corpus (they only save time: an
        # entry caches the sum over the word's character n-grams).
        rows = {}
        for tok in words:
            i = fz.tokens.get(tok)
            e = emb_index.get(tok)
            cw, cq = self.char_units(tok)
            rows[F.word_hash(tok)] = (
                cw,
                cq,
                int(uni_q[i]) if i is not None else 0,
                int(uni_idf_q[i]) if i is not None else 0,
                int(emb_q[e]) if e is not None else NO_VECTOR,
            )
        self.vocab_bits = max(10, math.ceil(math.log2(len(rows) / 0.6)))
        cap = 1 << self.vocab_bits
        table = np.zeros(cap, dtype=ENTRY)
        for h, row in sorted(rows.items()):
            i = h & (cap - 1)
            while table["key"][i] != 0:
                i = (i + 1) & (cap - 1)
            table[i] = (slot_key(h),) + row
        self.table = table
        self.keys = table["key"].tolist()
        self.rows = table.tolist()
        self.words = len(rows)

    def lookup(self, h):
        """The vocabulary row of word hash h, probing as the Rust code does."""
        mask = len(self.keys) - 1
        i, key = h & mask, slot_key(h)
        while True:
            k = self.keys[i]
            if k == key:
                return self.rows[i]
            if k == 0:
                return None
            i = (i + 1) & mask

    def char_units(self, tok):
        grams = F.char_grams(tok, M.CHAR_MIN_N, M.CHAR_MAX_N, M.CHAR_BITS)
        w = sum(int(self.char_q[g]) for g in grams)
        q = sum(int(self.char_idf_q[g]) ** 2 for g in grams)
        return w, q

    def logit(self, text):
        uw = uq = cw = cq = bw = bq = emb = known = 0
        prev = self.start
        for tok in F.words(F.normalise(text)):
            h = F.word_hash(tok)
            row = self.lookup(h)
            if row is not None:
                _, w, q, u, ui, e = row
                cw += w
                cq += q
                uw += u
                uq += ui * ui
                if e != NO_VECTOR:
                    emb += e
                    known += 1
            else:
                w, q = self.char_units(tok)
                cw += w
                cq += q
            g = F.pair_bucket(prev, h, M.BIGRAM_BITS)
            bw += int(self.big_q[g])
            bq += int(self.big_idf_q[g]) ** 2
            prev = h
        g = F.pair_bucket(prev, self.end, M.BIGRAM_BITS)
        bw += int(self.big_q[g])
        bq += int(self.big_idf_q[g]) ** 2
        step2 = self.idf_step**2
        z = self.bias
        for w, q, scale in ((uw, uq, self.uni_scale), (cw, cq, self.char_scale), (bw, bq, self.big_scale)):
            if q > 0:
                z += w * scale / math.sqrt(q * step2)
        if known > 0:
            z += emb * self.emb_scale / known
        z += float(np.dot(F.hand_features(text), self.hand.astype(np.float64)))
        return z

    def score(self, texts):
        return np.array([1.0 / (1.0 + math.exp(-self.logit(t))) for t in texts])

    def write(self, path):
        head = struct.pack(
            "<4s6I6f",
            b"CWM4",
            self.vocab_bits,
            M.CHAR_BITS,
            M.CHAR_MIN_N,
            M.CHAR_MAX_N,
            M.BIGRAM_BITS,
            HAND,
            self.bias,
            self.char_scale,
            self.big_scale,
            self.idf_step,
            self.uni_scale,
            self.emb_scale,
        )
        head += self.hand.astype("<f4").tobytes()
        head += bytes(-len(head) % 64)
        with open(path, "wb") as fh:
            fh.write(head)
            fh.write(self.table.tobytes())
            fh.write(block_bytes(self.char_q, self.char_idf_q))
            fh.write(block_bytes8(self.big_q, self.big_idf_q))
