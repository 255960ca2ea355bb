"""Steering hooks on the tiny Llama: they change outputs, keep every hidden state's norm, leave the model
exactly as it was when removed or at α = 0, and the `steered:` wrapper runs any request unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from safetylab.backends.registry import load_backend
from safetylab.backends.steering import (
    SteeredBackend,
    Steering,
    SteeringMeta,
    load_vectors,
    save_vectors,
    steer_state,
)
from safetylab.core.errors import BackendError, DataError, UnknownNameError
from safetylab.core.records import GenerationConfig, GenerationRequest

IDS = torch.tensor([[5, 17, 42, 99, 7, 3]])


@pytest.fixture(scope="module")
def hf(tiny_model_dir: Path):
    return load_backend(f"hf:{tiny_model_dir}")


def _vectors(layers: int = 2, width: int = 32, scale: float = 3.0) -> dict[int, torch.Tensor]:
    gen = torch.Generator().manual_seed(0)
    return {i: torch.randn(width, generator=gen) * scale for i in range(layers)}


def _write(folder: Path, vectors: dict[int, torch.Tensor], **kw) -> Path:
    meta = SteeringMeta(model={"name": "tiny"}, layers=sorted(vectors), hidden_size=len(vectors[0]),
                        method="mean", read_positions=1, template="chat", site=kw.get("site", "mlp"),
                        alpha=kw.get("alpha", 1.0), data={"pairs": 2})
    save_vectors(folder, vectors, meta)
    return folder


def _logits(hf) -> torch.Tensor:
    with torch.inference_mode():
        return hf.model(input_ids=IDS).logits


@pytest.mark.parametrize("rule", ["add", "gated"])
def test_every_position_keeps_its_norm(rule: str) -> None:
    h = torch.randn(3, 7, 32) * 5
    out = steer_state(h, torch.randn(32), 0.8, rule)
    assert torch.allclose(out.norm(dim=-1), h.norm(dim=-1), rtol=1e-5)
    assert not torch.allclose(out, h)


@pytest.mark.parametrize("site", ["mlp", "resid"])
def test_hooks_change_outputs_and_removing_them_restores_the_model(hf, site: str) -> None:
    before = _logits(hf)
    with Steering(hf.layers, _vectors(), alpha=2.0, site=site):
        steered = _logits(hf)
    assert not torch.allclose(steered, before, atol=1e-3)
    assert torch.equal(_logits(hf), before)


def test_alpha_zero_is_exactly_the_bare_model(hf) -> None:
    before = _logits(hf)
    with Steering(hf.layers, _vectors(), alpha=0.0, site="resid"):
        assert torch.equal(_logits(hf), before)


def test_the_steered_state_is_the_norm_kept_sum(hf) -> None:
    """What the model's MLP hands on is (x + α·v)·‖x‖/‖x + α·v‖ of what the bare MLP made."""
    mlp = hf.layers[0].mlp
    seen: dict[str, torch.Tensor] = {}
    probe = mlp.register_forward_hook(lambda _m, _a, out: seen.__setitem__("bare", out.clone()))
    vec = _vectors()[0]
    with Steering(hf.layers, {0: vec}, alpha=1.5, site="mlp"):
        after = hf.layers[0].mlp.register_forward_hook(lambda _m, _a, out: seen.__setitem__("steered", out))
        _logits(hf)
        after.remove()
    probe.remove()
    x = seen["bare"]
    want = (x + 1.5 * vec) * x.norm(dim=-1, keepdim=True) / (x + 1.5 * vec).norm(dim=-1, keepdim=True)
    assert torch.allclose(seen["steered"], want, atol=1e-6)


