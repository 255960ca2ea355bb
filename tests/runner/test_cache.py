from pathlib import Path

from safetylab.core.messages import user
from safetylab.core.records import Choice, GenerationConfig, GenerationRequest, GenerationResult
from safetylab.runner.cache import GenerationCache


def _result(req: GenerationRequest, text: str) -> GenerationResult:
    return GenerationResult(request_id=req.id, choices=[Choice(text=text, completion_tokens=2)])


def test_cache_roundtrip_keyed_by_model_and_request(tmp_path: Path) -> None:
    cache = GenerationCache(tmp_path / "c.sqlite")
    req = GenerationRequest(messages=[user("hi")])
    cache.put({"name": "m1"}, req, _result(req, "hello"))
    hit = cache.get({"name": "m1"}, req)
    assert hit is not None and hit.text == "hello" and hit.cached
    assert cache.get({"name": "m2"}, req) is None
    other = GenerationRequest(messages=[user("hi")], config=GenerationConfig(max_new_tokens=3))
    assert cache.get({"name": "m1"}, other) is None
    cache.close()


def test_unseeded_sampling_and_errors_are_not_cached(tmp_path: Path) -> None:
    cache = GenerationCache(tmp_path / "c.sqlite")
    sampled = GenerationRequest(messages=[user("hi")], config=GenerationConfig(temperature=0.7))
    cache.put({"name": "m"}, sampled, _result(sampled, "x"))
    assert cache.get({"name": "m"}, sampled) is None
    seeded = GenerationRequest(messages=[user("hi")], config=GenerationConfig(temperature=0.7, seed=1))
    cache.put({"name": "m"}, seeded, _result(seeded, "y"))
    assert cache.get({"name": "m"}, seeded) is not None
    greedy = GenerationRequest(messages=[user("yo")])
    cache.put({"name": "m"}, greedy, GenerationResult(request_id=greedy.id, error="boom"))
    assert cache.get({"name": "m"}, greedy) is None
