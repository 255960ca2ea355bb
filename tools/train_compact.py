"""Train the shipped compact-guard heads and record their held-out metrics in the card.

Why a tool and not a CLI verb: this reproduces the heads shipped in `safetylab/guards/compact/weights/` from
the repository's own data, which the package does not carry (`safetylab guard train --method heads` trains
on any data a user gives it).

Training data: the project's `data/compact/train.jsonl` (built by `tools/build_compact_data.py`) plus the
training sources of `../shared/data/prompts.jsonl` (split by source into build/compact/, never copied into
the package). Held-out: `data/compact/heldout_*.jsonl`, the held-out sources of prompts.jsonl, and the
hh-rlhf pairs (relative judgements, so only a pairwise check: is the more harmful reply scored as more
harmful?).

    python tools/build_compact_data.py && python tools/train_compact.py [--shared ../shared/data] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from safetylab.guards.compact.guard import CARD_FILE, WEIGHTS_DIR, CompactGuard
from safetylab.guards.compact.train import (
    HELDOUT_FILES,
    HELDOUT_PROMPT_SOURCES,
    pairwise_harm,
    split_by_source,
    train_heads,
)
from safetylab.guards.data import load_guard_data
from safetylab.guards.evaluate import evaluate_guard

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data" / "compact"  # the project's training and held-out files


def heldout_metrics(guard: CompactGuard, files: list[Path]) -> dict[str, Any]:
    """Per file: its hash and, per task, the metrics the card keeps."""
    out: dict[str, Any] = {}
    for path in files:
        report = evaluate_guard(guard, load_guard_data(path), batch_size=256)
        out[path.name] = {"sha256": report["data"]["sha256"], "tasks": {
            t: {k: v for k, v in m.items() if k in ("n", "positives", "precision", "recall", "f1", "auprc")}
            for t, m in report["tasks"].items() if m.get("n")}}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data",
                    help="the shared data folder with prompts.jsonl (default: %(default)s)")
    ap.add_argument("--data", type=Path, default=DATA_DIR,
                    help="the project's train/held-out files (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR, help="where the heads go (default: the shipped ones)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    build = ROOT / "build" / "compact"
    prompts_train, prompts_held = split_by_source(args.shared / "prompts.jsonl", build)
    notes = {"prompts.jsonl split": f"{prompts_train.name} / {prompts_held.name}: the lines of "
             f"../shared/data/prompts.jsonl whose `source` is not / is one of {list(HELDOUT_PROMPT_SOURCES)}",
             "project data": "data/compact/*.jsonl written by tools/build_compact_data.py"}
    card = train_heads([args.data / "train.jsonl", prompts_train], args.out, seed=args.seed, notes=notes)
    for src in card["training_data"]:  # portable paths in the shipped card
        src["path"] = str(Path(src["path"]).relative_to(ROOT)) if Path(src["path"]).is_relative_to(ROOT) \
            else src["path"]
    guard = CompactGuard(args.out)
    card["heldout"] = heldout_metrics(guard, [args.data / f for f in HELDOUT_FILES] + [prompts_held])
    pairs = pairwise_harm(guard, args.shared / "pairs_hh_harmless.jsonl")
    card["heldout"]["pairs_hh_harmless.jsonl"] = {**pairs, "path": "../shared/data/pairs_hh_harmless.jsonl"}
    (args.out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"metrics": card["metrics"], "heldout": card["heldout"]}, indent=1))


if __name__ == "__main__":
    main()
