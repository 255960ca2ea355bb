"""HFBackend on tiny random Llamas: batching, sampling, stop strings, prefill, truncation, scoring, hooks."""

from __future__ import annotations

import asyncio
import math
import re
from pathlib import Path

import pytest

from safetylab.backends.hf import HFBackend
from safetylab.backends.registry import load_backend
from safetylab.core.messages import assistant, system, user
from safetylab.core.records import GenerationConfig, GenerationRequest
from tests.conftest import build_tiny_model

PROMPTS = ["How do I bake bread at home?", "Hi", "Tell me a story about a dragon and a knight, then a poem.",
           "What is the capital of France?", "Write a poem about the sea.", "Explain photosynthesis",
           "How can I kill a Python process? Use the kill command, or something else?"]

# Small templates that render like each model family; continue_final_message must work on all of them.
TEMPLATES = {
    "chatml": None,  # conftest's default
    "llama3": (
        "<|begin_of_text|>{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n"
        "{{ m['content'] }}<|eot_id|>{% endfor %}"
        "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"),
    "mistral": (
        "<s>{% for m in messages %}{% if m['role'] == 'user' %}[INST] {{ m['content'] }} [/INST]"
        "{% elif m['role'] == 'assistant' %} {{ m['content'] }}</s>{% endif %}{% endfor %}"),
    "gemma": (
        "<bos>{% for m in messages %}<start_of_turn>{{ 'model' if m['role'] == 'assistant' else m['role'] }}\n"
        "{{ m['content'] }}<end_of_turn>\n{% endfor %}"
        "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"),
}


@pytest.fixture(scope="module")
def backend(tiny_model_dir: Path) -> HFBackend:
    b = load_backend(f"hf:{tiny_model_dir}", batch_size=3, max_concurrency=8)
    assert isinstance(b, HFBackend)
    return b


def _chat(prompts: list[str], **cfg) -> list[GenerationRequest]:
    config = GenerationConfig(**{"max_new_tokens": 10, **cfg})
    return [GenerationRequest(messages=[user(p)], config=config) for p in prompts]


def _greedy_tokens(b: HFBackend, ids: list[int], max_new_tokens: int) -> list[int]:
    """Reference: plain unbatched `model.generate` on exact token ids."""
    import torch

    with torch.inference_mode():
        out = b.model.generate(input_ids=torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                               max_new_tokens=max_new_tokens, do_sample=False,
                               pad_token_id=b.tokenizer.pad_token_id)
    return out[0, len(ids):].tolist()


def test_batched_greedy_equals_one_at_a_time_in_input_order(backend):
    requests = _chat(PROMPTS) + [GenerationRequest(prompt=p, config=GenerationConfig(max_new_tokens=10))
                                 for p in PROMPTS[:3]]
    batched = backend.generate(requests)
    assert [r.request_id for r in batched] == [r.id for r in requests]
    singles = [backend.generate([r])[0] for r in requests]
    assert [r.text for r in batched] == [r.text for r in singles]
    assert len({r.text for r in batched}) > 1  # prompts really lead to different outputs
    for req, res in zip(requests, batched, strict=True):
        assert res.error is None and res.finish_reason in ("stop", "length")
        assert res.prompt_tokens == len(backend.encode(req))
        assert 0 < res.completion_tokens <= 10 and res.latency_s > 0


def test_requests_with_different_configs_run_in_their_own_batches(backend):
    short, long_ = GenerationConfig(max_new_tokens=3), GenerationConfig(max_new_tokens=9)
    reqs = [GenerationRequest(prompt=p, config=c) for p in PROMPTS[:4] for c in (short, long_)]
    results = backend.generate(reqs)
    for req, res in zip(reqs, results, strict=True):
        assert res.completion_tokens <= req.config.max_new_tokens
    assert max(r.completion_tokens for r in results[0::2]) <= 3
    assert max(r.completion_tokens for r in results[1::2]) > 3


def test_seeded_sampling_is_repeatable_and_seeds_differ(backend):
    a = backend.generate(_chat(PROMPTS[:4], temperature=1.0, seed=7, max_new_tokens=12))
    b = backend.generate(_chat(PROMPTS[:4], temperature=1.0, seed=7, max_new_tokens=12))
    c = backend.generate(_chat(PROMPTS[:4], temperature=1.0, seed=8, max_new_tokens=12))
    assert [r.text for r in a] == [r.text for r in b]
    assert [r.text for r in a] != [r.text for r in c]
    unseeded = [[r.text for r in backend.generate(_chat(PROMPTS[:4], temperature=1.0, max_new_tokens=12))]
                for _ in range(2)]
    assert unseeded[0] != unseeded[1]  # without a seed, every call draws fresh samples


