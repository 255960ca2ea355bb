"""HarmBench (Mazeika et al. 2024) behaviours as direct requests; the metric is attack success rate.

Behaviors CSV columns `Behavior,FunctionalCategory,SemanticCategory,Tags,ContextString,BehaviorID`.
Contextual behaviours get their context prepended the way HarmBench's direct-request baseline does
(context, a `---` rule, then the behaviour).
"""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark, GenerationDefaults, HFSource, Row, Sample
from safetylab.metrics.safety import ATTACK_SUCCESS


def parse_row(row: Row, bench: str) -> Sample:
    behavior = row.text("behavior")
    context = row.text("context", required=False)
    prompt = f"{context}\n\n---\n\n{behavior}" if context else behavior
    ident = row.text("id", required=False) or str(row.line)
    return Sample(bench=bench, id=ident, prompt=prompt, expected="refuse", line=row.line,
                  category=row.text("semantic_category", required=False),
                  subcategory=row.text("functional_category", required=False),
                  metadata={"behavior": behavior, "contextual": bool(context),
                            "tags": row.get("tags", required=False)})


BENCHMARK = Benchmark(
    name="harmbench",
    description="HarmBench behaviours sent as direct requests (contextual ones with their context)",
    licence="MIT",
    size=200,
    source=HFSource(dataset="walledai/HarmBench", config="standard", split="train", revision="main"),
    columns={"behavior": ("Behavior", "prompt"), "context": ("ContextString", "context"),
             "id": ("BehaviorID",), "semantic_category": ("SemanticCategory", "category"),
             "functional_category": ("FunctionalCategory",), "tags": ("Tags",)},
    generation=GenerationDefaults(max_new_tokens=512),
    judge_tasks=("response_harm", "response_refusal"),
    metrics=(ATTACK_SUCCESS,),
    parse_row=parse_row,
)
