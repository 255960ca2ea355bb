"""WildGuard's three moderation tasks and their label strings: the vocabulary guards, benchmarks and
metrics share."""

from __future__ import annotations

from typing import Literal

TaskName = Literal["prompt_harm", "response_refusal", "response_harm"]
TASKS: tuple[TaskName, ...] = ("prompt_harm", "response_refusal", "response_harm")
# Label values use WildGuardMix's strings; the first of each pair is the positive class.
LABELS: dict[str, tuple[str, str]] = {
    "prompt_harm": ("harmful", "unharmful"),
    "response_refusal": ("refusal", "compliance"),
    "response_harm": ("harmful", "unharmful"),
}
