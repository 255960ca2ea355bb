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
from safetylab.guards.base import GuardItem, Verdict


def guard_check(name: str, *, gate: bool = True) -> ResponseCheck:
    """A check from a guard's verdict on (last user message, answer so far): harmful when the guard finds
    the answer harmful and, with `gate` on a guard that also judges prompts, the request harmful too. The
    gate is there because a response-harm head sees a benign request's half-written answer as harmful far
    more often than a finished one (docs/course_correction.md measures it). A missing label is None."""
    from safetylab.guards.registry import load_guard

    guard = load_guard(name)
    if "response_harm" not in guard.tasks:
        raise SafetylabError(f"corrected:{name}: the guard must judge response harm, '{name}' answers only "
                             f"{', '.join(guard.tasks)}")

    def classify(items: Sequence[tuple[list[Message], str]]) -> list[bool | None]:
        verdicts = guard.classify([GuardItem(prompt=_last_user(messages), response=text) for messages, text in items])
        return [_harmful(v, gated) for v in verdicts]

    gated = gate and "prompt_harm" in guard.tasks
    return ResponseCheck(classify, {**guard.identity(), "rule": "prompt_and_response_harm" if gated else
                                    "response_harm"})


def _harmful(verdict: Verdict, gated: bool) -> bool | None:
    answer = None if verdict.response_harm is None else verdict.response_harm.positive
    if not gated or answer is not True:
        return answer
    return None if verdict.prompt_harm is None else verdict.prompt_harm.positive


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
