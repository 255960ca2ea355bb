"""Join the hand-written refusal labels with the real responses they label, as WildGuardMix-style JSONL.

The label files (`studies/data/refusal_labels/pass{1,2}.jsonl`) hold only row ids and labels; the texts stay
in ../shared/data/real. This writes `prompt, response, response_refusal_label, source` rows (unlabelled rows,
`null`, left out) that `safetylab guard eval --data FILE` scores, one file per source with `--per-source`.

    python studies/refusal_labels/join.py --out /tmp/refusal_real.jsonl --per-source
    safetylab guard eval --guard compact,keyword,cues --data /tmp/refusal_real.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from make_pool import REAL

LABELS = Path(__file__).resolve().parents[1] / "data" / "refusal_labels"


def joined(labels: Path) -> list[dict]:
    wanted = {}
    for line in labels.read_text().splitlines():
        rec = json.loads(line)
        if rec["response_refusal_label"] is not None:
            wanted[rec["uid"]] = rec["response_refusal_label"]
    rows = []
    for name in sorted({uid.split("#", 1)[0] for uid in wanted}):
        for line in (REAL / name).read_text().splitlines():
            row = json.loads(line)
            label = wanted.get(f"{name}#{row['id']}")
            if label is not None:
                rows.append({"prompt": row["prompt"], "response": row["response"], "response_refusal_label": label,
                             "source": name.removesuffix(".jsonl"), "id": row["id"]})
    if len(rows) != len(wanted):
        raise SystemExit(f"{len(wanted) - len(rows)} labelled ids were not found in {REAL}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS / "pass1.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-source", action="store_true", help="also write OUT_STEM.<source>.jsonl per source")
    args = ap.parse_args()
    rows = joined(args.labels)
    files: dict[Path, list[dict]] = {args.out: rows}
    if args.per_source:
        for row in rows:
            files.setdefault(args.out.with_name(f"{args.out.stem}.{row['source']}.jsonl"), []).append(row)
    for path, part in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
        print(f"{path}: {len(part)} rows")


if __name__ == "__main__":
    main()
