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


def parse_options(texts: list[str] | None) -> dict[str, Any]:
    """`--option KEY=VALUE` (guard eval, moderate) and `--judge-option KEY=VALUE` (eval) flags as keyword
    arguments: VALUE read as JSON where it is JSON (numbers, booleans), else kept as a string; dashes in KEY
    become underscores."""
    import orjson

    from safetylab.core.errors import SafetylabError

    out: dict[str, Any] = {}
    for text in texts or []:
        key, sep, value = text.partition("=")
        if not sep or not key:
            raise SafetylabError(f"an option needs KEY=VALUE, got '{text}'")
        try:
            out[key.replace("-", "_")] = orjson.loads(value)
        except orjson.JSONDecodeError:
            out[key.replace("-", "_")] = value  # a plain string
    return out
