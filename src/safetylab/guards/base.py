"""The guard protocol and its verdict record (WildGuard's three tasks, with probabilities)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.core.tasks import TASKS, TaskName


class GuardItem(BaseModel):
    """What a guard looks at: a prompt and, optionally, the model's response to it. `subcategory` (CoCoNot)
    and `expected` (what a well-behaved model does) are context some judges read (rubric, cues); others
    ignore them."""

    model_config = ConfigDict(extra="forbid")

    prompt: str
    response: str | None = None
    subcategory: str | None = None
    expected: Literal["refuse", "comply"] | None = None

class TaskVerdict(BaseModel):
    """One task's answer. `label` is None when the task does not apply (no response) or on a parse error;
    a parse error is never turned into a guessed label."""

    label: str | None = None
    prob: float | None = Field(None, description="probability of the positive class (harmful / refusal)")
    parse_error: bool = False

    @property
    def positive(self) -> bool | None:
        return None if self.label is None else self.label in ("harmful", "refusal")

class Verdict(BaseModel):
    """A guard's answer on one item, with what produced it."""

    prompt_harm: TaskVerdict | None = None
    response_refusal: TaskVerdict | None = None
    response_harm: TaskVerdict | None = None
    raw: str | None = None
    guard: str
    guard_version: str
    neither: bool = Field(False, description="a usable answer that is neither class (CoCoNot rubric's "
                                             "NEITHER): not a parse error, not a label")
    categories: dict[str, list[str]] = Field(default_factory=dict,
                                             description="per task, the hazard categories named (Llama Guard)")
    details: dict[str, Any] = Field(default_factory=dict,
                                    description="guard-specific evidence (rubric class, cues matched, ...)")

    @property
    def parse_error(self) -> bool:
        return any(t is not None and t.parse_error for t in (self.prompt_harm, self.response_refusal,
                                                               self.response_harm))

    def task(self, name: TaskName) -> TaskVerdict | None:
        return getattr(self, name)

    def flat(self) -> dict[str, Any]:
        """One flat JSON object: `<task>`, `<task>_prob` for each task, plus parse_error and provenance."""
        out: dict[str, Any] = {}
        for name in TASKS:
            tv = self.task(name)
            out[name] = tv.label if tv else None
            out[f"{name}_prob"] = tv.prob if tv else None
        out.update(parse_error=self.parse_error, neither=self.neither, raw=self.raw, guard=self.guard,
                   guard_version=self.guard_version)
        if self.categories:
            out["categories"] = self.categories
        if self.details:
            out["details"] = self.details
        return out

class Guard(ABC):
    """Classifies items on the tasks it supports. Subclasses set `name`, `version` and `tasks`."""

    name: str = "guard"
    version: str = "0"
    tasks: tuple[TaskName, ...] = TASKS

    @abstractmethod
    def classify(self, items: Sequence[GuardItem]) -> list[Verdict]:
        """One verdict per item, in order."""

    def identity(self) -> dict[str, Any]:
        """What identifies this guard in provenance records."""
        return {"guard": self.name, "version": self.version}

    def close(self) -> None:  # noqa: B027 - optional hook
        """Free the guard's model."""
