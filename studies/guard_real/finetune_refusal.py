"""Refusal with the encoder fine-tuned on real response openings, scored leave-one-source-out (issue 18).

Why: the best frozen-encoder refusal design reaches 0.859 pooled against `keyword`'s 0.863 (goal: 0.92 and
keyword + 0.04). This trains the encoder (LoRA via `train_adapter`) on the first 64-token window of each
training response, where a refusal is said, with each source held out in turn (SmolLM2's replies are never
trained on, as in the card) and the threshold picked on 10 % of the training rows kept aside; it reports the
tuned head, `keyword`, and their OR per source and pooled over the card's rows (all but SmolLM2).

    cd studies/guard_real && OMP_NUM_THREADS=1 python finetune_refusal.py
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
from finetune import _aside
from segments import windows

from data import ROOT, task_rows
from safetylab.guards.compact.adapter import merge_adapter, train_adapter
from safetylab.guards.compact.guard import HEADS_FILE, WEIGHTS_DIR, encode_layers, load_encoder
from safetylab.guards.compact.train import summary_metrics
from safetylab.guards.keyword import KeywordGuard

NEVER_TRAINED = ("smollm2",)


def _f1(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    m = summary_metrics(y, pred.astype(float), 0.5)
    return {k: m[k] for k in ("f1", "precision", "recall")}


def main() -> None:
    import train_compact as tc  # tools/ is on the path through finetune

    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-project", action="store_true")
    ap.add_argument("--project-rows", type=int, default=1500, help="the project's written rows, at most")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = task_rows(project=not args.no_project)["response_refusal"]
    written = [i for i, r in enumerate(rows) if r.source == "project"]
    drop = set(np.random.default_rng(args.seed).permutation(written)[args.project_rows:].tolist())
    rows = [r for i, r in enumerate(rows) if i not in drop]
    y = np.array([r.label for r in rows])
    src = np.array([r.source for r in rows])
    scored = np.array([r.scored for r in rows])
    texts = [windows(r.response or "")[0] for r in rows]
    keyword = np.array([KeywordGuard().is_refusal(r.response or "") for r in rows])
    from safetensors.numpy import load_file
    encoder = merge_adapter(load_encoder(), load_file(str(WEIGHTS_DIR / HEADS_FILE)), copy_encoder=False)
    pred = np.zeros(len(rows), dtype=bool)
    out: dict = {"settings": vars(args), "by_source": {}}
    for held_src in sorted(set(src[scored])):
        held = (src == held_src) & scored
        pool = (src != held_src) & ~np.isin(src, NEVER_TRAINED)
        val = pool & scored & np.array([_aside(r.response or "") for r in rows])
        train = pool & ~val
        started = time.perf_counter()
        factors, head = train_adapter(encoder, [texts[i] for i in np.flatnonzero(train)], y[train].tolist(),
                                      rank=args.rank, epochs=args.epochs, lr=args.lr, batch_size=args.batch_size,
                                      max_length=80, seed=args.seed)
        tuned = merge_adapter(encoder, factors)
        need = np.flatnonzero(val | held)
        logits = np.full(len(rows), np.nan)
        logits[need] = encode_layers(tuned, [texts[i] for i in need], [-1])[-1] @ head["weight"] + head["bias"][0]
        a, b = tc._platt(logits[val], y[val])
        p = tc.sigmoid(a * logits + b)
        t = tc.source_balanced_threshold(y[val], p[val], src[val])
        pred[held] = p[held] >= t
        res = {"tuned": {**_f1(y[held], pred[held]),
                         "auprc": summary_metrics(y[held], p[held], t).get("auprc")},
               "keyword": _f1(y[held], keyword[held]), "tuned|keyword": _f1(y[held], (pred[held]) | keyword[held]),
               "n": int(held.sum()), "positives": int(y[held].sum()), "threshold": round(t, 3),
               "seconds": round(time.perf_counter() - started, 1)}
        out["by_source"][held_src] = res
        print(held_src, json.dumps(res), flush=True)
    card = scored & ~np.isin(src, NEVER_TRAINED)
    out["pooled_card"] = {"tuned": _f1(y[card], pred[card]), "keyword": _f1(y[card], keyword[card]),
                          "tuned|keyword": _f1(y[card], (pred[card]) | keyword[card])}
    print("pooled (all but SmolLM2)", json.dumps(out["pooled_card"]), flush=True)
    dest = ROOT / "build" / "guard_real" / f"finetune_refusal{'_noproject' * args.no_project}.json"
    dest.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {dest}")


if __name__ == "__main__":
    main()
