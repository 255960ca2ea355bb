"""What decides an evaluation run's numbers (`EvalConfig`), checked whole before any work, and sharding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from safetylab.benchmarks.base import Benchmark
from safetylab.core.errors import SafetylabError
from safetylab.core.records import MAX_SEED, GenerationConfig

# Fields of a run's config that may differ between runs whose records can be merged or resumed.
VOLATILE = ("judge", "judge_model", "judge_options", "limit", "batch_size", "max_concurrency", "cache")


class EvalConfig(BaseModel):
    """Everything that decides a run's numbers. The Python API, the CLI and the manifest share it."""

    model_config = ConfigDict(extra="forbid")

    model: str
    benches: tuple[str, ...] = ("quick",)
    data: str | None = Field(None, description="local file (or HF id) replacing the benchmark's source")
    columns: dict[str, str] = Field(default_factory=dict, description="canonical field -> column name")
    judge: str = "compact"
    judge_model: str | None = None
    judge_options: dict[str, Any] = Field(default_factory=dict, description="keyword options of the judge "
                                          "(`--judge-option KEY=VALUE`), e.g. compact's prompt_windows")
    limit: int | None = Field(None, ge=1)
    seed: int = Field(0, ge=0, le=MAX_SEED)
    max_new_tokens: int | None = Field(None, ge=1, description="None: each benchmark's default")
    temperature: float = Field(0.0, ge=0.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0, description="None: each benchmark's default")
    paths: int | None = Field(None, ge=1, description="sampled continuations per prompt (C2-Eval's b); "
                                                      "None: each benchmark's default")
    k_values: tuple[int, ...] | None = Field(None, description="C2-Eval's prefix lengths in words; "
                                                               "None: 10, 20, ..., 80")
    system_prompt: str | None = None
    batch_size: int = Field(32, ge=1)
    max_concurrency: int = Field(16, ge=1)
    shard: tuple[int, int] | None = None
    cache: bool = True

    @field_validator("k_values")
    @classmethod
    def _check_k_values(cls, v: tuple[int, ...] | None) -> tuple[int, ...] | None:
        if v is not None and (not v or min(v) < 1):
            raise ValueError(f"k values must be whole numbers >= 1, got {list(v)}")
        return v

    @field_validator("shard")
    @classmethod
    def _check_shard(cls, v: tuple[int, int] | None) -> tuple[int, int] | None:
        if v is not None and not (v[1] >= 1 and 0 <= v[0] < v[1]):
            raise ValueError(f"shard must be i/N with 0 <= i < N, got {v[0]}/{v[1]}")
        return v

    def check_names(self, *, judge: bool = True) -> dict[str, Benchmark]:
        """Resolve every name (benchmarks, judge, model) before any work; returns the benchmarks by name.
        A typo is an error here, not after an hour of generation. `judge=False`: the caller brings its own
        guard instance under `self.judge` as a label."""
        from safetylab.benchmarks.registry import get_benchmark
        from safetylab.guards.registry import check_guard
        from safetylab.runner.models import check_model

        benches = {name: get_benchmark(name) for name in self.benches}
        if self.data is not None and len(benches) > 1:
            raise SafetylabError("--data replaces one benchmark's source: give a single --bench with it")
        correction = sorted(n for n, b in benches.items() if b.scoring == "correction")
        if correction and len(correction) < len(benches):
            raise SafetylabError(f"{', '.join(correction)} is judged by a correction judge, the other benchmarks "
                                 "by a guard: run it in its own --out directory")
        if judge and correction:
            from safetylab.guards.correction import JUDGES, check_correction_judge

            if self.judge not in JUDGES:
                raise SafetylabError(f"{correction[0]} needs a correction judge ({', '.join(JUDGES.names())}), "
                                     f"got --judge {self.judge}")
            check_correction_judge(self.judge, self.judge_model)
            if self.judge_options:
                raise SafetylabError("--judge-option sets a guard's options; correction judges take none")
        elif judge:
            check_guard(self.judge, self.judge_model)
        if self.k_values is not None:
            if not correction:
                raise SafetylabError("--k-values sets C2-Eval's prefix lengths: give --bench c2eval")
            from safetylab.benchmarks.c2eval import with_k_values

            benches = {name: with_k_values(b, self.k_values) for name, b in benches.items()}
        check_model(self.model)
        return benches

    def identity(self) -> dict[str, Any]:
        """The part of the config a run directory is bound to (resume refuses anything else). Fields added
        after runs existed are left out while unset, so those runs still resume; the model's connection
        options (`?timeout=...`) may change between runs."""
        from safetylab.backends.registry import without_options

        dump = {**self.model_dump(mode="json", exclude=set(VOLATILE)), "model": without_options(self.model)}
        return {k: v for k, v in dump.items() if not (k in ("top_p", "paths", "k_values") and v is None)}

    def generation(self, bench: Benchmark) -> GenerationConfig:
        temperature = self.temperature or bench.generation.temperature
        return GenerationConfig(max_new_tokens=self.max_new_tokens or bench.generation.max_new_tokens,
                                temperature=temperature, top_p=self.top_p or bench.generation.top_p,
                                n=self.paths or bench.generation.n, seed=self.seed if temperature > 0 else None)

    def system_for(self, bench: Benchmark) -> str | None:
        return self.system_prompt if self.system_prompt is not None else bench.generation.system_prompt

    def judge_label(self) -> str:
        """File-name-safe judge name: the guard, plus its model and a hash of its options when given (a
        judge with other options writes its own judgements)."""
        from safetylab.core.hashing import content_key

        label = self.judge
        if self.judge_model:
            label += "-" + "".join(c if c.isalnum() or c in "-_." else "_" for c in self.judge_model)[-48:]
        return f"{label}-{content_key(self.judge_options, 8)}" if self.judge_options else label


def default_judge(benches: Sequence[str]) -> str:
    """The judge of a run that names none: the default correction judge for correction benchmarks
    (C2-Eval); for benchmarks judged on refusal alone, whichever of `compact` and the training-free
    baselines its card measured best on real refusal data (pooled F1, `compact` held out by source; see
    docs/guards.md); `compact` where a harm task is needed, since it alone answers those offline."""
    from safetylab.benchmarks.registry import get_benchmark
    from safetylab.guards.compact.guard import refusal_evidence
    from safetylab.guards.correction import DEFAULT

    specs = [get_benchmark(b) for b in benches]
    if {s.scoring for s in specs} == {"correction"}:
        return DEFAULT
    if {t for s in specs for t in s.judge_tasks} <= {"response_refusal"} and (evidence := refusal_evidence()):
        return max(sorted(evidence), key=lambda name: evidence[name]["pooled"]["f1"])
    return "compact"


def parse_shard(text: str) -> tuple[int, int]:
    """`i/N` (0-based i) → (i, N)."""
    try:
        i, n = (int(p) for p in text.split("/"))
    except ValueError:
        raise SafetylabError(f"--shard must look like i/N (e.g. 0/4), got {text!r}") from None
    if not (n >= 1 and 0 <= i < n):
        raise SafetylabError(f"--shard i/N needs 0 <= i < N (shards are 0-based), got {text!r}")
    return i, n


def in_shard(key: str, shard: tuple[int, int] | None) -> bool:
    """Deterministic split by sample key: the same sample lands in the same shard on every machine."""
    return shard is None or int(key, 16) % shard[1] == shard[0]
