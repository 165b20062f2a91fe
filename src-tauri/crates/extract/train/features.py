"""Sentence featurisation for the Claimdesk check-worthiness model.

The Rust inference in `src/checkworthy.rs` mirrors every step here exactly:
normalisation, tokenisation, n-gram extraction and CRC-32 hashing into buckets.
"""

import math
import zlib

# Characters folded to ASCII before anything else (curly quotes, dashes).
FOLD = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
}

SPACE = " \t\n\r\x0b\x0c"


def normalise(text):
    """ASCII-lowercase, every digit becomes '0', typographic quotes/dashes folded."""
    out = []
    for ch in text:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr(o + 32))
        elif 48 <= o <= 57:
            out.append("0")
        else:
            out.append(FOLD.get(ch, ch))
    return "".join(out)


def is_word_char(ch):
    """Word characters: ASCII letters and digits, and any non-ASCII character."""
    o = ord(ch)
    return (97 <= o <= 122) or o == 48 or o >= 128


def words(norm):
    """Word tokens of a normalised sentence: runs of word characters, with an
    apostrophe kept when it sits between two word characters ("don't")."""
    toks = []
    cur = []
    n = len(norm)
    for i, ch in enumerate(norm):
        if is_word_char(ch):
            cur.append(ch)
        elif ch == "'" and cur and i + 1 < n and is_word_char(norm[i + 1]):
            cur.append(ch)
        else:
            if cur:
                toks.append("".join(cur))
                cur = []
            if ch in PUNCT_TOKENS:
                toks.append(ch)
    if cur:
        toks.append("".join(cur))
    return toks


# Punctuation that becomes a token of its own (questions, figures, quotes).
PUNCT_TOKENS = set('?!%$"')


def bucket(data, bits):
    return zlib.crc32(data.encode("utf-8")) & ((1 << bits) - 1)


def word_features(toks, max_n, bits):
    """Hashed word n-grams, n = 1..max_n, joined by a space, tagged by n."""
    feats = []
    for n in range(1, max_n + 1):
        for i in range(len(toks) - n + 1):
            feats.append(bucket("w%d %s" % (n, " ".join(toks[i : i + n])), bits))
    return feats


def char_features(norm, min_n, max_n, bits):
    """Hashed character n-grams inside each whitespace-separated chunk padded
    with one space on each side (n = min_n..max_n)."""
    feats = []
    for chunk in chunks(norm):
        padded = " " + chunk + " "
        chars = list(padded)
        for n in range(min_n, max_n + 1):
            if n > len(chars):
                break
            for i in range(len(chars) - n + 1):
                feats.append(bucket("c" + "".join(chars[i : i + n]), bits))
    return feats


def chunks(norm):
    """Runs of characters between ASCII whitespace."""
    out = []
    cur = []
    for ch in norm:
        if ch in SPACE:
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    return out


def hand_features(text):
    """Five dense cues computed on the original (case-kept) sentence: length,
    capitalised words after the first (names), their share, tokens holding a
    digit, and whether the sentence is a question."""
    toks = []
    cur = []
    for ch in text:
        o = ord(ch)
        if (65 <= o <= 90) or (97 <= o <= 122) or (48 <= o <= 57) or ch == "'":
            cur.append(ch)
        elif cur:
            toks.append("".join(cur))
            cur = []
    if cur:
        toks.append("".join(cur))
    n = len(toks)
    caps = sum(1 for t in toks[1:] if "A" <= t[0] <= "Z")
    digits = sum(1 for t in toks if any("0" <= c <= "9" for c in t))
    question = 1.0 if text.rstrip(SPACE).endswith("?") else 0.0
    return [
        math.log1p(n) / 3.0,
        math.log1p(caps),
        min(caps / max(n, 1) * 3.0, 1.0),
        math.log1p(digits),
        question,
    ]


def embedding_features(toks, index, table):
    """Mean and (halved) max of the embeddings of the known words; zeros when
    no word is known. `table` is a float array of shape (vocab, dim)."""
    ids = [index[t] for t in toks if t in index]
    dim = table.shape[1]
    if not ids:
        return [0.0] * (2 * dim)
    rows = table[ids]
    return list(rows.mean(0)) + list(rows.max(0) * 0.5)
