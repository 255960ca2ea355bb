"""Task vectors on the tiny Llama: the streamed edit equals the direct in-memory computation of the
reference (flatten everything, one kthvalue, mask, subtract), for every scope and for LoRA adapters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from safetylab.align.checkpoint import Checkpoint
from safetylab.align.task_vectors import (
    RECORD,
    TaskVectorConfig,
    keep_count,
    kth_smallest,
    task_vector,
    tensor_part,
)
from safetylab.core.errors import DataError, SafetylabError
from tests.conftest import build_tiny_model


def _state(folder: Path) -> dict[str, torch.Tensor]:
    ckpt = Checkpoint(folder)
    return {name: ckpt.get(name) for name in ckpt.tensors}


def _perturbed(src: Path, out: Path, *, seed: int, dtype: torch.dtype = torch.float32,
               shard: str | None = None) -> Path:
    """A copy of `src` with every weight moved by Gaussian noise (a stand-in θ_ft with a known τ)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(src, dtype=torch.float32)
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn(p.shape, generator=gen) * 0.02)
    model.to(dtype).save_pretrained(out, **({"max_shard_size": shard} if shard else {}))
    AutoTokenizer.from_pretrained(src).save_pretrained(out)
    return out


@pytest.fixture(scope="module")
def models(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tv")
    return {"base": tiny_model_dir, "ft": _perturbed(tiny_model_dir, root / "ft", seed=1),
            "sft": _perturbed(tiny_model_dir, root / "sft", seed=2, dtype=torch.bfloat16, shard="20KB")}


def _expected(base: dict, ft: dict, target: dict, *, k: float | None, lam: float, scope: str = "global",
              takes_part=lambda name: True) -> tuple[dict, float | None]:
    """The reference's arithmetic, in memory: flatten τ over all included tensors, one kthvalue."""
    names = [n for n in target if takes_part(n)]
    tau = {n: ft[n].float() - base[n].float() for n in names}
    threshold = None
    if k is not None and scope == "global":
        flat = torch.cat([tau[n].reshape(-1) for n in names]).abs()
        d = flat.numel()
        threshold = float(flat.kthvalue(d - int(d * (k / 100)))[0])
    out = dict(target)
    for n in names:
        t = tau[n]
        if k is not None:
            cut = threshold if threshold is not None else \
                float(t.abs().reshape(-1).kthvalue(t.numel() - int(t.numel() * (k / 100)))[0])
            t = torch.where(t.abs() >= cut, t, torch.zeros_like(t))
        out[n] = torch.sub(target[n].float(), t, alpha=lam).to(target[n].dtype)
    return out, threshold


def _assert_same(got: dict, want: dict) -> None:
    assert got.keys() == want.keys()
    for name in want:
        assert got[name].dtype == want[name].dtype, name
        assert torch.equal(got[name], want[name]), name


def test_global_top_k_equals_the_in_memory_reference(models: dict[str, Path], tmp_path: Path) -> None:
    record = task_vector(TaskVectorConfig(model=f"hf:{models['base']}", finetuned=str(models["ft"]),
                                          output_dir=tmp_path / "out", k=10, lam=3))
    base, ft = _state(models["base"]), _state(models["ft"])
    want, threshold = _expected(base, ft, base, k=10, lam=3)
    got = _state(tmp_path / "out")
    _assert_same(got, want)
    assert record.threshold == threshold
    changed = sum(int((got[n] != base[n]).sum()) for n in base)
    assert record.kept == changed == keep_count(record.entries, 10) + 1  # the reference keeps the tie too
    assert record.entries == sum(t.numel() for t in base.values())
    saved = json.loads((tmp_path / "out" / RECORD).read_text())
    assert saved["config"]["lam"] == 3 and saved["inputs"]["target"]["files"]["model.safetensors"]


def test_per_tensor_scope_and_an_sft_target_in_bf16_shards(models: dict[str, Path], tmp_path: Path) -> None:
    """θ_sft − λ·τ_k with τ from the SFT model's base: the target's shards, index and dtype are kept."""
    cfg = TaskVectorConfig(model=str(models["sft"]), base=str(models["base"]), finetuned=str(models["ft"]),
                           output_dir=tmp_path / "out", k=20, lam=2.5, topk_scope="per-tensor")
    task_vector(cfg)
    assert len(Checkpoint(models["sft"]).files) > 1
    assert sorted(p.name for p in (tmp_path / "out").glob("*.safetensors")) == Checkpoint(models["sft"]).files
    assert (tmp_path / "out" / "model.safetensors.index.json").exists()
    want, _ = _expected(_state(models["base"]), _state(models["ft"]), _state(models["sft"]), k=20, lam=2.5,
                        scope="per-tensor")
    _assert_same(_state(tmp_path / "out"), want)


def test_plain_task_arithmetic_and_excluded_groups(models: dict[str, Path], tmp_path: Path) -> None:
    cfg = TaskVectorConfig(model=str(models["base"]), finetuned=str(models["ft"]), output_dir=tmp_path / "out",
                           method="task-arithmetic", lam=0.5, exclude=["embeddings", "norms", "lm_head"])
    record = task_vector(cfg)
    base = _state(models["base"])
    want, _ = _expected(base, _state(models["ft"]), base, k=None, lam=0.5,
                        takes_part=lambda n: tensor_part(n, base[n].dim()) == "layers")
    _assert_same(_state(tmp_path / "out"), want)
    assert torch.equal(want["model.embed_tokens.weight"], base["model.embed_tokens.weight"])
    assert record.tensors_copied == sum(tensor_part(n, t.dim()) != "layers" for n, t in base.items()) > 0


def test_edit_area_limits_the_edit_to_its_layers(models: dict[str, Path], tmp_path: Path) -> None:
    record = task_vector(TaskVectorConfig(model=str(models["base"]), finetuned=str(models["ft"]),
                                          output_dir=tmp_path / "out", layers=[1], k=30))
    base = _state(models["base"])
    want, threshold = _expected(base, _state(models["ft"]), base, k=30, lam=3,
                                takes_part=lambda n: ".layers.1." in n)
    _assert_same(_state(tmp_path / "out"), want)
    assert record.threshold == threshold


def test_lora_adapter_is_its_dense_product(models: dict[str, Path], tmp_path: Path) -> None:
    """λ = −1 with no trim adds ΔW = B·A·scaling: PEFT's own merge gives the same weights."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(models["base"], dtype=torch.float32),
                           LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "down_proj", "embed_tokens"],
                                      init_lora_weights=False, use_rslora=True))
    model.save_pretrained(tmp_path / "adapter")
    merged = {k: v.detach() for k, v in model.merge_and_unload().state_dict().items()}
    task_vector(TaskVectorConfig(model=str(models["base"]), finetuned=str(tmp_path / "adapter"),
                                 output_dir=tmp_path / "out", method="task-arithmetic", lam=-1))
    got = _state(tmp_path / "out")
    for name, tensor in got.items():
        assert torch.allclose(tensor, merged[name], atol=1e-6), name
    changed = {n for n, t in got.items() if not torch.equal(t, _state(models["base"])[n])}
    assert "model.embed_tokens.weight" in changed and "model.layers.0.self_attn.q_proj.weight" in changed
    assert "model.layers.0.self_attn.k_proj.weight" not in changed


def test_the_output_loads_as_an_hf_model(models: dict[str, Path], tmp_path: Path) -> None:
    from safetylab.backends.registry import load_backend
    from safetylab.core.records import GenerationConfig, GenerationRequest

    task_vector(TaskVectorConfig(model=str(models["base"]), finetuned=str(models["ft"]),
                                 output_dir=tmp_path / "out"))
    backend = load_backend(f"hf:{tmp_path / 'out'}")
    [result] = backend.generate([GenerationRequest(id="a", messages=[{"role": "user", "content": "Hi"}],
                                                   config=GenerationConfig(max_new_tokens=4))])
    assert result.error is None and result.choices


@pytest.mark.parametrize("rank", [1, 7, 500, 4095, 4096])
def test_kth_smallest_is_exact_with_ties_and_zeros(rank: int) -> None:
    gen = torch.Generator().manual_seed(rank)
    parts = [torch.randn(1000, generator=gen).abs(), torch.zeros(96), torch.full((1000,), 0.5),
             torch.randn(2000, generator=gen).abs() * 1e-6]
    want = float(torch.cat(parts).kthvalue(rank)[0])
    assert kth_smallest(lambda: iter(parts), rank) == want


def test_bad_inputs_are_clear_errors(models: dict[str, Path], tmp_path: Path) -> None:
    other = build_tiny_model(tmp_path / "wide", hidden=16)
    with pytest.raises(DataError, match="lm_head.weight .* of the fine-tuned model is shape"):
        task_vector(TaskVectorConfig(model=str(models["base"]), finetuned=str(other), output_dir=tmp_path / "o"))
    with pytest.raises(SafetylabError, match="output folder is the target"):
        task_vector(TaskVectorConfig(model=str(models["base"]), finetuned=str(models["ft"]),
                                     output_dir=models["base"]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no safetensors"):
        task_vector(TaskVectorConfig(model=str(tmp_path / "empty"), finetuned=str(models["ft"]),
                                     output_dir=tmp_path / "o"))
    with pytest.raises(SafetylabError, match="no tensor of τ"):
        task_vector(TaskVectorConfig(model=str(models["base"]), finetuned=str(models["ft"]),
                                     output_dir=tmp_path / "o", layers=[99]))
