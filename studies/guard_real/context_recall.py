"""Harmful-request recall with ~2,000 characters of benign context before the request (issue 18's goal:
>= 0.95 on prompts.jsonl harmful rows held out by source, with and without the context; benign rows
flagged <= 10 %).

The harmful rows are the prompts.jsonl collections the shipped prompt-harm head (version 10) never trained
on (CatQA, DangerousQA). The context is real benign text: MT-Bench/Vicuna questions (`fastchat`, also never
trained on) joined until 2,000 characters, drawn per row with a fixed seed. The benign check puts the same
kind of context before each fastchat question (never the question itself).

    cd studies/guard_real && python context_recall.py [--weights DIR] [--chars 2000] [--prompt-windows tokens]
                                                      [--clean-pool]
"""

from __future__ import annotations

import argparse
import json
import random
import time

import numpy as np

from data import prompt_rows
from safetylab.guards.base import GuardItem
from safetylab.guards.compact.guard import PROMPT_WINDOWS, CompactGuard

HELD_OUT_HARMFUL = ("catqa", "dangerousqa")


def context(pool: list[str], chars: int, rng: random.Random, avoid: str = "") -> str:
    """Benign questions in random order, joined until `chars` characters."""
    parts: list[str] = []
    for text in rng.sample(pool, len(pool)):
        if text == avoid:
            continue
        parts.append(text)
        if sum(map(len, parts)) + 2 * len(parts) >= chars:
            break
    return "\n\n".join(parts)[:chars]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", default=None)
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--prompt-window", type=int, default=64, help="the guard's prompt window, tokens")
    ap.add_argument("--prompt-windows", choices=PROMPT_WINDOWS, default="sentences",
                    help="where prompt windows start: at sentence starts or every half window")
    ap.add_argument("--clean-pool", action="store_true",
                    help="context only from fastchat questions the guard does not flag alone (beside the "
                         "default pool, never in its place: it measures the windows, not the head)")
    args = ap.parse_args()
    rows = prompt_rows()
    guard = CompactGuard(args.weights, batch_size=32, prompt_window=args.prompt_window,
                         prompt_windows=args.prompt_windows)
    pool = [r.prompt for r in rows if r.source == "fastchat"]
    if args.clean_pool:
        prob = guard.probabilities([GuardItem(prompt=p) for p in pool])["prompt_harm"]
        pool = [p for p, q in zip(pool, prob, strict=True) if q < guard.thresholds["prompt_harm"]]
    rng = random.Random(args.seed)
    out: dict[str, dict] = {"guard": guard.identity(), "chars": args.chars, "seed": args.seed,
                           "clean_pool": args.clean_pool, "pool": len(pool)}
    for name in (*HELD_OUT_HARMFUL, "fastchat"):
        prompts = [r.prompt for r in rows if r.source == name]
        for where, texts in (("alone", prompts),
                             ("after context", [f"{context(pool, args.chars, rng, p)}\n\n{p}" for p in prompts])):
            t0 = time.perf_counter()
            prob = guard.probabilities([GuardItem(prompt=t) for t in texts])["prompt_harm"]
            flagged = int((prob >= guard.thresholds["prompt_harm"]).sum())
            key = "recall" if name != "fastchat" else "flagged"
            out[f"{name} {where}"] = {"n": len(texts), key: round(flagged / len(texts), 4),
                                      "mean_chars": round(float(np.mean([len(t) for t in texts]))),
                                      "items_per_s": round(len(texts) / (time.perf_counter() - t0), 1)}
            print(f"{name:12s} {where:14s} {out[f'{name} {where}']}", flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
