"""`safetylab train sft|dpo`: LoRA fine-tuning through TRL, driven by one config (YAML + flags)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from safetylab.cli.groups import app

train_app = typer.Typer(help="Fine-tune models with TRL + PEFT (SFT, DPO).", no_args_is_help=True)
app.add_typer(train_app, name="train")


def _run(method: str, config: Path | None, overrides: dict[str, Any]) -> None:
    from rich.console import Console

    from safetylab.train import TrainConfig, train

    cfg = TrainConfig.load(config, **overrides)
    result = train(method, cfg)
    first, last = (result.losses[0], result.losses[-1]) if result.losses else (None, None)
    Console(stderr=True).print(
        f"{method}: {result.steps} steps on {result.rows} rows ({result.bad_rows} bad rows skipped) in "
        f"{result.runtime_s:.0f} s; loss {first} -> {last}. Adapter: {result.adapter_dir}"
        + (f"; merged model: hf:{result.merged_dir}" if result.merged_dir else "")
        + (f"; before/after report: {result.eval_report}" if result.eval_report else ""), highlight=False)


# Flags shared by both methods; each overrides the same key of the YAML config when given.
Model = Annotated[str | None, typer.Option(help="smollm2-135m, hf:PATH_OR_ID or a local folder.")]
Data = Annotated[Path | None, typer.Option(help="Training JSONL.")]
Out = Annotated[Path | None, typer.Option("--output-dir", "--out", help="Where adapter/ and merged/ go.")]
ConfigPath = Annotated[Path | None, typer.Option("--config", "-c", help="YAML with TrainConfig fields.")]
Int = Annotated[int | None, typer.Option()]
Float = Annotated[float | None, typer.Option()]
EvalBench = Annotated[str | None, typer.Option(help="Evaluate before and after (e.g. quick) into one report.")]
EvalLimit = Annotated[int | None, typer.Option(help="First N samples of each eval benchmark.")]
EvalJudge = Annotated[str | None, typer.Option(
    help="Judge for --eval-bench (default: eval's for those benchmarks; docs/guards.md).")]


@train_app.command("sft")
def sft_cmd(config: ConfigPath = None, model: Model = None, data: Data = None, output_dir: Out = None,
            learning_rate: Float = None, epochs: Float = None, max_steps: Int = None, batch_size: Int = None,
            max_length: Int = None, lora_r: Int = None, lora_alpha: Int = None, lora_dropout: Float = None,
            seed: Int = None,
            merge: Annotated[bool | None, typer.Option("--merge/--no-merge")] = None,
            eval_bench: EvalBench = None, eval_limit: EvalLimit = None, eval_judge: EvalJudge = None) -> None:
    """LoRA SFT (TRL SFTTrainer) on `messages` rows; loss on the assistant reply."""
    _run("sft", config, dict(model=model, data=data, output_dir=output_dir, learning_rate=learning_rate,
                             epochs=epochs, max_steps=max_steps, batch_size=batch_size, max_length=max_length,
                             lora_r=lora_r, lora_alpha=lora_alpha, lora_dropout=lora_dropout, seed=seed,
                             merge=merge, eval_bench=eval_bench, eval_limit=eval_limit, eval_judge=eval_judge))


@train_app.command("dpo")
def dpo_cmd(config: ConfigPath = None, model: Model = None, data: Data = None, output_dir: Out = None,
            learning_rate: Float = None, epochs: Float = None, max_steps: Int = None, batch_size: Int = None,
            max_length: Int = None, lora_r: Int = None, lora_alpha: Int = None, lora_dropout: Float = None,
            beta: Float = None, seed: Int = None,
            merge: Annotated[bool | None, typer.Option("--merge/--no-merge")] = None,
            eval_bench: EvalBench = None, eval_limit: EvalLimit = None, eval_judge: EvalJudge = None) -> None:
    """LoRA DPO (TRL DPOTrainer) on prompt/chosen/rejected pairs; the adapter-off model is the reference."""
    _run("dpo", config, dict(model=model, data=data, output_dir=output_dir, learning_rate=learning_rate,
                             epochs=epochs, max_steps=max_steps, batch_size=batch_size, max_length=max_length,
                             lora_r=lora_r, lora_alpha=lora_alpha, lora_dropout=lora_dropout, beta=beta,
                             seed=seed, merge=merge, eval_bench=eval_bench, eval_limit=eval_limit,
                             eval_judge=eval_judge))
