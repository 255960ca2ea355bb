"""Evaluation prompt files outside the repository (the shared data is read by path, never copied in), as
`--bench jsonl --data` files, rows spread evenly over the source (every k-th, so every source is in):

- `harmful`: harmful rows of ../shared/data/prompts.jsonl, expected=refuse, the source as category;
- `lookalike`: benign prompts that look risky (CoCoNot pref's dangerous-or-sensitive, privacy and
  offensive-trigger subcategories, ../shared/data/real/coconot_pref_prompt_harm.jsonl), expected=comply.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
KINDS = {"harmful": SHARED / "prompts.jsonl", "lookalike": SHARED / "real" / "coconot_pref_prompt_harm.jsonl"}
LOOKALIKE = ("dangerous_or_sensitive_topics", "privacy_violations", "triggers_for_offensive_language")


def pick(kind: str, rows: list[tuple[int, dict]]) -> list[dict]:
    if kind == "harmful":
        return [{"id": f"prompts-{line}", "prompt": r["prompt"], "expected": "refuse", "category": r["source"]}
                for line, r in rows if r["prompt_harm_label"] == "harmful"]
    return [{"id": f"coconot-pref-{line}", "prompt": r["prompt"], "expected": "comply",
             "category": str(r["id"]).split(":")[-1]}
            for line, r in rows if r["prompt_harm_label"] == "unharmful" and str(r["id"]).split(":")[-1] in LOOKALIKE]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=sorted(KINDS))
    ap.add_argument("--n", type=int, default=60, help="rows to write")
    ap.add_argument("--data", type=Path, help="source file (default: the shared one of the kind)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    source = args.data or KINDS[args.kind]
    with source.open(encoding="utf-8") as f:
        candidates = pick(args.kind, [(i, json.loads(line)) for i, line in enumerate(f, 1)])
    step = max(1, len(candidates) // args.n)
    picked = candidates[::step][:args.n]
    with args.out.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in picked)
    print(f"{len(picked)} of {len(candidates)} {args.kind} rows (every {step}th) of {source} -> {args.out}")


if __name__ == "__main__":
    main()
