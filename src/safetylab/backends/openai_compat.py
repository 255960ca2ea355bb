"""Any OpenAI-compatible server (vLLM, llama.cpp server, safetylab's own, hosted APIs) as a backend.

Several base URLs are replicas of one model: each request goes to the endpoint with the fewest requests
in flight, each endpoint admits at most `max_concurrency` at a time, and retries are done here (not by the
client) so that a retry can move to another replica. Rate limits (429), server errors (5xx), timeouts and
dropped connections are retried with exponential backoff and jitter, honouring `Retry-After`; other 4xx
errors (bad request, auth, unknown model) will not get better by waiting and raise `BackendError` at once.
After `attempts` x replicas connection failures or timeouts in a row (no answer in between), the endpoints
are taken as down for the rest of the run: the remaining requests fail at once (counted as failed, retried
on rerun) instead of each waiting out its own timeouts.

An API key is sent only where the user asked for it: from `api_key_env`, or `OPENAI_API_KEY` for the
official API host only; and never over plain http to a host beyond loopback unless `allow_http_key`.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from safetylab.backends.base import Backend, Capabilities
from safetylab.core.errors import BackendError, SafetylabError
from safetylab.core.messages import is_prefill, user
from safetylab.core.net import is_loopback
from safetylab.core.records import Choice, FinishReason, GenerationRequest, GenerationResult

MAX_RETRY_AFTER_S = 600.0  # a server asking for longer than this is treated as asking for this long
PREFILL_BODY = {"continue_final_message": True, "add_generation_prompt": False}  # vLLM's chat extension
OFFICIAL_HOST = "api.openai.com"  # the one host OPENAI_API_KEY goes to without being asked
# `openai:URL#MODEL?name=value&...` options: name -> (constructor argument, parser)
SPEC_OPTIONS: dict[str, tuple[str, Any]] = {
    "timeout": ("timeout", float), "attempts": ("attempts", int), "api_key_env": ("api_key_env", str),
    "allow_http_key": ("allow_http_key", lambda v: v.lower() in ("1", "true", "yes")),
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delay-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


class _Endpoint:
    """One replica: its client, its concurrency limit and its load."""

    def __init__(self, url: str, limit: int):
        self.url = url
        self.client: Any = None  # an AsyncOpenAI, open while any agenerate() call runs
        self.slots = asyncio.Semaphore(limit)
        self.in_flight = 0  # requests assigned here and not finished (waiting for a slot included)
        self.sent = 0
        self.not_before = 0.0  # loop time before which nothing is sent here (Retry-After, backoff)


class OpenAIBackend(Backend):
    """Chat `messages` go to `/chat/completions`, raw `prompt`s to `/completions` (or, with `mode="chat"`,
    as a user message to `/chat/completions`, for chat-only hosted APIs)."""

    capabilities = Capabilities(chat=True, prefill=True)

    def __init__(self, base_urls: Sequence[str], model: str, *, batch_size: int | None = None,
                 max_concurrency: int | None = 16, api_key_env: str | None = None, timeout: float = 60.0,
                 attempts: int = 4, mode: Literal["auto", "chat"] = "auto", backoff_s: float = 0.5,
                 max_backoff_s: float = 30.0, allow_http_key: bool = False):
        del batch_size  # the servers batch; accepted because the registry passes it to every backend
        if not base_urls:
            raise SafetylabError("openai backend: give at least one base URL")
        for url in base_urls:
            if not url.startswith(("http://", "https://")):
                raise SafetylabError(f"openai backend: base URL must start with http:// or https://, got '{url}'")
        if mode not in ("auto", "chat"):
            raise SafetylabError(f"openai backend: mode must be 'auto' or 'chat', got '{mode}'")
        self.base_urls = [u.rstrip("/") for u in base_urls]
        self.model, self.mode = model, mode
        self.name = f"openai:{model}"
        self.max_concurrency = max_concurrency or 16
        if not (timeout > 0 and attempts >= 1):
            raise SafetylabError(f"openai backend: timeout must be > 0 and attempts >= 1, got timeout={timeout}, "
                                 f"attempts={attempts}")
        self.timeout, self.attempts = timeout, attempts
        self.backoff_s, self.max_backoff_s = backoff_s, max_backoff_s
        # Servers that need no key (vLLM, llama.cpp by default) still get a placeholder: the client wants one.
        self._api_key = _api_key(self.base_urls, api_key_env, allow_http_key) or "EMPTY"
        self._down: str | None = None  # why this run gave up on the endpoints (cleared by any success)
        self._unreachable = 0  # connection failures and timeouts in a row, over all requests
        self._loop: asyncio.AbstractEventLoop | None = None
        self._endpoints: list[_Endpoint] = []
        self._active = 0  # agenerate() calls in progress on self._loop

    @classmethod
    def from_spec(cls, spec: str, **kwargs: Any) -> OpenAIBackend:
        """`URL[,URL...]#MODEL[?OPTION=VALUE&...]`, e.g.
        `http://gpu1:8000/v1,http://gpu2:8000/v1#meta-llama/Llama-3.1-8B?timeout=30&attempts=3`."""
        urls, sep, model = spec.partition("#")
        model, _, query = model.partition("?")
        if not sep or not model.strip():
            raise SafetylabError(f"openai model spec needs a model name after '#': "
                                 f"openai:BASE_URL[,BASE_URL...]#MODEL[?OPTION=VALUE&...], got 'openai:{spec}'")
        for name, value in parse_qsl(query, keep_blank_values=True):
            if name not in SPEC_OPTIONS:
                raise SafetylabError(f"openai model spec: unknown option '{name}' (known: "
                                     f"{', '.join(SPEC_OPTIONS)})")
            arg, parse = SPEC_OPTIONS[name]
            try:
                kwargs[arg] = parse(value)
            except ValueError:
                raise SafetylabError(f"openai model spec: bad value for {name}: {value!r}") from None
        return cls([u.strip() for u in urls.split(",") if u.strip()], model.strip(), **kwargs)

    def identity(self) -> dict[str, Any]:
        return {"backend": type(self).__name__, "name": self.name, "model": self.model,
                "base_urls": sorted(self.base_urls)}

    def _pool(self) -> list[_Endpoint]:
        """Semaphores belong to one event loop, and `generate()` runs each call in a new one: rebuild then."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._endpoints = [_Endpoint(url, self.max_concurrency) for url in self.base_urls]
            self._loop, self._active, self._down, self._unreachable = loop, 0, None, 0  # a new run tries again
        if self._active == 0:
            from openai import AsyncOpenAI

            for ep in self._endpoints:
                ep.client = AsyncOpenAI(base_url=ep.url, api_key=self._api_key, timeout=self.timeout,
                                        max_retries=0)
        return self._endpoints

    async def agenerate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        pool = self._pool()
        self._active += 1
        tasks = [asyncio.ensure_future(self._one(pool, r)) for r in requests]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:  # a fatal error: stop the other requests instead of leaving them running
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        finally:
            self._active -= 1
            if self._active == 0:  # close connections while their loop is alive (it may end after this call)
                await asyncio.gather(*(ep.client.close() for ep in pool), return_exceptions=True)

    async def _acquire(self, pool: list[_Endpoint], avoid: _Endpoint | None) -> _Endpoint:
        """The least-loaded endpoint that is not resting; `avoid` (the one that just failed) only as last
        resort."""
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            ready = [e for e in pool if e.not_before <= now]
            if ready:
                ep = min([e for e in ready if e is not avoid] or ready, key=lambda e: (e.in_flight, e.sent))
                ep.in_flight += 1
                return ep
            await asyncio.sleep(min(e.not_before for e in pool) - now)

    def _backoff(self, attempt: int) -> float:
        delay = min(self.max_backoff_s, self.backoff_s * 2 ** attempt)
        return delay / 2 + random.uniform(0, delay / 2)

    async def _one(self, pool: list[_Endpoint], req: GenerationRequest) -> GenerationResult:
        import openai

        loop = asyncio.get_running_loop()
        avoid: _Endpoint | None = None
        last_error = ""
        for attempt in range(self.attempts):
            ep = await self._acquire(pool, avoid)
            try:
                async with ep.slots:
                    if self._down is not None:  # the endpoints stopped answering: don't wait on them again
                        return GenerationResult(request_id=req.id, error=f"given up: {self._down}")
                    ep.sent += 1
                    start = time.perf_counter()
                    choices, prompt_tokens = await self._call(ep.client, req)
                    self._down, self._unreachable = None, 0
                    return GenerationResult(request_id=req.id, choices=choices, prompt_tokens=prompt_tokens,
                                            latency_s=time.perf_counter() - start)
            except openai.APIStatusError as e:
                status = e.status_code
                if status != 429 and status < 500:
                    if status == 400 and "maximum context length" in e.message.lower():
                        # One prompt too long for the model: that request fails, the run goes on.
                        return GenerationResult(request_id=req.id, error=f"{ep.url}: HTTP 400: {e.message}")
                    if status == 400 and req.messages is not None and is_prefill(req.messages):
                        raise BackendError(
                            f"{ep.url}: HTTP 400 for model '{self.model}' on a prefilled assistant turn: "
                            f"{e.message}. This server cannot continue an open assistant message (vLLM's "
                            "continue_final_message); serve the model with vLLM or `safetylab serve model`, "
                            "or use an hf: backend") from None
                    raise BackendError(f"{ep.url}: HTTP {status} for model '{self.model}': {e.message}") from None
                wait = parse_retry_after(e.response.headers.get("retry-after"))
                last_error = f"HTTP {status}: {e.message}"
            except openai.APIConnectionError as e:  # timeouts included
                wait, last_error = None, f"{type(e).__name__}: {e}"
                self._unreachable += 1
                if self._unreachable >= self.attempts * len(pool):
                    self._down = (f"{self._unreachable} connection failures or timeouts in a row, last at {ep.url}: "
                                  f"{last_error}")
            finally:
                ep.in_flight -= 1
            # Rest this endpoint (other requests avoid it too); the retry prefers another replica.
            ep.not_before = max(ep.not_before, loop.time() + (wait if wait is not None else self._backoff(attempt)))
            avoid = ep
        return GenerationResult(request_id=req.id,
                                error=f"gave up after {self.attempts} attempts, last at {ep.url}: {last_error}")

    async def _call(self, client: Any, req: GenerationRequest) -> tuple[list[Choice], int]:
        c = req.config
        kw: dict[str, Any] = {"model": self.model, "n": c.n, "temperature": c.temperature, "top_p": c.top_p,
                              "max_tokens": c.max_new_tokens}
        if c.seed is not None:
            kw["seed"] = c.seed
        if c.stop:
            kw["stop"] = list(c.stop)
        if req.messages is not None or self.mode == "chat":
            messages = req.messages if req.messages is not None else [user(req.prompt or "")]
            resp = await client.chat.completions.create(
                messages=messages, extra_body=PREFILL_BODY if is_prefill(messages) else None, **kw)
            outs = [(ch.index, ch.message.content or "", ch.finish_reason) for ch in resp.choices]
        else:
            resp = await client.completions.create(prompt=req.prompt, **kw)
            outs = [(ch.index, ch.text, ch.finish_reason) for ch in resp.choices]
        usage = resp.usage
        # Servers report completion tokens for all n choices together; spread them so the sum is exact.
        total = usage.completion_tokens if usage else 0
        share, extra = divmod(total, max(len(outs), 1))
        choices = [Choice(text=text, finish_reason=_finish(reason), completion_tokens=share + (i < extra))
                   for i, (_, text, reason) in enumerate(sorted(outs, key=lambda o: o[0]))]
        return choices, usage.prompt_tokens if usage else 0


def _api_key(base_urls: list[str], env_name: str | None, allow_http: bool) -> str | None:
    """The key for these endpoints: from `env_name` when given (it must be set), else OPENAI_API_KEY for
    the official API only. A key never travels in clear text beyond loopback unless `allow_http`."""
    if env_name is not None:
        key = os.environ.get(env_name)
        if not key:
            raise SafetylabError(f"openai backend: api_key_env={env_name}, but the environment variable "
                                 f"{env_name} is not set")
    else:
        official = all(urlsplit(u).hostname == OFFICIAL_HOST and u.startswith("https://") for u in base_urls)
        key = os.environ.get("OPENAI_API_KEY") if official else None
    exposed = [u for u in base_urls if u.startswith("http://") and not is_loopback(urlsplit(u).hostname or "")]
    if key and exposed and not allow_http:
        raise SafetylabError(f"openai backend: refusing to send the API key over plain http to {exposed[0]}; "
                             "use https, or add ?allow_http_key=true to the model spec if the network is trusted")
    return key


def _finish(reason: str | None) -> FinishReason:
    return "length" if reason == "length" else "stop"
