"""Latency of small requests to a safetylab server, alone and while one large request runs beside them.

Model server: the tiny random Llama of the tests (wider and deeper here, so a token costs real compute)
behind `create_app`; small = a chat completion of 16 greedy tokens, large = a completion of 400 tokens,
sent again as soon as it returns so the load lasts. Guard server: the compact guard behind
`create_guard_app`; small = `/v1/moderations` with one input, large = one request of 2,000 inputs.

Small requests are sent one after another (each waits for the previous answer), first with the server idle,
then under the large load; p50 and p99 of each, and p99 under load / p99 alone (goal: at most 2).

    python perf/serve_mixed_load.py --server model
    python perf/serve_mixed_load.py --server guard
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[1] / "tests"


def build_tiny_model(path: Path) -> Path:
    """The test suite's tiny random Llama (tests/conftest.py), loaded by file path, at a size where a token
    costs about a millisecond on a CPU."""
    spec = importlib.util.spec_from_file_location("safetylab_tests_conftest", TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    return conftest.build_tiny_model(path, hidden=128, layers=4)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def small_latencies(post: Any, n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        post()
        out.append(time.perf_counter() - start)
    return out


def measure(url: str, small: tuple[str, dict], large: tuple[str, dict], n: int) -> dict[str, Any]:
    import httpx

    def post(path: str, body: dict) -> None:
        r = httpx.post(url + path, json=body, timeout=600)
        r.raise_for_status()

    small_latencies(lambda: post(*small), 3)  # warm-up
    alone = small_latencies(lambda: post(*small), n)
    stop, large_done = threading.Event(), []

    def load() -> None:
        while not stop.is_set():
            start = time.perf_counter()
            post(*large)
            large_done.append(time.perf_counter() - start)

    loader = threading.Thread(target=load, daemon=True)
    loader.start()
    time.sleep(0.5)  # the large request is running
    loaded = small_latencies(lambda: post(*small), n)
    stop.set()
    loader.join()
    row = {name: {"p50_s": round(percentile(v, 50), 4), "p99_s": round(percentile(v, 99), 4),
                  "max_s": round(max(v), 4)} for name, v in (("alone", alone), ("under_load", loaded))}
    row["p99_ratio"] = round(row["under_load"]["p99_s"] / row["alone"]["p99_s"], 2)
    row["large_requests"] = {"count": len(large_done), "mean_s": round(statistics.mean(large_done), 3)}
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", choices=["model", "guard"], default="model")
    parser.add_argument("--small", type=int, default=50, help="small requests per phase")
    parser.add_argument("--threads", type=int, default=1, help="torch threads")
    args = parser.parse_args()

    import torch

    from safetylab.serve.http import BackgroundServer

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        if args.server == "model":
            from safetylab.backends.hf import HFBackend
            from safetylab.serve.model_server import create_app

            backend = HFBackend(build_tiny_model(Path(tmp) / "tiny"), batch_size=16)
            app = create_app(backend, model_name="tiny")
            small = ("/v1/chat/completions", {"messages": [{"role": "user", "content": "Name a fruit."}],
                                              "max_tokens": 16, "temperature": 0})
            large = ("/v1/completions", {"prompt": "Tell me a story about a dragon.", "max_tokens": 400,
                                         "temperature": 0})
        else:
            from safetylab.guards.registry import load_guard
            from safetylab.serve.guard_server import create_guard_app

            app = create_guard_app(load_guard("compact"), max_request_bytes=10_000_000)
            small = ("/v1/moderations", {"input": "How do I bake bread at home?"})
            large = ("/v1/moderations", {"input": [f"Question number {i}: how do I bake bread?"
                                                   for i in range(2000)]})
        with BackgroundServer(app) as server:
            row = measure(server.url, small, large, args.small)
    print(json.dumps({"server": args.server, "small_requests": args.small, "torch_threads": args.threads,
                      **row}, indent=2))


if __name__ == "__main__":
    main()
