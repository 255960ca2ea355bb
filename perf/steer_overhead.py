"""What safety vectors cost at generation time: the embedded SmolLM2 with and without steering hooks on
all 30 layers, same prompts, every run forced to the same number of new tokens.

    python perf/steer_overhead.py [--tokens 64] [--batch 1,16] [--repeats 5] [--site mlp] [--threads 1] \
        [--gated 18]

Runs alternate bare / steered so drift on a shared machine hits both alike. Each run records wall time and
the process's CPU time (with one thread, CPU time is the work done, whatever else the machine runs); prints
one JSON object per batch size (and gate) with the medians and the median of the paired steered/bare
ratios. The vectors are random (their values do not change the cost); the hook is the production one
(`safetylab.backends.steering.Steering`). `--gated N` adds a probe on layer N's output (the gated vectors of
`align arithmetic --condition-layer`) and measures two more steered settings beside the ungated one: the
probe firing on every prompt (`gate: on`, all steered) and on none (`gate: off`, a benign prompt's cost);
its weight is random and its bias ±1e9 decides which.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

PROMPTS = ["Give me three tips for staying healthy during winter.", "Explain photosynthesis in simple words.",
           "Write a short poem about the sea.", "How do I make a cup of tea?"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--batch", default="1,16")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--site", default="mlp", choices=["mlp", "resid"])
    parser.add_argument("--rule", default="add", choices=["add", "gated"])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--gated", type=int, default=None, help="probe layer (default: no probe)")
    args = parser.parse_args()

    import torch

    from safetylab.backends.registry import load_backend
    from safetylab.backends.steering import Steering

    torch.set_num_threads(args.threads)
    backend = load_backend("smollm2-135m")
    tok, model = backend.tokenizer, backend.model
    gen = torch.Generator().manual_seed(0)
    vectors = {i: torch.randn(model.config.hidden_size, generator=gen) for i in range(len(backend.layers))}
    probe = torch.randn(model.config.hidden_size, generator=gen)
    gates: dict[str | None, tuple[int, torch.Tensor, float] | None] = {None: None}
    if args.gated is not None:
        gates.update(on=(args.gated, probe, 1e9), off=(args.gated, probe, -1e9))
    for size in (int(b) for b in args.batch.split(",")):
        texts = [backend.render([{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}]) for i in range(size)]
        enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False)

        def run(enc: dict = enc) -> tuple[float, float]:
            wall, cpu = time.perf_counter(), time.process_time()
            with torch.inference_mode():
                model.generate(**enc, max_new_tokens=args.tokens, min_new_tokens=args.tokens, do_sample=False,
                               pad_token_id=tok.pad_token_id)
            return time.perf_counter() - wall, time.process_time() - cpu

        run()  # warm-up
        bare: list[tuple[float, float]] = []
        steered: dict[str | None, list[tuple[float, float]]] = {g: [] for g in gates}
        for _ in range(args.repeats):
            bare.append(run())
            for gate, condition in gates.items():
                with Steering(backend.layers, vectors, alpha=0.12, site=args.site, rule=args.rule,
                              condition=condition):
                    steered[gate].append(run())
        for gate, times in steered.items():
            row = {"batch": size, "new_tokens": args.tokens, "layers": len(vectors), "site": args.site,
                   "rule": args.rule, "threads": args.threads,
                   **({"probe_layer": args.gated, "gate": gate} if gate else {})}
            for k, what in enumerate(("wall", "cpu")):
                b, s = statistics.median(r[k] for r in bare), statistics.median(r[k] for r in times)
                paired = statistics.median(st[k] / ba[k] for ba, st in zip(bare, times, strict=True))
                row[what] = {"bare_s": round(b, 3), "steered_s": round(s, 3),
                             "overhead_pct_of_medians": round(100 * (s / b - 1), 2),
                             "overhead_pct_paired_median": round(100 * (paired - 1), 2)}
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
