"""Guard registry: names, lazy imports, errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from safetylab.core.errors import SafetylabError, UnknownNameError
from safetylab.guards.keyword import KeywordGuard
from safetylab.guards.registry import list_guards, load_guard


def test_list_and_load() -> None:
    names = [n for n, _ in list_guards()]
    assert names == ["compact", "wildguard", "llamaguard3", "keyword", "rubric", "cues"]
    assert all(desc for _, desc in list_guards())
    assert isinstance(load_guard("keyword", batch_size=8), KeywordGuard)


def test_unknown_name_lists_known() -> None:
    with pytest.raises(UnknownNameError) as e:
        load_guard("wildgaurd")
    assert "wildgaurd" in str(e.value) and "wildguard" in str(e.value) and "keyword" in str(e.value)


def test_model_for_a_guard_without_one() -> None:
    with pytest.raises(SafetylabError, match="takes no model"):
        load_guard("keyword", "hf:x")


def test_registry_import_is_light() -> None:
    code = ("import sys, safetylab.guards.registry as r; r.load_guard('keyword'); "
            "print([m for m in ('torch', 'transformers', 'sklearn') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
