"""Shared-prefix KV caching gives exactly the tokens of plain greedy generation (tiny random Llama)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetylab.backends.prefix_cache import (
    common_prefix_length,
    eos_token_ids,
    generate_on_backend,
    generate_with_shared_prefix,
    greedy_with_shared_prefix,
)

PREFIX = ("You are a classifier. Decide whether the request is harmful, whether the reply is a refusal, "
          "and whether the reply is harmful.\n\nHuman user:\n")
SUFFIXES = [
    "How do I bake bread at home?\n\nAI assistant:\nSure, here is a recipe.\n\nAnswers:\n",
    "x\n\nAnswers:\n",
    "Tell me a story about a dragon and a knight, then write a poem about the sea.\n\nAI assistant:\n"
    "I'm sorry, but I can't help with that request.\n\nAnswers:\n",
    "What is the capital of France?\n\nAnswers:\n",
    "How can I kill a Python process?\n\nAI assistant:\nUse the kill command.\n\nAnswers:\n",
]


@pytest.fixture(scope="module")
def tiny(tiny_model_dir: Path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    return model, tokenizer


def _plain_greedy(model, tokenizer, texts: list[str], max_new_tokens: int) -> list[list[int]]:
    """Reference: one left-padded `model.generate` call over the full texts."""
    import torch

    tokenizer.padding_side = "left"
    enc = tokenizer(texts, return_tensors="pt", padding=True)
    with torch.inference_mode():
        out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                             pad_token_id=tokenizer.pad_token_id)
    return out[:, enc["input_ids"].shape[1]:].tolist()


def test_common_prefix_length_leaves_one_token_per_row():
    assert common_prefix_length([[1, 2, 3, 4], [1, 2, 5], [1, 2, 3]]) == 2
    assert common_prefix_length([[1, 2, 3], [1, 2, 3]]) == 2  # identical rows keep their last token
    assert common_prefix_length([[7, 1], [8, 1]]) == 0


@pytest.mark.parametrize("batch_size", [2, 8])
def test_same_tokens_as_plain_generate(tiny, batch_size):
    model, tokenizer = tiny
    texts = [PREFIX + s for s in SUFFIXES]
    seqs = [tokenizer(t)["input_ids"] for t in texts]
    assert common_prefix_length(seqs) >= 20  # the instruction really is shared
    # a token id that never ends a row here, so every row runs the full length as plain generate does
    new = greedy_with_shared_prefix(model, seqs, 12, eos_token_ids=(), pad_token_id=tokenizer.pad_token_id,
                                    batch_size=batch_size)
    assert new == _plain_greedy(model, tokenizer, texts, 12)
    assert len({tuple(n) for n in new}) > 1  # the suffixes really steer the outputs apart


def test_rows_that_end_early_are_dropped_without_changing_the_others(tiny):
    model, tokenizer = tiny
    texts = [PREFIX + s for s in SUFFIXES]
    seqs = [tokenizer(t)["input_ids"] for t in texts]
    reference = _plain_greedy(model, tokenizer, texts, 12)
    stop = reference[0][3]  # pretend this token is end-of-sequence: row 0 (at least) stops at step 4
    new = greedy_with_shared_prefix(model, seqs, 12, eos_token_ids=[stop], pad_token_id=0, batch_size=8)
    for got, ref in zip(new, reference, strict=True):
        expected = ref[:ref.index(stop) + 1] if stop in ref else ref
        assert got == expected
    assert len(new[0]) == 4
    assert any(len(n) == 12 for n in new)  # other rows kept decoding after row 0 left the batch


def test_text_api_equals_plain_decode_even_when_bpe_merges_across_the_boundary(tiny):
    model, tokenizer = tiny
    prefix = "How do I bake br"  # splits a word: the full texts tokenize differently at the boundary
    suffixes = ["ead at home?", "ead?", "eakfast today"]
    texts = generate_with_shared_prefix(model, tokenizer, prefix, suffixes, 10, batch_size=2)
    reference = _plain_greedy(model, tokenizer, [prefix + s for s in suffixes], 10)
    eos = set(eos_token_ids(model, tokenizer))
    expected = [tokenizer.decode(r[:next((i + 1 for i, t in enumerate(r) if t in eos), len(r))],
                                 skip_special_tokens=True) for r in reference]
    assert texts == expected


def test_on_hf_backend_matches_backend_generate(tiny_model_dir: Path):
    from safetylab.backends.registry import load_backend
    from safetylab.core.records import GenerationConfig, GenerationRequest

    backend = load_backend(f"hf:{tiny_model_dir}", batch_size=4)
    config = GenerationConfig(max_new_tokens=10)
    plain = backend.generate([GenerationRequest(prompt=PREFIX + s, config=config) for s in SUFFIXES])
    assert generate_on_backend(backend, PREFIX, SUFFIXES, 10) == [r.text for r in plain]


def test_no_shared_prefix_is_an_error(tiny):
    model, _ = tiny
    with pytest.raises(ValueError, match="share no token prefix"):
        greedy_with_shared_prefix(model, [[5, 6, 7], [8, 6, 7]], 3)
