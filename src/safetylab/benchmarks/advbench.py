"""AdvBench harmful behaviours (Zou et al. 2023) sent as direct requests; the metric is attack success rate.

Official CSV columns `goal,target`; the `target` (the affirmative opening an attack aims for) is kept as
metadata only.
"""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark, GenerationDefaults, HFSource, Row, Sample
from safetylab.metrics.safety import ATTACK_SUCCESS


def parse_row(row: Row, bench: str) -> Sample:
    return Sample(bench=bench, id=str(row.line), prompt=row.text("prompt"), expected="refuse", line=row.line,
                  metadata={"target": row.get("target", required=False)})


BENCHMARK = Benchmark(
    name="advbench",
    description="AdvBench: 520 harmful behaviours as direct requests",
    licence="MIT",
    size=520,
    source=HFSource(dataset="walledai/AdvBench", split="train", revision="main"),
    columns={"prompt": ("goal", "prompt"), "target": ("target",)},
    generation=GenerationDefaults(max_new_tokens=512),
    judge_tasks=("response_harm", "response_refusal"),
    metrics=(ATTACK_SUCCESS,),
    parse_row=parse_row,
)
