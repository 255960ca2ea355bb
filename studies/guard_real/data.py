"""The real, labelled guard data of ../shared/data as one table per task, each row tagged with its source.

Why: every choice about the compact guard (encoder, features, heads, thresholds) is selected by
leave-one-source-out validation on real data — train on every source but one, score the one left out — so
rows must carry the source they came from, and one response's prompt must never sit on both sides (the
sources are disjoint by construction: a source is a whole file or a whole prompts.jsonl collection).

Tasks and sources:
- prompt harm: `prompts.jsonl` (by collection: advbench, catqa, dangerousqa, harmfulqa — harmful;
  arena-hard, fastchat, ifeval, self-instruct — benign), GPTFuzz questions, ConvAbuse, CoCoNot pref prompts.
- response harm: GPTFuzz, latent-jailbreak, DiaSafety, llm-self-defense.
- refusal: the project's hand labels (studies/data/refusal_labels/pass1.jsonl) on GPTFuzz, latent-jailbreak,
  DiaSafety, llm-self-defense and CoCoNot pref responses, plus CoCoNot pref's compliant answers (compliance
  by construction), plus SmolLM2's replies to real prompts (`smollm2`, smollm2_pass1.jsonl and smollm2_pass1b.jsonl). Only
  hand-labelled rows are scored; the extra compliance rows only train. `second_pool=True` adds the held-out
  refusal pool (HH-RLHF as source `hh-rlhf`, more GPTFuzz and latent-jailbreak rows).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
REAL = SHARED / "real"
PROJECT = ROOT / "data" / "compact" / "train.jsonl"
REFUSAL_LABELS = ROOT / "studies" / "data" / "refusal_labels" / "pass1.jsonl"
SMOLLM2_LABELS = [ROOT / "studies" / "data" / "refusal_labels" / f"smollm2_pass1{part}.jsonl" for part in ("", "b")]

PROMPT_COLLECTIONS = {  # prompts.jsonl `source` prefix -> LOSO source name
    "advbench": "advbench", "red-instruct/catqa": "catqa", "red-instruct/dangerousqa": "dangerousqa",
    "red-instruct/harmfulqa": "harmfulqa", "arena-hard-auto": "arena-hard", "fastchat": "fastchat",
    "ifeval": "ifeval", "self-instruct": "self-instruct",
}
RESPONSE_FILES = {"gptfuzz": "gptfuzz_response_harm.jsonl", "latentjailbreak": "latentjailbreak_response_harm.jsonl",
                  "diasafety": "diasafety_response_harm.jsonl", "llmselfdefense": "llmselfdefense_response_harm.jsonl"}
SAMPLE = {"diasafety": 3000, "gptfuzz": 3000}
POSITIVE = {"prompt_harm": "harmful", "response_harm": "harmful", "response_refusal": "refusal"}


@dataclass(frozen=True)
class Row:
    prompt: str
    response: str | None
    label: bool
    source: str
    scored: bool = True  # False: a training-only row (never in a held-out score)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _collection(source: str) -> str:
    for prefix, name in PROMPT_COLLECTIONS.items():
        if source.startswith(prefix):
            return name
    raise ValueError(f"prompts.jsonl source {source!r} is not mapped")


def prompt_rows() -> list[Row]:
    rows = [Row(r["prompt"], None, r["prompt_harm_label"] == "harmful", _collection(r["source"]))
            for r in _read(SHARED / "prompts.jsonl")]
    for name, file in (("gptfuzz-q", "gptfuzz_prompt_harm.jsonl"), ("convabuse", "convabuse_prompt_harm.jsonl"),
                       ("coconot", "coconot_pref_prompt_harm.jsonl")):
        rows += [Row(r["prompt"], None, r["prompt_harm_label"] == "harmful", name) for r in _read(REAL / file)]
    return rows


def _sampled(rows: list[dict], n: int | None) -> list[dict]:
    """A fixed sample of n rows (by a hash of the row id, so every run picks the same ones)."""
    if n is None or len(rows) <= n:
        return rows
    return sorted(rows, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())[:n]


def response_rows() -> list[Row]:
    """DiaSafety (3,000 of 11,188 rows) and GPTFuzz (3,000 of 5,938) are sampled to keep a study within
    minutes on 2 cores."""
    return [Row(r["prompt"], r["response"], r["response_harm_label"] == "harmful", name)
            for name, file in RESPONSE_FILES.items()
            for r in _sampled(_read(REAL / file), SAMPLE.get(name))]


def refusal_rows() -> list[Row]:
    wanted = {}
    for rec in _read(REFUSAL_LABELS):
        if rec["response_refusal_label"] is not None:
            wanted[rec["uid"]] = rec["response_refusal_label"] == "refusal"
    rows = []
    files = {**{f: n for n, f in RESPONSE_FILES.items()}, "coconot_pref_refusal.jsonl": "coconot"}
    for file, name in files.items():
        for r in _read(REAL / file):
            label = wanted.get(f"{file}#{r['id']}")
            if label is not None:
                rows.append(Row(r["prompt"], r["response"], label, name))
            elif file == "coconot_pref_refusal.jsonl":
                rows.append(Row(r["prompt"], r["response"], False, name, scored=False))
    return rows + smollm2_rows()


def smollm2_rows() -> list[Row]:
    """SmolLM2's replies to real prompts (studies/refusal_labels/smollm2_pool.py), hand-labelled."""
    import sys
    sys.path.insert(0, str(ROOT / "studies" / "refusal_labels"))
    from smollm2_pool import REPLIES, prompts_by_uid
    if not REPLIES.exists():
        return []
    labels: dict[str, str | None] = {}
    for path in (p for p in SMOLLM2_LABELS if p.exists()):  # two annotators split the rows; the first label wins
        for r in _read(path):
            labels.setdefault(r["uid"], r["response_refusal_label"])
    prompts = prompts_by_uid()
    return [Row(prompts[r["uid"]], r["response"], labels[r["uid"]] == "refusal", "smollm2")
            for r in _read(REPLIES) if labels.get(r["uid"]) is not None and r["uid"] in prompts]


