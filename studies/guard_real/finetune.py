"""Response harm with the encoder fine-tuned on real response windows, scored leave-one-source-out (issue 18).

Why: frozen MiniLM / e5 views with linear or multiple-instance heads stop at GPTFuzz 0.76 / latent-jailbreak
0.67 held out (docs/dev/status.md). This trains the encoder itself (LoRA via the package's `train_adapter`,
the recipe that moved prompt harm in version 7) on one window per training response and scores a held-out
response by its most harmful window, against the frozen window head under the same protocol:

- training rows: every response-harm source but the held-out one (plus the project's written rows, a
  training-only supplement, unless `--no-project`); 10 % of them (by a hash of the text) are kept aside to
  pick the threshold;
- which window of a training response is trained on: the one the frozen window head (fit on the same rows)
  finds most harmful; a benign response gives that window (its hardest negative) and one random other;
- the held-out source is scored on every 64-token window, a response by its max; the threshold is the
  source-balanced best cut on the aside rows, after Platt scaling on them.

    cd studies/guard_real && OMP_NUM_THREADS=1 python finetune.py --held gptfuzz
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time

import numpy as np
from embed import Store
from mil import bags
from segments import windows

from data import ROOT, task_rows

sys.path.insert(0, str(ROOT / "tools"))
import train_compact as tc  # noqa: E402

from safetylab.guards.compact.adapter import merge_adapter, train_adapter  # noqa: E402
from safetylab.guards.compact.guard import HEADS_FILE, WEIGHTS_DIR, encode_layers, load_encoder  # noqa: E402
from safetylab.guards.compact.train import (  # noqa: E402
    _head_logits,
    best_threshold,
    fit_window_head,
    max_by_owner,
    summary_metrics,
)


def _aside(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 10 == 0


def evaluate(name: str, logits: np.ndarray, y: np.ndarray, src: np.ndarray, val: np.ndarray,
             held: np.ndarray) -> dict:
    """Held-out metrics at the threshold chosen on the aside rows (and the oracle cut, never a claim)."""
    a, b = tc._platt(logits[val], y[val])
    prob = tc.sigmoid(a * logits + b)
    t = tc.source_balanced_threshold(y[val], prob[val], src[val])
    m = summary_metrics(y[held], prob[held], t)
    oracle = best_threshold(y[held], prob[held])
    m["oracle_f1"] = summary_metrics(y[held], prob[held], oracle)["f1"]
    print(f"{name:10s} t={t:.3f} " + json.dumps({k: m[k] for k in ("f1", "precision", "recall", "auprc",
                                                                    "oracle_f1")}), flush=True)
    return m


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--held", required=True, help="the source left out (gptfuzz, latentjailbreak, ...)")
    ap.add_argument("--rows", type=int, default=6000, help="training windows at most")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-project", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    rows = task_rows(project=not args.no_project)["response_harm"]
    y = np.array([r.label for r in rows])
    src = np.array([r.source for r in rows])
    held = (src == args.held) & np.array([r.scored for r in rows])
    if not held.any():
        raise SystemExit(f"no scored rows of source {args.held!r}: {sorted(set(src))}")
    val = (src != args.held) & np.array([r.scored and _aside(r.response or "") for r in rows])
    train = (src != args.held) & ~val
    xw, owner = bags(rows, Store("minilm-v10"), prompt=False)
    wins = [windows(r.response or "") for r in rows]
    flat = [w for ws in wins for w in ws]
    tw = train[owner]
    frozen = fit_window_head(xw[tw], y[owner][tw], owner[tw], c=0.01, seed=0, refine=1)
    lw = _head_logits(frozen, xw)
    n = len(rows)
    scored = val | held
    out = {"held": args.held, "settings": vars(args), "frozen": evaluate("frozen", max_by_owner(lw, owner, n),
                                                                         y, src, val, held)}
    texts, labels = [], []
    for i in np.flatnonzero(train):
        mine = np.flatnonzero(owner == i)
        best = mine[int(lw[mine].argmax())]
        texts.append(flat[best])
        labels.append(bool(y[i]))
        if not y[i] and len(mine) > 1:
            other = rng.choice(mine[mine != best])
            texts.append(flat[other])
            labels.append(False)
    if len(texts) > args.rows:
        keep = rng.choice(len(texts), args.rows, replace=False)
        texts, labels = [texts[k] for k in keep], [labels[k] for k in keep]
    print(f"train windows {len(texts)} (harmful {sum(labels)}), aside rows {int(val.sum())}, "
          f"held-out rows {int(held.sum())}", flush=True)
    from safetensors.numpy import load_file
    encoder = merge_adapter(load_encoder(), load_file(str(WEIGHTS_DIR / HEADS_FILE)), copy_encoder=False)
    started = time.perf_counter()
    factors, head = train_adapter(encoder, texts, labels, rank=args.rank, epochs=args.epochs, lr=args.lr,
                                  batch_size=args.batch_size, max_length=80, seed=args.seed, log=print)
    out["train_seconds"] = round(time.perf_counter() - started, 1)
    tuned = merge_adapter(encoder, factors)
    need = np.flatnonzero(scored[owner])
    started = time.perf_counter()
    emb = encode_layers(tuned, [flat[k] for k in need], [-1], batch_size=64)[-1]
    out["score_seconds"] = round(time.perf_counter() - started, 1)
    logits = np.full(len(flat), -np.inf)
    logits[need] = emb @ head["weight"] + head["bias"][0]
    out["tuned"] = evaluate("tuned", max_by_owner(logits, owner, n), y, src, val, held)
    dest = ROOT / "build" / "guard_real" / f"finetune_{args.held}{'_noproject' * args.no_project}.json"
    dest.write_text(json.dumps(out, indent=1, default=str) + "\n")
    print(f"wrote {dest}  ({out['train_seconds']} s training, {out['score_seconds']} s scoring "
          f"{len(need)} windows)", flush=True)


if __name__ == "__main__":
    main()
