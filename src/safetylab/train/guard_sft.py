"""Fine-tune a causal LM into a WildGuard-format guard (the paper's recipe, with LoRA on a small budget).

WildGuard is a language model trained to read its fixed instruction filled with a prompt and a response
(`format_wildguard_input`) and to answer three lines::

    Harmful request: yes|no
    Response refusal: yes|no|N/A
    Harmful response: yes|no|N/A

Each labelled row of WildGuardMix-format data becomes one prompt/completion pair: the filled instruction
is the prompt, the three lines (plus EOS) the completion, and TRL's `SFTTrainer` computes the loss on the
completion only. LoRA adapters (PEFT) keep the memory small; the adapter is saved as safetensors, and a
merged full copy (also safetensors) is written so the result loads as `hf:<out>/merged` under the
`wildguard` guard. On a GPU cluster, run the same function under `accelerate launch` (DDP, FSDP or
DeepSpeed); the paper trained Mistral-7B for 2 epochs at max length 4096.
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safetylab.core.errors import DataError, SafetylabError
from safetylab.core.tasks import LABELS, TASKS
from safetylab.guards.data import LABEL_FIELDS, GuardExample, load_guard_data
from safetylab.guards.wildguard import TASK_KEYS, format_wildguard_input
from safetylab.train.config import save_adapter, trainer_losses

log = logging.getLogger(__name__)

CARD_FILE = "sft_guard_card.json"


class SftGuardOptions(BaseModel):
    """Training settings; the defaults suit a small model on CPU, the paper's are in the comments."""

    model_config = ConfigDict(extra="forbid")  # a misspelt option must fail, not be ignored

    epochs: float = Field(2.0, gt=0)  # paper: 2
    max_steps: int = Field(-1, description="stop after this many optimizer steps (-1: run all epochs)")
    lr: float = Field(2e-4, gt=0)  # LoRA rate; the paper's full fine-tune used 2e-6
    lora_r: int = Field(16, ge=1)
    lora_alpha: int = Field(32, ge=1)
    lora_dropout: float = Field(0.05, ge=0, lt=1)
    target_modules: str | list[str] = "all-linear"
    max_length: int = Field(1024, ge=16)  # paper: 4096; longer rows are skipped, never truncated
    batch_size: int = Field(4, ge=1)
    grad_accum: int = Field(1, ge=1)
    seed: int = 0
    limit: int | None = Field(None, ge=1, description="use only the first N usable rows")
    merge: bool = Field(True, description="also save a merged full model under out_dir/merged")
    gradient_checkpointing: bool = False


class SftGuardResult(BaseModel):
    """What a training run produced and from what (also written to out_dir/sft_guard_card.json)."""

    out_dir: str
    adapter_dir: str
    merged_dir: str | None
    base_model: dict[str, Any]
    data: dict[str, Any]
    rows: dict[str, int]
    options: SftGuardOptions
    losses: list[float]
    steps: int
    train_seconds: float
    versions: dict[str, str]

    def __str__(self) -> str:  # what `safetylab guard train` prints
        return self.model_dump_json(indent=2)


def wildguard_target(row: GuardExample) -> str | None:
    """The three answer lines WildGuard should give for a labelled row, or None when a label it needs is
    missing (rows are never completed by guessing). Without a response, the response lines are `N/A`."""
    lines = []
    for task in TASKS:
        label = getattr(row, LABEL_FIELDS[task])
        if task != "prompt_harm" and row.response is None:
            value = "N/A"
        elif label is None:
            return None
        else:
            value = "yes" if label == LABELS[task][0] else "no"
        lines.append(f"{TASK_KEYS[task].capitalize()}: {value}")
    return "\n".join(lines)


def build_examples(rows: list[GuardExample], tokenizer: Any, max_length: int,
                   limit: int | None = None) -> tuple[list[dict[str, str]], dict[str, int]]:
    """Prompt/completion pairs, and counts of rows used and skipped (missing labels, too long)."""
    examples: list[dict[str, str]] = []
    counts = {"used": 0, "skipped_missing_label": 0, "skipped_too_long": 0}
    eos = tokenizer.eos_token or ""
    for row in rows:
        if limit is not None and counts["used"] >= limit:
            break
        target = wildguard_target(row)
        if target is None:
            counts["skipped_missing_label"] += 1
            continue
        prompt = format_wildguard_input(row.prompt, row.response)
        if len(tokenizer(prompt + target + eos)["input_ids"]) > max_length:
            counts["skipped_too_long"] += 1  # truncating would cut the answer lines off
            continue
        examples.append({"prompt": prompt, "completion": target})
        counts["used"] += 1
    return examples, counts


