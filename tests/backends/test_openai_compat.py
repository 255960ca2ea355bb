"""OpenAIBackend against real HTTP servers on 127.0.0.1: safetylab's model server over the tiny HF model,
and small scripted FastAPI apps for rate limits, server errors and fatal errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from safetylab.backends.hf import HFBackend
from safetylab.backends.openai_compat import OpenAIBackend, parse_retry_after
from safetylab.backends.registry import load_backend
from safetylab.core.errors import BackendError, SafetylabError
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.serve.http import BackgroundServer, free_port
from safetylab.serve.model_server import create_app

GREEDY = GenerationConfig(max_new_tokens=8)


@pytest.fixture(scope="module")
def hf(tiny_model_dir: Path) -> HFBackend:
    return HFBackend(tiny_model_dir, batch_size=16)


@pytest.fixture(scope="module")
def servers(hf: HFBackend) -> Iterator[list[BackgroundServer]]:
    """Two replicas of the tiny model, served as 'tiny' (batches wait up to 50 ms for company)."""
    started = [BackgroundServer(create_app(hf, model_name="tiny", batch_wait_ms=50)).start() for _ in range(2)]
    yield started
    for s in started:
        s.stop()


def health(server: BackgroundServer) -> dict[str, Any]:
    return httpx.get(f"{server.url}/health").json()


def chat(text: str, config: GenerationConfig = GREEDY) -> GenerationRequest:
    return GenerationRequest(messages=[{"role": "user", "content": text}], config=config)


def test_chat_and_completion_equal_the_backend_itself(hf: HFBackend, servers: list[BackgroundServer]) -> None:
    requests = [chat("How do I bake bread at home?"), chat("Write a poem about the sea."),
                GenerationRequest(prompt="The capital of France is", config=GREEDY)]
    direct = hf.generate(requests)
    remote = OpenAIBackend.from_spec(f"{servers[0].url}/v1#tiny").generate(requests)
    assert [r.error for r in remote] == [None] * 3
    assert [r.text for r in remote] == [r.text for r in direct]
    assert [r.prompt_tokens for r in remote] == [r.prompt_tokens for r in direct]
    assert [r.completion_tokens for r in remote] == [r.completion_tokens for r in direct]
    assert [r.finish_reason for r in remote] == [r.finish_reason for r in direct]
    assert all(r.latency_s > 0 for r in remote)


def test_prefill_continues_the_assistant_message(hf: HFBackend, servers: list[BackgroundServer]) -> None:
    req = GenerationRequest(messages=[{"role": "user", "content": "Tell me a story about a dragon."},
                                      {"role": "assistant", "content": "Sure, here is"}], config=GREEDY)
    remote = OpenAIBackend.from_spec(f"{servers[0].url}/v1#tiny").generate([req])[0]
    assert remote.error is None
    assert remote.text == hf.generate([req])[0].text
    # continuing differs from opening a new turn after the same user message
    assert remote.prompt_tokens > hf.generate([chat("Tell me a story about a dragon.")])[0].prompt_tokens


def test_sampling_n_seed_and_stop_are_passed(servers: list[BackgroundServer]) -> None:
    backend = OpenAIBackend.from_spec(f"{servers[0].url}/v1#tiny")
    sampled = GenerationConfig(max_new_tokens=6, temperature=1.0, n=3, seed=7)
    # separate calls: the HF backend seeds once per batch, so two requests batched together differ
    a, b = (backend.generate([chat("Write a poem about the sea.", sampled)])[0] for _ in range(2))
    assert len(a.choices) == 3 and a.texts == b.texts  # same seed, same samples
    assert len(set(a.texts)) > 1
    assert a.completion_tokens == sum(c.completion_tokens for c in a.choices) > 0
    full = backend.generate([chat("Explain photosynthesis in simple words.")])[0].text
    stop_at = full[2:5]
    assert stop_at.strip(), full
    stopped = backend.generate([chat("Explain photosynthesis in simple words.",
                                     GenerationConfig(max_new_tokens=8, stop=(stop_at,)))])[0]
    assert stopped.text == full[:full.index(stop_at)] and stopped.finish_reason == "stop"


def test_concurrent_requests_are_batched_and_spread_over_replicas(servers: list[BackgroundServer]) -> None:
    before = [health(s)["requests"] for s in servers]
    backend = OpenAIBackend.from_spec(",".join(f"{s.url}/v1" for s in servers) + "#tiny", max_concurrency=16)
    prompts = [f"Tell me a story about a dragon number {i}." for i in range(32)]
    results = backend.generate([chat(p, GenerationConfig(max_new_tokens=4)) for p in prompts])
    assert [r.error for r in results] == [None] * 32
    after = [health(s) for s in servers]
    served = [h["requests"] - b for h, b in zip(after, before, strict=True)]
    assert sum(served) == 32 and min(served) >= 8, served  # least-in-flight balancing uses both
    assert max(h["largest_batch"] for h in after) > 1


def test_unknown_model_is_a_fatal_clear_error(servers: list[BackgroundServer]) -> None:
    backend = OpenAIBackend.from_spec(f"{servers[0].url}/v1#no-such-model", attempts=4)
    with pytest.raises(BackendError) as err:
        backend.generate([chat("hi")])
    assert "404" in str(err.value) and "no-such-model" in str(err.value) and servers[0].url in str(err.value)


def test_api_key_comes_from_the_environment(hf: HFBackend, monkeypatch: pytest.MonkeyPatch) -> None:
    with BackgroundServer(create_app(hf, model_name="tiny", api_key="s3cret")) as server:
        spec = f"{server.url}/v1#tiny"
        monkeypatch.delenv("SAFETYLAB_TEST_KEY", raising=False)
        with pytest.raises(SafetylabError, match="SAFETYLAB_TEST_KEY is not set"):
            OpenAIBackend.from_spec(spec, api_key_env="SAFETYLAB_TEST_KEY")
        with pytest.raises(BackendError, match="401"):  # no key asked for: none sent
            OpenAIBackend.from_spec(spec).generate([chat("hi")])
        monkeypatch.setenv("SAFETYLAB_TEST_KEY", "s3cret")
        backend = OpenAIBackend.from_spec(spec, api_key_env="SAFETYLAB_TEST_KEY")
        assert backend.generate([chat("hi")])[0].error is None
        assert "s3cret" not in repr(backend.identity())
        assert backend.identity()["base_urls"] == [f"{server.url}/v1"]


# --- scripted servers: rate limits, flaky and failing endpoints --------------------------------------------

CANNED = {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
          "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "length"}],
          "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}}


def scripted(script: list[tuple[int, dict[str, str], str]]) -> tuple[FastAPI, list[tuple[float, dict]]]:
    """An app answering chat calls with the scripted (status, headers, message) replies, then CANNED."""
    app, calls = FastAPI(), []

    @app.post("/v1/chat/completions")
    async def reply(request: Request) -> JSONResponse:
        calls.append((time.monotonic(), await request.json()))
        if len(calls) <= len(script):
            status, headers, message = script[len(calls) - 1]
            return JSONResponse({"error": {"message": message, "type": "x"}}, status, headers=headers)
        return JSONResponse(CANNED)

    return app, calls


def test_429_is_retried_after_the_delay_the_server_asks_for() -> None:
    app, calls = scripted([(429, {"Retry-After": "1"}, "slow down")])
    with BackgroundServer(app) as server:
        res = OpenAIBackend.from_spec(f"{server.url}/v1#m", backoff_s=0.01).generate([chat("hi")])[0]
    assert res.error is None and res.text == "ok" and res.finish_reason == "length"
    assert res.prompt_tokens == 5 and res.completion_tokens == 3
    assert len(calls) == 2
    waited = calls[1][0] - calls[0][0]
    assert 0.95 <= waited < 5.0, waited


def test_retry_after_parsing() -> None:
    assert parse_retry_after("2.5") == 2.5
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    in_3s = parse_retry_after(formatdate(time.time() + 3, usegmt=True))
    assert in_3s is not None and 1.5 < in_3s <= 3.0
    assert parse_retry_after(formatdate(time.time() - 60, usegmt=True)) == 0.0


def test_5xx_backs_off_then_gives_the_request_an_error() -> None:
    app, calls = scripted([(503, {}, "overloaded")] * 3)
    with BackgroundServer(app) as server:
        backend = OpenAIBackend.from_spec(f"{server.url}/v1#m", attempts=3, backoff_s=0.05)
        res = backend.generate([chat("hi")])[0]
        assert res.error is not None and "503" in res.error and "overloaded" in res.error and not res.choices
        assert len(calls) == 3
        assert calls[2][0] - calls[1][0] >= 0.05  # backoff doubles: 2nd wait >= base
        assert backend.generate([chat("hi")])[0].text == "ok"  # the server recovered


def test_400_is_fatal_and_names_status_endpoint_and_message() -> None:
    app, calls = scripted([(400, {}, "temperature is out of range")])
    with BackgroundServer(app) as server:
        with pytest.raises(BackendError) as err:
            OpenAIBackend.from_spec(f"{server.url}/v1#m").generate([chat("hi")])
    assert len(calls) == 1
    assert "HTTP 400" in str(err.value) and "temperature is out of range" in str(err.value)
    assert server.url in str(err.value)


def test_dead_replica_fails_over_to_a_live_one() -> None:
    app, calls = scripted([])
    dead = f"http://127.0.0.1:{free_port()}/v1"
    with BackgroundServer(app) as server:
        backend = OpenAIBackend.from_spec(f"{dead},{server.url}/v1#m", backoff_s=0.05)
        results = backend.generate([chat(f"q{i}") for i in range(6)])
    assert [r.text for r in results] == ["ok"] * 6
    assert len(calls) == 6


def test_request_fields_reach_the_server() -> None:
    app, calls = scripted([])
    with BackgroundServer(app) as server:
        config = GenerationConfig(max_new_tokens=12, temperature=0.7, top_p=0.9, n=1, seed=3, stop=("END",))
        prefill = GenerationRequest(messages=[{"role": "user", "content": "q"},
                                              {"role": "assistant", "content": "Sure"}], config=config)
        OpenAIBackend.from_spec(f"{server.url}/v1#m").generate([chat("q", config), prefill])
    plain, cont = sorted((body for _, body in calls), key=lambda b: len(b["messages"]))
    assert plain["model"] == "m" and plain["max_tokens"] == 12 and plain["temperature"] == 0.7
    assert plain["top_p"] == 0.9 and plain["seed"] == 3 and plain["stop"] == ["END"] and plain["n"] == 1
    assert "continue_final_message" not in plain
    assert cont["continue_final_message"] is True and cont["add_generation_prompt"] is False


def test_specs_and_registry() -> None:
    backend = load_backend("openai:http://a:1/v1/,http://b:2/v1#org/model", batch_size=4, max_concurrency=3)
    assert isinstance(backend, OpenAIBackend)
    assert backend.base_urls == ["http://a:1/v1", "http://b:2/v1"] and backend.model == "org/model"
    assert backend.max_concurrency == 3 and backend.capabilities.prefill
    with pytest.raises(SafetylabError, match="#MODEL"):
        OpenAIBackend.from_spec("http://a:1/v1")
    with pytest.raises(SafetylabError, match="http://"):
        OpenAIBackend.from_spec("a:1/v1#m")


# --- timeouts, attempts, endpoints that are down -----------------------------------------------------------

@pytest.fixture()
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections (the kernel's backlog) and never answers."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(64)
        yield s.getsockname()[1]


def test_a_server_that_never_answers_times_out_per_the_spec_options(silent_port: int) -> None:
    backend = OpenAIBackend.from_spec(f"http://127.0.0.1:{silent_port}/v1#m?timeout=0.3&attempts=2",
                                      backoff_s=0.01)
    assert (backend.timeout, backend.attempts) == (0.3, 2)
    start = time.monotonic()
    res = backend.generate([chat("hi")])[0]
    assert res.error is not None and "gave up after 2 attempts" in res.error and "Timeout" in res.error
    assert time.monotonic() - start < 3.0


def test_after_attempts_failures_in_a_row_the_rest_fail_at_once() -> None:
    dead = f"http://127.0.0.1:{free_port()}/v1"
    backend = OpenAIBackend.from_spec(f"{dead}#m?attempts=3", max_concurrency=1, backoff_s=0.2)
    start = time.monotonic()
    results = backend.generate([chat(f"q{i}") for i in range(20)])
    elapsed = time.monotonic() - start
    assert all(r.error for r in results)
    given_up = [r for r in results if r.error.startswith("given up: 3 connection failures or timeouts in a row")]
    assert len(given_up) >= 18  # only the requests that failed the first 3 attempts tried at all
    assert elapsed < 3.0, elapsed  # 20 requests x 3 attempts with backoff would take far longer


def test_spec_options_are_checked() -> None:
    with pytest.raises(SafetylabError, match="unknown option 'timout'"):
        OpenAIBackend.from_spec("http://127.0.0.1:1/v1#m?timout=3")
    with pytest.raises(SafetylabError, match="bad value for attempts"):
        OpenAIBackend.from_spec("http://127.0.0.1:1/v1#m?attempts=many")
    with pytest.raises(SafetylabError, match="attempts >= 1"):
        OpenAIBackend.from_spec("http://127.0.0.1:1/v1#m?attempts=0")
    assert OpenAIBackend.from_spec("http://127.0.0.1:1/v1#org/m?timeout=5").model == "org/m"


# --- credentials: a key goes only where it was asked for ---------------------------------------------------

def recording() -> tuple[FastAPI, list[str | None]]:
    """A chat endpoint that records the Authorization header of each call."""
    app, seen = FastAPI(), []

    @app.post("/v1/chat/completions")
    async def reply(request: Request) -> JSONResponse:
        seen.append(request.headers.get("authorization"))
        return JSONResponse(CANNED)

    return app, seen


def test_openai_api_key_is_not_sent_to_other_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-official")
    monkeypatch.setenv("MY_SERVER_KEY", "sk-mine")
    app, seen = recording()
    with BackgroundServer(app) as server:
        OpenAIBackend.from_spec(f"{server.url}/v1#m").generate([chat("hi")])
        OpenAIBackend.from_spec(f"{server.url}/v1#m?api_key_env=MY_SERVER_KEY").generate([chat("hi")])
        localhost = server.url.replace("127.0.0.1", "localhost")
        OpenAIBackend.from_spec(f"{localhost}/v1#m", api_key_env="MY_SERVER_KEY").generate([chat("hi")])
    assert seen == ["Bearer EMPTY", "Bearer sk-mine", "Bearer sk-mine"]
    assert OpenAIBackend.from_spec("https://api.openai.com/v1#gpt-4o-mini")._api_key == "sk-official"
    assert OpenAIBackend.from_spec("http://api.openai.com/v1#gpt-4o-mini")._api_key == "EMPTY"  # not https


def test_a_key_is_never_sent_in_clear_text_beyond_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_SERVER_KEY", "sk-mine")
    for url in ("http://gpu1.example:8000/v1", "http://10.0.0.5:8000/v1"):
        with pytest.raises(SafetylabError, match="plain http"):
            OpenAIBackend.from_spec(f"{url}#m?api_key_env=MY_SERVER_KEY")
        trusted = OpenAIBackend.from_spec(f"{url}#m?api_key_env=MY_SERVER_KEY&allow_http_key=true")
        assert trusted._api_key == "sk-mine"
    assert OpenAIBackend.from_spec("https://gpu1.example/v1#m?api_key_env=MY_SERVER_KEY")._api_key == "sk-mine"
    assert OpenAIBackend.from_spec("http://gpu1.example:8000/v1#m")._api_key == "EMPTY"  # no key: nothing to leak
