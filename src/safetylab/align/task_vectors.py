"""Task vectors and harm-direction removal (Safety Arithmetic §3.2): θ' = θ_target − λ·τ_k with
τ = θ_finetuned − θ_base, trimmed to its top-k % entries by magnitude.

Everything streams tensor by tensor (see `checkpoint.py`): a model larger than memory can be edited. The
global top-k threshold of the reference code (one `kthvalue` over the whole flattened model) is found
exactly in two extra passes by a radix select on the float bits of |τ|, so no pass holds more than one
tensor. `method="task-arithmetic"` subtracts the untrimmed τ (the paper's "HDR w/ Task Vector" baseline).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.align.checkpoint import (
    ADAPTER_CONFIG,
    Checkpoint,
    DenseDelta,
    LoraDelta,
    TensorInfo,
    write_like,
)
from safetylab.core.errors import DataError, SafetylabError

Part = Literal["embeddings", "norms", "lm_head"]
RECORD = "task_vector.json"
_LAYER = re.compile(r"\.(?:layers|h|blocks|layer)\.(\d+)\.")
_CHUNK = 1 << 22  # elements per histogram step: bounds the temporaries of the radix select


class TaskVectorConfig(BaseModel):
    """Settings of one weight edit. Defaults are the reference code's: k = 10 % with one global threshold,
    λ = 3, every tensor (embeddings, norms and LM head included) taking part."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(description="θ_target, the model to edit: smollm2-135m, hf:PATH or a local folder")
    finetuned: str = Field(description="θ_ft: a model folder, or a PEFT LoRA adapter folder (used as its "
                                       "dense ΔW = B·A·scaling)")
    base: str | None = Field(None, description="θ_base that θ_ft was trained from (default: the target; "
                                               "not needed for a LoRA adapter)")
    output_dir: Path
    method: Literal["hdr", "task-arithmetic"] = Field(
        "hdr", description="hdr: trim τ to its top-k % (TIES-style magnitude trim); task-arithmetic: all of τ")
    k: float = Field(10.0, gt=0, le=100, description="percent of τ's entries kept, by |value| (hdr)")
    lam: float = Field(3.0, description="λ in θ' = θ_target − λ·τ_k")
    topk_scope: Literal["global", "per-tensor"] = Field(
        "global", description="one threshold over every included tensor (reference) or one per tensor "
                              "(mergekit / PEFT)")
    exclude: list[Part] = Field(default_factory=list, description="tensor groups kept out of τ")
    layers: list[int] | None = Field(None, description="edit area: only these decoder layers take part "
                                                      "(paper Eq. 13); tensors outside any layer stay out")


class TaskVectorRecord(BaseModel):
    """What an edit did and from what: written as task_vector.json beside the new weights."""

    config: dict[str, Any]
    inputs: dict[str, dict[str, Any]]
    threshold: float | None = Field(description="|τ| ≥ threshold was kept (global scope); None otherwise")
    entries: int = Field(description="entries of τ that took part")
    kept: int = Field(description="entries of τ subtracted (nonzero after the trim)")
    tensors_edited: int
    tensors_copied: int
    runtime_s: float
    environment: dict[str, Any]


def tensor_part(name: str, ndim: int) -> str:
    """Which group a weight belongs to: embeddings, norms, lm_head or layers (everything else)."""
    low = name.lower()
    if "lm_head" in low or "embed_out" in low:
        return "lm_head"
    if "embed" in low or low.endswith(("wte.weight", "wpe.weight")):
        return "embeddings"
    if ndim == 1 and any(s in low for s in ("norm", ".ln_", "ln_f")):
        return "norms"
    return "layers"


def layer_index(name: str) -> int | None:
    m = _LAYER.search(name)
    return int(m.group(1)) if m else None


def local_folder(name: str, role: str) -> Path:
    """The local folder behind a model name (the embedded model resolves to its safetensors copy)."""
    from safetylab.train.config import resolve_model_path

    path = Path(resolve_model_path(name) if name == "smollm2-135m" else name.removeprefix("hf:"))
    if not path.is_dir():
        raise SafetylabError(f"{role} '{name}' is not a local folder: task vectors read safetensors files "
                             "from disk (download a hub model first, e.g. with `hf download`)")
    return path


def kth_smallest(magnitudes: Callable[[], Iterator[Any]], rank: int) -> float:
    """The `rank`-th smallest (1-based) of all values the iterator yields, exactly, in two passes.

    Non-negative float32 values order like their bit patterns read as integers, so a histogram of the top
    16 bits finds the bucket holding the rank, and a histogram of the low 16 bits inside it the value."""
    import torch

    def histogram(select: Callable[[Any], Any]) -> Any:
        counts = torch.zeros(1 << 16, dtype=torch.int64)
        for values in magnitudes():
            flat = values.reshape(-1)
            for start in range(0, flat.numel(), _CHUNK):
                bits = flat[start:start + _CHUNK].view(torch.int32)
                counts += torch.bincount(select(bits).long(), minlength=1 << 16)
        return counts.cumsum(0)

    high = histogram(lambda bits: bits >> 16)
    hi = int(torch.searchsorted(high, rank))
    below = int(high[hi - 1]) if hi else 0
    low = histogram(lambda bits: bits[(bits >> 16) == hi] & 0xFFFF)
    lo = int(torch.searchsorted(low, rank - below))
    return float(torch.tensor([(hi << 16) | lo], dtype=torch.int32).view(torch.float32))


