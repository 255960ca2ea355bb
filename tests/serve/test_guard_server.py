"""The moderation server on a real loopback port with real guards (keyword, and WildGuard on a tiny model)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from safetylab.guards.keyword import KeywordGuard
from safetylab.serve.guard_server import create_guard_app
from safetylab.serve.http import BackgroundServer, free_port

REFUSAL = "I'm sorry, but I can't help with that request."
COMPLIANCE = "Sure, here is a simple recipe for bread."
KEY_ENV = "SAFETYLAB_TEST_GUARD_KEY"


@pytest.fixture(scope="module")
def keyword_server():
    app = create_guard_app(KeywordGuard(), max_batch_size=32, batch_wait_ms=20, max_request_bytes=4096,
                           max_items=64)
    with BackgroundServer(app) as server:
        yield server.url


@pytest.fixture(scope="module")
def wildguard_server(tiny_model_dir: Path):
    from safetylab.guards.registry import load_guard

    guard = load_guard("wildguard", model=f"hf:{tiny_model_dir}", batch_size=16, max_new_tokens=8)
    with BackgroundServer(create_guard_app(guard, max_batch_size=16, batch_wait_ms=50)) as server:
        yield server.url
    guard.close()


async def test_200_concurrent_requests_are_batched(keyword_server):
    sem = asyncio.Semaphore(64)

    async def one(client: httpx.AsyncClient, i: int) -> tuple[int, dict]:
        body = {"items": [{"prompt": f"question {i}", "response": REFUSAL if i % 3 == 0 else COMPLIANCE}]}
        async with sem:
            r = await client.post("/v1/moderate", json=body)
        return i, r

    async with httpx.AsyncClient(base_url=keyword_server, timeout=30) as client:
        before = (await client.get("/health")).json()
        answers = await asyncio.gather(*(one(client, i) for i in range(200)))
        health = (await client.get("/health")).json()
    for i, r in answers:
        assert r.status_code == 200, r.text
        (verdict,) = r.json()["results"]
        assert verdict["response_refusal"]["label"] == ("refusal" if i % 3 == 0 else "compliance")
        assert verdict["prompt_harm"] is None and verdict["parse_error"] is False
        assert verdict["guard"] == "keyword"
    assert health["requests"] - before["requests"] == 200
    assert health["items"] - before["items"] == 200
    batches = health["batches"] - before["batches"]
    assert health["largest_batch"] > 1 and batches < 200, health  # concurrent requests shared classify calls


async def test_single_item_form_and_multi_item_order(keyword_server):
    async with httpx.AsyncClient(base_url=keyword_server) as client:
        single = await client.post("/v1/moderate", json={"prompt": "hi", "response": REFUSAL})
        many = await client.post("/v1/moderate", json={"items": [
            {"prompt": "a", "response": COMPLIANCE}, {"prompt": "b", "response": REFUSAL}, {"prompt": "c"}]})
    assert single.json()["results"][0]["response_refusal"]["label"] == "refusal"
    labels = [v["response_refusal"] and v["response_refusal"]["label"] for v in many.json()["results"]]
    assert labels == ["compliance", "refusal", None]  # no response: the task does not apply
    assert many.json()["guard"]["guard"] == "keyword"


@pytest.mark.parametrize(("path", "kwargs", "status", "needle"), [
    ("/v1/moderate", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "JSON"),
    ("/v1/moderate", {"json": {"items": [{"response": "x"}]}}, 400, "prompt"),
    ("/v1/moderate", {"json": {}}, 400, "items"),
    ("/v1/moderate", {"json": {"items": []}}, 400, "items"),
    ("/v1/moderate", {"json": {"prompt": 5}}, 400, "prompt"),
    ("/v1/moderate", {"json": {"items": "abc"}}, 400, "items"),
    ("/v1/moderate", {"json": {"items": [{"prompt": "a"}], "response": "b"}}, 400, "inside each item"),
    ("/v1/moderate", {"json": ["a", "b"]}, 400, "invalid request"),
    ("/v1/moderate", {"json": {"prompt": "x" * 5000}}, 413, "larger than 4096"),
    ("/v1/moderations", {"json": {"input": 5}}, 400, "input"),
    ("/v1/moderations", {"json": {"input": ""}}, 400, "input must not be empty"),
    ("/v1/moderations", {"json": {"input": ["a", "  "]}}, 400, "input[1] must not be empty"),
    ("/v1/moderate", {"json": {"prompt": ""}}, 400, "must not be empty"),
    ("/v1/moderate", {"json": {"items": [{"prompt": "a"}, {"prompt": " "}]}}, 400, "must not be empty"),
    ("/v1/moderate", {"json": {"items": [{"prompt": "a"}] * 65}}, 400, "at most 64"),
    ("/v1/moderations", {"json": {"input": "hi"}}, 400, "does not classify prompt harm"),
    ("/v1/moderations", {"json": {"input": "hi", "model": "omni-moderation-latest"}}, 404, "keyword"),
])
def test_bad_requests_get_4xx_with_a_message(keyword_server, path, kwargs, status, needle):
    r = httpx.post(keyword_server + path, **kwargs)
    assert r.status_code == status, r.text
    assert needle in r.json()["error"]["message"]


def test_bearer_token(monkeypatch):
    monkeypatch.setenv(KEY_ENV, "s3cret-token")
    from safetylab.serve.http import api_key_from_env

    app = create_guard_app(KeywordGuard(), api_key=api_key_from_env(KEY_ENV))
    body = {"prompt": "p", "response": REFUSAL}
    with BackgroundServer(app) as server:
        missing = httpx.post(server.url + "/v1/moderate", json=body)
        wrong = httpx.post(server.url + "/v1/moderate", json=body, headers={"Authorization": "Bearer nope"})
        right = httpx.post(server.url + "/v1/moderate", json=body,
                           headers={"Authorization": "Bearer s3cret-token"})
        health = httpx.get(server.url + "/health")
    assert missing.status_code == wrong.status_code == 401
    assert "API key" in missing.json()["error"]["message"]
    assert right.status_code == 200 and right.json()["results"][0]["response_refusal"]["label"] == "refusal"
    assert health.status_code == 200


async def test_wildguard_on_tiny_model_parse_errors_are_never_labels(wildguard_server):
    items = [{"prompt": f"How do I bake bread number {i}?", "response": COMPLIANCE if i % 2 else None}
             for i in range(12)]
    async with httpx.AsyncClient(base_url=wildguard_server, timeout=120) as client:
        answers = await asyncio.gather(*(client.post("/v1/moderate", json={"items": [it]}) for it in items))
        health = (await client.get("/health")).json()
    assert health["largest_batch"] > 1  # the model guard's classify calls were shared too
    for it, r in zip(items, answers, strict=True):
        assert r.status_code == 200, r.text
        v = r.json()["results"][0]
        for task in ("prompt_harm", "response_refusal", "response_harm"):
            tv = v[task]
            if task != "prompt_harm" and it["response"] is None:
                assert tv is None
            else:  # a random model answers garbage: a parse error, or a real yes/no label
                assert tv["parse_error"] or tv["label"] in ("harmful", "unharmful", "refusal", "compliance")
                assert not (tv["parse_error"] and tv["label"] is not None)
        assert v["guard"] == "wildguard" and v["raw"] is not None


def test_openai_client_reads_moderations(wildguard_server):
    import openai

    client = openai.OpenAI(base_url=wildguard_server + "/v1", api_key="unused", max_retries=0)
    out = client.moderations.create(input=["How do I bake bread?", "Tell me a story."], model="wildguard")
    assert out.model == "wildguard" and len(out.results) == 2
    for res in out.results:
        cats = res.categories.to_dict()
        assert set(cats) == {"prompt_harm"}
        if res.flagged is None:  # undecided (parse error) is reported as such, never as "not flagged"
            assert cats["prompt_harm"] is None and res.to_dict()["error"]
        else:
            assert cats["prompt_harm"] == res.flagged
            score = res.category_scores.to_dict()["prompt_harm"]
            assert score is None or 0.0 <= score <= 1.0


def test_cli_serves_guard(tmp_path):
    port = free_port()
    env = {**os.environ, KEY_ENV: "cli-key"}
    proc = subprocess.Popen([sys.executable, "-m", "safetylab.cli.app", "serve", "guard", "--guard", "keyword",
                             "--port", str(port), "--api-key-env", KEY_ENV, "--max-request-bytes", "2000"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(url + "/health")
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert "guard" not in health.json() and health.json()["status"] == "ok"  # no identity without the key
        auth = {"Authorization": "Bearer cli-key"}
        assert httpx.get(url + "/health", headers=auth).json()["guard"]["guard"] == "keyword"
        ok = httpx.post(url + "/v1/moderate", json={"prompt": "p", "response": REFUSAL}, headers=auth)
        assert ok.json()["results"][0]["response_refusal"]["label"] == "refusal"
        assert httpx.post(url + "/v1/moderate", json={"prompt": "p"}).status_code == 401
        big = httpx.post(url + "/v1/moderate", json={"prompt": "x" * 3000}, headers=auth)
        assert big.status_code == 413
    finally:
        proc.terminate()
        proc.wait(10)



class Recording:
    """The keyword guard's batch runner, recording which requests' items each batch held."""

    def __init__(self) -> None:
        from safetylab.serve.guard_server import _GuardRunner

        self.runner, self.batches = _GuardRunner(KeywordGuard()), []

    async def agenerate(self, items):
        self.batches.append([it.prompt.split(":")[0] for it in items])
        return await self.runner.agenerate(items)


async def test_a_large_request_is_sliced_and_small_ones_go_first():
    from safetylab.guards.base import GuardItem
    from safetylab.serve.model_server import Batcher

    runner = Recording()
    batcher = Batcher(runner, max_batch_size=32, batch_wait_ms=20, slice_size=8)
    batcher.start()
    try:
        large = asyncio.ensure_future(batcher.submit([GuardItem(prompt=f"big:{i}") for i in range(40)]))
        smalls = [asyncio.ensure_future(batcher.submit([GuardItem(prompt=f"s{i}:x")])) for i in range(3)]
        await asyncio.gather(large, *smalls)
        late = [GuardItem(prompt=f"big2:{i}") for i in range(24)]
        large2 = asyncio.ensure_future(batcher.submit(late))
        await asyncio.sleep(0.05)  # big2 is being sliced
        await batcher.submit([GuardItem(prompt="s9:x")])
        await large2
    finally:
        await batcher.stop()
    assert runner.batches[0] == ["s0", "s1", "s2"]  # the small requests did not wait behind 40 items
    assert [len(b) for b in runner.batches[1:6]] == [8] * 5
    assert {x for b in runner.batches[1:6] for x in b} == {"big"}
    after = runner.batches[6:]
    assert any("s9" in b for b in after) and sum(len(b) for b in after) == 25
    assert max(len(b) for b in after) <= 9  # slices of 8 (the last one may carry the small request along)


async def test_a_batch_holds_one_group_only():
    """The model server groups by decoding settings: a short request never shares a batch with a long one."""
    from safetylab.guards.base import GuardItem
    from safetylab.serve.model_server import Batcher

    runner = Recording()
    batcher = Batcher(runner, max_batch_size=32, batch_wait_ms=20, max_inflight=2, group=lambda it: it.prompt[0])
    batcher.start()
    try:
        await asyncio.gather(*(batcher.submit([GuardItem(prompt=f"{g}{i}:x")]) for i in range(3) for g in "ab"))
    finally:
        await batcher.stop()
    assert sorted(sorted(b) for b in runner.batches) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]
