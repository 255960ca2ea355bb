"""Draw the pool of real model responses that get hand-written refusal labels.

The real files in ../shared/data/real carry harm labels but no refusal labels; this script picks a fixed,
stratified sample of their responses (seeded, by a hash of each row's id, so reruns pick the same rows)
and writes labelling batches outside the repository. Only the row ids and the labels are committed
(`studies/data/refusal_labels.jsonl`); the texts are read back from ../shared/data/real.

    python studies/refusal_labels/make_pool.py --out /tmp/refusal_pool
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "real"
# file -> (rows drawn, label filter on response_harm_label or None)
DRAWS: dict[str, list[tuple[int, str | None]]] = {
    "gptfuzz_response_harm.jsonl": [(800, "unharmful"), (150, "harmful")],
    "latentjailbreak_response_harm.jsonl": [(250, "unharmful"), (150, "harmful")],
    "llmselfdefense_response_harm.jsonl": [(195, None)],
    "diasafety_response_harm.jsonl": [(300, None)],
    "coconot_pref_refusal.jsonl": [(150, None)],
}
BATCH = 250


def _rank(row_id: str, seed: int) -> str:
    return hashlib.sha256(f"{seed}:{row_id}".encode()).hexdigest()


def draw(seed: int = 0) -> list[dict]:
    picked: list[dict] = []
    for name, draws in DRAWS.items():
        rows = [json.loads(line) for line in (REAL / name).read_text().splitlines() if line.strip()]
        for n, harm in draws:
            pool = [r for r in rows if harm is None or r["response_harm_label"] == harm]
            pool.sort(key=lambda r: _rank(r["id"], seed))
            for r in pool[:n]:
                picked.append({"uid": f"{name}#{r['id']}", "prompt": r["prompt"], "response": r["response"],
                               "harm": r["response_harm_label"]})
    picked.sort(key=lambda r: _rank(r["uid"], seed))  # batches mix sources
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = draw(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for b in range(0, len(rows), BATCH):
        with open(args.out / f"batch_{b // BATCH:02d}.jsonl", "w") as f:
            for r in rows[b:b + BATCH]:
                f.write(json.dumps({"uid": r["uid"], "prompt": r["prompt"], "response": r["response"]},
                                   ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows in {(len(rows) + BATCH - 1) // BATCH} batches under {args.out}")


if __name__ == "__main__":
    main()
