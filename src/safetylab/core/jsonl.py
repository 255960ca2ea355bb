"""JSONL reading that reports bad lines without losing the good ones, and crash-safe appending."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from safetylab.core.errors import DataError


class JsonlReader:
    """Iterates the objects of a JSONL file; a malformed line becomes a `DataError` in `errors`.

    With `strict=True` the first bad line raises instead. `required` names fields every object must have
    (a missing or null required field is reported with its line number).
    """

    def __init__(self, path: str | Path, required: Sequence[str] = (), strict: bool = False):
        self.path, self.required, self.strict = Path(path), tuple(required), strict
        self.errors: list[DataError] = []
        if not self.path.exists():
            raise DataError("file not found", path=str(self.path))

    def _bad(self, message: str, line: int, field: str | None = None) -> None:
        err = DataError(message, path=str(self.path), line=line, field=field)
        if self.strict:
            raise err
        self.errors.append(err)

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        with open(self.path, "rb") as f:
            for lineno, raw in enumerate(f, start=1):
                if not raw.strip():
                    continue
                try:
                    obj = orjson.loads(raw)
                except orjson.JSONDecodeError as e:
                    self._bad(f"invalid JSON ({e})", lineno)
                    continue
                if not isinstance(obj, dict):
                    self._bad(f"expected a JSON object, got {type(obj).__name__}", lineno)
                    continue
                missing = [k for k in self.required if obj.get(k) is None]
                if missing:
                    self._bad("missing required field", lineno, field=missing[0])
                    continue
                yield lineno, obj


def repair_torn_tail(path: Path) -> int:
    """Drop a partial last line left by a killed writer; returns the bytes removed."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with open(path, "rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return 0
        # Walk back to the previous newline in blocks.
        pos, keep = size, 0
        while pos > 0:
            step = min(65536, pos)
            pos -= step
            f.seek(pos)
            block = f.read(step)
            idx = block.rfind(b"\n")
            if idx >= 0:
                keep = pos + idx + 1
                break
        f.truncate(keep)
        return size - keep


class JsonlAppender:
    """Appends one JSON object per line and flushes each, so a kill -9 loses at most the line in flight."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        repair_torn_tail(self.path)
        self._f = open(self.path, "ab")

    def write(self, obj: dict[str, Any]) -> None:
        self._f.write(orjson.dumps(obj, option=orjson.OPT_SERIALIZE_NUMPY) + b"\n")
        self._f.flush()

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> JsonlAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_jsonl(path: str | Path, rows: Sequence[dict[str, Any]]) -> None:
    """Write a whole file at once (for small outputs); parents are created."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        for row in rows:
            f.write(orjson.dumps(row, option=orjson.OPT_SERIALIZE_NUMPY) + b"\n")
