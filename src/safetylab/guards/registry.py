"""Guard names → guards. Heavy modules are imported only when their guard is loaded."""

from __future__ import annotations

from typing import Any

from safetylab.core.errors import SafetylabError
from safetylab.core.registry import Entry, Registry
from safetylab.guards.base import Guard

GUARDS: Registry[type[Guard]] = Registry("guard", (
    Entry("compact", "embedded default: MiniLM sentence encoder + trained heads, all 3 tasks with "
          "probabilities, CPU-fast (--guard-model: a trained heads dir)",
          "safetylab.guards.compact.guard:CompactGuard"),
    Entry("wildguard", "WildGuard format, all 3 tasks (--guard-model: any backend name; default "
          "hf:allenai/wildguard); probabilities on hf backends", "safetylab.guards.wildguard:WildGuardGuard"),
    Entry("llamaguard3", "Llama Guard 3 (S1-S14): prompt and response harm (--guard-model default "
          "hf:meta-llama/Llama-Guard-3-8B); P(unsafe) on hf backends",
          "safetylab.guards.llamaguard:LlamaGuard3Guard"),
    Entry("keyword", "refusal phrase match, response_refusal only (a baseline)",
          "safetylab.guards.keyword:KeywordGuard", {"takes_model": False}),
    Entry("rubric", "CoCoNot rubric LLM judge, response_refusal (--guard-model: the judge model)",
          "safetylab.guards.rubric:RubricGuard"),
    Entry("cues", "offline CoCoNot judge: compact's refusal verdict or a cue of the subcategory's expected "
          "noncompliance (clarifying question, capability limit, ...); response_refusal",
          "safetylab.guards.cues:CuesGuard"),
))


def takes_model(name: str) -> bool:
    return GUARDS.entry(name).options.get("takes_model", True)


def list_guards() -> list[tuple[str, str]]:
    """(name, description) of every guard."""
    return [(e.name, e.description) for e in GUARDS]


def check_guard(name: str, model: str | None = None) -> None:
    """Raise a clear error for an unknown guard or a model given to a guard that takes none."""
    GUARDS.entry(name)
    if model is not None and not takes_model(name):
        raise SafetylabError(f"guard '{name}' takes no model (got --guard-model {model})")


def load_guard(name: str, model: str | None = None, **kwargs: Any) -> Guard:
    """Build a guard by name; `model` is the guard model where the guard has one (a backend name for the
    generative guards, a weights directory for `compact`). Unknown options are errors."""
    check_guard(name, model)
    cls = GUARDS.load(name)
    try:
        return cls(model=model, **kwargs) if takes_model(name) else cls(**kwargs)
    except TypeError as e:
        if "unexpected keyword argument" in str(e):
            raise SafetylabError(f"guard '{name}' does not take that option ({e})") from None
        raise
