"""Trains, evaluates and exports the Claimdesk check-worthiness model.

    python3 src-tauri/crates/extract/train/train.py [--data ../shared/data] [--skip-cv]
        [--clef-train]

Reproducible (fixed seeds, deterministic solvers). Writes into ../model/:
  checkworthy.bin  quantised tables read in place by src/checkworthy.rs
  golden.tsv       expected scores of sample sentences (Rust test)
  metrics.json     4-fold CV F1 on ClaimBuster 2.5xNCS and MAP on CLEF 2019 test
"""

import argparse
import glob
import json
import os
import sys
import time

import numpy as np
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold

import embeddings
import evaluate
import export as E
import features as F
import model as M

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(HERE, "..", "model")
SEED = 0

GOLDEN = [
    "The unemployment rate fell to 4.1 percent last year, the lowest since 2000.",
    "We spent $1.7 trillion on the war in Iraq.",
    "Good evening, and thank you all for being here tonight.",
    "I think he is a wonderful man and a great friend.",
    "Crime in our cities has gone up 40 percent since 2015.",
    "Thank you.",
    "What would you do about it?",
    "The senator voted against the bill three times.",
    "China holds more than $1 trillion of American debt.",
    "I love this country.",
    "Under my plan, taxes will go down for 95 percent of working families.",
    "Let me finish, please.",
    "(APPLAUSE)",
    "",
    "Russia’s army has lost about 80,000 soldiers, according to officials.",
    "The NHS employs 1.3 million people in England.",
    "We will make America great again!",
    "He said the deal was “a disaster” for workers.",
    "Exports to the EU rose by a third between 2016 and 2019.",
    "Café owners in Zürich say prices doubled – naïve or not.",
    "My opponent has no plan.",
    "Two-thirds of Americans now live in states that have expanded Medicaid.",
]


def load_claimbuster(data_dir):
    with open(os.path.join(data_dir, "claimbuster", "2.5xNCS.json"), encoding="utf-8") as fh:
        rows = json.load(fh)
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def load_clef_training(data_dir):
    texts, labels = [], []
    for path in sorted(glob.glob(os.path.join(data_dir, "clef2019-checkthat-task1/training/*.tsv"))):
        for _, sentence, label in evaluate.read_tsv(path):
            texts.append(sentence)
            labels.append(label)
    return texts, np.array(labels)


def cross_validate(texts, y, feats, extra, extra_y):
    folds = StratifiedKFold(n_splits=4, shuffle=True, random_state=SEED)
    scores = []
    for k, (tr, te) in enumerate(folds.split(texts, y)):
        train = feats.subset(tr)
        labels = y[tr]
        if extra is not None:
            train, labels = train.concat(extra), np.concatenate([labels, extra_y])
        fold_model = M.fit(train, labels, seed=SEED)
        pred = (fold_model.logits(feats.subset(te)) > 0).astype(int)
        s = (
            precision_score(y[te], pred),
            recall_score(y[te], pred),
            f1_score(y[te], pred),
        )
        print("  fold %d: P %.4f R %.4f F1 %.4f" % ((k,) + s), flush=True)
        scores.append(s)
    mean = np.mean(scores, 0)
    return {
        "precision": round(float(mean[0]), 4),
        "recall": round(float(mean[1]), 4),
        "f1": round(float(mean[2]), 4),
        "f1_std": round(float(np.std([s[2] for s in scores])), 4),
        "folds": [round(float(s[2]), 4) for s in scores],
    }


def corpus_words(data_dir, min_count):
    """Words of the unlabelled corpus seen at least `min_count` times."""
    counts = {}
    for line in embeddings.corpus_lines(data_dir):
        for tok in F.words(F.normalise(line)):
            counts[tok] = counts.get(tok, 0) + 1
    return [w for w, c in counts.items() if c >= min_count]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument(
        "--clef-train",
        action="store_true",
        help="also train on the CLEF 2019 training debates (CLEF MAP 0.143, but CV F1 drops to ~0.76)",
    )
    args = ap.parse_args()
    t0 = time.time()
    np.random.seed(SEED)

    vocab, emb = embeddings.train_embeddings(args.data, seed=SEED)
    emb_q, emb_scale = embeddings.quantise(emb)
    table = emb_q.astype(np.float64) * emb_scale.astype(np.float64)[:, None]
    index = {w: i for i, w in enumerate(vocab)}
    print("embeddings: %d words x %d dims (%.0fs)" % (len(vocab), emb.shape[1], time.time() - t0))

    fz = M.Featuriser()
    texts, y = load_claimbuster(args.data)
    feats = fz(texts, index, table)
    extra, extra_y = None, None
    if args.clef_train:
        clef_texts, extra_y = load_clef_training(args.data)
        extra = fz(clef_texts, index, table)
    metrics = {"clef_training_added": extra is not None}
    if not args.skip_cv:
        print("ClaimBuster 2.5xNCS, 4-fold stratified CV (positive = check-worthy):")
        metrics["claimbuster_cv"] = cross_validate(texts, y, feats, extra, extra_y)
        print("  mean F1 %(f1).4f (std %(f1_std).4f)" % metrics["claimbuster_cv"], flush=True)

    all_feats = feats if extra is None else feats.concat(extra)
    all_y = y if extra is None else np.concatenate([y, extra_y])
    final = M.fit(all_feats, all_y, seed=SEED)
    words = sorted(set(fz.tokens) | set(vocab) | set(corpus_words(args.data, 1)))
    shipped = E.Exported(final, fz, words, index, table)
    os.makedirs(OUT, exist_ok=True)
    shipped.write(os.path.join(OUT, "checkworthy.bin"))
    stale = os.path.join(OUT, "vocab.txt")
    if os.path.exists(stale):
        os.remove(stale)

    with open(os.path.join(OUT, "golden.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for s, p in zip(GOLDEN, shipped.score(GOLDEN)):
            fh.write("%.6f\t%s\n" % (p, s))

    metrics["clef2019_test"] = evaluate.clef_map(args.data, shipped.score)
    print("CLEF 2019 test MAP %(map).4f" % metrics["clef2019_test"])
    size = os.path.getsize(os.path.join(OUT, "checkworthy.bin"))
    metrics["model_bytes"] = size
    metrics["vocabulary_words"] = shipped.words
    with open(os.path.join(OUT, "metrics.json"), "w", encoding="utf-8") as fh:
        json.dump(metrics, fh, indent=2)
        fh.write("\n")
    print("model file: %.2f MB (%d words); done in %.0fs" % (size / 1e6, shipped.words, time.time() - t0))


if __name__ == "__main__":
    sys.exit(main())
