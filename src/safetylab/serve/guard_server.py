"""The moderation server: any safetylab guard over HTTP, with dynamic batching.

Two APIs over one guard:

- `POST /v1/moderate` (native): `{"items": [{"prompt", "response"?}, ...]}` or one item
  `{"prompt", "response"?}` → `{"id", "guard", "results": [verdict, ...]}`, each verdict with the three
  WildGuard tasks (label, probability of the positive class, parse_error), the raw guard output and the
  guard's id and version.
- `POST /v1/moderations` (OpenAI-moderation-shaped): `{"input": str | [str], "model"?}` →
  `{"id", "model", "results": [{"flagged", "categories", "category_scores"}]}`. Each input is moderated as
  a user prompt, so the only category is `prompt_harm` (is the request harmful?). OpenAI's fine-grained
  categories (hate, violence, ...) are *not* filled in: no safetylab guard predicts them, and a made-up
  `false` would read as "checked and clean". When the guard's output cannot be parsed, `flagged` and the
  category are `null` and the result carries an `error`: undecided, never safe.

Requests from concurrent clients share `guard.classify` calls: items are queued and the model server's
`Batcher` hands up to `max_batch_size` of them, arriving within `batch_wait_ms`, to one call that runs in
a worker thread. `/health` shows the counters that prove it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from safetylab.guards.base import Guard, GuardItem, Verdict
from safetylab.serve.http import error_response, may_see_details, secure_app
from safetylab.serve.model_server import Batcher


class ModerateItem(BaseModel):
    """One item to moderate; extra fields (e.g. gold labels of a WildGuardMix row) are ignored."""

    model_config = ConfigDict(extra="ignore")

    prompt: str
    response: str | None = None

    @field_validator("prompt")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        return _text(v)


def _text(v: str) -> str:
    """A prompt to moderate must say something: an empty one is refused, as the CLI refuses it."""
    if not v.strip():
        raise ValueError("must not be empty")
    return v


class ModerateRequest(BaseModel):
    """Either `items` (a list) or a single item's `prompt` / `response` at the top level."""

    model_config = ConfigDict(extra="ignore")

    items: list[ModerateItem] | None = Field(None, min_length=1)
    prompt: str | None = None
    response: str | None = None

    @field_validator("prompt")
    @classmethod
    def _not_blank(cls, v: str | None) -> str | None:
        return None if v is None else _text(v)

    @model_validator(mode="after")
    def _one_form(self) -> ModerateRequest:
        if (self.items is None) == (self.prompt is None):
            raise ValueError("send either 'items' (a list of {prompt, response}) or a single 'prompt'")
        if self.items is not None and self.response is not None:
            raise ValueError("'response' belongs inside each item when 'items' is given")
        return self

    def guard_items(self) -> list[GuardItem]:
        rows = self.items if self.items is not None else [ModerateItem(prompt=self.prompt or "",
                                                                       response=self.response)]
        return [GuardItem(prompt=r.prompt, response=r.response) for r in rows]


class ModerationsRequest(BaseModel):
    """OpenAI's moderation request; only text input is supported."""

    model_config = ConfigDict(extra="ignore")

    input: str | list[str] = Field(description="text or list of texts, each moderated as a user prompt")
    model: str | None = None

    @field_validator("input")
    @classmethod
    def _not_blank(cls, v: str | list[str]) -> str | list[str]:
        for i, text in enumerate([v] if isinstance(v, str) else v):
            if not text.strip():
                raise ValueError(f"input{'' if isinstance(v, str) else f'[{i}]'} must not be empty")
        return v


