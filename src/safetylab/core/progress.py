"""rich progress bars with throughput and ETA for every long loop (quiet when output is not a terminal)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(description: str, total: int | None, unit: str = "items") -> Iterator:
    """Yields `advance(n)`. Draws to stderr so stdout stays clean JSONL."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    columns = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as prog:
        task = prog.add_task(description, total=total, rate="")

        def advance(n: int = 1) -> None:
            prog.advance(task, n)
            t = prog.tasks[task]
            speed = t.finished_speed or t.speed
            prog.update(task, rate=f"{speed:.2f} {unit}/s" if speed else "")

        yield advance
