"""Guard quality on labelled data: per task precision/recall/F1/AUPRC, parse errors apart, and slices.

Slicing follows safety-eval: each task is scored on the rows that carry its label; the prompt task sees
the prompt alone (`response=""` in the reference harness) and the response tasks see prompt + response.
Each distinct guard input is classified once, in batches, with a progress bar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from safetylab.core.progress import progress_bar
from safetylab.core.tasks import TASKS, TaskName
from safetylab.guards.base import Guard, GuardItem, Verdict
from safetylab.guards.data import GuardDataset, GuardExample
from safetylab.metrics.calibration import expected_calibration_error
from safetylab.metrics.classification import binary_metrics

Key = tuple[str, str | None]


def _prediction(verdict: Verdict, task: TaskName) -> tuple[bool | None, float | None]:
    """(positive?, probability); None for a parse error or a missing answer on an applicable task."""
    tv = verdict.task(task)
    if tv is None or tv.parse_error or tv.label is None:
        return None, None
    return tv.positive, tv.prob


def _metrics(rows: list[tuple[GuardExample, bool, bool | None, float | None]]) -> dict[str, Any]:
    out = binary_metrics([g for _, g, _, _ in rows], [p for _, _, p, _ in rows], [q for _, _, _, q in rows])
    scored = [(g, q) for _, g, _, q in rows if q is not None]
    if scored:  # how far the guard's probabilities are from the rates they claim
        out["ece"] = expected_calibration_error([g for g, _ in scored], [q for _, q in scored])
    return out


def _slices(rows: list[tuple[GuardExample, bool, bool | None, float | None]],
            key: Callable[[GuardExample], str | None]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list] = {}
    for row in rows:
        name = key(row[0])
        if name is not None:
            groups.setdefault(name, []).append(row)
    return {name: _metrics(group) for name, group in sorted(groups.items())}


def _prompt_type(ex: GuardExample) -> str | None:
    return None if ex.adversarial is None else ("adversarial" if ex.adversarial else "vanilla")


def task_report(task: TaskName, examples: list[GuardExample], verdicts: dict[Key, Verdict],
                keys: dict[tuple[int, TaskName], Key], supported: bool) -> dict[str, Any]:
    """Metrics of one task over the rows labelled for it, overall and per subcategory / prompt type."""
    labelled = [(i, ex) for i, ex in enumerate(examples) if ex.gold(task) is not None]
    if not supported:
        return {"supported": False, "n": len(labelled)}
    rows = []
    for i, ex in labelled:
        pred, prob = _prediction(verdicts[keys[(i, task)]], task)
        rows.append((ex, bool(ex.gold(task)), pred, prob))
    return {"supported": True, **_metrics(rows),
            "by_prompt_type": _slices(rows, _prompt_type),
            "by_subcategory": _slices(rows, lambda ex: ex.subcategory),
            "by_source": _slices(rows, lambda ex: ex.source)}


def evaluate_guard(guard: Guard, data: GuardDataset, *, batch_size: int = 16,
                   prompt_task_sees_response: bool = False,
                   on_verdict: Callable[[GuardItem, Verdict], None] | None = None) -> dict[str, Any]:
    """Classify every needed input of `data` with `guard` and score each task.

    Returns `{"tasks": {task: metrics}, "guard": identity, "data": {path, sha256, n, bad_rows},
    "settings": {...}}`. `on_verdict` sees each distinct input once (e.g. to save predictions).
    """
    examples = data.rows
    keys: dict[tuple[int, TaskName], Key] = {}
    for i, ex in enumerate(examples):
        for task in TASKS:
            if task in guard.tasks and ex.gold(task) is not None:
                sees_response = task != "prompt_harm" or prompt_task_sees_response
                keys[(i, task)] = (ex.prompt, ex.response if sees_response else None)
    todo = list(dict.fromkeys(keys.values()))
    verdicts: dict[Key, Verdict] = {}
    started = time.perf_counter()
    with progress_bar(f"guard eval {guard.name}", len(todo)) as advance:
        for start in range(0, len(todo), batch_size):
            chunk = todo[start:start + batch_size]
            items = [GuardItem(prompt=p, response=r) for p, r in chunk]
            for key, item, verdict in zip(chunk, items, guard.classify(items), strict=True):
                verdicts[key] = verdict
                if on_verdict is not None:
                    on_verdict(item, verdict)
            advance(len(chunk))
    return {
        "tasks": {t: task_report(t, examples, verdicts, keys, t in guard.tasks) for t in TASKS},
        "guard": guard.identity(),
        "data": data.describe(),
        "settings": {"batch_size": batch_size, "guard_inputs": len(todo),
                     "items_per_s": round(len(todo) / max(time.perf_counter() - started, 1e-9), 1),
                     "prompt_task_sees_response": prompt_task_sees_response},
    }


CARD_COLUMNS = ("task", "source", "guard", "n", "positives", "f1", "precision", "recall", "auprc", "ece",
                "items_per_s")


def card_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The guard card's table: one row per task, source (`all`, then each `source` in the data) and guard,
    so guards compare side by side on each source."""
    rows = []
    for task in TASKS:
        for res in results:
            m = res["tasks"][task]
            if not m.get("supported") or not m.get("n"):
                continue
            name = res["guard"]["guard"] + (f" [{res['guard']['model']}]" if res["guard"].get("model") else "")
            for source, sm in [("all", m), *m.get("by_source", {}).items()]:
                if not sm.get("n_parsed", sm["n"]):  # nothing parsed: the metrics are undefined, not 0
                    sm = {"n": sm["n"], "positives": sm.get("positives")}
                rows.append({"task": task, "source": source, "guard": name, "n": sm["n"],
                             "positives": sm.get("positives"), "f1": sm.get("f1"), "precision": sm.get("precision"),
                             "recall": sm.get("recall"), "auprc": sm.get("auprc"), "ece": sm.get("ece"),
                             "items_per_s": res["settings"].get("items_per_s")})
    rows.sort(key=lambda r: (TASKS.index(r["task"]), r["source"] != "all", r["source"]))
    return rows


def card_cell(column: str, value: Any) -> str:
    """One cell of the card table: – where a metric is undefined (e.g. AUPRC on one class), items/s whole,
    other numbers to three decimals."""
    if value is None:
        return "–"
    if column == "items_per_s":
        return f"{value:.0f}"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def card_markdown(rows: list[dict[str, Any]]) -> str:
    """`card_rows` as a Markdown table."""
    lines = ["| " + " | ".join(CARD_COLUMNS) + " |", "|" + "---|" * len(CARD_COLUMNS)]
    lines += ["| " + " | ".join(card_cell(c, r[c]) for c in CARD_COLUMNS) + " |" for r in rows]
    return "\n".join(lines) + "\n"
