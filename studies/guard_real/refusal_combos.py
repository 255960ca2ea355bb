"""Refusal verdicts combined, each scored leave-one-source-out on the real refusal rows (issue 18): does the
learnt head, the `keyword` phrase list or the CoCoNot cue patterns (`cues`, generic behaviours) — alone, or
OR-ed — judge real replies best? The head's verdicts come from heads that never saw the row's source, so an
OR with it is held out too (the `cues` guard over the shipped head is not: that head trained on these rows).

    cd studies/guard_real && python refusal_combos.py [--smollm2]
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from data import ROOT, task_rows

sys.path.insert(0, str(ROOT / "tools"))
import train_compact as tc  # noqa: E402

from safetylab.guards.base import GuardItem  # noqa: E402
from safetylab.guards.compact.train import _fit_head, _head_logits  # noqa: E402
from safetylab.guards.cues import match_cues  # noqa: E402
from safetylab.guards.keyword import KeywordGuard  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--smollm2", action="store_true", help="train and score with the SmolLM2 replies too")
    ap.add_argument("--e5", action="store_true", help="the head also reads multilingual e5's (opening, response)")
    args = ap.parse_args()
    rows = [r for r in task_rows(project=True)["response_refusal"] if args.smollm2 or r.source != "smollm2"]
    texts = [tc.item_texts(GuardItem(prompt=r.prompt, response=r.response)) for r in rows]
    index, emb = tc.Views(tc.Store(tc.ENCODER)).build(texts)
    x = tc.feature_matrix(tc.FEATURES["response_refusal"], texts, index, emb)
    if args.e5:
        e5 = tc.Store("e5")
        x = np.concatenate([x] + [e5.embed([t[k] for t in texts])[:, 0] for k in ("opening", "response")], 1)
    y = np.array([r.label for r in rows])
    src, scored = np.array([r.source for r in rows]), np.array([r.scored for r in rows])
    oof = tc.loso_logits(rows, lambda tr: _head_logits(_fit_head(x[tr], y[tr], c=0.01, seed=0), x[~tr]))
    fit = tc.finish_task(rows, oof, _fit_head(x, y, c=0.01, seed=0))
    a, b = fit["platt"]
    head = tc.sigmoid(a * oof + b) >= fit["threshold"]
    cue = np.array([bool(match_cues(r.response or "", None)) for r in rows])
    kw = np.array([v.response_refusal is not None and v.response_refusal.label == "refusal"
                   for v in KeywordGuard().classify([GuardItem(prompt=r.prompt, response=r.response) for r in rows])])

    def f1(pred: np.ndarray, m: np.ndarray) -> str:
        tp = int((y[m] & pred[m]).sum())
        return f"{2 * tp / (y[m].sum() + pred[m].sum()) if y[m].sum() + pred[m].sum() else 0.0:.3f}/{int(pred[m].sum())}"

    for name, pred in {"keyword": kw, "cues": cue, "keyword|cues": kw | cue, "head": head,
                       "head|cues": head | cue, "head|keyword": head | kw}.items():
        print(f"{name:13s} pooled {f1(pred, scored)}  " + "  ".join(
            f"{s} {f1(pred, scored & (src == s))}" for s in sorted(set(src[scored]))), "(F1/flagged)", flush=True)


if __name__ == "__main__":
    main()
