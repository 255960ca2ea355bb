"""Settings built from command-line flags: a value the config class refuses is a usage error naming the flag
(the config class holds the constraints; the CLI does not repeat them)."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def from_flags(cls: type[T], **values: Any) -> T:
    """`cls(**values)`, with pydantic's validation errors turned into one `error:` line per bad flag."""
    from pydantic import ValidationError

    from safetylab.core.errors import SafetylabError

    try:
        return cls(**values)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            flag = "--" + "-".join(str(p) for p in err["loc"][:1]).replace("_", "-") if err["loc"] else None
            problems.append(f"{flag}: {err['msg']}" if flag else err["msg"].removeprefix("Value error, "))
        raise SafetylabError("; ".join(problems)) from None
