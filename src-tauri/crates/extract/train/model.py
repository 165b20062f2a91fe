"""Training and export of the linear check-worthiness model.

Features per sentence: TF-IDF (sublinear tf, smoothed idf, min df 2, l2 norm
per block) over hashed word 1-3-grams and hashed character 1-5-grams; mean and
max of learnt word vectors; five hand cues. Two logistic regressions are fitted
(plain, and on naive-Bayes-scaled n-grams) and their logits averaged, which
folds into one weight per bucket.
"""

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

import features as F

WORD_BITS = 17
WORD_MAX_N = 3
CHAR_BITS = 18
CHAR_MIN_N = 1
CHAR_MAX_N = 5
C = 4.0
MIN_DF = 2
IDF_STEP = 1.0 / 20.0


def count_matrix(rows_of_buckets, bits):
    rows, cols = [], []
    for i, feats in enumerate(rows_of_buckets):
        rows.extend([i] * len(feats))
        cols.extend(feats)
    data = np.ones(len(cols), dtype=np.float64)
    m = csr_matrix((data, (rows, cols)), shape=(len(rows_of_buckets), 1 << bits))
    m.sum_duplicates()
    return m


def featurise(texts, index, table):
    """Returns (word counts, char counts, dense array) for a list of sentences."""
    word_rows, char_rows, dense = [], [], []
    for text in texts:
        norm = F.normalise(text)
        toks = F.words(norm)
        word_rows.append(F.word_features(toks, WORD_MAX_N, WORD_BITS))
        char_rows.append(F.char_features(norm, CHAR_MIN_N, CHAR_MAX_N, CHAR_BITS))
        dense.append(F.embedding_features(toks, index, table) + F.hand_features(text))
    return (
        count_matrix(word_rows, WORD_BITS),
        count_matrix(char_rows, CHAR_BITS),
        np.array(dense, dtype=np.float64),
    )


def fit_idf(counts):
    df = np.asarray((counts > 0).sum(0)).ravel()
    n = counts.shape[0]
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    idf[df < MIN_DF] = 0.0
    return idf


def tfidf(counts, idf):
    m = counts.copy()
    m.data = 1.0 + np.log(m.data)
    m = csr_matrix(m.multiply(idf))
    norm = np.sqrt(np.asarray(m.multiply(m).sum(1)).ravel())
    norm[norm == 0] = 1.0
    return csr_matrix(m.multiply(1.0 / norm[:, None]))


class Linear:
    """Folded model: per-block idf and weights, dense weights, bias."""

    def __init__(self, word_idf, word_w, char_idf, char_w, dense_w, bias):
        self.word_idf, self.word_w = word_idf, word_w
        self.char_idf, self.char_w = char_idf, char_w
        self.dense_w, self.bias = dense_w, bias

    def logits(self, wc, cc, dense):
        a = tfidf(wc, self.word_idf) @ self.word_w
        b = tfidf(cc, self.char_idf) @ self.char_w
        return a + b + dense @ self.dense_w + self.bias


def fit(wc, cc, dense, y, seed=0):
    word_idf = fit_idf(wc)
    char_idf = fit_idf(cc)
    ngrams = hstack([tfidf(wc, word_idf), tfidf(cc, char_idf)]).tocsr()
    pos = np.asarray(ngrams[y == 1].sum(0)).ravel() + 1.0
    neg = np.asarray(ngrams[y == 0].sum(0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    dense_sp = csr_matrix(dense)
    weights, biases = [], []
    for scaled in (ngrams, csr_matrix(ngrams.multiply(ratio))):
        clf = LogisticRegression(
            C=C, class_weight="balanced", max_iter=5000, random_state=seed
        )
        clf.fit(hstack([scaled, dense_sp]).tocsr(), y)
        weights.append(clf.coef_.ravel())
        biases.append(clf.intercept_[0])
    nw = ngrams.shape[1]
    ngram_w = 0.5 * (weights[0][:nw] + weights[1][:nw] * ratio)
    dense_w = 0.5 * (weights[0][nw:] + weights[1][nw:])
    split = wc.shape[1]
    return Linear(
        word_idf,
        ngram_w[:split],
        char_idf,
        ngram_w[split:],
        dense_w,
        0.5 * (biases[0] + biases[1]),
    )


def quantise_block(idf, w):
    """idf -> u8 steps of IDF_STEP (0 = unseen bucket); weight -> i16 with scale."""
    idf_q = np.clip(np.round(idf / IDF_STEP), 0, 255).astype(np.uint8)
    w = np.where(idf_q == 0, 0.0, w)
    scale = float(np.abs(w).max() / 32767.0) or 1.0
    w_q = np.clip(np.round(w / scale), -32767, 32767).astype(np.int16)
    return idf_q, w_q, np.float32(scale)


def quantised(model):
    """The model as shipped: the same arithmetic on dequantised values."""
    wi, ww, ws = quantise_block(model.word_idf, model.word_w)
    ci, cw, cs = quantise_block(model.char_idf, model.char_w)
    dq = Linear(
        wi.astype(np.float64) * np.float64(np.float32(IDF_STEP)),
        ww.astype(np.float64) * np.float64(ws),
        ci.astype(np.float64) * np.float64(np.float32(IDF_STEP)),
        cw.astype(np.float64) * np.float64(cs),
        model.dense_w.astype(np.float32).astype(np.float64),
        float(np.float32(model.bias)),
    )
    return dq, (wi, ww, ws, ci, cw, cs)
