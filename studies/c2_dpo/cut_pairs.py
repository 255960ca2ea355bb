"""DPO pairs whose only difference is the correction, plus benign anchors (docs/course_correction.md, "DPO,
redesigned pairs").

C2-Eval prefills the first k words (k = 10..80, opener included) of a harmful answer and asks whether the
model's next 32 tokens turn back. The C2-Syn ranking (safe answer first) taught SmolLM2 to refuse at the
start instead. Here every correction pair shares its start: prompt = the harmful request; both answers
begin with the same opener + the first words of a harmful GPTFuzz answer, cut at a word boundary so that
opener + cut has k words, k drawn from 8..80 (C2-Eval's range); then

- chosen  = that prefix + a correction (one of our own sentences that turns back, then a real refusal
  written for the same question, GPTFuzz's unharmful answers);
- rejected = that prefix + the rest of the harmful answer.

Tokens shared at the start cancel in DPO's log-ratio difference, so a pair teaches only "after this much
harmful text, turn back now instead of going on"; the divergence lies right after the cut and inside
`--max-length` (checked with SmolLM2's tokenizer and chat template). No "safe answer > X" pairs.

Anchors against over-refusal: benign CoCoNot pref prompts outside the look-alike subcategories of the
over-refusal eval (and outside its rows and the perplexity texts), chosen = CoCoNot's compliant answer,
rejected = a real refusal (a GPTFuzz unharmful answer); `--lookalike-anchors N` adds N from inside those
subcategories (rows held out from the eval: the eval then measures held-out rows of a trained-on kind).
`--counter-pairs N` adds benign counter-pairs of the correction pairs' shape: a look-alike prompt's compliant
answer cut the same way, chosen = the answer going on, rejected = the cut + a turn-back (an anchor teaches the
first token only; these teach "do not turn back on benign text" at every k the correction pairs train). They
are drawn last with their own generator, so the other rows are the same with or without them. Evaluation
prompts (`--exclude`, repeatable) never become training rows; the counts go to `<out stem>.manifest.json`.

    python studies/c2_dpo/cut_pairs.py --exclude label_requests.txt --exclude lookalike40.jsonl \
        --exclude harmful60.jsonl --per-question 6 --anchors 120 --counter-pairs 120 --out cut_pairs.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from safetylab.core.hashing import content_key, file_hash
from safetylab.core.jsonl import write_jsonl
from safetylab.core.provenance import environment
from safetylab.guards.correction import CuesJudge
from safetylab.synth.c2syn import _norm, load_exclusions, load_triples
from safetylab.synth.pairs import preference_row

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c2_labels"))
from make_pool import clean  # noqa: E402  (the label pool's cleaning: plain-English, no refusal up front)

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real"
GPTFUZZ = REAL / "gptfuzz_response_harm.jsonl"
COCONOT_ANSWERS = REAL / "coconot_pref_refusal.jsonl"
COCONOT_PROMPTS = REAL / "coconot_pref_prompt_harm.jsonl"
LOOKALIKE = ("dangerous_or_sensitive_topics", "privacy_violations", "triggers_for_offensive_language")

# Training openers of our own, worded apart from C2-Eval's (benchmarks/c2eval.py OPENERS).
OPENERS: tuple[str, ...] = (
    "Alright, this is how it works.",
    "Sure, I'll help you with this.",
    "Here's what you can do about that.",
    "OK, let me tell you how.",
    "Fine, I will explain the process.",
    "Yes, this can be done as follows.",
    "Here is the approach you asked about.",
    "Of course, these are the steps.",
)
# Sentences of our own that turn back mid-answer; a real refusal of the same question follows.
TURNS: tuple[str, ...] = (
    "Wait, I need to stop here.",
    "Actually, I shouldn't continue with this.",
    "However, I can't go on with these instructions.",
    "No, I have to stop: I should not help with this.",
    "Hold on, I won't continue this answer.",
    "But I must stop, because this could seriously hurt people.",
    "Sorry, I realise I shouldn't be explaining this.",
    "However, I must not continue: this is harmful and likely illegal.",
    "I'm going to stop here instead of finishing this.",
    "On second thought, I cannot help with this request.",
)
_TURNING = re.compile("|".join(CuesJudge.patterns), re.IGNORECASE)  # c2-cues: any turning away
_REFUSAL_START = re.compile(r"^(?:i'm sorry|i am sorry|sorry|i cannot|i can't|i'm unable|i am unable|i won't)",
                            re.IGNORECASE)


def plain_harmful(text: str, words: int = 130) -> str | None:
    """The label pool's cleaning, and no turning away (c2-cues) in the first `words` words either: the
    rejected side must not carry a correction of its own within the training window."""
    text = clean(text)
    return text if text and not _TURNING.search(" ".join(text.split()[:words])) else None


def refusals(rows: list[dict]) -> dict[str, list[str]]:
    """Plain short refusals (GPTFuzz unharmful answers that start refusing, ASCII, no second persona)."""
    out: dict[str, list[str]] = {}
    for r in rows:
        text = " ".join(r["response"].split())
        if r["response_harm_label"] == "unharmful" and _REFUSAL_START.match(text) and text.isascii() \
                and 4 <= len(text.split()) <= 60 and ":" not in text:
            out.setdefault(r["prompt"], []).append(text)
    return out


def _cut_point(n_words: int, stratum: int, cuts: int, rng: random.Random) -> tuple[str, int]:
    """(opener, words of the answer kept) so that opener + kept words make k words, k drawn in `stratum` of
    `cuts` strata over 8..80; the answer goes on for at least 20 words after the cut."""
    opener = rng.choice(OPENERS) if rng.random() < 0.8 else ""
    lead = len(opener.split())
    lo = 8 + (80 - 8) * stratum // cuts
    k = max(lead + 1, rng.randint(lo, 8 + (80 - 8) * (stratum + 1) // cuts))
    return opener, min(k - lead, n_words - 20)


def _cut_pair(request: str, text: str, own: list[str], stratum: int, cuts: int, tail: int, rng: random.Random,
              fits) -> dict | None:
    words = text.split()
    opener, body = _cut_point(len(words), stratum, cuts, rng)  # the rejected side goes on harmfully a while
    k = body + len(opener.split())
    prefix = " ".join([opener, *words[:body]]).strip()
    if not fits(request, prefix):
        return None
    return preference_row(request, f"{prefix} {rng.choice(TURNS)} {rng.choice(own)}",
                          f"{prefix} {' '.join(words[body:body + tail])}", key=content_key({"q": request, "t": text, "k": k}),
                          kind="correction", k=k, opener=bool(opener))


def correction_pairs(triples_of: dict[str, list[str]], refusal_of: dict[str, list[str]], any_refusal: list[str],
                     per_question: int, cuts: int, tail: int, rng: random.Random, fits) -> tuple[list[dict], dict]:
    rows, counts = [], {"questions": len(triples_of), "too_long": 0, "k": []}
    for request, harmful in sorted(triples_of.items()):
        texts = sorted(set(harmful), key=lambda t: content_key({"cut": t}))[:per_question]
        for text in texts:
            for stratum in range(cuts):  # k spread over C2-Eval's 8..80, one cut per stratum
                row = _cut_pair(request, text, refusal_of.get(request) or any_refusal, stratum, cuts, tail, rng, fits)
                if row is None:
                    counts["too_long"] += 1
                    continue
                counts["k"].append(row["k"])
                rows.append(row)
    return rows, counts


def coconot() -> tuple[dict[str, str], list[dict]]:
    """CoCoNot pref: subcategory of each (normalised) prompt, and the answer rows."""
    sub = {_norm(r["prompt"]): str(r["id"]).split(":")[-1]
           for r in map(json.loads, COCONOT_PROMPTS.read_text(encoding="utf-8").splitlines())}
    return sub, [json.loads(line) for line in COCONOT_ANSWERS.read_text(encoding="utf-8").splitlines()]


def counter_pairs(n: int, skip: set[str], generic: list[str], cuts: int, tail: int, rng: random.Random, fits,
                  kinds: tuple[str, ...]) -> tuple[list[dict], dict]:
    """Benign counter-pairs of the correction pairs' shape: a look-alike CoCoNot pref prompt (rows of the
    over-refusal eval kept out by `skip`), its compliant answer cut as a correction pair's harmful answer is
    (same opener pool, strata and k range); chosen = the answer going on (`tail` words, its own line breaks
    kept), rejected = the same cut + a turn-back sentence of TURNS + a generic refusal — the correction pairs'
    chosen ending. They teach "do not turn back on benign text" at the positions the correction pairs train.
    Answers come from `kinds` in that order (each kind in content-key order), `cuts` pairs per answer."""
    sub, rows = coconot()
    pool = [r for r in rows if r.get("response") and _norm(r["prompt"]) not in skip
            and sub.get(_norm(r["prompt"])) in kinds and len(r["response"].split()) >= 80 + tail]
    pool.sort(key=lambda r: (kinds.index(sub[_norm(r["prompt"])]), content_key({"counter": r["prompt"]})))
    out: list[dict] = []
    counts: dict = {"pool": len(pool), "too_long": 0, "subcategories": {}, "k": []}
    for r, stratum in ((r, stratum) for r in pool for stratum in range(cuts)):
        if len(out) >= n:
            break
        spans = [m.end() for m in re.finditer(r"\S+", r["response"])]
        opener, body = _cut_point(len(spans), stratum, cuts, rng)
        prefix = f"{opener} {r['response'][:spans[body - 1]].strip()}".strip()
        if not fits(r["prompt"], prefix):
            counts["too_long"] += 1
            continue
        k = body + len(opener.split())
        rest = r["response"][spans[body - 1]:spans[min(body + tail, len(spans)) - 1]]
        out.append(preference_row(r["prompt"], prefix + rest, f"{prefix} {rng.choice(TURNS)} {rng.choice(generic)}",
                                  key=content_key({"c": r["prompt"], "k": k}), kind="counter", k=k,
                                  opener=bool(opener)))
        counts["k"].append(k)
        kind = sub[_norm(r["prompt"])]
        counts["subcategories"][kind] = counts["subcategories"].get(kind, 0) + 1
    counts["prompts"] = len({row["prompt"][0]["content"] for row in out})
    return out, counts


def k_histogram(ks: list[int]) -> dict[str, int]:
    return {f"{lo}-{lo + 9 + (lo == 70)}": sum(lo <= k <= lo + 9 + (lo == 70) for k in ks) for lo in range(0, 80, 10)}


def anchor_pairs(n: int, skip: set[str], any_refusal: list[str], rng: random.Random, *,
                 lookalike: bool = False) -> tuple[list[dict], dict]:
    """Benign CoCoNot pref prompts, compliant answer > refusal: outside the look-alike subcategories, or
    (`lookalike`) inside them — rows of the over-refusal eval's own subcategories, never its rows."""
    sub, rows = coconot()
    pool = [r for r in rows if r.get("response") and _norm(r["prompt"]) not in skip
            and sub.get(_norm(r["prompt"])) is not None and (sub[_norm(r["prompt"])] in LOOKALIKE) == lookalike]
    picked = sorted(pool, key=lambda r: content_key({"anchor": r["prompt"]}))[:n]
    by_sub: dict[str, int] = {}
    for r in picked:
        by_sub[sub[_norm(r["prompt"])]] = by_sub.get(sub[_norm(r["prompt"])], 0) + 1
    out = [preference_row(r["prompt"], r["response"], rng.choice(any_refusal), key=content_key({"a": r["prompt"]}),
                          kind="lookalike_anchor" if lookalike else "anchor") for r in picked]
    return out, {"pool": len(pool), "used": len(out), "subcategories": by_sub}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="evaluation prompts to keep out (JSONL with request/prompt, or one per line)")
    ap.add_argument("--per-question", type=int, default=6, help="harmful answers (pairs) per training question")
    ap.add_argument("--cuts", type=int, default=2, help="cut points per harmful answer (k strata over 8..80)")
    ap.add_argument("--tail-words", type=int, default=48,
                    help="words of the harmful answer kept after the cut on the rejected side (shorter steps)")
    ap.add_argument("--anchors", type=int, default=120, help="benign anchor pairs")
    ap.add_argument("--lookalike-anchors", type=int, default=0,
                    help="anchor pairs from the look-alike eval's subcategories (its rows kept out by --exclude)")
    ap.add_argument("--counter-pairs", type=int, default=0,
                    help="benign counter-pairs: a look-alike prompt's compliant answer cut as the correction pairs "
                         "are, going on > turning back (its rows kept out by --exclude)")
    ap.add_argument("--counter-kinds", default=",".join((LOOKALIKE[2], LOOKALIKE[0], LOOKALIKE[1])),
                    help="CoCoNot subcategories the counter-pairs come from, in order of use")
    ap.add_argument("--ppl-head", type=int, default=100,
                    help="first N rows of the CoCoNot answer file kept out of the anchors (report.py's perplexity "
                         "texts are the first 30 of it outside the look-alike set)")
    ap.add_argument("--max-length", type=int, default=256, help="train dpo --max-length: the cut must fit")
    ap.add_argument("--margin", type=int, default=24, help="tokens after the cut that must fit too")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    from safetylab.core.messages import assistant, user
    from safetylab.runner.models import load_model

    skip: set[str] = set()
    for path in args.exclude:
        skip |= load_exclusions(path)
    backend = load_model("smollm2-135m")  # the embedded model's tokenizer and chat template

    def fits(request: str, prefix: str) -> bool:
        text = backend.render([user(request), assistant(prefix)])
        return len(backend.tokenizer(text, add_special_tokens=False)["input_ids"]) + args.margin <= args.max_length

    rows = [json.loads(line) for line in GPTFUZZ.read_text(encoding="utf-8").splitlines()]
    triples, _, sha = load_triples(GPTFUZZ, per_prompt=1000)  # refuses C2-Eval's file by hash
    harmful: dict[str, list[str]] = {}
    for t in triples:
        if _norm(t.request) not in skip and (text := plain_harmful(t.harmful)) is not None:
            harmful.setdefault(t.request, []).append(text)
    refusal_of = {q: v for q, v in refusals(rows).items() if _norm(q) not in skip}  # no evaluation question's
    any_refusal = sorted({t for v in refusal_of.values() for t in v})
    rng = random.Random(args.seed)
    corr, ccounts = correction_pairs(harmful, refusal_of, any_refusal, args.per_question, args.cuts,
                                     args.tail_words, rng, fits)
    answers = [json.loads(line) for line in COCONOT_ANSWERS.read_text(encoding="utf-8").splitlines()]
    ppl_skip = {_norm(r["prompt"]) for r in answers[:args.ppl_head]}
    generic = [t for t in any_refusal if len(t.split()) <= 15]  # no topic of another question in it
    anchors, acounts = anchor_pairs(args.anchors, skip | ppl_skip, generic, rng)
    near, ncounts = anchor_pairs(args.lookalike_anchors, skip | ppl_skip, generic, rng, lookalike=True)
    kinds = tuple(args.counter_kinds.split(","))
    if unknown := set(kinds) - set(LOOKALIKE):
        raise SystemExit(f"--counter-kinds: not a look-alike subcategory: {sorted(unknown)} (known: {LOOKALIKE})")
    # after every other row and with its own generator, so the rows above are the same with or without them
    counter, kcounts = counter_pairs(args.counter_pairs, skip | ppl_skip, generic, args.cuts, args.tail_words,
                                     random.Random(args.seed + 2), fits, kinds) if args.counter_pairs else ([], {})
    backend.close()
    out = corr + anchors + near + counter
    random.Random(args.seed + 1).shuffle(out)
    write_jsonl(args.out, out)
    ks = ccounts.pop("k")
    manifest = {"command": " ".join(sys.argv), "gptfuzz_sha256": sha, "coconot_sha256": file_hash(COCONOT_ANSWERS),
                "exclude": {str(p): file_hash(p) for p in args.exclude}, "excluded_prompts": len(skip),
                "correction_pairs": len(corr), "anchor_pairs": len(anchors), "lookalike_anchor_pairs": len(near),
                "rows": len(out), "refusal_questions": len(refusal_of), **ccounts,
                "k_histogram": k_histogram(ks), "anchors": acounts, "lookalike_anchors": ncounts,
                "counter_pairs": len(counter),
                "counter": {"k_histogram": k_histogram(kcounts.pop("k")), **kcounts} if counter else {}, "ppl_head": args.ppl_head, "seed": args.seed,
                "cuts": args.cuts, "tail_words": args.tail_words, "per_question": args.per_question,
                "max_length": args.max_length, "margin": args.margin, "output_sha256": file_hash(args.out),
                "environment": environment()}
    args.out.with_suffix(".manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in manifest.items() if k != "environment"}, indent=2))


if __name__ == "__main__":
    main()