def project_rows(task: str) -> list[Row]:
    """The project's own written rows (data/compact/train.jsonl) for a task: a training-only supplement,
    never scored (a score on data the project wrote is not evidence)."""
    field = {"prompt_harm": "prompt_harm_label", "response_harm": "response_harm_label",
             "response_refusal": "response_refusal_label"}[task]
    rows = [r for r in _read(PROJECT) if r.get(field) is not None]
    if task == "prompt_harm":  # the prompt alone; one row per distinct prompt
        rows = list({r["prompt"]: r for r in rows}.values())
    return [Row(r["prompt"], None if task == "prompt_harm" else r["response"], r[field] == POSITIVE[task],
                "project", scored=False) for r in rows]


def second_pool_rows() -> list[Row]:
    """The held-out refusal pool (studies/refusal_labels/holdout_pool.py): HH-RLHF replies as source
    `hh-rlhf`, GPTFuzz and latent-jailbreak rows under their own sources."""
    import sys
    sys.path.insert(0, str(ROOT / "studies" / "refusal_labels"))
    from holdout_pool import labelled
    return [Row(r["prompt"], r["response"], r["response_refusal_label"] == "refusal", r["source"])
            for r in labelled()]


def task_rows(project: bool = False, second_pool: bool = False) -> dict[str, list[Row]]:
    """Real rows per task; with `project`, the project's written rows too (training only); with
    `second_pool`, the held-out refusal pool joins the refusal rows."""
    out = {"prompt_harm": prompt_rows(), "response_harm": response_rows(),
           "response_refusal": refusal_rows() + (second_pool_rows() if second_pool else [])}
    if project:
        for task, rows in out.items():
            rows += project_rows(task)
    return out
