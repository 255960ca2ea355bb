"""Sweep Safety Arithmetic's hand-picked knobs: HDR's k and λ, and the safety vectors' α, one at a time
around a finished `safetylab align arithmetic` run, with the same prompts, judge and measures.

    python studies/align_sweep.py --main runs/align/arith --out runs/align/sweep \
        --k 5,10,20 --lam 1,3,5 --alpha 0.05,0.1,0.2

Each point is one `run_arithmetic` call with a single variant (`hdr` for k and λ, `steer` for α) in its own
folder under --out; the point equal to the main run's setting is read from the main report. Writes
sweep.json, sweep.md and sweep.png (matplotlib: ASR and over-refusal with 95 % Wilson intervals,
perplexity on a second axis, one panel per knob).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

KNOBS = {"k": ("k", "hdr"), "lam": ("lam", "hdr"), "alpha": ("alpha", "steer")}


def points(main: Any, judge: dict[str, Any] | None, out: Path, knob: str, values: list[float]) -> list[dict[str, Any]]:
    from safetylab.align.arithmetic import run_arithmetic

    field, variant = KNOBS[knob]
    report = json.loads((main.output_dir / "report.json").read_text())
    baseline = {r["variant"]: r for r in report["rows"]}
    rows = []
    for value in values:
        if value == getattr(main, field):
            row = baseline[variant]
        else:
            config = main.model_copy(update={field: value, "variants": [variant],
                                             "output_dir": out / f"{knob}-{value:g}"})
            row = run_arithmetic(config, expect_judge=judge)["rows"][0]  # the main run's judge
        rows.append({"knob": knob, "value": value, **row})
        print(json.dumps({"knob": knob, "value": value, "asr": row["asr"]["value"],
                          "over_refusal": row["over_refusal"]["value"], "perplexity": row["perplexity"]}),
              flush=True)
    return rows


def plot(rows: list[dict[str, Any]], base: dict[str, Any], path: Path) -> None:
    """One panel per knob: ASR and over-refusal (%, 95 % Wilson intervals), perplexity on a second axis;
    dotted lines are the base model. A PNG, so docs can show it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    knobs = [k for k in KNOBS if any(r["knob"] == k for r in rows)]
    titles = {"k": "HDR: k (% of τ kept)", "lam": "HDR: λ", "alpha": "safety vector: α"}
    fig, axes = plt.subplots(1, len(knobs), figsize=(4.6 * len(knobs), 3.8), squeeze=False)
    for ax, knob in zip(axes[0], knobs, strict=True):
        mine = sorted((r for r in rows if r["knob"] == knob), key=lambda r: r["value"])
        xs = [r["value"] for r in mine]
        for key, label, color in (("asr", "ASR %", "#c0392b"), ("over_refusal", "over-refusal %", "#2471a3")):
            ys = [100 * r[key]["value"] for r in mine]
            err = [[y - 100 * r[key]["ci_low"] for y, r in zip(ys, mine, strict=True)],
                   [100 * r[key]["ci_high"] - y for y, r in zip(ys, mine, strict=True)]]
            ax.errorbar(xs, ys, yerr=err, color=color, marker="o", capsize=3, label=label)
            ax.axhline(100 * base[key]["value"], color=color, linestyle=":")
        ax.set_ylim(0, 100)
        ax.set_title(titles[knob])
        ax.set_xlabel(knob)
        twin = ax.twinx()
        ppl = [r["perplexity"] for r in mine]
        twin.plot(xs, ppl, color="#7f8c8d", marker="s", label="perplexity")
        twin.axhline(base["perplexity"], color="#7f8c8d", linestyle=":")
        twin.set_ylim(0.95 * min(ppl + [base["perplexity"]]), 1.05 * max(ppl + [base["perplexity"]]))
    axes[0][0].set_ylabel("%")
    twin.set_ylabel("perplexity")
    handles = axes[0][0].get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    fig.legend(handles, ["ASR %", "over-refusal %", "perplexity"], loc="lower center", ncol=3)
    fig.suptitle("Safety Arithmetic sweep on SmolLM2 (dotted: base model)")
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--main", type=Path, required=True, help="a finished `align arithmetic` folder")
    parser.add_argument("--out", type=Path, required=True)
    for knob in KNOBS:
        parser.add_argument(f"--{knob}", help="comma list of values")
    args = parser.parse_args()

    from safetylab.align.arithmetic import ArithmeticConfig, read_saved
    from safetylab.report.tables import fmt_rate

    settings, judge = read_saved(args.main)
    main_config = ArithmeticConfig.model_validate({**settings, "output_dir": args.main})
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for knob in KNOBS:
        if getattr(args, knob):
            rows += points(main_config, judge, args.out, knob, [float(v) for v in getattr(args, knob).split(",")])
    base = next(r for r in json.loads((args.main / "report.json").read_text())["rows"] if r["variant"] == "base")
    (args.out / "sweep.json").write_text(json.dumps({"main": str(args.main), "base": base, "rows": rows},
                                                    indent=2) + "\n")
    lines = ["| knob | value | variant | ASR ↓ | over-refusal ↓ | perplexity ↓ | MC accuracy ↑ |",
             "|---|---|---|---|---|---|---|",
             f"| – | – | base | {fmt_rate(base['asr'])} | {fmt_rate(base['over_refusal'])} | "
             f"{base['perplexity']:.2f} | {fmt_rate(base['mc_accuracy'])} |"]
    lines += [f"| {r['knob']} | {r['value']:g} | {r['variant']} | {fmt_rate(r['asr'])} | "
              f"{fmt_rate(r['over_refusal'])} | {r['perplexity']:.2f} | {fmt_rate(r['mc_accuracy'])} |" for r in rows]
    (args.out / "sweep.md").write_text("\n".join(lines) + "\n")
    plot(rows, base, args.out / "sweep.png")


if __name__ == "__main__":
    main()
