"""The top-level app and its verb groups, shared by the command modules (import-light on purpose)."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="safetylab",
    help="LLM safety toolkit: moderate with guards, evaluate refusal and over-refusal, align models.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
list_app = typer.Typer(help="List models, guards, benchmarks and taxonomies.", no_args_is_help=True)
serve_app = typer.Typer(help="HTTP servers: OpenAI-compatible model server, moderation server.",
                        no_args_is_help=True)
guard_app = typer.Typer(help="Evaluate and train guards.", no_args_is_help=True)
runs_app = typer.Typer(help="Manage run directories (merge shards).", no_args_is_help=True)
align_app = typer.Typer(help="Safety Arithmetic: edit weights with task vectors, steer with safety vectors.",
                        no_args_is_help=True)

app.add_typer(list_app, name="list")
app.add_typer(serve_app, name="serve")
app.add_typer(guard_app, name="guard")
app.add_typer(runs_app, name="runs")
app.add_typer(align_app, name="align")
