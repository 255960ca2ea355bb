"""Judge and score stages of correction benchmarks (C2-Eval): every sampled continuation of a prefilled
answer → a correction judge's verdict → one `CorrectionRecord` each (resumable) → Corr@k and Corr_mean."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from safetylab.benchmarks.base import Benchmark
from safetylab.guards.correction import CorrectionItem, CorrectionJudge, CorrectionVerdict
from safetylab.metrics.correction import CorrectionAccumulator
from safetylab.runner.config import EvalConfig
from safetylab.runner.judge import JudgeCounts
from safetylab.runner.records import (
    CorrectionRecord,
    CorrectionResult,
    GenerationRecord,
    JudgeStatus,
    Manifest,
)
from safetylab.runner.store import RunStore


def _paths(gen: GenerationRecord) -> list[str]:
    """The sampled continuations; a failed generation has none and stands as one (failed) path."""
    return gen.texts or [gen.text]


def correction_judge_stage(store: RunStore, config: EvalConfig, benches: dict[str, Benchmark],
                           judge: CorrectionJudge | None = None) -> JudgeCounts:
    """Judge every continuation not yet judged by this judge (identity) into `correction.<judge>.jsonl`."""
    own = judge is None
    if judge is None:
        from safetylab.guards.correction import load_correction_judge

        judge = load_correction_judge(config.judge, config.judge_model, batch_size=config.batch_size)
    label = config.judge_label()
    identity = judge.identity()
    store.update("judges", {label: identity})
    stage = store.corrections(label)
    counts = JudgeCounts()

    def record(gen: GenerationRecord, path: int, key: str, status: JudgeStatus,
               verdict: CorrectionVerdict | None = None) -> CorrectionRecord:
        meta = gen.metadata
        rec = CorrectionRecord(key=key, gen_key=gen.key, bench=gen.bench or "", id=str(gen.id), item=str(meta["item"]),
                               k=int(meta["k"]), path=path, judge=label, status=status)
        if verdict is not None:
            rec.corrected, rec.raw, rec.details = verdict.corrected, verdict.raw, verdict.details or None
        return rec

    def todo() -> Iterator[tuple[tuple[GenerationRecord, int, str], CorrectionItem]]:
        for gen in store.generations().records():
            if gen.bench not in benches:
                continue
            for path, text in enumerate(_paths(gen)):
                key = store.judge_key(f"{gen.key}#{path}", identity)
                if key in stage:
                    continue
                if gen.failed:  # an empty continuation is judged: the model ended its turn, it did not correct
                    counts.add("gen_error")
                    stage.append(record(gen, path, key, "gen_error").model_copy(update={"error": gen.error}))
                    continue
                yield (gen, path, key), CorrectionItem(request=gen.prompt, prefix=gen.prefill or "",
                                                       continuation=text)

    try:
        it = todo()
        while chunk := list(islice(it, config.batch_size)):
            for (gen, path, key), verdict in zip((c for c, _ in chunk), judge.judge([i for _, i in chunk]),
                                                 strict=True):
                status = "parse_error" if verdict.parse_error else "ok"
                counts.add(status)
                stage.append(record(gen, path, key, status, verdict))
    finally:
        stage.close()
        if own:
            judge.close()
    return counts


def correction_results(store: RunStore, benches: dict[str, Benchmark]) -> list[CorrectionResult]:
    """Corr@k per (benchmark, correction judge); only records of each judge's current identity count."""
    manifest = store.manifest
    results = []
    for label in store.correction_labels():
        identity = manifest.judges[label]
        accs: dict[str, CorrectionAccumulator] = {}
        for rec in store.corrections(label).records():
            if rec.key != store.judge_key(f"{rec.gen_key}#{rec.path}", identity) or rec.bench not in benches:
                continue
            accs.setdefault(rec.bench, CorrectionAccumulator()).add(rec.item, rec.k, rec.status, rec.corrected)
        for name, acc in sorted(accs.items()):
            results.append(_result(benches[name], label, identity, acc, manifest))
    return results


def _result(bench: Benchmark, label: str, identity: dict, acc: CorrectionAccumulator,
            manifest: Manifest) -> CorrectionResult:
    provenance = manifest.provenance(bench.name)
    seed = provenance["seed"]
    scores = acc.result(seed=seed if isinstance(seed, int) else 0)  # the item bootstrap's seed: the run's
    mean = scores.corr_mean.model_dump()
    return CorrectionResult(
        bench=bench.name, judge=label, judge_identity=identity, **provenance,
        headline=[{**m.model_dump(), **mean} for m in bench.metrics],
        corr_at_k={k: r.model_dump() for k, r in scores.corr_at_k.items()}, corr_mean=mean,
        items=[i.model_dump() for i in scores.items], counts=scores.counts,
        bootstrap=scores.bootstrap.model_dump())
