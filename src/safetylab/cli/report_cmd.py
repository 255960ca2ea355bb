"""`safetylab report RUN [RUN ...]`: Markdown, JSON and self-contained HTML reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safetylab.cli.groups import app


@app.command("report")
def report_cmd(
    runs: Annotated[list[Path], typer.Argument(help="Scored run directories.")],
    format: Annotated[str, typer.Option("--format", help="Comma list of md, json, html.")] = "md,json,html",
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the comparison of several runs "
                                             "(default: <first run>/../comparison).")] = None,
    max_samples: Annotated[int, typer.Option(help="Samples shown per run in the HTML table.", min=0)] = 200,
) -> None:
    """Write report.md/json/html into each run's report/ folder, plus a comparison folder for several runs."""
    from safetylab.report import write_comparison, write_run_report

    formats = [f.strip() for f in format.split(",") if f.strip()]
    for run in runs:
        typer.echo(f"wrote {write_run_report(run, formats, max_samples)}")
    if len(runs) > 1:
        target = out or runs[0].resolve().parent / "comparison"
        typer.echo(f"wrote {write_comparison(runs, target, formats, max_samples)}")
