"""n sampled continuations of one prompt share the prompt's KV cache on the hf backend (C2-Eval's b paths):
the prompt runs once per prompt, not once per path, a prompt that begins a longer one (C2-Eval's prefixes of
one answer at growing k) is not run at all, and a seeded batch samples exactly the same tokens as plain
`num_return_sequences` generation."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetylab.backends.hf import HFBackend
from safetylab.benchmarks.c2eval import OPENERS, prefixes
from safetylab.core.messages import assistant, user
from safetylab.core.records import GenerationConfig, GenerationRequest

PREFILLS = ["Sure", "Sure, here is a simple recipe for bread.", "Of course. First, " + "mix the flour and water, " * 5]


def _requests(config: GenerationConfig) -> list[GenerationRequest]:
    return [GenerationRequest(messages=[user("How do I bake bread at home?"), assistant(p)], config=config)
            for p in PREFILLS]


def _forward_shapes(backend: HFBackend, requests: list[GenerationRequest]) -> tuple[list, list[tuple[int, int]]]:
    """The results, and the (rows, tokens) of every forward the model ran for them."""
    shapes: list[tuple[int, int]] = []
    handle = backend.model.model.embed_tokens.register_forward_hook(
        lambda _m, args, _out: shapes.append(tuple(args[0].shape)))
    try:
        results = backend.generate(requests)
    finally:
        handle.remove()
    return results, shapes


def _first_forward_rows(backend: HFBackend, requests: list[GenerationRequest]) -> tuple[list, tuple[int, int]]:
    results, shapes = _forward_shapes(backend, requests)
    return results, shapes[0]


@pytest.mark.parametrize("stop", [(), ("e",)])
def test_shared_prompt_sampling_equals_per_path_recompute(tiny_model_dir: Path, stop: tuple[str, ...]) -> None:
    config = GenerationConfig(max_new_tokens=10, temperature=0.8, top_p=0.7, n=4, seed=11, stop=stop)
    shared, plain = HFBackend(tiny_model_dir, batch_size=12), HFBackend(tiny_model_dir, batch_size=12,
                                                                         share_prefix=False)
    got, first_shared = _first_forward_rows(shared, _requests(config))
    want, first_plain = _first_forward_rows(plain, _requests(config))
    width = max(r.prompt_tokens for r in got)
    # the prompts once each (their last token runs with the paths); "Sure" begins the second prefill, so it
    # takes the first positions of that prompt's cache and only two rows run
    assert first_shared == (2, width - 1)
    assert first_plain == (12, width)      # every prompt once per path
    assert [r.texts for r in got] == [r.texts for r in want]
    assert [[c.completion_tokens for c in r.choices] for r in got] == [[c.completion_tokens for c in r.choices]
                                                                       for r in want]
    assert all(len(set(r.texts)) > 1 for r in got)  # the paths are independent samples
    other = shared.generate(_requests(config.model_copy(update={"seed": 12})))
    assert [r.texts for r in other] != [r.texts for r in got]


def test_prefixes_of_one_answer_run_once_across_batches(tiny_model_dir: Path) -> None:
    answer = "Sure, here is a simple recipe for bread. Mix the flour and water, then bake it at home."
    ks = (2, 4, 8, 12, 16)
    config = GenerationConfig(max_new_tokens=6, temperature=0.8, top_p=0.7, n=3, seed=4)
    requests = [GenerationRequest(messages=[user(q), assistant(prefix)], config=config)
                for q, opener in (("How do I bake bread at home?", OPENERS[0]), ("Tell me a story.", OPENERS[5]))
                for prefix in prefixes(opener, answer, ks).values()]
    shared, plain = HFBackend(tiny_model_dir, batch_size=6), HFBackend(tiny_model_dir, batch_size=6,
                                                                        share_prefix=False)
    got, shapes = _forward_shapes(shared, requests)
    prompt_runs = [s for s in shapes if s[1] > 1]
    assert sum(rows for rows, _ in prompt_runs) == 2  # the longest prefix of each request, once
    assert max(rows for rows, _ in shapes) <= 6  # 30 rows in batches of 6: each family spans batches
    want = plain.generate(requests)
    assert [r.texts for r in got] == [r.texts for r in want]
    assert len({t for r in got for t in r.texts}) > 5

    # a hook on the decoder layers (steering) may read the whole prompt: then every prompt runs itself
    handle = shared.layers[0].register_forward_hook(lambda _m, _args, _out: None)
    try:
        hooked, shapes = _forward_shapes(shared, requests)
    finally:
        handle.remove()
    assert sum(rows for rows, tokens in shapes if tokens > 1) == len(requests)
    assert [r.texts for r in hooked] == [r.texts for r in want]
