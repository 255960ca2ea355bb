"""The evaluation pipeline: samples → generate → judge → score, one resumable file per stage.

Run directory (file names owned by `RunStore`):

    manifest.json            config (what must match to resume), model identity, data hashes, judges
    generate.jsonl           one record per sample: the sample, the model's text, tokens, errors
    judge.<judge>.jsonl      one record per (generation, judge identity): verdict, status, complied
    correction.<judge>.jsonl one record per (sampled continuation, correction judge identity) (C2-Eval)
    scores.json              metrics with Wilson intervals per (benchmark, judge), with provenance
    report/                  report.md / report.json / report.html (written by `safetylab.report`)

Each stage streams its input so memory stays flat at 100k samples, skips records already in its output
(rerun = resume, kill -9 safe), and can be rerun alone: judge again with another guard without
regenerating, or score again without judging. Every name is checked before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from safetylab.backends.base import Backend
from safetylab.benchmarks.base import Benchmark
from safetylab.core.errors import SafetylabError
from safetylab.guards.base import Guard
from safetylab.guards.correction import CorrectionJudge
from safetylab.runner.config import VOLATILE, EvalConfig
from safetylab.runner.correction import correction_judge_stage
from safetylab.runner.generate import generate_stage
from safetylab.runner.judge import judge_stage
from safetylab.runner.score import score_stage
from safetylab.runner.store import RunStore

Stage = Literal["generate", "judge", "score"]
STAGES: tuple[Stage, ...] = ("generate", "judge", "score")


def open_run(out: str | Path, config: EvalConfig | None, judge_override: dict[str, Any] | None = None, *,
             own_judge: bool = False) -> tuple[RunStore, EvalConfig, dict[str, Benchmark]]:
    """Open (or prepare) a run dir after checking every name. Without a config the manifest's is used
    (judge/score reruns); `judge_override` (judge, judge_model, batch_size) re-judges with another guard;
    `own_judge`: the caller passes a guard instance, whose label need not be a registered name."""
    if config is None:
        store = RunStore(out)
        if store.manifest.config is None:
            raise SafetylabError(f"{out} holds no run yet: give --model and --bench to start one")
        config = EvalConfig.model_validate({**store.manifest.config, **store.manifest.settings})
        if judge_override:
            config = config.model_copy(update=judge_override)
        return store, config, config.check_names(judge=not own_judge)
    if judge_override:
        config = config.model_copy(update=judge_override)
    benches = config.check_names(judge=not own_judge)
    store = RunStore(out, config.identity())
    store.manifest.settings = config.model_dump(mode="json", include=set(VOLATILE))
    return store, config, benches


def run_eval(out: str | Path, config: EvalConfig | None = None, *, stages: Sequence[str] = STAGES,
             backend: Backend | None = None, judge: Guard | CorrectionJudge | None = None,
             notify: Callable[[str], None] = print, judge_override: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """Run the given stages on a run dir; returns `{stage: counts}` plus the scores when scored."""
    store, config, benches = open_run(out, config, judge_override, own_judge=judge is not None)
    done: dict[str, Any] = {}
    with store:
        if "generate" in stages:
            done["generate"] = generate_stage(store, config, benches, backend, notify)
        if "judge" in stages:
            if any(b.scoring == "correction" for b in benches.values()):  # check_names: then all are
                done["judge"] = correction_judge_stage(store, config, benches, judge)  # type: ignore[arg-type]
            else:
                done["judge"] = judge_stage(store, config, benches, judge)  # type: ignore[arg-type]
        if "score" in stages:
            done["scores"] = score_stage(store, benches)
    return done
