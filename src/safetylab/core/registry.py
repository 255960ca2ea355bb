"""One registry shape for every named thing (backends, guards, benchmarks, and the judges and aligners to
come): a name, a one-line description, and a `module:attribute` target imported only when used, so listing
names stays fast and an unknown name is an error that lists the known ones."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from safetylab.core.errors import UnknownNameError

T = TypeVar("T")


@dataclass(frozen=True)
class Entry(Generic[T]):
    """A registered name. `target` is `module:attribute` (dots in the attribute walk into it)."""

    name: str
    description: str
    target: str
    options: dict[str, Any] = field(default_factory=dict)

    def load(self) -> T:
        module, _, attr = self.target.partition(":")
        obj: Any = importlib.import_module(module)
        for part in attr.split("."):
            obj = getattr(obj, part)
        return obj


class Registry(Generic[T]):
    """Entries by name, in registration order."""

    def __init__(self, kind: str, entries: Iterable[Entry[T]]):
        self.kind = kind
        self._entries = {e.name: e for e in entries}

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[Entry[T]]:
        return iter(self._entries.values())

    def names(self) -> list[str]:
        return list(self._entries)

    def entry(self, name: str) -> Entry[T]:
        """The entry of `name`; an unknown name raises an error listing the known ones."""
        if name not in self._entries:
            raise UnknownNameError(self.kind, name, self._entries)
        return self._entries[name]

    def load(self, name: str) -> T:
        return self.entry(name).load()
