"""The OpenAI-compatible model server over the tiny HF model, spoken to with plain HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from safetylab.backends.base import Backend
from safetylab.backends.hf import HFBackend
from safetylab.cli.app import app as cli_app
from safetylab.core.records import GenerationConfig, GenerationRequest, GenerationResult
from safetylab.serve.http import BackgroundServer, free_port
from safetylab.serve.model_server import Limits, create_app

LIMIT = 20_000


@pytest.fixture(scope="module")
def hf(tiny_model_dir: Path) -> HFBackend:
    return HFBackend(tiny_model_dir, batch_size=16)


@pytest.fixture(scope="module")
def server(hf: HFBackend) -> Iterator[BackgroundServer]:
    with BackgroundServer(create_app(hf, model_name="tiny", max_request_bytes=LIMIT, batch_wait_ms=50)) as s:
        yield s


def post(server: BackgroundServer, path: str, **kw) -> httpx.Response:
    return httpx.post(f"{server.url}{path}", timeout=60, **kw)


def test_health_and_models(server: BackgroundServer) -> None:
    h = httpx.get(f"{server.url}/health").json()
    assert h["status"] == "ok" and h["model"] == "tiny"
    models = httpx.get(f"{server.url}/v1/models").json()
    assert [m["id"] for m in models["data"]] == ["tiny"]


def test_chat_completion_matches_the_backend(hf: HFBackend, server: BackgroundServer) -> None:
    messages = [{"role": "user", "content": "What is the capital of France?"}]
    r = post(server, "/v1/chat/completions", json={"model": "tiny", "messages": messages, "max_tokens": 8,
                                                   "temperature": 0})
    assert r.status_code == 200, r.text
    body = r.json()
    direct = hf.generate([GenerationRequest(messages=messages, config=GenerationConfig(max_new_tokens=8))])[0]
    choice = body["choices"][0]
    assert body["object"] == "chat.completion" and choice["message"]["role"] == "assistant"
    assert choice["message"]["content"] == direct.text and choice["finish_reason"] == direct.finish_reason
    assert body["usage"]["prompt_tokens"] == direct.prompt_tokens
    assert body["usage"]["total_tokens"] == direct.prompt_tokens + direct.completion_tokens


def test_completions_accept_a_list_of_prompts(hf: HFBackend, server: BackgroundServer) -> None:
    prompts = ["The capital of France is", "Write a poem"]
    r = post(server, "/v1/completions", json={"prompt": prompts, "max_tokens": 5, "temperature": 0})
    assert r.status_code == 200, r.text
    direct = hf.generate([GenerationRequest(prompt=p, config=GenerationConfig(max_new_tokens=5)) for p in prompts])
    assert [c["text"] for c in r.json()["choices"]] == [d.text for d in direct]
    assert [c["index"] for c in r.json()["choices"]] == [0, 1]


def test_prefill_needs_continue_final_message(hf: HFBackend, server: BackgroundServer) -> None:
    messages = [{"role": "user", "content": "Tell me a story"}, {"role": "assistant", "content": "Once upon"}]
    r = post(server, "/v1/chat/completions", json={"messages": messages, "max_tokens": 6, "temperature": 0,
                                                   "continue_final_message": True,
                                                   "add_generation_prompt": False})
    assert r.status_code == 200, r.text
    direct = hf.generate([GenerationRequest(messages=messages, config=GenerationConfig(max_new_tokens=6))])[0]
    assert r.json()["choices"][0]["message"]["content"] == direct.text
    r = post(server, "/v1/chat/completions", json={"messages": messages, "max_tokens": 6})
    assert r.status_code == 400 and "continue_final_message" in r.json()["error"]["message"]


def test_concurrent_requests_share_batches(server: BackgroundServer) -> None:
    async def burst() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
            return await asyncio.gather(*(client.post("/v1/completions", json={
                "prompt": f"Story number {i}", "max_tokens": 3, "temperature": 0}) for i in range(12)))

    before = httpx.get(f"{server.url}/health").json()
    responses = asyncio.run(burst())
    assert [r.status_code for r in responses] == [200] * 12
    after = httpx.get(f"{server.url}/health").json()
    assert after["requests"] - before["requests"] == 12
    assert after["batches"] - before["batches"] < 12 and after["largest_batch"] > 1


@pytest.mark.parametrize(("payload", "status", "needle"), [
    (b'{"messages": [', 400, "not valid JSON"),
    (b'{"max_tokens": 3}', 400, "messages"),
    (b'{"messages": [{"role": "robot", "content": "x"}]}', 400, "role"),
    (b'{"messages": [{"role": "user", "content": "x"}], "stream": true}', 400, "stream"),
    (b'{"messages": [{"role": "user", "content": "x"}], "model": "gpt-9"}', 404, "gpt-9"),
    (b'{"messages": [{"role": "user", "content": "x"}], "top_p": 0}', 400, "top_p"),
])
def test_bad_requests_get_openai_shaped_errors(server: BackgroundServer, payload: bytes, status: int,
                                               needle: str) -> None:
    r = post(server, "/v1/chat/completions", content=payload, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    assert needle in r.json()["error"]["message"]


def test_oversized_bodies_get_413(server: BackgroundServer) -> None:
    big = {"messages": [{"role": "user", "content": "x" * LIMIT}]}
    r = post(server, "/v1/chat/completions", json=big)
    assert r.status_code == 413 and str(LIMIT) in r.json()["error"]["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server has to count
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(LIMIT // 1000 + 1):
            yield b"y" * 1000
        yield b'"}]}'

    r = post(server, "/v1/chat/completions", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


class Gated(Backend):
    """The real HF backend behind a gate, to hold a batch in flight while more requests queue up."""

    def __init__(self, inner: HFBackend):
        self.inner, self.name = inner, inner.name
        self.gate = threading.Event()

    async def agenerate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        await asyncio.to_thread(self.gate.wait, 30)
        return await self.inner.agenerate(requests)


def test_requests_of_clients_that_gave_up_are_dropped(hf: HFBackend) -> None:
    backend = Gated(hf)
    body = {"prompt": "Once", "max_tokens": 2}
    app = create_app(backend, batch_wait_ms=0, max_inflight=1)
    with BackgroundServer(app) as s, ThreadPoolExecutor(1) as pool:
        first = pool.submit(httpx.post, f"{s.url}/v1/completions", json=body, timeout=60)
        while httpx.get(f"{s.url}/health").json()["batches"] < 1:  # the first batch is held at the gate
            time.sleep(0.05)
        with pytest.raises(httpx.TimeoutException):
            httpx.post(f"{s.url}/v1/completions", json=body, timeout=0.5)  # queued behind it, then gives up
        time.sleep(1.5)  # the server notices the disconnect within its 0.5 s poll
        backend.gate.set()
        assert first.result().status_code == 200
        time.sleep(0.3)
        health = httpx.get(f"{s.url}/health").json()
    assert health["requests"] == 1 and health["batches"] == 1 and health["queued"] == 0


def test_bearer_token_is_enforced(hf: HFBackend) -> None:
    with BackgroundServer(create_app(hf, model_name="tiny", api_key="k3y")) as s:
        assert httpx.get(f"{s.url}/health").status_code == 200  # health checks stay open
        denied = httpx.get(f"{s.url}/v1/models")
        assert denied.status_code == 401 and "API key" in denied.json()["error"]["message"]
        assert httpx.get(f"{s.url}/v1/models", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert httpx.get(f"{s.url}/v1/models", headers={"Authorization": "Bearer k3y"}).status_code == 200


def test_cli_serves_and_answers_health(tiny_model_dir: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "safetylab.cli.app", "serve", "model", "--model",
                             f"hf:{tiny_model_dir}", "--port", str(port), "--served-model-name", "tiny"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    try:
        deadline, health = time.monotonic() + 120, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).json()
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        assert health is not None and health["model"] == "tiny", proc.stdout.read1().decode() if proc.stdout else ""
        r = httpx.post(f"http://127.0.0.1:{port}/v1/completions", json={"prompt": "Hi", "max_tokens": 2})
        assert r.status_code == 200 and r.json()["model"] == "tiny"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_cli_refuses_a_missing_api_key_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFETYLAB_NO_SUCH_KEY", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "model", "--model", "hf:/nonexistent",
                                          "--api-key-env", "SAFETYLAB_NO_SUCH_KEY"])
    assert result.exit_code != 0
    assert "SAFETYLAB_NO_SUCH_KEY" in str(result.exception)


def test_a_request_the_backend_cannot_serve_is_a_400_not_a_retryable_500(server: BackgroundServer) -> None:
    # the tiny model's context is 512 tokens: 600 new tokens leave no room for the prompt
    r = post(server, "/v1/chat/completions", json={"model": "tiny", "max_tokens": 600,
                                                   "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 400, r.text
    assert "no room for the prompt" in r.json()["error"]["message"]



def test_n_greedy_samples_are_defined_not_a_500(server: BackgroundServer) -> None:
    body = {"messages": [{"role": "user", "content": "Name a fruit."}], "max_tokens": 4, "temperature": 0, "n": 3}
    r = post(server, "/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    texts = [c["message"]["content"] for c in r.json()["choices"]]
    assert len(texts) == 3 and len(set(texts)) == 1


def test_a_huge_seed_is_a_400_and_the_connection_stays_usable(server: BackgroundServer) -> None:
    body = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 2, "temperature": 1}
    with httpx.Client(base_url=server.url, timeout=60) as client:  # one keep-alive connection
        bad = client.post("/v1/chat/completions", json={**body, "seed": 2**64})
        assert bad.status_code == 400 and bad.json()["error"]["param"] == "seed", bad.text
        ok = client.post("/v1/chat/completions", json={**body, "seed": 2**63 - 1})
        assert ok.status_code == 200, ok.text


def test_ceilings_on_tokens_stop_strings_and_prompts(hf: HFBackend) -> None:
    limits = Limits(max_tokens=32, stop_strings=2, prompts=3)
    msgs = [{"role": "user", "content": "hi"}]
    with BackgroundServer(create_app(hf, model_name="tiny", limits=limits, default_max_tokens=8)) as s:
        for path, body, needle in [
            ("/v1/chat/completions", {"messages": msgs, "max_tokens": 33}, "limit of 32"),
            ("/v1/chat/completions", {"messages": msgs, "max_completion_tokens": 600}, "limit of 32"),
            ("/v1/completions", {"prompt": "a", "stop": ["x", "y", "z"]}, "at most 2"),
            ("/v1/completions", {"prompt": ["a"] * 4}, "at most 3"),
        ]:
            r = post(s, path, json=body)
            assert r.status_code == 400 and needle in r.json()["error"]["message"], r.text
        assert post(s, "/v1/completions", json={"prompt": ["a"] * 3, "max_tokens": 32, "stop": ["x", "y"]}
                    ).status_code == 200
    with pytest.raises(Exception, match="above the limit"):
        create_app(hf, limits=limits, default_max_tokens=64)


def test_health_shows_the_model_only_to_key_holders(tiny_model_dir: Path, hf: HFBackend) -> None:
    with BackgroundServer(create_app(hf, model_name=f"hf:{tiny_model_dir}", api_key="k3y")) as s:
        open_health = httpx.get(f"{s.url}/health").json()
        keyed = httpx.get(f"{s.url}/health", headers={"Authorization": "Bearer k3y"}).json()
    assert open_health["status"] == "ok" and "model" not in open_health and str(tiny_model_dir) not in str(open_health)
    assert keyed["model"] == f"hf:{tiny_model_dir}"


def test_a_short_request_is_not_held_up_by_a_long_one(hf: HFBackend) -> None:
    """Defect: a 16-token request sent during a 600-token one waited for all of it."""
    long = {"prompt": "Tell me a story about a dragon.", "max_tokens": 480, "temperature": 0}
    short = {"messages": [{"role": "user", "content": "Name a fruit."}], "max_tokens": 8, "temperature": 0}
    with BackgroundServer(create_app(hf, model_name="tiny")) as s, ThreadPoolExecutor(1) as pool:
        alone = post(s, "/v1/chat/completions", json=short).json()["choices"][0]["message"]["content"]
        started = time.monotonic()
        running = pool.submit(post, s, "/v1/completions", json=long)
        while httpx.get(f"{s.url}/health").json()["batches"] < 2:
            time.sleep(0.01)
        answer = post(s, "/v1/chat/completions", json=short)
        short_done = time.monotonic()
        assert not running.done(), "the short request waited for the whole long one"
        long_text = running.result().json()["choices"][0]["text"]
        long_done = time.monotonic()
        solo_long = post(s, "/v1/completions", json=long).json()["choices"][0]["text"]
    assert answer.json()["choices"][0]["message"]["content"] == alone  # same tokens with company
    assert long_text == solo_long
    assert short_done - started < (long_done - started) / 2



def test_only_hosts_beyond_loopback_get_the_no_key_warning(capsys: pytest.CaptureFixture[str]) -> None:
    from safetylab.serve.http import server_api_key

    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        server_api_key(None, host, "model")
        assert capsys.readouterr().err == "", host
    for host in ("0.0.0.0", "::", "192.168.1.5"):
        server_api_key(None, host, "model")
        assert "without --api-key-env" in capsys.readouterr().err, host
