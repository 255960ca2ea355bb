"""Whole-file writes that readers never see half done."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from safetylab.core.errors import SafetylabError


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
    except OSError as e:
        if e.filename in (str(tmp), tmp):  # name the file the user asked for, not our temporary one
            raise OSError(e.errno, e.strerror, str(target)) from None
        raise
    finally:
        with contextlib.suppress(OSError):  # a failed cleanup must not hide why the write failed
            tmp.unlink(missing_ok=True)


def check_writable(path: str | Path, *, is_dir: bool) -> None:
    """Fail before any work when `path` (a directory to write files into, or a file to create or append
    to) cannot be written: a file where a directory must be or the other way round, or no write permission.
    Checked up front, so a long run never dies at its first write."""
    path = Path(path)
    kind = "directory" if is_dir else "file"
    if path.exists() and path.is_dir() != is_dir:
        raise SafetylabError(f"{path} is {'a file' if is_dir else 'a directory'}; the output must be a {kind}")
    existing = path if is_dir else path.parent  # the directory new files go into, or its first ancestor
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise SafetylabError(f"cannot create the output {kind} {path}: {existing} is a file, not a directory")
    if not os.access(existing, os.W_OK | os.X_OK) or (path.is_file() and not os.access(path, os.W_OK)):
        raise SafetylabError(f"cannot write the output {kind} {path}: no write permission in {existing}")
