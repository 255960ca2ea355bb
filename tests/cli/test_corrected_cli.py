"""`corrected:` through the commands: `safetylab generate` builds the guard check, a bad guard is exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "safetylab.cli.app"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SAFETYLAB_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}


def test_generate_with_a_corrected_model(tiny_model_dir: Path, tmp_path: Path) -> None:
    out = subprocess.run([*CLI, "generate", "--model", f"corrected:compact@4:hf:{tiny_model_dir}",
                          "--prompt", "Hello there", "--max-new-tokens", "8"],
                         capture_output=True, text=True, env=_env(tmp_path), timeout=300)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["completion_tokens"] > 0


def test_an_unknown_guard_is_a_clear_error(tiny_model_dir: Path, tmp_path: Path) -> None:
    out = subprocess.run([*CLI, "eval", "--model", f"corrected:nope:hf:{tiny_model_dir}", "--bench", "quick",
                          "--limit", "1", "--out", str(tmp_path / "run")],
                         capture_output=True, text=True, env=_env(tmp_path), timeout=300)
    assert out.returncode == 2 and "nope" in out.stderr
