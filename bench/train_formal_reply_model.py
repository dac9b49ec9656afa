"""Fit the learned part of the formal-reply detector on the training files and write its weights.

Run from the project root:  .venv/bin/python bench/train_formal_reply_model.py [--out PATH] [--keep N]

One logistic regression per language over word uni-/bigrams and character 3–5-grams
(rules/formal_reply_model.py), fitted on tests/data/formal_replies_{ru,kk}.jsonl only (never on holdout7),
pruned to the N largest weights (rounded to 3 decimals) and written as JSON:
{"ru": {"bias": b, "weights": {...}}, "kk": {...}}.

rules/formal_reply.py reads rules/formal_reply_weights.json (when present) as a tie-breaker: the model overrides
the rules' verdict only when P(formal) < 0.2 or > 0.8 (see bench/formal_reply_cv.py --forward). The default
output is a temporary path; pass --out rules/formal_reply_weights.json to replace the shipped weights.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import formal_reply_model as M  # noqa: E402  (beside this script)

DATA = ROOT / "tests" / "data"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "formal_reply_weights.json")
    ap.add_argument("--keep", type=int, default=6000, help="weights kept per language")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--l2", type=float, default=1e-4)
    args = ap.parse_args(argv)
    model = {}
    for lang in ("ru", "kk"):
        with (DATA / f"formal_replies_{lang}.jsonl").open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        xs = [M.text_features(r["answer"]) for r in rows]
        w, b = M.train_lr(xs, [int(r["formal"]) for r in rows], epochs=args.epochs, l2=args.l2)
        model[lang] = {"bias": round(b, 4), "weights": M.prune(w, args.keep)}
        print(f"[{lang}] {len(rows)} answers, {len(w)} features, kept {len(model[lang]['weights'])}")
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