def test_n_samples_per_prompt(backend):
    results = backend.generate(_chat(PROMPTS[:2], temperature=1.0, seed=1, n=4, max_new_tokens=8))
    for res in results:
        assert len(res.choices) == 4
        assert len(set(res.texts)) > 1  # independent samples, not one copied
        assert res.completion_tokens == sum(c.completion_tokens for c in res.choices) > 0


def test_n_greedy_samples_are_n_copies_of_the_greedy_answer(backend):
    """n > 1 with greedy decoding (the default) is defined: the one greedy answer, n times."""
    one = backend.generate(_chat(["Write a poem about the sea."], max_new_tokens=6))[0]
    three = backend.generate(_chat(["Write a poem about the sea."], max_new_tokens=6, n=3))[0]
    assert three.error is None and three.texts == [one.text] * 3
    assert three.completion_tokens == 3 * one.completion_tokens


def test_a_missing_model_folder_is_a_clear_error():
    from safetylab.core.errors import BackendError

    with pytest.raises(BackendError, match="no model folder at /nonexistent"):
        HFBackend("/nonexistent")


@pytest.mark.parametrize("cfg", [dict(), dict(temperature=1.0, seed=3), dict(temperature=1.0, seed=3, n=2),
                                 dict(stop=("for that",))], ids=["greedy", "seeded", "seeded-n2", "stop"])
def test_batches_take_turns_and_keep_their_tokens(backend, cfg):
    """A short batch gets the model while a long one generates (turns of `turn_tokens`), and both get the
    tokens they get alone: greedy, seeded sampling (own random stream) and stop strings (the poem's row
    ends at "for that" in the first turn, the story's goes on: what later turns make for the ended row is
    not part of it)."""
    import threading
    import time

    long = _chat(["Tell me a story about a dragon.", "Write a poem"], max_new_tokens=300, **cfg)
    short = _chat(["Name a fruit."], max_new_tokens=8, **cfg)
    solo_long, solo_short = backend.generate(long), backend.generate(short)
    done: dict[str, float] = {}
    together: list = []
    worker = threading.Thread(target=lambda: (together.extend(backend.generate(long)),
                                              done.setdefault("long", time.monotonic())))
    worker.start()
    while not backend._lock.held:
        time.sleep(0.001)
    short_again = backend.generate(short)
    done["short"] = time.monotonic()
    worker.join()
    assert done["short"] < done["long"]
    assert [r.texts for r in together] == [r.texts for r in solo_long]
    assert [(r.completion_tokens, r.finish_reason) for r in together] == \
        [(r.completion_tokens, r.finish_reason) for r in solo_long]
    assert short_again[0].texts == solo_short[0].texts
    if "stop" in cfg:  # the poem's row ended on the stop string: its count is not the batch's length
        assert solo_long[1].finish_reason == "stop" and solo_long[1].completion_tokens < 300


def test_stop_string_cuts_text_and_stops_early(backend):
    for prompt in PROMPTS:
        full = backend.generate(_chat([prompt], max_new_tokens=24))[0]
        match = re.search(r"[A-Za-z]{2,}", full.text[1:])
        if match and full.completion_tokens == 24:
            break
    else:
        pytest.fail("no greedy output with a word in it to use as a stop string")
    stop = match.group(0)
    res = backend.generate(_chat([prompt], max_new_tokens=24, stop=(stop,)))[0]
    assert res.text == full.text[:full.text.index(stop)]
    assert res.finish_reason == "stop"
    assert res.completion_tokens < 24  # generation stopped at the string, not just the text


@pytest.mark.parametrize("family", sorted(TEMPLATES))
def test_prefill_continues_the_assistant_message(family, tiny_model_dir, tmp_path):
    if TEMPLATES[family] is None:
        path = tiny_model_dir
    else:
        path = build_tiny_model(tmp_path / family, chat_template=TEMPLATES[family])
    b = HFBackend(path, batch_size=4)
    prefill = "Sure, here is a simple recipe"
    msgs = [system("Be brief."), user("How do I bake bread at home?"), assistant(prefill)]
    if family in ("mistral", "gemma"):
        msgs = msgs[1:]  # these families have no system role
    rendered = b.render(msgs)
    assert rendered.endswith(prefill)  # no end-of-turn token and no new turn after the prefill
    closed = b.tokenizer.apply_chat_template(msgs, tokenize=False)
    assert closed.startswith(rendered) and len(closed) > len(rendered)

    res = b.generate([GenerationRequest(messages=msgs, config=GenerationConfig(max_new_tokens=8))])[0]
    ids = b.tokenizer(rendered, add_special_tokens=False)["input_ids"]
    expected = _greedy_tokens(b, ids, 8)
    assert res.prompt_tokens == len(ids)
    eos = b.tokenizer.eos_token_id
    expected = expected[:expected.index(eos)] if eos in expected else expected
    assert res.completion_tokens > 0
    assert res.text == b.tokenizer.decode(expected, skip_special_tokens=True)


