"""A small learned component for the formal-reply detector, in plain Python.

Logistic regression over word uni-/bigrams and character 3–5-grams (within words), optionally with the
rule detector's evidence flags as extra features. Trained by simple stochastic gradient descent with L2.
Used by bench/formal_reply_cv.py (leave-one-batch-out evaluation) and bench/train_formal_reply_model.py.
No numpy: a model is a dict {feature: weight} plus a bias.
"""

from __future__ import annotations

import math
import random
import re

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d")


def _norm_word(w: str) -> str:
    return _DIGITS.sub("0", w.lower().replace("ё", "е"))


def text_features(text: str, char_ngrams: bool = True) -> dict[str, float]:
    """Binary word uni/bigrams and char 3–5-grams, L2-normalised."""
    words = [_norm_word(w) for w in _WORD.findall(text or "")]
    feats: set[str] = set()
    for i, w in enumerate(words):
        feats.add("w:" + w)
        if i:
            feats.add("b:" + words[i - 1] + " " + w)
        if char_ngrams:
            padded = "<" + w + ">"
            for n in (3, 4, 5):
                for j in range(len(padded) - n + 1):
                    feats.add("c:" + padded[j:j + n])
    if not feats:
        return {}
    v = 1.0 / math.sqrt(len(feats))
    return {f: v for f in feats}


def rule_features(flags: dict[str, bool], scale: float = 1.0) -> dict[str, float]:
    """The rule detector's evidence as features: {"r:result": scale, ...} for the flags that are set."""
    return {"r:" + k: scale for k, on in flags.items() if on}


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score(weights: dict[str, float], bias: float, x: dict[str, float]) -> float:
    """P(formal) for feature vector x."""
    return sigmoid(bias + sum(weights.get(f, 0.0) * v for f, v in x.items()))


def train_lr(xs: list[dict[str, float]], ys: list[int], epochs: int = 30, lr: float = 0.5, l2: float = 1e-4,
             seed: int = 0) -> tuple[dict[str, float], float]:
    """Logistic regression by SGD with a decaying step and lazy-free plain L2 (applied to touched weights)."""
    rnd = random.Random(seed)
    w: dict[str, float] = {}
    b = 0.0
    order = list(range(len(xs)))
    t = 0
    for ep in range(epochs):
        rnd.shuffle(order)
        step = lr / (1.0 + 0.1 * ep)
        for i in order:
            x, y = xs[i], ys[i]
            p = sigmoid(b + sum(w.get(f, 0.0) * v for f, v in x.items()))
            g = p - y
            for f, v in x.items():
                wf = w.get(f, 0.0)
                w[f] = wf - step * (g * v + l2 * wf)
            b -= step * g
            t += 1
    return w, b


def prune(weights: dict[str, float], keep: int, digits: int = 3) -> dict[str, float]:
    """The `keep` weights of largest magnitude, rounded to `digits` decimals for storage; those that round to 0
    are dropped."""
    top = sorted(weights.items(), key=lambda kv: abs(kv[1]), reverse=True)[:keep]
    return {f: r for f, r in ((f, round(v, digits)) for f, v in top) if r}
