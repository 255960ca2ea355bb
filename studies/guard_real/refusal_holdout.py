"""Refusal designs trained the shipped way, scored on the held-out refusal labels (issue 18).

Heads are fitted on every first-pool refusal row (`data.py`, SmolLM2 left out as in the shipped card) with
the shipped recipe (LOSO Platt scaling and source-balanced threshold, `tools/train_compact.py`), then judge
the second pool (`studies/refusal_labels/holdout_pool.py`, labels `studies/data/refusal_labels/holdout_*`):
HH-RLHF replies (a source no design saw) and GPTFuzz / latent-jailbreak rows outside the first pool.

    cd studies/guard_real && python refusal_holdout.py
"""

from __future__ import annotations

import sys

import numpy as np

from data import ROOT, Row, second_pool_rows, task_rows

sys.path.insert(0, str(ROOT / "tools"))
import train_compact as tc  # noqa: E402
from refusal_signals import signal_matrix  # noqa: E402

from safetylab.guards.base import GuardItem  # noqa: E402
from safetylab.guards.compact.train import _head_logits, summary_metrics  # noqa: E402
from safetylab.guards.keyword import KeywordGuard  # noqa: E402


def main() -> None:
    train = [r for r in task_rows(project=True)["response_refusal"] if r.source not in tc.EXCLUDE]
    test = second_pool_rows()
    views = tc.Views(tc.Store(tc.ENCODER))

    def features(rows: list[Row]) -> np.ndarray:
        texts = [tc.item_texts(GuardItem(prompt=r.prompt, response=r.response)) for r in rows]
        index, emb = views.build(texts)
        return tc.feature_matrix(tc.FEATURES["response_refusal"], texts, index, emb)

    base_tr, base_te = features(train), features(test)
    sig_tr, sig_te = (signal_matrix([r.response or "" for r in rows]) for rows in (train, test))
    y, src = np.array([r.label for r in test]), np.array([r.source for r in test])

    def head(x_tr: np.ndarray, x_te: np.ndarray) -> tuple[np.ndarray, float]:
        fit = tc.train_task(train, x_tr, tc.C["response_refusal"], 0)
        return tc.sigmoid(_head_logits(fit["head"], x_te)), fit["threshold"]

    kw = np.array([KeywordGuard().is_refusal(r.response or "") for r in test], dtype=float)
    designs = {"keyword": (kw, 0.5), "rule": (sig_te[:, 0], 0.5), "head": head(base_tr, base_te),
               "head+signals": head(np.concatenate([base_tr, sig_tr], 1), np.concatenate([base_te, sig_te], 1))}
    for name, (prob, t) in designs.items():
        cells = {s: summary_metrics(y[src == s], prob[src == s], t) for s in sorted(set(src))}
        cells["all"] = summary_metrics(y, prob, t)
        print(f"{name:13s} " + "  ".join(f"{s} {m['f1']:.3f} ({m['precision']:.2f}/{m['recall']:.2f})"
                                          for s, m in cells.items()), flush=True)


if __name__ == "__main__":
    main()