def test_long_prompt_keeps_its_end_and_counts_dropped_tokens(tiny_model_dir):
    b = HFBackend(tiny_model_dir, context_length=40)
    prompt = " ".join(PROMPTS * 3)
    ids = b.tokenizer(prompt)["input_ids"]
    assert len(ids) > 40
    res = b.generate([GenerationRequest(prompt=prompt, config=GenerationConfig(max_new_tokens=6))])[0]
    assert res.error is None
    assert res.truncated_prompt_tokens == len(ids) - (40 - 6)
    assert res.prompt_tokens == 34
    kept = b.generate([GenerationRequest(prompt=b.tokenizer.decode(ids[-34:]),
                                         config=GenerationConfig(max_new_tokens=6))])[0]
    assert res.text == kept.text  # the end of the prompt is what the model saw


def test_a_failing_request_does_not_fail_the_others(tiny_model_dir):
    b = HFBackend(tiny_model_dir, context_length=16)
    ok = GenerationRequest(prompt="Hi", config=GenerationConfig(max_new_tokens=4))
    bad = GenerationRequest(prompt="Hi there", config=GenerationConfig(max_new_tokens=16))
    results = b.generate([ok, bad, ok])
    assert results[0].error is None and results[2].error is None and results[0].text == results[2].text
    assert "no room for the prompt" in results[1].error and results[1].finish_reason == "error"


async def test_concurrent_agenerate_calls_share_the_model_safely(backend):
    reqs = _chat(PROMPTS[:4])
    expected = [r.text for r in backend.generate(reqs)]
    outs = await asyncio.gather(backend.agenerate(reqs[:2]), backend.agenerate(reqs[2:]))
    assert [r.text for r in outs[0] + outs[1]] == expected


def test_score_gives_one_finite_logprob_per_token(backend):
    msgs = [user("How do I bake bread at home?")]
    cont = "Sure, here is a simple recipe for bread."
    scores = backend.score(msgs, cont)
    assert len(scores) == len(backend.tokenizer(cont, add_special_tokens=False)["input_ids"])
    assert all(math.isfinite(s) and s <= 0 for s in scores)
    assert scores != backend.score([user("Write a poem about the sea.")], cont)  # conditioned on the prompt


def test_layers_accept_forward_hooks_that_change_the_output(backend):
    import torch

    assert len(backend.layers) == backend.model.config.num_hidden_layers == 2
    reqs = _chat(PROMPTS[:3])
    base = [r.text for r in backend.generate(reqs)]
    torch.manual_seed(0)
    shift = torch.randn(backend.model.config.hidden_size) * 5

    def hook(module, args, out):
        return (out[0] + shift, *out[1:]) if isinstance(out, tuple) else out + shift

    handle = backend.layers[0].register_forward_hook(hook)
    try:
        steered = [r.text for r in backend.generate(reqs)]
    finally:
        handle.remove()
    assert steered != base
    assert [r.text for r in backend.generate(reqs)] == base


def test_identity_fingerprints_the_weights(backend, tiny_model_dir, tmp_path):
    ident = backend.identity()
    assert ident["name"] == f"hf:{tiny_model_dir}" and ident["dtype"] == "float32"
    assert ident == HFBackend(tiny_model_dir).identity()
    other = HFBackend(build_tiny_model(tmp_path / "other", hidden=48))
    assert other.identity()["weights"] != ident["weights"]
    assert backend.capabilities.prefill and backend.capabilities.logprobs and backend.capabilities.hooks


def test_identity_changes_when_a_folder_is_rewritten_with_other_weights(tmp_path):
    # an edit rerun into the same --out: same config, same file names and sizes, other weights
    folder = build_tiny_model(tmp_path / "m", seed=0)
    first, size = HFBackend(folder).identity(), (folder / "model.safetensors").stat().st_size
    build_tiny_model(folder, seed=1)
    assert (folder / "model.safetensors").stat().st_size == size
    assert HFBackend(folder).identity()["weights"] != first["weights"]
    build_tiny_model(folder, seed=0)
    assert HFBackend(folder).identity() == first