def keep_count(entries: int, k: float) -> int:
    """How many entries the top-k % keeps before ties: ⌊entries·k/100⌋, computed as the reference does."""
    return int(entries * (k / 100))


class TaskVector:
    """τ (dense or from a LoRA adapter) restricted to the tensors that take part in an edit of a target."""

    def __init__(self, config: TaskVectorConfig, target: Checkpoint):
        self.config = config
        ft_dir = local_folder(config.finetuned, "finetuned")
        if (ft_dir / ADAPTER_CONFIG).exists():
            self.source: LoraDelta | DenseDelta = LoraDelta(ft_dir)
            self.base_dir = None
        else:
            self.base_dir = local_folder(config.base, "base") if config.base else target.folder
            self.source = DenseDelta(Checkpoint(self.base_dir), Checkpoint(ft_dir))
        self.names = [n for n in self.source.names() if self._takes_part(n, target)]
        if not self.names:
            raise SafetylabError("no tensor of τ takes part in the edit (check --exclude and --layers)")

    def _takes_part(self, name: str, target: Checkpoint) -> bool:
        info = target.tensors.get(name)
        if info is None:
            raise DataError(f"τ has tensor {name}, which the target model does not have",
                            path=str(target.folder))
        if not info.is_float:
            return False
        if tensor_part(name, len(info.shape)) in self.config.exclude:
            return False
        return self.config.layers is None or layer_index(name) in self.config.layers

    def delta(self, name: str, shape: tuple[int, ...]) -> Any:
        import torch

        tau = self.source.delta(name)
        if tuple(tau.shape) != shape:
            raise DataError(f"τ of {name} has shape {tuple(tau.shape)}, the target's weight {shape}")
        if not torch.isfinite(tau).all():
            raise DataError(f"τ of {name} has NaN or infinite entries")
        return tau

    def magnitudes(self, target: Checkpoint) -> Iterator[Any]:
        for name in self.names:
            yield self.delta(name, target.tensors[name].shape).abs_()

    def hashes(self) -> dict[str, Any]:
        out: dict[str, Any] = {"finetuned": {"name": self.config.finetuned, "files": self.source.hashes(),
                                             "lora": isinstance(self.source, LoraDelta)}}
        if self.base_dir is not None:
            out["base"] = {"name": self.config.base or self.config.model, "path": str(self.base_dir)}
        return out


def task_vector(config: TaskVectorConfig) -> TaskVectorRecord:
    """Write θ_target − λ·τ_k to `config.output_dir` as an ordinary HF checkpoint (with config and tokenizer
    copied from the target) plus task_vector.json; returns the record."""
    import torch

    from safetylab.core.progress import progress_bar
    from safetylab.core.provenance import environment

    started = time.time()
    target = Checkpoint(local_folder(config.model, "model"))
    if config.output_dir.resolve() == target.folder.resolve():
        raise SafetylabError("the output folder is the target model's folder; write the edit elsewhere")
    tau = TaskVector(config, target)
    included = set(tau.names)
    entries = sum(target.tensors[n].numel for n in tau.names)
    trim = config.method == "hdr" and config.k < 100
    threshold = None
    if trim and config.topk_scope == "global":
        threshold = kth_smallest(lambda: tau.magnitudes(target), entries - keep_count(entries, config.k))
    kept = 0

    def edited(info: TensorInfo) -> Any:
        nonlocal kept
        weight = target.get(info.name)
        if info.name not in included:
            return weight
        delta = tau.delta(info.name, info.shape)
        if trim:
            cut = threshold
            if cut is None:  # per tensor: the same k-th value rule inside this tensor alone
                cut = float(delta.abs().reshape(-1).kthvalue(info.numel - keep_count(info.numel, config.k))[0])
            delta.masked_fill_(delta.abs() < cut, 0.0)
        kept += int(torch.count_nonzero(delta))
        return weight.float().sub_(delta, alpha=config.lam).to(weight.dtype)

    with progress_bar("task vector: writing", len(target.tensors), unit="tensors") as advance:
        write_like(target, config.output_dir, edited, advance)
    record = TaskVectorRecord(
        config=config.model_dump(mode="json"),
        inputs={"target": {"name": config.model, "path": str(target.folder), "files": target.hashes()},
                **tau.hashes()},
        threshold=threshold, entries=entries, kept=kept, tensors_edited=len(included),
        tensors_copied=len(target.tensors) - len(included), runtime_s=round(time.time() - started, 3),
        environment=environment())
    (config.output_dir / RECORD).write_text(json.dumps(record.model_dump(mode="json"), indent=2) + "\n",
                                           encoding="utf-8")
    return record
