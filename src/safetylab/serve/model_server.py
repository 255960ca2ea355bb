"""An OpenAI-compatible HTTP server over any safetylab backend, with dynamic batching.

Concurrent requests are queued and a single worker hands them to `backend.agenerate` in batches (up to
`max_batch_size` requests that arrive within `batch_wait_ms` of the first), so many small HTTP clients
share one batched forward pass. The API is the subset evaluation needs: chat and text completions with
n, stop, seed, temperature, top_p and max_tokens, plus vLLM's `continue_final_message` for prefill.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field

from safetylab.backends.base import Backend
from safetylab.core.messages import Message, is_prefill
from safetylab.core.records import MAX_SEED, GenerationConfig, GenerationRequest, GenerationResult
from safetylab.serve.http import error_response, may_see_details, secure_app


class TextPart(BaseModel):
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant"]
    content: str | list[TextPart]

    def to_message(self) -> Message:
        text = self.content if isinstance(self.content, str) else "".join(p.text for p in self.content)
        return {"role": self.role, "content": text}


class _Sampling(BaseModel):
    """Fields both endpoints share. Unknown fields are ignored, as OpenAI-compatible servers do."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    max_tokens: int | None = Field(None, ge=1)
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    n: int = Field(1, ge=1, le=128)
    seed: int | None = Field(None, ge=0, le=MAX_SEED)
    stop: str | list[str] | None = None
    stream: bool = False

    def config(self, default_max_tokens: int, max_tokens: int | None = None) -> GenerationConfig:
        stop = [self.stop] if isinstance(self.stop, str) else self.stop or []
        return GenerationConfig(max_new_tokens=max_tokens or self.max_tokens or default_max_tokens,
                                temperature=self.temperature, top_p=self.top_p, n=self.n, seed=self.seed,
                                stop=tuple(stop))


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    continue_final_message: bool = False
    add_generation_prompt: bool = True


class CompletionRequest(_Sampling):
    prompt: str | list[str]


class BatchRunner(Protocol):
    """Anything that processes a batch in one call: a `Backend`, or an adapter around a guard."""

    async def agenerate(self, items: Sequence[Any]) -> list[Any]: ...


@dataclass
class _Pending:
    request: Any
    future: asyncio.Future[Any]


@dataclass
class _Job:
    """The items of one HTTP request, in order; `seq` is its arrival number."""

    items: deque[_Pending]
    seq: int


@dataclass
class BatchStats:
    """Counters exposed on /health, so batching is observable (and testable)."""

    requests: int = 0
    batches: int = 0
    largest_batch: int = 0
    batch_sizes: dict[int, int] = field(default_factory=dict)

    def record(self, size: int) -> None:
        self.requests += size
        self.batches += 1
        self.largest_batch = max(self.largest_batch, size)
        self.batch_sizes[size] = self.batch_sizes.get(size, 0) + 1


