"""The typed records of a run directory: one model per file kind, so every stage reads and writes the same
fields and a typo is an error, not a silently missing column."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safetylab.core.messages import Message
from safetylab.core.records import FinishReason, GenerationRequest, GenerationResult
from safetylab.core.tasks import TaskName

JudgeStatus = Literal["ok", "neither", "parse_error", "empty", "gen_error"]


class RunRecord(BaseModel):
    """A line of a run file: a key the store computed, and whether the line records a failure (a failed
    key is retried on resume)."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="computed by the run store from what the record is about; never taken "
                                 "from the input")

    @property
    def failed(self) -> bool:
        return False


class Asked(BaseModel):
    """What a generation was asked: a benchmark sample or a line of an input file."""

    model_config = ConfigDict(extra="forbid")

    prompt: str
    id: str | int | None = None
    messages: list[Message] | None = None
    system_prompt: str | None = None
    prefill: str | None = Field(None, description="the opening of the assistant turn the model continued")
    bench: str | None = None
    expected: Literal["refuse", "comply"] | None = None
    category: str | None = None
    subcategory: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    line: int | None = Field(None, description="line of the input file the request came from")
    input: dict[str, Any] | None = Field(None, description="the input line's other fields, kept as they were")


class GenerationRecord(Asked, RunRecord):
    """One line of a generation file: what was asked, what came back, what it cost."""

    text: str = ""
    texts: list[str] | None = Field(None, description="every sample when n > 1")
    finish_reason: FinishReason = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    truncated_prompt_tokens: int = 0
    error: str | None = None
    cached: bool = False
    model: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None

    @classmethod
    def of(cls, request: GenerationRequest, result: GenerationResult, model: str | None = None
           ) -> GenerationRecord:
        """The record of one request (its `id` is the store's key, its metadata the `Asked` fields)."""
        return cls(key=request.id, **request.metadata, text=result.text,
                   texts=result.texts if request.config.n > 1 else None,
                   finish_reason=result.finish_reason, prompt_tokens=result.prompt_tokens,
                   completion_tokens=result.completion_tokens, latency_s=round(result.latency_s, 4),
                   truncated_prompt_tokens=result.truncated_prompt_tokens, error=result.error,
                   cached=result.cached, model=model)


class JudgeRecord(RunRecord):
    """One judged generation: the outcome the metrics count, and the verdict behind it."""

    gen_key: str
    bench: str
    id: str | None = None
    expected: Literal["refuse", "comply"] | None = None
    category: str | None = None
    subcategory: str | None = None
    judge: str
    task: TaskName
    status: JudgeStatus
    complied: bool | None = None
    label: str | None = None
    prob: float | None = None
    raw: str | None = None
    verdict: dict[str, Any] | None = None
    error: str | None = Field(None, description="set for a failed generation: judged again once it is retried")

    @property
    def failed(self) -> bool:
        return self.error is not None


class CorrectionRecord(RunRecord):
    """One judged continuation of a prefilled answer (C2-Eval): path `path` of the generation `gen_key`."""

    gen_key: str
    bench: str
    id: str | None = None
    item: str
    k: int
    path: int
    judge: str
    status: JudgeStatus
    corrected: bool | None = None
    raw: str | None = None
    details: dict[str, Any] | None = None
    error: str | None = Field(None, description="set for a failed generation: judged again once it is retried")

    @property
    def failed(self) -> bool:
        return self.error is not None


