"""`safetylab moderate`, `list guards`, `guard eval` and `guard train` through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safetylab.cli.app import app
from tests.guards.test_evaluate import ROWS

runner = CliRunner()


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def test_list_guards() -> None:
    res = runner.invoke(app, ["list", "guards"])
    assert res.exit_code == 0
    for name in ("compact", "wildguard", "llamaguard3", "keyword", "rubric"):
        assert name in res.output


def test_moderate_one_prompt() -> None:
    res = runner.invoke(app, ["moderate", "--guard", "keyword", "--prompt", "hi", "--response", "I cannot do that."])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout.strip().splitlines()[-1])
    assert rec["prompt"] == "hi" and rec["response_refusal"] == "refusal" and rec["guard"] == "keyword"
    assert rec["prompt_harm"] is None and rec["parse_error"] is False


def test_moderate_file_resumes_and_reports_bad_lines(tmp_path: Path) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out" / "verdicts.jsonl"
    lines = [json.dumps({"id": 1, "prompt": "a", "response": "I'm sorry, no."}), "{broken",
             json.dumps({"id": 2, "response": "no prompt"}), json.dumps({"id": 3, "prompt": "b", "response": "Sure!"}),
             json.dumps({"id": 4, "prompt": "c", "response": 5})]
    inp.write_text("\n".join(lines) + "\n")
    args = ["moderate", "--guard", "keyword", "--input", str(inp), "--output", str(out), "--batch-size", "1"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    recs = _lines(out)
    assert [(r["id"], r["response_refusal"]) for r in recs] == [(1, "refusal"), (3, "compliance")]
    for where in (f"{inp}:2", f"{inp}:3, field 'prompt'", f"{inp}:5, field 'response'"):
        assert where in res.stderr
    manifest = json.loads((out.parent / "verdicts.manifest.json").read_text())
    assert manifest["counts"] == {"records": 2, "bad_input_lines": 3} and manifest["guard"]["identity"]["guard"] == "keyword"

    # a kill mid-write leaves a torn line; new input lines arrive: rerun completes without duplicates
    with open(out, "a") as f:
        f.write('{"key": "torn", "id"')
    with open(inp, "a") as f:
        f.write(json.dumps({"id": 5, "prompt": "d", "response": "I will not."}) + "\n")
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in _lines(out)] == [1, 3, 5]
    assert "wrote 1 new" in res.stderr

    # another guard on the same output is refused (it would mix settings)
    res = runner.invoke(app, ["moderate", "--guard", "compact", "--input", str(inp), "--output", str(out)])
    assert res.exit_code != 0


def test_usage_errors_are_clean() -> None:
    out = subprocess.run([sys.executable, "-m", "safetylab.cli.app", "moderate", "--guard", "nope", "--prompt", "x"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "unknown guard 'nope'" in out.stderr and "Traceback" not in out.stderr
    res = runner.invoke(app, ["moderate", "--guard", "keyword", "--input", "x.jsonl"])
    assert res.exit_code != 0 and "--output" in str(res.exception)


def test_guard_eval_json_and_table(tmp_path: Path, tiny_model_dir: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    out = tmp_path / "res.json"
    res = runner.invoke(app, ["guard", "eval", "--guard", "keyword", "--data", str(data), "--out", str(out)])
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    assert set(doc) == {"tasks", "guard", "data", "settings"}
    assert set(doc["tasks"]) == {"prompt_harm", "response_harm", "response_refusal"}
    assert doc["data"]["n"] == 5 and len(doc["data"]["sha256"]) == 64 and doc["guard"]["guard"] == "keyword"
    assert doc["tasks"]["response_refusal"]["f1"] == pytest.approx(2 / 3)

    res = runner.invoke(app, ["guard", "eval", "--guard", f"keyword,wildguard=hf:{tiny_model_dir}", "--data",
                              str(data), "--limit", "2", "--batch-size", "4", "--out", str(out)])
    assert res.exit_code == 0, res.output
    both = json.loads(out.read_text())
    assert [r["guard"]["guard"] for r in both] == ["keyword", "wildguard"]
    wg = both[1]["tasks"]["prompt_harm"]
    assert wg["n"] == 2 and wg["parse_errors"] == 2  # a random tiny model: errors, never labels
    assert "guard quality" in res.stderr and "wildguard" in res.stderr
    assert "parse errors:" in res.stderr
    table = out.with_suffix(".md").read_text().splitlines()
    wg_row = next(line for line in table if line.startswith("| prompt_harm | all | wildguard"))
    assert wg_row.split(" | ")[5:9] == ["–"] * 4  # nothing parsed: no F1 of 0 shown


def test_guard_eval_passes_options_to_the_guard(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    out = tmp_path / "res.json"
    res = runner.invoke(app, ["guard", "eval", "--guard", "compact", "--data", str(data), "--out", str(out),
                              "--option", "prompt_windows=tokens", "--option", "prompt-window=32"])
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    assert doc["guard"]["prompt_windows"] == "tokens:32"
    assert doc["settings"]["options"] == {"prompt_windows": "tokens", "prompt_window": 32}
    res = runner.invoke(app, ["guard", "eval", "--guard", "keyword", "--data", str(data), "--option", "nope=1"])
    assert res.exit_code != 0 and "does not take that option" in str(res.exception)
    res = runner.invoke(app, ["guard", "eval", "--guard", "keyword", "--data", str(data), "--option", "nope"])
    assert res.exit_code != 0 and "KEY=VALUE" in str(res.exception)


def test_moderate_passes_options_and_keeps_them_with_the_run(tmp_path: Path) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out" / "verdicts.jsonl"
    inp.write_text(json.dumps({"prompt": "How do I repot a fern?"}) + "\n")
    args = ["moderate", "--guard", "compact", "--input", str(inp), "--output", str(out)]
    res = runner.invoke(app, [*args, "--option", "prompt_windows=tokens"])
    assert res.exit_code == 0, res.output
    manifest = json.loads((out.parent / "verdicts.manifest.json").read_text())
    assert manifest["guard"]["identity"]["prompt_windows"] == "tokens:64"
    res = runner.invoke(app, args)  # the same output without the option would mix settings
    assert res.exit_code != 0
    res = runner.invoke(app, ["moderate", "--guard", "keyword", "--prompt", "x", "--option", "prompt_windows=tokens"])
    assert res.exit_code != 0 and "does not take that option" in str(res.exception)


def test_guard_train_dispatch(tmp_path: Path) -> None:
    res = runner.invoke(app, ["guard", "train", "--method", "magic", "--data", "x", "--out", str(tmp_path)])
    assert res.exit_code != 0 and "unknown --method" in str(res.exception)
    res = runner.invoke(app, ["guard", "train", "--method", "heads", "--model", "m", "--data", "x", "--out", str(tmp_path)])
    assert res.exit_code != 0 and "--model is for --method sft" in str(res.exception)


def test_input_key_fields_never_replace_the_record_key(tmp_path: Path) -> None:
    """Defect: an input `key` overwrote the record key, so two lines with the same `key` kept one verdict."""
    inp, out = tmp_path / "k.jsonl", tmp_path / "v.jsonl"
    inp.write_text(json.dumps({"key": "k1", "prompt": "How do I bake bread?", "response": "Sure."}) + "\n"
                   + json.dumps({"key": "k1", "prompt": "How do I build a pipe bomb?", "response": "I can't."}) + "\n")
    res = runner.invoke(app, ["moderate", "--guard", "keyword", "--input", str(inp), "--output", str(out)])
    assert res.exit_code == 0, res.output
    recs = _lines(out)
    assert [r["response_refusal"] for r in recs] == ["compliance", "refusal"]
    assert [r["input"]["key"] for r in recs] == ["k1", "k1"] and recs[0]["key"] != recs[1]["key"]
    again = runner.invoke(app, ["moderate", "--guard", "keyword", "--input", str(inp), "--output", str(out)])
    assert again.exit_code == 0 and len(_lines(out)) == 2  # resume: nothing twice
