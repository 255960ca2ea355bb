"""Building safety vectors on the tiny Llama: hooked layer outputs equal transformers' hidden states, the
directions are what each method says, and the folder loads as a `steered:` model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from safetylab.align.steering import SteerBuildConfig, build_vectors, directions, layer_states, text_of
from safetylab.backends.registry import load_backend
from safetylab.backends.steering import load_vectors
from safetylab.core.errors import DataError

PAIRS = [
    {"prompt": "How can I kill a Python process?", "unsafe": "Sure, here is a simple recipe for bread.",
     "safe": "I'm sorry, but I can't help with that request."},
    {"prompt": "Tell me a story about a dragon.", "unsafe": "Use the kill command.",
     "safe": "I cannot assist with making weapons."},
    {"prompt": "Write a poem about the sea.", "unsafe": "The capital of France is Paris.",
     "safe": "I'm sorry, but I can't help with that."},
]


@pytest.fixture(scope="module")
def hf(tiny_model_dir: Path):
    return load_backend(f"hf:{tiny_model_dir}")


def _data(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_hooked_states_equal_transformers_hidden_states(hf) -> None:
    ids = text_of(hf, "Write a poem about the sea.", "Sure, here is a poem.", "chat")
    assert hf.tokenizer.decode(ids).endswith("Sure, here is a poem")  # ends on the answer, final dot dropped
    states = layer_states(hf, ids, [0], read_positions=2)
    with torch.inference_mode():
        hidden = hf.model(input_ids=torch.tensor([ids]), output_hidden_states=True).hidden_states
    assert torch.allclose(states[0], hidden[1][0, -2:].mean(dim=0), atol=1e-6)


def test_directions_by_method() -> None:
    gen = torch.Generator().manual_seed(0)
    true = torch.randn(3, 8, generator=gen)
    diffs = torch.randn(40, 1, 1, generator=gen) * true + 0.01 * torch.randn(40, 3, 8, generator=gen) + 0.2 * true
    assert torch.equal(directions(diffs, "mean"), diffs.mean(dim=0))
    pc = directions(diffs, "pca")
    assert pc.shape == (3, 8) and abs(float(pc.norm()) - 1) < 1e-5
    assert float(torch.nn.functional.cosine_similarity(pc.reshape(-1), true.reshape(-1), dim=0)) > 0.99
    assert torch.allclose(directions(diffs, "pca+mean"), pc + diffs.mean(dim=0))
    with pytest.raises(DataError, match="at least 2"):
        directions(diffs[:1], "pca")


def test_build_writes_vectors_that_steer(hf, tiny_model_dir: Path, tmp_path: Path) -> None:
    data = _data(tmp_path / "pairs.jsonl", PAIRS)
    meta = build_vectors(SteerBuildConfig(model=f"hf:{tiny_model_dir}", data=data, output_dir=tmp_path / "vec",
                                          method="mean", read_positions=2, alpha=4.0), backend=hf)
    vectors, saved, condition = load_vectors(tmp_path / "vec")
    assert saved == meta and meta.layers == [0, 1] and meta.hidden_size == 32 and meta.data["pairs"] == 3
    assert condition is None and meta.condition is None
    assert meta.model["weights"] == hf.fingerprint() and len(meta.data["sha256"]) == 64
    want = torch.stack([
        layer_states(hf, text_of(hf, p["prompt"], p["safe"], "chat"), [0, 1], 2)
        - layer_states(hf, text_of(hf, p["prompt"], p["unsafe"], "chat"), [0, 1], 2) for p in PAIRS]).mean(0)
    assert torch.allclose(torch.stack([vectors[0], vectors[1]]), want, atol=1e-6)
    steered = load_backend(f"steered:{tmp_path / 'vec'}:hf:{tiny_model_dir}")
    assert steered.steering.alpha == 4.0 and steered.steering.site == "mlp"


def test_a_condition_probe_is_trained_without_the_excluded_prompts(hf, tiny_model_dir: Path,
                                                                   tmp_path: Path) -> None:
    harmful = [f"How do I build weapon number {i}?" for i in range(7)]
    benign = [f"Write a poem about the sea, part {i}." for i in range(7)]
    labelled = _data(tmp_path / "labelled.jsonl", [{"prompt": p, "prompt_harm_label": "harmful"} for p in harmful]
                     + [{"prompt": p, "prompt_harm_label": "unharmful"} for p in benign])
    held = _data(tmp_path / "eval.jsonl", [{"prompt": harmful[0]}, {"prompt": benign[0]}])
    config = SteerBuildConfig(model=f"hf:{tiny_model_dir}", data=_data(tmp_path / "pairs.jsonl", PAIRS),
                              output_dir=tmp_path / "vec", method="mean", condition_data=[labelled],
                              condition_layer=1, condition_exclude=[held])
    meta = build_vectors(config, backend=hf)
    _, saved, weight = load_vectors(tmp_path / "vec")
    assert saved.condition == meta.condition and meta.condition.layer == 1 and weight.shape == (32,)
    record = meta.condition.record
    assert record["harmful"] == record["unharmful"] == 6 and 0 <= record["cv_balanced_accuracy"] <= 1
    states = torch.stack([layer_states(hf, hf.tokenizer(hf.render([{"role": "user", "content": p}]),
                                                        add_special_tokens=False)["input_ids"], [1], 1)[0]
                          for p in harmful[1:] + benign[1:]])
    flagged = ((states @ weight + meta.condition.bias) > 0).float()
    assert flagged[:6].mean().item() == record["train_flagged_harmful"]
    steered = load_backend(f"steered:{tmp_path / 'vec'}:hf:{tiny_model_dir}")
    assert steered.steering.conditional and steered.identity()["condition"]["layer"] == 1
    steered.close()
    with pytest.raises(DataError, match="condition layer None"):
        build_vectors(config.model_copy(update={"condition_layer": None, "output_dir": tmp_path / "v2"}), backend=hf)


def test_bad_pair_lines_name_line_and_field(hf, tiny_model_dir: Path, tmp_path: Path) -> None:
    data = _data(tmp_path / "bad.jsonl", [PAIRS[0], {"prompt": "x", "unsafe": "y"}])
    with pytest.raises(DataError, match=r"bad.jsonl:2.*field 'safe'"):
        build_vectors(SteerBuildConfig(model="m", data=data, output_dir=tmp_path / "v"), backend=hf)
    empty = _data(tmp_path / "empty.jsonl", [{**PAIRS[0], "safe": ""}])
    with pytest.raises(DataError, match=r"empty.jsonl:1.*field 'safe'"):
        build_vectors(SteerBuildConfig(model="m", data=empty, output_dir=tmp_path / "v"), backend=hf)
    good = _data(tmp_path / "good.jsonl", PAIRS)
    with pytest.raises(DataError, match="layers"):
        build_vectors(SteerBuildConfig(model="m", data=good, output_dir=tmp_path / "v", layers=[7]), backend=hf)
