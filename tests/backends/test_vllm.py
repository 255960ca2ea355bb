"""In-process vLLM: a clear install hint where it is missing; real generation where vLLM and a GPU exist."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from safetylab.backends.registry import load_backend
from safetylab.core.errors import MissingDependencyError
from safetylab.core.records import GenerationConfig, GenerationRequest

HAVE_VLLM = importlib.util.find_spec("vllm") is not None


@pytest.mark.skipif(HAVE_VLLM, reason="vLLM is installed; the missing-dependency path cannot be tested")
def test_missing_vllm_is_a_clear_error() -> None:
    with pytest.raises(MissingDependencyError) as err:
        load_backend("vllm:some/model", batch_size=8, max_concurrency=4)
    assert "vLLM" in str(err.value) and "pip install 'safetylab[vllm]'" in str(err.value)
    assert "CUDA" in str(err.value)


@pytest.mark.skipif(not HAVE_VLLM, reason="vLLM is not installed (it needs a CUDA GPU)")
def test_generation_with_vllm(tiny_model_dir: Path) -> None:
    import torch

    if not torch.cuda.is_available():
        pytest.skip("vLLM is installed but there is no CUDA GPU")
    from safetylab.backends.hf import HFBackend

    backend = load_backend(f"vllm:{tiny_model_dir}", batch_size=8, max_concurrency=4,
                           gpu_memory_utilization=0.3, max_model_len=256, dtype="float32")
    greedy = GenerationConfig(max_new_tokens=6)
    requests = [GenerationRequest(messages=[{"role": "user", "content": "Write a poem about the sea."}],
                                  config=greedy),
                GenerationRequest(messages=[{"role": "user", "content": "Tell me a story"},
                                            {"role": "assistant", "content": "Once upon"}], config=greedy),
                GenerationRequest(prompt="The capital of France is", config=greedy)]
    results = backend.generate(requests)
    assert [r.error for r in results] == [None] * 3
    # same rendering and tokenization as the transformers backend
    hf = HFBackend(tiny_model_dir)
    assert [r.prompt_tokens for r in results] == [r.prompt_tokens for r in hf.generate(requests)]
    sampled = GenerationRequest(prompt="Once", config=GenerationConfig(max_new_tokens=5, temperature=1.0, n=3,
                                                                         seed=1))
    a, b = backend.generate([sampled]), backend.generate([sampled])
    assert len(a[0].choices) == 3 and a[0].texts == b[0].texts
    long = GenerationRequest(prompt="word " * 400, config=greedy)
    assert backend.generate([long])[0].truncated_prompt_tokens > 0
