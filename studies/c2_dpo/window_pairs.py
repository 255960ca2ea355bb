"""Keep the C2-Syn pairs whose chosen and rejected answers differ within the first N characters.

A CPU run trains with a short `--max-length`; a pair that only differs after the cut (a late correction
against the full harmful answer, both long) is then the same text twice and teaches nothing while costing
a full step. Prints how many pairs were kept, by (chosen rank, rejected rank).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--chars", type=int, default=300)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    kept, dropped = Counter(), Counter()
    with args.pairs.open(encoding="utf-8") as f, args.out.open("w", encoding="utf-8") as out:
        for line in f:
            row = json.loads(line)
            rank = (row["chosen_rank"], row["rejected_rank"])
            if first_difference(row["chosen"][0]["content"], row["rejected"][0]["content"]) < args.chars:
                kept[rank] += 1
                out.write(line)
            else:
                dropped[rank] += 1
    print(f"kept {sum(kept.values())}, dropped {sum(dropped.values())}: kept {dict(kept)}, dropped {dict(dropped)}")


if __name__ == "__main__":
    main()
