"""Checkpoints as streams of tensors: read one tensor at a time from safetensors shards, and write shards
tensor by tensor, so weight arithmetic needs memory for a few tensors, never for the whole model.

Reading opens the shard for each tensor (safetensors memory-maps the file, and the pages of a mapping held
open for the whole pass would count towards the process's resident memory). Writing lays out the header
first, from names, dtypes and shapes known in advance, then appends each tensor's bytes as it is made.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetylab.core.errors import DataError
from safetylab.core.files import atomic_path
from safetylab.core.hashing import file_hash

INDEX = "model.safetensors.index.json"
ADAPTER_CONFIG = "adapter_config.json"
# files copied beside new weights so the folder loads as a model: config, generation config, tokenizer
SIDE_FILE_SUFFIXES = (".json", ".jinja", ".txt", ".model", ".tiktoken")


def torch_dtype(code: str) -> Any:
    """The torch dtype of a safetensors dtype code (F32, BF16, ...)."""
    import torch

    table = {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
             "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8,
             "BOOL": torch.bool, "F8_E4M3": torch.float8_e4m3fn, "F8_E5M2": torch.float8_e5m2}
    if code not in table:
        raise DataError(f"unsupported safetensors dtype {code}")
    return table[code]


@dataclass(frozen=True)
class TensorInfo:
    """Where a tensor lives and what it is, from the shard's header (no data read)."""

    name: str
    file: str
    dtype: str
    shape: tuple[int, ...]
    offset: int

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    @property
    def is_float(self) -> bool:
        return self.dtype.startswith(("F", "BF"))


def read_header(path: Path) -> tuple[list[TensorInfo], dict[str, str]]:
    """The tensors of one safetensors file in storage order, and its `__metadata__`."""
    try:
        with open(path, "rb") as f:
            size = int.from_bytes(f.read(8), "little")
            header = json.loads(f.read(size))
    except (OSError, ValueError) as e:
        raise DataError(f"not a readable safetensors file ({e})", path=str(path)) from e
    meta = header.pop("__metadata__", None) or {}
    infos = [TensorInfo(name, path.name, v["dtype"], tuple(v["shape"]), v["data_offsets"][0])
             for name, v in header.items()]
    return sorted(infos, key=lambda t: t.offset), meta


class Checkpoint:
    """The safetensors weights of a local model folder (one file or shards with an index)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        index = self.folder / INDEX
        if index.exists():
            weight_map = json.loads(index.read_text(encoding="utf-8")).get("weight_map", {})
            self.files = sorted(set(weight_map.values()))
        else:
            self.files = sorted(p.name for p in self.folder.glob("*.safetensors"))
        if not self.files:
            raise DataError("no safetensors weights in this folder (safetensors only, no pickle)",
                            path=str(self.folder))
        self.tensors: dict[str, TensorInfo] = {}
        self.metadata: dict[str, dict[str, str]] = {}
        for name in self.files:
            infos, self.metadata[name] = read_header(self.folder / name)
            self.tensors.update((t.name, t) for t in infos)

    def get(self, name: str) -> Any:
        from safetensors import safe_open

        with safe_open(str(self.folder / self.tensors[name].file), framework="pt") as f:
            return f.get_tensor(name)

    def in_file(self, file: str) -> list[TensorInfo]:
        return [t for t in self.tensors.values() if t.file == file]

    def hashes(self) -> dict[str, str]:
        """sha256 of every weight file, for the record of what an edit started from."""
        return {name: file_hash(self.folder / name) for name in self.files}


def write_like(source: Checkpoint, out_dir: Path, tensor_for: Callable[[TensorInfo], Any],
               advance: Callable[[int], None] | None = None) -> None:
    """Write weights with the same files, names, dtypes and shapes as `source`; `tensor_for(info)` makes each
    tensor when its turn comes, so only one is held at a time. Side files (config, tokenizer, index) are
    copied, so the folder loads with transformers like the source does."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for file in source.files:
        infos = source.in_file(file)
        header: dict[str, Any] = {"__metadata__": source.metadata[file] or {"format": "pt"}}
        offset = 0
        for t in infos:
            nbytes = t.numel * torch_dtype(t.dtype).itemsize
            header[t.name] = {"dtype": t.dtype, "shape": list(t.shape), "data_offsets": [offset, offset + nbytes]}
            offset += nbytes
        raw = json.dumps(header, separators=(",", ":")).encode()
        raw += b" " * (-len(raw) % 8)  # the data starts 8-byte aligned, as safetensors writes it
        with atomic_path(out_dir / file) as tmp, open(tmp, "wb") as f:
            f.write(len(raw).to_bytes(8, "little") + raw)
            for t in infos:
                tensor = tensor_for(t)
                if tuple(tensor.shape) != t.shape or tensor.dtype != torch_dtype(t.dtype):
                    raise ValueError(f"{t.name}: made {tensor.dtype} {tuple(tensor.shape)}, "
                                     f"expected {t.dtype} {t.shape}")
                f.write(tensor.contiguous().reshape(-1).view(torch_dtype("U8")).numpy().data)
                if advance:
                    advance(1)
    for side in sorted(source.folder.iterdir()):
        if side.is_file() and side.suffix in SIDE_FILE_SUFFIXES:
            (out_dir / side.name).write_bytes(side.read_bytes())


