"""Does a head with structured refusal signals (`safetylab.guards.refusal_signals`) beat `keyword` on real
replies, leave-one-source-out (issue 18)? Prints per-source F1 of: keyword, the signals as a plain rule, the
shipped feature set's head, and the head with the signals added.

    cd studies/guard_real && python refusal_signals_study.py [--smollm2]
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from data import ROOT, task_rows

sys.path.insert(0, str(ROOT / "tools"))
import train_compact as tc  # noqa: E402
from refusal_signals import NAMES, signal_matrix  # noqa: E402

from safetylab.guards.base import GuardItem  # noqa: E402
from safetylab.guards.compact.train import _fit_head, _head_logits, summary_metrics  # noqa: E402
from safetylab.guards.keyword import KeywordGuard  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--smollm2", action="store_true", help="train with the SmolLM2 replies too")
    ap.add_argument("--c", type=float, default=0.01)
    ap.add_argument("--second-pool", action="store_true", help="the held-out refusal pool joins the rows")
    ap.add_argument("--features", nargs="*", default=tc.FEATURES["response_refusal"],
                    help="the head's features (default: the shipped card's)")
    args = ap.parse_args()
    rows = task_rows(project=True, second_pool=args.second_pool)["response_refusal"]
    train_ok = np.array([args.smollm2 or r.source != "smollm2" for r in rows])
    texts = [tc.item_texts(GuardItem(prompt=r.prompt, response=r.response)) for r in rows]
    index, emb = tc.Views(tc.Store(tc.ENCODER)).build(texts)
    base = tc.feature_matrix(args.features, texts, index, emb)
    sig = signal_matrix([r.response or "" for r in rows])
    y = np.array([r.label for r in rows])
    src, scored = np.array([r.source for r in rows]), np.array([r.scored for r in rows])
    kw = np.array([v.response_refusal is not None and v.response_refusal.label == "refusal"
                   for v in KeywordGuard().classify([GuardItem(prompt=r.prompt, response=r.response) for r in rows])])
    column = {n: sig[:, [NAMES.index(n)]] for n in NAMES}
    opening = tc.feature_matrix(["opening#3", "opening#-1"], texts, index, emb)

    def loso(x: np.ndarray) -> np.ndarray:
        """Held-out verdicts: heads fitted without the row's source (and never on SmolLM2 unless asked),
        Platt + the source-balanced threshold from the held-out logits of the training sources."""
        oof = tc.loso_logits(rows, lambda tr: _head_logits(
            _fit_head(x[tr & train_ok], y[tr & train_ok], c=args.c, seed=0), x[~tr]))
        m = scored & train_ok
        a, b = tc._platt(oof[m], y[m])
        prob = tc.sigmoid(a * oof + b)
        return prob >= tc.source_balanced_threshold(y[m], prob[m], src[m])

    def f1(pred: np.ndarray, m: np.ndarray) -> str:
        return f"{summary_metrics(y[m], pred[m].astype(float), 0.5)['f1']:.3f}/{int(pred[m].sum())}"

    pooled = scored & ~np.isin(src, ["smollm2", "hh-rlhf"])  # the card's pooled rows
    designs = {"keyword": kw, "rule": column["rule"][:, 0] > 0.5, "head": loso(base),
               "head+signals": loso(np.concatenate([base, sig], 1)), "signals only": loso(sig),
               "rule column": loso(column["rule"]),
               "rule+sympathy/segments/answer": loso(np.concatenate(
                   [column[n] for n in ("rule", "sympathy_only", "segments>1", "answering_segment")], 1)),
               "rule+opening views": loso(np.concatenate([column["rule"], opening], 1))}
    for name, pred in designs.items():
        print(f"{name:13s} pooled {f1(pred, pooled)} all {f1(pred, scored)}  " + "  ".join(
            f"{s} {f1(pred, scored & (src == s))}" for s in sorted(set(src[scored]))), "(F1/flagged)", flush=True)

if __name__ == "__main__":
    main()