class _GuardRunner:
    """Gives a guard the `agenerate(batch) -> results` shape the model server's `Batcher` drives, running
    the blocking `classify` in a worker thread so the event loop keeps accepting requests."""

    def __init__(self, guard: Guard):
        self.guard = guard

    async def agenerate(self, items: Sequence[GuardItem]) -> list[Verdict]:
        verdicts = await asyncio.to_thread(self.guard.classify, list(items))
        if len(verdicts) != len(items):
            raise RuntimeError(f"guard {self.guard.name} returned {len(verdicts)} verdicts for {len(items)} items")
        return verdicts


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """A verdict as the native API returns it: the record's fields plus the overall parse_error flag."""
    return {**verdict.model_dump(mode="json"), "parse_error": verdict.parse_error}


def openai_result(verdict: Verdict) -> dict[str, Any]:
    """One OpenAI-style moderation result from the prompt-harm task (see the module docstring)."""
    task = verdict.prompt_harm
    flagged = task.positive if task is not None and not task.parse_error else None
    out: dict[str, Any] = {"flagged": flagged, "categories": {"prompt_harm": flagged},
                           "category_scores": {"prompt_harm": task.prob if task is not None else None}}
    if flagged is None:
        out["error"] = "the guard's output could not be parsed" if verdict.parse_error else "no decision"
    return out


def create_guard_app(guard: Guard, *, max_batch_size: int = 32, batch_wait_ms: float = 5.0,
                     max_request_bytes: int = 1_000_000, api_key: str | None = None, max_items: int = 2048,
                     slice_size: int = 8) -> FastAPI:
    """A FastAPI app serving `guard`; the size limit and optional bearer token come from `secure_app`.
    A request may carry at most `max_items` items; one of more than `slice_size` items is classified in
    slices of that size, taking turns with other requests (see `Batcher`)."""
    batcher = Batcher(_GuardRunner(guard), max_batch_size, batch_wait_ms,  # type: ignore[arg-type]
                      slice_size=slice_size)
    identity = guard.identity()
    http_requests = 0

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        batcher.start()
        yield
        await batcher.stop()

    app = FastAPI(title="safetylab moderation server", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.batcher = batcher

    async def classify(items: list[GuardItem]) -> list[Verdict] | Any:
        nonlocal http_requests
        if len(items) > max_items:
            raise HTTPException(400, f"{len(items)} items in one request: this server takes at most {max_items}; "
                                     "send several requests")
        http_requests += 1
        try:
            return await batcher.submit(items)  # type: ignore[arg-type]
        except Exception as e:
            return error_response(500, f"guard failed: {type(e).__name__}: {e}", "server_error")

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        s = batcher.stats
        details = ({"guard": identity, "tasks": list(guard.tasks)} if may_see_details(request, api_key) else {})
        return {"status": "ok", **details, "requests": http_requests, "items": s.requests, "batches": s.batches,
                "largest_batch": s.largest_batch, "queued": batcher.queued}

    @app.post("/v1/moderate")
    async def moderate(body: ModerateRequest) -> Any:
        verdicts = await classify(body.guard_items())
        if not isinstance(verdicts, list):
            return verdicts
        return {"id": f"mod-{uuid.uuid4().hex}", "guard": identity,
                "results": [verdict_json(v) for v in verdicts]}

    @app.post("/v1/moderations")
    async def moderations(body: ModerationsRequest) -> Any:
        if body.model is not None and body.model != guard.name:
            raise HTTPException(404, f"the model '{body.model}' does not exist; this server serves the guard "
                                     f"'{guard.name}' (leave 'model' out or send that name)")
        if "prompt_harm" not in guard.tasks:
            raise HTTPException(400, f"the guard '{guard.name}' does not classify prompt harm (its tasks: "
                                     f"{', '.join(guard.tasks)}); use POST /v1/moderate")
        texts = [body.input] if isinstance(body.input, str) else body.input
        if not texts:
            raise HTTPException(400, "input is an empty list")
        verdicts = await classify([GuardItem(prompt=t) for t in texts])
        if not isinstance(verdicts, list):
            return verdicts
        return {"id": f"modr-{uuid.uuid4().hex}", "model": guard.name,
                "results": [openai_result(v) for v in verdicts]}

    return secure_app(app, max_request_bytes=max_request_bytes, api_key=api_key)
