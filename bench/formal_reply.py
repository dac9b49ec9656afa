"""Benchmark the formal-reply detector on the labelled answers.

Run from the project root:  .venv/bin/python bench/formal_reply.py [--file PATH ...]

For each data file and each language in it, prints n, the confusion counts for
the "formal" class (TP/FP/FN/TN), precision and recall. For the training files
(holdout2 to holdout6 folded in) it also prints the misclassified
answers (first 100 characters and the labeller's note).

The holdout, tests/data/formal_replies_holdout7.jsonl, is scored when it is
there and complete (every line a full JSON answer with lang, answer and formal;
both classes in each language; at least 50 answers per language); a missing or
half-written file is skipped with a note. Only its figures are ever printed,
never its answers, not even with --file, so that they stay unseen by whoever
tunes the detector.
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
# the labelled (training) files; holdout2 to holdout6 were folded into them after they had been scored
TRAINING_FILES = [DATA / "formal_replies_ru.jsonl", DATA / "formal_replies_kk.jsonl"]
# the holdout that the detector was not tuned on: figures only
HOLDOUT_FILE = DATA / "formal_replies_holdout7.jsonl"
REQUIRED_KEYS = ("lang", "answer", "formal")
# a holdout still being written is not scored: it needs this many answers in each language
MIN_PER_LANG = 50


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_complete(path: Path) -> tuple[list[dict], str]:
    """(rows, "") for a complete file, or ([], why it is skipped) for a missing or incomplete one."""
    if not path.exists():
        return [], "missing"
    try:
        rows = load(path)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return [], f"incomplete (a line is not valid JSON: {exc.msg})"
    if not rows:
        return [], "incomplete (empty)"
    if any(not isinstance(r, dict) or any(k not in r for k in REQUIRED_KEYS) for r in rows):
        return [], "incomplete (a row lacks lang, answer or formal)"
    if any(r["lang"] not in ("ru", "kk") or not isinstance(r["formal"], bool) for r in rows):
        return [], "incomplete (a row has an unknown lang or a non-boolean label)"
    for lang in ("ru", "kk"):
        n = sum(r["lang"] == lang for r in rows)
        if n < MIN_PER_LANG:
            return [], f"incomplete ([{lang}] has {n} answers, fewer than {MIN_PER_LANG})"
        if {r["formal"] for r in rows if r["lang"] == lang} != {True, False}:
            return [], f"incomplete ([{lang}] lacks one of the two classes)"
    return rows, ""


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


def report(name: str, rows: list[dict], show_errors: bool) -> None:
    """Print the figures of each language in `rows`, and the misclassified answers if asked."""
    for lang in sorted({r["lang"] for r in rows}):
        s = score([r for r in rows if r["lang"] == lang])
        print(f"{name} [{lang}]  n={s['n']}  TP={s['tp']} FP={s['fp']} FN={s['fn']} TN={s['tn']}  "
              f"precision={s['precision']:.3f}  recall={s['recall']:.3f}")
        if not show_errors:
            if s["errors"]:
                print(f"    {len(s['errors'])} misclassified (not shown: holdout)")
            continue
        for row, verdict in s["errors"]:
            kind = "FP (said formal)" if verdict.formal else "FN (said substantive)"
            print(f"    {kind}: {row['answer'][:100]!r}")
            print(f"        note: {row.get('note', '')}  | reasons: {', '.join(verdict.reasons)}")


def is_holdout(path: Path) -> bool:
    return path.resolve() == HOLDOUT_FILE.resolve()


def report_holdout() -> None:
    """The holdout's figures, or why it is skipped; never its answers."""
    rows, why = load_complete(HOLDOUT_FILE)
    if why:
        print(f"{HOLDOUT_FILE.name}: skipped, {why}")
    else:
        report(HOLDOUT_FILE.name, rows, show_errors=False)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append", type=Path,
                        help="a JSONL file to score with its errors (default: the training files and holdout7; "
                             "the holdout is shown as figures only)")
    args = parser.parse_args(argv)
    if args.file:
        for path in args.file:
            if is_holdout(path):
                report_holdout()
            else:
                report(path.name, load(path), show_errors=True)
        return 0
    for path in TRAINING_FILES:
        report(path.name, load(path), show_errors=True)
    report_holdout()
    return 0


if __name__ == "__main__":
    sys.exit(main())
