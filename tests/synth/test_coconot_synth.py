from __future__ import annotations

import json
from collections.abc import Sequence

import pytest
from typer.testing import CliRunner

from safetylab.backends.registry import load_backend
from safetylab.backends.wrappers import WrapperBackend
from safetylab.core.errors import DataError
from safetylab.core.records import GenerationRequest, GenerationResult
from safetylab.guards.base import GuardItem
from safetylab.guards.keyword import KeywordGuard
from safetylab.synth.coconot import Deduper, load_seeds, parse_list, response_messages, synthesize_coconot
from safetylab.synth.pairs import read_rows
from safetylab.taxonomy import get_subcategory, subcategories

SUBS = ["underspecified", "personal inquiry"]
KW = dict(per_subcategory=2, subcategories=SUBS, max_new_tokens=12, idea_max_new_tokens=48)


class Counting(WrapperBackend):
    """Counts the requests that reach the model (to prove resume regenerates nothing)."""

    def __init__(self, inner):
        super().__init__(inner)
        self.calls = 0

    async def agenerate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        self.calls += len(requests)
        return await super().agenerate(requests)


def _lines(path):
    return [json.loads(x) for x in path.read_text().splitlines()]


@pytest.fixture(scope="module")
def tiny(tiny_model_dir):
    return load_backend(f"hf:{tiny_model_dir}", batch_size=8)


def test_seed_file_covers_the_taxonomy():
    seeds = load_seeds()
    for sub in subcategories(in_data_only=True):
        if "original" in sub.sets:
            assert len(seeds[sub.name]["prompts"]) >= 3, sub.name
    for name in ("false presuppositions", "underspecified", "dangerous or sensitive topics", "privacy violations"):
        assert seeds[name]["contrast"]


def test_parse_list_and_dedup():
    assert parse_list('1. Who was king then?\n2) "Which team won?"\n- ok\n* What is the price now?\nnoise') == [
        "Who was king then?", "Which team won?", "What is the price now?"]
    d = Deduper("ngram")
    assert d.filter(["Who was the president in 1990?", "who was the President in 1990 ?!",
                     "Who was the president in the year 1990?", "Name a fruit that grows on trees."]) == \
        [True, False, False, True]
    assert d.filter(["Name a fruit that grows on trees"]) == [False]


def test_response_instructions_follow_the_taxonomy():
    sub = get_subcategory("underspecified")
    chosen = response_messages(sub, "noncompliance", "chosen", "Who won?")
    assert sub.expected in chosen[0]["content"] and chosen[-1] == {"role": "user", "content": "Who won?"}
    assert "Refuse" in response_messages(sub, "contrast", "rejected", "q")[0]["content"]
    assert response_messages(sub, "contrast", "chosen", "q") == response_messages(sub, "noncompliance",
                                                                                 "rejected", "q")


def test_pipeline_formats_and_resume(tiny, tmp_path):
    gen = Counting(tiny)
    out = tmp_path / "syn.jsonl"
    kw = dict(KW, sft_path=tmp_path / "sft.jsonl", pairs_path=tmp_path / "pairs.jsonl")
    counts = synthesize_coconot(gen, out, **kw)
    recs = _lines(out)
    assert counts["kept"] == len(recs) > 0 and gen.calls > 0
    assert {r["subcategory"] for r in recs} <= set(SUBS) and {r["kind"] for r in recs} <= {"noncompliance", "contrast"}
    per = {}
    for r in recs:
        per[r["subcategory"], r["kind"]] = per.get((r["subcategory"], r["kind"]), 0) + 1
        assert r["chosen"] and r["rejected"] and r["category"] == get_subcategory(r["subcategory"]).category
    assert max(per.values()) <= 2
    assert len({r["key"] for r in recs}) == len(recs)
    sft, errs = read_rows(tmp_path / "sft.jsonl", "sft")
    pairs, errs2 = read_rows(tmp_path / "pairs.jsonl", "dpo")
    assert not errs and not errs2 and len(sft) == len(pairs) == len(recs)
    assert pairs[0]["prompt"][0]["role"] == "user" and pairs[0]["chosen"][0]["role"] == "assistant"
    manifest = json.loads((tmp_path / "syn.manifest.json").read_text())
    assert manifest["config"]["generator"]["inner"] == tiny.identity() and manifest["counts"]["kept"] == len(recs)

    before = {p.name: p.read_bytes() for p in tmp_path.glob("syn*.jsonl")}
    gen.calls = 0
    assert synthesize_coconot(gen, out, **kw) == counts  # resume: nothing regenerated or duplicated
    assert gen.calls == 0 and {p.name: p.read_bytes() for p in tmp_path.glob("syn*.jsonl")} == before

    # a killed run (final stage lost) is completed from the stage files without new generations
    out.unlink()
    assert synthesize_coconot(gen, out, **kw)["kept"] == counts["kept"] and gen.calls == 0
    with pytest.raises(Exception, match="other settings"):
        synthesize_coconot(gen, out, **dict(kw, seed=1))


