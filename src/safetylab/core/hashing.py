"""Content keys: stable hashes of JSON-able values and of files, used for resume, caching and provenance."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import orjson


def canonical_json(value: Any) -> bytes:
    """JSON with sorted keys, so equal content always hashes the same."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_SERIALIZE_NUMPY)


def content_key(value: Any, length: int = 16) -> str:
    """Short sha256 of a value's canonical JSON (16 hex digits: collisions are not a concern at our scale)."""
    return hashlib.sha256(canonical_json(value)).hexdigest()[:length]


def file_hash(path: str | Path, chunk: int = 1 << 20) -> str:
    """Full sha256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()