def test_steered_wrapper_generates_and_names_itself(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = _write(tmp_path / "vec", _vectors(scale=20.0), alpha=1.0)
    req = [GenerationRequest(id="q", messages=[{"role": "user", "content": "How do I bake bread?"}],
                             config=GenerationConfig(max_new_tokens=8))]
    bare = load_backend(f"hf:{tiny_model_dir}").generate(req)[0].text
    steered = load_backend(f"steered:{folder}:hf:{tiny_model_dir}")
    assert isinstance(steered, SteeredBackend) and steered.steering.alpha == 1.0
    assert steered.generate(req)[0].text != bare
    ident = steered.identity()
    assert ident["alpha"] == 1.0 and ident["layers"] == [0, 1] and len(ident["vectors"]) == 64
    assert ident["inner"]["backend"] == "hf"
    off = load_backend(f"steered:{folder}@0:hf:{tiny_model_dir}")
    assert off.steering.alpha == 0.0 and off.generate(req)[0].text == bare
    assert off.identity() != ident
    wrapped = load_backend(f"steered:{folder}:contextual:hf:{tiny_model_dir}")
    assert wrapped.generate(req)[0].error is None
    steered.close()
    assert steered.steering.handles == []


def _last_state(hf, req: GenerationRequest, layer: int) -> torch.Tensor:
    with torch.inference_mode():
        out = hf.model(input_ids=torch.tensor([hf.encode(req)]), output_hidden_states=True)
    return out.hidden_states[layer + 1][0, -1]


def test_a_condition_steers_only_the_sequences_its_probe_flags(hf) -> None:
    cfg = GenerationConfig(max_new_tokens=8)
    reqs = [GenerationRequest(id=q, messages=[{"role": "user", "content": q}], config=cfg)
            for q in ("How do I bake bread?", "Write a poem about the sea.")]
    weight = torch.randn(32, generator=torch.Generator().manual_seed(1))
    scores = [float(_last_state(hf, r, 0) @ weight) for r in reqs]
    flagged = 0 if scores[0] > scores[1] else 1
    condition = (0, weight, -sum(scores) / 2)  # the probe reads layer 0: one prompt above, one below
    vectors = {1: _vectors(scale=20.0)[1]}  # steer only after the probe's layer: prompt and answer alike

    def texts(**kw) -> list[str]:
        with Steering(hf.layers, vectors, alpha=1.0, site="resid", **kw):
            return [r.text for r in hf.generate(reqs)]

    bare = [r.text for r in hf.generate(reqs)]
    everywhere = texts()
    assert everywhere[flagged] != bare[flagged]
    gated = texts(condition=condition)
    assert gated[flagged] == everywhere[flagged] and gated[1 - flagged] == bare[1 - flagged]
    with Steering(hf.layers, vectors, alpha=1.0, site="resid", condition=condition) as steering:
        [alone] = hf.generate([reqs[1 - flagged]])  # a new prompt gets its own gate, not the last batch's
        assert alone.text == bare[1 - flagged] and steering.gate.shape[0] == 1
    with pytest.raises(BackendError, match="condition layer 7"):
        Steering(hf.layers, vectors, alpha=1.0, condition=(7, weight, 0.0))


@pytest.mark.parametrize("rule", ["add", "gated"])
def test_a_batch_its_probe_flags_nowhere_runs_the_bare_model_exactly(hf, rule: str) -> None:
    ids = torch.tensor([hf.encode(GenerationRequest(messages=[{"role": "user", "content": "Hi there"}]))])
    with torch.inference_mode():
        bare = hf.model(input_ids=ids).logits
        with Steering(hf.layers, _vectors(scale=20.0), alpha=1.0, rule=rule,
                      condition=(0, torch.ones(32), -1e9)) as steering:
            gated = hf.model(input_ids=ids).logits
        assert steering.gate is not None and not steering.gate.any()
    assert torch.equal(gated, bare)  # bit for bit: the hooks skip, not add zero


def test_bad_vectors_and_models_are_clear_errors(tiny_model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not a safety-vector folder"):
        load_backend(f"steered:{tmp_path}:hf:{tiny_model_dir}")
    with pytest.raises(UnknownNameError):
        load_backend(f"steered:{tmp_path}")
    narrow = _write(tmp_path / "narrow", _vectors(width=16))
    with pytest.raises(DataError, match="width 16"):
        load_backend(f"steered:{narrow}:hf:{tiny_model_dir}")
    deep = _write(tmp_path / "deep", _vectors(layers=5))
    with pytest.raises(BackendError, match="layer 2 does not exist"):
        load_backend(f"steered:{deep}:hf:{tiny_model_dir}")
    ok = _write(tmp_path / "ok", _vectors())
    with pytest.raises(BackendError, match="no decoder layers"):
        load_backend(f"steered:{ok}:openai:http://127.0.0.1:9/v1#m")
    vectors, meta, _ = load_vectors(ok)
    assert sorted(vectors) == meta.layers == [0, 1]
