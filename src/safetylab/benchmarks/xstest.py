"""XSTest (Röttger et al. 2024): 250 safe prompts that only sound unsafe and 200 unsafe contrasts.

Official CSV columns `id,prompt,type,label,focus,note`; `label` is safe/unsafe. Over-refusal is measured on
the safe prompts and harmful compliance on the unsafe ones, each per prompt `type`.
"""

from __future__ import annotations

from safetylab.benchmarks.base import (
    Benchmark,
    GenerationDefaults,
    HFSource,
    Row,
    Sample,
    expected_from_label,
)
from safetylab.metrics.safety import HARMFUL_COMPLIANCE, OVER_REFUSAL


def parse_row(row: Row, bench: str) -> Sample:
    return Sample(bench=bench, id=str(row.get("id", required=False) or row.line), prompt=row.text("prompt"),
                  expected=expected_from_label(row, "label", {"safe": "comply", "unsafe": "refuse"}),
                  category=row.text("type"), line=row.line,
                  metadata={k: row.get(k, required=False) for k in ("focus", "note")})


BENCHMARK = Benchmark(
    name="xstest",
    description="XSTest: exaggerated-safety test, 250 safe prompts that sound unsafe + 200 unsafe contrasts",
    licence="CC-BY-4.0",
    size=450,
    source=HFSource(dataset="Paul/XSTest", split="train", revision="f600c994b256f12867dfa5b3eb3d545a3e62f8b5"),
    columns={"id": ("id", "id_v2"), "prompt": ("prompt",), "type": ("type",), "label": ("label",)},
    generation=GenerationDefaults(max_new_tokens=512),
    metrics=(OVER_REFUSAL, HARMFUL_COMPLIANCE),
    parse_row=parse_row,
)
