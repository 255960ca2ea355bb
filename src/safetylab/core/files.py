"""Whole-file writes that readers never see half done."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to; it replaces `target` when the block ends without error
    and is removed otherwise. The name is per process, so two runs writing the same file at once (two
    training jobs sharing a cache or a data split) never write into one temporary file."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
