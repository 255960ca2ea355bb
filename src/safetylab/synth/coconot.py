"""CoCoNot-style noncompliance data from any generator model.

Self-Instruct-like, after the paper's recipe (arXiv 2407.12043 §3, App. A) but with our own seeds and
prompts: (1) new requests per subcategory from seed examples, plus look-alike *contrast* requests that must
be answered; (2) near-duplicate removal against the seeds and each other; (3) a *chosen* reply showing the
behaviour the taxonomy expects and a *rejected* one (blind compliance, or for contrast requests a needless
refusal); (4) optional judge filtering (chosen must be judged noncompliant and rejected compliant, reversed
for contrast); (5) export as SFT `messages` and TRL preference pairs. Every stage is an append-only JSONL
beside `out`, keyed by content, so an interrupted run resumes without redoing or duplicating anything.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from safetylab.backends.base import Backend
from safetylab.core.errors import DataError
from safetylab.core.hashing import content_key, file_hash
from safetylab.core.messages import system, user
from safetylab.core.records import GenerationConfig, GenerationRequest, GenerationResult
from safetylab.guards.base import Guard, GuardItem
from safetylab.runner.cache import GenerationCache
from safetylab.runner.executor import run_requests
from safetylab.runner.records import KeyedRecord
from safetylab.runner.store import RunStore
from safetylab.synth.pairs import export
from safetylab.taxonomy.coconot import Subcategory, get_subcategory

Kind = Literal["noncompliance", "contrast"]
DedupMethod = Literal["ngram", "embedding"]


def seeds_path() -> Path:
    return Path(str(resources.files("safetylab.synth") / "seeds" / "coconot_seeds.json"))


def load_seeds(path: str | Path | None = None) -> dict[str, dict[str, list[str]]]:
    """Seed requests per canonical subcategory: {"prompts": [...], "contrast": [...]}."""
    path = Path(path) if path else seeds_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["subcategories"]
    except (OSError, ValueError, KeyError) as e:
        raise DataError(f"cannot read seeds ({e})", path=str(path), field="subcategories") from e
    out = {}
    for name, entry in data.items():
        if not isinstance(entry.get("prompts"), list) or not entry["prompts"]:
            raise DataError("needs a non-empty 'prompts' list", path=str(path), field=f"subcategories.{name}")
        out[get_subcategory(name).name] = {"prompts": entry["prompts"], "contrast": entry.get("contrast", [])}
    return out


# --- deduplication ------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _shingles(text: str, n: int = 4) -> set[str]:
    t = normalise(text)
    return {t[i:i + n] for i in range(max(1, len(t) - n + 1))}


class Deduper:
    """Keeps a text unless its normalised form was seen or it is too similar to a kept one: character
    4-gram Jaccard >= threshold (`ngram`, default 0.6) or embedding cosine >= threshold (`embedding`, the
    compact guard's MiniLM encoder, default 0.9)."""

    def __init__(self, method: DedupMethod = "ngram", threshold: float | None = None):
        self.method = method
        self.threshold = threshold if threshold is not None else (0.6 if method == "ngram" else 0.9)
        self._exact: set[str] = set()
        self._kept: list[Any] = []
        self._encoder: Any = None

    def _features(self, texts: Sequence[str]) -> list[Any]:
        if self.method == "ngram":
            return [_shingles(t) for t in texts]
        if self._encoder is None:
            from safetylab.guards.compact.guard import load_encoder

            self._encoder = load_encoder()
        return list(self._encoder.encode(list(texts), normalize_embeddings=True, show_progress_bar=False))

    def _similar(self, a: Any, b: Any) -> float:
        if self.method == "ngram":
            return len(a & b) / max(1, len(a | b))
        return float(a @ b)

    def filter(self, texts: Sequence[str]) -> list[bool]:
        """For each text in order: True when kept (and remembered), False when a duplicate."""
        feats = self._features(texts) if texts else []
        keep = []
        for text, f in zip(texts, feats, strict=True):
            norm = normalise(text)
            new = bool(norm) and norm not in self._exact and all(
                self._similar(f, k) < self.threshold for k in self._kept)
            if new:
                self._exact.add(norm)
                self._kept.append(f)
            keep.append(new)
        return keep


# --- prompts to the generator -------------------------------------------------------------------------

def idea_messages(sub: Subcategory, kind: Kind, examples: Sequence[str], n: int) -> list[dict[str, str]]:
    listing = "\n".join(f"{i}. {e}" for i, e in enumerate(examples, 1))
    if kind == "noncompliance":
        what = (f"requests of the type '{sub.name}' ({sub.definition}) — requests a careful assistant "
                "should not simply carry out")
    else:
        what = (f"requests that look like '{sub.name}' requests ({sub.definition}) but are in fact fine, "
                "and a careful assistant should answer them directly")
    return [user(f"Here are examples of {what}:\n{listing}\n\nWrite {n} new requests of the same kind, each "
                 "different from the examples and from each other. Write one request per line, numbered, "
                 "and nothing else.")]


def response_messages(sub: Subcategory, kind: Kind, role: Literal["chosen", "rejected"], prompt: str
                      ) -> list[dict[str, str]]:
    """The instruction that makes the generator write the chosen or the rejected reply."""
    if (kind == "noncompliance") == (role == "chosen"):
        if kind == "noncompliance":
            rule = (f"This request is of the type '{sub.name}': {sub.definition} Do not simply carry it out. "
                    f"Instead: {sub.expected} Be brief, polite and clear.")
        else:  # rejected reply to a contrast request: a needless refusal
            rule = ("Refuse this request politely, as if it were unsafe or impossible to answer, even "
                    "though it is not.")
    else:
        rule = ("Answer the request directly and helpfully, as an ordinary request, without refusing, "
                "questioning it or adding caveats.")
    return [system(f"You are writing one reply of an AI assistant. {rule}"), user(prompt)]


_NUMBERED = re.compile(r"^\s*(?:\d+\s*[.):-]|[-*•])\s*")


def parse_list(text: str, min_words: int = 3, max_words: int = 80) -> list[str]:
    """Requests from a numbered or bulleted list (one per line); very short or long lines are dropped."""
    out = []
    for line in text.splitlines():
        item = _NUMBERED.sub("", line).strip().strip("\"'“”").strip()
        if min_words <= len(item.split()) <= max_words:
            out.append(item)
    return out


# --- the pipeline -------------------------------------------------------------------------------------

def synthesize_coconot(generator: Backend, out: str | Path, *, per_subcategory: int = 4,
                       subcategories: Sequence[str] | None = None, judge: Guard | None = None, seed: int = 0,
                       seeds: str | Path | None = None, contrast: bool = True, oversample: int = 2,
                       temperature: float = 0.8, max_new_tokens: int = 256, idea_max_new_tokens: int = 384,
                       dedup: DedupMethod = "ngram", sft_path: str | Path | None = None,
                       pairs_path: str | Path | None = None, cache: GenerationCache | None = None
                       ) -> dict[str, Any]:
    """Run (or resume) the synthesis; returns the counts also written to `<out stem>.manifest.json`."""
    out = Path(out)
    if out.suffix != ".jsonl":
        raise DataError("the output must be a .jsonl file", path=str(out))
    seed_file = Path(seeds) if seeds else seeds_path()
    seed_data = load_seeds(seed_file)
    names = [get_subcategory(s).name for s in subcategories] if subcategories else list(seed_data)
    missing = [n for n in names if n not in seed_data]
    if missing:
        raise DataError(f"no seed requests for {missing}", path=str(seed_file), field="subcategories")
    config = {"command": "synth coconot", "generator": generator.identity(),
              "judge": judge.identity() if judge else None, "per_subcategory": per_subcategory,
              "subcategories": names, "seed": seed, "seeds_sha256": file_hash(seed_file), "contrast": contrast,
              "oversample": oversample, "temperature": temperature, "max_new_tokens": max_new_tokens,
              "idea_max_new_tokens": idea_max_new_tokens, "dedup": dedup}
    store = RunStore(out.parent, config, name=out.stem)
    ideas, replies = store.stage(f"{out.stem}.ideas", KeyedRecord), store.stage(f"{out.stem}.responses", KeyedRecord)
    final, dropped = store.output(KeyedRecord), store.stage(f"{out.stem}.dropped", KeyedRecord)
    gen_kw = {"cache": cache, "chunk_size": 32}

    # 1. new requests per (subcategory, kind)
    plan: list[tuple[Subcategory, Kind, GenerationRequest]] = []
    idea_cfg = GenerationConfig(max_new_tokens=idea_max_new_tokens, temperature=temperature, seed=seed)
    for name in names:
        sub = get_subcategory(name)
        for kind in ("noncompliance", "contrast"):
            examples = seed_data[name]["prompts" if kind == "noncompliance" else "contrast"]
            if examples and (kind == "noncompliance" or contrast):
                msgs = idea_messages(sub, kind, examples, per_subcategory * oversample)
                plan.append((sub, kind, GenerationRequest(messages=msgs, config=idea_cfg)))
    failed = run_requests(generator, [r for _, _, r in plan if r.id not in ideas],
                          lambda req, res: ideas.append(KeyedRecord(key=req.id, text=res.text, error=res.error)),
                          description="synth: requests", **gen_kw).errors
    idea_text = {rec.key: rec.model_dump()["text"] for rec in ideas.records()}

    # 2. dedup (seeds count as seen) and pick per_subcategory of each
    deduper = Deduper(dedup)
    deduper.filter([p for v in seed_data.values() for k in ("prompts", "contrast") for p in v[k]])
    items: list[dict[str, Any]] = []
    duplicates = 0
    for sub, kind, req in plan:
        cands = parse_list(idea_text.get(req.id, ""))
        keep = deduper.filter(cands)
        duplicates += keep.count(False)
        for prompt in [c for c, k in zip(cands, keep, strict=True) if k][:per_subcategory]:
            items.append({"key": content_key({"sub": sub.name, "kind": kind, "prompt": prompt}),
                          "kind": kind, "category": sub.category, "subcategory": sub.name, "prompt": prompt})

    # 3. chosen and rejected replies
    reply_cfg = GenerationConfig(max_new_tokens=max_new_tokens)
    reply_reqs: dict[tuple[str, str], GenerationRequest] = {}
    for it in items:
        sub = get_subcategory(it["subcategory"])
        for role in ("chosen", "rejected"):
            reply_reqs[it["key"], role] = GenerationRequest(
                messages=response_messages(sub, it["kind"], role, it["prompt"]), config=reply_cfg)
    failed += run_requests(generator, [r for r in reply_reqs.values() if r.id not in replies],
                           lambda req, res: replies.append(_reply_record(req, res)), description="synth: replies",
                           **gen_kw).errors
    reply = {rec.key: rec.model_dump() for rec in replies.records()}

    # 4. judge filtering, 5. final records
    todo = [it for it in items if it["key"] not in final and it["key"] not in dropped]
    complete = []
    for it in todo:
        rc, rr = reply[reply_reqs[it["key"], "chosen"].id], reply[reply_reqs[it["key"], "rejected"].id]
        it.update(chosen=rc["text"].strip(), rejected=rr["text"].strip(), generator=generator.name)
        if rc["error"] or rr["error"]:
            continue  # counted in `failed_generations`; the next run retries it
        if not it["chosen"] or not it["rejected"]:
            dropped.append(KeyedRecord(**it, reason="empty_reply"))
        else:
            complete.append(it)
    for it, reason in zip(complete, _judge(judge, complete), strict=True):
        if reason:
            dropped.append(KeyedRecord(**it, reason=reason))
        else:
            final.append(KeyedRecord(**it))

    n_sft, n_pairs = export((r.model_dump(exclude={"error"}) for r in final.records()), sft_path, pairs_path)
    reasons: dict[str, int] = {}
    for rec in dropped.records():
        reason = rec.model_dump()["reason"]
        reasons[reason] = reasons.get(reason, 0) + 1
    counts = {"planned_items": len(items), "duplicates_removed": duplicates, "kept": len(final.done),
              "dropped": reasons, "sft_rows": n_sft, "preference_pairs": n_pairs, "failed_generations": failed}
    store.update("counts", counts)
    store.update("outputs", {"records": str(out), "sft": str(sft_path) if sft_path else None,
                             "pairs": str(pairs_path) if pairs_path else None})
    store.close()
    return counts


def _reply_record(req: GenerationRequest, res: GenerationResult) -> KeyedRecord:
    return KeyedRecord(key=req.id, text=res.text, error=res.error, finish_reason=res.finish_reason)


def _judge(judge: Guard | None, items: list[dict[str, Any]]) -> list[str | None]:
    """Per item: None to keep, else why it is dropped. Chosen must read as noncompliance (compliance for
    contrast items) and rejected as the opposite; a judge parse error drops the item (never guessed)."""
    if judge is None or not items:
        return [None] * len(items)
    gi = [GuardItem(prompt=it["prompt"], response=it[r], subcategory=it["subcategory"])
          for it in items for r in ("chosen", "rejected")]
    verdicts = judge.classify(gi)
    out: list[str | None] = []
    for i, it in enumerate(items):
        vc, vr = verdicts[2 * i].response_refusal, verdicts[2 * i + 1].response_refusal
        for v, it_role in ((vc, "chosen"), (vr, "rejected")):
            it[f"judge_{it_role}"] = v.label if v else None
        want = ("refusal", "compliance") if it["kind"] == "noncompliance" else ("compliance", "refusal")
        if vc is None or vr is None or vc.label is None or vr.label is None:
            out.append("judge_parse_error")
        elif vc.label != want[0]:
            out.append("judge_chosen_mismatch")
        elif vr.label != want[1]:
            out.append("judge_rejected_mismatch")
        else:
            out.append(None)
    return out
