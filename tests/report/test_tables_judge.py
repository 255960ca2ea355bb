"""The report says how far to trust the judge and why it is the default, from the compact card's scores on
real refusal data (compact held out by source, the training-free baselines on the same rows)."""

from __future__ import annotations

import json

from safetylab.guards.compact.guard import WEIGHTS_DIR, refusal_evidence
from safetylab.guards.registry import load_guard
from safetylab.report.tables import judge_quality_line


def test_compact_judge_line_quotes_held_out_refusal_f1_from_its_card(tmp_path):
    [line] = judge_quality_line({"guard": "compact", "weights": str(WEIGHTS_DIR)})
    card = json.loads((WEIGHTS_DIR / "card.json").read_text())
    f1 = card["tasks"]["response_refusal"]["loso"]["by_source"]["gptfuzz"]["f1"]
    assert f"gptfuzz {f1:.2f}" in line and "held out" in line
    (tmp_path / "card.json").write_text(json.dumps({"version": "10"}))  # an older card: nothing to quote
    assert judge_quality_line({"guard": "compact", "weights": str(tmp_path)}) == []


def test_keyword_judge_line_quotes_the_card_baseline_only_for_the_same_keyword_guard():
    evidence = refusal_evidence()
    assert set(evidence) >= {"compact", "keyword"}
    identity = load_guard("keyword").identity()
    [line] = judge_quality_line(identity)
    assert f"pooled {evidence['keyword']['pooled']['f1']:.2f}" in line
    assert f"`compact` {evidence['compact']['pooled']['f1']:.2f}" in line and "held out" not in line
    assert judge_quality_line({**identity, "version": "other"}) == []  # another phrase list: not measured
    assert judge_quality_line({"guard": "rubric"}) == []
