from pathlib import Path

import orjson
import pytest

from safetylab.core.errors import SafetylabError
from safetylab.runner.store import RunStore


def test_manifest_records_environment_and_config(tmp_path: Path) -> None:
    with RunStore(tmp_path / "run", {"model": "m", "seed": 3}) as store:
        store.update("data", {"f.jsonl": {"sha256": "abc"}})
    manifest = orjson.loads((tmp_path / "run" / "manifest.json").read_bytes())
    assert manifest["config"] == {"model": "m", "seed": 3}
    assert manifest["data"]["f.jsonl"]["sha256"] == "abc"
    assert manifest["environment"]["safetylab"]
    assert "transformers" in manifest["environment"]["libraries"]


def test_stage_resume_skips_done_keys(tmp_path: Path) -> None:
    with RunStore(tmp_path, {"a": 1}) as store:
        stage = store.stage("generate")
        stage.append({"key": "k1", "text": "x"})
        stage.append({"key": "k1", "text": "dup"})
    with RunStore(tmp_path, {"a": 1}) as store:
        stage = store.stage("generate")
        assert "k1" in stage
        stage.append({"key": "k2", "text": "y"})
        assert [r["key"] for r in stage.records()] == ["k1", "k2"]


def test_reopening_with_other_settings_is_refused(tmp_path: Path) -> None:
    RunStore(tmp_path, {"model": "a"}).close()
    with pytest.raises(SafetylabError, match="model"):
        RunStore(tmp_path, {"model": "b"})
    RunStore(tmp_path, {"model": "b"}, overwrite_config=True).close()
