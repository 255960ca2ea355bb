from pathlib import Path

import pytest

from safetylab.core.errors import DataError
from safetylab.core.jsonl import JsonlAppender, JsonlReader, repair_torn_tail


def test_reader_reports_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = ['{"prompt": "a"}'] * 10_000
    lines[4_999] = '{"prompt": "broken'
    lines[7_000] = '{"other": 1}'
    lines[8_000] = "[1, 2]"
    path.write_text("\n".join(lines) + "\n")
    reader = JsonlReader(path, required=["prompt"])
    rows = list(reader)
    assert len(rows) == 9_997
    assert [e.line for e in reader.errors] == [5_000, 7_001, 8_001]
    assert reader.errors[1].field == "prompt"
    assert f"{path}:5000" in str(reader.errors[0])
    assert "field 'prompt'" in str(reader.errors[1])


def test_strict_reader_raises_with_location(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"prompt": "a"}\nnot json\n')
    with pytest.raises(DataError) as exc:
        list(JsonlReader(path, strict=True))
    assert exc.value.line == 2 and exc.value.path == str(path)


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="file not found"):
        JsonlReader(tmp_path / "nope.jsonl")


def test_torn_tail_is_dropped_and_appending_continues(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"key": "a"}\n{"key": "b"}\n{"key": "c", "te')
    assert repair_torn_tail(path) == len(b'{"key": "c", "te')
    with JsonlAppender(path) as out:
        out.write({"key": "c"})
    assert [r["key"] for _, r in JsonlReader(path)] == ["a", "b", "c"]


def test_torn_single_line_file_becomes_empty(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"key": "a"')
    repair_torn_tail(path)
    assert path.read_bytes() == b""
