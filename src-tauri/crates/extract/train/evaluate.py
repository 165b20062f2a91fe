"""CLEF 2019 CheckThat! task 1 ranking metrics, computed as the lab does:
every line of each test debate is ranked by score, average precision per
file, then the mean over files (MAP)."""

import glob
import os


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                rows.append((int(parts[0]), parts[2], int(parts[3])))
    return rows


def average_precision(scores, labels):
    """Ranks by score, highest first; ties keep the transcript order."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i] == 1:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def clef_map(data_dir, score):
    files = sorted(glob.glob(os.path.join(data_dir, "clef2019-checkthat-task1/test_annotated/*.tsv")))
    per_file = {}
    for path in files:
        rows = read_tsv(path)
        scores = [float(s) for s in score([r[1] for r in rows])]
        per_file[os.path.basename(path)] = round(average_precision(scores, [r[2] for r in rows]), 4)
    mean = sum(per_file.values()) / len(per_file)
    return {"map": round(mean, 4), "per_file": per_file}
