"""Labelled guard data in WildGuardMix's format, from JSONL, CSV, Parquet or a Hugging Face dataset id.

Fields: `prompt`, `response`, `prompt_harm_label` (harmful|unharmful), `response_harm_label`
(harmful|unharmful), `response_refusal_label` (refusal|compliance), `adversarial`, `subcategory`, and
the optional `group` (training only: rows of one group, e.g. one topic, stay on one side of a split). Only
`prompt` is required: a null label means that task is not scored for the row (never guessed), so files
that only label prompts (like `../shared/data/prompts.jsonl`) load too. An empty response is the same as
no response (WildGuardMix's prompt-only rows).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.core.errors import DataError
from safetylab.core.hashing import file_hash
from safetylab.core.hub import HubRows
from safetylab.core.jsonl import JsonlReader
from safetylab.core.tasks import LABELS
from safetylab.guards.base import GuardItem

LABEL_FIELDS: dict[str, str] = {
    "prompt_harm": "prompt_harm_label",
    "response_refusal": "response_refusal_label",
    "response_harm": "response_harm_label",
}
RESPONSE_LABELS = ("response_refusal_label", "response_harm_label")
FORMATS = ("jsonl", "csv", "parquet")


class GuardExample(BaseModel):
    """One labelled row. `line` is where it came from (file line, or data row for CSV/Parquet/HF)."""

    prompt: str
    response: str | None = None
    prompt_harm_label: Literal["harmful", "unharmful"] | None = None
    response_refusal_label: Literal["refusal", "compliance"] | None = None
    response_harm_label: Literal["harmful", "unharmful"] | None = None
    adversarial: bool | None = None
    subcategory: str | None = None
    group: str | None = Field(None, description="rows sharing a group (e.g. a topic) are never split between "
                              "training and validation")
    source: str | None = Field(None, description="where the row comes from (a data set, a model); guard eval "
                               "reports each source apart")
    line: int = 0

    def gold(self, task: str) -> bool | None:
        """The gold label of a task as positive (True) / negative (False), or None when unlabelled."""
        label = getattr(self, LABEL_FIELDS[task])
        return None if label is None else label == LABELS[task][0]

    def item(self, *, with_response: bool = True) -> GuardItem:
        return GuardItem(prompt=self.prompt, response=self.response if with_response else None)


class GuardDataset(BaseModel):
    """The rows that loaded, the bad rows (as errors, each naming file, line and field) and a content hash."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    source: str
    sha256: str
    rows: list[GuardExample]
    errors: list[DataError] = Field(default_factory=list)
    revision: str | None = Field(None, description="the hub commit the rows came from, where known")

    def __len__(self) -> int:
        return len(self.rows)

    def describe(self) -> dict[str, Any]:
        """Provenance block for result files."""
        return {"path": self.source, "sha256": self.sha256, "n": len(self.rows), "bad_rows": len(self.errors),
                **({"revision": self.revision} if self.revision else {})}


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", "yes", "no"):
        return value.strip().lower() in ("true", "1", "yes")
    raise ValueError(f"expected a boolean, got {value!r}")


def parse_row(raw: dict[str, Any], *, path: str, line: int) -> GuardExample:
    """Validate one raw row; raises DataError naming the file, line and offending field."""
    def bad(field: str, message: str) -> DataError:
        return DataError(message, path=path, line=line, field=field)

    prompt = raw.get("prompt")
    if _is_null(prompt) or not isinstance(prompt, str) or not prompt.strip():
        raise bad("prompt", "missing or empty prompt (a non-empty string is required)")
    response = raw.get("response")
    if _is_null(response) or (isinstance(response, str) and not response.strip()):
        response = None
    elif not isinstance(response, str):
        raise bad("response", f"expected a string or null, got {type(response).__name__}")
    values: dict[str, Any] = {"prompt": prompt, "response": response, "line": line}
    for task, field in LABEL_FIELDS.items():
        label = raw.get(field)
        if _is_null(label):
            continue
        allowed = LABELS[task]
        if not isinstance(label, str) or label.strip().lower() not in allowed:
            raise bad(field, f"invalid label {label!r}; expected one of {', '.join(allowed)} or null")
        if field in RESPONSE_LABELS and response is None:
            raise bad(field, "a response label is given but the row has no response")
        values[field] = label.strip().lower()
    if not _is_null(raw.get("adversarial")):
        try:
            values["adversarial"] = _parse_bool(raw["adversarial"])
        except ValueError as e:
            raise bad("adversarial", str(e)) from None
    for field in ("subcategory", "group", "source"):
        value = raw.get(field)
        if not _is_null(value):
            if not isinstance(value, str):
                raise bad(field, f"expected a string, got {type(value).__name__}")
            values[field] = value
    return GuardExample(**values)


def _jsonl_rows(path: Path, errors: list[DataError]) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = JsonlReader(path)
    reader.errors = errors  # bad lines land in the caller's list as they are met
    yield from reader


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        for row in reader:
            # line_num is the file line where the record ends (records may span lines).
            yield reader.line_num, dict(row)


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    import pyarrow.parquet as pq

    yield from enumerate(pq.read_table(path).to_pylist(), start=1)


def _hf_rows(spec: str, revision: str | None = None) -> HubRows:
    """`name[:config[:split]]` from the Hub (or a local dataset folder); the hash covers the rows' content."""
    name, config, split = (spec.split(":") + [None, None])[:3]
    return HubRows(name, config or None, split or "test", revision)


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    for fmt in FORMATS:
        if f".{fmt}" in suffixes or (fmt == "jsonl" and ".json" in suffixes):
            return fmt
    raise DataError(f"unknown data format (expected one of: {', '.join('.' + f for f in FORMATS)})",
                    path=str(path))


def load_guard_data(path_or_id: str | Path, *, limit: int | None = None, strict: bool = False,
                    revision: str | None = None) -> GuardDataset:
    """Load guard data from a local file (by extension) or a Hugging Face dataset id.

    Bad rows are collected in `errors` (each a DataError naming file, line and field) and the good rows
    kept; `strict=True` raises the first error instead. `revision` pins a hub dataset's commit. `limit`
    keeps the first N good rows; the hash always covers the whole source.
    """
    source = str(path_or_id)
    path = Path(source)
    errors: list[DataError] = []
    raw_rows: Iterable[tuple[int, dict[str, Any]]]
    if path.is_file():
        fmt = _format_of(path)
        sha = file_hash(path)
        raw_rows = {"jsonl": lambda: _jsonl_rows(path, errors), "csv": lambda: _csv_rows(path),
                    "parquet": lambda: _parquet_rows(path)}[fmt]()
    elif path.suffix.lower().lstrip(".") in FORMATS + ("json",):
        raise DataError("file not found", path=source)
    else:  # a hub id, or a local dataset folder, as NAME[:CONFIG[:SPLIT]]
        hub = _hf_rows(source, revision)
        raw_rows, sha = list(hub), hub.sha256
        revision = hub.revision
    rows: list[GuardExample] = []
    for line, raw in raw_rows:
        if limit is not None and len(rows) >= limit:
            break
        try:
            rows.append(parse_row(raw, path=source, line=line))
        except DataError as e:
            if strict:
                raise
            errors.append(e)
    if strict and errors:
        raise errors[0]
    return GuardDataset(source=source, sha256=sha, rows=rows, errors=errors,
                        revision=None if path.is_file() else revision)
