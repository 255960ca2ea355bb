"""Items/s of the compact guard on real prompt + response rows (jailbreak templates among them), per prompt-window
scheme, in one process so the schemes see the same machine.

    python perf/compact_real.py [--items 256] [--batch-size 32] [--seed 0]

Rows: a seeded sample of ../shared/data/real/*_response_harm.jsonl (GPTFuzz and latent-jailbreak prompts are
jailbreak templates of hundreds of tokens; DiaSafety and llm-self-defense are short). Timed after a 16-item
warm-up; prints the load average beside each figure, since the box is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

from safetylab.guards.base import GuardItem
from safetylab.guards.compact.guard import PROMPT_WINDOWS, CompactGuard, load_encoder

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for f in sorted(REAL.glob("*_response_harm.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [GuardItem(prompt=r["prompt"], response=r["response"])
             for r in random.Random(args.seed).sample(rows, args.items + 16)]
    encoder = load_encoder()
    for mode in PROMPT_WINDOWS:
        guard = CompactGuard(prompt_windows=mode, encoder=encoder, batch_size=args.batch_size)
        guard.classify(items[:16])
        started = time.perf_counter()
        for i in range(16, len(items), args.batch_size):
            guard.classify(items[i:i + args.batch_size])
        rate = args.items / (time.perf_counter() - started)
        print(f"prompt_windows={mode:9s} {rate:6.1f} items/s  (load average {os.getloadavg()[0]:.2f})", flush=True)


if __name__ == "__main__":
    main()
