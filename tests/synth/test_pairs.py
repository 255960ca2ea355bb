from __future__ import annotations

import json

import pytest

from safetylab.core.errors import DataError
from safetylab.synth.pairs import export, normalise_preference, normalise_sft, preference_row, read_rows


def test_preference_row_is_trl_conversational():
    row = preference_row("Hi?", "Hello.", "Go away.", subcategory="x")
    assert row == {"prompt": [{"role": "user", "content": "Hi?"}],
                   "chosen": [{"role": "assistant", "content": "Hello."}],
                   "rejected": [{"role": "assistant", "content": "Go away."}], "subcategory": "x"}
    # CoCoNot's pref file has plain strings: converted the same way
    assert normalise_preference({"prompt": "Hi?", "chosen": "Hello.", "rejected": "Go away.", "id": 1}) == \
        {k: row[k] for k in ("prompt", "chosen", "rejected")}


def test_sft_forms_and_errors():
    assert normalise_sft({"prompt": "a b", "response": "c"})["messages"][-1] == {"role": "assistant", "content": "c"}
    with pytest.raises(DataError, match="f.jsonl:3.*field 'messages'"):
        normalise_sft({"messages": [{"role": "user", "content": "x"}]}, path="f.jsonl", line=3)
    with pytest.raises(DataError, match="field 'rejected'"):
        normalise_preference({"prompt": "p", "chosen": "c"})
    with pytest.raises(DataError, match="field 'chosen'"):
        normalise_preference({"prompt": "p", "chosen": [{"role": "robot", "content": "c"}], "rejected": "r"})


def test_read_rows_keeps_good_lines_and_reports_bad(tmp_path):
    path = tmp_path / "pairs.jsonl"
    lines = [json.dumps(preference_row("p1", "c1", "r1")), "{not json", json.dumps({"prompt": "p", "chosen": ""}),
             json.dumps({"prompt": "p2", "chosen": "c2", "rejected": "r2"})]
    path.write_text("\n".join(lines) + "\n")
    rows, errors = read_rows(path, "dpo")
    assert [r["prompt"][0]["content"] for r in rows] == ["p1", "p2"]
    assert [(e.line, e.field) for e in errors] == [(2, None), (3, "chosen")]


def test_export_writes_both_files(tmp_path):
    recs = [{"key": "k1", "kind": "contrast", "prompt": "p", "chosen": "c", "rejected": "r", "other": 1},
            {"key": "k2", "prompt": "p2", "chosen": "c2", "rejected": ""}, {"key": "k3", "prompt": "p3"}]
    assert export(recs, tmp_path / "s.jsonl", tmp_path / "p.jsonl") == (2, 1)
    sft = [json.loads(x) for x in (tmp_path / "s.jsonl").read_text().splitlines()]
    assert sft[0] == {"messages": [{"role": "user", "content": "p"}, {"role": "assistant", "content": "c"}],
                      "key": "k1", "kind": "contrast"}
    assert read_rows(tmp_path / "p.jsonl", "dpo")[1] == []
