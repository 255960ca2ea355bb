"""atomic_path: the target is replaced whole on success and left alone on failure."""

from __future__ import annotations

import pytest

from safetylab.core.files import atomic_path


def test_replaces_the_target_only_when_the_block_succeeds(tmp_path):
    target = tmp_path / "halves.jsonl"
    target.write_bytes(b"old\n")
    with atomic_path(target) as tmp:
        assert tmp.parent == target.parent and tmp != target
        tmp.write_bytes(b"new\n")
        assert target.read_bytes() == b"old\n"  # readers still see the old file while it is written
    assert target.read_bytes() == b"new\n"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed mid-write")
    assert target.read_bytes() == b"new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["halves.jsonl"]  # no temporary file left behind
