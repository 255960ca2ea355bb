"""`safetylab generate` end to end on a tiny random model, including resume after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

CLI = [sys.executable, "-m", "safetylab.cli.app"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SAFETYLAB_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}


def test_prompt_prints_one_json_object_per_line(tiny_model_dir: Path, tmp_path: Path) -> None:
    out = subprocess.run([*CLI, "generate", "--model", f"hf:{tiny_model_dir}", "--prompt", "Hello there",
                          "--prompt", "Write a poem", "--max-new-tokens", "5"],
                         capture_output=True, text=True, env=_env(tmp_path), timeout=300)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["prompt"] for r in rows] == ["Hello there", "Write a poem"]
    assert all(isinstance(r["text"], str) and r["completion_tokens"] > 0 for r in rows)


def test_kill_9_then_rerun_gives_every_record_exactly_once(tiny_model_dir: Path, tmp_path: Path) -> None:
    n = 200
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "prompt": f"Tell me a story about a dragon number {i}"}) for i in range(n)]
    lines.insert(50, '{"prompt": "unterminated')
    lines.insert(100, json.dumps({"text": "no prompt field"}))
    lines.append(json.dumps({"id": "long", "prompt": "bread " * 700}))
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "gen" / "out.jsonl"
    cmd = [*CLI, "generate", "--model", f"hf:{tiny_model_dir}", "--input", str(src), "--out", str(out),
           "--max-new-tokens", "24", "--batch-size", "1", "--max-concurrency", "1", "--no-cache"]

    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        if out.exists() and out.read_text().count("\n") >= 8:
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    lines_at_kill = out.read_text().count("\n")
    assert lines_at_kill < n + 1, "the run finished before it could be killed; the test proves nothing"

    done = subprocess.run(cmd, capture_output=True, text=True, env=_env(tmp_path), timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    ids = [r["id"] for r in records]
    assert sorted(ids, key=str) == sorted([*range(n), "long"], key=str)
    assert len(ids) == len(set(ids))
    # the bad lines are reported by file, line and field, and nothing else was lost
    assert f"{src}:51" in done.stderr and f"{src}:101" in done.stderr and "field 'prompt'" in done.stderr
    manifest = json.loads((out.parent / "out.manifest.json").read_text())
    assert manifest["counts"]["records"] == n + 1
    assert manifest["counts"]["truncated_prompts"] == 1
    assert manifest["counts"]["bad_input_lines"] == 2
    assert manifest["data"][str(src)]["sha256"]
    long = next(r for r in records if r["id"] == "long")
    assert long["truncated_prompt_tokens"] > 0


def test_repeated_prompt_under_another_id_is_its_own_record(tiny_model_dir: Path, tmp_path: Path) -> None:
    """Defect: records were keyed by prompt content, so a repeated prompt under another id was dropped."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"id": i, "prompt": p}) + "\n" for i, p in ((1, "Hi"), (2, "Hi"), (3, "Yo"))))
    res = subprocess.run([*CLI, "generate", "--model", f"hf:{tiny_model_dir}", "--input", str(src), "--out",
                          str(out), "--max-new-tokens", "3"], capture_output=True, text=True, env=_env(tmp_path),
                         timeout=300)
    assert res.returncode == 0, res.stderr
    assert sorted(json.loads(line)["id"] for line in out.read_text().splitlines()) == [1, 2, 3]


def test_bad_messages_lines_are_skipped_and_reported(tiny_model_dir: Path, tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    bad = [{"messages": []}, {"messages": [{"role": "user", "content": 5}]},
           {"messages": [{"role": "robot", "content": "x"}]}]
    src.write_text("".join(json.dumps(r) + "\n" for r in [*bad, {"prompt": "ok"}]))
    res = subprocess.run([*CLI, "generate", "--model", f"hf:{tiny_model_dir}", "--input", str(src), "--out",
                          str(out), "--max-new-tokens", "3"], capture_output=True, text=True, env=_env(tmp_path),
                         timeout=300)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr and len(out.read_text().splitlines()) == 1
    for where in (f"{src}:1, field 'messages'", f"{src}:2, field 'messages[0].content'",
                  f"{src}:3, field 'messages[0].role'"):
        assert where in res.stderr


def test_failed_generations_exit_1_and_are_retried_on_rerun(tmp_path: Path) -> None:
    """Defect: after an outage the rerun wrote "0 new" and never retried; total failure exited 0."""
    from typer.testing import CliRunner

    from safetylab.cli.app import app
    from safetylab.serve.http import BackgroundServer
    from tests.backends.test_openai_compat import scripted

    server_app, calls = scripted([(400, {}, "This model's maximum context length is 4 tokens")])
    out = tmp_path / "out.jsonl"
    with BackgroundServer(server_app) as server:
        args = ["generate", "--model", f"openai:{server.url}/v1#m", "--prompt", "Hi", "--no-cache"]
        first = CliRunner().invoke(app, [*args[:3], "--input", str(_one_prompt(tmp_path)), "--out", str(out),
                                         "--no-cache"])
        assert first.exit_code == 1 and "1 of 1 generations failed" in str(first.exception)
        assert "1 failed and will be retried on rerun" in first.output
        assert json.loads(out.read_text())["error"]
        second = CliRunner().invoke(app, [*args[:3], "--input", str(_one_prompt(tmp_path)), "--out", str(out),
                                          "--no-cache"])
        assert second.exit_code == 0, second.output
    assert len(calls) == 2
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["error"] is None for r in recs] == [False, True] and recs[1]["text"] == "ok"


def _one_prompt(tmp_path: Path) -> Path:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"prompt": "Hi"}) + "\n")
    return path


def test_an_endpoint_that_never_answers_exits_1_with_the_failures_counted(tmp_path: Path) -> None:
    """Defect: a dead or silent `openai:` endpoint was waited on 120 s x 7 attempts, then exit 0."""
    import socket

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"prompt": f"q{i}"}) + "\n" for i in range(5)))
    with socket.socket() as silent:  # accepts connections (the kernel's backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        model = f"openai:http://127.0.0.1:{silent.getsockname()[1]}/v1#m?timeout=0.5&attempts=2"
        start = time.monotonic()
        res = subprocess.run([*CLI, "generate", "--model", model, "--input", str(src), "--out", str(out),
                              "--no-cache", "--max-concurrency", "2"], capture_output=True, text=True,
                             env=_env(tmp_path), timeout=120)
        elapsed = time.monotonic() - start
    assert res.returncode == 1, res.stderr
    assert "5 failed and will be retried on rerun" in res.stderr and "error: 5 of 5 generations failed" in res.stderr
    assert "Traceback" not in res.stderr
    assert json.loads((tmp_path / "out.manifest.json").read_text())["counts"]["failed"] == 5
    assert elapsed < 20, elapsed  # two timeouts, then the rest given up at once
