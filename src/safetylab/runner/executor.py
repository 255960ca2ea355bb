"""Streams requests through a backend in chunks, with the cache in front and a record per result.

Requests are consumed lazily and results are handed to `on_result` as each chunk finishes, so memory stays
flat however many samples a run has. The caller decides what is already done (resume) and where results go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from safetylab.backends.base import Backend, run_sync
from safetylab.core.progress import progress_bar
from safetylab.core.records import GenerationRequest, GenerationResult
from safetylab.runner.cache import GenerationCache


@dataclass
class ExecStats:
    done: int = 0
    cached: int = 0
    errors: int = 0
    truncated: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    first_error: str | None = None


def _chunks(items: Iterable[GenerationRequest], size: int) -> Iterator[list[GenerationRequest]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


async def arun_requests(backend: Backend, requests: Iterable[GenerationRequest],
                        on_result: Callable[[GenerationRequest, GenerationResult], None], *,
                        cache: GenerationCache | None = None, chunk_size: int = 64,
                        total: int | None = None, description: str = "generate") -> ExecStats:
    stats = ExecStats()
    identity = backend.identity()
    with progress_bar(description, total) as advance:
        for chunk in _chunks(requests, chunk_size):
            results: dict[int, GenerationResult] = {}
            todo: list[tuple[int, GenerationRequest]] = []
            for i, req in enumerate(chunk):
                hit = cache.get(identity, req) if cache else None
                if hit is not None:
                    results[i] = hit
                else:
                    todo.append((i, req))
            if todo:
                fresh = await backend.agenerate([r for _, r in todo])
                for (i, req), res in zip(todo, fresh, strict=True):
                    results[i] = res
                    if cache:
                        cache.put(identity, req, res)
            for i, req in enumerate(chunk):
                res = results[i]
                stats.done += 1
                stats.cached += res.cached
                stats.errors += res.error is not None
                stats.first_error = stats.first_error or res.error
                stats.truncated += res.truncated_prompt_tokens > 0
                stats.prompt_tokens += res.prompt_tokens
                stats.completion_tokens += res.completion_tokens
                on_result(req, res)
            advance(len(chunk))
    return stats


def run_requests(backend: Backend, requests: Iterable[GenerationRequest],
                 on_result: Callable[[GenerationRequest, GenerationResult], None], **kw) -> ExecStats:
    return run_sync(arun_requests(backend, requests, on_result, **kw))
