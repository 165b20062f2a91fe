"""Export of the folded model into `model/checkworthy.bin`, and a reference
scorer that reads the exported tables exactly as the Rust inference does.

File layout (little-endian), every table starting at a multiple of 64 bytes:

    header   "CWM2", u32 vocab_bits, char_bits, char_min_n, char_max_n,
             bigram_bits, hand count; f32 bias, char_scale, bigram_scale,
             idf_step; f32 hand-cue weights; zero padding to 64
    vocab    2^vocab_bits entries of 32 bytes: u64 word hash (0 = empty slot,
             linear probing from hash & mask), f32 unigram dot, unigram idf^2,
             character dot, character idf^2, word-vector dot, has-vector flag
    chars    2^char_bits buckets of 4 bytes: i16 weight*idf / char_scale,
             u8 idf / idf_step, a zero byte
    bigrams  2^bigram_bits buckets, as chars (bigram_scale)
"""

import math
import struct

import numpy as np

import features as F
import model as M

HAND = 5
ENTRY = np.dtype([("key", "<u8"), ("v", "<f4", (6,))])


def quantise_block(idf, wi):
    """(i16 weight units, u8 idf units, scale) of a hashed block; wi = w*idf."""
    idf_q = np.clip(np.round(idf / M.IDF_STEP), 0, 255).astype(np.uint8)
    wi = np.where(idf_q == 0, 0.0, wi)
    scale = float(np.float32(np.abs(wi).max() / 32767.0)) or 1.0
    w_q = np.clip(np.round(wi / scale), -32767, 32767).astype(np.int16)
    return w_q, idf_q, scale


def block_bytes(w_q, idf_q):
    out = np.zeros((len(w_q), 4), dtype=np.uint8)
    out[:, :2] = w_q.astype("<i2").view(np.uint8).reshape(-1, 2)
    out[:, 2] = idf_q
    return out.tobytes()


class Exported:
    """The shipped model: what the Rust code reads, and the same arithmetic."""

    def __init__(self, linear, fz, words, emb_index, emb_table):
        tok_idf, char_idf, big_idf = linear.idfs
        tok_w, char_w, big_w = linear.weights
        dim = emb_table.shape[1]
        emb_w = linear.dense_w[:dim]
        self.hand = np.asarray(linear.dense_w[dim:], dtype=np.float32)
        assert len(self.hand) == HAND
        self.bias = float(np.float32(linear.bias))
        self.char_q, self.char_idf_q, self.char_scale = quantise_block(char_idf, char_w * char_idf)
        self.big_q, self.big_idf_q, self.big_scale = quantise_block(big_idf, big_w * big_idf)
        self.idf_step = float(np.float32(M.IDF_STEP))
        self.start, self.end = F.START, F.END
        # Vocabulary: every word with a unigram weight or a vector, plus the
        # frequent words of the unlabelled corpus (they only save time).
        entries = {}
        for tok in words:
            i = fz.tokens.get(tok)
            uni = tok_idf[i] if i is not None else 0.0
            if uni > 0:
                udot, usq = tok_w[i] * tok_idf[i], tok_idf[i] ** 2
            else:
                udot, usq = 0.0, 0.0
            cw, cq = self.char_units(tok)
            e = emb_index.get(tok)
            edot = float(emb_table[e] @ emb_w) if e is not None else 0.0
            vals = (udot, usq, cw * self.char_scale, cq * self.idf_step**2, edot, float(e is not None))
            entries[F.word_hash(tok)] = np.asarray(vals, dtype=np.float32)
        self.vocab_bits = max(10, math.ceil(math.log2(len(entries) / 0.6)))
        cap = 1 << self.vocab_bits
        table = np.zeros(cap, dtype=ENTRY)
        for h, vals in sorted(entries.items()):
            i = h & (cap - 1)
            while table["key"][i] != 0:
                i = (i + 1) & (cap - 1)
            table["key"][i] = h
            table["v"][i] = vals
        self.table = table
        self.entries = {h: v.astype(np.float64) for h, v in entries.items()}

    def char_units(self, tok):
        grams = F.char_grams(tok, M.CHAR_MIN_N, M.CHAR_MAX_N, M.CHAR_BITS)
        w = sum(int(self.char_q[g]) for g in grams)
        q = sum(int(self.char_idf_q[g]) ** 2 for g in grams)
        return w, q

    def logit(self, text):
        vocab = np.zeros(6)
        cw = cq = bw = bq = 0
        toks = F.words(F.normalise(text))
        prev = self.start
        for tok in toks:
            h = F.word_hash(tok)
            v = self.entries.get(h)
            if v is not None:
                vocab += v
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
        udot, usq, cdot, csq, edot, known = vocab
        step2 = self.idf_step**2
        z = self.bias
        for dot, sq in (
            (udot, usq),
            (cdot + cw * self.char_scale, csq + cq * step2),
            (bw * self.big_scale, bq * step2),
        ):
            if sq > 0:
                z += dot / math.sqrt(sq)
        if known > 0:
            z += edot / known
        z += float(np.dot(F.hand_features(text), self.hand.astype(np.float64)))
        return z

    def score(self, texts):
        return np.array([1.0 / (1.0 + math.exp(-self.logit(t))) for t in texts])

    def write(self, path):
        head = struct.pack(
            "<4s6I4f",
            b"CWM2",
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
        )
        head += self.hand.astype("<f4").tobytes()
        head += bytes(-len(head) % 64)
        with open(path, "wb") as fh:
            fh.write(head)
            fh.write(self.table.tobytes())
            fh.write(block_bytes(self.char_q, self.char_idf_q))
            fh.write(block_bytes(self.big_q, self.big_idf_q))