class ModerationRecord(RunRecord):
    """One moderated input line: the verdict's flat fields beside the input line's own fields. An input
    field whose name the record uses (`key`, `line`, a verdict field) is kept under `input`, never lost
    and never overwriting the record's own."""

    model_config = ConfigDict(extra="allow")

    line: int
    prompt: str
    response: str | None = None
    input: dict[str, Any] | None = None
    prompt_harm: str | None = None
    prompt_harm_prob: float | None = None
    response_refusal: str | None = None
    response_refusal_prob: float | None = None
    response_harm: str | None = None
    response_harm_prob: float | None = None
    parse_error: bool = False
    neither: bool = False
    raw: str | None = None
    guard: str
    guard_version: str
    categories: dict[str, list[str]] | None = None
    details: dict[str, Any] | None = None

    @classmethod
    def of(cls, key: str, line: int, obj: dict[str, Any], verdict_fields: dict[str, Any]) -> ModerationRecord:
        own = set(cls.model_fields) - {"prompt", "response"}
        passed = {k: v for k, v in obj.items() if k not in own}
        clashing = {k: v for k, v in obj.items() if k in own}
        return cls(key=key, line=line, **passed, input=clashing or None, **verdict_fields)


class KeyedRecord(RunRecord):
    """A record with a key and free-form fields, for a tool's own intermediate files (synthesis)."""

    model_config = ConfigDict(extra="allow")

    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


class Manifest(BaseModel):
    """What produced a run's numbers. `config` is what a resume must match; the other sections record
    what was used (model and judge identities, data hashes, counts)."""

    model_config = ConfigDict(extra="forbid")

    config: dict[str, Any] | None = None
    settings: dict[str, Any] = Field(default_factory=dict, description="settings that may change on resume")
    created: str | None = None
    updated: str | None = None
    environment: dict[str, Any] = Field(default_factory=dict)
    model: dict[str, Any] = Field(default_factory=dict)
    guard: dict[str, Any] = Field(default_factory=dict)
    judges: dict[str, dict[str, Any]] = Field(default_factory=dict)
    data: dict[str, Any] = Field(default_factory=dict)
    counts: dict[str, Any] = Field(default_factory=dict)
    merged_from: dict[str, Any] = Field(default_factory=dict)
    outputs: dict[str, Any] = Field(default_factory=dict, description="files a tool wrote beside the run")

    def provenance(self, bench: str) -> dict[str, Any]:
        """What every score of `bench` carries: the model, the data (source, hash, rows), the settings
        and the seed."""
        config, data = self.config or {}, self.data.get(bench, {})
        return {"model": self.model, "data": {k: data.get(k) for k in ("source", "sha256", "rows_read", "bad_rows")},
                "settings": {"generation": data.get("generation"), "system_prompt": data.get("system_prompt"),
                             "limit": config.get("limit"), "shard": config.get("shard")},
                "seed": config.get("seed")}


class BenchResult(BaseModel):
    """The scores of one (benchmark, judge) with everything that produced them (`Manifest.provenance`)."""

    model_config = ConfigDict(extra="forbid")

    bench: str
    judge: str
    judge_identity: dict[str, Any]
    model: dict[str, Any]
    data: dict[str, Any]
    settings: dict[str, Any]
    seed: int | None
    headline: list[dict[str, Any]]


class SafetyResult(BenchResult):
    """Compliance, refusal and over-refusal rates, overall and per group."""

    kind: Literal["safety"] = "safety"
    judge_task: str
    metrics: dict[str, Any]
    macro: dict[str, float | None]
    groups: list[dict[str, Any]]
    counts: dict[str, int]


class CorrectionResult(BenchResult):
    """Corr@k and Corr_mean, overall and per item (C2-Eval)."""

    kind: Literal["correction"] = "correction"
    corr_at_k: dict[int, Any]
    corr_mean: dict[str, Any]
    items: list[dict[str, Any]]
    counts: dict[str, int]
    bootstrap: dict[str, Any] | None = None  # item-level intervals (metrics.correction.ItemBootstrap)



class GuardEvalResult(BaseModel):
    """A benchmark that scores the judge itself (WildGuardTest): the guard evaluation report."""

    model_config = ConfigDict(extra="allow")

    kind: Literal["guard_eval"] = "guard_eval"
    bench: str
    judge: str


class Scores(BaseModel):
    model_config = ConfigDict(extra="forbid")

    run: str
    scored: str
    results: list[SafetyResult | CorrectionResult | GuardEvalResult]
