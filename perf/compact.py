"""Throughput of `CompactGuard.classify` against the bare encoder forward pass on the same texts.

The guard's cost is the encoder plus splitting out response openings, deduplication and three linear
heads; the goal is >= 0.8x the items/s of `SentenceTransformer.encode` on the distinct texts the guard
encodes. Items are the project's held-out (prompt, response) rows
(`data/compact/heldout_responses.jsonl`), so lengths are realistic.

    python perf/compact.py [--items 512] [--batch-size 64] [--repeats 2] [--weights DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from safetylab.core.provenance import environment
from safetylab.guards.base import GuardItem
from safetylab.guards.compact.guard import CompactGuard, item_texts
from safetylab.guards.data import load_guard_data

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "compact"  # the guard's training and held-out data


def best_of(repeats: int, fn) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=512)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--weights", type=Path, default=None, help="heads directory (default: the shipped heads)")
    args = ap.parse_args()

    data = load_guard_data(DATA_DIR / "heldout_responses.jsonl")
    items = [GuardItem(prompt=r.prompt, response=r.response) for r in data.rows[:args.items]]
    guard = CompactGuard(args.weights, batch_size=args.batch_size)
    texts = list(dict.fromkeys(t for it in items for t in item_texts(it).values()))
    every = [t for it in items for t in item_texts(it).values()]
    enc = guard.encoder

    def bare(ts):
        return lambda: enc.encode(ts, batch_size=args.batch_size, convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False)

    guard.classify(items[:32])  # warm-up
    t_bare = best_of(args.repeats, bare(texts))
    t_guard = best_of(args.repeats, lambda: guard.classify(items))
    t_naive = best_of(1, bare(every))
    result = {
        "bench": "compact_guard_throughput", "items": len(items), "distinct_texts": len(texts),
        "texts_without_dedupe": len(every), "batch_size": args.batch_size, "repeats": args.repeats,
        "torch_threads": torch.get_num_threads(),
        "guard_items_per_s": round(len(items) / t_guard, 1),
        "bare_encoder_items_per_s": round(len(items) / t_bare, 1),
        "ratio_guard_vs_bare": round(t_bare / t_guard, 3),
        "encoder_without_dedupe_items_per_s": round(len(items) / t_naive, 1),
        "guard": guard.identity(), "data": data.describe(), "environment": environment(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
