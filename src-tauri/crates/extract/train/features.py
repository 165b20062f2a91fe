"""Sentence featurisation for the Claimdesk check-worthiness model.

The Rust inference in `src/checkworthy/features.rs` mirrors every step here
exactly: normalisation, tokenisation, word hashing, bigram buckets and the
character n-grams (CRC-32) of words outside the vocabulary.
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
    return [t for t, _ in token_spans(norm)]


def token_spans(norm):
    """(token, start index) for every token of `words`."""
    toks = []
    cur = []
    start = 0
    n = len(norm)
    for i, ch in enumerate(norm):
        if is_word_char(ch):
            if not cur:
                start = i
            cur.append(ch)
        elif ch == "'" and cur and i + 1 < n and is_word_char(norm[i + 1]):
            cur.append(ch)
        else:
            if cur:
                toks.append(("".join(cur), start))
                cur = []
            if ch in PUNCT_TOKENS:
                toks.append((ch, i))
    if cur:
        toks.append(("".join(cur), start))
    return toks


# Punctuation that becomes a token of its own (questions, figures, quotes).
PUNCT_TOKENS = set('?!%$"')


M64 = (1 << 64) - 1
HASH_SEED = 0x243F6A8885A308D3
HASH_MUL = 0x9E3779B97F4A7C15
PAIR_MUL = 0xBF58476D1CE4E5B9


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & M64


def fmix(h):
    """The 64-bit finaliser of MurmurHash3."""
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & M64
    h ^= h >> 33
    h = (h * 0xC4CEB93FE1A85EC3) & M64
    h ^= h >> 33
    return h


def word_hash(tok):
    """64-bit hash of a token's UTF-8 bytes, eight bytes (little-endian, the
    last chunk zero-padded) per multiply; never 0 (0 marks an empty slot)."""
    data = tok.encode("utf-8")
    h = HASH_SEED
    for i in range(0, len(data), 8):
        chunk = int.from_bytes(data[i : i + 8], "little")
        h = rotl(((h ^ chunk) * HASH_MUL) & M64, 31)
    h = fmix(h ^ len(data))
    return h or 1


# Hashes standing for the sentence start and end in word bigrams.
START = word_hash("<s>")
END = word_hash("</s>")


def pair_bucket(a, b, bits):
    """Bucket of the word bigram (a, b) given the two word hashes."""
    x = (a * HASH_MUL + b) & M64
    x ^= x >> 29
    x = (x * PAIR_MUL) & M64
    return x >> (64 - bits)


def bigram_features(hashes, bits):
    """Buckets of the word bigrams, the sentence start and end included."""
    seq = [START] + list(hashes) + [END]
    return [pair_bucket(a, b, bits) for a, b in zip(seq, seq[1:])]


def char_grams(tok, min_n, max_n, bits):
    """Buckets of the character n-grams ("c" + chars, CRC-32) of one token
    padded with a space on each side (n = min_n..max_n)."""
    padded = " " + tok + " "
    mask = (1 << bits) - 1
    out = []
    for n in range(min_n, max_n + 1):
        for i in range(len(padded) - n + 1):
            out.append(zlib.crc32(("c" + padded[i : i + n]).encode("utf-8")) & mask)
    return out


def hand_features(text):
    """Five dense cues over the word tokens (marks left out): log word count,
    words after the first that start with an ASCII capital in the original
    text (names), their share, words holding a digit, and whether the
    sentence ends with a question mark."""
    spans = [(t, i) for t, i in token_spans(normalise(text)) if t not in PUNCT_TOKENS]
    n = len(spans)
    caps = sum(1 for _, i in spans[1:] if "A" <= text[i] <= "Z")
    digits = sum(1 for t, _ in spans if "0" in t)
    question = 1.0 if text.rstrip(SPACE).endswith("?") else 0.0
    return [
        math.log1p(n) / 3.0,
        math.log1p(caps),
        min(caps / max(n, 1) * 3.0, 1.0),
        math.log1p(digits),
        question,
    ]
