"""Training and export of the linear check-worthiness model.

Every feature decomposes over the words of a sentence, so that inference
costs one table lookup per word and one per word bigram:

- three blocks: the word itself (exact vocabulary, min df 2); its character
  1-5-grams (inside the word padded with spaces, 2^18 CRC-32 buckets); hashed
  word bigrams, sentence start and end included (2^16 buckets);
- each block holds idf-weighted counts divided by sqrt(sum of idf^2 over the
  sentence's feature occurrences), which is the l2 norm whenever no feature
  repeats, and unlike the l2 norm is a plain sum over words;
- mean of learnt word vectors over the known words, and hand cues.

Two logistic regressions (plain, and naive-Bayes-scaled sparse features;
C = 1, class weights balanced then the check-worthy class's scaled by 0.8,
both chosen by the 4-fold CV) are fitted and their logits averaged, which
folds into one weight per feature. `export.py` then precomputes per
vocabulary word its unigram weight, character n-gram sums and word-vector
dot; words outside the vocabulary fall back to their character n-grams.
"""

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

import features as F

CHAR_BITS = 18
CHAR_MIN_N = 1
CHAR_MAX_N = 5
BIGRAM_BITS = 16
C = 1.0
# Factor on the balanced weight of the check-worthy class (1 = balanced).
POS_WEIGHT = 0.8
MIN_DF = 2
IDF_STEP = 1.0 / 20.0


def count_matrix(rows_of_ids, ncols):
    rows, cols = [], []
    for i, feats in enumerate(rows_of_ids):
        rows.extend([i] * len(feats))
        cols.extend(feats)
    data = np.ones(len(cols), dtype=np.float64)
    m = csr_matrix((data, (rows, cols)), shape=(len(rows_of_ids), ncols))
    m.sum_duplicates()
    return m


class Featuriser:
    """Keeps a growing token dictionary; per token its hash and char n-grams."""

    def __init__(self):
        self.tokens = {}
        self.hashes = []
        self.grams = []

    def token_id(self, tok):
        i = self.tokens.get(tok)
        if i is None:
            i = len(self.hashes)
            self.tokens[tok] = i
            self.hashes.append(F.word_hash(tok))
            self.grams.append(F.char_grams(tok, CHAR_MIN_N, CHAR_MAX_N, CHAR_BITS))
        return i

    def __call__(self, texts, emb_index, emb_table):
        """Returns a Feats: sentences x tokens counts, bigram counts, dense."""
        tok_rows, big_rows, dense = [], [], []
        for text in texts:
            toks = F.words(F.normalise(text))
            ids = [self.token_id(t) for t in toks]
            tok_rows.append(ids)
            big_rows.append(F.bigram_features([self.hashes[i] for i in ids], BIGRAM_BITS))
            known = [emb_index[t] for t in toks if t in emb_index]
            mean = emb_table[known].mean(0) if known else np.zeros(emb_table.shape[1])
            dense.append(list(mean) + F.hand_features(text))
        return Feats(self, tok_rows, big_rows, np.array(dense, dtype=np.float64))


class Feats:
    def __init__(self, fz, tok_rows, big_rows, dense):
        self.fz = fz
        self.tok_rows, self.big_rows, self.dense = tok_rows, big_rows, dense

    def __len__(self):
        return len(self.tok_rows)

    def subset(self, idx):
        return Feats(
            self.fz, [self.tok_rows[i] for i in idx], [self.big_rows[i] for i in idx], self.dense[idx]
        )

    def concat(self, other):
        return Feats(
            self.fz,
            self.tok_rows + other.tok_rows,
            self.big_rows + other.big_rows,
            np.vstack([self.dense, other.dense]),
        )

    def matrices(self):
        """(token counts, char n-gram counts, bigram counts)."""
        ntok = len(self.fz.hashes)
        tokens = count_matrix(self.tok_rows, ntok)
        grams = count_matrix(self.fz.grams, 1 << CHAR_BITS)
        chars = (tokens @ grams).tocsr()
        return tokens, chars, count_matrix(self.big_rows, 1 << BIGRAM_BITS)


def fit_idf(counts):
    df = np.asarray((counts > 0).sum(0)).ravel()
    n = counts.shape[0]
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    idf[df < MIN_DF] = 0.0
    return np.round(idf / IDF_STEP) * IDF_STEP


def normalised(counts, idf):
    """idf-weighted counts over sqrt(sum of idf^2 per feature occurrence)."""
    m = csr_matrix(counts.multiply(idf))
    sq = np.asarray(counts @ (idf * idf)).ravel()
    sq[sq == 0] = 1.0
    return csr_matrix(m.multiply(1.0 / np.sqrt(sq)[:, None]))


class Linear:
    """Folded model: per block idf and weights, dense weights and bias."""

    def __init__(self, idfs, weights, dense_w, bias):
        self.idfs, self.weights = idfs, weights
        self.dense_w, self.bias = dense_w, bias

    def logits(self, feats):
        z = feats.dense @ self.dense_w + self.bias
        for m, idf, w in zip(feats.matrices(), self.idfs, self.weights):
            z = z + normalised(m, idf) @ w
        return z


def fit(feats, y, seed=0):
    blocks = feats.matrices()
    idfs = [fit_idf(b) for b in blocks]
    sparse = hstack([normalised(b, idf) for b, idf in zip(blocks, idfs)]).tocsr()
    pos = np.asarray(sparse[y == 1].sum(0)).ravel() + 1.0
    neg = np.asarray(sparse[y == 0].sum(0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    dense_sp = csr_matrix(feats.dense)
    n, n_pos = len(y), int(np.sum(y == 1))
    balanced = {0: n / (2.0 * (n - n_pos)), 1: n / (2.0 * n_pos) * POS_WEIGHT}
    weights, biases = [], []
    for scaled in (sparse, csr_matrix(sparse.multiply(ratio))):
        clf = LogisticRegression(C=C, class_weight=balanced, max_iter=5000, random_state=seed)
        clf.fit(hstack([scaled, dense_sp]).tocsr(), y)
        weights.append(clf.coef_.ravel())
        biases.append(clf.intercept_[0])
    ns = sparse.shape[1]
    sparse_w = 0.5 * (weights[0][:ns] + weights[1][:ns] * ratio)
    dense_w = 0.5 * (weights[0][ns:] + weights[1][ns:])
    split, out = 0, []
    for b in blocks:
        out.append(sparse_w[split : split + b.shape[1]])
        split += b.shape[1]
    return Linear(idfs, out, dense_w, 0.5 * (biases[0] + biases[1]))
