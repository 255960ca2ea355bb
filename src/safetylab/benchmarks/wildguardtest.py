"""WildGuardTest (Han et al. 2024): a guard benchmark, so `eval` hands it to guard evaluation.

It scores the judge (prompt harm, response harm, refusal F1) rather than a model's generations, and runs
through `safetylab.guards.evaluate` exactly as `safetylab guard eval` does.
"""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark, HFSource

BENCHMARK = Benchmark(
    name="wildguardtest",
    description="WildGuardTest guard benchmark (1,725 items); delegates to `safetylab guard eval`",
    licence="ODC-By (gated on the Hub)",
    size=1725,
    source=HFSource(dataset="allenai/wildguardmix", config="wildguardtest", split="test", revision="main"),
    delegate="guard_eval",
    judge_tasks=("prompt_harm", "response_harm", "response_refusal"),
)
