"""Draw a second pool of real replies for refusal labels, kept apart to check refusal designs afterwards.

The refusal signals (`safetylab.guards.refusal_signals`) were written while reading errors on the first
pool's rows, so scores on those rows are not clean evidence for them. This pool holds rows nobody here had
read: HH-RLHF harmless-base replies (a source no guard here trained or was designed on: a 52B assistant of
2022, `../shared/data/pairs_hh_harmless.jsonl`, both replies of each exchange), and GPTFuzz and
latent-jailbreak rows outside the first pool. Labels go to `studies/data/refusal_labels/holdout_*.jsonl`.

    python studies/refusal_labels/holdout_pool.py --out /tmp/holdout_pool        # labelling batches
    python studies/refusal_labels/holdout_pool.py --join /tmp/holdout.jsonl      # labelled rows, for guard eval
    safetylab guard eval --guard compact,keyword,cues --data /tmp/holdout.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from make_pool import REAL, _rank, draw

LABELS = Path(__file__).resolve().parents[1] / "data" / "refusal_labels"

HH = REAL.parent / "pairs_hh_harmless.jsonl"
# source -> rows drawn
SIZES = {"hh": 400, "gptfuzz_response_harm.jsonl": 200, "latentjailbreak_response_harm.jsonl": 100}
SEED = 1  # the first pool used seed 0


def hh_rows() -> list[dict]:
    """Both replies of each single-exchange HH-RLHF harmless dialogue, as `pairs_hh_harmless.jsonl#<line>:<side>`."""
    rows = []
    for i, line in enumerate(HH.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        rows += [{"uid": f"{HH.name}#{i}:{side}", "prompt": rec["prompt"], "response": rec[side]}
                 for side in ("chosen", "rejected")]
    return rows


def candidates() -> dict[str, list[dict]]:
    """Every row this pool can draw from, per key of `SIZES`, as {uid, prompt, response}."""
    out = {"hh": hh_rows()}
    for name in (n for n in SIZES if n != "hh"):
        rows = [json.loads(line) for line in (REAL / name).read_text().splitlines() if line.strip()]
        out[name] = [{"uid": f"{name}#{r['id']}", "prompt": r["prompt"], "response": r["response"]} for r in rows]
    return out


def holdout() -> list[dict]:
    first = {r["uid"] for r in draw(0)}
    picked = []
    for key, rows in candidates().items():
        pool = [r for r in rows if r["uid"] not in first]
        picked += sorted(pool, key=lambda r: _rank(r["uid"], SEED))[:SIZES[key]]
    return sorted(picked, key=lambda r: _rank(r["uid"], SEED))


def texts_by_uid() -> dict[str, dict]:
    """uid -> {uid, prompt, response} for every row this pool can draw from (to join labels back)."""
    return {r["uid"]: r for rows in candidates().values() for r in rows}


def source_of(uid: str) -> str:
    return "hh-rlhf" if uid.startswith(HH.name) else uid.split("_")[0]


def labelled() -> list[dict]:
    """The pass-1 labelled rows (null labels left out) as WildGuardMix-style rows with `source`."""
    texts, rows = texts_by_uid(), []
    for path in sorted(LABELS.glob("holdout_pass1_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["response_refusal_label"] is not None:
                t = texts[rec["uid"]]
                rows.append({"prompt": t["prompt"], "response": t["response"], "id": rec["uid"],
                             "response_refusal_label": rec["response_refusal_label"], "source": source_of(rec["uid"])})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    out = ap.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, help="folder for the labelling batches")
    out.add_argument("--join", type=Path, help="file for the labelled rows")
    args = ap.parse_args()
    if args.join:
        rows = labelled()
        args.join.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} labelled rows in {args.join}")
        return
    rows = holdout()
    args.out.mkdir(parents=True, exist_ok=True)
    halves = {"a": [r for r in rows if r["uid"].startswith(HH.name)], "b": [r for r in rows if not r["uid"].startswith(HH.name)]}
    for name, part in halves.items():
        with open(args.out / f"batch_{name}.jsonl", "w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"batch_{name}.jsonl: {len(part)} rows")


if __name__ == "__main__":
    main()
