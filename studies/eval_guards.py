"""F1 of every guard on every labelled file in ../shared/data and on the project's held-out sets.

Each row says whether the compact guard's shipped heads saw the file in training (`trained_on`), so
held-out numbers are never mixed up with fit numbers. Guards that need a model (wildguard, llamaguard3,
rubric) run only when given one: `--guard wildguard=openai:http://127.0.0.1:8000/v1#allenai/wildguard`
(or `--guard wildguard=smollm2-135m` to exercise the path offline; it is not a trained guard). Slow guards
can be scored on an evenly spaced sample of each file (`--sample N`; the data hash still covers the whole
file and the report says how many rows were scored). The hh-rlhf pairs are relative judgements, so they
get a pairwise score, not F1.

    python studies/eval_guards.py [--guard compact] [--guard keyword] [--sample N] [--shared ../shared/data] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from safetylab.core.errors import SafetylabError
from safetylab.core.provenance import environment
from safetylab.guards.compact.train import HELDOUT_FILES, pairwise_harm, split_by_source
from safetylab.guards.data import load_guard_data
from safetylab.guards.evaluate import evaluate_guard
from safetylab.guards.registry import load_guard

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data" / "compact"  # the compact guard's training and held-out data


def datasets(shared: Path) -> list[tuple[Path, str]]:
    """(file, relation to the shipped compact heads)."""
    train, held = split_by_source(shared / "prompts.jsonl", ROOT / "build" / "compact")
    return [
        (shared / "prompts.jsonl", "partly trained on (the sources in prompts.train.jsonl)"),
        (held, "held out (sources never trained on)"),
        (train, "trained on"),
        *((DATA_DIR / name, f"held out ({what})") for name, what in HELDOUT_FILES.items()),
        (DATA_DIR / "train.jsonl", "trained on"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--guard", action="append", help="NAME or NAME=MODEL (repeatable; default compact, keyword)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, help="JSONL of full reports (default: only the table on stdout)")
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--sample", type=int, help="score an evenly spaced sample of N rows per file")
    ap.add_argument("--files", help="comma-separated file names to keep (default: all)")
    args = ap.parse_args()

    reports, lines = [], ["| guard | file | relation | task | n | F1 | precision | recall | AUPRC | parse errors |",
                          "|---|---|---|---|---|---|---|---|---|---|"]
    for spec in args.guard or ["compact", "keyword"]:
        name, _, model = spec.partition("=")
        try:
            guard = load_guard(name, model or None)
        except SafetylabError as e:
            print(f"skipped guard {name}: {e}")
            continue
        for path, relation in datasets(args.shared):
            if args.files and path.name not in args.files.split(","):
                continue
            data = load_guard_data(path)
            if args.sample and args.sample < len(data.rows):
                step = len(data.rows) / args.sample
                data = data.model_copy(update={"rows": [data.rows[int(i * step)] for i in range(args.sample)]})
                relation += f"; sample of {args.sample}"
            report = evaluate_guard(guard, data, batch_size=args.batch_size)
            reports.append({**report, "relation": relation})
            for task, m in report["tasks"].items():
                if m.get("supported") and m["n"]:
                    auprc = "–" if m["auprc"] is None else f"{m['auprc']:.3f}"
                    lines.append(f"| {name} | {path.name} | {relation} | {task} | {m['n']} | {m['f1']:.3f} | "
                                 f"{m['precision']:.3f} | {m['recall']:.3f} | {auprc} | {m['parse_errors']} |")
        if args.files and "pairs_hh_harmless.jsonl" not in args.files.split(","):
            guard.close()
            continue
        pairs = pairwise_harm(guard, args.shared / "pairs_hh_harmless.jsonl", args.batch_size)
        reports.append({"guard": guard.identity(), "pairwise": pairs})
        if pairs["supported"]:
            lines.append(f"| {name} | pairs_hh_harmless.jsonl | held out | response_harm pairwise | "
                         f"{pairs['pairs']} | rejected scored more harmful: {pairs['rejected_scored_more_harmful']:.3f}"
                         f" (flagged rejected {pairs['flagged_rejected']:.3f}, chosen {pairs['flagged_chosen']:.3f})"
                         " | | | | |")
        guard.close()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            for r in reports:
                f.write(json.dumps({**r, "environment": environment()}) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
