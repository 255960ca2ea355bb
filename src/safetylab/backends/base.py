"""The backend protocol: async batched generation with typed results, plus capability flags.

Every model safetylab talks to (local transformers, an OpenAI-compatible server, in-process vLLM, and the
wrappers that steer or system-prompt them) implements `Backend`. Stages only ever call `agenerate`
(or `generate` from sync code), so a benchmark runs unchanged on any of them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from safetylab.core.messages import Message
from safetylab.core.records import GenerationRequest, GenerationResult


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do beyond plain generation."""

    chat: bool = True  # applies a chat template to `messages`
    prefill: bool = False  # continues an open assistant message at token level
    logprobs: bool = False  # `score()` works
    hooks: bool = False  # exposes decoder layers for forward hooks (steering, capture)
    weights: bool = False  # exposes the torch model's weights (task vectors)


class Backend(ABC):
    """Async batched generation. Subclasses set `name` and `capabilities` and implement `agenerate`."""

    name: str = "backend"
    capabilities: Capabilities = Capabilities()

    @abstractmethod
    async def agenerate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """Generate for every request; one result per request, in order. Failures go in `result.error`."""

    def identity(self) -> dict[str, Any]:
        """What identifies this model for caching and provenance (name, revision, weights hash...)."""
        return {"backend": type(self).__name__, "name": self.name}

    @property
    def context_length(self) -> int | None:
        """Maximum prompt + completion tokens, where known."""
        return None

    def score(self, messages: list[Message], continuation: str) -> list[float]:
        """Log-probabilities of each token of `continuation` after the (chat) prompt `messages`."""
        raise NotImplementedError(f"{self.name} does not support scoring (capabilities.logprobs is False)")

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """Sync facade for scripts and notebooks (works inside a running event loop too)."""
        return run_sync(self.agenerate(requests))

    def close(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing to free
        """Free resources (connections, GPU memory)."""

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_sync(coro: Any) -> Any:
    """Run a coroutine to completion from sync code, even when called inside a running loop (Jupyter)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
