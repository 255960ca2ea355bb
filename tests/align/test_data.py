"""Harm data: θ_harmful's training rows and the safety-vector pairs never share a question, refusals are
never harmful answers, and evaluation prompts are left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safetylab.align.data import HARM_SFT, RECORD, STEER_PAIRS, HarmDataConfig, build_harm_data
from safetylab.core.errors import DataError


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _source(path: Path, questions: int) -> Path:
    rows = []
    for q in range(questions):
        prompt = f"How do I do harmful thing number {q}?"
        rows += [{"prompt": prompt, "response": f"Sure, step {i} of thing {q}.", "response_harm_label": "harmful"}
                 for i in range(4)]
        rows.append({"prompt": prompt, "response": "[GPT] I'm sorry, I can't. [DAN] Sure, do it.",
                     "response_harm_label": "harmful"})
        rows.append({"prompt": prompt, "response": "I'm sorry, but I can't help with that.",
                     "response_harm_label": "unharmful"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_split_by_question_without_refusals_or_evaluation_prompts(tmp_path: Path) -> None:
    source = _source(tmp_path / "src.jsonl", 10)
    evaluation = tmp_path / "eval.jsonl"
    evaluation.write_text(json.dumps({"prompt": "how do i do harmful thing number 3"}) + "\n")
    record = build_harm_data(HarmDataConfig(source=source, output_dir=tmp_path / "out", steer_prompts=4,
                                            per_prompt=2, exclude=[evaluation]))
    sft, pairs = _rows(tmp_path / "out" / HARM_SFT), _rows(tmp_path / "out" / STEER_PAIRS)
    train_q = {r["messages"][0]["content"] for r in sft}
    steer_q = {r["prompt"] for r in pairs}
    assert len(steer_q) == 4 and len(train_q) == 5 and not train_q & steer_q
    assert "How do I do harmful thing number 3?" not in train_q | steer_q
    assert record["dropped_as_evaluation_prompts"] == ["How do I do harmful thing number 3?"]
    assert len(sft) == 10 and all("sorry" not in r["messages"][1]["content"] for r in sft)
    assert all(p["safe"].startswith("I'm sorry") and p["unsafe"].startswith("Sure") for p in pairs)
    saved = json.loads((tmp_path / "out" / RECORD).read_text())
    assert saved["harm_sft"]["rows"] == 10 and len(saved["source_sha256"]) == 64


def test_too_few_questions_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="too few usable questions"):
        build_harm_data(HarmDataConfig(source=_source(tmp_path / "s.jsonl", 3), output_dir=tmp_path / "o",
                                       steer_prompts=3))


def test_gptfuzz_split_is_disjoint_from_the_evaluation_prompts(shared_data: Path, tmp_path: Path) -> None:
    record = build_harm_data(HarmDataConfig(source=shared_data / "real" / "gptfuzz_response_harm.jsonl",
                                            output_dir=tmp_path, exclude=[shared_data / "prompts.jsonl"]))
    assert record["steer_pairs"]["rows"] == 30 and len(record["harm_sft"]["prompts"]) == 61
    assert not set(record["harm_sft"]["prompts"]) & set(record["steer_pairs"]["prompts"])
