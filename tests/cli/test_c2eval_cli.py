"""`safetylab eval --bench c2eval` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safetylab.cli.app import app
from safetylab.core.errors import SafetylabError
from tests.runner.test_correction import write_items


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFETYLAB_CACHE_DIR", str(tmp_path / "cache"))


def test_eval_c2eval_with_flags(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = write_items(tmp_path / "c2.jsonl")
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["eval", "--model", f"hf:{tiny_model_dir}", "--bench", "c2eval", "--data",
                                   str(data), "--paths", "2", "--top-p", "0.9", "--temperature", "1.0",
                                   "--max-new-tokens", "4", "--limit", "8", "--seed", "3", "--no-cache",
                                   "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "Corr@80" in res.output and "Corr_mean" in res.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["data"]["c2eval"]["generation"] == {"max_new_tokens": 4, "temperature": 1.0, "top_p": 0.9,
                                                        "n": 2, "seed": 3, "stop": []}
    assert "c2-cues" in manifest["judges"]  # the default correction judge, recorded with its identity
    scores = json.loads((out / "scores.json").read_text())["results"][0]
    assert scores["corr_mean"]["n"] == 8 * 2 and [i["item"] for i in scores["items"]] == ["1"]  # limit: 8 prefixes
    assert (out / "report" / "report.html").exists()


def test_eval_c2eval_refuses_a_guard_as_judge(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = write_items(tmp_path / "c2.jsonl")
    res = CliRunner().invoke(app, ["eval", "--model", f"hf:{tiny_model_dir}", "--bench", "c2eval", "--data",
                                   str(data), "--judge", "keyword", "--out", str(tmp_path / "run")])
    err = res.exception  # `main()` maps it to "error: ..." and exit status 2
    assert isinstance(err, SafetylabError) and err.exit_code == 2 and "needs a correction judge" in str(err)
    assert not (tmp_path / "run").exists()


def test_k_values_set_the_grid_and_are_bound_to_the_run(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = write_items(tmp_path / "c2.jsonl")
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["eval", "--model", f"hf:{tiny_model_dir}", "--bench", "c2eval", "--data",
                                   str(data), "--paths", "1", "--max-new-tokens", "2", "--k-values", "20,50",
                                   "--no-cache", "--out", str(out)])
    assert res.exit_code == 0, res.output
    scores = json.loads((out / "scores.json").read_text())["results"][0]
    assert sorted(int(k) for k in scores["corr_at_k"]) == [20, 50]
    assert json.loads((out / "manifest.json").read_text())["config"]["k_values"] == [20, 50]
    for bad in (["--k-values", "ten"], ["--k-values", "0,10"], ["--bench", "quick", "--k-values", "10"]):
        args = ["eval", "--model", f"hf:{tiny_model_dir}", "--bench", "c2eval", "--data", str(data), *bad,
                "--out", str(tmp_path / "bad")]
        err = CliRunner().invoke(app, args).exception
        assert isinstance(err, SafetylabError) and err.exit_code == 2, bad
        assert "k-values" in str(err) or "k values" in str(err), str(err)
