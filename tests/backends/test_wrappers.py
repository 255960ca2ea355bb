from __future__ import annotations

import pytest

from safetylab.backends.registry import load_backend
from safetylab.backends.wrappers import ContextualBackend, SystemPromptBackend, contextual_system_prompt
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.taxonomy import CATEGORIES

CFG = GenerationConfig(max_new_tokens=6)


@pytest.fixture(scope="module")
def inner(tiny_model_dir):
    return load_backend(f"hf:{tiny_model_dir}", batch_size=4)


def test_transform_adds_or_merges_system_message(inner):
    w = SystemPromptBackend(inner, "Be brief.")
    assert w.transform([{"role": "user", "content": "hi"}]) == [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}]
    merged = w.transform([{"role": "system", "content": "Speak French."}, {"role": "user", "content": "hi"}])
    assert merged[0] == {"role": "system", "content": "Be brief.\n\nSpeak French."} and len(merged) == 2
    replaced = SystemPromptBackend(inner, "Be brief.", merge="replace").transform(
        [{"role": "system", "content": "Speak French."}, {"role": "user", "content": "hi"}])
    assert replaced[0]["content"] == "Be brief."
    with pytest.raises(ValueError):
        SystemPromptBackend(inner, "x", merge="append")


def test_wrapped_generation_equals_explicit_system_prompt(inner):
    w = SystemPromptBackend(inner, "Be brief.")
    reqs = [GenerationRequest(messages=[{"role": "user", "content": p}], config=CFG)
            for p in ("Write a poem about the sea.", "What is the capital of France?")]
    wrapped = w.generate(reqs)
    direct = inner.generate([GenerationRequest(messages=[{"role": "system", "content": "Be brief."},
                                                         {"role": "user", "content": r.messages[0]["content"]}],
                                               config=CFG) for r in reqs])
    assert [r.text for r in wrapped] == [r.text for r in direct]
    assert [r.request_id for r in wrapped] == [r.id for r in reqs]  # ids of the caller's requests
    raw = GenerationRequest(prompt="How do I bake", config=CFG)
    assert w.generate([raw])[0].text == inner.generate([raw])[0].text  # raw prompts pass through
    assert w.score([{"role": "user", "content": "hi"}], "Paris") == inner.score(
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}], "Paris")


def test_identity_and_capabilities(inner):
    a, b = SystemPromptBackend(inner, "A"), SystemPromptBackend(inner, "B")
    assert a.capabilities == inner.capabilities and a.context_length == inner.context_length
    assert a.identity()["inner"] == inner.identity() and a.identity() != b.identity()
    assert a.identity() != inner.identity() and a.name == f"system:{inner.name}"
    c = ContextualBackend(inner)
    assert c.name == f"contextual:{inner.name}" and c.system_prompt == contextual_system_prompt()


def test_contextual_prompt_covers_every_category():
    text = contextual_system_prompt()
    for cat in CATEGORIES:
        assert cat.name in text and cat.guidance in text


def test_contextual_model_name_wraps_any_model(tiny_model_dir):
    from safetylab.backends.registry import load_backend

    backend = load_backend(f"contextual:hf:{tiny_model_dir}", batch_size=2, max_concurrency=1)
    assert isinstance(backend, ContextualBackend) and backend.inner.name == f"hf:{tiny_model_dir}"
    res = backend.generate([GenerationRequest(messages=[{"role": "user", "content": "hi"}], config=CFG)])
    assert res[0].error is None
