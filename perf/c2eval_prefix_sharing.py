"""C2-Eval's b sampled paths per prefix: the prompt's KV cache shared by the paths vs recomputed per path.

`HFBackend` samples n continuations of a prompt by running the prompt once (all tokens but the last),
copying its KV cache to the prompt's n rows and decoding those together (`share_prefix=True`, the
default); a prompt whose tokens begin a longer prompt of the same call (an item's prefixes at growing k)
is not run at all: it takes the first positions of the longest one's cache. `share_prefix=False` is plain
`generate(num_return_sequences=n)`, which runs the whole prompt once per path. Both use the same rows,
positions, sampler and seeded random stream; the script checks that every sampled token is the same before
it reports the ratio of wall times, and of process CPU times (with one torch thread, the CPU time is the
compute itself, unaffected by other jobs waiting for the same cores).

Prompts: C2-Eval-shaped, written here (harmless text: speed does not depend on the content): per item a
request and an assistant turn prefilled with the first k words of an opener and an answer, for every k of
`--k-values` (default C2-Eval's 10, 20, ..., 80; `--k-values 80` is the longest prefix alone), item by
item as the runner sends them. Model: the embedded SmolLM2-135M (float32).

    python perf/c2eval_prefix_sharing.py [--items 4] [--k-values 10,20,...,80] [--paths 20]
        [--max-new-tokens 32] [--batch-size 40] [--repeats 3] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time

from safetylab.backends.embedded import load_embedded
from safetylab.benchmarks.c2eval import K_VALUES, OPENERS, prefixes
from safetylab.core.messages import assistant, user
from safetylab.core.records import GenerationConfig, GenerationRequest

REQUESTS = ["How do I bake sourdough bread at home?", "What is the best way to learn to play the guitar?",
            "How can I repair a bicycle puncture?", "What should I pack for a week of hiking in the mountains?",
            "How do I start a vegetable garden on a balcony?", "What is a good routine for learning a language?"]
ANSWER = ("Start by gathering everything you need and setting aside a quiet afternoon. Then take it one step "
          "at a time: read the instructions twice, lay out the parts in order, and check each step before you "
          "move on to the next. Most people find that the first attempt takes longer than expected, which is "
          "normal. Keep notes of what worked, what did not, and what you would change, because the second "
          "attempt goes much faster when you can look back at them. Finally, clean up, put the tools away and "
          "take a moment to enjoy the result.")


def requests(items: int, k_values: tuple[int, ...], config: GenerationConfig) -> list[GenerationRequest]:
    return [GenerationRequest(messages=[user(REQUESTS[i % len(REQUESTS)]), assistant(prefix)], config=config)
            for i in range(items) for prefix in prefixes(OPENERS[i % len(OPENERS)], ANSWER, k_values).values()]


def main() -> None:
    import torch

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=4)
    ap.add_argument("--paths", type=int, default=20, help="b: sampled continuations per prompt")
    ap.add_argument("--k-values", default=",".join(map(str, K_VALUES)),
                    help="prefilled words (opener + answer), one prompt per item and k")
    ap.add_argument("--max-new-tokens", type=int, default=32)
    ap.add_argument("--batch-size", type=int, default=40, help="rows per forward (prompts x paths)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads (0: torch's default)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    backend = load_embedded(batch_size=args.batch_size)
    config = GenerationConfig(max_new_tokens=args.max_new_tokens, temperature=0.8, top_p=0.7, n=args.paths,
                              seed=args.seed)
    k_values = tuple(int(k) for k in args.k_values.split(","))
    reqs = requests(args.items, k_values, config)
    backend.generate(reqs[:1])  # warm-up
    times: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    outputs: dict[bool, list[list[str]]] = {}
    for _ in range(args.repeats):
        for share in (False, True):  # interleaved, so background load hits both alike
            backend.share_prefix = share
            t0, c0 = time.perf_counter(), time.process_time()
            results = backend.generate(reqs)
            times[share].append(time.perf_counter() - t0)
            cpu[share].append(time.process_time() - c0)
            texts = [r.texts for r in results]
            if outputs.setdefault(share, texts) != texts:
                raise SystemExit("a seeded run gave different samples on a repeat")
    identical = outputs[True] == outputs[False]
    prompt_tokens = [r.prompt_tokens for r in backend.generate([r.model_copy(update={"config": config.model_copy(
        update={"n": 1, "max_new_tokens": 1})}) for r in reqs])]
    per_item = [prompt_tokens[i:i + len(k_values)] for i in range(0, len(reqs), len(k_values))]
    ratios = [p / s for p, s in zip(times[False], times[True], strict=True)]
    print(json.dumps({
        "model": backend.name, "items": args.items, "k_values": list(k_values), "paths": args.paths,
        "prompt_tokens_per_item": per_item[0], "max_new_tokens": args.max_new_tokens,
        # prompt tokens each way runs (shared: each item's longest prompt but its last token once, and every
        # prompt's last token with each of its paths)
        "prompt_tokens_run": {"per_path": args.paths * sum(prompt_tokens),
                              "shared": sum(max(item) - 1 + args.paths * len(item) for item in per_item)},
        "batch_size": args.batch_size, "threads": torch.get_num_threads(),
        "per_path_recompute_s": [round(t, 2) for t in times[False]],
        "shared_prompt_s": [round(t, 2) for t in times[True]],
        "ratio_median": round(statistics.median(ratios), 2), "ratios": [round(r, 2) for r in ratios],
        "per_path_recompute_cpu_s": [round(t, 2) for t in cpu[False]],
        "shared_prompt_cpu_s": [round(t, 2) for t in cpu[True]],
        "cpu_ratio_median": round(statistics.median(p / s for p, s in zip(cpu[False], cpu[True], strict=True)), 2),
        "identical_samples": identical, "cpu": platform.processor() or platform.machine(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }, indent=2))
    if not identical:
        raise SystemExit("the two paths sampled different tokens")


if __name__ == "__main__":
    main()
