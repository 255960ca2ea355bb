"""The generate stage: requests → backend → one `GenerationRecord` each, resumable.

`generate_records` is the one workflow behind `safetylab generate` and the eval pipeline's generate stage:
the caller builds requests whose `id` is the store's key and whose metadata holds the `Asked` fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from safetylab.backends.base import Backend
from safetylab.benchmarks.base import Benchmark, Sample, URLSource, load_samples
from safetylab.benchmarks.registry import licence_notice
from safetylab.core.messages import assistant, system, user
from safetylab.core.records import GenerationConfig, GenerationRequest
from safetylab.runner.config import EvalConfig, in_shard
from safetylab.runner.executor import ExecStats, run_requests
from safetylab.runner.records import Asked, GenerationRecord
from safetylab.runner.store import RunStore


@dataclass
class GenerateCounts:
    generated: int = 0
    cached: int = 0
    errors: int = 0
    truncated: int = 0

    def add(self, stats: ExecStats) -> None:
        self.generated += stats.done
        self.cached += stats.cached
        self.errors += stats.errors
        self.truncated += stats.truncated


def request_for(key: str, asked: Asked, messages: list[Any], config: GenerationConfig) -> GenerationRequest:
    """A request carrying its store key and what was asked (so the record can be rebuilt from it)."""
    return GenerationRequest(id=key, messages=messages, config=config,
                             metadata=asked.model_dump(exclude_defaults=True))


def generate_records(backend: Backend, requests: Iterable[GenerationRequest],
                     sink: Callable[[GenerationRecord], None], *, model: str | None = None,
                     cache: Any = None, chunk_size: int = 64, total: int | None = None,
                     description: str = "generate") -> ExecStats:
    """Run `requests` through the backend (cache in front) and hand each record to `sink`."""
    return run_requests(backend, requests, lambda req, res: sink(GenerationRecord.of(req, res, model)),
                        cache=cache, chunk_size=chunk_size, total=total, description=description)


def _sample_request(sample: Sample, config: GenerationConfig, system_prompt: str | None) -> GenerationRequest:
    messages = [system(system_prompt), user(sample.prompt)] if system_prompt else [user(sample.prompt)]
    if sample.prefill is not None:
        messages.append(assistant(sample.prefill))
    asked = Asked(**sample.model_dump(), system_prompt=system_prompt)
    return request_for(sample.key(), asked, messages, config)


def _bench_samples(config: EvalConfig, bench: Benchmark, notify: Callable[[str], None]
                   ) -> tuple[Iterator[Sample], Any]:
    samples, info = load_samples(bench, config.data, config.columns)
    selected: Iterable[Sample] = (s for s in samples if in_shard(s.key(), config.shard))
    if config.limit:
        selected = islice(selected, config.limit)
    notice = licence_notice(bench) if config.data is None else None  # a user's own file is under its own terms
    if notice:
        notify(notice)
    return iter(selected), info


def generate_stage(store: RunStore, config: EvalConfig, benches: dict[str, Benchmark],
                   backend: Backend | None = None, notify: Callable[[str], None] = print) -> GenerateCounts:
    """Generate for every sample without a successful record yet (failed ones are retried)."""
    from safetylab.runner.cache import GenerationCache

    gen = store.generations()
    own = backend is None
    if backend is None:
        from safetylab.runner.models import load_model

        for bench in benches.values():  # fetch pinned files first: a failed download costs no model load
            if config.data is None and isinstance(bench.source, URLSource):
                bench.source.fetch()
        backend = load_model(config.model, batch_size=config.batch_size,
                             max_concurrency=config.max_concurrency)
    cache = GenerationCache() if config.cache else None
    counts = GenerateCounts()
    try:
        store.update("model", {"name": config.model, "identity": backend.identity()})
        for name, bench in benches.items():
            if bench.delegate:
                continue
            samples, info = _bench_samples(config, bench, notify)
            gcfg, sys_prompt = config.generation(bench), config.system_for(bench)
            todo = (_sample_request(s, gcfg, sys_prompt) for s in samples if s.key() not in gen)
            known = [n for n in (config.limit, None if config.data else bench.size) if n]
            total = min(known) if known and config.shard is None else None
            counts.add(generate_records(backend, todo, gen.append, cache=cache, total=total,
                                        chunk_size=max(config.batch_size, config.max_concurrency) * 2,
                                        description=f"generate {name}"))
            store.update("data", {name: {**info.summary(), "generation": gcfg.model_dump(mode="json"),
                                         "system_prompt": sys_prompt}})
            for err in info.errors[:20]:
                notify(f"skipped bad row: {err}")
        store.update("counts", {"generated": len(gen.done), "failed": gen.failed})
    finally:
        if own:
            backend.close()
        if cache is not None:
            cache.close()
        gen.close()
    return counts