class LoraDelta:
    """A PEFT LoRA adapter folder as dense weight deltas ΔW = B·A·scaling, one module at a time.

    The product is formed before anything else touches it: pruning A and B apart (as PEFT's own TIES and
    magnitude merges of LoRA adapters do) is a different and much coarser edit."""

    _KEY = re.compile(r"^base_model\.model\.(?P<module>.+)\.(?P<part>lora_A|lora_B|lora_embedding_A|"
                      r"lora_embedding_B)(?:\.weight)?$")

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        path = self.folder / ADAPTER_CONFIG
        try:
            cfg = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise DataError(f"cannot read the adapter config ({e})", path=str(path)) from e
        for field, ok in (("peft_type", cfg.get("peft_type") == "LORA"), ("use_dora", not cfg.get("use_dora")),
                          ("lora_bias", not cfg.get("lora_bias")), ("bias", cfg.get("bias", "none") == "none"),
                          ("modules_to_save", not cfg.get("modules_to_save")),
                          ("alpha_pattern", not cfg.get("alpha_pattern"))):
            if not ok:
                raise DataError(f"unsupported value {cfg.get(field)!r}: only plain LoRA adapters (no DoRA, "
                                "biases, saved modules or per-module alphas) become dense deltas",
                                path=str(path), field=field)
        self.alpha, self.rslora = float(cfg["lora_alpha"]), bool(cfg.get("use_rslora"))
        self.fan_in_fan_out = bool(cfg.get("fan_in_fan_out"))
        self.checkpoint = Checkpoint(self.folder)
        self.pairs: dict[str, dict[str, str]] = {}  # base weight name -> {"A": key, "B": key, "kind": ...}
        for key in self.checkpoint.tensors:
            if key.endswith(".base_layer.weight"):
                continue  # PEFT saves the frozen embedding beside its LoRA factors: not part of ΔW
            m = self._KEY.match(key)
            if not m:
                raise DataError(f"unsupported adapter tensor {key!r} (only lora_A/lora_B of Linear and "
                                "Embedding layers)", path=str(self.folder))
            part = m["part"]
            entry = self.pairs.setdefault(f"{m['module']}.weight", {})
            entry[part[-1]] = key
            entry["kind"] = "embedding" if "embedding" in part else "linear"
        for name, entry in self.pairs.items():
            if "A" not in entry or "B" not in entry:
                raise DataError(f"{name}: the adapter has only one of lora_A/lora_B", path=str(self.folder))

    def names(self) -> list[str]:
        return list(self.pairs)

    def delta(self, name: str) -> Any:
        """ΔW of one base weight in float32 (the shape of the weight it updates)."""
        entry = self.pairs[name]
        a, b = self.checkpoint.get(entry["A"]).float(), self.checkpoint.get(entry["B"]).float()
        if a.dim() != 2:
            raise DataError(f"{entry['A']}: only Linear and Embedding LoRA layers are supported",
                            path=str(self.folder))
        rank = a.shape[0]  # lora_A and lora_embedding_A are both (r, in)
        scaling = self.alpha / (math.sqrt(rank) if self.rslora else rank)
        delta = b @ a
        if entry["kind"] == "embedding" or self.fan_in_fan_out:
            delta = delta.T  # as PEFT's get_delta_weight: Embedding and Conv1D store the transpose
        return delta.mul_(scaling)

    def hashes(self) -> dict[str, str]:
        return {**self.checkpoint.hashes(), ADAPTER_CONFIG: file_hash(self.folder / ADAPTER_CONFIG)}


class DenseDelta:
    """θ_ft − θ_base, tensor by tensor, in float32; both checkpoints must have the same tensors."""

    def __init__(self, base: Checkpoint, finetuned: Checkpoint):
        self.base, self.finetuned = base, finetuned
        for name, info in finetuned.tensors.items():
            other = base.tensors.get(name)
            if other is None or other.shape != info.shape:
                found = "missing" if other is None else f"shape {other.shape}"
                raise DataError(f"tensor {name} {info.shape} of the fine-tuned model is {found} in the base "
                                f"model {base.folder}: τ needs two checkpoints of one architecture",
                                path=str(finetuned.folder))

    def names(self) -> list[str]:
        return [n for n, t in self.finetuned.tensors.items() if t.is_float]

    def delta(self, name: str) -> Any:
        tau = self.finetuned.get(name).float()
        return tau.sub_(self.base.get(name).float())

    def hashes(self) -> dict[str, str]:
        return self.finetuned.hashes()
