"""Word vectors for the check-worthiness model, learnt from unlabelled text.

Positive pointwise mutual information over a distance-weighted co-occurrence
window, factorised by a truncated SVD (no external model or download). The
corpus is news prose (PolNeAR train split) plus the CLEF 2019 training
transcripts; neither ClaimBuster nor any evaluation text is used.
"""

import collections
import glob
import os

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.linalg import svds

import features as F


def corpus_lines(data_dir):
    for path in sorted(glob.glob(os.path.join(data_dir, "polnear/train/text/*.txt"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield line
    clef = os.path.join(data_dir, "clef2019-checkthat-task1/training/*.tsv")
    for path in sorted(glob.glob(clef)):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3:
                    yield parts[2]


def train_embeddings(data_dir, min_count=3, window=6, dim=150, seed=0):
    """Returns (vocab list, float32 array (len(vocab), dim) with unit rows)."""
    docs = []
    for line in corpus_lines(data_dir):
        toks = [t for t in F.words(F.normalise(line)) if t not in F.PUNCT_TOKENS]
        docs.append(toks)
    counts = collections.Counter(t for d in docs for t in d)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    vocab = [w for w, c in ranked if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    size = len(vocab)
    rows, cols, vals = [], [], []
    for doc in docs:
        ids = [index.get(t, -1) for t in doc]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                b = ids[j]
                if j != i and b >= 0:
                    rows.append(a)
                    cols.append(b)
                    vals.append(1.0 / abs(i - j))
    co = coo_matrix((vals, (rows, cols)), shape=(size, size)).tocsr()
    co.sum_duplicates()
    total = co.sum()
    row_sum = np.asarray(co.sum(1)).ravel()
    ctx = np.asarray(co.sum(0)).ravel() ** 0.75
    ctx = ctx / ctx.sum()
    co = co.tocoo()
    pmi = np.log(co.data / total / (row_sum[co.row] / total) / ctx[co.col])
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep], (co.row[keep], co.col[keep])), shape=(size, size))
    rng = np.random.RandomState(seed)
    v0 = rng.uniform(-1, 1, size)
    u, s, _ = svds(ppmi, k=dim, v0=v0)
    emb = u * np.sqrt(s)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    return vocab, emb.astype(np.float32)


def quantise(emb):
    """Per-row int8 quantisation: returns (int8 array, float32 row scales)."""
    scale = np.abs(emb).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(emb / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)
