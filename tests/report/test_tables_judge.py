"""The report says how far to trust the default judge, from its card's held-out scores."""

from __future__ import annotations

import json

from safetylab.guards.compact.guard import WEIGHTS_DIR
from safetylab.report.tables import judge_quality_line


def test_compact_judge_line_quotes_held_out_refusal_f1_from_its_card(tmp_path):
    [line] = judge_quality_line({"guard": "compact", "weights": str(WEIGHTS_DIR)})
    card = json.loads((WEIGHTS_DIR / "card.json").read_text())
    f1 = card["tasks"]["response_refusal"]["loso"]["by_source"]["gptfuzz"]["f1"]
    assert f"gptfuzz {f1:.2f}" in line and "held out" in line
    assert judge_quality_line({"guard": "keyword"}) == []
    (tmp_path / "card.json").write_text(json.dumps({"version": "10"}))  # an older card: nothing to quote
    assert judge_quality_line({"guard": "compact", "weights": str(tmp_path)}) == []
