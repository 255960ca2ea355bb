"""Benchmark names → specs. Modules are imported lazily so listing stays fast."""

from __future__ import annotations

import importlib

from safetylab.benchmarks.base import Benchmark
from safetylab.core.errors import UnknownNameError

# name -> (module, attribute)
BENCHMARKS: dict[str, tuple[str, str]] = {
    "quick": ("quick", "BENCHMARK"),
    "xstest": ("xstest", "BENCHMARK"),
    "harmbench": ("harmbench", "BENCHMARK"),
    "advbench": ("advbench", "BENCHMARK"),
    "coconot": ("coconot", "ORIGINAL"),
    "coconot-contrast": ("coconot", "CONTRAST"),
    "wildguardtest": ("wildguardtest", "BENCHMARK"),
    "jsonl": ("jsonl", "BENCHMARK"),
}


def get_benchmark(name: str) -> Benchmark:
    if name not in BENCHMARKS:
        raise UnknownNameError("benchmark", name, BENCHMARKS)
    module, attr = BENCHMARKS[name]
    return getattr(importlib.import_module(f"safetylab.benchmarks.{module}"), attr)


def list_benchmarks() -> list[Benchmark]:
    return [get_benchmark(n) for n in BENCHMARKS]


def licence_notice(bench: Benchmark) -> str | None:
    """The benchmark's licence notice the first time it is used on this machine (remembered in the cache
    dir), else None."""
    import orjson

    from safetylab.runner.paths import cache_dir

    path = cache_dir() / "licences_seen.json"
    seen = orjson.loads(path.read_bytes()) if path.exists() else {}
    if seen.get(bench.name) == bench.licence:
        return None
    seen[bench.name] = bench.licence
    path.write_bytes(orjson.dumps(seen, option=orjson.OPT_SORT_KEYS))
    return (f"note: benchmark '{bench.name}' ({bench.source_label()}) is distributed under "
            f"{bench.licence}; check that your use complies with it (shown once).")
