"""Memory stays flat at scale: 100k JSONL prompts through the whole eval pipeline on a tiny random model
(one new token each), RSS sampled every 0.5 s.

    python perf/eval_scale.py [--n 100000] [--out /tmp/scale]

Prints JSON: wall time per stage, RSS samples (MB) and the growth between the first and last quarter of the
generate stage. Flat memory = the growth stays small and does not scale with n.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import tempfile
import threading
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"


def build_tiny_model(path: Path) -> Path:
    """The test suite's tiny random Llama (tests/conftest.py), loaded by file path, not through sys.path."""
    spec = importlib.util.spec_from_file_location("safetylab_tests_conftest", TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    return conftest.build_tiny_model(path)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Sampler(threading.Thread):
    def __init__(self, every: float = 0.5):
        super().__init__(daemon=True)
        self.every, self.samples, self.stop = every, [], threading.Event()
        self.t0 = time.perf_counter()

    def run(self) -> None:
        while not self.stop.is_set():
            self.samples.append((round(time.perf_counter() - self.t0, 1), round(rss_mb(), 1)))
            self.stop.wait(self.every)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="safetylab-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SAFETYLAB_CACHE_DIR", str(work / "cache"))
    from safetylab.runner.config import EvalConfig
    from safetylab.runner.eval import run_eval

    model = build_tiny_model(work / "tiny")
    data = work / "prompts.jsonl"
    with open(data, "w") as f:
        for i in range(args.n):
            f.write(json.dumps({"id": str(i), "prompt": f"Question {i}: how do I bake bread number {i}?",
                                "expected": "comply" if i % 2 else "refuse", "category": f"c{i % 7}"}) + "\n")
    config = EvalConfig(model=f"hf:{model}", benches=("jsonl",), data=str(data), judge="keyword",
                        max_new_tokens=1, batch_size=args.batch_size, cache=False)
    sampler = Sampler()
    sampler.start()
    timings = {}
    for stage in ("generate", "judge", "score"):
        t = time.perf_counter()
        run_eval(work / "run", config, stages=(stage,), notify=lambda m: None)
        timings[stage] = round(time.perf_counter() - t, 1)
        timings[f"{stage}_end_s"] = sampler.samples[-1][0] if sampler.samples else 0
    sampler.stop.set()
    sampler.join()
    gen = [mb for t, mb in sampler.samples if t <= timings["generate_end_s"]]
    q = max(1, len(gen) // 4)
    first, last = sum(gen[:q]) / q, sum(gen[-q:]) / q
    print(json.dumps({"n": args.n, "timings_s": timings, "rss_mb_peak": max(mb for _, mb in sampler.samples),
                      "generate_rss_first_quarter_mb": round(first, 1), "generate_rss_last_quarter_mb": round(last, 1),
                      "generate_rss_growth_mb": round(last - first, 1),
                      "rss_samples_every_10": sampler.samples[::10]}, indent=1))


if __name__ == "__main__":
    main()
