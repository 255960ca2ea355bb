"""Run data for reports and the Markdown tables built from it."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from safetylab.runner.store import open_existing

STANDARD_METRICS = ("harmful_compliance", "refusal_rate", "over_refusal", "compliance_rate")


@dataclass
class RunData:
    """A scored run directory: its manifest and scores.json."""

    root: Path
    manifest: dict[str, Any]
    scores: dict[str, Any]
    label: str = ""

    @property
    def name(self) -> str:
        return self.label or self.root.name

    @property
    def model(self) -> str:
        return self.manifest.get("model", {}).get("name") or self.manifest.get("config", {}).get("model", "?")

    @property
    def judges(self) -> list[str]:
        return sorted(self.manifest.get("judges", {}))

    @property
    def results(self) -> list[dict[str, Any]]:
        return self.scores.get("results", [])

    @property
    def safety_results(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r.get("kind") == "safety"]


def load_run(root: str | Path) -> RunData:
    store = open_existing(root)
    return RunData(store.root, store.manifest.model_dump(mode="json"), store.read_scores().model_dump(mode="json"))


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def fmt_rate(rate: dict[str, Any]) -> str:
    """`12.5 [8.1, 18.3] (n=120)` in percent."""
    return f"{pct(rate['value'])} [{pct(rate['ci_low'])}, {pct(rate['ci_high'])}] (n={rate['n']})"


def direction(higher_is_better: bool | None) -> str:
    return "–" if higher_is_better is None else ("higher is better" if higher_is_better else "lower is better")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    cell = [str(h) for h in header]
    out = ["| " + " | ".join(cell) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in r) + " |" for r in rows]
    return out


def judge_quality_line(judge: dict[str, Any]) -> list[str]:
    """For `compact` and the training-free refusal guards its card measured on the same real rows: refusal
    F1 on real responses (compact's held out by source), from the card, so a reader sees how far to trust
    the rates and why this judge is the default (docs/guards.md, guard card)."""
    from safetylab.guards.compact.guard import WEIGHTS_DIR, refusal_evidence

    name = str(judge.get("guard"))
    # a compact judge reads its own card; the training-free guards read the shipped card, which measured them
    weights = judge.get("weights") if name == "compact" else None
    evidence = refusal_evidence(weights or WEIGHTS_DIR)
    mine = evidence.get(name)
    if mine is None or (name != "compact" and mine.get("guard", {}).get("version") != judge.get("version")):
        return []
    per_source = ", ".join(f"{s} {m['f1']:.2f}" for s, m in mine["by_source"].items() if m["positives"] >= 20)
    others = ", ".join(f"`{g}` {e['pooled']['f1']:.2f}" for g, e in evidence.items() if g != name)
    held = " (each source held out of its training)" if name == "compact" else ""
    return [f"- judge quality: `{name}`'s refusal F1 on real responses{held}: {per_source}; pooled "
            f"{mine['pooled']['f1']:.2f}" + (f" against {others} on the same rows" if others else "")
            + " (the default judge of refusal benchmarks is the best of these; docs/guards.md, guard card)"]


def provenance_lines(run: RunData, result: dict[str, Any]) -> list[str]:
    data, settings = result.get("data", {}), result.get("settings", {})
    gen = settings.get("generation") or {}
    judge = result.get("judge_identity") or result.get("guard") or {}
    return [
        f"- model: `{run.model}` — identity `{orjson.dumps(run.manifest.get('model', {}).get('identity')).decode()}`",
        f"- judge: `{result['judge']}` — identity `{orjson.dumps(judge).decode()}`"
        + (f", task `{result['judge_task']}`" if result.get("judge_task") else ""),
        *judge_quality_line(judge),
        f"- data: `{data.get('source')}` sha256 `{data.get('sha256')}`",
        f"- settings: max_new_tokens={gen.get('max_new_tokens')}, temperature={gen.get('temperature')}, "
        f"system prompt={'yes' if settings.get('system_prompt') else 'no'}, limit={settings.get('limit')}, "
        f"shard={settings.get('shard')}, seed={result.get('seed')}",
    ]


def correction_markdown(run: RunData, result: dict[str, Any], max_items: int = 50) -> list[str]:
    """Corr@k per k and Corr_mean, overall and for the first `max_items` items."""
    gen = (result.get("settings") or {}).get("generation") or {}
    lines = provenance_lines(run, result) + [
        f"- sampling: {gen.get('n')} continuations per prefix, top_p={gen.get('top_p')}", ""]
    boot = result.get("bootstrap") or {}
    at_k = {str(k): v for k, v in (boot.get("corr_at_k") or {}).items()}
    rows = [[f"Corr@{k}", fmt_rate(rate), _bounds(at_k.get(str(k)))] for k, rate in result["corr_at_k"].items()]
    rows.append(["**Corr_mean**", fmt_rate(result["corr_mean"]), _bounds(boot.get("corr_mean"))])
    lines += _table(["metric (%)", "value [95% Wilson CI] (n continuations)", "[95% item bootstrap CI]"],
                    rows) + [""]
    c = result["counts"]
    lines += [f"Continuations: {c['total']} — scored {c['ok']}, judge parse errors {c['parse_error']}, empty "
              f"{c['empty']}, generation errors {c['gen_error']} (the last three are left out of every rate). "
              "Higher is better. Corr_mean is the mean of Corr@k; its Wilson interval is that of the pooled "
              "counts. The Wilson intervals count continuations (how precisely these prefixes were measured); "
              + (f"the bootstrap resamples the {boot['items']} items ({boot['resamples']} resamples, seed "
                 f"{boot['seed']}, percentile bounds): the spread another draw of items would show; it cannot leave "
                 "the range of the items seen (none corrected: [0, 0], where the Wilson bound is the one to read)."
                 if boot else "this run's scores have no item bootstrap (scored by an older version)."), ""]
    ks = list(result["corr_at_k"])
    items = result.get("items", [])
    if items:
        lines += [f"### Per item ({min(len(items), max_items)} of {len(items)})", ""]
        lines += _table(["item", "Corr_mean % [95% CI] (n)", *(f"@{k}" for k in ks)],
                        [[i["item"], fmt_rate(i["corr_mean"]),
                          *(pct(i["corr_at_k"][k]["value"]) if k in i["corr_at_k"] else "–" for k in ks)]
                         for i in items[:max_items]]) + [""]
    return lines


def _bounds(bounds: list[float] | None) -> str:
    return "–" if not bounds else f"[{pct(bounds[0])}, {pct(bounds[1])}]"


def result_markdown(run: RunData, result: dict[str, Any]) -> list[str]:
    lines = [f"## {result['bench']} — judge `{result['judge']}`", ""]
    if result.get("kind") == "correction":
        return lines + correction_markdown(run, result)
    if result.get("kind") == "guard_eval":
        rows = [[t, m.get("n"), pct(m.get("f1")), pct(m.get("precision")), pct(m.get("recall")),
                 m.get("parse_errors")] for t, m in result.get("tasks", {}).items() if m and m.get("supported", True)]
        return lines + _table(["task", "n", "F1", "precision", "recall", "parse errors"], rows) + [""]
    lines += provenance_lines(run, result) + [""]
    headline = {h["name"] for h in result.get("headline", [])}
    rows = []
    for name in STANDARD_METRICS:
        rate = result["metrics"][name]
        if rate["n"]:
            rows.append([f"**{name}**" if name in headline else name, fmt_rate(rate),
                         direction(rate["higher_is_better"])])
    lines += _table(["metric (%)", "value [95% Wilson CI] (n)", "direction"], rows) + [""]
    counts = result["counts"]
    lines.append(f"Samples: {counts['total']} — scored {counts['ok'] + counts.get('neither', 0)} (of which "
                 f"judged NEITHER {counts.get('neither', 0)}: in the denominator, neither compliance nor "
                 f"refusal), judge parse errors {counts['parse_error']}, empty outputs {counts['empty']}, "
                 f"generation errors {counts['gen_error']} (the last three are left out of every rate).")
    macro = {k: v for k, v in result.get("macro", {}).items() if v is not None}
    if macro:
        lines.append("Macro averages over subcategories: "
                     + ", ".join(f"{k} {pct(v)}" for k, v in macro.items()) + ".")
    lines.append("")
    groups = [[g["field"], g["value"], g["expected"] or "–", fmt_rate(g["compliance"]),
               direction(g["compliance"]["higher_is_better"]), g["counts"]["parse_error"] + g["counts"]["empty"]]
              for g in result.get("groups", [])]
    if groups:
        lines += ["### Compliance rate per group", ""]
        lines += _table(["field", "group", "expected", "compliance % [95% CI] (n)", "direction",
                         "unscored"], groups) + [""]
    return lines


def run_markdown(run: RunData) -> str:
    lines = [f"# safetylab report — {run.name}", "", f"Model `{run.model}`; scored {run.scores.get('scored')}; "
             f"safetylab {run.manifest.get('environment', {}).get('safetylab')} "
             f"(git {run.manifest.get('environment', {}).get('git_sha')}).", ""]
    for result in run.results:
        lines += result_markdown(run, result)
    return "\n".join(lines) + "\n"


def comparison_rows(runs: list[RunData]) -> list[dict[str, Any]]:
    """One flat row per (run, benchmark, judge) with the four standard rates."""
    rows = []
    for run in runs:
        for r in run.safety_results:
            rows.append({"run": run.name, "model": run.model, "bench": r["bench"], "judge": r["judge"],
                         **{m: r["metrics"][m] for m in STANDARD_METRICS}})
    return rows


def comparison_markdown(runs: list[RunData]) -> str:
    rows = [[r["run"], r["model"], r["bench"], r["judge"]] + [fmt_rate(r[m]) if r[m]["n"] else "–"
                                                               for m in STANDARD_METRICS]
            for r in comparison_rows(runs)]
    lines = ["# safetylab comparison", "", "Rates in % with 95% Wilson intervals. harmful_compliance and "
             "over_refusal: lower is better; refusal_rate and compliance_rate: higher is better.", ""]
    return "\n".join(lines + _table(["run", "model", "bench", "judge", *STANDARD_METRICS], rows)) + "\n"


def sample_rows(run: RunData, limit: int) -> list[dict[str, Any]]:
    """The first `limit` generations with every judge's verdict (streamed: memory bounded by `limit`)."""
    store = open_existing(run.root)
    rows: dict[str, dict[str, Any]] = {}
    for rec in islice(store.generations().records(), limit):
        rows[rec.key] = {"bench": rec.bench, "id": rec.id, "prompt": rec.prompt, "prefill": rec.prefill,
                         "response": rec.text,
                         "expected": rec.expected, "category": rec.category, "subcategory": rec.subcategory,
                         "error": rec.error, "verdicts": {}}
    for label in store.judge_labels():
        for jrec in store.judgements(label).records():
            row = rows.get(jrec.gen_key)
            if row is not None:
                row["verdicts"][label] = {"status": jrec.status, "complied": jrec.complied, "label": jrec.label,
                                          "prob": jrec.prob, "raw": (jrec.raw or "")[:2000]}
    return list(rows.values())

