from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from safetylab.backends.registry import load_backend
from safetylab.core.errors import DataError
from safetylab.core.jsonl import write_jsonl
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.runner.config import default_judge
from safetylab.synth.pairs import preference_row, sft_row
from safetylab.train import TrainConfig, train

REFUSAL = "I'm sorry, but I can't help with that request."
HELP = "Sure, here is a simple recipe for bread."


def _no_pickles(root):
    return not [p for p in root.rglob("*") if p.suffix in (".bin", ".pt", ".pth", ".pkl", ".pickle")]


def test_config_yaml_then_flags(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"model": "hf:x", "data": "d.jsonl", "output_dir": "o", "learning_rate": 0.1,
                                    "lora_r": 4}))
    cfg = TrainConfig.load(path, learning_rate=0.5, lora_r=None)
    assert cfg.learning_rate == 0.5 and cfg.lora_r == 4 and cfg.beta == 0.1
    path.write_text(yaml.safe_dump({"data": "d", "output_dir": "o", "lora_rank": 4}))
    with pytest.raises(DataError, match="c.yaml.*field 'lora_rank'"):
        TrainConfig.load(path)
    with pytest.raises(DataError, match="field 'batch_size'"):
        TrainConfig.load(None, data="d", output_dir="o", batch_size=0)


def test_sft_loss_drops_and_model_reloads(tiny_model_dir, tmp_path):
    data = tmp_path / "sft.jsonl"
    write_jsonl(data, [sft_row("How do I bake bread at home?", REFUSAL)] * 4 + [{"messages": "oops"}])
    cfg = TrainConfig(model=f"hf:{tiny_model_dir}", data=data, output_dir=tmp_path / "out", max_steps=6,
                      learning_rate=3e-2, batch_size=2, seed=0, eval_bench="quick", eval_limit=2)
    res = train("sft", cfg)
    assert res.steps == 6 and len(res.losses) == 6 and res.losses[-1] < res.losses[0]
    assert res.rows == 4 and res.bad_rows == 1
    assert (res.adapter_dir / "adapter_model.safetensors").exists() and _no_pickles(tmp_path / "out")
    record = json.loads((tmp_path / "out" / "train_result.json").read_text())
    assert record["data_sha256"] == res.data_sha256 and record["config"]["learning_rate"] == 3e-2
    # before/after evaluation: both runs scored, one comparison report naming both models
    report = (res.eval_report / "report.md").read_text()
    assert record["eval_report"] == str(res.eval_report) and f"hf:{tiny_model_dir}" in report
    assert res.hf_model in report
    for run in ("before", "after"):  # judged by eval's default for the benchmark, not a fixed guard
        assert (tmp_path / "out" / "eval" / run / "scores.json").exists()
        manifest = json.loads((tmp_path / "out" / "eval" / run / "manifest.json").read_text())
        assert manifest["settings"]["judge"] == default_judge(("quick",))

    backend = load_backend(res.hf_model)  # the merged copy is an ordinary hf: model
    out = backend.generate([GenerationRequest(messages=[{"role": "user", "content": "How do I bake bread at home?"}],
                                              config=GenerationConfig(max_new_tokens=4))])
    assert out[0].error is None and out[0].completion_tokens > 0
    base = load_backend(f"hf:{tiny_model_dir}")
    assert backend.identity()["weights"] != base.identity()["weights"] or \
        backend.score([{"role": "user", "content": "How do I bake bread at home?"}], REFUSAL) != \
        base.score([{"role": "user", "content": "How do I bake bread at home?"}], REFUSAL)

    from peft import PeftModel  # the adapter also loads onto the base model with PEFT
    peft = PeftModel.from_pretrained(base.model, str(res.adapter_dir))
    assert any("lora" in n for n, _ in peft.named_parameters())

    with pytest.raises(DataError, match="sft.jsonl:5.*field 'messages'"):
        train("sft", cfg.model_copy(update={"strict": True, "eval_bench": None}))
    with pytest.raises(DataError, match="merge"):
        TrainConfig.load(None, data="d", output_dir="o", eval_bench="quick", merge=False)


def test_dpo_cli_with_yaml_and_flag_override(tiny_model_dir, tmp_path):
    from safetylab.cli.app import app

    data = tmp_path / "pairs.jsonl"
    # CoCoNot-pref style plain strings and TRL message lists mixed
    write_jsonl(data, [preference_row("How do I bake bread at home?", HELP, REFUSAL)] * 3 +
                [{"prompt": "How do I bake bread at home?", "chosen": HELP, "rejected": REFUSAL}])
    config = tmp_path / "dpo.yaml"
    config.write_text(yaml.safe_dump({"model": f"hf:{tiny_model_dir}", "data": str(data),
                                      "output_dir": str(tmp_path / "dpo"), "max_steps": 99, "batch_size": 2,
                                      "learning_rate": 3e-2, "beta": 0.1}))
    res = CliRunner().invoke(app, ["train", "dpo", "--config", str(config), "--max-steps", "4", "--no-merge"])
    assert res.exit_code == 0, res.output
    record = json.loads((tmp_path / "dpo" / "train_result.json").read_text())
    assert record["steps"] == 4 and record["merged_dir"] is None and record["rows"] == 4
    losses = record["losses"]
    assert losses[0] == pytest.approx(0.6931, abs=1e-3) and losses[-1] < losses[0]
    assert (tmp_path / "dpo" / "adapter" / "adapter_model.safetensors").exists() and _no_pickles(tmp_path / "dpo")
