"""Rows of a Hugging Face dataset, streamed with a content hash and the exact commit they came from.

Shared by benchmark loaders and guard data so both record the same provenance: the sha256 covers the
canonical JSON of every row read (not the spec that named them), and a branch or tag such as `main` is
resolved to the commit it pointed at, where the Hub can be asked.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safetylab.core.errors import DataError, MissingDependencyError
from safetylab.core.hashing import canonical_json

_COMMIT = re.compile(r"^[0-9a-f]{40}$")


def resolve_revision(dataset: str, revision: str | None) -> str | None:
    """The commit sha a revision names; the revision itself when it is one already or the Hub can't say
    (offline, a local folder)."""
    if revision and _COMMIT.match(revision):
        return revision
    try:
        from huggingface_hub import HfApi

        return HfApi().dataset_info(dataset, revision=revision, timeout=10).sha or revision
    except Exception:  # noqa: BLE001 - provenance is best effort; loading reports real failures
        return revision


@dataclass
class HubRows:
    """Iterate for `(row number, row)`; `sha256` is complete once iteration ends."""

    dataset: str
    config: str | None = None
    split: str = "test"
    revision: str | None = None
    _hash: Any = field(default_factory=hashlib.sha256, repr=False)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            import datasets
        except ImportError:
            raise MissingDependencyError("the `datasets` library", "pip install 'safetylab[train]'") from None
        try:
            ds = datasets.load_dataset(self.dataset, self.config, split=self.split, revision=self.revision)
        except Exception as e:  # offline, gated, unknown id...: one clear error naming the source
            raise DataError(f"cannot load dataset ({type(e).__name__}: {e})", path=self.dataset) from e
        self.revision = resolve_revision(self.dataset, self.revision)
        for i, row in enumerate(ds, start=1):
            self._hash.update(canonical_json(row) + b"\n")
            yield i, row


@contextmanager
def quiet_local_load(path: str | Path) -> Iterator[None]:
    """Hide transformers' per-tensor "Loading weights" bars while loading from a local folder (nothing is
    downloaded, so they only add noise to stderr); downloads from the Hub keep their progress bars."""
    from transformers.utils import logging as hf_logging

    if not Path(path).is_dir() or not hf_logging.is_progress_bar_enabled():
        yield
        return
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.enable_progress_bar()
