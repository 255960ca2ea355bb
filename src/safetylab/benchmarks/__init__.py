"""Benchmarks: a registry of declarative specs whose loaders stream `Sample`s from files or pinned HF data.

    from safetylab.benchmarks import get_benchmark, load_samples
    samples, info = load_samples(get_benchmark("xstest"), "xstest_prompts.csv")
"""

from safetylab.benchmarks.base import Benchmark, DataInfo, Sample, load_samples
from safetylab.benchmarks.registry import get_benchmark, list_benchmarks

__all__ = ["Benchmark", "DataInfo", "Sample", "get_benchmark", "list_benchmarks", "load_samples"]
