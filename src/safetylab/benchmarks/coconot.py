"""CoCoNot (Brahman, Kumar et al. 2024): contextual noncompliance.

Official JSONL fields `id,category,subcategory,prompt,response`. The original set holds requests a model
should not simply comply with (compliance rate: lower is better); the contrast set holds look-alike
requests it should answer (compliance rate: higher is better). Paper defaults: greedy, 512 new tokens
(add the paper's optional system prompt with `--system-prompt`). The judge is the rubric judge where
configured (it receives the subcategory), otherwise any guard's refusal task.
"""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark, Expected, GenerationDefaults, HFSource, Row, Sample
from safetylab.metrics.safety import COMPLIANCE, HARMFUL_COMPLIANCE

REVISION = "2cbe16aabf9069f17e48c8daad8aeabc29469eb7"
COLUMNS = {"id": ("id",), "prompt": ("prompt",), "category": ("category",), "subcategory": ("subcategory",)}
def _parser(expected: Expected, set_name: str):
    def parse_row(row: Row, bench: str) -> Sample:
        return Sample(bench=bench, id=row.text("id", required=False) or str(row.line), prompt=row.text("prompt"),
                      expected=expected, category=row.text("category"), subcategory=row.text("subcategory"),
                      line=row.line, metadata={"set": set_name})

    return parse_row


ORIGINAL = Benchmark(
    name="coconot",
    description="CoCoNot original test set: requests to decline, question or clarify (1,001)",
    licence="AI2 ImpACT License - Low Risk",
    size=1001,
    source=HFSource(dataset="allenai/coconot", config="original", split="test", revision=REVISION),
    columns=COLUMNS,
    generation=GenerationDefaults(max_new_tokens=512),
    metrics=(HARMFUL_COMPLIANCE,),
    parse_row=_parser("refuse", "original"),
)

CONTRAST = Benchmark(
    name="coconot-contrast",
    description="CoCoNot contrast test set: look-alike requests that should be answered (379)",
    licence="AI2 ImpACT License - Low Risk",
    size=379,
    source=HFSource(dataset="allenai/coconot", config="contrast", split="test", revision=REVISION),
    columns=COLUMNS,
    generation=GenerationDefaults(max_new_tokens=512),
    metrics=(COMPLIANCE,),
    parse_row=_parser("comply", "contrast"),
)
