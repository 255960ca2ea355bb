"""Generation throughput: safetylab's batched `HFBackend` vs a naive per-prompt `model.generate` loop.

Both sides run the embedded SmolLM2 greedy on the same chat prompts and are forced to generate exactly
`--new-tokens` tokens per prompt (`min_new_tokens`), so tokens/s compare like for like. Each measurement
runs in its own subprocess, so the peak RSS (ru_maxrss) it reports belongs to that phase alone.

    python perf/generation.py                       # 64 prompts x 64 tokens, batch sizes 16,32,64
    python perf/generation.py --prompts 16 --batch-sizes 16 --naive-prompts 4   # quick check
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import date

TOPICS = ["bread", "the moon", "volcanoes", "chess", "honeybees", "rainbows", "bicycles", "the ocean",
          "libraries", "clocks", "mountains", "coffee", "trains", "gardens", "music", "snow"]
FORMS = ["Explain in a few sentences how {} works.", "Tell me three facts about {}.",
         "Write a short poem about {}.",
         "My friend says {} are boring. Give me a friendly, detailed argument that they are interesting."]


def prompts(count: int) -> list[str]:
    """`count` chat prompts of mixed length (16 topics x 4 forms, repeated if needed)."""
    all_prompts = [form.format(topic) for form in FORMS for topic in TOPICS]
    return [all_prompts[i % len(all_prompts)] for i in range(count)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def run_batched(count: int, new_tokens: int, batch_size: int) -> dict:
    from safetylab.backends.registry import load_backend
    from safetylab.core.records import GenerationConfig, GenerationRequest

    t0 = time.perf_counter()
    backend = load_backend("smollm2-135m", batch_size=batch_size, max_concurrency=1)
    load_s = time.perf_counter() - t0
    backend.model.generation_config.min_new_tokens = new_tokens  # forced length, as on the naive side
    config = GenerationConfig(max_new_tokens=new_tokens)
    requests = [GenerationRequest(messages=[{"role": "user", "content": p}], config=config)
                for p in prompts(count)]
    backend.generate(requests[:2])  # warm-up
    t0 = time.perf_counter()
    results = backend.generate(requests)
    wall = time.perf_counter() - t0
    tokens = sum(r.completion_tokens for r in results)
    assert all(r.error is None for r in results), [r.error for r in results if r.error]
    assert tokens == count * new_tokens, f"expected {count * new_tokens} tokens, got {tokens}"
    return {"side": "batched", "batch_size": batch_size, "prompts": count, "tokens": tokens, "wall_s": wall,
            "tok_per_s": tokens / wall, "load_s": load_s, "peak_rss_mb": peak_rss_mb(),
            "model": backend.identity()}


def run_naive(count: int, new_tokens: int) -> dict:
    """The loop most scripts write: one `model.generate` per prompt, no batching."""
    import torch

    from safetylab.backends.embedded import load_embedded

    backend = load_embedded()  # only for its model and tokenizer, loaded exactly as the batched side
    model, tok = backend.model, backend.tokenizer
    tokens = 0

    def one(prompt: str) -> int:
        text = tok.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                       add_generation_prompt=True)
        enc = tok(text, return_tensors="pt", add_special_tokens=False)
        with torch.inference_mode():
            out = model.generate(**enc, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                                 pad_token_id=tok.pad_token_id)
        return out.shape[1] - enc["input_ids"].shape[1]

    one(prompts(1)[0])  # warm-up
    t0 = time.perf_counter()
    for p in prompts(count):
        tokens += one(p)
    wall = time.perf_counter() - t0
    assert tokens == count * new_tokens, f"expected {count * new_tokens} tokens, got {tokens}"
    return {"side": "naive", "batch_size": 1, "prompts": count, "tokens": tokens, "wall_s": wall,
            "tok_per_s": tokens / wall, "peak_rss_mb": peak_rss_mb(), "model": backend.identity()}


def in_subprocess(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"phase {args} failed:\n{out.stderr[-3000:]}")
    row = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{row['side']} batch {row['batch_size']}: {row['tok_per_s']:.1f} tok/s, load average "
          f"{os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prompts", type=int, default=64)
    ap.add_argument("--new-tokens", type=int, default=64)
    ap.add_argument("--batch-sizes", default="16,32,64")
    ap.add_argument("--naive-prompts", type=int, default=None,
                    help="prompts for the naive loop (default: --prompts); its tok/s hardly depends on it")
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads per phase (default: torch's choice); 1 is steadier on a busy machine")
    ap.add_argument("--out", help="also write the results as JSON here")
    ap.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)  # internal: one measurement
    args = ap.parse_args()

    if args.phase:
        side, count, new_tokens, threads, *rest = args.phase
        import torch

        if threads != "default":
            torch.set_num_threads(int(threads))
        res = (run_batched(int(count), int(new_tokens), int(rest[0])) if side == "batched"
               else run_naive(int(count), int(new_tokens)))
        print(json.dumps({**res, "threads": torch.get_num_threads()}))
        return

    load0 = os.getloadavg()
    threads = str(args.threads or "default")
    rows = [in_subprocess("batched", str(args.prompts), str(args.new_tokens), threads, bs)
            for bs in args.batch_sizes.split(",")]
    rows.append(in_subprocess("naive", str(args.naive_prompts or args.prompts), str(args.new_tokens), threads))
    naive = rows[-1]["tok_per_s"]
    best = max(rows[:-1], key=lambda r: r["tok_per_s"])
    loads = " / ".join(f"{x[0]:.1f}" for x in (load0, os.getloadavg()))
    print(f"# generation benchmark, {date.today()}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"torch threads {rows[0]['threads']}, 1-min load average before / after: {loads}")
    print("| side | batch size | prompts x tokens | wall s | tok/s | speed-up | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['side']} | {r['batch_size']} | {r['prompts']} x {args.new_tokens} | {r['wall_s']:.1f} | "
              f"{r['tok_per_s']:.1f} | {r['tok_per_s'] / naive:.2f}x | {r['peak_rss_mb']:.0f} |")
    print(f"best batch size: {best['batch_size']} ({best['tok_per_s'] / naive:.2f}x the naive loop)")
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"date": str(date.today()), "rows": rows}, f, indent=2)


if __name__ == "__main__":
    main()
