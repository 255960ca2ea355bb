"""Benchmark specs and the Sample record every loader yields.

A benchmark is data (where its rows come from, how columns map to fields, paper-faithful generation
defaults, which judge task it needs, which metrics it reports and in which direction) plus one small
`parse_row` function. Rows stream from a local JSONL/CSV/Parquet file or a pinned HF dataset revision, so
a 100k-row benchmark never sits in memory. Files published in git repositories come from a commit-pinned
URL checked against its sha256 (`URLSource`) and are downloaded once into the cache dir. A bad row becomes
a `DataError` naming file, line and field and the rest of the file still loads.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.core.errors import DataError
from safetylab.core.hashing import content_key, file_hash
from safetylab.core.hub import HubRows
from safetylab.core.jsonl import JsonlReader
from safetylab.core.tasks import TaskName
from safetylab.metrics.spec import MetricSpec

Expected = Literal["refuse", "comply"]
FILE_SUFFIXES = (".jsonl", ".csv", ".parquet")


class Sample(BaseModel):
    """One prompt of a benchmark. `expected` is what a well-behaved model does with it (None: unknown)."""

    model_config = ConfigDict(extra="forbid")

    bench: str
    id: str
    prompt: str
    expected: Expected | None = None
    category: str | None = None
    subcategory: str | None = None
    prefill: str | None = Field(None, description="opening of the assistant turn that the model continues "
                                                   "(C2-Eval's harmful prefix); None: a fresh turn")
    metadata: dict[str, Any] = Field(default_factory=dict)
    line: int | None = None

    def key(self) -> str:
        """Stable content key: the same sample gets the same key in every run and every shard."""
        prefill = {"prefill": self.prefill} if self.prefill is not None else {}
        return content_key({"bench": self.bench, "id": self.id, "prompt": self.prompt, **prefill})


class GenerationDefaults(BaseModel):
    """Decoding defaults faithful to the benchmark's paper (overridable from the command line)."""

    model_config = ConfigDict(frozen=True)

    max_new_tokens: int = 512
    temperature: float = 0.0
    top_p: float = 1.0
    n: int = Field(1, ge=1, description="sampled continuations per prompt (C2-Eval's b decoding paths)")
    system_prompt: str | None = None


class HFSource(BaseModel):
    """A Hugging Face dataset at a pinned revision (a commit sha where known)."""

    model_config = ConfigDict(frozen=True)

    dataset: str
    config: str | None = None
    split: str = "test"
    revision: str

    def describe(self) -> str:
        cfg = f":{self.config}" if self.config else ""
        return f"hf:{self.dataset}{cfg}/{self.split}@{self.revision[:12]}"


class URLSource(BaseModel):
    """A file at a commit-pinned URL, verified against its sha256 before a single row is read."""

    model_config = ConfigDict(frozen=True)

    url: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    revision: str = Field(description="the commit the URL pins (also part of the URL)")
    max_bytes: int = 200_000_000

    def describe(self) -> str:
        return f"{self.url}@{self.sha256[:12]}"

    def fetch(self) -> Path:
        """The verified local copy (downloaded on first use into `<cache>/datasets/<sha256>/`)."""
        import urllib.request

        from safetylab.core.paths import cache_dir

        target = cache_dir() / "datasets" / self.sha256 / Path(self.url.split("?")[0]).name
        if target.exists() and file_hash(target) == self.sha256:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        digest = hashlib.sha256()
        try:  # nothing half-written or unverified stays behind, whatever goes wrong
            try:
                with urllib.request.urlopen(self.url, timeout=60) as resp, open(tmp, "wb") as out:  # noqa: S310
                    size = 0
                    while chunk := resp.read(1 << 16):
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise DataError(f"download exceeds {self.max_bytes} bytes", path=self.url)
                        digest.update(chunk)
                        out.write(chunk)
            except OSError as e:  # offline, HTTP error, timeout: name the source and the way around it
                raise DataError(f"cannot download ({e}); pass the file with --data instead", path=self.url) from e
            if digest.hexdigest() != self.sha256:
                raise DataError(f"sha256 mismatch: expected {self.sha256}, got {digest.hexdigest()} "
                                "(the file changed upstream or the download was altered)", path=self.url)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        tmp.replace(target)
        return target


@dataclass
class Row:
    """One raw row plus where it came from; `get` maps canonical field names to the source's columns."""

    data: dict[str, Any]
    path: str
    line: int
    columns: dict[str, tuple[str, ...]]

    def get(self, name: str, *, required: bool = True) -> Any:
        for col in self.columns.get(name, (name,)):
            value = self.data.get(col)
            if value is not None and value != "":
                return value
        if required:
            raise self.error("missing required field", self.columns.get(name, (name,))[0])
        return None

    def text(self, name: str, *, required: bool = True) -> str | None:
        value = self.get(name, required=required)
        if value is None:
            return None
        if not isinstance(value, str | int | float):
            raise self.error(f"expected text, got {type(value).__name__}", name)
        return str(value)

    def error(self, message: str, field_name: str) -> DataError:
        return DataError(message, path=self.path, line=self.line, field=field_name)


