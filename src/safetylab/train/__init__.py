"""LoRA fine-tuning (SFT, DPO) through TRL + PEFT, driven by one `TrainConfig`."""

from __future__ import annotations

import json
from pathlib import Path

from safetylab.train.config import TrainConfig, TrainResult


def train(method: str, config: TrainConfig) -> TrainResult:
    """Run `sft` or `dpo` with `config`; with `eval_bench`, evaluate the base and the trained model and
    write one comparison report (`<output_dir>/eval/comparison/`)."""
    if method == "sft":
        from safetylab.train.sft import train_sft as run
    elif method == "dpo":
        from safetylab.train.dpo import train_dpo as run
    else:
        raise ValueError(f"method must be 'sft' or 'dpo', got {method!r}")
    result = run(config)
    if config.eval_bench:
        result.eval_report = evaluate_before_after(config, result)
        record_path = config.output_dir / "train_result.json"
        record = json.loads(record_path.read_text(encoding="utf-8"))
        record["eval_report"] = str(result.eval_report)
        record_path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return result


def evaluate_before_after(config: TrainConfig, result: TrainResult) -> Path:
    """The same benchmark, judge and settings on the base model and on the merged trained model."""
    from safetylab.report.html import write_comparison
    from safetylab.runner.config import EvalConfig, default_judge
    from safetylab.runner.eval import run_eval

    root = config.output_dir / "eval"
    benches = tuple(b.strip() for b in (config.eval_bench or "").split(",") if b.strip())
    judge, runs = config.eval_judge or default_judge(benches), []
    for name, model in (("before", config.model), ("after", result.hf_model)):
        ev = EvalConfig(model=model, benches=benches, judge=judge, limit=config.eval_limit,
                        seed=config.seed)
        run_eval(root / name, ev, stages=("generate", "judge", "score"), notify=lambda _msg: None)
        runs.append(root / name)
    return write_comparison(runs, root / "comparison")


__all__ = ["TrainConfig", "TrainResult", "evaluate_before_after", "train"]
