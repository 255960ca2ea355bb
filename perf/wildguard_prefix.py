"""WildGuard-format inference with a shared-prefix KV cache vs plain batched generation.

Every WildGuard input starts with the same instruction. The plain path (HFBackend: left-padded batched
`model.generate`) runs that instruction once per item; `generate_on_backend` computes it once and runs
only the item-specific suffixes. Both paths decode greedily with the same budget on the same items, and
the script checks that the outputs are identical before it reports the speed ratio. With `--guard` it
also times `WildGuardGuard.classify` end to end (prefix cache on, the default, vs `prefix_cache=False`)
and checks that the verdicts are identical (`--guard-name llamaguard3` does the same for Llama Guard 3,
whose user-turn and agent-turn prompts form two prefix groups).

Items: half prompt-only (short prompts of ../shared/data/prompts.jsonl, harmful and unharmful), half
prompt + response (hh-rlhf harmless-base pairs, the less harmful reply). Guard model: the embedded
SmolLM2-135M (it is not trained as a guard, so its answers are not meaningful; speed and equality are).

    python perf/wildguard_prefix.py [--n 32] [--max-new-tokens 20] [--batch-size 32] [--repeats 3]
        [--threads N] [--prefill-tokens 512] [--guard [--guard-name wildguard|llamaguard3]]

`--threads` sets torch's intra-op threads for both paths (0: torch's default, one per core). On a small
box shared with other jobs, 1 thread is much faster than 2 for both (with 2, every op waits for both
threads to be scheduled), and the decode steps, which both paths share, suffer most.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from safetylab.backends.base import run_sync
from safetylab.backends.embedded import load_embedded
from safetylab.backends.prefix_cache import DEFAULT_PREFILL_TOKENS, generate_on_backend
from safetylab.core.hashing import file_hash
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.guards.base import GuardItem
from safetylab.guards.llamaguard import LlamaGuard3Guard
from safetylab.guards.wildguard import WildGuardGuard, format_wildguard_input

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def load_items(n: int, max_chars: int) -> list[tuple[str, str | None]]:
    """n/2 prompt-only items (alternating harmful / unharmful) and n/2 prompt + response items."""
    def read(name: str) -> list[dict]:
        with open(DATA / name, encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    prompts = [r for r in read("prompts.jsonl") if len(r["prompt"]) <= max_chars]
    harmful = [r["prompt"] for r in prompts if r["prompt_harm_label"] == "harmful"]
    unharmful = [r["prompt"] for r in prompts if r["prompt_harm_label"] == "unharmful"]
    pairs = [r for r in read("pairs_hh_harmless.jsonl") if len(r["prompt"]) + len(r["chosen"]) <= max_chars]
    half = n // 2
    only = [(harmful if i % 2 else unharmful)[i * 7] for i in range(half)]
    with_response = [(r["prompt"], r["chosen"]) for r in pairs[: n - half]]
    return [(p, None) for p in only] + with_response


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=32)
    ap.add_argument("--max-new-tokens", type=int, default=20, help="WildGuard's answer is ~20 tokens")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-chars", type=int, default=400, help="skip longer prompts / prompt+response")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    ap.add_argument("--prefill-tokens", type=int, default=DEFAULT_PREFILL_TOKENS,
                    help="padded suffix tokens per prefill forward of the cached path")
    ap.add_argument("--guard", action="store_true", help="also time the guard's classify, cache on vs off")
    ap.add_argument("--guard-name", choices=("wildguard", "llamaguard3"), default="wildguard")
    args = ap.parse_args()

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    load_before = os.getloadavg()

    items = load_items(args.n, args.max_chars)
    texts = [format_wildguard_input(p, r) for p, r in items]
    prefix = os.path.commonprefix(texts)
    suffixes = [t[len(prefix):] for t in texts]
    backend = load_embedded(batch_size=args.batch_size)
    tok = backend.tokenizer
    lengths = [len(tok(t)["input_ids"]) for t in texts]
    prefix_tokens = len(tok(prefix)["input_ids"])
    config = GenerationConfig(max_new_tokens=args.max_new_tokens)
    requests = [GenerationRequest(prompt=t, config=config) for t in texts]

    def plain() -> list[str]:
        return [r.text for r in backend.generate(requests)]

    # HFBackend generates in a fresh worker thread per call (asyncio.to_thread under run_sync); the cached
    # path runs the same way, because on a loaded machine torch is much slower from the main thread.
    async def in_thread() -> list[str]:
        return await asyncio.to_thread(generate_on_backend, backend, prefix, suffixes, args.max_new_tokens,
                                       prefill_tokens=args.prefill_tokens)

    def cached() -> list[str]:
        return run_sync(in_thread())

    sides = [("plain", plain), ("prefix_cached", cached)]
    if args.guard:
        guard_items = [GuardItem(prompt=p, response=r) for p, r in items]
        guard_cls = {"wildguard": WildGuardGuard, "llamaguard3": LlamaGuard3Guard}[args.guard_name]
        guards = {on: guard_cls(backend=backend, batch_size=args.batch_size,
                                max_new_tokens=args.max_new_tokens, prefix_cache=on) for on in (False, True)}

        def classify(on: bool):
            return lambda: guards[on].classify(guard_items)

        sides += [("guard_plain", classify(False)), ("guard_prefix_cached", classify(True))]

    plain(), cached()  # warm-up (allocator, kernels)
    times: dict[str, list[float]] = {name: [] for name, _ in sides}
    outputs: dict[str, list[str]] = {}
    for _ in range(args.repeats):  # interleaved, so background load hits both sides alike
        for name, fn in sides:
            t0 = time.perf_counter()
            outputs[name] = fn()
            times[name].append(time.perf_counter() - t0)
            print(f"{name}: {times[name][-1]:.2f} s", file=sys.stderr, flush=True)
    same = outputs["plain"] == outputs["prefix_cached"]
    best = {k: min(v) for k, v in times.items()}
    median = {k: statistics.median(v) for k, v in times.items()}
    summary = {
        "items": len(items), "prompt_only": sum(r is None for _, r in items),
        "prefix_tokens": prefix_tokens, "mean_tokens": round(statistics.mean(lengths), 1),
        "max_tokens": max(lengths), "max_new_tokens": args.max_new_tokens, "batch_size": args.batch_size,
        "repeats": args.repeats, "seconds_best": {k: round(v, 3) for k, v in best.items()},
        "seconds_all": {k: [round(x, 3) for x in v] for k, v in times.items()},
        "prefill_tokens": args.prefill_tokens,
        "speedup_best": round(best["plain"] / best["prefix_cached"], 2),
        "speedup_median": round(median["plain"] / median["prefix_cached"], 2),
        "speedup_per_repeat": [round(a / b, 2) for a, b in zip(times["plain"], times["prefix_cached"], strict=True)],
        "identical_outputs": same, "model": backend.identity(),
        "data_sha256": {name: file_hash(DATA / name)[:16] for name in ("prompts.jsonl", "pairs_hh_harmless.jsonl")},
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
                   f"torch {torch.__version__}, threads {torch.get_num_threads()}",
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "example_output": outputs["prefix_cached"][0][:120],
    }
    if args.guard:
        tasks = guards[True].tasks
        summary["guard"] = args.guard_name

        def labels(v) -> tuple:
            return v.raw, [(t.label, t.parse_error) if (t := v.task(task)) else None for task in tasks]

        def probs(v) -> list[float]:
            return [t.prob for task in tasks if (t := v.task(task)) is not None and t.prob is not None]

        plain_v, cached_v = outputs["guard_plain"], outputs["guard_prefix_cached"]
        summary["guard_speedup_best"] = round(best["guard_plain"] / best["guard_prefix_cached"], 2)
        summary["guard_speedup_median"] = round(median["guard_plain"] / median["guard_prefix_cached"], 2)
        summary["guard_identical_verdicts"] = [labels(v) for v in plain_v] == [labels(v) for v in cached_v]
        summary["guard_probabilities"] = sum(len(probs(v)) for v in cached_v)
        summary["guard_max_prob_diff"] = max(
            (abs(a - b) for v, w in zip(plain_v, cached_v, strict=True)
             for a, b in zip(probs(v), probs(w), strict=True)), default=0.0)
        summary["guard_example_raw"] = (cached_v[0].raw or "")[:120]
        same = same and summary["guard_identical_verdicts"]
    print(json.dumps(summary, indent=2))
    if not same:
        diffs = [i for i, (a, b) in enumerate(zip(outputs["plain"], outputs["prefix_cached"], strict=True)) if a != b]
        raise SystemExit(f"outputs differ on items {diffs}")


if __name__ == "__main__":
    main()