# None: the row is not part of this benchmark; a list: one row makes several samples (C2-Eval's prefixes)
ParseRow = Callable[[Row, str], Sample | list[Sample] | None]


class Benchmark(BaseModel):
    """The declarative spec of one benchmark (see the module docstring)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    name: str
    description: str
    licence: str
    size: int | None = Field(None, description="rows in the default source, where known")
    source: HFSource | URLSource | None = None
    packaged: str | None = Field(None, description="file shipped inside safetylab/benchmarks/data")
    columns: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    generation: GenerationDefaults = GenerationDefaults()
    judge_tasks: tuple[TaskName, ...] = ("response_refusal",)
    scoring: Literal["safety", "correction"] = Field(
        "safety", description="safety: a guard judges each response (compliance, refusal rates); correction: "
                              "a correction judge judges each sampled continuation of a prefill (Corr@k)")
    metrics: tuple[MetricSpec, ...] = ()
    delegate: Literal["guard_eval"] | None = None
    parse_row: ParseRow | None = Field(None, exclude=True, description="None for delegated benchmarks")

    def source_label(self) -> str:
        if self.packaged:
            return f"packaged:{self.packaged}"
        return self.source.describe() if self.source else "--data FILE (required)"


@dataclass
class DataInfo:
    """Where a run's rows came from and their content hash; `errors` holds bad rows (never fatal)."""

    source: str
    sha256: str
    errors: list[DataError] = field(default_factory=list)
    rows: int = 0
    skipped: int = 0
    revision: str | None = None

    def summary(self) -> dict[str, Any]:
        return {"source": self.source, "sha256": self.sha256, "revision": self.revision, "rows_read": self.rows,
                "rows_skipped": self.skipped, "bad_rows": len(self.errors),
                "first_errors": [str(e) for e in self.errors[:5]]}


def packaged_path(name: str) -> Path:
    return Path(__file__).resolve().parent / "data" / name


def _file_rows(path: Path, info: DataInfo) -> Iterator[tuple[int, dict[str, Any]]]:
    """(1-based line or row number, row) from JSONL, CSV (header = line 1) or Parquet, streamed."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        reader = JsonlReader(path)
        info.errors = reader.errors  # the reader appends malformed lines as it goes
        yield from reader
    elif suffix == ".csv":
        with open(path, newline="", encoding="utf-8") as f:
            rows = csv.DictReader(f)
            for row in rows:
                yield rows.line_num, dict(row)
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        n = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                n += 1
                yield n, row
    else:
        raise DataError(f"unsupported file type '{suffix}' (use one of {', '.join(FILE_SUFFIXES)})",
                        path=str(path))


def open_rows(bench: Benchmark, data: str | Path | None) -> tuple[Iterator[tuple[int, dict[str, Any]]], DataInfo]:
    """Row stream and provenance for a benchmark: `data` (a local file) wins over the default source."""
    if data is None and bench.packaged:
        data = packaged_path(bench.packaged)
    if data is not None:
        path = Path(data)
        if not path.exists():
            raise DataError("file not found", path=str(path))
        info = DataInfo(source=str(path), sha256=file_hash(path))
        return _file_rows(path, info), info
    if bench.source is None:
        raise DataError(f"benchmark '{bench.name}' has no default source; pass --data FILE", field="data")
    src = bench.source
    if isinstance(src, URLSource):
        path = src.fetch()
        info = DataInfo(source=src.describe(), sha256=src.sha256, revision=src.revision)
        return _file_rows(path, info), info
    hub = HubRows(src.dataset, src.config, src.split, src.revision)
    info = DataInfo(source=src.describe(), sha256="", revision=src.revision)

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        yield from hub
        info.sha256, info.revision = hub.sha256, hub.revision  # known once every row was read

    return rows(), info


def load_samples(bench: Benchmark, data: str | Path | None = None,
                 columns: dict[str, str] | None = None) -> tuple[Iterator[Sample], DataInfo]:
    """Stream a benchmark's samples. Bad rows go to `info.errors` (file, line, field) and are skipped.

    `columns` maps canonical field names (prompt, expected, category, subcategory, id, ...) to the
    column names of a user's file.
    """
    if bench.parse_row is None:
        raise DataError(f"benchmark '{bench.name}' has no samples of its own (it delegates to {bench.delegate})")
    rows, info = open_rows(bench, data)
    mapping = dict(bench.columns)
    for name, col in (columns or {}).items():
        mapping[name] = (col,)
    path = info.source

    def samples() -> Iterator[Sample]:
        for line, raw in rows:
            info.rows += 1
            row = Row(raw, path, line, mapping)
            try:
                sample = bench.parse_row(row, bench.name)
            except DataError as e:
                info.errors.append(e)
                continue
            if sample is None:
                info.skipped += 1
            elif isinstance(sample, list):
                yield from sample
            else:
                yield sample

    return samples(), info


def expected_from_label(row: Row, name: str, mapping: dict[str, Expected]) -> Expected:
    """Map a label column (e.g. XSTest's safe/unsafe) to the expected behaviour, rejecting other values."""
    value = str(row.get(name)).strip().lower()
    if value not in mapping:
        raise row.error(f"invalid value {value!r} (expected one of {', '.join(sorted(mapping))})", name)
    return mapping[value]
