"""Added latency of the `corrected:` run-time wrapper: the same prompts, greedy, through the embedded
SmolLM2 plain and through `corrected:GUARD@EVERY:smollm2-135m` (one loaded model, the wrapper's KV cache
kept across chunks), batch by batch in alternating order so both see the same load.

Reports wall and process-CPU time of each (with one torch thread the CPU time is the compute, unaffected by
other jobs on the machine), the share spent in the guard, how many answers the wrapper changed and its
correction counts. Prompts: the first N of the quick suite and the rows of a JSONL file with `prompt`
(e.g. the harmful rows written by studies/corrected/harmful_prompts.py).

    python perf/corrected_latency.py [--quick 40] [--prompts FILE] [--guard compact] [--every 32]
        [--batch-size 1] [--max-new-tokens 96] [--threads 1] [--out results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from safetylab.backends.corrected import CorrectedBackend, ResponseCheck
from safetylab.backends.embedded import load_embedded
from safetylab.benchmarks.base import load_samples
from safetylab.benchmarks.registry import get_benchmark
from safetylab.core.hashing import file_hash
from safetylab.core.messages import user
from safetylab.core.provenance import environment
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.runner.models import guard_check


def prompts(quick: int, path: Path | None) -> list[str]:
    out = []
    if quick:
        samples, _ = load_samples(get_benchmark("quick"))
        out += [s.prompt for s in samples][:quick]
    if path is not None:
        with path.open(encoding="utf-8") as f:
            out += [json.loads(line)["prompt"] for line in f if line.strip()]
    return out


def timed(check: ResponseCheck, spent: list[float]) -> ResponseCheck:
    def classify(items):  # noqa: ANN001, ANN202 - the ResponseCheck signature
        t0 = time.process_time()
        try:
            return check.classify(items)
        finally:
            spent.append(time.process_time() - t0)
    return ResponseCheck(classify, check.identity)


def main() -> None:
    import torch

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", type=int, default=40, help="first N prompts of the quick suite")
    ap.add_argument("--prompts", type=Path, help="JSONL with a prompt field")
    ap.add_argument("--guard", default="compact")
    ap.add_argument("--every", type=int, default=32)
    ap.add_argument("--batch-size", type=int, default=1)
    ap.add_argument("--max-new-tokens", type=int, default=96)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    texts = prompts(args.quick, args.prompts)
    config = GenerationConfig(max_new_tokens=args.max_new_tokens)
    plain = load_embedded(batch_size=args.batch_size)
    guard_cpu: list[float] = []
    corrected = CorrectedBackend(plain, timed(guard_check(args.guard), guard_cpu), every=args.every,
                                 label=args.guard)
    warm = [GenerationRequest(messages=[user("Hello")], config=config)]
    plain.generate(warm), corrected.generate(warm)
    guard_cpu.clear()
    corrected.stats = type(corrected.stats)()
    totals = {"plain": [0.0, 0.0, 0], "corrected": [0.0, 0.0, 0]}  # wall, cpu, tokens
    changed = 0
    for b, start in enumerate(range(0, len(texts), args.batch_size)):
        batch = [GenerationRequest(messages=[user(t)], config=config) for t in texts[start:start + args.batch_size]]
        results = {}
        for name in (("plain", "corrected") if b % 2 == 0 else ("corrected", "plain")):
            backend = plain if name == "plain" else corrected
            w0, c0 = time.perf_counter(), time.process_time()
            results[name] = backend.generate(batch)
            totals[name][0] += time.perf_counter() - w0
            totals[name][1] += time.process_time() - c0
            totals[name][2] += sum(r.completion_tokens for r in results[name])
        changed += sum(a.text != c.text for a, c in zip(results["plain"], results["corrected"], strict=True))
        print(f"batch {b}: plain {totals['plain'][0]:.1f} s, corrected {totals['corrected'][0]:.1f} s so far",
              flush=True)
    wall = {k: v[0] for k, v in totals.items()}
    cpu = {k: v[1] for k, v in totals.items()}
    result = {
        "prompts": len(texts), "quick": args.quick,
        "data": {"path": str(args.prompts), "sha256": file_hash(args.prompts)} if args.prompts else None,
        "guard": corrected.check.identity, "every": args.every, "batch_size": args.batch_size,
        "max_new_tokens": args.max_new_tokens, "threads": args.threads, "model": plain.identity(),
        "wall_s": wall, "cpu_s": cpu, "tokens": {k: v[2] for k, v in totals.items()},
        "added_wall": wall["corrected"] / wall["plain"] - 1, "added_cpu": cpu["corrected"] / cpu["plain"] - 1,
        "guard_cpu_s": sum(guard_cpu), "guard_calls": len(guard_cpu), "answers_changed": changed,
        "stats": vars(corrected.stats), "load_average": os.getloadavg(), "environment": environment(),
    }
    text = json.dumps(result, indent=2, default=str)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
