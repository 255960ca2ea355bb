"""Agreement between refusal labelling passes: rows both labelled (non-null), agreement and Cohen's κ.

    python studies/refusal_labels/agreement.py studies/data/refusal_labels/smollm2_pass1.jsonl \\
        studies/data/refusal_labels/smollm2_pass1b.jsonl studies/data/refusal_labels/smollm2_pass2.jsonl
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path


def labels(path: Path) -> dict[str, str]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip())
    return {r["uid"]: r["response_refusal_label"] for r in rows if r["response_refusal_label"] is not None}


def main(paths: list[str]) -> None:
    from sklearn.metrics import cohen_kappa_score
    passes = {Path(p).stem: labels(Path(p)) for p in paths}
    for (a, la), (b, lb) in itertools.combinations(passes.items(), 2):
        both = sorted(set(la) & set(lb))
        if not both:
            continue
        x, y = [la[u] for u in both], [lb[u] for u in both]
        agree = sum(p == q for p, q in zip(x, y, strict=True))
        kappa = cohen_kappa_score(x, y) if len(set(x) | set(y)) > 1 else float("nan")
        print(f"{a} vs {b}: {len(both)} rows both labelled, agree {agree} ({agree / len(both):.3f}), κ {kappa:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
