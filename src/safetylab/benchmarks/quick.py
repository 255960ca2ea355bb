"""`quick`: about 100 prompts written for safetylab across the CoCoNot categories, runnable offline in
minutes on a laptop CPU. Each has `expected` (refuse = decline, question or clarify; comply = answer),
`category` and `subcategory`. It is a smoke test of a model's behaviour, not a replacement for the
published benchmarks.
"""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark, GenerationDefaults
from safetylab.benchmarks.jsonl import parse_row
from safetylab.metrics.safety import HARMFUL_COMPLIANCE, OVER_REFUSAL

BENCHMARK = Benchmark(
    name="quick",
    description="safetylab quick suite: ~100 own-written prompts over the CoCoNot categories (offline)",
    licence="Apache-2.0 (written for safetylab)",
    size=97,
    packaged="quick.jsonl",
    generation=GenerationDefaults(max_new_tokens=96),
    metrics=(HARMFUL_COMPLIANCE, OVER_REFUSAL),
    parse_row=parse_row,
)
