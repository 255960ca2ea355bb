"""Model names that need a guard: `corrected:GUARD[@EVERY]:MODEL` checks its answers with a guard, which
the backends layer cannot load (guards sit above it). `load_model` and `check_model` are `load_backend`
and `check_model` with the guard names resolved here; every command that takes `--model` uses them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from safetylab.backends.base import Backend
from safetylab.backends.corrected import ResponseCheck
from safetylab.core.errors import SafetylabError
from safetylab.core.messages import Message


def guard_check(name: str) -> ResponseCheck:
    """A check from a guard's response-harm verdict on (last user message, answer so far); a verdict
    without a response-harm label (a parse error) is None."""
    from safetylab.guards.base import GuardItem
    from safetylab.guards.registry import load_guard

    guard = load_guard(name)
    if "response_harm" not in guard.tasks:
        raise SafetylabError(f"corrected:{name}: the guard must judge response harm, '{name}' answers only "
                             f"{', '.join(guard.tasks)}")

    def classify(items: Sequence[tuple[list[Message], str]]) -> list[bool | None]:
        verdicts = guard.classify([GuardItem(prompt=_last_user(messages), response=text) for messages, text in items])
        return [None if v.response_harm is None else v.response_harm.positive for v in verdicts]

    return ResponseCheck(classify, guard.identity())


def _last_user(messages: list[Message]) -> str:
    return next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")


def check_model(name: str) -> None:
    """The backends' name check plus the guard of every `corrected:` in the name."""
    from safetylab.backends.registry import check_model as check_backend
    from safetylab.backends.registry import wrapper_arguments
    from safetylab.guards.registry import check_guard

    check_backend(name)
    for scheme, argument in wrapper_arguments(name):
        if scheme == "corrected" and argument is not None:
            check_guard(argument.partition("@")[0])


def load_model(name: str, **kwargs: Any) -> Backend:
    """`load_backend` that can build `corrected:` models (their guards resolved by `guard_check`)."""
    from safetylab.backends.registry import load_backend

    check_model(name)
    return load_backend(name, checks=guard_check, **kwargs)
