"""Benchmark the formal-reply detector on the labelled answers.

Run from the project root:  .venv/bin/python bench/formal_reply.py [--file PATH ...]

For each data file and each language in it, prints n, the confusion counts for
the "formal" class (TP/FP/FN/TN), precision and recall, and the misclassified
answers (first 100 characters and the labeller's note).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rules import formal_reply  # noqa: E402

DATA = ROOT / "tests" / "data"
DEFAULT_FILES = [DATA / "formal_replies_ru.jsonl", DATA / "formal_replies_kk.jsonl",
                 DATA / "formal_replies_holdout.jsonl"]


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(rows: list[dict]) -> dict:
    """Confusion counts and precision/recall of the formal class, plus the misclassified rows."""
    tp = fp = fn = tn = 0
    errors = []
    for row in rows:
        verdict = formal_reply.check(row["answer"], row.get("lang"))
        if verdict.formal and row["formal"]:
            tp += 1
        elif verdict.formal:
            fp += 1
            errors.append((row, verdict))
        elif row["formal"]:
            fn += 1
            errors.append((row, verdict))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"n": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": precision, "recall": recall, "errors": errors}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append", type=Path, help="a JSONL file (default: the three data files)")
    args = parser.parse_args(argv)
    for path in args.file or DEFAULT_FILES:
        rows = load(path)
        for lang in sorted({r["lang"] for r in rows}):
            s = score([r for r in rows if r["lang"] == lang])
            print(f"{path.name} [{lang}]  n={s['n']}  TP={s['tp']} FP={s['fp']} FN={s['fn']} TN={s['tn']}  "
                  f"precision={s['precision']:.3f}  recall={s['recall']:.3f}")
            for row, verdict in s["errors"]:
                kind = "FP (said formal)" if verdict.formal else "FN (said substantive)"
                print(f"    {kind}: {row['answer'][:100]!r}")
                print(f"        note: {row.get('note', '')}  | reasons: {', '.join(verdict.reasons)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