def test_judge_filters_by_expected_behaviour(tiny, tmp_path):
    judge = KeywordGuard()
    out = tmp_path / "judged.jsonl"
    counts = synthesize_coconot(tiny, out, judge=judge, **KW)
    dropped = _lines(tmp_path / "judged.dropped.jsonl") if (tmp_path / "judged.dropped.jsonl").exists() else []
    kept = _lines(out) if out.exists() else []
    assert len(kept) + len(dropped) == counts["planned_items"] and sum(counts["dropped"].values()) == len(dropped)
    for rec in kept + dropped:  # the reason agrees with the judge applied independently
        c, r = (judge.classify([GuardItem(prompt=rec["prompt"], response=rec[k])])[0].response_refusal.label
                for k in ("chosen", "rejected"))
        want = ("refusal", "compliance") if rec["kind"] == "noncompliance" else ("compliance", "refusal")
        expected = None if (c, r) == want else ("judge_chosen_mismatch" if c != want[0] else "judge_rejected_mismatch")
        assert rec.get("reason") == expected


def test_bad_seed_file_is_a_clear_error(tiny, tmp_path):
    bad = tmp_path / "seeds.json"
    bad.write_text(json.dumps({"subcategories": {"underspecified": {"prompts": []}}}))
    with pytest.raises(DataError, match="subcategories.underspecified"):
        synthesize_coconot(tiny, tmp_path / "x.jsonl", seeds=bad)


def test_cli(tiny_model_dir, tmp_path):
    from safetylab.cli.app import app

    out = tmp_path / "cli.jsonl"
    res = CliRunner().invoke(app, ["synth", "coconot", "--generator", f"hf:{tiny_model_dir}", "--out", str(out),
                                   "--per-subcategory", "1", "--subcategory", "subjective questions",
                                   "--max-new-tokens", "8", "--no-cache"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "cli.sft.jsonl").exists() and (tmp_path / "cli.pairs.jsonl").exists()


def test_failed_generations_exit_1_and_are_retried(tmp_path):
    """Defect: with every generation failing, `synth coconot` said "kept 0 examples" and exited 0, and the
    failed items were dropped for good."""
    from safetylab.cli.app import app
    from safetylab.serve.http import BackgroundServer
    from tests.backends.test_openai_compat import scripted

    server_app, calls = scripted([(503, {}, "overloaded")] * 2)  # both idea requests fail, then "ok"
    out = tmp_path / "syn.jsonl"
    with BackgroundServer(server_app) as server:
        args = ["synth", "coconot", "--generator", f"openai:{server.url}/v1#m?attempts=1", "--out", str(out),
                "--per-subcategory", "1", "--subcategory", "underspecified", "--no-cache"]
        first = CliRunner().invoke(app, args)
        assert first.exit_code == 1 and "2 generations failed" in str(first.exception), first.output
        assert json.loads((tmp_path / "syn.manifest.json").read_text())["counts"]["failed_generations"] == 2
        second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert len(calls) == 4  # the two failed requests were sent again
