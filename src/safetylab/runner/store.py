"""The run directory: a manifest plus one append-only JSONL per stage, keyed by content hash.

Rerunning the same command on the same directory resumes: records whose key is already in a stage file
are skipped, a line torn by a kill -9 is dropped, and every record ends up in the file exactly once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from safetylab.core.errors import SafetylabError
from safetylab.core.files import atomic_path
from safetylab.core.hashing import canonical_json
from safetylab.core.jsonl import JsonlAppender, JsonlReader, repair_torn_tail
from safetylab.runner.provenance import environment

MANIFEST = "manifest.json"


class StageFile:
    """One stage's JSONL: knows which keys are done and appends new records with their key."""

    def __init__(self, path: Path, key_field: str = "key"):
        self.path, self.key_field = path, key_field
        repair_torn_tail(path)
        self.done: set[str] = set()
        if path.exists():
            for _, rec in JsonlReader(path):
                self.done.add(rec[key_field])
        self._out: JsonlAppender | None = None

    def __contains__(self, key: str) -> bool:
        return key in self.done

    def append(self, record: dict[str, Any]) -> None:
        key = record[self.key_field]
        if key in self.done:
            return
        if self._out is None:
            self._out = JsonlAppender(self.path)
        self._out.write(record)
        self.done.add(key)

    def records(self) -> Iterator[dict[str, Any]]:
        if self.path.exists():
            for _, rec in JsonlReader(self.path):
                yield rec

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


class RunStore:
    """A run directory. `config` is the resolved configuration; reopening with a different one is refused
    (it would mix results of different settings) unless `overwrite_config=True`."""

    def __init__(self, root: str | Path, config: dict[str, Any] | None = None, *,
                 overwrite_config: bool = False, manifest_name: str = MANIFEST):
        self.root = Path(root)
        self.manifest_name = manifest_name
        self.root.mkdir(parents=True, exist_ok=True)
        self._stages: dict[str, StageFile] = {}
        self.manifest = self._load_manifest()
        if config is not None:
            old = self.manifest.get("config")
            if old is not None and canonical_json(old) != canonical_json(config) and not overwrite_config:
                raise SafetylabError(
                    f"{self.root} already holds a run with other settings; use another --out directory "
                    f"(differences: {_diff(old, config)})")
            self.manifest["config"] = config
        self.manifest.setdefault("created", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
        self.manifest["environment"] = environment()
        self.save_manifest()

    @property
    def manifest_path(self) -> Path:
        return self.root / self.manifest_name

    def _load_manifest(self) -> dict[str, Any]:
        if self.manifest_path.exists():
            return orjson.loads(self.manifest_path.read_bytes())
        return {}

    def save_manifest(self) -> None:
        self.manifest["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        with atomic_path(self.manifest_path) as tmp:
            tmp.write_bytes(orjson.dumps(self.manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))

    def update(self, section: str, values: dict[str, Any]) -> None:
        """Merge values into a manifest section (e.g. `data`, `counts`, `seeds`) and save."""
        self.manifest.setdefault(section, {}).update(values)
        self.save_manifest()

    def stage(self, name: str) -> StageFile:
        if name not in self._stages:
            self._stages[name] = StageFile(self.root / f"{name}.jsonl")
        return self._stages[name]

    def close(self) -> None:
        for s in self._stages.values():
            s.close()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _diff(old: dict[str, Any], new: dict[str, Any]) -> str:
    keys = sorted(k for k in set(old) | set(new) if canonical_json(old.get(k)) != canonical_json(new.get(k)))
    return ", ".join(f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in keys[:5])
