"""`runs merge`: shard runs (`eval --shard i/N`) → one run, checked to cover every shard, then scored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from safetylab.core.errors import SafetylabError
from safetylab.core.hashing import canonical_json
from safetylab.runner.config import EvalConfig
from safetylab.runner.records import Scores
from safetylab.runner.score import score_stage
from safetylab.runner.store import RunStore, open_existing


def _shards(stores: Sequence[RunStore]) -> None:
    """Every shard i of the same N exactly covered, or an error naming what is missing."""
    shards = [s.manifest.config.get("shard") if s.manifest.config else None for s in stores]
    if any(sh is None for sh in shards):
        if len(stores) > 1:
            whole = [str(s.root) for s, sh in zip(stores, shards, strict=True) if sh is None]
            raise SafetylabError(f"{', '.join(whole)} ran without --shard: only shards of one run can be merged")
        return
    sizes = {sh[1] for sh in shards if sh}
    if len(sizes) != 1:
        raise SafetylabError(f"the runs were split into different numbers of shards ({sorted(sizes)})")
    n = sizes.pop()
    missing = sorted(set(range(n)) - {sh[0] for sh in shards if sh})
    if missing:
        raise SafetylabError(f"shards {', '.join(f'{i}/{n}' for i in missing)} are missing: the merged run would "
                             f"score only part of the samples. Give every shard of the run.")


def merge_runs(runs: Sequence[str | Path], out: str | Path) -> Scores:
    """Merge shard run dirs (same config but the shard) into one run and score it."""
    if not runs:
        raise SafetylabError("give at least one run directory to merge")
    stores = [open_existing(r) for r in runs]
    base = {k: v for k, v in (stores[0].manifest.config or {}).items() if k != "shard"}
    for s in stores[1:]:
        if canonical_json({k: v for k, v in (s.manifest.config or {}).items() if k != "shard"}) != \
                canonical_json(base):
            raise SafetylabError(f"{s.root} was run with other settings than {stores[0].root}; cannot merge")
    _shards(stores)
    config = EvalConfig.model_validate({**base, "shard": None})
    benches = config.check_names(judge=False)  # the shards' judges are in their manifests, not loaded here
    with RunStore(out, config.identity()) as merged:
        for s in stores:
            for section in ("model", "judges"):
                theirs, ours = getattr(s.manifest, section), getattr(merged.manifest, section)
                for k, v in theirs.items():
                    if k in ours and canonical_json(ours[k]) != canonical_json(v):
                        raise SafetylabError(f"{s.root}: {section} '{k}' differs from the other runs")
                merged.update(section, theirs)
            merged.update("data", s.manifest.data)
            for rec in s.generations().records():
                merged.generations().append(rec)
            for label in s.judge_labels():
                for jrec in s.judgements(label).records():
                    merged.judgements(label).append(jrec)
            for label in s.correction_labels():
                for crec in s.corrections(label).records():
                    merged.corrections(label).append(crec)
        merged.update("merged_from", {str(s.root): (s.manifest.config or {}).get("shard") for s in stores})
        return score_stage(merged, benches)
