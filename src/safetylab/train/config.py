"""One config for every training entry point: the Python API, `--config X.yaml` and CLI flags (flags win),
plus the pieces SFT and DPO share: loading the model, building the LoRA config, saving the results."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from safetylab.core.errors import DataError, SafetylabError

log = logging.getLogger(__name__)
Method = Literal["sft", "dpo"]


class TrainConfig(BaseModel):
    """LoRA fine-tuning settings. Defaults suit a CPU demo on SmolLM2-135M; the CoCoNot paper's LoRA recipe
    is r=64, alpha=16, dropout 0.1, lr 1e-5, 1 epoch (DPO: lr 5e-7) — see docs/training.md."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field("smollm2-135m", description="smollm2-135m, hf:PATH_OR_ID or a local folder")
    data: Path = Field(..., description="JSONL: SFT `messages` (or prompt/response); DPO prompt/chosen/rejected")
    output_dir: Path
    lora_r: int = Field(8, ge=1)
    lora_alpha: int = Field(16, ge=1)
    lora_dropout: float = Field(0.0, ge=0.0, lt=1.0)
    lora_targets: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])
    learning_rate: float = Field(1e-4, gt=0)
    epochs: float = Field(1.0, gt=0)
    max_steps: int | None = Field(None, ge=1, description="overrides epochs when set")
    batch_size: int = Field(2, ge=1)
    grad_accum: int = Field(1, ge=1)
    max_length: int = Field(512, ge=8)
    beta: float = Field(0.1, gt=0, description="DPO only")
    warmup_ratio: float = Field(0.0, ge=0, lt=1)
    seed: int = 0
    gradient_checkpointing: bool = False
    merge: bool = Field(True, description="also save a merged copy loadable as hf:OUTPUT/merged")
    strict: bool = Field(False, description="fail on the first bad data line instead of skipping it")
    eval_bench: str | None = Field(None, description="evaluate before and after training (e.g. quick)")
    eval_limit: int | None = Field(None, ge=1)
    eval_judge: str | None = Field(None, description="eval_bench's judge; default: eval's (docs/guards.md)")
    logging_steps: int = Field(1, ge=1)

    @model_validator(mode="after")
    def _eval_needs_merge(self) -> TrainConfig:
        if self.eval_bench and not self.merge:
            raise ValueError("eval_bench needs merge: true (the trained model is evaluated as hf:OUTPUT/merged)")
        return self

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> TrainConfig:
        """YAML file (optional) then overrides; overrides that are None are ignored (unset CLI flags)."""
        values: dict[str, Any] = {}
        if path is not None:
            import yaml

            try:
                loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError) as e:
                raise DataError(f"cannot read config ({e})", path=str(path)) from e
            if not isinstance(loaded, dict):
                raise DataError("must be a YAML mapping", path=str(path))
            values.update(loaded)
        values.update({k: v for k, v in overrides.items() if v is not None})
        from pydantic import ValidationError

        try:
            return cls(**values)
        except ValidationError as e:
            err = e.errors()[0]
            raise DataError(err["msg"], path=str(path) if path else None,
                            field=".".join(str(p) for p in err["loc"])) from e


class TrainResult(BaseModel):
    method: Method
    output_dir: Path
    adapter_dir: Path
    merged_dir: Path | None
    losses: list[float]
    steps: int
    runtime_s: float
    rows: int
    bad_rows: int
    data_sha256: str
    base_model: dict[str, Any]
    config: dict[str, Any]
    eval_report: Path | None = None

    @property
    def hf_model(self) -> str:
        """Model name of the trained model for `load_backend` (the merged copy)."""
        if self.merged_dir is None:
            raise SafetylabError("no merged copy was saved (merge: false); load the adapter with PEFT")
        return f"hf:{self.merged_dir}"


