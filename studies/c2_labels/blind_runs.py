"""Hand labels for C2-Eval runs, blind to the run: does the DPO'd model really turn back more often?

Both offline correction judges look for refusal words, and the DPO pairs teach exactly those words, so a
Corr@k rise measured by them could be the judge's. This draws the same number of continuations from each
run (by a hash of the run name and sample key), shuffles them together under opaque ids, and writes

- `--draw OUT`: `OUT/blind.jsonl` to label (id, request, the prefix's last words, continuation; no run name)
  and `OUT/key.jsonl` (id -> run, item, k, path), which is committed beside the labels;
- `--score KEY LABELS`: per run, the hand-labelled correction rate (Wilson interval) beside the rate the
  run's own judge gave the same continuations, and that judge's precision / recall / kappa on them.

    python studies/c2_labels/blind_runs.py --draw /tmp/blind --n 100 before=RUN_DIR v2=RUN_DIR
    python studies/c2_labels/blind_runs.py --score studies/data/c2_dpo_blind/key.jsonl \
        studies/data/c2_dpo_blind/labels.jsonl [--second studies/data/c2_dpo_blind/labels_pass2.jsonl] \
        before=RUN_DIR v2=RUN_DIR
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

from safetylab.metrics.intervals import wilson_interval

PREFIX_WORDS = 40  # the end of the prefix a labeller reads (the request says what it is about)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _runs(pairs: list[str]) -> dict[str, Path]:
    out = {}
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep:
            raise SystemExit(f"runs look like NAME=DIR, got {pair!r}")
        out[name] = Path(path)
    return out


def draw(runs: dict[str, Path], n: int, out: Path, seed: int = 0) -> None:
    rows = []
    for name, run in runs.items():
        samples = sorted((hashlib.sha256(f"{seed}:{name}:{g['key']}:{i}".encode()).hexdigest(), g, i, text)
                         for g in _read(run / "generate.jsonl") for i, text in enumerate(g["texts"]))
        for digest, g, i, text in samples[:n]:  # the draw's order is the hash's; its head is the opaque id
            rows.append({"id": digest[:12], "run": name, "item": g["metadata"]["item"], "k": g["metadata"]["k"], "path": i,
                         "request": g["prompt"], "prefix_end": " ".join(g["prefill"].split()[-PREFIX_WORDS:]),
                         "continuation": text})
    random.Random(seed).shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "blind.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "request", "prefix_end", "continuation")},
                               ensure_ascii=False) + "\n")
    with open(out / "key.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "run", "item", "k", "path")}) + "\n")
    print(f"{len(rows)} continuations from {len(runs)} runs in {out}")


def score(key: Path, labels: Path, runs: dict[str, Path], second: Path | None = None) -> None:
    from sklearn.metrics import cohen_kappa_score, precision_score, recall_score

    hand = {r["id"]: r["corrected"] for r in _read(labels) if r["corrected"] is not None}
    if second is not None:
        other = {r["id"]: r["corrected"] for r in _read(second) if r["corrected"] is not None}
        both = sorted(set(hand) & set(other))
        a, b = [hand[i] for i in both], [other[i] for i in both]
        print(f"second pass: {len(both)} rows both labelled, agree {sum(x == y for x, y in zip(a, b, strict=True))}, "
              f"kappa {cohen_kappa_score(a, b):.2f}")
    for name, run in runs.items():
        judged = {}
        for path in sorted(run.glob("correction.*.jsonl")):
            for r in _read(path):  # a re-judged run holds each version's records: the last one written counts
                judged[(path.stem.removeprefix("correction."), r["item"], r["k"], r["path"])] = r["corrected"]
        mine = [r for r in _read(key) if r["run"] == name and r["id"] in hand]
        y = [hand[r["id"]] for r in mine]
        lo, hi = wilson_interval(sum(y), len(y))
        print(f"{name}: hand-labelled corrected {sum(y)}/{len(y)} = {sum(y) / len(y):.1%} [{lo:.1%}, {hi:.1%}]")
        for judge in sorted({j for j, *_ in judged}):
            pred = [judged.get((judge, r["item"], r["k"], r["path"])) for r in mine]
            pairs = [(a, b) for a, b in zip(y, pred, strict=True) if b is not None]
            gold, said = [a for a, _ in pairs], [b for _, b in pairs]
            print(f"   {judge}: {sum(said)}/{len(pairs)} corrected; vs hand labels precision "
                  f"{precision_score(gold, said, zero_division=0):.2f} recall "
                  f"{recall_score(gold, said, zero_division=0):.2f} kappa {cohen_kappa_score(gold, said):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draw", type=Path, help="folder for blind.jsonl and key.jsonl")
    ap.add_argument("--score", type=Path, nargs=2, metavar=("KEY", "LABELS"))
    ap.add_argument("--n", type=int, default=100, help="continuations per run")
    ap.add_argument("--seed", type=int, default=0, help="which continuations are drawn, and their order")
    ap.add_argument("--second", type=Path, help="a second pass's labels: agreement with the first")
    ap.add_argument("runs", nargs="+", help="NAME=RUN_DIR of C2-Eval runs")
    args = ap.parse_args()
    if bool(args.draw) == bool(args.score):
        raise SystemExit("give --draw OUT or --score KEY LABELS")
    if args.draw:
        draw(_runs(args.runs), args.n, args.draw, args.seed)
    else:
        score(*args.score, _runs(args.runs), args.second)


if __name__ == "__main__":
    main()
