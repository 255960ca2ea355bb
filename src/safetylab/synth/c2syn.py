"""C2-Syn: course-correction preference pairs (Xu et al. 2024, arXiv 2407.16637 §4, in our own words).

From (request, harmful response, safe response) triples, a six-rank list per triple, best first:

    safe response ≻ SYN1 ≻ SYN2 ≻ SYN3 ≻ SYN4 ≻ full harmful response

where SYNi is the harmful response cut on a punctuation mark at about i/4 of its length (the reference's
rule: count the delimiter characters, step ⌊t/4⌋ or ⌊t/4⌋−1, cut after the (i·step)-th), a corrective
trigger of our own wording, and the generator's continuation of that open assistant turn. Earlier
correction ranks higher, any correction above none, the safe answer above all. Every ordered pair of the
list becomes one TRL preference row (15 per triple when nothing is dropped).

Beyond the paper, a correction judge can check each continuation (given the cut and the trigger as the
prefix): a SYN whose continuation does not correct is dropped from its list, and the drop rate is
reported. The reference prepends an opener to the SYN lines only; we do not, so "has an opener" cannot
become a feature of the chosen side. Continuations are greedy (the reference used a deterministic diverse
beam search); a trigger and a step are drawn per triple from a hash of the seed and the triple.

Inputs: a JSONL of `request, harmful_response, safe_response` rows, or any response-harm file with
WildGuardMix fields (`prompt, response, response_harm_label`): harmful and unharmful responses to the same
prompt are paired into triples. Evaluation data must not be used: C2-Eval's file is refused, and
`exclude` (a file of prompts) leaves out the prompts of any other evaluation or labelling set.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from safetylab.backends.base import Backend
from safetylab.core.errors import DataError
from safetylab.core.hashing import content_key, file_hash
from safetylab.core.jsonl import JsonlReader, write_jsonl
from safetylab.core.messages import assistant, user
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.guards.correction import CorrectionItem, CorrectionJudge
from safetylab.runner.cache import GenerationCache
from safetylab.runner.executor import run_requests
from safetylab.runner.records import KeyedRecord
from safetylab.runner.store import RunStore
from safetylab.synth.pairs import preference_row

DELIMITERS = frozenset(',.!:;?-"(){}[]')
# Our own corrective triggers: each turns a harmful answer around mid-sentence.
TRIGGERS: tuple[str, ...] = (
    "but I have to stop here, because",
    "but I should not go on with this, since",
    "However, I realise I should not help with this:",
    "However, I cannot continue, because",
    "but on reflection I must point out that",
    "However, I need to stop and say that",
    "but I can't in good conscience go further, as",
    "However, I have to be honest with you:",
    "but wait, I should not be helping with this, because",
    "However, I must decline to continue, since",
    "but I want to be clear that",
    "However, let me stop here, because",
    "but I need to correct myself:",
    "However, I shouldn't have started answering this, because",
    "but I must warn you that",
)
EVAL_SHA256 = frozenset({"a9f22982e3f7f56309db81a56c532f556ec4d42356823ebb10f98d21a3c6e5c3"})  # C2-Eval


class Triple(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    request: str
    harmful: str
    safe: str


def _triples_of_rows(rows: Iterator[tuple[int, dict[str, Any]]], path: str, errors: list[DataError],
                     per_prompt: int) -> Iterator[Triple]:
    """Triples from either row shape; response-harm rows are grouped by prompt (harmful x unharmful)."""
    groups: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: {"harmful": [], "unharmful": []})
    for line, row in rows:
        if "harmful_response" in row:
            fields = ("request", "harmful_response", "safe_response")
            bad = next((f for f in fields if not isinstance(row.get(f), str) or not row[f].strip()), None)
            if bad:
                errors.append(DataError("missing or empty", path=path, line=line, field=bad))
                continue
            yield Triple(id=str(row.get("id") or line), request=row["request"], harmful=row["harmful_response"],
                         safe=row["safe_response"])
            continue
        label = row.get("response_harm_label")
        if label not in ("harmful", "unharmful") or not isinstance(row.get("prompt"), str) \
                or not isinstance(row.get("response"), str) or not row["response"].strip():
            errors.append(DataError("needs request/harmful_response/safe_response, or prompt, response and "
                                    "response_harm_label (harmful|unharmful)", path=path, line=line,
                                    field="response_harm_label"))
            continue
        groups[row["prompt"]][label].append((line, row["response"]))
    for prompt, g in groups.items():
        for (lh, harmful), (ls, safe) in list(zip(g["harmful"], g["unharmful"], strict=False))[:per_prompt]:
            yield Triple(id=f"{lh}+{ls}", request=prompt, harmful=harmful, safe=safe)


def load_triples(path: str | Path, *, per_prompt: int = 1) -> tuple[list[Triple], list[DataError], str]:
    """(triples, bad rows, file sha256). Refuses an evaluation file (C2-Eval's items)."""
    path = Path(path)
    if not path.is_file():
        raise DataError("file not found", path=str(path))
    sha = file_hash(path)
    if sha in EVAL_SHA256:
        raise DataError("this is C2-Eval's evaluation file: evaluation items must never become training data",
                        path=str(path))
    reader = JsonlReader(path)
    triples = list(_triples_of_rows(iter(reader), str(path), reader.errors, per_prompt))
    return triples, reader.errors, sha


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def load_exclusions(path: str | Path) -> set[str]:
    """Prompts to keep out of training (an evaluation or labelling set): a JSONL with `request` or `prompt`
    fields, or a text file with one prompt per line; compared after lower-casing and collapsing spaces."""
    path = Path(path)
    if not path.is_file():
        raise DataError("file not found", path=str(path))
    if path.suffix != ".jsonl":
        return {_norm(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    reader = JsonlReader(path)
    out = {_norm(str(row.get("request") or row.get("prompt") or "")) for _, row in reader}
    if reader.errors:
        raise reader.errors[0]
    return out - {""}


def cut_points(text: str, rng: random.Random) -> list[str] | None:
    """The harmful text cut after delimiters at about 1/4, 1/2, 3/4 and the end (None: fewer than 4)."""
    marks = [i for i, c in enumerate(text) if c in DELIMITERS]
    if len(marks) < 4:
        return None
    step = max(1, rng.choice((len(marks) // 4 - 1, len(marks) // 4)))
    return [text[:marks[i * step - 1] + 1] for i in range(1, 5)]


def _plan(triple: Triple, seed: int) -> tuple[list[str], str] | None:
    rng = random.Random(content_key({"c2syn": triple.id, "request": triple.request, "seed": seed}))
    cuts = cut_points(triple.harmful, rng)
    return (cuts, rng.choice(TRIGGERS)) if cuts else None


def synthesize_c2syn(generator: Backend, data: str | Path, out: str | Path, *, judge: CorrectionJudge | None = None,
                     per_prompt: int = 1, limit: int | None = None, seed: int = 0, max_new_tokens: int = 128,
                     exclude: str | Path | None = None, pairs_path: str | Path | None = None,
                     cache: GenerationCache | None = None) -> dict[str, Any]:
    """Run (or resume) the synthesis; writes the ranked lists to `out` and the pairs to `pairs_path`
    (default `<out stem>.pairs.jsonl`); returns the counts also written to the manifest."""
    out = Path(out)
    if out.suffix != ".jsonl":
        raise DataError("the output must be a .jsonl file", path=str(out))
    triples, errors, sha = load_triples(data, per_prompt=per_prompt)
    left_out = load_exclusions(exclude) if exclude else set()
    kept_triples = [t for t in triples if _norm(t.request) not in left_out]
    excluded = len(triples) - len(kept_triples)
    triples = kept_triples[:limit] if limit else kept_triples
    config = {"command": "synth c2syn", "generator": generator.identity(), "data_sha256": sha,
              "judge": judge.identity() if judge else None, "per_prompt": per_prompt, "limit": limit,
              "seed": seed, "max_new_tokens": max_new_tokens, "triggers": content_key(TRIGGERS, length=12),
              "exclude_sha256": file_hash(exclude) if exclude else None}
    store = RunStore(out.parent, config, name=out.stem)
    conts, final = store.stage(f"{out.stem}.continuations", KeyedRecord), store.output(KeyedRecord)
    gen_cfg = GenerationConfig(max_new_tokens=max_new_tokens)

    plans = {t.id: _plan(t, seed) for t in triples}
    usable = [t for t in triples if plans[t.id]]
    requests: dict[tuple[str, int], GenerationRequest] = {}
    for t in usable:
        cuts, trigger = plans[t.id]  # type: ignore[misc]
        for i, cut in enumerate(cuts):
            requests[t.id, i] = GenerationRequest(messages=[user(t.request), assistant(f"{cut} {trigger}")],
                                                  config=gen_cfg)
    run_requests(generator, [r for r in requests.values() if r.id not in conts],
                 lambda req, res: conts.append(KeyedRecord(key=req.id, text=res.text, error=res.error)),
                 cache=cache, chunk_size=32, description="synth: corrections")
    text = {rec.key: rec.model_dump() for rec in conts.records()}

    def key(t: Triple) -> str:
        return content_key({"triple": t.id, "request": t.request})

    todo = [t for t in usable if key(t) not in final]
    syns: list[tuple[Triple, int, str, str, dict[str, Any]]] = []
    for t in todo:
        cuts, trigger = plans[t.id]  # type: ignore[misc]
        syns += [(t, i, cut, trigger, text[requests[t.id, i].id]) for i, cut in enumerate(cuts)]
    verdicts = iter(judge.judge([CorrectionItem(request=t.request, prefix=f"{cut} {trigger}",
                                                continuation=c["text"])
                                 for t, _, cut, trigger, c in syns if not c["error"]]) if judge else [])
    kept: dict[str, list[str | None]] = {t.id: [None] * 4 for t in todo}
    why: dict[str, list[str | None]] = {t.id: [None] * 4 for t in todo}
    for t, i, cut, trigger, c in syns:
        reason = "generation_error" if c["error"] else None
        if reason is None and judge is not None:
            v = next(verdicts)
            reason = "judge_parse_error" if v.parse_error else (None if v.corrected else "not_corrected")
        why[t.id][i] = reason
        if reason is None:
            kept[t.id][i] = f"{cut} {trigger}{c['text']}"
    for t in todo:
        ranks = ["safe", *(f"syn{i + 1}" for i, s in enumerate(kept[t.id]) if s is not None), "harmful"]
        final.append(KeyedRecord(key=key(t), id=t.id, request=t.request, ranks=ranks, dropped=why[t.id],
                                 ranked=[t.safe, *(s for s in kept[t.id] if s is not None), t.harmful]))
    pairs_path = Path(pairs_path) if pairs_path else out.with_name(f"{out.stem}.pairs.jsonl")
    rows, dropped = [], {}
    for rec in final.records():
        r = rec.model_dump()
        for a, b in combinations(range(len(r["ranked"])), 2):
            rows.append(preference_row(r["request"], r["ranked"][a], r["ranked"][b], key=r["key"],
                                       chosen_rank=r["ranks"][a], rejected_rank=r["ranks"][b]))
        for reason in r["dropped"]:
            if reason:
                dropped[reason] = dropped.get(reason, 0) + 1
    write_jsonl(pairs_path, rows)
    n_syn = 4 * len(final.done)
    counts = {"triples": len(triples), "excluded": excluded, "bad_rows": len(errors), "too_few_delimiters": len(triples) - len(usable),
              "corrections": n_syn, "dropped": dropped,
              "drop_rate": round(sum(dropped.values()) / n_syn, 4) if n_syn else None, "pairs": len(rows)}
    store.update("counts", counts)
    store.update("outputs", {"records": str(out), "pairs": str(pairs_path)})
    store.close()
    return counts
