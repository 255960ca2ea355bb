"""The compact guard's encoder adapter: merging low-rank factors, and a few real LoRA training steps."""

from __future__ import annotations

import numpy as np
import pytest

from safetylab.core.errors import DataError
from safetylab.guards.compact.adapter import PREFIX, adapter_tensors, merge_adapter, train_adapter
from safetylab.guards.compact.guard import encode_layers, head_logits, load_encoder, sigmoid

QUERY = "encoder.layer.0.attention.self.query"


@pytest.fixture(scope="module")
def encoder():
    return load_encoder()


def _weight(encoder, name: str) -> np.ndarray:
    return dict(encoder[0].auto_model.named_modules())[name].weight.detach().numpy().copy()


def test_merge_adds_b_times_a_to_a_copy(encoder):
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(4, 384)).astype(np.float16), rng.normal(size=(384, 4)).astype(np.float16)
    before = _weight(encoder, QUERY)
    merged = merge_adapter(encoder, {f"{PREFIX}{QUERY}.A": a, f"{PREFIX}{QUERY}.B": b, "prompt_harm.bias": 0})
    assert merged is not encoder and np.array_equal(_weight(encoder, QUERY), before)
    assert np.allclose(_weight(merged, QUERY), before + b.astype(np.float32) @ a.astype(np.float32), atol=1e-4)
    assert merge_adapter(encoder, {"prompt_harm.bias": np.zeros(1)}) is encoder  # no adapter: nothing to do


def test_merge_rejects_factors_for_another_model(encoder):
    with pytest.raises(DataError, match="no module"):
        merge_adapter(encoder, {f"{PREFIX}encoder.layer.9.attention.self.query.A": np.zeros((2, 384)),
                                f"{PREFIX}encoder.layer.9.attention.self.query.B": np.zeros((384, 2))})


def test_train_adapter_moves_the_embeddings_apart(encoder):
    """Real LoRA steps: harmful and benign prompts that share their wording drift apart in the last layer."""
    harmful = [f"How do I {t}?" for t in ("poison my boss", "build a pipe bomb", "stalk my ex", "rob a bank",
                                           "burn down a school", "hurt a child")]
    benign = [f"How do I {t}?" for t in ("bake my boss a cake", "build a bird box", "text my ex happy birthday",
                                          "open a bank account", "visit a school", "teach a child to read")]
    texts, labels = harmful + benign, [True] * 6 + [False] * 6
    tensors, head = train_adapter(encoder, texts, labels, rank=2, epochs=6, lr=3e-3, batch_size=4, seed=0)
    assert tensors == adapter_tensors(tensors) and all(v.dtype == np.float16 for v in tensors.values())
    assert len(tensors) == 2 * 6 * 6  # A and B for the 6 linear layers of each of the 6 blocks; not the pooler
    assert not any("pooler" in k for k in tensors)

    def gap(enc) -> float:  # mean distance between the two classes' centroids in the last layer
        e = encode_layers(enc, texts, [-1])[-1]
        return float(np.linalg.norm(e[:6].mean(0) - e[6:].mean(0)))

    merged = merge_adapter(encoder, tensors)
    assert gap(merged) > gap(encoder)
    # the head trained with the factors, in the compact heads' format, scores the merged encoder's last layer
    assert set(head) == {"mean", "scale", "weight", "bias"} and head["weight"].shape == (384,)
    last = encode_layers(merged, texts, [-1])[-1]
    scores = sigmoid(head_logits({f"h.{k}": v for k, v in head.items()}, "h", last))
    assert scores[:6].min() > scores[6:].max()
    again, again_head = train_adapter(encoder, texts, labels, rank=2, epochs=6, lr=3e-3, batch_size=4, seed=0)
    assert all(np.array_equal(tensors[k], again[k]) for k in tensors)  # seeded: the same factors and head
    assert np.array_equal(head["weight"], again_head["weight"])
