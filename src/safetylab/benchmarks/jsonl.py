"""Bring-your-own prompts: any JSONL, CSV or Parquet file with a prompt column.

Optional columns: `expected` (refuse|comply), or booleans `should_refuse` / `should_comply`, plus
`category`, `subcategory` and `id`. Column names are configurable (`--columns prompt=question,...`).
"""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark, Expected, GenerationDefaults, Row, Sample

_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}


def _flag(row: Row, name: str) -> bool | None:
    value = row.get(name, required=False)
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise row.error(f"invalid boolean {value!r}", name)


def expected_of(row: Row) -> Expected | None:
    value = row.get("expected", required=False)
    if value is not None:
        text = str(value).strip().lower()
        if text not in ("refuse", "comply"):
            raise row.error(f"invalid value {value!r} (expected 'refuse' or 'comply')", "expected")
        return text  # type: ignore[return-value]
    refuse, comply = _flag(row, "should_refuse"), _flag(row, "should_comply")
    if refuse is not None and comply is not None and refuse == comply:
        raise row.error("should_refuse and should_comply contradict each other", "should_refuse")
    if refuse is not None:
        return "refuse" if refuse else "comply"
    if comply is not None:
        return "comply" if comply else "refuse"
    return None


def parse_row(row: Row, bench: str) -> Sample:
    return Sample(bench=bench, id=row.text("id", required=False) or str(row.line), prompt=row.text("prompt"),
                  expected=expected_of(row), category=row.text("category", required=False),
                  subcategory=row.text("subcategory", required=False), line=row.line)


BENCHMARK = Benchmark(
    name="jsonl",
    description="Your own JSONL/CSV/Parquet prompts (--data FILE; columns configurable)",
    licence="yours",
    generation=GenerationDefaults(max_new_tokens=256),
    parse_row=parse_row,
)
