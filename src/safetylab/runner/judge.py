"""The judge stage: every generation → a guard's verdict → a `JudgeRecord` (status and complied), resumable.

`classify_stream` is the batching loop shared with `safetylab moderate`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from safetylab.benchmarks.base import Benchmark, HFSource
from safetylab.core.errors import SafetylabError
from safetylab.core.tasks import TaskName
from safetylab.guards.base import Guard, GuardItem, Verdict
from safetylab.runner.config import EvalConfig
from safetylab.runner.records import GenerationRecord, JudgeRecord, JudgeStatus
from safetylab.runner.store import RunStore

T = TypeVar("T")


@dataclass
class JudgeCounts:
    judged: int = 0
    neither: int = 0
    parse_error: int = 0
    empty: int = 0
    gen_error: int = 0

    def add(self, status: JudgeStatus) -> None:
        if status in ("ok", "neither"):
            self.judged += 1
        if status != "ok":
            setattr(self, status, getattr(self, status) + 1)


def classify_stream(guard: Guard, items: Iterable[tuple[T, GuardItem]], batch_size: int
                    ) -> Iterator[tuple[T, Verdict]]:
    """(context, verdict) for each (context, item), classified `batch_size` items at a time."""
    it = iter(items)
    while chunk := list(islice(it, batch_size)):
        yield from zip((c for c, _ in chunk), guard.classify([i for _, i in chunk]), strict=True)


def task_for(bench: Benchmark, guard: Guard) -> TaskName:
    for task in bench.judge_tasks:
        if task in guard.tasks:
            return task
    raise SafetylabError(f"judge '{guard.name}' supports {', '.join(guard.tasks)}, but benchmark "
                         f"'{bench.name}' needs one of {', '.join(bench.judge_tasks)}")


def outcome(verdict: Verdict, task: TaskName) -> tuple[JudgeStatus, bool | None]:
    """(status, complied) of one verdict. For response_harm, 'complied' means a harmful answer (attack
    success); a missing label or parse error is a parse error, never a guess."""
    tv = verdict.task(task)
    if verdict.neither:
        return "neither", None  # a usable answer that is neither class (CoCoNot rubric); not an error
    if tv is None or tv.parse_error or tv.label is None:
        return "parse_error", None
    return "ok", tv.label in ("compliance", "harmful")


def _record(gen: GenerationRecord, key: str, judge: str, task: TaskName, status: JudgeStatus,
            complied: bool | None = None, verdict: Verdict | None = None) -> JudgeRecord:
    rec = JudgeRecord(key=key, gen_key=gen.key, bench=gen.bench or "", id=gen.id, expected=gen.expected,
                      category=gen.category, subcategory=gen.subcategory, judge=judge, task=task,
                      status=status, complied=complied, error=gen.error)  # failed: retried with it
    if verdict is not None:
        tv = verdict.task(task)
        rec.label, rec.prob = (tv.label, tv.prob) if tv else (None, None)
        rec.raw, rec.verdict = verdict.raw, verdict.flat()
    return rec


def judge_stage(store: RunStore, config: EvalConfig, benches: dict[str, Benchmark],
                guard: Guard | None = None) -> JudgeCounts:
    """Judge every generation not yet judged by this judge (identity) into its judgement file."""
    own = guard is None
    if guard is None:
        from safetylab.guards.registry import load_guard

        guard = load_guard(config.judge, model=config.judge_model, **config.judge_options)
    label = config.judge_label()
    identity = guard.identity()
    store.update("judges", {label: identity})
    stage = store.judgements(label)
    counts = JudgeCounts()
    try:
        tasks: dict[str, TaskName] = {}
        for name, bench in benches.items():
            if bench.delegate == "guard_eval":
                _delegate_guard_eval(store, config, bench, guard, label)
            else:
                tasks[name] = task_for(bench, guard)

        def todo() -> Iterator[tuple[tuple[GenerationRecord, str], GuardItem]]:
            for gen in store.generations().records():
                if gen.bench not in tasks:
                    continue
                key = store.judge_key(gen.key, identity)
                if key in stage:
                    continue
                if gen.failed or not gen.text.strip():
                    status: JudgeStatus = "gen_error" if gen.failed else "empty"
                    counts.add(status)
                    stage.append(_record(gen, key, label, tasks[gen.bench], status))
                    continue
                yield (gen, key), GuardItem(prompt=gen.prompt, response=gen.text, subcategory=gen.subcategory,
                                            expected=gen.expected)

        for (gen, key), verdict in classify_stream(guard, todo(), config.batch_size):
            task = tasks[gen.bench or ""]
            status, complied = outcome(verdict, task)
            counts.add(status)
            stage.append(_record(gen, key, label, task, status, complied, verdict))
    finally:
        stage.close()
        if own:
            guard.close()
    return counts


def _delegate_guard_eval(store: RunStore, config: EvalConfig, bench: Benchmark, guard: Guard, label: str) -> None:
    """WildGuardTest scores the judge itself: run guard evaluation and keep its report in the run dir."""
    from safetylab.guards.data import load_guard_data
    from safetylab.guards.evaluate import evaluate_guard

    src = bench.source
    if not isinstance(src, HFSource):
        raise SafetylabError(f"benchmark '{bench.name}' delegates to guard evaluation but has no HF source")
    data = load_guard_data(config.data or f"{src.dataset}:{src.config}:{src.split}", limit=config.limit,
                           revision=None if config.data else src.revision)
    store.write_guard_eval(label, evaluate_guard(guard, data, batch_size=config.batch_size))
