"""Multiple-instance heads over response windows, scored leave-one-source-out (issue 18).

Why: a GPTFuzz response that refuses as one persona and answers as another is harmful, and a mean over the
whole response dilutes the answering part; so is a toxic sentence next to its translation. Here a response
is a bag of 64-token windows (segments.py): a window head scores each window (with the prompt's view beside
it), the response takes the max (or the mean of the top two), and a last logistic head combines that with
the whole-response design of version 11.

    cd studies/guard_real && python mil.py --task response_harm
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np
from embed import Store
from segments import windows

from data import ROOT, Row, task_rows

sys.path.insert(0, str(ROOT / "tools"))
import train_compact as tc  # noqa: E402

from safetylab.guards.base import GuardItem  # noqa: E402
from safetylab.guards.compact.train import _fit_head, _head_logits, fit_window_head, max_by_owner  # noqa: E402


def bags(rows: Sequence[Row], store: Store, prompt: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(window features, the row each window belongs to): prompt#-1 (unless not `prompt`) beside window#3
    and window#-1."""
    wins = [windows(r.response or "") for r in rows]
    owner = np.repeat(np.arange(len(rows)), [len(w) for w in wins])
    flat = [w for ws in wins for w in ws]
    wv = store.embed(flat)
    pv = store.embed([r.prompt for r in rows])[:, -1]
    return np.concatenate([pv[owner]] * prompt + [wv[:, 0], wv[:, 1]], axis=1), owner


def pool(logits: np.ndarray, owner: np.ndarray, n: int, how: str) -> np.ndarray:
    """Per response: its best window (`max`) or the mean of its best two (`top2`)."""
    if how == "max":
        return max_by_owner(logits, owner, n)
    out = np.full(n, -np.inf)
    for i in np.unique(owner):
        out[i] = np.sort(logits[owner == i])[-2:].mean()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--task", default="response_harm")
    ap.add_argument("--c", type=float, default=0.01)
    ap.add_argument("--refine", type=int, nargs="*", default=[0, 1])
    ap.add_argument("--no-prompt", action="store_true", help="windows alone, without the prompt's view")
    ap.add_argument("--whole", choices=["minilm", "e5", "both"], default="minilm",
                    help="the whole-response head's features: version 11's MiniLM views, multilingual e5's "
                         "(prompt, response) or both")
    ap.add_argument("--invert", action="store_true",
                    help="bag the negative class (refusal: a response complies when one window does)")
    ap.add_argument("--no-project", action="store_true", help="without the project's written rows")
    args = ap.parse_args()
    store = Store("minilm-v10")
    rows = task_rows(project=not args.no_project)[args.task]
    label = np.array([r.label for r in rows])
    y = label ^ args.invert  # the class a single window can carry
    src = np.array([r.source for r in rows])
    scored = np.array([r.scored for r in rows])
    xw, owner = bags(rows, store, not args.no_prompt)
    yw = y[owner]
    texts = [tc.item_texts(GuardItem(prompt=r.prompt, response=r.response)) for r in rows]
    index, emb = tc.Views(store).build(texts)
    xr = tc.feature_matrix(tc.FEATURES[args.task], texts, index, emb)
    if args.whole != "minilm":
        e5 = Store("e5")
        xe = np.concatenate([e5.embed([r.prompt for r in rows])[:, 0], e5.embed([r.response or "" for r in rows])[:, 0]], 1)
        xr = xe if args.whole == "e5" else np.concatenate([xr, xe], 1)
    for refine in args.refine:
        oof = {k: np.zeros(len(rows)) for k in ("whole", "max", "top2", "combo")}
        for s in sorted(set(src[scored])):
            held = src == s
            tr_w = ~held[owner]
            # window logits of the training rows come from window heads that did not see their source either
            inner = np.zeros(len(rows))
            for s2 in sorted(set(src[~held])):
                m2 = tr_w & (src[owner] != s2)
                h2 = fit_window_head(xw[m2], yw[m2], owner[m2], c=args.c, seed=0, refine=refine)
                sel = src[owner] == s2
                inner[src == s2] = pool(_head_logits(h2, xw[sel]), owner[sel], len(rows), "max")[src == s2]
            head = fit_window_head(xw[tr_w], yw[tr_w], owner[tr_w], c=args.c, seed=0, refine=refine)
            lw = _head_logits(head, xw[~tr_w])
            mx = pool(lw, owner[~tr_w], len(rows), "max")
            oof["max"][held] = mx[held]
            oof["top2"][held] = pool(lw, owner[~tr_w], len(rows), "top2")[held]
            whole = _fit_head(xr[~held], y[~held], c=args.c, seed=0)
            oof["whole"][held] = _head_logits(whole, xr[held])
            inner_whole = np.zeros(len(rows))
            for s2 in sorted(set(src[~held])):
                m2 = ~held & (src != s2)
                inner_whole[src == s2] = _head_logits(_fit_head(xr[m2], y[m2], c=args.c, seed=0), xr[src == s2])
            z_tr = np.stack([inner_whole[~held], inner[~held]], 1)
            combo = _fit_head(z_tr, y[~held], c=1.0, seed=0)
            oof["combo"][held] = _head_logits(combo, np.stack([oof["whole"][held], mx[held]], 1))
        for name, lo in oof.items():
            lo = -lo if args.invert else lo
            a, b = tc._platt(lo[scored], label[scored])
            prob = tc.sigmoid(a * lo + b)
            t = tc.source_balanced_threshold(label[scored], prob[scored], src[scored])
            res = {s: tc.summary_metrics(label[(src == s) & scored], prob[(src == s) & scored], t)
                   for s in sorted(set(src[scored]))}
            res["pooled"] = tc.summary_metrics(label[scored], prob[scored], t)
            first = scored & (src != "smollm2")  # the card's pooled rows: SmolLM2's replies only measure
            res["pooled-card"] = tc.summary_metrics(label[first], prob[first], t)
            print(f"{args.task} refine={refine} {name:5s} t={t:.3f} " + "  ".join(
                f"{s} {m['f1']:.3f}/{m.get('auprc') or 0:.2f}" for s, m in res.items()), flush=True)


if __name__ == "__main__":
    main()
