"""Benchmark names → specs. Modules are imported lazily so listing stays fast."""

from __future__ import annotations

from safetylab.benchmarks.base import Benchmark
from safetylab.core.registry import Entry, Registry


def _entry(name: str, module: str, attr: str = "BENCHMARK") -> Entry[Benchmark]:
    return Entry(name, "", f"safetylab.benchmarks.{module}:{attr}")


BENCHMARKS: Registry[Benchmark] = Registry("benchmark", (
    _entry("quick", "quick"),
    _entry("xstest", "xstest"),
    _entry("harmbench", "harmbench"),
    _entry("advbench", "advbench"),
    _entry("coconot", "coconot", "ORIGINAL"),
    _entry("coconot-contrast", "coconot", "CONTRAST"),
    _entry("wildguardtest", "wildguardtest"),
    _entry("c2eval", "c2eval"),
    _entry("jsonl", "jsonl"),
))


def get_benchmark(name: str) -> Benchmark:
    return BENCHMARKS.load(name)


def list_benchmarks() -> list[Benchmark]:
    return [get_benchmark(n) for n in BENCHMARKS.names()]


def licence_notice(bench: Benchmark) -> str | None:
    """The benchmark's licence notice the first time it is used on this machine (remembered in the cache
    dir), else None."""
    import orjson

    from safetylab.core.paths import cache_dir

    path = cache_dir() / "licences_seen.json"
    seen = orjson.loads(path.read_bytes()) if path.exists() else {}
    if seen.get(bench.name) == bench.licence:
        return None
    seen[bench.name] = bench.licence
    path.write_bytes(orjson.dumps(seen, option=orjson.OPT_SORT_KEYS))
    return (f"note: benchmark '{bench.name}' ({bench.source_label()}) is distributed under "
            f"{bench.licence}; check that your use complies with it (shown once).")
