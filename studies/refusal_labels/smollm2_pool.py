"""Refusal labels from a second model: the embedded SmolLM2's replies to real prompts (issue 18).

Why: 772 of the 942 refusals first labelled are GPTFuzz replies of one model family, and no source had
plain dialogue beside DiaSafety, whose replies the refusal head flagged when it was held out. SmolLM2
replying to real chat-bot users (ConvAbuse) and to real harmful and benign requests (`prompts.jsonl`) adds
another model and the dialogue register, as one more source (`smollm2`) for leave-one-source-out.

    python studies/refusal_labels/smollm2_pool.py prompts --out /tmp/pool/prompts.jsonl
    safetylab generate --model smollm2-135m --input /tmp/pool/prompts.jsonl --out /tmp/pool/replies.jsonl \\
        --max-new-tokens 96 --temperature 0 --batch-size 16
    python studies/refusal_labels/smollm2_pool.py replies --generations /tmp/pool/replies.jsonl

Only the replies (SmolLM2's own text) and a reference to each prompt are committed
(`studies/data/refusal_labels/smollm2_replies.jsonl`); the prompts are read back from ../shared/data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
REPLIES = ROOT / "studies" / "data" / "refusal_labels" / "smollm2_replies.jsonl"
DRAWS = {"convabuse": 300, "prompts-harmful": 200, "prompts-benign": 150}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def pool() -> list[dict]:
    """The drawn prompts (by a hash of the row id or prompt, so reruns draw the same): uid, pool, prompt."""
    conv = sorted(_read(SHARED / "real" / "convabuse_prompt_harm.jsonl"), key=lambda r: _sha(r["id"]))
    rows = [{"uid": f"convabuse#{r['id']}", "pool": "convabuse", "prompt": r["prompt"]}
            for r in conv[:DRAWS["convabuse"]]]
    prompts = _read(SHARED / "prompts.jsonl")
    for name, harmful in (("prompts-harmful", True), ("prompts-benign", False)):
        picked = sorted((r for r in prompts if (r["prompt_harm_label"] == "harmful") == harmful),
                        key=lambda r: _sha(r["prompt"]))[:DRAWS[name]]
        rows += [{"uid": f"{name}#{_sha(r['prompt'])[:16]}", "pool": name, "prompt": r["prompt"]} for r in picked]
    return rows


def evaluation_prompts() -> set[str]:
    """Prompts other studies evaluate models on (the `corrected:` study's harmful rows): their replies are
    never judge training data, since the same greedy SmolLM2 writes the same replies there."""
    import sys
    sys.path.insert(0, str(ROOT / "studies" / "corrected"))
    from eval_prompts import KINDS, pick
    with KINDS["harmful"].open(encoding="utf-8") as f:
        rows = pick("harmful", [(i, json.loads(line)) for i, line in enumerate(f, 1)])
    return {r["prompt"] for r in rows[::max(1, len(rows) // 60)][:60]}


def prompts_by_uid() -> dict[str, str]:
    """uid -> prompt of the pool rows that may train a judge (evaluation prompts left out)."""
    held = evaluation_prompts()
    return {r["uid"]: r["prompt"] for r in pool() if r["prompt"] not in held}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["prompts", "replies"])
    ap.add_argument("--out", type=Path, help="prompts: where the generation input goes")
    ap.add_argument("--generations", type=Path, help="replies: `safetylab generate`'s output")
    args = ap.parse_args()
    if args.step == "prompts":
        with args.out.open("w", encoding="utf-8") as f:
            for r in pool():
                f.write(json.dumps({"id": r["uid"], "prompt": r["prompt"], "pool": r["pool"]}) + "\n")
        return
    wanted = prompts_by_uid()
    with REPLIES.open("w", encoding="utf-8") as f:
        for g in _read(args.generations):
            if g["id"] in wanted and g.get("text") is not None:
                f.write(json.dumps({"uid": g["id"], "response": g["text"], "model": "smollm2-135m",
                                    "settings": "greedy, 96 new tokens, no system prompt"},
                                   ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
