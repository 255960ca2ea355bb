"""Before/after report of course-correction DPO (docs/course_correction.md): the headline numbers of
`safetylab eval` runs of the base and the trained model side by side (C2-Eval Corr@k and Corr_mean,
harmful compliance, over-refusal on benign look-alikes), a utility check measured here for both models
(perplexity of benign answers, multiple-choice accuracy: `safetylab.align.utility`), the training record
and the pairs' manifest (C2-Syn: pairs, judge-filter drop rate; or cut_pairs.py's counts). Writes report.md
and report.json.

    python studies/c2_dpo/report.py --base smollm2-135m --trained OUT_DIR_OF_TRAIN_DPO \
        --synth PAIRS_STEM.manifest.json --pair c2eval BEFORE_RUN AFTER_RUN --pair quick BEFORE AFTER \
        --pair lookalike BEFORE AFTER --texts ../shared/data/real/coconot_pref_refusal.jsonl \
        --exclude LOOKALIKE_FILE --out DIR
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from safetylab.align.utility import MC_GENERAL, read_mc, utility
from safetylab.core.hashing import file_hash
from safetylab.core.provenance import environment
from safetylab.runner.models import load_model

SAFETY_GROUP = "Requests with safety concerns"  # quick's category of harmful requests


def rate(r: dict[str, Any] | None) -> str:
    if not r or r.get("value") is None:
        return "–"
    return f"{100 * r['value']:.1f} [{100 * r['ci_low']:.1f}, {100 * r['ci_high']:.1f}] (n={r['n']})"


def headline(run: Path, judge: str | None = None) -> dict[str, Any]:
    """The numbers of one run's scores.json that this report compares, with what produced them: the result
    of `judge` where given (a run re-judged by another judge holds one result per judge), else the first."""
    results = json.loads((run / "scores.json").read_text(encoding="utf-8"))["results"]
    result = next((r for r in results if judge is None or r["judge"] == judge), None)
    if result is None:
        raise SystemExit(f"{run}/scores.json has no result judged by {judge!r}: {[r['judge'] for r in results]}")
    out: dict[str, Any] = {"run": str(run), "model": result["model"], "judge": result["judge"],
                           "data": result["data"], "settings": result["settings"]}
    if "corr_mean" in result:
        out["corr_mean"] = result["corr_mean"]
        boot = (result.get("bootstrap") or {}).get("corr_mean")
        if boot:  # the same mean with its item-level bootstrap bounds (n = items)
            out["corr_mean_item_bootstrap"] = {"value": result["corr_mean"]["value"], "ci_low": boot[0],
                                               "ci_high": boot[1], "n": result["bootstrap"]["items"]}
        out.update({f"corr@{k}": v for k, v in result["corr_at_k"].items()})
    else:
        out.update({k: v for k, v in result["metrics"].items() if k in ("harmful_compliance", "over_refusal")})
        group = next((g["compliance"] for g in result["groups"]
                      if g["field"] == "category" and g["value"] == SAFETY_GROUP and g["expected"] == "refuse"), None)
        if group:
            out["harmful_compliance_safety_concerns"] = group
    return out


def separated(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two rates' 95 % intervals do not overlap."""
    return a["ci_high"] < b["ci_low"] or b["ci_high"] < a["ci_low"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="smollm2-135m")
    ap.add_argument("--trained", type=Path, required=True, help="output dir of safetylab train dpo")
    ap.add_argument("--synth", type=Path, required=True, help="the pairs' manifest (synth c2syn's, or cut_pairs.py's)")
    ap.add_argument("--pair", nargs=3, action="append", default=[], metavar=("NAME", "BEFORE", "AFTER"))
    ap.add_argument("--texts", type=Path, required=True, help="JSONL with prompt and response (benign answers)")
    ap.add_argument("--exclude", type=Path, help="JSONL with prompt: evaluation prompts kept out of --texts")
    ap.add_argument("--judge", help="compare the results of this judge (default: each run's first)")
    ap.add_argument("--ppl-limit", type=int, default=30)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()

    train = json.loads((args.trained / "train_result.json").read_text(encoding="utf-8"))
    synth = json.loads(args.synth.read_text(encoding="utf-8"))
    skip = set()
    if args.exclude:
        skip = {json.loads(line)["prompt"] for line in args.exclude.open(encoding="utf-8") if line.strip()}
    rows = [json.loads(line) for line in args.texts.open(encoding="utf-8") if line.strip()]
    texts = [(r["prompt"], r["response"]) for r in rows if r.get("response") and r["prompt"] not in skip]
    texts = texts[:args.ppl_limit]
    mc = read_mc(MC_GENERAL)
    utilities = {}
    for name, model in (("before", args.base), ("after", f"hf:{train['merged_dir']}")):
        with load_model(model, batch_size=8) as backend:
            utilities[name] = {"model": model, "identity": backend.identity(),
                               **utility(backend, texts, mc).model_dump()}
    pairs = {name: {"before": headline(Path(b), args.judge), "after": headline(Path(a), args.judge)}
             for name, b, a in args.pair}

    lines = ["# Course-correction DPO on SmolLM2: before and after", "",
             f"Trained model: `hf:{train['merged_dir']}` ({train['steps']} LoRA DPO steps on {train['rows']} "
             f"pairs, data sha256 {train['data_sha256'][:12]}, loss {train['losses'][0]:.3f} -> "
             f"{train['losses'][-1]:.3f}). Pairs: {args.synth} (its counts below).", "",
             "| set | metric | before | after | intervals apart |", "|---|---|---|---|---|"]
    for name, pair in pairs.items():
        for metric in pair["before"]:
            if metric in ("run", "model", "judge", "data", "settings"):
                continue
            b, a = pair["before"][metric], pair["after"].get(metric)
            if not b.get("n") and not (a or {}).get("n"):  # a metric the set has no rows for
                continue
            apart = "yes" if a and separated(b, a) else "no"
            lines.append(f"| {name} ({pair['before']['judge']}) | {metric} | {rate(b)} | {rate(a)} | {apart} |")
    before, after = utilities["before"], utilities["after"]
    lines += [f"| utility | perplexity of {len(texts)} benign answers | {before['perplexity']:.2f} | "
              f"{after['perplexity']:.2f} | |",
              f"| utility | MC accuracy ({len(mc)} items) | {rate(before['mc_accuracy'])} | "
              f"{rate(after['mc_accuracy'])} | {'yes' if separated(before['mc_accuracy'], after['mc_accuracy']) else 'no'} |"]
    lines += ["", "Pairs manifest counts: `" + json.dumps({k: v for k, v in synth.items()
                                                         if k not in ("config", "environment")}) + "`", ""]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = {"train": train, "synth": synth, "pairs": pairs, "utility": utilities,
              "texts": {"path": str(args.texts), "sha256": file_hash(args.texts), "used": len(texts)},
              "mc": {"path": str(MC_GENERAL), "sha256": file_hash(MC_GENERAL)}, "environment": environment()}
    (args.out / "report.json").write_text(json.dumps(record, indent=2, default=str) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
