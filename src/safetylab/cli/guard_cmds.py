"""`safetylab list guards`, `safetylab guard eval` and `safetylab guard train`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from safetylab.cli.groups import guard_app, list_app
from safetylab.cli.options import parse_options


@list_app.command("guards")
def list_guards_cmd() -> None:
    """Known guard names."""
    from safetylab.guards.registry import list_guards

    for name, desc in list_guards():
        typer.echo(f"{name:<12} {desc}")


def _guard_specs(guard: str, guard_model: str | None) -> list[tuple[str, str | None]]:
    """`a,b=MODEL,c` → [(a, default model), (b, MODEL), (c, default model)]."""
    from safetylab.core.errors import SafetylabError
    from safetylab.guards.registry import GUARDS, takes_model

    specs = []
    for part in (p.strip() for p in guard.split(",") if p.strip()):
        name, sep, model = part.partition("=")
        if sep and not model:
            raise SafetylabError(f"empty model in --guard '{part}' (use NAME=MODEL)")
        default = guard_model if name in GUARDS and takes_model(name) else None
        specs.append((name, model or default))
    if not specs:
        raise SafetylabError("--guard needs at least one guard name")
    return specs


def _table(results: list[dict[str, Any]]) -> Any:
    """The guard card's table (`guards.evaluate.card_rows`): task, source, guard, F1/P/R/AUPRC/ECE, items/s."""
    from rich.table import Table

    from safetylab.guards.evaluate import CARD_COLUMNS, card_cell, card_rows

    table = Table(title="guard quality per task and source (parse errors apart)")
    for col in CARD_COLUMNS:
        table.add_column(col, justify="left" if col in ("task", "source", "guard") else "right")
    for row in card_rows(results):
        table.add_row(*(card_cell(c, row[c]) for c in CARD_COLUMNS))
    table.caption = _parse_errors(results)
    return table


def _parse_errors(results: list[dict[str, Any]]) -> str | None:
    errors = {r["guard"]["guard"]: sum(m.get("parse_errors", 0) for m in r["tasks"].values()) for r in results}
    return "parse errors: " + ", ".join(f"{g} {n}" for g, n in errors.items()) if any(errors.values()) else None


@guard_app.command("eval")
def guard_eval_cmd(
    guard: Annotated[str, typer.Option("--guard", "-g", help="Guard name(s), comma-separated; NAME=MODEL "
                                       "sets one guard's model.")],
    data: Annotated[str, typer.Option("--data", "-d", help="JSONL/CSV/Parquet file or HF id "
                                      "NAME[:CONFIG[:SPLIT]] in WildGuardMix format.")],
    guard_model: Annotated[str | None, typer.Option("--guard-model", help="Model for the guards that "
                                                     "take one.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the metrics JSON here.")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N rows.", min=1)] = None,
    batch_size: Annotated[int, typer.Option(help="Items per guard call.", min=1)] = 16,
    prompt_task_sees_response: Annotated[bool, typer.Option(
        help="Show the response to the guard for the prompt task too (safety-eval does not).")] = False,
    option: Annotated[list[str] | None, typer.Option("--option", help="KEY=VALUE passed to every guard, e.g. "
                                                     "prompt_windows=tokens for compact; repeatable.")] = None,
) -> None:
    """F1, precision, recall, AUPRC, calibration (ECE) and parse errors per task, per `source` of the rows,
    per subcategory and adversarial/vanilla; with --out also a Markdown table (OUT with .md)."""
    import orjson
    from rich.console import Console

    from safetylab.core.files import check_writable
    from safetylab.guards.data import load_guard_data
    from safetylab.guards.evaluate import evaluate_guard
    from safetylab.guards.registry import load_guard

    console = Console(stderr=True, soft_wrap=True)
    specs = _guard_specs(guard, guard_model)
    options = parse_options(option)
    if out is not None:
        check_writable(out, is_dir=False)  # before any guard runs
    dataset = load_guard_data(data, limit=limit)
    for err in dataset.errors:
        console.print(f"[yellow]skipped[/] {err}", highlight=False)
    results = []
    for name, model in specs:
        g = load_guard(name, model, batch_size=batch_size, **options)
        try:
            res = evaluate_guard(g, dataset, batch_size=batch_size,
                                 prompt_task_sees_response=prompt_task_sees_response)
        finally:
            g.close()
        res["settings"].update(limit=limit, options=options)
        results.append(res)
    payload = results[0] if len(results) == 1 else results
    if out is not None:
        from safetylab.guards.evaluate import card_markdown, card_rows

        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2))
        out.with_suffix(".md").write_text(card_markdown(card_rows(results)), encoding="utf-8")
        console.print(f"wrote {out} and {out.with_suffix('.md')}")
    else:
        for res in results:
            sys.stdout.write(orjson.dumps(res).decode() + "\n")
    if console.is_terminal:
        console.print(_table(results))
    else:  # piped or logged: the Markdown table, whole (a rich table would be cut to 80 columns)
        from safetylab.guards.evaluate import card_markdown, card_rows

        errors = _parse_errors(results)
        sys.stderr.write("guard quality per task and source (parse errors apart)\n\n"
                         + card_markdown(card_rows(results)) + (f"\n{errors}\n" if errors else ""))


@guard_app.command("train")
def guard_train_cmd(
    method: Annotated[str, typer.Option("--method", help="heads (compact guard) or sft (WildGuard-format "
                                        "generative guard).")],
    data: Annotated[str, typer.Option("--data", "-d", help="Training data (WildGuardMix format).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")],
    model: Annotated[str | None, typer.Option("--model", "-m", help="sft: the base model to fine-tune.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    option: Annotated[list[str] | None, typer.Option("--option", help="Extra KEY=VALUE for the trainer "
                                                     "(JSON values), repeatable.")] = None,
) -> None:
    """Train a guard: `heads` fits the compact guard's heads, `sft` fine-tunes a model into a WildGuard-format
    classifier."""
    import json

    from safetylab.core.errors import SafetylabError

    opts = parse_options(option)
    opts["seed"] = seed
    if method == "heads":
        if model is not None:
            raise SafetylabError("--model is for --method sft (heads train on the compact guard's encoder)")
        from safetylab.guards.compact.train import train_heads

        result = train_heads(data, out, **opts)
    elif method == "sft":
        from safetylab.train.guard_sft import train_sft_guard

        if model is not None:
            opts["model"] = model
        result = train_sft_guard(data, out, **opts)
    else:
        raise SafetylabError(f"unknown --method '{method}' (heads or sft)")
    typer.echo(json.dumps(result, indent=2, default=str) if isinstance(result, dict) else str(result))
