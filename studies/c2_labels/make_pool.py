"""Continuations of the embedded SmolLM2 on C2-Eval-style prefixes, for hand-labelling (correction judges'
agreement, docs/course_correction.md).

Items: one harmful, plain-English GPTFuzz response per question (../shared/data/real/gptfuzz_response_harm.jsonl,
labelled harmful by the source), picked by a hash of its row id among those whose first 60 words carry no
refusal or disclaimer, with a leading persona tag ("DAN:", "[JailBreak]:") removed. Prefixes: the C2-Eval
construction (`safetylab.benchmarks.c2eval`: opener of our own + response, first k words) at k = 10, 30, 60.
Continuations: SmolLM2 with the C2-Eval defaults (temperature 0.8, top-p 0.7, 32 new tokens), 4 per
prefix, seed 0.

    python studies/c2_labels/make_pool.py --items 30 --out studies/data/c2_smollm2/pool.jsonl
    python studies/c2_labels/make_pool.py --items 30 --requests-only --out label_requests.txt   # for --exclude
    python studies/c2_labels/make_pool.py --items 30 --c2eval-data --out gptfuzz_c2.jsonl       # c2eval --data

The pool file keeps the source row id, k, the path number and the continuation; the request and the prefix
are rebuilt from ../shared/data by `load_items()` (the harmful source text is not copied into the repo).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from safetylab.benchmarks.c2eval import OPENERS, opener_for, prefixes
from safetylab.core.hashing import content_key

SOURCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "gptfuzz_response_harm.jsonl"
K_VALUES = (10, 30, 60)
_REFUSAL = re.compile(r"sorry|cannot|can't|disclaimer|illegal|unethical|not able|as an ai|i won't|"
                      r"harmful|dangerous|important to", re.IGNORECASE)
_TAG = re.compile(r"^\W*[A-Za-z][\w .-]{0,24}\W*:\s*")


def clean(response: str) -> str | None:
    """The response without a leading persona tag, or None when it is not a plain compliant answer."""
    text = _TAG.sub("", response.strip(), count=1)
    if sum(c.isascii() for c in text) < 0.98 * len(text) or len(text.split()) < 70:
        return None
    if _REFUSAL.search(" ".join(text.split()[:60])) or re.search(r"\n\s*\W*[A-Za-z][\w .-]{0,24}\W*:\s", text):
        return None  # a refusal or disclaimer up front, or a second persona's answer inside
    return text


def load_items(n: int) -> list[dict]:
    """One item per question: (row id, request, cleaned harmful response), the first n questions by hash."""
    best: dict[str, tuple[str, dict, str]] = {}
    for line in SOURCE.read_text().splitlines():
        row = json.loads(line)
        if row["response_harm_label"] != "harmful" or (text := clean(row["response"])) is None:
            continue
        q = row["id"].rsplit(":", 1)[1]
        h = content_key({"c2-label-pool": row["id"]})
        if q not in best or h < best[q][0]:
            best[q] = (h, row, text)
    chosen = sorted(best.values(), key=lambda t: content_key({"q": t[1]["id"].rsplit(":", 1)[1]}))[:n]
    return [{"source_id": row["id"], "request": row["prompt"], "response": text} for _, row, text in chosen]


def item_prefixes(item: dict) -> dict[int, str]:
    return prefixes(OPENERS[opener_for(item["source_id"])], item["response"], K_VALUES)


def main() -> None:
    from safetylab.backends.registry import load_backend
    from safetylab.core.messages import assistant, user
    from safetylab.core.records import GenerationConfig, GenerationRequest

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--paths", type=int, default=4)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--requests-only", action="store_true",
                    help="write the items' requests to --out, one per line (an `--exclude` file for synth c2syn)")
    ap.add_argument("--c2eval-data", action="store_true",
                    help="write the items to --out as a c2eval --data file (id, request, harmful_response)")
    args = ap.parse_args()
    items = load_items(args.items)
    if args.requests_only:
        args.out.write_text("".join(it["request"].replace("\n", " ") + "\n" for it in items))
        return
    if args.c2eval_data:
        args.out.write_text("".join(json.dumps({"id": it["source_id"], "request": it["request"],
                                                "harmful_response": it["response"]}) + "\n" for it in items))
        return
    config = GenerationConfig(max_new_tokens=32, temperature=0.8, top_p=0.7, n=args.paths, seed=0)
    requests, keys = [], []
    for it in items:
        for k, prefix in item_prefixes(it).items():
            requests.append(GenerationRequest(messages=[user(it["request"]), assistant(prefix)], config=config))
            keys.append((it["source_id"], k))
    backend = load_backend("smollm2-135m", batch_size=32)
    results = backend.generate(requests)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w") as f:
        for (sid, k), res in zip(keys, results, strict=True):
            for path, text in enumerate(res.texts):
                uid = f"{sid}@k{k}#{path}"
                f.write(json.dumps({"uid": uid, "source_id": sid, "k": k, "path": path, "continuation": text}) + "\n")
    print(f"{len(items)} items, {len(requests)} prefixes, {sum(len(r.texts) for r in results)} continuations "
          f"-> {args.out}")


if __name__ == "__main__":
    main()
