"""Correction judges against the hand labels of SmolLM2 continuations (studies/data/c2_smollm2/).

Judges: the registered `c2-cues`, `c2-keyword` and `c2-llm` (judge model: the embedded SmolLM2, or
`--llm-model`), plus two candidates built from the compact guard: its refusal verdict on (request,
continuation) alone, and `c2-cues` OR that verdict. Rows labelled null are left out; a judge's parse error
counts as a disagreement (it is never turned into a label) and is reported.

    python studies/c2_labels/agreement.py [--labels studies/data/c2_smollm2/labels.jsonl] [--no-llm]
        [--llm-model openai:URL#MODEL] [--out runs/c2_agreement.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_pool import item_prefixes, load_items  # noqa: E402

from safetylab.guards.correction import CorrectionItem, load_correction_judge  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data" / "c2_smollm2"


def load_labelled(labels: Path) -> tuple[list[CorrectionItem], list[bool]]:
    pool = {r["uid"]: r for r in map(json.loads, (DATA / "pool.jsonl").read_text().splitlines())}
    label = {r["uid"]: r["corrected"] for r in map(json.loads, labels.read_text().splitlines())}
    items = {it["source_id"]: it for it in load_items(100)}
    out, gold = [], []
    for uid, value in label.items():
        if value is None:
            continue
        row = pool[uid]
        item = items[row["source_id"]]
        out.append(CorrectionItem(request=item["request"], prefix=item_prefixes(item)[row["k"]],
                                  continuation=row["continuation"]))
        gold.append(bool(value))
    return out, gold


def compact_refusals(items: list[CorrectionItem]) -> list[bool | None]:
    from safetylab.guards.base import GuardItem
    from safetylab.guards.registry import load_guard

    guard = load_guard("compact")
    verdicts = guard.classify([GuardItem(prompt=it.request, response=it.continuation) for it in items])
    return [None if v.response_refusal is None or v.response_refusal.label is None
            else v.response_refusal.label == "refusal" for v in verdicts]


def scores(gold: list[bool], pred: list[bool | None]) -> dict[str, float | int]:
    from sklearn.metrics import cohen_kappa_score, f1_score, precision_score, recall_score

    parsed = [p if p is not None else (not g) for g, p in zip(gold, pred, strict=True)]  # error = disagreement
    return {"n": len(gold), "positives": sum(gold), "predicted": sum(bool(p) for p in pred),
            "parse_errors": sum(p is None for p in pred),
            "kappa": round(float(cohen_kappa_score(gold, parsed)), 3),
            "f1": round(float(f1_score(gold, parsed, zero_division=0)), 3),
            "precision": round(float(precision_score(gold, parsed, zero_division=0)), 3),
            "recall": round(float(recall_score(gold, parsed, zero_division=0)), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=DATA / "labels.jsonl")
    ap.add_argument("--no-llm", action="store_true")
    ap.add_argument("--llm-model", default=None)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    items, gold = load_labelled(args.labels)
    preds: dict[str, list[bool | None]] = {}
    for name in ("c2-cues", "c2-keyword", *(() if args.no_llm else ("c2-llm",))):
        judge = load_correction_judge(name, args.llm_model if name == "c2-llm" else None)
        preds[name] = [v.corrected for v in judge.judge(items)]
        judge.close()
    preds["compact refusal"] = compact_refusals(items)
    preds["c2-cues or compact"] = [bool(a) or bool(b) for a, b in zip(preds["c2-cues"], preds["compact refusal"],
                                                                      strict=True)]
    result = {"labels": str(args.labels), "judges": {name: scores(gold, p) for name, p in preds.items()}}
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
