"""`safetylab eval`, `report`, `runs merge` and `list benches` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safetylab.cli.app import app
from tests.runner.test_eval import PROMPTS, write_prompts


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFETYLAB_CACHE_DIR", str(tmp_path / "cache"))


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "safetylab.cli.app", *args], capture_output=True, text=True)


def test_eval_shards_merge_rejudge_report(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = write_prompts(tmp_path / "p.jsonl")
    runner = CliRunner()
    common = ["--model", f"hf:{tiny_model_dir}", "--bench", "jsonl", "--data", str(data), "--judge", "keyword",
              "--max-new-tokens", "4", "--batch-size", "4", "--no-cache"]
    for i in range(2):
        res = runner.invoke(app, ["eval", *common, "--shard", f"{i}/2", "--stage", "generate,judge",
                                  "--out", str(tmp_path / f"s{i}")])
        assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["runs", "merge", str(tmp_path / "s0"), str(tmp_path / "s1"), "--out",
                              str(tmp_path / "merged")])
    assert res.exit_code == 0, res.output
    assert f"over {len(PROMPTS)} judged samples" in res.output
    # Re-score and report the merged run from its manifest alone (no --model needed).
    res = runner.invoke(app, ["eval", "--out", str(tmp_path / "merged"), "--stage", "score,report",
                              "--format", "md,json"])
    assert res.exit_code == 0, res.output
    report = json.loads((tmp_path / "merged" / "report" / "report.json").read_text())
    assert report["runs"][0]["results"][0]["counts"]["total"] == len(PROMPTS)
    res = runner.invoke(app, ["report", str(tmp_path / "s0"), str(tmp_path / "merged"), "--format", "md",
                              "--out", str(tmp_path / "cmp")])
    assert res.exit_code != 0  # s0 was never scored: a clear error, not a half-written report
    res = runner.invoke(app, ["report", str(tmp_path / "merged"), "--format", "md"])
    assert res.exit_code == 0 and (tmp_path / "merged" / "report" / "report.md").exists()


def test_list_benches_and_clean_errors(tmp_path: Path) -> None:
    out = _cli("list", "benches")
    assert out.returncode == 0 and "xstest" in out.stdout and "coconot-contrast" in out.stdout
    bad = _cli("eval", "--model", "smollm2-135m", "--bench", "nope", "--out", str(tmp_path / "r"))
    assert bad.returncode == 2 and "unknown benchmark 'nope'" in bad.stderr and "Traceback" not in bad.stderr
    bad = _cli("eval", "--out", str(tmp_path / "empty"), "--stage", "judge")
    assert bad.returncode == 2 and "--model and --bench" in bad.stderr
    bad = _cli("eval", "--model", "m", "--bench", "quick", "--stage", "juggle", "--out", str(tmp_path / "r"))
    assert bad.returncode == 2 and "unknown stage" in bad.stderr


def test_mistyped_first_command_writes_nothing(tiny_model_dir: Path, tmp_path: Path) -> None:
    """Defects: a mistyped model wrote a manifest that refused the corrected command; an unknown judge was
    reported only after generation."""
    data = write_prompts(tmp_path / "p.jsonl")
    out = tmp_path / "run"
    runner = CliRunner()
    base = ["eval", "--bench", "jsonl", "--data", str(data), "--max-new-tokens", "2", "--out", str(out)]
    for bad in (["--model", "nope"], ["--model", f"hf:{tmp_path / 'missing'}"],
                ["--model", f"hf:{tiny_model_dir}", "--judge", "no-such-judge"],
                ["--model", f"hf:{tiny_model_dir}", "--bench", "no-such-bench"]):
        res = runner.invoke(app, [*base, *bad])
        assert res.exit_code != 0 and not out.exists(), (bad, res.output)
    res = runner.invoke(app, [*base, "--model", f"hf:{tiny_model_dir}", "--judge", "keyword", "--no-cache"])
    assert res.exit_code == 0, res.output


def test_merge_refuses_a_missing_shard(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = write_prompts(tmp_path / "p.jsonl")
    runner = CliRunner()
    common = ["--model", f"hf:{tiny_model_dir}", "--bench", "jsonl", "--data", str(data), "--judge", "keyword",
              "--max-new-tokens", "2", "--no-cache", "--stage", "generate,judge"]
    for i in (0, 2):
        assert runner.invoke(app, ["eval", *common, "--shard", f"{i}/3", "--out", str(tmp_path / f"s{i}")]).exit_code == 0
    res = runner.invoke(app, ["runs", "merge", str(tmp_path / "s0"), str(tmp_path / "s2"), "--out",
                              str(tmp_path / "merged")])
    assert res.exit_code != 0 and "shards 1/3 are missing" in str(res.exception)
    assert not (tmp_path / "merged").exists()


def test_eval_against_a_dead_endpoint_exits_1_and_counts_the_failures(tmp_path: Path) -> None:
    from safetylab.serve.http import free_port

    data = write_prompts(tmp_path / "p.jsonl")
    model = f"openai:http://127.0.0.1:{free_port()}/v1#m?attempts=2"
    res = _cli("eval", "--model", model, "--bench", "jsonl", "--data", str(data), "--stage", "generate",
               "--out", str(tmp_path / "run"), "--no-cache")
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert f"error: {len(PROMPTS)} of {len(PROMPTS)} generations failed" in res.stderr
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["counts"]["failed"] == len(PROMPTS) and manifest["counts"]["generated"] == 0
    # the rerun may reach the model with other connection options: same run, failures retried
    again = _cli("eval", "--model", model.replace("attempts=2", "attempts=1&timeout=5"), "--bench", "jsonl",
                 "--data", str(data), "--stage", "generate", "--out", str(tmp_path / "run"), "--no-cache")
    assert again.returncode == 1 and "other settings" not in again.stderr, again.stderr


def test_judge_options_reach_the_judge_and_name_its_judgements(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = write_prompts(tmp_path / "p.jsonl")
    out = tmp_path / "run"
    common = ["eval", "--model", f"hf:{tiny_model_dir}", "--bench", "jsonl", "--data", str(data), "--judge",
              "keyword", "--max-new-tokens", "4", "--batch-size", "4", "--no-cache", "--out", str(out)]
    runner = CliRunner()
    res = runner.invoke(app, [*common, "--judge-option", 'phrases=[""]', "--stage", "generate,judge"])
    assert res.exit_code == 0, res.output
    manifest = json.loads((out / "manifest.json").read_text())
    (label, identity), = manifest["judges"].items()
    assert label.startswith("keyword-") and identity["phrases"] == 1 and identity["version"].startswith("1+")
    judged = [json.loads(line) for line in next(out.glob(f"judge.{label}*")).read_text().splitlines()]
    assert len(judged) == len(PROMPTS) and {j["label"] for j in judged} == {"refusal"}  # "" is in every reply
    # the plain judge writes its own judgements beside them, not over them
    res = runner.invoke(app, ["eval", "--out", str(out), "--stage", "judge", "--judge", "keyword"])
    assert res.exit_code == 0, res.output
    assert set(json.loads((out / "manifest.json").read_text())["judges"]) == {label, "keyword"}
    bad = _cli(*common[:-1], str(tmp_path / "bad"), "--judge-option", "nope=1")
    assert bad.returncode == 2 and "does not take that option" in bad.stderr
    bad = _cli(*common[:-1], str(tmp_path / "bad2"), "--judge-option", "phrases")
    assert bad.returncode == 2 and "KEY=VALUE" in bad.stderr