def resolve_model_path(name: str) -> str:
    """A transformers-loadable folder or hub id for a model name. The embedded SmolLM2 resolves to its
    cached safetensors copy, so training never touches the GGUF (whose quantizer flag blocks training)."""
    if name == "smollm2-135m":
        from safetylab.backends.embedded import SHA_FILE, cached_model_dir, gguf_path, load_embedded

        target = cached_model_dir(gguf_path())
        if not (target / SHA_FILE).exists():  # first use: let the embedded loader build the cached copy
            load_embedded().close()
        return str(target)
    if name.startswith("hf:"):
        return name[3:]
    if Path(name).is_dir():
        return name
    raise SafetylabError(f"cannot train '{name}': use smollm2-135m, hf:PATH_OR_ID or a local model folder")


def load_model(config: TrainConfig) -> tuple[Any, Any, dict[str, Any]]:
    """(model, tokenizer, identity of the base model) — safetensors only, no remote code."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = resolve_model_path(config.model)
    tok = AutoTokenizer.from_pretrained(path)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, use_safetensors=True)
    return model, tok, {"model": config.model, "path": path}


def lora_config(config: TrainConfig) -> Any:
    from peft import LoraConfig

    return LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                      target_modules=list(config.lora_targets), task_type="CAUSAL_LM")


def trainer_args(config: TrainConfig) -> dict[str, Any]:
    """TrainingArguments shared by SFTConfig and DPOConfig."""
    import torch

    return dict(output_dir=str(config.output_dir / "trainer"), per_device_train_batch_size=config.batch_size,
                gradient_accumulation_steps=config.grad_accum, learning_rate=config.learning_rate,
                num_train_epochs=config.epochs, max_steps=config.max_steps or -1, max_length=config.max_length,
                warmup_steps=config.warmup_ratio, seed=config.seed, logging_steps=config.logging_steps,
                save_strategy="no", report_to="none", use_cpu=not torch.cuda.is_available(), bf16=False,
                activation_checkpointing=config.gradient_checkpointing)


def load_rows(config: TrainConfig, method: Method) -> tuple[list[dict[str, Any]], int, str]:
    """Good rows, the number of bad ones (each logged with file, line and field) and the data's sha256."""
    from safetylab.core.hashing import file_hash
    from safetylab.synth.pairs import read_rows

    rows, errors = read_rows(config.data, method)
    for err in errors:
        if config.strict:
            raise err
        log.warning("skipped %s", err)
    if not rows:
        raise DataError(f"no usable {method} rows", path=str(config.data))
    return rows, len(errors), file_hash(config.data)


def save_adapter(trainer: Any, tokenizer: Any, out: Path, *, merge: bool) -> tuple[Path, Path | None]:
    """Save the LoRA adapter (safetensors) to `out/adapter` and, with `merge`, the merged model to
    `out/merged`, each with the tokenizer; returns both folders (None where not saved)."""
    adapter_dir = out / "adapter"
    trainer.model.save_pretrained(adapter_dir, safe_serialization=True)
    tokenizer.save_pretrained(adapter_dir)
    merged_dir = None
    if merge:
        merged_dir = out / "merged"
        trainer.model.merge_and_unload().save_pretrained(merged_dir, safe_serialization=True)
        tokenizer.save_pretrained(merged_dir)
    return adapter_dir, merged_dir


def trainer_losses(trainer: Any) -> list[float]:
    """The training losses the Trainer logged, in order."""
    return [float(e["loss"]) for e in trainer.state.log_history if "loss" in e]


def finish(trainer: Any, tokenizer: Any, config: TrainConfig, method: Method, rows: int, bad_rows: int,
           data_sha256: str, base: dict[str, Any], started: float) -> TrainResult:
    """Save the adapter (safetensors), optionally a merged copy, and the run record next to them."""
    out = config.output_dir
    adapter_dir, merged_dir = save_adapter(trainer, tokenizer, out, merge=config.merge)
    losses = trainer_losses(trainer)
    result = TrainResult(method=method, output_dir=out, adapter_dir=adapter_dir, merged_dir=merged_dir,
                         losses=losses, steps=trainer.state.global_step, runtime_s=time.time() - started,
                         rows=rows, bad_rows=bad_rows, data_sha256=data_sha256, base_model=base,
                         config=config.model_dump(mode="json"))
    from safetylab.core.provenance import environment

    record = {**result.model_dump(mode="json"), "log_history": trainer.state.log_history,
              "environment": environment()}
    (out / "train_result.json").write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
    return result