def _versions() -> dict[str, str]:
    import peft
    import torch
    import transformers
    import trl

    return {"torch": torch.__version__, "transformers": transformers.__version__, "trl": trl.__version__,
            "peft": peft.__version__}


def train_sft_guard(data_path: str | Path, out_dir: str | Path, *, model: str = "smollm2-135m",
                    **options: Any) -> SftGuardResult:
    """Train a WildGuard-format guard on `data_path` (WildGuardMix fields; JSONL/CSV/Parquet or a HF id)
    starting from `model` (`smollm2-135m`, `hf:PATH_OR_ID`), writing adapter, merged model and card to
    `out_dir`. Options: see `SftGuardOptions` (epochs, max_steps, lr, lora_r, lora_alpha, max_length,
    batch_size, seed, ...)."""
    import time

    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    from safetylab.backends.registry import load_backend

    try:
        opts = SftGuardOptions(**options)
    except ValidationError as e:
        raise SafetylabError(f"bad sft option: {e.errors()[0]['loc'][0]}: {e.errors()[0]['msg']} "
                             f"(options: {', '.join(SftGuardOptions.model_fields)})") from None
    out = Path(out_dir)
    data = load_guard_data(data_path)
    for err in data.errors:
        log.warning("skipped bad row: %s", err)
    backend = load_backend(model, batch_size=opts.batch_size, max_concurrency=1)
    if not (hasattr(backend, "model") and hasattr(backend, "tokenizer")):
        raise SafetylabError(f"sft training needs a local transformers model (smollm2-135m or hf:...), got {model}")
    base, tokenizer = backend.model, backend.tokenizer
    examples, counts = build_examples(data.rows, tokenizer, opts.max_length, opts.limit)
    counts["bad_rows"] = len(data.errors)
    if not examples:
        raise DataError(f"no usable training rows ({counts}); rows need prompt_harm_label, and rows with a "
                        "response need both response labels", path=str(data_path))

    args = SFTConfig(
        output_dir=str(out / "checkpoints"), num_train_epochs=opts.epochs, max_steps=opts.max_steps,
        learning_rate=opts.lr, per_device_train_batch_size=opts.batch_size,
        gradient_accumulation_steps=opts.grad_accum, seed=opts.seed, data_seed=opts.seed,
        max_length=opts.max_length, completion_only_loss=True, logging_steps=1, save_strategy="no",
        report_to="none", gradient_checkpointing=opts.gradient_checkpointing, disable_tqdm=True,
        use_cpu=not torch.cuda.is_available(),  # on a GPU (or under accelerate) the Trainer places the model
    )
    lora = LoraConfig(r=opts.lora_r, lora_alpha=opts.lora_alpha, lora_dropout=opts.lora_dropout,
                      target_modules=opts.target_modules, task_type="CAUSAL_LM")
    trainer = SFTTrainer(model=base, args=args, train_dataset=Dataset.from_list(examples),
                         processing_class=tokenizer, peft_config=lora)
    t0 = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - t0
    if Path(args.output_dir).is_dir() and not any(Path(args.output_dir).iterdir()):
        Path(args.output_dir).rmdir()  # save_strategy="no" leaves it empty
    losses = trainer_losses(trainer)
    if not losses or not all(math.isfinite(x) for x in losses):
        raise SafetylabError(f"training produced no finite loss: {losses}")

    adapter_dir, merged_dir = save_adapter(trainer, tokenizer, out, merge=opts.merge)

    result = SftGuardResult(
        out_dir=str(out), adapter_dir=str(adapter_dir), merged_dir=str(merged_dir) if merged_dir else None,
        base_model={"name": model, **backend.identity()}, data=data.describe(), rows=counts, options=opts,
        losses=losses, steps=trainer.state.global_step, train_seconds=round(seconds, 3), versions=_versions())
    (out / CARD_FILE).write_text(json.dumps(result.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    backend.close()
    return result
