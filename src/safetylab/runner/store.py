"""The run directory: a manifest plus one append-only JSONL per stage, keyed by content hash.

The store owns every file name and every record key: stages ask it for their file and for the key of what
they are about to write, and never read a key from their input. Rerunning the same command on the same
directory resumes: records whose key is already done are skipped, a failed record (generation error) is
retried, a line torn by a kill -9 is dropped, and every record is counted exactly once. Nothing is written
until the first record or manifest update, so a command that fails its checks leaves no trace.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import orjson

from safetylab.core.errors import SafetylabError
from safetylab.core.files import atomic_path, check_writable
from safetylab.core.hashing import canonical_json, content_key
from safetylab.core.jsonl import JsonlAppender, JsonlReader, repair_torn_tail
from safetylab.core.provenance import environment
from safetylab.runner.records import (
    CorrectionRecord,
    GenerationRecord,
    JudgeRecord,
    Manifest,
    RunRecord,
    Scores,
)

MANIFEST = "manifest.json"
GENERATIONS = "generate"
SCORES = "scores.json"
REPORT_DIR = "report"

R = TypeVar("R", bound=RunRecord)


class StageFile(Generic[R]):
    """One stage's JSONL of `record_type` records. A key is done once a record for it has not failed; the
    last failed record of a key that never succeeded is kept (and retried on resume)."""

    def __init__(self, path: Path, record_type: type[R], on_first_write: Callable[[], None] = lambda: None):
        self.path, self.record_type, self._on_first_write = path, record_type, on_first_write
        if path.exists():
            repair_torn_tail(path)
        self.done: set[str] = set()
        self._failed: set[str] = set()
        for rec in self._raw():
            self._count(rec["key"], rec.get("error") is not None)
        self._out: JsonlAppender | None = None

    def _count(self, key: str, failed: bool) -> None:
        if not failed:
            self.done.add(key)
            self._failed.discard(key)
        elif key not in self.done:
            self._failed.add(key)

    def _raw(self) -> Iterator[dict[str, Any]]:
        if self.path.exists():
            for _, rec in JsonlReader(self.path):
                yield rec

    def __contains__(self, key: str) -> bool:
        return key in self.done

    @property
    def failed(self) -> int:
        """Keys whose every record so far failed."""
        return len(self._failed)

    def append(self, record: R) -> None:
        key = record.key
        if key in self.done:
            return
        if self._out is None:
            self._on_first_write()
            self._out = JsonlAppender(self.path)
        self._out.write(record.model_dump(mode="json"))
        self._count(key, record.failed)

    def records(self) -> Iterator[R]:
        """Each key's record once: its success, or else its latest failure."""
        last_failure: dict[str, int] = {}
        for i, rec in enumerate(self._raw()):
            if rec.get("error") is not None and rec["key"] in self._failed:
                last_failure[rec["key"]] = i
        seen: set[str] = set()
        for i, rec in enumerate(self._raw()):
            if rec["key"] not in seen and (rec.get("error") is None or last_failure.get(rec["key"]) == i):
                seen.add(rec["key"])
                yield self.record_type.model_validate(rec)

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


