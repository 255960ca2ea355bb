"""n sampled continuations of one prompt share the prompt's KV cache on the hf backend (C2-Eval's b paths):
the prompt runs once per prompt, not once per path, and a seeded batch samples exactly the same tokens as
plain `num_return_sequences` generation."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetylab.backends.hf import HFBackend
from safetylab.core.messages import assistant, user
from safetylab.core.records import GenerationConfig, GenerationRequest

PREFILLS = ["Sure", "Sure, here is a simple recipe for bread.", "Of course. First, " + "mix the flour and water, " * 5]


def _requests(config: GenerationConfig) -> list[GenerationRequest]:
    return [GenerationRequest(messages=[user("How do I bake bread at home?"), assistant(p)], config=config)
            for p in PREFILLS]


def _first_forward_rows(backend: HFBackend, requests: list[GenerationRequest]) -> tuple[list, tuple[int, int]]:
    shapes: list[tuple[int, int]] = []
    handle = backend.model.model.embed_tokens.register_forward_hook(
        lambda _m, args, _out: shapes.append(tuple(args[0].shape)))
    try:
        results = backend.generate(requests)
    finally:
        handle.remove()
    return results, shapes[0]


@pytest.mark.parametrize("stop", [(), ("e",)])
def test_shared_prompt_sampling_equals_per_path_recompute(tiny_model_dir: Path, stop: tuple[str, ...]) -> None:
    config = GenerationConfig(max_new_tokens=10, temperature=0.8, top_p=0.7, n=4, seed=11, stop=stop)
    shared, plain = HFBackend(tiny_model_dir, batch_size=12), HFBackend(tiny_model_dir, batch_size=12,
                                                                         share_prefix=False)
    got, first_shared = _first_forward_rows(shared, _requests(config))
    want, first_plain = _first_forward_rows(plain, _requests(config))
    width = max(r.prompt_tokens for r in got)
    assert first_shared == (3, width - 1)  # the three prompts once each (their last token runs with the paths)
    assert first_plain == (12, width)      # every prompt once per path
    assert [r.texts for r in got] == [r.texts for r in want]
    assert [[c.completion_tokens for c in r.choices] for r in got] == [[c.completion_tokens for c in r.choices]
                                                                       for r in want]
    assert all(len(set(r.texts)) > 1 for r in got)  # the paths are independent samples
    other = shared.generate(_requests(config.model_copy(update={"seed": 12})))
    assert [r.texts for r in other] != [r.texts for r in got]
