"""Supervised fine-tuning with LoRA: a thin adapter over TRL's SFTTrainer.

Rows become TRL's conversational prompt/completion form (everything before the last assistant turn is the
prompt), so the loss falls on the reply only.
"""

from __future__ import annotations

import time

from safetylab.train.config import (
    TrainConfig,
    TrainResult,
    finish,
    load_model,
    load_rows,
    lora_config,
    trainer_args,
)


def train_sft(config: TrainConfig) -> TrainResult:
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    started = time.time()
    rows, bad, sha = load_rows(config, "sft")
    data = Dataset.from_list([{"prompt": r["messages"][:-1], "completion": r["messages"][-1:]} for r in rows])
    model, tok, base = load_model(config)
    trainer = SFTTrainer(model=model, args=SFTConfig(**trainer_args(config)), train_dataset=data,
                         processing_class=tok, peft_config=lora_config(config))
    trainer.train()
    return finish(trainer, tok, config, "sft", len(rows), bad, sha, base, started)
