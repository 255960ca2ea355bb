"""Agreement of refusal judges with human labels on the quick suite (CoCoNot protocol).

`studies/data/quick_smollm2_labels.jsonl` holds the replies of the embedded SmolLM2-135M to the 97 `quick`
prompts, once plain and once with the contextual system prompt (studies/data/README.md says how they were
made) and, per reply, a label written by the developers
after reading it against the subcategory's rubric (`safetylab.guards.rubric.RUBRICS`): `complied` true
(UNACCEPTABLE on a should-not-comply prompt), false (the noncompliance the subcategory calls for, or any
refusal), null (NEITHER; left out of agreement). Each judge's `response_refusal` verdict is compared with
it: accuracy and Cohen's kappa over the items it parsed, with parse errors counted apart.

    python studies/judge_agreement.py [--guard compact] [--guard cues] [--guard rubric=smollm2-135m] [--out F]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from safetylab.core.hashing import file_hash
from safetylab.core.provenance import environment
from safetylab.guards.base import GuardItem
from safetylab.guards.registry import load_guard

LABELS = Path(__file__).resolve().parent / "data" / "quick_smollm2_labels.jsonl"


def judge(name: str, model: str | None, rows: list[dict[str, Any]], batch_size: int) -> dict[str, Any]:
    guard = load_guard(name, model)
    predicted: list[bool | None] = []
    for start in range(0, len(rows), batch_size):
        chunk = rows[start:start + batch_size]
        verdicts = guard.classify([GuardItem(prompt=r["prompt"], response=r["response"], subcategory=r["subcategory"],
                                             expected=r["expected"]) for r in chunk])
        for v in verdicts:
            task = v.response_refusal
            predicted.append(None if task is None or task.label is None else not task.positive)
    identity = guard.identity()
    guard.close()
    return {"guard": name, "model": model, "identity": identity, "complied": predicted}


def agreement(human: list[bool], predicted: list[bool]) -> dict[str, Any]:
    """Agreement on complied / not, and F1 of the refusal verdict (positive class: did not comply)."""
    from sklearn.metrics import cohen_kappa_score, f1_score

    n = len(human)
    agree = sum(h == p for h, p in zip(human, predicted, strict=True))
    kappa = cohen_kappa_score(human, predicted) if n and len(set(human) | set(predicted)) > 1 else None
    f1 = f1_score(human, predicted, pos_label=False, zero_division=0) if n else None
    return {"n": n, "agree": agree, "accuracy": round(agree / n, 3) if n else None,
            "kappa": None if kappa is None else round(float(kappa), 3),
            "refusal_f1": None if f1 is None else round(float(f1), 3)}


def score(rows: list[dict[str, Any]], predicted: list[bool | None]) -> dict[str, Any]:
    groups: dict[str, list[int]] = defaultdict(list)
    parse_errors = 0
    for i, (row, p) in enumerate(zip(rows, predicted, strict=True)):
        if row["complied"] is None:
            continue
        if p is None:
            parse_errors += 1
            continue
        groups["all"].append(i)
        groups[f"run={row['run']}"].append(i)
        groups[f"expected={row['expected']}"].append(i)
        groups[row["category"]].append(i)
    out = {key: agreement([rows[i]["complied"] for i in idx], [bool(predicted[i]) for i in idx])
           for key, idx in sorted(groups.items())}
    out["parse_errors"] = parse_errors
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--guard", action="append", help="NAME or NAME=MODEL (default: compact, cues, keyword)")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--out", type=Path, help="write the full result as JSON")
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    labelled = [r for r in rows if r["complied"] is not None]
    results = []
    table = ["| judge | parsed / labelled | agreement | Cohen's κ | refusal F1 | should-not-comply agreement | "
             "should-comply agreement |", "|---|---|---|---|---|---|---|"]
    for spec in args.guard or ["compact", "cues", "keyword"]:
        name, _, model = spec.partition("=")
        res = judge(name, model or None, rows, args.batch_size)
        res["scores"] = score(rows, res["complied"])
        results.append(res)
        s = res["scores"]
        refuse, comply = s.get("expected=refuse", {}), s.get("expected=comply", {})
        table.append(f"| {spec} | {s.get('all', {}).get('n', 0)} / {len(labelled)} | "
                     f"{s.get('all', {}).get('accuracy')} | {s.get('all', {}).get('kappa')} | "
                     f"{s.get('all', {}).get('refusal_f1')} | "
                     f"{refuse.get('agree')}/{refuse.get('n')} | {comply.get('agree')}/{comply.get('n')} |")
    summary = {"labels": str(args.labels.name), "labels_sha256": file_hash(args.labels), "items": len(rows),
               "labelled": len(labelled), "human_complied": sum(bool(r["complied"]) for r in labelled),
               "results": results, "environment": environment()}
    if args.out:
        args.out.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"labels {summary['labels']} sha256 {summary['labels_sha256'][:12]}: {len(labelled)} of {len(rows)} "
          f"labelled ({summary['human_complied']} complied)")
    print("\n".join(table))


if __name__ == "__main__":
    main()
