"""Guard quality on labelled data: per task precision/recall/F1/AUPRC, parse errors apart, and slices.

Slicing follows safety-eval: each task is scored on the rows that carry its label; the prompt task sees
the prompt alone (`response=""` in the reference harness) and the response tasks see prompt + response.
Each distinct guard input is classified once, in batches, with a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safetylab.core.progress import progress_bar
from safetylab.core.tasks import TASKS, TaskName
from safetylab.guards.base import Guard, GuardItem, Verdict
from safetylab.guards.data import GuardDataset, GuardExample
from safetylab.metrics.classification import binary_metrics

Key = tuple[str, str | None]


def _prediction(verdict: Verdict, task: TaskName) -> tuple[bool | None, float | None]:
    """(positive?, probability); None for a parse error or a missing answer on an applicable task."""
    tv = verdict.task(task)
    if tv is None or tv.parse_error or tv.label is None:
        return None, None
    return tv.positive, tv.prob


def _metrics(rows: list[tuple[GuardExample, bool, bool | None, float | None]]) -> dict[str, Any]:
    return binary_metrics([g for _, g, _, _ in rows], [p for _, _, p, _ in rows], [q for _, _, _, q in rows])


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
            "by_subcategory": _slices(rows, lambda ex: ex.subcategory)}


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
                     "prompt_task_sees_response": prompt_task_sees_response},
    }
