"""Errors users see. Each names what went wrong and where, so a bad line in a big file is easy to fix."""

from __future__ import annotations

from collections.abc import Iterable


class SafetylabError(Exception):
    """Base class of every error safetylab raises on purpose (the CLI prints these without a traceback and
    exits with `exit_code`: 2 for a usage error, 1 when items failed)."""

    exit_code = 2


class DataError(SafetylabError):
    """Bad input data: names the file, the 1-based line (or row) and the field."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None):
        self.path, self.line, self.field, self.reason = path, line, field, message
        where = ":".join(str(p) for p in (path, line) if p is not None)
        parts = [where] if where else []
        if field is not None:
            parts.append(f"field '{field}'")
        super().__init__(f"{', '.join(parts)}: {message}" if parts else message)


class ItemsFailedError(SafetylabError):
    """The command ran, but some (or all) of its items failed; the summary says how many (exit code 1)."""

    exit_code = 1


class UnknownNameError(SafetylabError):
    """A model, guard or benchmark name that no registry knows; lists the known ones."""

    def __init__(self, kind: str, name: str, known: Iterable[str]):
        self.kind, self.name, self.known = kind, name, sorted(known)
        super().__init__(f"unknown {kind} '{name}'. Known {kind}s: {', '.join(self.known)}")


class MissingDependencyError(SafetylabError):
    """An optional library or packaged model is not installed; the message says how to install it."""

    def __init__(self, what: str, install: str):
        self.what, self.install = what, install
        super().__init__(f"{what} is not installed. Install it with: {install}")


class BackendError(SafetylabError):
    """A backend failed in a way retrying will not fix (bad request, auth, unknown model)."""
