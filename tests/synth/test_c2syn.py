"""C2-Syn: punctuation cuts, triples from both input shapes, six-rank lists, all ordered pairs in TRL's
format, the judge filter and its drop rate, resume, evaluation data refused, and the CLI."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safetylab.backends.hf import HFBackend
from safetylab.cli.app import app
from safetylab.core.errors import DataError
from safetylab.guards.correction import CorrectionItem, CorrectionJudge, CorrectionVerdict
from safetylab.synth import c2syn
from safetylab.synth.c2syn import DELIMITERS, TRIGGERS, cut_points, load_triples, synthesize_c2syn

HARMFUL = ("First, get a pick and a tension wrench. Insert the wrench, turn it slightly; then rake the pins: "
           "one by one, until each sets. Finally, turn the plug (gently) and open the door!")


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFETYLAB_CACHE_DIR", str(tmp_path / "cache"))


class EvenJudge(CorrectionJudge):
    """Corrected when the continuation has an even length: a real judge whose outcome varies."""

    name, version = "even", "1"

    def __init__(self) -> None:
        self.seen: list[CorrectionItem] = []

    def judge(self, items: Sequence[CorrectionItem]) -> list[CorrectionVerdict]:
        self.seen += items
        return [self._verdict(len(it.continuation) % 2 == 0) for it in items]


def test_cut_points_are_quarters_on_delimiters() -> None:
    marks = [i for i, c in enumerate(HARMFUL) if c in DELIMITERS]
    for seed in range(5):
        cuts = cut_points(HARMFUL, random.Random(seed))
        assert cuts is not None and len(cuts) == 4
        assert all(HARMFUL.startswith(c) and c[-1] in DELIMITERS for c in cuts)
        assert [len(c) for c in cuts] == sorted(len(c) for c in cuts) and len(set(cuts)) == 4
        step = len([i for i in marks if i < len(cuts[0])])
        assert step in (len(marks) // 4 - 1, len(marks) // 4)
        assert [len([i for i in marks if i < len(c)]) for c in cuts] == [step, 2 * step, 3 * step, 4 * step]
    assert cut_points("no marks here at all, really", random.Random(0)) is None


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_triples_from_both_shapes_and_evaluation_data_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    plain = _write(tmp_path / "t.jsonl", [{"request": "q", "harmful_response": HARMFUL, "safe_response": "No."},
                                          {"request": "q2", "harmful_response": "", "safe_response": "No."}])
    triples, errors, sha = load_triples(plain)
    assert [(t.request, t.safe) for t in triples] == [("q", "No.")] and len(sha) == 64
    assert [(e.line, e.field) for e in errors] == [(2, "harmful_response")]
    harm = _write(tmp_path / "h.jsonl", [
        {"prompt": "a", "response": "bad 1", "response_harm_label": "harmful"},
        {"prompt": "a", "response": "good 1", "response_harm_label": "unharmful"},
        {"prompt": "a", "response": "bad 2", "response_harm_label": "harmful"},
        {"prompt": "a", "response": "good 2", "response_harm_label": "unharmful"},
        {"prompt": "b", "response": "bad only", "response_harm_label": "harmful"},
        {"prompt": "c", "response": "x", "response_harm_label": "maybe"}])
    triples, errors, _ = load_triples(harm, per_prompt=2)
    assert [(t.request, t.harmful, t.safe) for t in triples] == [("a", "bad 1", "good 1"), ("a", "bad 2", "good 2")]
    assert [(e.line, e.field) for e in errors] == [(6, "response_harm_label")]
    monkeypatch.setattr(c2syn, "EVAL_SHA256", frozenset({sha}))
    with pytest.raises(DataError, match="evaluation"):
        load_triples(plain)


def test_triples_from_the_real_gptfuzz_file(shared_data: Path) -> None:
    triples, errors, _ = load_triples(shared_data / "real" / "gptfuzz_response_harm.jsonl")
    assert len(triples) >= 80 and not errors  # one per question with both kinds of answer (91 questions)
    assert len({t.request for t in triples}) == len(triples) and all(t.harmful != t.safe for t in triples)


def test_synthesis_ranks_pairs_filter_and_resume(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = _write(tmp_path / "t.jsonl", [
        {"id": f"t{i}", "request": f"How do I pick lock {i}?", "harmful_response": HARMFUL,
         "safe_response": "I can't help with that."} for i in range(3)]
        + [{"request": "short", "harmful_response": "too short", "safe_response": "No."}])
    backend = HFBackend(tiny_model_dir, batch_size=8)
    judge = EvenJudge()
    out = tmp_path / "syn" / "c2.jsonl"
    counts = synthesize_c2syn(backend, data, out, judge=judge, max_new_tokens=6, seed=1)
    assert counts["triples"] == 4 and counts["too_few_delimiters"] == 1 and counts["corrections"] == 12
    assert len(judge.seen) == 12 and all(any(it.prefix.endswith(t) for t in TRIGGERS) for it in judge.seen)
    not_corrected = sum(len(it.continuation) % 2 for it in judge.seen)
    assert counts["dropped"] == ({"not_corrected": not_corrected} if not_corrected else {})
    assert counts["drop_rate"] == pytest.approx(not_corrected / 12, abs=1e-4)

    records = [json.loads(line) for line in out.read_text().splitlines()]
    pairs = [json.loads(line) for line in (tmp_path / "syn" / "c2.pairs.jsonl").read_text().splitlines()]
    assert counts["pairs"] == len(pairs) == sum(len(r["ranked"]) * (len(r["ranked"]) - 1) // 2 for r in records)
    for r in records:
        assert r["ranks"][0] == "safe" and r["ranks"][-1] == "harmful"
        assert r["ranked"][0] == "I can't help with that." and r["ranked"][-1] == HARMFUL
        syns = r["ranked"][1:-1]
        assert [len(s.split(" ")) for s in syns] == sorted(len(s.split(" ")) for s in syns)
        for s in syns:  # the harmful text cut on a delimiter, a trigger, the generator's continuation
            trigger = next(t for t in TRIGGERS if f" {t}" in s)
            cut = s[:s.index(f" {trigger}")]
            assert HARMFUL.startswith(cut) and cut[-1] in DELIMITERS
    p = pairs[0]
    assert p["prompt"] == [{"role": "user", "content": "How do I pick lock 0?"}]
    assert p["chosen"][0]["role"] == p["rejected"][0]["role"] == "assistant"
    assert (p["chosen_rank"], p["rejected_rank"]) == ("safe", records[0]["ranks"][1])
    ranks = {(q["chosen_rank"], q["rejected_rank"]) for q in pairs if q["key"] == records[0]["key"]}
    order = records[0]["ranks"]
    assert ranks == {(order[a], order[b]) for a in range(len(order)) for b in range(a + 1, len(order))}

    again = EvenJudge()  # resume: nothing regenerated or re-judged, same output
    assert synthesize_c2syn(backend, data, out, judge=again, max_new_tokens=6, seed=1) == counts
    assert again.seen == []


def test_cli_without_judge_gives_fifteen_pairs_per_triple(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = _write(tmp_path / "t.jsonl", [{"request": "How?", "harmful_response": HARMFUL, "safe_response": "No."},
                                         {"request": "An  EVAL prompt", "harmful_response": HARMFUL,
                                          "safe_response": "No."}])
    exclude = _write(tmp_path / "eval.jsonl", [{"prompt": "an eval prompt"}])
    out = tmp_path / "c2.jsonl"
    res = CliRunner().invoke(app, ["synth", "c2syn", "--generator", f"hf:{tiny_model_dir}", "--data", str(data),
                                   "--out", str(out), "--judge", "none", "--max-new-tokens", "4", "--no-cache",
                                   "--exclude", str(exclude)])
    assert res.exit_code == 0, res.output
    pairs = [json.loads(line) for line in (tmp_path / "c2.pairs.jsonl").read_text().splitlines()]
    assert len(pairs) == 15 and {p["prompt"][0]["content"] for p in pairs} == {"How?"}
    manifest = json.loads((tmp_path / "c2.manifest.json").read_text())
    assert manifest["counts"]["drop_rate"] == 0.0 and manifest["config"]["judge"] is None
    assert manifest["counts"]["excluded"] == 1 and manifest["config"]["exclude_sha256"]

    # the pairs train as they are: two real DPO steps (LoRA) through `safetylab train dpo`
    import yaml

    config = tmp_path / "dpo.yaml"
    config.write_text(yaml.safe_dump({"model": f"hf:{tiny_model_dir}", "data": str(tmp_path / "c2.pairs.jsonl"),
                                      "output_dir": str(tmp_path / "dpo"), "max_steps": 2, "batch_size": 2}))
    res = CliRunner().invoke(app, ["train", "dpo", "--config", str(config), "--no-merge"])
    assert res.exit_code == 0, res.output
    record = json.loads((tmp_path / "dpo" / "train_result.json").read_text())
    assert record["rows"] == 15 and record["steps"] == 2 and len(record["losses"]) == 2