class Batcher:
    """Collects requests from many HTTP handlers and runs them through the backend in batches.

    Fair to small requests: a batch takes whole requests, fewest items first, up to `max_batch_size`
    items; a request of more than `slice_size` items is cut into slices of that size, and while other
    requests wait it gets every other batch, so one huge request never holds up a small one for more than a
    slice. With `group`, a batch holds only items of one group (the model server groups by decoding
    settings, so a 16-token request never shares a batch with a 600-token one). Up to `max_inflight` batches
    run at once (a backend that takes turns between batches, as `HFBackend` does, then lets a short batch in
    while a long one generates).
    """

    def __init__(self, backend: BatchRunner, max_batch_size: int = 16, batch_wait_ms: float = 5.0, *,
                 slice_size: int | None = None, max_inflight: int = 1, group: Callable[[Any], Any] | None = None):
        self.backend, self.max_batch_size, self.wait_s = backend, max_batch_size, batch_wait_ms / 1000
        self.group = group
        self.slice_size = min(slice_size or max_batch_size, max_batch_size)
        self.max_inflight = max_inflight
        self.stats = BatchStats()
        self._jobs: list[_Job] = []
        self._arrivals = itertools.count()
        self._changed: asyncio.Event | None = None
        self._large_turn = False  # a sliced request goes next if other requests went last time
        self._worker: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()

    @property
    def queued(self) -> int:
        return sum(len(j.items) for j in self._jobs)

    def start(self) -> None:
        self._changed = asyncio.Event()
        self._worker = asyncio.create_task(self._run())

    async def stop(self) -> None:
        tasks = [t for t in (self._worker, *self._running) if t is not None]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def submit(self, requests: list[Any]) -> list[Any]:
        loop = asyncio.get_running_loop()
        pending = [_Pending(r, loop.create_future()) for r in requests]
        self._jobs.append(_Job(deque(pending), next(self._arrivals)))
        assert self._changed is not None, "Batcher.start() was not called"
        self._changed.set()
        return list(await asyncio.gather(*(p.future for p in pending)))

    async def _wait_change(self, timeout: float | None) -> bool:
        assert self._changed is not None
        self._changed.clear()
        try:
            await asyncio.wait_for(self._changed.wait(), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    async def _next_batch(self) -> list[_Pending]:
        while not self.queued:
            await self._wait_change(None)
        deadline = asyncio.get_running_loop().time() + self.wait_s
        while self.queued < self.max_batch_size:  # wait a moment for company
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0 or not await self._wait_change(remaining):
                break
        return self._take()

    def _take(self) -> list[_Pending]:
        """The next batch (see the class docstring); items of clients that went away are dropped."""
        for job in self._jobs:
            job.items = deque(p for p in job.items if not p.future.done())
        self._jobs = [j for j in self._jobs if j.items]
        large = [j for j in self._jobs if len(j.items) > self.slice_size]
        small = sorted((j for j in self._jobs if len(j.items) <= self.slice_size),
                       key=lambda j: (len(j.items), j.seq))
        batch: list[_Pending] = []
        if large and (self._large_turn or not small):
            job = large[0]
            batch = [job.items.popleft() for _ in range(self.slice_size)]
            self._jobs.remove(job)
            self._jobs.append(job)  # several large requests take turns
            self._large_turn = False
        else:
            key = self.group(small[0].items[0].request) if self.group else None
            for job in small:
                if len(batch) + len(job.items) <= self.max_batch_size and (
                        self.group is None or all(self.group(p.request) == key for p in job.items)):
                    batch.extend(job.items)
                    job.items.clear()
            self._large_turn = bool(large)
        self._jobs = [j for j in self._jobs if j.items]
        return batch

    async def _run(self) -> None:
        slots = asyncio.Semaphore(self.max_inflight)
        while True:
            await slots.acquire()
            batch = await self._next_batch()
            if not batch:
                slots.release()
                continue
            task = asyncio.create_task(self._dispatch(batch))
            self._running.add(task)
            task.add_done_callback(lambda t: (self._running.discard(t), slots.release()))

    async def _dispatch(self, batch: list[_Pending]) -> None:
        self.stats.record(len(batch))
        try:
            results = await self.backend.agenerate([p.request for p in batch])
            if len(results) != len(batch):
                raise RuntimeError(f"backend returned {len(results)} results for {len(batch)} requests")
        except Exception as e:  # a backend failure fails this batch, never the worker
            for p in batch:
                if not p.future.done():
                    p.future.set_exception(e)
            return
        for p, res in zip(batch, results, strict=True):
            if not p.future.done():
                p.future.set_result(res)


async def _disconnected(request: Request, poll_s: float = 0.5) -> None:
    """Returns once the client has closed the connection (a timed-out client that will retry elsewhere)."""
    while not await request.is_disconnected():
        await asyncio.sleep(poll_s)


def _usage(results: list[GenerationResult]) -> dict[str, int]:
    prompt = sum(r.prompt_tokens for r in results)
    completion = sum(r.completion_tokens for r in results)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


@dataclass(frozen=True)
class Limits:
    """What one request may ask of the model server (each a 400 above it, so one client cannot make the
    server spend minutes on it): new tokens, stop strings, prompts in one /v1/completions request."""

    max_tokens: int = 4096
    stop_strings: int = 16
    prompts: int = 64

    def check(self, body: _Sampling, prompts: int = 1, max_tokens: int | None = None) -> None:
        tokens = max_tokens or body.max_tokens
        if tokens is not None and tokens > self.max_tokens:
            raise HTTPException(400, f"max_tokens={tokens} is above this server's limit of {self.max_tokens}")
        stops = [body.stop] if isinstance(body.stop, str) else body.stop or []
        if len(stops) > self.stop_strings:
            raise HTTPException(400, f"{len(stops)} stop strings: this server takes at most {self.stop_strings}")
        if prompts > self.prompts:
            raise HTTPException(400, f"{prompts} prompts in one request: this server takes at most {self.prompts}; "
                                     "send several requests")


def create_app(backend: Backend, *, model_name: str | None = None, max_batch_size: int = 16,
               batch_wait_ms: float = 5.0, max_request_bytes: int = 1_000_000, api_key: str | None = None,
               default_max_tokens: int = 256, limits: Limits = Limits(), max_inflight: int = 4) -> FastAPI:
    """A FastAPI app serving `backend` under `model_name` (default: the backend's name). Up to
    `max_inflight` batches run at once, so a short request can start while a long one generates."""
    from safetylab.core.errors import SafetylabError

    if default_max_tokens > limits.max_tokens:
        raise SafetylabError(f"the default max_tokens {default_max_tokens} is above the limit {limits.max_tokens}")
    served = model_name or backend.name
    batcher = Batcher(backend, max_batch_size, batch_wait_ms, max_inflight=max_inflight,
                      group=lambda r: r.config)
    created = int(time.time())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        batcher.start()
        yield
        await batcher.stop()

    app = FastAPI(title="safetylab model server", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.batcher = batcher

    def check(body: _Sampling) -> None:
        if body.stream:
            raise HTTPException(400, "stream is not supported by this server; send stream=false")
        if body.model is not None and body.model != served:
            raise HTTPException(404, f"the model '{body.model}' does not exist; this server serves '{served}'")

    async def run(request: Request, requests: list[GenerationRequest]) -> list[GenerationResult] | Any:
        work = asyncio.ensure_future(batcher.submit(requests))
        gone = asyncio.ensure_future(_disconnected(request))
        await asyncio.wait({work, gone}, return_when=asyncio.FIRST_COMPLETED)
        gone.cancel()
        if not work.done():  # the client gave up (and may retry): don't spend the backend on it
            work.cancel()
            return error_response(499, "client closed the request", "client_closed")
        try:
            results = work.result()
        except Exception as e:
            return error_response(500, f"backend failed: {type(e).__name__}: {e}", "server_error")
        failed = next((r for r in results if r.error is not None), None)
        if failed is not None and failed.error_kind == "request":  # e.g. too long, no chat template
            return error_response(400, f"request cannot be served: {failed.error}")
        if failed is not None:
            return error_response(500, f"generation failed: {failed.error}", "server_error")
        return results

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        s = batcher.stats
        details = {"model": served} if may_see_details(request, api_key) else {}
        return {"status": "ok", **details, "requests": s.requests, "batches": s.batches,
                "largest_batch": s.largest_batch, "queued": batcher.queued}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list",
                "data": [{"id": served, "object": "model", "created": created, "owned_by": "safetylab"}]}

    @app.post("/v1/chat/completions")
    async def chat_completions(body: ChatCompletionRequest, request: Request) -> Any:
        check(body)
        limits.check(body, max_tokens=body.max_completion_tokens)
        messages = [m.to_message() for m in body.messages]
        if is_prefill(messages) and not body.continue_final_message:
            raise HTTPException(400, "the conversation ends with an assistant message: set "
                                     "continue_final_message=true and add_generation_prompt=false to continue it")
        if body.continue_final_message and (body.add_generation_prompt or not is_prefill(messages)):
            raise HTTPException(400, "continue_final_message=true needs add_generation_prompt=false and a "
                                     "conversation that ends with an assistant message")
        config = body.config(default_max_tokens, body.max_completion_tokens)
        results = await run(request, [GenerationRequest(messages=messages, config=config)])
        if not isinstance(results, list):
            return results
        res = results[0]
        return {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", "created": int(time.time()),
                "model": served,
                "choices": [{"index": i, "message": {"role": "assistant", "content": c.text},
                             "finish_reason": c.finish_reason, "logprobs": None}
                            for i, c in enumerate(res.choices)],
                "usage": _usage(results)}

    @app.post("/v1/completions")
    async def completions(body: CompletionRequest, request: Request) -> Any:
        check(body)
        prompts = [body.prompt] if isinstance(body.prompt, str) else body.prompt
        if not prompts:
            raise HTTPException(400, "prompt is an empty list")
        limits.check(body, prompts=len(prompts))
        config = body.config(default_max_tokens)
        results = await run(request, [GenerationRequest(prompt=p, config=config) for p in prompts])
        if not isinstance(results, list):
            return results
        choices = [c for res in results for c in res.choices]
        return {"id": f"cmpl-{uuid.uuid4().hex}", "object": "text_completion", "created": int(time.time()),
                "model": served,
                "choices": [{"index": i, "text": c.text, "finish_reason": c.finish_reason,
                             "logprobs": None} for i, c in enumerate(choices)],
                "usage": _usage(results)}

    return secure_app(app, max_request_bytes=max_request_bytes, api_key=api_key)
