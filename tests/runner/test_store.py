from pathlib import Path

import orjson
import pytest

from safetylab.core.errors import SafetylabError
from safetylab.runner.records import GenerationRecord
from safetylab.runner.store import RunStore


def gen(key: str, text: str = "x", error: str | None = None) -> GenerationRecord:
    return GenerationRecord(key=key, prompt="p", text=text, error=error)


def test_manifest_records_environment_and_config(tmp_path: Path) -> None:
    with RunStore(tmp_path / "run", {"model": "m", "seed": 3}) as store:
        store.update("data", {"f.jsonl": {"sha256": "abc"}})
    manifest = orjson.loads((tmp_path / "run" / "manifest.json").read_bytes())
    assert manifest["config"] == {"model": "m", "seed": 3}
    assert manifest["data"]["f.jsonl"]["sha256"] == "abc"
    assert manifest["environment"]["safetylab"]
    assert "transformers" in manifest["environment"]["libraries"]


def test_nothing_is_written_before_the_first_record(tmp_path: Path) -> None:
    with RunStore(tmp_path / "run", {"model": "typo"}) as store:
        assert "k" not in store.generations()
    assert not (tmp_path / "run").exists()  # a command that failed its checks leaves no trace
    with RunStore(tmp_path / "run", {"model": "right"}) as store:  # so the corrected command is accepted
        store.generations().append(gen("k"))
    assert orjson.loads((tmp_path / "run" / "manifest.json").read_bytes())["config"] == {"model": "right"}


def test_stage_resume_skips_done_keys(tmp_path: Path) -> None:
    with RunStore(tmp_path, {"a": 1}) as store:
        stage = store.generations()
        stage.append(gen("k1"))
        stage.append(gen("k1", "dup"))
    with RunStore(tmp_path, {"a": 1}) as store:
        stage = store.generations()
        assert "k1" in stage
        stage.append(gen("k2", "y"))
        assert [r.key for r in stage.records()] == ["k1", "k2"]
        assert [r.text for r in stage.records()] == ["x", "y"]


def test_failed_records_are_retried_and_superseded(tmp_path: Path) -> None:
    with RunStore(tmp_path, {"a": 1}) as store:
        stage = store.generations()
        stage.append(gen("k1", "", error="connection refused"))
        stage.append(gen("k2"))
        assert "k1" not in stage and stage.failed == 1
    with RunStore(tmp_path, {"a": 1}) as store:
        stage = store.generations()
        assert "k1" not in stage and "k2" in stage  # the failure is not done: a rerun retries it
        stage.append(gen("k1", "", error="timeout"))
        assert [(r.key, r.error) for r in stage.records()] == [("k2", None), ("k1", "timeout")]
        stage.append(gen("k1", "recovered"))
        assert stage.failed == 0
        assert sorted((r.key, r.text, r.error) for r in stage.records()) == [("k1", "recovered", None),
                                                                            ("k2", "x", None)]


def test_store_computes_keys_from_line_and_content() -> None:
    same = {"key": "k1", "prompt": "a"}
    assert RunStore.line_key(1, same) != RunStore.line_key(2, same)  # an input's `key` is only content
    assert RunStore.line_key(1, same) != RunStore.line_key(1, {"key": "k1", "prompt": "b"})
    assert RunStore.line_key(1, same) == RunStore.line_key(1, dict(same))


def test_reopening_with_other_settings_is_refused(tmp_path: Path) -> None:
    with RunStore(tmp_path, {"model": "a"}) as store:
        store.generations().append(gen("k"))
    with pytest.raises(SafetylabError, match="model"):
        RunStore(tmp_path, {"model": "b"})
    RunStore(tmp_path, {"model": "b"}, overwrite_config=True).close()
