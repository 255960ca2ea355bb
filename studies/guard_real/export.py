"""Write the scored real rows of each task as WildGuardMix-format JSONL with a `source` field, so
`safetylab guard eval` scores any guard per source on exactly the rows the LOSO study scores.

    cd studies/guard_real && python export.py --out ../../build/guard_real
    safetylab guard eval --guard keyword,cues --data ../../build/guard_real/real_response_refusal.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from data import POSITIVE, task_rows

NEGATIVE = {"prompt_harm": "unharmful", "response_harm": "unharmful", "response_refusal": "compliance"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for task, rows in task_rows().items():
        path = args.out / f"real_{task}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                if r.scored:
                    label = POSITIVE[task] if r.label else NEGATIVE[task]
                    f.write(json.dumps({"prompt": r.prompt, "response": r.response, f"{task}_label": label,
                                        "source": r.source}, ensure_ascii=False) + "\n")
        print(path)


if __name__ == "__main__":
    main()
