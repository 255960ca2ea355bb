"""The score stage: every judgement file of a run → `scores.json`, one result per (benchmark, judge)."""

from __future__ import annotations

import time

from safetylab.benchmarks.base import Benchmark
from safetylab.metrics.safety import SafetyAccumulator
from safetylab.runner.correction import correction_results
from safetylab.runner.records import CorrectionResult, GuardEvalResult, Manifest, SafetyResult, Scores
from safetylab.runner.store import RunStore


def score_stage(store: RunStore, benches: dict[str, Benchmark]) -> Scores:
    """Score the run. Only records of each judge's current identity count (their key binds them to it)."""
    manifest = store.manifest
    results: list[SafetyResult | CorrectionResult | GuardEvalResult] = []
    for label in store.judge_labels():
        identity = manifest.judges[label]
        accs: dict[str, SafetyAccumulator] = {}
        tasks: dict[str, str] = {}
        for rec in store.judgements(label).records():
            if rec.key != store.judge_key(rec.gen_key, identity):
                continue
            accs.setdefault(rec.bench, SafetyAccumulator()).add(rec.model_dump())
            tasks[rec.bench] = rec.task
        for bench_name, acc in sorted(accs.items()):
            results.append(_result(benches[bench_name], label, identity, tasks[bench_name], acc, manifest))
    results.extend(correction_results(store, benches))
    for bench in benches.values():
        for label in manifest.judges:
            report = store.read_guard_eval(label) if bench.delegate else None
            if report is not None:
                results.append(GuardEvalResult(bench=bench.name, judge=label, **report))
    scores = Scores(run=str(store.root), scored=time.strftime("%Y-%m-%dT%H:%M:%S%z"), results=results)
    store.write_scores(scores)
    return scores


def _result(bench: Benchmark, label: str, identity: dict, task: str, acc: SafetyAccumulator,
            manifest: Manifest) -> SafetyResult:
    scores = acc.result()
    headline = [{**m.model_dump(), **scores.metrics[m.name].model_dump(exclude={"higher_is_better"})}
                for m in bench.metrics if m.name in scores.metrics]
    return SafetyResult(bench=bench.name, judge=label, judge_identity=identity, judge_task=task,
                        **manifest.provenance(bench.name), headline=headline, **scores.model_dump(mode="json"))
