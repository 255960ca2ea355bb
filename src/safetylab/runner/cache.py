"""A SQLite cache of generations shared across runs (JSON values, never pickle).

Key: the backend's identity + the request's content key (messages or prompt + decoding settings).
Sampled generations without a seed are not cached: they are not meant to repeat.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import orjson

from safetylab.core.hashing import content_key
from safetylab.core.paths import cache_dir
from safetylab.core.records import GenerationRequest, GenerationResult


def cache_key(identity: dict[str, Any], request: GenerationRequest) -> str:
    return content_key({"model": identity, "request": request.key()}, length=32)


def cacheable(request: GenerationRequest) -> bool:
    return request.config.greedy or request.config.seed is not None


class GenerationCache:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else cache_dir() / "generations.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS generations (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._db.commit()

    def get(self, identity: dict[str, Any], request: GenerationRequest) -> GenerationResult | None:
        if not cacheable(request):
            return None
        with self._lock:
            row = self._db.execute("SELECT value FROM generations WHERE key = ?",
                                   (cache_key(identity, request),)).fetchone()
        if row is None:
            return None
        result = GenerationResult.model_validate(orjson.loads(row[0]))
        return result.model_copy(update={"request_id": request.id, "cached": True})

    def put(self, identity: dict[str, Any], request: GenerationRequest, result: GenerationResult) -> None:
        if result.error is not None or not cacheable(request):
            return
        value = orjson.dumps(result.model_dump(mode="json"))
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO generations (key, value) VALUES (?, ?)",
                             (cache_key(identity, request), value))
            self._db.commit()

    def close(self) -> None:
        self._db.close()
