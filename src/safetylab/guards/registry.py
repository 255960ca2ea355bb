"""Guard names → guards. Heavy modules are imported only when their guard is loaded."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from safetylab.core.errors import SafetylabError, UnknownNameError
from safetylab.guards.base import Guard


@dataclass(frozen=True)
class GuardEntry:
    name: str
    description: str
    target: str  # "module:Class"
    takes_model: bool = True

    def load(self) -> type[Guard]:
        module, _, cls = self.target.partition(":")
        return getattr(importlib.import_module(module), cls)


GUARDS: dict[str, GuardEntry] = {e.name: e for e in (
    GuardEntry("compact", "embedded default: MiniLM sentence encoder + trained heads, all 3 tasks with "
               "probabilities, CPU-fast (--guard-model: a trained heads dir)",
               "safetylab.guards.compact:CompactGuard"),
    GuardEntry("wildguard", "WildGuard format, all 3 tasks (--guard-model: any backend name; default "
               "hf:allenai/wildguard); probabilities on hf backends", "safetylab.guards.wildguard:WildGuardGuard"),
    GuardEntry("llamaguard3", "Llama Guard 3 (S1-S14): prompt and response harm (--guard-model default "
               "hf:meta-llama/Llama-Guard-3-8B); P(unsafe) on hf backends",
               "safetylab.guards.llamaguard:LlamaGuard3Guard"),
    GuardEntry("keyword", "refusal phrase match, response_refusal only (a baseline)",
               "safetylab.guards.keyword:KeywordGuard", takes_model=False),
    GuardEntry("rubric", "CoCoNot rubric LLM judge, response_refusal (--guard-model: the judge model)",
               "safetylab.guards.rubric:RubricGuard"),
    GuardEntry("cues", "offline CoCoNot judge: compact's refusal verdict or a cue of the subcategory's expected "
               "noncompliance (clarifying question, capability limit, ...); response_refusal",
               "safetylab.guards.cues:CuesGuard"),
)}


def list_guards() -> list[tuple[str, str]]:
    """(name, description) of every guard."""
    return [(e.name, e.description) for e in GUARDS.values()]


def load_guard(name: str, model: str | None = None, **kwargs: Any) -> Guard:
    """Build a guard by name; `model` is the guard model where the guard has one (a backend name for the
    generative guards, a weights directory for `compact`)."""
    entry = GUARDS.get(name)
    if entry is None:
        raise UnknownNameError("guard", name, GUARDS)
    if model is not None and not entry.takes_model:
        raise SafetylabError(f"guard '{name}' takes no model (got --guard-model {model})")
    cls = entry.load()
    return cls(model=model, **kwargs) if entry.takes_model else cls(**kwargs)
