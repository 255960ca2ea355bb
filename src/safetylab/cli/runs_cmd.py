"""`safetylab runs merge`: join shard runs (`eval --shard i/N`) into one scored run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safetylab.cli.groups import runs_app


@runs_app.command("merge")
def merge_cmd(
    runs: Annotated[list[Path], typer.Argument(help="Shard run directories (same settings but --shard).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Merged run directory.")],
) -> None:
    """Merge shards: records are deduplicated by key, then the merged run is scored."""
    from safetylab.runner.merge import merge_runs
    from safetylab.runner.records import SafetyResult

    scores = merge_runs(runs, out)
    n = sum(r.counts.get("total", 0) for r in scores.results if isinstance(r, SafetyResult))
    typer.echo(f"merged {len(runs)} runs into {out}: {len(scores.results)} results over {n} judged samples")
