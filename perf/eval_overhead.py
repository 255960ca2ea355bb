"""Harness overhead: the same 64 prompts through the whole `safetylab eval` pipeline (load, generate,
judge with the keyword guard, score, report) vs the bare generation call on the embedded model.

    python perf/eval_overhead.py [--model smollm2-135m] [--n 64] [--max-new-tokens 32]

Both sides load the model once and generate greedily with the same batch size and no cache; the overhead is
(eval wall - bare generation wall) / bare generation wall, target ≤ 10 %.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--n", type=int, default=64)
    ap.add_argument("--max-new-tokens", type=int, default=32)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="safetylab-overhead-"))
    os.environ.setdefault("SAFETYLAB_CACHE_DIR", str(work / "cache"))
    from safetylab.backends.registry import load_backend
    from safetylab.benchmarks import get_benchmark, load_samples
    from safetylab.core.messages import user
    from safetylab.core.records import GenerationConfig, GenerationRequest
    from safetylab.runner.config import EvalConfig
    from safetylab.runner.eval import run_eval

    samples = list(load_samples(get_benchmark("quick"))[0])
    samples = (samples * (args.n // len(samples) + 1))[: args.n]
    data = work / "prompts.jsonl"
    data.write_text("".join(json.dumps({"id": str(i), "prompt": s.prompt, "expected": s.expected,
                                        "category": s.category}) + "\n" for i, s in enumerate(samples)))
    backend = load_backend(args.model, batch_size=args.batch_size, max_concurrency=args.batch_size)
    config = GenerationConfig(max_new_tokens=args.max_new_tokens, temperature=0.0)
    requests = [GenerationRequest(messages=[user(s.prompt)], config=config) for s in samples]
    backend.generate(requests[: args.batch_size])  # warm-up
    t = time.perf_counter()
    for i in range(0, len(requests), args.batch_size):
        backend.generate(requests[i:i + args.batch_size])
    bare = time.perf_counter() - t

    eval_config = EvalConfig(model=args.model, benches=("jsonl",), data=str(data), judge="keyword",
                             max_new_tokens=args.max_new_tokens, batch_size=args.batch_size, cache=False)
    t = time.perf_counter()
    run_eval(work / "run", eval_config, backend=backend, notify=lambda m: None)
    full = time.perf_counter() - t
    backend.close()
    print(json.dumps({"model": args.model, "n": args.n, "max_new_tokens": args.max_new_tokens,
                      "batch_size": args.batch_size, "bare_generation_s": round(bare, 2),
                      "eval_all_stages_s": round(full, 2), "overhead_pct": round(100 * (full - bare) / bare, 1)},
                     indent=1))


if __name__ == "__main__":
    main()