class RunStore:
    """A run directory (or, with `name`, one output file `NAME.jsonl` and its `NAME.manifest.json`).

    `config` is the resolved configuration; reopening with a different one is refused (it would mix results
    of different settings) unless `overwrite_config=True`.
    """

    def __init__(self, root: str | Path, config: dict[str, Any] | None = None, *,
                 overwrite_config: bool = False, name: str | None = None):
        self.root, self.name = Path(root), name
        self._stages: dict[str, StageFile[Any]] = {}
        self.manifest = Manifest.model_validate(orjson.loads(self.manifest_path.read_bytes())) \
            if self.manifest_path.exists() else Manifest()
        if config is not None:
            old = self.manifest.config
            if old is not None and canonical_json(old) != canonical_json(config) and not overwrite_config:
                raise SafetylabError(
                    f"{self.root} already holds a run with other settings; use another --out directory "
                    f"(differences: {_diff(old, config)})")
            self.manifest.config = config
            # a run about to write: refuse an output it cannot write before any model is loaded
            check_writable(self.root, is_dir=True)
            if name is not None:
                check_writable(self.root / f"{name}.jsonl", is_dir=False)
        self._started = self.manifest_path.exists()

    # ----------------------------------------------------------------------------------------- file names

    @property
    def manifest_path(self) -> Path:
        return self.root / (f"{self.name}.manifest.json" if self.name else MANIFEST)

    @property
    def scores_path(self) -> Path:
        return self.root / SCORES

    @property
    def report_dir(self) -> Path:
        return self.root / REPORT_DIR

    def guard_eval_path(self, judge: str) -> Path:
        return self.root / f"guard_eval.{judge}.json"

    # -------------------------------------------------------------------------------------------- keys

    @staticmethod
    def line_key(line: int, obj: Any) -> str:
        """Key of an input-file line: its number and content (identical lines each get their own record;
        an `id` or `key` field in the input is content like any other)."""
        return content_key({"line": line, "input": obj})

    @staticmethod
    def judge_key(gen_key: str, identity: dict[str, Any]) -> str:
        """Key of a judgement: the generation and the judge's identity (a changed judge judges again)."""
        return content_key({"gen": gen_key, "judge": identity})

    # ------------------------------------------------------------------------------------------ stages

    def stage(self, stem: str, record_type: type[R]) -> StageFile[R]:
        """`<stem>.jsonl` of `record_type` records (the stages named below, or a tool's own files)."""
        if stem not in self._stages:
            self._stages[stem] = StageFile(self.root / f"{stem}.jsonl", record_type, self._start)
        return self._stages[stem]

    def generations(self) -> StageFile[GenerationRecord]:
        return self.stage(self.name or GENERATIONS, GenerationRecord)

    def judgements(self, judge: str) -> StageFile[JudgeRecord]:
        return self.stage(f"judge.{judge}", JudgeRecord)

    def corrections(self, judge: str) -> StageFile[CorrectionRecord]:
        return self.stage(f"correction.{judge}", CorrectionRecord)

    def output(self, record_type: type[R]) -> StageFile[R]:
        """The single output file of a named store (`moderate --output`, `generate --out`)."""
        if self.name is None:
            raise SafetylabError("only a named store has a single output file")
        return self.stage(self.name, record_type)

    def judge_labels(self) -> list[str]:
        """Judges with a judgement file in this run."""
        return [label for label in sorted(self.manifest.judges)
                if (self.root / f"judge.{label}.jsonl").exists()]

    def correction_labels(self) -> list[str]:
        """Correction judges with a judgement file in this run."""
        return [label for label in sorted(self.manifest.judges)
                if (self.root / f"correction.{label}.jsonl").exists()]

    # ---------------------------------------------------------------------------------------- manifest

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self.save_manifest()

    def save_manifest(self) -> None:
        now = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        self.manifest.created = self.manifest.created or now
        self.manifest.updated = now
        self.manifest.environment = environment()
        self.root.mkdir(parents=True, exist_ok=True)
        self._started = True
        with atomic_path(self.manifest_path) as tmp:
            tmp.write_bytes(orjson.dumps(self.manifest.model_dump(mode="json", exclude_defaults=True),
                                         option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))

    def update(self, section: str, values: dict[str, Any]) -> None:
        """Merge values into a manifest section (e.g. `data`, `counts`, `judges`) and save."""
        getattr(self.manifest, section).update(values)
        self.save_manifest()

    # ------------------------------------------------------------------------------------------ scores

    def write_guard_eval(self, judge: str, report: dict[str, Any]) -> None:
        self._start()
        self.guard_eval_path(judge).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))

    def read_guard_eval(self, judge: str) -> dict[str, Any] | None:
        path = self.guard_eval_path(judge)
        return orjson.loads(path.read_bytes()) if path.exists() else None

    def write_scores(self, scores: Scores) -> None:
        self._start()
        with atomic_path(self.scores_path) as tmp:
            tmp.write_bytes(orjson.dumps(scores.model_dump(mode="json"), option=orjson.OPT_INDENT_2))

    def read_scores(self) -> Scores:
        if not self.scores_path.exists():
            raise SafetylabError(f"{self.root} has no {SCORES} (run `safetylab eval --stage score --out "
                                 f"{self.root}` first)")
        return Scores.model_validate(orjson.loads(self.scores_path.read_bytes()))

    def close(self) -> None:
        for s in self._stages.values():
            s.close()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_existing(root: str | Path) -> RunStore:
    """A run directory that must already hold a run (report, merge, re-judge)."""
    store = RunStore(root)
    if store.manifest.config is None:
        raise SafetylabError(f"{root} is not a run directory (no {MANIFEST} with a config)")
    return store


def _diff(old: dict[str, Any], new: dict[str, Any]) -> str:
    keys = sorted(k for k in set(old) | set(new) if canonical_json(old.get(k)) != canonical_json(new.get(k)))
    return ", ".join(f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in keys[:5])
