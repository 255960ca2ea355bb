"""What harm-direction removal costs in perplexity, per HDR setting, before any generation: a cheap scan to
pick the HDR settings worth a full `safetylab align arithmetic` run (generation of every prompt is the slow
part on a CPU).

    python studies/align_hdr_ppl.py --main runs/align/arith_gated --out runs/align/hdr_ppl \
        --point lam=0.25 --point lam=0.5,topk_scope=per-tensor --point lam=0.5,exclude=embeddings+norms+lm_head

Each --point overrides the main run's HDR settings (k, lam, topk_scope, exclude: groups joined by +, harmful:
another θ_harmful); its
checkpoint is written under --out/<point> and scored on the main run's perplexity texts
(eval_data/ppl.jsonl), the same texts and measure as the main report's perplexity column. Writes
hdr_ppl.json and hdr_ppl.md (with the main run's base perplexity for reference).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

FIELDS = {"k": float, "lam": float, "topk_scope": str, "exclude": lambda v: [p for p in v.split("+") if p],
          "harmful": str}


def parse_point(text: str) -> dict[str, Any]:
    """`lam=0.5,exclude=embeddings+norms` -> {"lam": 0.5, "exclude": ["embeddings", "norms"]}."""
    point = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        if not sep or name not in FIELDS:
            raise SystemExit(f"bad --point part {part!r}: use name=value with name in {', '.join(FIELDS)}")
        point[name] = FIELDS[name](value)
    return point


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--main", type=Path, required=True, help="an `align arithmetic` folder")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--point", action="append", required=True, help="HDR settings, e.g. lam=0.5,k=5")
    args = parser.parse_args()

    from safetylab.align.arithmetic import ArithmeticConfig, read_saved
    from safetylab.align.task_vectors import RECORD, task_vector
    from safetylab.align.utility import perplexity
    from safetylab.backends.registry import load_backend
    from safetylab.core.jsonl import JsonlReader

    settings, _ = read_saved(args.main)
    main_config = ArithmeticConfig.model_validate({**settings, "output_dir": args.main})
    texts = [(r["prompt"], r["response"]) for _, r in JsonlReader(args.main / "eval_data" / "ppl.jsonl")]
    base = json.loads((args.main / "utility" / "base.json").read_text())["perplexity"]
    rows = []
    for text in args.point:
        point = parse_point(text)
        config = main_config.model_copy(update=point)
        folder = args.out / text.replace(",", "_").replace("=", "-").replace("/", "+")
        if not (folder / RECORD).exists():
            task_vector(config.hdr_config("hdr", config.lam, folder))
        with load_backend(f"hf:{folder}") as backend:
            ppl, tokens = perplexity(backend, texts)
        record = json.loads((folder / RECORD).read_text())
        rows.append({"point": text, **point, "perplexity": round(ppl, 4), "tokens": tokens,
                     "change": round(ppl / base - 1, 4), "subtracted": record.get("kept")})
        print(json.dumps(rows[-1]), flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "hdr_ppl.json").write_text(json.dumps({"main": str(args.main), "base_perplexity": base,
                                                       "texts": len(texts), "rows": rows}, indent=2) + "\n")
    lines = [f"Base perplexity {base:.2f} on {len(texts)} texts of {args.main}/eval_data/ppl.jsonl.", "",
             "| HDR setting | perplexity | change |", "|---|---|---|"]
    lines += [f"| `{r['point']}` | {r['perplexity']:.2f} | {100 * r['change']:+.1f} % |" for r in rows]
    (args.out / "hdr_ppl.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
