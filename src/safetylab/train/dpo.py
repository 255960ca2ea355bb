"""Direct preference optimisation with LoRA: a thin adapter over TRL's DPOTrainer.

The reference model is the base model with the adapter switched off (`ref_model=None` under PEFT), so no
second copy of the weights is held. Data: TRL conversational pairs (`synth/pairs.py`); plain-string pairs,
like CoCoNot's pref file, are converted.
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


def train_dpo(config: TrainConfig) -> TrainResult:
    from datasets import Dataset
    from trl import DPOConfig, DPOTrainer

    started = time.time()
    rows, bad, sha = load_rows(config, "dpo")
    model, tok, base = load_model(config)
    trainer = DPOTrainer(model=model, ref_model=None, args=DPOConfig(**trainer_args(config), beta=config.beta),
                         train_dataset=Dataset.from_list(rows), processing_class=tok,
                         peft_config=lora_config(config))
    trainer.train()
    return finish(trainer, tok, config, "dpo", len(rows), bad, sha, base, started)
